"""Sanction extraction: filled in by the events and sanctions issue."""
from __future__ import annotations

from ..models import Sanction
from .base import Context


def find_sanctions(ctx: Context) -> list[Sanction]:
    return []
