"""What a "whether" clause asks is left open, not a happening: "did not say whether Berlin would
retaliate", "will decide whether to extradite him". A main clause beside "whether or not …" is
told as done. Sentences are this file's own."""
from __future__ import annotations

import pytest

from event_rows import assert_not_typed, assert_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

OPEN = [
    ("THREATEN", "The minister did not say whether Berlin would retaliate against the tariffs."),
    ("ASSAULT", "Reporters asked whether the army had fired on the crowd."),
    ("COOPERATE", "A court will decide on Friday whether to extradite him to Spain."),
    ("CONSULT", "It is unclear whether the talks will resume next week."),
    ("SANCTION", "Officials declined to say whether the ambassador would be expelled."),
]
TOLD = ("ASSAULT", "The army fired on the crowd, killing three people, whether or not the order came from the capital.")


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {s for _, s in OPEN} | {TOLD[1]}, names=False)


@pytest.mark.parametrize(("event_type", "sentence"), OPEN)
def test_an_open_question_is_no_event(events_by_sentence, event_type, sentence):
    assert_not_typed(events_by_sentence[sentence], event_type)


def test_a_main_clause_beside_whether_or_not_is_told(events_by_sentence):
    assert_typed(events_by_sentence[TOLD[1]], TOLD[0])
