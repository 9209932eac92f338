"""Names whose words are glued by hyphens, in sentences written for this test: the ezafe or article
of South Asian and Arabic names ("Lashkar-e-…", "…-i-…", "Hizb-ut-…") joins one name, whatever the
second word is alone; a hyphenated name set off before the noun describing it ("X-Y, a rights
group") is that body, even where the tagger called it a product; a name written before a bracketed
acronym the gazetteer knows is that body under another spelling."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

P, O, L = "Person", "Organization", "Place"

CASES = [
    ("Two civilians were killed when shells landed in Sar-i-Khel district, officials said.",
     {"Sar-i-Khel": L}, ("Sar",)),
    ("KARACHI: Flooding cut the road to Kot-e-Karam town on Sunday, the district administration said.",
     {"Kot-e-Karam": L}, ("Kot-e", "Karam")),
    ("Shells landed in Tor-i-Ghar district of Khost province, officials said.",
     {"Tor-i-Ghar": L}, ("Tor",)),
    ("Mortar shells struck homes in Chahar-e-Bolak on Friday, villagers said.",
     {"Chahar-e-Bolak": L}, ("Chahar",)),
    ("Hundreds gathered in Pul-i-Alam to mourn the victims, local media reported.",
     {"Pul-i-Alam": L}, ()),
    ("Officers raided the flats. KSN-Media, an independent outlet, said its editor was among those detained.",
     {"KSN-Media": O}, ("Media",)),
]

KNOWN_BY_ACRONYM = [
    # the gazetteer spells it Tehrik-i-Taliban Pakistan: another spelling before "(TTP)" is the same body
    "The banned Tehreek-i-Taliban Pakistan (TTP) claimed the attack, the military said.",
    "Security officials blamed the Tehreek-e-Taliban Pakistan (TTP) for the ambush in North Waziristan.",
]

NEGATIVE = [
    # a hyphen between two names of their own, and a weapon described as one, join or make no body
    ("Officials said US-Russia talks would resume in Geneva on Monday.", ("US-Russia",)),
    ("The Kabul-Islamabad road was closed after the clash, officials said.", ("Kabul-Islamabad",)),
    ("Kyiv said it had received more tanks. The Leopard-A7, a battle tank, arrived in March.", ("Leopard-A7", "Leopard")),
]


@pytest.mark.parametrize("text,expected,absent", CASES, ids=[c[0][:40] for c in CASES])
def test_joined_names(extract_text, text, expected, absent):
    found = {e.name: e.type for e in extract_text(text).entities}
    missing = {name: kind for name, kind in expected.items() if found.get(name) != kind}
    assert not missing, f"missing or mistyped {missing}; found {found}"
    wrong = [name for name in absent if name in found]
    assert not wrong, f"not entities: {wrong}; found {found}"


@pytest.mark.parametrize("text", KNOWN_BY_ACRONYM, ids=[t[:40] for t in KNOWN_BY_ACRONYM])
def test_spelling_before_a_known_acronym_is_one_node(extract_text, text):
    orgs = [e for e in extract_text(text).entities if e.type == O and "Taliban" in e.name]
    assert len(orgs) == 1, [(e.name, e.alternate_names) for e in orgs]


@pytest.mark.parametrize("text,absent", NEGATIVE, ids=[c[0][:40] for c in NEGATIVE])
def test_hyphens_that_join_no_name(extract_text, text, absent):
    found = {e.name for e in extract_text(text).entities}
    assert not found & set(absent), found


def test_dateline_credit_is_no_spelling_of_the_place(extract_text):
    """"GOMA, Congo (AP) —": the bracket credits the agency; the place before it spells nothing."""
    found = {(e.name, e.type) for e in extract_text(
        "GOMA, Congo (AP) — Drone strikes hit a market in eastern Congo on Sunday, local officials said.").entities}
    assert ("Congo", "Place") in found, found
