"""Shared fixtures: the spaCy model is loaded once per session; the seed is extracted once."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
KB = ROOT / "kb"


@pytest.fixture(scope="session")
def nlp():
    from newskb.nlp.annotate import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return sorted(SEEDS.glob("*.txt"))[0]


@pytest.fixture(scope="session")
def seed_extraction(seed_path, nlp):
    from newskb.extract import extract_doc
    from newskb.nlp.annotate import annotate
    from newskb.reader import read_article

    article = read_article(seed_path)
    return extract_doc(article, annotate(article, nlp), nlp)


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Extract records from a text written in a test."""
    from newskb.extract import extract_doc
    from newskb.nlp.annotate import annotate
    from newskb.reader import parse_article

    def run(text: str):
        article = parse_article(text)
        return extract_doc(article, annotate(article, nlp), nlp)

    return run
