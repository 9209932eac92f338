"""The sentence guard: no sentence starts in mid-clause; the parser still splits real sentences."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_no_sentence_starts_after_a_bracketed_acronym(nlp):
    text = (
        "Ministers approved sanctions on commanders of the Islamic Revolutionary Guard Corps (IRGC) "
        "Aerospace Force and two drone makers."
    )
    assert len(sentences(nlp, text)) == 1


def test_real_sentence_ends_still_split(nlp):
    text = 'The talks ended. "We are done," she said. Officials (and aides) left. Then it rained!\n\nNew paragraph here'
    assert sentences(nlp, text) == [
        "The talks ended.", '"We are done," she said.', "Officials (and aides) left.", "Then it rained!", "New paragraph here"
    ]


def test_a_blank_line_always_ends_a_sentence(nlp):
    text = "Joint Statement on Further Trade Measures\n\nWe, the leaders of Brazil, Chile and Peru, condemn the blockade."
    assert sentences(nlp, text) == ["Joint Statement on Further Trade Measures", "We, the leaders of Brazil, Chile and Peru, condemn the blockade."]


def test_the_guard_marks_starts_after_a_paragraph_break_only():
    import spacy
    from spacy.tokens import Doc

    from newskb.nlp.sentences import sentence_guard

    words = ["Trade", "Measures", "\n\n", "We", "agree", "\n", "to", "talk", "."]
    spaces = [True, False, False, True, False, False, True, False, False]
    doc = sentence_guard(Doc(spacy.blank("en").vocab, words=words, spaces=spaces))
    assert doc[3].is_sent_start is True  # after the blank line
    assert doc[1].is_sent_start is False  # mid-line
    assert doc[6].is_sent_start is not False  # after a single line break the parser decides
