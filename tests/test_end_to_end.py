"""End to end on the development article: export, score against the shared reference annotation."""
from __future__ import annotations

from pathlib import Path

import pytest

from newskb.evaluate import evaluate_pairs

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "gold"


@pytest.mark.skipif(not GOLD.is_dir(), reason="the shared reference annotation is not beside the repository")
def test_seed_entities_and_grounding(seed_path):
    gold = GOLD / f"{seed_path.stem}.yaml"
    result = evaluate_pairs([(gold, seed_path)])
    assert result["entities"]["f1"] >= 0.90, result["entities"]
    assert result["entities"]["duplicates"] == 0
    assert result["grounding"]["mismatched"] == 0 and result["grounding"]["spans"] > 0
