"""Read stage: files, folders and stdin into Article records.

Offsets always count in the text as read: an optional ``date YYYY-MM-DD``
header (inline before the body, or on its own line) and title line stay in the
text; they only set where prose starts and fill ``datePublished``/``headline``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError
from .models import Article

HEADER = re.compile(r"\A\s*date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})(?![\w-])[ \t]*(?:\r?\n)?", re.IGNORECASE)
TITLE = re.compile(r"\A[ \t]*([^\n]{3,150}?)[ \t]*\r?\n[ \t]*\r?\n")
TITLE_MAX_WORDS = 20


def parse_article(text: str, *, source: str | None = None, raw: bytes | None = None, encoding: str = "utf-8") -> Article:
    """Build an Article from decoded text, reading the optional date header and title line."""
    raw = text.encode("utf-8") if raw is None else raw
    body_start = 0
    published = None
    header = HEADER.match(text)
    if header:
        try:
            published = dt.date.fromisoformat(header.group(1))
        except ValueError:
            published = None
        if published:
            body_start = header.end()
    headline = None
    title = TITLE.match(text[body_start:])
    if title and _looks_like_title(title.group(1)):
        headline = title.group(1)
    return Article(
        text=text,
        sha256=hashlib.sha256(raw).hexdigest(),
        source=source,
        encoding=encoding,
        date_published=published,
        headline=headline,
        body_start=body_start,
    )


def _looks_like_title(line: str) -> bool:
    line = line.strip()
    return (
        bool(line)
        and len(line.split()) <= TITLE_MAX_WORDS
        and line[-1] not in ".!?:;,\"'”’»)"
        and any(ch.isalpha() for ch in line)
    )


def decode(raw: bytes, source: str) -> tuple[str, str]:
    """Decode article bytes; refuse what is not text rather than guessing silently."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: invalid UTF-16 text", "save the article as UTF-8") from exc
    if b"\x00" in raw:
        raise InputError(f"{source}: binary data (NUL bytes), not a text article", "give UTF-8 text files")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: not valid UTF-8 (byte {exc.start})", "convert it, e.g. `iconv -f latin1 -t utf-8`"
        ) from exc


def read_article(path: Path) -> Article:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})", "check the path and its permissions") from exc
    text, encoding = decode(raw, str(path))
    if not text.strip():
        raise InputError(f"{path}: empty article", "give a file with text in it")
    return parse_article(text, source=path.name, raw=raw, encoding=encoding)


def read_stdin() -> Article:
    raw = sys.stdin.buffer.read()
    text, encoding = decode(raw, "<stdin>")
    if not text.strip():
        raise InputError("<stdin>: empty article", "pipe some text in")
    return parse_article(text, source="stdin", raw=raw, encoding=encoding)


def article_paths(paths: list[Path]) -> list[Path]:
    """Files as given, folders expanded to their ``*.txt`` (sorted); ``-`` stands for stdin."""
    out: list[Path] = []
    for path in paths:
        if str(path) == "-":
            out.append(path)
        elif path.is_dir():
            out.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        elif path.exists():
            out.append(path)
        else:
            raise InputError(f"{path}: no such file or folder", "check the path")
    return out


def read_articles(paths: list[Path]) -> Iterator[Article]:
    for path in article_paths(paths):
        yield read_stdin() if str(path) == "-" else read_article(path)
