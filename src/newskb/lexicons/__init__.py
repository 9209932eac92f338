"""Lexicons are data: tab-separated tables and word lists shipped with the package.

Lines starting with ``#`` are comments in every lexicon file.
"""
from __future__ import annotations

import csv
from importlib import resources


def read_lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of a word list."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated table whose first non-comment line is its header."""
    with resources.files(__name__).joinpath(name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]
