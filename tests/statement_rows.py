"""Checks shared by the tables of statement tests (test_statements.py, test_statements_layouts.py):
a row is a text and the statements it must give, each as (quote type, the speaker's entity name or
None for an unnamed source, words the statement's text must contain), in text order."""
from __future__ import annotations


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
