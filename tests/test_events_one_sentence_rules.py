"""Sentence checks for the event rules drawn from the one-sentence blind set
(``test_events_one_sentence_blind``), each on sentences of its own: the type and status a sentence
reports, or a type it must not report."""
from __future__ import annotations

import pytest

from event_rows import sentence_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    # settling a dispute is agreeing
    ("AGREE", "Occurred", "The two neighbours settled their border dispute at a summit in Addis Ababa."),
    # backing pledged or thrown behind someone is support, not a promise of aid
    ("SUPPORT", "Occurred", "Egypt pledged its backing to the transitional council in Khartoum."),
    ("SUPPORT", "Occurred", "Brazil put its weight behind the Colombian peace plan."),
    # dropping charges or giving back land yields
    ("CONCEDE", "Occurred", "Prosecutors in Peru dropped the charges against the former president."),
    ("CONCEDE", "Planned", "The government will return the confiscated land to farmers in the south."),
    # restoring ties, forging a partnership and coordinating operations are cooperation
    ("COOPERATE", "Occurred", "Morocco and Israel restored diplomatic ties after two decades."),
    ("COOPERATE", "Occurred", "Vietnam and Australia forged a strategic partnership during the visit."),
    ("COOPERATE", "Planned", "Niger and Nigeria will coordinate operations against Boko Haram."),
    # food counted by weight, airdrops and support packages are aid
    ("AID", "Occurred", "The UAE airlifted 200 tonnes of rice to flood victims in Somalia."),
    ("AID", "Occurred", "Airdrops of food reached civilians in northern Gaza."),
    ("AID", "Planned", "The World Bank announced a $500 million support package for Sri Lanka."),
    # forces leaving a base, or handing over a town, retreat
    ("RETREAT", "Occurred", "Government troops evacuated their base near the Malian border."),
    ("RETREAT", "Occurred", "The rebels handed over the town to government forces under the deal."),
    # seeking someone's return is a request
    ("REQUEST", "Occurred", "Ukraine has sought the return of children taken to Russia."),
    # staying away from talks is a refusal; a court throwing out a case rejects it
    ("REJECT", "Occurred", "The opposition boycotted the talks with the ruling party."),
    ("REJECT", "Occurred", "The high court threw out the case against the opposition leader."),
    # drivers blockading a road, and a strike of a kind labour calls, are protests
    ("PROTEST", "Occurred", "Taxi drivers blockaded the road to the airport in Nairobi."),
    ("PROTEST", "Occurred", "Teachers began an indefinite strike on Monday."),
    # suspending a member from a body sanctions it; suspending broadcasts and dissolving a party coerce
    ("SANCTION", "Occurred", "The African Union suspended Gabon from all its activities."),
    ("COERCE", "Occurred", "The junta suspended the broadcasts of two foreign radio stations."),
    ("COERCE", "Occurred", "The authorities dissolved the largest opposition party in June."),
    # raising an alert level and ordering troops into a region mobilise; the order is the deployment,
    # made as it is given (the blind sets' "ordered the army onto the streets" is occurred)
    ("MOBILIZE", "Occurred", "South Korea raised its alert level after the missile launch."),
    ("MOBILIZE", "Occurred", "The president ordered troops into the northern provinces."),
    # an act of one's own after "promised that … would" is no content of the promise
    ("REQUEST", "Occurred", "The president promised that the state would rebuild every school and appealed to donors "
                            "for help."),
    # verbs of CAMEO's synonym sets the lexicon lacked: arrests, convictions, seizures, violence, rebukes
    ("COERCE", "Occurred", "Police in Dhaka apprehended two suspects in the bombing."),
    ("COERCE", "Occurred", "Security forces rounded up dozens of opposition supporters after the vote."),
    ("COERCE", "Occurred", "A court in Cairo convicted the blogger of spreading false news."),
    ("COERCE", "Occurred", "Mali's junta nationalised the Yatela gold mine."),
    ("ASSAULT", "Occurred", "The rebels pillaged the town before withdrawing."),
    ("ASSAULT", "Occurred", "A mob lynched two men accused of witchcraft in Malawi."),
    ("ACCUSE", "Occurred", "The foreign minister lambasted Israel over the strikes."),
    ("ACCUSE", "Occurred", "Lebanon complained to the UN Security Council about Israeli violations."),
    ("CONCEDE", "Occurred", "After weeks of protests, the government acquiesced."),
    # a response, retaliation or consequence announced with "will" or "would" is a threat made
    ("THREATEN", "Occurred", "The Kremlin said Russia would respond to any deployment of Western troops in Ukraine."),
    ("THREATEN", "Occurred", "Beijing will take countermeasures if Manila continues its provocations, the ministry said."),
    ("THREATEN", "Occurred", "North Korea will strike back hard, its foreign ministry said."),
    ("THREATEN", "Occurred", "Demonstrators who occupy the square will face prosecution, the interior minister said."),
    ("THREATEN", "Occurred", "The army chief said the country would use force to defend its waters."),
    # a call for something, words between, asks for it
    ("REQUEST", "Occurred", "The bishop called again for the release of all political prisoners."),
    # diplomats ordered to leave are expelled; taking aim at someone criticises; remand is detention
    ("SANCTION", "Occurred", "Norway ordered three Russian diplomats to leave the country within a week."),
    ("ACCUSE", "Occurred", "The prime minister took aim at the central bank over interest rates."),
    ("COERCE", "Occurred", "The suspect was remanded in custody by a court in Lagos."),
    ("CONCEDE", "Occurred", "The junta freed 40 detained protesters on Sunday."),
    ("CONCEDE", "Occurred", "The government returned land confiscated by the army to farmers."),
    # doses count what they are doses of (also where the lemmatizer reads "doses" as "dos")
    ("AID", "Occurred", "UNICEF shipped 200,000 doses of measles vaccine to Chad."),
    # a headline's "to" is planned also when a trailing source says it
    ("CONCEDE", "Planned", "Venezuela to release jailed opposition figures, Maduro says"),
    ("MOBILIZE", "Planned", "Kenya to send more police to Haiti, Ruto says"),
    ("RETREAT", "Occurred", "The army said it had withdrawn from the town."),
    # both infinitives after "urged" are what is urged
    ("REQUEST", "Occurred", "The mediator urged both sides to stop fighting and to settle their differences."),
]

NOT_REPORTED = [
    ("AGREE", "The mediator urged both sides to stop fighting and to settle their differences."),
    ("COOPERATE", "Kosovo accepted a plan to normalise relations with Serbia."),
    ("CONSULT", "Any attack on our territory would be met with a decisive response, the minister said."),
    ("RETREAT", "The sprinter withdrew from the race with a hamstring injury."),
    ("PROTEST", "The South African rand rallied against the dollar on Friday."),
    ("SUPPORT", "Kenya welcomed two million visitors last year."),
    ("ASSAULT", "The actor was bombarded with questions about his divorce."),
    ("ASSAULT", "The midfielder fired the ball into the net from 25 metres."),
    ("CONSULT", "The gallery will host an exhibition of Yoruba art."),
    ("ASSAULT", "Dock workers threatened a general strike over pay."),
    # responding to a letter or report is no threat; a retaliation done is an attack
    ("THREATEN", "The ministry said it would respond to the letter next week."),
    ("THREATEN", "The government will respond to the committee's report in due course."),
    ("THREATEN", "Israel retaliated with airstrikes on Tuesday."),
    ("THREATEN", "Analysts said Iran would respond to any strike on its nuclear sites."),
    ("SANCTION", "The company ordered its staff to work from home."),
    ("SUPPORT", "The president stood behind the podium in the East Room."),
    # forces leave ground they hold, not a building cleared for safety or sold
    ("RETREAT", "Police evacuated the building after a bomb threat."),
    ("RETREAT", "The company handed over the building to its new owners."),
    # a detention or seizure named by a participle is the state a release or return ends
    ("COERCE", "The junta freed 40 detained protesters on Sunday."),
    ("COERCE", "The government returned land confiscated by the army to farmers."),
    # complaining to people who are no party, and convicting in general, are no events
    ("ACCUSE", "The singer complained to reporters about the heat."),
    ("COERCE", "Two-thirds of senators must vote to convict in an impeachment trial."),
]

#: A body named with its country's possessive acts for the country too.
ACTS_FOR = [
    ("ACCUSE", "Kenya", "Kenya's foreign ministry condemned the killing of two students in Nairobi."),
    ("REJECT", "Peru", "Peru's government rejected the findings of the commission."),
    ("MOBILIZE", "Pakistan", "Pakistan's army deployed troops along the border with Afghanistan."),
]


events_by_sentence, test_sentence_reports, test_sentence_does_not_report = sentence_tests(REPORTS, NOT_REPORTED, {s for *_, s in ACTS_FOR})


@pytest.mark.parametrize(("event_type", "country", "sentence"), ACTS_FOR)
def test_body_acts_for_its_country(events_by_sentence, event_type, country, sentence):
    found = [e for e in events_by_sentence[sentence] if e.event_type == event_type]
    assert found and any(country in e.actors for e in found), [(e.event_type, e.actors) for e in found]
