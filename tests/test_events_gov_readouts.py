"""A blind-written set of event sentences in the styles the other event sets cover least: US
government readouts and releases ("Secretary X met with Y to discuss", "U.S. forces conducted a
strike against", "The United States condemns"), Wikinews ledes, and wire sentences whose actor is a
description ("the militant group"), a pronoun pointing back to the previous sentence, or a
by-passive agent; "claimed responsibility for"; quoted denials and hypotheticals. Each passage
lists the events a careful reader annotates: accepted types, status, an anchor inside the reporting
sentence, the actors (any one found among the event's participants counts, as the evaluator
scores) and the targets. A country's government or authorities named as such count as an actor
beside the country, as the evaluation gold lists them. ``optional`` events are neither required
nor penalised. Negatives report no event."""
from __future__ import annotations

import pytest

from event_rows import CANC, HYP, NEG, OCC, PLAN, Gold, ScoredEventSet

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

MIN_REQUIRED = 150  # required events the set holds at least


#: A capital or an adjective of nationality that stands for its state: the annotator's entity is
#: the country, with the capital among its aliases.
METONYMS = {"Washington": "United States", "Moscow": "Russia", "Kyiv": "Ukraine", "Beijing": "China",
            "Tehran": "Iran", "London": "United Kingdom", "Britain": "United Kingdom", "Kremlin": "Russia"}


def _names(field: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in field.split(";") if n.strip())
    return names + tuple(METONYMS[n] for n in names if n in METONYMS and METONYMS[n] not in names)


def ev(types: str, status: str, anchor: str, actors: str = "", targets: str = "") -> Gold:
    return Gold(tuple(types.split("|")), status, anchor, _names(actors), _names(targets))


def opt(types: str, status: str, anchor: str, actors: str = "", targets: str = "") -> Gold:
    return ev(types, status, anchor, actors, targets)._replace(optional=True)


PASSAGES: list[tuple[str, list[Gold]]] = [
    # --- US government readouts: meetings and calls
    ("Secretary of State Marco Rubio met with Japanese Foreign Minister Takeshi Iwaya in Washington to "
     "discuss the U.S.-Japan alliance.",
     [ev("CONSULT", OCC, "met with Japanese", "Marco Rubio; Rubio; Takeshi Iwaya")]),
    ("Secretary Rubio spoke today with Saudi Foreign Minister Prince Faisal bin Farhan to discuss the "
     "situation in Gaza.",
     [ev("CONSULT", OCC, "spoke today with", "Rubio; Faisal bin Farhan; Prince Faisal bin Farhan")]),
    ("Deputy Secretary Christopher Landau hosted Mexican Foreign Secretary Juan Ramon de la Fuente at the "
     "Department of State on Monday.",
     [ev("CONSULT", OCC, "hosted Mexican", "Christopher Landau; Juan Ramon de la Fuente")]),
    ("Secretary of Defense Pete Hegseth held a call with Philippine Secretary of National Defense Gilberto "
     "Teodoro. The two leaders reaffirmed their commitment to the alliance.",
     [ev("CONSULT", OCC, "held a call with", "Pete Hegseth; Gilberto Teodoro"),
      opt("SUPPORT", OCC, "reaffirmed their commitment")]),
    ("President Trump will host Israeli Prime Minister Benjamin Netanyahu at the White House on Monday.",
     [ev("CONSULT", PLAN, "will host", "Trump; Benjamin Netanyahu")]),
    ("The Vice President will travel to Paris next week to attend the AI Action Summit.",
     [ev("CONSULT", PLAN, "will travel to Paris")]),
    ("Secretary Rubio spoke with Ukrainian Foreign Minister Andrii Sybiha today.",
     [ev("CONSULT", OCC, "spoke with Ukrainian", "Rubio; Andrii Sybiha")]),
    ("Ambassador Mike Waltz met with UN Secretary-General Antonio Guterres in New York on Thursday.",
     [ev("CONSULT", OCC, "met with UN", "Mike Waltz; Antonio Guterres")]),
    ("Today, Secretary Bessent met with Chinese Vice Premier He Lifeng in Geneva.",
     [ev("CONSULT", OCC, "met with Chinese", "Bessent; He Lifeng")]),
    ("The President held a bilateral meeting with Prime Minister Modi on the margins of the G7 Summit.",
     [ev("CONSULT", OCC, "held a bilateral meeting", "Modi")]),
    ("Secretary Hegseth welcomed Israeli Defense Minister Israel Katz to the Pentagon.",
     [ev("CONSULT", OCC, "welcomed Israeli", "Hegseth; Israel Katz")]),
    ("Under Secretary Allison Hooker led the U.S. delegation to the talks in Riyadh.",
     [ev("CONSULT", OCC, "led the U.S. delegation", "Allison Hooker; United States")]),
    ("Deputy Secretary Landau met with Egyptian Foreign Minister Badr Abdelatty. The two sides discussed "
     "ongoing efforts to end the war in Sudan.",
     [ev("CONSULT", OCC, "met with Egyptian", "Landau; Badr Abdelatty"),
      opt("CONSULT", OCC, "The two sides discussed")]),
    ("Secretary Austin met with Chinese Defense Minister Dong Jun in Vientiane. He urged Beijing to refrain "
     "from provocative actions in the Taiwan Strait.",
     [ev("CONSULT", OCC, "met with Chinese", "Austin; Dong Jun"),
      ev("REQUEST", OCC, "He urged Beijing", "Austin", "Beijing")]),
    ("The Secretary also met with Ukrainian President Volodymyr Zelenskyy on the margins of the NATO Summit.",
     [ev("CONSULT", OCC, "met with Ukrainian", "Volodymyr Zelenskyy")]),
    ("President Biden canceled his trip to Australia to focus on the debt ceiling negotiations.",
     [ev("CONSULT", CANC, "canceled his trip", "Biden")]),
    ("Secretary Hegseth did not meet with his Chinese counterpart during the Shangri-La Dialogue.",
     [ev("CONSULT", NEG, "did not meet", "Hegseth")]),
    ("The two sides are scheduled to resume talks in Geneva next week.",
     [ev("CONSULT", PLAN, "resume talks")]),
    ("Turkish President Recep Tayyip Erdogan arrived in Baghdad on Monday. He held talks with Iraqi Prime "
     "Minister Mohammed Shia al-Sudani on water and security.",
     [ev("CONSULT", OCC, "He held talks with", "Recep Tayyip Erdogan; Erdogan; Mohammed Shia al-Sudani"),
      opt("CONSULT", OCC, "arrived in Baghdad", "Recep Tayyip Erdogan; Erdogan")]),
    ("Zelensky met Trump at the White House. The two leaders discussed security guarantees for Ukraine.",
     [ev("CONSULT", OCC, "Zelensky met Trump", "Zelensky; Trump"),
      opt("CONSULT", OCC, "The two leaders discussed")]),
    ("Finnish President Alexander Stubb arrived in Kyiv on Tuesday. He pledged a new 90 million euro "
     "military aid package during a meeting with Zelensky.",
     [ev("AID", PLAN, "He pledged", "Alexander Stubb; Stubb; Finland", "Zelensky; Ukraine"),
      ev("CONSULT", OCC, "a meeting with Zelensky", "Alexander Stubb; Stubb; Zelensky"),
      opt("CONSULT", OCC, "arrived in Kyiv", "Alexander Stubb; Stubb")]),
    # --- US government releases: strikes, sanctions, aid, statements
    ("The Department of Defense announced that U.S. forces conducted a strike against an ISIS commander in "
     "northwest Syria on Friday.",
     [ev("ASSAULT", OCC, "conducted a strike against", "United States; Department of Defense", "ISIS")]),
    ("U.S. Central Command forces conducted a self-defense strike against two Houthi unmanned surface "
     "vessels in the Red Sea.",
     [ev("ASSAULT", OCC, "conducted a self-defense strike", "U.S. Central Command; United States",
         "Houthi; Houthis")]),
    ("U.S. Africa Command, in coordination with the Federal Government of Somalia, conducted an airstrike "
     "against al-Shabaab near Jilib on Jan. 12.",
     [ev("ASSAULT", OCC, "conducted an airstrike", "U.S. Africa Command; United States",
         "al-Shabaab"),
      opt("COOPERATE", OCC, "in coordination with")]),
    ("U.S. Southern Command conducted a lethal kinetic strike on a vessel operated by a designated "
     "terrorist organization in the Caribbean.",
     [ev("ASSAULT", OCC, "conducted a lethal kinetic strike", "U.S. Southern Command; United States")]),
    ("The United States condemns the Taliban's decision to ban women from working for non-governmental "
     "organizations.",
     [ev("ACCUSE", OCC, "condemns", "United States", "Taliban")]),
    ("The United States strongly condemns Russia's latest missile and drone attack on Kyiv, which killed at "
     "least 23 civilians.",
     [ev("ACCUSE", OCC, "strongly condemns", "United States", "Russia"),
      ev("ASSAULT", OCC, "missile and drone attack on Kyiv", "Russia", "Kyiv")]),
    ("The United States condemns in the strongest terms the terrorist attack in Pahalgam.",
     [ev("ACCUSE", OCC, "condemns in the strongest terms", "United States"),
      opt("ASSAULT", OCC, "terrorist attack in Pahalgam")]),
    ("The United States welcomes the agreement between the Democratic Republic of the Congo and Rwanda to "
     "establish a joint security coordination mechanism.",
     [ev("SUPPORT", OCC, "welcomes", "United States"),
      opt("AGREE", OCC, "the agreement between", "Democratic Republic of the Congo; Rwanda")]),
    ("The United States calls on the Government of Nicaragua to release all political prisoners "
     "immediately.",
     [ev("REQUEST", OCC, "calls on", "United States", "Nicaragua; Government of Nicaragua")]),
    ("The Department of the Treasury's Office of Foreign Assets Control (OFAC) today sanctioned six "
     "individuals and two entities involved in procuring drone components for Iran.",
     [ev("SANCTION", OCC, "today sanctioned",
         "Office of Foreign Assets Control; OFAC; Department of the Treasury; Treasury")]),
    ("The Department of State is designating the Tren de Aragua gang as a Foreign Terrorist Organization.",
     [ev("SANCTION|ACCUSE", OCC, "is designating", "Department of State; State Department",
         "Tren de Aragua")]),
    ("The Department of Justice announced today that a federal grand jury indicted three Chinese nationals "
     "for hacking U.S. companies.",
     [ev("ACCUSE|COERCE", OCC, "indicted three Chinese nationals", "Department of Justice; Justice Department")]),
    ("FBI agents arrested a 34-year-old Ohio man on Tuesday for plotting an attack on a synagogue.",
     [ev("COERCE", OCC, "arrested a 34-year-old", "FBI")]),
    ("The U.S. Embassy in Kyiv delivered 40 generators to hospitals in the Kharkiv region.",
     [ev("AID", OCC, "delivered 40 generators", "U.S. Embassy in Kyiv; U.S. Embassy; United States")]),
    ("USAID is providing an additional $50 million in emergency food assistance to people affected by the "
     "drought in Ethiopia.",
     [ev("AID", OCC, "is providing an additional", "USAID", "Ethiopia")]),
    ("Ambassador Linda Thomas-Greenfield traveled to Chad, where she met with refugees from Sudan and "
     "announced $20 million in new humanitarian assistance.",
     [ev("AID", OCC, "announced $20 million", "Linda Thomas-Greenfield; United States"),
      opt("CONSULT", OCC, "traveled to Chad", "Linda Thomas-Greenfield")]),
    ("The Pentagon will deploy 1,500 additional troops to the southern border, officials said.",
     [ev("MOBILIZE", PLAN, "will deploy 1,500", "Pentagon")]),
    ("Secretary Blinken announced the United States will provide $2 billion in additional security "
     "assistance to Ukraine.",
     [ev("AID", PLAN, "will provide $2 billion", "United States; Blinken", "Ukraine")]),
    ("The United States and the Philippines conducted a joint maritime activity in the South China Sea on "
     "Saturday.",
     [ev("COOPERATE", OCC, "conducted a joint maritime activity", "United States; Philippines")]),
    ("The United States rejects the ICC's decision to issue arrest warrants for Israeli leaders.",
     [ev("REJECT", OCC, "rejects", "United States", "ICC; International Criminal Court")]),
    ("The Department of Commerce today added 12 Chinese companies to the Entity List.",
     [ev("SANCTION", OCC, "added 12 Chinese companies", "Department of Commerce; Commerce Department")]),
    ("The Department of Defense announced today that the U.S. Army will deploy a Patriot battery to "
     "Poland.",
     [ev("MOBILIZE", PLAN, "will deploy a Patriot battery", "U.S. Army; United States; Department of Defense")]),
    ("The United States imposed visa restrictions on 14 Georgian officials responsible for undermining "
     "democracy.",
     [ev("SANCTION", OCC, "imposed visa restrictions", "United States", "Georgia")]),
    ("Secretary Hegseth warned Iran that the United States would respond decisively to any attack on "
     "American personnel.",
     [ev("THREATEN", OCC, "warned Iran", "Hegseth; United States", "Iran")]),
    ("The White House praised the Senate for passing the bipartisan border bill.",
     [ev("SUPPORT", OCC, "praised the Senate", "White House", "Senate")]),
    ("The United States stands with the people of Ukraine.",
     [ev("SUPPORT", OCC, "stands with", "United States", "Ukraine")]),
    ("Secretary Rubio reaffirmed the United States' ironclad commitment to the defense of the Philippines.",
     [ev("SUPPORT", OCC, "reaffirmed", "Rubio; United States", "Philippines")]),
    ("The State Department congratulated Ghana's John Mahama on his election victory.",
     [ev("SUPPORT", OCC, "congratulated", "State Department; Department of State", "John Mahama")]),
    ("The Department of State requested that the Government of Venezuela provide consular access to the "
     "detained Americans.",
     [ev("REQUEST", OCC, "requested that", "Department of State; State Department", "Venezuela")]),
    ("Secretary Rubio condemned the Houthis' continued attacks on commercial shipping.",
     [ev("ACCUSE", OCC, "condemned", "Rubio", "Houthis")]),
    ("The Treasury Department plans to sanction additional Russian banks in the coming weeks.",
     [ev("SANCTION", PLAN, "plans to sanction", "Treasury Department; Treasury")]),
    ("The planned joint exercise between South Korea and the United States was suspended.",
     [ev("COOPERATE", CANC, "planned joint exercise", "South Korea; United States")]),
    ("The Coast Guard interdicted a vessel carrying 3,000 pounds of cocaine off the coast of Colombia.",
     [ev("COERCE", OCC, "interdicted", "Coast Guard")]),
    # --- Wikinews ledes
    ("On Tuesday, police in Nairobi fired tear gas at protesters who had gathered outside parliament to "
     "oppose a proposed finance bill.",
     [ev("COERCE", OCC, "fired tear gas"),
      ev("PROTEST", OCC, "gathered outside parliament")]),
    ("Thousands of people marched through central London on Saturday to protest against the government's "
     "immigration policy.",
     [ev("PROTEST", OCC, "marched through central London")]),
    ("Israeli airstrikes killed at least 30 people in the southern Gaza Strip on Wednesday, according to "
     "local health officials.",
     [ev("ASSAULT", OCC, "Israeli airstrikes killed", "Israel")]),
    ("The government of Bangladesh has banned the Awami League, the party of former prime minister Sheikh "
     "Hasina.",
     [ev("COERCE", OCC, "has banned the Awami League", "Bangladesh; government of Bangladesh", "Awami League")]),
    ("Former Pakistani prime minister Imran Khan was sentenced to 14 years in prison on Friday by an "
     "anti-corruption court in Islamabad.",
     [ev("COERCE", OCC, "was sentenced", "", "Imran Khan")]),
    ("South Korean President Yoon Suk Yeol was arrested by anti-corruption investigators at his residence "
     "in Seoul on Wednesday.",
     [ev("COERCE", OCC, "was arrested", "", "Yoon Suk Yeol")]),
    ("The Taliban has released two American citizens held in Afghanistan in exchange for an Afghan "
     "convicted in the United States.",
     [ev("CONCEDE|COOPERATE", OCC, "has released two American citizens", "Taliban")]),
    ("Sudan's paramilitary Rapid Support Forces shelled a displacement camp near El Fasher, killing at "
     "least 40 people, activists said.",
     [ev("ASSAULT", OCC, "shelled a displacement camp", "Rapid Support Forces")]),
    ("Hundreds of doctors went on strike across Nigeria on Monday, demanding better pay and working "
     "conditions.",
     [ev("PROTEST", OCC, "went on strike")]),
    ("Russia and Ukraine exchanged 95 prisoners of war each on Friday in a deal mediated by the United "
     "Arab Emirates.",
     [ev("COOPERATE|CONCEDE", OCC, "exchanged 95 prisoners", "Russia; Ukraine"),
      opt("CONSULT|AGREE", OCC, "mediated by", "United Arab Emirates")]),
    ("North Korea fired a ballistic missile into the sea off its east coast on Thursday, South Korea's "
     "military said.",
     [ev("MOBILIZE|ASSAULT", OCC, "fired a ballistic missile", "North Korea")]),
    ("Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second Thomas Shoal "
     "on Sunday.",
     [ev("COERCE|ASSAULT", OCC, "fired water cannon", "China; Chinese coast guard", "Philippines")]),
    ("Venezuelan opposition leader Maria Corina Machado was briefly detained after leading a protest in "
     "Caracas.",
     [ev("COERCE", OCC, "was briefly detained", "", "Maria Corina Machado"),
      ev("PROTEST", OCC, "leading a protest", "Maria Corina Machado")]),
    ("Georgian police detained dozens of protesters outside parliament in Tbilisi.",
     [ev("COERCE", OCC, "detained dozens", "Georgia"),
      opt("PROTEST", OCC, "protesters outside parliament")]),
    ("Turkish authorities detained Istanbul mayor Ekrem Imamoglu on corruption charges.",
     [ev("COERCE", OCC, "detained Istanbul mayor", "Turkey; Turkish authorities", "Ekrem Imamoglu")]),
    ("Hong Kong's national security police arrested six people over 'seditious' social media posts.",
     [ev("COERCE", OCC, "arrested six people", "Hong Kong")]),
    ("The junta in Mali suspended the activities of all political parties.",
     [ev("COERCE", OCC, "suspended the activities", "Mali")]),
    ("The United States deported more than 200 Venezuelan migrants to El Salvador on Saturday.",
     [ev("COERCE", OCC, "deported", "United States")]),
    # --- Wire: description, pronoun and by-passive actors; claims of responsibility
    ("Hamas released three Israeli hostages on Saturday. The militant group also handed over the bodies of "
     "four others.",
     [ev("CONCEDE", OCC, "released three Israeli hostages", "Hamas"),
      ev("CONCEDE|COOPERATE", OCC, "handed over the bodies", "Hamas")]),
    ("Police arrested a 45-year-old man in Manchester on suspicion of terrorism offences. The 45-year-old was "
     "detained at his home early on Tuesday.",
     [ev("COERCE", OCC, "Police arrested"),
      opt("COERCE", OCC, "was detained at his home")]),
    ("Al-Shabaab claimed responsibility for the attack on a hotel in Mogadishu that killed at least 12 "
     "people.",
     [ev("ASSAULT", OCC, "claimed responsibility for the attack", "Al-Shabaab")]),
    ("The Islamic State group claimed responsibility for a suicide bombing at a mosque in Peshawar on "
     "Friday.",
     [ev("ASSAULT", OCC, "claimed responsibility for a suicide bombing", "Islamic State")]),
    ("The Baloch Liberation Army said it carried out the attack on a passenger train in Balochistan.",
     [ev("ASSAULT", OCC, "carried out the attack", "Baloch Liberation Army")]),
    ("The convoy was attacked by Houthi rebels near the port of Hodeidah, the coalition said.",
     [ev("ASSAULT", OCC, "was attacked by Houthi rebels", "Houthi; Houthis")]),
    ("The journalist was detained by Russian security services in Yekaterinburg while on a reporting trip.",
     [ev("COERCE", OCC, "was detained by Russian security services", "Russia; FSB")]),
    ("Three Palestinians were killed by Israeli forces during a raid in Jenin on Tuesday, the Palestinian "
     "health ministry said.",
     [ev("ASSAULT", OCC, "were killed by Israeli forces", "Israel; Israel Defense Forces; IDF")]),
    ("The ceasefire was brokered by Qatar and Egypt after weeks of negotiations.",
     [ev("AGREE|CONSULT", OCC, "was brokered by Qatar", "Qatar; Egypt")]),
    ("Kenyan President William Ruto faced mounting pressure over the tax bill. On Wednesday he withdrew it, "
     "saying he had listened to the people.",
     [ev("CONCEDE", OCC, "he withdrew it", "William Ruto; Ruto")]),
    ("Viktor Orban has repeatedly criticised EU support for Kyiv. On Thursday, he vetoed a new aid package "
     "for Ukraine.",
     [ev("ACCUSE", OCC, "has repeatedly criticised", "Viktor Orban; Orban", "European Union; EU"),
      ev("REJECT", OCC, "he vetoed", "Viktor Orban; Orban")]),
    ("M23 rebels seized the town of Bukavu on Sunday, a day after Congolese troops retreated.",
     [ev("ASSAULT", OCC, "seized the town", "M23"),
      ev("RETREAT", OCC, "Congolese troops retreated", "Democratic Republic of the Congo; Congo; DRC")]),
    ("The former minister, 62, was charged with fraud by prosecutors in Paris.",
     [ev("ACCUSE|COERCE", OCC, "was charged with fraud")]),
    ("Colombian authorities said the 28-year-old suspect was captured by soldiers near the Venezuelan "
     "border.",
     [ev("COERCE", OCC, "was captured by soldiers", "Colombia")]),
    ("Iran launched more than 180 ballistic missiles at Israel on Tuesday night, the Israeli military said.",
     [ev("ASSAULT", OCC, "launched more than 180 ballistic missiles", "Iran", "Israel")]),
    ("Israel struck targets in Iran early on Saturday in what it said was retaliation for the missile "
     "barrage.",
     [ev("ASSAULT", OCC, "Israel struck targets in Iran", "Israel", "Iran")]),
    ("The Houthis have attacked more than 100 ships since November. The group said on Monday it had "
     "targeted a Greek-owned tanker in the Red Sea.",
     [ev("ASSAULT", OCC, "have attacked more than 100 ships", "Houthis"),
      ev("ASSAULT", OCC, "had targeted a Greek-owned tanker", "Houthis")]),
    ("Venezuelan opposition candidate Edmundo Gonzalez fled to Spain. He had been granted asylum by the "
     "Spanish government.",
     [ev("AID", OCC, "granted asylum", "Spain; Spanish government", "Edmundo Gonzalez")]),
    ("The military junta in Burkina Faso expelled three French diplomats. It accused them of subversive "
     "activities.",
     [ev("COERCE|SANCTION|REJECT", OCC, "expelled three French diplomats", "Burkina Faso", "France"),
      ev("ACCUSE", OCC, "It accused them", "Burkina Faso")]),
    ("Police said the 19-year-old opened fire on worshippers at the mosque before he was arrested.",
     [ev("ASSAULT", OCC, "opened fire on worshippers"),
      ev("COERCE", OCC, "he was arrested")]),
    ("A suicide bomber killed at least 20 people at a police station in Quetta, officials said.",
     [ev("ASSAULT", OCC, "suicide bomber killed")]),
    ("Russian drones struck an energy facility in the Odesa region overnight, Ukrainian officials said.",
     [ev("ASSAULT", OCC, "Russian drones struck", "Russia")]),
    ("Ukraine said it had hit an oil refinery in Russia's Saratov region with long-range drones.",
     [ev("ASSAULT", OCC, "hit an oil refinery", "Ukraine", "Russia")]),
    ("Gunmen abducted more than 200 students from a school in Kaduna state.",
     [ev("ASSAULT|COERCE", OCC, "abducted")]),
    ("Pakistan carried out airstrikes on what it said were militant hideouts in Afghanistan.",
     [ev("ASSAULT", OCC, "carried out airstrikes", "Pakistan", "Afghanistan")]),
    ("The Israeli military said it killed a senior Hezbollah commander in a strike on Beirut.",
     [ev("ASSAULT", OCC, "killed a senior Hezbollah commander", "Israel; Israeli military; IDF", "Hezbollah")]),
    # --- hypotheticals
    ("The president said the United States would strike Iran's nuclear sites if talks failed.",
     [ev("ASSAULT", HYP, "would strike Iran's nuclear sites", "United States", "Iran"),
      opt("THREATEN", OCC, "would strike")]),
    ("If Russian troops invade Lithuania, NATO would defend every inch of allied territory, the secretary "
     "general said.",
     [ev("ASSAULT", HYP, "invade Lithuania", "Russia", "Lithuania"),
      opt("THREATEN|SUPPORT", OCC, "would defend")]),
    ("The opposition could boycott the election if the electoral commission is not reformed, its leader "
     "warned.",
     [ev("PROTEST|REJECT", HYP, "could boycott the election"),
      opt("THREATEN", OCC, "warned")]),
    ("Tehran would release the detained sailors if London apologised, an Iranian official said.",
     [ev("CONCEDE", HYP, "would release the detained sailors", "Tehran"),
      opt("CONCEDE", HYP, "apologised", "London")]),
    ("Should the talks collapse, Israel may resume its offensive in Gaza, officials warned.",
     [ev("ASSAULT", HYP, "resume its offensive", "Israel"),
      opt("THREATEN", OCC, "warned")]),
    ("Washington could lift sanctions on Syria's central bank if the new government meets key conditions.",
     [ev("SANCTION|CONCEDE", HYP, "could lift sanctions", "Washington", "Syria")]),
    ("Poland said it might close its border with Belarus if the migrant crossings continued.",
     [ev("COERCE|SANCTION|MOBILIZE", HYP, "might close its border", "Poland", "Belarus")]),
    # --- THREATEN
    ("Trump threatened to impose 25 percent tariffs on all goods from Canada and Mexico.",
     [ev("THREATEN", OCC, "threatened to impose", "Trump", "Canada; Mexico")]),
    ("North Korea warned that it would take overwhelming military action if the joint drills went ahead.",
     [ev("THREATEN", OCC, "warned that it would take", "North Korea")]),
    ("The Houthis vowed to continue attacking ships linked to Israel.",
     [ev("THREATEN", OCC, "vowed to continue attacking", "Houthis")]),
    ("China's defence ministry said its forces would crush any attempt at Taiwanese independence.",
     [ev("THREATEN|ASSAULT", OCC, "would crush", "China")]),
    # --- PROTEST
    ("Farmers blocked major roads around Paris with tractors on Monday to protest against falling incomes.",
     [ev("PROTEST", OCC, "blocked major roads")]),
    ("Supporters of the jailed opposition leader rallied in Istanbul for a fifth straight night.",
     [ev("PROTEST", OCC, "rallied in Istanbul")]),
    ("Students staged a sit-in at Columbia University to demand divestment from Israel.",
     [ev("PROTEST", OCC, "staged a sit-in")]),
    ("Hundreds of Samsung workers walked off the job on Tuesday in the company's first strike.",
     [ev("PROTEST", OCC, "walked off the job", "Samsung")]),
    ("The opposition party boycotted the vote on the new constitution.",
     [ev("PROTEST|REJECT", OCC, "boycotted the vote")]),
    # --- MOBILIZE
    ("Russia moved additional troops and armour to the border with Finland, satellite images showed.",
     [ev("MOBILIZE", OCC, "moved additional troops", "Russia")]),
    ("China held large-scale military drills around Taiwan on Monday, a day after President Lai's speech.",
     [ev("MOBILIZE", OCC, "held large-scale military drills", "China", "Taiwan")]),
    ("The Pentagon ordered an aircraft carrier strike group to the eastern Mediterranean.",
     [ev("MOBILIZE", OCC, "ordered an aircraft carrier", "Pentagon")]),
    ("Venezuela mobilised 25,000 troops along its coastline after U.S. warships arrived in the Caribbean.",
     [ev("MOBILIZE", OCC, "mobilised 25,000 troops", "Venezuela"),
      opt("MOBILIZE", OCC, "U.S. warships arrived", "United States")]),
    ("Israel called up 60,000 reservists ahead of the planned offensive on Gaza City.",
     [ev("MOBILIZE", OCC, "called up 60,000 reservists", "Israel"),
      opt("ASSAULT", PLAN, "planned offensive", "Israel")]),
    ("The Department of Defense has suspended the deployment of additional troops to the region.",
     [ev("MOBILIZE", CANC, "suspended the deployment", "Department of Defense")]),
    # --- RETREAT
    ("Israeli forces withdrew from the Netzarim corridor on Sunday under the terms of the ceasefire.",
     [ev("RETREAT", OCC, "withdrew from the Netzarim corridor", "Israel; Israeli forces")]),
    ("The last French soldiers left Niger in December, ending a decade-long deployment.",
     [ev("RETREAT", OCC, "left Niger", "France", "Niger")]),
    ("The Wagner mercenaries pulled out of their bases in central Mali, the group said.",
     [ev("RETREAT", OCC, "pulled out of their bases", "Wagner")]),
    ("Washington plans to reduce its troop presence in Iraq by the end of the year.",
     [ev("RETREAT", PLAN, "reduce its troop presence", "Washington", "Iraq")]),
    ("Israel has not withdrawn its troops from southern Lebanon despite the deadline.",
     [ev("RETREAT", NEG, "has not withdrawn its troops", "Israel")]),
    # --- AGREE
    ("Israel and Hamas agreed to a ceasefire and hostage release deal on Wednesday, mediators said.",
     [ev("AGREE", OCC, "agreed to a ceasefire", "Israel; Hamas")]),
    ("The United States and Ukraine signed an agreement giving Washington access to Ukraine's mineral "
     "resources.",
     [ev("AGREE", OCC, "signed an agreement", "United States; Ukraine")]),
    ("Secretary Rubio and Foreign Minister Wadephul signed a memorandum of understanding on critical "
     "minerals.",
     [ev("AGREE", OCC, "signed a memorandum", "Rubio; Wadephul")]),
    ("Thailand and Cambodia agreed to an immediate and unconditional ceasefire after talks hosted by "
     "Malaysia.",
     [ev("AGREE", OCC, "agreed to an immediate", "Thailand; Cambodia"),
      opt("CONSULT", OCC, "talks hosted by Malaysia", "Malaysia")]),
    ("Armenia and Azerbaijan have not yet signed the peace treaty initialled in August.",
     [ev("AGREE", NEG, "have not yet signed", "Armenia; Azerbaijan")]),
    ("The two parties are expected to sign a coalition agreement on Friday.",
     [ev("AGREE", PLAN, "expected to sign")]),
    # --- COOPERATE
    ("Mexico extradited 26 cartel figures to the United States on Tuesday.",
     [ev("COOPERATE", OCC, "extradited", "Mexico", "United States")]),
    ("The FBI assisted Thai police in the investigation, the embassy said.",
     [ev("COOPERATE", OCC, "assisted Thai police", "FBI", "Thailand")]),
    ("Japanese and Australian fighter jets held their first joint exercise over the Northern Territory.",
     [ev("COOPERATE", OCC, "held their first joint exercise", "Japan; Australia")]),
    ("Germany and France agreed to jointly develop a new main battle tank.",
     [ev("COOPERATE|AGREE", OCC, "agreed to jointly develop", "Germany; France")]),
    ("Indonesia handed over the suspected drug lord to Australian police.",
     [ev("COOPERATE", OCC, "handed over the suspected drug lord", "Indonesia", "Australia")]),
    # --- AID
    ("Japan will provide $10 million in emergency grant aid to Myanmar following the earthquake.",
     [ev("AID", PLAN, "will provide $10 million", "Japan", "Myanmar")]),
    ("The UN refugee agency airlifted tents and blankets to earthquake survivors in Herat.",
     [ev("AID", OCC, "airlifted tents", "UN refugee agency; UNHCR")]),
    ("The European Union announced 68 million euros in humanitarian aid for Palestinians.",
     [ev("AID", OCC, "announced 68 million euros", "European Union")]),
    ("The Red Cross evacuated 200 wounded civilians from the besieged city.",
     [ev("AID", OCC, "evacuated 200 wounded civilians", "Red Cross")]),
    ("The United States has not delivered any new weapons to Ukraine since January, officials said.",
     [ev("AID", NEG, "has not delivered any new weapons", "United States", "Ukraine")]),
    # --- SUPPORT
    ("The African Union endorsed Morocco's bid to host the 2030 World Cup.",
     [ev("SUPPORT", OCC, "endorsed", "African Union", "Morocco")]),
    # --- CONCEDE
    ("Iran freed French national Olivier Grondeau after more than two years in detention.",
     [ev("CONCEDE", OCC, "freed French national", "Iran", "Olivier Grondeau")]),
    ("Serbian Prime Minister Milos Vucevic resigned on Tuesday after months of student-led protests.",
     [ev("CONCEDE", OCC, "resigned", "Milos Vucevic"),
      opt("PROTEST", OCC, "student-led protests")]),
    ("The junta lifted the nationwide curfew imposed after the coup.",
     [ev("CONCEDE", OCC, "lifted the nationwide curfew")]),
    ("Israel allowed fuel trucks to enter Gaza for the first time since the war began.",
     [ev("CONCEDE|AID", OCC, "allowed fuel trucks", "Israel")]),
    ("The government backed down on its plan to tax mobile money transfers.",
     [ev("CONCEDE", OCC, "backed down")]),
    # --- REQUEST
    ("Ukraine asked its Western allies for more air defence systems.",
     [ev("REQUEST", OCC, "asked its Western allies", "Ukraine")]),
    ("UN Secretary-General Antonio Guterres appealed for an immediate humanitarian ceasefire in Sudan.",
     [ev("REQUEST", OCC, "appealed for", "Antonio Guterres")]),
    ("The families of the hostages urged the government to accept the deal.",
     [ev("REQUEST", OCC, "urged the government")]),
    ("Lawmakers demanded the resignation of the defence minister.",
     [ev("REQUEST", OCC, "demanded the resignation")]),
    # --- REJECT
    ("Hamas rejected the latest Israeli proposal, calling it a recipe for endless war.",
     [ev("REJECT", OCC, "rejected the latest Israeli proposal", "Hamas")]),
    ("The Kremlin dismissed the European peace plan as unacceptable.",
     [ev("REJECT", OCC, "dismissed", "Kremlin")]),
    ("Denmark rejected the U.S. offer to buy Greenland.",
     [ev("REJECT", OCC, "rejected the U.S. offer", "Denmark", "United States")]),
    ("Russia vetoed a Security Council resolution calling for a ceasefire in Sudan.",
     [ev("REJECT", OCC, "vetoed", "Russia")]),
    ("Moscow has refused to return the seized vessels.",
     [ev("REJECT", OCC, "refused to return", "Moscow")]),
    # --- ACCUSE
    ("China accused the United States of bullying over its new chip export controls.",
     [ev("ACCUSE", OCC, "accused the United States", "China", "United States")]),
    ("The European Commission opened an investigation into TikTok over election interference in Romania.",
     [ev("ACCUSE", OCC, "opened an investigation", "European Commission", "TikTok")]),
    ("Ukraine's foreign ministry denounced the referendum in occupied territories as a sham.",
     [ev("ACCUSE", OCC, "denounced", "Ukraine; Ukraine's foreign ministry")]),
    ("Human Rights Watch criticised the Saudi government over the execution of a journalist.",
     [ev("ACCUSE", OCC, "criticised the Saudi government", "Human Rights Watch", "Saudi Arabia; Saudi government")]),
    # --- SANCTION
    ("The European Union adopted its 17th package of sanctions against Russia.",
     [ev("SANCTION", OCC, "adopted its 17th package", "European Union", "Russia")]),
    ("Britain froze the assets of five Russian oligarchs linked to the Kremlin.",
     [ev("SANCTION", OCC, "froze the assets", "Britain")]),
    ("China imposed an export ban on gallium and germanium to the United States.",
     [ev("SANCTION", OCC, "imposed an export ban", "China", "United States")]),
    ("Canada suspended arms exports to Israel.",
     [ev("SANCTION", OCC, "suspended arms exports", "Canada", "Israel")]),
]

NEGATIVES: list[str] = [
    "'We did not attack anyone,' he said.",
    "'Our forces have not fired a single shot across the border,' the army spokesman told reporters.",
    "An independent inquiry would be the only way to establish what happened, the minister said.",
    "The Secretary delivered remarks at the opening of the new embassy building.",
    "The Department of State released its annual human rights report on Tuesday.",
    "The President signed the National Defense Authorization Act into law on Friday.",
    "The meeting room was decorated with the flags of both countries.",
    "The attack helicopter program has been delayed by two years, the Pentagon said.",
    "The union's strike fund has grown to $10 million.",
    "Police are investigating the cause of the fire, which destroyed a warehouse on Monday.",
    "The court will rule on the appeal next month.",
    "Temperatures fell below freezing in Kabul overnight.",
    "The company announced record profits for the third quarter.",
    "The embassy will be closed on Monday for the federal holiday.",
    "Secretary Rubio's remarks are available on the State Department website.",
    "The 45-year-old, a father of three, had worked at the factory for two decades.",
    "The militant group was founded in the 1990s in northern Mali.",
    "The spokesman declined to comment on the report.",
    "A fact sheet on the program is attached.",
    "The Coast Guard said weather conditions in the Gulf were expected to improve by Thursday.",
    "'Nobody has been arrested and nobody will be,' the police chief said.",
    "The film about the 2003 invasion of Iraq won the top prize at the festival.",
    "Voter turnout in the capital was higher than in the 2019 election.",
    "The agency's budget for fiscal year 2025 totals $4.2 billion.",
    "He said he would not comment on hypothetical questions about an invasion.",
    "The protesters' demands are listed on the group's website.",
]

#: Required events the rules miss or mistype, each with its cause (strict: a fixed gap fails).
MISSED: dict[str, str] = {
    "added 12 Chinese companies": "adding to a trade blacklist ('the Entity List') is no sanction trigger",
    "suspended the activities": "suspending what someone does is typed only for aid, trade and talks",
    "he withdrew it": "a pronoun object ('withdrew it', the bill) has no class the rules can read",
    "opened fire on worshippers": "the parse makes 'opened' a modifier of 'fire' after 'the 19-year-old'",
    "would crush": "a future hostile act reported of a state is not read as a threat",
    "have not yet signed": "the parse makes 'the peace treaty' the subject of 'initialled'",
    "handed over the suspected drug lord": "handing a suspect to another state's police needs a suspect class",
}

#: Negatives with an event the rules report though none happened (strict).
FALSE_ALARMS: dict[str, str] = {
    "Police are investigating the cause of the fire, which destroyed a warehouse on Monday.":
        "investigating is an accusation whatever is investigated",
    "The court will rule on the appeal next month.": "a legal appeal is read as a request",
    "The film about the 2003 invasion of Iraq won the top prize at the festival.":
        "a past war named in a title or topic is read as a happening of the article",
    "The protesters' demands are listed on the group's website.": "demands as a list are read as a request",
}


class TestGovReadouts(ScoredEventSet):
    PASSAGES = PASSAGES
    NEGATIVES = NEGATIVES
    MISSED = MISSED
    FALSE_ALARMS = FALSE_ALARMS
    MIN_REQUIRED = MIN_REQUIRED
    #: Measured on this gold before any rule of this round (the blind estimate): P 0.890, R 0.846, F1 0.867,
    #: status 0.986, actor 0.944, target 0.706; after it: P 0.940, R 0.949, F1 0.944, status 0.982, actor
    #: 0.958, target 0.691.
    FLOORS = {"precision": 0.93, "recall": 0.94, "status": 0.97, "actor": 0.95}
