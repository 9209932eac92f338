"""kb/ is the committed export of seeds/: regenerating it gives the same bytes, and it validates."""
from __future__ import annotations

import pytest
from pathlib import Path

from typer.testing import CliRunner

from newskb.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.model
def test_kb_is_the_export_of_seeds(tmp_path):
    result = runner.invoke(app, ["export", str(ROOT / "seeds"), "--output", f"{tmp_path}/", "-f", "turtle", "-f", "jsonld"])
    assert result.exit_code == 0, result.output
    fresh = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.suffix in {".ttl", ".jsonld"}}
    committed = {p.name: p.read_bytes() for p in (ROOT / "kb").iterdir() if p.suffix in {".ttl", ".jsonld"}}
    assert fresh.keys() == committed.keys()
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"kb/ is stale for {stale}: run `newskb export seeds/ --output kb/ -f turtle -f jsonld`"


def test_kb_validates():
    result = runner.invoke(app, ["validate", str(ROOT / "kb")])
    assert result.exit_code == 0, result.output


def test_kb_without_names_does_not_validate(tmp_path):
    from rdflib import Graph

    from newskb.rdf.vocab import SCHEMA

    for path in (ROOT / "kb").glob("*.ttl"):
        graph = Graph().parse(path)
        graph.remove((None, SCHEMA.name, None))
        graph.serialize(tmp_path / path.name, format="turtle")
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1, result.output
