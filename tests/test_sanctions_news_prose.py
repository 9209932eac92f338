"""Sanctions as news prose and as non-OFAC government texts: wire and Wikinews reporting ("slapped",
"was hit with", "blacklisted", "froze the assets of"), sanctions mentioned in the background of other
news, extensions and renewals, lifting and waivers, calls and threats, retaliation, UN resolutions,
export and entry bans by many governments, imposers named only as "the bloc" or "the department",
and lists of targets with titles and aliases. Every passage is written for the test; the pair score
below is the one the project's scorer uses (imposed (imposer, target) pairs, any accepted imposer)."""
from __future__ import annotations

import pytest
from sanction_rows import I, L, P, T, assert_records, gap, marked, matches, score, system_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

US = "United States"
EU = "European Union"
UK = "United Kingdom"
UNSC = "United Nations Security Council"
UN = "United Nations"
TREASURY = ("Treasury", "United States Department of the Treasury")
STATE = ("United States Department of State", "State Department")
COMMERCE = ("United States Department of Commerce", "Commerce Department", "Commerce")


# (passage, records a careful reader states, records neither required nor wrong)
# A record is (status, imposer or the tuple of imposers any of which is accepted, target).
PASSAGES = [
    # --- wire reporting of imposed sanctions
    ("The European Union agreed a fresh package of sanctions on Russia on Friday, targeting its liquefied natural "
     "gas exports and a fleet of ageing tankers.",
     {(I, EU, "Russia")}, set()),
    ("Washington slapped sanctions on Dalian Harbor Logistics, a Chinese shipping firm accused of carrying Iranian "
     "crude to refineries in Shandong.",
     {(I, US, "Dalian Harbor Logistics")}, set()),
    ("Mining magnate Pavel Sorokin was hit with US sanctions on Thursday over his ties to the Kremlin.",
     {(I, US, "Pavel Sorokin")}, set()),
    ("The United States blacklisted three Hong Kong companies on Tuesday for shipping drone parts to Iran, among "
     "them Everbright Components.",
     {(I, US, "Everbright Components")}, set()),
    ("Canada froze the assets of former Haitian senator Jean-Baptiste Moreau, accusing him of financing armed "
     "gangs in Port-au-Prince.",
     {(I, "Canada", "Jean-Baptiste Moreau")}, set()),
    ("Australia imposed a travel ban on four Iranian officials, including police chief Ahmad Vahidi.",
     {(I, "Australia", "Ahmad Vahidi")}, {(I, "Australia", "Iran")}),
    ("The European Union widened its blacklist on Monday. The bloc froze the assets of Belarusian businessman "
     "Mikhail Gutseriev and barred him from entering its territory.",
     {(I, EU, "Mikhail Gutseriev")}, set()),
    ("Treasury sanctioned Lebanese financier Hassan Moukalled on Tuesday, saying he had helped Hezbollah move "
     "money out of the country.",
     {(I, TREASURY, "Hassan Moukalled")}, set()),
    ("The US Commerce Department widened its export controls on Thursday. The department said it had added two "
     "Turkish firms, Anka Metal and Bosphorus Kimya, to the Entity List.",
     {(I, COMMERCE, "Anka Metal"), (I, COMMERCE, "Bosphorus Kimya")}, set()),
    ("The UN Security Council on Wednesday imposed a travel ban and an asset freeze on Haitian gang leader Jimmy "
     "Cherizier, who is known as Barbecue.",
     {(I, UNSC, "Jimmy Cherizier")}, set()),
    ("Japan's cabinet on Friday approved an asset freeze on 36 Russian individuals and 11 entities, including the "
     "arms maker Kalashnikov Concern.",
     {(I, "Japan", "Kalashnikov Concern")}, {(I, "Japan", "Russia")}),
    ("Switzerland froze the assets of Russian fertiliser tycoon Andrei Melnichenko on Friday.",
     {(I, "Switzerland", "Andrei Melnichenko")}, set()),
    ("Britain on Thursday sanctioned Georgian billionaire Bidzina Ivanishvili, the founder of the ruling Georgian "
     "Dream party.",
     {(I, UK, "Bidzina Ivanishvili")}, set()),
    ("The Treasury sanctioned Ovidio Guzmán López, also known as El Ratón, and three of his brothers for running "
     "fentanyl laboratories in Sinaloa.",
     {(I, TREASURY, "Ovidio Guzmán López")}, set()),
    ("The United States imposed sanctions on Russia's Prosecutor General Igor Krasnov and Interior Minister "
     "Vladimir Kolokoltsev.",
     {(I, US, "Igor Krasnov"), (I, US, "Vladimir Kolokoltsev")}, {(I, US, "Russia")}),
    ("Britain announced sanctions against five people over the poisoning of opposition leader Alexei Navalny: "
     "Alexander Bortnikov, Sergei Kiriyenko, Andrei Yarin, Sergei Menyailo and Pavel Popov.",
     {(I, UK, n) for n in ("Alexander Bortnikov", "Sergei Kiriyenko", "Andrei Yarin", "Sergei Menyailo",
                           "Pavel Popov")}, set()),
    ("On Tuesday, the government of Australia announced that it had imposed financial sanctions on twelve people "
     "linked to the Myanmar military, including commander-in-chief Min Aung Hlaing.",
     {(I, "Australia", "Min Aung Hlaing")}, set()),
    ("New Zealand's government said it had imposed travel bans on 100 Russian officials, including President "
     "Vladimir Putin.",
     {(I, "New Zealand", "Vladimir Putin")}, {(I, "New Zealand", "Russia")}),
    ("Four Sudanese generals were placed under US sanctions on Thursday, including Abdel Rahim Dagalo.",
     {(I, US, "Abdel Rahim Dagalo")}, set()),
    ("Britain announced new sanctions on Iran on Monday. The measures target the commander of the Revolutionary "
     "Guards navy, Alireza Tangsiri, and two shipping firms.",
     {(I, UK, "Iran"), (I, UK, "Alireza Tangsiri")}, set()),
    ("The United States sanctioned Russian lender VTB on Thursday. Japan followed suit a day later.",
     {(I, US, "VTB"), (I, "Japan", "VTB")}, set()),
    ("Treasury on Thursday sanctioned four Mexican nationals tied to the Sinaloa Cartel, including Edgar Mendez "
     "Ochoa.",
     {(I, TREASURY, "Edgar Mendez Ochoa")}, set()),
    ("EU foreign ministers met in Brussels on Monday. The bloc imposed sanctions on seven Iranian officials over "
     "the crackdown on protesters, among them the judge Abolqasem Salavati.",
     {(I, EU, "Abolqasem Salavati")}, {(I, EU, "Iran")}),
    ("The State Department on Friday designated the Houthi movement a Foreign Terrorist Organization. The "
     "department also sanctioned the group's military spokesman, Yahya Saree.",
     {(I, STATE, "Houthis"), (I, STATE, "Yahya Saree")}, set()),
    ("The United States, Britain and Canada jointly sanctioned Chinese officials Wang Junzheng and Chen Mingguo "
     "over abuses in Xinjiang.",
     {(I, c, p) for c in (US, UK, "Canada") for p in ("Wang Junzheng", "Chen Mingguo")}, set()),
    ("The EU and Britain froze the assets of Asma al-Assad, the wife of the Syrian president.",
     {(I, EU, "Asma al-Assad"), (I, UK, "Asma al-Assad")}, set()),
    ("The Treasury sanctioned Sa'id al-Jamal, known as Abu Ahmad, an Iran-based financier of the Houthis.",
     {(I, TREASURY, "Sa'id al-Jamal")}, set()),
    ("Canada announced sanctions on 22 Russian individuals on Monday, among them the billionaire Vladimir "
     "Potanin and his holding company, Interros.",
     {(I, "Canada", "Vladimir Potanin"), (I, "Canada", "Interros")}, set()),
    ("Canberra slapped financial sanctions and travel bans on 13 Iranian individuals and two entities, including "
     "the Basij militia.",
     {(I, "Australia", "Basij militia")}, {(I, "Australia", "Iran")}),
    ("Tokyo imposed an entry ban on 13 Russian officials, including Defence Minister Andrei Belousov.",
     {(I, "Japan", "Andrei Belousov")}, {(I, "Japan", "Russia")}),
    ("Bern added 100 names to its sanctions list on Wednesday, including the Wagner Group commander Dmitry "
     "Utkin.",
     {(I, "Switzerland", "Dmitry Utkin")}, set()),
    # --- extensions and renewals
    ("EU leaders agreed on Thursday to roll over economic sanctions on Russia for another six months.",
     {(I, EU, "Russia")}, set()),
    ("The Security Council voted 13-0 on Thursday to renew the sanctions regime on South Sudan, including an arms "
     "embargo, until May 2026.",
     {(I, UNSC, "South Sudan")}, set()),
    ("The bloc's foreign ministers extended the asset freeze on former Ukrainian president Viktor Yanukovych "
     "for another year, the European Union said.",
     {(I, EU, "Viktor Yanukovych")}, set()),
    # --- background mentions
    ("Russia, already under sweeping Western sanctions, has turned to China for microchips.",
     set(), set()),
    ("Rusal, the aluminium company that was sanctioned by the United States in 2018, saw its shares surge on "
     "Monday.",
     {(I, US, "Rusal")}, set()),
    ("The sanctions, imposed by Washington in 2019, cut off Venezuela's state oil company PDVSA from its biggest "
     "market.",
     {(I, US, "PDVSA")}, {(I, US, "Venezuela")}),
    ("Iran has been under a UN arms embargo since 2007.",
     {(I, (UN, UNSC), "Iran")}, set()),
    ("Viktor Vekselberg, a sanctioned Russian billionaire, owns a stake in the company.",
     set(), set()),
    ("North Korea, which is subject to UN Security Council sanctions over its nuclear programme, fired another "
     "ballistic missile on Sunday.",
     {(I, UNSC, "North Korea")}, set()),
    ("Shares in En+ Group rose on Monday. The sanctions, imposed in 2018, bar Americans from dealing with the "
     "company.",
     set(), set()),
    ("Alisher Usmanov, who was sanctioned by the EU, Britain and the United States after Russia invaded Ukraine, "
     "lost his appeal on Wednesday.",
     {(I, EU, "Alisher Usmanov"), (I, UK, "Alisher Usmanov"), (I, US, "Alisher Usmanov")}, set()),
    ("Hungarian banker Sandor Csanyi said on Monday he would challenge the US sanctions against him in court.",
     {(I, US, "Sandor Csanyi")}, set()),
    ("Sanctions against Iran have driven the rial to record lows.",
     set(), set()),
    ("The bank was fined $1.3 billion for violating US sanctions on Cuba.",
     set(), {(I, US, "Cuba")}),
    # --- lifting, easing, waivers, relief, delisting
    ("The United States lifted sanctions on Turkey's defence and energy ministries on Wednesday after Ankara "
     "agreed to a ceasefire in northern Syria.",
     {(L, US, "Turkey")}, set()),
    ("Washington eased sanctions on Venezuela's state-run oil company PDVSA, allowing Chevron to resume pumping "
     "crude.",
     {(L, US, "PDVSA")}, {(L, US, "Venezuela")}),
    ("The Treasury issued a waiver allowing Iraq to keep buying electricity from Iran despite US sanctions.",
     set(), {(I, US, "Iran"), (L, TREASURY, "Iraq"), (L, US, "Iraq")}),
    ("The European Union removed three Syrian banks from its sanctions list on Tuesday, including the Commercial "
     "Bank of Syria.",
     {(L, EU, "Commercial Bank of Syria")}, set()),
    ("The UN Security Council delisted Syrian President Ahmed al-Sharaa, clearing the way for his visit to "
     "Washington.",
     {(L, UNSC, "Ahmed al-Sharaa")}, set()),
    ("Japan eased its sanctions on North Korea in 2014, allowing North Korean ships to enter Japanese ports.",
     {(L, "Japan", "North Korea")}, set()),
    ("Under the deal, Iran would receive relief from US and EU sanctions in exchange for curbs on its nuclear "
     "programme.",
     set(), {(L, US, "Iran"), (L, EU, "Iran"), (P, US, "Iran"), (P, EU, "Iran")}),
    ("The Biden administration removed Cuba from the list of state sponsors of terrorism in its final days.",
     {(L, ("Joe Biden", US), "Cuba")}, set()),
    ("Britain unfroze the assets of Chelsea owner Roman Abramovich so that the club could be sold.",
     {(L, UK, "Roman Abramovich")}, set()),
    # --- calls for sanctions, proposals, threats
    ("Ukraine's foreign minister Dmytro Kuleba called on the EU to sanction the Russian nuclear agency Rosatom.",
     {(P, ("Dmytro Kuleba", EU), "Rosatom")}, set()),
    ("President Trump vowed to impose \"massive\" sanctions on Russia if it refused to agree to a ceasefire.",
     {(T, "Donald Trump", "Russia")}, set()),
    ("The European Union is weighing sanctions against Israeli far-right ministers Itamar Ben-Gvir and Bezalel "
     "Smotrich.",
     {(P, EU, "Itamar Ben-Gvir"), (P, EU, "Bezalel Smotrich")}, set()),
    ("Chinese firms that help Russia's war effort could face sanctions, US Secretary of State Antony Blinken "
     "warned on Tuesday.",
     set(), {(T, "Antony Blinken", "China")}),  # the warner threatens; "Chinese firms" is China only loosely
    ("Georgia could face EU sanctions if it continues its crackdown on protesters, the bloc's foreign policy "
     "chief Kaja Kallas said.",
     {(T, (EU, "Kaja Kallas"), "Georgia")}, set()),
    ("Republican senators urged the Treasury to sanction the International Criminal Court.",
     set(), {(P, TREASURY, "International Criminal Court")}),
    ("France and Germany pushed for sanctions on Iranian airline Mahan Air.",
     {(P, "France", "Mahan Air"), (P, "Germany", "Mahan Air")}, set()),
    ("A Russian veto blocked a UN Security Council resolution that would have imposed sanctions on Mali.",
     set(), {(P, UNSC, "Mali")}),
    ("Lithuania said it would press the EU to ban imports of Belarusian potash.",
     set(), {(P, "Lithuania", "Belarus"), (P, EU, "Belarus")}),
    ("The Biden administration is preparing sanctions against Chinese banks that help Russia buy weapons.",
     set(), set()),
    # --- retaliation
    ("Beijing retaliated with sanctions on US defence firms General Dynamics and Raytheon.",
     {(I, "China", "General Dynamics"), (I, "China", "Raytheon")}, set()),
    ("China hit back on Friday, imposing sanctions on nine American defence contractors, including Shield AI and "
     "Anduril.",
     {(I, "China", "Shield AI"), (I, "China", "Anduril")}, set()),
    ("Moscow responded by barring 25 British citizens, among them Defence Secretary Ben Wallace, from entering "
     "Russia.",
     {(I, "Russia", "Ben Wallace")}, set()),
    ("In a tit-for-tat move, Russia imposed sanctions on 15 Japanese lawmakers, including former defence minister "
     "Shigeru Tanaka.",
     {(I, "Russia", "Shigeru Tanaka")}, set()),
    ("Iran responded by sanctioning 12 US officials, among them former national security adviser John Bolton.",
     {(I, "Iran", "John Bolton")}, set()),
    # --- UN Security Council resolutions and committees
    ("The Security Council adopted Resolution 2397, tightening sanctions on North Korea by capping its imports of "
     "refined petroleum.",
     {(I, UNSC, "North Korea")}, set()),
    ("The UN Security Council's 1718 Committee designated Pyongyang Shipping Company and four of its vessels "
     "on Friday.",
     {(I, UNSC, "Pyongyang Shipping Company")}, set()),
    # --- Commerce, export bans, visa restrictions
    ("The US Commerce Department added Chinese chipmaker SMIC to its Entity List, restricting its access to "
     "American technology.",
     {(I, COMMERCE, "SMIC")}, set()),
    ("The Commerce Department on Monday tightened restrictions on Huawei. Commerce also added 38 Huawei "
     "affiliates in 21 countries to the Entity List.",
     {(I, COMMERCE, "Huawei")}, set()),
    ("Japan banned exports of semiconductors and luxury cars to Russia on Friday.",
     {(I, "Japan", "Russia")}, set()),
    ("The EU banned imports of Russian steel last year.",
     {(I, EU, "Russia")}, set()),
    ("The State Department announced visa restrictions on 14 Ugandan officials, including parliament speaker "
     "Anita Among, over the anti-gay law.",
     {(I, STATE, "Anita Among")}, {(I, STATE, "Uganda")}),
    # --- not sanctions
    ("The Football Association fined the striker £20,000 and banned him for three matches.",
     set(), set()),
    ("The city council sanctioned the construction of a new bridge over the Tyne.",
     set(), set()),
    ("Analysts said the sanctions would have little effect on Russia's war chest.",
     set(), set()),
]


# a second round, written after the first had been studied and its rules made, to measure them on unseen text
SECOND_ROUND = [
    ("Washington blacklisted Chinese drone maker DJI last year, citing its ties to the military.",
     {(I, US, "DJI")}, set()),
    ("The UK government on Tuesday announced an asset freeze against Georgian interior minister Vakhtang "
     "Gomelauri.",
     {(I, UK, "Vakhtang Gomelauri")}, set()),
    ("Ottawa sanctioned six Iranian officials on Friday, among them prison chief Mohammad Mehdi Haj-Mohammadi.",
     {(I, "Canada", "Mohammad Mehdi Haj-Mohammadi")}, {(I, "Canada", "Iran")}),
    ("The European Union has had an arms embargo on China since 1989.",
     {(I, EU, "China")}, set()),
    ("Kazakh lender Kaspi Bank said it was not subject to any Western sanctions.",
     set(), set()),
    ("Switzerland's government said it would adopt the EU's latest sanctions against Russia.",
     {(P, "Switzerland", "Russia")}, {(I, EU, "Russia"), (P, EU, "Russia")}),
    ("The Japanese government froze the assets of Belarusian President Alexander Lukashenko.",
     {(I, "Japan", "Alexander Lukashenko")}, set()),
    ("Treasury on Monday designated Sinaloa Cartel leader Ismael Zambada under its counterterrorism "
     "authorities.",
     {(I, TREASURY, "Ismael Zambada")}, set()),
    ("Tokyo added 22 Chinese and Indian firms to its export blacklist, among them Shenzhen Blue Ocean "
     "Electronics.",
     {(I, "Japan", "Shenzhen Blue Ocean Electronics")}, set()),
    ("The EU's 14th package, adopted in June, banned the re-export of Russian LNG through EU ports.",
     {(I, EU, "Russia")}, set()),
    ("Russia's central bank chief Elvira Nabiullina was added to the EU sanctions list in 2022.",
     {(I, EU, "Elvira Nabiullina")}, set()),
    ("Britain will impose sanctions on Russian gold, Prime Minister Boris Johnson said.",
     {(P, (UK, "Boris Johnson"), "Russia")}, set()),
    ("The United States has threatened to sanction Turkey over its purchase of Russian S-400 missiles.",
     {(T, US, "Turkey")}, set()),
    ("Ankara was hit with US sanctions in December 2020 over the purchase.",
     {(I, US, "Turkey")}, set()),
    ("The Treasury said it had unblocked the property of Venezuelan businessman Samark López.",
     {(L, TREASURY, "Samark López")}, set()),
    ("Australia renewed its sanctions on Zimbabwe for another year.",
     {(I, "Australia", "Zimbabwe")}, set()),
    ("The UN Security Council's Taliban sanctions committee removed Afghan minister Abdul Baqi Haqqani from its "
     "list.",
     {(L, UNSC, "Abdul Baqi Haqqani")}, set()),
    ("Canada barred former Iranian official Hamid Nouri from entering the country.",
     {(I, "Canada", "Hamid Nouri")}, set()),
    ("Iran's economy has shrunk by a fifth under US sanctions.",
     set(), {(I, US, "Iran")}),
    ("Beijing announced countermeasures against eight US lawmakers, including Senator Marco Rubio.",
     {(I, "China", "Marco Rubio")}, set()),
]

# a third round: the governments' own notices other than US Treasury releases, unseen by the rules
THIRD_ROUND = [
    ("The Foreign, Commonwealth and Development Office has today designated three individuals under the Global "
     "Human Rights sanctions regime, including Colonel Mamadou Keita.",
     {(I, ("Foreign, Commonwealth and Development Office", UK), "Mamadou Keita")}, set()),
    ("Canada is imposing sanctions under the Special Economic Measures (Russia) Regulations on 15 individuals, "
     "including Dmitri Volkov, a deputy minister of defence.",
     {(I, "Canada", "Dmitri Volkov")}, set()),
    ("Minister for Foreign Affairs Penny Wong today announced targeted financial sanctions on two Chinese "
     "nationals, Zhang Wei and Liu Yang, for their involvement in cyber attacks.",
     {(I, "Penny Wong", "Zhang Wei"), (I, "Penny Wong", "Liu Yang")}, {(I, "Penny Wong", "China")}),
    ("The Government of Japan has decided to implement measures to freeze the assets of the following 5 "
     "individuals: Oleg Smirnov, Yuri Petrov, Anna Kozlova, Igor Sidorov and Nikolai Fedorov.",
     {(I, "Japan", n) for n in ("Oleg Smirnov", "Yuri Petrov", "Anna Kozlova", "Igor Sidorov", "Nikolai Fedorov")},
     set()),
    ("The State Secretariat for Economic Affairs (SECO) has added 12 individuals to the sanctions list, among them "
     "Belarusian general Viktor Gulevich.",
     {(I, ("State Secretariat for Economic Affairs", "SECO", "Switzerland"), "Viktor Gulevich")}, set()),
    ("The Security Council today decided to renew until 31 January 2026 the arms embargo on the Central African "
     "Republic.",
     {(I, UNSC, "Central African Republic")}, set()),
    ("Today, the Government of Canada announced that it has removed 24 entities from its Syria sanctions list, "
     "including the Central Bank of Syria.",
     {(L, "Canada", "Central Bank of Syria")}, set()),
    ("New Zealand has today imposed travel bans on 13 members of the Taliban's leadership, including Haibatullah "
     "Akhundzada.",
     {(I, "New Zealand", "Haibatullah Akhundzada")}, set()),
    ("The Council today decided to renew the restrictive measures against Iran for a further 12 months.",
     {(I, ("Council of the European Union", "Council"), "Iran")}, set()),
    ("The Government of the United Kingdom has frozen the assets of Zhenyang Holdings, a Hong Kong company that "
     "supplied drone engines to Iran.",
     {(I, UK, "Zhenyang Holdings")}, set()),
    ("Australia will also impose targeted financial sanctions on Myanma Economic Holdings and Myanmar Economic "
     "Corporation, which are owned by the military.",
     {(P, "Australia", "Myanma Economic Holdings"), (P, "Australia", "Myanmar Economic Corporation")}, set()),
    ("Switzerland has decided not to adopt the EU's sanctions against Chinese companies.",
     set(), {(I, EU, "China")}),
]

ENTITY_FINDER = "the entity finder (nlp/entities.py) "
# the passages this round leaves, by a phrase of theirs, with the cause
GAPS = {
    "his holding company, Interros": gap(ENTITY_FINDER + "misses the one-word company name 'Interros'"),
    "The bloc's foreign ministers": gap("'the bloc' comes before the European Union is named: descriptions resolve "
                                        "only backwards"),
    "Rusal, the aluminium company": gap(ENTITY_FINDER + "misses 'Rusal' (the tagger reads it as a common noun)"),
    "cut off Venezuela's state oil": gap("what sanctions 'cut off' is their target only in this sense; 'cut' is no "
                                         "listing verb (sanctions cut growth, too)"),
    "removed Cuba from the list of state sponsors": gap("a list is a sanctions list only by a modifier ('its "
                                                        "sanctions list'), not by an 'of' phrase"),
    "is preparing sanctions against Chinese banks": gap("'Chinese banks' are private: their nationality is no "
                                                        "target, but 'bank' is not among the private nouns"),
    "General Dynamics and Raytheon": gap(ENTITY_FINDER + "joins two company names over 'and' into one"),
    "Moscow responded by barring": gap("the parser hangs 'from entering Russia' on 'responded', so no entry ban is "
                                       "read"),
    "1718 Committee designated": gap("'designate' is a sanction only where sanctions are spoken of; a Security "
                                     "Council committee's number is no such word"),
    "The EU's 14th package, adopted": gap("the tokenizer splits 're-export', so the curbed noun is no first object; "
                                          "reading past it makes 'LNG', which the entity finder names, the target"),
    "Taliban sanctions committee removed": gap("'its list' is a sanctions list only through the committee's name, "
                                               "which the list does not carry"),
}


@pytest.mark.parametrize(("text", "expected", "optional"), marked(PASSAGES + SECOND_ROUND + THIRD_ROUND, GAPS))
def test_passage_records(text, expected, optional):
    assert_records(text, expected, optional)


# the level reached on each round (before this round's rules: first round P 0.852, R 0.639)
FLOORS = [(PASSAGES, 0.93, 0.84, 0.86), (SECOND_ROUND, 1.0, 0.92, 0.88), (THIRD_ROUND, 1.0, 1.0, 1.0)]


@pytest.mark.parametrize(("rows", "precision", "recall", "records"), FLOORS, ids=["first", "second", "third"])
def test_round_scores(rows, precision, recall, records):
    got = score(rows)
    assert got["precision"] >= precision and got["recall"] >= recall and got["records"] >= records, got


# one sentence per rule of this round, and the readings each rule must not make
RULES = [
    # a government acts for its state
    ("The government of Norway imposed sanctions on Belarus.", {(I, "Norway", "Belarus")}),
    ("The Japanese government imposed sanctions on Iran.", {(I, "Japan", "Iran")}),
    # agreeing sanctions takes them
    ("EU governments agreed new sanctions on Iran on Wednesday.", {(I, EU, "Iran")}),
    ("The bloc's members agreed to renew sanctions on Syria.", set()),
    # known sanctions keep their status in a clause that plans something else
    ("Hungarian banker Peter Horvath said he would fight the UK sanctions against him.",
     {(I, UK, "Peter Horvath")}),
    # calling on someone to sanction proposes it, with the one called on as its imposer
    ("Ukraine called on the United States to sanction Lukoil.", {(P, US, "Lukoil")}),
    ("Sweeping sanctions were imposed on Iran by the United Nations in 2006.", {(I, UN, "Iran")}),
    # "subject to sanctions", with a relative pronoun for its subject
    ("Syria, which is subject to EU sanctions, denied the report.", {(I, EU, "Syria")}),
    # a description runs into a name, and one word after a description is a name
    ("Britain sanctioned Emirati shipper Karam Al-Hashimi on Monday.", {(I, UK, "Karam Al-Hashimi")}),
    ("The United States blacklisted Chinese chipmaker Yangtze on Friday.", {(I, US, "Yangtze")}),
    # a list after a colon, misread as apposition
    ("Canada sanctioned three officers: Yuri Orlov, Pavel Ignatov and Denis Kuzmin.",
     {(I, "Canada", n) for n in ("Yuri Orlov", "Pavel Ignatov", "Denis Kuzmin")}),
    # "could face": a threat on a condition, a proposal without; the present tense says neither
    ("Iran could face UN sanctions if it does not comply.", {(T, UN, "Iran")}),
    ("Russia faces new EU sanctions over the attack.", set()),
    # doing the same as the sanction just reported
    ("Britain imposed sanctions on Iran on Monday. Canada and Australia did the same on Tuesday.",
     {(I, UK, "Iran"), (I, "Canada", "Iran"), (I, "Australia", "Iran")}),
    ("The EU imposed sanctions on Belarus. Switzerland is expected to follow suit.",
     {(I, EU, "Belarus"), (P, "Switzerland", "Belarus")}),
    ("The United States sanctioned Rosneft on Monday. Several analysts followed suit with downgrades.",
     {(I, US, "Rosneft")}),
    # a participle naming more targets, and "the sanctions target X" after a sanction with its imposer
    ("The United States imposed sanctions on Iran on Monday, hitting its oil exports and the shipping firm Arya "
     "Sasol.", {(I, US, "Iran"), (I, US, "Arya Sasol")}),
    ("The United States imposed sanctions on Iran on Monday. The sanctions target Bank Melli and Arya Sasol.",
     {(I, US, "Iran"), (I, US, "Bank Melli"), (I, US, "Arya Sasol")}),
    ("The sanctions target Bank Melli and Arya Sasol.", set()),
    # a sanction blocked by another party stays a proposal of its own imposer; one postponed is not in force
    ("Hungary blocked new EU sanctions on Russia.", {(P, EU, "Russia")}),
    ("Slovakia vetoed the EU's 18th sanctions package against Russia.", {(P, EU, "Russia")}),
    ("The Treasury postponed sanctions on Lukoil until December.", {(P, TREASURY, "Lukoil")}),
    # background: set off "under sanctions", "one of the lenders sanctioned", "whose assets were frozen"
    ("Deripaska, under US sanctions since 2018, owns a stake in the company.", {(I, US, "Deripaska")}),
    ("Gazprombank, one of the Russian lenders sanctioned by Washington last year, reported a profit.",
     {(I, US, "Gazprombank")}),
    ("Roman Abramovich, whose assets were frozen by Britain in 2022, sold the club.",
     {(I, UK, "Roman Abramovich")}),
    # what has yet to be done is not done
    ("Washington has yet to impose sanctions on Turkey.", set()),
    ("The EU has yet to sanction Israel.", set()),
    # "under sanctions" hung on the last of the objects; a second verb of the sanctions naming targets
    ("In response, the European Union placed Viktor Yanukovych and 17 others under sanctions.",
     {(I, EU, "Viktor Yanukovych")}),
    ("The sanctions were announced by the U.S. Treasury Department on Friday and target North Korean banker Ri "
     "Jong Won.", {(I, TREASURY, "Ri Jong Won")}),
    # holding, maintaining, unblocking
    ("The EU maintained its sanctions on Syria.", {(I, EU, "Syria")}),
    ("Russia has had to adapt to Western sanctions.", set()),
    ("The Treasury unblocked the property of Colombian businessman Ana Ruiz on Monday.", {(L, TREASURY, "Ana Ruiz")}),
    # measures taken to freeze, and the legal basis holding the target phrase
    ("The Government of Norway has decided to implement measures to freeze the assets of Pavel Orlov.",
     {(I, "Norway", "Pavel Orlov")}),
    ("Canada imposed sanctions under the Justice for Victims of Corrupt Foreign Officials Act on Ramon Vega.",
     {(I, "Canada", "Ramon Vega")}),
    # the sanctions just reported, made the subject of a further one, are their imposer's
    ("Canada adopted a new sanctions package on Monday. The package also imposes a travel ban on Pavel Orlov.",
     {(I, "Canada", "Pavel Orlov")}),
    ("The package would impose a ban on Russian diamonds, officials said.", set()),
    # a levy on trade is a sanction when aimed at a state or its goods, not at a firm or a price
    ("India on Monday imposed retaliatory tariffs on American almonds and apples.", {(I, "India", "United States")}),
    ("Turkey slapped import duties of 40% on Chinese cars on Friday.", {(I, "Turkey", "China")}),
    ("The regulator imposed new tariffs on Eskom customers in March.", set()),
    ("The government suspended the electricity tariff rise after a week of protests.", set()),
    # a dateline the parser read as the subject is no imposer
    ("Title of the report\n\nOTTAWA (Reuters) - Canada on Friday imposed retaliatory tariffs on Brazilian beef.",
     {(I, "Canada", "Brazil")}),
]


@pytest.mark.parametrize(("text", "expected"), RULES)
def test_rule_sentences(text, expected):
    found = system_records(text)
    assert all(any(matches(r, e) for r in found) for e in expected), found
    assert all(any(matches(r, e) for e in expected) for r in found), found
