"""Sanctions as follow-up sentences and as the layouts earlier sets cover less: targets named only in the
sentence after the one that imposes ("They target ..."), entry bans and visa restrictions, targets given as
descriptions ("three Iranian drone makers"), easing, waivers, general licences and delistings, threats and
proposals in speech, Russian, Chinese and other counter-sanctions, Treasury/OFAC and State Department
release paragraphs ("pursuant to E.O. 14024") and Wikinews copy. Every passage is written for the test,
before the rules were read; the pair score is the project scorer's (imposed (imposer, target) pairs)."""
from __future__ import annotations

import pytest
from sanction_rows import I, L, P, T, assert_records, gap, marked, matches, score, system_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

US = "United States"
EU = ("European Union", "EU")
UK = ("United Kingdom", "Britain")
UNSC = "United Nations Security Council"
TREASURY = ("Treasury", "United States Department of the Treasury", "Department of the Treasury")
OFAC = ("Office of Foreign Assets Control", "OFAC") + TREASURY
STATE = ("United States Department of State", "State Department", "Department of State", US)
RUSSIA = ("Russia", "Moscow", "Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia")
CHINA = ("China", "Beijing", "Ministry of Commerce", "Chinese Ministry of Commerce", "China's Ministry of Commerce")

# (passage, records a careful reader states, records neither required nor wrong)
# A record is (status, imposer or the tuple of imposers any of which is accepted, target).
PASSAGES = [
    # --- targets named only in the next sentence
    ("The European Union imposed new sanctions on Wednesday. They target 12 officials, including Belarusian "
     "interior minister Ivan Kubrakov and prison chief Oleg Karpovich.",
     {(I, EU, "Ivan Kubrakov"), (I, EU, "Oleg Karpovich")}, {(I, EU, "Belarus")}),
    ("Britain announced a fresh round of sanctions on Tuesday. Those targeted include the shipping company "
     "Sovcomflot and the insurer Ingosstrakh.",
     {(I, UK, "Sovcomflot"), (I, UK, "Ingosstrakh")}, set()),
    ("Washington unveiled its broadest sanctions yet against Iran's oil trade. The measures hit 35 entities and "
     "vessels, among them the Hong Kong-based Golden Tide Shipping.",
     {(I, US, "Iran"), (I, US, "Golden Tide Shipping")}, set()),
    ("Canada imposed sanctions on Friday over human rights abuses in Iran. The listed individuals are Hossein "
     "Salami, Mohammad Karami and Ali Rezvani.",
     {(I, "Canada", "Hossein Salami"), (I, "Canada", "Mohammad Karami"), (I, "Canada", "Ali Rezvani")},
     {(I, "Canada", "Iran")}),
    ("The Treasury Department announced new sanctions on Thursday. Among those designated was Hezbollah "
     "financier Amer Akil Rada.",
     {(I, TREASURY, "Amer Akil Rada")}, set()),
    ("Japan tightened its sanctions on Russia on Friday. The new measures freeze the assets of 11 individuals, "
     "among them Rosatom chief Alexei Likhachev.",
     {(I, "Japan", "Russia"), (I, "Japan", "Alexei Likhachev")}, set()),
    ("New Zealand added 20 names to its Russia sanctions list. The additions include the state-owned arms "
     "exporter Rosoboronexport and deputy defence minister Alexei Krivoruchko.",
     {(I, "New Zealand", "Rosoboronexport"), (I, "New Zealand", "Alexei Krivoruchko")},
     {(I, "New Zealand", "Russia")}),
    ("Australia announced targeted sanctions on Monday. The sanctions apply to Myanmar's military chief Min Aung "
     "Hlaing and four other generals.",
     {(I, "Australia", "Min Aung Hlaing")}, {(I, "Australia", "Myanmar")}),
    ("The EU adopted its 16th sanctions package against Russia on Monday. It lists 48 individuals and 35 "
     "entities, among them the Moscow-based drone maker Kupol and singer Yaroslav Dronov.",
     {(I, EU, "Russia"), (I, EU, "Kupol"), (I, EU, "Yaroslav Dronov")}, set()),
    ("Switzerland followed the EU on Tuesday. Bern froze the assets of Russian businessman Viktor Rashnikov, "
     "the owner of the Magnitogorsk Iron and Steel Works.",
     {(I, ("Switzerland", "Bern"), "Viktor Rashnikov")}, set()),
    ("The sanctions, announced by the Treasury on Tuesday, target Iranian oil minister Mohsen Paknejad.",
     {(I, TREASURY, "Mohsen Paknejad")}, {(I, TREASURY, "Iran")}),
    # --- entry bans and visa restrictions
    ("Former Guatemalan president Alejandro Giammattei has been banned from entering the United States because "
     "of his involvement in significant corruption, the State Department said.",
     {(I, STATE, "Alejandro Giammattei")}, set()),
    ("Britain barred Chechen leader Ramzan Kadyrov from the UK and froze his assets.",
     {(I, UK, "Ramzan Kadyrov")}, set()),
    ("The United States imposed visa restrictions on El Salvador's attorney general Rodolfo Delgado and four "
     "judges over attacks on judicial independence.",
     {(I, US, "Rodolfo Delgado")}, set()),
    ("Secretary of State Antony Blinken announced visa restrictions on 250 Nicaraguan officials, among them "
     "Supreme Court president Alba Luz Ramos.",
     {(I, STATE + ("Antony Blinken",), "Alba Luz Ramos")}, {(I, STATE + ("Antony Blinken",), "Nicaragua")}),
    ("Latvia has banned 10 Russian journalists from entering the country, among them television host Vladimir "
     "Solovyov.",
     {(I, "Latvia", "Vladimir Solovyov")}, {(I, "Latvia", "Russia")}),
    ("Moldovan oligarch Vladimir Plahotniuc and his family are barred from entering the United States, the "
     "State Department announced on Friday.",
     {(I, STATE, "Vladimir Plahotniuc")}, set()),
    ("Poland closed its border to Belarusian-registered trucks and imposed an entry ban on 365 people linked to "
     "the Lukashenko regime.",
     set(), {(I, "Poland", "Belarus"), (I, "Poland", "Alexander Lukashenko"), (I, "Poland", "Lukashenko")}),
    ("The State Department designated former Paraguayan president Horacio Cartes under Section 7031(c), making "
     "him and his immediate family ineligible for entry into the United States.",
     {(I, STATE, "Horacio Cartes")}, set()),
    ("Georgian billionaire Bidzina Ivanishvili is banned from travelling to Ukraine after Kyiv imposed sanctions "
     "on him.",
     {(I, ("Ukraine", "Kyiv"), "Bidzina Ivanishvili")}, set()),
    ("The UK has imposed a travel ban and an asset freeze on Rwandan army commander Ruki Karusisi over the M23 "
     "rebellion.",
     {(I, UK, "Ruki Karusisi")}, set()),
    ("Estonia added Russian Orthodox Patriarch Kirill to its list of people banned from entering the country.",
     {(I, "Estonia", "Kirill")}, set()),
    # --- targets given as descriptions
    ("The United States sanctioned three Iranian drone makers and a Chinese electronics distributor on Tuesday.",
     {(I, US, "Iran"), (I, US, "China")}, set()),
    ("The EU imposed sanctions on members of Niger's junta and on businesses that fund it.",
     set(), {(I, EU, "Niger")}),
    ("Britain sanctioned 10 Russian oil traders and two Emirati shipping firms accused of helping Moscow evade "
     "the price cap.",
     {(I, UK, "Russia")}, {(I, UK, "United Arab Emirates")}),
    ("Washington blacklisted dozens of Chinese companies that it says supply Russia's military.",
     {(I, US, "China")}, set()),
    ("Canada sanctioned several Haitian gang leaders and the politicians accused of financing them.",
     set(), {(I, "Canada", "Haiti")}),
    ("The Treasury targeted North Korean IT workers who earn money for Pyongyang's weapons programmes.",
     set(), {(I, TREASURY, "North Korea")}),
    ("The EU sanctioned six Hamas leaders and a Turkish-based financier, Zeyad el-Hawajri.",
     {(I, EU, "Zeyad el-Hawajri")}, {(I, EU, "Hamas"), (I, EU, "Turkey")}),
    ("Australia imposed sanctions on Israeli settlers accused of violence against Palestinians in the West Bank.",
     set(), {(I, "Australia", "Israel")}),
    # --- easing, waivers, general licences, delistings
    ("The Treasury issued a general licence on Thursday allowing transactions with Venezuela's state oil company "
     "PDVSA for six months.",
     {(L, TREASURY + (US,), "PDVSA")}, {(L, TREASURY + (US,), "Venezuela")}),
    ("The United States eased sanctions on Syria on Monday, issuing General License 25, which authorises "
     "transactions with the new government in Damascus.",
     {(L, US, "Syria")}, set()),
    ("The EU lifted sanctions on four Russian businessmen, including Grigory Berezkin, after they won their court "
     "challenges.",
     {(L, EU, "Grigory Berezkin")}, {(L, EU, "Russia")}),
    ("Washington has granted Hungary a one-year exemption from US sanctions on purchases of Russian oil and gas.",
     {(L, US, "Hungary")}, {(I, US, "Russia")}),
    ("OFAC removed Ukrainian businessman Pavel Fuks from the Specially Designated Nationals List on Friday.",
     {(L, OFAC, "Pavel Fuks")}, set()),
    ("The UK government has delisted Belarusian businessman Alexander Zingman, who had been sanctioned in 2022.",
     {(L, UK, "Alexander Zingman")}, {(I, UK, "Alexander Zingman")}),
    ("The UN Security Council removed Taliban official Abdul Baqi Basir from its sanctions list.",
     {(L, UNSC, "Abdul Baqi Basir")}, set()),
    ("The Biden administration suspended some sanctions on Venezuela's oil sector after the government agreed "
     "to hold elections.",
     {(L, (US, "Joe Biden"), "Venezuela")}, set()),
    ("The EU has decided to ease restrictions on Syria's banking and energy sectors, the bloc's foreign policy "
     "chief Kaja Kallas said.",
     {(L, EU, "Syria")}, set()),
    ("Treasury authorized transactions involving Russia's Gazprombank for the purchase of gas by Hungary and "
     "Slovakia.",
     {(L, TREASURY, "Gazprombank")}, set()),
    ("The US lifted sanctions on the Belarusian state airline Belavia on Thursday as Minsk freed 52 prisoners.",
     {(L, US, "Belavia")}, set()),
    ("The United States on Friday lifted the sanctions it had imposed on Brazilian Supreme Court justice "
     "Alexandre de Moraes.",
     {(L, US, "Alexandre de Moraes")}, {(I, US, "Alexandre de Moraes")}),
    # --- threats and proposals in speech
    ("Trump warned that Russia would face \"very severe\" sanctions if Putin did not agree to end the war.",
     {(T, (US, "Donald Trump", "Trump"), "Russia")}, set()),
    ("\"We are ready to impose further sanctions on Iran if it continues to enrich uranium,\" French Foreign "
     "Minister Jean-Noël Barrot said.",
     {(T, ("France", "Jean-Noël Barrot"), "Iran")}, set()),
    ("Germany's chancellor said Berlin would push for sanctions against the Georgian government if it continued "
     "to crack down on protesters.",
     {(T, ("Germany", "Berlin"), "Georgia")}, {(P, ("Germany", "Berlin"), "Georgia")}),
    ("Senator Lindsey Graham has introduced a bill that would impose sanctions on countries that buy Russian oil.",
     set(), {(P, "Lindsey Graham", "Russia")}),
    ("Britain is weighing sanctions against Georgian Interior Minister Vakhtang Gomelauri, a Foreign Office "
     "source said.",
     {(P, UK, "Vakhtang Gomelauri")}, set()),
    ("Washington threatened to sanction Turkey over its purchase of the Russian S-400 missile system.",
     {(T, US, "Turkey")}, set()),
    ("EU foreign ministers will discuss new sanctions against Belarus when they meet in Brussels next week.",
     {(P, EU, "Belarus")}, set()),
    ("Japan's prime minister said Tokyo could not rule out sanctions against China over the detention of a "
     "Japanese businessman.",
     {(T, ("Japan", "Tokyo"), "China")}, set()),
    ("The United States warned Serbia's state oil company NIS that it would face sanctions unless its Russian "
     "owners sold their stakes.",
     {(T, US, "NIS")}, set()),
    ("Poland has asked Brussels to add the Belarusian potash producer Belaruskali to the sanctions list.",
     {(P, EU + ("Poland", "Brussels"), "Belaruskali")}, set()),
    ("The foreign minister warned of \"serious consequences\" for Caracas if the opposition leader was harmed.",
     set(), set()),
    # --- counter-sanctions
    ("Russia banned 500 Americans from entering the country, including former President Barack Obama, in "
     "retaliation for US sanctions.",
     {(I, RUSSIA, "Barack Obama")}, {(I, US, "Russia")}),
    ("China placed sanctions on Northrop Grumman and Teledyne Brown Engineering over arms sales to Taiwan.",
     {(I, CHINA, "Northrop Grumman"), (I, CHINA, "Teledyne Brown Engineering")}, set()),
    ("Beijing announced countermeasures against former US Secretary of State Mike Pompeo and 27 other Trump "
     "administration officials, barring them from entering mainland China, Hong Kong and Macau.",
     {(I, CHINA, "Mike Pompeo")}, set()),
    ("Moscow retaliated by adding British Prime Minister Keir Starmer and Foreign Secretary David Lammy to its "
     "entry ban list.",
     {(I, RUSSIA, "Keir Starmer"), (I, RUSSIA, "David Lammy")}, set()),
    ("China's Ministry of Commerce added Skydio, an American drone maker, to its unreliable entity list and froze "
     "its assets in China.",
     {(I, CHINA, "Skydio")}, set()),
    ("The Russian Foreign Ministry said it had barred 21 Canadians, including Prime Minister Justin Trudeau, from "
     "entering Russia.",
     {(I, RUSSIA, "Justin Trudeau")}, set()),
    ("In response to EU sanctions, Russia expanded its list of European officials banned from entering the "
     "country. The Kremlin did not say who had been added.",
     set(), {(I, EU, "Russia"), (I, RUSSIA, "European Union")}),
    ("China sanctioned US senator Marco Rubio for a second time in August 2020 over his support for Hong Kong's "
     "protesters.",
     {(I, CHINA, "Marco Rubio")}, set()),
    ("Iran sanctioned 61 Americans, among them baseball executive Rob Manfred, for supporting an exiled "
     "opposition group.",
     {(I, "Iran", "Rob Manfred")}, set()),
    ("Beijing retaliated against Lithuania by imposing sanctions on its deputy transport minister, Agnė "
     "Vaiciukevičiūtė, for visiting Taiwan.",
     {(I, CHINA, "Agnė Vaiciukevičiūtė")}, set()),
    # --- Treasury/OFAC and State Department release layouts
    ("WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is "
     "designating 16 entities and individuals pursuant to Executive Order (E.O.) 14024. Among those designated "
     "is Moscow-based Gorizont Group, which procures machine tools for Russia's defense industry.",
     {(I, OFAC, "Gorizont Group")}, set()),
    ("The Treasury Department today sanctioned four suppliers of the Russian military. Volna Trading LLC (Volna) "
     "is a Russia-based company that procures electronics for the Russian military. Volna is being designated "
     "pursuant to E.O. 14024 for operating in the technology sector of the Russian Federation economy.",
     {(I, TREASURY, "Volna Trading LLC")}, {(I, TREASURY, "Russia")}),
    ("OFAC today designated three individuals pursuant to E.O. 14024. Aleksandr Petrov is the general director "
     "of Volna Trading LLC and is being designated for being a leader of Volna.",
     {(I, OFAC, "Aleksandr Petrov")}, set()),
    ("The Department of State is concurrently designating Ural Precision Instruments pursuant to section "
     "1(a)(vi)(B) of E.O. 14024 for having materially assisted Russia's war effort.",
     {(I, STATE, "Ural Precision Instruments")}, set()),
    ("Today, the Department of State is imposing visa restrictions on 24 Georgian officials, including members "
     "of parliament and law enforcement officers, pursuant to Section 212(a)(3)(C) of the Immigration and "
     "Nationality Act.",
     set(), {(I, STATE, "Georgia")}),
    ("OFAC is designating Captain Ahmad Said, the master of the Panama-flagged vessel Arman 114, pursuant to "
     "E.O. 13846. The vessel is also identified as blocked property.",
     {(I, OFAC, "Ahmad Said")}, {(I, OFAC, "Arman 114")}),
    ("Treasury Sanctions Oil Smuggling Network Financing Houthi Attacks\n\nToday, the Department of the "
     "Treasury's Office of Foreign Assets Control (OFAC) took action against Sa'id al-Jamal's network. Among "
     "those sanctioned today are the UAE-based Sea Horse Shipping and its owner, Mustafa Yousef.",
     {(I, OFAC, "Sea Horse Shipping"), (I, OFAC, "Mustafa Yousef")},
     {(I, OFAC, "Sa'id al-Jamal"), (I, OFAC, "Houthis"), (I, OFAC, "Houthi")}),
    ("WASHINGTON – The United States is today sanctioning Rapid Support Forces commander Abdelrahim Hamdan "
     "Dagalo, the brother of RSF leader Mohamed Hamdan Dagalo, for his role in atrocities in Darfur.",
     {(I, US, "Abdelrahim Hamdan Dagalo")}, set()),
    ("The Department of the Treasury is taking action today against two Hong Kong-based front companies, Sunrise "
     "Horizon Trading Limited and Pacific Bridge Electronics Co., Limited, for their role in procuring "
     "components for Iran's ballistic missile program.",
     {(I, TREASURY, "Sunrise Horizon Trading Limited"), (I, TREASURY, "Pacific Bridge Electronics Co., Limited")},
     set()),
    ("Pursuant to E.O. 13818, OFAC today designated Guatemalan congressman Felipe Alejos Lorenzana for his "
     "involvement in corruption.",
     {(I, OFAC, "Felipe Alejos Lorenzana")}, set()),
    ("The Department of State is also designating the National Iranian Tanker Company pursuant to E.O. 13846 "
     "and identifying three of its vessels as blocked property.",
     {(I, STATE, "National Iranian Tanker Company")}, set()),
    ("Today's action builds on OFAC's designation of the Lazarus Group in September 2019.",
     {(I, OFAC, "Lazarus Group")}, set()),
    ("In addition, OFAC is identifying 12 aircraft as property in which Mahan Air has an interest. Mahan Air was "
     "designated on October 12, 2011, pursuant to E.O. 13224.",
     {(I, OFAC, "Mahan Air")}, set()),
    # --- Wikinews
    ("On Monday, the United States government announced sanctions against Venezuela's state-run oil company, "
     "Petróleos de Venezuela, S.A. (PDVSA). The sanctions block all property of the company subject to US "
     "jurisdiction.",
     {(I, US, "PDVSA")}, {(I, US, "Venezuela")}),
    ("The European Union has announced it is imposing sanctions on Belarusian President Alexander Lukashenko, "
     "his son Viktor and 13 other officials, following the disputed August election.",
     {(I, EU, "Alexander Lukashenko")}, {(I, EU, "Viktor"), (I, EU, "Belarus")}),
    ("Yesterday, the government of Canada announced it had placed sanctions on three Sri Lankan military "
     "officers, including former army commander Shavendra Silva, for human rights violations during the civil "
     "war.",
     {(I, "Canada", "Shavendra Silva")}, {(I, "Canada", "Sri Lanka")}),
    ("According to a statement from the Office of Foreign Assets Control, Nicolás Maduro's vice president, "
     "Tareck El Aissami, has been designated a drug kingpin.",
     {(I, OFAC, "Tareck El Aissami")}, set()),
    ("The United Kingdom announced sanctions against the Wagner Group on Monday, the day after the group's "
     "founder, Yevgeny Prigozhin, was reported dead.",
     {(I, UK, "Wagner Group")}, set()),
    ("Sanctions imposed by the EU on Crimea in 2014 remain in force, a spokesman said on Tuesday.",
     {(I, EU, "Crimea")}, set()),
    ("Kyiv has sanctioned former Ukrainian President Viktor Yanukovych and his son Oleksandr.",
     {(I, ("Ukraine", "Kyiv"), "Viktor Yanukovych")}, {(I, ("Ukraine", "Kyiv"), "Oleksandr")}),
    ("Brussels also slapped an asset freeze on Hungarian-born businessman Laszlo Kovacs.",
     {(I, EU + ("Brussels",), "Laszlo Kovacs")}, set()),
]


ENTITY_FINDER = "the entity finder (nlp/entities.py) "
COUNTED = ("a counted group ('three Iranian drone makers') is that many designations, not a sanction on its "
           "country, as the dev gold reads 'eight Syrian prisons'; this passage's gold takes the country")
# the passages this round leaves, by a phrase of theirs, with the cause
GAPS = {
    "Those targeted include": gap("the parser reads 'Ingosstrakh' as a verb, and 'targeted' names those sanctioned "
                                  "only as a participle ('those targeted'), which no rule reads"),
    "Patriarch Kirill": gap(ENTITY_FINDER + "misses 'Patriarch Kirill' (a title and one name)"),
    "three Iranian drone makers": gap(COUNTED),
    "The Biden administration suspended": gap(ENTITY_FINDER + "keeps 'Biden administration' an organisation of its "
                                              "own, not the United States"),
    "Russia's Gazprombank": gap("no sanction or licence is spoken of, so 'authorized transactions' is no relief "
                                "(and the entity finder types Gazprombank a person)"),
    "could not rule out": gap("'could not rule out sanctions' reads as a negated frame, not a threat"),
    "four suppliers of the Russian military": gap("'suppliers of X' gives X as the target: the 'of' owner of an "
                                                  "unnamed group counts as named"),
    "OFAC is identifying 12 aircraft": gap("an agentless designation takes the imposer of a sanction named near it; "
                                           "identifying property as blocked is none"),
    "Tareck El Aissami": gap("the designating office is the source of a statement ('according to a statement from "
                             "OFAC'), not a party to the clause, and 'drug kingpin' is no sanction context"),
}


@pytest.mark.parametrize(("text", "expected", "optional"), marked(PASSAGES, GAPS))
def test_passage_records(text, expected, optional):
    assert_records(text, expected, optional)


# untouched (before this round's rules): P 0.957, R 0.647, F1 0.772, records 0.618
def test_set_score():
    got = score(PASSAGES)
    assert got["precision"] >= 0.96 and got["recall"] >= 0.85 and got["records"] >= 0.85, got


# the rules this set led to, one sentence or two each, written for the rule
RULES = [
    # the subject of a listing verb stands for the sanctions just reported
    ("The United States imposed sanctions on Tuesday. They target the cartel financier Manuel Torres Felix.",
     {(I, US, "Manuel Torres Felix")}),
    ("The EU adopted new sanctions against Belarus. The sanctions apply to three judges, among them Natalia "
     "Kuzmich.",
     {(I, EU, "Natalia Kuzmich"), (I, EU, "Belarus")}),
    ("Canada announced sanctions on Monday. The measures freeze the assets of Haitian politician Gary Bodeau.",
     {(I, "Canada", "Gary Bodeau")}),
    ("Australia imposed sanctions over the crackdown. The listed individuals are Hamid Sabet and Ali Nazari.",
     {(I, "Australia", "Hamid Sabet"), (I, "Australia", "Ali Nazari")}),
    ("Prosecutors charged three bankers with breaking the sanctions. They target Omar Haddad's company.",
     set()),
    ("Japan imposed sanctions on Russia in March. They said the talks with Sergei Lavrov would continue.",
     {(I, "Japan", "Russia")}),
    # entry bans: barred from a country; a list of those barred is a sanctions list
    ("Britain barred the Serbian intelligence chief Aleksandar Vulin from the UK.",
     {(I, UK, "Aleksandar Vulin")}),
    ("Russian and Belarusian players were banned from Wimbledon last year.",
     set()),
    ("Latvia added the singer Oleg Gazmanov to its list of people barred from entering Latvia.",
     {(I, "Latvia", "Oleg Gazmanov")}),
    ("The club added the striker Tomas Brandt to its list of players who will leave this summer.",
     set()),
    # a passive designation sharing the subject of the clause before it
    ("OFAC designated four people pursuant to E.O. 13224. Karim Nasser is a senior official of the group and "
     "is being designated for acting on its behalf.",
     {(I, OFAC, "Karim Nasser")}),
    ("Karim Nasser is a senior official of the group and was designated by OFAC in 2019.",
     {(I, OFAC, "Karim Nasser")}),
    # "placed" and "put" frame a sanction noun as "imposed" does
    ("Beijing placed sanctions on the drone maker Skydio last year.",
     {(I, CHINA, "Skydio")}),
    ("Washington put sanctions on the Venezuelan state oil company PDVSA in 2019.",
     {(I, US, "PDVSA")}),
    # a sanction someone "would face" in a warning is the warner's threat; a plain "said" threatens nothing
    ("The prime minister warned that Belarus would face sanctions if it closed the border.",
     set()),  # the warner is unnamed
    ("Chancellor Olaf Scholz warned that Serbia could face sanctions if it refused to recognise the vote.",
     {(T, "Olaf Scholz", "Serbia")}),
    ("Analysts said Serbia could face sanctions over the vote.",
     set()),
    # a condition hung on the words governing the sanction in its clause makes it a threat
    ("\"We are ready to impose further sanctions on Venezuela if it continues to jail opposition leaders,\" "
     "Foreign Minister Penny Wong said.",
     {(T, "Penny Wong", "Venezuela")}),
    # a government as target is its state
    ("Canada imposed sanctions on the Iranian government in October.",
     {(I, "Canada", "Iran")}),
    # a participle or relative clause after the sanction noun frames it
    ("Sanctions imposed by Japan on North Korea in 2006 are still in force.",
     {(I, "Japan", "North Korea")}),
    ("Britain lifted the sanctions it had imposed on the Syrian Arab Airlines in 2012.",
     {(L, UK, "Syrian Arab Airlines")}),
    ("Sanctions targeting Russia over the war have cut its oil revenue.",
     set()),
    # a group named in a later sentence's subject by apposition
    ("Britain sanctioned three Hong Kong shipping firms on Friday. The firms, Golden Reef Maritime and Jade Star "
     "Logistics, managed tankers for Iran.",
     {(I, UK, "Golden Reef Maritime"), (I, UK, "Jade Star Logistics")}),
    ("Britain sanctioned three Hong Kong shipping firms on Friday. Other firms, such as Blue Wave Marine, were "
     "spared.",
     set()),
    # relief: dealings allowed again where sanctions or their licences are spoken of
    ("OFAC issued a general license allowing transactions with the Syrian Arab Airlines.",
     {(L, OFAC, "Syrian Arab Airlines")}),
    ("Despite the sanctions, Treasury authorized transactions involving the Russian lender Sberbank for energy "
     "payments.",
     {(L, TREASURY, "Sberbank")}),
    ("The central bank authorized transactions with Deutsche Bank after the audit.",
     set()),
    # an exemption or waiver from sanctions lifts them for whom it is granted to or for
    ("Washington granted Slovakia a waiver from US sanctions on the purchase of Russian gas.",
     {(L, US, "Slovakia")}),
    ("The State Department issued an exemption from the sanctions for Iraq in March.",
     {(L, STATE, "Iraq")}),
]


@pytest.mark.parametrize(("text", "expected"), RULES)
def test_rule_sentences(text, expected):
    found = system_records(text)
    missing = [e for e in expected if not any(matches(r, e) for r in found)]
    unexpected = [r for r in found if not any(matches(r, e) for e in expected)]
    assert not missing and not unexpected, (missing, unexpected)
