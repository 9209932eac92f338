"""A body's delegation posted in a place ("the European Union's delegation in Lima") is a diplomatic
mission, an organisation of its own, as an embassy is; a body's leadership speaks as the body ("the
party's leadership said"). Passages written for these tests (invented bodies and people)."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    ("The European Union's delegation in Lima said it was \"closely monitoring\" the situation.",
     [(M, "European Union's delegation in Lima", "closely monitoring")]),
    ("The European Union's delegation to Ghana said the vote had been calm and orderly.",
     [(I, "European Union's delegation to Ghana", "the vote had been calm and orderly")]),
    # a delegation at talks, not posted anywhere, speaks for its body
    ("The European Union's delegation said the talks had been constructive.",
     [(I, "European Union", "the talks had been constructive")]),
    ("Protests continued in Harare on Friday. The Movement for Democratic Change's leadership said the arrests "
     "were politically motivated.",
     [(I, "Movement for Democratic Change", "the arrests were politically motivated")]),
    # "The governor of the X Region, Y Z, met …": the person set off after the title's "of" phrase is the one a
    # later "he" goes on with
    ("President Ivan Koval visited the port on Monday. The governor of the Teresa Region, Marko Lind, met the "
     "dock workers on Tuesday. He said the port would reopen next week.",
     [(I, "Marko Lind", "the port would reopen next week")]),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)

