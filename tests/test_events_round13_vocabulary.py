"""Vocabulary of police, court, border and protest news: protesters storming a building protest;
detainees denied care are coerced, firms denied export privileges sanctioned; a storm slamming
into a coast accuses no one; police answering a crowd with tear gas or batons, or recovering
weapons, coerce; a judge ordering a defendant to pay or serve imposes a penalty, done as it is
ordered; a border or crossing closed is a coercion; embassies reopened restore ties. A present
verb in a subject relative clause says what a noun is given to doing ("a gang that kidnaps …"),
no happening; force held out "in response" is a threat; a past verb joined to a negated copula
keeps its own status. Speaking to reporters or a news agency consults no one; a joint inquiry is a
cooperation; "with assistance from" an agency after "investigated" is a credit line. A hint at
military action is a threat; a tax or levy dropped is a concession."""
from __future__ import annotations

import pytest

from event_rows import typed_events

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

HEAD = "World news\n\n"


@pytest.mark.parametrize(
    ("sentence", "event_type", "trigger"),
    [
        ("Hundreds of protesters stormed the regional parliament in Lviv on Tuesday.", "PROTEST", "stormed"),
        ("Special forces stormed the hijacked plane at dawn.", "ASSAULT", "stormed"),
        ("Riot police responded with tear gas and rubber bullets.", "COERCE", "responded"),
        ("Border guards recovered a cache of rifles hidden in a truck near Kulob.", "COERCE", "recovered"),
        ("A federal judge ordered the company to forfeit $2 million in proceeds.", "COERCE", "ordered"),
        ("Tajikistan closed its main border crossing with Kyrgyzstan after the clashes.", "COERCE", "closed"),
        ("Bahrain and Qatar will reopen their embassies in each other's capitals next month.", "COOPERATE", "reopen"),
        ("The junta issued a decree that bans all party meetings.", "COERCE", "bans"),
        ("Kenya and Uganda opened a joint investigation into the killing of the two rangers.", "COOPERATE", "investigation"),
        ("The military council announced the dissolution of all opposition parties.", "COERCE", "dissolution"),
        ("The foreign minister spoke to his Turkish counterpart by phone on Monday.", "CONSULT", "spoke"),
        ("The president hinted at military action against the rebels in a televised speech.", "THREATEN", "hinted"),
        ("The finance minister dropped a planned fuel levy after a week of strikes.", "CONCEDE", "dropped"),
        ("The prisoners were denied medical care for weeks, their lawyers said.", "COERCE", "denied"),
        ("The Commerce Department denied the export privileges of two Hong Kong firms for five years.", "SANCTION", "denied"),
        ("Prosecutors charged two firms which the ministry accuses of smuggling fuel.", "ACCUSE", "accuses"),
    ],
)
def test_the_sense_of_the_trigger(extract_text, sentence, event_type, trigger):
    assert (event_type, trigger) in typed_events(extract_text, HEAD + sentence)


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The typhoon slammed into the northern coast of Luzon overnight.", "slammed"),
        ("The rifles ended up in the hands of a militia that abducts farmers and loots villages.", "abducts"),
        ("Nobody wants to talk to a minister who calls us traitors every week.", "calls"),
        ("The minister ordered his aides to prepare a new budget.", "ordered"),
        ("Three villagers who spoke to Reuters said soldiers had burned the market.", "spoke"),
        ("The president talked with reporters on the flight to Tokyo.", "talked"),
        ("The striker dropped an increase in his scoring rate after the injury.", "dropped"),
        ("The fraud was investigated by the FBI, with assistance from the Secret Service.", "assistance"),
    ],
)
def test_no_event_of_that_word(extract_text, sentence, trigger):
    assert trigger not in {t for _, t in typed_events(extract_text, HEAD + sentence)}


def test_a_lexical_verb_shares_no_negated_copula(extract_text):
    sentence = ("The rebels said in a statement that the men were not fighters and accused the army of "
                "killing civilians.")
    events = extract_text(HEAD + sentence).events
    assert ("ACCUSE", "Occurred") in {(e.event_type, e.status) for e in events}


def test_force_held_out_in_response_is_a_threat(extract_text):
    sentence = "Foreign Minister Anna Kovac said Serbia could close its border to trucks from Kosovo in response."
    events = extract_text(HEAD + sentence).events
    assert ("THREATEN", "Occurred") in {(e.event_type, e.status) for e in events}


def _actors(extract_text, sentence: str, event_type: str) -> set[str]:
    return {k for e in extract_text(HEAD + sentence).events if e.event_type == event_type for k in e.actors}


def test_a_second_act_of_speech_after_a_reported_past_perfect_is_the_reporters(extract_text):
    sentence = ("Police chief Tomas Varga said the officers had followed the law and accused opposition "
                "groups of stirring unrest.")
    assert any("Varga" in k for k in _actors(extract_text, sentence, "ACCUSE"))


def test_an_act_joined_to_a_reported_past_perfect_keeps_its_doer(extract_text):
    sentence = "The governor said the rebels had overrun the base and killed three soldiers."
    assert not any("governor" in k.lower() for k in _actors(extract_text, sentence, "ASSAULT"))


def test_a_wire_credit_before_a_dash_is_not_the_doer(extract_text):
    sentence = "Kyodo -- Japan and the Philippines launched a joint investigation into the collision at sea."
    actors = _actors(extract_text, sentence, "COOPERATE")
    assert any("Japan" in k for k in actors) and not any("Kyodo" in k for k in actors)
