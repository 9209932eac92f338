"""Entity rules for broadcaster and wire-agency copy, on sentences written for these tests: agency
copy tags in brackets, a portfolio place run into its holder's name, a person described by the
role of an "of" phrase, a one-word company after its kind, a ministry named with its country's
possessive, a body or country named again by part of its name, and a place with its kind."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def _types(extraction) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


def _forms(extraction) -> dict[str, set[str]]:
    return {e.name: {e.name, *e.alternate_names} for e in extraction.entities}


@pytest.mark.parametrize("text", [
    "(LEAD) Fiji lifts curfew after storm\n\nSUVA, April 9 (Kyodo) -- Fiji lifted its curfew on Thursday. (END)",
    "(3RD LD) Chile votes on new charter\n\nSANTIAGO, May 2 (Yonhap) -- Chileans voted on Sunday. (END)",
    "(UPDATE 2) Oil slides on demand worries\n\nLONDON, June 4 (Reuters) -- Brent crude fell on Tuesday.",
])
def test_agency_copy_tags_in_brackets_name_no_one(extract_text, text):
    types = _types(extract_text(text))
    assert not {"LEAD", "LD", "END", "UPDATE"} & set(types), types


@pytest.mark.parametrize("text, place, holder", [
    ("Secretary of State for Northern Ireland Hilary Benn met party leaders at Stormont on Monday.",
     "Northern Ireland", "Hilary Benn"),
    ("Secretary of State for Wales Rhys Morgan visited the steelworks in Port Talbot.", "Wales", "Rhys Morgan"),
])
def test_a_portfolio_place_run_into_its_holder_is_two_names(extract_text, text, place, holder):
    types = _types(extract_text(text))
    assert types.get(place) == "Place" and types.get(holder) == "Person", types


@pytest.mark.parametrize("text, person", [
    ("The list names the head of Minsk's traffic police, Oleg Dubrovsky, who ordered the arrests.", "Oleg Dubrovsky"),
    ("Talks were led by the director of the national gas company, Piotr Nowak, on Friday.", "Piotr Nowak"),
])
def test_a_person_in_apposition_to_the_role_of_an_of_phrase(extract_text, text, person):
    assert _types(extract_text(text)).get(person) == "Person"


@pytest.mark.parametrize("text, company", [
    ("Grid operator Elia warned of power shortages this winter.", "Elia"),
    ("Pipeline operator Gasunie said gas deliveries would resume on Thursday.", "Gasunie"),
])
def test_a_one_word_name_after_a_company_noun_is_an_organisation(extract_text, text, company):
    assert _types(extract_text(text)).get(company) == "Organization"


def test_a_ministry_after_its_countrys_possessive_has_that_form(extract_text):
    ex = extract_text("Poland's Foreign Ministry summoned the envoy on Monday, and Kenya's Ministry of Health "
                      "said 12 people had died of cholera.")
    forms, types = _forms(ex), _types(ex)
    assert "Poland's Foreign Ministry" in forms.get("Foreign Ministry", set()), forms
    assert "Kenya's Ministry of Health" in forms.get("Ministry of Health", set()), forms
    assert types.get("Poland") == "Place" and types.get("Kenya") == "Place", types


def test_two_countries_foreign_ministries_are_two_bodies(extract_text):
    ex = extract_text("Latvia's Foreign Ministry protested on Tuesday, and Belarus's Foreign Ministry rejected the note.")
    types = _types(ex)
    assert "Latvia's Foreign Ministry" in types and "Belarus's Foreign Ministry" in types, types


def test_a_body_named_again_without_its_nationality_is_the_same_body(extract_text):
    ex = extract_text("The Romanian Navy said it had cleared two mines. The Navy later released video of the operation.")
    forms = _forms(ex)
    assert "Navy" in forms.get("Romanian Navy", set()) and "Navy" not in forms, forms


def test_the_north_after_north_korea_is_the_country(extract_text):
    ex = extract_text("North Korea test-fired a cruise missile on Friday. The North has staged six launches this year.")
    forms = _forms(ex)
    assert "North" in forms.get("North Korea", set()) and "North" not in forms, forms


@pytest.mark.parametrize("text, place, form", [
    ("Aid lorries waited for days at the Rafah crossing before they were turned back.", "Rafah", "Rafah crossing"),
    ("Curfews were imposed across the Tillaberi region after the attack.", "Tillaberi", "Tillaberi region"),
])
def test_a_place_with_its_kind_after_the_is_a_form_of_its_name(extract_text, text, place, form):
    forms = _forms(extract_text(text))
    assert form in forms.get(place, set()), forms


def test_a_person_in_apposition_to_a_firms_general_manager(extract_text):
    ex = extract_text("Treasury also designated nine people and firms, including Harbor Freight Logistics' "
                      "general manager, Omar Haddad.")
    assert _types(ex).get("Omar Haddad") == "Person"


@pytest.mark.parametrize("text, towns", [
    ("Road blockades cut off Sucre from Tarija and Camiri for more than a week.", ("Tarija", "Camiri")),
    ("Trucks on the highway linking La Paz to Oruro and Cochabamba were stranded.", ("Oruro", "Cochabamba")),
])
def test_the_other_end_of_a_route_from_a_known_town_is_a_place(extract_text, text, towns):
    types = _types(extract_text(text))
    assert all(types.get(t) == "Place" for t in towns), types


def test_a_hyphenated_given_name_after_a_role_noun_is_whole(extract_text):
    ex = extract_text('"We will respond firmly," ministry spokesperson Park Eun-ji told a briefing on Monday.')
    assert _types(ex).get("Park Eun-ji") == "Person", _types(ex)


def test_a_hospital_is_a_body_staff_speak_for(extract_text):
    ex = extract_text("Medics at Kamal Adwan Hospital said three children had died overnight.")
    assert _types(ex).get("Kamal Adwan Hospital") == "Organization"


def test_wire_headline_abbreviations_of_the_koreas_are_the_countries(extract_text):
    ex = extract_text("(LEAD) N. Korea fires missile; S. Korea condemns launch\n\n"
                      "SEOUL, Dec. 9 (Yonhap) -- North Korea fired a missile on Tuesday, South Korea's military said.")
    forms = _forms(ex)
    assert "N. Korea" in forms.get("North Korea", set()) and "S. Korea" in forms.get("South Korea", set()), forms


def test_an_organisation_named_past_a_title_word_keeps_its_name(extract_text):
    ex = extract_text("On Sunday, Peru's largest union federation, the Confederacion General de Trabajadores "
                      "(CGTP), called off the strike.")
    types = _types(ex)
    assert types.get("Confederacion General de Trabajadores") == "Organization", types
    assert "de Trabajadores" not in types, types


def test_a_region_named_after_its_town_is_another_place(extract_text):
    ex = extract_text("In Odesa Oblast, a drone attack on a grain terminal killed two workers, the governor said.")
    types = _types(ex)
    assert types.get("Odesa Oblast") == "Place" and "Odesa" not in types, types


def test_an_acronym_for_a_kind_of_weapon_names_no_body(extract_text):
    ex = extract_text("Iran tested an engine for an intercontinental ballistic missile (ICBM) on Monday, and the "
                      "ICBM was shown on state television. The parts went to an unmanned aerial vehicle (UAV) plant.")
    types = _types(ex)
    assert "ICBM" not in types and "UAV" not in types, types


def test_a_department_named_after_its_capital_is_a_region(extract_text):
    ex = extract_text("The government threatened a state of exception in La Paz Department if the roads stayed blocked.")
    assert _types(ex).get("La Paz Department") == "Place"
