"""A reported act followed at once by the doer's own words for it ("The ministry condemned the
attack. \"We strongly condemn …,\" it said.") is one act, not two; two reported acts stay two.
The sentences are this file's own, in several house styles."""
from __future__ import annotations

import pytest
from event_rows import system_events

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

RESTATED = [
    ("ACCUSE", 'The Turkish Foreign Ministry also condemned the bombing in a written statement. "We strongly condemn '
               'the bombing of the hospital in Gaza, which killed dozens of patients," the ministry said.'),
    ("ACCUSE", 'Kenya\'s foreign ministry condemned the attack on the embassy. "We condemn in the strongest terms this '
               'cowardly attack on our diplomats," it said.'),
    ("ACCUSE", 'Germany condemned the missile strike on Kharkiv. "We condemn this brutal attack on civilians," '
               'Foreign Minister Lena Braun wrote on X.'),
    ("SUPPORT", 'The African Union welcomed the deal on Saturday. "We welcome this historic agreement between the two '
                'brothers," the commission chairman said.'),
    ("ACCUSE", 'Chile\'s government denounced the coup attempt.\n\n"We denounce this assault on democracy," the '
               'spokeswoman told reporters.'),
    ("SUPPORT", 'Norway welcomed the release of the hostages. \u201cWe warmly welcome their release,\u201d the foreign '
                'minister said in Oslo.'),
]

TWO_ACTS = [
    ("ACCUSE", "The ministry condemned the killing of two aid workers. It also condemned the arrest of a journalist in Goma."),
]


@pytest.fixture(scope="module")
def types_by_text(nlp):
    return {text: [e["type"] for e in events] for text, events in system_events(nlp, [t for _, t in RESTATED + TWO_ACTS]).items()}


@pytest.mark.parametrize(("event_type", "text"), RESTATED)
def test_own_words_restate_the_reported_act(types_by_text, event_type, text):
    assert types_by_text[text.strip()].count(event_type) == 1, types_by_text[text.strip()]


@pytest.mark.parametrize(("event_type", "text"), TWO_ACTS)
def test_two_reported_acts_stay_two(types_by_text, event_type, text):
    assert types_by_text[text.strip()].count(event_type) == 2
