"""Closed namespaces for the project's own terms: a typo raises instead of minting an IRI.

The terms are the ones the declaration (``rdf/schema/``) declares, so a term is
usable here exactly when the ontology has it.
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, DefinedNamespaceMeta, URIRef

from .declaration import declaration

_declared = declaration()
PREFIXES: dict[str, str] = dict(_declared.prefixes)

OA = Namespace(PREFIXES["oa"])
SCHEMA = Namespace(PREFIXES["schema"])
WD = Namespace(PREFIXES["wd"])


def _closed(name: str, prefix: str) -> DefinedNamespaceMeta:
    terms = _declared.local_names(prefix) if prefix == "nkb" else list(_declared.concepts())
    body = {"_NS": Namespace(PREFIXES[prefix]), "_fail": True, "__annotations__": dict.fromkeys(terms, URIRef)}
    return DefinedNamespaceMeta(name, (DefinedNamespace,), body)


NKB = _closed("NKB", "nkb")
PLOVER = _closed("PLOVER", "plover")


def bind_prefixes(graph) -> None:
    for prefix, iri in PREFIXES.items():
        graph.bind(prefix, iri, override=True, replace=True)
