"""How news copy names the one who speaks: a title run ending in a name and the office the person works in
("said Special Agent in Charge Jane Roe of the FBI Boston Field Office", as US agencies' releases write it), a
hyphenated rank set off before the name ("The party's co-leader, X, said"), and a quoted fragment that the clause
of saying ends in, kept whole though the parser hung its second half on the verb. Who a later "she", "it" or
"a spokesperson" is: the body a delegate spoke for ("the representative of Chad said … she said"), an institution
named by its owner ("Israel's embassy criticised the vote. In a statement, it said"), the organisation that was
the subject just before ("The embassy reacted angrily. A spokesperson said"); and the body an owner's name owns
("The Council of Europe's Venice Commission said"); a country's institution is not another country's organisation
of the same name ("Pakistan's Foreign Office" is not the UK's)."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

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
    # who a later pronoun or spokesperson is
    ("Malawi's representative said the embargo should be eased.\n\nSpeaking also for Ghana, the representative of "
     "Chad said the African members had abstained. \"Sanctions must support a political process,\" she said.",
     [(I, "Malawi", "the embargo should be eased"), (I, "Chad", "the African members had abstained"),
      (D, "Chad", "Sanctions must support a political process")]),
    ("“Our patience has limits,” Foreign Minister Tomas Lind said.\n\nNorway’s embassy in Lisbon criticised the vote. "
     "In a statement, it said the law “rewards violence”.",
     [(D, "Tomas Lind", "Our patience has limits"), (M, "embassy in Lisbon", "rewards violence")]),
    ("Foreign Minister Tomas Lind announced the measures on Monday.\n\nThe Vietnamese embassy in Oslo reacted angrily. "
     "In a statement, a spokesperson said Hanoi “firmly rejects these accusations”.",
     [(I, "Tomas Lind", "announced the measures"), (M, "Vietnamese embassy in Oslo", "firmly rejects these accusations")]),
    # a country's institution named like another country's
    ("China's Foreign Ministry condemned the move. On the same day, South Korea's Foreign Ministry said it would "
     "consider similar measures.", [(I, "South Korea's Foreign Ministry", "it would consider similar measures")]),
    ("Pakistan's Foreign Office said the border crossing would remain closed.",
     [(I, "Pakistan's Foreign Office", "the border crossing would remain closed")]),
    ("Britain's Foreign Office said the ambassador had been summoned.",
     [(I, "Foreign, Commonwealth and Development Office", "the ambassador had been summoned")]),
    ("The Bank of England's Monetary Policy Committee said interest rates would stay on hold.",
     [(I, "Monetary Policy Committee", "interest rates would stay on hold")]),
    # negatives: two people after the cue are no one speaker; a quotation closed before the clause ends
    ("“Enough is enough,” said Mayor Rita Gomez and Governor Tom Hale.", [(D, None, "Enough is enough")]),
    ("The minister called the report “biased” and left the room.", [(M, None, "called the report “biased”")]),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
