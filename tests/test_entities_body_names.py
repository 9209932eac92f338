"""Bodies' whole names and types, in sentences written for this test: a trading house's name with
hyphened Arabic words ("Al-… Al-… General Trading L.L.C."), the legal form "CJSC" written after the
name, a name the tagger cut before "General Trading" (no person after the title-like "General"), a
body ending in "Inspectorate" after "General", a commission with a "who" clause that is its
members'; the ends of "the road between X and Y" are places; a town written before its state and a comma,
as US copy places people ("a Bowie, Maryland, woman", "of Quellton, Texas,"), is a place, and so is what
"residents of" or "villagers in" names; a name before "television channel" is the channel's; "Chargé d’Affaires" is a title, whichever apostrophe."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

P, O, L = "Person", "Organization", "Place"

CASES = [
    ("Treasury designated Al-Fajr Al-Sahili General Trading L.L.C., a Dubai-based firm that bought drone engines.",
     {"Al-Fajr Al-Sahili General Trading L.L.C.": O}),
    ("Yerevan Optika CJSC and Tashir Components LLC were added to the Entity List on Tuesday.",
     {"Yerevan Optika CJSC": O, "Tashir Components LLC": O}),
    ("Britain also sanctioned Al-Nour Al-Mashriq General Trading, a firm registered in Sharjah.",
     {"Al-Nour Al-Mashriq General Trading": O}),
    ("The three companies – Zahra Refining, Darfur Gold Trading and Nyala Bullion – bought the gold, Treasury said.",
     {"Darfur Gold Trading": O}),
    ("According to the General Border Inspectorate, guards detained four men near the river.",
     {"General Border Inspectorate": O}),
    ("The ban covers judges, prosecutors and members of the Regional Electoral Commission, who certified the vote.",
     {"Regional Electoral Commission": O}),
    ("A roadside bomb hit a bus on the road between Qaladiza and Sidakan on Monday, police said.",
     {"Qaladiza": L, "Sidakan": L}),
    ("Prosecutors said a Brakeshire, Ohio, man wired the money to accounts abroad.", {"Brakeshire": L}),
    ("A Laurel, Maryland, woman pleaded guilty on Tuesday to laundering the proceeds.", {"Laurel": L}),
    ("Maria Lopez, 35, of Quellton, Texas, was sentenced to five years in prison.", {"Quellton": L, "Maria Lopez": P}),
    ("Residents of Kharvadi said artillery shells landed near a market on Sunday.", {"Kharvadi": L}),
    ("Hundreds of villagers in Tobrenka fled overnight as the fighting spread.", {"Tobrenka": L}),
    ("The court jailed two reporters of the Belnova television channel for their coverage.", {"Belnova": O}),
]

NOT_PEOPLE = [
    ("Britain also sanctioned Al-Nour Al-Mashriq General Trading, a firm registered in Sharjah.", "Trading"),
    ("According to the General Border Inspectorate, guards detained four men near the river.", "Border Inspectorate"),
]

STILL_PEOPLE = [
    ("Army chief General Tomas Varga said the troops would stay.", "Tomas Varga"),
    ("Talks between Israel and Hamas resumed in Cairo, mediator Khalid Mansour said.", "Khalid Mansour"),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_whole_body_names_and_types(extract_text, text, expected):
    found = {e.name: e.type for e in extract_text(text).entities}
    missing = {name: kind for name, kind in expected.items() if found.get(name) != kind}
    assert not missing, f"missing or mistyped {missing}; found {found}"


@pytest.mark.parametrize("text,name", NOT_PEOPLE, ids=[c[1] for c in NOT_PEOPLE])
def test_no_person_cut_from_a_body_name(extract_text, text, name):
    found = {e.name: e.type for e in extract_text(text).entities}
    assert found.get(name) != P, found


@pytest.mark.parametrize("text,name", STILL_PEOPLE, ids=[c[1] for c in STILL_PEOPLE])
def test_people_after_titles_stay_people(extract_text, text, name):
    found = {e.name: e.type for e in extract_text(text).entities}
    assert found.get(name) == P, found


def test_a_kind_after_an_article_is_still_no_entity(extract_text):
    found = {e.name for e in extract_text("The State Department designated the group as a Foreign Terrorist Organization.").entities}
    assert "Foreign Terrorist Organization" not in found, found


def test_between_does_not_make_a_group_a_place(extract_text):
    found = {e.name: e.type for e in extract_text("Talks between Israel and Hamas resumed in Cairo.").entities}
    assert found.get("Hamas") != L, found


@pytest.mark.parametrize("title", ["Chargé d’Affaires", "Chargé d'Affaires"])
def test_a_charge_daffaires_is_a_title_not_an_entity(extract_text, title):
    text = f"The ministry summoned our {title} in Kampala on Monday to protest the statement."
    found = {e.name for e in extract_text(text).entities}
    assert not any("Charg" in name for name in found), found
