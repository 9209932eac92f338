"""A second set of annotated articles, written apart from the rules and kept as a check of
generality (tests/data/holdout): the levels expected on articles we never see."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def test_entities(holdout_scores):
    assert holdout_scores["entities"]["f1"] >= 0.85, holdout_scores["entities"]


def test_statements_attributed(holdout_scores):
    assert holdout_scores["statements_attributed"]["f1"] >= 0.80, holdout_scores["statements_attributed"]


def test_events(holdout_scores):
    assert holdout_scores["events"]["f1"] >= 0.70, holdout_scores["events"]


def test_sanctions(holdout_scores):
    assert holdout_scores["sanctions"]["f1"] >= 0.80, holdout_scores["sanctions"]


def test_grounding(holdout_scores):
    assert holdout_scores["grounding"]["mismatched"] == 0
