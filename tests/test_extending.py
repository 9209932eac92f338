"""docs/extending.md, run: a record kind added in a copy of the package passes export, validate and query.

The files the walk-through adds are read from the page itself, so the page
cannot drift from the code; the copy is put first on the path of the
subprocesses, so the repository is never touched.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "extending.md"
BLOCK = re.compile(r"<!-- walkthrough: (?P<path>\S+) -->\n```\w*\n(?P<body>.*?)```", re.S)
# what adding a kind may touch: the declaration, one extractor module, its lexicon, its tests
ALLOWED = ("src/newskb/rdf/schema/*.yaml", "src/newskb/nlp/*.py", "src/newskb/lexicons/*", "tests/test_*.py")
# export's worker processes send records back pickled
PICKLE_A_RECORD = """
import pickle
from newskb.models import Span
from newskb.rdf.declaration import model_of
record = model_of("casualty_count")(count=3, casualty_type="Injured", evidence=Span.of("3 hurt", 0, 6))
assert pickle.loads(pickle.dumps(record)) == record
"""
SENTENCE = "At least 12 people were killed when rockets hit the city on Monday.\n"


def walkthrough_files() -> dict[str, str]:
    return {m["path"]: m["body"] for m in BLOCK.finditer(PAGE.read_text(encoding="utf-8"))}


def test_the_walkthrough_touches_only_the_declaration_one_extractor_its_lexicon_and_its_tests():
    files = walkthrough_files()
    kinds = [next((pattern for pattern in ALLOWED if fnmatch(path, pattern)), None) for path in files]
    assert None not in kinds, files.keys()
    assert sorted(kinds) == sorted(ALLOWED)
    assert not any((ROOT / path).exists() for path in files), "the walk-through's files must be new"


@pytest.fixture(scope="module")
def extended(tmp_path_factory) -> Path:
    """A copy of the package and its shapes with the walk-through's files added."""
    copy = tmp_path_factory.mktemp("extended")
    shutil.copytree(ROOT / "src" / "newskb", copy / "src" / "newskb", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "shapes", copy / "shapes")
    for path, body in walkthrough_files().items():
        (copy / path).parent.mkdir(parents=True, exist_ok=True)
        (copy / path).write_text(body, encoding="utf-8")
    return copy


def run(copy: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(copy / "src")}
    return subprocess.run([sys.executable, *args], cwd=copy, env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.model  # in the export it starts as a process
def test_a_kind_added_as_the_walkthrough_says_is_exported_validated_and_queried(extended):
    stale = run(extended, "-m", "newskb.rdf.generate", "--check")
    assert stale.returncode == 1, "the new declaration must change the generated files"
    generated = run(extended, "-m", "newskb.rdf.generate")
    assert generated.returncode == 0, generated.stderr
    assert "nkb:CasualtyCount" in (extended / "src/newskb/rdf/ontology.ttl").read_text(encoding="utf-8")
    assert "nkbsh:CasualtyCountShape" in (extended / "shapes/newskb.ttl").read_text(encoding="utf-8")

    pickled = run(extended, "-c", PICKLE_A_RECORD)
    assert pickled.returncode == 0, pickled.stderr

    unit = run(extended, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(extended), "tests")
    assert unit.returncode == 0, unit.stdout + unit.stderr

    (extended / "article.txt").write_text(SENTENCE, encoding="utf-8")
    exported = run(extended, "-m", "newskb", "export", "article.txt", "--output", "kb/", "-f", "turtle")
    assert exported.returncode == 0, exported.stdout + exported.stderr
    validated = run(extended, "-m", "newskb", "validate", "kb")
    assert validated.returncode == 0, validated.stdout + validated.stderr

    query = "SELECT ?count ?type WHERE { ?c a nkb:CasualtyCount ; nkb:casualties ?count ; nkb:casualtyType ?type }"
    answered = run(extended, "-m", "newskb", "query", "kb", "-q", query, "-f", "json")
    assert answered.returncode == 0, answered.stdout + answered.stderr
    rows = json.loads(answered.stdout)["results"]["bindings"]
    assert [(r["count"]["value"], r["type"]["value"].rsplit("#", 1)[1]) for r in rows] == [("12", "Killed")]

