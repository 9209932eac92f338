"""SPARQL over exports: Oxigraph answers as rdflib would; only local read-only queries run."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from newskb.cli import app
from newskb.errors import QueryError
from newskb.kbfiles import load_graph
from newskb.sparql import check_query, query
from newskb.rdf.mapping import to_graph
from newskb.rdf.serialize import serialize
from newskb.rdf.vocab import PREFIXES

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

runner = CliRunner()
HEADER = "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items())
QUERIES = [
    "SELECT ?e ?n WHERE { ?e a schema:Person ; schema:name ?n } ORDER BY ?n",
    "SELECT ?a (COUNT(?e) AS ?n) WHERE { ?a schema:mentions ?e } GROUP BY ?a ORDER BY ?a",
    """SELECT ?e ?exact ?start WHERE { ?e nkb:mention ?s . ?s oa:hasSelector ?p, ?q .
       ?p oa:start ?start . ?q oa:exact ?exact } ORDER BY ?start ?e""",
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory, seed_extraction, extract_text):
    folder = tmp_path_factory.mktemp("kb")
    other = extract_text("Prime Minister Jacinda Ardern met officials in Wellington.")
    (folder / "a.ttl").write_text(serialize(to_graph([seed_extraction]), "turtle"), encoding="utf-8")
    (folder / "b.jsonld").write_text(serialize(to_graph([other]), "jsonld"), encoding="utf-8")
    return folder


def plain(term) -> str:
    return "" if term is None else str(term.value if hasattr(term, "value") else term)


@pytest.mark.parametrize("sparql", QUERIES)
def test_oxigraph_gives_the_same_rows_as_rdflib(kb, sparql):
    ours = [[plain(t) for t in row] for row in query([kb], sparql).rows]
    reference = [[plain(t) for t in row] for row in load_graph([kb]).query(HEADER + sparql)]
    assert ours == [[str(v) if v is not None else "" for v in row] for row in reference]
    assert ours


def test_query_reads_folders_of_turtle_and_jsonld(kb):
    names = {row[1].value for row in query([kb], QUERIES[0]).rows}
    assert "Jacinda Ardern" in names and len(names) > 2


@pytest.mark.parametrize(
    "sparql",
    [
        "INSERT DATA { <a:b> <a:c> <a:d> }",
        "DELETE WHERE { ?s ?p ?o }",
        "DROP ALL",
        "LOAD <http://example.org/data.ttl>",
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * FROM <http://example.org/data.ttl> WHERE { ?s ?p ?o }",
        "select * from named <http://example.org/g> where { graph ?g { ?s ?p ?o } }",
    ],
)
def test_updates_and_remote_data_are_refused(sparql):
    with pytest.raises(QueryError):
        check_query(sparql)


@pytest.mark.parametrize(
    "sparql",
    [
        'SELECT ?add ?from WHERE { ?add schema:name "LOAD SERVICE FROM" } # DROP in a comment',
        "SELECT ?s WHERE { ?s <http://example.org/insert> ?o }",
    ],
)
def test_keywords_inside_names_strings_and_comments_are_allowed(sparql):
    check_query(sparql)


def test_formats_table_csv_json(kb):
    sparql = QUERIES[0]
    table = runner.invoke(app, ["query", str(kb), "--sparql", sparql])
    assert table.exit_code == 0, table.output
    assert "Jacinda Ardern" in table.stdout and table.stdout.rstrip().endswith("rows)")
    rows = list(csv.reader(io.StringIO(runner.invoke(app, ["query", str(kb), "-q", sparql, "-f", "csv"]).stdout)))
    assert rows[0] == ["e", "n"] and ["https://w3id.org/newskb/id/entity/person/Jacinda_Ardern", "Jacinda Ardern"] in rows
    answer = json.loads(runner.invoke(app, ["query", str(kb), "-q", sparql, "-f", "json"]).stdout)
    assert answer["head"]["vars"] == ["e", "n"]
    assert {"type": "literal", "value": "Jacinda Ardern"} in [b["n"] for b in answer["results"]["bindings"]]


def test_ask_and_query_file(kb, tmp_path):
    q = tmp_path / "q.rq"
    q.write_text('ASK { ?e schema:name "Jacinda Ardern" }', encoding="utf-8")
    result = runner.invoke(app, ["query", str(kb), "--file", str(q), "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["boolean"] is True


@pytest.mark.parametrize(
    "args",
    [["-q", "SELECT WHERE {"], ["-q", "DROP ALL"], [], ["-q", "ASK {}", "--file", "x.rq"], ["-q", "ASK {}", "-f", "xml"]],
)
def test_query_errors_exit_2_with_one_line(kb, args):
    result = runner.invoke(app, ["query", str(kb), *args])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
