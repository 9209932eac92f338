"""Types that the words around an unfamiliar name give it, in sentences written for this test: a
name hyphened to "based", "registered" or "flagged" is a place; a name between an article and a
lower-case phrase ending in a body's noun ("the X dockworkers' union") is that body; a name ending
in "Avenue" or "Boulevard" is a street; a noun run on after a name without a comma ("X spokesperson
Y") does not describe the name."""
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

