"""Company names with two legal forms and names that are no entity, in sentences written for this
test. A legal form the tokenizer does not know as an abbreviation ("Pte", "Sdn") has its full stop
split off; the name still runs over it to the second form ("… Pte. Ltd.", "… Sdn. Bhd."), also at
a paragraph's start and in a list item ("- … Co., Ltd.: 12.5%"), and the full stop does not end
the sentence."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

O = "Organization"

TWO_FORMS = [
    ("Export notice\n\nKestrel Marine Pte. Ltd., based in Singapore, chartered the tanker in March.",
     "Kestrel Marine Pte. Ltd."),
    ("Export notice\n\nBayu Semarak Logistics Sdn. Bhd., located in Malaysia, shipped the servers.",
     "Bayu Semarak Logistics Sdn. Bhd."),
    ("Prosecutors said the payments went through Tanjung Hijau Trading Sdn. Bhd. and two banks.",
     "Tanjung Hijau Trading Sdn. Bhd."),
    ("Duty rates\n\n- Anhui Qingfeng Film Technology Co., Ltd.: 21.7%\n- all other companies: 35.0%",
     "Anhui Qingfeng Film Technology Co., Ltd."),
    ("Designations\n\n- Yantai Brightsea Shipping Co., Ltd., a ship manager in China",
     "Yantai Brightsea Shipping Co., Ltd."),
]


@pytest.mark.parametrize("text,name", TWO_FORMS, ids=[c[1] for c in TWO_FORMS])
def test_name_runs_over_both_legal_forms(extract_text, text, name):
    found = [(e.name, e.type) for e in extract_text(text).entities]
    assert (name, O) in found, found
    short = name.split(" Pte")[0].split(" Sdn")[0].split(" Co.")[0]
    assert not any(n.startswith(short) and n != name for n, _ in found), f"one node for the company: {found}"


def test_full_stop_between_two_legal_forms_ends_no_sentence(nlp):
    from newskb.nlp.annotate import annotate
    from newskb.reader import parse_article

    text = "Export notice\n\nBayu Semarak Logistics Sdn. Bhd., located in Malaysia, shipped the servers. Prices rose."
    article = parse_article(text)
    starts = [s.text.split()[0] for s in annotate(article, nlp).sents]
    assert "Bhd" not in starts and "Bhd." not in starts, starts
    assert "Prices" in starts, starts


# Capitalised phrases that name no one: a kind after "a"/"an" ("designated as a Foreign Terrorist
# Organization"), a part listed inside a law's title, rules a court applies ("Sentencing Guidelines").
NOT_ENTITIES = [
    ("The department designated the Harakat al-Nur militia as a Foreign Terrorist Organization in 2019.",
     "Foreign Terrorist Organization"),
    ("Treasury listed the broker as a Specially Designated Global Terrorist (SDGT) on Tuesday.",
     "Specially Designated Global Terrorist"),
    ("The officials were barred under Section 7031(c) of the Department of State, Foreign Operations, and "
     "Related Programs Appropriations Act, the department said.", "Foreign Operations"),
    ("A judge will set the sentence after considering the U.S. Sentencing Guidelines and other factors.",
     "U.S. Sentencing Guidelines"),
]


@pytest.mark.parametrize("text,name", NOT_ENTITIES, ids=[c[1] for c in NOT_ENTITIES])
def test_phrase_names_no_entity(extract_text, text, name):
    names = {e.name for e in extract_text(text).entities}
    assert name not in names, names


# The article belongs to the noun after the name, which stays an entity.
NAMES_AFTER_A = [
    ("A Reuters reporter saw the convoy cross the border, a Kremlin spokesman said.", {"Reuters", "Kremlin"}),
    ("The rebels backed a UN-led process, according to a Paris-based group.", {"Paris"}),
]


@pytest.mark.parametrize("text,names", NAMES_AFTER_A, ids=[c[0][:30] for c in NAMES_AFTER_A])
def test_name_modifying_the_noun_after_a_stays(extract_text, text, names):
    found = {e.name for e in extract_text(text).entities} | {a for e in extract_text(text).entities for a in e.alternate_names}
    assert names <= found, found


def test_dateline_region_is_the_city_not_a_second_place(extract_text):
    text = "Agency Adds Firms to a List\n\nWASHINGTON, D.C. — Today, the agency added nine firms to its list."
    places = [(e.name, e.alternate_names) for e in extract_text(text).entities if e.type == "Place"]
    assert len(places) == 1 and places[0][0] == "Washington, D.C.", places


def test_person_name_ends_at_a_possessive(extract_text):
    text = ("Readout of President Amara Kouyate’s Meeting with Prime Minister Lena Virtanen\n\n"
            "President Amara Kouyate met Prime Minister Lena Virtanen in the capital today.")
    people = {e.name for e in extract_text(text).entities if e.type == "Person"}
    assert people == {"Amara Kouyate", "Lena Virtanen"}, people


# A one-word name the tagger took for a person, listed with places only.
LISTED_PLACES = [
    ("Rallies were held in Bandung, Surabaya, Semarang and Medan.", "Medan"),
    ("Clashes spread to Uvira, Kalehe, Walikale and Masisi.", "Walikale"),
]


@pytest.mark.parametrize("text,name", LISTED_PLACES, ids=[c[1] for c in LISTED_PLACES])
def test_name_listed_with_places_is_a_place(extract_text, text, name):
    found = {e.name: e.type for e in extract_text(text).entities}
    assert found.get(name) == "Place", found


def test_person_listed_with_a_country_stays_a_person(extract_text):
    found = {e.name: e.type for e in extract_text("The accord was signed by Kenya and Amina Wanjiru on Monday.").entities}
    assert found.get("Amina Wanjiru") == "Person", found


# A person's name the tagger began at the second word: the first names before it join it after a
# title's portfolio or a list's bullet.
GIVEN_NAMES = [
    ("The list:\n\n- Róger Alberto Mairena Castro, adult son of Mairena; and", "Róger Alberto Mairena Castro"),
    ("The list:\n\n- Wilber Antonio Duarte Ortiz, adult son of Duarte; and", "Wilber Antonio Duarte Ortiz"),
]


@pytest.mark.parametrize("text,name", GIVEN_NAMES, ids=[c[1] for c in GIVEN_NAMES])
def test_first_names_join_a_name_begun_late(extract_text, text, name):
    people = {e.name for e in extract_text(text).entities if e.type == "Person"}
    assert name in people, people


def test_government_of_a_country_ends_at_the_full_stop(extract_text):
    text = ("Title of the notice\n\nThe action was coordinated with the Government of Portugal.\n\n"
            "Officials said more designations would follow.")
    bodies = {e.name for e in extract_text(text).entities if e.type == "Organization"}
    assert "Government of Portugal" in bodies, bodies


# A known body's name run on by the tagger: a unit of the body when the run ends in a body's head word;
# a person's name otherwise, even one made of words that are also nouns ("Stone").
BODY_RUNS = [
    ("Observers from the European Union Election Observation Mission visited polling stations.",
     ["European Union Election Observation Mission"], []),
    ("According to U.S. Ambassador to the United Nations Rebecca Stone, the vote was postponed.",
     ["United Nations"], ["Rebecca Stone"]),
]


@pytest.mark.parametrize("text,bodies,people", BODY_RUNS, ids=[c[0][:40] for c in BODY_RUNS])
def test_body_run_on_is_its_unit_or_a_person(extract_text, text, bodies, people):
    found = {(e.name, e.type) for e in extract_text(text).entities}
    assert {(b, O) for b in bodies} <= found, found
    assert {(p, "Person") for p in people} <= found, found
