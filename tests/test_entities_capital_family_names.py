"""Family names in capitals, in sentences written for this test: designation lists and Korean
and Chinese official copy write the family name first in capitals ("PAK Il Song"), and the
tagger often starts the name at the given names; the capitalised word joins the name unless it is
an acronym, a title or role ("MP", "MEP"), or a known place or body."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

CASES = [
    ("1. PAK Chol Min (born 1986; North Korean national; operative of the bureau)", "PAK Chol Min"),
    ("Tokyo also froze the assets of KANG Chol Ho, an official of the Reconnaissance General Bureau.", "KANG Chol Ho"),
    ("Washington sanctioned LI Jin Hyok, who laundered the funds through Shenyang.", "LI Jin Hyok"),
    ("Washington sanctioned PAK Il Song, who moved the funds through Shenyang.", "PAK Il Song"),
    ("Tokyo also froze the assets of RI Chol Ho, an official of the General Bureau.", "RI Chol Ho"),
    ("Authorities said PAK Song Chol had arranged the shipments.", "PAK Song Chol"),
    ("Separately, KANG Myong Chol, a banker, was added to the list.", "KANG Myong Chol"),
]

NEGATIVE = [
    # an acronym or a known name in capitals before a person's name is not a family name
    ("The UN Special Rapporteur Tomas Ojea said the law was flawed.", "Tomas Ojea"),
    ("The BBC spoke to Anna Kovacs in Budapest on Monday.", "Anna Kovacs"),
    ("Speaking to CNN Maria Ortega said she would run again.", "Maria Ortega"),
    ("Labour MP Daniel Ashworth said the bill was flawed.", "Daniel Ashworth"),
    ("Lithuanian MEP Daniel Ashworth said the package came late.", "Daniel Ashworth"),
]


@pytest.mark.parametrize("text,name", CASES, ids=[c[1] for c in CASES])
def test_family_name_in_capitals_joins_the_name(extract_text, text, name):
    people = {e.name for e in extract_text(text).entities if e.type == "Person"}
    assert name in people, people


@pytest.mark.parametrize("text,name", NEGATIVE, ids=[c[1] for c in NEGATIVE])
def test_acronym_before_a_name_stays_apart(extract_text, text, name):
    people = {e.name for e in extract_text(text).entities if e.type == "Person"}
    assert name in people, people
