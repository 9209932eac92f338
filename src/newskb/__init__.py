"""newskb: news articles to a validated, queryable knowledge graph.

The public API mirrors the pipeline: ``extract`` (text → records),
``to_graph`` (records → rdflib Graph), ``serialize``, ``validate`` and
``query``. Heavy libraries (spaCy, rdflib, pyshacl) load on first use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract", "to_graph", "serialize", "validate", "query", "__version__"]

if TYPE_CHECKING:
    from .extract import extract
    from .query import query
    from .rdf.mapping import to_graph
    from .rdf.serialize import serialize
    from .validate import validate_graph as validate

_LAZY = {
    "extract": ("newskb.extract", "extract"),
    "to_graph": ("newskb.rdf.mapping", "to_graph"),
    "serialize": ("newskb.rdf.serialize", "serialize"),
    "validate": ("newskb.validate", "validate_graph"),
    "query": ("newskb.query", "query"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'newskb' has no attribute {name!r}")
