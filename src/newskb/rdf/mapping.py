"""The one place where records become triples, as ../shared/contract.md says.

Each record kind's table ``field -> (predicate, how a value becomes an object)``
comes from the declaration (``rdf/schema/``); IRIs come from ``Minter``
(deterministic, entity IRIs independent of the article). PLOVER concepts used
by events are copied in from the shipped ontology so that the export alone
answers ``nkb:eventType/skos:notation``.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from ..ids import DEFAULT_BASE, digest
from ..models import Article, Entity, Extraction, Record, Span
from .declaration import Kind, declaration, records_of
from .vocab import NKB, OA, PLOVER, SCHEMA, WD, bind_prefixes

_declared = declaration()
ENTITY_CLASSES = {c.split(":", 1)[1]: _declared.iri(c) for c in _declared.entity["classes"]}
SUBTYPE_CLASSES = {c.split(":", 1)[1]: _declared.iri(c) for c in _declared.subclasses(_declared.entity["classes"])}
MENTIONED_BY = _declared.iri(_declared.entity["mentioned_by"])
# terms written for every record and span, read once (namespace attribute lookups are slow)
TYPE, DERIVED_FROM, NAME, ALTERNATE_NAME = RDF.type, PROV.wasDerivedFrom, SCHEMA.name, SCHEMA.alternateName
SPECIFIC_RESOURCE, HAS_SOURCE, HAS_SELECTOR, START, END, EXACT = (
    OA.SpecificResource, OA.hasSource, OA.hasSelector, OA.start, OA.end, OA.exact
)
POSITION_SELECTOR, QUOTE_SELECTOR = OA.TextPositionSelector, OA.TextQuoteSelector


@dataclass(frozen=True)
class Table:
    """One record kind ready to write: its class and its rows
    (field, predicate, how a value becomes an object, a value not written, nested record kind)."""

    kind: Kind
    cls: URIRef | None
    rows: tuple[tuple[str, URIRef, str, Any, str | None], ...]


def _table(kind: Kind) -> Table:
    rows = tuple((f.name, _declared.iri(f.property), f.how, f.omit, f.of) for f in kind.fields)
    return Table(kind, _declared.iri(kind.cls) if kind.cls else None, rows)


ARTICLE = _table(_declared.article_kind)
ENTITY = _table(_declared.entity_kind)
RECORDS = {name: _table(kind) for name, kind in _declared.record_kinds.items()}


@dataclass(frozen=True)
class Minter:
    """Mints every instance IRI under one base from hashed or slugged key parts."""

    base: str = DEFAULT_BASE

    def article(self, article: Article) -> URIRef:
        return URIRef(f"{self.base}article/{article.key}")

    def entity(self, key: str) -> URIRef:
        return _entity_iri(self.base, key)

    def record(self, kind: str, article: Article, record: Record) -> URIRef:
        """A record's IRI hashes the whole record, so two different records never share a node."""
        return URIRef(f"{self.base}{kind}/{article.key}-{digest(record.model_dump_json())}")

    def span(self, article: Article, span: Span) -> URIRef:
        return URIRef(f"{self.base}span/{article.key}-{span.start}-{span.end}")


@lru_cache(maxsize=65536)
def _entity_iri(base: str, key: str) -> URIRef:
    """An entity's IRI, built once: an entity is named by every record about it, and one shared
    IRI object is also found at once in the sets and dicts the writers build."""
    return URIRef(f"{base}entity/{key}")


@lru_cache(maxsize=4096)
def _vocabulary_term(namespace: Any, name: str) -> URIRef:
    """A term of a vocabulary a record's value names (a Wikidata item, an nkb: term), built once
    (a closed namespace still refuses a name it does not declare)."""
    return namespace[name]


#: A partial date's datatype by the length of its ISO text (contract v1.1).
PRECISION = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def _date(value: dt.date | str) -> Literal:
    """A day is an xsd:date; a record's date keeps the precision the text gives (xsd:gYearMonth, xsd:gYear)."""
    text = value.isoformat() if isinstance(value, dt.date) else value
    return Literal(text, datatype=PRECISION[len(text)])


@lru_cache(maxsize=65536)
def _offset(value: int) -> Literal:
    """A span offset's literal: offsets recur across spans and articles, and ``Literal`` is slow to build."""
    return Literal(value)


@lru_cache(maxsize=1)
def ontology() -> Graph:
    """The shipped ontology (classes, properties, the PLOVER scheme)."""
    graph = Graph()
    graph.parse(source=resources.files("newskb.rdf").joinpath("ontology.ttl").open("rb"), format="turtle")
    return graph


@lru_cache(maxsize=None)
def concept_triples(code: str) -> tuple:
    """What an export says of a PLOVER concept it uses: type, scheme, notation, label, definition."""
    kept = (RDF.type, SKOS.inScheme, SKOS.notation, SKOS.prefLabel, SKOS.definition)
    return tuple(t for t in ontology().triples((PLOVER[code], None, None)) if t[1] in kept)


class _Writer:
    """Adds one extraction's triples to a graph."""

    def __init__(self, graph: Graph, minter: Minter, extraction: Extraction) -> None:
        self.g = graph
        self.m = minter
        self.x = extraction
        self.article_iri = minter.article(extraction.article)
        self.spans: dict[tuple[int, int], URIRef] = {}  # records share evidence sentences: each written once

    def object(self, how: str, value: Any, of: str | None = None) -> URIRef | Literal:
        if how == "literal":
            return Literal(value)
        if how == "uri":
            return Literal(value, datatype=XSD.anyURI)
        if how == "entity":
            return self.m.entity(value)
        if how == "wikidata":
            return _vocabulary_term(WD, value)
        if how == "term":
            return _vocabulary_term(NKB, value)
        if how == "concept":
            for triple in concept_triples(value):
                self.g.add(triple)
            return PLOVER[value]
        if how == "date":
            return _date(value)
        if how == "span":
            return self.span(value)
        if how == "record":
            return self.record(RECORDS[of], value)
        raise ValueError(f"unknown conversion {how!r}")

    def fields(self, subject: URIRef, record: Any, table: Table) -> None:
        for name, predicate, how, omit, of in table.rows:
            value = getattr(record, name)
            if value is None or (omit is not None and value == omit):
                continue
            for item in value if isinstance(value, tuple) else (value,):
                self.g.add((subject, predicate, self.object(how, item, of)))

    def span(self, span: Span) -> URIRef:
        known = self.spans.get((span.start, span.end))
        if known is not None:
            return known
        iri = self.spans[span.start, span.end] = self.m.span(self.x.article, span)
        position, quote = URIRef(f"{iri}/position"), URIRef(f"{iri}/quote")
        for triple in (
            (iri, TYPE, SPECIFIC_RESOURCE),
            (iri, HAS_SOURCE, self.article_iri),
            (iri, HAS_SELECTOR, position),
            (iri, HAS_SELECTOR, quote),
            (position, TYPE, POSITION_SELECTOR),
            (position, START, _offset(span.start)),
            (position, END, _offset(span.end)),
            (quote, TYPE, QUOTE_SELECTOR),
            (quote, EXACT, Literal(span.exact)),
        ):
            self.g.add(triple)
        return iri

    def article(self) -> None:
        self.g.add((self.article_iri, TYPE, ARTICLE.cls))
        self.fields(self.article_iri, self.x.article, ARTICLE)

    def entity(self, entity: Entity) -> None:
        s = self.m.entity(entity.key)
        self.g.add((s, TYPE, ENTITY_CLASSES[entity.type]))
        if entity.subtype in SUBTYPE_CLASSES:
            self.g.add((s, TYPE, SUBTYPE_CLASSES[entity.subtype]))
        self.fields(s, entity, ENTITY)
        self.g.add((self.article_iri, MENTIONED_BY, s))

    def record(self, table: Table, record: Record) -> URIRef:
        s = self.m.record(table.kind.name, self.x.article, record)
        self.g.add((s, TYPE, table.cls))
        self.fields(s, record, table)
        self.g.add((s, DERIVED_FROM, self.article_iri))
        return s

    def write(self) -> None:
        self.article()
        for entity in self.x.entities:
            self.entity(entity)
        for table in RECORDS.values():
            for record in records_of(self.x, table.kind):
                self.record(table, record)


# The mapping writes into anything with ``add(triple)``: a plain set needs no rdflib store, and
# skipping its indexes makes N-Triples / N-Quads export markedly faster.
TripleSet = set


def add_extraction(graph: Graph | TripleSet, extraction: Extraction, base: str | None = None) -> Graph | TripleSet:
    _Writer(graph, Minter(base or DEFAULT_BASE), extraction).write()
    return graph


def to_graph(extractions: Iterable[Extraction] | Extraction, base: str | None = None) -> Graph:
    """One merged graph: entities with the same key become one node with one canonical name."""
    graph = Graph()
    bind_prefixes(graph)
    for triple in to_triples(extractions, base):
        graph.add(triple)
    return graph


def to_triples(extractions: Iterable[Extraction] | Extraction, base: str | None = None) -> TripleSet:
    """The merged graph as a plain set of triples (what ``to_graph`` holds)."""
    if isinstance(extractions, Extraction):
        extractions = [extractions]
    triples: TripleSet = set()
    for extraction in extractions:
        add_extraction(triples, extraction, base)
    settle_names(triples)
    return triples


def to_quads(extractions: Iterable[Extraction], base: str | None = None) -> list[tuple]:
    """One named graph per article (named by the article IRI), as (s, p, o, graph) quads."""
    minter = Minter(base or DEFAULT_BASE)
    quads = []
    for extraction in extractions:
        graph = minter.article(extraction.article)
        quads.extend((s, p, o, graph) for s, p, o in to_triples([extraction], base))
    return quads


def to_dataset(extractions: Iterable[Extraction], base: str | None = None) -> Dataset:
    """One named graph per article (named by the article IRI), for N-Quads."""
    dataset = Dataset()
    bind_prefixes(dataset)
    for s, p, o, g in to_quads(extractions, base):
        dataset.graph(g).add((s, p, o))
    return dataset


def settle_names(triples: TripleSet) -> None:
    """Keep exactly one schema:name per entity after a merge; the others become alternate names."""
    names: dict = {}
    for s, p, o in triples:
        if str.__eq__(p, NAME):  # every predicate is an IRI: compared as strings, without rdflib's ``__eq__`` per triple
            names.setdefault(s, []).append(o)
    for subject, found in names.items():
        for extra in sorted(found, key=lambda n: (-len(str(n)), str(n)))[1:]:
            triples.discard((subject, NAME, extra))
            triples.add((subject, ALTERNATE_NAME, extra))
