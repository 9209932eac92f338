""""… but declined to say whether that included officials in the Gulf": a question the source left open
reports nothing, even when a "that" (here a pronoun) follows the question word; only the clause said before
it is a statement. "noted that …" still opens its clause at "that"."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    ("A senior official told reporters that the administration was ready to act, but declined to say whether "
     "that included officials in the Gulf.",
     [(I, None, "the administration was ready to act")]),
    ("The minister said the army was ready, but would not say whether that meant a new offensive in the north.",
     [(I, None, "the army was ready")]),
    ("The company confirmed the layoffs but declined to say whether that would affect its plant in Ohio.",
     [(I, None, "The company confirmed the layoffs")]),
    ("The spokeswoman said the talks would continue, but declined to say whether that included the rebels.",
     [(I, None, "the talks would continue")]),
    ("The ministry said the border was open but declined to say whether that applied to lorries.",
     [(I, None, "the border was open")]),
    ("Officials said aid had arrived, but would not say whether that included fuel for the hospitals.",
     [(I, None, "aid had arrived")]),
    ("The mayor confirmed the closure, but declined to say whether that would be permanent.",
     [(I, None, "The mayor confirmed the closure")]),
    # a negated "say" reports nothing, even when the parser hangs the clause before it on the verb
    ("A company spokesperson confirmed the firm would attend; the union has not said whether it will.",
     [(I, None, "the firm would attend")]),
    ("The ministry has not said how many soldiers were killed in the ambush.", []),
    # unchanged
    ("The minister noted that the deal was signed.", [(I, None, "the deal was signed")]),
    ("The minister declined to say whether the talks would resume.", []),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
