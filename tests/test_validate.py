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
from newskb.validation import load_shapes, validate_graph

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


@pytest.mark.model
def test_the_export_conforms(good, shapes):
    report = validate_graph(good, shapes)
    assert report.conforms, report.to_text()


@pytest.mark.model
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


@pytest.mark.model
@pytest.mark.parametrize("prop", [SCHEMA.text, NKB.quoteType, NKB.evidence, NKB.speakerText])
def test_statement_missing_a_must_is_caught(good, shapes, prop):
    graph = copy(good)
    st = _statement(graph)
    assert validate_graph(graph, shapes).conforms
    graph.remove((st, prop, None))
    report = validate_graph(graph, shapes)
    assert not report.conforms and any(v.focus == str(st) for v in report.violations)


@pytest.mark.model
def test_quote_type_outside_the_enumeration_is_caught(good, shapes):
    graph = copy(good)
    st = _statement(graph)
    graph.set((st, NKB.quoteType, NKB.Occurred))
    assert not validate_graph(graph, shapes).conforms


@pytest.mark.model
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


@pytest.mark.model
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


@pytest.mark.model
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


@pytest.mark.model
def test_validate_exits_0_when_the_kb_conforms(tmp_path, good):
    result = runner.invoke(app, ["validate", str(write(tmp_path, good))])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Conforms")


@pytest.mark.model
def test_validate_exits_1_on_violations_with_a_json_report(tmp_path, good):
    broken = copy(good)
    broken.remove((None, SCHEMA.name, None))
    result = runner.invoke(app, ["validate", str(write(tmp_path, broken)), "--format", "json"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["conforms"] is False and report["violations"]
    assert report == json.loads(validate_graph(broken, load_shapes()).to_json())


@pytest.mark.model
def test_validate_turtle_report_is_a_shacl_validation_report(tmp_path, good):
    result = runner.invoke(app, ["validate", str(write(tmp_path, good)), "--format", "turtle"])
    assert result.exit_code == 0
    report = Graph().parse(data=result.stdout, format="turtle")
    assert (None, URIRef("http://www.w3.org/ns/shacl#conforms"), Literal(True)) in report


@pytest.mark.model
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


# --- user shapes: severities, --fail-on, relative IRIs, terms as written ------------
PREFIXES = (
    "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n@prefix ex: <http://example.org/> .\n"
)
ENGINES = ("oxigraph", "pyshacl")


def _files(tmp_path: Path, shapes: str, data: str) -> tuple[Path, Path]:
    (tmp_path / "shapes.ttl").write_text(PREFIXES + shapes, encoding="utf-8")
    (tmp_path / "data.ttl").write_text(PREFIXES + data, encoding="utf-8")
    return tmp_path / "data.ttl", tmp_path / "shapes.ttl"


def _validate(tmp_path: Path, shapes: str, data: str, *options: str):
    kb, shapes_file = _files(tmp_path, shapes, data)
    return runner.invoke(app, ["validate", str(kb), "--shapes", str(shapes_file), *options])


WARNING_SHAPE = "ex:S a sh:NodeShape ; sh:targetClass ex:Item ; sh:property [ sh:path ex:label ; sh:minCount 1 ; sh:severity sh:{} ] .\n"


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("severity", "fail_on", "exit_code"),
    [
        ("Warning", "violation", 0), ("Warning", "warning", 1), ("Warning", "info", 1),
        ("Info", "warning", 0), ("Info", "info", 1),
        ("Violation", "violation", 1),
    ],
)
def test_fail_on_decides_the_exit_code_and_the_report_never_conforms_with_a_result(tmp_path, engine, severity, fail_on, exit_code):
    result = _validate(tmp_path, WARNING_SHAPE.format(severity), "ex:a a ex:Item .\n", "--engine", engine, "--fail-on", fail_on, "-f", "json")
    assert result.exit_code == exit_code, result.output
    report = json.loads(result.stdout)
    assert report["conforms"] is False and [v["severity"] for v in report["violations"]] == [severity]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_custom_severity_is_kept_and_fails_like_a_violation(tmp_path, engine):
    shapes = WARNING_SHAPE.replace("sh:severity sh:{}", "sh:severity ex:Critical")
    result = _validate(tmp_path, shapes, "ex:a a ex:Item .\n", "--engine", engine, "-f", "json")
    assert result.exit_code == 1, result.output
    assert [v["severity"] for v in json.loads(result.stdout)["violations"]] == ["http://example.org/Critical"]


def test_fail_on_rejects_an_unknown_severity(tmp_path):
    result = _validate(tmp_path, WARNING_SHAPE.format("Warning"), "ex:a a ex:Item .\n", "--fail-on", "error")
    assert result.exit_code == 2 and result.stderr.startswith("Error: unknown severity")


@pytest.mark.parametrize("engine", ENGINES)
def test_relative_iris_resolve_against_each_files_location(tmp_path, engine):
    shapes = "<Shape> a sh:NodeShape ; sh:targetClass <Item> ; sh:property [ sh:path <label> ; sh:minCount 1 ] .\n"
    result = _validate(tmp_path, shapes, "<a> a <Item> .\n<b> a <Item> ; <label> \"b\" .\n", "--engine", engine, "-f", "json")
    assert result.exit_code == 1, result.output
    assert [v["focus"] for v in json.loads(result.stdout)["violations"]] == [(tmp_path / "a").resolve().as_uri()]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("written", "exit_code"), [('"1"^^xsd:integer', 0), ('"01"^^xsd:integer', 1), ('"+1"^^xsd:integer', 1)])
def test_literals_are_compared_as_written_not_as_canonical_values(tmp_path, engine, written, exit_code):
    shapes = "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:rank ; sh:in ( 1 ) ] .\n"
    result = _validate(tmp_path, shapes, f"ex:a ex:rank {written} .\n", "--engine", engine)
    assert result.exit_code == exit_code, result.output


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("written", "exit_code"), [('"5"^^xsd:byte', 0), ('"c"^^xsd:byte', 1), ('"300"^^xsd:byte', 1)])
def test_ill_typed_literals_of_derived_datatypes_are_caught(tmp_path, engine, written, exit_code):
    shapes = "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:size ; sh:datatype xsd:byte ] .\n"
    result = _validate(tmp_path, shapes, f"ex:a ex:size {written} .\n", "--engine", engine)
    assert result.exit_code == exit_code, result.output


@pytest.mark.parametrize("engine", ENGINES)
def test_a_shape_that_is_a_class_targets_its_instances(tmp_path, engine):
    shapes = "ex:Item a rdfs:Class, sh:NodeShape ; sh:property [ sh:path ex:label ; sh:minCount 1 ] .\n"
    data = "ex:a a ex:Item .\nex:Sub rdfs:subClassOf ex:Item .\nex:b a ex:Sub .\nex:c a ex:Sub ; ex:label \"c\" .\n"
    result = _validate(tmp_path, shapes, data, "--engine", engine, "-f", "json")
    assert result.exit_code == 1, result.output
    assert sorted(v["focus"] for v in json.loads(result.stdout)["violations"]) == ["http://example.org/a", "http://example.org/b"]


def test_oxigraph_compiles_implicit_class_targets_and_refuses_custom_components():
    from newskb.shacl_sparql import Unsupported, compile_shapes

    implicit = Graph().parse(data=PREFIXES + "ex:Item a rdfs:Class, sh:NodeShape ; sh:property [ sh:path ex:label ; sh:minCount 1 ] .", format="turtle")
    assert len(compile_shapes(implicit)) == 1
    custom = Graph().parse(data=PREFIXES + (
        "ex:C a sh:ConstraintComponent ; sh:parameter [ sh:path ex:limit ] ; sh:validator ex:V .\n"
        "ex:S a sh:NodeShape ; sh:targetNode ex:a ; ex:limit 3 ."), format="turtle")
    with pytest.raises(Unsupported):
        compile_shapes(custom)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_message_keeps_its_language_tag(tmp_path, engine):
    shapes = WARNING_SHAPE.format("Violation").replace("sh:minCount 1", 'sh:minCount 1 ; sh:message "Sans libellé"@fr')
    result = _validate(tmp_path, shapes, "ex:a a ex:Item .\n", "--engine", engine, "-f", "turtle")
    report = Graph().parse(data=result.stdout, format="turtle")
    assert Literal("Sans libellé", lang="fr") in set(report.objects(None, URIRef("http://www.w3.org/ns/shacl#resultMessage")))


@pytest.mark.parametrize("engine", ENGINES)
def test_an_ftm_export_is_refused_rather_than_passed_unchecked(tmp_path, engine):
    ftm = tmp_path / "sanctions.ttl"
    ftm.write_text(
        '@prefix ftm: <https://schema.followthemoney.tech/#> .\n'
        '<https://example.org/s1> a ftm:Sanction ; ftm:Sanction:program "asset freeze" .\n', encoding="utf-8")
    result = runner.invoke(app, ["validate", str(ftm), "--engine", engine])
    assert result.exit_code == 2 and "FollowTheMoney" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("lexical", "datatype", "rewritten"),
    [("1", "integer", False), ("01", "integer", True), ("5", "byte", True), ("1.5", "decimal", False),
     ("1.50", "decimal", True), ("2024-05-02", "date", False), ("true", "boolean", False), ("1", "boolean", True),
     ("x", "string", False)],
)
def test_literals_an_oxigraph_store_would_rewrite_are_told(lexical, datatype, rewritten):
    import pyoxigraph as ox

    from newskb.shacl_sparql import store_would_rewrite

    term = ox.Literal(lexical, datatype=ox.NamedNode(f"http://www.w3.org/2001/XMLSchema#{datatype}"))
    assert store_would_rewrite([term]) is rewritten


@pytest.mark.parametrize("suffix", [".nt", ".nq"])
@pytest.mark.parametrize(("written", "exit_code"), [("1", 0), ("01", 1)])
def test_line_formats_are_checked_for_literals_as_written_too(tmp_path, suffix, written, exit_code):
    _, shapes = _files(tmp_path, "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:rank ; sh:in ( 1 ) ] .\n", "")
    graph = " <https://example.org/g>" if suffix == ".nq" else ""
    kb = tmp_path / f"data{suffix}"
    kb.write_text(f'<http://example.org/a> <http://example.org/rank> "{written}"^^<http://www.w3.org/2001/XMLSchema#integer>{graph} .\n', encoding="utf-8")
    result = runner.invoke(app, ["validate", str(kb), "--shapes", str(shapes)])
    assert result.exit_code == exit_code, result.output


@pytest.mark.parametrize("engine", ENGINES)
def test_logical_constraints_on_nested_shapes(tmp_path, engine):
    shapes = (
        "ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:code ;\n"
        "  sh:xone ( [ sh:datatype xsd:string ] [ sh:minLength 3 ] ) ; sh:not [ sh:in ( \"zz\" ) ] ] .\n"
    )
    data = 'ex:a ex:code "ab", "abc", 5, "zz", 1234 .\n'
    result = _validate(tmp_path, shapes, data, "--engine", engine, "-f", "json")
    values = sorted(v["value"] for v in json.loads(result.stdout)["violations"])
    # "abc" fits both members, 5 fits neither; "zz" is a string but is excluded; "ab" and 1234 fit exactly one
    assert values == ["5", "abc", "zz"], result.output


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("pair", "expected"),
    [("sh:equals ex:end", ["2", "3"]), ("sh:disjoint ex:end", ["1"]), ("sh:lessThan ex:end", ["1", "3", "3"]),
     ("sh:lessThanOrEquals ex:end", ["3", "3"])],
)
def test_property_pair_constraints(tmp_path, engine, pair, expected):
    shapes = f"ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:start ; {pair} ] .\n"
    data = "ex:a ex:start 1, 3 ; ex:end 1, 2 .\n"  # pairs (start, end): (1,1) (1,2) (3,1) (3,2); one result per failing pair
    result = _validate(tmp_path, shapes, data, "--engine", engine, "-f", "json")
    assert sorted(v["value"] for v in json.loads(result.stdout)["violations"]) == expected, result.output


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sparql_constraint_sees_this_bound_inside_nested_groups(tmp_path, engine):
    """SHACL pre-binds $this everywhere in the query; a join with the focus nodes would leave it
    unbound inside a nested group, and the constraint would find nothing."""
    shapes = (
        "ex:S a sh:NodeShape ; sh:targetSubjectsOf ex:status ; sh:sparql [ sh:message \"not exempt\" ; sh:select \"\"\"\n"
        "  SELECT $this WHERE { $this <http://example.org/status> ?s . { FILTER ($this != <http://example.org/exempt>) } }\n"
        "\"\"\" ] .\n"
    )
    result = _validate(tmp_path, shapes, 'ex:a ex:status "x" .\nex:exempt ex:status "y" .\n', "--engine", engine, "-f", "json")
    assert [v["focus"] for v in json.loads(result.stdout)["violations"]] == ["http://example.org/a"], result.output


def test_sparql_constraints_are_compiled_only_where_a_join_is_pre_binding():
    from newskb.shacl_sparql import Unsupported, compile_shapes

    def shapes(where: str) -> Graph:
        select = f"SELECT $this ?value WHERE {{ {where} }}"
        return Graph().parse(data=PREFIXES + f'ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:sparql [ sh:select """{select}""" ] .', format="turtle")

    assert compile_shapes(shapes("$this ex:p ?value . FILTER NOT EXISTS { { $this ex:q ?value } UNION { $this ex:r ?value } }"))
    for where in ("{ $this ex:p ?value } UNION { $this ex:q ?value }", "$this ex:p ?value OPTIONAL { $this ex:q ?x }",
                  "$this ex:p ?value MINUS { $this ex:q ?value }", "VALUES ?value { 1 } $this ex:p ?value"):
        with pytest.raises(Unsupported):
            compile_shapes(shapes(where))


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("constraint", ['sh:minCount "many"', 'sh:pattern "(["', 'sh:maxLength "long"', 'sh:lessThan "later"'])
def test_malformed_shapes_are_refused_in_one_line(tmp_path, engine, constraint):
    shapes = f"ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; {constraint} ] .\n"
    result = _validate(tmp_path, shapes, "ex:a ex:p 1 .\n", "--engine", engine)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1, result.stderr
