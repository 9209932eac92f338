"""An act wanted of someone ("lawmakers want the prime minister to resign"): the parser makes the infinitive
with its own subject a clausal object, and the act takes the status of the verb it completes, so a wish is
not reported as done. A verb that makes the act happen ("forced the president to resign") leaves it
occurred. Invented sentences in wire, broadsheet and regional-press styles."""
from __future__ import annotations

import pytest

from event_rows import HYP, OCC, assert_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    ("CONCEDE", HYP, "Opposition lawmakers want the prime minister to resign."),
    ("CONCEDE", HYP, "Farmers' unions want the government to lift the export ban on rice."),
    ("CONCEDE", HYP, "The families wish the militants to free the hostages before Eid."),
    ("AID", HYP, "Kyiv wants Western allies to supply more air defence systems."),
    ("CONCEDE", HYP, "Many in the party want Mr Ruto to withdraw the finance bill."),
    ("CONCEDE", HYP, "The shadow cabinet wants the minister to resign over the scandal, a spokesman said."),
    # the act made to happen did happen
    ("CONCEDE", OCC, "The coup leaders forced the president to resign."),
]


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {sentence for *_, sentence in REPORTS})


@pytest.mark.parametrize(("event_type", "status", "sentence"), REPORTS)
def test_the_wanted_act_has_the_status_of_the_wish(events_by_sentence, event_type, status, sentence):
    assert_typed(events_by_sentence[sentence], event_type, status)
    if status != OCC:
        assert OCC not in {e.status for e in events_by_sentence[sentence] if e.event_type == event_type}
