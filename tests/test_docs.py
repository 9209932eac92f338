"""Every code block of the README and docs/ runs, so an example cannot rot.

- ``bash``/``sh`` blocks: each ``newskb …`` command runs in-process in a scratch copy of the
  repository's seeds/, queries/ and kb/ (``newskb serve`` as a real server on a free port,
  asked for its page, then stopped). Installing and running the tests are what CI itself
  does, so those commands are recognised and not run again; any other command fails the test.
  A command may end in ``# exit N`` when the example shows a failure.
- ``python`` blocks run as written, twice in one process (the API must work on every call).
- ``sparql`` blocks run with ``newskb query`` over the committed kb/ and must use declared terms only.
- ``turtle``, ``yaml`` and ``json`` blocks must parse; ``text`` blocks are output and are not run.
"""
from __future__ import annotations

import json
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from newskb.cli import app

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```\s*$", re.MULTILINE | re.DOTALL)
KNOWN_LANGUAGES = {"bash", "sh", "python", "sparql", "turtle", "yaml", "json", "text"}
# what CI does itself: making the environment and running the suite
SETUP = (re.compile(r"^python3? -m venv "), re.compile(r"^(\.venv/bin/)?pip install "), re.compile(r"^(\.venv/bin/)?python -m pip install "),
         re.compile(r"^(\.venv/bin/)?python -m pytest\b"), re.compile(r"^bash \.ci/run$"))
runner = CliRunner()


def blocks() -> list[tuple[str, int, str, str]]:
    """(document, line, info string, body) of every fenced block. A block right after an HTML
    comment ``<!-- walkthrough: PATH -->`` is a file of docs/extending.md's walk-through (its own
    test builds and runs it); one after ``<!-- not run: REASON -->`` is skipped, with the reason."""
    found = []
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            line = text[: match.start()].count("\n") + 1
            before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1].strip()
            language = match.group(1).strip()
            if before.startswith("<!-- walkthrough:"):
                language = "walkthrough"
            elif before.startswith("<!-- not run:"):
                language = "not-run: " + before.removeprefix("<!-- not run:").removesuffix("-->").strip()
            found.append((doc.name, line, language, match.group(2)))
    return found


def _id(block: tuple[str, int, str, str]) -> str:
    return f"{block[0]}:{block[1]}:{block[2] or 'untagged'}"


BLOCKS = blocks()


SHARED = ROOT.parent / "shared"


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """A scratch copy of the repository's data folders, with ../shared beside it when there is one."""
    repo = tmp_path / "repo"
    for folder in ("seeds", "queries", "kb"):
        shutil.copytree(ROOT / folder, repo / folder)
    if SHARED.is_dir():
        (tmp_path / "shared").symlink_to(SHARED)
    monkeypatch.chdir(repo)
    return repo


def test_every_block_says_what_it_is():
    untagged = [_id(b) for b in BLOCKS if b[2] not in KNOWN_LANGUAGES and b[2] != "walkthrough" and not b[2].startswith("not-run: ")]
    assert not untagged, f"tag these blocks with one of {sorted(KNOWN_LANGUAGES)}: {untagged}"


@pytest.mark.parametrize("block", [b for b in BLOCKS if b[2].startswith("not-run: ")], ids=lambda b: f"{b[0]}:{b[1]}")
def test_blocks_not_run_say_why(block):
    reason = block[2].removeprefix("not-run: ")
    assert len(reason) > 10
    pytest.skip(f"{block[0]}:{block[1]} is not run: {reason}")


def commands(script: str) -> list[tuple[str, int]]:
    """The commands of a shell block, with the exit code each is expected to give."""
    joined = re.sub(r"\\\n\s*", " ", script)
    out = []
    for line in joined.splitlines():
        expected = 0
        wanted = re.search(r"#\s*exit\s+(\d+)\s*$", line)
        if wanted:
            expected = int(wanted.group(1))
        line = re.sub(r"(^|\s)#.*$", "", line).strip()
        for command in filter(None, (c.strip() for c in line.split("&&"))):
            out.append((command, expected))
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(args: list[str], cwd: Path) -> None:
    """Start the documented server on a free local port, fetch its page, stop it."""
    args = [a for i, a in enumerate(args) if a != "--port" and (i == 0 or args[i - 1] != "--port")]
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "newskb", *args, "--port", str(port), "--host", "127.0.0.1"], cwd=cwd,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as answer:
                    assert answer.status == 200
                    return
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()[-2000:]
                assert time.monotonic() < deadline, "the documented server did not answer in 60 s"
                time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(30)


@pytest.mark.model
@pytest.mark.parametrize("block", [b for b in BLOCKS if b[2] in {"bash", "sh"}], ids=_id)
def test_shell_block_runs(block, scratch):
    for command, expected in commands(block[3]):
        if any(p.search(command) for p in SETUP):
            continue
        if "../shared" in command and not SHARED.is_dir():
            pytest.skip("the example reads ../shared, which is not beside the repository")
        words = shlex.split(command)
        program = words[0].removeprefix(".venv/bin/")
        assert program == "newskb", f"{_id(block)}: only newskb commands run in docs tests, not {command!r}"
        if words[1] == "serve":
            _serve(words[1:], scratch)
            continue
        result = runner.invoke(app, words[1:])
        assert result.exit_code == expected, f"{_id(block)}: {command!r} exited {result.exit_code}: {result.output[-2000:]}"


@pytest.mark.model
@pytest.mark.parametrize("block", [b for b in BLOCKS if b[2] == "python"], ids=_id)
def test_python_block_runs_twice_in_one_process(block, scratch):
    code = compile(block[3], _id(block), "exec")
    for _ in range(2):
        exec(code, {"__name__": "__docs__"})  # noqa: S102 - the documented example, as written


@pytest.mark.parametrize("block", [b for b in BLOCKS if b[2] == "sparql"], ids=_id)
def test_sparql_block_answers_over_the_committed_kb(block, scratch):
    from newskb.sparql_terms import undeclared_terms

    assert undeclared_terms(block[3]) == []
    result = runner.invoke(app, ["query", "kb/", "--sparql", block[3]])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("block", [b for b in BLOCKS if b[2] in {"turtle", "yaml", "json"}], ids=_id)
def test_data_block_parses(block):
    from rdflib import Graph

    language, text = block[2], block[3]
    if language == "turtle":
        Graph().parse(data=text, format="turtle")
    elif language == "yaml":
        assert yaml.safe_load(text) is not None
    else:
        try:
            json.loads(text)
        except json.JSONDecodeError:  # JSON lines: one document a line
            for line in filter(None, text.splitlines()):
                json.loads(line)
