"""Types and whole names from the words around an unfamiliar name, in sentences written for this test: a
name hyphened to "based", "registered" or "flagged" is a place; a name between an article and a
lower-case phrase ending in a body's noun ("the X dockworkers' union") is that body; a name ending
in "Avenue" or "Boulevard" is a street; a noun run on after a name without a comma ("X spokesperson
Y") does not describe the name. Names the tagger cut are made whole: a legal form after a comma, a
leader's full name before "'s government", untyped last surnames, two fields before one head word
("the X Peace and Security Council"), a nationality before a ministry."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

P, O, L = "Person", "Organization", "Place"

CASES = [
    ("Torvanik Trading, a Kharvossa-based firm, sold drones to the army, the ministry said.",
     {"Kharvossa": L}),
    ("The tanker is managed by Korvel Shipping, a Tarsakh-registered company, officials said.",
     {"Tarsakh": L, "Korvel Shipping": O}),
    ("The strike, backed by the Nueva Unión dockworkers' union, closed the port for a day.",
     {"Nueva Unión": O}),
    ("Workers marched after the Ostrava Hutnik steelworkers' federation called a strike.",
     {"Ostrava Hutnik": O}),
    ("Hundreds of students gathered on Wanjiru Gathoni Avenue on Tuesday, witnesses said.",
     {"Wanjiru Gathoni Avenue": L}),
    ("Shelling hit the market at noon, according to Jean-Pierre Bahati, the local administrator.",
     {"Jean-Pierre Bahati": P}),
    ("Regional Security Council (RSC) spokesperson Colonel Amara Diallo said the border was calm.",
     {"Regional Security Council": O, "Amara Diallo": P}),
]

NOT_BODIES = [
    # the noun phrase after the name ends before "and": the police are not named after the road
    ("Protesters blocked the Ketzmar highway and police detained 15 people.", {"Ketzmar": O}),
    # a person described by a noun set off by a comma stays a person
    ("Lidia Vaskova, a spokesperson for the council, said the vote would go ahead.", {"Lidia Vaskova": O}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_type_from_the_words_around(extract_text, text, expected):
    found = {e.name: e.type for e in extract_text(text).entities}
    missing = {name: kind for name, kind in expected.items() if found.get(name) != kind}
    assert not missing, f"missing or mistyped {missing}; found {found}"


@pytest.mark.parametrize("text,wrong", NOT_BODIES, ids=[c[0][:40] for c in NOT_BODIES])
def test_type_not_given_by_a_neighbouring_phrase(extract_text, text, wrong):
    found = {e.name: e.type for e in extract_text(text).entities}
    assert not [name for name, kind in wrong.items() if found.get(name) == kind], found


REGISTERED_COMPANIES = [
    ("Treasury designated Cambios del Río Azul, S.A. de C.V., a Sinaloa exchange house. Cambios del Río Azul "
     "moved the cash, officials said.",
     "Cambios del Río Azul, S.A. de C.V."),
    ("The network relied on Transportes Valle Escondido, S.A., a freight company based in Guatemala.",
     "Transportes Valle Escondido, S.A."),
    ("The duties apply to Ningbo Leiyuan Membrane Technology Co., Ltd., which exports separators.",
     "Ningbo Leiyuan Membrane Technology Co., Ltd."),
]


@pytest.mark.parametrize("text,name", REGISTERED_COMPANIES, ids=[c[1] for c in REGISTERED_COMPANIES])
def test_legal_form_set_off_by_a_comma_ends_the_company_name(extract_text, text, name):
    found = [(e.name, e.type) for e in extract_text(text).entities]
    assert (name, O) in found, found
    short = name.split(",")[0]
    assert all(n != short for n, _ in found), f"the short name is an alias, not a second node: {found}"


def test_leader_named_before_a_body_noun_is_a_person_too(extract_text):
    text = "Unions staged a strike against President Ramiro Quintela's government on Tuesday."
    found = {e.name: e.type for e in extract_text(text).entities}
    assert found.get("Ramiro Quintela") == P, found


def test_leader_named_by_surname_alone_is_the_regimes_label(extract_text):
    found = {e.name for e in extract_text("Sanctions target officials of the Kadrov regime, the ministry said.").entities}
    assert "Kadrov" not in found, found


CUT_NAMES = [
    ("Foreign Minister Tiago Ferraz Lobo told reporters that Lisbon would respond in proportion.", "Tiago Ferraz Lobo", P),
    ("Police raided homes after protests against a dam in Stung Treng province on Monday.", "Stung Treng", L),
    ("The ring, led by Sinaloa-based financier Héctor Aurelio Ledezma Quiroz, moved the cash.", "Héctor Aurelio Ledezma Quiroz", P),
    ("The Pan-African Peace and Security Council suspended the country on Friday.", "Pan-African Peace and Security Council", O),
    ("The Foreign Affairs and National Defense Committee approved the bill on Tuesday.",
     "Foreign Affairs and National Defense Committee", O),
]


@pytest.mark.parametrize("text,name,kind", CUT_NAMES, ids=[c[1] for c in CUT_NAMES])
def test_name_the_tagger_cut_is_whole(extract_text, text, name, kind):
    found = {e.name: e.type for e in extract_text(text).entities}
    assert found.get(name) == kind, found


@pytest.mark.parametrize("text,joined", [
    ("Talks between the Ukrainian Army and Wagner Group collapsed on Sunday.", "Ukrainian Army and Wagner Group"),
    ("Ottawa will fund the Joint Stabilisation Mission and the Haitian National Police this year.",
     "Joint Stabilisation Mission and the Haitian National Police"),
])
def test_two_bodies_joined_by_and_stay_two(extract_text, text, joined):
    found = {e.name for e in extract_text(text).entities}
    assert joined not in found, found


def test_spanish_first_surname_alone_is_the_person(extract_text):
    text = ("The Department is designating Rodrigo Andrés Quiñónez Baltodano, a former police commissioner. "
            "This designation renders Quiñónez ineligible for entry into the United States.")
    found = {e.name: e.type for e in extract_text(text).entities}
    assert found.get("Rodrigo Andrés Quiñónez Baltodano") == P and "Quiñónez" not in found, found



def test_ministry_keeps_the_nationality_before_it(extract_text):
    text = "In Beijing, Chinese Foreign Ministry spokesperson Wang Lihua said the listing was coercion."
    found = {e.name: e.type for e in extract_text(text).entities}
    assert found.get("Chinese Foreign Ministry") == O and "Foreign Ministry" not in found, found


def test_section_heading_in_capitals_names_nothing_of_its_own(extract_text):
    text = ("Treasury Targets Fuel Smuggling Ring\n\nWASHINGTON — Today, the Department of the Treasury sanctioned "
            "a ring led by Farid Karimzadeh.\n\nKARIMZADEH’S FUEL SMUGGLING NETWORK\n\nKarimzadeh runs Blue Cove "
            "Trading LLC, which operates the tanker SEA MERIDIAN.\n\nUAE AND OMAN-BASED FACILITATORS\n\n"
            "Apex Star General Trading L.L.C. moved the fuel to Iran.")
    found = {e.name for e in extract_text(text).entities}
    assert not found & {"NETWORK", "OMAN-BASED", "FACILITATORS", "KARIMZADEH"}, found
    assert {"Farid Karimzadeh", "Blue Cove Trading LLC", "Apex Star General Trading L.L.C."} <= found, found


def test_bare_head_word_is_the_body_last_spelt_with_it(extract_text):
    text = ("A patrol of about 80 People’s Liberation Army (PLA) soldiers was confronted by Indian Army personnel. "
            "The PLA troops returned to their positions the next morning. Meanwhile, the Army has moved "
            "additional troops to the area, sources said.")
    names = {e.name: set(e.alternate_names) for e in extract_text(text).entities}
    indian = next(aliases for name, aliases in names.items() if "Indian Army" in aliases | {name})
    assert "Army" in indian, names
