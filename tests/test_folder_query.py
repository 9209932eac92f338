"""A folder query without GRAPH loads the N-Quads files straight into the default graph, without
their named graphs: its answers are the answers over the store with the named graphs."""
from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from newskb.cli import app
from newskb.kbfiles import load_store
from newskb.sparql import query, reads_named_graphs, run_query

runner = CliRunner()

E = "https://w3id.org/newskb/id/"
SCHEMA = "https://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def article(key: str, people: list[str], said: str) -> str:
    """One article's N-Quads as the export writes them: every triple in the article's graph, the
    people's type and name repeated in every article that names them."""
    graph = f"<{E}article/{key}>"
    lines = [
        f"{graph} <{RDF_TYPE}> <{SCHEMA}NewsArticle> {graph} .",
        f'{graph} <{SCHEMA}datePublished> "2025-0{len(key)}-01"^^<http://www.w3.org/2001/XMLSchema#date> {graph} .',
        f"_:q{key} <{SCHEMA}text> \"{said}\"@en {graph} .",  # a blank node, as another tool might write
    ]
    for person in people:
        node = f"<{E}entity/{person.lower()}>"
        lines += [
            f"{node} <{RDF_TYPE}> <{SCHEMA}Person> {graph} .",
            f'{node} <{SCHEMA}name> "{person}" {graph} .',
            f"{graph} <{SCHEMA}mentions> {node} {graph} .",
        ]
    return "\n".join(lines) + "\n"


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.nq").write_text(article("a", ["Ana", "Ben"], "We will see."), encoding="utf-8")
    (tmp_path / "bb.nq").write_text(article("bb", ["Ben", "Cy"], "Not <yet> ."), encoding="utf-8")
    # a default-graph line whose object is an IRI: this file takes the quad-by-quad path
    mixed = article("ccc", ["Cy"], "Later.") + f"<{E}entity/cy> <{SCHEMA}knows> <{E}entity/ana> .\n"
    (tmp_path / "c.nq").write_text(mixed, encoding="utf-8")
    (tmp_path / "d.ttl").write_text(f'<{E}entity/dee> a <{SCHEMA}Person> ; <{SCHEMA}name> "Dee" .\n', encoding="utf-8")
    return tmp_path


QUERIES = [
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
    "SELECT ?n WHERE { ?e a schema:Person ; schema:name ?n }",
    "SELECT DISTINCT ?n WHERE { ?a schema:mentions ?e . ?e schema:name ?n }",
    "SELECT ?n WHERE { ?a schema:mentions ?e . ?e schema:name ?n }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s schema:text ?t }",
    "SELECT (COUNT(DISTINCT ?e) AS ?n) (COUNT(?e) AS ?m) WHERE { ?a schema:mentions ?e }",
    "SELECT ?n (COUNT(?a) AS ?k) WHERE { ?a schema:mentions ?e . ?e schema:name ?n } GROUP BY ?n",
    "ASK { ?e schema:knows ?f }",
    "SELECT ?g ?n WHERE { GRAPH ?g { ?e schema:name ?n } }",
    "SELECT DISTINCT ?n WHERE { GRAPH ?g { ?e schema:name ?n } }",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
]


def rows(result) -> list:
    """The rows in order, each blank node as ``_:`` (a load names them afresh)."""
    return sorted(["_:" if isinstance(term, ox.BlankNode) else str(term) for term in row] for row in result.rows)


@pytest.mark.parametrize("sparql", QUERIES)
def test_answers_equal_those_over_the_store_with_named_graphs(folder, sparql):
    assert rows(query([folder], sparql)) == rows(run_query(load_store([folder], named_graphs=True), sparql))


@pytest.mark.parametrize("sparql", QUERIES)
def test_the_command_line_answers_as_before(folder, sparql):
    done = runner.invoke(app, ["query", str(folder), "-q", sparql, "-f", "csv"])
    reference = runner.invoke(app, ["query", str(folder), "-q", sparql + " # GRAPH: the named graphs are loaded", "-f", "csv"])
    assert done.exit_code == 0 and reference.exit_code == 0
    blank = re.compile(r"\b[0-9a-f]{20,32}\b")  # a blank node, named afresh by each load (a u128 in hex, leading zeros dropped)
    assert sorted(blank.sub("_:", line) for line in done.stdout.splitlines()) == sorted(blank.sub("_:", line) for line in reference.stdout.splitlines())


def test_a_triple_in_several_files_counts_once(folder):
    assert int(query([folder], "SELECT (COUNT(*) AS ?n) WHERE { ?e schema:name \"Ben\" }").rows[0][0].value) == 1


def test_a_blank_node_label_names_one_node_per_file(folder):
    """Blank nodes are scoped to their file, as when the files are loaded into their named graphs."""
    (folder / "e.nq").write_text(f'_:qa <{SCHEMA}text> "Elsewhere." <{E}article/e> .\n', encoding="utf-8")
    sparql = "SELECT (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q schema:text ?t }"
    answer = query([folder], sparql)
    assert rows(answer) == rows(run_query(load_store([folder], named_graphs=True), sparql))
    assert answer.rows[0][0].value == "4"


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }",
        "select * where { graph <http://e/g> { ?s ?p ?o } }",
        "SELECT * WHERE {GRAPH?g{?s ?p ?o}}",
        "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { Graph ?g { ?s ?p ?o } } }",
        "SELECT * WHERE { ?s ?p ?o }\n# a comment\nGRAPH",  # a bad query: it may read them, it fails either way
        "SELECT * WHERE { ?s ex:a-GRAPH ?o }",  # only looks like the keyword: the graphs are loaded, to be safe
    ],
)
def test_a_query_that_may_read_named_graphs_is_seen(sparql):
    assert reads_named_graphs(sparql)


@pytest.mark.parametrize(
    "sparql",
    [
        "SELECT * WHERE { ?s ?p ?o }",
        'SELECT * WHERE { ?s schema:name "GRAPH ?g { }" }',
        "SELECT * WHERE { ?s <http://e/GRAPH> ?o }  # GRAPH in a comment",
        "SELECT ?graph WHERE { ?graph ex:GRAPH $GRAPH }",
        "SELECT * WHERE { ?s ?p ?o . FILTER(?s != <http://e/x#GRAPH>) }",
    ],
)
def test_a_query_without_graph_patterns_is_seen(sparql):
    assert not reads_named_graphs(sparql)
