"""Sanctions in the styles the earlier sets cover least: OFAC release paragraphs that describe the
designated persons and the companies they own or control (with "(Short)" aliases) under one "designated
today" lead, EU Council restrictive measures (listings, asset freezes, travel bans, prolongations), UK
FCDO/OFSI designations, UN Security Council committee listings and delistings, Chinese, Russian and Iranian
counter-sanctions, threats in statements and conditional threats, relief in deals, and sanction words that
name no sanction. Every passage is written for the test, before the rules were read; the pair score is the
project scorer's (imposed (imposer, target) pairs)."""
from __future__ import annotations

import pytest
from sanction_rows import I, L, P, T, assert_records, gap, marked, matches, score, system_records

from newskb.pipeline import extract

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

US = "United States"
EU = ("European Union", "EU", "Council of the European Union", "Council", "Council of the EU", "Brussels")
UK = ("United Kingdom", "Britain", "Foreign, Commonwealth and Development Office", "FCDO", "UK government",
      "Foreign Office", "Office of Financial Sanctions Implementation", "OFSI")
UNSC = ("United Nations Security Council", "Security Council", "United Nations", "UN Security Council")
TREASURY = ("Treasury", "United States Department of the Treasury", "Department of the Treasury",
            "Treasury Department")
OFAC = ("Office of Foreign Assets Control", "OFAC") + TREASURY
COMMERCE = ("Bureau of Industry and Security", "United States Department of Commerce", "Commerce Department")
STATE = ("United States Department of State", "State Department", "Department of State", US)
RUSSIA = ("Russia", "Moscow", "Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia")
CHINA = ("China", "Beijing", "Ministry of Commerce", "Chinese Ministry of Commerce", "China's Ministry of Commerce",
         "Chinese Foreign Ministry")
IRAN = ("Iran", "Tehran", "Iranian Foreign Ministry")

# (passage, records a careful reader states, records neither required nor wrong)
# A record is (status, imposer or the tuple of imposers any of which is accepted, target).
PASSAGES = [
    # --- OFAC release paragraphs: the persons described under a "designated today" lead are the targets
    ("Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is designating two Ecuadorian "
     "nationals and three companies that launder proceeds for the Los Lobos gang. Marco Antonio Pesantez Ortiz "
     "(Pesantez) runs the network's finances from Guayaquil. Pesantez controls Camaronera del Pacifico, a shrimp "
     "exporter that moves cash through Panama.",
     {(I, OFAC, "Marco Antonio Pesantez Ortiz"), (I, OFAC, "Camaronera del Pacifico")},
     {(I, OFAC, "Los Lobos"), (I, OFAC, "Guayaquil"), (I, OFAC, "Panama")}),
    ("OFAC today sanctioned three individuals and two entities tied to the Sinaloa Cartel's fentanyl trade. Jesus "
     "Alfredo Beltran Guzman owns or controls Farmacia Santa Rita, a Culiacan pharmacy that imports pill presses. "
     "Ana Lucia Beltran Soto acted for or on behalf of Beltran Guzman by managing the pharmacy's accounts.",
     {(I, OFAC, "Jesus Alfredo Beltran Guzman"), (I, OFAC, "Farmacia Santa Rita"), (I, OFAC, "Ana Lucia Beltran Soto")},
     {(I, OFAC, "Sinaloa Cartel"), (I, OFAC, "Culiacan")}),
    ("The Treasury Department today designated Hezbollah financier Hassan Ali Darwish (\u201cDarwish\u201d). Darwish "
     "manages Al-Amana Exchange, a Beirut money service business that moved funds to the group from West Africa.",
     {(I, TREASURY, "Hassan Ali Darwish"), (I, TREASURY, "Al-Amana Exchange")},
     {(I, TREASURY, "Hezbollah"), (I, TREASURY, "Beirut"), (I, TREASURY, "West Africa")}),
    ("OFAC is designating Golden Crescent Shipping LLC (Golden Crescent), a United Arab Emirates-based company that "
     "manages tankers carrying Iranian crude. Golden Crescent is owned by Iranian national Reza Karimi Nasab.",
     {(I, OFAC, "Golden Crescent Shipping LLC")},
     {(I, OFAC, "Reza Karimi Nasab"), (I, OFAC, "Iran"), (I, OFAC, "United Arab Emirates")}),
    ("Treasury's Office of Foreign Assets Control (OFAC) today took action against six individuals and entities that "
     "support the Tren de Aragua criminal organization. Giovanni Vicente Mosquera Serrano (Mosquera) is a senior "
     "member of Tren de Aragua who oversees the group's drug sales. Mosquera is also the owner of Inversiones "
     "Mosquera, a Caracas real estate firm.",
     {(I, OFAC, "Giovanni Vicente Mosquera Serrano"), (I, OFAC, "Inversiones Mosquera")},
     {(I, OFAC, "Tren de Aragua"), (I, OFAC, "Caracas")}),
    ("OFAC designated Sokol Trading FZE on Thursday for supplying drone engines to Russia's military.",
     {(I, OFAC, "Sokol Trading FZE")}, {(I, OFAC, "Russia")}),
    ("OFAC is taking action today against two former Honduran officials. Tomas Ignacio Reyes Paz, a former customs "
     "director, and Lidia Marcela Ochoa Vidal, a former judge, are being designated pursuant to E.O. 13818 for "
     "their involvement in corruption.",
     {(I, OFAC, "Tomas Ignacio Reyes Paz"), (I, OFAC, "Lidia Marcela Ochoa Vidal")}, {(I, OFAC, "Honduras")}),
    ("OFAC is designating Zhou Wei, a Shenzhen-based broker, and two of his companies, Hengda Electronics and Ocean "
     "Link Limited, for supplying drone components to Iran's Shahed Aviation Industries.",
     {(I, OFAC, "Zhou Wei"), (I, OFAC, "Hengda Electronics"), (I, OFAC, "Ocean Link Limited")},
     {(I, OFAC, "Shahed Aviation Industries"), (I, OFAC, "Iran"), (I, OFAC, "Shenzhen")}),
    ("The U.S. Department of the Treasury today sanctioned a network run by Lebanese businessman Nasser Haidar. "
     "Haidar controls Cedar Horizon, a Beirut trading company, and Blue Coast Logistics, a shipping agent in "
     "Latakia.",
     {(I, TREASURY, "Nasser Haidar"), (I, TREASURY, "Cedar Horizon"), (I, TREASURY, "Blue Coast Logistics")},
     {(I, TREASURY, "Beirut"), (I, TREASURY, "Latakia"), (I, TREASURY, "Lebanon")}),
    ("The Department of State is concurrently designating Vostok Marine Services, the operator of the tanker, "
     "pursuant to E.O. 13846.",
     {(I, STATE, "Vostok Marine Services")}, set()),
    ("Separately, the State Department designated Luis Fernando Arce Molina (Arce), a Paraguayan senator, for "
     "significant corruption, making Arce and his spouse ineligible for entry into the United States.",
     {(I, STATE, "Luis Fernando Arce Molina")}, {(I, STATE, "Paraguay")}),
    ("OFAC identified Rafael Quiroga Medina as a Significant Foreign Narcotics Trafficker under the Kingpin Act.",
     {(I, OFAC, "Rafael Quiroga Medina")}, set()),
    ("The Treasury Department imposed sanctions on an Iranian procurement network on Wednesday. Among those "
     "designated is Tehran-based Pars Omid Kala, which is owned or controlled by Mehdi Sarrafi, also designated "
     "today.",
     {(I, TREASURY, "Pars Omid Kala"), (I, TREASURY, "Mehdi Sarrafi")}, {(I, TREASURY, "Iran"), (I, TREASURY, "Tehran")}),
    ("OFAC today designated Kyrgyz businessman Almaz Tokonov (Tokonov) and his company, Keremet Invest. Tokonov "
     "arranged payments for Russian defense firms through Keremet Invest.",
     {(I, OFAC, "Almaz Tokonov"), (I, OFAC, "Keremet Invest")}, {(I, OFAC, "Russia"), (I, OFAC, "Kyrgyzstan")}),
    # --- EU Council restrictive measures
    ("The Council today decided to impose restrictive measures on nine individuals and one entity responsible for "
     "serious human rights violations in Iran. Those listed include the head of Evin prison, Ali Chaharmahali.",
     {(I, EU, "Ali Chaharmahali")}, {(I, EU, "Iran")}),
    ("The Council has prolonged the restrictive measures against Belarus for another year, until 28 February 2027.",
     {(I, EU, "Belarus")}, set()),
    ("The restrictive measures consist of an asset freeze and a travel ban. In addition, EU citizens and companies "
     "are forbidden from making funds available to the listed persons.",
     set(), set()),
    ("The EU on Monday added Syrian businessman Samer Foz and his company Aman Holding to its sanctions list over "
     "support for the Assad government.",
     {(I, EU, "Samer Foz"), (I, EU, "Aman Holding")}, {(I, EU, "Syria")}),
    ("EU foreign ministers agreed to freeze the assets of the Wagner Group's commanders in Mali, including Ivan "
     "Maslov.",
     {(I, EU, "Ivan Maslov")}, {(I, EU, "Wagner Group"), (I, EU, "Mali")}),
    ("The Council decided to renew the EU's cyber sanctions framework until May 2028; the list currently covers 17 "
     "individuals and four entities.",
     set(), set()),
    ("The European Union delisted three individuals, among them the late businessman Anatoly Karelin, from its "
     "Russia sanctions list.",
     {(L, EU, "Anatoly Karelin")}, {(I, EU, "Russia")}),
    ("Brussels extended the asset freeze on Ukraine's former prime minister Mykola Azarov for another year.",
     {(I, EU, "Mykola Azarov")}, {(I, EU, "Ukraine")}),
    ("The Council of the EU today adopted a framework for restrictive measures against those destabilising Moldova "
     "and listed five individuals, among them the fugitive businessman Ilan Shor.",
     {(I, EU, "Ilan Shor")}, {(I, EU, "Moldova")}),
    ("The Council imposed a travel ban and an asset freeze on Eritrean army commander Filipos Woldeyohannes for "
     "serious human rights violations.",
     {(I, EU, "Filipos Woldeyohannes")}, {(I, EU, "Eritrea")}),
    # --- UK FCDO and OFSI
    ("The Foreign, Commonwealth and Development Office has today sanctioned six people connected to Georgia's "
     "crackdown on protesters, including interior ministry spokesman Giorgi Lomidze.",
     {(I, UK, "Giorgi Lomidze")}, {(I, UK, "Georgia")}),
    ("OFSI has imposed a monetary penalty of \u00a3465,000 on a London law firm for breaches of financial "
     "sanctions.",
     set(), set()),
    ("Britain added Kyrgyz crypto exchange Grinex and its director Vladimir Kotov to its sanctions list on Tuesday, "
     "saying the exchange helped Russia dodge restrictions.",
     {(I, UK, "Grinex"), (I, UK, "Vladimir Kotov")}, {(I, UK, "Russia")}),
    ("The UK is today designating five people under its Global Human Rights sanctions regime, among them "
     "Nicaraguan police chief Francisco Diaz.",
     {(I, UK, "Francisco Diaz")}, {(I, UK, "Nicaragua")}),
    ("Foreign Secretary David Lammy announced asset freezes and travel bans on Israeli ministers Itamar Ben-Gvir and "
     "Bezalel Smotrich.",
     {(I, UK + ("David Lammy",), "Itamar Ben-Gvir"), (I, UK + ("David Lammy",), "Bezalel Smotrich")},
     {(I, UK + ("David Lammy",), "Israel")}),
    ("Those designated today, including the Chinese company Blue Hat Technology, will face an asset freeze, the UK "
     "government said.",
     {(I, UK, "Blue Hat Technology")}, {(I, UK, "China")}),
    ("The Office of Financial Sanctions Implementation has issued a general licence allowing UK firms to wind down "
     "their dealings with Rosneft Marketing until June.",
     {(L, UK, "Rosneft Marketing")}, set()),
    ("The UK lifted its sanctions on Moldovan banker Igor Popa after a review found he no longer met the "
     "designation criteria.",
     {(L, UK, "Igor Popa")}, {(I, UK, "Igor Popa")}),
    # --- UN Security Council committees
    ("The Security Council Committee concerning the Central African Republic added one individual, Jean-Claude "
     "Mbeko, to its sanctions list on 14 March.",
     {(I, UNSC, "Jean-Claude Mbeko")}, {(I, UNSC, "Central African Republic")}),
    ("On 21 May, the Security Council ISIL (Da'esh) and Al-Qaida Sanctions Committee approved the addition of Abu "
     "Bakr al-Mansuri, a senior financier of ISIL in Somalia, to its list of individuals subject to an asset freeze "
     "and travel ban.",
     {(I, UNSC, "Abu Bakr al-Mansuri")}, {(I, UNSC, "ISIL"), (I, UNSC, "Somalia")}),
    ("The Security Council Committee established pursuant to resolution 1518 (2003) removed the Iraqi company "
     "Al-Rafidain Contracting from its sanctions list.",
     {(L, UNSC, "Al-Rafidain Contracting")}, set()),
    ("The UN Security Council on Thursday imposed a travel ban and asset freeze on Haitian gang leader Jimmy "
     "Cherizier, known as Barbecue.",
     {(I, UNSC, "Jimmy Cherizier")}, {(I, UNSC, "Haiti")}),
    ("The Security Council renewed the arms embargo on South Sudan for a year, with nine votes in favour and six "
     "abstentions.",
     {(I, UNSC, "South Sudan")}, set()),
    ("A UN panel of experts reported that North Korea continued to evade sanctions through ship-to-ship transfers.",
     set(), {(I, UNSC, "North Korea")}),
    ("Russia vetoed a Security Council resolution that would have imposed sanctions on Malian officials who "
     "obstruct the peace deal.",
     set(), {(P, UNSC, "Mali"), (I, UNSC, "Mali")}),
    # --- counter-sanctions
    ("China's Ministry of Commerce added Lockheed Martin Missiles and Fire Control and two other U.S. defence firms "
     "to its unreliable entity list on Thursday over arms sales to Taiwan.",
     {(I, CHINA, "Lockheed Martin Missiles and Fire Control")}, {(I, CHINA, "United States")}),
    ("Beijing announced countermeasures against former U.S. congressman Ted Yoho, freezing his assets in China and "
     "barring him from entry.",
     {(I, CHINA, "Ted Yoho")}, set()),
    ("Russia's Foreign Ministry said it had barred 21 British lawmakers from entering the country in response to "
     "London's sanctions, among them Conservative MP Iain Duncan Smith.",
     {(I, RUSSIA, "Iain Duncan Smith")}, {(I, UK + ("London",), "Russia"), (I, RUSSIA, "United Kingdom")}),
    ("Iran sanctioned 15 U.S. officials and companies, including former Army chief of staff George Casey, over what "
     "it called support for terrorism, the foreign ministry said.",
     {(I, IRAN, "George Casey")}, {(I, IRAN, "United States")}),
    ("In retaliation, Moscow imposed personal sanctions on 92 U.S. journalists and officials, the Russian foreign "
     "ministry announced.",
     set(), {(I, RUSSIA, "United States")}),
    ("China said it would take necessary measures to protect its firms after Washington blacklisted the drone maker "
     "DJI. Foreign ministry spokesman Lin Jian made the remarks on Friday.",
     {(I, US, "DJI")}, {(T, CHINA, "United States")}),
    ("Iran's foreign ministry announced sanctions on EU officials and entities, including the German arms maker "
     "Heckler & Koch, in response to the bloc's latest listings.",
     {(I, IRAN, "Heckler & Koch")}, {(I, EU, "Iran"), (I, IRAN, "European Union")}),
    ("China's foreign ministry said it would sanction Czech senate president Milos Vystrcil over his visit to "
     "Taipei.",
     {(T, CHINA, "Milos Vystrcil")}, {(P, CHINA, "Milos Vystrcil")}),
    # --- threats in statements, conditional threats, speakers inside sanction sentences
    ("If Tehran restarts enrichment at Fordow, Europe will snap back UN sanctions, the French foreign minister "
     "warned.",
     {(T, ("France", "Europe", "European Union"), "Iran")}, {(T, UNSC, "Iran")}),
    ("\"We will not hesitate to impose further sanctions on those who undermine Bosnia's constitutional order,\" the "
     "U.S. embassy in Sarajevo said.",
     set(), {(T, US, "Bosnia"), (T, US, "Bosnia and Herzegovina")}),
    ("Trump said he would slap secondary sanctions on countries that buy Venezuelan oil.",
     set(), {(T, (US, "Trump", "Donald Trump"), "Venezuela")}),
    ("The EU's foreign policy chief warned Serbia that it could face sanctions unless it aligns with the bloc's "
     "Russia policy.",
     {(T, EU, "Serbia")}, set()),
    ("Washington threatened to sanction Iraqi officials who let Iranian-backed militias draw on the state budget, "
     "two U.S. officials said.",
     set(), {(T, US, "Iraq"), (T, US, "Iran")}),
    ("German Chancellor Friedrich Merz said the EU should consider sanctions against violent Israeli settlers, a step "
     "Hungary has blocked.",
     set(), {(P, ("Friedrich Merz", "Germany") + EU, "Israel")}),
    ("Kenyan President William Ruto warned that South Sudan's leaders would face regional sanctions if fighting "
     "resumed.",
     {(T, ("William Ruto", "Kenya"), "South Sudan")}, set()),
    ("The EU imposed sanctions on 17 Russian officials on Tuesday, European Council President Antonio Costa told "
     "reporters in Brussels.",
     set(), {(I, EU, "Russia")}),
    ("Japan will impose sanctions on Russian banks if Moscow attacks Ukraine's power grid again, Prime Minister "
     "Shigeru Ishiba said.",
     {(T, ("Japan", "Shigeru Ishiba"), "Russia")}, set()),
    # --- sanctions relief in deals
    ("Under the agreement, Washington will lift sanctions on Belarus's potash producer Belaruskali in exchange for "
     "the release of 52 political prisoners.",
     {(L, US, "Belaruskali")}, {(P, US, "Belaruskali"), (L, US, "Belarus")}),
    ("The deal would ease sanctions on Iran's oil exports once inspectors confirm Tehran has cut its stockpile of "
     "enriched uranium.",
     set(), {(L, US, "Iran"), (P, US, "Iran")}),
    ("Treasury issued General License 25, authorizing transactions with the Syrian government that are otherwise "
     "prohibited.",
     {(L, TREASURY, "Syria")}, set()),
    ("The United States removed Renova Group from its sanctions list as part of the prisoner swap.",
     {(L, US, "Renova Group")}, set()),
    ("The European Union suspended its restrictions on Syria's energy and transport sectors on Monday to help the "
     "country recover.",
     {(L, EU, "Syria")}, set()),
    ("Venezuela freed six Americans after the Treasury Department granted Chevron a license to resume pumping oil in "
     "the country.",
     set(), {(L, TREASURY, "Chevron"), (L, TREASURY, "Venezuela"), (I, TREASURY, "Venezuela")}),
    # --- sanction words that name no sanction
    ("FIFA sanctioned the match between Bolivia and Peru despite complaints about the altitude.",
     set(), set()),
    ("The disciplinary committee sanctioned Real Madrid with a 30,000-euro fine for fan misconduct.",
     set(), set()),
    ("The Treasury is reviewing the sanctions regime on Venezuela, a spokesperson said, without giving a timeline.",
     set(), {(I, TREASURY, "Venezuela")}),
    ("The Cuban embargo, first imposed in 1962, has shaped the island's economy for six decades.",
     set(), {(I, US, "Cuba")}),
    ("Economists say sanctions have done little to dent Russia's oil revenue.",
     set(), set()),
    ("The court sanctioned the lawyers for filing a brief with fictitious citations.",
     set(), set()),
    ("Parliament sanctioned the budget on Friday after a 14-hour debate.",
     set(), set()),
    ("Sanctions-hit Russian steelmaker Severstal reported a 20% drop in quarterly profit.",
     set(), set()),
    ("The sanctions committee will meet on Thursday to discuss the panel's report.",
     set(), set()),
    ("He was one of the architects of the 2012 sanctions on Iran's central bank and later advised Goldman Sachs.",
     set(), {(I, US, "Iran")}),
]


ENTITY_FINDER = "the entity finder (nlp/entities.py) "
MINISTRY = ("the imposer is named as the ministry ('{}'), which the entity finder keeps a body of its own, not "
            "the state; and ")
# the passages this round leaves, by a phrase of theirs, with the cause
GAPS = {
    "Ana Lucia Beltran Soto": gap(ENTITY_FINDER + "drops the first given name opening a sentence ('Lucia Beltran "
                                  "Soto')"),
    "two of his companies, Hengda": gap("'two of his companies, A and B': the named members hang on the number, "
                                        "which is no target phrase"),
    "Luis Fernando Arce Molina": gap("'designated ... for significant corruption' with an entry ban after it: "
                                     "neither is a sanction context word here"),
    "Significant Foreign Narcotics Trafficker": gap("'identified X as a Significant Foreign Narcotics Trafficker' "
                                                    "is a designation no rule reads ('identify' is no sanction verb)"),
    "Those designated today, including": gap("'Those designated today, including X, will face an asset freeze, "
                                             "the UK government said': the imposer is only the speaker"),
    "wind down their dealings": gap("'allowing UK firms to wind down their dealings with X': 'dealings' is no "
                                    "relief word, and the licence allows winding down, not dealing"),
    "Al-Qaida Sanctions Committee": gap("'approved the addition of X to its list': an addition as a noun is no "
                                        "placement"),
    "Lockheed Martin Missiles": gap(ENTITY_FINDER + "splits 'Lockheed Martin Missiles and Fire Control' at its "
                                    "'and'"),
    "Iain Duncan Smith": gap(ENTITY_FINDER + "drops the first given name ('Duncan Smith')"),
    "Heckler & Koch": gap(MINISTRY.format("Iran's foreign ministry") + "'EU officials and entities' gives the "
                          "EU as a target"),
    "Milos Vystrcil": gap("an unconditional 'said it would sanction X' reads as a proposal (the project's "
                          "convention for promises); this gold reads a retaliation announced by a ministry as a "
                          "threat"),
    "snap back UN sanctions": gap("the target ('Tehran') is named only in the condition, and 'snap back' is no "
                                  "frame"),
}


@pytest.mark.parametrize(("text", "expected", "optional"), marked(PASSAGES, GAPS))
def test_passage_records(text, expected, optional):
    assert_records(text, expected, optional)


# untouched (before this round's rules): P 0.800, R 0.471, F1 0.593, records 0.516
def test_set_score():
    got = score(PASSAGES)
    assert got["precision"] >= 0.86 and got["recall"] >= 0.76 and got["records"] >= 0.76, got


# the rules this set led to, one sentence or two each, written for the rule, with the readings each must not make
RULES = [
    # a list of names the parser hung on its first item as an apposition
    ("OFAC designated Castillo Marine pursuant to E.O. 14059. Castillo Marine, Puerto Azul Trading S.A., Delta Reefer "
     "Corp. and Andes Cargo Inc. are being designated for being owned or controlled by persons designated today.",
     {(I, OFAC, "Puerto Azul Trading S.A."), (I, OFAC, "Delta Reefer Corp."), (I, OFAC, "Andes Cargo Inc."),
      (I, OFAC, "Castillo Marine")}),
    # a short name defined in brackets names the full name's referent
    ("OFAC today designated Colombian nationals Carlos Enrique Mejia Duarte (Mejia) and Rosa Elena Paz Quintero "
     "(Paz). Mejia and Paz are being designated pursuant to E.O. 14059.",
     {(I, OFAC, "Carlos Enrique Mejia Duarte"), (I, OFAC, "Rosa Elena Paz Quintero")}),
    # a relative clause in the subject ends where the main verb begins: a speaker after it is no target
    ("The EU imposed sanctions on Russia in 2014. The sanctions, which cover Russia's banks, were rolled over until "
     "July, European Council President Antonio Costa told reporters.",
     {(I, EU, "Russia")}),
    # under a release's designation lead, who owns or controls what is designated
    ("Today, OFAC is designating one Peruvian national and two companies. Pedro Luis Andrade Mora (Andrade) "
     "controls Pacific Blue Tuna, a fishing company, and Andrade also set up Frio Sur Logistics.",
     {(I, OFAC, "Pedro Luis Andrade Mora"), (I, OFAC, "Pacific Blue Tuna"), (I, OFAC, "Frio Sur Logistics")}),
    ("OFAC today sanctioned a smuggling network. Among those designated is Norte Trading, which is owned or "
     "controlled by Jorge Salas Rivas.",
     {(I, OFAC, "Norte Trading"), (I, OFAC, "Jorge Salas Rivas")}),
    ("OFAC today designated Ramon Ortiz Vega. Marta Ortiz Vega acted for or on behalf of Ramon Ortiz Vega.",
     {(I, OFAC, "Ramon Ortiz Vega"), (I, OFAC, "Marta Ortiz Vega")}),
    # "the targets" are whatever a sanction just reported hit, whose names a following sentence gives
    ("China on Friday imposed sanctions on two British lawmakers and a London think tank. The targets are Labour MP "
     "Sarah Whitfield, Conservative MP Daniel Ashworth and the Centre for Indo-Pacific Security.",
     {(I, CHINA, "Sarah Whitfield"), (I, CHINA, "Daniel Ashworth"), (I, CHINA, "Centre for Indo-Pacific Security")}),
    # a presidential memorandum a release cites is no target
    ("OFAC today designated Harbor Link. Today's action supports National Security Presidential Memorandum 2, which "
     "directs a campaign of maximum economic pressure on the regime.",
     {(I, OFAC, "Harbor Link")}),
    # not outside a release's own voice, nor inside a quotation, nor for a verb with no one controlled
    ("The Treasury sanctioned Harbor Link on Tuesday. Its rival, Summit Shipping, controls the Pacific Gate "
     "Terminal.",
     {(I, TREASURY, "Harbor Link")}),
    ("OFAC today designated Harbor Link. \"Summit Shipping controls the port,\" said Treasury official Dana Reyes.",
     {(I, OFAC, "Harbor Link")}),
    ("OFAC today designated the Houthi financier Abdul Saleh. The Houthis' offensive on Marib runs counter to peace.",
     {(I, OFAC, "Abdul Saleh")}),
    # a Security Council sanctions committee lists and delists for the Council
    ("The Security Council Committee concerning Libya added Omar Salem Barghouti to its sanctions list on Friday.",
     {(I, UNSC, "Omar Salem Barghouti")}),
    ("The Security Council Committee established pursuant to resolution 2140 removed Yemeni businessman Faris "
     "al-Mansour from its sanctions list.",
     {(L, UNSC, "Faris al-Mansour")}),
    # an agentless sanction taken is the nearest taken one's, not one asked for
    ("The EU imposed sanctions on Vostok Bank. Zelensky asked the leaders to approve a new package. Kama Trading was "
     "also designated today, officials said.",
     {(I, EU, "Vostok Bank"), (I, EU, "Kama Trading")}),
    # the name of a list's last item after its description ("and a third company, C")
    ("The Bureau of Industry and Security (BIS) today added Marmara Aviation Supply Ltd., Dana Aero Parts Trading LLC "
     "and a third company, Bandar Falcon Aviation Services, to the Entity List, restricting their access to items "
     "subject to the Export Administration Regulations.",
     {(I, COMMERCE, "Marmara Aviation Supply Ltd."), (I, COMMERCE, "Dana Aero Parts Trading LLC"),
      (I, COMMERCE, "Bandar Falcon Aviation Services")}),
    # a designation by the US sanctions authority under its formal name is a sanction; elsewhere "designated" is not
    ("Mehr Air was designated by the Department of the Treasury in 2011 for supporting the IRGC.",
     {(I, TREASURY, "Mehr Air")}),
    ("The party designated Maria Lopez as its candidate for mayor.", set()),
    # a counted group of people is that many designations, not a sanction on their organisation
    ("The Treasury today sanctioned three Hezbollah financiers based in Lebanon.", set()),
    ("The Treasury today sanctioned the Wagner Group and two of its commanders.", {(I, TREASURY, "Wagner Group")}),
    # a list the parser hung on a word of the object's name it read as a verb
    ("Britain added arms dealer Viktor Orlov and his firm Orlov Holding to its sanctions list on Friday.",
     {(I, UK, "Viktor Orlov"), (I, UK, "Orlov Holding")}),
]


@pytest.mark.parametrize(("text", "expected"), RULES)
def test_rule_sentences(text, expected):
    found = system_records(text)
    missing = [e for e in expected if not any(matches(r, e) for r in found)]
    unexpected = [r for r in found if not any(matches(r, e) for e in expected)]
    assert not missing and not unexpected, (missing, unexpected)


def _names(text: str) -> set[frozenset[str]]:
    return {frozenset((e.name, *e.alternate_names)) for e in extract(text).entities}


# "Full Name (Short)" and "Full Name (“Short”)": one referent, the short name its alternate name; the
# tagger may run listed short names together ("Vergara, Sorondo"); "(Reuters)" or an acronym is no short name
ALIASES = [
    ("Panamanian lawyer Rogelio Vergara Rios (Vergara) set up the company. Bajana, Vergara, Sorondo and Mosquera "
     "were charged.", "Rogelio Vergara Rios", "Vergara"),
    ("The Treasury named Hezbollah financier Hassan Ali Darwish (\u201cDarwish\u201d). Darwish ran the money.",
     "Hassan Ali Darwish", "Darwish"),
    ("Naviera Pacifico Austral S.A. (Pacifico Austral) owns two vessels. Pacifico Austral is based in Guayaquil.",
     "Naviera Pacifico Austral S.A.", "Pacifico Austral"),
]


@pytest.mark.parametrize(("text", "name", "short"), ALIASES)
def test_short_name_in_brackets(text, name, short):
    names = _names(text)
    assert any(name in n and short in n for n in names), names
    assert not any(short in n and name not in n for n in names), names


def test_bracketed_words_not_of_the_name_are_no_short_name():
    names = _names("Opposition leader Maria Lopez (Reuters) said the vote was rigged.")
    assert not any("Reuters" in n and "Maria Lopez" in n for n in names), names
