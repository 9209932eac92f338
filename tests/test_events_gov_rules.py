"""Sentence tests for the event rules of the government-readout round, one row per rule and way
of writing it: a date after "on" is no object, a mis-parsed adjective subject, intents carried on
("vowed to keep fighting"), "any attack", hosting, freed and exchanged captives, ground seized,
ships targeted, forces ordered or reduced, assisting police, relief goods, walkouts, "whose
forces", juntas and provincial authorities acting for their state, "its aircraft" in a reported
clause, arrests the police report, entry bans, endorsed aid, "the two sides", a protest or arrest
by the article's protesters or police, a custody ordered ("ordered detained"), a legal status
standing ("the banned party") but a ban imposed. Each row: sentence → the PLOVER type of an event
it must report and a name among that event's participants (None: no participant checked), or for
a negative row the type it must not report."""
from __future__ import annotations

import pytest

from event_rows import norm, system_events

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    # a date is no object
    ("Ukrainian troops withdrew from Kupiansk on Friday.", "RETREAT", "Ukraine"),
    ("The rebels pulled back from the airport on Monday.", "RETREAT", None),
    # an adjective the parser made a second subject
    ("Iraq's powerful Popular Mobilization Forces attacked a Kurdish checkpoint near Kirkuk.", "ASSAULT",
     "Popular Mobilization Forces"),
    # an intent reaches its act through a verb of carrying on
    ("Al-Shabaab vowed to keep attacking government bases.", "THREATEN", "Al-Shabaab"),
    ("The Houthis threatened to continue striking ships in the Red Sea.", "THREATEN", "Houthis"),
    # vocabulary
    ("King Salman welcomed the Indian prime minister Narendra Modi to Riyadh.", "CONSULT", "Narendra Modi"),
    ("The president reaffirmed his commitment to NATO during the visit.", "SUPPORT", None),
    ("Belarus freed opposition figure Siarhei Tsikhanouski on Saturday.", "CONCEDE", "Belarus"),
    ("Armenia and Azerbaijan exchanged prisoners at the border.", "CONCEDE", "Armenia"),
    ("Rebels captured the city of Goma after days of fighting.", "ASSAULT", None),
    ("The Philippine navy interdicted a Chinese fishing vessel near Scarborough Shoal.", "COERCE", None),
    ("Iranian forces targeted a cargo ship in the Gulf of Oman.", "ASSAULT", "Iran"),
    ("President Trump ordered two nuclear submarines to the region.", "MOBILIZE", "Trump"),
    ("Britain will reduce its military presence in Cyprus.", "RETREAT", "United Kingdom"),
    ("The Japanese coast guard assisted Philippine police in the search.", "COOPERATE", None),
    ("Germany delivered 300 generators to Ukraine.", "AID", "Germany"),
    ("Thousands of nurses walked off the job across England.", "PROTEST", None),
    ("The airline's strike entered its third day.", "PROTEST", None),
    # "whose forces"; a relative clause hung on a place
    ("The general, a former army chief whose troops shelled the town of Kadugli, denied the charges.",
     "ASSAULT", None),
    ("Western diplomats criticised the Wagner commander in Mali, whose fighters attacked the village.",
     "ASSAULT", "Wagner"),
    # a state's unnamed bodies
    ("The military junta in Guinea arrested two opposition leaders.", "COERCE", "Guinea"),
    ("In Karachi, provincial authorities imposed a curfew after the riots.", "COERCE", "Pakistan"),
    ("Police in Nairobi said 30 people had been arrested.", "COERCE", "Kenya"),
    # an entry ban is imposed by the country barred; endorsing an aid package is aid
    ("Two Georgian judges were banned from entering the United States.", "SANCTION", "United States"),
    ("Three senior officials were barred from travelling to Canada.", "SANCTION", "Canada"),
    ("EU finance ministers endorsed a 2 billion euro aid package for Moldova.", "AID", "European Union"),
    # "the two sides", "both countries": the two states or bodies last named, not the last two people
    ("Thai Prime Minister Anutin Charnvirakul and Cambodian leader Hun Manet traded accusations as Thailand and "
     "Cambodia exchanged fire on Monday. The two sides agreed to a truce on Tuesday.", "AGREE", "Thailand"),
    ("Ethiopia and Eritrea massed troops on the border. Abiy Ahmed and Isaias Afwerki did not respond. The UN "
     "chief urged both countries to show restraint.", "REQUEST", "Eritrea"),
    # a protest or arrest told without its doers is by the article's one crowd of protesters or police
    ("Protesters said the vote had been stolen and vowed to stay on the streets. Anti-government protests "
     "continued on Friday in the capital.", "PROTEST", "protesters"),
    ("Riot police told reporters the square had been cleared. Dozens of people were arrested overnight.",
     "COERCE", "police"),
    # a possessive in a reported clause
    ("The Pakistani army said its troops killed 12 militants in North Waziristan.", "ASSAULT", "Pakistani army"),
    # a custody a court orders, also where the parse takes the participle for an adjective
    ("Police banned the opposition party's rally in Harare.", "COERCE", "police"),
    ("The three defendants appeared in federal court in Miami and were ordered detained pending trial.", "COERCE", None),
]

NOT_REPORTED = [
    ("Iran said it would respond firmly to any attack on its territory.", "ASSAULT"),
    ("Qatar won its bid to host the Olympics.", "CONSULT"),
    ("The Houthis vowed to keep attacking ships.", "ASSAULT"),
    # a participle before a noun, with no verb of ordering, is a standing state
    ("The outlawed group's leaders fled to Lebanon in 2019.", "COERCE"),
    ("Leaders of the banned opposition party met diplomats in Nairobi.", "COERCE"),
]


@pytest.fixture(scope="module")
def events(nlp):
    """Each text's events as (type, the normalised names and alternate names of its participants)."""
    texts = [t for t, *_ in REPORTS] + [t for t, _ in NOT_REPORTED]
    return {text: [(e["type"], e["names"]) for e in found] for text, found in system_events(nlp, texts).items()}


@pytest.mark.parametrize(("text", "event_type", "name"), REPORTS)
def test_sentence_reports_event(events, text, event_type, name):
    found = [names for kind, names in events[text] if kind == event_type]
    assert found, events[text]
    assert name is None or any(norm(name) in names for names in found), events[text]


@pytest.mark.parametrize(("text", "event_type"), NOT_REPORTED)
def test_sentence_does_not_report(events, text, event_type):
    assert event_type not in [kind for kind, _ in events[text]], events[text]
