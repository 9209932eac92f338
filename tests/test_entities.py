"""Entity rules on sentences written for the purpose (not the development article)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def entities(extraction):
    return {e.name: e for e in extraction.entities}


@pytest.fixture(scope="module")
def macron_story(extract_text):
    return extract_text(
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Tuesday. "
        "Macron said Europe must spend more on defence. Later, Macron's office said the leaders "
        "would meet again in Paris. Scholz agreed, according to officials in the United States and the US Treasury."
    )


def test_surname_and_possessive_join_the_full_name(macron_story):
    names = entities(macron_story)
    macron = names["Emmanuel Macron"]
    assert macron.type == "Person"
    assert "Macron" in macron.alternate_names
    assert "Macron" not in names  # no second node for the surname
    assert len(macron.mentions) >= 3


def test_title_is_not_part_of_the_name(macron_story):
    assert "French President Emmanuel Macron" not in entities(macron_story)
    assert "Olaf Scholz" in entities(macron_story)


def test_gazetteer_merges_short_and_long_country_forms(macron_story):
    names = entities(macron_story)
    usa = names["United States"]
    assert usa.type == "Place" and usa.subtype == "Country" and usa.wikidata == "Q30"
    assert "US" not in names


def test_cities_are_places(macron_story):
    names = entities(macron_story)
    assert names["Berlin"].type == "Place"
    assert names["Paris"].type == "Place"


def test_every_mention_is_grounded(macron_story):
    text = macron_story.article.text
    for entity in macron_story.entities:
        for span in entity.mentions:
            assert text[span.start : span.end] == span.exact


def test_full_name_anchors_person_even_when_surname_is_tagged_org(extract_text):
    # The small model often tags a bare surname as ORG; the full name anchors the cluster.
    x = extract_text(
        "Senator Elizabeth Warren criticised the bank. Warren said the bank failed savers. "
        "Warren, who chairs a panel, wants hearings. Warren also wrote to regulators."
    )
    names = entities(x)
    assert names["Elizabeth Warren"].type == "Person"
    assert not any(e.name == "Warren" for e in x.entities)


def test_plural_weapon_names_are_not_entities(extract_text):
    x = extract_text(
        "Kyiv has asked for Patriot missiles and more Leopard tanks. "
        "Officials said sending Patriots would take months, while Leopards are already in Poland."
    )
    names = entities(x)
    assert "Patriots" not in names and "Leopards" not in names
    assert "Poland" in names


def test_nationality_words_are_not_entities(extract_text):
    x = extract_text("Iranian officials and Chinese diplomats met Turkish negotiators in Ankara.")
    names = entities(x)
    assert not {"Iranian", "Chinese", "Turkish"} & set(names)
    assert "Ankara" in names


def test_nationality_word_reaches_its_country(nlp):
    from newskb.nlp.entities import find_entities
    from newskb.reader import parse_article

    text = "Iranian officials met in Vienna."
    doc = nlp(text)
    index = find_entities(doc, nlp, parse_article(text).text)
    key = index.country_for_demonym("Iranian")
    assert key and index.get(key).name == "Iran"


def test_old_spelling_of_a_capital_is_the_same_place(extract_text):
    x = extract_text("Missiles hit Kiev overnight. Residents of Kyiv spent the night in shelters.")
    kyiv = [e for e in x.entities if e.name == "Kyiv"]
    assert len(kyiv) == 1 and kyiv[0].type == "Place" and "Kiev" in kyiv[0].alternate_names


def test_acronym_joins_the_organisation_it_abbreviates(extract_text):
    x = extract_text(
        "The International Crisis Group published a report on Monday. "
        "Researchers at the ICG said the ceasefire was fragile."
    )
    names = entities(x)
    assert "ICG" in names["International Crisis Group"].alternate_names
    assert "ICG" not in names


def test_entity_keys_do_not_depend_on_the_article(extract_text):
    a = extract_text("Angela Merkel visited Warsaw.")
    b = extract_text("Years later, Angela Merkel returned to Warsaw for a book tour.")
    assert {e.key for e in a.entities} <= {e.key for e in b.entities}


def test_name_after_a_title_is_a_person_even_when_the_tagger_misses_it(extract_text):
    x = extract_text("Pakistan's National Security Adviser Asim Malik will travel to Kabul next week.")
    names = entities(x)
    assert names["Asim Malik"].type == "Person"
    assert "National Security" not in names


def test_words_of_a_job_title_are_not_organisations(extract_text):
    x = extract_text(
        "Finance Minister Lars Klingbeil met Secretary of State Marco Rubio in Washington. "
        "Klingbeil said the talks were useful."
    )
    names = entities(x)
    assert not {"Finance", "State"} & set(names)
    assert names["Lars Klingbeil"].type == "Person" and names["Marco Rubio"].type == "Person"


def test_a_title_coordinated_with_a_name_is_no_name(extract_text):
    names = entities(extract_text("Assistant U.S. Attorney Rachel Kim and Trial Attorney Samuel Ortiz are prosecuting the case."))
    assert {"Rachel Kim", "Samuel Ortiz"} <= set(names) and not {"Trial Attorney", "Trial"} & set(names)


def test_a_sentence_opening_with_a_time_and_a_title_is_no_signature_line(extract_text):
    x = extract_text("On Tuesday, Deputy Secretary of State Michael Hartley met Foreign Minister Adriana Solis.\n\n"
                     "Jane Q. Doe, Secretary of Commerce\n")
    names = entities(x)
    assert "On Tuesday" not in names and names["Jane Q. Doe"].type == "Person"


@pytest.mark.parametrize(("text", "named"), [
    ("A strike in the eastern Democratic Republic of Congo killed 19. Congo blamed Rwanda.", {"Democratic Republic of the Congo", "Rwanda"}),
    ("South Korea and North Korea met. Korea was divided in 1945.", {"South Korea", "North Korea", "Korea"}),  # which, unsaid
    ("Guinea and Equatorial Guinea signed a deal.", {"Guinea", "Equatorial Guinea"}),  # a country of its own
])
def test_the_last_word_of_the_one_country_named_is_that_country(extract_text, text, named):
    assert set(entities(extract_text(text))) == named


def test_a_town_said_to_be_a_city_is_a_place_whatever_the_tagger_says(extract_text):
    names = entities(extract_text("Police were deployed in the mining city of Kitwe. Officers arrested 23 people in Kitwe."))
    assert names["Kitwe"].type == "Place"


@pytest.mark.parametrize(("text", "person"), [
    ('"We will act," said Assistant Attorney General for National Security Karen Whitlock.', "Karen Whitlock"),
    ("The Minister for Foreign Affairs said the talks failed.", None),
    ("The Adviser for National Security Policy said the talks failed.", None),
])
def test_a_name_after_a_titles_portfolio_is_its_holder(extract_text, text, person):
    people = [name for name, e in entities(extract_text(text)).items() if e.type == "Person"]
    assert people == ([person] if person else [])


def test_a_double_surname_alone_is_the_person_named_in_full(extract_text):
    x = extract_text('Foreign Minister Maria Malmer Stenergard expelled two diplomats. '
                     '"We will not accept this," Malmer Stenergard told a news conference.')
    assert set(entities(x)) == {"Maria Malmer Stenergard"}
    assert [s.speaker for s in x.statements] == ["person/Maria_Malmer_Stenergard"]


def test_a_name_ending_in_air_is_an_airline(extract_text):
    names = entities(extract_text("The men exported aircraft parts to Iran, including to Mahan Air."))
    assert names["Mahan Air"].type == "Organization"


def test_a_law_and_its_short_form_are_not_entities(extract_text):
    names = entities(extract_text("They violated the International Emergency Economic Powers Act (IEEPA) and the Iranian "
                                  "Transactions and Sanctions Regulations. Each is charged with conspiracy to violate IEEPA."))
    assert not {"IEEPA", "Iranian Transactions and Sanctions Regulations", "International Emergency Economic Powers Act"} & set(names)


@pytest.mark.parametrize("text", [
    "The men were added to the Specially Designated Nationals and Blocked Persons List (SDN List) on Monday.",
    "The Commerce Department added the three firms to the Entity List.",
    "Details are in OFAC's Frequently Asked Question 897.",
])
def test_government_lists_and_guidance_are_not_organisations(extract_text, text):
    names = entities(extract_text(text))
    assert set(names) <= {"Office of Foreign Assets Control", "United States Department of Commerce"}


@pytest.mark.parametrize(("text", "company"), [
    ("Treasury designated Inversiones Mosquera Palacios S.A.S., a Medellín property firm.", "Inversiones Mosquera Palacios S.A.S."),
    ("The tanker is managed by Transportes Andinos S.A.S. of Cartagena.", "Transportes Andinos S.A.S."),
    ("Its Bulgarian subsidiary, Balkan Grid Solutions EOOD, won the tender.", "Balkan Grid Solutions EOOD"),
    ("Regulators fined PT Bumi Energi Tbk on Monday.", "PT Bumi Energi Tbk"),
])
def test_latin_american_balkan_and_asian_legal_forms_end_a_company_name(extract_text, text, company):
    names = entities(extract_text(text))
    assert names[company].type == "Organization"


@pytest.mark.parametrize(("text", "district"), [
    ("The case was filed in the U.S. District Court for the Southern District of Florida.",
     "U.S. District Court for the Southern District of Florida"),
    ("The U.S. Attorney's Office for the Eastern District of New York said the men were arrested on Tuesday.",
     "U.S. Attorney's Office for the Eastern District of New York"),
    ("Prosecutors in the Southern District of New York charged the executive with fraud.",
     "Southern District of New York"),
    ("Assistant U.S. Attorney Rachel Kim for the Northern District of Illinois is prosecuting the case.",
     "Northern District of Illinois"),
])
def test_a_federal_judicial_district_is_one_body_not_a_place_and_a_state(extract_text, text, district):
    names = entities(extract_text(text))
    assert names[district].type == "Organization"
    assert not {"Southern District", "Eastern District", "Northern District", "Florida", "Illinois"} & set(names)


def test_bracketed_acronym_is_not_part_of_the_name(extract_text):
    x = extract_text("China's Ministry of Commerce (MOFCOM) announced the duties on Monday.")
    names = entities(x)
    assert "Ministry of Commerce" in names
    assert not any("(" in n for n in names)


@pytest.mark.parametrize(("text", "owner", "owned"), [
    ("The Treasury Department's Office of Foreign Assets Control (OFAC) today designated Karim Haddad.",
     "United States Department of the Treasury", "Office of Foreign Assets Control"),
    ("The Interior Ministry's Department of Public Security said ten people were held.",
     None, "Department of Public Security"),
])
def test_a_body_owned_by_another_is_named_without_its_owner(extract_text, owner, owned, text):
    names = entities(extract_text(text))
    assert owned in names and not any("'s" in n for n in names)
    assert owner is None or owner in names


@pytest.mark.parametrize(("text", "person"), [
    ("The decision was made under Barack Obama's Administration.", "Barack Obama"),
    ("The law dates from Bashar al-Assad's Regime.", "Bashar al-Assad"),
])
def test_a_leaders_time_in_office_names_the_leader(extract_text, text, person):
    names = entities(extract_text(text))
    assert set(names) == {person} and names[person].type == "Person"


@pytest.mark.parametrize("name", ["Moody's Investors Service", "McDonald's Corporation"])
def test_a_company_name_with_a_possessive_stays_whole(extract_text, name):
    assert name in entities(extract_text(f"{name} said on Tuesday that it would cut 800 jobs."))


def test_a_company_name_is_not_cut_by_a_title_word(extract_text):
    x = extract_text("General Motors said on Tuesday it would close a plant in Ohio.")
    assert "General Motors" in entities(x)


def test_unfamiliar_towns_after_locative_prepositions_are_places(extract_text):
    x = extract_text(
        "Fighters shelled positions near Kadugli on Sunday, and aid convoys waited outside Kadugli for days. "
        "Residents of the town of Kadugli fled into the hills."
    )
    assert entities(x)["Kadugli"].type == "Place"


def test_country_reached_through_a_nationality_word_is_dropped_when_no_record_uses_it(extract_text):
    x = extract_text("The Hungarian embassy issued visas.")
    assert "Hungary" not in entities(x) or entities(x)["Hungary"].mentions


def test_titled_surname_takes_the_name_of_the_office_holder_at_the_article_date(extract_text):
    x = extract_text("date 2024-06-01\nPresident Biden said on Friday that talks would continue. Biden later flew home.")
    biden = entities(x)["Joe Biden"]
    assert biden.wikidata == "Q6279" and "Biden" in biden.alternate_names


def test_a_bare_surname_without_a_title_is_not_guessed(extract_text):
    x = extract_text("date 2024-06-01\nBiden, a retired teacher from Ohio, said the bridge was closed.")
    assert "Joe Biden" not in entities(x)


def test_full_name_in_the_office_table_gets_its_wikidata_id(extract_text):
    x = extract_text("Emmanuel Macron spoke to reporters in Lyon.")
    assert entities(x)["Emmanuel Macron"].wikidata


def test_a_name_ending_in_an_organisational_word_is_an_organisation(extract_text):
    x = extract_text("Washington blacklisted the Caspian Sea Shipping Lines and the Bank of Tehran on Monday.")
    names = entities(x)
    assert names["Caspian Sea Shipping Lines"].type == "Organization"


def test_shorter_form_joins_the_one_longer_name_it_begins(extract_text):
    x = extract_text(
        "Regulators fined Nordic Arctic Freight on Monday. A lawyer for Nordic Arctic said the firm would appeal."
    )
    names = entities(x)
    assert "Nordic Arctic" in names["Nordic Arctic Freight"].alternate_names
    assert "Nordic Arctic" not in names


def test_acronym_of_a_name_with_particles_and_dotted_parts(extract_text):
    x = extract_text(
        "Banco de Desarrollo S.A. raised rates. Analysts said BDSA would struggle."
    )
    assert "BDSA" in entities(x)["Banco de Desarrollo S.A."].alternate_names


def test_apposition_types_the_name(extract_text):
    x = extract_text(
        "The figures come from Observa Cidadã, a civil society group that monitors elections. "
        "The minister met his Kenyan counterpart, Wanjiru Kamau."
    )
    names = entities(x)
    assert names["Observa Cidadã"].type == "Organization"
    assert names["Wanjiru Kamau"].type == "Person"


def test_name_particles_and_split_names_stay_one_person(extract_text):
    x = extract_text("Saudi Foreign Minister Prince Faisal bin Farhan Al Saud arrived in Amman.")
    persons = [e.name for e in x.entities if e.type == "Person"]
    assert persons == ["Faisal bin Farhan Al Saud"]


def test_dateline_in_capitals_is_the_same_place(extract_text):
    x = extract_text("NAIROBI, Kenya (AP) — Police in Nairobi dispersed protesters on Tuesday.")
    nairobi = [e for e in x.entities if e.name == "Nairobi"]
    assert len(nairobi) == 1 and nairobi[0].type == "Place"


def test_place_nouns_type_unknown_towns(extract_text):
    x = extract_text("Debris was found in a field outside Wołomin and near the Brest border crossing.")
    assert entities(x)["Wołomin"].type == "Place"


def test_a_name_split_by_the_tagger_after_a_title_is_one_person(extract_text):
    x = extract_text("East African Community Secretary General Peter Mathuki Ongeri urged calm.")
    persons = [e.name for e in x.entities if e.type == "Person"]
    assert persons and persons[0].endswith("Ongeri") and "Peter" in persons[0]


def test_a_common_word_capitalised_at_the_start_of_a_sentence_is_not_a_name(extract_text):
    x = extract_text("Riot police fired tear gas at protesters in Lima on Friday.")
    assert "Riot" not in entities(x) and "Lima" in entities(x)


def test_a_name_in_apposition_to_a_charge_daffaires_is_a_person(extract_text):
    names = entities(extract_text("In Tehran, the foreign ministry summoned Sweden's charge d'affaires, Lars Ekström, "
                                  "and lodged a protest."))
    assert names["Lars Ekström"].type == "Person"


@pytest.mark.parametrize(("text", "places"), [
    ("President Emmerson Mnangagwa declared a state of disaster in the Chimanimani and Chipinge districts.",
     {"Chimanimani", "Chipinge"}),
    ("Fighting spread to the Kalehe and Masisi territories, the army said.", {"Kalehe", "Masisi"}),
])
def test_names_before_a_plural_kind_of_place_are_places(extract_text, text, places):
    names = entities(extract_text(text))
    assert {n for n in places if names[n].type == "Place"} == places


def test_a_name_listed_with_a_known_town_after_a_preposition_is_a_place(extract_text):
    names = entities(extract_text("Police said they had arrested 52 people in Lilongwe and Blantyre on Monday."))
    assert names["Blantyre"].type == "Place"


def test_a_name_after_the_role_noun_observer_is_a_person(extract_text):
    names = entities(extract_text("Chief observer Hanna Lindqvist said the mission would publish its report."))
    assert names["Hanna Lindqvist"].type == "Person"


@pytest.mark.parametrize("region", ["South Caucasus", "West Africa", "Western Balkans", "Maghreb"])
def test_world_regions_are_places(extract_text, region):
    names = entities(extract_text(f"The talks were chaired by the EU's special representative for the {region}."))
    assert names[region].type == "Place"


def test_us_law_enforcement_agencies_are_known_bodies(extract_text):
    names = entities(extract_text("The case was investigated with assistance from Homeland Security Investigations and "
                                  "the Drug Enforcement Administration (DEA)."))
    assert names["Homeland Security Investigations"].type == "Organization"
    assert "DEA" in names["Drug Enforcement Administration"].alternate_names


@pytest.mark.parametrize(("text", "paper"), [
    ("Officials warned of cuts, according to an internal paper seen by the business daily Handelsblatt.", "Handelsblatt"),
    ("The weekly Der Spiegel reported the plan.", "Der Spiegel"),
])
def test_a_name_after_a_papers_kind_is_the_paper(extract_text, text, paper):
    assert entities(extract_text(text))[paper].type == "Organization"


@pytest.mark.parametrize(("text", "place"), [
    ('His forces had withdrawn from positions on the outskirts of Babanusa "as a goodwill gesture".', "Babanusa"),
    ("Fighting was reported in the vicinity of Kupiansk overnight, the governor said.", "Kupiansk"),
])
def test_a_name_after_the_outskirts_or_vicinity_of_is_a_place(extract_text, text, place):
    assert entities(extract_text(text))[place].type == "Place"


@pytest.mark.parametrize(("text", "person"), [
    ("OFAC acted today. Her partner, Ecuadorian national Wilmer Andrés Bajaña Cedeño, controls a shipping company.",
     "Wilmer Andrés Bajaña Cedeño"),
    ("The official Xinhua news agency reported that Chinese official Wang Yi met the delegation.", "Wang Yi"),
])
def test_a_role_word_read_as_an_adjective_after_a_nationality_describes_the_name(extract_text, text, person):
    names = entities(extract_text(text))
    assert names[person].type == "Person"
    assert all(e.type == "Organization" for n, e in names.items() if "Xinhua" in n)


def test_a_body_owned_by_a_body_both_named_by_organisational_words_are_two_bodies(extract_text):
    names = entities(extract_text("OFAC acted today. Trial Attorney Samuel Ortiz of the National Security Division’s "
                                  "Counterintelligence and Export Control Section is prosecuting the case."))
    assert {"National Security Division", "Counterintelligence and Export Control Section"} <= set(names)


def test_a_hyphenated_surname_alone_is_a_mention_of_the_person_named_in_full(extract_text):
    x = extract_text("Ghana's foreign minister, Kwame Asante-Mensah, signed the pact. Asante-Mensah told reporters "
                     "that the first joint patrols would begin within 90 days.")
    assert len(entities(x)["Kwame Asante-Mensah"].mentions) == 2


def test_one_letter_names_no_one(extract_text):
    names = entities(extract_text('"Beijing can try to frighten us, but it will not change the facts," she wrote on X.'))
    assert set(names) == {"China"}  # a capital named only as one who acts is its country
