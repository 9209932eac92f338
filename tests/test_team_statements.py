"""The team's own annotated articles (tests/data/articles): statements scored with the project's scorer."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

TARGET_F1 = 0.80


def test_statements_attributed_f1(team_scores):
    score = team_scores["statements_attributed"]
    assert score["f1"] >= TARGET_F1, score


def test_every_span_is_grounded(team_scores):
    assert team_scores["grounding"]["mismatched"] == 0
