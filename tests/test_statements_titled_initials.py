"""A long title with a portfolio before a name with a middle initial, as US government releases write their
officials ("Assistant Secretary for Export Enforcement Laura M. Pennington said:"): the holder is the whole
name, initial and all. Passages written for these tests (invented people)."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    ("Assistant Secretary for Trade Enforcement Dana R. Whitcombe said the company had exported the parts "
     "without a licence.",
     [(I, "Dana R. Whitcombe", "the company had exported the parts")]),
    ("Assistant Attorney General for National Security Peter J. Olsen said the scheme had funded the regime.",
     [(I, "Peter J. Olsen", "the scheme had funded the regime")]),
    # no initial: the two last words stay the name
    ("Assistant Secretary for Trade Enforcement Dana Whitcombe said the order took effect at once.",
     [(I, "Dana Whitcombe", "the order took effect at once")]),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
