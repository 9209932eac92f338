"""Read stage: files, folders and stdin into Article records.

Offsets always count in the text as read: an optional ``date YYYY-MM-DD``
header (inline before the body, or on its own line) and title line stay in the
text; they only set where prose starts and fill ``datePublished``/``headline``.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import logging
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError
from .fetch import fetch, is_url
from .markup import ARTICLE_SUFFIXES, format_of, html_to_text, markdown_to_text
from .models import Article

HEADER = re.compile(r"\A\s*date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})(?![\w-])[ \t]*(?:\r?\n)?", re.IGNORECASE)
TITLE = re.compile(r"\A[ \t]*([^\n]{3,150}?)[ \t]*\r?\n[ \t]*\r?\n")
TITLE_MAX_WORDS = 20
logger = logging.getLogger(__name__)


def parse_article(
    text: str,
    *,
    source: str | None = None,
    raw: bytes | None = None,
    encoding: str = "utf-8",
    source_format: str = "text",
    url: str | None = None,
) -> Article:
    """Build an Article from decoded text, reading the optional date header and title line."""
    raw = text.encode("utf-8") if raw is None else raw
    body_start = 0
    published = None
    header = HEADER.match(text)
    if header:
        try:
            published = dt.date.fromisoformat(header.group(1))
        except ValueError:
            line = text.count("\n", 0, header.start(1)) + 1
            logger.warning("%s line %d: no such date %s in the date header — datePublished left out; fix the date", source or "<text>", line, header.group(1))
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
        source_format=source_format,
        url=url,
    )


#: the paragraph after the headline, when it is a single line
NEXT_LINE = re.compile(r"[ \t]*\r?\n[ \t]*\r?\n[ \t]*([^\n]{3,200}?)[ \t]*\r?\n[ \t]*\r?\n")
#: words a title leaves in lower case
TITLE_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"}


def prose_start(article: Article) -> int:
    """Where the prose starts, after the date header, the headline and a deck under it."""
    at = article.text.find(article.headline, article.body_start) if article.headline else -1
    if not article.headline or at < 0:
        return article.body_start
    return after_deck(article.text, at + len(article.headline))


def after_deck(text: str, headline_end: int) -> int:
    """Where the prose starts after a headline: past a deck, a second line in title case under it
    (press releases: "Miami Businessman Arrested; Commerce Adds Three Companies to Entity List"),
    which sums up the body as the headline does."""
    deck = NEXT_LINE.match(text, headline_end)
    if deck is None or not _looks_like_title(deck.group(1)):
        return headline_end
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", deck.group(1)) if w.lower() not in TITLE_SMALL_WORDS]
    capitalised = sum(w[0].isupper() for w in words)
    return deck.end(1) if words and capitalised >= 0.8 * len(words) else headline_end


def _looks_like_title(line: str) -> bool:
    line = line.strip()
    return (
        bool(line)
        and len(line.split()) <= TITLE_MAX_WORDS
        and line[-1] not in ".!?:;,\"'”’»)"
        and any(ch.isalpha() for ch in line)
    )


BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# what English news that is not UTF-8 is most often in; preferred when a guess is a tie
PREFERRED_FALLBACKS = ("cp1252", "iso8859_15", "iso8859_1")
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
STRAY_BYTES = "newskb-cp1252"


def _stray_bytes_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    """Read bytes that are not UTF-8 as Windows-1252 (Latin-1 where it has no character)."""
    chunk = error.object[error.start : error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk), error.end


codecs.register_error(STRAY_BYTES, _stray_bytes_as_cp1252)


def decode(raw: bytes, source: str) -> tuple[str, str]:
    """Decode article bytes: by their byte-order mark, else as UTF-8, else by a recorded guess.

    Text that is not UTF-8 is decoded with the encoding charset-normalizer finds
    most plausible (Windows-1252 first on a tie); the encoding used is returned
    so the article records it. Bytes that decode as no text are refused.
    """
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(f"{source}: invalid {encoding.upper()} text (byte {exc.start})", "save the article as UTF-8") from exc
    if b"\x00" in raw and _stray_nuls(raw):
        text = raw.decode("utf-8")
        line = text.count("\n", 0, text.index("\0")) + 1
        logger.warning("%s line %d: %d NUL character(s) in the text — kept, and counted in offsets; remove them if they are not meant", source, line, text.count("\0"))
        return text, "utf-8"
    if b"\x00" not in raw:
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            if UTF8_SEQUENCE.search(raw):  # UTF-8 with a few stray bytes, as pasted text often is
                return raw.decode("utf-8", errors=STRAY_BYTES), "utf-8+cp1252"
    guess = _guess_encoding(raw)
    if guess is None or (b"\x00" in raw and not (guess.startswith("utf_16") and _nul_bytes_of_utf16(raw))):
        raise InputError(f"{source}: binary data, not a text article", "give plain-text files (UTF-8 preferred)")
    return raw.decode(guess), guess.replace("_", "-")


def _stray_nuls(raw: bytes) -> bool:
    """Whether the NUL bytes are a few strays in UTF-8 text (a copy or conversion glitch), not binary
    data or UTF-16: under one in a hundred bytes, no other control character, and valid UTF-8."""
    if raw.count(0) * 100 > len(raw) or re.search(rb"[\x01-\x08\x0e-\x1f\x7f]", raw):
        return False
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _nul_bytes_of_utf16(raw: bytes) -> bool:
    """Whether the NUL bytes are those of mostly-Latin UTF-16 text: many, and all on one side of each pair."""
    even, odd = raw[0::2].count(0), raw[1::2].count(0)
    return min(even, odd) == 0 and max(even, odd) >= len(raw) // 4


def _guess_encoding(raw: bytes) -> str | None:
    """The least chaotic decoding charset-normalizer finds, or None when nothing reads as text."""
    from charset_normalizer import from_bytes

    chaos: dict[str, float] = {}
    for match in from_bytes(raw):
        if match.chaos <= 0.2:  # above this the "text" is mostly symbols and controls
            for name in (match.encoding, *match.could_be_from_charset):  # ties are folded into one match
                chaos.setdefault(name, round(match.chaos, 2))
    if not chaos:
        return None

    def rank(name: str) -> tuple[float, int, str]:
        preferred = PREFERRED_FALLBACKS.index(name) if name in PREFERRED_FALLBACKS else len(PREFERRED_FALLBACKS)
        return (chaos[name], preferred, name)

    return min(chaos, key=rank)


def _article_from(raw: bytes, text: str, *, source: str, name: str, encoding: str, url: str | None = None) -> Article:
    """An article from decoded bytes: a web page or Markdown file is first reduced to its text."""
    source_format = format_of(name, text)
    if source_format == "html":
        text = html_to_text(text, source)
    elif source_format == "markdown":
        text = markdown_to_text(text)
    if not text.strip():
        raise InputError(f"{source}: empty article", "give a file with text in it")
    return parse_article(text, source=name, raw=raw, encoding=encoding, source_format=source_format, url=url)


def read_article(path: Path) -> Article:
    if path.is_dir():  # a folder the walk could not list
        raise InputError(f"{path}: cannot list this folder", "check its permissions")
    suffix = path.suffix.lower()
    if suffix and suffix not in ARTICLE_SUFFIXES:
        raise InputError(f"{path}: not an article file ({suffix})", f"give {', '.join(sorted(ARTICLE_SUFFIXES))} files, a folder of them, a URL or -")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})", "check the path and its permissions") from exc
    text, encoding = decode(raw, str(path))
    return _article_from(raw, text, source=str(path), name=path.name, encoding=encoding)


def read_url(url: str) -> Article:
    """Fetch a page the user named and read it like a file: HTML by its media type or content."""
    page = fetch(url)
    if page.content_type not in {"text/html", "application/xhtml+xml", "text/plain", "text/markdown"}:
        raise InputError(f"{url}: a {page.content_type} document, not an article", "give the address of an HTML or plain-text page")
    text, encoding = decode(page.body, url) if page.charset is None else _decode_declared(page.body, page.charset, url)
    name = {"text/html": "page.html", "application/xhtml+xml": "page.html", "text/markdown": "page.md"}.get(page.content_type, "page.txt")
    article = _article_from(page.body, text, source=url, name=name, encoding=encoding, url=page.url)
    return article.model_copy(update={"source": _url_name(page.url)})


def read_stdin() -> Article:
    raw = sys.stdin.buffer.read()
    text, encoding = decode(raw, "<stdin>")
    return _article_from(raw, text, source="<stdin>", name="stdin", encoding=encoding)


def _decode_declared(raw: bytes, charset: str, source: str) -> tuple[str, str]:
    try:
        return raw.decode(charset), charset.lower()
    except (LookupError, UnicodeDecodeError):
        return decode(raw, source)


def _url_name(url: str) -> str:
    """A file-name-like name for a fetched page (its last path segment, else its host)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    segment = parts.path.rstrip("/").rsplit("/", 1)[-1]
    name = re.sub(r"[^\w.-]+", "_", segment or parts.hostname or "page").strip("._") or "page"
    return name if "." in name else f"{name}.html"


def article_paths(paths: list[Path | str]) -> list[Path | str]:
    """Files as given, folders expanded to their article files (sorted), URLs kept as text;
    ``-`` stands for stdin. Each input is read once, however often it is named.

    Symlinked folders are followed once each, so a link loop ends the walk
    instead of hanging it; a folder that cannot be listed, a broken link and a
    link looping onto itself are kept in the list so that reading them reports
    the problem; named pipes and devices are skipped, as reading them may block.
    """
    out: list[Path | str] = []
    seen: set[str] = set()

    def add(item: Path | str) -> None:
        key = item if isinstance(item, str) else os.path.realpath(item)
        if key not in seen:
            seen.add(key)
            out.append(item)

    for given in paths:
        if isinstance(given, str) and is_url(given):
            add(given)
            continue
        path = Path(given)
        if str(path) == "-":
            add("-")
        elif path.is_dir():
            for found in sorted(_walk_articles(path)):
                add(found)
        elif path.exists():
            add(path)
        elif path.is_symlink():
            raise InputError(f"{path}: a broken or looping symbolic link", "point it at an article file")
        else:
            raise InputError(f"{path}: no such file or folder", "check the path")
    return out


def read_input(item: Path | str) -> Article:
    """One input of ``article_paths``: stdin, a URL or a file."""
    if item == "-" or str(item) == "-":
        return read_stdin()
    if isinstance(item, str) and is_url(item):
        return read_url(item)
    return read_article(Path(item))


def _walk_articles(top: Path) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            info = folder.stat()
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            yield folder
            continue
        for entry in entries:
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError:  # a link looping onto itself
                is_dir, is_file = False, False
            if is_dir:
                pending.append(Path(entry.path))
            elif Path(entry.name).suffix.lower() in ARTICLE_SUFFIXES and (is_file or not os.path.exists(entry.path)):
                yield Path(entry.path)  # a file, or a broken or looping link that reading will report
            # anything else (a named pipe, a device) is not an article and could block a read
