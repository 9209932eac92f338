"""Lexicons are data: tab-separated tables and word lists shipped with the package.

Lines starting with ``#`` are comments in every lexicon file.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


def read_lines(name: str) -> list[str]:
    """The non-empty, non-comment lines of a word list."""
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    """A word list as a set, read once per process: the rules look words up in it token by token."""
    return frozenset(read_lines(name))


def read_table(name: str) -> list[dict[str, str]]:
    """The rows of a tab-separated table whose first non-comment line is its header."""
    with resources.files(__name__).joinpath(name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


@lru_cache(maxsize=1)
def load_company_words() -> dict[str, frozenset[str]]:
    """The words of company names (``company_words.txt``) by kind: legal-form suffixes ("Ltd", "Sdn."),
    industry nouns, prefixes; read by the entity rules and by the sentence splitter, which must not end a
    sentence at the full stop inside "Pte. Ltd."."""
    cues = [line.split(":", 1) for line in read_lines("company_words.txt")]
    return {kind: frozenset(w for k, w in cues if k == kind) for kind in ("suffix", "noun", "prefix")}
