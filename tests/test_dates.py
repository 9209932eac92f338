"""Dates resolved against the publication date, offline."""
from __future__ import annotations

import datetime as dt

import pytest

from newskb.nlp.dates import resolve_expression

PUBLISHED = dt.date(2025, 10, 29)  # a Wednesday


@pytest.mark.parametrize(("expression", "future", "expected"), [
    ("on Monday", False, dt.date(2025, 10, 27)),
    ("Wednesday", False, dt.date(2025, 10, 29)),
    ("next Tuesday", True, dt.date(2025, 11, 4)),
    ("last month", False, dt.date(2025, 9, 1)),
    ("since 2011", False, dt.date(2011, 1, 1)),
    ("March 2024", False, dt.date(2024, 3, 1)),
    ("October 22", False, dt.date(2025, 10, 22)),
    ("yesterday", False, dt.date(2025, 10, 28)),
    ("recently", False, None),
    ("the past decade", False, None),
    ("two years ago", False, None),
])
def test_resolve(expression, future, expected):
    assert resolve_expression(expression, PUBLISHED, future=future) == expected


def test_relative_date_needs_publication_date():
    assert resolve_expression("last month", None) is None
    assert resolve_expression("2011", None) == dt.date(2011, 1, 1)


def test_event_date_from_article():
    from newskb.extract import extract

    x = extract("date 2025-10-29\n\nOn Monday, Emmanuel Macron met Olaf Scholz in Berlin.")
    (event,) = [e for e in x.events if e.event_type == "CONSULT"]
    assert event.date == dt.date(2025, 10, 27)
