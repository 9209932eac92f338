"""Sentence checks, on sentences of their own, for event rules about how wire copy is laid out and
worded: a dateline is never a doer; speaking to a counterpart is a consultation; a strike called is a protest; an offer to mediate is a meeting offered; "would not resign"
said by its doer is a refusal; a readiness to punish is a threat made; aid someone needs is no aid
given, a travel ban explained none imposed, a partnership valued none begun; police placed in a
country, and "the government" in a sentence about one, act for it."""
from __future__ import annotations

import pytest

from event_rows import assert_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    # an offer to mediate or host is a meeting offered, not an agreement
    ("CONSULT", "Occurred", "Oman offered to mediate between the two governments."),
    ("CONSULT", "Occurred", "Switzerland has offered to host the next round of negotiations."),
    # speaking to one's counterpart is a consultation
    ("CONSULT", "Occurred", "The interior minister said she had spoken to her counterparts in Rome and Athens."),
    # a price rise or tax hike suspended is a concession
    ("CONCEDE", "Occurred", "The government suspended the planned fuel tax hike after a week of protests."),
    # a union calling a strike: the strike is the event, the calling no accusation
    ("PROTEST", "Occurred", "The Kenya Union of Nurses called a 72-hour strike beginning Friday."),
    # a refusal announced by the one who would give way
    ("REJECT", "Occurred", "The governor said he would not resign over the scandal."),
    ("REJECT", "Occurred", "The rebel commander said his fighters would not accept the truce proposal."),
    # a readiness to punish, declared, is a threat made in the saying
    ("THREATEN", "Occurred", "The minister said Australia was prepared to impose sanctions on the junta's leaders."),
    ("THREATEN", "Occurred", "\"We will not hesitate to take further measures,\" the ministry said."),
]

STATUS = [
    # one who says they are not ready threatens nothing
    ("THREATEN", "Negated", "The minister said Chile was not prepared to impose sanctions on the generals."),
    # a resignation simply not made is no refusal
    ("CONCEDE", "Negated", "The mayor did not resign."),
    ("RETREAT", "Occurred", "Ethiopian troops left Mogadishu in January."),
]

NOT_REPORTED = [
    ("ACCUSE", "The Kenya Union of Nurses called a 72-hour strike beginning Friday."),
    ("AGREE", "Oman offered to mediate between the two governments."),
    ("CONCEDE", "The governor said he would not resign over the scandal."),
    # a travel ban explained is no ban imposed, nor a coercion
    ("COERCE", "An entry ban means that a listed person cannot be admitted to the country."),
    ("SANCTION", "An entry ban means that a listed person cannot be admitted to the country."),
    # a partnership valued is an attitude, not a cooperation begun
    ("COOPERATE", "\"We cherish our partnership with Ghana,\" the ambassador said."),
    ("AID", "Nearly a million people in the province need food aid before the rains."),
    ("AID", "Most of the displaced families require humanitarian assistance."),
    # leaving people somewhere is no withdrawal; leaving a place is
    ("RETREAT", "The army boycotted the talks in Jeddah, leaving the rebel delegation alone with the mediators."),
]

#: The doers an event names (first) and a dateline place it must not name (second).
ACTORS = [
    ("SANCTION", "Ghana", "Accra", "ACCRA (Reuters) - Ghana on Monday imposed tariffs on steel imports from China."),
    ("COERCE", "police", "Chile", "SANTIAGO, Chile (AP) — Police detained dozens of students outside the education ministry on Tuesday."),
    ("PROTEST", "protesters", "Belgium", "BRUSSELS, Belgium (AP) — Protesters marched on the European Parliament on Thursday."),
    # under a headline, the dateline opens the first paragraph
    ("SANCTION", "Kenya", "Reuters", "Kenya expels envoys in spying row\n\nMOMBASA (Reuters) - Kenya on Friday expelled two "
                                     "Ugandan diplomats."),
    # police placed in a country act for it, and are named as themselves too
    ("COERCE", "Senegal", None, "Police in Senegal arrested an opposition mayor on Friday."),
    # an unnamed "the government" acts for the one country the sentence names
    ("REQUEST", "Niger", None, "In Niger, the government appealed for $40 million in flood relief."),
]


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {s for *_, s in REPORTS} | {s for *_, s in STATUS} | {s for _, s in NOT_REPORTED}
                         | {s for *_, s in ACTORS})


@pytest.mark.parametrize(("event_type", "status", "sentence"), REPORTS + STATUS)
def test_sentence_reports(events_by_sentence, event_type, status, sentence):
    assert_typed(events_by_sentence[sentence], event_type, status)


@pytest.mark.parametrize(("event_type", "sentence"), NOT_REPORTED)
def test_sentence_does_not_report(events_by_sentence, event_type, sentence):
    assert event_type not in {e.event_type for e in events_by_sentence[sentence]}


@pytest.mark.parametrize(("event_type", "actor", "not_actor", "sentence"), ACTORS)
def test_event_actors(events_by_sentence, event_type, actor, not_actor, sentence):
    found = [e for e in events_by_sentence[sentence] if e.event_type == event_type]
    assert found and any(actor.lower() in map(str.lower, e.actors) for e in found), [(e.event_type, e.actors) for e in events_by_sentence[sentence]]
    assert not any(not_actor in e.actors for e in found)


#: A bare count brings in new people; "the two" and "both" point back at the last two named.
PAIRS = [
    ("ASSAULT", (), "Interior Minister Sara Lindqvist and police chief Jonas Berg toured the port on Monday. Two dockers "
                    "were killed in an explosion there on Sunday, officials said."),
    ("AGREE", ("William Ruto", "Raila Odinga"), "President Ruto met opposition leader Raila Odinga in Nairobi on Tuesday. "
                                                 "The two leaders agreed to set up a joint committee."),
]


@pytest.fixture(scope="module")
def events_in_passages(nlp):
    return {text: [(e.event_type, {*e.actors, *e.targets}) for e in events]
            for text, events in event_records(nlp, [t for *_, t in PAIRS]).items()}


@pytest.mark.parametrize(("event_type", "people", "passage"), PAIRS)
def test_two_names_a_pair_only_when_definite(events_in_passages, event_type, people, passage):
    found = [named for kind, named in events_in_passages[passage] if kind == event_type]
    assert found and set(people) <= found[0] and not found[0] - set(people), events_in_passages[passage]
