""""Over" gives a sanction's reason, not its target ("sanctioned the commanders over the killings in X",
"extended its sanctions over the crisis in Y"): the place of the reason is no target, while the target
named with "on" or "against" or as the verb's object still is. Every passage is written for the test."""
from __future__ import annotations

import pytest
from sanction_rows import I, assert_records, marked

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

EU = ("European Union", "EU")

PASSAGES = [
    ("The EU extended its sanctions over the Ukraine crisis on Monday.", set(), set()),
    ("Washington sanctioned two RSF commanders over the killings in el-Fasher.", set(), set()),
    ("Britain sanctioned militia commander Osman Idris Fadul over the Tawila killings.",
     {(I, ("United Kingdom", "Britain"), "Osman Idris Fadul")}, set()),
    ("The EU imposed sanctions on Belarus over the forced landing of a passenger jet.", {(I, EU, "Belarus")}, set()),
]


@pytest.mark.parametrize(("text", "expected", "optional"), marked(PASSAGES, {}))
def test_reason_is_no_target(text, expected, optional):
    assert_records(text, expected, optional)
