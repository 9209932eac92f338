"""Validate stage: check a knowledge base against the SHACL shapes; one typed report, many renderings."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal
from rdflib.collection import Collection
from rdflib.namespace import SH

from .errors import InputError
from .kbfiles import parse_into
from .rdf.vocab import bind_prefixes

SHAPES_SUFFIXES = {".ttl", ".nt", ".jsonld"}


def default_shapes_dir() -> Path:
    """``shapes/`` shipped in the wheel, or the repository's own folder in a source checkout."""
    shipped = resources.files("newskb").joinpath("shapes")
    if shipped.is_dir():
        return Path(str(shipped))
    return Path(__file__).resolve().parents[2] / "shapes"


def load_shapes(shapes: Path | None = None) -> Graph:
    shapes = shapes or default_shapes_dir()
    files = sorted(p for p in shapes.glob("*") if p.suffix in SHAPES_SUFFIXES) if shapes.is_dir() else [shapes]
    if not files or not all(f.is_file() for f in files):
        raise InputError(f"{shapes}: no SHACL shapes found", "point --shapes at a folder of .ttl shapes")
    graph = Graph()
    for path in files:
        parse_into(graph, path)
    return graph


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    value: str | None
    severity: str
    message: str
    shape: str | None


@dataclass
class Report:
    conforms: bool
    violations: list[Violation]
    triples: int
    graph: Graph

    def to_json(self) -> str:
        body = {"conforms": self.conforms, "triples": self.triples, "violations": [asdict(v) for v in self.violations]}
        return json.dumps(body, indent=2, ensure_ascii=False) + "\n"

    def to_text(self) -> str:
        if self.conforms:
            return f"Conforms: {self.triples} triples, 0 violations.\n"
        lines = [f"Does not conform: {len(self.violations)} violation(s) in {self.triples} triples."]
        for v in self.violations:
            where = f" {v.path}" if v.path else ""
            value = f" (value {v.value})" if v.value else ""
            lines.append(f"- {v.severity}: {v.focus}{where}: {v.message}{value}")
        return "\n".join(lines) + "\n"

    def to_turtle(self) -> str:
        return self.graph.serialize(format="turtle")


def _term(graph: Graph, node, predicate) -> str | None:
    """A report term as text; a property path (a blank node list) reads ``a/b``."""
    value = graph.value(node, predicate)
    if value is None:
        return None
    if isinstance(value, BNode):
        items = list(Collection(graph, value)) if graph.value(value, RDF.first) is not None else []
        return "/".join(str(i) for i in items) if items else None
    return str(value)


class _PreparedQueryGraph(Graph):
    """A view of a graph (same store, nothing copied) that parses each SPARQL text once.

    pySHACL runs an ``sh:sparql`` constraint once per focus node with the same
    text; rdflib re-parsed it every time, which took over 90% of validation.
    """

    def query(self, query_object, *args, **kwargs):  # type: ignore[override]
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


@lru_cache(maxsize=256)
def _prepared(text: str):
    from rdflib.plugins.sparql import prepareQuery

    return prepareQuery(text)


def _run_pyshacl(data: Graph, shapes: Graph) -> tuple[bool, Graph]:
    """pySHACL with no inference and no network; in place (nothing copied) unless the shapes carry rules."""
    from pyshacl import validate as shacl_validate

    has_rules = (None, SH.rule, None) in shapes
    if type(data) is Graph and not has_rules:
        data = _PreparedQueryGraph(store=data.store, identifier=data.identifier)
    conforms, results, _ = shacl_validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True, inplace=not has_rules
    )
    return bool(conforms), results


def _violation(results: Graph, result) -> Violation:
    return Violation(
        focus=_term(results, result, SH.focusNode) or "",
        path=_term(results, result, SH.resultPath),
        value=_term(results, result, SH.value),
        severity=str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
        message=str(results.value(result, SH.resultMessage) or ""),
        shape=_term(results, result, SH.sourceShape),
    )


def _report(conforms: bool, results: Graph, triples: int) -> Report:
    violations = [_violation(results, r) for r in results.subjects(predicate=SH.resultSeverity)]
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message, v.value or ""))
    bind_prefixes(results)
    return Report(conforms=conforms, violations=violations, triples=triples, graph=results)


def validate_graph(data: Graph, shapes: Graph | None = None, *, jobs: int = 1) -> Report:
    """Validate with pySHACL and collect a sorted, typed report.

    With ``jobs`` > 1 and the shipped shapes, the graph is cut into node chunks
    validated in worker processes (see ``_partitions``); the report is the same.
    """
    if jobs > 1 and shapes is None and len(data) >= PARTITIONED_MIN_TRIPLES:
        return _validate_partitioned(data, load_shapes(), jobs)
    conforms, results = _run_pyshacl(data, shapes if shapes is not None else load_shapes())
    return _report(conforms, results, len(data))


# --- parallel validation ------------------------------------------------------
# The shipped shapes look at most two hops out from a focus node (a value's
# rdf:type, oa:hasSelector/oa:start, the span SPARQL check). So a chunk of focus
# candidates validates exactly as in the whole graph when its graph holds: the
# chunk's outgoing triples, the outgoing triples of their values, the incoming
# triples by which a shape targets them (sh:targetObjectsOf), and every
# rdfs:subClassOf triple. Each candidate belongs to one chunk and only results
# about a chunk's own candidates are kept, so nothing is lost or doubled.
PARTITIONED_MIN_TRIPLES = 20_000
_CHUNK_TRIPLES = 20_000
_shared: tuple[Graph, Graph, list[list], list] | None = None  # inherited by forked workers


def _candidates(data: Graph, shapes: Graph) -> list:
    nodes = set(data.subjects()) | set(data.objects()) | set(shapes.objects(None, SH.targetNode))
    return sorted(nodes, key=lambda n: (type(n).__name__, str(n)))


def _partitions(data: Graph, shapes: Graph, jobs: int) -> list[list]:
    """Consecutive candidates grouped into chunks of about the same number of outgoing triples."""
    size = min(_CHUNK_TRIPLES, max(2_000, len(data) // (jobs * 4) + 1))
    chunks: list[list] = [[]]
    weight = 0
    for node in _candidates(data, shapes):
        chunks[-1].append(node)
        weight += 1 if isinstance(node, Literal) else 1 + sum(1 for _ in data.predicate_objects(node))
        if weight >= size:
            chunks.append([])
            weight = 0
    return [c for c in chunks if c]


def _chunk_graph(data: Graph, chunk: list, target_predicates: list) -> Graph:
    part = Graph()
    for triple in data.triples((None, RDFS.subClassOf, None)):
        part.add(triple)
    values = set()
    for node in chunk:
        if isinstance(node, Literal):
            continue
        for triple in data.triples((node, None, None)):
            part.add(triple)
            values.add(triple[2])
    for value in values:
        if not isinstance(value, Literal):
            for triple in data.triples((value, None, None)):
                part.add(triple)
    for node in chunk:
        for predicate in target_predicates:
            for triple in data.triples((None, predicate, node)):
                part.add(triple)
    return part


def _subtree(graph: Graph, node) -> list[tuple]:
    """A result node's triples and those of the blank nodes under it (paths, lists)."""
    out = []
    for triple in graph.triples((node, None, None)):
        out.append(triple)
        if isinstance(triple[2], BNode) and triple[1] != SH.sourceShape:
            out.extend(_subtree(graph, triple[2]))
    return out


def _validate_chunk(index: int) -> list[tuple[Violation, list[tuple]]]:
    assert _shared is not None
    data, shapes, chunks, target_predicates = _shared
    chunk = set(chunks[index])
    _, results = _run_pyshacl(_chunk_graph(data, chunks[index], target_predicates), shapes)
    return [
        (_violation(results, r), _subtree(results, r))
        for r in results.subjects(predicate=SH.resultSeverity)
        if results.value(r, SH.focusNode) in chunk
    ]


def _validate_partitioned(data: Graph, shapes: Graph, jobs: int) -> Report:
    import multiprocessing

    global _shared
    chunks = _partitions(data, shapes, jobs)
    _shared = (data, shapes, chunks, sorted(set(shapes.objects(None, SH.targetObjectsOf))))
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            found = [item for part in pool.imap_unordered(_validate_chunk, range(len(chunks))) for item in part]
    finally:
        _shared = None
    results = Graph()
    report = BNode()
    conforms = not any(v.severity == "Violation" for v, _ in found)
    results.add((report, RDF.type, SH.ValidationReport))
    results.add((report, SH.conforms, Literal(conforms)))
    for _, triples in found:
        results.add((report, SH.result, triples[0][0]))
        for triple in triples:
            results.add(triple)
    return _report(conforms, results, len(data))
