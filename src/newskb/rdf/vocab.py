"""Closed namespaces for the project's own terms: a typo raises instead of minting an IRI."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, URIRef

OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")


class NKB(DefinedNamespace):
    _NS = Namespace("https://w3id.org/newskb/ns#")
    _fail = True

    # classes
    Statement: URIRef
    Sanction: URIRef
    Event: URIRef
    QuoteType: URIRef
    SanctionStatus: URIRef
    EventStatus: URIRef
    CanonicalEntity: URIRef
    # properties
    sha256: URIRef
    encoding: URIRef
    sourceName: URIRef
    sourceFormat: URIRef
    mention: URIRef
    speaker: URIRef
    speakerText: URIRef
    quoteType: URIRef
    cue: URIRef
    content: URIRef
    evidence: URIRef
    imposedBy: URIRef
    target: URIRef
    status: URIRef
    sector: URIRef
    program: URIRef
    sanctionEvent: URIRef
    eventType: URIRef
    trigger: URIRef
    actor: URIRef
    place: URIRef
    date: URIRef
    cameoRoot: URIRef
    # individuals
    PLOVER: URIRef
    Direct: URIRef
    Indirect: URIRef
    Mixed: URIRef
    Imposed: URIRef
    Proposed: URIRef
    Threatened: URIRef
    Lifted: URIRef
    Occurred: URIRef
    Planned: URIRef
    Cancelled: URIRef
    Hypothetical: URIRef
    Negated: URIRef


class PLOVER(DefinedNamespace):
    _NS = Namespace("https://w3id.org/newskb/plover#")
    _fail = True

    AGREE: URIRef
    CONSULT: URIRef
    SUPPORT: URIRef
    CONCEDE: URIRef
    COOPERATE: URIRef
    AID: URIRef
    RETREAT: URIRef
    REQUEST: URIRef
    ACCUSE: URIRef
    REJECT: URIRef
    THREATEN: URIRef
    PROTEST: URIRef
    SANCTION: URIRef
    MOBILIZE: URIRef
    COERCE: URIRef
    ASSAULT: URIRef


PREFIXES = {
    "nkb": str(NKB._NS),
    "plover": str(PLOVER._NS),
    "schema": str(SCHEMA),
    "prov": "http://www.w3.org/ns/prov#",
    "oa": str(OA),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": str(WD),
}


def bind_prefixes(graph) -> None:
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
