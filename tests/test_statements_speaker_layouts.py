"""How news copy names the one who speaks: a title run ending in a name and the office the person works in
("said Special Agent in Charge Jane Roe of the FBI Boston Field Office", as US agencies' releases write it), a
hyphenated rank set off before the name ("The party's co-leader, X, said"), and a quoted fragment that the clause
of saying ends in, kept whole though the parser hung its second half on the verb."""
from __future__ import annotations

import pytest

from statement_rows import passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

D, I, M = "Direct", "Indirect", "Mixed"

ROWS = [
    # the office after the name
    ("“Fraud of this kind robs every taxpayer,” said Special Agent in Charge Marcus T. Whitfield of the FBI Denver Field Office.",
     [(D, "Marcus T. Whitfield", "Fraud of this kind robs every taxpayer")]),
    ("“We will follow the money wherever it leads,” said Assistant Director in Charge Helen Brooks of the FBI’s Chicago Field Office.",
     [(D, "Helen Brooks", "We will follow the money wherever it leads")]),
    # a hyphenated rank before the name set off by commas
    ("The Social Democrats' co-chair, Lena Vogt, said the coalition would not survive the vote.",
     [(I, "Lena Vogt", "the coalition would not survive the vote")]),
    ("The group's co-founder, Omar Haddad, accused the police of \"breaking every promise they made\".",
     [(D, "Omar Haddad", "breaking every promise they made")]),
    # a quoted fragment kept whole
    ("Senator Ruth Malone said the proposal “looks good on paper, but it will not work”.",
     [(M, "Ruth Malone", "looks good on paper, but it will not work")]),
    # negatives: two people after the cue are no one speaker; a quotation closed before the clause ends
    ("“Enough is enough,” said Mayor Rita Gomez and Governor Tom Hale.", [(D, None, "Enough is enough")]),
    ("The minister called the report “biased” and left the room.", [(M, None, "called the report “biased”")]),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
