"""Sanction table: sentence → (imposers, targets, status, sector)."""
from __future__ import annotations

import pytest

from newskb.extract import extract

TABLE = [
    ("The United States imposed sanctions on Rosneft and Lukoil.", {"United States"}, {"Rosneft", "Lukoil"}, "Imposed"),
    ("Britain slapped sanctions on two Iranian oil companies – NIOC and NITC.", {"United Kingdom"}, {"NIOC", "NITC"}, "Imposed"),
    ("The European Union is considering sanctions against Belarus.", {"European Union"}, {"Belarus"}, "Proposed"),
    ("Washington threatened sanctions against Turkey.", {"Washington"}, {"Turkey"}, "Threatened"),
    ("The European Union lifted sanctions on Syria.", {"European Union"}, {"Syria"}, "Lifted"),
    ("The Treasury sanctioned Hezbollah.", {"Treasury"}, {"Hezbollah"}, "Imposed"),
]
NEGATIVE = [
    "Western sanctions have not worked so far.",
    "Economists debated whether sanctions ever work.",
    "The European Union did not impose sanctions on Hungary.",
]


def _names(x, keys):
    names = {e.key: e.name for e in x.entities}
    return {names[k] for k in keys}


@pytest.mark.parametrize(("sentence", "imposers", "targets", "status"), TABLE)
def test_sanction(sentence, imposers, targets, status):
    x = extract(sentence)
    assert x.sanctions, sentence
    sanction = x.sanctions[0]
    assert imposers & _names(x, sanction.imposed_by) or any(i in n for i in imposers for n in _names(x, sanction.imposed_by))
    assert targets <= _names(x, sanction.targets)
    assert sanction.status == status
    assert sanction.event is not None and sanction.event in x.events


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_sanction(sentence):
    assert not [s for s in extract(sentence).sanctions if s.status == "Imposed"]


def test_sector_and_program():
    x = extract("The United States imposed sanctions on two Russian oil companies, Rosneft and Lukoil, under Executive Order 14024.")
    (sanction,) = x.sanctions
    assert sanction.sector == "oil"
    assert sanction.program == "Executive Order 14024"
    assert "Russia" not in _names(x, sanction.targets)


def test_one_event_for_sanction_and_its_mention():
    x = extract("The United States imposed sanctions on Rosneft. The sanctions on Rosneft were the first.")
    assert len([e for e in x.events if e.event_type == "SANCTION"]) == 1
