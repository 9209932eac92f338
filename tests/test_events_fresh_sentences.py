"""A second, fresh table of one-sentence event examples in the style of public PLOVER/CAMEO event
datasets and wire briefs, written before reading the lexicons so that it measures how the rules
generalise rather than what they were tuned on. Sentence → the PLOVER type it reports and that
event's status; negatives report no event of the named (tempting) type. Scored as
``test_events_sentences`` is: all sentences are parsed in one ``nlp.pipe`` batch."""
from __future__ import annotations

import pytest

from event_rows import assert_not_typed, assert_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

OCC, PLAN, HYP, NEG, CANC = "Occurred", "Planned", "Hypothetical", "Negated", "Cancelled"

EXAMPLES = [
    # AGREE
    ("AGREE", OCC, "Ethiopia's government and Tigrayan forces signed a peace agreement in Pretoria."),
    ("AGREE", OCC, "The striking nurses accepted a revised contract offer from the hospital board."),
    ("AGREE", OCC, "Lebanon and Israel agreed on a maritime border after years of US mediation."),
    ("AGREE", PLAN, "The two leaders are expected to sign a trade agreement during the visit."),
    ("AGREE", OCC, "An agreement between the miners' union and the mining company was reached late on Tuesday."),
    ("AGREE", NEG, "The warring generals failed to agree on a ceasefire."),
    ("AGREE", HYP, "The opposition said it could accept a transitional government if the president stepped down."),
    ("AGREE", OCC, "Armenia and Azerbaijan initialled a draft peace treaty in Washington."),
    ("AGREE", CANC, "The signing of the fisheries deal was postponed until next year."),
    # CONSULT
    ("CONSULT", OCC, "Chinese President Xi Jinping met Brazilian President Lula in Beijing on Tuesday."),
    ("CONSULT", PLAN, "Iranian and US negotiators will hold indirect talks in Muscat on Saturday."),
    ("CONSULT", OCC, "Talks between the government and the teachers' union resumed on Monday."),
    ("CONSULT", CANC, "The summit between the two Koreas was called off at the last minute."),
    ("CONSULT", OCC, "The Saudi foreign minister visited Tehran for the first time in years."),
    ("CONSULT", OCC, "Union representatives met with management to discuss the layoffs."),
    ("CONSULT", PLAN, "The secretary of state is due to travel to Beijing next month."),
    ("CONSULT", OCC, "Pope Francis received the Ukrainian president at the Vatican."),
    ("CONSULT", NEG, "The president did not meet the opposition leader during his visit."),
    # SUPPORT
    ("SUPPORT", OCC, "The African Union welcomed the ceasefire announcement."),
    ("SUPPORT", OCC, "Germany's chancellor expressed solidarity with the victims of the attack."),
    ("SUPPORT", OCC, "The main opposition party endorsed the incumbent in the runoff."),
    ("SUPPORT", OCC, "Several Gulf states voiced support for Morocco's autonomy plan."),
    ("SUPPORT", OCC, "The United States commended Kenya for leading the security mission."),
    ("SUPPORT", OCC, "France formally recognised the State of Palestine on Monday."),
    ("SUPPORT", OCC, "The senator defended the minister's handling of the crisis."),
    ("SUPPORT", NEG, "The European Union has not endorsed the election result."),
    ("SUPPORT", OCC, "Opposition leaders applauded the court's decision to annul the vote."),
    # CONCEDE
    ("CONCEDE", OCC, "The authorities freed the detained journalist after 40 days in custody."),
    ("CONCEDE", OCC, "Peru's prime minister quit on Thursday amid mounting protests."),
    ("CONCEDE", OCC, "The military junta lifted the ban on political parties."),
    ("CONCEDE", PLAN, "The government said it would release 500 prisoners as a goodwill gesture."),
    ("CONCEDE", OCC, "The police chief apologised to the family of the slain teenager."),
    ("CONCEDE", OCC, "The ruling party conceded defeat in the parliamentary elections."),
    ("CONCEDE", OCC, "The government scrapped the fuel price increase after days of protests."),
    ("CONCEDE", OCC, "Hostages were released by the kidnappers on Sunday."),
    ("CONCEDE", HYP, "The president may resign if the referendum fails."),
    # COOPERATE
    ("COOPERATE", OCC, "French and British police worked together to dismantle a people-smuggling network."),
    ("COOPERATE", OCC, "Indian and US troops held joint military drills in Alaska."),
    ("COOPERATE", OCC, "Spain extradited a Russian hacker to the United States on Wednesday."),
    ("COOPERATE", PLAN, "The two countries will share intelligence on cross-border crime."),
    ("COOPERATE", OCC, "Mexico handed over 29 cartel figures to US authorities."),
    ("COOPERATE", OCC, "Interpol and Europol launched a joint operation against online fraud."),
    ("COOPERATE", OCC, "Egypt and Sudan staged joint air force exercises."),
    ("COOPERATE", OCC, "Colombia's navy collaborated with the US coast guard to seize a cocaine shipment."),
    # AID
    ("AID", OCC, "The World Food Programme distributed food to 50,000 displaced people."),
    ("AID", OCC, "Washington sent a new package of military assistance to Kyiv."),
    ("AID", OCC, "Turkey dispatched rescue teams to quake-hit Morocco."),
    ("AID", PLAN, "The World Bank pledged $1 billion to help rebuild the city."),
    ("AID", OCC, "Canada granted asylum to a Saudi teenager who fled her family."),
    ("AID", OCC, "Emergency supplies were airlifted to the stranded villagers."),
    ("AID", OCC, "The IMF approved a $3 billion loan for Pakistan."),
    ("AID", NEG, "The government has not provided any assistance to the flood victims."),
    ("AID", OCC, "Doctors Without Borders treated hundreds of wounded civilians in Gaza."),
    # RETREAT
    ("RETREAT", OCC, "Russian troops withdrew from the city of Kherson."),
    ("RETREAT", OCC, "The insurgents pulled out of the oil town on Tuesday."),
    ("RETREAT", PLAN, "The United States will withdraw its troops from Niger by September."),
    ("RETREAT", OCC, "Rebel fighters abandoned their positions around the airport."),
    ("RETREAT", OCC, "The militia handed over its weapons to UN peacekeepers."),
    ("RETREAT", OCC, "Hundreds of fighters laid down their arms in the eastern province."),
    ("RETREAT", NEG, "Israeli forces have not withdrawn from the five hilltop positions."),
    ("RETREAT", OCC, "The withdrawal of foreign troops from the capital was completed on Friday."),
    # REQUEST
    ("REQUEST", OCC, "The UN secretary-general called for an immediate ceasefire in Gaza."),
    ("REQUEST", OCC, "Parents of the abducted schoolgirls pleaded with the government to secure their release."),
    ("REQUEST", OCC, "Kyiv asked its allies for more air defence systems."),
    ("REQUEST", OCC, "The opposition leader demanded a recount of the votes."),
    ("REQUEST", OCC, "Amnesty International urged Egypt to free the jailed blogger."),
    ("REQUEST", OCC, "The union appealed for calm after the clashes."),
    ("REQUEST", OCC, "Ukraine requested an emergency meeting of the UN Security Council."),
    ("REQUEST", OCC, "The pope called on world leaders to end the war."),
    ("REQUEST", OCC, "The foreign minister said Israel must allow aid into the territory."),
    # ACCUSE
    ("ACCUSE", OCC, "Beijing accused Washington of meddling in its internal affairs."),
    ("ACCUSE", OCC, "The UN human rights chief condemned the execution of four protesters."),
    ("ACCUSE", OCC, "Poland summoned the Russian charge d'affaires after the drone incursion."),
    ("ACCUSE", OCC, "Rights groups have criticised the government's treatment of migrants."),
    ("ACCUSE", OCC, "Venezuela blamed the opposition for the blackout."),
    ("ACCUSE", OCC, "Activists filed a lawsuit against the government over the mining concession."),
    # REJECT
    ("REJECT", OCC, "Hamas rejected the Israeli proposal for a temporary truce."),
    ("REJECT", OCC, "The president vetoed the bill passed by parliament."),
    ("REJECT", OCC, "The miners' union turned down the company's pay offer."),
    ("REJECT", OCC, "Moscow dismissed the accusations as baseless."),
    ("REJECT", OCC, "The supreme court threw out the opposition's petition."),
    ("REJECT", OCC, "The military government refused to allow UN investigators into the country."),
    ("REJECT", OCC, "Parliament voted against the government's pension reform."),
    # THREATEN
    ("THREATEN", OCC, "North Korea threatened to conduct a seventh nuclear test."),
    ("THREATEN", OCC, "The teachers' union threatened strike action if the talks failed."),
    ("THREATEN", OCC, "Trump threatened tariffs of 25 percent on Mexican imports."),
    ("THREATEN", OCC, "The rebels issued an ultimatum to government troops to leave the city."),
    ("THREATEN", OCC, "Israel warned Hezbollah of a devastating response to any attack."),
    ("THREATEN", OCC, "The junta threatened to prosecute journalists who criticised the army."),
    ("THREATEN", OCC, "Iran vowed revenge for the killing of its commander."),
    ("THREATEN", OCC, "The EU threatened Hungary with the loss of its voting rights."),
    # PROTEST
    ("PROTEST", OCC, "Tens of thousands of Israelis demonstrated in Tel Aviv against the judicial overhaul."),
    ("PROTEST", OCC, "Farmers blocked motorways with tractors across France."),
    ("PROTEST", OCC, "Air traffic controllers staged a 24-hour walkout."),
    ("PROTEST", PLAN, "Unions plan a general strike for next Thursday."),
    ("PROTEST", OCC, "Hundreds of inmates went on hunger strike to protest prison conditions."),
    ("PROTEST", OCC, "Residents took to the streets after the killing of a local activist."),
    ("PROTEST", CANC, "The nationwide rally planned for Saturday was cancelled by the organisers."),
    ("PROTEST", OCC, "Students occupied the university campus to protest the tuition hike."),
    ("PROTEST", OCC, "A protest against the new mine drew thousands in the capital."),
    ("PROTEST", OCC, "Opposition parties boycotted Sunday's parliamentary vote."),  # CAMEO 143: a boycott is dissent
    # SANCTION
    ("SANCTION", OCC, "Britain imposed an asset freeze on four Iranian officials."),
    ("SANCTION", OCC, "Niger expelled the French ambassador."),
    ("SANCTION", OCC, "Algeria recalled its ambassador from Madrid."),
    ("SANCTION", OCC, "The United States blacklisted two Chinese companies over ties to the Russian military."),
    ("SANCTION", PLAN, "The European Union will impose new sanctions on Russia next week."),
    ("SANCTION", OCC, "The World Bank suspended lending to Uganda over the anti-gay law."),
    ("SANCTION", OCC, "Colombia broke off diplomatic relations with Israel."),
    ("SANCTION", OCC, "Washington slapped an arms embargo on South Sudan."),
    ("SANCTION", OCC, "Travel bans were imposed on several senior officials."),
    # MOBILIZE
    ("MOBILIZE", OCC, "Russia massed more than 100,000 troops on Ukraine's border."),
    ("MOBILIZE", OCC, "The Pentagon deployed an aircraft carrier to the eastern Mediterranean."),
    ("MOBILIZE", OCC, "Israel called up 300,000 reservists after the attack."),
    ("MOBILIZE", OCC, "Iran test-launched a new hypersonic missile."),
    ("MOBILIZE", PLAN, "Germany will station a combat brigade in Lithuania."),
    ("MOBILIZE", OCC, "Troops were deployed to the streets of the capital after the unrest."),
    ("MOBILIZE", OCC, "China sent warships and fighter jets around Taiwan."),
    ("MOBILIZE", OCC, "Armenia put its armed forces on combat readiness."),
    # COERCE
    ("COERCE", OCC, "Police arrested more than 200 demonstrators in central London."),
    ("COERCE", OCC, "Tax police searched the homes of three opposition politicians."),
    ("COERCE", OCC, "The regime blocked access to social media."),
    ("COERCE", OCC, "Riot police used tear gas and rubber bullets against the crowd."),
    ("COERCE", OCC, "The activist was detained at the border and deported."),
    ("COERCE", OCC, "The interior ministry banned the opposition party."),
    ("COERCE", OCC, "A curfew was imposed on the city after the riots."),
    ("COERCE", OCC, "Authorities deported hundreds of migrants to Afghanistan."),
    ("COERCE", OCC, "Police broke up a demonstration in the capital."),
    # CAMEO 173 ("arrest, detain, or charge with legal action"), which PLOVER maps to COERCE
    ("COERCE", OCC, "The former minister was charged with corruption on Monday."),
    # an indictment is a formal accusation, not yet a coercive act (as Justice Department releases are read)
    ("ACCUSE", OCC, "The prosecutor indicted three police officers over the death of the protester."),
    # ASSAULT
    ("ASSAULT", OCC, "A roadside bomb killed three soldiers in the north."),
    ("ASSAULT", OCC, "Israeli air strikes pounded the southern suburbs of Beirut overnight."),
    ("ASSAULT", OCC, "Gunmen abducted 20 students from a school in Kaduna state."),
    ("ASSAULT", OCC, "At least 12 people were killed in an attack on a mosque."),
    ("ASSAULT", OCC, "The separatist rebels fired rockets at the town."),
    ("ASSAULT", OCC, "A man stabbed three people at a train station."),
    ("ASSAULT", HYP, "Officials warned that militants might attack polling stations."),
    ("ASSAULT", OCC, "Drones struck an oil refinery in southern Russia."),
    ("ASSAULT", OCC, "The attack on the convoy left five peacekeepers dead."),
]

NEGATIVE = [
    ("AGREE", "Most economists agree that growth will slow."),
    ("AGREE", "The figures agreed with earlier estimates."),
    ("CONSULT", "She met her husband at university."),
    ("ASSAULT", "Fire crews attacked the blaze from the air."),
    ("MOBILIZE", "The company launched a new phone on Tuesday."),
    ("PROTEST", "Oil prices rallied on Monday after the OPEC meeting."),
    ("ASSAULT", "The new tax hit small businesses hardest."),
    ("SANCTION", "The central bank froze interest rates at 5 percent."),
    ("THREATEN", "Forecasters warned of heavy rain over the weekend."),
    ("AID", "The app helps users find cheap flights."),
    ("RETREAT", "Shares retreated from record highs on Wednesday."),
    ("COERCE", "The goalkeeper blocked a shot in the final minute."),
    ("REJECT", "The body rejected the transplanted kidney."),
    ("SUPPORT", "The bridge supports heavy trucks."),
    ("ASSAULT", "The singer shot a music video in Lagos."),
    ("ACCUSE", "The report blamed the delays on bad weather."),
    ("CONCEDE", "The company released its quarterly results on Thursday."),
    ("MOBILIZE", "The startup deployed a new version of its software."),
    ("COERCE", "The team captured the title with a win over Madrid."),
    ("REQUEST", "Demand for electric cars rose sharply in May."),
    ("ASSAULT", "The striker shot wide in the 80th minute."),
    ("PROTEST", "Lightning struck a tree near the school."),
    ("SANCTION", "The airline suspended flights to the island because of the hurricane."),
    ("THREATEN", "Rising sea levels threaten coastal cities."),
]

#: Sentences the rules do not read yet, each with the gap it shows (strict: a fixed gap fails).
KNOWN_GAPS = {
    "The opposition said it could accept a transitional government if the president stepped down.":
        "accepting an arrangement that is no proposal word ('a transitional government') is not read as agreeing",
    "Doctors Without Borders treated hundreds of wounded civilians in Gaza.": "medical care is not read as aid",
    "Trump threatened tariffs of 25 percent on Mexican imports.":
        "the small model reads 'Trump' as a common noun, so the threat has no specific subject",
    "The body rejected the transplanted kidney.": "reject has no check that its subject can act politically",
    "The report blamed the delays on bad weather.": "who is blamed sits on the object's on-phrase, which blame does not check",
}


def _cases(rows):
    return [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[row[-1]]))
            if row[-1] in KNOWN_GAPS else row for row in rows]


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {s for *_, s in EXAMPLES} | {s for _, s in NEGATIVE}, names=False)


def test_table_covers_every_plover_type():
    from newskb.models import PLOVER_TYPES

    assert {t for t, *_ in EXAMPLES} == set(PLOVER_TYPES)
    assert len(EXAMPLES) >= 130 and len(NEGATIVE) >= 20
    assert set(KNOWN_GAPS) <= {s for *_, s in EXAMPLES} | {s for _, s in NEGATIVE}


@pytest.mark.parametrize(("event_type", "status", "sentence"), _cases(EXAMPLES))
def test_sentence_reports_event(events_by_sentence, event_type, status, sentence):
    assert_typed(events_by_sentence[sentence], event_type, status)


@pytest.mark.parametrize(("event_type", "sentence"), _cases(NEGATIVE))
def test_sentence_reports_no_such_event(events_by_sentence, event_type, sentence):
    assert_not_typed(events_by_sentence[sentence], event_type)
