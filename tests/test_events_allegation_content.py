"""Sentence checks for what is alleged or asked: whatever lies inside "accused X of …" or "called
on X to …" is the charge or the demand, however deep it sits, not a happening the reporter
tells; an aside on someone named there, a definite "the protests" pointing back, a call within a
call and a second finite verb of the speaker are told as such. A crosshead (a one-line paragraph
with no closing stop above the copy) sums up the copy and reports nothing itself. Sentences are
this file's own."""
from __future__ import annotations

import pytest

from event_rows import assert_not_typed, assert_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

NOT_REPORTED = [
    ("COERCE", "The ministry accused Caracas of orchestrating a campaign of arrests against journalists."),
    ("ASSAULT", "Lagos accused the rebels of shelling a market and of attacking a convoy near the border."),
    ("THREATEN", "Opposition leaders accused the president of using the army to intimidate voters."),
    ("COERCE", "Activists accuse the junta of a brutal crackdown on students."),
    ("AID", "The minister called on allies to speed up deliveries of ammunition."),
    ("COERCE", "The union called for the release of its leader and other detained members."),
    ("AID", "She urged the bank to stop lending to the firms she said were financing the militia."),
]

REPORTS = [
    # an aside set off by a comma is the reporter's own
    ("COERCE", "arrest", "The envoy urged the junta to free opposition leader Ana Ruiz, who has been under house arrest in Bamako since 2024."),
    # a call within a call is one more demand
    ("REQUEST", "calls", "We urge all governments to join our calls for an immediate ceasefire."),
    # a second finite verb is a second act, however the parse hangs it
    ("REQUEST", "called", "The delegate accused Moscow of having sent troops into the region and called for new sanctions on its commanders."),
    # "the protests" point back at protests the article tells
    ("PROTEST", "protests", "The minister accused foreign agents of infiltrating the protests in the capital."),
]

ARTICLE = """date 2026-03-02
Port strike spreads to second city

Dockworkers walked off the job in Rotterdam on Monday, halting container traffic for a second day.

Union demands talks

The union said it would stay out until the operators agreed to negotiate a new contract.
"""


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {s for _, s in NOT_REPORTED} | {s for *_, s in REPORTS} | {ARTICLE}, names=False)


@pytest.mark.parametrize(("event_type", "sentence"), NOT_REPORTED)
def test_what_is_alleged_or_asked_is_no_event(events_by_sentence, event_type, sentence):
    assert_not_typed(events_by_sentence[sentence], event_type)
    assert {e.event_type for e in events_by_sentence[sentence]} & {"ACCUSE", "REQUEST"}  # the charge or demand itself is reported


@pytest.mark.parametrize(("event_type", "trigger", "sentence"), REPORTS)
def test_sentence_reports(events_by_sentence, event_type, trigger, sentence):
    assert_typed(events_by_sentence[sentence], event_type, trigger=trigger)


def test_a_crosshead_reports_nothing(events_by_sentence):
    article = next(text for text in events_by_sentence if text.startswith("date"))
    events = events_by_sentence[article]
    crosshead = article.index("Union demands talks")
    assert events, "the copy's events are reported"
    assert not [e for e in events if any(crosshead <= s.start < crosshead + 19 for s in e.evidence)], \
        [(e.event_type, e.trigger) for e in events]
