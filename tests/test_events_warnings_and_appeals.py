"""Two families of everyday news phrasing, each written in several house styles before the rules:
an appeal whose object is a clause ("called for the talks to resume", which the parser reads with
"for" as the clause's marker), and a penalty held over someone as a warning ("stands ready to
consider further sanctions", "is considering tariffs if …", "may expose themselves to sanctions"),
a threat made in the saying (status Occurred). Negatives keep the ordinary senses apart."""
from __future__ import annotations

import pytest

from event_rows import assert_not_typed, assert_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

OCC = "Occurred"

EXAMPLES = [
    # REQUEST: "call/push/press for" + a clause
    ("REQUEST", OCC, "The senator called for the government to go further."),
    ("REQUEST", OCC, "Amnesty International called for the charges to be dropped."),
    ("REQUEST", OCC, "Opposition lawmakers pushed for the vote to be delayed until the audit is complete."),
    ("REQUEST", OCC, "Unions pressed for the talks to resume next week."),
    ("REQUEST", OCC, "The UN envoy called for all sides to exercise restraint."),
    ("REQUEST", OCC, "In a statement on Sunday, the bishops called for the two leaders to meet."),
    ("REQUEST", OCC, "Mr Lopez has repeatedly called for the army to return to barracks."),
    # THREATEN: a penalty weighed in readiness, on a condition, or held over those who would act
    ("THREATEN", OCC, "The EU stands ready to consider further restrictive measures should the violence continue."),
    ("THREATEN", OCC, "London would not hesitate to consider new sanctions against those responsible, the spokesman said."),
    ("THREATEN", OCC, "Tokyo is considering tariffs on Chinese steel if Beijing does not lift the ban."),
    ("THREATEN", OCC, "Canada is willing to consider sanctions against the junta."),
    ("THREATEN", OCC, "Banks that process these payments may expose themselves to US sanctions."),
    ("THREATEN", OCC, "Shipping firms that carry the oil could expose themselves to prosecution, officials warned."),
]

NEGATIVE = [
    ("THREATEN", "The committee will consider the sanctions bill next week."),
    ("THREATEN", "The report exposed them to ridicule."),
    ("REQUEST", "He called the meeting to order."),
]

#: Who the event names as its doer, for the rows where the sentence names one.
ACTORS = {
    "Amnesty International called for the charges to be dropped.": "Amnesty International",
    "The EU stands ready to consider further restrictive measures should the violence continue.": "European Union",
    "Tokyo is considering tariffs on Chinese steel if Beijing does not lift the ban.": "Japan",
    "Canada is willing to consider sanctions against the junta.": "Canada",
}


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {s for *_, s in EXAMPLES} | {s for _, s in NEGATIVE})


@pytest.mark.parametrize(("event_type", "status", "sentence"), EXAMPLES)
def test_sentence_reports_event(events_by_sentence, event_type, status, sentence):
    found = assert_typed(events_by_sentence[sentence], event_type, status)
    if sentence in ACTORS:
        assert ACTORS[sentence] in {a for e in found for a in e.actors}, [(e.event_type, e.actors) for e in found]


@pytest.mark.parametrize(("event_type", "sentence"), NEGATIVE)
def test_sentence_reports_no_such_event(events_by_sentence, event_type, sentence):
    assert_not_typed(events_by_sentence[sentence], event_type)
