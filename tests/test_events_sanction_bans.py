"""A ban that cuts trade is a sanction, not repression: firms barred from selling or shipping goods,
ships and aircraft barred from a country's ports or airspace (CAMEO 163). Bans on people's
acts stay coercion. The sentences are this file's own, in several house styles."""
from __future__ import annotations

import pytest

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
    from newskb.nlp.annotate import annotate_many
    from newskb.pipeline import extract_doc
    from newskb.reader import parse_article

    out = {}
    for doc, article in annotate_many([parse_article(s) for s in SANCTIONS + COERCIONS], nlp):
        out[article.text] = {e.event_type for e in extract_doc(article, doc, nlp).events}
    return out


@pytest.mark.parametrize("sentence", SANCTIONS)
def test_trade_ban_is_a_sanction(types_by_sentence, sentence):
    assert "SANCTION" in types_by_sentence[sentence] and "COERCE" not in types_by_sentence[sentence]


@pytest.mark.parametrize("sentence", COERCIONS)
def test_ban_on_people_is_coercion(types_by_sentence, sentence):
    assert "COERCE" in types_by_sentence[sentence] and "SANCTION" not in types_by_sentence[sentence]
