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


def test_sentence_lookup_by_bisection_is_token_sent(nlp):
    """``sentence_tokens`` and ``sentence_bounds`` find a token's sentence in the per-document index;
    they must agree with ``Token.sent`` for every token, the first and the last included."""
    from newskb.nlp.base import Context, sentence_bounds, sentence_tokens
    from newskb.reader import parse_article

    text = 'The talks ended. "We are done," she said.\n\nOfficials (and aides) left. Then it rained!  '
    doc = nlp(text)
    ctx = Context(article=parse_article(text), doc=doc, entities=None)  # type: ignore[arg-type]
    for token in doc:
        assert sentence_tokens(token) == (token.sent.start, token.sent.end)
        start, end = sentence_bounds(ctx, token)
        assert text[start:end] == token.sent.text.strip()


def test_a_sentence_is_searched_once_and_answers_as_its_own_text(nlp):
    """``sentence_says`` keeps each sentence's answer: the same as searching ``Token.sent``'s text every time."""
    import re

    from newskb.nlp.base import sentence_says

    doc = nlp("The striker scored twice. Troops attacked the town.\n\nThe Nikkei fell as markets rallied.")
    patterns = [re.compile(r"(?<![\w-])(?:scored|nikkei)(?![\w-])"), re.compile(r"troops")]
    for _ in range(2):  # the second round reads the kept answers
        for token in doc:
            for pattern in patterns:
                assert sentence_says(token, pattern) == bool(pattern.search(token.sent.text.lower()))


def test_each_item_of_a_list_is_a_sentence(nlp):
    text = ("Quick facts\n\n- the measures were taken under the trade act of 2024, which allows the ministry to levy "
            "duties\n- the firms listed today are Alta Mar Foods and Sol Grain\n- a review is due in March")
    assert sentences(nlp, text) == [
        "Quick facts",
        "- the measures were taken under the trade act of 2024, which allows the ministry to levy duties",
        "- the firms listed today are Alta Mar Foods and Sol Grain",
        "- a review is due in March",
    ]
