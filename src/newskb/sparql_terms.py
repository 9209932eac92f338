"""Query help: terms of newskb's namespaces that the ontology does not declare.

A misspelt property (``schema:nmae``) or class (``nkb:Statment``) makes a
SPARQL query return no rows, which looks like an empty knowledge base. The
ontology ships with the package, so a query can be checked against it before
it runs and the nearest declared term suggested.
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

from .rdf.vocab import PREFIXES

# the namespaces whose every term newskb knows: its own, PLOVER's, and the schema.org terms it uses
CHECKED = {name: PREFIXES[name] for name in ("nkb", "plover", "schema")}
# IRIs first, so that the '#' inside one is not read as a comment
_IRIS_STRINGS_AND_COMMENTS = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*')
_PREFIX_DECL = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>", re.IGNORECASE)
_PREFIXED = re.compile(r"(?<![\w:?$<])([A-Za-z][\w-]*):([A-Za-z_][\w-]*(?:\.[\w-]+)*)")
_FULL_IRI = re.compile(r"<([^<>\s]*)>")


@lru_cache(maxsize=1)
def declared_terms() -> dict[str, frozenset[str]]:
    """Local names of every checked namespace's IRIs that the shipped ontology mentions."""
    from importlib import resources

    from rdflib import Graph, URIRef

    graph = Graph()
    graph.parse(source=resources.files("newskb.rdf").joinpath("ontology.ttl").open("rb"), format="turtle")
    names: dict[str, set[str]] = {prefix: set() for prefix in CHECKED}
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef):
                for prefix, namespace in CHECKED.items():
                    if str(term).startswith(namespace) and len(str(term)) > len(namespace):
                        names[prefix].add(str(term)[len(namespace) :])
    return {prefix: frozenset(found) for prefix, found in names.items()}


def _nearest(local: str, candidates: frozenset[str]) -> str | None:
    folded = {name.lower(): name for name in candidates}
    if local.lower() in folded:  # a slip of case: schema:Name for schema:name
        return folded[local.lower()]
    match = difflib.get_close_matches(local.lower(), sorted(folded), n=1, cutoff=0.75)
    return folded[match[0]] if match else None


def undeclared_terms(sparql: str) -> list[str]:
    """One warning per term of a checked namespace that the ontology does not know, with the nearest known term."""
    text = _IRIS_STRINGS_AND_COMMENTS.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " ", sparql)
    prefixes = {prefix: namespace for prefix, namespace in PREFIXES.items()}
    for declared, namespace in _PREFIX_DECL.findall(text):
        prefixes[declared] = namespace
    text_without_decls = _PREFIX_DECL.sub(" ", text)
    used: list[tuple[str, str, str]] = []  # (as written, checked prefix, local name)
    for prefix, local in _PREFIXED.findall(text_without_decls):
        namespace = prefixes.get(prefix)
        for checked, checked_ns in CHECKED.items():
            if namespace == checked_ns:
                used.append((f"{prefix}:{local}", checked, local))
    for iri in _FULL_IRI.findall(text_without_decls):
        for checked, checked_ns in CHECKED.items():
            if iri.startswith(checked_ns) and len(iri) > len(checked_ns):
                used.append((f"<{iri}>", checked, iri[len(checked_ns) :]))
    known = declared_terms()
    warnings: list[str] = []
    for written, checked, local in dict.fromkeys(used):
        if local in known[checked]:
            continue
        nearest = _nearest(local, known[checked])
        hint = f" — did you mean {checked}:{nearest}?" if nearest else ""
        warnings.append(f"{written} is not a term of newskb's ontology, so no export has it{hint}")
    return warnings
