"""The W3C SHACL test suite (core and SPARQL sections) through ``newskb validate --shapes``, per engine.

Each suite test names a data graph, a shapes graph and the expected report (or
``sht:Failure``: the engine must refuse the shapes, exit 2). Each runs as the
command runs it (``load_shapes`` then ``validate_files``). A test passes when
``sh:conforms`` and the ``--fail-on info`` verdict are the expected ones and the
results are the expected ones, as the suite defines them: the multiset of
(focus node, path, value, source shape, constraint component, severity),
messages ignored; blank-node paths and shapes compare by what they say, blank
focus nodes and values (the data's) as "a blank node". The suite is read from
``../shared/external/shacl-suite`` and never copied into the repository.

Run as a script (``python tests/test_shacl_suite.py``) it prints the pass
count per engine and section, and each failing test.
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pytest
from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from newskb.errors import InputError
from newskb.kbfiles import parse_into
from newskb.validation import ENGINES, load_shapes, validate_files

pytestmark = pytest.mark.slow  # starts processes or servers, or runs a whole external suite: minutes, not seconds

SUITE = (Path(__file__).resolve().parents[2] / "shared" / "external" / "shacl-suite").resolve()  # ../shared may be a link
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = Namespace("http://www.w3.org/ns/shacl-test#")
COMPARED = (SH.focusNode, SH.resultPath, SH.value, SH.sourceShape, SH.sourceConstraintComponent, SH.resultSeverity)


@dataclass(frozen=True)
class SuiteTest:
    name: str  # section/folder/test, e.g. core/node/datatype-001
    data: Path
    shapes: Path
    manifest: Path
    entry: URIRef

    @property
    def section(self) -> str:
        return self.name.split("/", 1)[0]


def _parse(path: Path) -> Graph:
    """A suite file read as ``newskb validate`` reads it: relative IRIs resolved against its
    location, literals as written (the expected values are compared term for term)."""
    graph = Graph()
    parse_into(graph, path)
    return graph


def _local(iri: URIRef) -> Path:
    return Path(unquote(iri.removeprefix("file://")))


def suite_tests(manifest: Path | None = None) -> list[SuiteTest]:
    """Every ``sht:Validate`` entry reachable from the root manifest through ``mf:include``."""
    manifest = manifest or SUITE / "manifest.ttl"
    graph = _parse(manifest)
    tests = []
    for include in sorted(graph.objects(None, MF.include)):
        tests.extend(suite_tests(_local(include)))
    for entries in graph.objects(None, MF.entries):
        for entry in Collection(graph, entries):
            action = graph.value(entry, MF.action)
            name = str(_local(entry).relative_to(SUITE)).removesuffix(".ttl")
            data, shapes = (_local(graph.value(action, p)) for p in (SHT.dataGraph, SHT.shapesGraph))
            tests.append(SuiteTest(name, data, shapes, manifest, entry))
    return sorted(tests, key=lambda t: t.name)


def _describe(term, graph: Graph, seen: frozenset = frozenset()) -> object:
    """A term as comparable data: a blank node (a path, a shape) by what the graph says of it."""
    if not isinstance(term, BNode):
        return term.n3()
    if term in seen:
        return "_:cycle"
    return tuple(sorted((p.n3(), _describe(o, graph, seen | {term})) for p, o in graph.predicate_objects(term)))


def _results(report: Graph, node, shapes: Graph) -> Counter:
    """Each result as (focus, path, value, shape, component, severity); focus and value blank nodes
    are the data's, whose labels no report keeps, so they compare as "some blank node"."""
    out: Counter = Counter()
    for result in report.objects(node, SH.result):
        row = []
        for predicate in COMPARED:
            value = report.value(result, predicate)
            if predicate in (SH.focusNode, SH.value) and isinstance(value, BNode):
                row.append("_:")
            else:
                row.append(None if value is None else _describe(value, shapes if predicate == SH.sourceShape else report))
        out[tuple(row)] += 1
    return out


def run_suite_test(test: SuiteTest, engine: str) -> str | None:
    """None when validation, exactly as ``newskb validate --shapes`` runs it, gives the expected report."""
    manifest = _parse(test.manifest)
    expected = manifest.value(test.entry, MF.result)
    try:
        shapes = load_shapes(test.shapes)
        report = validate_files([test.data], shapes, engine=engine)
    except InputError as exc:
        return None if expected == SHT.Failure else f"refused: {exc}"
    except Exception as exc:  # the command would exit 2 with "internal error": never a pass
        return f"crashed: {type(exc).__name__}: {str(exc)[:200]}"
    if expected == SHT.Failure:
        return "expected a refusal, got a report"
    node = next(report.graph.subjects(RDF.type, SH.ValidationReport))
    want = manifest.value(expected, SH.conforms) == Literal(True)
    got = report.graph.value(node, SH.conforms) == Literal(True)
    if got != want or report.conforms != want or report.fails("info") == want:
        return f"sh:conforms {got}, expected {want}"
    expected_results = _results(manifest, expected, manifest)
    actual_results = _results(report.graph, node, shapes)
    if expected_results != actual_results:
        missing, extra = expected_results - actual_results, actual_results - expected_results
        return f"results differ: missing {list(missing)[:2]}, extra {list(extra)[:2]}"
    return None


def wrong_conforms(failure: str | None) -> bool:
    """A report that says "conforms" on violating data (or a violation on conforming data)."""
    return failure is not None and failure.startswith("sh:conforms")


TESTS = suite_tests() if SUITE.is_dir() else []


@pytest.mark.skipif(not SUITE.is_dir(), reason=f"the W3C SHACL suite is not at {SUITE} (../shared absent)")
@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("test", TESTS, ids=[t.name for t in TESTS])
def test_suite(test, engine):
    failure = run_suite_test(test, engine)
    if failure and engine in KNOWN_FAILURES and test.name in KNOWN_FAILURES[engine]:
        pytest.xfail(f"known {engine} failure: {KNOWN_FAILURES[engine][test.name]}")
    assert failure is None, failure


# Known failures, as measured; each is listed in the README. None is a wrong sh:conforms of the default engine.
KNOWN_FAILURES: dict[str, dict[str, str]] = {
    "oxigraph": {
        "sparql/pre-binding/shapesGraph-001": "refused: $shapesGraph (optional in SHACL) is supported by no engine here",
    },
    "pyshacl": {
        "sparql/pre-binding/shapesGraph-001": "refused: $shapesGraph (optional in SHACL) is not supported by pySHACL",
    },
}


def _compiles(test: SuiteTest) -> bool:
    from newskb.shacl_sparql import Unsupported, compile_shapes

    try:
        compile_shapes(load_shapes(test.shapes))
    except Unsupported:
        return False
    return True


def main() -> int:
    if not SUITE.is_dir():
        print(f"the W3C SHACL suite is not at {SUITE}", file=sys.stderr)
        return 2
    engines = sys.argv[1:] or list(ENGINES)
    sections = sorted({t.section for t in TESTS})
    totals = Counter(t.section for t in TESTS)
    print("| engine | " + " | ".join(sections) + " | total | wrong sh:conforms |")
    print("|---" * (len(sections) + 3) + "|")
    failures = []
    for engine in engines:
        passed: Counter = Counter()
        wrong = 0
        for test in TESTS:
            failure = run_suite_test(test, engine)
            passed[test.section] += failure is None
            wrong += wrong_conforms(failure)
            if failure:
                failures.append(f"{engine} {test.name}: {failure}")
        cells = [f"{passed[s]}/{totals[s]}" for s in sections]
        print(f"| {engine} | " + " | ".join(cells) + f" | {sum(passed.values())}/{len(TESTS)} | {wrong} |")
    compiled = Counter(t.section for t in TESTS if _compiles(t))
    print("\noxigraph ran compiled SPARQL on " + ", ".join(f"{compiled[s]}/{totals[s]} {s}" for s in sections) + " tests; pySHACL the others")
    print("\n".join(failures), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
