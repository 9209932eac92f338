"""Sentence checks for event forms that articles written blind (not the dev set) showed the rules
missing or misreading, each a general form of English news writing: the type a sentence reports
(with the trigger word that anchors it), or the type it must not report. Sentences are this
file's own."""
from __future__ import annotations

import pytest

from event_rows import assert_not_typed, assert_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    # expelling people who are no diplomats, and taking away citizenship, is repression
    ("COERCE", "Occurred", "expelled", "The government expelled 20 foreign missionaries last year."),
    ("COERCE", "Occurred", "stripped", "The junta stripped two journalists of their citizenship."),
    # two verbs of one sentence with different acts are two events, not one
    ("COERCE", "Occurred", "expelled",
     "The junta has expelled three aid workers and stripped two journalists of their citizenship."),
    ("COERCE", "Occurred", "stripped",
     "The junta has expelled three aid workers and stripped two journalists of their citizenship."),
    ("COERCE", "Occurred", "revoked", "The government has revoked the citizenship of 30 opposition figures."),
    # police pushing a crowd is force against it
    ("COERCE", "Occurred", "pushed", "Riot police pushed the protesters back towards the square."),
    ("COERCE", "Occurred", "pushed", "Police moved in and pushed the crowd back."),
    # "X accuse Y of …, a charge Y denies": the trailing denial is not the accusation's frame
    ("ACCUSE", "Occurred", "accuse",
     "Serbia and the European Union accuse neighbouring Kosovo of arming the militia, a charge Pristina denies."),
    ("REJECT", "Occurred", "denies",
     "Serbia and the European Union accuse neighbouring Kosovo of arming the militia, a charge Pristina denies."),
    # "will not hesitate to" impose a penalty is a threat to impose it, not a denied sanction; like
    # "would respond", the threat is made in the saying
    ("THREATEN", "Occurred", "impose", "The minister said Britain would not hesitate to impose sanctions on those responsible."),
    # members of a parliament are participants: their boycott is a protest even unnamed
    ("PROTEST", "Occurred", "boycotted", "Opposition deputies boycotted the budget vote on Tuesday."),
    # a denied agreement with a position, or a denied signing of a law, is a refusal
    ("REJECT", "Occurred", "agree", "The senator said he cannot agree with a ruling that ignores the evidence."),
    ("REJECT", "Occurred", "sign", "The governor said she would not sign the bill and called it a disgrace."),
    # ... whose second verb, with its own tense, is not denied with it
    ("ACCUSE", "Occurred", "called", "The governor said she would not sign the bill and called it a disgrace."),
    # a denied deal with a partner stays a denied agreement
    ("AGREE", "Negated", "agree", "The union did not agree with the company on a new contract."),
    ("AGREE", "Negated", "sign", "The two sides did not sign the treaty."),
    # a conjunct with its own auxiliary has its own status
    ("ASSAULT", "Planned", "offensive", "The army will not withdraw and will continue its offensive."),
    # ... nor one with another tense than the first
    ("REQUEST", "Occurred", "called",
     'The ministry said Moscow "has nothing to do with the attack" and called on Kyiv to stop the shelling.'),
    # taking a case to a court is a legal accusation
    ("ACCUSE", "Planned", "take", "The party said it would take the case to the Supreme Court."),
    ("ACCUSE", "Occurred", "took", "The government took the case to the International Court of Justice in 2023."),
    # pointing the finger at someone is blaming them
    ("ACCUSE", "Occurred", "pointed", "Kyiv pointed the finger at Moscow for the blackout."),
    # sending an envoy or a delegation is a visit, the first step of talks
    ("CONSULT", "Planned", "send", "The movement said it would still send a delegation to Geneva for the talks."),
    ("CONSULT", "Occurred", "sent", "Beijing sent its special envoy to Kabul on Tuesday."),
    ("CONSULT", "Occurred", "dispatched", "The UN dispatched negotiators to the region."),
]

#: Sentence, trigger word, the actor key each must name: who does what the sentence reports.
ACTORS = [
    # whom a threatened act is aimed at through its preposition is the threat's target
    ("The Houthi leader vowed to retaliate against Israel.", "vowed", "organization/Houthi"),
    # an attack told without its doer is the doing of whom it is blamed on
    ("An air strike on a village in northern Sudan killed at least 30 people on Monday, as the Sudanese army and the "
     "Rapid Support Forces blamed each other for the attack.", "strike", "organization/Rapid_Support_Forces"),
    ("An air strike on a village in northern Sudan killed at least 30 people on Monday, as the Sudanese army and the "
     "Rapid Support Forces blamed each other for the attack.", "strike", "organization/Sudanese_army"),
    ("A car bomb exploded outside a police station in Mogadishu on Friday, killing six people. The government accused "
     "al-Shabaab of the bombing.", "bomb", "organization/al-Shabaab"),
    # forces deployed in the passive are the ones who mobilise
    ("Police were deployed in large numbers around the stadium on Sunday.", "deployed", "organization/police"),
    ("Thousands of troops were sent to the border last week.", "sent", "organization/troops"),
    # "the arrest of X" points back at the arrest of X, not at a nearer act of the same type
    ("Police in Caracas arrested opposition leader Ana Ruiz on Monday. In the past week, the government has also "
     "expelled three foreign priests. Police chief Tomás Vega oversaw the arrest of Ruiz.", "arrested", "person/Tomás_Vega"),
]

NOT_REPORTED = [
    # working a case is the routine of investigators and prosecutors, no accusation
    ("ACCUSE", "Federal prosecutors in Chicago are prosecuting the case."),
    ("ACCUSE", "The FBI and the Secret Service are investigating the case."),
    ("COERCE", "Shoppers pushed the trolleys back to the entrance."),
    ("SANCTION", "The minister said Britain would not hesitate to impose sanctions on those responsible."),
    ("REJECT", "The union did not agree with the company on a new contract."),
    ("AGREE", "The president signed the bill on Monday."),
    # an indefinite subject defined by a predicate noun is a kind, no happening
    ("COERCE", "An indictment is merely an allegation."),
    ("RETREAT", "A ceasefire is not a surrender."),
    ("ACCUSE", "The court took the case seriously."),
    ("CONSULT", "The ministry sent a letter to the embassy."),
    ("ACCUSE", "The teacher pointed at the map."),
    # what is violated or evaded is a standing rule, not its imposing
    ("COERCE", "Violating the export ban carries a penalty of up to 20 years in prison."),
    ("COERCE", "Residents defied the curfew to march on the palace."),
    ("SANCTION", "The firm helped Tehran evade US sanctions for a decade."),
    # a penalty a defendant faces is no sanction imposed
    ("SANCTION", "If convicted, Smith faces a maximum penalty of 20 years in prison and a fine of up to $1 million."),
]


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {s for *_, s in REPORTS} | {s for _, s in NOT_REPORTED} | {s for s, *_ in ACTORS}, names=False)


@pytest.mark.parametrize(("event_type", "status", "trigger", "sentence"), REPORTS)
def test_sentence_reports(events_by_sentence, event_type, status, trigger, sentence):
    assert_typed(events_by_sentence[sentence], event_type, status, trigger)


@pytest.mark.parametrize(("event_type", "sentence"), NOT_REPORTED)
def test_sentence_does_not_report(events_by_sentence, event_type, sentence):
    assert_not_typed(events_by_sentence[sentence], event_type)


@pytest.mark.parametrize(("sentence", "trigger", "actor"), ACTORS)
def test_sentence_names_actor(events_by_sentence, sentence, trigger, actor):
    found = [e for e in events_by_sentence[sentence] if trigger in e.trigger]
    assert found and actor in found[0].actors, [(e.event_type, e.trigger, e.actors) for e in events_by_sentence[sentence]]


def test_a_threat_is_aimed_at_the_object_of_the_threatened_act(events_by_sentence):
    found = [e for e in events_by_sentence["The Houthi leader vowed to retaliate against Israel."] if e.event_type == "THREATEN"]
    assert found and "place/Israel" in found[0].targets
