"""Curbs someone only tried, pushed or was asked to impose are no imposed sanction ("who has tried to block
arms sales to X", "called on the premier to restrict exports of Y's power to Z"; the goods a curb names
after "of" are no target); a list's last item the parser joined to the sanction ("sanctions on the
trader, X, and his company, Y"); "the Administration" of a government release, the state of the
nearest named imposer; a city describing someone unnamed ("a Dubai ship manager") is no target. Wire,
broadsheet, broadcaster and release styles. Every passage is written for
the test."""
from __future__ import annotations

import pytest
from sanction_rows import I, P, assert_records, gap, marked

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

TREASURY = ("Treasury Department", "United States Department of the Treasury")

PASSAGES = [
    # --- attempts and calls: no curb imposed
    ("Sen. Mary Jones (D-Vt.), who has tried to block U.S. arms sales to Egypt over its human rights record, called "
     "the sanctions overdue.", set(), {(P, "Mary Jones", "Egypt")}),
    ("He called on Prime Minister Mark Carney to restrict exports of Ontario electricity to U.S. states if the tariffs "
     "remain in place.", set(), {(P, "Mark Carney", "U.S.")}),
    ("Opposition MPs have attempted to halt arms exports to Israel for months.", set(),
     {(P, "MPs", "Israel")}),
    ("Lawmakers have pushed to halt arms sales to Saudi Arabia.", set(), set()),
    ("The activists tried to stop weapons shipments to Sudan through the courts.", set(), set()),
    ("Germany halted arms exports to Turkey on Friday.", {(I, "Germany", "Turkey")}, set()),
    ("Ottawa suspended exports of drone parts to Turkey last year.", {(I, "Canada", "Turkey")}, set()),
    # --- the last item of a target list hung on the sanction noun or its verb
    ("The Treasury Department imposed sanctions on the trader, Khalid Osman, and his company, Nile Gold Refining Ltd.",
     {(I, TREASURY, "Khalid Osman"), (I, TREASURY, "Nile Gold Refining Ltd.")}, set()),
    ("Britain slapped sanctions on the banker, Pavel Lenz, and his bank, Volta Capital Bank.",
     {(I, "Britain", "Pavel Lenz"), (I, "Britain", "Volta Capital Bank")}, set()),
    ("Washington imposed sanctions on the cartel's leader, Ramon Salas, and its money launderer, Marisol Fuentes.",
     {(I, "United States", "Ramon Salas"), (I, "United States", "Marisol Fuentes")}, set()),
    ("Canada placed sanctions on the general, Min Aung, and his son, Aung Pyae Sone.",
     {(I, "Canada", "Min Aung"), (I, "Canada", "Aung Pyae Sone")}, set()),
    ("The EU imposed sanctions on the shipowner, Andreas Kostelos, and his firm, Aegean Star Shipping LLC.",
     {(I, "EU", "Andreas Kostelos"), (I, "EU", "Aegean Star Shipping LLC")}, set()),
    ("The EU imposed sanctions on Russia, and its foreign minister, Sergei Lavrov, condemned the move.",
     {(I, "EU", "Russia")}, set()),
    ("The US imposed sanctions on Iran, and its ally, Venezuela, protested.", {(I, "US", "Iran")}, set()),
    # --- "the Administration": the named imposer's state
    ("The Treasury Department's Office of Foreign Assets Control (OFAC) is designating two individuals. In May 2025, "
     "the Administration designated the Sinaloa Cartel and Tren de Aragua as Foreign Terrorist Organizations.",
     {(I, "United States", "Sinaloa Cartel"), (I, "United States", "Tren de Aragua")}, set()),
    ("The State Department sanctioned three Cuban judges on Monday. The administration also designated Havana Port "
     "Services for dealings with the military.", {(I, "United States", "Havana Port Services")}, set()),
    ("Britain sanctioned the trader Pavel Lenz on Monday. The administration in Minsk froze the assets of Andrei Volkov.",
     {(I, "Britain", "Pavel Lenz")}, set()),
    ("The Biden administration sanctioned Oleg Durov in 2023.", {(I, "Biden administration", "Oleg Durov")}, set()),
    # --- a city describing someone unnamed is where they are based, not the target; a seat of government is its state
    ("The EU froze the assets of a Dubai ship manager on Wednesday.", set(), set()),
    ("Britain sanctioned two Istanbul-based traders accused of shipping drone parts.", set(), set()),
    ("Washington imposed sanctions on Moscow officials.", {(I, "United States", "Russia")}, set()),
    ("Canada imposed sanctions on Minsk judges, the ministry said.", {(I, "Canada", "Belarus")}, set()),
    ("The EU froze the assets of Dubai-based Gulf Star Shipping LLC.", {(I, "EU", "Gulf Star Shipping LLC")}, set()),
    ("The United States sanctioned Russian oil companies on Friday.", {(I, "United States", "Russia")}, set()),
]

GAPS = {
    "Andreas Kostelos, and his firm": gap("the parse of 'the shipowner, A, and his firm, B' leaves the sanction no target"),
}


@pytest.mark.parametrize(("text", "expected", "optional"), marked(PASSAGES, GAPS))
def test_attempts_and_items(text, expected, optional):
    assert_records(text, expected, optional)
