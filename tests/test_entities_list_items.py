"""The name opening an item of a bulleted or numbered list, before the description that says what it
is, in the layouts releases use for designees and appointees (Canadian, US fact sheet, UK numbered,
EU Council): after ranks and titles, up to the comma or dash, typed by the role or title after it or
by a company's legal form; and list lines that open with no name. Every line is written for the test."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def found(extract_text, text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_text(text).entities}


@pytest.mark.parametrize("line, name, kind", [
    ("- Major General Andrei Volkov, commander of the Internal Troops", "Andrei Volkov", "Person"),
    ("2. Hossein Bagheri – prosecutor in the provincial court", "Hossein Bagheri", "Person"),
    ("- Pavel Kuzmin, a businessman.", "Pavel Kuzmin", "Person"),
    ("  - Marisol Fuentes, an accountant for the cartel.", "Marisol Fuentes", "Person"),
    ("- Colonel Sergei Malash, Deputy Commander of the Border Guard", "Sergei Malash", "Person"),
    ("• Nord Arms Trading LLC, a supplier of drones", "Nord Arms Trading LLC", "Organization"),
    ("(3) Pacific Blue Logistics S.A., a freight company", "Pacific Blue Logistics S.A.", "Organization"),
])
def test_a_list_item_opens_with_its_name(extract_text, line, name, kind):
    text = f"The following were sanctioned today:\n\n{line}\n"
    entities = found(extract_text, text)
    assert entities.get(name) == kind, entities


@pytest.mark.parametrize("line", [
    "- In its latest report, the agency counted 40 attacks.",
    "- Aid Convoy, a Reuters graphic",
    "1. Background: the talks began in May.",
])
def test_a_list_line_opening_with_no_name(extract_text, line):
    entities = found(extract_text, f"Key facts:\n\n{line}\n")
    assert not {"In its", "Aid Convoy", "Background"} & set(entities), entities
