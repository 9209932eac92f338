"""A ban that cuts trade is a sanction, not repression: firms barred from selling or shipping goods,
ships and aircraft barred from a country's ports or airspace (CAMEO 163). Bans on people's
acts stay coercion. The sentences are this file's own, in several house styles."""
from __future__ import annotations

import pytest
from event_rows import system_events

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

SANCTIONS = [
    "The new measures also ban British firms from supplying drilling equipment to three Iranian state companies.",
    "Under the sanctions, American exporters are barred from shipping advanced chips to the listed firms.",
    "The order prohibits US banks from buying bonds issued by the Venezuelan central bank.",
    "Twelve more tankers were added to the list of vessels banned from EU ports.",
    "Russian-flagged ships are now barred from British ports under the new rules.",
    "Japan banned Russian aircraft from its airspace on Tuesday.",
]

COERCIONS = [
    "Police barred protesters from entering the main square.",
    "The junta banned opposition parties from holding rallies ahead of the vote.",
    "The court barred the former minister from leaving the country.",
    "Police barred journalists from the airport terminal.",
]


@pytest.fixture(scope="module")
def types_by_sentence(nlp):
    return {text: {e["type"] for e in events} for text, events in system_events(nlp, SANCTIONS + COERCIONS).items()}


@pytest.mark.parametrize("sentence", SANCTIONS)
def test_trade_ban_is_a_sanction(types_by_sentence, sentence):
    assert "SANCTION" in types_by_sentence[sentence] and "COERCE" not in types_by_sentence[sentence]


@pytest.mark.parametrize("sentence", COERCIONS)
def test_ban_on_people_is_coercion(types_by_sentence, sentence):
    assert "COERCE" in types_by_sentence[sentence] and "SANCTION" not in types_by_sentence[sentence]
