"""Sentence checks for nouns of happenings: what talks are held on or a proposal is made for is
their subject ("a proposal for a truce", "talks on a ceasefire"), and aid waited for or stored is
goods, not a giving; the deed someone is blamed for is a happening of its own ("blamed the militia
for the massacre"), even when the blame is held back ("stopped short of blaming" denies the blame only)."""
from __future__ import annotations

import pytest

from event_rows import sentence_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    # the talks are the event; a truce declared, and aid delivered, are events of their own
    ("CONSULT", "Occurred", "Negotiators from both sides held talks on a ceasefire in Doha on Sunday."),
    ("RETREAT", "Occurred", "The army and the rebels declared a ceasefire in Darfur on Sunday."),
    ("AID", "Occurred", "Japan delivered food aid to flood victims in Pakistan."),
    ("ASSAULT", "Occurred", "Human Rights Watch blamed the militia for the massacre of 40 villagers in Ituri."),
    ("ASSAULT", "Occurred", "The inquiry stopped short of blaming the police for the shooting of the protesters in Lagos."),
    ("ACCUSE", "Negated", "The inquiry stopped short of blaming the police for the shooting of the protesters in Lagos."),
]

NOT_REPORTED = [
    ("RETREAT", "Negotiators from both sides held talks on a ceasefire in Doha on Sunday."),
    ("RETREAT", "The rebels said they were studying a Kenyan proposal for a 30-day truce."),
    ("RETREAT", "The envoy flew to Cairo for consultations on the Gaza truce."),
    ("AID", "Police dispersed crowds waiting for food aid outside the stadium."),
    ("AID", "The depot, which stored aid for displaced families, was flooded overnight."),
]

events_by_sentence, test_sentence_reports, test_sentence_does_not_report = sentence_tests(REPORTS, NOT_REPORTED)
