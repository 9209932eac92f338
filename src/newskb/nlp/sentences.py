"""A guard on sentence boundaries: news sentences start after terminal punctuation or a line break.

The small English parser sometimes starts a sentence in mid-clause, after a
bracketed acronym ("… Guard Corps (IRGC) | Aerospace Force, …"), which cuts
records from their arguments. Before the parser runs, every token that cannot
begin a sentence is marked so; the parser still decides among the rest.
"""
from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

TERMINAL = {".", "!", "?", "…", "...", "?!", "!?"}
CLOSERS = {'"', "'", "”", "’", "»", ")", "]"}
GUARD = "newskb_sentence_guard"


def may_start_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` may begin a sentence, judged by the text just before it."""
    if i == 0:
        return True
    prev = doc[i - 1]
    if prev.is_space or prev.whitespace_.count("\n") or "\n" in prev.text:
        return True
    if prev.text in TERMINAL or prev.text.endswith("."):
        return True
    if prev.text in CLOSERS:
        j = i - 2
        while j >= 0 and doc[j].text in CLOSERS:
            j -= 1
        return j < 0 or doc[j].text in TERMINAL or doc[j].text.endswith((".", "!", "?"))
    return False


@Language.component(GUARD)
def sentence_guard(doc: Doc) -> Doc:
    """Mark every token that may not start a sentence, in one array write: setting
    ``Token.is_sent_start`` scans the whole Doc each time, quadratic on a long article."""
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START]).view("int64")  # spaCy stores -1 ("not a start") as an unsigned wrap-around
    for i in range(1, len(doc)):
        if not may_start_sentence(doc, i):
            starts[i] = -1
    doc.from_array([SENT_START], starts.view("uint64"))
    return doc
