"""Validate stage: check a knowledge base against the SHACL shapes; one typed report, many renderings."""
from __future__ import annotations

import contextlib
import json
import logging
import re
import warnings
import zlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import RDF, BNode, Graph, Literal
from rdflib.collection import Collection
from rdflib.namespace import SH

from .errors import InputError
from .kbfiles import literals_as_written, parse_into
from .rdf.vocab import bind_prefixes

logger = logging.getLogger(__name__)
SHAPES_SUFFIXES = {".ttl", ".nt", ".jsonld"}


class ShapesRefused(InputError):
    """The shapes are not valid SHACL, or use a feature no engine here validates: refused, never half-checked."""

    def __init__(self, engine: str, reason: object):
        first = (str(reason).strip().splitlines() or [type(reason).__name__])[0]
        super().__init__(f"{engine} cannot validate these shapes: {first[:300]}", "fix the shapes or try another --engine")


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


# --fail-on levels: a result fails the gate when its severity is at this level or above.
# A custom severity (not sh:Info, sh:Warning or sh:Violation) counts as a violation.
SEVERITY_LEVELS = {"info": 0, "warning": 1, "violation": 2}


def severity_level(severity: str) -> int:
    return SEVERITY_LEVELS.get(severity.lower(), SEVERITY_LEVELS["violation"])


@dataclass
class Report:
    """``conforms`` is SHACL's: no result of any severity. ``fails`` is the gate's decision."""

    conforms: bool
    violations: list[Violation]
    triples: int
    graph: Graph

    def fails(self, fail_on: str = "violation") -> bool:
        """True when a result is at least as severe as ``fail_on`` (info, warning or violation)."""
        if fail_on not in SEVERITY_LEVELS:
            raise InputError(f"unknown severity {fail_on!r} for --fail-on", "use violation, warning or info")
        return any(severity_level(v.severity) >= SEVERITY_LEVELS[fail_on] for v in self.violations)

    def to_json(self) -> str:
        body = {"conforms": self.conforms, "triples": self.triples, "violations": [asdict(v) for v in self.violations]}
        return json.dumps(body, indent=2, ensure_ascii=False) + "\n"

    def to_text(self) -> str:
        if self.conforms:
            return f"Conforms: {self.triples} triples, 0 violations.\n"
        lines = [f"Does not conform: {len(self.violations)} result(s) in {self.triples} triples."]
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


def _for_pyshacl(shapes: Graph) -> Graph:
    """The shapes with two pySHACL gaps closed, on a copy when needed: an ``sh:uniqueLang`` other
    than ``true`` turns nothing on (pySHACL reads "1" as true), and an ``sh:prefixes`` node gets
    the ``sh:declare`` of the ontologies it ``owl:imports`` (pySHACL does not follow them)."""
    from .shacl_sparql import imported, inactive_unique_lang

    inactive = inactive_unique_lang(shapes)
    declared = [(node, SH.declare, decl) for node in set(shapes.objects(None, SH.prefixes))
                for ontology in imported(shapes, node)[1:] for decl in shapes.objects(ontology, SH.declare)]
    if not inactive and not declared:
        return shapes
    fixed = Graph(namespace_manager=shapes.namespace_manager)
    for triple in shapes:
        fixed.add(triple)
    for triple in inactive:
        fixed.remove(triple)
    for triple in declared:
        fixed.add(triple)
    return fixed


@contextlib.contextmanager
def _pyshacl_quiet() -> Iterator[None]:
    """pySHACL logs its errors and warnings to stderr itself; the report and the one-line error say it."""
    log = logging.getLogger("pyshacl-validate")
    disabled, log.disabled = log.disabled, True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        log.disabled = disabled


def _run_pyshacl(data: Graph, shapes: Graph) -> Graph:
    """pySHACL with no inference and no network; in place (nothing copied) unless the shapes carry rules."""
    from pyshacl import validate as shacl_validate
    from pyshacl.errors import ConstraintLoadError, ReportableRuntimeError, ShapeLoadError

    shapes = _for_pyshacl(shapes)
    has_rules = (None, SH.rule, None) in shapes
    if type(data) is Graph and not has_rules:
        data = _PreparedQueryGraph(store=data.store, identifier=data.identifier)
    try:
        with literals_as_written(), _pyshacl_quiet():
            _, results, _ = shacl_validate(
                data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True, inplace=not has_rules
            )
    except (ConstraintLoadError, ShapeLoadError, ReportableRuntimeError, NotImplementedError, re.error) as exc:
        raise ShapesRefused("pySHACL", exc) from exc
    if not isinstance(results, Graph):  # pySHACL's ValidationFailure: it could not run these shapes
        raise ShapesRefused("pySHACL", getattr(results, "message", results))
    return results


def _severity(term) -> str:
    """``Violation``, ``Warning`` or ``Info`` for SHACL's own severities; a custom severity's full IRI."""
    return str(term).removeprefix(str(SH)) if term in (SH.Violation, SH.Warning, SH.Info) else str(term)


def _violation(results: Graph, result) -> Violation:
    return Violation(
        focus=_term(results, result, SH.focusNode) or "",
        path=_term(results, result, SH.resultPath),
        value=_term(results, result, SH.value),
        severity=_severity(results.value(result, SH.resultSeverity)),
        message=str(results.value(result, SH.resultMessage) or ""),
        shape=_term(results, result, SH.sourceShape),
    )


def _report(results: Graph, triples: int) -> Report:
    """The typed report; it conforms when there is no result at all, whatever the severities
    (engines differ there: pySHACL ignores warnings), so ``sh:conforms`` is set here for every engine."""
    violations = [_violation(results, r) for r in results.subjects(predicate=SH.resultSeverity)]
    violations.sort(key=lambda v: (v.focus, v.path or "", v.message, v.value or "", v.severity, v.shape or ""))
    conforms = not violations
    for report in results.subjects(RDF.type, SH.ValidationReport):
        results.set((report, SH.conforms, Literal(conforms)))
    bind_prefixes(results)
    return Report(conforms=conforms, violations=violations, triples=triples, graph=results)


ENGINES = ("oxigraph", "pyshacl")


def validate_graph(data: Graph, shapes: Graph | None = None, *, jobs: int = 1, engine: str = "oxigraph") -> Report:
    """Validate and collect a sorted, typed report (see ``_validate_graph``)."""
    with literals_as_written():
        return _validate_graph(data, shapes, jobs=jobs, engine=engine)


def validate_files(paths: list[Path], shapes: Graph | None = None, *, jobs: int = 1, engine: str = "oxigraph") -> Report:
    """Validate knowledge-base files and folders; on Oxigraph they are parsed by Oxigraph, not rdflib."""
    with literals_as_written():
        return _validate_files(paths, shapes, jobs=jobs, engine=engine)


def _validate_graph(data: Graph, shapes: Graph | None = None, *, jobs: int = 1, engine: str = "oxigraph") -> Report:
    """Validate and collect a sorted, typed report.

    ``oxigraph`` runs the shapes compiled to SPARQL (see shacl_sparql.py) and
    hands to pySHACL what it cannot run exactly: shapes it cannot compile, and
    data whose literals its store would rewrite. ``pyshacl`` is the reference.
    With ``jobs`` > 1 pySHACL shares the focus nodes out among worker
    processes, each validating its share against the whole graph; the report
    is the same.
    """
    shapes = shapes if shapes is not None else load_shapes()
    _check_engine(engine)
    _refuse_unshaped_ftm(set(data.objects(None, RDF.type)), shapes)
    checks = _compiled(shapes) if engine == "oxigraph" else None
    if checks is not None:
        from .shacl_sparql import run_checks, store_from_graph

        store = store_from_graph(data)
        if store is not None:
            return _report(run_checks(store, checks, shapes, data.namespace_manager)[1], len(data))
        logger.debug("validating with pySHACL: Oxigraph's store would rewrite a literal of the data")
    if jobs > 1 and len(data) >= PARTITIONED_MIN_TRIPLES and (None, SH.rule, None) not in shapes:
        return _validate_partitioned(data, shapes, jobs)
    return _report(_run_pyshacl(data, shapes), len(data))


def _validate_files(paths: list[Path], shapes: Graph | None = None, *, jobs: int = 1, engine: str = "oxigraph") -> Report:
    from .kbfiles import kb_files, load_graph, load_store, typed_literals
    from .shacl_sparql import run_checks, store_would_rewrite, to_rdflib

    shapes = shapes if shapes is not None else load_shapes()
    _check_engine(engine)
    checks = _compiled(shapes) if engine == "oxigraph" else None
    if checks is not None:
        store = load_store(paths, named_graphs=False)
        _refuse_unshaped_ftm({to_rdflib(row["t"]) for row in store.query("SELECT DISTINCT ?t WHERE { ?s a ?t }")}, shapes)
        if not store_would_rewrite(term for path in kb_files(paths) for term in typed_literals(path)):
            return _report(run_checks(store, checks, shapes, Graph().namespace_manager)[1], len(store))  # load_graph's prefixes, as pySHACL sees them
        logger.debug("validating with pySHACL: Oxigraph's store would rewrite a literal of the data")
    return _validate_graph(load_graph(paths), shapes, jobs=jobs, engine="pyshacl")


def _check_engine(engine: str) -> None:
    if engine not in ENGINES:
        raise InputError(f"unknown validation engine {engine!r}", f"use one of {', '.join(ENGINES)}")


FTM_NAMESPACE = "https://schema.followthemoney.tech/#"


def _refuse_unshaped_ftm(types: set, shapes: Graph) -> None:
    """An FtM export (``export -f ftm``) that no shape speaks of would "conform" unchecked: refused."""
    if any(str(t).startswith(FTM_NAMESPACE) for t in types) and not any(
        str(term).startswith(FTM_NAMESPACE) for triple in shapes for term in triple
    ):
        raise InputError(
            "these files hold FollowTheMoney entities (export -f ftm), which no shape here checks: "
            "validate checks newskb's own graph (articles, entities, statements, sanctions, events)",
            "validate the turtle, jsonld, nt or nq export, or give --shapes for FtM",
        )


def _compiled(shapes: Graph):
    """The shapes as SPARQL checks, or None (with the reason logged) when pySHACL must run them."""
    from .shacl_sparql import Unsupported, compile_shapes

    try:
        return compile_shapes(shapes)
    except Unsupported as exc:
        logger.debug("validating with pySHACL: the SPARQL compiler does not support %s", exc)
        return None


# --- parallel validation ------------------------------------------------------
# Each worker process (forked: the graph is shared, not copied) runs the very
# same pySHACL validation on the whole graph, except that every shape's own
# focus nodes are cut to the worker's share (by a hash of the node). Nested
# shapes are handed their focus nodes explicitly and are not cut. Every focus
# node is validated by exactly one worker, against the whole graph, so the
# union of the workers' results is pySHACL's report, for any shapes without
# rules (rules add triples, so a graph with them is validated in one process).
PARTITIONED_MIN_TRIPLES = 20_000
_shared: tuple[Graph, Graph, int] | None = None  # (data, shapes, share count), inherited by forked workers


def _share(node, shares: int) -> int:
    return zlib.crc32(f"{type(node).__name__}:{node}".encode()) % shares


def _subtree(graph: Graph, node) -> list[tuple]:
    """A result node's triples and those of the blank nodes under it (paths, lists, constraints)."""
    out = []
    for triple in graph.triples((node, None, None)):
        out.append(triple)
        if isinstance(triple[2], BNode):
            out.extend(_subtree(graph, triple[2]))
    return out


def _validate_share(index: int) -> list[list[tuple]]:
    """Worker side: validate the focus nodes of share ``index``; returns the result subtrees."""
    from pyshacl.shape import Shape

    assert _shared is not None
    data, shapes, shares = _shared
    all_focus_nodes = Shape.focus_nodes

    def focus_nodes_of_share(self, data_graph, debug=False):
        return {node for node in all_focus_nodes(self, data_graph, debug) if _share(node, shares) == index}

    Shape.focus_nodes = focus_nodes_of_share  # this process only validates its share, then exits
    results = _run_pyshacl(data, shapes)
    return [_subtree(results, r) for r in results.subjects(predicate=SH.resultSeverity)]


def _share_to_pipe(index: int, sender) -> None:
    """Worker process: send back this share's results, or what went wrong."""
    try:
        sender.send(_validate_share(index))
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
        sender.send(exc)
    finally:
        sender.close()


def _validate_partitioned(data: Graph, shapes: Graph, jobs: int) -> Report:
    import multiprocessing

    global _shared
    _shared = (data, shapes, jobs)
    # one forked process per share, started from this thread: a Pool that replaces finished
    # workers forks from its helper thread, which can deadlock on a lock held at fork time
    context = multiprocessing.get_context("fork")
    receivers, workers = [], []
    try:
        for index in range(jobs):
            receiver, sender = context.Pipe(duplex=False)
            worker = context.Process(target=_share_to_pipe, args=(index, sender), daemon=True)
            worker.start()
            sender.close()
            receivers.append(receiver)
            workers.append(worker)
        shares = [receiver.recv() for receiver in receivers]
    finally:
        _shared = None
        for worker in workers:
            worker.join(timeout=60)
            if worker.is_alive():
                worker.kill()
    failed = next((share for share in shares if isinstance(share, BaseException)), None)
    if failed is not None:
        raise failed
    results = Graph()
    report = BNode()
    results.add((report, RDF.type, SH.ValidationReport))
    for subtrees in shares:
        for triples in subtrees:
            results.add((report, SH.result, triples[0][0]))
            for triple in triples:
                results.add(triple)
    return _report(results, len(data))
