"""Every lexicon shipped in src/newskb/lexicons/ says where its words come from and as of when,
in its header, so a reader can judge and update it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

FOLDER = Path(__file__).resolve().parents[1] / "src" / "newskb" / "lexicons"
LEXICONS = sorted([*FOLDER.glob("*.tsv"), *FOLDER.glob("*.txt")])


def header(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines[:40] if line.startswith("#"))


def test_every_lexicon_file_is_checked():
    assert len(LEXICONS) >= 20 and {p.name for p in LEXICONS} >= {"gazetteer.tsv", "speech_cues.tsv", "titles.txt"}


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.name)
def test_header_names_sources_and_date(path):
    text = header(path)
    assert re.search(r"\bsources?\b", text, re.IGNORECASE), f"{path.name}: no source in the header"
    assert re.search(r"\bas of:? \d{4}-\d{2}", text, re.IGNORECASE), f"{path.name}: no 'as of' date in the header"

