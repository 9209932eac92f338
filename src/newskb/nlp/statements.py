"""Statement extraction (attributed speech): filled in by the statements issue."""
from __future__ import annotations

from ..models import Statement
from .base import Context


def find_statements(ctx: Context) -> list[Statement]:
    return []
