"""The team's own annotated articles (tests/data/articles): statements scored with the project's scorer."""
from __future__ import annotations

from pathlib import Path

import pytest

from newskb.evaluate import evaluate_pairs, pair_folder

ARTICLES = Path(__file__).parent / "data" / "articles"
TARGET_F1 = 0.80


@pytest.fixture(scope="module")
def result():
    pairs = pair_folder(ARTICLES)
    if len(pairs) < 3:
        pytest.skip("fewer than three annotated articles")
    return evaluate_pairs(pairs)


def test_statements_attributed_f1(result):
    score = result["statements_attributed"]
    assert score["f1"] >= TARGET_F1, score


def test_statements_detected_at_least_attributed(result):
    assert result["statements_detected"]["f1"] >= result["statements_attributed"]["f1"]


def test_every_span_is_grounded(result):
    assert result["grounding"]["mismatched"] == 0
