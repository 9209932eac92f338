"""Sentence checks for this round's wire-copy event rules, each a form the wire-clause set
(``test_events_wire_clauses``) met: the type a sentence reports, or the type it must not."""
from __future__ import annotations

import pytest

from event_rows import sentence_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    # a preposition with a date only dates the act: a missile fired "on Tuesday" is a test, not an attack
    ("MOBILIZE", "Planned", "North Korea will fire two missiles on Tuesday."),
    # a strike by a workforce is a labour protest
    ("PROTEST", "Occurred", "A strike by dock workers closed the port of Antwerp for two days."),
    # what a request noun asks for is its content, not an event of its own (no RETREAT below)
    ("REQUEST", "Occurred", "The UN chief renewed his appeal for a ceasefire in Gaza."),
    # a headline's "to" is planned, and its subject does it
    ("SANCTION", "Planned", "Britain to expel Russian diplomats"),
    # a present-tense time clause under a planned act is planned
    ("CONSULT", "Planned", "The treaty will be signed when the king visits Madrid in June."),
    # an official's arrival in a city is a visit
    ("CONSULT", "Occurred", "The Indian prime minister arrived in Tokyo on Friday."),
    # protesters met by police are repressed, not consulted
    ("COERCE", "Occurred", "The demonstrators were met by riot police outside the ministry."),
]

NOT_REPORTED = [
    ("RETREAT", "The UN chief renewed his appeal for a ceasefire in Gaza."),
    ("ASSAULT", "Floods killed 40 people in the province last week."),
    ("ASSAULT", "The documentary attacks the government's record on housing."),
    ("ASSAULT", "The bank fired its chief executive after the scandal."),
    ("RETREAT", "Two carmakers pulled out of the Geneva motor show."),
    ("MOBILIZE", "Houthi leaders said they would sink any warship that entered the strait."),
]


events_by_sentence, test_sentence_reports, test_sentence_does_not_report = sentence_tests(REPORTS, NOT_REPORTED)
