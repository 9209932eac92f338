"""Faults from outside: failed runs, full disks, kills, concurrent runs — nothing lost, nothing runaway.

The slow kill-at-random-points battery is ``bench/faults.py``; here each fault
is tried once, fast.
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newskb.cli import app

runner = CliRunner()
STORY = "The Norwegian foreign minister, Ingrid Dahl, said on Monday that talks in Oslo had failed.\n"
OTHER = "Officials in Lima said on Tuesday that the negotiations with Chile would resume in March.\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in a folder, hidden bookkeeping included, with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def write_articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"a{i:03d}.txt").write_text((STORY if i % 2 else OTHER).replace("Monday", f"day {i}"), encoding="utf-8")
    return folder


# --- a failed or empty run leaves the old output as it was ------------------------------------------
@pytest.mark.parametrize("content", [b"", b"  \n\t ", b"\x00\x01\x02\x89PNG"], ids=["empty", "whitespace", "binary"])
def test_a_failed_run_leaves_the_merged_output_byte_identical(tmp_path, content):
    good, bad, out = tmp_path / "good.txt", tmp_path / "bad.txt", tmp_path / "kb.ttl"
    good.write_text(STORY, encoding="utf-8")
    bad.write_bytes(content)
    assert runner.invoke(app, ["export", str(good), "-o", str(out)]).exit_code == 0
    before = out.read_bytes()
    result = runner.invoke(app, ["export", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert out.read_bytes() == before
    assert f"{out} left as it was" in result.stderr


def test_a_failed_run_leaves_the_folder_output_byte_identical(tmp_path):
    good, bad, out = tmp_path / "good.txt", tmp_path / "bad.txt", tmp_path / "kb"
    good.write_text(STORY, encoding="utf-8")
    bad.write_bytes(b"")
    assert runner.invoke(app, ["export", str(good), "-o", f"{out}/"]).exit_code == 0
    before = snapshot(out)
    assert runner.invoke(app, ["export", str(bad), "-o", f"{out}/"]).exit_code == 1
    assert runner.invoke(app, ["export", str(bad), str(good), "-o", f"{out}/"]).exit_code == 1
    assert snapshot(out) == before


# --- full or read-only disk: stop at the first failure, say so once, count right ------------------
def fail_writes_after(monkeypatch, allowed: int, error: int = errno.ENOSPC) -> list[str]:
    """Make every file write after the first ``allowed`` fail as a full (or read-only) disk would."""
    from newskb import output

    real = output.tempfile.mkstemp
    calls: list[str] = []

    def mkstemp(**kwargs):
        calls.append(kwargs["prefix"])
        if len(calls) > allowed:
            raise OSError(error, os.strerror(error))
        return real(**kwargs)

    monkeypatch.setattr(output.tempfile, "mkstemp", mkstemp)
    return calls


def test_a_full_disk_stops_the_export_at_the_first_failure_with_a_true_summary(tmp_path, monkeypatch):
    articles = write_articles(tmp_path / "in", 6)
    calls = fail_writes_after(monkeypatch, 2)
    result = runner.invoke(app, ["export", str(articles), "-o", f"{tmp_path / 'out'}/"])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and "No space left on device" in errors[0] and " — " in errors[0]
    assert "2 article(s) exported, 0 failed; stopped at the write failure, 4 not exported." in result.stderr
    assert len(calls) == 3  # no write was tried after the failing one
    assert sorted(p.name for p in (tmp_path / "out").glob("*.ttl")) == ["a000.ttl", "a001.ttl"]
    assert "Traceback" not in result.output


def test_after_a_full_disk_the_next_run_exports_only_what_is_missing(tmp_path, monkeypatch):
    from newskb.export import export

    articles = write_articles(tmp_path / "in", 5)
    out = tmp_path / "out"
    fail_writes_after(monkeypatch, 3)
    first = export([articles], formats=["turtle"], output=out, per_article=True)
    assert len(first.exported) == 3 and first.not_done == 2 and len(first.write_errors) == 1
    monkeypatch.undo()
    second = export([articles], formats=["turtle"], output=out, per_article=True)
    assert len(second.skipped) == 3 and len(second.exported) == 2 and not second.write_errors


def test_a_manifest_that_cannot_be_saved_masks_nothing(tmp_path, monkeypatch):
    from newskb import export as export_module

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"")

    def no_space(self):
        raise export_module.OutputError(f"{self.path}: cannot write (No space left on device)", "free some space")

    monkeypatch.setattr(export_module.Manifest, "save", no_space)
    result = runner.invoke(app, ["export", str(tmp_path / "in"), "-o", f"{tmp_path / 'out'}/"])
    assert result.exit_code == 2
    assert "bad.txt: empty article" in result.stderr  # the article's own error is still told
    assert ".newskb-manifest: cannot write (No space left on device)" in result.stderr
    assert "1 article(s) exported, 1 failed" in result.stderr


def test_a_merged_output_that_cannot_be_written_is_one_line_and_the_old_file_stays(tmp_path, monkeypatch):
    article, out = tmp_path / "a.txt", tmp_path / "kb.ttl"
    article.write_text(STORY, encoding="utf-8")
    out.write_text("old\n", encoding="utf-8")
    fail_writes_after(monkeypatch, 0, errno.EROFS)
    result = runner.invoke(app, ["export", str(article), "-o", str(out)])
    assert result.exit_code == 2 and "Read-only file system" in result.stderr
    assert "0 article(s) exported, 0 failed; stopped at the write failure, 1 not exported" in result.stderr
    assert out.read_text(encoding="utf-8") == "old\n"
