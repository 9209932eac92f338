"""Events and sanctions on the team's own annotated articles (tests/data/articles), scored as the
official scorer does: events F1 ≥ 0.70, sanctions F1 ≥ 0.90 (pooled)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def test_events(team_scores):
    assert team_scores["events"]["f1"] >= 0.70, team_scores["events"]


def test_sanctions(team_scores):
    assert team_scores["sanctions"]["f1"] >= 0.90, team_scores["sanctions"]
