"""The public API is a plain module: each function works on every call, whatever was imported before."""
from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import newskb

ROOT = Path(__file__).resolve().parents[1]
TEXT = "date 2025-10-22\n\nThe European Union imposed sanctions on Rosneft. \"This is a warning,\" Kaja Kallas said."
SUBMODULES = ["pipeline", "sparql", "validation", "tabular", "reporting", "linking", "export", "reader", "cli", "rdf.mapping", "rdf.serialize"]


def _call(name: str):
    kb = [ROOT / "kb"]
    if name == "extract":
        return newskb.extract(TEXT).statements
    if name == "to_graph":
        return len(newskb.to_graph([newskb.extract(TEXT)]))
    if name == "serialize":
        return newskb.serialize(newskb.to_graph([newskb.extract(TEXT)]), "nt")
    if name == "validate":
        return newskb.validate(newskb.to_graph([newskb.extract(TEXT)])).conforms
    if name == "query":
        return newskb.query(kb, "SELECT (COUNT(*) AS ?n) WHERE { ?s a nkb:Statement }").rows[0][0].value
    if name == "tables":
        return len(newskb.tables(kb)["statements"].rows)
    if name == "report":
        return newskb.report(kb)[:15]
    if name == "link":
        return newskb.link(kb)[:20]
    raise AssertionError(name)


@pytest.mark.model
@pytest.mark.parametrize("name", [n for n in newskb.__all__ if n != "__version__"])
def test_each_public_function_works_twice_after_every_submodule_is_imported(name):
    first = _call(name)
    for module in SUBMODULES:
        importlib.import_module(f"newskb.{module}")
    assert callable(getattr(newskb, name))
    assert _call(name) == first


@pytest.mark.slow
def test_from_import_gives_the_function_in_a_fresh_process():
    code = (
        "from newskb import extract, query, validate, tables, report, link\n"
        "import newskb.pipeline, newskb.sparql, newskb.validation, newskb.tabular, newskb.reporting, newskb.linking\n"
        "import newskb\n"
        "assert all(callable(f) for f in (extract, query, validate, tables, report, link))\n"
        "assert callable(newskb.extract) and callable(newskb.query) and callable(newskb.validate)\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


@pytest.mark.model
def test_an_export_leaves_the_collectors_thresholds_as_it_found_them(tmp_path):
    """An export runs the garbage collector less often (``pipeline.fewer_collections``), and only while it runs."""
    import gc

    from newskb.export import export

    before = gc.get_threshold()
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert export([tmp_path / "a.txt"], formats=["nt"]).exported
    assert gc.get_threshold() == before
