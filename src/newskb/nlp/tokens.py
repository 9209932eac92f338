"""The token layer: a parsed document's annotations read once into Python lists, shared by every extractor.

spaCy builds a new ``Token`` object for each ``doc[i]`` and each step of ``for tok in doc``, and decodes
a new string from the string store on each ``text``, ``lower_``, ``lemma_``, ``pos_``, ``dep_``: a scan of
the whole document for one word pays for a Token and a string at every token. ``columns(doc)`` reads the
annotations once per document (``Doc.to_array``, one string-store lookup per distinct value) into lists
indexed by token, so a rule scans a list of strings and builds Tokens only where it matches
(``tokens_where``).
"""
from __future__ import annotations

from collections.abc import Callable, Container, Iterator
from functools import wraps
from typing import TYPE_CHECKING, NamedTuple, TypeVar

import numpy

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: the strings read from string stores so far, by hash: a hash names the same string in every
#: vocabulary (a symbol's ID, such as a part of speech's, is below any string's hash), so each is decoded once
NAMES: dict[int, str] = {}


class Columns(NamedTuple):
    """One list per annotation, indexed by token: ``columns.lower[i] == doc[i].lower_``."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    dep: list[str]
    ent_type: list[str]
    head: list[int]  # the head's index (a root is its own head)
    idx: list[int]  # the token's first character in the document
    sentence: list[int]  # which sentence of the document holds the token, counted from 0


def columns(doc: Doc) -> Columns:
    """The document's token columns, read on first use and kept with the Doc."""
    cached = doc.user_data.get("newskb_columns")
    if isinstance(cached, Columns):  # a Doc read back from bytes holds a plain list here
        return cached
    from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SENT_START

    named = (ORTH, LOWER, LEMMA, POS, DEP, ENT_TYPE)
    rows = doc.to_array([*named, HEAD, IDX, SENT_START]).view("int64")  # a head offset < 0 is stored unsigned
    values = rows[:, : len(named)].view("uint64").T.tolist()
    strings = doc.vocab.strings
    for value in set().union(*values).difference(NAMES):
        NAMES[value] = strings[value]
    text, lower, lemma, pos, dep, ent_type = (list(map(NAMES.__getitem__, column)) for column in values)
    offsets, idx, starts = rows[:, len(named) :].T
    opens_next = starts == 1  # as ``Doc.sents`` reads them: a sentence starts where the value is 1
    opens_next[:1] = False  # the first token's is sentence 0 whatever its value
    found = Columns(
        text=text, lower=lower, lemma=lemma, pos=pos, dep=dep, ent_type=ent_type,
        head=(numpy.arange(len(offsets)) + offsets).tolist(), idx=idx.tolist(), sentence=numpy.cumsum(opens_next).tolist(),
    )
    doc.user_data["newskb_columns"] = found
    return found


def tokens_where(doc: Doc, column: str, values: Container[str], start: int = 0) -> Iterator[Token]:
    """The tokens from ``start`` on whose ``column`` (``"lower"``, ``"text"``, …) is one of ``values``,
    in order: a scan for a few words that builds no Token for the others."""
    found = getattr(columns(doc), column)
    return (doc[i] for i in range(start, len(found)) if found[i] in values)


Found = TypeVar("Found")


def kept_with_the_doc(find: Callable[[Doc], Found]) -> Callable[[Doc], Found]:
    """A fact of a whole document that many rules ask for, found on first use and kept in the Doc's
    ``user_data`` (plain offsets and strings only, so the Doc stays serialisable)."""
    key = f"newskb:{find.__module__}.{find.__qualname__}"

    @wraps(find)
    def kept(doc: Doc) -> Found:
        if key not in doc.user_data:
            doc.user_data[key] = find(doc)
        return doc.user_data[key]
    return kept
