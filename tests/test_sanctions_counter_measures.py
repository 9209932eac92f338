"""Counter-measures and urged parties: a measure answering another's sanction ("reciprocal measures",
"necessary measures to protect its firms", "countermeasures") is aimed at whoever imposed that sanction
and, held out, is a threat; a party urged to act ("urged the EU to impose sanctions", "called on
Washington to sanction X", "called on the bloc to follow suit") is the imposer of the proposal, not the
one urging. Every sentence is written for the test."""
from __future__ import annotations

import pytest
from sanction_rows import I, P, T, system_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


RECORDS = [
    ("The European Union imposed sanctions on three Moldovan officials on Monday. Chisinau reserved the right to "
     "take reciprocal measures.", (T, "Moldova", "European Union")),
    ("Canada imposed sanctions on two Venezuelan generals. Caracas said it would take necessary measures to protect "
     "its sovereignty.", (T, "Venezuela", "Canada")),
    ("Britain sanctioned two Iranian banks. Tehran vowed to respond with countermeasures against London.",
     (T, "Iran", "United Kingdom")),
    ("Kyiv urged the European Union to impose sanctions on Belarus.", (P, "European Union", "Belarus")),
    ("Senator Mark Doyle called on Washington to sanction Rosneft over the oil shipments.",
     (P, "United States", "Rosneft")),
    ("Japan sanctioned the shipping firm Arctic Tide Lines on Friday. Seoul's foreign minister called on Australia "
     "to follow suit.", (P, "Australia", "Arctic Tide Lines")),
]


@pytest.mark.parametrize(("text", "record"), RECORDS)
def test_record(text, record):
    status, imposer, target = record
    assert any(r[0] == status and imposer in r[1] and target in r[2] for r in system_records(text))


@pytest.mark.parametrize(("text", "imposer"), [
    ("Kyiv urged the European Union to impose sanctions on Belarus.", "Ukraine"),
    ("Japan sanctioned the shipping firm Arctic Tide Lines on Friday. Seoul's foreign minister called on Australia "
     "to follow suit.", "Australia"),
])
def test_urged_party_imposes_nothing_yet(text, imposer):
    records = system_records(text)
    assert not any(r[0] == I and imposer in r[1] for r in records)
    assert not any("Ukraine" in r[1] for r in records)


def test_counter_measure_taken_is_imposed():
    records = system_records("Washington blacklisted the Chinese drone maker Skyward Aero. Beijing retaliated with "
                             "countermeasures against Lockheed Martin.")
    assert any(r[0] == I and "China" in r[1] and "Lockheed Martin" in r[2] for r in records)
