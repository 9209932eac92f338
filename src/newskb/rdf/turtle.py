"""Turtle for an export, written straight from its set of triples, byte for byte what rdflib writes.

rdflib's Turtle serializer needs a Graph (an indexed store to build) and looks
each IRI's prefix up in a trie of namespaces that grows with every IRI it
splits; under one span namespace that trie is as wide as the article has
spans, so the lookup is quadratic in article length and cost more than
parsing the article. Here a prefixed name depends only on the prefixes
``bind_prefixes`` declares (an IRI's own split namespace never extends another
IRI's, so the ones rdflib adds to its trie never change an answer) and is
computed once per IRI. Layout (subject order, predicate and object order,
indents) follows rdflib's ``TurtleSerializer``; a graph outside what the
exports hold (blank nodes, a predicate with no declared prefix, for which
rdflib would invent one) goes to rdflib itself.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import split_uri
from rdflib.term import _is_valid_uri

from .vocab import bind_prefixes

# escapes rdflib's Turtle serializer applies to a local name
PERCENT_NOT_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
INDENT = "    "
# DefinedNamespace attribute lookups are slow; these are read once per term written
RDF_TYPE, RDFS_CLASS, RDFS_LABEL = RDF.type, RDFS.Class, RDFS.label
XSD_INTEGER = str(XSD.integer)
OBJECT_SEPARATOR = ",\n" + 2 * INDENT
STATEMENT_SEPARATOR = " ;\n" + INDENT
RDF_NIL_IRI, RDF_TYPE_IRI = str(RDF.nil), str(RDF.type)  # compared as strings: rdflib's __eq__ is Python


class _NeedsRdflib(Exception):
    """The graph holds something this writer does not lay out as rdflib would."""


def _bound_graph() -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    return graph


@lru_cache(maxsize=1)
def _namespaces() -> tuple[dict[str, str], tuple[str, ...]]:
    """Namespace -> prefix, as an export graph's store answers it, and the namespaces longest first."""
    store = _bound_graph().store
    prefixes = {str(ns): store.prefix(ns) for _, ns in store.namespaces()}
    return prefixes, tuple(sorted(prefixes, key=len, reverse=True))


@lru_cache(maxsize=None)
def _longer_namespaces(split_namespace: str) -> tuple[str, ...]:
    """Declared namespaces that extend a split namespace, longest first (almost always none)."""
    return tuple(ns for ns in _namespaces()[1] if len(ns) > len(split_namespace) and ns.startswith(split_namespace))


@lru_cache(maxsize=200_000)
def prefixed_name(uri: URIRef) -> tuple[str, str, str] | None:
    """(prefix, namespace, "prefix:local") as rdflib's ``TurtleSerializer.get_pname`` gives it
    without generating prefixes, or None when the IRI is written in full."""
    prefixes, namespaces = _namespaces()
    if not str.startswith(uri, namespaces):  # URIRef.startswith takes no tuple
        return None  # under no declared namespace (the export's own instances): every branch below writes it in full
    if not _is_valid_uri(uri):
        return _whole_namespace(uri)
    try:
        namespace, local = split_uri(uri)
    except ValueError:
        namespace, local = str(uri), ""
        if not prefixes.get(namespace):
            return _whole_namespace(uri)
    for longer in _longer_namespaces(namespace):
        if uri.startswith(longer):
            namespace, local = longer, uri[len(longer) :]
            break
    prefix = prefixes.get(namespace)
    if prefix is None:
        return _whole_namespace(uri)
    local = PERCENT_NOT_ESCAPE.sub("\\%", local.replace("(", r"\(").replace(")", r"\)"))
    if local.endswith("."):
        return None
    return prefix, namespace, f"{prefix}:{local}"


def _whole_namespace(uri: URIRef) -> tuple[str, str, str] | None:
    prefix = _namespaces()[0].get(str(uri))
    return (prefix, str(uri), f"{prefix}:") if prefix is not None else None


def turtle(triples: Iterable[tuple]) -> str:
    """The triples as Turtle, identical to ``serialize(graph, "turtle")`` of a graph holding them
    with the export prefixes bound."""
    triples = triples if isinstance(triples, (set, frozenset)) else set(triples)
    try:
        return _write(triples)
    except _NeedsRdflib:
        graph = _bound_graph()
        for triple in triples:
            graph.add(triple)
        return graph.serialize(format="turtle")


def _write(triples: set) -> str:
    by_subject: dict = defaultdict(lambda: defaultdict(list))
    references: dict = defaultdict(int)  # IRI -> triples it is the object of
    datatypes = set()
    for s, p, o in triples:
        by_subject[s][p].append(o)
        kind = type(o)
        if kind is URIRef:
            references[o] += 1
        elif kind is Literal:
            datatypes.add(o.datatype)
        else:
            raise _NeedsRdflib(o)
    if any(type(s) is not URIRef for s in by_subject):
        raise _NeedsRdflib("a subject that is no IRI")
    predicates = {p for properties in by_subject.values() for p in properties}
    used = _prefixes_used(datatypes, predicates)
    labels = _iri_labels(by_subject.keys() | references.keys(), used)

    # every subject is an IRI, so rdflib's ordering of terms is the ordering of their strings
    top, rest = [], []
    for subject, properties in by_subject.items():
        (top if RDFS_CLASS in properties.get(RDF_TYPE, ()) else rest).append(subject)
    top.sort(key=str)
    rest.sort(key=lambda s: (references.get(s, 0), str(s)))
    rank = {p: i for i, p in enumerate(_predicate_order(predicates))}  # each subject's predicates in this order
    verbs = {p: _iri_label(p, True) + " " for p in predicates}
    out = [f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in sorted(used.items())]
    for subject in top + rest:
        properties = by_subject[subject]
        statements = []
        for predicate in sorted(properties, key=rank.__getitem__) if len(properties) > 1 else properties:
            objects = properties[predicate]
            if len(objects) > 1:
                objects.sort()  # literals sort by value, as in rdflib
                written = OBJECT_SEPARATOR.join([
                    labels[o] if type(o) is URIRef else _literal_label(o) for o in objects
                ])  # equal literals may be written differently ("en", "EN"): each is labelled itself
            else:
                o = objects[0]
                written = labels[o] if type(o) is URIRef else _literal_label(o)
            statements.append(verbs[predicate] + written)
        out.append(f"\n{labels[subject]} {STATEMENT_SEPARATOR.join(statements)} .\n")
    out.append("\n")
    return "".join(out).encode("utf-8", "replace").decode("utf-8")


def _iri_labels(iris: Iterable, used: dict[str, str]) -> dict:
    """IRI -> how it is written, worked out once per IRI; the prefix of each prefixed name goes into ``used``."""
    labels = {}
    in_full = []  # most IRIs (the export's instances): under no declared namespace, no prefixed name to look up
    namespaces = _namespaces()[1]
    for iri in iris:
        if not str.startswith(iri, namespaces):
            in_full.append(iri)
            continue
        name = prefixed_name(iri)
        _use(name, used)
        labels[iri] = _iri_label(iri, False)
    for iri in in_full:  # written as rdflib does, which refuses an IRI it cannot write, once every prefix is known
        labels[iri] = iri.n3()
    return labels


def _prefixes_used(datatypes: Iterable, predicates: Iterable) -> dict[str, str]:
    """Prefix -> namespace of the prefixed names rdflib would write for datatypes and predicates."""
    used: dict[str, str] = {}
    for datatype in datatypes:
        if datatype is not None:
            _use(prefixed_name(datatype), used)
    for predicate in predicates:
        if type(predicate) is not URIRef:
            raise _NeedsRdflib(predicate)
        if predicate == RDF_TYPE:
            continue
        name = prefixed_name(predicate)
        if name is None:  # rdflib would generate a prefix for it
            raise _NeedsRdflib(predicate)
        _use(name, used)
    return used


def _use(name: tuple[str, str, str] | None, used: dict[str, str]) -> None:
    if name is None:
        return
    prefix, namespace, _ = name
    if prefix.startswith("_") or used.get(prefix, namespace) != namespace:  # rdflib would rename the prefix
        raise _NeedsRdflib(prefix)
    used[prefix] = namespace


def _predicate_order(predicates: Iterable) -> list:
    """rdf:type, then rdfs:label, then the rest sorted (rdflib's ``sortProperties``)."""
    first = [p for p in (RDF_TYPE, RDFS_LABEL) if p in predicates]
    return first + sorted((p for p in predicates if p not in first), key=str)


def _datatype_name(datatype: URIRef) -> str | None:
    name = prefixed_name(datatype)
    return name[2] if name else None


def _iri_label(node: URIRef, is_predicate: bool) -> str:
    if str.__eq__(node, RDF_NIL_IRI):
        return "()"
    if is_predicate and str.__eq__(node, RDF_TYPE_IRI):
        return "a"
    name = prefixed_name(node)
    return name[2] if name else node.n3()


def _literal_label(literal: Literal) -> str:
    """rdflib's ``_literal_n3(use_plain=True)``. Plain strings and integers (every span offset), most of an
    export's literals, are written here directly: rdflib first compares each datatype with rdflib's ``__eq__``
    against every numeric type."""
    datatype = literal.datatype
    if datatype is None:
        if literal.language is None:
            return literal._quote_encode()
    elif str.__eq__(datatype, XSD_INTEGER) and literal.value is not None:
        return str.__str__(literal)
    return literal._literal_n3(use_plain=True, qname_callback=_datatype_name)
