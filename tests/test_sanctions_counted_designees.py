"""A designation counted in a sanctions register's own words ("designated four individuals and two
entities") is a sanction though the sentence names no sanctions, and the designees a later sentence
names ("Those designated include …", "They include …") are its targets. Every passage is written for
the test, in wire, government-release, broadsheet and Gulf-agency styles; other senses of "designate"
("designated two areas as protected", "designated a new venue") and an uncounted object take none."""
from __future__ import annotations

import pytest
from sanction_rows import I, assert_records, marked

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

TREASURY = ("Treasury", "Department of the Treasury", "United States")

PASSAGES = [
    ("The Treasury on Monday designated four individuals and two entities for financing the militia.\n\n"
     "Those designated include businessman Kofi Mensah Addo, Rami Haddad and Cedar Exchange.",
     {(I, TREASURY, "Kofi Mensah Addo"), (I, TREASURY, "Rami Haddad"), (I, TREASURY, "Cedar Exchange")}, set()),
    ("Canada has designated six individuals over their role in the crackdown. Those designated include "
     "police commander Amadou Diallo and prison governor Ibrahim Keita.",
     {(I, ("Canada",), "Amadou Diallo"), (I, ("Canada",), "Ibrahim Keita")}, set()),
    ("Australia designated three persons for their part in the coup. They include General Min Thet Aung and "
     "Colonel Zaw Win Tun.",
     {(I, ("Australia",), "Min Thet Aung"), (I, ("Australia",), "Zaw Win Tun")}, set()),
    ("The ministry of foreign affairs of Japan has designated five individuals and three entities linked to the "
     "weapons programme. Those designated include Kim Song Il and Haebang Trading.",
     {(I, ("Japan", "ministry of foreign affairs of Japan"), "Kim Song Il"),
      (I, ("Japan", "ministry of foreign affairs of Japan"), "Haebang Trading")}, set()),
    ("Britain on Thursday designated 12 individuals and one entity involved in people smuggling. "
     "Those designated include Dritan Hoxha.",
     {(I, ("United Kingdom", "Britain"), "Dritan Hoxha")}, set()),
    ("New Zealand designated two individuals accused of abuses, Foreign Minister Winston Peters said. "
     "Those designated include Colonel Aung Kyaw Moe.",
     {(I, ("New Zealand",), "Aung Kyaw Moe")}, set()),
    # --- other senses of "designate", and an uncounted object
    ("The council designated two areas of the park as protected wildlife zones.", set(), set()),
    ("Organisers designated a new venue after the stadium flooded, said Maria Santos.", set(), set()),
    ("The party designated Juan Perez as its candidate for mayor.", set(), set()),
]


@pytest.mark.parametrize(("text", "expected", "optional"), marked(PASSAGES, {}))
def test_counted_designees(text, expected, optional):
    assert_records(text, expected, optional)
