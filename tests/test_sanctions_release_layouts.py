"""How government releases lay out whom they list: bullets under a lead pointing back to the group
the release counted ("Among the entities added today:"), items opening with where a firm is based
("Hong Kong-based X"), the places of a location phrase the parser reads as more objects of the verb
("entities based in Iran, the PRC and Hong Kong"), a partner's concurrent measure told in a relative
clause (an aside that does not lend its imposer to the release's agentless designations), and a lead
that only counts its designees taking those the release goes on to describe. Every passage is
written for the test in the house style of BIS, OFAC and State Department releases."""
from __future__ import annotations

import pytest
from sanction_rows import I, L, assert_records, by_rule, release

from newskb.pipeline import extract

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

BIS = ("Bureau of Industry and Security", "BIS")
OFAC = ("Office of Foreign Assets Control", "OFAC")


BULLETS_UNDER_A_GROUP = [
    (release("Commerce Adds Nine Entities to the Entity List",
             "WASHINGTON – Today, the Bureau of Industry and Security (BIS) added nine entities located in the PRC, "
             "Malaysia and Iran to the Entity List for supplying drone engines.\n\n"
             "Among the entities added today:\n\n"
             "* Harbin Skyway Electronics (PRC), which shipped flight controllers to Russian buyers;\n"
             "* Penang-based Straits Circuit Traders, which relabelled processors; and\n"
             "* Pars Avionics Company (Iran), which built engines for attack drones.\n\n"
             "The full list is available in the rule."),
     {(I, BIS, "Harbin Skyway Electronics"), (I, BIS, "Straits Circuit Traders"), (I, BIS, "Pars Avionics Company")},
     set()),
    # the removals a lead line points back to are lifted, not imposed
    (release("Commerce Revises the Entity List",
             "WASHINGTON – Today, the Bureau of Industry and Security (BIS) removed three entities from the Entity "
             "List following reviews by the End-User Review Committee.\n\n"
             "The entities removed today are:\n\n"
             "* Harbin Skyway Electronics (PRC);\n"
             "* Pars Avionics Company (Iran).\n"),
     {(L, BIS, "Harbin Skyway Electronics"), (L, BIS, "Pars Avionics Company")}, set()),
    # a list of something else under a group with no list placement is no designation
    (release("Commerce Publishes Guidance",
             "WASHINGTON – Today, the Bureau of Industry and Security (BIS) added nine entities to the Entity List.\n\n"
             "Among the exporters consulted:\n\n"
             "* Harbin Skyway Electronics;\n"
             "* Tabriz Rotor Works.\n"),
     set(), set()),
]

LOCATION_LISTS = [
    (release("Treasury Sanctions Drone Procurement Network",
             "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is "
             "sanctioning three individuals and four entities based in Iran, the People’s Republic of China (PRC), "
             "Hong Kong, and the United Arab Emirates (UAE) for procuring engines for Iran’s drone programs."),
     set(), set()),
]

PARTNER_ASIDES = [
    (release("Treasury Sanctions Drone Suppliers",
             "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is "
             "sanctioning an individual who supplies engines for Iranian drones. This action was coordinated with "
             "Australia, which is concurrently imposing an asset freeze on Pars Avionics Company.\n\n"
             "Karim Haddad (Haddad) is the director of Pars Avionics Company. Haddad is being designated pursuant "
             "to E.O. 13382."),
     {(I, OFAC, "Karim Haddad"), (I, "Australia", "Pars Avionics Company")}, set()),
]


def test_counting_lead_takes_the_described_designees():
    """The lead that only counts ("is sanctioning two individuals") carries the event of the designees the
    release describes under it, its imposer acting."""
    text = release("Treasury Sanctions Shipping Network",
                   "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is "
                   "sanctioning one individual and one entity that ship Iranian oil.\n\n"
                   "Blue Delta Shipping LLC (Blue Delta) is a Dubai-based company that manages the tanker Sea Star. "
                   "Karim Haddad (Haddad) is the owner of Blue Delta.")
    x = extract(text)
    names = {e.key: e.name for e in x.entities}
    leads = [s for s in x.sanctions if s.event is not None and s.event.trigger == "sanctioning"]
    assert leads and {names[k] for k in leads[0].event.actors} >= {"Office of Foreign Assets Control"}
    assert "Blue Delta Shipping LLC" in {names[k] for k in leads[0].targets}


STOP_LISTS = [
    # a foreign ministry "closes entry" to a country's citizens, its stop list naming them
    (release("Moscow bars entry to 12 Canadians",
             "MOSCOW, May 4. Russia has closed entry to 12 citizens of Canada in response to Ottawa's sanctions, the "
             "Russian Foreign Ministry said on Monday. The stop list includes Conservative Party MP Daniel Fortier "
             "and Liberal Party MP Anne Gauthier."),
     {(I, "Russia", "Daniel Fortier"), (I, "Russia", "Anne Gauthier")},
     {(I, "Russia", "Canada"), (I, "Canada", "Russia")}),
    # a shop closing its doors is no sanction
    (release("Store closes", "The store closed its doors to customers on Monday."), set(), set()),
]


FIRST_PERSON_SINGULAR = [
    # a press statement in its author's voice: the byline names who designates
    (release("Holding Corrupt Officials Accountable",
             "PRESS STATEMENT\n\nJane Holloway, Secretary of State\n\nMarch 2, 2026\n\n"
             "Today, I am designating Arturo Benitez Lara, a former customs director, under Section 7031(c) due to "
             "his involvement in significant corruption."),
     {(I, "Jane Holloway", "Arturo Benitez Lara")}, set()),
    # quoted, the one who says it designates
    (release("Minister Sanctions Smuggler",
             "\"Today I am sanctioning Arturo Benitez Lara for smuggling arms,\" Foreign Minister Karen Dahl said."),
     {(I, "Karen Dahl", "Arturo Benitez Lara")}, set()),
]


TRADE_DEFENCE = [
    # a duty on goods imported from a state is on that state; "anti-dumping" split by the tokenizer
    (release("Commission imposes duties on steel wheels",
             "The European Commission has today imposed definitive anti-dumping duties on imports of steel wheels "
             "from Vietnam."),
     {(I, "European Commission", "Vietnam")}, set()),
    (release("Ottawa imposes duties",
             "Canada on Monday imposed countervailing duties on imports of softwood lumber from Brazil."),
     {(I, "Canada", "Brazil")}, set()),
    # where the goods are shipped to is no target
    (release("Exporters face duties", "Exporters of wheels to Vietnam have complained about the paperwork."), set(), set()),
]


#: Each rule's table of passages, by the rule it checks.
RULES = {
    "bullets_under_the_group_a_release_counted": BULLETS_UNDER_A_GROUP,
    "places_of_a_location_phrase_are_no_targets": LOCATION_LISTS,
    "partner_measure_in_a_relative_clause_is_an_aside": PARTNER_ASIDES,
    "closed_entry_and_the_party_of_a_listed_mp": STOP_LISTS,
    "i_am_designating_is_the_author_or_speaker": FIRST_PERSON_SINGULAR,
    "duties_on_imports_from_a_state": TRADE_DEFENCE,
}


@pytest.mark.parametrize(("text", "expected", "optional"), by_rule(RULES))
def test_rule(text, expected, optional):
    assert_records(text, expected, optional)
