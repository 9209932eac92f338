"""A blind-written set of event passages in the way wire copy and government texts report events:
long sentences with the event in a subordinate or relative clause, nominalisations, events inside
reported speech, passives with a by-agent, coordinated events, headline fragments, participle
clauses, planned / cancelled / hypothetical / negated events with the cue in varied places, and a
few short one-event sentences. Each passage lists every event a careful reader annotates
(FORMAT.md: accepted types, status, actor or target names, an anchor inside the reporting
sentence); ``optional`` events are neither required nor penalised. Negatives report no event."""
from __future__ import annotations

import pytest

from event_rows import CANC, HYP, NEG, OCC, PLAN, Gold, ScoredEventSet

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

MIN_REQUIRED = 130  # required events the set holds at least


#: A capital that stands for its government: the annotator's entity is the country, with the
#: capital among its aliases ("Washington plans to pull its troops out" → the United States).
METONYMS = {"Washington": "United States", "Moscow": "Russia", "Kyiv": "Ukraine", "Beijing": "China",
            "Tehran": "Iran", "Kabul": "Afghanistan", "Managua": "Nicaragua", "Taipei": "Taiwan",
            "Islamabad": "Pakistan", "Minsk": "Belarus", "Brussels": "European Union", "Seoul": "South Korea",
            "Kinshasa": "Democratic Republic of the Congo"}


def _with_countries(actors: tuple[str, ...]) -> tuple[str, ...]:
    return actors + tuple(METONYMS[a] for a in actors if a in METONYMS and METONYMS[a] not in actors)


def ev(types: str, status: str, anchor: str, *actors: str) -> Gold:
    return Gold(tuple(types.split("|")), status, anchor, _with_countries(actors))


def opt(types: str, status: str, anchor: str, *actors: str) -> Gold:
    return Gold(tuple(types.split("|")), status, anchor, _with_countries(actors), optional=True)


PASSAGES: list[tuple[str, list[Gold]]] = [
    # AGREE
    ("Kenya and Uganda signed a memorandum on sharing the waters of Lake Victoria on Thursday, ending a "
     "dispute that had strained ties for more than a decade.",
     [ev("AGREE", OCC, "signed a memorandum", "Kenya", "Uganda")]),
    ("The signing of a ceasefire between the Sudanese army and the Rapid Support Forces, brokered by Saudi "
     "Arabia, was hailed by the African Union as a first step.",
     [ev("AGREE", OCC, "The signing of a ceasefire", "Rapid Support Forces", "Sudanese army"),
      ev("SUPPORT", OCC, "was hailed by the African Union", "African Union"),
      opt("CONSULT", OCC, "brokered by Saudi", "Saudi Arabia")]),
    ("Officials in Kinshasa said the government and the M23 rebels had agreed to a prisoner exchange during "
     "talks in Doha.",
     [ev("AGREE", OCC, "had agreed to a prisoner exchange", "M23"),
      ev("CONSULT", OCC, "talks in Doha", "M23")]),
    ("Armenia's prime minister is set to sign a border demarcation deal with Azerbaijan when he visits Baku "
     "next week.",
     [ev("AGREE", PLAN, "is set to sign a border demarcation deal", "Armenia", "Azerbaijan"),
      ev("CONSULT", PLAN, "he visits Baku", "Armenia", "Azerbaijan")]),
    ("No agreement was reached at the end of two days of negotiations in Geneva, a UN spokesperson said.",
     [ev("AGREE", NEG, "No agreement was reached"),
      ev("CONSULT", OCC, "two days of negotiations in Geneva")]),
    ("Hamas would accept a phased release of hostages if Israel committed to a full withdrawal from Gaza, a "
     "senior official told reporters.",
     [ev("AGREE", HYP, "would accept a phased release of hostages", "Hamas"),
      opt("RETREAT|CONCEDE", HYP, "a full withdrawal from Gaza", "Israel"),
      opt("CONCEDE", HYP, "release of hostages", "Hamas")]),
    ("Colombia, ELN rebels agree to extend truce",
     [ev("AGREE", OCC, "agree to extend truce", "Colombia", "ELN")]),
    ("The signing ceremony for the fisheries accord between Senegal and Mauritania was postponed "
     "indefinitely after last-minute objections from fishermen's groups.",
     [ev("AGREE", CANC, "signing ceremony for the fisheries accord", "Senegal", "Mauritania"),
      opt("REJECT|PROTEST|ACCUSE", OCC, "objections from fishermen's groups")]),
    ("The truce was accepted by the military government and the Arakan Army late on Sunday, according to "
     "Chinese mediators.",
     [ev("AGREE", OCC, "was accepted by the military government", "Arakan Army"),
      opt("CONSULT", OCC, "Chinese mediators", "China")]),
    # CONSULT
    ("Macron hosted Zelensky at the Elysee Palace on Monday, hours after Ukrainian drones struck a refinery "
     "deep inside Russia.",
     [ev("CONSULT", OCC, "hosted Zelensky", "Macron", "Zelensky"),
      ev("ASSAULT", OCC, "drones struck a refinery", "Ukraine", "Russia")]),
    ("The talks between Iran's foreign minister and the IAEA chief, which had been scheduled for Tuesday in "
     "Vienna, were cancelled without explanation.",
     [ev("CONSULT", CANC, "The talks between Iran's foreign minister and the IAEA chief", "Iran", "IAEA")]),
    ("A Kremlin spokesman said Putin had spoken by phone with Turkey's Erdogan about the grain corridor.",
     [ev("CONSULT", OCC, "had spoken by phone with", "Putin", "Erdogan")]),
    ("Blinken plans to travel to Cairo and Doha later this week for talks on a hostage deal.",
     [ev("CONSULT", PLAN, "plans to travel to Cairo", "Blinken")]),
    ("No meeting between the two presidents took place on the sidelines of the summit, contrary to earlier "
     "reports.",
     [ev("CONSULT", NEG, "No meeting between the two presidents took place"),
      opt("CONSULT", OCC, "the summit")]),
    ("Roza Otunbayeva, who met Taliban leaders in Kandahar last month, is expected to brief the Security "
     "Council on Wednesday.",
     [ev("CONSULT", OCC, "who met Taliban leaders", "Roza Otunbayeva", "Taliban"),
      opt("CONSULT", PLAN, "brief the Security Council", "Roza Otunbayeva")]),
    ("Saudi crown prince in surprise visit to Damascus",
     [ev("CONSULT", OCC, "surprise visit to Damascus", "Saudi Arabia", "Damascus")]),
    ("The foreign ministers of India and China met in Moscow and agreed on a five-point plan to ease "
     "tensions along their disputed border.",
     [ev("CONSULT", OCC, "met in Moscow", "India", "China"),
      ev("AGREE", OCC, "agreed on a five-point plan", "India", "China")]),
    ("Arriving in Beijing on Friday, the German chancellor held talks with Premier Li Qiang on trade and "
     "the war in Ukraine.",
     [ev("CONSULT", OCC, "held talks with Premier Li Qiang", "Li Qiang", "Germany")]),
    ("A second round of negotiations between Kyiv and Moscow has been postponed, Turkish officials said on "
     "Sunday.",
     [ev("CONSULT", CANC, "A second round of negotiations", "Kyiv", "Moscow")]),
    ("Secretary Rubio met with Indian External Affairs Minister Jaishankar today in Washington to discuss "
     "trade and regional security.",
     [ev("CONSULT", OCC, "met with Indian External Affairs Minister Jaishankar", "Rubio", "Jaishankar")]),
    ("Erdogan met Putin in Sochi.",
     [ev("CONSULT", OCC, "met Putin in Sochi", "Erdogan", "Putin")]),
    # SUPPORT
    ("In a statement issued late on Tuesday, the European Commission welcomed the decision by Serbia and "
     "Kosovo to resume dialogue.",
     [ev("SUPPORT", OCC, "welcomed the decision", "European Commission"),
      opt("CONSULT", PLAN, "resume dialogue", "Serbia", "Kosovo")]),
    ("Washington's recognition of Moroccan sovereignty over Western Sahara angered Algeria, which recalled "
     "its ambassador from Rabat.",
     [ev("SUPPORT", OCC, "recognition of Moroccan sovereignty", "Washington", "Morocco"),
      ev("SANCTION", OCC, "recalled its ambassador from Rabat", "Algeria", "Rabat")]),
    ("The proposal was backed by 14 of the 27 member states, diplomats said.",
     [ev("SUPPORT", OCC, "was backed by 14 of the 27 member states")]),
    ("Keir Starmer said Labour would back the bill if ministers dropped the plan to raise fuel duty.",
     [ev("SUPPORT", HYP, "would back the bill", "Keir Starmer", "Labour"),
      opt("CONCEDE", HYP, "dropped the plan")]),
    ("Germany did not endorse the call for a no-fly zone, officials in Berlin said.",
     [ev("SUPPORT", NEG, "did not endorse the call", "Germany"),
      opt("REQUEST", OCC, "the call for a no-fly zone")]),
    ("The United Nations praised Ghana for its handling of the election, which observers described as "
     "largely peaceful.",
     [ev("SUPPORT", OCC, "praised Ghana", "United Nations", "Ghana")]),
    ("Gulf states rally behind Qatar after Israeli strike on Doha",
     [ev("SUPPORT", OCC, "rally behind Qatar", "Qatar"),
      ev("ASSAULT", OCC, "Israeli strike on Doha", "Israel", "Doha", "Qatar")]),
    ("Brazil said on Wednesday it would formally recognise a Palestinian state, joining a growing list of "
     "countries to do so.",
     [ev("SUPPORT", PLAN, "would formally recognise a Palestinian state", "Brazil")]),
    # CONCEDE
    ("The junta freed 300 political prisoners on Friday, a move opposition groups dismissed as a publicity "
     "stunt.",
     [ev("CONCEDE", OCC, "freed 300 political prisoners"),
      opt("ACCUSE|REJECT", OCC, "dismissed as a publicity stunt")]),
    ("The release of the two French nationals, held in Iran for more than three years, was announced by "
     "the Elysee on Thursday.",
     [ev("CONCEDE", OCC, "The release of the two French nationals", "Iran", "France"),
      opt("COERCE", OCC, "held in Iran", "Iran")]),
    ("The curfew in Dhaka was lifted by the interim government after a week of calm.",
     [ev("CONCEDE", OCC, "was lifted by the interim government")]),
    ("Thailand is set to reopen its border crossings with Cambodia on Monday, the army said.",
     [ev("CONCEDE", PLAN, "is set to reopen its border crossings", "Thailand", "Cambodia")]),
    ("The protests continued even after the prime minister resigned on Tuesday, with demonstrators "
     "demanding early elections.",
     [ev("CONCEDE", OCC, "the prime minister resigned"),
      ev("PROTEST", OCC, "The protests continued"),
      ev("REQUEST", OCC, "demanding early elections")]),
    ("Moscow has not returned any of the Ukrainian children it took, the ombudsman said.",
     [ev("CONCEDE", NEG, "has not returned any of the Ukrainian children", "Moscow"),
      opt("COERCE|ASSAULT", OCC, "children it took", "Moscow")]),
    ("The president could step down as early as next month if parliament fails to pass the reform "
     "package, aides said.",
     [ev("CONCEDE", HYP, "could step down")]),
    ("Japan's foreign minister, who apologised to South Korea for wartime forced labour last year, arrived "
     "in Seoul on Tuesday.",
     [ev("CONCEDE", OCC, "who apologised to South Korea", "Japan", "South Korea"),
      ev("CONSULT", OCC, "arrived in Seoul", "Japan", "Seoul")]),
    ("Authorities in Islamabad lifted the ban on rallies and released dozens of opposition workers on "
     "Saturday.",
     [ev("CONCEDE", OCC, "lifted the ban on rallies", "Islamabad"),
      ev("CONCEDE", OCC, "released dozens of opposition workers", "Islamabad")]),
    ("Washington eased sanctions on Syria's central bank, a week after the interim president visited the "
     "White House.",
     [ev("CONCEDE", OCC, "eased sanctions on Syria's central bank", "Washington", "Syria"),
      ev("CONSULT", OCC, "visited the White House", "White House", "Syria")]),
    # COOPERATE
    ("Nigerian and Cameroonian forces, which have been conducting joint patrols along the border since "
     "January, killed 12 militants on Sunday, the army said.",
     [ev("COOPERATE", OCC, "conducting joint patrols", "Nigeria", "Cameroon"),
      ev("ASSAULT", OCC, "killed 12 militants", "Nigeria", "Cameroon")]),
    ("The extradition of the former Peruvian president from the United States was completed on Wednesday.",
     [ev("COOPERATE", OCC, "The extradition of the former Peruvian president", "United States", "Peru")]),
    ("The suspect was handed over to Belgian authorities by Dutch police at a border crossing near Breda.",
     [ev("COOPERATE", OCC, "was handed over to Belgian authorities", "Netherlands", "Belgium")]),
    ("Japan and the Philippines plan to hold their first joint naval exercise in the South China Sea next "
     "month.",
     [ev("COOPERATE|MOBILIZE", PLAN, "plan to hold their first joint naval exercise", "Japan", "Philippines")]),
    ("The interior ministry said French and Italian investigators had shared intelligence that led to the "
     "arrests.",
     [ev("COOPERATE", OCC, "had shared intelligence", "France", "Italy"),
      ev("COERCE", OCC, "led to the arrests")]),
    ("Kabul has not cooperated with the UN investigation, the report said.",
     [ev("COOPERATE", NEG, "has not cooperated with the UN investigation", "Kabul"),
      opt("ACCUSE", OCC, "UN investigation", "United Nations", "UN")]),
    ("Egypt, Sudan to stage joint air drills",
     [ev("COOPERATE|MOBILIZE", PLAN, "to stage joint air drills", "Egypt", "Sudan")]),
    ("Working with Interpol, Brazilian police dismantled a network that trafficked migrants to the United "
     "States.",
     [ev("COOPERATE", OCC, "Working with Interpol", "Interpol", "Brazil"),
      opt("COERCE", OCC, "dismantled a network", "Brazil")]),
    # AID
    ("The first convoy of aid trucks entered Gaza through the Rafah crossing on Sunday, days after Egypt "
     "and Israel reached an understanding on inspections.",
     [ev("AID", OCC, "convoy of aid trucks entered Gaza"),
      ev("AGREE", OCC, "reached an understanding", "Egypt", "Israel")]),
    ("More than 200 tonnes of relief supplies were flown in by the Turkish air force.",
     [ev("AID", OCC, "relief supplies were flown in by the Turkish air force", "Turkey", "Turkish air force")]),
    ("Japan's pledge of $500 million in reconstruction aid for Ukraine was announced at the Berlin "
     "conference.",
     [ev("AID", PLAN, "pledge of $500 million in reconstruction aid", "Japan", "Ukraine"),
      opt("CONSULT", OCC, "the Berlin conference")]),
    ("The World Bank is set to approve a $1.5 billion loan for Egypt at a board meeting on Thursday.",
     [ev("AID", PLAN, "is set to approve a $1.5 billion loan", "World Bank", "Egypt"),
      opt("CONSULT", PLAN, "board meeting")]),
    ("Health officials said Cuban doctors had treated more than 4,000 patients in the flood-hit region.",
     [ev("AID", OCC, "had treated more than 4,000 patients", "Cuba")]),
    ("Rescue teams from Greece and Israel arrived in Adana on Tuesday, joining the search for survivors "
     "under the rubble.",
     [ev("AID", OCC, "Rescue teams from Greece and Israel arrived", "Greece", "Israel")]),
    ("No humanitarian assistance has reached the besieged town of El Fasher since May, according to the "
     "World Food Programme.",
     [ev("AID", NEG, "No humanitarian assistance has reached")]),
    ("Brussels could unlock 10 billion euros in frozen funds for Hungary if Budapest meets rule-of-law "
     "conditions.",
     [ev("AID|CONCEDE", HYP, "could unlock 10 billion euros in frozen funds", "Brussels", "Hungary")]),
    ("USAID is providing an additional $50 million in humanitarian assistance to Sudanese refugees in Chad.",
     [ev("AID", OCC, "is providing an additional $50 million in humanitarian assistance", "USAID")]),
    ("Japan provided emergency aid to Myanmar after the earthquake.",
     [ev("AID", OCC, "provided emergency aid to Myanmar", "Japan", "Myanmar")]),
    # RETREAT
    ("The last French soldiers left Niger on Friday, completing a withdrawal that the junta demanded after "
     "seizing power in July.",
     [ev("RETREAT", OCC, "The last French soldiers left Niger", "France", "Niger"),
      ev("REQUEST", OCC, "that the junta demanded"),
      opt("ASSAULT|COERCE", OCC, "seizing power")]),
    ("The withdrawal of Rwandan troops from eastern Congo, a key demand of Kinshasa, has yet to begin, UN "
     "experts said.",
     [ev("RETREAT", PLAN, "The withdrawal of Rwandan troops from eastern Congo", "Rwanda", "Congo"),
      opt("REQUEST", OCC, "a key demand of Kinshasa", "Kinshasa")]),
    ("The checkpoint was abandoned by government forces overnight as rebels advanced on the town.",
     [ev("RETREAT", OCC, "was abandoned by government forces"),
      opt("ASSAULT|MOBILIZE", OCC, "rebels advanced on the town")]),
    ("Washington plans to pull its remaining troops out of Syria by the end of next year, two officials "
     "said.",
     [ev("RETREAT", PLAN, "plans to pull its remaining troops out of Syria", "Washington", "Syria")]),
    ("The Israeli military denied that its forces had withdrawn from the Philadelphi corridor.",
     [ev("RETREAT", NEG, "had withdrawn from the Philadelphi corridor", "Israel"),
      opt("REJECT", OCC, "denied")]),
    ("Separatist fighters pulled back from the front line and handed over heavy weapons to monitors, the "
     "OSCE said.",
     [ev("RETREAT", OCC, "pulled back from the front line"),
      ev("RETREAT", OCC, "handed over heavy weapons to monitors")]),
    ("Azerbaijan said it would pull its troops back from the border if Armenia signed the peace treaty.",
     [ev("RETREAT", HYP, "would pull its troops back from the border", "Azerbaijan"),
      ev("AGREE", HYP, "signed the peace treaty", "Armenia")]),
    ("Russian forces withdraw from Snake Island",
     [ev("RETREAT", OCC, "withdraw from Snake Island", "Russia", "Snake Island")]),
    ("The rebels retreated into the hills, leaving behind stockpiles of ammunition.",
     [ev("RETREAT", OCC, "retreated into the hills")]),
    # REQUEST
    ("The Security Council, in a resolution adopted on Monday, demanded the immediate release of all "
     "hostages held in Gaza.",
     [ev("REQUEST", OCC, "demanded the immediate release", "Security Council"),
      opt("AGREE", OCC, "a resolution adopted on Monday", "Security Council"),
      opt("COERCE|ASSAULT", OCC, "hostages held in Gaza")]),
    ("Ukraine's request for long-range missiles was discussed at the Ramstein meeting, a Pentagon official "
     "said.",
     [ev("REQUEST", OCC, "request for long-range missiles", "Ukraine"),
      ev("CONSULT", OCC, "was discussed at the Ramstein meeting")]),
    ("The foreign ministry said it had asked Beijing to explain the presence of Chinese coast guard "
     "vessels near the atoll.",
     [ev("REQUEST", OCC, "had asked Beijing to explain", "Beijing"),
      opt("MOBILIZE", OCC, "presence of Chinese coast guard vessels", "China")]),
    ("An independent inquiry into the shooting has been requested by the victim's family and several "
     "lawmakers.",
     [ev("REQUEST", OCC, "has been requested by the victim's family"),
      opt("ACCUSE", HYP, "An independent inquiry"),
      opt("ASSAULT", OCC, "the shooting")]),
    ("Protesters marched on the governor's office, calling for the resignation of the police chief.",
     [ev("PROTEST", OCC, "marched on the governor's office"),
      ev("REQUEST", OCC, "calling for the resignation of the police chief")]),
    ("Kyiv may seek further sanctions against Minsk if Belarusian troops move closer to the border.",
     [ev("REQUEST", HYP, "may seek further sanctions against Minsk", "Kyiv", "Minsk"),
      opt("MOBILIZE", HYP, "troops move closer to the border", "Belarus")]),
    ("Pope appeals for ceasefire in Sudan",
     [ev("REQUEST", OCC, "appeals for ceasefire")]),
    ("The Department urges all U.S. citizens in Haiti to depart the country as soon as possible.",
     [ev("REQUEST", OCC, "urges all U.S. citizens in Haiti to depart")]),
    ("Iran formally requested an emergency session of the IAEA board after the strikes on its nuclear "
     "facilities.",
     [ev("REQUEST", OCC, "requested an emergency session", "Iran", "IAEA"),
      ev("ASSAULT", OCC, "the strikes on its nuclear facilities", "Iran")]),
    ("The EU urged Serbia to de-escalate.",
     [ev("REQUEST", OCC, "urged Serbia to de-escalate", "EU", "Serbia")]),
    # ACCUSE
    ("The strike, which Kyiv blamed on Russian forces, killed at least nine people in a residential block.",
     [ev("ACCUSE", OCC, "which Kyiv blamed on Russian forces", "Kyiv", "Russia"),
      ev("ASSAULT", OCC, "killed at least nine people", "Russia")]),
    ("China's condemnation of the arms sale to Taiwan was swift.",
     [ev("ACCUSE", OCC, "condemnation of the arms sale", "China", "Taiwan"),
      opt("AID", OCC, "the arms sale to Taiwan", "Taiwan")]),
    ("The attack was condemned by the Arab League and the Organisation of Islamic Cooperation.",
     [ev("ACCUSE", OCC, "was condemned by the Arab League", "Arab League", "Organisation of Islamic Cooperation"),
      opt("ASSAULT", OCC, "The attack")]),
    ("Pakistan's army said India had violated the ceasefire along the Line of Control for the third time "
     "this week.",
     [ev("ASSAULT", OCC, "had violated the ceasefire", "India"),
      opt("ACCUSE", OCC, "Pakistan's army said", "Pakistan", "India")]),
    ("A group of farmers filed suit against Bayer in a Missouri court, alleging the weedkiller caused their "
     "cancers.",
     [ev("ACCUSE", OCC, "filed suit against Bayer", "Bayer")]),
    ("The government did not criticise the raid, saying only that it was monitoring the situation.",
     [ev("ACCUSE", NEG, "did not criticise the raid"),
      opt("ASSAULT|COERCE", OCC, "the raid")]),
    ("Rights group accuses Myanmar army of war crimes in Rakhine",
     [ev("ACCUSE", OCC, "accuses Myanmar army of war crimes", "Myanmar", "Myanmar army")]),
    ("The Dutch foreign ministry summoned the Chinese ambassador on Thursday over the cyberattack on its "
     "defence ministry.",
     [ev("ACCUSE", OCC, "summoned the Chinese ambassador", "Netherlands", "China"),
      opt("ASSAULT", OCC, "the cyberattack")]),
    ("Prosecutors in Paris have opened an investigation into the former minister over alleged illegal "
     "campaign financing.",
     [ev("ACCUSE|COERCE", OCC, "opened an investigation into the former minister")]),
    ("The United States strongly condemns the Houthis' continued attacks on commercial shipping in the Red "
     "Sea.",
     [ev("ACCUSE", OCC, "strongly condemns the Houthis", "United States", "Houthis"),
      ev("ASSAULT", OCC, "continued attacks on commercial shipping", "Houthis")]),
    ("Poland accused Belarus of orchestrating the migrant crisis.",
     [ev("ACCUSE", OCC, "accused Belarus", "Poland", "Belarus")]),
    # REJECT
    ("The government has refused to withdraw the controversial labour law despite weeks of strikes.",
     [ev("REJECT", OCC, "refused to withdraw the controversial labour law"),
      ev("PROTEST", OCC, "weeks of strikes")]),
    ("Tehran's rejection of the European proposal was confirmed by its foreign ministry spokesman on "
     "Monday.",
     [ev("REJECT", OCC, "rejection of the European proposal", "Tehran")]),
    ("The appeal was dismissed by the Supreme Court on Wednesday, clearing the way for the extradition.",
     [ev("REJECT", OCC, "was dismissed by the Supreme Court", "Supreme Court"),
      opt("COOPERATE", PLAN, "the extradition")]),
    ("A spokesman for the rebels said they had rejected the invitation to the talks in Jeddah.",
     [ev("REJECT", OCC, "had rejected the invitation"),
      opt("CONSULT", NEG, "the talks in Jeddah")]),
    ("Russia vetoed a draft resolution that would have condemned the annexation, the 11th time it has used "
     "its veto on Ukraine.",
     [ev("REJECT", OCC, "vetoed a draft resolution", "Russia"),
      opt("ACCUSE", HYP, "would have condemned the annexation"),
      opt("REJECT", OCC, "used its veto", "Russia")]),
    ("Israel has not rejected the US plan outright, officials said.",
     [ev("REJECT", NEG, "has not rejected the US plan outright", "Israel")]),
    ("Niger junta rebuffs ECOWAS deadline",
     [ev("REJECT", OCC, "rebuffs ECOWAS deadline", "Niger", "ECOWAS")]),
    ("Lawmakers voted down the spending bill, forcing a partial government shutdown.",
     [ev("REJECT", OCC, "voted down the spending bill")]),
    ("North Korea ignored repeated calls from Seoul to resume dialogue.",
     [ev("REJECT", OCC, "ignored repeated calls", "North Korea", "Seoul"),
      ev("REQUEST", OCC, "calls from Seoul", "Seoul", "North Korea"),
      opt("CONSULT", PLAN, "resume dialogue")]),
    ("Armenia rejected Azerbaijan's proposal.",
     [ev("REJECT", OCC, "rejected Azerbaijan's proposal", "Armenia", "Azerbaijan")]),
    # THREATEN
    ("The junta threatened to expel the UN mission if it continued to 'interfere in internal affairs'.",
     [ev("THREATEN", OCC, "threatened to expel the UN mission", "UN"),
      opt("SANCTION|COERCE", HYP, "expel the UN mission", "UN")]),
    ("Trump's threat of 100 percent tariffs on Chinese goods rattled markets on Friday.",
     [ev("THREATEN", OCC, "threat of 100 percent tariffs", "Trump", "China")]),
    ("Houthi leaders said they would target any American ship that entered the Red Sea.",
     [ev("THREATEN", OCC, "would target any American ship", "Houthi", "Houthis")]),
    ("Sweden was warned by Turkey that its NATO bid would be blocked unless it extradited the suspects.",
     [ev("THREATEN", OCC, "was warned by Turkey", "Turkey", "Sweden"),
      opt("REJECT", HYP, "would be blocked"),
      opt("COOPERATE", HYP, "extradited the suspects", "Sweden")]),
    ("Beijing denied threatening the Philippine vessel, saying its coast guard had acted lawfully.",
     [ev("THREATEN", NEG, "denied threatening the Philippine vessel", "Beijing", "China", "Philippines"),
      opt("REJECT", OCC, "denied threatening", "Beijing", "China")]),
    ("Iran vows to retaliate for Damascus consulate strike",
     [ev("THREATEN", OCC, "vows to retaliate", "Iran"),
      ev("ASSAULT", OCC, "Damascus consulate strike", "Damascus", "Iran")]),
    ("The union threatened an all-out strike, raising the prospect of fuel shortages before the holiday.",
     [ev("THREATEN", OCC, "threatened an all-out strike"),
      opt("PROTEST", HYP, "an all-out strike")]),
    ("Washington could threaten secondary sanctions on buyers of Russian oil, analysts said.",
     [ev("THREATEN", HYP, "could threaten secondary sanctions", "Washington"),
      opt("SANCTION", HYP, "secondary sanctions", "Washington")]),
    ("Moscow has repeatedly warned that any deployment of Western troops in Ukraine would be treated as a "
     "legitimate target.",
     [ev("THREATEN", OCC, "has repeatedly warned", "Moscow"),
      opt("MOBILIZE", HYP, "deployment of Western troops in Ukraine", "Ukraine")]),
    # PROTEST
    ("Thousands rallied outside parliament in support of the jailed mayor, waving flags and chanting his "
     "name.",
     [ev("PROTEST", OCC, "rallied outside parliament"),
      opt("SUPPORT", OCC, "in support of the jailed mayor"),
      opt("COERCE", OCC, "the jailed mayor")]),
    ("A strike by baggage handlers at Heathrow grounded dozens of flights on Monday.",
     [ev("PROTEST", OCC, "A strike by baggage handlers")]),
    ("The marchers, who had walked for five days from Valparaiso, were met by police with water cannon in "
     "central Santiago.",
     [ev("PROTEST", OCC, "The marchers, who had walked"),
      ev("COERCE", OCC, "were met by police with water cannon")]),
    ("Organisers called off Saturday's march through central London after police warned of "
     "counter-protests.",
     [ev("PROTEST", CANC, "called off Saturday's march"),
      opt("PROTEST", HYP, "counter-protests"),
      opt("THREATEN", OCC, "police warned")]),
    ("Doctors in South Korea are set to stage a nationwide walkout on Wednesday over plans to expand "
     "medical school admissions.",
     [ev("PROTEST", PLAN, "are set to stage a nationwide walkout", "South Korea")]),
    ("Police fired tear gas at protesters in Nairobi, injuring dozens, as demonstrations over the finance "
     "bill entered a second week.",
     [ev("COERCE", OCC, "fired tear gas at protesters"),
      ev("PROTEST", OCC, "demonstrations over the finance bill"),
      opt("ASSAULT", OCC, "injuring dozens")]),
    ("No protests were reported in the capital on Sunday despite calls by the opposition for a day of "
     "rage.",
     [ev("PROTEST", NEG, "No protests were reported"),
      ev("REQUEST", OCC, "calls by the opposition for a day of rage")]),
    ("His lawyer said the activist had been on hunger strike since his arrest in March.",
     [ev("PROTEST", OCC, "had been on hunger strike"),
      ev("COERCE", OCC, "his arrest in March")]),
    ("Farmers block Brussels with tractors as EU ministers meet",
     [ev("PROTEST", OCC, "Farmers block Brussels", "Brussels"),
      ev("CONSULT", OCC, "EU ministers meet", "EU")]),
    ("The airline cancelled 200 flights because of the strike by air traffic controllers.",
     [ev("PROTEST", OCC, "the strike by air traffic controllers")]),
    # SANCTION
    ("The expulsion of two Russian diplomats from Vienna, announced on Tuesday, followed a spying "
     "investigation.",
     [ev("SANCTION", OCC, "The expulsion of two Russian diplomats", "Russia"),
      opt("ACCUSE", OCC, "a spying investigation")]),
    ("The United States suspended food aid to parts of Ethiopia after discovering that donations were being "
     "diverted.",
     [ev("SANCTION", OCC, "suspended food aid", "United States", "Ethiopia"),
      opt("AID", CANC, "food aid", "United States", "Ethiopia")]),
    ("Fresh sanctions were imposed on Iranian drone makers by the EU on Monday.",
     [ev("SANCTION", OCC, "were imposed on Iranian drone makers", "EU", "Iran")]),
    ("Britain, which is set to unveil a new package of sanctions against Moscow on Friday, also froze the "
     "assets of three oligarchs.",
     [ev("SANCTION", PLAN, "is set to unveil a new package of sanctions", "Britain", "Moscow"),
      ev("SANCTION", OCC, "froze the assets of three oligarchs", "Britain")]),
    ("The bloc could cut off development funding to Niger if the junta does not release the president.",
     [ev("SANCTION", HYP, "could cut off development funding", "Niger"),
      opt("CONCEDE", HYP, "release the president")]),
    ("Days after Managua severed ties with Taipei, Chinese officials flew in to open an embassy.",
     [ev("SANCTION", OCC, "Managua severed ties with Taipei", "Managua", "Taipei"),
      opt("CONSULT|COOPERATE", OCC, "flew in to open an embassy", "China")]),
    ("EU to ban Russian LNG imports from 2027",
     [ev("SANCTION", PLAN, "to ban Russian LNG imports", "EU", "Russia")]),
    ("The Treasury has not sanctioned any Chinese refiners for buying Iranian oil.",
     [ev("SANCTION", NEG, "has not sanctioned any Chinese refiners", "Treasury")]),
    ("The Department of the Treasury's Office of Foreign Assets Control (OFAC) today designated five "
     "individuals for their role in the Maduro regime's repression.",
     [ev("SANCTION", OCC, "designated five individuals", "Office of Foreign Assets Control", "OFAC"),
      opt("COERCE", OCC, "repression", "Maduro")]),
    ("Kenya recalled its ambassador to Sudan.",
     [ev("SANCTION", OCC, "recalled its ambassador", "Kenya", "Sudan")]),
    # MOBILIZE
    ("North Korea fired two ballistic missiles into the sea off its east coast on Thursday, hours before "
     "the US envoy landed in Seoul.",
     [ev("MOBILIZE", OCC, "fired two ballistic missiles into the sea", "North Korea"),
      opt("CONSULT", OCC, "landed in Seoul", "Seoul")]),
    ("The deployment of 2,000 National Guard troops to Los Angeles drew criticism from the state's "
     "governor.",
     [ev("MOBILIZE", OCC, "deployment of 2,000 National Guard troops", "National Guard", "Los Angeles"),
      ev("ACCUSE", OCC, "drew criticism from the state's governor")]),
    ("Additional air defence batteries have been sent to the border region by the defence ministry.",
     [ev("MOBILIZE", OCC, "have been sent to the border region")]),
    ("Germany plans to station about 5,000 troops in Lithuania permanently by 2027.",
     [ev("MOBILIZE", PLAN, "plans to station about 5,000 troops", "Germany", "Lithuania")]),
    ("Taiwan's defence ministry said it had detected 32 Chinese military aircraft and nine warships around "
     "the island.",
     [ev("MOBILIZE", OCC, "32 Chinese military aircraft and nine warships around the island", "China")]),
    ("Venezuela mobilised thousands of troops along its coast, citing the US naval build-up in the "
     "Caribbean.",
     [ev("MOBILIZE", OCC, "mobilised thousands of troops", "Venezuela"),
      ev("MOBILIZE", OCC, "the US naval build-up in the Caribbean", "US")]),
    ("The military parade planned for Independence Day has been cancelled over security concerns.",
     [ev("MOBILIZE", CANC, "The military parade planned for Independence Day")]),
    ("Belarus has not moved any troops toward the Ukrainian border, its defence minister insisted.",
     [ev("MOBILIZE", NEG, "has not moved any troops toward the Ukrainian border", "Belarus")]),
    ("Iran test-fires new cruise missile in Gulf drills",
     [ev("MOBILIZE", OCC, "test-fires new cruise missile", "Iran")]),
    ("China conducted live-fire drills near Taiwan.",
     [ev("MOBILIZE", OCC, "conducted live-fire drills near Taiwan", "China", "Taiwan")]),
    # COERCE
    ("The journalist, who was detained at Istanbul airport on Sunday, has been charged with spreading "
     "disinformation.",
     [ev("COERCE", OCC, "who was detained at Istanbul airport"),
      ev("COERCE", OCC, "has been charged with spreading disinformation")]),
    ("The arrest of the opposition leader sparked protests in several cities.",
     [ev("COERCE", OCC, "The arrest of the opposition leader"),
      ev("PROTEST", OCC, "sparked protests in several cities")]),
    ("Dozens of migrants were deported by Tunisian authorities to the Libyan border.",
     [ev("COERCE", OCC, "were deported by Tunisian authorities", "Tunisia")]),
    ("Federal agents executed search warrants at six locations in Texas and arrested four suspects on "
     "fraud charges.",
     [ev("COERCE", OCC, "executed search warrants"),
      ev("COERCE", OCC, "arrested four suspects")]),
    ("No arrests have been made in connection with the bombing, police said.",
     [ev("COERCE", NEG, "No arrests have been made"),
      opt("ASSAULT", OCC, "the bombing")]),
    ("Authorities plan to shut down mobile internet in the region during the exams.",
     [ev("COERCE", PLAN, "plan to shut down mobile internet")]),
    ("Kremlin critic jailed for 25 years",
     [ev("COERCE", OCC, "jailed for 25 years")]),
    ("Opposition figures could face arrest if they return to the country, the interior minister warned.",
     [ev("COERCE", HYP, "could face arrest"),
      opt("THREATEN", OCC, "the interior minister warned")]),
    ("The Department of Justice today announced the indictment of two Chinese nationals for conspiring to "
     "smuggle firearms.",
     [ev("COERCE|ACCUSE", OCC, "the indictment of two Chinese nationals", "Department of Justice")]),
    # ASSAULT
    ("The attack came days after militants stormed a police post near the Afghan border, killing four "
     "officers.",
     [ev("ASSAULT", OCC, "militants stormed a police post"),
      opt("ASSAULT", OCC, "The attack came")]),
    ("The shelling of Kharkiv overnight damaged a hospital and a school, regional officials said.",
     [ev("ASSAULT", OCC, "The shelling of Kharkiv", "Kharkiv")]),
    ("The ministry said troops had repelled an attack on a base in the Menaka region.",
     [ev("ASSAULT", OCC, "repelled an attack on a base")]),
    ("Three aid workers were kidnapped by gunmen in North Darfur on Friday.",
     [ev("ASSAULT", OCC, "were kidnapped by gunmen")]),
    ("The army denied carrying out the air strike on the market, blaming rebel artillery.",
     [ev("ASSAULT", NEG, "denied carrying out the air strike"),
      opt("REJECT", OCC, "denied carrying out"),
      ev("ACCUSE", OCC, "blaming rebel artillery")]),
    ("If Israel strikes Iranian oil facilities, Tehran could target energy infrastructure across the Gulf, "
     "officials warned.",
     [ev("ASSAULT", HYP, "If Israel strikes Iranian oil facilities", "Israel", "Iran"),
      ev("ASSAULT", HYP, "Tehran could target energy infrastructure", "Tehran"),
      opt("THREATEN", OCC, "officials warned")]),
    ("Suicide bomber kills 12 at Mogadishu police academy",
     [ev("ASSAULT", OCC, "Suicide bomber kills 12")]),
    ("Gunmen opened fire on worshippers and set fire to the church before fleeing into the forest.",
     [ev("ASSAULT", OCC, "opened fire on worshippers"),
      ev("ASSAULT", OCC, "set fire to the church")]),
    ("Israeli aircraft bombed a Hezbollah weapons depot in the Bekaa Valley.",
     [ev("ASSAULT", OCC, "bombed a Hezbollah weapons depot", "Israel", "Hezbollah")]),
    ("A car bomb exploded outside a government building in Mogadishu, killing at least seven people.",
     [ev("ASSAULT", OCC, "A car bomb exploded")]),
    ("The U.S. Embassy in Kyiv has suspended operations following reports of a potential significant air "
     "attack.",
     [ev("ASSAULT", HYP, "a potential significant air attack", "Kyiv")]),
    ("Investors fled to safe-haven assets after the bombing of the pipeline.",
     [ev("ASSAULT", OCC, "the bombing of the pipeline")]),
    ("Hezbollah fired rockets at northern Israel.",
     [ev("ASSAULT", OCC, "fired rockets at northern Israel", "Hezbollah", "Israel")]),
]

#: Passages that report no event: business, sport, weather, science and figurative uses of event words.
NEGATIVES: list[str] = [
    "The central bank raised interest rates by a quarter point, citing stubborn inflation.",
    "Shares of the defence contractor surged after the company won a $2 billion contract.",
    "The film, which premiered in Cannes last year, attacks the excesses of the fashion industry.",
    "A heatwave killed more than 1,000 people across southern Europe last summer.",
    "The striker scored twice as Arsenal beat Chelsea 3-1 on Sunday.",
    "Flooding forced the evacuation of 20,000 residents in Bavaria.",
    "The company said it would cut 4,000 jobs as demand for its vehicles slumped.",
    "Scientists have warned that the glacier could collapse within decades.",
    "The minister launched a new campaign to promote reading among teenagers.",
    "Prices for wheat fell after Russia's harvest beat forecasts.",
    "The museum received a donation of 300 paintings from a private collector.",
    "Storm Boris hit Poland and the Czech Republic, leaving four people dead.",
    "The president's approval rating has dropped to its lowest level since 2021, a poll showed.",
    "Apple plans to release a cheaper iPhone next spring.",
    "The hospital discharged the last of the patients injured in the crash.",
    "The report's authors called the findings deeply worrying.",
    "Demand for the vaccine exploded after the outbreak.",
    "The coach defended his decision to rest several players.",
    "Oil companies have pulled out of the auction for Arctic drilling rights.",
    "Wildfires forced thousands to flee their homes in California.",
    "The team's manager was sacked after a string of defeats.",
    "The drug was approved by regulators in March.",
    "A Soyuz rocket carrying three astronauts was launched from Baikonur on Thursday.",
    "The company fired its chief executive on Friday.",
    "The vaccination campaign targets two million children.",
    "Temperatures are set to soar this weekend.",
]

#: Required events the rules miss or mistype, each with its cause (strict: a fixed gap fails).
MISSED = {
    "The signing of a ceasefire": "the passive subject of an evaluative verb ('was hailed') is read as its content",
    "No agreement was reached": "a denial with nobody named is dropped (the dev gold leaves such out)",
    "No humanitarian assistance has reached": "a denial with nobody named is dropped",
    "No arrests have been made": "a denial with nobody named is dropped",
    "No meeting between the two presidents took place": "a denial with nobody named is dropped",
    "No protests were reported": "a denial with nobody named is dropped",
    "convoy of aid trucks entered Gaza": "aid arriving ('entered', 'arrived') is no aid trigger",
    "Rescue teams from Greece and Israel arrived": "aid arriving ('entered', 'arrived') is no aid trigger",
    "continued attacks on commercial shipping": "what is condemned is read as the condemnation's content",
    "Damascus consulate strike": "what is retaliated for is read as the retaliation's content",
    "a potential significant air attack": "an attack with no participant under 'reports of' is not specific",
    "led to the arrests": "a bare 'the arrests' at the end of a relative clause is not specific",
    "has not returned any of the Ukrainian children": "returning children is no release trigger",
    "surprise visit to Damascus": "a verbless headline noun has no actor that makes it specific",
    "Pope appeals for ceasefire in Sudan": "the headline parses 'appeals' as a noun with no actor",
    "32 Chinese military aircraft and nine warships around the island": "a sighting ('detected') reports no trigger",
    "test-fires new cruise missile": "the headline parses 'test-fires' as a noun",
    "conducted live-fire drills near Taiwan": "'live' modifies 'fire', not the drills, in the parse",
    "weeks of strikes": "a bare plural after 'despite weeks of' is not specific",
    "rallied outside parliament": "the parse makes 'parliament' the object of 'rallied'",
    "The marchers, who had walked": "'walk' is no protest trigger; 'marchers' names people",
    "rebuffs ECOWAS deadline": "the headline parses 'rebuffs' as a noun and 'ECOWAS' as the verb",
    "request for long-range missiles": "what a meeting discusses is read as its content (seed gold relies on it)",
    "calling for the resignation of the police chief": "a participle saying what a protest is for is its aim",
    "calls from Seoul": "a call with an infinitive and no 'for' is no request trigger",
    "had withdrawn from the Philadelphi corridor": "a denied clause is the denial's content (REJECT)",
    "would target any American ship": "a conditional promise to attack is not read as a threat",
    "denied threatening the Philippine vessel": "a denied act is the denial's content (REJECT)",
    "would back the bill": "backing a bill or motion is read as procedure, not support (test_events' negatives)",
}

#: Passages with a (tempting) event the rules report though none happened (strict).
FALSE_ALARMS = {
    "The report's authors called the findings deeply worrying.":
        "'called X <adjective>' is read as criticism whatever the object",
    "A Soyuz rocket carrying three astronauts was launched from Baikonur on Thursday.":
        "a space launch is read as a missile launch",
    "The coach defended his decision to rest several players.": "defend has no check that its subject acts politically",
}


class TestWireClauses(ScoredEventSet):
    PASSAGES = PASSAGES
    NEGATIVES = NEGATIVES
    MISSED = MISSED
    FALSE_ALARMS = FALSE_ALARMS
    MIN_REQUIRED = MIN_REQUIRED
    #: Measured on this gold before any rule of this round: P 0.886, R 0.734, status 0.966, actor 0.842;
    #: after it: P 0.976, R 0.849, status 0.982, actor 0.914.
    FLOORS = {"precision": 0.95, "recall": 0.83, "status": 0.97, "actor": 0.89}
