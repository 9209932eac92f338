"""Advisories: "The embassy advised American citizens to avoid the city centre", "Police advised motorists to use
other routes": "advise" someone to do something is a demand the source makes, like "urge"; advising someone
on a matter, or being advised, reports nothing."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    ("The MAC also advised Taiwanese travelers to be cautious when visiting China, citing the risk of detention.",
     [(I, "MAC", "advised Taiwanese travelers to be cautious when visiting China")]),
    ("The U.S. Embassy advised American citizens to avoid the city centre during the protests.",
     [(I, "U.S. Embassy", "advised American citizens to avoid the city centre")]),
    ("The health ministry advised residents to boil tap water until further notice.",
     [(I, "health ministry", "advised residents to boil tap water")]),
    ("Police advised motorists to use alternative routes while the bridge is closed.",
     [(I, "police", "advised motorists to use alternative routes")]),
    ("The weather service advised farmers to move livestock to higher ground before the storm.",
     [(I, None, "advised farmers to move livestock to higher ground")]),
    ("Dr Amara Bello advised parents to keep children home if they showed symptoms.",
     [(I, "Amara Bello", "advised parents to keep children home")]),
    # negatives
    ("The lawyer advised the court on procedure.", []),
    ("She was advised to leave.", []),
    ("The firm advised the government on the sale.", []),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
