"""Designees a release lists one to a line under a lead ending in a colon, in the layouts of Canadian,
US (White House fact sheet, nested under a bullet), UK (numbered, names before a dash), Australian
(bare names), EU Council and Japanese (bracketed numbers) releases: "The individuals sanctioned today
are:", "OFAC is designating the following:", "sanctioned the following individuals:". And lists under
colons that name no designee: a call for sanctions, the measures themselves, key points, background.
Every passage is written for the test."""
from __future__ import annotations

import pytest
from sanction_rows import I, L, P, assert_records, gap, marked

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

OFAC = ("Office of Foreign Assets Control", "OFAC")
UK = ("United Kingdom", "UK")
EU = ("Council", "European Union", "Council of the European Union")
US = ("United States", "Washington")
JAPAN = ("Ministry of Foreign Affairs", "Japan")

PASSAGES = [
    ("Ottawa - Canada today imposed sanctions on four officials of the Belarusian security services.\n\n"
     "The individuals sanctioned today are:\n\n"
     "- Major General Andrei Volkov, commander of the Internal Troops\n"
     "- Colonel Sergei Malash, head of the Minsk detention centre\n"
     "- Viktor Petrash, a judge of the Minsk City Court\n",
     {(I, "Canada", "Andrei Volkov"), (I, "Canada", "Sergei Malash"), (I, "Canada", "Viktor Petrash")},
     {(I, "Canada", "Belarus")}),
    ("ACTION AGAINST CARTEL FINANCIERS: Today, the Administration is cutting off the cartel's money.\n\n"
     "- The Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating three "
     "individuals and one entity.\n"
     "- OFAC is designating the following:\n"
     "  - Ramon Ortega Salas, a money launderer who moved cartel proceeds through casinos.\n"
     "  - Pacific Blue Logistics S.A., a freight company controlled by Ortega.\n"
     "  - Marisol Fuentes, an accountant for the cartel.\n"
     "- Concurrently, the Department of State is imposing visa restrictions on 11 officials.\n",
     {(I, OFAC, "Ortega"), (I, OFAC, "Pacific Blue Logistics S.A."), (I, OFAC, "Marisol Fuentes")}, set()),
    ("The UK government has today sanctioned the following individuals for their role in the crackdown:\n\n"
     "1. Reza Karimi - commander of the provincial police\n"
     "2. Hossein Bagheri - prosecutor in Tehran\n"
     "3. Mahmoud Safavi - head of Evin Prison\n",
     {(I, UK, "Reza Karimi"), (I, UK, "Hossein Bagheri"), (I, UK, "Mahmoud Safavi")}, set()),
    ("Australia has imposed targeted financial sanctions and travel bans on three people.\n"
     "The persons subject to these sanctions are:\n"
     "• Alexei Dorin\n"
     "• Yuri Tamanov\n"
     "• Olga Serova\n",
     {(I, "Australia", "Alexei Dorin"), (I, "Australia", "Yuri Tamanov"), (I, "Australia", "Olga Serova")}, set()),
    ("The Council today decided to impose restrictive measures on the following persons:\n"
     "- Ivan Rostov, deputy minister of defence;\n"
     "- Nord Arms Trading LLC, a supplier of drones;\n"
     "- Pavel Kuzmin, a businessman.\n",
     {(I, EU, "Ivan Rostov"), (I, EU, "Nord Arms Trading LLC"), (I, EU, "Pavel Kuzmin")}, set()),
    ("Japan's Ministry of Foreign Affairs has frozen the assets of the following entities:\n"
     "(1) Kumgang Trading Corporation\n"
     "(2) Haesong Shipping Company\n",
     {(I, JAPAN, "Kumgang Trading Corporation"), (I, JAPAN, "Haesong Shipping Company")}, set()),
    ("Washington has blacklisted two more firms. Those designated today are:\n"
     "1) Orion Metals FZE, a Dubai trader\n"
     "2) Tamar Shipping Ltd., its carrier\n",
     {(I, US, "Orion Metals FZE"), (I, US, "Tamar Shipping Ltd.")}, set()),
    # --- lists under a colon that name no designee
    ("Senator Dana Ross called on the administration to sanction the following people:\n"
     "- Milan Petrovic, the interior minister\n"
     "- Goran Vukic, the police chief\n",
     set(), {(P, "Dana Ross", "Milan Petrovic"), (P, "Dana Ross", "Goran Vukic")}),
    ("Britain today sanctioned the shipping firm Volta Marine. The measures include:\n"
     "- an asset freeze\n"
     "- a ban on dealings with UK banks\n",
     {(I, UK, "Volta Marine")}, set()),
    ("Canada today sanctioned the trader Ilya Gorin.\n\nBackground:\n"
     "- Nord Arms Trading LLC was founded in 2019.\n"
     "- Gorin met Oleg Tarasov in Minsk.\n\nContacts:\n- Media Relations Office\n",
     {(I, "Canada", "Ilya Gorin")}, set()),
    ("Key points:\n- Milan Petrovic said the talks would continue.\n- Goran Vukic met the president.\n", set(), set()),
]

GAPS = {
    "• Alexei Dorin": gap("a bare name alone on a bulleted line is not recognised as a name"),
}


@pytest.mark.parametrize(("text", "expected", "optional"), marked(PASSAGES, GAPS))
def test_bulleted_designees(text, expected, optional):
    assert_records(text, expected, optional)
