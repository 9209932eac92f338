"""Query help: a term the ontology does not declare is named, with the nearest declared one."""
from __future__ import annotations

from pathlib import Path

import pytest

from newskb.sparql_terms import undeclared_terms

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("query", "written", "suggestion"),
    [
        ("SELECT ?n WHERE { ?e schema:nmae ?n }", "schema:nmae", "schema:name"),
        ("SELECT ?s WHERE { ?s a nkb:Statment }", "nkb:Statment", "nkb:Statement"),
        ("SELECT ?e WHERE { ?e nkb:eventType plover:ASSALT }", "plover:ASSALT", "plover:ASSAULT"),
        ("SELECT ?n WHERE { ?e schema:Name ?n }", "schema:Name", "schema:name"),
        ("PREFIX s: <https://schema.org/> SELECT ?n WHERE { ?e s:nmae ?n }", "s:nmae", "schema:name"),
        ("SELECT ?x WHERE { ?x a <https://w3id.org/newskb/ns#Evnt> }", "<https://w3id.org/newskb/ns#Evnt>", "nkb:Event"),
    ],
)
def test_a_misspelt_term_gets_the_nearest_declared_one(query, written, suggestion):
    (warning,) = undeclared_terms(query)
    assert warning.startswith(written) and warning.endswith(f"did you mean {suggestion}?")


def test_a_term_with_nothing_near_is_named_without_a_guess():
    (warning,) = undeclared_terms("SELECT ?d WHERE { ?e schema:description ?d }")
    assert warning.startswith("schema:description") and "did you mean" not in warning


def test_terms_in_strings_comments_and_other_namespaces_are_not_checked():
    query = """PREFIX ex: <http://example.org/>
    SELECT ?n WHERE { ?e schema:name ?n ; ex:nmae ?x ; owl:sameAs ?w . FILTER(?n != "schema:nmae") } # nkb:Statment"""
    assert undeclared_terms(query) == []


def test_every_shipped_query_uses_declared_terms_only():
    queries = sorted((ROOT / "queries").glob("*.rq"))
    assert queries
    for path in queries:
        assert undeclared_terms(path.read_text(encoding="utf-8")) == [], path.name
