"""Read stage, before the prose: HTML pages and Markdown files to the plain article text.

The text extracted here *becomes* the article's text (it is what the export
keeps and what every offset counts in), laid out as newskb's own article
files are: a ``date YYYY-MM-DD`` line when the page gives a date, the title,
a blank line, then one paragraph per block separated by blank lines. So the
header, title and paragraph rules of the reader apply unchanged, and no span
ever points into markup.
"""
from __future__ import annotations

import re

from .errors import InputError

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | MARKDOWN_SUFFIXES
# a document that opens with a doctype or an <html>/<head>/<body> tag is a page, whatever its name
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000]))


def format_of(name: str, text: str) -> str:
    """``html``, ``markdown`` or ``text``: by the file's suffix, then by its content."""
    suffix = name[name.rfind(".") :].lower() if "." in name else ""
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def _layout(title: str | None, date: str | None, paragraphs: list[str]) -> str:
    head = []
    if date:
        head.append(f"date {date}")
    if title:
        head.append(title)
    body = "\n\n".join(p for p in paragraphs if p)
    return ("\n".join(head) + "\n\n" + body) if head else body


def _clean(line: str) -> str:
    return re.sub(r"[ \t\u00a0]+", " ", line).strip()


def html_to_text(html: str, source: str) -> str:
    """The main content of a web page (trafilatura, offline), without navigation, ads or markup."""
    import trafilatura

    # with formatting kept, inline tags stay inside their line as Markdown emphasis (without it,
    # trafilatura breaks a line at each <b>); each line is one block, read as Markdown
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False, include_formatting=True)
    if doc is None or not (doc.text or "").strip():
        raise InputError(f"{source}: no article text found in this HTML page", "give the page of one article")
    title = _clean(doc.title) if doc.title else None
    paragraphs = [markdown_to_text(line) for line in doc.text.splitlines()]
    if title and paragraphs and paragraphs[0] == title:  # the page's <h1> repeats its title
        paragraphs = paragraphs[1:]
    date = doc.date if doc.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.date) else None
    return _layout(title, date, paragraphs)


def markdown_to_text(markdown: str) -> str:
    """Markdown's words without its markup: link and emphasis text kept, URLs, images and code fences dropped."""
    from markdown_it import MarkdownIt

    paragraphs: list[str] = []
    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type == "inline" and token.children is not None:
            words = []
            for child in token.children:
                if child.type in {"text", "code_inline"}:
                    words.append(child.content)
                elif child.type in {"softbreak", "hardbreak"}:
                    words.append(" ")
            paragraphs.append(_clean("".join(words)))
    return "\n\n".join(p for p in paragraphs if p)
