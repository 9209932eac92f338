"""Sentence checks for work done jointly: "will jointly build a plant" is cooperation (CAMEO 061);
one country building alone is no event."""
from __future__ import annotations

import pytest

from event_rows import sentence_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    ("COOPERATE", "Planned", "Ghana and Burkina Faso will jointly develop a solar farm on their common border."),
    ("COOPERATE", "Occurred", "Indonesian and Malaysian vessels jointly patrolled the Strait of Malacca in June."),
]

NOT_REPORTED = [
    ("COOPERATE", "Nigeria will build a new refinery in Lagos."),
]

events_by_sentence, test_sentence_reports, test_sentence_does_not_report = sentence_tests(REPORTS, NOT_REPORTED)
