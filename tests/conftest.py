"""Shared fixtures: the spaCy model is loaded once per session; the seed is extracted once."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
KB = ROOT / "kb"


MODEL_FIXTURES = {"nlp"}  # every model fixture depends on it


@pytest.fixture(autouse=True)
def _model_only_when_marked(request, monkeypatch):
    """A test that loads the spaCy model must say so (``@pytest.mark.model``), so that
    ``pytest -m "not model"`` really runs without it, in seconds."""
    if request.node.get_closest_marker("model") is not None:
        return
    needs = MODEL_FIXTURES & set(request.fixturenames)
    assert not needs, f"{request.node.nodeid} uses {sorted(needs)}: mark it @pytest.mark.model"
    import newskb.nlp.annotate as annotate

    def refuse(name: str):
        raise AssertionError(f"{request.node.nodeid} loads the spaCy model ({name}): mark it @pytest.mark.model")

    monkeypatch.setattr(annotate, "_load", refuse)


@pytest.fixture(scope="session", autouse=True)
def _no_model_in_a_run_without_model_tests(request):
    """In a run that selects no model test (``-m "not model"``) the model cannot load at all, so a
    module fixture of an unmarked test, which runs before the per-test guard above, is caught too."""
    if any(item.get_closest_marker("model") is not None for item in request.session.items):
        yield
        return
    import newskb.nlp.annotate as annotate

    def refuse(name: str):
        raise AssertionError(f"the spaCy model ({name}) was loaded in a run without model tests: mark the test @pytest.mark.model")

    patch = pytest.MonkeyPatch()
    patch.setattr(annotate, "_load", refuse)
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _query_cache_in_tmp(tmp_path_factory, monkeypatch):
    """``newskb query`` keeps stores of large folders under the user's cache folder; a test run
    (and the CLI subprocesses it starts) keeps them in a temporary folder instead."""
    monkeypatch.setenv("NEWSKB_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "query-cache"))


@pytest.fixture(scope="session")
def nlp():
    from newskb.nlp.annotate import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return sorted(SEEDS.glob("*.txt"))[0]


@pytest.fixture(scope="session")
def seed_extraction(seed_path, nlp):
    from newskb.pipeline import extract_doc
    from newskb.nlp.annotate import annotate
    from newskb.reader import read_article

    article = read_article(seed_path)
    return extract_doc(article, annotate(article, nlp), nlp)


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Extract records from a text written in a test."""
    from newskb.pipeline import extract_doc
    from newskb.nlp.annotate import annotate
    from newskb.reader import parse_article

    def run(text: str):
        article = parse_article(text)
        return extract_doc(article, annotate(article, nlp), nlp)

    return run


def _scores(folder: Path):
    from newskb.evaluate import evaluate_pairs, pair_folder

    pairs = pair_folder(folder)
    if len(pairs) < 3:
        pytest.skip(f"fewer than three annotated articles in {folder}")
    return evaluate_pairs(pairs)


@pytest.fixture(scope="session")
def team_scores(nlp):
    """Pooled scores on the team's annotated articles (tests/data/articles), computed once."""
    return _scores(Path(__file__).parent / "data" / "articles")


@pytest.fixture(scope="session")
def holdout_scores(nlp):
    """Pooled scores on the second, independently written set (tests/data/holdout)."""
    return _scores(Path(__file__).parent / "data" / "holdout")


@pytest.fixture(scope="session")
def blind_set_scores(nlp):
    """Pooled scores on a set written blind to the rules (tests/data/holdout2 to holdout27), by name, each computed once."""
    computed: dict[str, dict] = {}

    def scores(name: str) -> dict:
        if name not in computed:
            computed[name] = _scores(Path(__file__).parent / "data" / name)
        return computed[name]

    return scores


REAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "real"


@pytest.fixture(scope="session")
def real_scores(nlp):
    """Pooled scores on the real development articles (../shared/eval/real), computed once."""
    if not REAL.is_dir():
        pytest.skip("the shared real articles (../shared/eval/real) are not beside the repository")
    return _scores(REAL)
