"""A third set of articles (tests/data/holdout2: five invented articles in the styles of
Wikinews, Treasury releases and wire copy, with gold written by someone who never read the
rules). Untouched, before the 2026-12-06 merges, it scored entities 0.872, statements attributed
0.819, sanctions 0.643 and events 0.823; the floors keep the levels reached after them."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


@pytest.mark.parametrize(("measure", "floor"), [
    ("entities", 0.88),
    ("statements_detected", 0.94),
    ("statements_attributed", 0.84),
    ("sanctions", 0.78),
    ("events", 0.80),
])
def test_level(holdout2_scores, measure, floor):
    assert holdout2_scores[measure]["f1"] >= floor, holdout2_scores[measure]


def test_grounding(holdout2_scores):
    assert holdout2_scores["grounding"]["mismatched"] == 0
