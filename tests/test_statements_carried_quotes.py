"""Quoted words a source reports after the fact ("X lodged a protest, calling the act “…”, the ministry
said"): the source named after the sentence carries them, as "according to" does; they are X's."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    ("Kenji Sato, director of the ministry's Europe bureau, lodged a protest with the Russian ambassador, "
     "calling the flight \"totally unacceptable\" and demanding an explanation, the ministry said.",
     [(M, "Kenji Sato", "totally unacceptable")]),
    ("Deputy Foreign Minister Lena Berg summoned the Iranian envoy, calling the arrests \"a grave violation "
     "of consular law\", the foreign ministry said in a statement.",
     [(M, "Lena Berg", "a grave violation of consular law")]),
    ("Defence chief Marco Reyes protested to his counterpart by phone, describing the incident as "
     "\u201creckless and provocative\u201d, the defence ministry said on Friday.",
     [(M, "Marco Reyes", "reckless and provocative")]),
    ("Ambassador Yuki Mori lodged a formal complaint with Beijing, calling the drills \"deeply regrettable\", "
     "according to the Foreign Ministry.",
     [(M, "Yuki Mori", "deeply regrettable")]),
    ("Chief Cabinet Secretary Hiro Tanaka condemned the launch, calling it \"an outrageous act\", the "
     "government said in a release.",
     [(M, "Hiro Tanaka", "an outrageous act")]),
    ("Police chief Anna Novak thanked residents for their patience, calling the search \"a team effort\", "
     "the department said.",
     [(M, "Anna Novak", "a team effort")]),
    # a person named after the words is their source
    ("Moscow dismissed the sanctions as an attempt to \"sabotage\" its ties, Kremlin spokesman Dmitry Peskov told reporters.",
     [(M, "Dmitry Peskov", "sabotage")]),
    ("The department summoned the ambassador on Tuesday to convey \"deep dissatisfaction\", a department "
     "spokesman, Chrispin Dube, said.",
     [(M, "Chrispin Dube", "summoned the ambassador")]),
    # an outlet or body reporting what a person told someone carries his indirect words too
    ("Finance Minister Otieno Ruto met the unions on Monday. However, he told reporters the levy on flour "
     "would be dropped, the Daily Standard reported.",
     [(I, "Otieno Ruto", "the levy on flour would be dropped")]),
    ("Mayor Lucia Ferri said the bridge would reopen in March, the city council said in a statement.",
     [(I, "Lucia Ferri", "the bridge would reopen in March")]),
    # with no quotation inside, the source named after the sentence reports it all
    ("Kenji Sato lodged a protest with the ambassador on Monday, the ministry said.",
     [(I, None, "Kenji Sato lodged a protest")]),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
