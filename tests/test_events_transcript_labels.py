"""A press-conference transcript puts the speaker's label before what is said ("Minister HARA:
Russia launched …"); the parse reads the label as a first subject, but the clause's own subject
acts. Sentences are this file's own."""
from __future__ import annotations

import pytest

from event_rows import event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

CASES = [
    ("ASSAULT", "place/Russia", "Minister HARA: Russia launched two cruise missiles at the port this morning."),
    ("SANCTION", "place/Canada", "Secretary LOPEZ: Canada imposed sanctions on three Haitian gang leaders today."),
]


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {s for *_, s in CASES} | {"OKADA, NHK: The opposition has criticized the decision as hasty."}, names=False)


@pytest.mark.parametrize(("event_type", "actor", "sentence"), CASES)
def test_the_clause_subject_acts_not_the_label(events_by_sentence, event_type, actor, sentence):
    found = [e for e in events_by_sentence[sentence] if e.event_type == event_type]
    assert found and found[0].actors == (actor,), [(e.event_type, e.actors) for e in events_by_sentence[sentence]]


def test_a_questioner_label_is_no_actor(events_by_sentence):
    events = events_by_sentence["OKADA, NHK: The opposition has criticized the decision as hasty."]
    assert not [e for e in events if any("OKADA" in a for a in e.actors)], [(e.event_type, e.actors) for e in events]
