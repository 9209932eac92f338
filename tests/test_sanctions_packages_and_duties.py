"""A package of sanctions named by its targets ("The package targets X", "The measures, adopted as part
of the 21st sanctions package, target Y"), and retaliatory duties as one state's sanction on another
("counter-duties on U.S. goods", "tariffs of 15 percent on U.S. coal"), in wire, broadsheet,
broadcaster and ministry styles; and the same words where no sanction is reported. Every passage is
written for the test."""
from __future__ import annotations

import pytest
from sanction_rows import I, P, assert_records, gap, marked

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

EU = ("European Union", "EU")

PASSAGES = [
    # --- "measures" whose own sentence names the sanctions package they belong to
    ("The EU has frozen the assets of a Dubai-based ship manager. The measures, adopted by foreign ministers in "
     "Luxembourg on Wednesday as part of the EU's 21st sanctions package, target Caspian Shipping, which Brussels says "
     "has operated 37 tankers, and its founder Ivan Petrov.",
     {(I, EU, "Caspian Shipping"), (I, EU, "Ivan Petrov")}, set()),
    ("Britain froze the assets of two oil traders on Monday. The measures announced under the Russia sanctions "
     "regime hit Volta Marine Ltd and its chief executive Pavel Lenz.",
     {(I, "Britain", "Volta Marine Ltd"), (I, "Britain", "Pavel Lenz")}, set()),
    ("Britain froze the assets of two oil traders on Monday. The measures, which form part of Britain's latest "
     "sanctions round, target Volta Marine Ltd and its chief executive Pavel Lenz.",
     {(I, "Britain", "Volta Marine Ltd"), (I, "Britain", "Pavel Lenz")}, set()),
    # --- a package, a singular container, as the subject naming targets
    ("The EU agreed its 19th package of sanctions against Russia. The package hits Rosneft Trading and the "
     "tanker operator Sovcomflot.",
     {(I, EU, "Sovcomflot"), (I, EU, "Russia")}, {(I, EU, "Rosneft Trading")}),
    ("Canada imposed sanctions on Belarus on Monday. The package targets the Minsk Tractor Works.",
     {(I, "Canada", "Belarus"), (I, "Canada", "Minsk Tractor Works")}, set()),
    ("The EU's new sanctions package was agreed on Friday. The package, the bloc's 19th, targets Lukoil.",
     {(I, EU, "Lukoil")}, set()),
    ("The package of reforms, passed by parliament on Friday, targets small businesses in Texas.", set(), set()),
    ("The government unveiled a stimulus package on Monday. The package targets Ford and General Motors.",
     set(), set()),
    # --- retaliatory duties on a state's goods
    ("Canada imposed 25 per cent counter-duties on $12.4 billion worth of U.S. goods on Wednesday.",
     {(I, "Canada", "U.S.")}, set()),
    ("Beijing imposed retaliatory tariffs of 15 percent on U.S. coal and liquefied natural gas, the Chinese "
     "commerce ministry said.",
     {(I, "China", "U.S.")}, set()),
    ("India slapped duties of up to 20 per cent on American almonds and apples.",
     {(I, "India", "United States")}, set()),
    ("Mexico announced retaliatory tariffs on U.S. pork and cheese.", {(I, "Mexico", "United States")}, set()),
    ("The European Commission said it would slap counter-duties on 20 billion euros of US imports.",
     set(), {(P, "European Commission", "US")}),
    ("Customs officers collected duties of 5 percent on Japanese cars at the port.", set(), set()),
    ("The counter-offer from Toyota was rejected by the union.", set(), set()),
]

GAPS = {
    "which form part of Britain's latest": gap("the parser reads 'target' after the long parenthesis as a noun"),
    "India slapped duties of up to": gap("'duties' with no word marking them punitive or retaliatory is no sanction"),
}


@pytest.mark.parametrize(("text", "expected", "optional"), marked(PASSAGES, GAPS))
def test_packages_and_duties(text, expected, optional):
    assert_records(text, expected, optional)
