"""How Commerce (BIS) and Treasury releases lay out a listing: the dateline lead "WASHINGTON – Today,
the Department of Commerce's Bureau of Industry and Security (BIS) added …", which the parser may
hang on "Today" as a conjunct; a temporary denial order "issued against" a firm and its officer; and
designees listed one to a paragraph, without bullets, under "The additions include:" or "The
entities designated today are:", the additions meant even where the lead paragraph also removes a
firm. Every passage is written for the test, in the house styles of BIS, OFAC and State Department
releases; "In addition, …" and orders of courts take no sanction."""
from __future__ import annotations

import pytest
from sanction_rows import I, L, assert_records, by_rule, release

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

BIS = ("Bureau of Industry and Security", "BIS")
OFAC = ("Office of Foreign Assets Control", "OFAC")


# (passage, records a careful reader states, records neither required nor wrong)
DATELINE_CONJUNCTS = [
    (release("Commerce Adds Drone Suppliers to the Entity List",
             "WASHINGTON – Today, the Department of Commerce’s Bureau of Industry and Security (BIS) added Harbin "
             "Skyway Electronics and Pars Avionics Company to the Entity List."),
     {(I, BIS, "Harbin Skyway Electronics"), (I, BIS, "Pars Avionics Company")}, set()),
    (release("Commerce Restricts Exports to Chip Smugglers",
             "WASHINGTON, D.C. – Today, the Department of Commerce's Bureau of Industry and Security (BIS) added "
             "Kowloon Bright Circuits and Delta Sands Trading to the Entity List for diverting processors."),
     {(I, BIS, "Kowloon Bright Circuits"), (I, BIS, "Delta Sands Trading")}, set()),
    (release("State Department Sanctions Missile Suppliers",
             "WASHINGTON — Today, the Department of State’s Bureau of Arms Control (AVC) imposed sanctions on "
             "Tabriz Rocket Works and Caspian Fuel Chemicals."),
     {(I, "Bureau of Arms Control", "Tabriz Rocket Works"), (I, "Bureau of Arms Control", "Caspian Fuel Chemicals")},
     set()),
]

DENIAL_ORDERS = [
    (release("BIS Cuts Off Exporter",
             "In a related action, BIS’s Office of Export Enforcement issued a temporary denial order against "
             "Lumen Arc Systems and its director, Chen Haoran, cutting off their export privileges for 180 days."),
     {(I, "Office of Export Enforcement", "Lumen Arc Systems"), (I, "Office of Export Enforcement", "Chen Haoran")},
     set()),
    (release("Commerce Acts Against Aircraft Parts Broker",
             "The Commerce Department issued a temporary denial order against Volga Aero Supply on Friday."),
     {(I, "United States Department of Commerce", "Volga Aero Supply")}, set()),
    (release("Commerce Renews Order",
             "The Commerce Department on Monday renewed the denial order against Volga Aero Supply for another 180 "
             "days."),
     {(I, "United States Department of Commerce", "Volga Aero Supply")}, set()),
    # a court's order is no sanction
    (release("Court Rules on Broker", "The judge issued an order against Volga Aero Supply on Friday."), set(), set()),
    (release("Ministry Warns Broker", "The ministry issued a warning to Volga Aero Supply on Friday."), set(), set()),
]

UNMARKED_PARAGRAPHS = [
    # the additions, not the firm the lead paragraph also removes
    (release("Commerce Adds 11 Entities to the Entity List",
             "WASHINGTON – Today, the Bureau of Industry and Security (BIS) added 11 entities in China and Iran to "
             "the Entity List for supplying drone parts to Russia. BIS is also removing one Malaysian entity from "
             "the Entity List.\n\n"
             "The additions include:\n\n"
             "Harbin Skyway Electronics, located in the PRC, which shipped flight controllers to Russian buyers.\n\n"
             "Pars Avionics Company and Tabriz Rotor Works, both located in Iran, which built engines for attack "
             "drones.\n\n"
             "Nine other entities in the PRC that supplied navigation modules.\n\n"
             "These entities will be subject to a license requirement for all items subject to the EAR."),
     {(I, BIS, "Harbin Skyway Electronics"), (I, BIS, "Pars Avionics Company"), (I, BIS, "Tabriz Rotor Works")},
     set()),
    (release("Treasury Sanctions Oil Shipping Network",
             "WASHINGTON – Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) "
             "sanctioned six companies that ship Iranian oil to East Asia.\n\n"
             "The entities designated today include:\n\n"
             "Blue Delta Shipping LLC, a UAE-based company that manages the tanker Sea Star.\n\n"
             "Orion Maritime Ltd, which owns two of the network’s vessels.\n\n"
             "The designations follow earlier actions against the network."),
     {(I, OFAC, "Blue Delta Shipping LLC"), (I, OFAC, "Orion Maritime Ltd")}, set()),
    # known gap: a lead joining the additions and removals in one clause ("added four … and removed two")
    pytest.param(release("Commerce Updates the Entity List",
             "WASHINGTON – Today, the Bureau of Industry and Security (BIS) added four entities to the Entity List "
             "and removed two.\n\n"
             "The additions include:\n\n"
             "Kowloon Bright Circuits, located in Hong Kong, which diverted processors to military end users.\n\n"
             "The removals follow reviews by the End-User Review Committee."),
     {(I, BIS, "Kowloon Bright Circuits")}, set(), marks=pytest.mark.xfail(strict=True)),
    # "In addition" is an idiom: the vessels added below take the lead's sanction, no "addition" of its own
    (release("Council Extends Sanctions",
             "The Federal Council today adopted new sanctions against Russia.\n\n"
             "In addition, 40 vessels have been added to Annex 30 of the Ordinance."),
     {(I, "Federal Council", "Russia")}, set()),
]


#: Each rule's table of passages, by the rule it checks.
RULES = {
    "issuer_hung_on_today_as_a_conjunct": DATELINE_CONJUNCTS,
    "denial_order_issued_against": DENIAL_ORDERS,
    "designees_one_to_an_unmarked_paragraph": UNMARKED_PARAGRAPHS,
}


@pytest.mark.parametrize(("text", "expected", "optional"), by_rule(RULES))
def test_rule(text, expected, optional):
    assert_records(text, expected, optional)
