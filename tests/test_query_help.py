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


# --- the command line: warnings, one-line errors in the user's own positions, names as in the table ---
from typer.testing import CliRunner  # noqa: E402

from newskb.cli import app  # noqa: E402

runner = CliRunner()
KB = str(ROOT / "kb")


def test_a_misspelt_term_warns_on_stderr_and_the_query_still_runs():
    result = runner.invoke(app, ["query", KB, "-q", "SELECT ?n WHERE { ?e schema:nmae ?n }"])
    assert result.exit_code == 0
    assert "Warning: schema:nmae" in result.stderr and "did you mean schema:name?" in result.stderr
    assert "(0 rows)" in result.stdout


def test_a_syntax_error_is_one_line_at_the_position_in_the_users_text():
    query = "SELECT ?e\nWHERE { ?e schema:name ?n .\n  FILTER(?n = ) }"
    result = runner.invoke(app, ["query", KB, "-q", query])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert "at line 3, column" in line and "schema:" in line and "expected one of" not in line


def test_an_unknown_prefix_is_named_with_the_known_ones():
    result = runner.invoke(app, ["query", KB, "-q", "SELECT ?e WHERE { ?e foaf:name ?n }"])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert "unknown prefix foaf:" in line and "schema:" in line


def test_csv_names_terms_as_the_table_does_and_full_iris_on_request():
    query = "SELECT ?type WHERE { ?s a nkb:Statement ; nkb:quoteType ?type } LIMIT 1"
    table = runner.invoke(app, ["query", KB, "-q", query]).stdout
    csv_text = runner.invoke(app, ["query", KB, "-q", query, "-f", "csv"]).stdout
    value = csv_text.splitlines()[1]
    assert value.startswith("nkb:") and value in table
    full = runner.invoke(app, ["query", KB, "-q", query, "-f", "csv", "--full-iris"]).stdout
    assert full.splitlines()[1] == "https://w3id.org/newskb/ns#" + value.removeprefix("nkb:")
