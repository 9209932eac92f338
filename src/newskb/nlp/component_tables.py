"""spaCy's attribute ruler and rule lemmatizer as tables: the same output at a fraction of the cost.

English pipelines map each fine tag to its coarse part of speech and morphology
with one single-token pattern per tag, then apply about a hundred exceptions
(pronoun case, "gonna", "ai n't"). spaCy's ruler runs every pattern through its
Matcher at every token and builds a Span for each of the ~1.3 matches per token,
which made it cost as much as the parser on news text. Here the leading
tag-only patterns become a table applied to the whole Doc in one array
operation, and the exceptions are tried only where their first word (or tag)
occurs. Later patterns still win, as in spaCy, and the exceptions are applied
by a spaCy ruler holding just them. A ruler whose patterns this cannot read
exactly (operators, attributes the table itself sets) is left as it is.

The rule lemmatizer's answer depends only on the word, its part of speech and
its morphology, but spaCy asks for it token by token through Python objects;
here the Doc's columns are read as one array, each new (word, part of speech,
morphology) is lemmatized once by spaCy's own lemmatizer, and the lemmas are
written back as one array. A lemma the attribute ruler already set stays.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.pipeline import AttributeRuler, Lemmatizer

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

ATTRIBUTE_TABLE = "newskb_attribute_table"
LEMMA_TABLE = "newskb_lemma_table"
# token attributes an exception may test: none of them is set by the table
COLUMNS = {"LOWER": LOWER, "ORTH": ORTH, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
COLUMN_ORDER = list(COLUMNS)
STRING_COLUMNS = {"LOWER", "ORTH", "TAG", "DEP"}


def _table_entry(entry: dict) -> bool:
    """A pattern that sets a tag's part of speech and morphology, whatever the word."""
    patterns = entry["patterns"]
    return (
        entry.get("index", 0) == 0
        and set(entry["attrs"]) <= {"POS", "MORPH"}
        and all(len(p) == 1 and set(p[0]) == {"TAG"} and isinstance(p[0]["TAG"], str) for p in patterns)
    )


class _Test:
    """One attribute condition of one pattern token, on the attribute's hash."""

    def __init__(self, vocab: Vocab, name: str, value: Any):
        self.column = COLUMN_ORDER.index(name)
        self.vocab = vocab
        self.equal = self.within = self.regex = None
        self.outside = False
        if isinstance(value, dict):
            (operator, operand), = value.items()
            if operator in {"IN", "NOT_IN"}:
                self.within, self.outside = {self._hash(name, v) for v in operand}, operator == "NOT_IN"
            else:  # REGEX, on the attribute's text
                self.regex, self.verdicts = re.compile(operand), {}
        else:
            self.equal = self._hash(name, value)

    def _hash(self, name: str, value: Any) -> int:
        return self.vocab.strings.add(value) if name in STRING_COLUMNS else int(value)

    def __call__(self, row: list[int]) -> bool:
        value = row[self.column]
        if self.equal is not None:
            return value == self.equal
        if self.within is not None:
            return (value in self.within) != self.outside
        verdict = self.verdicts.get(value)
        if verdict is None:
            verdict = self.verdicts[value] = bool(self.regex.search(self.vocab.strings[value]))
        return verdict


def _readable(pattern: list[dict]) -> bool:
    """A fixed-length pattern of tests this module reads exactly as spaCy's Matcher does."""
    for token in pattern:
        for name, value in token.items():
            if name not in COLUMNS:
                return False
            if isinstance(value, dict):
                if len(value) != 1 or next(iter(value)) not in {"IN", "NOT_IN", "REGEX"}:
                    return False
                if next(iter(value)) == "REGEX" and name not in STRING_COLUMNS:
                    return False
    return True


class AttributeTable:
    """The table of tag-only patterns, then the exceptions where they can start."""

    def __init__(self, vocab: Vocab, entries: list[dict]):
        self.vocab = vocab
        lead = next((i for i, e in enumerate(entries) if not _table_entry(e)), len(entries))
        self.table: dict[int, tuple[int | None, int | None]] = {}
        for entry in entries[:lead]:
            pos, morph = entry["attrs"].get("POS"), entry["attrs"].get("MORPH")
            for (token,) in entry["patterns"]:
                tag = vocab.strings.add(token["TAG"])
                old_pos, old_morph = self.table.get(tag, (None, None))
                self.table[tag] = (
                    POS_IDS[pos] if pos is not None else old_pos,
                    vocab.morphology.add(morph) if morph is not None else old_morph,
                )
        self.exceptions = AttributeRuler(vocab)
        self.exceptions.add_patterns(entries[lead:])
        # (exception number, its key in the ruler, its tests per token), filed under a value its
        # first token must have (in the column that value is of), or tried everywhere
        self.starts: dict[int, dict[int, list]] = {}
        self.anywhere: list = []
        for number, entry in enumerate(entries[lead:]):
            key = vocab.strings.add(str(number))
            for pattern in entry["patterns"]:
                tokens = [[_Test(vocab, n, v) for n, v in token.items()] for token in pattern]
                exception = (number, key, tokens)
                anchors = [t for t in tokens[0] if t.equal is not None or (t.within and not t.outside)]
                anchor = min(anchors, key=lambda t: t.column, default=None)  # words before tags, tags before arcs
                if anchor is None:
                    self.anywhere.append(exception)
                    continue
                for value in [anchor.equal] if anchor.equal is not None else anchor.within:
                    self.starts.setdefault(anchor.column, {}).setdefault(value, []).append(exception)

    @staticmethod
    def reads(ruler: AttributeRuler) -> bool:
        """Whether this module reproduces the ruler exactly."""
        entries = ruler.patterns
        lead = next((i for i, e in enumerate(entries) if not _table_entry(e)), len(entries))
        return lead > 0 and all(_readable(p) for e in entries[lead:] for p in e["patterns"])

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        tags = doc.to_array(TAG).tolist()
        values = doc.to_array([POS, MORPH])
        for i, tag in enumerate(tags):
            pos, morph = self.table.get(tag, (None, None))
            if pos is not None:
                values[i, 0] = pos
            if morph is not None:
                values[i, 1] = morph
        doc.from_array([POS, MORPH], values)
        rows = doc.to_array([COLUMNS[name] for name in COLUMN_ORDER]).tolist()
        matches = []
        for start, row in enumerate(rows):
            for candidates in [index.get(row[column]) for column, index in self.starts.items()] + [self.anywhere]:
                for number, key, tokens in candidates or ():
                    end = start + len(tokens)
                    if end <= len(rows) and all(test(rows[start + k]) for k, tests in enumerate(tokens) for test in tests):
                        matches.append((number, key, start, end))
        matches.sort()
        self.exceptions.set_annotations(doc, matches)
        return doc


class LemmaTable:
    """The lemmatizer's lemma of each (word, part of speech, morphology), asked once."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = lemmatizer
        self.lookups = lemmatizer.lookups  # its tables stay readable under its name
        self.known: dict[tuple[int, int, int], int] = {}

    @staticmethod
    def reads(lemmatizer: Lemmatizer) -> bool:
        """Whether the lemmatizer's answer is a function of word, part of speech and morphology,
        and it fills only the lemmas not already set."""
        return type(lemmatizer) in {Lemmatizer, EnglishLemmatizer} and lemmatizer.mode in {"rule", "lookup"} and not lemmatizer.overwrite

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if not lemma:
                lemma = self.known.get((orth, pos, morph))
                if lemma is None:
                    lemma = self.known[orth, pos, morph] = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


@Language.factory(ATTRIBUTE_TABLE)
def make_attribute_table(nlp: Language, name: str, source: str) -> AttributeTable:
    return AttributeTable(nlp.vocab, nlp.get_pipe(source).patterns)


@Language.factory(LEMMA_TABLE)
def make_lemma_table(nlp: Language, name: str, source: str) -> LemmaTable:
    return LemmaTable(nlp.get_pipe(source))


def use_tables(nlp: Language) -> None:
    """Put the tables in place of the pipeline's attribute ruler and lemmatizer, under their
    names, where each reproduces its component exactly; a component it cannot reproduce stays."""
    for name, kind, table, factory in (("attribute_ruler", AttributeRuler, AttributeTable, ATTRIBUTE_TABLE),
                                       ("lemmatizer", Lemmatizer, LemmaTable, LEMMA_TABLE)):
        shipped = nlp.get_pipe(name) if name in nlp.pipe_names else None
        if isinstance(shipped, kind) and table.reads(shipped):
            nlp.rename_pipe(name, f"{name}_shipped")
            nlp.add_pipe(factory, name=name, after=f"{name}_shipped", config={"source": f"{name}_shipped"})
            nlp.remove_pipe(f"{name}_shipped")
