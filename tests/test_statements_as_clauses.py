"""A fronted "as" clause of saying ("As President X has said, the border will stay closed"): the clause after
the comma is what the source said; so is the clause before "…, the agency quoted X as saying". An "as" clause of time or one that says something of its own is no
attribution. Passages written for these tests (invented people)."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    ("As President Elena Varga has said, the border will stay closed until the talks resume.",
     [(I, "Elena Varga", "the border will stay closed until the talks resume")]),
    ("As Finance Minister Ana Ruiz said on Monday, the budget will be balanced next year.",
     [(I, "Ana Ruiz", "the budget will be balanced next year")]),
    # "…, the agency quoted X as saying": the clause before is X's words
    ("The launch was a \"stern warning to our enemies\", state media quoted General Pak Song as saying.",
     [(M, "Pak Song", "stern warning to our enemies")]),
    ("The talks had failed, the agency quoted Foreign Minister Ali Reza as saying.",
     [(I, "Ali Reza", "The talks had failed")]),
    ("As the rain fell, the crowd said nothing.", []),
    ("As she said goodbye, the train left the station.", []),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
