"""Sets of articles written by helpers who never read the rules, in the styles of the real set
(Wikinews, US government releases, wire copy), each scored untouched when it was written:

- tests/data/holdout2 (2026-12-06, first session): entities 0.872, statements attributed 0.819,
  sanctions 0.643, events 0.823;
- tests/data/holdout3 (2026-12-06): entities 0.850, attributed 0.782, sanctions 0.814, events 0.729;
  its errors then guided general rules, so it is a development set now;
- tests/data/holdout4 (2026-12-06): entities 0.833, attributed 0.956, sanctions 0.522, events 0.697;
  kept blind (only its scores were read, and one attribution drop was bisected to its rule).

The floors keep the levels reached; they guard against regressions, not against the blind gap."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

MEASURES = ("entities", "statements_detected", "statements_attributed", "sanctions", "events")
FLOORS = {
    "holdout2": (0.89, 0.95, 0.87, 0.89, 0.84),
    "holdout3": (0.89, 0.95, 0.88, 0.85, 0.80),
    "holdout4": (0.84, 0.96, 0.94, 0.50, 0.68),
}


@pytest.mark.parametrize(("name", "measure", "floor"),
                         [(name, m, f) for name, floors in FLOORS.items() for m, f in zip(MEASURES, floors)])
def test_level(blind_set_scores, name, measure, floor):
    assert blind_set_scores(name)[measure]["f1"] >= floor, blind_set_scores(name)[measure]


@pytest.mark.parametrize("name", FLOORS)
def test_grounding(blind_set_scores, name):
    assert blind_set_scores(name)["grounding"]["mismatched"] == 0
