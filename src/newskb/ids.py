"""Deterministic identifiers: hashed or slugged key parts, never random, never the article for entities."""
from __future__ import annotations

import hashlib
import re

from .errors import InputError

DEFAULT_BASE = "https://w3id.org/newskb/id/"
SEGMENT_MAX = 120


def name_segment(name: str) -> str:
    """An IRI segment that reads as the name and differs for different names: letters and
    digits of any script kept, spaces made ``_``, everything else percent-encoded (``_`` and
    ``%`` too), so no two names share a segment and any name gives a valid IRI.

    A segment longer than ``SEGMENT_MAX`` keeps the whole characters (escapes included) that
    fit before ``%7E`` and a digest of the name: a cut never splits a ``%XX`` or a character."""
    pieces = []
    for ch in " ".join(name.split()):
        if ch == " ":
            pieces.append("_")
        elif ch.isalnum() or ch in "-.":
            pieces.append(ch)
        else:
            pieces.append("".join(f"%{byte:02X}" for byte in ch.encode("utf-8")))
    segment = "".join(pieces)
    if len(segment) > SEGMENT_MAX or segment.strip(".") == "":
        kept, room = [], SEGMENT_MAX - 17
        for piece in pieces:
            if len(piece) > room:
                break
            kept.append(piece)
            room -= len(piece)
        segment = "".join(kept) + "%7E" + digest(name, length=14)
    return segment


def digest(*parts: object, length: int = 16) -> str:
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


def entity_key(entity_type: str, name: str) -> str:
    """``person/Donald_Trump``: the same type and name give the same key in every article, and
    different names never share one (so merged exports keep exactly one name per entity)."""
    return f"{entity_type.lower()}/{name_segment(name)}"


_BASE = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|\\^`\x7f]*[/#]")


def checked_base(base: str | None) -> str | None:
    """The ``--base`` IRI if every minted IRI under it will be valid, else a clear refusal."""
    if base is None or _BASE.fullmatch(base):
        return base
    raise InputError(
        f"--base {base!r} is not an absolute IRI ending in / or #",
        "give one like https://example.org/id/ (no spaces or < > \" { } | \\ ^ `)",
    )
