"""The one small interface every extractor shares.

An extractor is a callable ``(ctx) -> list[record]``. It reads the parsed
document and the entity index in ``ctx`` and never mutates earlier results;
the pipeline runs extractors in order (statements, then sanctions, then
events), storing each result in ``ctx`` so later extractors can use it: events
take their status from the statement that reports them and link sanctions.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc

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


def sentences(doc: Doc) -> list:
    """The document's sentences, found once per document (``Doc.sents`` walks the whole text
    on every call); kept as token offsets so the Doc stays serialisable."""
    if "newskb_sents" not in doc.user_data:
        doc.user_data["newskb_sents"] = [(s.start, s.end) for s in doc.sents]
    return [doc[start:end] for start, end in doc.user_data["newskb_sents"]]
