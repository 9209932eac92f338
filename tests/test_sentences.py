"""The sentence guard: no sentence starts in mid-clause; the parser still splits real sentences."""
from __future__ import annotations


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
