"""Sentence checks for nouns of happenings that name no happening: what talks are held on or a
proposal is made for is their subject ("a proposal for a truce", "talks on a ceasefire")."""
from __future__ import annotations

import pytest

from event_rows import sentence_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    # the talks are the event; a truce declared is an event of its own
    ("CONSULT", "Occurred", "Negotiators from both sides held talks on a ceasefire in Doha on Sunday."),
    ("RETREAT", "Occurred", "The army and the rebels declared a ceasefire in Darfur on Sunday."),
]

NOT_REPORTED = [
    ("RETREAT", "Negotiators from both sides held talks on a ceasefire in Doha on Sunday."),
    ("RETREAT", "The rebels said they were studying a Kenyan proposal for a 30-day truce."),
    ("RETREAT", "The envoy flew to Cairo for consultations on the Gaza truce."),
]

events_by_sentence, test_sentence_reports, test_sentence_does_not_report = sentence_tests(REPORTS, NOT_REPORTED)
