"""A relative clause whose antecedent is all quotation ("would never accept “any one-sided accord” that
denied it …"): the relative pronoun's phrase has no words outside the quote to name a source, and the
statement still goes to the one who said it (invented sentences; wire, release and regional styles)."""
from __future__ import annotations

import pytest

from statement_rows import extract_rows, observed_statements

pytestmark = pytest.mark.model

ROWS = [
    ('A spokesman for the Foreign Ministry accused the mission of bias and said the country would never accept '
     '"any one-sided accord" that denied it access to the river.', "Foreign Ministry"),
    ("The Interior Ministry said in a statement that the arrests were part of “a deliberate campaign to frighten "
     "voters” from the region and called on observers to stay.", "Interior Ministry"),
    ('Opposition leader Mara Linde said voters would reject "a rigged charter" that denied them a say, and vowed '
     "to keep campaigning.", "Mara Linde"),
    ('Trade Minister Paulo Reis said Brazil would not sign "a lopsided pact" that denied its farmers fair access, '
     "officials said.", "Paulo Reis"),
    ('The Kenya Human Rights Commission said the bill was "a charter for abuse" which denied detainees a lawyer.',
     "Kenya Human Rights Commission"),
    ('Senator Ana Ruiz told reporters the treaty was "a surrender document" that denied Congress any say.',
     "Ana Ruiz"),
]


@pytest.fixture(scope="module")
def extractions():
    return extract_rows([(text, []) for text, _ in ROWS])


@pytest.mark.parametrize("row", range(len(ROWS)), ids=[text[:40] for text, _ in ROWS])
def test_the_quoted_phrase_is_not_taken_for_the_source(extractions, row):
    speakers = {speaker for _, speaker, _ in observed_statements(extractions[row])}
    assert speakers == {ROWS[row][1]}
