"""Sentence checks for force announced on a condition: "X could strike Y if …", said by one who
speaks for the act, is a threat made in the saying besides the act it holds out as a scenario; said
by analysts it is only the scenario. Workers,
farmers or students blockading a road protest; a navy's blockade coerces."""
from __future__ import annotations

import pytest

from event_rows import sentence_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    ("THREATEN", "Occurred", "The defence minister said Seoul would strike the launch sites if Pyongyang fired another missile."),
    ("ASSAULT", "Hypothetical", "The defence minister said Seoul would strike the launch sites if Pyongyang fired another missile."),
    ("THREATEN", "Occurred", "Police would arrest the organisers if the march went ahead, the interior ministry warned."),
    ("ASSAULT", "Hypothetical", "Analysts said Iran could strike tankers in the Gulf if the talks collapsed."),
    ("PROTEST", "Occurred", "Farmers blockaded the main roads into Brussels with tractors."),
    ("PROTEST", "Occurred", "Student blockades of the university campus entered their third week."),
    ("COERCE", "Occurred", "The navy blockaded the port of Hodeidah for two months."),
]

NOT_REPORTED = [
    ("THREATEN", "Analysts said Iran could strike tankers in the Gulf if the talks collapsed."),
    ("COERCE", "Farmers blockaded the main roads into Brussels with tractors."),
]

events_by_sentence, test_sentence_reports, test_sentence_does_not_report = sentence_tests(REPORTS, NOT_REPORTED)
