"""Sentence checks for how news tells a protest called for, a threat withdrawn and an act
forecast: a protest its organisers call for is planned ("called for a general strike on Monday"),
calling on others to protest is a request; a threat withdrawn or dropped is the threat,
cancelled; "is set to" and "is poised to" forecast the act (Planned), while "is prepared to"
said by the actor is a threat; ratifying a treaty is an agreement; the strikes a threat names
are its content; a title before a freed detainee's name ("detained journalist X") is no arrest."""
from __future__ import annotations

import pytest

from event_rows import sentence_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    ("PROTEST", "Planned", "The teachers' union called for a nationwide strike next Tuesday."),
    ("PROTEST", "Planned", "Opposition parties called for two days of demonstrations against the new electoral law."),
    ("PROTEST", "Planned", "The opposition called for a boycott of Sunday's referendum."),
    ("PROTEST", "Planned", "Organisers have called for further rallies on the day of the budget vote."),
    ("REQUEST", "Occurred", "The opposition leader called on supporters to stay off the streets."),
    ("REQUEST", "Occurred", "The bishops called for calm during the protests."),
    ("THREATEN", "Cancelled", "The president withdrew his threat to impose tariffs on Mexican cars."),
    ("THREATEN", "Cancelled", "Ankara dropped its threat to block Finland's membership bid."),
    ("RETREAT", "Occurred", "Russia withdrew its troops from the village."),
    ("CONCEDE", "Occurred", "Prosecutors dropped the charges against the activists."),
    ("SANCTION", "Planned", "The EU is set to sanction four Belarusian officials over the crackdown."),
    ("SANCTION", "Planned", "Washington is poised to impose tariffs on Brazilian steel next week."),
    ("ASSAULT", "Planned", "The army is poised to launch an offensive on the rebel stronghold."),
    ("THREATEN", "Occurred", "Moscow said it was prepared to take further measures."),
    ("AGREE", "Occurred", "Peru's congress ratified a fisheries treaty with Ecuador on Tuesday."),
    ("THREATEN", "Occurred", "Pyongyang threatened to launch missile strikes if the joint exercises went ahead."),
    ("CONCEDE", "Planned", "The authorities will free detained blogger Amir Haddad next week, his lawyer said."),
]

NOT_REPORTED = [
    ("REQUEST", "The teachers' union called for a nationwide strike next Tuesday."),
    ("CONCEDE", "The president withdrew his threat to impose tariffs on Mexican cars."),
    ("THREATEN", "Washington is poised to impose tariffs on Brazilian steel next week."),
    ("SUPPORT", "Peru's congress ratified a fisheries treaty with Ecuador on Tuesday."),
    ("ASSAULT", "Pyongyang threatened to launch missile strikes if the joint exercises went ahead."),
    ("COERCE", "The authorities will free detained blogger Amir Haddad next week, his lawyer said."),
]

events_by_sentence, test_sentence_reports, test_sentence_does_not_report = sentence_tests(REPORTS, NOT_REPORTED)
