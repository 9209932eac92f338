"""National legislatures and their chambers, in sentences written for this test: a parliament
called by its own name ("the Dáil", "the Sejm", "the Folketing") is a government body, not a
person or a place (gazetteer.tsv, the legislatures block)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

CASES = [
    ("The Bill passed second stage in the Dáil on Wednesday, as protesters gathered outside.", "Dáil"),
    ("The legislation was first introduced in the Seanad by an independent senator in 2019.", "Seanad"),
    ("The motion was carried in the Sejm by 240 votes to 198, the speaker said.", "Sejm"),
    ("Lawmakers in the Legislative Yuan approved the defence budget on Friday.", "Legislative Yuan"),
    ("Members of the Folketing voted 90 to 15 in favour of the treaty.", "Folketing"),
    ("The Eduskunta is expected to vote on the package next week.", "Eduskunta"),
    ("Deputies in the Seimas backed the motion, the chamber's speaker said.", "Seimas"),
]

NEGATIVE = [
    # the same words in their everyday senses name no body
    "Doctors said a balanced diet lowered the risk of heart disease.",
    "The national assembly of delegates met in a hotel ballroom on Sunday.",
]


@pytest.mark.parametrize("text,name", CASES, ids=[c[1] for c in CASES])
def test_legislature_is_a_body(extract_text, text, name):
    bodies = {n for e in extract_text(text).entities if e.type == "Organization" for n in (e.name, *e.alternate_names)}
    assert name in bodies, bodies


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:30] for t in NEGATIVE])
def test_everyday_words_name_no_legislature(extract_text, text):
    assert not [e.name for e in extract_text(text).entities if e.type == "Organization"]
