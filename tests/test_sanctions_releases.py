"""Sanctions as they are written in copy nobody tuned on: Treasury/OFAC and State Department releases,
Commerce Entity List additions, EU Council and UK government notices, UN Security Council measures,
delistings and waivers, threats and proposals, counter-sanctions, and news retellings of all of them;
and sanctions spoken of where none is imposed. Every passage is written for the test."""
from __future__ import annotations

import pytest

from newskb.pipeline import extract

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

I, P, T, L = "Imposed", "Proposed", "Threatened", "Lifted"
OFAC = "Office of Foreign Assets Control"
STATE = "United States Department of State"
COMMERCE = "United States Department of Commerce"
US_TREASURY = "United States Department of the Treasury"
EU = "European Union"
UK = "United Kingdom"
UNSC = "United Nations Security Council"
EU_COUNCIL = "Council of the European Union"


def gap(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


NO_CONTEXT = gap("'designate' is a sanction only where sanctions, a sanctions list or their legal basis are named "
                 "nearby (Treasury also designates currency manipulators); this passage names none")


def records(text: str) -> set[tuple[str, str, str]]:
    x = extract(text)
    names = {e.key: e.name for e in x.entities}
    return {(s.status, names[i], names[t]) for s in x.sanctions for i in s.imposed_by for t in s.targets}


# (passage, the records it states)
RELEASES = [
    # --- Treasury / OFAC designations
    ("Today, the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) designated Arktika "
     "Shipping pursuant to Executive Order (E.O.) 14024 for operating in the marine sector of the Russian Federation "
     "economy.",
     {(I, OFAC, "Arktika Shipping")}),
    ("OFAC designated Hamza Idris Trading pursuant to E.O. 13224, as amended, for having materially assisted "
     "Hizballah.",
     {(I, OFAC, "Hamza Idris Trading")}),
    ("Treasury is sanctioning 12 entities and individuals, including Sokol Logistics and its general director, "
     "Anton Belov, for supplying electronics to Russia's military-industrial base.",
     {(I, "Treasury", "Sokol Logistics"), (I, "Treasury", "Anton Belov")}),
    ("OFAC today designated Marlin Petroleum pursuant to E.O. 13902. As a result of today's action, all property "
     "and interests in property of the persons above that are in the United States or in the possession or control "
     "of U.S. persons are blocked and must be reported to OFAC.",
     {(I, OFAC, "Marlin Petroleum")}),
    ("The Treasury Department today sanctioned two senior leaders of the Gulf Cartel, Ramon Ibarra and Luis "
     "Cordero, under the Kingpin Act.",
     {(I, US_TREASURY, "Ramon Ibarra"), (I, US_TREASURY, "Luis Cordero")}),
    ("Treasury Sanctions Network Funding Houthi Weapons Procurement\n\nWASHINGTON — Today, the Department of the "
     "Treasury's Office of Foreign Assets Control (OFAC) sanctioned three individuals and four entities involved in "
     "procuring weapons components for the Houthis. Among those designated is Sanaa-based Al-Bayan Trading Company.",
     {(I, OFAC, "Al-Bayan Trading Company")}),
    ("The United States is imposing sanctions on Iran's petrochemical trade. Today's action targets Kaveh Pars "
     "Petrochemical, which has sold hundreds of millions of dollars' worth of Iranian petroleum products to buyers "
     "in East Asia.",
     {(I, "United States", "Iran"), (I, "United States", "Kaveh Pars Petrochemical")}),
    ("OFAC is designating the following companies pursuant to E.O. 13846: Sea Horizon Marine, Golden Crest "
     "Shipping, and Ocean Pearl Navigation.",
     {(I, OFAC, "Sea Horizon Marine"), (I, OFAC, "Golden Crest Shipping"), (I, OFAC, "Ocean Pearl Navigation")}),
    ("The United States today imposed further sanctions on Russia's financial sector. The following individuals "
     "were designated today pursuant to E.O. 14024: Dmitry Arkhipov, Sergei Nosov and Irina Kuznetsova.",
     {(I, "United States", "Russia"), (I, "United States", "Dmitry Arkhipov"), (I, "United States", "Sergei Nosov"),
      (I, "United States", "Irina Kuznetsova")}),
    pytest.param("Treasury is also designating Volga Precision Instruments, a Moscow-based manufacturer of machine "
                 "tools.", {(I, "Treasury", "Volga Precision Instruments")}, marks=NO_CONTEXT),
    ("The United States Department of the Treasury announced on Monday that it had frozen the assets of Rafael "
     "Montoya, a Colombian arms broker.",
     {(I, US_TREASURY, "Rafael Montoya")}),
    ("The United States imposed new sanctions on Iran's drone program on Tuesday. The individuals designated "
     "today are: Hossein Mirzaei, Parviz Jalali and Mahmoud Tavakoli.",
     {(I, "United States", "Iran"), (I, "United States", "Hossein Mirzaei"), (I, "United States", "Parviz Jalali"),
      (I, "United States", "Mahmoud Tavakoli")}),
    # --- State Department: visa restrictions, 7031(c), terrorist designations
    ("The Department of State is designating Colonel Aung Kyaw, commander of the 77th Light Infantry Division, "
     "under Section 7031(c) of the Department of State, Foreign Operations, and Related Programs Appropriations Act, "
     "2023, due to his involvement in gross violations of human rights.",
     {(I, STATE, "Aung Kyaw")}),
    ("Secretary of State Marco Rubio announced visa restrictions on Nicaraguan judges who stripped political "
     "prisoners of their citizenship.",
     {(I, "Marco Rubio", "Nicaragua")}),
    ("The State Department today imposed visa restrictions on Georgian officials responsible for the violent "
     "crackdown on peaceful protesters.",
     {(I, STATE, "Georgia")}),
    ("The Department of State is also publicly designating former Paraguayan president Ricardo Benítez under "
     "Section 7031(c), rendering him ineligible for entry into the United States.",
     {(I, STATE, "Ricardo Benítez")}),
    ("The State Department designated the Tren de Aragua gang as a Foreign Terrorist Organization on Thursday.",
     {(I, STATE, "Tren de Aragua")}),
    pytest.param("Secretary of State Antony Blinken announced the designation of two Chinese officials, Li Ming and "
                 "Zhao Qiang, for their involvement in gross violations of human rights in Xinjiang.",
                 {(I, "Antony Blinken", "Li Ming"), (I, "Antony Blinken", "Zhao Qiang")}, marks=NO_CONTEXT),
    ("The State Department sanctioned the head of Hungary's Cabinet Office, Antal Rogán, for corruption.",
     {(I, STATE, "Antal Rogán")}),
    # --- Commerce: the Entity List
    ("The Commerce Department added 33 Chinese entities to the Entity List on Wednesday, including drone maker "
     "Skyward Robotics.",
     {(I, COMMERCE, "Skyward Robotics")}),
    ("The U.S. Commerce Department on Tuesday placed Lumen Semiconductor on a trade blacklist, citing its support "
     "for China's military modernization.",
     {(I, COMMERCE, "Lumen Semiconductor")}),
    ("The Commerce Department added Pars Avionics and Tehran Rotor Works to the Entity List on Monday. These "
     "entities were added for acquiring U.S.-origin items in support of Iran's drone program.",
     {(I, COMMERCE, "Pars Avionics"), (I, COMMERCE, "Tehran Rotor Works")}),
    # --- the designated as the subject of a state of being sanctioned: the measure just reported, the issuer's
    ("The Foreign Office today announced new sanctions against militia leaders in Libya.\n\nCommander Salem "
     "Haddad and Colonel Rami Nasser are subject to an asset freeze and a travel ban.",
     {(I, "Foreign, Commonwealth and Development Office", "Salem Haddad"),
      (I, "Foreign, Commonwealth and Development Office", "Rami Nasser")}),
    ("Canada on Tuesday sanctioned four former election officials. Rosa Marin and Tomas Vega are also subject to "
     "an asset freeze.",
     {(I, "Canada", "Rosa Marin"), (I, "Canada", "Tomas Vega")}),
    # the holders of a measure are its targets, never the territory its description names
    ("The Council imposed restrictive measures on three officials on Monday. Natural persons are additionally "
     "subject to a travel ban, which prevents them from entering the European Union or transiting through Austria.",
     set()),
    # plain "sanctions" someone is already under may be anyone's: not the EU's just reported
    ("The EU sanctioned the Wagner commander Dmitri Volkov on Monday. Iran, which is already subject to sanctions, "
     "condemned the move.",
     {(I, EU, "Dmitri Volkov")}),
    # --- EU restrictive measures
    ("The Council of the EU today adopted restrictive measures against an additional nine individuals and six "
     "entities responsible for actions undermining the territorial integrity of Ukraine. Those listed include "
     "Vasily Orlov, the self-appointed head of the occupation administration in Kherson.",
     {(I, EU_COUNCIL, "Vasily Orlov")}),
    ("The European Union imposed sanctions on Belarus on Monday. The persons listed are subject to an asset "
     "freeze, and EU citizens and companies are forbidden from making funds available to them. Natural persons are "
     "additionally subject to a travel ban, which prevents them from entering or transiting through EU territories.",
     {(I, EU, "Belarus")}),
    pytest.param("The EU imposed an asset freeze and a travel ban on Aleksandr Zhdanov, the head of Belarus's "
                 "Central Election Commission.", {(I, EU, "Aleksandr Zhdanov")},
                 marks=gap("the entity finder (nlp/entities.py) takes the first name 'Aleksandr' for a place and "
                           "misses the person")),
    ("The European Union has extended its economic sanctions against Russia for a further six months, until "
     "31 July.",
     {(I, EU, "Russia")}),
    ("EU foreign ministers on Monday approved sanctions on Iranian drone maker Qods Aviation Industries and "
     "three senior commanders of the Revolutionary Guards.",
     {(I, EU, "Qods Aviation Industries")}),
    ("The Council of the EU decided to prolong the restrictive measures against Belarus until 28 February 2026.",
     {(I, EU_COUNCIL, "Belarus")}),
    ("The EU removed Oleksiy Azarov, the son of a former Ukrainian prime minister, from its sanctions list.",
     {(L, EU, "Oleksiy Azarov")}),
    ("The EU sanctions target three entities: Baltic Amber Trading, Minsk Tractor Works and Grodno Azot.",
     {(I, EU, "Baltic Amber Trading"), (I, EU, "Minsk Tractor Works"), (I, EU, "Grodno Azot")}),
    # --- UK sanctions
    pytest.param("The UK has today sanctioned 25 individuals and entities, including Kyrgyz bank Keremet Capital "
                 "and Turkish freight firm Anka Lojistik.", {(I, UK, "Keremet Capital"), (I, UK, "Anka Lojistik")},
                 marks=gap("the entity finder (nlp/entities.py) names the description 'Kyrgyz bank' as an "
                           "organisation, and the parser hangs 'Keremet Capital' on the next item as its modifier")),
    ("Foreign Secretary David Lammy announced an asset freeze and travel ban against Ivan Maslov, the head of the "
     "Wagner Group in Mali.",
     {(I, "David Lammy", "Ivan Maslov")}),
    ("The UK government has frozen the assets of Ilyas Karimov, a Russian businessman, and banned him from "
     "travelling to the UK.", {(I, UK, "Ilyas Karimov")}),
    ("Britain has lifted sanctions on Syrian Arab Airlines and 23 other entities.",
     {(L, UK, "Syrian Arab Airlines")}),
    ("Under the Russia (Sanctions) (EU Exit) Regulations 2019, the UK designated Gennady Tikhonov, a shareholder "
     "of Sovcomflot.",
     {(I, UK, "Gennady Tikhonov")}),
    ("Britain sanctioned two Russian military intelligence units and 18 officers, among them Colonel Ivan "
     "Tkachenko.",
     {(I, UK, "Ivan Tkachenko")}),
    # --- UN Security Council
    ("The UN Security Council imposed an arms embargo on South Sudan in 2018.",
     {(I, UNSC, "South Sudan")}),
    ("The UN Security Council voted unanimously on Friday to extend the arms embargo on Libya for another year.",
     {(I, UNSC, "Libya")}),
    # --- delistings, suspensions, waivers
    ("OFAC today removed Arcturus Shipping from the SDN List following a petition for delisting.",
     {(L, OFAC, "Arcturus Shipping")}),
    ("The Treasury Department delisted three former executives of Banco Popular de Ahorro, including Carlos "
     "Mendes, after they resigned from their positions.",
     {(L, US_TREASURY, "Carlos Mendes")}),
    ("The United States eased sanctions on Venezuela's oil sector on Wednesday after the government agreed to "
     "hold elections.",
     {(L, "United States", "Venezuela")}),
    ("The United States suspended sanctions on Syria for 180 days.",
     {(L, "United States", "Syria")}),
    ("President Trump signed an executive order terminating the Syria sanctions program.",
     {(L, "Donald Trump", "Syria")}),
    ("The EU lifted its travel ban on Belarusian Foreign Minister Vladimir Makei in 2015.",
     {(L, EU, "Vladimir Makei")}),
    ("Canada delisted Oleg Tinkov after he renounced his Russian citizenship.",
     {(L, "Canada", "Oleg Tinkov")}),
    # --- threats
    ("President Trump warned of \"very severe\" sanctions against Russia if it did not agree to a ceasefire.",
     {(T, "Donald Trump", "Russia")}),
    ("The European Union threatened to impose sanctions on Israeli ministers over settler violence.",
     {(T, EU, "Israel")}),
    ("Britain said it was ready to impose further sanctions on Iran if Tehran continued to supply ballistic "
     "missiles to Russia.",
     {(T, UK, "Iran")}),
    ("The G7 threatened Russia with further sanctions.",
     {(T, "Group of Seven", "Russia")}),
    # --- proposals
    ("Senators Lindsey Graham and Richard Blumenthal introduced a bill to sanction Russia if it refuses to "
     "negotiate in good faith.",
     {(P, "Lindsey Graham", "Russia"), (P, "Richard Blumenthal", "Russia")}),
    ("The European Commission proposed a 17th package of sanctions against Russia on Wednesday.",
     {(P, "European Commission", "Russia")}),
    ("The United States is considering sanctions on Sudan's Rapid Support Forces.",
     {(P, "United States", "Rapid Support Forces")}),
    # --- news retellings
    ("The US on Thursday imposed sanctions on Karim Khan, the chief prosecutor of the International Criminal "
     "Court.",
     {(I, "United States", "Karim Khan")}),
    ("Washington slapped fresh sanctions on GAESA, the military-run conglomerate that controls much of Cuba's "
     "economy.",
     {(I, "United States", "GAESA")}),
    ("Japan froze the assets of 11 Russian individuals, including Deputy Prime Minister Alexander Novak.",
     {(I, "Japan", "Alexander Novak")}),
    ("Switzerland adopted the latest package of sanctions against Belarus on Friday.",
     {(I, "Switzerland", "Belarus")}),
    ("South Korea on Friday unilaterally sanctioned the North Korean hacking group Lazarus and two of its "
     "members, Park Jin Hyok and Kim Il.",
     {(I, "South Korea", "Lazarus"), (I, "South Korea", "Park Jin Hyok"), (I, "South Korea", "Kim Il")}),
    ("Oleg Deripaska, who has been under US sanctions since 2018, attended the forum in St Petersburg.",
     {(I, "United States", "Oleg Deripaska")}),
    # --- counter-sanctions
    ("China announced sanctions on Raytheon and Lockheed Martin in retaliation for a US arms sale to Taiwan.",
     {(I, "China", "Raytheon"), (I, "China", "Lockheed Martin")}),
    ("Beijing sanctioned former US Secretary of State Mike Pompeo and 27 other Trump-era officials.",
     {(I, "China", "Mike Pompeo")}),
    ("Russia said it had banned 500 Americans, including former President Barack Obama, from entering the "
     "country.",
     {(I, "Russia", "Barack Obama")}),
    ("Iran imposed sanctions on Rob Macaire, a former British ambassador to Tehran, and on the Royal Navy.",
     {(I, "Iran", "Rob Macaire"), (I, "Iran", "Royal Navy")}),
    ("In response, Moscow barred entry to British Prime Minister Rishi Sunak and 35 other UK officials.",
     {(I, "Russia", "Rishi Sunak")}),
    ("China added six American defense firms, including Anduril Industries, to its unreliable entity list.",
     {(I, "China", "Anduril Industries")}),
    # --- a second round, written after the first was studied
    ("WASHINGTON — The Treasury Department's Office of Foreign Assets Control (OFAC) today took action against "
     "Nour Exchange, a money services business that moves funds for the Islamic Revolutionary Guard Corps.",
     {(I, OFAC, "Nour Exchange")}),
    ("Pursuant to E.O. 13818, OFAC is designating Carlos Vega Ruiz, a former customs official who ran a bribery "
     "scheme.", {(I, OFAC, "Carlos Vega Ruiz")}),
    ("The State Department is concurrently designating Sahara Gold Refinery and its owner, Musa Diallo, pursuant "
     "to E.O. 14098.", {(I, STATE, "Sahara Gold Refinery"), (I, STATE, "Musa Diallo")}),
    ("The Bureau of Industry and Security added 11 Russian and Belarusian companies to the Entity List, among them "
     "Minsk Optics.", {(I, "Bureau of Industry and Security", "Minsk Optics")}),
    ("The Council of the European Union today decided to impose restrictive measures on two individuals "
     "responsible for the repression of civil society in Nicaragua: Rosa Martínez and Eduardo Campos.",
     {(I, EU_COUNCIL, "Rosa Martínez"), (I, EU_COUNCIL, "Eduardo Campos")}),
    ("The UK has frozen the assets of Belgrade-based arms dealer Zoran Petkovic and imposed a travel ban on him.",
     {(I, UK, "Zoran Petkovic")}),
    ("The United States lifted sanctions on Belarusian potash producer Belaruskali on Thursday after the release "
     "of political prisoners.", {(L, "United States", "Belaruskali")}),
    ("Japan said it would freeze the assets of Russian President Vladimir Putin and Foreign Minister Sergei Lavrov.",
     {(P, "Japan", "Vladimir Putin"), (P, "Japan", "Sergei Lavrov")}),
    pytest.param("Beijing retaliated by sanctioning Skydio, an American drone maker that supplies Taiwan's fire "
                 "services.", {(I, "China", "Skydio")},
                 marks=gap("the parser reads 'sanctioning' as a modifier of the name after it, leaving the verb "
                           "without object or subject")),
    ("The United Nations Security Council added four Al-Shabaab financiers to its sanctions list, among them "
     "Hassan Afgooye.", {(I, UNSC, "Hassan Afgooye")}),
    pytest.param("The Biden administration imposed sanctions on Hungarian official Antal Rogán in January.",
                 {(I, "Joe Biden", "Antal Rogán")},
                 marks=gap("the entity finder (nlp/entities.py) keeps 'Biden administration' as an organisation; "
                           "only the possessive 'Biden's administration' is Biden")),
    ("The European Union renewed its arms embargo on Iran.", {(I, EU, "Iran")}),
    ("Washington lifted its visa ban on Narendra Modi in 2014.", {(L, "United States", "Narendra Modi")}),
    ("The UK, Canada, Australia, New Zealand and Norway sanctioned Israeli ministers Itamar Ben-Gvir and Bezalel "
     "Smotrich for inciting violence.",
     {(I, c, p) for c in (UK, "Canada", "Australia", "New Zealand", "Norway")
      for p in ("Itamar Ben-Gvir", "Bezalel Smotrich")}),
    pytest.param("Treasury also identified four vessels as blocked property, including the tanker Ocean Star.",
                 {(I, "Treasury", "Ocean Star")},
                 marks=gap("'identified … as blocked property' is OFAC's wording for vessels; 'identify' is no "
                           "sanction verb (Treasury also identifies currency manipulators)")),
    pytest.param("The EU's latest sanctions package lists 60 more people, including the governor of Kursk, Alexei "
                 "Smirnov.", {(I, EU, "Alexei Smirnov")},
                 marks=gap("the entity finder (nlp/entities.py) misses 'Alexei Smirnov' (tagged a nationality)")),
    ("Canada said it was prepared to impose sanctions on Georgia's ruling party if the crackdown continued.",
     {(T, "Canada", "Georgia")}),
    ("The House of Representatives passed a bill that would sanction the International Criminal Court.",
     {(P, "House of Representatives", "International Criminal Court")}),
    ("Russia responded by banning entry to Canadian Prime Minister Justin Trudeau and 300 other Canadians.",
     {(I, "Russia", "Justin Trudeau")}),
    ("OFAC delisted the vessel Pacific Dawn and its operator, Meridian Tankers, after the ship changed ownership.",
     {(L, OFAC, "Pacific Dawn"), (L, OFAC, "Meridian Tankers")}),
    # --- a third round
    ("The UK sanctioned the leader of the RSF, Mohamed Hamdan Dagalo, on Friday.",
     {(I, UK, "Mohamed Hamdan Dagalo")}),
    ("President Trump signed an executive order sanctioning officials of the International Criminal Court, "
     "including Karim Khan.", {(I, "Donald Trump", "Karim Khan")}),
    ("The European Parliament passed a resolution calling for sanctions on Azerbaijan.",
     {(P, "European Parliament", "Azerbaijan")}),
]

# sanctions spoken of, none imposed, threatened or proposed; and "sanction" in its other senses
NO_SANCTION = [
    "The sanctions have hurt Iran's economy, pushing inflation above 40 percent.",
    "\"Sanctions alone will not change the regime's behavior,\" said Elizabeth Rosenberg, a sanctions expert at the "
    "Center for a New American Security.",
    "Russia has found ways to evade Western sanctions by shipping oil through intermediaries in the United Arab "
    "Emirates.",
    "Oil prices rose after traders bet that sanctions on Russian crude would tighten supply.",
    "Critics say the sanctions regime on North Korea is riddled with loopholes.",
    "Sanctions experts said the designations were unlikely to have much effect.",
    "The Treasury Department declined to comment on whether it would sanction the bank.",
    "The UN Security Council failed to agree on sanctions against Myanmar.",
    "China said it opposes unilateral sanctions against Iran.",
    "Shares of Rusal jumped after the company said it expected sanctions relief.",
    # sports and courts sanction in another sense: no state or bloc acts
    "The league sanctioned the club for fielding an ineligible player, docking it six points.",
    "FIFA banned the striker from all football-related activity for two years.",
    pytest.param("The NCAA imposed penalties on Michigan's football program for recruiting violations.",
                 marks=gap("'penalties imposed on' someone are sanctions whoever imposes them: nothing tells a sports "
                           "body from a government, and a possessor of a programme stands for it")),
    "The referee sanctioned the defender with a yellow card.",
    "A federal judge sanctioned the lawyers for filing a frivolous lawsuit.",
    # "sanction" as approval
    "The board sanctioned the merger after a lengthy review.",
    # a penalty for a violation is enforcement, not a sanction on its payer
    "The Federal Reserve imposed a $50 million penalty on the bank for anti-money-laundering lapses.",
    # places of an unnamed group are no targets
    "The sanctions, announced by the Treasury and the State Department on Thursday, target more than 300 entities "
    "in Russia, China and Turkey.",
    # the limits of readings release copy needs: a place entered is no target; a bill criticised is no one's
    # proposal; "designated X a Y" outside sanctions copy
    "Italy barred entry to Venice for cruise ships.",
    "The senator criticised a bill to sanction Russia.",
    "The United Nations designated the Old City of Dubrovnik a World Heritage Site.",
    # the second round
    "Sanctions on Russia have failed to halt its war economy, analysts at the Kiel Institute said.",
    "The company said it complies with all applicable US sanctions.",
    "Moscow added Estonian Prime Minister Kaja Kallas to its wanted list.",
    "The IOC suspended Russia's Olympic committee for violating the Olympic Charter.",
    "The FA charged the club with misconduct and fined it £50,000.",
    "A UN panel of experts said North Korea continued to evade sanctions through ship-to-ship transfers.",
    "The European Commission designated Apple a gatekeeper under the Digital Markets Act.",
    "Lawmakers debated whether to lift sanctions on Cuba.",
]


@pytest.mark.parametrize(("text", "expected"), RELEASES)
def test_release_records(text, expected):
    assert records(text) == expected


@pytest.mark.parametrize("text", NO_SANCTION)
def test_no_sanction(text):
    assert not records(text)
