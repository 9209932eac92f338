"""The package's modules import each other without a cycle when they load, so each stage can be
read (and imported) before the ones that use it. Imports inside functions (kept lazy so that
``newskb --help`` stays fast) and under ``if TYPE_CHECKING:`` do not run at load time and are
not counted."""
from __future__ import annotations

import ast
from functools import cache
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def load_time_imports(path: Path, modules: set[str]) -> set[str]:
    """The package modules ``path`` imports at its top level."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)  # "from . import x" names a module
    return {module for module in found if module in modules and module != name}


@cache
def _parsed_import_graph() -> dict[str, frozenset[str]]:
    """The sources are parsed once for both tests."""
    paths = sorted((SRC / "newskb").rglob("*.py"))
    modules = {module_name(path) for path in paths}
    return {module_name(path): frozenset(load_time_imports(path, modules)) for path in paths}


def import_graph() -> dict[str, set[str]]:
    """A fresh copy, which a test may change."""
    return {module: set(imports) for module, imports in _parsed_import_graph().items()}


def test_the_package_has_no_import_cycle_at_load_time():
    graph = import_graph()
    assert len(graph) > 30 and graph["newskb.nlp.speakers"] >= {"newskb.nlp.base", "newskb.nlp.offices"}
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        raise AssertionError(f"import cycle: {' -> '.join(exc.args[1])}") from None
    assert order.index("newskb.nlp.base") < order.index("newskb.nlp.speakers")


def test_a_cycle_is_found_when_there_is_one():
    graph = {**import_graph(), "newskb.nlp.base": {"newskb.nlp.speakers"}}
    try:
        list(TopologicalSorter(graph).static_order())
    except CycleError as exc:
        assert {"newskb.nlp.base", "newskb.nlp.speakers"} <= set(exc.args[1])
    else:
        raise AssertionError("the cycle base -> speakers -> base was not found")
