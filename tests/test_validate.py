"""SHACL shapes catch each broken "must" of the contract; validate exits 0, 1 or 2."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner

from newskb.cli import app
from newskb.rdf.mapping import to_graph
from newskb.rdf.serialize import serialize
from newskb.rdf.vocab import NKB, OA, PLOVER, SCHEMA
from newskb.validate import load_shapes, validate_graph

runner = CliRunner()
SMALL = (
    'date 2024-05-02\nThe foreign minister, Ana Silva, met Chinese officials in Lisbon on Monday. '
    '"We had good talks," Silva said. Portugal imposed sanctions on Acme Shipping.'
)


@pytest.fixture(scope="module")
def good(extract_text) -> Graph:
    return to_graph([extract_text(SMALL)])


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def copy(graph: Graph) -> Graph:
    out = Graph()
    for triple in graph:
        out.add(triple)
    return out


def test_the_export_conforms(good, shapes):
    report = validate_graph(good, shapes)
    assert report.conforms, report.to_text()


def test_entity_without_a_name_is_caught(good, shapes):
    broken = copy(good)
    entity = next(iter(good.objects(None, SCHEMA.mentions)))
    broken.remove((entity, SCHEMA.name, None))
    report = validate_graph(broken, shapes)
    assert not report.conforms
    assert any(v.focus == str(entity) and "name" in v.message for v in report.violations)


def _statement(graph: Graph) -> Graph:
    """A minimal valid statement added to a graph, to break one property at a time."""
    article = next(iter(graph.subjects(predicate=NKB.sha256)))
    span = next(iter(graph.subjects(predicate=OA.hasSource)))
    st = URIRef("https://example.org/statement/1")
    graph.add((st, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NKB.Statement))
    graph.add((st, SCHEMA.text, Literal("We had good talks")))
    graph.add((st, NKB.speakerText, Literal("Silva")))
    graph.add((st, NKB.quoteType, NKB.Direct))
    graph.add((st, NKB.evidence, span))
    graph.add((st, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), article))
    return st


@pytest.mark.parametrize("prop", [SCHEMA.text, NKB.quoteType, NKB.evidence, NKB.speakerText])
def test_statement_missing_a_must_is_caught(good, shapes, prop):
    graph = copy(good)
    st = _statement(graph)
    assert validate_graph(graph, shapes).conforms
    graph.remove((st, prop, None))
    report = validate_graph(graph, shapes)
    assert not report.conforms and any(v.focus == str(st) for v in report.violations)


def test_quote_type_outside_the_enumeration_is_caught(good, shapes):
    graph = copy(good)
    st = _statement(graph)
    graph.set((st, NKB.quoteType, NKB.Occurred))
    assert not validate_graph(graph, shapes).conforms


def test_span_whose_exact_length_differs_is_caught(good, shapes):
    graph = copy(good)
    quote = next(iter(graph.subjects(predicate=OA.exact)))
    exact = graph.value(quote, OA.exact)
    graph.set((quote, OA.exact, Literal(str(exact) + "!")))
    report = validate_graph(graph, shapes)
    assert not report.conforms
    assert any("characters long" in v.message for v in report.violations)


def _event(graph: Graph) -> URIRef:
    article = next(iter(graph.subjects(predicate=NKB.sha256)))
    span = next(iter(graph.subjects(predicate=OA.hasSource)))
    ev = URIRef("https://example.org/event/1")
    graph.add((ev, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NKB.Event))
    graph.add((ev, NKB.eventType, PLOVER.CONSULT))
    graph.add((ev, NKB.status, NKB.Occurred))
    graph.add((ev, NKB.evidence, span))
    graph.add((ev, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), article))
    return ev


def test_event_with_zero_or_two_types_or_a_foreign_type_is_caught(good, shapes):
    graph = copy(good)
    ev = _event(graph)
    assert not any(v.focus == str(ev) for v in validate_graph(graph, shapes).violations)
    graph.add((ev, NKB.eventType, PLOVER.ASSAULT))
    assert any(v.focus == str(ev) for v in validate_graph(graph, shapes).violations)
    graph.remove((ev, NKB.eventType, None))
    assert any(v.focus == str(ev) for v in validate_graph(graph, shapes).violations)
    graph.add((ev, NKB.eventType, URIRef("https://example.org/types/MEET")))
    assert any(v.focus == str(ev) for v in validate_graph(graph, shapes).violations)


def test_event_status_outside_its_enumeration_is_caught(good, shapes):
    graph = copy(good)
    ev = _event(graph)
    graph.set((ev, NKB.status, NKB.Imposed))
    assert any(v.focus == str(ev) and "status" in v.message for v in validate_graph(graph, shapes).violations)


# --- the command and its exit codes -------------------------------------------------
def write(tmp_path: Path, graph: Graph, name: str = "kb.ttl") -> Path:
    path = tmp_path / name
    path.write_text(serialize(graph, "turtle"), encoding="utf-8")
    return path


def test_validate_exits_0_when_the_kb_conforms(tmp_path, good):
    result = runner.invoke(app, ["validate", str(write(tmp_path, good))])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Conforms")


def test_validate_exits_1_on_violations_with_a_json_report(tmp_path, good):
    broken = copy(good)
    broken.remove((None, SCHEMA.name, None))
    result = runner.invoke(app, ["validate", str(write(tmp_path, broken)), "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["conforms"] is False and report["violations"]
    assert report == json.loads(validate_graph(broken, load_shapes()).to_json())


def test_validate_turtle_report_is_a_shacl_validation_report(tmp_path, good):
    result = runner.invoke(app, ["validate", str(write(tmp_path, good)), "--format", "turtle"])
    assert result.exit_code == 0
    report = Graph().parse(data=result.stdout, format="turtle")
    assert (None, URIRef("http://www.w3.org/ns/shacl#conforms"), Literal(True)) in report


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "does-not-exist.ttl"],
        ["validate", "{bad}"],
        ["validate", "{good}", "--shapes", "no-such-shapes"],
        ["validate", "{good}", "--format", "xml"],
    ],
)
def test_validate_exits_2_on_input_or_usage_errors(tmp_path, good, args):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <", encoding="utf-8")
    ok = write(tmp_path, good)
    args = [a.replace("{bad}", str(bad)).replace("{good}", str(ok)) for a in args]
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1
