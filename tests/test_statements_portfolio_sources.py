"""Sources named with their office's full name. A title whose portfolio joins two fields with "and" ("Minister
of Water Resources and Irrigation Sherif al-Mahdy", "Secretary for Health and Social Care Daniel Ortiz") is
followed by its holder, the last given name and surname (a surname may carry particles: "al-", "van der",
"Le"), however the recogniser ran the portfolio into the name. A capitalised office named with its brief after
its owner ("the Serbian government's Office for Kosovo") is named whole. A name glossed by its initials set
off by ", or" ("the National Unity Government, or NUG,") is one source, not two."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    ("Minister of Water Resources and Irrigation Sherif al-Mahdy said the dam was safe for now.",
     [(I, "Sherif al-Mahdy", "the dam was safe for now")]),
    ("Secretary for Health and Social Care Daniel Ortiz said the hospitals were under strain.",
     [(I, "Daniel Ortiz", "the hospitals were under strain")]),
    ("Minister for Fisheries and Oceans Pieter van der Berg told reporters the quota would be cut.",
     [(I, "Pieter van der Berg", "the quota would be cut")]),
    ("CAIRO - Minister of Energy and Mines Khalid bin Tariq said on Sunday that output would rise next year.",
     [(I, "Khalid bin Tariq", "output would rise next year")]),
    ("Minister of Labour and Social Protection Abdullah bin Hamad said wages would rise in January.",
     [(I, "Abdullah bin Hamad", "wages would rise in January")]),
    ("Secretary of Environment and Natural Resources Maria de la Cruz told lawmakers the mine would close.",
     [(I, "Maria de la Cruz", "the mine would close")]),
    ("Minister for Trade and Industry Youssef el-Amrani said exports had doubled.",
     [(I, "Youssef el-Amrani", "exports had doubled")]),
    ("Minister for Culture and Heritage Lukas von Arnim said the museum would reopen.",
     [(I, "Lukas von Arnim", "the museum would reopen")]),
    ("The Serbian government's Office for Kosovo said in a statement that the raids were illegal.",
     [(I, "Office for Kosovo", "the raids were illegal")]),
    ("The Serbian government’s Office for Kosovo and Metohija said the raids were illegal.",
     [(I, "Serbian government’s Office for Kosovo and Metohija", "the raids were illegal")]),
    ("The prime minister’s Office for Gender Equality said in a statement that the law would be reviewed.",
     [(I, "prime minister’s Office for Gender Equality", "the law would be reviewed")]),
    ("The regional government’s Agency for Water Management told farmers the canals would reopen.",
     [(I, "regional government’s Agency for Water Management", "the canals would reopen")]),
    ("The Dutch government’s Office for Asylum Seekers said the centre was full.",
     [(I, "Dutch government’s Office for Asylum Seekers", "the centre was full")]),
    ("The shadow National Unity Government, or NUG, condemned the attack as a \"war crime\".",
     [(M, "National Unity Government", "condemned the attack as a \"war crime\"")]),
    ("The Alliance for Democratic Change, or ADC, said the vote count had been rigged in three provinces.",
     [(I, "Alliance for Democratic Change", "the vote count had been rigged")]),
    ("The International Atomic Energy Agency, or IAEA, said inspectors had been denied access to the site.",
     [(I, "International Atomic Energy Agency", "inspectors had been denied access to the site")]),
    ("The Kurdistan Workers' Party, or PKK, said the ceasefire would hold until spring.",
     [(I, "Kurdistan Workers' Party", "the ceasefire would hold until spring")]),
    ("The exiled National Coalition for Reform, or NCR, said the election had been rigged.",
     [(I, "National Coalition for Reform", "the election had been rigged")]),
    ("The Federal Emergency Management Agency, or FEMA, told residents the shelters were full.",
     [(I, "Federal Emergency Management Agency", "the shelters were full")]),
    # unchanged: a given name that is also a word, a portfolio place, two sources joined by "or"
    ("Minister of Economy and Finance Bruno Le Maire said the deficit would shrink.",
     [(I, "Bruno Le Maire", "the deficit would shrink")]),
    ("Minister for Northern Ireland Hilary Benn said the talks would resume in March.",
     [(I, "Hilary Benn", "the talks would resume in March")]),
    ("The government’s office for Kosovo said the raids were illegal.",
     [(I, "government’s office", "the raids were illegal")]),
    ("Either the Interior Ministry or the army, or both, said the roads would close.",
     [(I, None, "the roads would close")]),
    # a long title after an inverted "said", its first word read as a preposition: the name closing it
    ("\"These brokers keep the cartel in business,\" said Under Secretary of the Treasury for Terrorism and "
     "Financial Intelligence Margaret L. Dorsey.", [(D, "Margaret L. Dorsey", "These brokers keep the cartel in business")]),
    ("\u201cNo bank should touch this money,\u201d said Assistant Secretary of State for Economic Affairs Paul "
     "Whitcombe.", [(D, "Paul Whitcombe", "No bank should touch this money")]),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
