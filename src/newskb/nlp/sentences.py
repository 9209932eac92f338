"""A guard on sentence boundaries: news sentences start after terminal punctuation or a line break,
and a blank line always ends one.

The small English parser sometimes starts a sentence in mid-clause, after a
bracketed acronym ("… Guard Corps (IRGC) | Aerospace Force, …"), which cuts
records from their arguments; and it runs a title or a dateline with no full
stop into the paragraph below it ("… Economic Measures\n\nWe, the leaders …"
parsed "We" as the object of the title's "on"). Before the parser runs, every
token that cannot begin a sentence is marked so, and every token after a blank
line is marked as a start; the parser still decides among the rest.
"""
from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..lexicons import load_company_words

TERMINAL = {".", "!", "?", "…", "...", "?!", "!?"}
#: Marks opening the items of a list, one to a line ("Notes to editors" of a release, "Quick facts").
BULLETS = {"-", "–", "•", "*"}
CLOSERS = {'"', "'", "”", "’", "»", ")", "]"}
GUARD = "newskb_sentence_guard"


def after_blank_line(doc: Doc, i: int) -> bool:
    """Whether a blank line (a paragraph break) lies between token ``i`` and the word before it."""
    gap = ""
    j = i - 1
    while j >= 0 and doc[j].is_space:
        gap = doc[j].text_with_ws + gap
        j -= 1
    if j < 0:
        return False
    gap = doc[j].whitespace_ + gap
    return gap.count("\n") >= 2 and not doc[i].is_space


def may_start_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` may begin a sentence, judged by the text just before it."""
    if i == 0:
        return True
    prev = doc[i - 1]
    if prev.is_space or prev.whitespace_.count("\n") or "\n" in prev.text:
        return True
    if prev.text in TERMINAL or prev.text.endswith("."):
        return not _second_legal_form(doc, i)
    if prev.text in CLOSERS:
        j = i - 2
        while j >= 0 and doc[j].text in CLOSERS:
            j -= 1
        return j < 0 or doc[j].text in TERMINAL or doc[j].text.endswith((".", "!", "?"))
    return False


def _second_legal_form(doc: Doc, i: int) -> bool:
    """Token ``i`` is a company's second legal form after an abbreviated first ("Sdn. Bhd.", "Pte. Ltd."):
    the full stop between them is the abbreviation's, not a sentence's end."""
    forms = load_company_words()["suffix"]
    split_stop = doc[i - 1].text == "." and i > 1 and not doc[i - 2].whitespace_
    first = doc[i - 2] if split_stop else doc[i - 1]
    return doc[i].text[:1].isupper() and doc[i].lower_ in forms and first.lower_ in forms | {f.rstrip(".") for f in forms}


def opens_list_item(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a bullet at the start of a line: each item of a list is a sentence of its own,
    though the items carry no full stop ("- the designations were made under …\n- those designated are …")."""
    prev = doc[i - 1]
    return doc[i].text in BULLETS and ("\n" in prev.whitespace_ or prev.is_space and "\n" in prev.text)


@Language.component(GUARD)
def sentence_guard(doc: Doc) -> Doc:
    """Mark every token that may not start a sentence, and every one after a paragraph break that
    must, in one array write: setting
    ``Token.is_sent_start`` scans the whole Doc each time, quadratic on a long article."""
    if len(doc) < 2:
        return doc
    starts = doc.to_array([SENT_START]).view("int64")  # spaCy stores -1 ("not a start") as an unsigned wrap-around
    for i in range(1, len(doc)):
        if not may_start_sentence(doc, i):
            starts[i] = -1
        elif after_blank_line(doc, i) or opens_list_item(doc, i):
            starts[i] = 1
    doc.from_array([SENT_START], starts.view("uint64"))
    return doc
