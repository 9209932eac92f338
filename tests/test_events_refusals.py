"""Sentence checks for event forms of news copy that the blind sets showed misread: a cooperative
step its doer says it will not take is a refusal made in the saying (support withheld only when
held out against a condition); a protest lodged with a
government is a complaint; keeping the right to respond is a warning; a participle naming people
by what was done to them ("those arrested") points at a group, not at a new arrest; a denied
present "can" says what is impossible, not what did not happen. Sentences are this file's own."""
from __future__ import annotations

import pytest

from event_rows import assert_not_typed, assert_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    # a cooperative step announced as not to be taken is turned down: REJECT, made in the saying
    ("REJECT", "Occurred", "hand", "The militia said it would not hand over its heavy weapons to the army."),
    ("REJECT", "Occurred", "recognise", "The opposition will never recognise the new electoral commission."),
    ("REJECT", "Occurred", "take", "The farmers' union said it would not take part in the round table."),
    ("REJECT", "Occurred", "back", "Austria said it could not back the proposal unless farmers were compensated."),
    ("REJECT", "Occurred", "sign", "The union said it would not sign the contract if the bonus were cut."),
    ("REJECT", "Occurred", "accept", "We cannot accept conditions that humiliate our country, the prime minister said."),
    ("REJECT", "Occurred", "restore", "The governor said he was ready to talk but would not restore the old tariffs."),
    ("REJECT", "Occurred", "attend", "The foreign minister said she would not attend the conference in Minsk."),
    # a protest lodged with a government is a diplomatic complaint, not a demonstration
    ("ACCUSE", "Occurred", "protest", "Vietnam lodged a formal protest with China over the seizure of its fishing boat."),
    ("ACCUSE", "Occurred", "protest", "The embassy said it had filed a protest with the Moroccan foreign ministry."),
    ("PROTEST", "Occurred", "protest", "Thousands of nurses joined a protest outside the health ministry on Monday."),
    # a response kept in store is a warning
    ("THREATEN", "Occurred", "reserved", "Ankara reserved the right to take retaliatory measures against Athens."),
    ("THREATEN", "Occurred", "reserves", "Islamabad said it reserves the right to respond at a time of its choosing."),
    # a past "could not" reports a failure, not something impossible
    ("COERCE", "Negated", "retake", "The army could not retake the border town despite three days of fighting."),
    # "among those detained was X" tells X's detention
    ("COERCE", "Occurred", "detained", "Among those detained on Friday was the editor of the weekly Tribune."),
]

NOT_REPORTED = [
    # what nobody named will do is no refusal of anyone's
    ("REJECT", "Electricity will not be restored in the province before the weekend."),
    # a participle naming people by what was done to them points back at the act
    ("COERCE", "The lawyers demanded the release of all those arrested during the vigil."),
    ("COERCE", "The minister said everyone detained at the border would be questioned."),
    ("COERCE", "Relatives of the detained waited outside the prison for news."),
    # a denied present "can" says what is impossible or unacceptable
    ("AID", "Moscow cannot arm the junta and expect business as usual with the West."),
    ("MOBILIZE", "We cannot keep sending soldiers into this war, the senator said."),
    # support withheld without a condition is no refusal act
    ("REJECT", "Austria will not back the proposal in its current form."),
    # the talks a refusal turns down are not held
    ("CONSULT", "The farmers' union said it would not take part in the round of talks."),
]


#: Sentence, trigger word, the actor key it must name.
ACTORS = [
    ("Austria said it could not back the proposal unless farmers were compensated.", "back", "place/Austria"),
    # "the group" goes back to the body that was the doer just before, also of a passive clause
    ("The strike was called by the National Union of Mineworkers, which represents 40,000 workers. The group is "
     "demanding a 20 percent pay rise from the government.", "demanding", "organization/National_Union_of_Mineworkers"),
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
