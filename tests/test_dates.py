"""Dates resolved against the publication date, offline, at the precision the text gives
(contract v1.1): a year stays a year, a month a month; no day is invented."""
from __future__ import annotations

import datetime as dt

import pytest

from newskb.nlp.dates import resolve_expression

PUBLISHED = dt.date(2025, 10, 29)  # a Wednesday


@pytest.mark.parametrize(("expression", "future", "expected"), [
    ("on Monday", False, "2025-10-27"),
    ("Wednesday", False, "2025-10-29"),
    ("next Tuesday", True, "2025-11-04"),
    ("last month", False, "2025-09"),
    ("since 2011", False, "2011"),
    ("in 2011", False, "2011"),
    ("last year", False, "2024"),
    ("March 2024", False, "2024-03"),
    ("late July", False, "2025-07"),
    ("early 2019", False, "2019"),
    ("mid-March", False, "2025-03"),
    ("October 22", False, "2025-10-22"),
    ("yesterday", False, "2025-10-28"),
    ("last week", False, "2025-10"),  # the week before lies in one month
    ("recently", False, None),
    ("the past decade", False, None),
    ("two years ago", False, None),
])
def test_resolve(expression, future, expected):
    assert resolve_expression(expression, PUBLISHED, future=future) == expected


def test_week_across_two_months_names_no_month():
    assert resolve_expression("last week", dt.date(2025, 10, 8)) is None


def test_relative_date_needs_publication_date():
    assert resolve_expression("last month", None) is None
    assert resolve_expression("2011", None) == "2011"


@pytest.mark.model
def test_event_date_from_article():
    from newskb.pipeline import extract

    x = extract("date 2025-10-29\n\nOn Monday, Emmanuel Macron met Olaf Scholz in Berlin.")
    (event,) = [e for e in x.events if e.event_type == "CONSULT"]
    assert event.date == "2025-10-27"


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "lexical", "datatype"), [
    ("In 2011, Emmanuel Macron met Olaf Scholz in Berlin.", "2011", "gYear"),
    ("Last month, Emmanuel Macron met Olaf Scholz in Berlin.", "2025-09", "gYearMonth"),
    ("On Monday, Emmanuel Macron met Olaf Scholz in Berlin.", "2025-10-27", "date"),
])
def test_event_date_keeps_its_precision_in_rdf(sentence, lexical, datatype):
    from rdflib import XSD

    from newskb.pipeline import extract
    from newskb.rdf.mapping import to_graph
    from newskb.rdf.vocab import NKB

    graph = to_graph([extract("date 2025-10-29\n\n" + sentence)])
    (date,) = set(graph.objects(None, NKB.date))
    assert str(date) == lexical and date.datatype == XSD[datatype]


def test_a_record_date_must_be_iso_at_some_precision():
    from pydantic import ValidationError

    from newskb.models import Event, Span

    span = Span(start=0, end=4, exact="talk")
    assert Event(event_type="CONSULT", trigger="talk", date="2019-11", evidence=(span,)).date == "2019-11"
    with pytest.raises(ValidationError):
        Event(event_type="CONSULT", trigger="talk", date="2019-13", evidence=(span,))


def _publication_dates() -> list[dt.date]:
    """The first, middle and last day of every month of a year, and a leap day: every weekday
    and every month boundary a weekday or month name can cross."""
    days = [dt.date(2024, 2, 29)]
    for month in range(1, 13):
        first = dt.date(2026, month, 1)
        days += [first, first.replace(day=15), (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)]
    return days


COMMON_FORMS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
                "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
                "yesterday", "today", "tomorrow", "last month", "this month", "next month", "last year", "this year",
                "next year", "last week", "this week", "next week", "two days", "a day", "30 days", "January 2025",
                "Sept. 2024", "Dec 18", "18 December", "December 18, 2024", "18 December 2024", "March 1", "31 March",
                "Jan. 31", "1 January"]


@pytest.mark.slow
@pytest.mark.parametrize("future", [False, True])
def test_common_forms_resolve_as_dateparser_resolves_them(future):
    from newskb.nlp.dates import _common_form, parsed

    for published in _publication_dates():
        for form in COMMON_FORMS:
            if form.lower() == published.strftime("%A").lower():
                continue  # a paper's own weekday is its date, decided before either runs
            expected = parsed(form, published, future=future)
            if published == dt.date(2024, 2, 29) and form == "February" and future:
                assert expected == "2028-02"  # dateparser keeps the 29th and waits for the next leap year
                expected = "2025-02"
            assert _common_form(form.lower(), published, future) == expected, (form, published)
