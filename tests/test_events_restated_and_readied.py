"""Sentence checks for families of event reports, each on invented sentences in several house
styles: a stance said again ("reiterated its support for", "renewed its backing for"), forces massed,
readied or sent on patrol ("thousands of troops massed", "placed on the highest level of combat
readiness", "stepped up patrols"), and a step held ready as an escalation ("prepared to take further
action", "stands ready to take additional steps"); and whom support named by a noun is for
("support for Ukraine", "backing for India's bid"); and whose a nameless government or force is when a
country's body reports what it did ("Serbia's Defence Ministry said units had been placed on alert"); and who held the talks an outcome came after ("X and Y
agreed on a truce after three days of talks")."""
from __future__ import annotations

import pytest

from event_rows import assert_typed, event_records, system_events

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    # a stance said again is support expressed again
    ("SUPPORT", "Germany", "Germany reiterated its support for Moldova's bid to join the European Union."),
    ("SUPPORT", "Gulf Cooperation Council",
     "The Gulf Cooperation Council restated its backing for Morocco's autonomy plan for Western Sahara."),
    ("SUPPORT", "Government of Canada",
     "The Government of Canada reaffirms its unwavering backing for the people of Ukraine."),
    ("SUPPORT", "Japan", "Tokyo renewed its backing for Manila in the South China Sea dispute on Tuesday."),
    ("SUPPORT", "Brazil", "Brazil's president reasserted his support for a ceasefire in Gaza during a visit to Cairo."),
    ("SUPPORT", "Kenya", "Kenya's foreign ministry repeated its support for Somalia's territorial integrity, "
                         "the ministry said in a statement."),
    ("SUPPORT", "Nigeria", "Nigerian governors reiterated their backing for the president's tax reform bills, "
                           "the Daily Trust reported."),
    # forces counted in a quantity that mass, forces put on a degree of readiness, patrols stepped up
    ("MOBILIZE", "Russia", "Thousands of Russian troops massed near the Ukrainian border, satellite images showed."),
    ("MOBILIZE", "Ethiopia", "Tens of thousands of Ethiopian troops massed near the Eritrean border, diplomats said."),
    ("MOBILIZE", "Israel", "Hundreds of Israeli soldiers massed on the Gaza frontier on Friday."),
    ("MOBILIZE", "Serbia", "Serbia's army was placed on the highest level of combat readiness, the defence minister said."),
    ("MOBILIZE", "North Korea", "Pyongyang put its artillery units on a heightened state of alert along the border."),
    ("MOBILIZE", None, "The Defence Forces have been placed on the highest state of readiness, "
                       "the Ministry said in a statement."),
    ("MOBILIZE", "KFOR", "KFOR said it had increased patrols in the north of Kosovo."),
    ("MOBILIZE", "Philippines", "Philippine coast guard vessels intensified patrols around Scarborough Shoal this week."),
    ("MOBILIZE", "India", "India has beefed up patrols along the Line of Actual Control, officials said."),
    # a step held ready and named as an escalation is a warning made in the saying
    ("THREATEN", None, "A State Department spokesperson said the administration was prepared to take further "
                       "action against the UAE."),
    ("THREATEN", "United States", "Washington stands ready to take additional steps against Moscow if the attacks "
                                  "continue, the Treasury said."),
    ("THREATEN", "China", "The Foreign Ministry said Beijing would not hesitate to take all necessary action to "
                          "defend its sovereignty."),
    ("THREATEN", "USTR", "USTR is prepared to consider further action, including fees or restrictions on services."),
    ("THREATEN", "European Union", "The European Union is ready to take further steps against Minsk, a spokesperson "
                                   "said."),
    ("THREATEN", "South Korea", "Seoul said it would take stern action if Pyongyang launched another satellite."),
]

NOT_REPORTED = [
    # support a price finds, support a clause reports, a contract renewed
    ("SUPPORT", "Gold prices found support near $1,900 an ounce after the Fed decision."),
    ("SUPPORT", "Analysts reiterated that support for the ruling party had fallen in the polls."),
    ("SUPPORT", "The coach renewed his contract with the club after winning the league."),
    # crowds that mass, a level of scrutiny
    ("MOBILIZE", "Thousands of fans massed outside the stadium before the final."),
    ("MOBILIZE", "Hundreds of shoppers massed at the doors of the new store on Black Friday."),
    ("MOBILIZE", "The league placed the club on a high level of financial scrutiny."),
    # a step taken, or held ready with no escalation named
    ("THREATEN", "The airline took further action to cut delays at Heathrow last summer."),
    ("THREATEN", "Regulators took additional steps to calm the markets on Friday."),
    ("THREATEN", "The council is ready to take action on climate change, the mayor said."),
]


#: Support named by a noun is for the one named after "for", or for the one whose cause follows it.
SUPPORTED = [
    ("sudan", "Egypt expressed its support for Sudan's sovereignty and territorial integrity."),
    ("taiwan", "The State Department voiced support for Taiwan's membership of Interpol."),
    ("armenia", "Paris reaffirmed its support for Armenia's territorial integrity, the Elysee said."),
    ("nigeria", "Ghana's president voiced support for Nigeria's bid to host the African Union summit."),
    ("china", "Pakistan renewed its backing for China's Belt and Road projects in a statement on Monday."),
    ("ukraine", "Seoul reiterated its backing for Kyiv, the presidential office said."),
]

#: Support for a thing with no one named behind it is for no one.
SUPPORTED_NONE = [
    "Britain expressed support for the ceasefire in Gaza.",
    "The senator expressed support for a bill named after Ukraine's late ambassador.",
]


#: A government or forces named by no name, in a clause a country's body reports, are that body's own.
REPORTERS_OWN = [
    ("MOBILIZE", "Serbia", "Serbia's Defence Ministry said units stationed near the boundary had been placed on "
                           "combat alert."),
    ("THREATEN", "United States", "A senior State Department official said the administration was prepared to "
                                  "impose further sanctions on Caracas."),
    ("MOBILIZE", "Japan", "Japan's defence ministry said troops had been deployed to the southwestern islands."),
    ("THREATEN", "Russia", "The Kremlin said the government would respond to any new sanctions."),
    ("ASSAULT", "Nigeria", "Nigeria's army said troops had stormed a Boko Haram camp near Lake Chad."),
    ("THREATEN", "Pakistan", "Pakistan's foreign ministry said the government was ready to take stern action "
                             "against the militants."),
    ("MOBILIZE", "Israel", "Israel's military said troops had been sent to the northern border."),
]

#: Forces named by a nationality are their country's; a rights group or a newspaper reports on
#: forces that are not its own.
NOT_REPORTERS_OWN = [
    ("MOBILIZE", "Ukraine", "Ukraine's defence ministry said Russian troops had massed near Kharkiv."),
    ("ASSAULT", "Amnesty International", "Amnesty International said soldiers had shot dead 12 protesters in Lagos."),
    ("COERCE", "Human Rights Watch", "Human Rights Watch said security forces had detained dozens of activists "
                                     "in Minsk."),
    ("MOBILIZE", "The Guardian", "The Guardian reported that troops had been deployed to the border."),
]


#: The parties whose outcome came after talks held them.
TALKS_BEFORE = [
    (("Armenia", "Azerbaijan"), "Armenia and Azerbaijan agreed on a border commission after two rounds of talks "
                                "in Almaty."),
    (("Colombia", "National Liberation Army"), "Colombia's government and the ELN signed a ceasefire deal following "
                                               "months of negotiations in Havana."),
    (("Ethiopia", "Egypt"), "Ethiopia and Egypt failed to agree on the dam's filling schedule after four days of talks "
                            "in Cairo."),
    (("Serbia", "Kosovo"), "Serbia and Kosovo reached a deal on licence plates after 12 hours of negotiations in "
                           "Brussels, EU officials said."),
    (("Taliban", "Pakistan"), "The Taliban and Pakistan agreed to extend their truce following two days of "
                              "negotiations in Doha."),
    (("Thailand", "Cambodia"), "Thailand and Cambodia signed a border accord following three rounds of talks in "
                               "Kuala Lumpur."),
    (("Kenya", "Somalia"), "Kenya and Somalia restored diplomatic ties after a week of negotiations in Nairobi, the "
                           "foreign ministry said."),
]

#: Talks before a happening with no parties for subject were held by no one the clause names.
TALKS_BEFORE_NOBODY = ["Prices fell after two days of talks in Washington.",
                       "The minister resigned after weeks of talks between the coalition partners."]


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {s for *_, s in REPORTS + REPORTERS_OWN + NOT_REPORTERS_OWN + TALKS_BEFORE}
                         | {s for _, s in NOT_REPORTED} | set(TALKS_BEFORE_NOBODY))


@pytest.fixture(scope="module")
def named_events(nlp):
    return system_events(nlp, [s for _, s in SUPPORTED] + SUPPORTED_NONE)


@pytest.mark.parametrize(("event_type", "actor", "sentence"), REPORTS)
def test_sentence_reports(events_by_sentence, event_type, actor, sentence):
    records = events_by_sentence[sentence]
    assert_typed(records, event_type, "Occurred")
    if actor:
        assert any(actor in e.actors for e in records if e.event_type == event_type), records


@pytest.mark.parametrize(("event_type", "sentence"), NOT_REPORTED)
def test_sentence_does_not_report(events_by_sentence, event_type, sentence):
    assert event_type not in {e.event_type for e in events_by_sentence[sentence]}


@pytest.mark.parametrize(("target", "sentence"), SUPPORTED)
def test_support_is_for(named_events, target, sentence):
    assert any(target in e["targets"] for e in named_events[sentence] if e["type"] == "SUPPORT"), named_events[sentence]


@pytest.mark.parametrize("sentence", SUPPORTED_NONE)
def test_support_for_a_thing_has_no_target(named_events, sentence):
    support = [e for e in named_events[sentence] if e["type"] == "SUPPORT"]
    assert support and not any(e["targets"] for e in support), named_events[sentence]


@pytest.mark.parametrize(("event_type", "actor", "sentence"), REPORTERS_OWN)
def test_nameless_forces_are_the_reporters_own(events_by_sentence, event_type, actor, sentence):
    records = [e for e in events_by_sentence[sentence] if e.event_type == event_type]
    assert any(actor in e.actors for e in records), events_by_sentence[sentence]


@pytest.mark.parametrize(("event_type", "reporter", "sentence"), NOT_REPORTERS_OWN)
def test_forces_are_not_every_reporters_own(events_by_sentence, event_type, reporter, sentence):
    records = [e for e in events_by_sentence[sentence] if e.event_type == event_type]
    assert records and not any(reporter in e.actors for e in records), events_by_sentence[sentence]


@pytest.mark.parametrize(("parties", "sentence"), TALKS_BEFORE)
def test_talks_before_an_outcome_were_its_parties(events_by_sentence, parties, sentence):
    talks = [e for e in events_by_sentence[sentence] if e.event_type == "CONSULT"]
    assert any(set(parties) <= set(e.actors) for e in talks), events_by_sentence[sentence]


@pytest.mark.parametrize("sentence", TALKS_BEFORE_NOBODY)
def test_talks_before_a_happening_without_parties(events_by_sentence, sentence):
    talks = [e for e in events_by_sentence[sentence] if e.event_type == "CONSULT"]
    assert not any(e.actors for e in talks), talks
