"""The one place where records become triples, as ../shared/contract.md says.

Each record kind has a table ``field -> (predicate, converter)``; IRIs come from
``Minter`` (deterministic, entity IRIs independent of the article). PLOVER
concepts used by events are copied in from the shipped ontology so that the
export alone answers ``nkb:eventType/skos:notation``.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, SKOS

from ..ids import DEFAULT_BASE, digest
from ..models import Article, Entity, Event, Extraction, Sanction, Span, Statement
from .vocab import NKB, OA, PLOVER, SCHEMA, WD, bind_prefixes

ENTITY_CLASSES = {"Person": SCHEMA.Person, "Organization": SCHEMA.Organization, "Place": SCHEMA.Place}
SUBTYPE_CLASSES = {
    name: SCHEMA[name]
    for name in ("Country", "City", "AdministrativeArea", "State", "Continent", "GovernmentOrganization",
                 "Corporation", "NGO", "PoliticalParty", "NewsMediaOrganization", "EducationalOrganization",
                 "Landform")
}


@dataclass(frozen=True)
class Minter:
    """Mints every instance IRI under one base from hashed or slugged key parts."""

    base: str = DEFAULT_BASE

    def article(self, article: Article) -> URIRef:
        return URIRef(f"{self.base}article/{article.key}")

    def entity(self, key: str) -> URIRef:
        return URIRef(f"{self.base}entity/{key}")

    def record(self, kind: str, article: Article, record: Statement | Event | Sanction) -> URIRef:
        """A record's IRI hashes the whole record, so two different records never share a node."""
        return URIRef(f"{self.base}{kind}/{article.key}-{digest(record.model_dump_json())}")

    def span(self, article: Article, span: Span) -> URIRef:
        return URIRef(f"{self.base}span/{article.key}-{span.start}-{span.end}")


#: A partial date's datatype by the length of its ISO text (contract v1.1).
PRECISION = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}


def _date(value: dt.date | str) -> Literal:
    """A day is an xsd:date; a record's date keeps the precision the text gives (xsd:gYearMonth, xsd:gYear)."""
    text = value.isoformat() if isinstance(value, dt.date) else value
    return Literal(text, datatype=PRECISION[len(text)])


Converter = Callable[[Any], Any]

# field -> (predicate, how a value becomes an object); the kind's class and links are added around it
ENTITY_FIELDS: dict[str, tuple[URIRef, str]] = {
    "name": (SCHEMA.name, "literal"),
    "alternate_names": (SCHEMA.alternateName, "literal"),
    "wikidata": (OWL.sameAs, "wikidata"),
    "job_title": (SCHEMA.jobTitle, "literal"),
    "affiliation": (SCHEMA.affiliation, "entity"),
    "mentions": (NKB.mention, "span"),
}
STATEMENT_FIELDS: dict[str, tuple[URIRef, str]] = {
    "text": (SCHEMA.text, "literal"),
    "speaker": (NKB.speaker, "entity"),
    "speaker_text": (NKB.speakerText, "literal"),
    "quote_type": (NKB.quoteType, "term"),
    "cue": (NKB.cue, "literal"),
    "content": (NKB.content, "span"),
    "evidence": (NKB.evidence, "span"),
}
EVENT_FIELDS: dict[str, tuple[URIRef, str]] = {
    "event_type": (NKB.eventType, "plover"),
    "trigger": (NKB.trigger, "literal"),
    "actors": (NKB.actor, "entity"),
    "targets": (NKB.target, "entity"),
    "place": (NKB.place, "entity"),
    "date": (NKB.date, "date"),
    "status": (NKB.status, "term"),
    "evidence": (NKB.evidence, "span"),
}
SANCTION_FIELDS: dict[str, tuple[URIRef, str]] = {
    "imposed_by": (NKB.imposedBy, "entity"),
    "targets": (NKB.target, "entity"),
    "status": (NKB.status, "term"),
    "sector": (NKB.sector, "literal"),
    "program": (NKB.program, "literal"),
    "date": (NKB.date, "date"),
    "evidence": (NKB.evidence, "span"),
    "event": (NKB.sanctionEvent, "event"),
}


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

    def object(self, how: str, value: Any) -> URIRef | Literal:
        if how == "literal":
            return Literal(value)
        if how == "entity":
            return self.m.entity(value)
        if how == "wikidata":
            return WD[value]
        if how == "term":
            return NKB[value]
        if how == "plover":
            return PLOVER[value]
        if how == "date":
            return _date(value)
        if how == "span":
            return self.span(value)
        if how == "event":
            return self.event(value)
        raise ValueError(f"unknown conversion {how!r}")

    def fields(self, subject: URIRef, record: Any, table: dict[str, tuple[URIRef, str]]) -> None:
        for name, (predicate, how) in table.items():
            value = getattr(record, name)
            if value is None:
                continue
            for item in value if isinstance(value, tuple) else (value,):
                self.g.add((subject, predicate, self.object(how, item)))

    def span(self, span: Span) -> URIRef:
        iri = self.m.span(self.x.article, span)
        position, quote = URIRef(f"{iri}/position"), URIRef(f"{iri}/quote")
        for triple in (
            (iri, RDF.type, OA.SpecificResource),
            (iri, OA.hasSource, self.article_iri),
            (iri, OA.hasSelector, position),
            (iri, OA.hasSelector, quote),
            (position, RDF.type, OA.TextPositionSelector),
            (position, OA.start, Literal(span.start)),
            (position, OA.end, Literal(span.end)),
            (quote, RDF.type, OA.TextQuoteSelector),
            (quote, OA.exact, Literal(span.exact)),
        ):
            self.g.add(triple)
        return iri

    def article(self) -> None:
        a = self.x.article
        s = self.article_iri
        self.g.add((s, RDF.type, SCHEMA.NewsArticle))
        self.g.add((s, NKB.sha256, Literal(a.sha256)))
        self.g.add((s, NKB.encoding, Literal(a.encoding)))
        if a.source:
            self.g.add((s, NKB.sourceName, Literal(a.source)))
        if a.date_published:
            self.g.add((s, SCHEMA.datePublished, _date(a.date_published)))
        if a.headline:
            self.g.add((s, SCHEMA.headline, Literal(a.headline)))

    def entity(self, entity: Entity) -> None:
        s = self.m.entity(entity.key)
        self.g.add((s, RDF.type, ENTITY_CLASSES[entity.type]))
        if entity.subtype in SUBTYPE_CLASSES:
            self.g.add((s, RDF.type, SUBTYPE_CLASSES[entity.subtype]))
        self.fields(s, entity, ENTITY_FIELDS)
        self.g.add((self.article_iri, SCHEMA.mentions, s))

    def statement(self, st: Statement) -> None:
        s = self.m.record("statement", self.x.article, st)
        self.g.add((s, RDF.type, NKB.Statement))
        self.fields(s, st, STATEMENT_FIELDS)
        self.g.add((s, PROV.wasDerivedFrom, self.article_iri))

    def event(self, ev: Event) -> URIRef:
        s = self.m.record("event", self.x.article, ev)
        self.g.add((s, RDF.type, NKB.Event))
        self.fields(s, ev, EVENT_FIELDS)
        self.g.add((s, PROV.wasDerivedFrom, self.article_iri))
        for triple in concept_triples(ev.event_type):
            self.g.add(triple)
        return s

    def sanction(self, sa: Sanction) -> None:
        s = self.m.record("sanction", self.x.article, sa)
        self.g.add((s, RDF.type, NKB.Sanction))
        self.fields(s, sa, SANCTION_FIELDS)
        self.g.add((s, PROV.wasDerivedFrom, self.article_iri))

    def write(self) -> None:
        self.article()
        for entity in self.x.entities:
            self.entity(entity)
        for st in self.x.statements:
            self.statement(st)
        for ev in self.x.events:
            self.event(ev)
        for sa in self.x.sanctions:
            self.sanction(sa)


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
    return [
        (*triple, minter.article(extraction.article))
        for extraction in extractions
        for triple in to_triples([extraction], base)
    ]


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
        if p == SCHEMA.name:
            names.setdefault(s, []).append(o)
    for subject, found in names.items():
        for extra in sorted(found, key=lambda n: (-len(str(n)), str(n)))[1:]:
            triples.discard((subject, SCHEMA.name, extra))
            triples.add((subject, SCHEMA.alternateName, extra))
