"""One-sentence event examples in the style of event datasets and wire briefs: sentence → the
PLOVER type it reports and that event's status. Participants are often generic ("protesters",
"riot police", "the government"), as they are in such data. Scored as the public set is: the
event must carry the expected type, and its status is checked separately. Negatives report no
event of the named type. All sentences are parsed in one ``nlp.pipe`` batch."""
from __future__ import annotations

import pytest

from event_rows import assert_not_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

OCC, PLAN, HYP, NEG, CANC = "Occurred", "Planned", "Hypothetical", "Negated", "Cancelled"

EXAMPLES = [
    # AGREE
    ("AGREE", OCC, "The rebels agreed to a 72-hour truce brokered by the church."),
    ("AGREE", OCC, "Both sides signed a prisoner exchange agreement in Doha."),
    ("AGREE", OCC, "The two parties reached a deal to share power after weeks of talks."),
    ("AGREE", OCC, "The opposition promised to respect the result of the vote."),
    ("AGREE", OCC, "Union leaders accepted the government's offer of a 5 percent pay rise."),
    ("AGREE", OCC, "The warring factions struck an agreement to reopen the airport."),
    # CONSULT
    ("CONSULT", OCC, "The foreign ministers met in Geneva on Monday to discuss the crisis."),
    ("CONSULT", OCC, "The president spoke by phone with his French counterpart."),
    ("CONSULT", PLAN, "The envoy will travel to Cairo next week for talks with mediators."),
    ("CONSULT", OCC, "Tribal elders held talks with army commanders in the provincial capital."),
    ("CONSULT", OCC, "The prime minister hosted the Dutch king at his residence."),
    ("CONSULT", CANC, "The government postponed peace talks with the rebels."),
    ("CONSULT", OCC, "Negotiators from both sides held a third round of talks in Nairobi."),
    # SUPPORT
    ("SUPPORT", OCC, "The bishops praised the army for its restraint during the protests."),
    ("SUPPORT", OCC, "Opposition lawmakers endorsed the candidacy of the former mayor."),
    ("SUPPORT", OCC, "The ministers welcomed the release of the journalists."),
    ("SUPPORT", OCC, "Several governments recognised the new government in Tripoli."),
    ("SUPPORT", OCC, "The party voiced support for the striking workers."),
    # CONCEDE
    ("CONCEDE", OCC, "The junta released dozens of political prisoners on Sunday."),
    ("CONCEDE", OCC, "The interior minister resigned after the deadly stampede."),
    ("CONCEDE", OCC, "The government lifted the curfew in the northern provinces."),
    ("CONCEDE", OCC, "Authorities eased restrictions on foreign journalists."),
    ("CONCEDE", OCC, "The army chief apologised for the killing of civilians."),
    ("CONCEDE", OCC, "The president pardoned the jailed opposition leader."),
    # COOPERATE
    ("COOPERATE", OCC, "The two navies held joint exercises in the South China Sea."),
    ("COOPERATE", OCC, "Police in both countries cooperated to dismantle the smuggling ring."),
    ("COOPERATE", OCC, "The authorities extradited the drug lord to the United States."),
    ("COOPERATE", OCC, "The two agencies shared intelligence on armed groups."),
    # AID
    ("AID", PLAN, "Germany pledged 1.9 billion euros in military aid to Ukraine."),
    ("AID", OCC, "Aid agencies delivered food and medicine to the besieged town."),
    ("AID", OCC, "The government sent humanitarian aid to the flood victims."),
    ("AID", PLAN, "Donors promised $2 billion in assistance for the reconstruction of the city."),
    ("AID", OCC, "The United Nations provided emergency assistance to refugees in Chad."),
    ("AID", OCC, "Neighbouring countries granted asylum to the fleeing soldiers."),
    # RETREAT
    ("RETREAT", OCC, "The rebels withdrew from the town after heavy fighting."),
    ("RETREAT", OCC, "Troops pulled back from the border on Thursday."),
    ("RETREAT", PLAN, "The army said it would withdraw its forces from the capital."),
    ("RETREAT", OCC, "Militants retreated from the city after the army offensive."),
    ("RETREAT", OCC, "The warring parties declared a ceasefire in the region."),
    # REQUEST
    ("REQUEST", OCC, "The minister said Europe must do more to protect its airspace."),
    ("REQUEST", OCC, "Protesters demanded the resignation of the prime minister."),
    ("REQUEST", OCC, "The opposition called for fresh elections."),
    ("REQUEST", OCC, "Rights groups urged the authorities to release the detained activists."),
    ("REQUEST", OCC, "The families appealed to the kidnappers to free the children."),
    ("REQUEST", OCC, "The president said the international community should do more to help refugees."),
    # ACCUSE
    ("ACCUSE", OCC, "The opposition accused the government of rigging the election."),
    ("ACCUSE", OCC, "Human rights groups condemned the killing of protesters."),
    ("ACCUSE", OCC, "The ministry summoned the ambassador over the remarks."),
    ("ACCUSE", OCC, "Activists criticised the police for using excessive force."),
    ("ACCUSE", OCC, "Prosecutors opened an investigation into the shooting."),
    ("ACCUSE", OCC, "The army blamed the rebels for the attack on the convoy."),
    # REJECT
    ("REJECT", OCC, "The rebels rejected the peace proposal."),
    ("REJECT", OCC, "The government refused to negotiate with the kidnappers."),
    ("REJECT", OCC, "The minister ruled out early elections."),
    ("REJECT", OCC, "The court rejected the appeal of the opposition leader."),
    ("REJECT", OCC, "The opposition boycotted the talks and rejected the new constitution."),
    # THREATEN
    ("THREATEN", OCC, "Far-right ministers threatened to quit the coalition."),
    ("THREATEN", OCC, "The militia threatened to attack the capital."),
    ("THREATEN", OCC, "The union threatened a nationwide strike."),
    ("THREATEN", OCC, "The general warned protesters of a harsh response."),
    ("THREATEN", OCC, "The government threatened to expel foreign journalists."),
    # PROTEST
    ("PROTEST", OCC, "Protesters blocked a highway outside the capital."),
    ("PROTEST", OCC, "Thousands of students marched through the capital on Saturday."),
    ("PROTEST", OCC, "Workers staged a protest outside the factory."),
    ("PROTEST", OCC, "Doctors went on strike to demand better pay."),
    ("PROTEST", OCC, "Demonstrators rallied outside parliament to oppose the new law."),
    ("PROTEST", OCC, "Hundreds of people took to the streets to protest against rising prices."),
    ("PROTEST", OCC, "Opposition supporters held a sit-in outside the electoral commission."),
    # SANCTION
    ("SANCTION", PLAN, "The government said it would restrict visas for officials who undermine democracy."),
    ("SANCTION", OCC, "The government expelled two diplomats."),
    ("SANCTION", OCC, "The country recalled its ambassador for consultations."),
    ("SANCTION", OCC, "Washington imposed sanctions on three senior army officers."),
    ("SANCTION", OCC, "The bloc suspended all aid to the military government."),
    ("SANCTION", OCC, "The government cut diplomatic ties with its neighbour."),
    # MOBILIZE
    ("MOBILIZE", OCC, "Forces loyal to the general built up troops near the border."),
    ("MOBILIZE", OCC, "The army deployed troops to the restive province."),
    ("MOBILIZE", OCC, "The navy sent warships to the disputed waters."),
    ("MOBILIZE", OCC, "The military put its forces on high alert."),
    ("MOBILIZE", OCC, "The government called up thousands of reservists."),
    ("MOBILIZE", OCC, "The country test-fired a new cruise missile on Wednesday."),
    # COERCE
    ("COERCE", OCC, "Riot police fired tear gas at demonstrators in Lima on Friday."),
    ("COERCE", OCC, "Security forces arrested dozens of opposition supporters."),
    ("COERCE", OCC, "Authorities imposed a curfew in the city after the riots."),
    ("COERCE", OCC, "The government banned all public gatherings."),
    ("COERCE", OCC, "Police detained the journalist at the airport."),
    ("COERCE", OCC, "Police used water cannon to disperse the crowd."),
    ("COERCE", OCC, "The authorities shut down the internet ahead of the vote."),
    # ASSAULT
    ("ASSAULT", OCC, "Gunmen killed five villagers in an overnight raid."),
    ("ASSAULT", OCC, "Militants attacked a police station in the north."),
    ("ASSAULT", OCC, "Troops opened fire on the crowd."),
    ("ASSAULT", OCC, "Insurgents ambushed an army convoy near the border."),
    ("ASSAULT", OCC, "A suicide bomber blew himself up at a checkpoint."),
    ("ASSAULT", OCC, "Rebels shelled the city overnight."),
    ("ASSAULT", OCC, "Armed men kidnapped a priest in the south of the country."),
    ("ASSAULT", OCC, "Government forces clashed with rebels near the capital."),
    ("ASSAULT", HYP, "Officials fear the militants could attack the capital."),
    # a second set, written after the rules above and measured before any change for it
    ("AGREE", OCC, "The rival factions agreed to form a unity government."),
    ("AGREE", OCC, "Kenya and Somalia signed a security pact on Tuesday."),
    ("CONSULT", OCC, "Senior officials from both countries met behind closed doors in Oman."),
    ("CONSULT", PLAN, "The president is scheduled to visit Tokyo in May."),
    ("CONSULT", OCC, "Rebel leaders held negotiations with government envoys in Addis Ababa."),
    ("SUPPORT", OCC, "Several African leaders backed the new transitional government."),
    ("SUPPORT", OCC, "Western governments welcomed the agreement."),
    ("CONCEDE", OCC, "The military government freed 300 detainees ahead of the holiday."),
    ("CONCEDE", OCC, "The defence minister stepped down amid the scandal."),
    ("CONCEDE", OCC, "Officials lifted the state of emergency in the capital."),
    ("COOPERATE", OCC, "Coast guards from the two countries conducted joint patrols."),
    ("COOPERATE", OCC, "Police extradited two suspects to Spain."),
    ("AID", OCC, "Japan donated 10 million dollars to the relief effort."),
    ("AID", PLAN, "The European Union promised humanitarian aid to the earthquake victims."),
    ("AID", OCC, "Aid convoys delivered supplies to the besieged city."),
    ("RETREAT", OCC, "Rebel fighters withdrew from the strategic town."),
    ("AGREE", OCC, "The two sides agreed a ceasefire on Sunday."),
    ("RETREAT", PLAN, "The militia said it would pull its fighters out of the capital."),
    ("REQUEST", OCC, "Demonstrators demanded the release of political prisoners."),
    ("REQUEST", OCC, "The United Nations urged both sides to exercise restraint."),
    ("REQUEST", OCC, "The prime minister said the rebels must lay down their arms."),
    ("ACCUSE", OCC, "The government accused the opposition of inciting violence."),
    ("ACCUSE", OCC, "Activists denounced the arrest of the journalist."),
    ("ACCUSE", OCC, "The foreign ministry summoned the French envoy."),
    ("REJECT", OCC, "The opposition rejected the election results."),
    ("REJECT", OCC, "Lawmakers voted down the proposed budget."),
    ("REJECT", OCC, "The junta refused to hand over power."),
    ("THREATEN", OCC, "The rebels threatened to seize the capital."),
    ("THREATEN", OCC, "The president warned that he would use force against the protesters."),
    ("PROTEST", OCC, "Thousands of farmers protested in the capital against the new tax."),
    ("PROTEST", OCC, "Taxi drivers went on strike on Monday."),
    ("PROTEST", OCC, "Opposition supporters marched to the presidential palace."),
    ("PROTEST", OCC, "Students boycotted classes to protest the arrests."),
    ("SANCTION", OCC, "The European Union imposed sanctions on five officials."),
    ("SANCTION", OCC, "The country severed diplomatic relations with Israel."),
    ("SANCTION", OCC, "The government expelled the ambassador."),
    ("MOBILIZE", OCC, "The army sent reinforcements to the northern front."),
    ("MOBILIZE", OCC, "North Korea fired a ballistic missile into the sea."),
    ("MOBILIZE", OCC, "Troops massed along the frontier."),
    ("COERCE", OCC, "Police arrested the opposition leader at his home."),
    ("COERCE", OCC, "Security forces raided the offices of the newspaper."),
    ("COERCE", OCC, "Authorities detained dozens of protesters."),
    ("COERCE", OCC, "Police dispersed the protesters with tear gas."),
    ("ASSAULT", OCC, "Gunmen opened fire on a bus, killing six passengers."),
    ("ASSAULT", OCC, "An air strike hit a market in the town."),
    ("ASSAULT", OCC, "Militants stormed a military base overnight."),
    ("ASSAULT", OCC, "A car bomb exploded outside a hotel in the capital."),
    ("ASSAULT", OCC, "Soldiers shot dead two protesters."),
]

NEGATIVE = [
    ("CONSULT", "Summits and meetings are held every year."),
    ("THREATEN", "Analysts warned that inflation may rise."),
    ("PROTEST", "Students protested that the exam was too hard, the teacher said."),
    ("ASSAULT", "The storm hit the coast on Friday."),
    ("AID", "The company provided a forecast for next year."),
    ("MOBILIZE", "The team built up a lead in the second half."),
    ("COERCE", "Investors seized on the news."),
    ("REQUEST", "Analysts said inflation should ease next year."),
    ("SANCTION", "Economists said sanctions rarely work."),
    ("ASSAULT", "The company cut its prices."),
    ("REQUEST", "Experts said Europe must do more to protect its airspace."),
    ("REQUEST", "Officials said the economy should recover next year."),
    ("AID", "Aid workers said the situation in the camps was dire."),
    ("PROTEST", "Protest leaders met the mayor on Tuesday."),
    ("MOBILIZE", "Shares in defence companies rallied after the summit."),
]

KNOWN_GAPS = {
    "Officials lifted the state of emergency in the capital.": "the restriction is the of-object of 'state'",
    "Aid convoys delivered supplies to the besieged city.": "the small model parses 'Aid' as a verb",
}

#: Who acts and who is acted on, named or reached through a pronoun or a nationality word.
PARTICIPANTS = [
    ("AID", "Germany pledged 1.9 billion euros in military aid to Ukraine.", {"Germany"}, {"Ukraine"}),
    ("CONCEDE", "Hamas said they would release the hostages on Monday.", {"Hamas"}, set()),
    ("MOBILIZE", "The Pentagon said it would deploy more troops to Poland.", {"United States Department of Defense"}, {"Poland"}),
    ("REQUEST", "Iran said the United States should lift sanctions.", {"Iran"}, {"United States"}),
    ("ASSAULT", "Russian forces shelled Ukrainian villages near Kharkiv.", {"Russia"}, {"Ukraine"}),
    ("MOBILIZE", "Forces loyal to the general built up troops near the border with Chad.", set(), set()),
]


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {s for *_, s in EXAMPLES} | {s for _, s in NEGATIVE} | {s for _, s, *_ in PARTICIPANTS})


def _find(events, event_type):
    return [e for e in events if e.event_type == event_type]


def test_table_covers_every_plover_type():
    from newskb.models import PLOVER_TYPES

    assert {t for t, *_ in EXAMPLES} == set(PLOVER_TYPES)
    assert len(EXAMPLES) + len(NEGATIVE) >= 80


@pytest.mark.parametrize(("event_type", "status", "sentence"), EXAMPLES)
def test_sentence_reports_event(events_by_sentence, event_type, status, sentence):
    found = _find(events_by_sentence[sentence], event_type)
    works = bool(found) and status in {e.status for e in found}
    if sentence in KNOWN_GAPS:
        assert not works, f"a known gap now works: remove it from KNOWN_GAPS ({sentence})"
        pytest.xfail(KNOWN_GAPS[sentence])
    assert found, [(e.event_type, e.trigger) for e in events_by_sentence[sentence]]
    assert status in {e.status for e in found}


@pytest.mark.parametrize(("event_type", "sentence"), NEGATIVE)
def test_sentence_reports_no_such_event(events_by_sentence, event_type, sentence):
    assert_not_typed(events_by_sentence[sentence], event_type)


@pytest.mark.parametrize(("event_type", "sentence", "actors", "targets"), PARTICIPANTS)
def test_sentence_participants(events_by_sentence, event_type, sentence, actors, targets):
    (event,) = _find(events_by_sentence[sentence], event_type)
    assert set(event.actors) == actors
    assert set(event.targets) == targets


def test_recall_and_type_precision(events_by_sentence):
    """The table as the public set scores it: recall of the expected types, and how many events
    of other types the sentences also yield."""
    found = sum(bool(_find(events_by_sentence[s], t)) for t, _, s in EXAMPLES)
    extra = sum(len([e for e in events_by_sentence[s] if e.event_type != t]) for t, _, s in EXAMPLES)
    assert found / len(EXAMPLES) >= 0.95
    assert extra / (found + extra) <= 0.08
