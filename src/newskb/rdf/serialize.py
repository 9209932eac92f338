"""Writers for every export format; output is byte-identical for the same input.

rdflib sorts Turtle itself; N-Triples and N-Quads are sorted line by line; the
JSON-LD document carries the shipped ``@context`` inline (never a remote one)
and has its node lists and keys sorted.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

# format -> file suffix; ftm and plover are JSON lines for the FollowTheMoney and PLOVER tools, not RDF
FORMATS = {"turtle": ".ttl", "jsonld": ".jsonld", "nt": ".nt", "nq": ".nq", "ftm": ".ftm.json", "plover": ".plover.jsonl"}


@lru_cache(maxsize=1)
def jsonld_context() -> dict[str, Any]:
    """The shipped JSON-LD context (the value of ``@context``)."""
    text = resources.files("newskb.rdf").joinpath("context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]


def _sorted_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted_json(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def to_jsonld(graph: Graph) -> str:
    data = json.loads(graph.serialize(format="json-ld", context=jsonld_context(), auto_compact=True))
    nodes = data.get("@graph", [])
    if not nodes and set(data) - {"@context"}:
        nodes = [{k: v for k, v in data.items() if k != "@context"}]
    doc = {"@context": jsonld_context(), "@graph": _sorted_json(nodes)}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def ntriples(triples) -> str:
    """N-Triples from bare triples, or N-Quads from (s, p, o, graph) quads, sorted line by line."""
    from rdflib.plugins.serializers.nt import _nt_row

    columns: dict = {}  # graph -> its column of a row, found once per graph, not once per row
    rows = []
    for t in triples:
        if len(t) == 3:
            rows.append(_nt_row(t))
            continue
        if t[3] not in columns:
            columns[t[3]] = _graph_column(t[3])
        rows.append(f"{_nt_row(t[:3])[:-2]}{columns[t[3]]} .\n")  # rdflib's ``_nq_row``: the triple's row with the graph before " ."
    return "".join(sorted(rows))


def _graph_column(graph) -> str:
    """The graph's column of an N-Quads row, as rdflib's ``_nq_row`` writes it."""
    return graph.n3() if graph and graph != DATASET_DEFAULT_GRAPH_ID else ""


def serialize(graph: Graph | Dataset, fmt: str) -> str:
    """Render a graph (or, for ``nq``, a dataset with one graph per article) in a format."""
    if fmt == "turtle":
        return graph.serialize(format="turtle")
    if fmt == "jsonld":
        return to_jsonld(graph)
    if fmt == "nt":
        return ntriples(graph)
    if fmt == "nq":
        return ntriples((s, p, o, g.identifier if isinstance(g, Graph) else g) for s, p, o, g in graph.quads())
    raise ValueError(f"unknown format {fmt!r}")
