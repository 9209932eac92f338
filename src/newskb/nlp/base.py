"""What the extractors of one article share: the ``Context``, and the document's sentences.

``pipeline.extract_doc`` builds the context, then runs the extractor of every record kind
the vocabulary declares (``rdf/schema/``), each after the kinds it ``requires``, and keeps
what each returns in ``found`` under its kind: sanctions and events take who "we" is from
the statements, and events merge the sanctions' own events. An extractor reads earlier
records and never changes them; ``pipeline._linked_to_events`` links each sanction to the
event it became part of. ``pipeline.article_context`` builds the context: the entities, then
the resolver, which adds what the article says about them (job titles, affiliations) to the
entity index, which is then frozen. Each extractor runs in its own ``Context.for_extractor``:
what it reaches while it reads (a country named by a nationality word, an office holder, an
institution, a collective, a description's alias) goes to its own overlay of the index, which
only the extractors of kinds that read its records see (that reach is part of its output); the
pipeline merges the overlays, in declaration order, into the entities it outputs.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from copy import copy
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ..reader import prose_start
from .annotate import datelines
from .tokens import kept_with_the_doc

#: The marker opening an item of a bulleted or numbered list: "- ", "• ", "1. ", "(2) ".
LIST_MARKER = re.compile(r"[ \t]*(?:[-–—•*·▪●]|\(?\d{1,3}[.)])[ \t]+")

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..models import Article, Record, Sanction, Statement
    from .entities import EntityIndex
    from .speakers import Resolver


@dataclass
class Context:
    article: Article
    doc: Doc
    entities: EntityIndex
    resolver: Resolver = field(init=False)  # descriptions and pronouns → entities (``pipeline.article_context``)
    found: dict[str, list[Record]] = field(default_factory=dict)  # the records found so far, by kind

    def for_extractor(self, read: tuple[Context, ...] = ()) -> Context:
        """The context one extractor runs in: the same article and records found so far, with its own
        overlay of the frozen entity index (``EntityIndex.overlay``) and a resolver bound to it, both
        holding what the extractors of the kinds it reads (their contexts, ``read``) reached, so nothing
        it reaches changes what the index holds."""
        own = copy(self)
        own.entities = self.entities.overlay([other.entities for other in read])
        own.resolver = self.resolver.bound_to(own, [other.resolver for other in read])
        return own

    @property
    def statements(self) -> list[Statement]:
        return self.found.get("statement", [])  # type: ignore[return-value]

    @property
    def sanctions(self) -> list[Sanction]:
        return self.found.get("sanction", [])  # type: ignore[return-value]

    @cached_property
    def _datelines(self) -> list[tuple[int, int, int]]:
        """Each dateline's start, dash end and end, found once per article (every extractor's context asks)."""
        if "newskb_datelines" not in self.doc.user_data:
            self.doc.user_data["newskb_datelines"] = [(d.start(), d.end(1), d.end()) for d in datelines(self.article.text)]
        return self.doc.user_data["newskb_datelines"]

    def dateline_end(self, token: Token) -> int | None:
        """Where the text goes on after the dateline a word belongs to ("LIMA, Peru (AP) — "), if it
        belongs to one: a dateline says where the story was filed, never who acted, though the parser
        may hang it on a subject."""
        return next((end for start, dash_end, end in self._datelines if start <= token.idx < dash_end), None)

    def in_dateline(self, token: Token) -> bool:
        return self.dateline_end(token) is not None

    @cached_property
    def prose_start(self) -> int:
        """Where the prose starts, after the date header, the headline and a deck under it: they sum
        up what the body reports in full, so records come from the body."""
        return prose_start(self.article)


def doc_text(doc: Doc) -> str:
    """The document's text, built once (``Doc.text`` joins every token on each use)."""
    if "newskb_text" not in doc.user_data:
        doc.user_data["newskb_text"] = doc.text
    return doc.user_data["newskb_text"]


@kept_with_the_doc
def _sentence_index(doc: Doc) -> tuple[list[int], list[int], list[int], list[int]]:
    """Each sentence's first token, end token, first character and end character, found once per
    document (``Doc.sents`` walks the whole text on every call, ``Token.sent`` the token's sentence)."""
    sentences = list(doc.sents)
    return [s.start for s in sentences], [s.end for s in sentences], [s.start_char for s in sentences], [s.end_char for s in sentences]


def sentences_before(doc: Doc, offset: int, count: int) -> list[Span]:
    """The last ``count`` sentences starting at or before a character offset, in text order."""
    starts, ends, start_chars, _ = _sentence_index(doc)
    upto = bisect_right(start_chars, offset)
    return [doc[starts[k] : ends[k]] for k in range(max(0, upto - count), upto)]


def sentences_after(doc: Doc, token_index: int, count: int) -> list[Span]:
    """The first ``count`` sentences starting at or after a token, in text order."""
    starts, ends, _, _ = _sentence_index(doc)
    first = bisect_left(starts, token_index)
    return [doc[starts[k] : ends[k]] for k in range(first, min(first + count, len(starts)))]


def _sentence_number(token: Token) -> int:
    """Which sentence of the document holds the token, by bisection (``Token.sent`` walks the sentence)."""
    return bisect_right(_sentence_index(token.doc)[0], token.i) - 1


def sentence_tokens(token: Token) -> tuple[int, int]:
    """The token range of a token's sentence: ``token.sent.start``, ``token.sent.end``."""
    starts, ends, _, _ = _sentence_index(token.doc)
    k = _sentence_number(token)
    return starts[k], ends[k]


def sentence_chars(doc: Doc, k: int) -> tuple[int, int]:
    """The first and end character of the document's sentence ``k`` (numbered as ``tokens.columns(doc).sentence``)."""
    _, _, start_chars, end_chars = _sentence_index(doc)
    return start_chars[k], end_chars[k]


def sentence_says(token: Token, pattern: re.Pattern[str]) -> bool:
    """Whether the lower-cased text of a token's sentence holds a match of the pattern: searched once per
    sentence and pattern, though every candidate word of the sentence asks."""
    k = _sentence_number(token)
    answers = token.doc.user_data.setdefault("newskb_sentence_says", {}).setdefault(pattern.pattern, {})
    if k not in answers:
        start, end = sentence_chars(token.doc, k)
        answers[k] = pattern.search(doc_text(token.doc)[start:end].lower()) is not None  # no Span built
    return answers[k]


def sentence_bounds(ctx: Context, token: Token) -> tuple[int, int]:
    """The character range of a token's sentence, the evidence of a record: trimmed of edge
    whitespace and of any header the parser ran into the first sentence."""
    text = ctx.article.text
    _, _, start_chars, end_chars = _sentence_index(token.doc)
    k = _sentence_number(token)
    start, end = max(start_chars[k], ctx.article.body_start), end_chars[k]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
