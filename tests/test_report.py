"""The report, opened in a real browser (headless Chromium): highlights, timeline and network checked on the rendered page."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newskb.cli import app
from newskb.tabular import tables

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "eval" / "real"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run installs it)")
    return found


def render(page: Path, tmp_path: Path, screenshot: Path | None = None) -> str:
    """The DOM after Chromium loaded the page (scripts run); optionally a screenshot of it."""
    browser = chromium()
    profile = tmp_path / "chromium-profile"
    base = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--window-size=1280,2400"]
    done = subprocess.run([*base, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    if screenshot is not None:
        shot = subprocess.run([*base, f"--screenshot={screenshot}", page.as_uri()], capture_output=True, text=True, timeout=120)
        assert shot.returncode == 0 and screenshot.stat().st_size > 10_000, shot.stderr[-2000:]
    return done.stdout


def _pieces(dom: str, kind: str) -> dict[str, str]:
    """Record id -> the text of every highlighted piece naming it, joined in page order."""
    import lxml.html

    tree = lxml.html.fromstring(dom)
    joined: dict[str, str] = {}
    for element in tree.xpath(f"//span[@data-{kind}]"):
        for record in element.get(f"data-{kind}").split():
            joined[record] = joined.get(record, "") + element.text_content()
    return joined


def _export(articles: list[Path], folder: Path) -> Path:
    result = runner.invoke(app, ["export", *map(str, articles), "-o", f"{folder}/", "-f", "nq"])
    assert result.exit_code == 0, result.output
    return folder


def test_article_report_highlights_every_statement_exactly(tmp_path):
    kb = _export(sorted((ROOT / "seeds").glob("*.txt")), tmp_path / "kb")
    page = tmp_path / "article.html"
    result = runner.invoke(app, ["report", str(kb), "-o", str(page)])
    assert result.exit_code == 0, result.output
    dom = render(page, tmp_path, tmp_path / "article.png")
    from newskb.reporting import _record_id

    statements = tables(kb, ["statements"])["statements"].rows
    assert statements
    shown = _pieces(dom, "statement")
    for statement in statements:
        assert shown[_record_id(statement["iri"])] == statement["text"]
    assert "<h2" in dom and "<th scope=\"col\">Speaker</th>" in dom


def test_a_report_of_articles_is_the_report_of_their_export(tmp_path):
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    kb = _export(seeds, tmp_path / "kb")
    from_articles = runner.invoke(app, ["report", *map(str, seeds)]).stdout
    from_export = runner.invoke(app, ["report", str(kb)]).stdout
    assert from_articles and from_articles == from_export


@pytest.mark.skipif(not REAL.is_dir(), reason="the shared real articles are not beside the repository")
def test_corpus_report_has_a_dated_timeline_and_a_network(tmp_path):
    articles = sorted(REAL.glob("*.txt"))[:12]
    kb = _export(articles, tmp_path / "kb")
    page = tmp_path / "corpus.html"
    assert runner.invoke(app, ["report", str(kb), "-o", str(page)]).exit_code == 0
    dom = render(page, tmp_path, tmp_path / "corpus.png")
    import lxml.html

    tree = lxml.html.fromstring(dom)
    assert len(tree.xpath("//section[@class='article']")) == 12
    dates = [li.get("data-date") for li in tree.xpath("//ol[@class='timeline']/li")]
    dated = [d for d in dates if d]
    assert dated and dated == sorted(dated) and dates[: len(dated)] == dated  # in date order, undated last
    nodes = {g.get("data-name") for g in tree.xpath("//*[local-name()='g'][@class='node']")}
    edges = tree.xpath("//*[local-name()='line'][@class='edge']")
    assert edges
    actors = {e.get("data-from") for e in edges}
    assert actors <= nodes
    events = tables(kb, ["events"])["events"].rows
    assert any(name in nodes for r in events for name in r["actors"].split("; ") if r["targets"])


def test_markdown_report_has_the_same_sections_without_highlights(tmp_path):
    kb = _export(sorted((ROOT / "seeds").glob("*.txt")), tmp_path / "kb")
    result = runner.invoke(app, ["report", str(kb), "-f", "md"])
    assert result.exit_code == 0, result.output
    for heading in ("## Timeline of events and sanctions", "## Who acted on whom", "## Entities", "### Who said what", "### Sanctions"):
        assert heading in result.stdout
    assert "<span" not in result.stdout


def test_a_report_of_nothing_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "x.ttl").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["report", str(tmp_path / "empty")])
    assert result.exit_code == 2 and result.stderr.startswith("Error:")


def test_the_report_is_the_same_bytes_whatever_the_hash_seed(tmp_path):
    kb = _export(sorted((ROOT / "seeds").glob("*.txt")), tmp_path / "kb")
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "newskb", "report", str(kb)], capture_output=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        outputs.add(done.stdout)
    assert len(outputs) == 1
