"""Event extraction (PLOVER-typed happenings): filled in by the events issue."""
from __future__ import annotations

from ..models import Event
from .base import Context


def find_events(ctx: Context) -> list[Event]:
    return []
