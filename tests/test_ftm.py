"""FollowTheMoney JSON lines: entities the FtM library and its CLI accept, with every reference resolving."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newskb.cli import app

runner = CliRunner()
ARTICLE = (
    "date 2025-10-22\n\n"
    "The United States imposed sanctions on Rosneft and Lukoil under Executive Order 14024. "
    "The European Union froze the assets of Russian President Vladimir Putin.\n"
)


@pytest.fixture(scope="module")
def ftm_lines(tmp_path_factory) -> list[dict]:
    folder = tmp_path_factory.mktemp("ftm")
    (folder / "oil.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["export", str(folder / "oil.txt"), "-o", str(folder / "oil.ftm.json")])
    assert result.exit_code == 0, result.output
    text = (folder / "oil.ftm.json").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


@pytest.mark.model  # in the export it starts as a process
def test_every_entity_is_valid_for_the_ftm_model_and_every_reference_resolves(ftm_lines):
    from followthemoney import model

    proxies = {e["id"]: model.get_proxy(e, cleaned=False) for e in ftm_lines}
    assert len(proxies) == len(ftm_lines)
    sanctions = [p for p in proxies.values() if p.schema.name == "Sanction"]
    assert len(sanctions) == 2
    for proxy in proxies.values():
        for prop, value in proxy.itervalues():
            assert prop.type.clean(value, proxy=proxy) == value, (prop.name, value)
            if prop.type.name == "entity":
                assert value in proxies, f"{prop.name} -> {value} does not resolve"
    by_authority = {p.first("authority"): p for p in sanctions}
    us = by_authority["United States"]
    assert sorted(proxies[i].first("name") for i in us.get("entity")) == ["Lukoil", "Rosneft"]
    assert us.first("program") == "Executive Order 14024"
    assert us.first("status") == "imposed"
    putin = proxies[by_authority["European Union"].first("entity")]
    assert putin.schema.name == "Person" and putin.first("wikidataId") == "Q7747"


@pytest.mark.model  # in the export it starts as a process
def test_the_ftm_command_line_validates_the_export_without_dropping_a_value(ftm_lines, tmp_path):
    ftm = Path(sys.executable).with_name("ftm")
    if not ftm.exists():
        pytest.skip("the followthemoney command line is not installed beside this Python")
    source = tmp_path / "in.ftm.json"
    source.write_text("".join(json.dumps(e) + "\n" for e in ftm_lines), encoding="utf-8")
    done = subprocess.run([str(ftm), "validate", "-i", str(source)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    back = {e["id"]: e for e in map(json.loads, done.stdout.splitlines())}
    for entity in ftm_lines:
        assert back[entity["id"]]["schema"] == entity["schema"]
        for prop, values in entity["properties"].items():
            assert sorted(back[entity["id"]]["properties"][prop]) == sorted(values), prop


@pytest.mark.model
def test_ftm_ids_follow_the_entity_not_the_article(tmp_path):
    for name, text in (("a.txt", ARTICLE), ("b.txt", "The United Kingdom imposed sanctions on Rosneft.\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["export", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-f", "ftm", "-o", f"{tmp_path / 'out'}/"])
    assert result.exit_code == 0, result.output

    def rosneft_id(path: Path) -> str:
        entities = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return next(e["id"] for e in entities if e["properties"].get("name") == ["Rosneft"])

    assert rosneft_id(tmp_path / "out" / "a.ftm.json") == rosneft_id(tmp_path / "out" / "b.ftm.json")
