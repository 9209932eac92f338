"""Sentence checks for letting aid or relief in: a concession (CAMEO 0863), not a permission in
general ("the rules allow companies to export"); one asked for, however long the list of demands and
however the parse hangs it, is the demand's content."""
from __future__ import annotations

import pytest

from event_rows import sentence_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    ("CONCEDE", "Occurred", "Ethiopia allowed the first food aid convoys into Tigray on Friday."),
    ("CONCEDE", "Occurred", "The military government permitted foreign rescue teams into the quake zone."),
    ("CONCEDE", "Negated", "Authorities have not allowed humanitarian access to the besieged town."),
    ("REQUEST", "Occurred", "The envoy urged Khartoum to halt the shelling, reopen the roads and allow aid into El Fasher."),
]

NOT_REPORTED = [
    ("CONCEDE", "The new rules allow exporters to ship grain through the northern ports."),
    ("CONCEDE", "Norway continues to urge the junta to end the violence, free all political prisoners and allow humanitarian access."),
    ("CONCEDE", "The envoy urged Khartoum to halt the shelling, reopen the roads and allow aid into El Fasher."),
    ("CONCEDE", "We call on the authorities to free the detained reporters, including two photographers held since May, "
                "and to allow independent monitors access to the prisons."),
    ("CONCEDE", "Japan again calls on the junta to immediately halt air strikes on villages, release all those detained, "
                "and allow unhindered humanitarian access."),
]

events_by_sentence, test_sentence_reports, test_sentence_does_not_report = sentence_tests(REPORTS, NOT_REPORTED)
