"""Entity rules for the layouts of official copy (US agency releases, ministry transcripts, EU
notices), on sentences written for these tests: offices named once under a plural head,
publications, subheads, a prosecutors' office and its district, field offices, towns listed
with their state and names listed with "other" things of a kind."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def _types(extraction) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


def _names(extraction) -> set[str]:
    return {n for e in extraction.entities for n in (e.name, *e.alternate_names)}


@pytest.mark.parametrize("text, bodies", [
    ("The Departments of Commerce, Energy and the Treasury announced new export rules on Friday.",
     ("United States Department of Commerce", "United States Department of Energy",
      "United States Department of the Treasury")),
    ("The Departments of Justice and Homeland Security charged three men with smuggling rifles.",
     ("United States Department of Justice", "United States Department of Homeland Security")),
    ("A panel made up of the Departments of State, Defense and, where appropriate, Energy reviewed the licences.",
     ("United States Department of State", "United States Department of Defense", "United States Department of Energy")),
])
def test_offices_named_under_one_plural_head_are_each_body(extract_text, text, bodies):
    ex = extract_text(text)
    types = _types(ex)
    assert all(types.get(b) == "Organization" for b in bodies), types
    assert not any(n.startswith("Departments") or n in ("Energy", "Justice", "Defense") for n in types), types


def test_each_office_under_a_plural_head_keeps_its_own_name(extract_text):
    ex = extract_text("The Departments of State and Energy signed the memorandum on Monday.")
    assert {"Department of State", "Department of Energy"} <= _names(ex)


def test_unknown_portfolios_under_a_plural_head_are_no_fragments(extract_text):
    ex = extract_text("Officials from the Ministries of Finance and Foreign Affairs of Japan met in Seoul on Monday.")
    types = _types(ex)
    assert types.get("Japan") == "Place" and types.get("Seoul") == "Place"
    assert not any("Ministries" in n or n in ("Finance", "Foreign Affairs") for n in types), types


def test_a_head_word_alone_refers_back_to_the_body_named_last(extract_text):
    ex = extract_text("The Department of Commerce added ten companies to its list. The Department of the Treasury "
                      "designated three people. The Department said the firms had supplied drone engines.")
    assert "Department" not in _types(ex)


@pytest.mark.parametrize("text, publication", [
    ("The rule takes effect on its publication in the Federal Register, the Commerce Department said.", "Federal Register"),
    ("The regulation appeared in the Official Journal of the European Union on Tuesday.",
     "Official Journal of the European Union"),
    ("Notice of the order was printed in the Canada Gazette last week.", "Canada Gazette"),
])
def test_a_publication_is_no_place(extract_text, text, publication):
    assert _types(extract_text(text)).get(publication) == "Organization"


@pytest.mark.parametrize("text, absent", [
    ("In a letter to the High Representative, the Moldovan foreign minister asked for more support.", "High Representative"),
    ("Press Conference Room, Ministry of Foreign Affairs, Tokyo\n\nMinister HAYASHI: Good afternoon.", "Press Conference Room"),
    ("The ministers will attend the Korea-Canada Foreign and Defence Ministerial Consultations in Ottawa.",
     "Korea-Canada Foreign and Defence Ministerial Consultations"),
])
def test_titles_rooms_and_rounds_of_talks_are_no_entities(extract_text, text, absent):
    assert absent not in _types(extract_text(text))


def test_names_only_in_a_title_case_subhead_are_no_entities(extract_text):
    ex = extract_text("Three Charged in Drone Parts Scheme\n\n"
                      "U.S. Attorney's Office, Southern District of Texas\n\n"
                      "Houston Firm Allegedly Served as Conduit for Iranian Procurement Network\n\n"
                      "HOUSTON — Federal prosecutors charged three men on Tuesday with shipping drone engines to Iran "
                      "through a company in Houston.")
    types = _types(ex)
    assert types.get("Houston") == "Place"
    assert not any("Conduit" in n or "Allegedly" in n for n in types), types
    assert types.get("U.S. Attorney's Office, Southern District of Texas") == "Organization", types


def test_a_title_case_line_ending_in_a_colon_introduces_a_quotation_not_a_subhead(extract_text):
    ex = extract_text("UK sanctions militia leaders in Libya\n\n"
                      "The UK has today sanctioned three militia commanders in Libya.\n\n"
                      "Minister for Africa Thomas Greaves said:\n\n"
                      "\"Those who profit from smuggling people will be held to account.\"")
    assert _types(ex).get("Thomas Greaves") == "Person", _types(ex)
    assert [st.speaker for st in ex.statements] == [next(e.key for e in ex.entities if e.name == "Thomas Greaves")]


def test_a_district_stands_for_the_prosecutors_office_named_for_it(extract_text):
    ex = extract_text("Two Men Charged With Exporting Rifle Scopes to Russia\n\n"
                      "U.S. Attorney's Office, Western District of Washington\n\n"
                      "SEATTLE — Two men were charged on Monday, said Tessa Gorman, United States Attorney for the "
                      "Western District of Washington.")
    types = _types(ex)
    assert "Western District of Washington" not in types, types
    assert "Western District of Washington" in _names(ex)


@pytest.mark.parametrize("text", [
    "James Park, Special Agent in Charge of the FBI's Boston Field Office, said the arrests ended a long inquiry.",
    "Ruth Kim, Assistant Director in Charge, Federal Bureau of Investigation, Los Angeles Field Office, thanked the partners.",
])
def test_a_field_office_is_part_of_its_agency(extract_text, text):
    types = _types(extract_text(text))
    assert types.get("Federal Bureau of Investigation") == "Organization"
    assert not any(n.endswith("Field Office") for n in types), types


def test_a_second_hometown_before_its_state_is_a_town(extract_text):
    ex = extract_text("The two men were arrested at their homes in Staten Island and Fort Lee, New Jersey, and "
                      "appeared in court on Tuesday.")
    assert _types(ex).get("Fort Lee") == "Place"


def test_a_name_listed_with_other_prefectures_is_a_place(extract_text):
    ex = extract_text("China lifted its ban on seafood from Fukushima and several other prefectures on Friday.")
    assert _types(ex).get("Fukushima") == "Place"


def test_a_chain_of_units_is_one_body_per_unit(extract_text):
    ex = extract_text("The case was investigated by the Department of Commerce, Bureau of Industry and Security, "
                      "Office of Export Enforcement, and the FBI.")
    types = _types(ex)
    assert {"Bureau of Industry and Security", "Office of Export Enforcement", "United States Department of Commerce"} <= set(types)
    assert not any("," in n for n in types), types
