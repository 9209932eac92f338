""""The ministry said in a statement that the raids were illegal": the parser may read the reported clause as
a complement (or a relative clause) of the medium noun, "statement", "letter", "filing", or take its "that" for
a pronoun; a "that" clause with its own subject after the medium is still what the source said, read from
after "that", not from "said". A relative clause on the medium ("said in a statement that was posted online")
has no subject of its own and reports nothing."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, observed_statements, passage_params, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    # wire
    ("The ministry said in a statement that the raids were illegal.",
     [(I, None, "the raids were illegal")]),
    ("The Foreign Ministry said in a statement that the arrests were unlawful and called on the United Nations "
     "to intervene in the dispute.",
     [(I, "Foreign Ministry", "the arrests were unlawful and called on the United Nations")]),
    # broadsheet
    ("The opposition said in a letter that the vote was rigged.",
     [(I, None, "the vote was rigged")]),
    # regional press
    ("The governor said in a message that the roads were safe again.",
     [(I, None, "the roads were safe again")]),
    # diplomatic copy: the clause read as a relative clause of "letter"
    ("The embassy said in a letter that the visas would be reissued next week.",
     [(I, None, "the visas would be reissued next week")]),
    # business wire: "that" read as the clause's object
    ("The company said in a filing that its profits had fallen by half.",
     [(I, None, "its profits had fallen by half")]),
    # unchanged: the clause already read right; a relative clause on the medium
    ("The army said in a post on X that its troops had repelled an attack near the border.",
     [(I, "army", "its troops had repelled an attack near the border")]),
    ("The patient is stable, the hospital said in a statement that was posted online.",
     [(I, None, "The patient is stable")]),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)


@pytest.mark.parametrize("row", passage_params(ROWS, GAPS))
def test_content_opens_after_that(extractions, row):
    """The content opens with the reported clause, not with "said in a statement that"."""
    observed = observed_statements(extractions[row])
    assert [text[: len(words)] for (_, _, text), (_, _, words) in zip(observed, ROWS[row][1])] == \
        [words for _, _, words in ROWS[row][1]], observed
