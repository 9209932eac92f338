"""Targets a sanction describes before it names them, and the layouts around them: names set off
after a counted or indefinite description the lexicon has no word for ("sanctions on two fuel
traders, A and B, as well as a businessman, C"); a group the lead counts and a later sentence names
("sanctioned two commanders and three companies … the commanders, Brig. Gen. A and Col. B, had …";
"The three companies – C, D and E – bought …"); a sanction joined to a reported clause ("determined
that X had committed genocide and sanctioned its leader, Y"), and the agentless passive that carries
its imposer on ("Z was sanctioned days later"); an entry ban in the passive ("A and B would be denied
entry") after the ban that counted them; "them" after a listing standing for the listed group; and an
outlet's credit in a dateline ("Washington (CNN) —"), never a party. Every passage is written for the
test, in wire, broadsheet, government-release and regional-press styles."""
from __future__ import annotations

import pytest
from sanction_rows import I, P, assert_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

US = ("United States", "Washington")
UK = ("United Kingdom", "Britain")
EU = ("European Union", "EU", "The bloc")
FCDO = ("Foreign Office", "Foreign, Commonwealth and Development Office", "United Kingdom")
TREASURY = ("Treasury", "Treasury Department", "United States Department of the Treasury", "US Treasury",
            "U.S. Treasury Department")

DESCRIBED_THEN_NAMED = [
    ("Britain imposed sanctions on three Cyprus-registered arms dealers, Kestrel Holdings, Arion Trade and Vega "
     "Supply, for shipping drone parts to Russia.",
     {(I, UK, "Kestrel Holdings"), (I, UK, "Arion Trade"), (I, UK, "Vega Supply")}, set()),
    ("The Foreign Office imposed sanctions on two Cyprus-based lawyers, Andreas Michael and Elena Georgiou, along "
     "with a Russian financier, Pavel Orlov, for hiding oligarchs' assets.",
     {(I, FCDO, "Andreas Michael"), (I, FCDO, "Elena Georgiou"), (I, FCDO, "Pavel Orlov")}, set()),
    ("The EU has blacklisted three Hong Kong-registered freight forwarders, Golden Arc Logistics, Jade River "
     "Freight and Pearl Crest Cargo, for shipping microchips to Russia.",
     {(I, EU, "Golden Arc Logistics"), (I, EU, "Jade River Freight"), (I, EU, "Pearl Crest Cargo")}, set()),
    ("Australia imposed sanctions on two Myanmar military-owned conglomerates, Myanma Economic Holdings and "
     "Myanmar Economic Corporation, and an arms broker, Tay Za.",
     {(I, "Australia", "Myanma Economic Holdings"), (I, "Australia", "Myanmar Economic Corporation")},
     {(I, "Australia", "Tay Za")}),
    ("The UK sanctioned two Kyrgyz banks, Keremet Bank and Capital Bank of Central Asia, and a Turkish "
     "businessman, Halil Yilmaz, for helping Russia evade sanctions.",
     {(I, UK, "Keremet Bank"), (I, UK, "Capital Bank of Central Asia"), (I, UK, "Halil Yilmaz")}, set()),
    ("The EU on Monday imposed sanctions on two Belgrade-based brokers, Dunav Capital and Sava Invest, along "
     "with a Montenegrin banker, Vuk Petrovic, over their role in evading the oil price cap.",
     {(I, EU, "Dunav Capital"), (I, EU, "Sava Invest"), (I, EU, "Vuk Petrovic")}, set()),
    # --- not a list of targets: someone's own body, a name that speaks, a place
    ("The United States imposed sanctions on Russia's central bank, the Bank of Russia, and froze its reserves.",
     {(I, ("United States",), "Russia")}, set()),
    ("Britain imposed sanctions on two banks, Moscow said on Friday, calling the move illegal.", set(), set()),
    ("Japan imposed sanctions on three shipping firms, Panama-registered and Liberia-registered, on Tuesday.",
     set(), set()),
]

COUNTED_THEN_NAMED = [
    ("Washington (CNN) — The United States on Tuesday sanctioned two senior commanders of Haiti's Viv Ansanm "
     "gang coalition and three Miami-based shipping companies accused of smuggling guns to the gangs.\n\n"
     "The Treasury Department said the commanders, Lt. Col. Jean Pierre Baptiste and Maj. Wilson Joseph, had "
     "directed attacks on the capital's airport.\n\n"
     "The sanctions freeze any assets the two men and the companies hold in the US.\n\n"
     "\"Those who arm the gangs will be cut off,\" a Treasury official said.\n\n"
     "The three companies – Caribe Freight Lines, Bayside Cargo and Harbor Star Logistics – shipped rifles "
     "hidden in rice sacks, the Treasury said.",
     {(I, US, "Jean Pierre Baptiste"), (I, US, "Wilson Joseph"), (I, US, "Caribe Freight Lines"),
      (I, US, "Bayside Cargo"), (I, US, "Harbor Star Logistics")}, {(I, US, "Viv Ansanm")}),
    ("The European Union on Monday sanctioned three Russian military intelligence officers and two Belarusian "
     "companies accused of supplying drones to Moscow. The bloc said the officers, Col. Igor Volkov and Maj. "
     "Sergei Lebedev, had planned the sabotage campaign. Officials in Brussels said more listings would follow. "
     "The two companies – Minsk Optics and Polesie Trade – shipped components through Kazakhstan, according to "
     "the Council.",
     {(I, EU, "Igor Volkov"), (I, EU, "Sergei Lebedev"), (I, EU, "Minsk Optics"), (I, EU, "Polesie Trade")},
     set()),
    ("Britain sanctioned four Iranian officials on Thursday over the crackdown on protesters. The Foreign Office "
     "said the officials, Gen. Ahmad Rezaei, Col. Mehdi Karimi, Ali Ansari and Reza Tavakoli, had ordered the "
     "use of live fire.",
     {(I, UK, "Ahmad Rezaei"), (I, UK, "Mehdi Karimi"), (I, UK, "Ali Ansari"), (I, UK, "Reza Tavakoli")}, set()),
    ("Washington (Reuters) - The United States on Tuesday sanctioned two senior leaders of Mexico's Sinaloa "
     "Cartel and four Culiacan-based money-laundering firms.\n\n"
     "The Treasury said the leaders, Ivan Archivaldo Guzman and Jesus Alfredo Guzman, ran the cartel's fentanyl "
     "trade.\n\n"
     "The four firms – Culiacan Exchange, Pacific Coast Realty, Sierra Madre Motors and Lobo Transport – "
     "laundered proceeds through real estate, the department said.",
     {(I, US, "Ivan Archivaldo Guzman"), (I, US, "Jesus Alfredo Guzman"), (I, US, "Culiacan Exchange"),
      (I, US, "Pacific Coast Realty"), (I, US, "Sierra Madre Motors"), (I, US, "Lobo Transport")},
     {(I, US, "Sinaloa Cartel")}),
    ("Canberra on Friday imposed sanctions on three Iranian officials and two drone makers. Foreign Minister "
     "Penny Wong said the officials, Brig. Gen. Hassan Taherian and Col. Ali Jafarabadi, had overseen drone "
     "sales to Russia. Iran's embassy did not comment. The drone makers – Qods Aviation Industries and Shahed "
     "Aviation Industries – built the Shahed-136.",
     {(I, ("Australia", "Canberra"), "Hassan Taherian"), (I, ("Australia", "Canberra"), "Ali Jafarabadi"),
      (I, ("Australia", "Canberra"), "Qods Aviation Industries"),
      (I, ("Australia", "Canberra"), "Shahed Aviation Industries")}, set()),
    ("Japan froze the assets of two Russian oligarchs and four defence firms on Friday. The foreign ministry said "
     "the firms, Kalashnikov Concern, Uralvagonzavod and Tactical Missiles Corp, supplied the army.",
     {(I, "Japan", "Kalashnikov Concern"), (I, "Japan", "Uralvagonzavod"), (I, "Japan", "Tactical Missiles Corp")},
     set()),
    # --- a later group that is not the one counted, and one not named
    ("Australia imposed sanctions on two Myanmar generals on Tuesday. The generals, who have ruled since the "
     "coup, have not commented.", set(), set()),
    ("The EU sanctioned three Iranian officials on Monday. Diplomats said the talks, in Geneva and Vienna, "
     "would resume next month.", set(), set()),
]

JOINED_TO_A_REPORT = [
    ("The Biden administration concluded that the junta had committed atrocities and sanctioned its air force "
     "chief, Tun Aung, in March. The navy chief, Adm. Moe Aung, was sanctioned days later.",
     {(I, ("Biden administration", "United States"), "Tun Aung"),
      (I, ("Biden administration", "United States"), "Moe Aung")}, set()),
    ("Japan found that the shipyard had been repairing Russian warships and blacklisted its owner, Sergei Morozov.",
     {(I, "Japan", "Sergei Morozov")}, set()),
    ("The Treasury Department concluded that the cartel had smuggled fentanyl across the border and sanctioned "
     "its leader, Abelardo Ruiz Soto, on Friday.",
     {(I, TREASURY, "Abelardo Ruiz Soto")}, set()),
    ("The European Union found that the Wagner Group had committed abuses in Mali and imposed sanctions on its "
     "leader, Dmitry Utkin.",
     {(I, EU, "Dmitry Utkin")}, set()),
    ("The State Department determined that the government had rigged the vote and imposed visa restrictions on "
     "its election chief, Peter Chanda. His deputy, Mary Zulu, was sanctioned a week later.",
     {(I, ("State Department", "United States Department of State"), "Peter Chanda"),
      (I, ("State Department", "United States Department of State"), "Mary Zulu")}, set()),
    ("Canada ruled that the regime had violated human rights and sanctioned its police chief, Hossein Ashtari, "
     "last year. The prison chief, Mohammad Ali Bagheri, was sanctioned days later.",
     {(I, "Canada", "Hossein Ashtari"), (I, "Canada", "Mohammad Ali Bagheri")}, set()),
    ("Ottawa announced that the company had been supplying drones to Russia and sanctioned its owner, "
     "Ivan Petrov.",
     {(I, ("Canada", "Ottawa"), "Ivan Petrov")}, set()),
    # --- the reported party acts: its own auxiliary, or no party reporting
    ("The EU said that Hungary had blocked the package and had sanctioned Poland's ambassador, Jan Kowalski.",
     {(I, "Hungary", "Jan Kowalski")}, set()),
    ("Officials said Moscow had expelled the diplomats and sanctioned two British journalists, Tom Black and "
     "Ann Green.",
     {(I, ("Russia", "Moscow"), "Tom Black"), (I, ("Russia", "Moscow"), "Ann Green")}, set()),
]

ENTRY_DENIED = [
    ("Kosovo's government on Monday banned two Serbian officials from entering the country. Interior Minister "
     "Ardian Gashi told reporters in Pristina that Milan Radic, an adviser to the Serbian president, and Zoran "
     "Ilic, a Belgrade MP, would be denied entry \"until further notice\".",
     {(I, ("Kosovo",), "Milan Radic"), (I, ("Kosovo",), "Zoran Ilic")}, set()),
    ("Lithuania on Tuesday barred three Belarusian officials from entering its territory. The Interior Ministry "
     "said Igor Sokol, Pavel Markov and Oleg Zhuk would be refused entry to the country.",
     {(I, "Lithuania", "Igor Sokol"), (I, "Lithuania", "Pavel Markov"), (I, "Lithuania", "Oleg Zhuk")}, set()),
    ("Two Hungarian lawmakers, Peter Nagy and Laszlo Toth, were denied entry to Ukraine on Monday, the border "
     "guard service said.",
     {(I, "Ukraine", "Peter Nagy"), (I, "Ukraine", "Laszlo Toth")}, set()),
    ("Estonia's Interior Minister Lauri Laanemets announced that Russian singer Oleg Gazmanov would be denied "
     "entry to Estonia.",
     {(P, "Estonia", "Oleg Gazmanov")}, set()),
    ("Moldova banned four pro-Russian politicians from entering the country on Wednesday, the government said. "
     "Ilan Shor and Marina Tauber will be refused entry at every border crossing, it added.",
     {(I, "Moldova", "Ilan Shor"), (I, "Moldova", "Marina Tauber")}, set()),
    ("Georgia's government barred two Ukrainian activists from entering the country in May. Officials said "
     "Taras Bondar and Olena Shevchuk would be denied entry for five years.",
     {(I, "Georgia", "Taras Bondar"), (I, "Georgia", "Olena Shevchuk")}, set()),
    # --- denied entry to a venue, by no one who bars
    ("The singer said he had been denied entry to the festival because of a ticketing error.", set(), set()),
    ("Fans were denied entry to the stadium after the gates closed, police said.", set(), set()),
    ("Reporters were refused entry to the courtroom, a court spokesman said.", set(), set()),
]

MOFCOM = ("Ministry of Commerce", "China's Ministry of Commerce")
THEM_AFTER_A_LISTING = [
    ("On Thursday, China's Ministry of Commerce added six US defence firms, including drone maker Arcadia "
     "Robotics and San Diego-based sensor firm Helix Optics, to its export control list, banning the export of "
     "dual-use items to them.",
     {(I, MOFCOM, "Arcadia Robotics"), (I, MOFCOM, "Helix Optics")}, set()),
    ("Seoul's trade ministry added five Japanese chemical firms, including Osaka Fine Chemicals and Kobe Resist, "
     "to its export watch list, banning the export of strategic items to them.",
     {(I, ("Seoul's trade ministry", "South Korea"), "Osaka Fine Chemicals"),
      (I, ("Seoul's trade ministry", "South Korea"), "Kobe Resist")}, set()),
    ("Tokyo placed four Russian shipyards, including Zvezda Marine and Amur Docks, on its end-user list on "
     "Tuesday, banning exports of machine tools to them.",
     {(I, ("Japan", "Tokyo"), "Zvezda Marine"), (I, ("Japan", "Tokyo"), "Amur Docks")}, set()),
    ("The Kremlin added seven US arms makers, including Falcon Dynamics and Ridgeline Ordnance, to its list of "
     "unfriendly companies, banning all deliveries of titanium to them.",
     {(I, ("Kremlin", "Russia"), "Falcon Dynamics"), (I, ("Kremlin", "Russia"), "Ridgeline Ordnance")}, set()),
    ("China on Monday placed three UK defence contractors, including Albion Systems and Thames Aerotech, on its "
     "unreliable entity list, barring imports and exports with them.",
     {(I, "China", "Albion Systems"), (I, "China", "Thames Aerotech")}, set()),
    ("India's commerce ministry added two Chinese drone makers, including Skyhawk Aviation, to its restricted "
     "list and suspended all shipments to them, officials said.",
     {(I, ("India's commerce ministry", "India"), "Skyhawk Aviation")}, set()),
    # --- "them" for named states, and for a group no one names
    ("Britain sanctioned Iran and Syria in 2012, banning arms exports to them.",
     {(I, UK, "Iran"), (I, UK, "Syria")}, set()),
    ("The EU placed two Chinese banks on its list and later halted payments to them.", set(), set()),
]


#: each family's passages, by the family's name (the test id says which family a failing passage is in)
FAMILIES = {
    "names set off after a description": DESCRIBED_THEN_NAMED,
    "group counted in the lead, named later": COUNTED_THEN_NAMED,
    "sanction joined to a reported clause": JOINED_TO_A_REPORT,
    "entry denied in the passive": ENTRY_DENIED,
    "them after a listing": THEM_AFTER_A_LISTING,
}


@pytest.mark.parametrize(("text", "expected", "optional"),
                         [pytest.param(*row, id=f"{family}: {row[0][:40]}") for family, rows in FAMILIES.items() for row in rows])
def test_family_passage(text, expected, optional):
    assert_records(text, expected, optional)
