"""Validate stage: check a knowledge base against the SHACL shapes; one typed report, many renderings."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

from rdflib import RDF, BNode, Graph
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


def validate_graph(data: Graph, shapes: Graph | None = None) -> Report:
    """Run pySHACL (no inference, no network) and collect a sorted, typed report."""
    from pyshacl import validate as shacl_validate

    conforms, results, _ = shacl_validate(
        data, shacl_graph=shapes if shapes is not None else load_shapes(), inference="none", advanced=True, allow_warnings=True
    )
    violations = []
    for result in results.subjects(predicate=SH.resultSeverity):
        severity = results.value(result, SH.resultSeverity)
        violations.append(
            Violation(
                focus=_term(results, result, SH.focusNode) or "",
                path=_term(results, result, SH.resultPath),
                value=_term(results, result, SH.value),
                severity=str(severity).rsplit("#", 1)[-1],
                message=str(results.value(result, SH.resultMessage) or ""),
                shape=_term(results, result, SH.sourceShape),
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message, v.value or ""))
    bind_prefixes(results)
    return Report(conforms=bool(conforms), violations=violations, triples=len(data), graph=results)
