"""The token layer (nlp/tokens.py): every column equals the Token attribute it stands for, token by
token, on parsed news sentences and on a hand-built Doc; ``tokens_where`` yields what a scan of the
Doc would."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newskb.nlp.tokens import columns, tokens_where

#: column name -> the Token attribute it holds
ATTRIBUTES = {
    "text": lambda t: t.text,
    "lower": lambda t: t.lower_,
    "lemma": lambda t: t.lemma_,
    "pos": lambda t: t.pos_,
    "dep": lambda t: t.dep_,
    "ent_type": lambda t: t.ent_type_,
    "head": lambda t: t.head.i,
    "idx": lambda t: t.idx,
}

VOCAB = spacy.blank("en").vocab  # English lexical attributes (``lower_``), no model

NEWS = [
    "The European Union on Monday imposed sanctions on 12 Iranian officials, freezing their assets.",
    "“We will not be intimidated,” Foreign Minister Ana Moreau told reporters in Brussels. "
    "She said talks with Tehran would resume next week.",
    "date 2025-03-04\n\nKYIV, Ukraine —\nRussian drones struck a power plant overnight, "
    "the regional governor said.\n\nNo one was hurt, according to the emergency service.",
]


def _sentence_numbers(doc: Doc) -> list[int]:
    return [k for k, sent in enumerate(doc.sents) for _ in sent]


def _assert_columns_match(doc: Doc) -> None:
    found = columns(doc)
    for name, attribute in ATTRIBUTES.items():
        assert getattr(found, name) == [attribute(t) for t in doc], name
    assert found.sentence == _sentence_numbers(doc)


@pytest.mark.model
@pytest.mark.parametrize("text", NEWS)
def test_columns_equal_token_attributes_of_parsed_news(nlp, text):
    _assert_columns_match(nlp(text))


def test_columns_of_a_hand_built_doc():
    words = ["Officials", "in", "Kyiv", "said", "so", ".", "Talks", "resume", "."]
    doc = Doc(
        VOCAB, words=words, spaces=[True, True, True, True, False, True, True, False, False],
        heads=[3, 0, 1, 3, 3, 3, 7, 7, 7], deps=["nsubj", "prep", "pobj", "ROOT", "advmod", "punct", "nsubj", "ROOT", "punct"],
        pos=["NOUN", "ADP", "PROPN", "VERB", "ADV", "PUNCT", "NOUN", "VERB", "PUNCT"],
        lemmas=["official", "in", "Kyiv", "say", "so", ".", "talk", "resume", "."],
        ents=["O", "O", "B-GPE", "O", "O", "O", "O", "O", "O"],
    )
    _assert_columns_match(doc)
    assert columns(doc).sentence == [0] * 6 + [1] * 3


def test_columns_are_read_again_for_a_doc_read_back_from_bytes():
    doc = Doc(VOCAB, words=["Sanctions", "bite", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"])
    columns(doc)
    copy = Doc(VOCAB).from_bytes(doc.to_bytes())
    _assert_columns_match(copy)


def test_tokens_where_yields_the_matching_tokens_in_order():
    doc = Doc(VOCAB, words=["As", "known", "as", "Pemex", "as", "."])
    assert [t.i for t in tokens_where(doc, "lower", {"as"})] == [0, 2, 4]
    assert [t.i for t in tokens_where(doc, "lower", {"as"}, start=1)] == [2, 4]
    assert [t.i for t in tokens_where(doc, "text", {"Pemex", "missing"})] == [3]
