"""Two families of names in news copy, each checked on sentences written for this test in several
house styles: a country's mission abroad named with the city it is posted in ("the Chinese embassy
in Honiara") is one body, and a surname after a courtesy title ("Ms Nduva", "Mr. Kaya") is a
person's, whatever the tagger proposed."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

MISSIONS = [
    ("The Chinese embassy in Honiara said it opposed the move.", "Chinese embassy in Honiara"),
    ("A spokesman for the Russian Embassy in Berlin said the diplomats would leave on Friday.", "Russian Embassy in Berlin"),
    ("The Turkish embassy in Stockholm was closed after the protest, the Swedish police said.", "Turkish embassy in Stockholm"),
    ("The Indian High Commission in Dhaka said the visas would be restored.", "Indian High Commission in Dhaka"),
    ("Staff at the U.S. Embassy in Kyiv were told to shelter, the State Department said.", "U.S. Embassy in Kyiv"),
    ("The Canadian High Commission in London issued a travel advisory on Monday.", "Canadian High Commission in London"),
    ("The Japanese Embassy in Beijing lodged a protest over the detention.", "Japanese Embassy in Beijing"),
]


@pytest.mark.parametrize("text, mission", MISSIONS, ids=[m for _, m in MISSIONS])
def test_a_mission_is_named_with_its_city(extract_text, text, mission):
    found = {e.name: e.type for e in extract_text(text).entities}
    assert found.get(mission) == "Organization", found
    city = mission.rsplit(" in ", 1)[1]
    assert found.get(city) == "Place", found  # the city is still a place of its own
    assert mission.rsplit(" in ", 1)[0] not in found, found


def test_a_mission_named_by_its_country_mentions_the_country(extract_text):
    found = {e.name: e.type for e in extract_text("Officials at the United States embassy in Lusaka said the visas "
                                                  "would be restored.").entities}
    assert found.get("United States embassy in Lusaka") == "Organization", found
    assert found.get("United States") == "Place", found


COURTESY = [
    ("Sarah Mullally was named on Friday. Ms Mullally said she was honoured.", "Sarah Mullally", "Ms Mullally"),
    ("Keir Starmer spoke to reporters. Mr Starmer said the plan was fair.", "Keir Starmer", "Mr Starmer"),
    ("Aliyu Musa was arrested in Kano. Mr Musa denied the charges.", "Aliyu Musa", "Mr Musa"),
    ("Ms Kowalczyk, a lawyer for the family, said the ruling would be appealed.", "Kowalczyk", "Ms Kowalczyk"),
    ("Mrs Adeyemi told the court she had not seen the letter.", "Adeyemi", "Mrs Adeyemi"),
    ("Dr Haddad said the clinic had run out of insulin.", "Haddad", "Dr Haddad"),
]


@pytest.mark.parametrize("text, person, titled", COURTESY, ids=[t for _, _, t in COURTESY])
def test_a_courtesy_title_names_a_person(extract_text, text, person, titled):
    found = {e.name: e.type for e in extract_text(text).entities}
    assert found.get(person) == "Person", found
    assert titled not in found, found
