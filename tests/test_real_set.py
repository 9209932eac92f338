"""Floors on the real development articles (../shared/eval/real: Wikinews and US government texts).

The rules were developed on this set, so these levels guard against regressions; what counts is
the blind set of other real articles, expected within 0.05 of them. No sentence of the set is
read here: only the pooled scores. Skipped when ../shared is not beside the repository."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

FLOORS = {
    "entities": 0.95,
    "statements_detected": 0.94,
    "statements_attributed": 0.93,
    "sanctions": 0.95,
    "events": 0.80,
}


@pytest.mark.parametrize(("measure", "floor"), FLOORS.items())
def test_f1_floor(real_scores, measure, floor):
    assert real_scores[measure]["f1"] >= floor, real_scores[measure]


def test_event_status_and_actor_accuracy(real_scores):
    events = real_scores["events"]
    assert events["status_acc"] >= 0.93 and events["actor_acc"] >= 0.83, events


def test_every_span_is_grounded(real_scores):
    assert real_scores["grounding"]["mismatched"] == 0
