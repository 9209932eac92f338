"""Agreeing to meet tells the agreement and the meeting it plans ("the two sides agreed to meet again
in October"), as "agreed to hold talks" does; agreeing to a ceasefire or an exchange plans no
meeting. The sentences are this file's own, in several house styles."""
from __future__ import annotations

import pytest
from event_rows import assert_not_typed, assert_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

PLANNED_MEETINGS = [
    "The two sides agreed to meet again in Istanbul in October, the source said.",
    "The delegations agreed to reconvene in Geneva on Friday.",
    "Ministers from the two countries agreed to meet in Cairo next week to discuss water sharing.",
    "Envoys from Khartoum and Juba have agreed to meet again before the end of the month.",
    "Both camps agreed to convene a second session in Nairobi, officials said.",
    "Negotiators agreed to meet again on Thursday after eight hours of talks ended without a deal.",
]

AGREEMENTS = [
    "The rebels agreed to a ceasefire on Monday.",
    "Both sides agreed to exchange prisoners.",
]


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, PLANNED_MEETINGS + AGREEMENTS)


@pytest.mark.parametrize("sentence", PLANNED_MEETINGS)
def test_agreed_meeting_is_a_planned_consultation(events_by_sentence, sentence):
    assert_typed(events_by_sentence[sentence], "CONSULT", "Planned")


@pytest.mark.parametrize("sentence", AGREEMENTS)
def test_agreement_of_substance_plans_no_meeting(events_by_sentence, sentence):
    assert_typed(events_by_sentence[sentence], "AGREE")
    assert_not_typed(events_by_sentence[sentence], "CONSULT")
