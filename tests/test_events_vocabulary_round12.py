"""Vocabulary of diplomatic, military and police news: a state leaving an international body
withdraws from it (RETREAT); fighter jets scrambled are a mobilisation; trade resumed restores
ties (COOPERATE); a joint statement blocked is rejected, internet access cut is repression;
accountability named as the aim of means threatens no one; the suppression of protests is a
coercion, the protests it puts down no event of their own; a release or a withdrawal welcomed is a
happening of its own, not the welcomer's; a sportsman withdrawing from a
tournament, a race or the charts are no events."""
from __future__ import annotations

import pytest

from event_rows import typed_events

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

HEAD = "World news\n\n"


@pytest.mark.parametrize(
    ("sentence", "event_type", "trigger"),
    [
        ("Eritrea has left the Intergovernmental Authority on Development, its information ministry said.", "RETREAT", "left"),
        ("Argentina will quit the World Health Organization next year, President Javier Milei said.", "RETREAT", "quit"),
        ("The Philippine air force scrambled two fighter jets to shadow the Chinese aircraft.", "MOBILIZE", "scrambled"),
        ("Armenia and Turkey resumed trade across their shared border after three decades.", "COOPERATE", "resumed"),
        ("Slovakia blocked a joint EU declaration on the war in Sudan, diplomats said.", "REJECT", "blocked"),
        ("The authorities cut mobile internet access in three provinces ahead of the vote.", "COERCE", "cut"),
    ],
)
def test_the_sense_of_the_trigger(extract_text, sentence, event_type, trigger):
    assert (event_type, trigger) in typed_events(extract_text, HEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign minister left the capital on Friday for a tour of the Gulf.",
        "Aides scrambled to contain the fallout from the leaked memo.",
        "Carlos Alcaraz withdrew from the Madrid Masters on Sunday with a hamstring injury.",
        # the words of conflict in a report of a race, a rugby match or the record charts are figurative
        "The Colombian cyclist attacked on the last descent and held off the peloton to take the stage.",
        "The band's fans mobilised on social media to push the new single up the charts.",
    ],
)
def test_no_event(extract_text, sentence):
    assert not extract_text(HEAD + sentence).events


def test_accountability_as_the_aim_of_means_threatens_no_one(extract_text):
    found = typed_events(extract_text, 
        HEAD + "The new order gives the Treasury the tools to hold accountable every official who abets the junta.")
    assert ("THREATEN", "hold") not in found


def test_accountability_promised_is_a_threat(extract_text):
    found = typed_events(extract_text, 
        HEAD + "\"We will hold accountable those who attacked the convoy,\" the interior minister said.")
    assert ("THREATEN", "hold") in found


def test_police_arresting_sports_fans_is_still_news(extract_text):
    found = typed_events(extract_text, HEAD + "Police arrested 14 rugby fans after a brawl outside the stadium.")
    assert ("COERCE", "arrested") in found


def test_the_suppression_of_protests_is_the_coercion(extract_text):
    found = typed_events(extract_text, 
        HEAD + "The report documents the violent suppression of opposition protests in Minsk by riot police.")
    assert ("COERCE", "suppression") in found and ("PROTEST", "protests") not in found


def test_a_welcomed_release_is_a_happening_of_its_own(extract_text):
    x = extract_text(HEAD + "The foreign ministry welcomed the release of 30 political prisoners by the junta on Friday.")
    names = {e.key: e.name for e in x.entities}
    found = {(e.event_type, e.trigger): [names[k] for k in e.actors] for e in x.events}
    assert ("SUPPORT", "welcomed") in found and ("CONCEDE", "release") in found
    assert not {"foreign ministry"} & set(found["CONCEDE", "release"])


def test_an_unnamed_leaver_is_no_state_withdrawing(extract_text):
    found = typed_events(extract_text, HEAD + "Several members left the union after the vote.")
    assert ("RETREAT", "left") not in found
