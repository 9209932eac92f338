"""The one small interface every extractor shares.

An extractor is a callable ``(ctx) -> list[record]``. It reads the parsed
document and the entity index in ``ctx`` and never mutates earlier results;
the pipeline runs extractors in order (statements, then sanctions, then
events), storing each result in ``ctx`` so later extractors can use it: events
take their status from the statement that reports them and link sanctions.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from ..models import Article, Sanction, Statement
    from .entities import EntityIndex
    from .speakers import Resolver


@dataclass
class Context:
    article: Article
    doc: Doc
    entities: EntityIndex
    statements: list[Statement] = field(default_factory=list)
    sanctions: list[Sanction] = field(default_factory=list)
    resolver: Resolver | None = None  # descriptions and pronouns → entities, built on first use

    @property
    def prose_start(self) -> int:
        """Where the prose starts, after the date header and the headline: a headline sums up
        what the body reports in full, so records come from the body."""
        article = self.article
        at = article.text.find(article.headline, article.body_start) if article.headline else -1
        return at + len(article.headline) if article.headline and at >= 0 else article.body_start  # type: ignore[arg-type]


class Extractor(Protocol):
    name: str

    def __call__(self, ctx: Context) -> list[Any]: ...


def doc_text(doc: Doc) -> str:
    """The document's text, built once (``Doc.text`` joins every token on each use)."""
    if "newskb_text" not in doc.user_data:
        doc.user_data["newskb_text"] = doc.text
    return doc.user_data["newskb_text"]


def _sentence_bounds(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Each sentence's first token, end token and first character, found once per document
    (``Doc.sents`` walks the whole text on every call); plain offsets, so the Doc stays serialisable."""
    if "newskb_sents" not in doc.user_data:
        bounds = [(s.start, s.end, s.start_char) for s in doc.sents]
        doc.user_data["newskb_sents"] = tuple(list(column) for column in zip(*bounds)) if bounds else ([], [], [])
    return doc.user_data["newskb_sents"]


def sentences_before(doc: Doc, offset: int, count: int) -> list[Span]:
    """The last ``count`` sentences starting at or before a character offset, in text order."""
    starts, ends, start_chars = _sentence_bounds(doc)
    upto = bisect_right(start_chars, offset)
    return [doc[starts[k] : ends[k]] for k in range(max(0, upto - count), upto)]


def sentences_after(doc: Doc, token_index: int, count: int) -> list[Span]:
    """The first ``count`` sentences starting at or after a token, in text order."""
    starts, ends, _ = _sentence_bounds(doc)
    first = bisect_left(starts, token_index)
    return [doc[starts[k] : ends[k]] for k in range(first, min(first + count, len(starts)))]
