"""Sanctions a body reports rather than states as its own act, and their commonest follow-ups: a list
placement in the passive inside "the ministry said" (Chinese export-control and unreliable-entity
listings, EU and UK listings), frozen assets named by their holder ("accounts belonging to X", "funds
held by Y") and "travel bans and asset freezes on X" with "freezes" read as a verb, levies given with their rate ("tariffs of 25 percent on US steel", "50%
duties on American rice") and announced as what "will" be done but dated later by their own noun, and a
release's members named by a sentence opening "They include …". Every passage is written for the test, in
wire, broadsheet, broadcaster and government-release styles, before the rules were read; mentions that take
no sanction (analysis, history, calls by third parties, a soldier "on duty") stay empty."""
from __future__ import annotations

import pytest
from sanction_rows import I, L, P, assert_records, gap, marked, system_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

CHINA = ("China", "Beijing", "Ministry of Commerce", "commerce ministry", "China's commerce ministry",
         "Chinese commerce ministry", "Commerce Ministry", "China's Ministry of Commerce")
UK = ("United Kingdom", "Britain", "UK government", "Foreign Office", "Foreign, Commonwealth and Development Office")
US = "United States"

# (passage, records a careful reader states, records neither required nor wrong)
LISTINGS = [
    # --- a placement in the passive, reported by the body that made it
    ("The Ministry of Commerce said the firms, including Skyhawk Robotics and Aerovista Systems, had been added "
     "to its export control list.",
     {(I, CHINA, "Skyhawk Robotics"), (I, CHINA, "Aerovista Systems")}, set()),
    ("China's commerce ministry said Tidewater Sensors had been added to the unreliable entity list.",
     {(I, CHINA, "Tidewater Sensors")}, set()),
    ("Four drone makers, including Kestrel Unmanned and Northfield Aero, were added to China's export control "
     "list on Friday, the Ministry of Commerce said.",
     {(I, CHINA, "Kestrel Unmanned"), (I, CHINA, "Northfield Aero")}, set()),
    ("BEIJING (Reuters) - China on Monday barred exports of dual-use items to 12 Korean firms. The commerce "
     "ministry said in a statement that the companies, including subsidiaries of Orion Shipbuilding and Delta "
     "Motors, had been added to its export control list because they threatened national security.",
     {(I, CHINA, "Orion Shipbuilding"), (I, CHINA, "Delta Motors")}, {(I, CHINA, "South Korea")}),
    ("Harbor Defense Technologies was placed on the unreliable entity list by the Chinese commerce ministry on "
     "Tuesday.",
     {(I, CHINA, "Harbor Defense Technologies")}, set()),
    ("Beijing said on Monday it had added 11 US firms, among them Ridgeline Arms, to its export control list.",
     {(I, CHINA, "Ridgeline Arms")}, {(I, CHINA, US)}),
    ("Vanterra Labs and Coastline Sensors were put on the unreliable entity list, the ministry said in a notice.",
     {(I, CHINA, "Vanterra Labs"), (I, CHINA, "Coastline Sensors")}, set()),
    ("The Chinese commerce ministry announced that Vanterra Labs and Coastline Sensors had been included in the "
     "export control list.",
     {(I, CHINA, "Vanterra Labs"), (I, CHINA, "Coastline Sensors")}, set()),
    ("China's Ministry of Commerce decided to include Meridian Aerospace and Polaris Dynamics in the unreliable "
     "entity list.",
     {(I, CHINA, "Meridian Aerospace"), (I, CHINA, "Polaris Dynamics")}, set()),
    ("Under the decision, Blackwater Optics and Tern Avionics are barred from importing or exporting goods to "
     "China and have been placed on the unreliable entity list, the commerce ministry said.",
     {(I, CHINA, "Blackwater Optics"), (I, CHINA, "Tern Avionics")}, set()),
    ("Ridgeline Arms is based in Texas and was added to the entity list by the Commerce Department in March.",
     {(I, ("United States Department of Commerce", "Commerce Department", US), "Ridgeline Arms")}, set()),
    ("The minister said she had been included in the delegation to Beijing.", set(), set()),
    # --- a release's members named by "They include …" after its designation or its group
    ("The UK has today sanctioned 12 individuals involved in human rights abuses in Iran. They include Hassan "
     "Karami, commander of the special police unit, and Mohammad Rostami, head of the morality police.",
     {(I, UK, "Hassan Karami"), (I, UK, "Mohammad Rostami")}, {(I, UK, "Iran")}),
    ("Canada imposed sanctions on 14 entities linked to the Wagner Group on Friday. They include Meroe Gold and "
     "Lobaye Invest.",
     {(I, "Canada", "Meroe Gold"), (I, "Canada", "Lobaye Invest")}, {(I, "Canada", "Wagner Group")}),
    ("The European Union blacklisted six more people over the crackdown. They comprise four judges and two "
     "prison governors, among them Judge Abolqasem Salavati.",
     {(I, "European Union", "Abolqasem Salavati")}, set()),
    ("Britain has sanctioned four individuals under its global anti-corruption regime. Those sanctioned will "
     "face asset freezes and travel bans. They include businessman Viktor Lemenko and his associate Oleg "
     "Dvorak.",
     {(I, UK, "Viktor Lemenko"), (I, UK, "Oleg Dvorak")}, set()),
    # --- levies with their rate, and a "will" levy dated later by its own noun
    ("Canada imposed retaliatory tariffs of 25 percent on US steel and aluminum on Thursday.",
     {(I, "Canada", US)}, set()),
    ("China's retaliatory tariffs of 15 percent on American coal and liquefied natural gas took effect on Monday.",
     {(I, CHINA, US)}, set()),
    ("Mexico levied 20 percent duties on US pork in retaliation.", {(I, "Mexico", US)}, set()),
    ("Turkey imposed 50% duties on American rice and cosmetics.", {(I, "Turkey", US)}, set()),
    ("Seoul imposed import duties of 30 percent on Chinese steel plates.", {(I, "South Korea", "China")}, set()),
    ("Beijing said it would impose a 10% tariff on Australian barley. The move follows months of tension. "
     "Canberra said it was disappointed. The barley tariff, which will take effect on May 19, is the highest yet.",
     {(I, CHINA, "Australia")}, set()),
    ("Beijing said it would impose a 10% tariff on Australian barley. The move follows months of tension. "
     "Canberra said it was disappointed. Analysts said the tariff would take effect only if talks failed.",
     {(P, CHINA, "Australia")}, set()),
    # --- "travel bans and asset freezes on X", "freezes" read as a verb holding the "on" phrase
    ("The African Union decided to impose travel bans and asset freezes on 17 officers of the ruling Military "
     "Council, including its leader General Amadou Kone.",
     {(I, "African Union", "Amadou Kone")}, {(I, "African Union", "Military Council")}),
    ("The European Union imposed travel bans and asset freezes on five Belarusian judges, including Judge Sergei "
     "Kovalenko.",
     {(I, "European Union", "Sergei Kovalenko")}, {(I, "European Union", "Belarus")}),
    ("Washington imposed visa bans and asset freezes on Nicaraguan officials Rosario Murillo and Laureano Ortega.",
     {(I, US, "Rosario Murillo"), (I, US, "Laureano Ortega")}, {(I, US, "Nicaragua")}),
    # --- frozen assets named by their holder after a participle
    ("The Treasury froze assets belonging to Banco Delta, a lender registered to a shell company in Panama.",
     {(I, ("Treasury", "United States Department of the Treasury", "Department of the Treasury"), "Banco Delta")},
     {(I, ("Treasury", "United States Department of the Treasury", "Department of the Treasury"), "Panama")}),
    ("Colombia's Financial Information and Analysis Unit froze bank accounts belonging to former senator Ramiro "
     "Duque.",
     {(I, ("Financial Information and Analysis Unit", "Colombia", "Analysis Unit"), "Ramiro Duque")}, set()),
    ("The Financial Intelligence Unit froze the accounts of Grupo Hidalgo and its owner, Arturo Cervantes Leal.",
     {(I, "Financial Intelligence Unit", "Grupo Hidalgo"), (I, "Financial Intelligence Unit", "Arturo Cervantes Leal")},
     set()),
    ("Britain's Office of Financial Sanctions Implementation froze funds held by Kestrel Trading Ltd on Monday.",
     {(I, ("Office of Financial Sanctions Implementation", "United Kingdom"), "Kestrel Trading Ltd")}, set()),
    ("Investors sold assets held by the Norwegian pension fund last year.", set(), set()),
    # --- mentions that take no sanction
    ("Analysts said sanctions on Iran had failed to change its behaviour.", set(), set()),
    ("The sanctions imposed on Iraq in the 1990s devastated its economy, the historian said.", set(), set()),
    ("The soldier was killed while on duty at the border with Syria, the army said.", set(), set()),
    ("Huawei said it had been added to the Entity List in 2019 and had since built its own chips.", set(),
     {(I, US, "Huawei")}),
    ("Opposition leaders called on the European Union to impose sanctions on Venezuela's government.",
     {(P, "European Union", "Venezuela")}, set()),
]

GAPS = {
    "visa bans and asset freezes": gap("'bans' parsed as the subject of 'freezes', not its conjunct"),
    "Coastline Sensors were put on": gap("'the ministry' names no entity for the reporting body to be"),
}


@pytest.mark.parametrize(("text", "expected", "optional"), marked(LISTINGS, GAPS))
def test_reported_listings(text, expected, optional):
    assert_records(text, expected, optional)


def test_a_person_reporting_a_listing_imposes_nothing():
    """A minister or spokesperson speaking of a listing is no imposer: only a body is taken to report its own."""
    found = system_records("Senator Maria Lopez said Arbor Telecom had been added to the entity list.")
    assert not any("Maria Lopez" in imposer for _, imposer, _ in found), found
