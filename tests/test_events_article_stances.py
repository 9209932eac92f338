"""Stances taken in full articles: an act by "a spokesperson for X" is the act of X; "held X
responsible for …" lays blame (an accusation) while "will hold X responsible" warns; "resisted the
proposal" turns it down; "will defend every inch of its territory" warns whoever would take it;
"we expect X to honour its commitments" or "to take action" demands it; describing an act as
barbaric, a violation or theft condemns it.
Sentences written for these rules in several house styles, none taken from an evaluation set."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

HEAD = "Ministry statement\n\nGENEVA, March 3 (Reuters) - "

#: (sentence, type, trigger, one of the actors)
REPORTED = [
    # one who speaks for a body does the body's verbal act
    ("A spokesman for the Iranian foreign ministry condemned the strike as a violation of international law.",
     "ACCUSE", "condemned", "Iranian foreign ministry"),
    ("A spokeswoman for Hamas accused Israel of breaking the truce.", "ACCUSE", "accused", "Hamas"),
    ("A spokesperson for the Kremlin warned that Britain would pay a heavy price.", "THREATEN", "warned", "Kremlin"),
    ("In a statement, a spokesman for the Chinese embassy in London urged Britain to stop interfering.",
     "REQUEST", "urged", "Chinese embassy in London"),
    ("A spokeswoman for Rosneft rejected the claims.", "REJECT", "rejected", "Rosneft"),
    ("A spokesperson for the Venezuelan Foreign Ministry, quoted by the state broadcaster, denounced the "
     "decision as \"an act of piracy\" and warned that Washington would \"pay dearly\".", "ACCUSE", "denounced",
     "Venezuelan Foreign Ministry"),
    # held responsible: blame laid
    ("The Arab League held Israel fully responsible for the deaths of the aid workers.", "ACCUSE", "held", "Arab League"),
    ("Kyiv holds Moscow responsible for the attack on the dam, the foreign ministry said.", "ACCUSE", "holds", "Ukraine"),
    ("In their final communique, the ASEAN leaders held the junta fully responsible for the violence.",
     "ACCUSE", "held", "Association of Southeast Asian Nations"),
    ("Nigeria's army held Boko Haram responsible for the massacre in Borno, a spokesman said.",
     "ACCUSE", "held", "Nigeria"),
    ("Ethiopia's government has held the TPLF responsible for the collapse of the truce.", "ACCUSE", "held", "Ethiopia"),
    ("Caracas on Monday held Bogota responsible for the killing of two soldiers at the border.", "ACCUSE", "held",
     "Venezuela"),
    # resisted a proposal: turned it down
    ("Germany and Italy have so far resisted the plan, according to diplomatic sources in Brussels.", "REJECT",
     "resisted", "Germany"),
    ("Hungary has resisted the proposal to phase out Russian gas imports.", "REJECT", "resisted", "Hungary"),
    ("Beijing has long resisted the demand for an independent inquiry.", "REJECT", "resisted", "China"),
    ("The White House resisted the bill for months, officials said.", "REJECT", "resisted", "White House"),
    ("Poland's government resisted the Commission's proposal on migration quotas.", "REJECT", "resisted", "Poland"),
    ("Senator Ana Ruiz has resisted the amendment, her office said on Friday.", "REJECT", "resisted", "Ana Ruiz"),
    # a vow to defend the homeland by force
    ("\"Pakistan will defend every inch of its territory,\" the prime minister said.", "THREATEN", "defend", "Pakistan"),
    ("Lithuania will defend every inch of NATO soil, the defence minister said.", "THREATEN", "defend", "Lithuania"),
    ("Armenia will defend its borders against any aggression, the defence ministry said.", "THREATEN", "defend",
     "Armenia"),
    ("Rwanda will defend its sovereignty by all means, President Paul Kagame said.", "THREATEN", "defend", "Rwanda"),
    ("Guyana will defend its territory, President Ali told parliament on Tuesday.", "THREATEN", "defend", "Guyana"),
    ("Niger will defend its soil against any foreign intervention, the junta said in a televised statement.",
     "THREATEN", "defend", "Niger"),
    # what one party expects another to do as a duty is a demand
    ("\"We expect the Taliban authorities to take concrete and verifiable action against the militants,\" "
     "spokeswoman Sara Malik told reporters.", "REQUEST", "expect", "Sara Malik"),
    ("The European Union expects Belgrade to honour its commitments under the agreement, the spokesman said.",
     "REQUEST", "expects", "European Union"),
    ("\"We expect Moscow to respect the ceasefire,\" Foreign Minister Anna Lind told reporters in Stockholm.",
     "REQUEST", "expect", "Anna Lind"),
    ("Washington expects Beijing to comply with the ruling, the State Department said in a statement.",
     "REQUEST", "expects", "United States"),
    ("Britain expects Iran to release the tanker and its crew without delay, Foreign Secretary James Hart said.",
     "REQUEST", "expects", "United Kingdom"),
    ("The African Union expects the junta to take steps toward a return to civilian rule, its chairman said.",
     "REQUEST", "expects", "African Union"),
    # a condemning verdict on an act
    ("Brazil's Foreign Ministry described the move as \"incompatible with the Treaty of Asuncion\".", "ACCUSE",
     "described", "Foreign Ministry"),
    ("Governor Caleb Danjuma described the killings as \"barbaric and a declaration of war on our people\".",
     "ACCUSE", "described", "Caleb Danjuma"),
    ("Hamas described the strike as a flagrant violation of the ceasefire.", "ACCUSE", "described", "Hamas"),
    ("The Kremlin described the asset freeze as theft.", "ACCUSE", "described", "Kremlin"),
    ("Indian Foreign Secretary Vikram Rao described the visa curbs as unjustified.", "ACCUSE", "described",
     "Vikram Rao"),
    ("The Ghanaian president described the attack on the convoy as cowardly.", "ACCUSE", "described", "Ghana"),
]

#: (sentence, type that must not be reported)
NOT_REPORTED = [
    ("A spokesman for the hospital said the building was damaged.", "ACCUSE"),
    ("Canberra welcomed the ruling, with a Foreign Office spokeswoman calling it a wise choice.", "ACCUSE"),
    ("The company is responsible for the pipeline, the ministry said.", "ACCUSE"),
    ("Analysts hold the central bank responsible for inflation.", "ACCUSE"),
    ("The lawyer will defend his client in court.", "THREATEN"),
    ("The minister defended the border policy.", "THREATEN"),
    ("The structure resisted the earthquake.", "REJECT"),
    ("The defenders resisted the assault for three days.", "REJECT"),
    ("The report described the bridge as incompatible with modern traffic.", "ACCUSE"),
    ("Scientists described the virus as a breach of the cell wall.", "ACCUSE"),
    ("Goldman Sachs expects the Federal Reserve to raise rates in June.", "REQUEST"),
    ("The cabinet is expected to take action on the bill next week.", "REQUEST"),
    ("The company did not expect the measures to affect its business, it said.", "REQUEST"),
    ("Economists expect the central bank to take a cautious approach.", "REQUEST"),
    ("An analyst said he expected Seoul to avoid retaliation before the summit.", "REQUEST"),
    ("Diplomats expect Ankara to answer with force if the talks fail.", "REQUEST"),
]


def _events(extract_text, text: str) -> list[tuple[str, str, list[str]]]:
    x = extract_text(HEAD + text)
    names = {e.key: e.name for e in x.entities}
    return [(e.event_type, e.trigger, [names.get(k, k) for k in e.actors]) for e in x.events]


@pytest.mark.parametrize(("sentence", "event_type", "trigger", "actor"), REPORTED)
def test_stance_reported_with_its_actor(extract_text, sentence, event_type, trigger, actor):
    found = _events(extract_text, sentence)
    assert any(t == event_type and tr == trigger and actor in actors for t, tr, actors in found), found


@pytest.mark.parametrize(("sentence", "event_type"), NOT_REPORTED)
def test_no_stance(extract_text, sentence, event_type):
    assert event_type not in {t for t, _, _ in _events(extract_text, sentence)}
