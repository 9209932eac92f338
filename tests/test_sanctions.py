"""Sanction table: sentence → (imposers, targets, status, sector)."""
from __future__ import annotations

import pytest

from newskb.pipeline import extract

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

TABLE = [
    ("The United States imposed sanctions on Rosneft and Lukoil.", {"United States"}, {"Rosneft", "Lukoil"}, "Imposed"),
    ("Britain slapped sanctions on two Iranian oil companies – NIOC and NITC.", {"United Kingdom"}, {"NIOC", "NITC"}, "Imposed"),
    ("The European Union is considering sanctions against Belarus.", {"European Union"}, {"Belarus"}, "Proposed"),
    ("Washington threatened sanctions against Turkey.", {"United States"}, {"Turkey"}, "Threatened"),
    ("The European Union lifted sanctions on Syria.", {"European Union"}, {"Syria"}, "Lifted"),
    ("The Treasury sanctioned Hezbollah.", {"Treasury"}, {"Hezbollah"}, "Imposed"),
    # designations, lists and asset freezes
    ("The State Department designated the Zeta Brigade as a foreign terrorist organization.",
     {"United States Department of State"}, {"Zeta Brigade"}, "Imposed"),
    ("The Commerce Department added Huawei and ZTE to the Entity List.",
     {"United States Department of Commerce"}, {"Huawei", "ZTE"}, "Imposed"),
    ("The European Union placed Vladimir Putin under sanctions.", {"European Union"}, {"Vladimir Putin"}, "Imposed"),
    ("Canada froze the assets of Oleg Deripaska.", {"Canada"}, {"Oleg Deripaska"}, "Imposed"),
    ("Australia imposed a travel ban on Min Aung Hlaing.", {"Australia"}, {"Min Aung Hlaing"}, "Imposed"),
    ("The European Union delisted Roman Abramovich.", {"European Union"}, {"Roman Abramovich"}, "Lifted"),
    ("Washington eased sanctions on Gazprom.", {"United States"}, {"Gazprom"}, "Lifted"),
    ("Washington threatened to sanction Turkey over the purchase.", {"United States"}, {"Turkey"}, "Threatened"),
    # an unnamed group stands for the members the text names for it
    ("The United Kingdom sanctioned four individuals, among them businessman Viktor Petrov.",
     {"United Kingdom"}, {"Viktor Petrov"}, "Imposed"),
    ("Britain blacklisted a network of five companies on Tuesday. The firms include Apex Shipping and Delta Maritime.",
     {"United Kingdom"}, {"Apex Shipping", "Delta Maritime"}, "Imposed"),
    ("The United States imposed sanctions on a network of companies accused of smuggling Iranian oil. "
     "The companies include Sea Lion Shipping and Blue Harbor Trading.",
     {"United States"}, {"Sea Lion Shipping", "Blue Harbor Trading"}, "Imposed"),
    # a long list in a relative clause, whatever word the parser hangs its items on
    ("EU ministers approved a sanctions package, which targets officers of the Northern Revolutionary Front (NRF) "
     "Air Wing, the Andes Freight Lines (AFL) and two drone makers that supply the army.",
     {"European Union"}, {"Northern Revolutionary Front", "Andes Freight Lines"}, "Imposed"),
]
NEGATIVE = [
    "Western sanctions have not worked so far.",
    "Economists debated whether sanctions ever work.",
    "The European Union did not impose sanctions on Hungary.",
    # "designate", "place … on a list" outside a sanctions context
    "The company was designated as the main contractor for the project.",
    "Poland designated Warsaw as its capital in 1596.",
    "The committee placed the item on the list of priorities.",
    # places the parser joins to an unnamed group are no targets
    "The Treasury imposed sanctions on six companies registered in Panama, Greece and Cyprus.",
]


def _names(x, keys):
    names = {e.key: e.name for e in x.entities}
    return {names[k] for k in keys}


@pytest.mark.parametrize(("sentence", "imposers", "targets", "status"), TABLE)
def test_sanction(sentence, imposers, targets, status):
    x = extract(sentence)
    assert x.sanctions, sentence
    sanction = x.sanctions[0]
    assert imposers & _names(x, sanction.imposed_by) or any(i in n for i in imposers for n in _names(x, sanction.imposed_by))
    assert targets <= _names(x, sanction.targets)
    assert sanction.status == status
    assert sanction.event is not None and sanction.event in x.events


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_sanction(sentence):
    assert not [s for s in extract(sentence).sanctions if s.status == "Imposed"]


def test_sector_and_program():
    x = extract("The United States imposed sanctions on two Russian oil companies, Rosneft and Lukoil, under Executive Order 14024.")
    (sanction,) = x.sanctions
    assert sanction.sector == "oil"
    assert sanction.program == "Executive Order 14024"
    assert "Russia" not in _names(x, sanction.targets)


def test_one_event_for_sanction_and_its_mention():
    x = extract("The United States imposed sanctions on Rosneft. The sanctions on Rosneft were the first.")
    assert len([e for e in x.events if e.event_type == "SANCTION"]) == 1


def test_misses_no_name_for_its_description():
    """A target name the entity finder missed is no licence to sanction the country of its description."""
    x = extract("The Treasury lifted sanctions on Aurora Marine Holdings, a Cypriot shipping firm.")
    assert "Cyprus" not in {n for s in x.sanctions for n in _names(x, s.targets)}
