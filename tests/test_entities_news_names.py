"""How English news names things, in sentences written for this test: a capitalised title set
off after a name ("X, Minister of …") and the Commonwealth "the Honourable X" make a person;
a name given as one of a plural kind ("provinces, including X") is of that kind; one word listed
among companies is a company; "the X pass" is a place; the names in a wire credit line are people; "the X party" and "the X bloc" name X; an acronym opening a
sentence is a name; dates and clock times are never names."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

P, O, L = "Person", "Organization", "Place"

CASES = [
    ("Addressing the Council, Noémie Lefèvre-Ardant, Special Envoy of the Secretary-General for the Great "
     "Lakes, said the fighting had spread. Ms. Lefèvre-Ardant called for restraint.",
     {"Noémie Lefèvre-Ardant": P}, ("Lefèvre-Ardant",)),
    ("Briefing the press, Odile Marchetti-Vane, Director-General of the agency, said exports had fallen. "
     "Marchetti-Vane said the figures were final.",
     {"Odile Marchetti-Vane": P}, ("Marchetti-Vane",)),
    ("Today, the Honourable Priya Deshmukh-Fraser, Minister of International Trade, announced new measures. "
     "Minister Deshmukh-Fraser said Canada would act.",
     {"Priya Deshmukh-Fraser": P, "Canada": L}, ("Honourable Priya Deshmukh-Fraser", "Deshmukh-Fraser")),
    ("Flooding hit several districts, including Sindhupalchok and Kavre, the ministry said.",
     {"Sindhupalchok": L, "Kavre": L}, ()),
    ("Trade resumed through the Lipu Gang pass on Monday.", {"Lipu Gang": L}, ()),
    ("Border trade will resume through the Lipulekh pass next month, officials said.", {"Lipulekh": L}, ()),
    ("Officials, including Marcus Hale, attended the meeting in Geneva.",
     {"Marcus Hale": P}, ()),
    ("The strike brought workers from Voestalpine, Brenwick and Outokumpu plants to the capital.",
     {"Brenwick": O, "Voestalpine": O, "Outokumpu": O}, ()),
    ("Ana Lucero, leader of the opposition Movement for Renewal party, was arrested on Friday.",
     {"Movement for Renewal": O}, ("Movement for Renewal party",)),
    ("The vote exposed a rift between his conservative CDU/CSU bloc and the Social Democrats.",
     {"CDU/CSU": O, "Social Democrats": O}, ("CDU/CSU bloc",)),
    ("The Lebanese army said it had deployed troops to the border.",
     {"Lebanese army": O}, ("Lebanese",)),
    ("BJP spokesperson Ravi Kant dismissed the charge on Monday.",
     {"BJP": O, "Ravi Kant": P}, ()),
    ("Ministers met in Ankara. Late on Thursday, the ministry said it would add three firms to its list.",
     {"Ankara": L}, ("Thursday",)),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_news_names(extract_text, text, expected, absent):
    found = {e.name: e.type for e in extract_text(text).entities}
    missing = {name: kind for name, kind in expected.items() if found.get(name) != kind}
    assert not missing, f"missing or mistyped {missing}; found {found}"
    wrong = [name for name in absent if name in found]
    assert not wrong, f"not entities: {wrong}; found {found}"


def test_date_line_under_a_byline_names_no_one(extract_text):
    text = ("Bloc delays its tariff vote\n\nBy Ines Calder and Rui Matos\nMarch 3, 2026 9:40 am CET\n\n"
            "BRUSSELS — The bloc on Tuesday delayed a vote on new tariffs.")
    found = {e.name for e in extract_text(text).entities}
    assert not found & {"March", "CET"}, found


def test_short_month_in_a_dateline_names_no_place(extract_text):
    text = "Oslo recalls envoy\n\nOSLO, Nov 12 — Norway on Monday recalled its ambassador to Minsk."
    found = {e.name for e in extract_text(text).entities}
    assert "Nov" not in found and "Norway" in found, found  # "Oslo recalls": the capital acts for Norway


def test_wire_credit_line_names_journalists(extract_text):
    text = ("Fuel subsidy cut sparks protests\n\nProtesters blocked roads on Monday.\n\n"
            "(Reporting by Nadia Ferro in Quito and Carlos Ibarra in Mexico City; Writing by Ines Soto; "
            "Editing by Tom Reid)")
    found = {e.name: e.type for e in extract_text(text).entities}
    people = {"Nadia Ferro", "Carlos Ibarra", "Ines Soto", "Tom Reid"}
    assert all(found.get(name) == "Person" for name in people), found
    assert found.get("Quito") == "Place" and found.get("Mexico City") == "Place", found
