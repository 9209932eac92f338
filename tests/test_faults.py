"""Faults from outside: failed runs, full disks, kills, concurrent runs — nothing lost, nothing runaway.

The slow kill-at-random-points battery is ``bench/faults.py``; here each fault
is tried once, fast.
"""
from __future__ import annotations

import errno
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import URIRef
from typer.testing import CliRunner

from newskb.cli import app
from processes import child_pids, running

pytestmark = pytest.mark.slow  # starts processes or servers, or runs a whole external suite: minutes, not seconds

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
@pytest.mark.model
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


@pytest.mark.model
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


@pytest.mark.model
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


@pytest.mark.model
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


@pytest.mark.model
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


@pytest.mark.model
def test_a_merged_output_that_cannot_be_written_is_one_line_and_the_old_file_stays(tmp_path, monkeypatch):
    article, out = tmp_path / "a.txt", tmp_path / "kb.ttl"
    article.write_text(STORY, encoding="utf-8")
    out.write_text("old\n", encoding="utf-8")
    fail_writes_after(monkeypatch, 0, errno.EROFS)
    result = runner.invoke(app, ["export", str(article), "-o", str(out)])
    assert result.exit_code == 2 and "Read-only file system" in result.stderr
    assert "0 article(s) exported, 0 failed; stopped at the write failure, 1 not exported" in result.stderr
    assert out.read_text(encoding="utf-8") == "old\n"


# --- Ctrl-C, impossible dates, stray NUL characters --------------------------------------------------
def ctrl_c_as_at_a_terminal() -> None:
    """Give the child the default SIGINT even when this run was started in the background
    (where the shell ignores it and Python would then never raise KeyboardInterrupt)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def newskb(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    kwargs.setdefault("stdout", subprocess.DEVNULL)
    return subprocess.Popen([sys.executable, "-m", "newskb", *args], preexec_fn=ctrl_c_as_at_a_terminal, env=env, stderr=subprocess.PIPE, **kwargs)


@pytest.mark.model  # in the export it starts as a process
def test_ctrl_c_prints_the_interrupted_line_and_exits_130(tmp_path):
    out = tmp_path / "kb.ttl"
    out.write_text("old\n", encoding="utf-8")
    proc = newskb("export", "-", "-o", str(out), stdin=subprocess.PIPE)  # waits for stdin that never ends
    time.sleep(4)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=60)  # not communicate(): closing stdin would race the signal with an end of input
    stderr = proc.stderr.read()
    assert proc.returncode == 130, stderr.decode()
    assert stderr.decode().strip().splitlines()[-1].startswith("Error: interrupted — ")
    assert "Traceback" not in stderr.decode() and out.read_text(encoding="utf-8") == "old\n"


@pytest.mark.model
@pytest.mark.parametrize(("header", "warned"), [("date 2025-02-30", True), ("Date: 2023-13-01", True), ("date 2024-02-29", False)])
def test_a_header_date_that_does_not_exist_is_a_warning_naming_the_line(tmp_path, header, warned):
    path = tmp_path / "story.txt"
    path.write_text(f"\n{header}\n{STORY}", encoding="utf-8")
    result = runner.invoke(app, ["export", str(path)])
    assert result.exit_code == 0
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]
    if warned:
        assert warnings == [f"Warning: story.txt line 2: no such date {header.split()[-1]} in the date header — datePublished left out; fix the date"]
        assert "datePublished" not in result.stdout
    else:
        assert warnings == [] and "datePublished" in result.stdout


@pytest.mark.model
def test_a_stray_nul_character_is_kept_with_a_warning_and_offsets_hold(tmp_path):
    from rdflib import Graph

    text = f'{OTHER}"We will\0 not sign this," Ingrid Dahl told reporters in Oslo.\n'
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode("utf-8"))
    result = runner.invoke(app, ["export", str(path)])
    assert result.exit_code == 0, result.output
    assert f"Warning: {path} line 2: 1 NUL character(s) in the text — kept" in result.stderr
    graph = Graph().parse(data=result.stdout, format="turtle")
    exact = {str(o) for o in graph.objects(None, URIRef("http://www.w3.org/ns/oa#exact"))}
    assert any("\0" in x for x in exact)
    rows = graph.query("SELECT ?s ?e ?x WHERE { ?sp oa:hasSelector ?p, ?q . ?p oa:start ?s ; oa:end ?e . ?q oa:exact ?x }",
                       initNs={"oa": "http://www.w3.org/ns/oa#"})
    assert rows and all(text[int(s) : int(e)] == str(x) for s, e, x in rows)


@pytest.mark.model
@pytest.mark.parametrize("raw", [b"Text\0with\x01controls\n" * 5, ("Many NUL characters\0\0" * 5).encode()], ids=["controls", "many"])
def test_nul_characters_among_controls_or_in_numbers_are_still_binary(tmp_path, raw):
    path = tmp_path / "x.txt"
    path.write_bytes(raw)
    result = runner.invoke(app, ["export", str(path)])
    assert result.exit_code == 1 and "binary data" in result.stderr


# --- kill -9, stale temporary files, concurrent exports -------------------------------------------
def wait_for(condition, within: float = 60.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False






def dead_pid() -> int:
    """The pid of a process that has ended (so a temporary file naming it is stale)."""
    proc = subprocess.Popen(["true"])
    proc.wait()
    return proc.pid


@pytest.mark.model  # in the export it starts as a process
def test_kill_9_of_an_export_kills_its_workers(tmp_path):
    articles = write_articles(tmp_path / "in", 400)
    proc = newskb("export", str(articles), "-o", f"{tmp_path / 'out'}/", "--jobs", "2")
    assert wait_for(lambda: len(child_pids(proc.pid)) >= 2), proc.stderr.read1().decode() if proc.poll() is not None else "no workers"
    workers = child_pids(proc.pid)
    proc.kill()
    proc.wait()
    assert wait_for(lambda: not any(running(w) for w in workers), within=10), [w for w in workers if running(w)]


@pytest.mark.model  # in the export it starts as a process
def test_a_killed_export_loses_only_articles_in_flight_and_a_rerun_matches_a_clean_export(tmp_path):
    articles = write_articles(tmp_path / "in", 120)
    clean, out = tmp_path / "clean", tmp_path / "out"
    assert newskb("export", str(articles), "-o", f"{clean}/").wait(timeout=300) == 0
    proc = newskb("export", str(articles), "-o", f"{out}/")
    assert wait_for(lambda: out.exists() and len(list(out.glob("*.ttl"))) >= 10)
    proc.kill()
    proc.wait()
    finished = len(list(out.glob("*.ttl")))
    from newskb.output import host_tag

    (out / f".a000.ttl.newskb-{host_tag()}-{dead_pid()}-x1y2.tmp").write_text("half", encoding="utf-8")  # killed mid-write
    rerun = newskb("export", str(articles), "-o", f"{out}/")
    _, stderr = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, stderr.decode()
    skipped = int(re.search(r"(\d+) unchanged \(skipped\)", stderr.decode()).group(1))
    assert skipped >= finished - 1  # the journal kept every finished article (one may have been in flight)
    assert snapshot(out) == snapshot(clean)  # no stale temporary file; manifest and outputs as a clean run's


def test_a_live_runs_temporary_file_is_left_alone(tmp_path):
    from newskb.output import host_tag, remove_stale_temps

    host = host_tag()
    mine = tmp_path / f".a.ttl.newskb-{host}-{os.getpid()}-abc.tmp"
    stale = tmp_path / f".b.ttl.newskb-{host}-{dead_pid()}-abc.tmp"
    elsewhere = tmp_path / f".c.ttl.newskb-another_host-{dead_pid()}-abc.tmp"
    for path in (mine, stale, elsewhere):
        path.write_text("x", encoding="utf-8")
    assert remove_stale_temps(tmp_path) == [stale]
    assert mine.exists() and elsewhere.exists()


@pytest.mark.model  # in the export it starts as a process
def test_two_exports_into_one_folder_keep_every_manifest_entry(tmp_path):
    import json

    first = write_articles(tmp_path / "first", 30)
    second = tmp_path / "second"
    second.mkdir()
    for path in first.glob("*.txt"):
        (second / f"b{path.name}").write_text(path.read_text(encoding="utf-8").replace("Oslo", "Bergen"), encoding="utf-8")
    out = f"{tmp_path / 'out'}/"
    runs = [newskb("export", str(folder), "-o", out) for folder in (first, second)]
    assert [run.wait(timeout=300) for run in runs] == [0, 0]
    entries = json.loads((tmp_path / "out" / ".newskb-manifest").read_text(encoding="utf-8"))["files"]
    assert len(entries) == 60 == len(list((tmp_path / "out").glob("*.ttl")))
    assert (tmp_path / "out" / ".newskb-manifest.log").read_text(encoding="utf-8") == ""


# --- a real full disk and a real read-only folder (a tiny tmpfs) ----------------------------------
@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KB tmpfs mounted for the test, where the machine allows mounting (root with CAP_SYS_ADMIN)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({(made.stderr or 'mount failed').strip()[:100]}); the monkeypatched full-disk tests above still run")
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


@pytest.mark.model  # in the export it starts as a process
def test_a_really_full_disk_stops_at_the_first_failure_with_a_true_summary(tmp_path, tiny_disk):
    articles = write_articles(tmp_path / "in", 60)
    proc = newskb("export", str(articles), "-o", f"{tiny_disk}/")
    _, stderr = proc.communicate(timeout=300)
    text = stderr.decode()
    assert proc.returncode == 2, text
    errors = [line for line in text.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and "No space left on device" in errors[0], text
    summary = re.search(r"(\d+) article\(s\) exported, 0 failed; stopped at the write failure, (\d+) not exported\.", text)
    assert summary, text
    written = sorted(tiny_disk.glob("*.ttl"))
    assert int(summary.group(1)) == len(written) and int(summary.group(1)) + int(summary.group(2)) == 60
    assert not list(tiny_disk.glob(".*.tmp"))
    assert "Traceback" not in text


@pytest.mark.model  # in the export it starts as a process
def test_a_really_read_only_folder_keeps_the_old_outputs(tmp_path, tiny_disk):
    articles = write_articles(tmp_path / "in", 3)
    assert newskb("export", str(articles), "-o", f"{tiny_disk}/").wait(timeout=300) == 0
    before = snapshot(tiny_disk)
    for path in articles.glob("*.txt"):
        path.write_text(path.read_text(encoding="utf-8") + "The talks will resume next week.\n", encoding="utf-8")
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    proc = newskb("export", str(articles), "-o", f"{tiny_disk}/")
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 2 and "Read-only file system" in stderr.decode(), stderr.decode()
    assert snapshot(tiny_disk) == before
