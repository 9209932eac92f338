"""Entity rules for how US government releases and sanctions lists write names, on sentences
written for these tests: legal forms, "a.k.a." aliases, family-name-first entries, entry fields,
vessels, groups named with a transliterated word for "group", bodies named with their country."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def found(extract_text, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {e.name: (e.type, e.alternate_names) for e in extract_text(text).entities}


@pytest.mark.parametrize("text, company", [
    ("Regulators fined Lanfeng Optical Instruments Co., Ltd. on Monday.", "Lanfeng Optical Instruments Co., Ltd."),
    ("The bank froze the accounts of Nizar Trading L.L.C. and its owner.", "Nizar Trading L.L.C."),
    ("Orkan Marine Supply LLC, located in Istanbul, shipped the parts.", "Orkan Marine Supply LLC"),
    ("ATLAS BUNKERING FZE (a.k.a. ABF) sold fuel to the network.", "ATLAS BUNKERING FZE"),
])
def test_a_company_is_named_up_to_its_legal_form(extract_text, text, company):
    entities = found(extract_text, text)
    assert entities.get(company, (None,))[0] == "Organization", entities


def test_an_alias_in_brackets_is_the_same_person(extract_text):
    people = [e for e in extract_text("The designee is Timur Bekov (a.k.a. Timur Bekkov), a banker in Almaty.").entities
              if e.type == "Person"]
    assert len(people) == 1 and {people[0].name, *people[0].alternate_names} == {"Timur Bekov", "Timur Bekkov"}


def test_a_listed_name_family_name_first_is_one_person(extract_text):
    entities = found(extract_text, "NASSER, Omar Khalil (a.k.a. AL-NASSERI, Omar), Amman, Jordan; DOB 11 Mar 1969; "
                                   "POB Zarqa, Jordan; Gender Male; Passport K7654321 (Jordan) (individual) [SDGT].")
    assert entities["NASSER, Omar Khalil"] == ("Person", ("AL-NASSERI, Omar",))
    assert not {"DOB", "Gender Male", "Passport K7654321", "Mar", "NASSER"} & set(entities)
    assert {"Amman", "Jordan"} <= set(entities)


def test_a_dateline_is_no_listed_name(extract_text):
    entities = found(extract_text, "AMMAN, Jordan (AP) — Protesters gathered outside parliament on Sunday.")
    assert "AMMAN, Jordan" not in entities and entities["Amman"][0] == "Place"


def test_a_vessel_with_its_imo_number_is_no_entity(extract_text):
    entities = found(extract_text, "OFAC identified BLUE HERON 3 (IMO 9321456), a tanker owned by Sarnia Shipping Ltd in Dubai.")
    assert not [name for name in entities if "HERON" in name], entities
    assert entities["Sarnia Shipping Ltd"][0] == "Organization"


@pytest.mark.parametrize("text, group", [
    ("Rockets were fired by Asa'ib Ahl al-Haq, the ministry said.", "Asa'ib Ahl al-Haq"),
    ("Police arrested members of Jamaah Ansharut Daulah in Surabaya.", "Jamaah Ansharut Daulah"),
    ("A commander of Harakat al-Nujaba was killed in Baghdad.", "Harakat al-Nujaba"),
])
def test_a_name_opened_by_a_word_for_group_is_an_organisation(extract_text, text, group):
    entities = found(extract_text, text)
    assert entities.get(group, (None,))[0] == "Organization", entities


def test_a_patronymic_makes_a_person(extract_text):
    entities = found(extract_text, "Treasury also designated Sergei Ivanovich Malkov and two of his companies.")
    assert entities["Sergei Ivanovich Malkov"][0] == "Person"


@pytest.mark.parametrize("text, body", [
    ("The Constitutional Court of Peru ruled against the decree on Friday.", "Constitutional Court of Peru"),
    ("The U.S. Embassy in Nairobi issued a security alert.", "U.S. Embassy in Nairobi"),
])
def test_a_body_named_with_its_country_or_post_is_one_name(extract_text, text, body):
    entities = found(extract_text, text)
    assert entities.get(body, (None,))[0] == "Organization", entities


def test_a_company_is_not_joined_to_the_city_it_is_from(extract_text):
    entities = found(extract_text, "The tanker is owned by Seagate Navigation Ltd of Singapore.")
    assert entities["Seagate Navigation Ltd"][0] == "Organization"
    assert "Seagate Navigation Ltd of Singapore" not in entities  # the place itself is left unread (a gap)


def test_ordinances_and_ranks_are_no_entities(extract_text):
    entities = found(extract_text, "Brig. Gen. Samir Haddad said the Public Order Ordinance would be enforced in Tripoli.")
    assert "Public Order Ordinance" not in entities and "Brig" not in entities
    assert entities["Samir Haddad"][0] == "Person"


@pytest.mark.parametrize("text, name, kind", [
    ("Rescuers from the Blue Shield relief group reached the village on Sunday.", "Blue Shield", "Organization"),
    ("Police blamed the Ksar Lions gang for the attack.", "Ksar Lions", "Organization"),
    ("The vote was backed by Vox, the far-right party, on Tuesday.", "Vox", "Organization"),
    ("Kenya's state broadcaster KBC carried the speech live.", "KBC", "Organization"),
])
def test_a_common_noun_says_what_an_untagged_name_is(extract_text, text, name, kind):
    entities = found(extract_text, text)
    assert entities.get(name, (None,))[0] == kind, entities


def test_a_nationality_before_a_noun_is_no_name(extract_text):
    entities = found(extract_text, "Ministers from the Basque party met the Catalan party in Madrid.")
    assert "Basque" not in entities and "Catalan" not in entities


def test_a_first_surname_alone_is_the_person_with_two_surnames(extract_text):
    people = [e for e in extract_text("Police in Culiacán arrested Rafael Caro Quintero on Friday. Caro was flown to "
                                      "Mexico City.").entities if e.type == "Person"]
    assert len(people) == 1 and people[0].name == "Rafael Caro Quintero", people


def test_the_word_before_of_heads_a_body_name(extract_text):
    entities = found(extract_text, "The bill was debated in the Chamber of Deputies of Argentina and in the Assembly of "
                                   "Experts on Monday.")
    assert entities.get("Assembly of Experts", (None,))[0] == "Organization", entities


def test_a_titles_portfolio_is_no_body(extract_text):
    entities = found(extract_text, "Assistant Secretary for Export Enforcement Matthew Axelrod and Under Secretary of the "
                                   "Treasury for Terrorism and Financial Intelligence Brian Nelson spoke in Ottawa.")
    assert "Export Enforcement" not in entities and "Financial Intelligence" not in entities
    assert entities["Matthew Axelrod"][0] == "Person" and entities["Brian Nelson"][0] == "Person"


def test_every_alias_of_an_entry_and_no_programme_tag(extract_text):
    people = [e for e in extract_text("KHALIL, Yusuf Amin (a.k.a. KHALEEL, Yusuf; a.k.a. \"Abu Bakr\"), Sidon, Lebanon; "
                                      "DOB 03 Jun 1980 (individual) [SDGT] [IRGC].").entities]
    names = {e.name: e for e in people}
    assert set(names["KHALIL, Yusuf Amin"].alternate_names) == {"KHALEEL, Yusuf", "Abu Bakr"}, names
    assert not [e.name for e in people if e.type == "Organization"], names


def test_a_companys_short_name_is_the_company(extract_text):
    entities = extract_text("Treasury sanctioned Horizon Gulf Petrochemicals FZCO on Tuesday. Horizon Gulf's director "
                            "arranged the sales.").entities
    assert [e.type for e in entities if "Horizon Gulf" in (e.name, *e.alternate_names)] == ["Organization"]


def test_a_place_whose_particle_the_parser_read_as_a_verb(extract_text):
    entities = found(extract_text, "Customs officers seized cigarettes near Foz do Iguaçu. The Federal Revenue Service "
                                   "said the trucks came from Paraguay.")
    assert entities["Foz do Iguaçu"][0] == "Place"


def test_an_acronym_of_some_initials_names_the_whole_body(extract_text):
    entities = found(extract_text, "The Office of the United Nations High Commissioner for Human Rights (OHCHR) said 30 "
                                   "people had been detained in Minsk.")
    assert entities["Office of the United Nations High Commissioner for Human Rights"] == ("Organization", ("OHCHR",))


def test_a_mission_is_named_with_the_city_the_tagger_misread(extract_text):
    entities = found(extract_text, "The U.S. Embassy in Kyiv was closed on Wednesday after warnings of an air attack.")
    assert entities.get("U.S. Embassy in Kyiv", (None,))[0] == "Organization", entities
    assert entities["Kyiv"][0] == "Place"  # the place it is in is mentioned too


def test_an_address_gives_its_street_and_city_and_no_office(extract_text):
    entities = found(extract_text, "The company is located at Office 1204, Sheikh Zayed Road, Dubai.")
    assert entities["Sheikh Zayed Road"][0] == "Place" and entities["Dubai"][0] == "Place"
    assert "Office" not in entities and "Zayed Road" not in entities


def test_a_legal_form_written_first_makes_a_company(extract_text):
    entities = found(extract_text, "BIS added OOO Radioavtomatika to the Entity List on Friday.")
    assert entities["Radioavtomatika"][0] == "Organization"


def test_a_participle_glued_to_a_name_is_not_part_of_it(extract_text):
    entities = found(extract_text, "The cargo was loaded onto a Gabon-flagged tanker in the Gulf of Oman.")
    assert "Gabon-flagged" not in entities


def test_given_names_the_tagger_split_from_a_person_join_them(extract_text):
    people = [e.name for e in extract_text("The program offers a reward for information on Sami Jasim Muhammad "
                                           "al-Jaburi.").entities if e.type == "Person"]
    assert people == ["Sami Jasim Muhammad al-Jaburi"]


@pytest.mark.parametrize("text, name", [
    ("UNIFIL said peacekeepers would patrol the border.", "United Nations Interim Force in Lebanon"),
    ("The ELN attacked a pipeline on Sunday.", "National Liberation Army"),
])
def test_well_known_armed_groups_and_missions_by_their_acronym(extract_text, text, name):
    entities = found(extract_text, text)
    assert entities.get(name, (None,))[0] == "Organization", entities
