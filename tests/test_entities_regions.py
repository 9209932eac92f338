"""Entity rules for states, provinces, departments and borders, on sentences written for these tests."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def types(extraction) -> dict[str, str]:
    return {e.name: e.type for e in extraction.entities}


@pytest.mark.parametrize(
    "text, place",
    [
        ("Heavy rain flooded villages in Himachal Pradesh on Monday, officials said.", "Himachal Pradesh"),
        ("The governor of Maharashtra, Arjun Patel, said relief would arrive soon.", "Maharashtra"),
        ("Truckers blocked the highway to Chuquisaca for three days.", "Chuquisaca"),
        ("Clashes erupted along the Line of Actual Control, the army said.", "Line of Actual Control"),
        ("Officials from Republika Srpska walked out of the talks.", "Republika Srpska"),
    ],
)
def test_first_level_divisions_and_borders_are_places(extract_text, text, place):
    assert types(extract_text(text)).get(place) == "Place"


def test_a_division_and_its_kind_word_name_the_division(extract_text):
    found = types(extract_text("Gangs operating in the Artibonite department have seized two police stations."))
    assert found.get("Artibonite") == "Place"
    assert "Artibonite department" not in found


def test_two_known_places_run_together_are_two(extract_text):
    found = types(extract_text("Protesters blocked the road between Potosí and Chuquisaca for three days."))
    assert found.get("Potosí") == "Place" and found.get("Chuquisaca") == "Place"


def test_an_owners_council_is_not_the_un_security_council(extract_text):
    found = types(extract_text("The Palestinian Authority's Security Council met in Ramallah on Sunday."))
    assert "United Nations Security Council" not in found
    assert found.get("Palestinian Authority's Security Council") == "Organization"


def test_the_uns_own_council_is_still_the_security_council(extract_text):
    found = types(extract_text("The UN's Security Council will meet on Monday, diplomats said."))
    assert found.get("United Nations Security Council") == "Organization"


def test_a_company_is_called_by_the_words_after_its_city(extract_text):
    x = extract_text("The Treasury designated Ningbo Haixing Marine Equipment Co., Ltd. on Tuesday. "
                     "Parts made by Haixing Marine were found in the drones.")
    company = [e for e in x.entities if e.name == "Ningbo Haixing Marine Equipment Co., Ltd."]
    assert len(company) == 1 and "Haixing Marine" in company[0].alternate_names
    assert "Haixing Marine" not in types(x)


def test_a_release_date_line_and_its_author_are_two_names(extract_text):
    found = types(extract_text("date 2026-12-02\nNew border rules\n\nDecember 2, 2026 - Regina, Saskatchewan - Public Safety Canada\n\n"
                               "The department announced new rules on Tuesday."))
    assert found.get("Public Safety Canada") == "Organization"
    assert found.get("Saskatchewan") == "Place"
    assert not any(" - " in name for name in found)


def test_a_company_named_for_two_trades_is_one_name(extract_text):
    found = types(extract_text("The entities are Marmara Deniz Motor, Erbil Travel and Tourism Company and Aziz Exchange."))
    assert found.get("Erbil Travel and Tourism Company") == "Organization"
    assert "Tourism Company" not in found and "Erbil Travel" not in found


def test_two_companies_over_and_stay_two(extract_text):
    found = types(extract_text("He directs Bright Star Petroleum Limited and Blue Heron Trading Co., two Dubai firms."))
    assert not any(" and " in name for name in found)


def test_a_mission_and_its_short_form_keep_the_place_apart(extract_text):
    x = extract_text("The United Nations Assistance Mission in Afghanistan (UNAMA) said 12 civilians died. "
                     "UNAMA urged restraint, and the United Nations Integrated Office in Haiti (BINUH) agreed.")
    names = {e.name: e for e in x.entities}
    assert "UNAMA" in names["United Nations Assistance Mission in Afghanistan"].alternate_names
    assert "BINUH" in names["United Nations Integrated Office in Haiti"].alternate_names
    assert names["Afghanistan"].type == "Place" and "UNAMA" not in names["Afghanistan"].alternate_names


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The rebels were founded by perpetrators of the 1994 genocide against the Tutsi, the envoy said.", "Tutsi"),
        ("Attacks on the Hazara in Kabul have risen, the mission said.", "Hazara"),
        ("Yazidis returning to Sinjar found their homes destroyed.", "Yazidis"),
    ],
)
def test_a_peoples_name_is_no_entity(extract_text, text, absent):
    assert absent not in types(extract_text(text))


def test_a_market_index_is_no_entity(extract_text):
    found = types(extract_text("The benchmark Kospi index closed 1.2% lower in Seoul on Tuesday."))
    assert "Kospi" not in found and found.get("Seoul") == "Place"


def test_a_headlines_colon_ends_a_name(extract_text):
    found = types(extract_text("date 2026-12-02\nSudan: Security Council extends arms embargo\n\n"
                               "The Security Council on Friday extended the arms embargo on Sudan."))
    assert not any(":" in name for name in found)
    assert found.get("Sudan") == "Place"


def test_the_town_of_a_name_the_tagger_calls_a_product_is_a_place(extract_text):
    found = types(extract_text("Troops retook the town of Mirebalais on Sunday, the army said."))
    assert found.get("Mirebalais") == "Place"


def test_a_bracketed_short_name_after_a_body_is_that_body(extract_text):
    x = extract_text("The Santa Cruz Chamber of Industry and Commerce (Cainco) put the losses at $300 million.")
    names = {e.name: e for e in x.entities}
    assert "Cainco" not in names
    assert any("Cainco" in e.alternate_names and e.type == "Organization" for e in x.entities)


def test_a_titles_bracketed_portfolio_then_its_holder(extract_text):
    found = types(extract_text("Additional Secretary (Gulf) Rakesh Verma met the envoy on Monday."))
    assert found.get("Rakesh Verma") == "Person"
    assert "Gulf" not in found


def test_a_department_of_two_fields_keeps_the_first(extract_text):
    found = types(extract_text("Officials from the Boundary and Ocean Affairs Department met Vietnamese diplomats "
                               "in Hanoi on Friday."))
    assert found.get("Boundary and Ocean Affairs Department") == "Organization"
    assert "Ocean Affairs Department" not in found


def test_a_headlines_capitals_do_not_make_a_sentences_first_word_a_name(extract_text):
    found = types(extract_text("date 2026-12-02\nChina Curbs Imports of Japanese Seafood, Cosmetics\n\n"
                               "China will restrict imports of Japanese seafood and cosmetics, officials said. "
                               "Seafood exporters in Sapporo said they would seek aid."))
    assert "Seafood" not in found
    assert found.get("Sapporo") == "Place"


@pytest.mark.parametrize(
    "text",
    [
        "Minister for Africa Joan Reid flew to Nairobi on Monday.",
        "The Africa minister, Joan Reid, flew to Nairobi on Monday.",
    ],
)
def test_a_continent_as_a_posts_brief_is_no_place(extract_text, text):
    found = types(extract_text(text))
    assert "Africa" not in found and found.get("Nairobi") == "Place"


def test_a_country_as_a_posts_brief_stays(extract_text):
    found = types(extract_text("The envoy for Ukraine, Ann Lee, met officials in Kyiv on Monday."))
    assert found.get("Ukraine") == "Place"


def test_a_second_field_of_an_on_phrase_stays_in_the_name(extract_text):
    found = types(extract_text("The African Court on Human and Peoples' Rights ordered Tanzania to pay damages."))
    assert found.get("African Court on Human and Peoples' Rights") == "Organization"
    assert "Peoples' Rights" not in found
