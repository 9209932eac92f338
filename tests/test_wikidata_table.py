"""Checks on the shipped Wikidata table (src/newskb/lexicons/wikidata_entities.tsv) and its use by the link stage.

A wrong Wikidata link is worse than none, so the table may never give one name two items,
nor repeat an item or a linked name of the gazetteer or the office-holder table.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

from newskb.lexicons import read_table
from newskb.linking import KINDS, Node, known_items, normal, wikidata_for
from newskb.nlp.gazetteer import load_gazetteer
from newskb.nlp.offices import load_office_holders
from newskb.rdf.mapping import SUBTYPE_CLASSES

TABLE = "wikidata_entities.tsv"
PATH = Path(__file__).resolve().parents[1] / "src" / "newskb" / "lexicons" / TABLE
HEADER = ["name", "type", "subtype", "wikidata", "aliases", "country"]
QID = re.compile(r"^Q[1-9][0-9]*$")
AS_OF = re.compile(r"^#.*\bas of:?\s*(\d{4}-\d{2}-\d{2})", re.IGNORECASE)


def _forms(row: dict[str, str]) -> list[str]:
    return [row["name"], *(a for a in row["aliases"].split("|") if a)]


def _keys(row: dict[str, str]) -> set[tuple[str, str]]:
    return {(row["type"], normal(form, row["type"])) for form in _forms(row)}


def _shared_qids(rows: list[dict[str, str]]) -> list[str]:
    seen: dict[str, str] = {}
    return [f"{r['wikidata']}: {seen[r['wikidata']]} and {r['name']}" for r in rows
            if seen.setdefault(r["wikidata"], r["name"]) != r["name"]]


def _shared_names(rows: list[dict[str, str]]) -> list[str]:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        for key in _keys(row):
            owners[key].add(row["name"])
    return sorted(f"{key}: {sorted(names)}" for key, names in owners.items() if len(names) > 1)


def _linked_elsewhere() -> tuple[dict[tuple[str, str], str], set[str]]:
    """The (type, normalised name) keys the gazetteer and office-holder tables already link, and their QIDs.
    A gazetteer row without a QID is a name it knows but does not link: this table may give its item."""
    keys: dict[tuple[str, str], str] = {}
    qids: set[str] = set()
    for entry in load_gazetteer().entries.values():
        if entry.wikidata:
            qids.add(entry.wikidata)
            for form in (entry.name, *entry.aliases):
                keys[(entry.type, normal(form, entry.type))] = f"gazetteer {entry.name}"
    for term in load_office_holders():
        if term.wikidata:
            qids.add(term.wikidata)
            for form in (term.person, *(a for a in term.aliases if len(a.split()) > 1)):
                keys[("Person", normal(form, "Person"))] = f"office holder {term.person}"
    return keys, qids


def _collisions(rows: list[dict[str, str]]) -> list[str]:
    keys, qids = _linked_elsewhere()
    out = [f"{r['name']}: {r['wikidata']} is already in another table" for r in rows if r["wikidata"] in qids]
    out += [f"{r['name']}: {key} is linked by {keys[key]}" for r in rows for key in sorted(_keys(r)) if key in keys]
    return out


def test_header_names_sources_and_an_as_of_date():
    comments = [line for line in PATH.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("wikidata" in line.lower() for line in comments)
    dates = [m.group(1) for m in map(AS_OF.match, comments) if m]
    assert len(dates) == 1, "one 'as of' date in the header"
    assert dt.date.fromisoformat(dates[0]) <= dt.date.today()
    first = next(line for line in PATH.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    assert first.split("\t") == HEADER


def test_rows_are_well_formed():
    rows = read_table(TABLE)
    assert len(rows) >= 50
    countries = {e.name for e in load_gazetteer().entries.values() if e.subtype == "Country"}
    for row in rows:
        assert QID.match(row["wikidata"]), row
        assert row["type"] in KINDS, row
        assert row["subtype"] == "" or row["subtype"] in SUBTYPE_CLASSES, row
        assert row["country"] == "" or row["country"] in countries, row
        aliases = row["aliases"].split("|") if row["aliases"] else []
        assert all(a == a.strip() and a for a in aliases), row
        assert all(normal(f, row["type"]) for f in _forms(row)), row


def test_no_qid_and_no_name_on_two_rows():
    rows = read_table(TABLE)
    assert _shared_qids(rows) == []
    assert _shared_names(rows) == []


def test_nothing_repeats_what_the_other_tables_link():
    assert _collisions(read_table(TABLE)) == []


def test_the_checks_catch_a_repeated_item_name_or_gazetteer_link():
    row = {"name": "Hezbollah", "type": "Organization", "subtype": "", "wikidata": "Q41053", "aliases": "Hizbollah", "country": ""}
    twin = dict(row, name="Party of God", aliases="Hizbollah", wikidata="Q1")
    assert _shared_qids([row, dict(twin, wikidata="Q41053")])
    assert _shared_names([row, twin])
    assert _shared_names([row, dict(twin, type="Place")]) == []
    assert _collisions([dict(row, name="Paris", type="Place", aliases="")])
    assert _collisions([dict(row, name="Vladimir Putin", type="Person", aliases="")])
    assert _collisions([dict(row, wikidata="Q90")])


def _node(name: str, kind: str = "Organization", *forms: str) -> Node:
    return Node(f"urn:test:{name}", kind, name, (name, *forms), None, frozenset())


def test_link_stage_takes_qids_from_the_table():
    assert known_items()[("Organization", "hezbollah")] == frozenset({"Q41053"})
    assert wikidata_for([_node("Hezbollah")]) == "Q41053"
    assert wikidata_for([_node("the Associated Press")]) == "Q40469"
    assert wikidata_for([_node("Hezbollah", "Place")]) is None  # the type must agree
    assert wikidata_for([_node("Zorblax Consolidated Widgets")]) is None
    assert wikidata_for([_node("Amazon")]) is None  # the river and forest too: only "Amazon.com" names the company
