"""Finding and parsing knowledge-base files (Turtle, JSON-LD, N-Triples, N-Quads) without the network.

JSON-LD may only use inline contexts: a remote ``@context`` is refused, never fetched.
"""
from __future__ import annotations

import contextlib
import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import rdflib

from rdflib import Dataset, Graph

from .errors import InputError

RDF_SUFFIXES = {".ttl": "turtle", ".jsonld": "json-ld", ".json": "json-ld", ".nt": "nt", ".nq": "nquads"}


def kb_files(paths: list[Path]) -> list[Path]:
    """Files as given, folders expanded to the RDF files inside them (sorted)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in RDF_SUFFIXES)
            if not found:
                raise InputError(f"{path}: no knowledge-base files (.ttl, .jsonld, .nt, .nq) in this folder", "export some first")
            out.extend(found)
        elif path.is_file():
            if path.suffix not in RDF_SUFFIXES:
                raise InputError(f"{path}: unknown knowledge-base format", "use .ttl, .jsonld, .nt or .nq")
            out.append(path)
        else:
            raise InputError(f"{path}: no such file or folder", "check the path")
    return out


def _refuse_remote_context(value: object, path: Path) -> None:
    """Refuse every way JSON-LD can name a document to fetch: a string ``@context`` (alone or
    in a list, at any depth, scoped contexts included) and ``@import``."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "@import":
                raise InputError(f"{path}: JSON-LD @import names a remote context", "inline the context; newskb never fetches one")
            if key == "@context" and (isinstance(item, str) or (isinstance(item, list) and any(isinstance(i, str) for i in item))):
                raise InputError(f"{path}: JSON-LD names a remote @context", "inline the context; newskb never fetches one")
            _refuse_remote_context(item, path)
    elif isinstance(value, list):
        for item in value:
            _refuse_remote_context(item, path)


def check_jsonld(text: str, path: Path) -> None:
    """Parse JSON-LD as plain JSON first and refuse it if any context would have to be fetched."""
    try:
        _refuse_remote_context(json.loads(text), path)
    except RecursionError as exc:
        raise InputError(f"{path}: JSON nested too deeply", "fix or re-export the file") from exc
    except ValueError as exc:
        raise InputError(f"{path}: not valid JSON ({exc})", "fix or re-export the file") from exc


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read ({exc})", "check the file") from exc


def base_iri(path: Path) -> str:
    """The file's own location: relative IRIs in it resolve against it, as rdflib does when it opens a file."""
    return path.resolve().as_uri()


@contextlib.contextmanager
def literals_as_written() -> Iterator[None]:
    """rdflib would rewrite literals to canonical forms ("01"^^xsd:integer to "1", "1"^^xsd:boolean
    to "true") and log each ill-typed one; validation must see the terms as written, and an
    ill-typed literal is the validator's finding, not a parse warning."""
    term_log = logging.getLogger("rdflib.term")
    normalize, disabled = rdflib.NORMALIZE_LITERALS, term_log.disabled
    rdflib.NORMALIZE_LITERALS, term_log.disabled = False, True
    try:
        yield
    finally:
        rdflib.NORMALIZE_LITERALS, term_log.disabled = normalize, disabled


def parse_into(graph: Graph | Dataset, path: Path) -> None:
    """Parse one file into a graph (for N-Quads, a dataset keeps the named graphs); relative IRIs
    resolve against the file's location, literals stay as written."""
    fmt = RDF_SUFFIXES[path.suffix]
    text = read_text(path)
    if fmt == "json-ld":
        check_jsonld(text, path)
    try:
        with literals_as_written():
            graph.parse(data=text, format=fmt, publicID=base_iri(path))
    except InputError:
        raise
    except Exception as exc:  # rdflib raises many kinds of parse errors
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{path}: not valid {fmt} ({first_line[:200]})", "fix or re-export the file") from exc


def load_graph(paths: list[Path]) -> Graph:
    """All triples of the given files and folders in one graph (named graphs merged)."""
    dataset = Dataset()
    for path in kb_files(paths):
        parse_into(dataset if path.suffix == ".nq" else dataset.default_graph, path)
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


OX_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".jsonld": "JSON_LD", ".json": "JSON_LD"}


def load_into_store(store, path: Path, *, named_graphs: bool, on_disk: bool = False, merged: bool = True) -> None:
    """Load one file into an Oxigraph store. N-Quads always go into the default graph,
    so it is the merged knowledge base (a triple several articles state counts once); with
    ``named_graphs`` they also keep their per-article graphs, for ``GRAPH`` queries (without
    ``merged``, only those: the caller copies them into the default graph). Relative
    IRIs resolve against the file's location, as in ``parse_into``. An on-disk store takes
    Oxigraph's bulk loader (built for RocksDB, no transaction held in memory); an in-memory
    store its plain loader, which fills it 1.5x faster (bench/README.md, "query")."""
    import pyoxigraph as ox

    fmt = getattr(ox.RdfFormat, OX_FORMATS[path.suffix])
    base = base_iri(path)
    load, extend = (store.bulk_load, store.bulk_extend) if on_disk else (store.load, store.extend)
    to_default_graph = fmt == ox.RdfFormat.N_QUADS and (merged or not named_graphs)
    # on disk, two bulk loads per file gained nothing over one and the quads (bench/README.md, "folder query")
    in_default_graph = to_default_graph and not on_disk and _load_as_triples(store, path, base)
    if in_default_graph and not named_graphs:
        return
    text = read_text(path)
    if fmt == ox.RdfFormat.JSON_LD:
        check_jsonld(text, path)  # a remote context is refused, never fetched
    data = text.encode("utf-8")
    try:
        if fmt == ox.RdfFormat.N_QUADS:
            if named_graphs:
                load(input=data, format=fmt, base_iri=base)
            if to_default_graph and not in_default_graph:
                quads = ox.parse(input=data, format=fmt, base_iri=base, rename_blank_nodes=True)  # one file's, as Store.load
                extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
        else:
            load(input=data, format=fmt, base_iri=base)
    except (SyntaxError, ValueError, OSError) as exc:
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise InputError(f"{path}: not valid RDF ({first_line[:200]})", "fix or re-export the file") from exc


# the graph of an N-Quads line written as newskb and most tools write one: ' <graph> .' at its end
_GRAPH_AT_LINE_END = re.compile(rb" <[^<> ]*> \.$", re.MULTILINE)


def _load_as_triples(store, path: Path, base: str) -> bool:
    """Load an N-Quads file into the default graph by dropping each line's graph IRI and reading
    the rest as N-Triples, inside Oxigraph and from the file's bytes: parsing the quads into Python
    objects costs 1.7x as much (bench/README.md, "folder query"). False, with nothing loaded (the
    load is one transaction), when the text is laid out otherwise (a line in the default
    graph whose object is an IRI, a blank-node graph, tabs, a comment after a statement leave a line
    that is no triple) or is no UTF-8: the caller then parses the quads, and reports the error."""
    import pyoxigraph as ox

    try:
        store.load(input=_GRAPH_AT_LINE_END.sub(b" .", path.read_bytes()), format=ox.RdfFormat.N_TRIPLES, base_iri=base)
    except (SyntaxError, OSError):
        return False
    return True


XSD_TYPED = '"^^<http://www.w3.org/2001/XMLSchema#'


def typed_literals(path: Path):
    """The file's literals with an XSD datatype, as pyoxigraph terms exactly as written (an Oxigraph
    store would rewrite some, see ``shacl_sparql.store_would_rewrite``). N-Triples and N-Quads
    write every typed literal as ``"..."^^<datatype>`` on its own line, so only those lines are parsed."""
    import pyoxigraph as ox

    text = read_text(path)
    fmt = getattr(ox.RdfFormat, OX_FORMATS[path.suffix])
    if fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
        text = "\n".join(line for line in text.splitlines() if XSD_TYPED in line)
    elif fmt == ox.RdfFormat.JSON_LD:
        check_jsonld(text, path)
    try:
        for quad in ox.parse(input=text.encode("utf-8"), format=fmt, base_iri=base_iri(path)):
            if type(quad.object) is ox.Literal:
                yield quad.object
    except (SyntaxError, ValueError, OSError) as exc:
        first_line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise InputError(f"{path}: not valid RDF ({first_line[:200]})", "fix or re-export the file") from exc


# every named graph's triples into the default graph, in one pass inside Oxigraph
MERGE_NAMED_GRAPHS = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def load_store(paths: list[Path], *, named_graphs: bool = True):
    """All the given files and folders in an in-memory Oxigraph store (see ``load_into_store``).

    With ``named_graphs``, the N-Quads files are loaded first, into their graphs only, and
    then merged into the default graph by one update: that is 1.6x faster than parsing each
    file a second time into Python quads for the default graph (bench/README.md, "query")."""
    import pyoxigraph as ox

    store = ox.Store()
    files = kb_files(paths)
    quads = [path for path in files if path.suffix == ".nq"] if named_graphs else []
    for path in quads:
        load_into_store(store, path, named_graphs=True, merged=False)
    if quads:
        store.update(MERGE_NAMED_GRAPHS)  # only the N-Quads files' graphs exist yet
    for path in files:
        if not (quads and path.suffix == ".nq"):
            load_into_store(store, path, named_graphs=named_graphs)
    return store
