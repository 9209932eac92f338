"""One-sentence tests for the event rules added for real news copy: reaction verbs, concessions,
cut aid, designations, threats of measures, coups; happenings under way; habits, kinds, roles
and sources that report nothing; demands put as "it is time"; refused demands; passive
participants; "we" in statements; later mentions of one happening. The sentences are our own."""
from __future__ import annotations

import pytest

from event_rows import assert_not_typed, assert_typed, event_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

OCC, PLAN, HYP, NEG = "Occurred", "Planned", "Hypothetical", "Negated"

#: (type, status, sentence): the sentence reports an event of that type with that status.
POSITIVE = [
    # reaction verbs typed by PLOVER (SUPPORT 051, ACCUSE 111, REJECT 120)
    ("SUPPORT", OCC, "The senator appreciated the ranger's quick response to the flood."),
    ("SUPPORT", OCC, "The mayors stand with the striking dock workers."),
    ("SUPPORT", OCC, "The proposal was quickly seconded by the Finnish delegation."),
    ("SUPPORT", OCC, "The prime minister congratulated the winner of the run-off."),
    ("ACCUSE", OCC, "The bishops spoke out against the eviction of the villagers."),
    ("ACCUSE", OCC, "The governor attacked the inquiry as a partisan stunt."),
    ("ACCUSE", OCC, "The council considered the decree unconstitutional."),
    ("ACCUSE", OCC, "The ruling party's candidacy was challenged by the opposition alliance."),
    ("REJECT", OCC, "The farmers' union opposed the new water tax."),
    ("REJECT", OCC, "The mayor did not accede to the demands of the strikers."),
    ("REJECT", OCC, "The junta ignored repeated calls for a transition."),
    # CONCEDE: withdrawing a proposal, ending restrictions, resigning
    ("CONCEDE", PLAN, "The minister said the government would withdraw the disputed pension bill."),
    ("CONCEDE", OCC, "The party withdrew from fielding a candidate in the by-election."),
    ("CONCEDE", OCC, "The regulator ended the export restrictions on rice."),
    ("CONCEDE", OCC, "Washington announced the termination of the sanctions programme."),
    # SANCTION: designations, measures imposed, aid withheld, ties paused
    ("SANCTION", OCC, "The Treasury designated two shipping firms in Dubai."),
    ("SANCTION", OCC, "Brussels imposed tough measures on the country's largest banks."),
    ("SANCTION", OCC, "The president withheld military aid from the border state."),
    ("SANCTION", OCC, "Canada paused its participation in the regional dialogue."),
    ("SANCTION", OCC, "The ministry imposed visa restrictions on three judges."),
    # THREATEN: readiness to take measures, holding to account
    ("THREATEN", OCC, "The ministers said they are prepared to take further measures against the regime."),
    ("THREATEN", PLAN, "The union said it will hold the company to account."),
    # REQUEST
    ("REQUEST", OCC, "It is time for the militia to lay down its weapons."),
    ("REQUEST", OCC, "The committee issued a subpoena for the minister's emails."),
    ("REQUEST", OCC, "The governor encouraged residents to leave the coast."),
    ("REQUEST", OCC, "The bishops renewed their calls for a ceasefire."),
    # PROTEST: streets filled, a day met with protests, protests under way
    ("PROTEST", OCC, "Students, who have filled the central squares since May, marched again."),
    ("PROTEST", OCC, "The visit was met with protests in the capital."),
    ("PROTEST", OCC, "Anti-government protests continue in the port city."),
    # ASSAULT: coups, car bombs, ousting, military operations with a date
    ("ASSAULT", OCC, "A military coup removed the elected president in 1999."),
    ("ASSAULT", OCC, "A car bomb was rammed into the gate of the police academy."),
    ("ASSAULT", OCC, "An army column ousted the rebels from the hill town."),
    ("ASSAULT", OCC, "The brigade took part in the 2016 offensive operation near the river."),
    ("ASSAULT", OCC, "A couple of suicide bombings took place in the capital last week."),
    # RETREAT, MOBILIZE, COERCE, CONSULT, AGREE
    ("RETREAT", OCC, "British troops left Basra in 2009."),
    ("MOBILIZE", OCC, "The general dispatched two battalions to the coast."),
    ("COERCE", OCC, "Riot police suppressed the rally with tear gas."),
    ("CONSULT", OCC, "The two presidents spoke on the phone on Tuesday."),
    ("CONSULT", OCC, "In a phone call on Friday, Olaf Scholz urged Emmanuel Macron to release the funds."),
    ("RETREAT", PLAN, "The Pentagon announced a complete withdrawal of its troops from the region."),
    ("ASSAULT", PLAN, "An imminent offensive on the port drove thousands from their homes."),
    ("AGREE", OCC, "The rebels announced they had entered into an agreement with the government."),
    # coverage checked against CAMEO verb sets
    ("CONSULT", OCC, "The king received the Kenyan trade minister at the palace."),
    ("CONCEDE", OCC, "Pirates freed the crew of the cargo ship."),
    ("AID", OCC, "The development bank approved a loan to Ghana."),
    ("AID", OCC, "Greece sent rescue teams to Turkey after the earthquake."),
    ("RETREAT", OCC, "The militia handed over its weapons to the army."),
    ("REJECT", OCC, "The senate blocked the aid package."),
    ("PROTEST", OCC, "Tens of thousands marched through the city centre."),
    ("PROTEST", OCC, "Farmers blocked highways with their tractors."),
    ("MOBILIZE", OCC, "The alliance increased its military presence in the east."),
    ("COERCE", OCC, "Soldiers demolished the homes of the families."),
    ("CONCEDE", OCC, "The rebels ceded control of the port to the army."),
    ("COERCE", OCC, "The minister signed a decree that bars women from the stadium."),  # what a decree does
]

#: (type, sentence): the sentence reports no event of that type.
NEGATIVE = [
    ("CONSULT", "Regional summits usually focus on trade."),  # a habit
    ("COOPERATE", "Lawmakers debated the extradition bill until midnight."),  # a kind of law
    ("CONSULT", "The special envoy for the border negotiations resigned."),  # a role
    ("ACCUSE", "According to a complaint filed last year, the firm hid its losses."),  # a source
    ("CONSULT", "Speaking to a local radio station, the mayor said the bridge would reopen."),  # a speech frame
    ("COERCE", "The soldiers drove a captured truck through the checkpoint."),  # a captured thing
    ("THREATEN", "The floods pose a threat to the harvest."),  # a risk, not a threat
    ("ASSAULT", "The minister launched an inquiry into the contracts."),  # no weapon launched
    ("ASSAULT", "The critics called it an assault on democratic norms."),  # a verbal attack
    ("RETREAT", "The broadcaster withdrew its reporters from the area."),  # not forces
    ("CONSULT", "The exhibition was visited by thousands of schoolchildren."),
    ("PROTEST", "The election is scheduled for March 24."),  # a month, not a march
    ("AGREE", "Not everyone agrees on how the rules work."),  # a denial naming nobody
    ("ACCUSE", "Nobody is conducting a formal inquiry."),  # denied by its subject
    ("ASSAULT", "The country faces terrorist attacks every year."),  # a kind of happening
    ("THREATEN", "Rural judges increasingly fear threats."),
    ("COOPERATE", "Parliament debated a bill that would allow extraditions to the mainland."),  # a bill's content
    ("CONSULT", "His suggestion that the dispute be discussed at the summit angered Ankara."),
    ("CONCEDE", "The singer relinquished her title in 1990."),  # a personal title, no concession
    ("REJECT", "The new rules deny smugglers the ability to hide their profits."),  # deny someone something
    ("AID", "Lawmakers asked about the withholding of military aid to Kenya."),  # the aid is what is withheld
]

#: (type, sentence, actors, targets): who acts and who is acted on.
PARTICIPANTS = [
    ("COERCE", "Police detained Ales Bialiatski, who was arrested in May.", set(), {"Ales Bialiatski"}),
    ("ACCUSE", "The raid was condemned by members of the European Union.", {"European Union"}, set()),
    ("ASSAULT", "The France-led mission ousted the militia from the valley.", {"France"}, set()),
    ("SUPPORT", "We, the leaders of France and Germany, stand with Moldova.", {"France", "Germany"}, {"Moldova"}),
    ("COERCE", "Kais Saied signed a decree banning the party.", {"Kais Saied"}, set()),
    ("ASSAULT", "Hezbollah took part in the offensive on the town.", {"Hezbollah"}, set()),
    ("ASSAULT", "The United States invaded in 2003, and a U.S.-led coalition toppled the regime.", {"United States"}, set()),
    ("ACCUSE", "His critics, which include Amnesty International, blame him for the crackdown.", {"Amnesty International"}, set()),
    ("ASSAULT", "Hamas was implicated in the killing of the two soldiers.", {"Hamas"}, set()),
    ("ASSAULT", "Boko Haram claimed responsibility for the bombing of the market.", {"Boko Haram"}, set()),
    ("SANCTION", "Neighbouring states including Chad and Niger have cited security concerns to impose sanctions on Mali.",
     {"Chad", "Niger"}, {"Mali"}),
]


@pytest.fixture(scope="module")
def events_by_sentence(nlp):
    return event_records(nlp, {s for *_, s in POSITIVE} | {s for _, s in NEGATIVE} | {s for _, s, *_ in PARTICIPANTS})


@pytest.mark.parametrize(("event_type", "status", "sentence"), POSITIVE)
def test_rule_reports_event(events_by_sentence, event_type, status, sentence):
    assert_typed(events_by_sentence[sentence], event_type, status)


@pytest.mark.parametrize(("event_type", "sentence"), NEGATIVE)
def test_rule_reports_no_event(events_by_sentence, event_type, sentence):
    assert_not_typed(events_by_sentence[sentence], event_type)


@pytest.mark.parametrize(("event_type", "sentence", "actors", "targets"), PARTICIPANTS)
def test_rule_participants(events_by_sentence, event_type, sentence, actors, targets):
    (event,) = [e for e in events_by_sentence[sentence] if e.event_type == event_type]
    assert set(event.actors) >= actors
    assert set(event.targets) >= targets


def test_later_mention_is_the_same_happening(nlp):
    from newskb.pipeline import extract

    x = extract("date 2024-05-03\n\nThousands held a rally in Tbilisi on Friday. The rally started at noon.")
    rallies = [e for e in x.events if e.event_type == "PROTEST"]
    assert len(rallies) == 1 and len(rallies[0].evidence) == 2


def test_the_attack_points_back_at_the_nearest_happening_of_its_type(nlp):
    from newskb.pipeline import extract

    x = extract("date 2024-05-03\n\nA car bomb was rammed into a police station in Ghazni on Monday. "
                "Officials said the attack was carried out by the Taliban.")
    (attack,) = [e for e in x.events if e.event_type == "ASSAULT"]
    names = {e.key: e.name for e in x.entities}
    assert len(attack.evidence) == 2 and "Taliban" in {names[k] for k in attack.actors}


def test_an_attack_on_another_date_is_another_attack(nlp):
    from newskb.pipeline import extract

    x = extract("date 2024-05-03\n\nA car bomb exploded in Ghazni on Monday. The attack in 2015 killed dozens.")
    assert len([e for e in x.events if e.event_type == "ASSAULT"]) == 2


def test_a_verb_whose_subject_points_back_is_the_same_happening(nlp):
    from newskb.pipeline import extract

    x = extract("date 2024-05-03\n\nGunmen attacked a checkpoint in Kandahar on Monday. "
                "A police spokesman said the attack had killed four officers.")
    (attack,) = [e for e in x.events if e.event_type == "ASSAULT"]
    assert len(attack.evidence) == 2


def test_a_possessor_thing_is_the_object(nlp):
    from newskb.pipeline import extract

    x = extract("date 2024-05-03\n\nThe minister announced the withdrawal of the pension bill on Monday. "
                "Unions doubted the bill's withdrawal would last.")
    assert not [e for e in x.events if e.event_type == "RETREAT"]


def test_we_in_a_release_is_the_author_its_title_names(nlp):
    from newskb.pipeline import extract

    x = extract("date 2024-05-03\n\nStatement by Foreign Ministry Spokesperson Maria Lindqvist on Sudan\n\n"
                "We condemn the shelling of Omdurman by the Rapid Support Forces.")
    (accuse,) = [e for e in x.events if e.event_type == "ACCUSE"]
    names = {e.key: e.name for e in x.entities}
    assert "Maria Lindqvist" in {names[k] for k in accuse.actors}


def test_a_claim_of_responsibility_names_who_attacked(nlp):
    from newskb.pipeline import extract

    x = extract("date 2024-05-03\n\nA car bomb exploded outside a market in Maiduguri on Friday. "
                "Boko Haram claimed responsibility.")
    (attack,) = [e for e in x.events if e.event_type == "ASSAULT"]
    names = {e.key: e.name for e in x.entities}
    assert "Boko Haram" in {names[k] for k in attack.actors}
