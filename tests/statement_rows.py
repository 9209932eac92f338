"""Checks shared by the tables of statement tests (test_statements.py, test_statements_layouts.py,
test_statements_wire_layouts.py, test_statements_release_layouts.py, and the
scored sets test_statements_gov_wiki.py, test_statements_continuations.py and
test_statements_collective_sources.py): a row is a text and the statements it must give, each as (quote
type, the speaker's entity name or None for an unnamed source, words the statement's text must contain),
in text order."""
from __future__ import annotations

import re
import unicodedata

import pytest

from newskb.pipeline import extract_articles
from newskb.reader import parse_article

#: The quote types of a row's statements, as the rows write them.
D, I, M = "Direct", "Indirect", "Mixed"


def observed_statements(extraction) -> list[tuple[str, str | None, str]]:
    names = {e.key: e.name for e in extraction.entities}
    return [(s.quote_type, names.get(s.speaker) if s.speaker else None, s.text) for s in extraction.statements]


def assert_gives(extraction, expected: list[tuple[str, str | None, str]]) -> None:
    observed = observed_statements(extraction)
    assert len(observed) == len(expected), observed
    for (kind, speaker, words), (got_kind, got_speaker, got_text) in zip(expected, observed):
        assert words in got_text, observed
        assert (got_kind, got_speaker) == (kind, speaker), observed


def assert_grounded(extractions) -> None:
    """Every statement's content and evidence are the article's own characters, the content inside the evidence."""
    for extraction in extractions:
        text = extraction.article.text
        for st in extraction.statements:
            assert text[st.content.start : st.content.end] == st.content.exact == st.text
            assert text[st.evidence.start : st.evidence.end] == st.evidence.exact
            assert st.evidence.start <= st.content.start and st.content.end <= st.evidence.end


def passage_params(rows, gaps: dict[str, str] | None = None) -> list:
    """One test parameter per row of (text, statements), named by the text's start; a row whose text is
    a known gap is a strict xfail with the gap as its reason."""
    gaps = gaps or {}
    return [pytest.param(row, marks=[pytest.mark.xfail(strict=True, reason=gaps[text])] if text in gaps else [], id=text[:40])
            for row, (text, _) in enumerate(rows)]


def extract_rows(rows) -> list:
    """Each row's text extracted as one article, in row order."""
    return list(extract_articles([parse_article(text) for text, _ in rows]))


def passage_tests(rows, gaps: dict[str, str] | None = None):
    """The tests of a file of passage rows, for its module to bind: a module-wide ``extractions`` fixture
    (one extraction per row), one test per row, and the grounding test over them all."""

    @pytest.fixture(scope="module")
    def extractions():
        return extract_rows(rows)

    @pytest.mark.parametrize("row", passage_params(rows, gaps))
    def test_passage_gives_expected_statements(extractions, row):
        assert_gives(extractions[row], rows[row][1])

    def test_every_span_is_grounded(extractions):
        assert_grounded(extractions)

    return extractions, test_passage_gives_expected_statements, test_every_span_is_grounded


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", re.sub(r"[“”\"]", "", text)).strip().lower()


def _required(gold: tuple) -> bool:
    return len(gold) == 3


def _matches(gold: tuple, statement, names: dict[str, set[str]], attributed: bool) -> bool:
    _, speaker, key = gold[:3]
    if _norm(key) not in _norm(statement.text):
        return False
    if not attributed:
        return True
    accepted = speaker if isinstance(speaker, tuple) else (speaker,)
    if statement.speaker is None:
        return None in accepted
    return any(a is not None and _norm(a) in names[statement.speaker] for a in accepted)


def gold_scores(rows, extractions, attributed: bool) -> tuple[float, float, list[str]]:
    """Precision, recall and the keys of the missed required statements, scored the way
    ../shared/eval/score.py scores statements: a statement is detected when its text holds the gold key
    (quotation marks and case aside), attributed when its speaker is also the gold one (by name or
    alternate name; an unnamed gold source wants no speaker). Rows are (text, golds), a gold being
    (quote type, speaker or a tuple of accepted speakers, key[, OPTIONAL]); an optional gold is neither
    required nor penalised."""
    tp_sys = n_sys = tp_gold = n_gold = 0
    missed = []
    for (_, golds), extraction in zip(rows, extractions):
        names = {e.key: {_norm(e.name)} | {_norm(a) for a in e.alternate_names} for e in extraction.entities}
        for st in extraction.statements:
            hits = [g for g in golds if _matches(g, st, names, attributed)]
            if hits and not any(_required(h) for h in hits):
                continue
            n_sys += 1
            tp_sys += bool(hits)
        for gold in filter(_required, golds):
            n_gold += 1
            found = any(_matches(gold, st, names, attributed) for st in extraction.statements)
            tp_gold += found
            if not found:
                missed.append(gold[2])
    return tp_sys / n_sys, tp_gold / n_gold, missed


class ScoredStatementSet:
    """The checks every scored set of passages makes, inherited by a `Test…` class per set that names its
    ROWS, the GAPS it still misses (key → cause) and its FLOORS ((precision, recall) for "detected" and
    "attributed"): the set keeps its level, misses only its known gaps, and grounds every span."""

    ROWS: list
    GAPS: dict[str, str]
    FLOORS: dict[str, tuple[float, float]]

    @pytest.fixture(scope="class")
    @classmethod
    def extractions(cls):
        return list(extract_articles([parse_article(text) for text, _ in cls.ROWS]))

    @pytest.mark.parametrize("measure", ["detected", "attributed"])
    def test_set_keeps_its_level(self, extractions, measure):
        precision, recall, _ = gold_scores(self.ROWS, extractions, attributed=measure == "attributed")
        precision_floor, recall_floor = self.FLOORS[measure]
        assert precision >= precision_floor and recall >= recall_floor, (precision, recall)

    def test_only_the_known_gaps_are_missed(self, extractions):
        _, _, missed = gold_scores(self.ROWS, extractions, attributed=True)
        assert set(missed) <= set(self.GAPS), sorted(set(missed) - set(self.GAPS))

    def test_every_span_is_grounded(self, extractions):
        assert_grounded(extractions)
