"""Deterministic identifiers: hashed or slugged key parts, never random, never the article for entities."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from .errors import InputError

DEFAULT_BASE = "https://w3id.org/newskb/id/"
_UNSAFE = re.compile(r"[^\w\-]+", re.UNICODE)


def slug(text: str) -> str:
    """A readable IRI segment: letters and digits kept (any script), the rest become hyphens."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(ch for ch in text if unicodedata.category(ch) not in {"Mn", "Cf"})
    text = _UNSAFE.sub("-", text.replace("_", "-")).strip("-")
    return re.sub(r"-{2,}", "-", text)[:80].strip("-")


def digest(*parts: object, length: int = 16) -> str:
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def entity_key(entity_type: str, name: str) -> str:
    """``person/donald-trump``: the same type and name give the same key in every article."""
    return f"{entity_type.lower()}/{slug(name) or digest(name)}"


_BASE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|\\^`\x7f]*[/#]")


def checked_base(base: str | None) -> str | None:
    """The ``--base`` IRI if every minted IRI under it will be valid, else a clear refusal."""
    if base is None or _BASE.fullmatch(base):
        return base
    raise InputError(
        f"--base {base!r} is not an absolute IRI ending in / or #",
        "give one like https://example.org/id/ (no spaces or < > \" { } | \\ ^ `)",
    )
