"""newskb: news articles to a validated, queryable knowledge graph.

The public API mirrors the pipeline: ``extract`` (text → records),
``to_graph`` (records → rdflib Graph), ``serialize``, ``validate`` and
``query``. Heavy libraries (spaCy, rdflib, pyshacl) load on first use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract", "to_graph", "serialize", "validate", "query", "tables", "report", "link", "__version__"]

if TYPE_CHECKING:
    from .linking import link
    from .pipeline import extract
    from .rdf.mapping import to_graph
    from .rdf.serialize import serialize
    from .reporting import report
    from .sparql import query
    from .tabular import tables
    from .validation import validate_graph as validate

# public name -> (module, attribute). No public name is also a submodule's name: importing
# a submodule sets the package attribute of its name, which would hide a function so named.
_LAZY = {
    "extract": ("newskb.pipeline", "extract"),
    "to_graph": ("newskb.rdf.mapping", "to_graph"),
    "serialize": ("newskb.rdf.serialize", "serialize"),
    "validate": ("newskb.validation", "validate_graph"),
    "query": ("newskb.sparql", "query"),
    "tables": ("newskb.tabular", "tables"),
    "report": ("newskb.reporting", "report"),
    "link": ("newskb.linking", "link"),
}


def __getattr__(name: str) -> Any:
    """Load a public function on first use (spaCy, rdflib and pyshacl are slow to import)."""
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newskb' has no attribute {name!r}")
