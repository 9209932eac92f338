"""Designees an official release names after its lead (OFAC, BIS, EU Council, UK FCDO, Japanese and
Australian foreign ministry styles): "Among them are X, Y and Z", "Among those designated are X, a …
company …, and its director, Y", "The entities added today include X", "the remaining seven entities,
including X, had diverted …"; the next item of a list after a named item's description; a designation
in a relative clause ("X, which OFAC designated in May 2024"); a temporary denial order suspending
export privileges. And the same shapes where no one is designated. Every passage is written for the test."""
from __future__ import annotations

import pytest
from sanction_rows import I, L, assert_records, gap, marked

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

OFAC = ("Office of Foreign Assets Control", "OFAC", "Treasury", "United States Department of the Treasury")
BIS = ("Bureau of Industry and Security", "BIS", "United States Department of Commerce", "Commerce Department")
EU = ("European Union", "Council", "Council of the European Union", "Council of the EU")
UK = ("United Kingdom", "Foreign, Commonwealth and Development Office")
AUSTRALIA = ("Australia", "Government of Australia")

# (passage, records it states, records neither required nor wrong)
PASSAGES = [
    # --- a list of designees in the sentence after the lead
    ("Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned six entities and "
     "two individuals that supply drone parts to Iran's military. Among them are Shenzhen Orbital Electronics, "
     "Dalian Harbor Logistics and Farhad Nourani.",
     {(I, OFAC, "Shenzhen Orbital Electronics"), (I, OFAC, "Dalian Harbor Logistics"), (I, OFAC, "Farhad Nourani")},
     set()),
    ("The Council today imposed restrictive measures on nine additional individuals responsible for undermining "
     "Moldova's sovereignty. Among them is Vadim Ceban, a businessman who financed vote-buying schemes, and his "
     "associate Oleg Rusu, who coordinated payments to voters.",
     {(I, EU, "Vadim Ceban"), (I, EU, "Oleg Rusu")}, set()),
    ("The United Kingdom today sanctioned 14 individuals. Among those designated are Vostok Shipping Group, a "
     "Vladivostok-based shipping company whose vessels have repeatedly carried North Korean shells to Russian ports, "
     "and its director, Pavel Grebnev.",
     {(I, UK, "Vostok Shipping Group"), (I, UK, "Pavel Grebnev")}, set()),
    ("The Department of Commerce's Bureau of Industry and Security (BIS) today added 11 entities to the Entity List "
     "for supporting Russia's military. The entities added today include Helix Microsystems Ltd. and Apex "
     "Components Trading.",
     {(I, BIS, "Helix Microsystems Ltd."), (I, BIS, "Apex Components Trading")}, set()),
    ("The Government of Australia has imposed targeted financial sanctions on eight individuals involved in human "
     "rights abuses in Iran. Those listed include Reza Karimi, the head of the Evin prison, and Mostafa Javadi, who "
     "oversaw the crackdown on protesters.",
     {(I, AUSTRALIA, "Reza Karimi"), (I, AUSTRALIA, "Mostafa Javadi")}, set()),
    # a list item the parser set off as the apposition of the item before it
    ("BIS today added 15 entities to the Entity List. Among them are Guangzhou Weilong Electronics Co., Ltd., "
     "Falcon Aero Parts FZE of Sharjah and Ankara-based Demir Makina Sanayi Ltd.",
     {(I, BIS, "Guangzhou Weilong Electronics Co., Ltd."), (I, BIS, "Falcon Aero Parts FZE"),
      (I, BIS, "Demir Makina Sanayi Ltd.")}, set()),
    # --- a group pointing back to the lead's counted group, several sentences on
    ("The Bureau of Industry and Security today added 12 entities to the Entity List. BIS found that five of the "
     "entities had supplied drone engines to Iran, and that the remaining seven entities, including Tehran-based "
     "Sepehr Aviation Parts, had diverted aircraft parts to Russia.",
     {(I, BIS, "Sepehr Aviation Parts")}, set()),
    ("OFAC today designated 16 companies that ship Iranian oil. Officials said the network earned $2 billion last "
     "year. Nine of the companies operate from Hong Kong. Among them are Jade Harbor Tankers and Lotus Crest Marine.",
     {(I, OFAC, "Jade Harbor Tankers"), (I, OFAC, "Lotus Crest Marine")}, set()),
    # --- the next item after a named item's description
    ("The Council today imposed restrictive measures on five persons. The Council also listed Andrei Lupu, a former "
     "member of parliament, and the Renasterea Foundation, which channeled illicit funds to political parties.",
     {(I, EU, "Andrei Lupu"), (I, EU, "Renasterea Foundation")}, set()),
    ("The EU sanctioned Orel Trading, a firm that sold drones to Iran, and its owner, Sergei Malkov, on Monday.",
     {(I, EU, "Orel Trading"), (I, EU, "Sergei Malkov")}, set()),
    # --- a designation in a relative clause, dated as the clause dates it
    ("The defendants shipped components to Russian end users, among them Kupol Precision Instruments JSC, which the "
     "Department of the Treasury's OFAC designated in May 2024.",
     {(I, OFAC, "Kupol Precision Instruments JSC")}, set()),
    ("The Justice Department said Orion Avionics LLC, which the Commerce Department added to the Entity List in "
     "2023, continued to receive shipments.",
     {(I, BIS, "Orion Avionics LLC")}, set()),
    # --- export-control actions
    ("The Commerce Department issued a temporary denial order suspending the export privileges of Aerostar "
     "Logistics, Polaris Air Cargo and Skyline Freight for 180 days.",
     {(I, BIS, "Aerostar Logistics"), (I, BIS, "Polaris Air Cargo"), (I, BIS, "Skyline Freight")}, set()),
    ("BIS today removed Lumen Optics Co. and Hanwei Semiconductor from the Entity List after the companies "
     "demonstrated compliance with export controls.",
     {(L, BIS, "Lumen Optics Co."), (L, BIS, "Hanwei Semiconductor")}, set()),
    # --- the same shapes, no one designated
    ("The EU sanctioned five individuals on Monday. Separately, a drone strike killed 12 people in El Fasher. "
     "Among them were Maria Lopez and Ahmed Saleh.", set(), set()),
    ("The White House revoked the press privileges of Jim Acosta, a CNN reporter.", set(), set()),
    ("The court suspended the driving privileges of John Smith for 90 days.", set(), set()),
    ("OFAC today designated Baltic Star Shipping, a company that transported oil for Rosneft, Gazprom, and Lukoil.",
     {(I, OFAC, "Baltic Star Shipping")}, set()),
    ("Treasury sanctioned three companies on Tuesday. The companies met with officials from Siemens and Bosch last "
     "year. Among them was the head of sales, Peter Klein.", set(), set()),
]

GAPS = {
    "Among them was the head of sales": gap(
        "'Among them' is read as the members of the designated group the sentence before points back to, "
        "though here 'them' is the officials that sentence names after it"),
}


@pytest.mark.parametrize(("text", "expected", "optional"), marked(PASSAGES, GAPS))
def test_designation_lists(text, expected, optional):
    assert_records(text, expected, optional)


def test_designation_in_relative_clause_takes_its_date():
    from newskb.pipeline import extract

    x = extract("Investigators traced the parts to Volna Radio Works, which OFAC designated in March 2023, "
                "and to a trader in Minsk.")
    names = {e.key: e.name for e in x.entities}
    assert [(s.date, [names[t] for t in s.targets]) for s in x.sanctions] == [("2023-03", ["Volna Radio Works"])]
