"""Sentence checks for senses of threat, clash and meet that are no event, and for a warning made
in a passive: a dispute or a hazard that "threatens to derail" something puts it at risk; "the
threat posed by" a group is a danger; politicians who "clashed over the budget" argued; "would be
met with force" is a warning by whoever says it, and no meeting; a website visited is no visit.
Sentences are this file's own."""
from __future__ import annotations

import pytest

from event_rows import assert_not_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

NOT_REPORTED = [
    ("THREATEN", "The dispute threatens to derail the trade talks."),
    ("THREATEN", "The drought threatens to wipe out the harvest."),
    ("THREATEN", "Kigali said its troops were there because of the threat posed by the militia."),
    ("ASSAULT", "The two coalition parties clashed over the budget on Tuesday."),
    ("CONSULT", "Any new sanctions would be met with retaliatory measures, the Kremlin said."),
    # a web page read is no visit
    ("CONSULT", "For more information, visit the Treasury's website at www.example.gov."),
    ("CONSULT", "For further details, visit OFAC's web page."),
]

REPORTS = [
    ("THREATEN", "rebels", "The rebels threatened to attack the capital."),
    ("ASSAULT", "protesters", "Protesters clashed with police in the capital on Tuesday."),
    ("ASSAULT", "militias", "Rival militias clashed over control of the town overnight."),
    ("THREATEN", "Iran", "Any attack on its ships will be met with force, Tehran said."),
    ("THREATEN", "Kremlin", "The Kremlin said any new sanctions would be met with retaliatory measures."),
    ("CONSULT", "Leo", "Pope Leo visited the site of the massacre on Sunday."),
]


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {s for _, s in NOT_REPORTED} | {s for *_, s in REPORTS}, names=False)


@pytest.mark.parametrize(("event_type", "sentence"), NOT_REPORTED)
def test_sentence_does_not_report(events_by_sentence, event_type, sentence):
    assert_not_typed(events_by_sentence[sentence], event_type)


@pytest.mark.parametrize(("event_type", "actor", "sentence"), REPORTS)
def test_sentence_reports_with_actor(events_by_sentence, event_type, actor, sentence):
    found = [e for e in events_by_sentence[sentence] if e.event_type == event_type]
    assert found and found[0].status == "Occurred" and any(actor in a for a in found[0].actors), \
        [(e.event_type, e.status, e.actors) for e in events_by_sentence[sentence]]

