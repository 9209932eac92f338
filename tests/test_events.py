"""Trigger table: one sentence → the PLOVER types it reports (negatives: no event of that type)."""
from __future__ import annotations

import pytest

from newskb.pipeline import extract

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

POSITIVE = [
    # AGREE
    ("AGREE", "Iran and the United States agreed to resume nuclear talks in Oman."),
    ("AGREE", "Japan pledged to help Vietnam modernise its coast guard."),
    ("AGREE", "Serbia and Kosovo reached an agreement on licence plates."),
    ("AGREE", "President Lula promised Argentina closer trade ties."),
    # CONSULT
    ("CONSULT", "Egypt offered to host a new round of negotiations between Israel and Hamas."),  # an offer to host or mediate
    ("CONSULT", "Emmanuel Macron met Olaf Scholz in Berlin on Tuesday."),
    ("CONSULT", "Narendra Modi held a phone call with Vladimir Putin."),
    ("CONSULT", "Antony Blinken visited Beijing last week."),
    ("CONSULT", "The leaders of Japan and South Korea held a summit in Tokyo."),
    ("CONSULT", "Qatar hosted talks between Hamas and Israel."),
    ("CONSULT", "Ukrainian and Russian negotiators held talks in Istanbul."),
    ("CONSULT", "Recep Tayyip Erdogan called Volodymyr Zelensky on Friday."),
    # SUPPORT
    ("SUPPORT", "Germany praised Poland for its handling of the border crisis."),
    ("SUPPORT", "France welcomed the decision of Morocco to free the journalists."),
    ("SUPPORT", "The African Union endorsed the peace plan for Sudan."),
    ("SUPPORT", "Spain recognised Palestine as a state."),
    ("AGREE", "Canada and Mexico signed a treaty on water sharing."),
    # CONCEDE
    ("CONCEDE", "The Thai government apologised to Cambodia for the border incident."),
    ("CONCEDE", "Belarus pardoned dozens of political prisoners."),
    ("CONCEDE", "The European Union lifted sanctions on Syria."),
    ("CONCEDE", "Hungary eased restrictions on Ukrainian grain imports."),
    # COOPERATE
    ("COOPERATE", "Brazil extradited the suspect to Italy."),
    ("COOPERATE", "India expanded its cooperation with France on submarines."),
    ("COOPERATE", "Australia and Japan began joint exercises in the Coral Sea."),
    # AID
    ("AID", "Germany sent air defence systems to Ukraine."),
    ("AID", "The United States provided $500 million in aid to Jordan."),
    ("AID", "Sweden supplied tanks and ammunition to Kyiv."),
    ("AID", "The World Bank approved emergency assistance for Pakistan after the floods."),
    # RETREAT
    ("RETREAT", "Israel withdrew its troops from the Gaza Strip."),
    ("CONCEDE", "Hamas released three hostages to the Red Cross."),
    ("RETREAT", "Russian forces retreated from Kherson."),
    ("CONCEDE", "The Prime Minister of Nepal resigned after the protests."),
    ("MOBILIZE", "North Korea test-fired a ballistic missile into the sea."),
    ("ASSAULT", "Israeli warplanes struck targets in southern Lebanon on Tuesday, the army said."),
    # REQUEST
    ("REQUEST", "The United Nations called for an immediate ceasefire in Sudan."),
    ("REQUEST", "Poland urged Germany to send more tanks."),
    ("REQUEST", "China demanded that Japan withdraw its warships."),
    ("REQUEST", "The Red Cross appealed for access to the besieged city of El Fasher."),
    # ACCUSE
    ("ACCUSE", "Ukraine accused Russia of war crimes."),
    ("ACCUSE", "The European Union condemned the attack on the embassy in Kabul."),
    ("ACCUSE", "Human Rights Watch criticised Egypt over the arrests."),
    ("ACCUSE", "Pakistan blamed India for the explosion."),
    ("ACCUSE", "The Kremlin denounced the new British sanctions."),
    ("ACCUSE", "Prosecutors in Paris opened an investigation into the Wagner Group."),
    # REJECT
    ("REJECT", "Iran rejected the proposal from the European Union."),
    ("REJECT", "Hungary vetoed the European Union's statement on China."),
    ("REJECT", "Benjamin Netanyahu ruled out a Palestinian state."),
    ("REJECT", "Venezuela refused to accept the election observers from Brazil."),
    # THREATEN
    ("THREATEN", "North Korea threatened to strike Seoul."),
    ("THREATEN", "Donald Trump threatened China with new tariffs."),
    ("THREATEN", "Russia warned Finland against joining NATO."),
    ("THREATEN", "Iran issued an ultimatum to Azerbaijan."),
    # PROTEST
    ("PROTEST", "Thousands of people protested in Tbilisi against the foreign agents law."),
    ("PROTEST", "Teachers in Nairobi went on strike over pay."),
    ("PROTEST", "Students staged a demonstration outside the parliament in Belgrade."),
    ("PROTEST", "Farmers in Brussels rallied against the trade deal with Mercosur."),
    # SANCTION
    ("SANCTION", "The United States imposed sanctions on Rosneft."),
    ("SANCTION", "The European Union slapped new sanctions on Belarus."),
    ("SANCTION", "Lithuania expelled three Russian diplomats."),
    ("SANCTION", "Niger recalled its ambassador from France."),
    ("SANCTION", "The Treasury sanctioned two Iranian oil tankers and Hezbollah."),
    ("SANCTION", "Canada froze the assets of the Russian Central Bank."),
    ("SANCTION", "Germany suspended aid to Niger."),
    # MOBILIZE
    ("MOBILIZE", "North Korea tested a new intercontinental ballistic missile."),
    ("MOBILIZE", "China deployed warships near Taiwan."),
    ("MOBILIZE", "Russia massed troops on the border with Ukraine."),
    ("MOBILIZE", "Iran staged military exercises in the Gulf."),
    ("MOBILIZE", "Serbia put its army on alert after the announcement of a military buildup by Kosovo."),
    # COERCE
    ("COERCE", "Police in Istanbul arrested the mayor Ekrem Imamoglu."),
    ("COERCE", "Myanmar's junta detained dozens of activists in Yangon."),
    ("COERCE", "The Taliban banned girls from secondary schools in Afghanistan."),
    ("COERCE", "The government of Kenya imposed a curfew in Nairobi."),
    ("COERCE", "The United States deported hundreds of migrants to El Salvador."),
    # ASSAULT
    ("ASSAULT", "Russia launched a massive drone attack on Kyiv."),
    ("ASSAULT", "Israeli air strikes killed dozens in Gaza."),
    ("ASSAULT", "Russia continued to strike Ukrainian cities."),
    ("ASSAULT", "Gunmen abducted 20 students in Kaduna."),
    ("ASSAULT", "Sudanese army troops shelled positions of the RSF near Khartoum."),
    ("ASSAULT", "Pakistan bombed targets in Afghanistan."),
    ("ASSAULT", "Fighting between the army and the RSF continued in Darfur."),
    # characterisations, vows, conversations, crowd control
    ("ACCUSE", "Foreign Minister Ana Ruiz called the sanctions \"illegal and coercive\"."),
    ("ACCUSE", "Lithuania's president called Hungary's veto \u201ca gift to Moscow\u201d."),
    ("SUPPORT", "The minister called the agreement \"a historic breakthrough\"."),
    ("THREATEN", "Hungary vowed to block the new package."),
    ("CONSULT", "Rutte said he had spoken to Olaf Scholz on Friday."),
    ("COERCE", "Police fired tear gas at protesters in Maputo on Saturday."),
    ("COERCE", "Riot police fired rubber bullets to disperse the crowd in Nairobi."),
]

NEGATIVE = [
    # other senses of the same words: no event of that type
    ("AGREE", "Prices in Germany agreed with forecasts, the Bundesbank said."),
    ("ASSAULT", "Apple and Microsoft struck a deal on cloud licences."),
    ("ASSAULT", "Nurses in London went on strike for higher pay."),
    ("ASSAULT", "The Chancellor struck a conciliatory tone in Berlin."),
    ("CONSULT", "Olaf Scholz called the plan a mistake."),
    ("CONSULT", "Summits and meetings are held every year."),
    ("SANCTION", "Western sanctions have not worked so far."),
    ("SANCTION", "Economists debated whether sanctions ever work."),
    ("MOBILIZE", "Students tested the new software in Oslo."),
    ("ASSAULT", "The company fired its chief executive Sam Altman."),
    ("THREATEN", "Analysts warned that inflation may rise."),
    ("SUPPORT", "The committee backed the motion of the chairman."),
    ("REQUEST", "Fans asked for autographs after the match."),
    ("AID", "Lawmakers sent the bill to the Senate committee."),
    ("ASSAULT", "The virus hit older people hardest."),
    ("COERCE", "The bank seized the opportunity to expand in Asia."),
    ("ACCUSE", "The general ordered what he called the final offensive."),
    ("CONSULT", "The minister spoke to reporters in Warsaw."),
    ("THREATEN", "Japan vowed to support the reconstruction of Ukraine."),
]

KNOWN_GAPS = {
    "Sweden supplied tanks and ammunition to Kyiv.": "the small model misparses the coordinated object",
}


@pytest.fixture(scope="module")
def types_by_sentence():
    sentences = sorted({s for _, s in POSITIVE + NEGATIVE})
    return {s: {e.event_type for e in extract(s).events} for s in sentences}


def test_table_covers_every_plover_type():
    from newskb.models import PLOVER_TYPES

    assert {t for t, _ in POSITIVE} == set(PLOVER_TYPES)
    assert len(POSITIVE) + len(NEGATIVE) >= 80


@pytest.mark.parametrize(("event_type", "sentence"), POSITIVE)
def test_trigger_types_sentence(types_by_sentence, event_type, sentence):
    found = event_type in types_by_sentence[sentence]
    if sentence in KNOWN_GAPS:
        assert not found, f"a known gap now works: remove it from KNOWN_GAPS ({sentence})"
        pytest.xfail(KNOWN_GAPS[sentence])
    assert found, types_by_sentence[sentence]


@pytest.mark.parametrize(("event_type", "sentence"), NEGATIVE)
def test_other_sense_is_no_event(types_by_sentence, event_type, sentence):
    assert event_type not in types_by_sentence[sentence]


def test_arguments_status_and_evidence():
    text = "date 2025-10-29\n\nOn Wednesday, Emmanuel Macron cancelled a proposed meeting in Rome with Giorgia Meloni."
    x = extract(text)
    names = {e.key: e.name for e in x.entities}
    (event,) = [e for e in x.events if e.event_type == "CONSULT"]
    assert event.status == "Cancelled"
    assert {names[k] for k in event.actors} == {"Emmanuel Macron", "Giorgia Meloni"}
    assert names[event.place] == "Rome"
    assert event.evidence[0].exact.startswith("On Wednesday, Emmanuel Macron cancelled")
    for span in x.spans():
        assert span.grounded_in(text)


def test_nationality_word_becomes_country():
    x = extract("Russian forces shelled Ukrainian villages near Kharkiv.")
    names = {e.key: e.name for e in x.entities}
    (event,) = [e for e in x.events if e.event_type == "ASSAULT"]
    assert "Russia" in {names[k] for k in event.actors}
    assert "Ukraine" in {names[k] for k in event.targets}


def test_one_event_per_happening():
    text = ("Emmanuel Macron cancelled a meeting in Rome with Giorgia Meloni. "
            "Officials said the Rome meeting could be rescheduled.")
    consults = [e for e in extract(text).events if e.event_type == "CONSULT"]
    assert len(consults) == 1
    assert len(consults[0].evidence) == 2


def test_nationality_adjective_on_a_noun_trigger_is_the_actor():
    x = extract("Israeli airstrikes killed 20 people in Rafah.")
    names = {e.key: e.name for e in x.entities}
    (event,) = [e for e in x.events if e.event_type == "ASSAULT"]
    assert "Israel" in {names[k] for k in event.actors}


def test_raised_subject_is_the_actor():
    x = extract("The envoy Steve Witkoff is expected to travel to Doha next week.")
    names = {e.key: e.name for e in x.entities}
    (event,) = [e for e in x.events if e.event_type == "CONSULT"]
    assert "Steve Witkoff" in {names[k] for k in event.actors}
    assert event.status == "Planned"


def test_unnamed_authorities_act_for_the_country_the_sentence_names():
    x = extract("In Tel Aviv, authorities detained at least 15 people.")
    names = {e.key: e.name for e in x.entities}
    (event,) = [e for e in x.events if e.event_type == "COERCE"]
    assert {names[k] for k in event.actors} == {"Israel"}
    y = extract("Authorities detained at least 15 people after the match.")
    assert not [e for e in y.events if e.event_type == "COERCE" and e.actors]


def test_unnamed_police_are_the_actor_as_written_even_where_a_country_is_named():
    x = extract("In Tel Aviv, police detained at least 15 people.")
    names = {e.key: e.name for e in x.entities}
    (event,) = [e for e in x.events if e.event_type == "COERCE"]
    assert {names[k] for k in event.actors} == {"police"}


