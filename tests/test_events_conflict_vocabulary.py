"""Sentence checks for trigger rows of conflict and crisis copy that the blind sets showed missing:
scuffles and summary executions are violence; forces going back to their posts retreat; fire exchanged or traded is violence; laying
the blame is accusing; arms sold, supplied or funnelled to an armed group, and funds contributed
to a mission, are aid; a state of emergency declared and camps dismantled by police are
coercion; trade prohibited is a sanction. What a designation bars ("prohibited from dealing with
them"), weapons "suppressed" by air defences, a sale brokered and a credit line's "with assistance
from" a reporter are no events; an order sending forces is the deployment, done. Sentences are
this file's own."""
from __future__ import annotations

import pytest

from event_rows import assert_not_typed, assert_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    ("ASSAULT", "scuffle", "A scuffle broke out between guards and inmates at the prison on Tuesday."),
    ("ASSAULT", "executions", "Survivors described summary executions of men in the village square."),
    ("RETREAT", "returned", "Both sides' troops returned to their positions after the talks."),
    ("ACCUSE", "blame", "Islamabad put the blame for the blast on Kabul."),
    ("AID", "sold", "The broker sold rifles and night-vision goggles to the militia."),
    ("AID", "funnelled", "Investigators say the senator funnelled weapons to armed groups in the south."),
    ("AID", "contributed", "Norway contributed funding to the monitoring mission."),
    ("COERCE", "declared", "The interim government declared a state of emergency in the capital on Friday."),
    ("COERCE", "dismantled", "Police dismantled a protest camp outside the parliament overnight."),
    ("SANCTION", "prohibit", "Canberra will prohibit exports of drone parts to Iran from January."),
    ("COERCE", "suppressed", "Soldiers suppressed the uprising in the northern provinces."),
    ("CONSULT", "brokered", "Turkey brokered a prisoner swap between the two sides."),
    ("AID", "assistance", "The rebels advanced with assistance from Rwandan troops."),
    ("ASSAULT", "exchanged", "Armenian and Azerbaijani troops exchanged fire near the border village overnight."),
    ("ASSAULT", "traded", "Border guards of the two countries traded gunfire on Thursday."),
]

#: An order to one's forces is the deployment, made as it is given; a deployment announced is to come.
STATUSES = [
    ("MOBILIZE", "Occurred", "ordered", "The prime minister ordered troops onto the streets of the capital on Monday."),
    ("MOBILIZE", "Planned", "deployment", "The defence minister announced the deployment of 2,000 soldiers to the border."),
]

NOT_REPORTED = [
    # an execution of a warrant is no killing
    ("ASSAULT", "Agents carried out the execution of a search warrant at the offices."),
    # a national emergency over a disaster is an alarm, not a rule over people
    ("COERCE", "The president declared a national emergency after the floods."),
    # goods sold abroad are trade
    ("AID", "The company sold 40,000 tonnes of wheat to Egypt."),
    # people going back home are no forces withdrawing
    ("RETREAT", "Thousands of families returned to their homes after the floods."),
    ("COERCE", "Under the order, Canadian banks are prohibited from dealing with the listed persons."),
    ("COERCE", "American firms will be barred from doing business with the designated entities."),
    ("COERCE", "Air defences shot down or suppressed 35 drones overnight, the air force said."),
    ("CONSULT", "The firm brokered the sale of Iranian crude to refiners in Asia."),
    ("AID", "— With assistance from Maria Lopez and Kenji Ito"),
    # barbs traded are words
    ("ASSAULT", "The two candidates traded barbs over the economy in Tuesday's debate."),
]


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {s for *_, s in REPORTS} | {s for _, s in NOT_REPORTED} | {s for *_, s in STATUSES}, names=False)


@pytest.mark.parametrize(("event_type", "trigger", "sentence"), REPORTS)
def test_sentence_reports(events_by_sentence, event_type, trigger, sentence):
    assert_typed(events_by_sentence[sentence], event_type, trigger=trigger)


@pytest.mark.parametrize(("event_type", "sentence"), NOT_REPORTED)
def test_sentence_does_not_report(events_by_sentence, event_type, sentence):
    assert_not_typed(events_by_sentence[sentence], event_type)


@pytest.mark.parametrize(("event_type", "status", "trigger", "sentence"), STATUSES)
def test_sentence_status(events_by_sentence, event_type, status, trigger, sentence):
    found = assert_typed(events_by_sentence[sentence], event_type, trigger=trigger)
    assert found[0].status == status, [(e.event_type, e.trigger, e.status) for e in found]
