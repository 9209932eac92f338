"""How government releases and trade news word sanctions: a Treasury release's designee paragraphs
("Name (Short) is a …-based company"), a release's notes to editors (one list item a line, no full
stop), a delisting of one individual beside a designation counting entities, names inside a named
designee's description, "Among the firms named were X", the causative "will have their assets
frozen", tariffs announced with the day they take effect, and a party pressed to restrict trade.
Every sentence is written for the test."""
from __future__ import annotations

import pytest
from sanction_rows import I, L, P, system_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

OFAC = "Office of Foreign Assets Control"

TREASURY = (
    "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning "
    "three individuals and two entities that launder money for the Sinaloa Cartel (CDS).\n\n"
    "Carlos Ruiz Mendoza (Ruiz) is a Culiacan-based accountant who manages the cartel's bank accounts. Ruiz works "
    "closely with officials of Mexico's Federal Police (PF).\n\n"
    "Verde Norte Trading LLC (Verde Norte), a Tijuana-based importer, and Ana Lopez Vega (Lopez), its manager, "
    "moved the cash.\n\n"
    "Guatemalan national Jorge Perez Soto (Perez) trucked the bulk cash across the border.")

NOTES = (
    "The UK has today sanctioned 5 individuals and 2 entities involved in human trafficking.\n\n"
    "Notes to editors\n\n"
    "- the designations were made under the Global Human Rights (Sanctions) Regulations 2020, which allow the UK to "
    "freeze the assets of people involved in abuses\n"
    "- those designated today are Ardit Kola, Mehmet Sari and two associates; the entities are Blue Coast Freight "
    "Company and Kola Exchange\n"
    "- the Office of Financial Sanctions Implementation (OFSI), part of HM Treasury, enforces financial sanctions")

DELISTING = (
    "Australia has today sanctioned 6 individuals and 2 entities over the crackdown. Australia has also removed one "
    "individual, Armenian national Karen Petrosyan, from its sanctions list after a review.\n\n"
    "The entities are Ural Fuel Company and Northern Wind Trading.")

FROZEN = (
    "The European Union on Monday imposed sanctions on three Belarusian judges. The Council said the three, including "
    "Judge Ivan Kozlov and the chair of the regional court, Olga Mironova, will have their assets in the EU frozen.")


def has(records, status, imposer, target) -> bool:
    return any(r[0] == status and imposer in r[1] and target in r[2] for r in records)


def hits(records, name) -> bool:
    return any(name in r[2] for r in records)


def test_designees_introduced_with_their_short_form():
    records = system_records(TREASURY)
    for name in ("Carlos Ruiz Mendoza", "Ana Lopez Vega", "Jorge Perez Soto"):
        assert has(records, I, OFAC, name)
    assert not hits(records, "Sinaloa Cartel") and not hits(records, "Federal Police")  # acronyms define abbreviations


def test_notes_to_editors_one_item_a_line():
    records = system_records(NOTES)
    for name in ("Ardit Kola", "Mehmet Sari", "Blue Coast Freight Company", "Kola Exchange"):
        assert has(records, I, "United Kingdom", name)
    assert not hits(records, "HM Treasury") and not hits(records, "Office of Financial Sanctions Implementation")


def test_delisting_of_one_individual_keeps_to_its_name():
    records = system_records(DELISTING)
    assert has(records, L, "Australia", "Karen Petrosyan")
    assert not any(r[0] == L and "Ural Fuel Company" in r[2] for r in records)
    assert has(records, I, "Australia", "Ural Fuel Company")


def test_names_in_a_designees_description_are_not_designees():
    records = system_records("Canada is imposing sanctions on 3 individuals. The individuals sanctioned today include "
                             "Marco Bello, a commander of the Barrio Rojo gang whose fighters attacked the town of San "
                             "Luis in May.")
    assert has(records, I, "Canada", "Marco Bello")
    assert not hits(records, "Barrio Rojo")


def test_among_the_firms_named():
    records = system_records("Canada on Monday added 9 Iranian companies to its sanctions list. Among the firms named "
                             "were Pars Drone Industries and Tabriz Rotor Works.")
    assert has(records, I, "Canada", "Pars Drone Industries") and has(records, I, "Canada", "Tabriz Rotor Works")


@pytest.mark.parametrize("text", [
    "Japan on Monday added 9 Russian companies, including suppliers to Russia's largest drone makers, to its export "
    "control list.",
    "Late on Friday, Seoul said it was adding four Russian firms, including Volga Optics and Ural Machine Works, to "
    "its export control list, barring them from buying chips.",
])
def test_counted_companies_are_not_their_country_nor_a_day(text):
    records = system_records(text)
    assert not hits(records, "Russia") and not hits(records, "Friday")


def test_will_have_their_assets_frozen():
    records = system_records(FROZEN)
    assert has(records, I, "European Union", "Ivan Kozlov") and has(records, I, "European Union", "Olga Mironova")


@pytest.mark.parametrize(("text", "status"), [
    ("India will impose tariffs of up to 30% on American almonds, the finance ministry said. The tariffs take effect "
     "on June 16.", I),
    ("Brazil will impose tariffs on American ethanol. The tariffs would take effect in July if Congress approves them.", P),
    ("Mexico will impose tariffs on Chinese cars, officials said.", P),
])
def test_tariffs_with_the_day_they_take_effect(text, status):
    records = system_records(text)
    assert any(r[0] == status and r[2] for r in records)
    assert not any(r[0] != status for r in records)


def test_allies_pressed_to_restrict_sales_impose_nothing():
    records = system_records("Washington has pressed allies including Germany and South Korea for three years to "
                             "restrict sales of chip tools to China.")
    assert not any(r[0] == I for r in records)


def test_restrictions_of_its_own_answer_the_sanction_before():
    records = system_records("South Korea on Monday added 12 Russian firms to its export control list. Moscow "
                             "responded within hours with restrictions of its own.")
    assert has(records, I, "Russia", "South Korea")
