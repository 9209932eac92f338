"""Clause status table: sentence, trigger word → status."""
from __future__ import annotations

import pytest

from newskb.nlp.annotate import load_model
from newskb.nlp.modality import status_of

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

TABLE = [
    ("Macron met Scholz in Berlin.", "met", "Occurred"),
    ("Macron will meet Scholz in Berlin.", "meet", "Planned"),
    ("Macron plans to visit Berlin next week.", "visit", "Planned"),
    ("Macron and Scholz held a proposed summit in Berlin.", "summit", "Planned"),
    ("Macron cancelled a proposed meeting with Scholz.", "meeting", "Cancelled"),
    ("The summit in Paris was postponed.", "summit", "Cancelled"),
    ("They called off the talks with Iran.", "talks", "Cancelled"),
    ("The meeting has not been called off.", "meeting", "Planned"),
    ("Russia could strike Kyiv again.", "strike", "Hypothetical"),
    ("If Russia attacks Poland, NATO will respond.", "attacks", "Hypothetical"),
    ("Analysts discussed potential strikes on Iran.", "strikes", "Hypothetical"),
    ("Trump ruled out sending missiles to Ukraine.", "sending", "Negated"),
    ("Macron did not meet Scholz.", "meet", "Negated"),
    ("There were no talks with Iran.", "talks", "Negated"),
    ("Iran refused to release the prisoners.", "release", "Negated"),
    ("The meeting was planned after a phone call between them.", "call", "Occurred"),
    ("He welcomed the postponement of the summit.", "summit", "Cancelled"),
    ("She spoke of her openness to future talks with Putin.", "talks", "Planned"),
    # report + backshift: "said it would" is the speaker's future, not a condition
    ("The army said it would withdraw its forces from the capital.", "withdraw", "Planned"),
    ("The ministry announced that it would expel two diplomats.", "expel", "Planned"),
    ("The army said it would withdraw if it were attacked.", "withdraw", "Hypothetical"),
    ("Officials fear the militants would attack the capital.", "attack", "Hypothetical"),
    # frame: the terms of a proposal stay hypothetical
    ("Under the plan, the rebels would free the hostages, officials said.", "free", "Hypothetical"),
]


@pytest.fixture(scope="module")
def nlp():
    return load_model()


@pytest.mark.parametrize(("sentence", "word", "status"), TABLE)
def test_status(nlp, sentence, word, status):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert status_of(token) == status
