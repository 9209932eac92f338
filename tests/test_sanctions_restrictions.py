"""Restrictions that are sanctions though no sanction word names them: curbs on trade and travel,
exclusion from SWIFT, entry bans, blocked property. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from newskb.pipeline import extract

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def _pairs(text: str) -> set[tuple[str, str]]:
    x = extract(text)
    names = {e.key: e.name for e in x.entities}
    return {(names[i], names[t]) for s in x.sanctions if s.status == "Imposed" for i in s.imposed_by for t in s.targets}


POSITIVE = [
    ("Canada suspended export permits to Turkey.", ("Canada", "Turkey")),
    ("Germany halted arms exports to Saudi Arabia.", ("Germany", "Saudi Arabia")),
    ("The United States restricted exports to Huawei.", ("United States", "Huawei")),
    ("The United States revoked the visas of Ugandan officials.", ("United States", "Uganda")),
    ("The Commerce Department imposed export controls on Huawei.", ("United States Department of Commerce", "Huawei")),
    ("The United States imposed visa restrictions on Nicaraguan officials.", ("United States", "Nicaragua")),
    ("The EU cut Sberbank off from the SWIFT payment system.", ("European Union", "Sberbank")),
    ("Lithuania barred Alexander Lukashenko from entering the country.", ("Lithuania", "Alexander Lukashenko")),
    # the country entered is the one that bars
    ("Ramzan Kadyrov was barred from entering Britain.", ("United Kingdom", "Ramzan Kadyrov")),
    ("Poland banned Russian trucks from entering its territory.", ("Poland", "Russia")),
    ("The Treasury blocked the property of Viktor Medvedchuk.", ("Treasury", "Viktor Medvedchuk")),
    ("China announced countermeasures against Marco Rubio.", ("China", "Marco Rubio")),
    # visa-free travel suspended for a state's officials
    ("The EU has suspended visa-free travel for Moldovan officials.", ("European Union", "Moldova")),
    ("Brussels suspended visa-free access for Venezuelan diplomats last year.", ("European Union", "Venezuela")),
    # a bloc of states suspending a member
    ("The African Union suspended Niger after the coup.", ("African Union", "Niger")),
    ("ECOWAS suspended Mali from its decision-making bodies.",
     ("Economic Community of West African States", "Mali")),
]


@pytest.mark.parametrize(("text", "pair"), POSITIVE)
def test_restriction_is_a_sanction(text, pair):
    assert pair in _pairs(text)


NEGATIVE = [
    "The city suspended parking permits for the festival.",
    "The council banned smoking in parks.",
    "Tunisia banned the niqab in public offices.",
    "The opposition leader was banned from the election.",
    "The company removed Anna Berg from its board.",
    "Police blocked protesters from entering the square.",
    "Germany did not halt arms exports to Saudi Arabia.",
    # a state suspending a state suspends talks or a pact, not a membership
    "Ghana suspended Nigeria from the trade pact talks.",
    "Germany suspended its defence talks with Turkey.",
    "The airline suspended visa-free travel perks for its staff.",
    # blocking another's attempt to sanction is no sanction of the blocker's
    "Poland and Austria have vetoed earlier efforts to sanction Serbian ministers.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_sanction(text):
    assert not _pairs(text)


def test_sector_of_a_curb():
    (sanction,) = extract("Germany halted arms exports to Saudi Arabia.").sanctions
    assert sanction.sector == "defence"


def test_assets_are_their_owners_wherever_they_are():
    """"the US assets of X" hit X, not the United States."""
    targets = {t for _, t in _pairs("Canada froze the US assets of Viktor Yanukovych.")}
    assert targets == {"Viktor Yanukovych"}


def test_authorising_sanctions_is_no_imposition():
    assert not _pairs("The president authorized sanctions against Turkey on Monday.")
