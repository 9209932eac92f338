"""Statement extraction: who said what, as direct, indirect or mixed speech.

A statement is a cue (a speech verb, "according to", a naming or accusing
verb) with a source (its subject, resolved by ``speakers``) and content (its
clause complement, or the quotation next to it). Quote marks are paired over
the raw text, not over spaCy sentences, so quotes that run over sentences or
paragraphs stay whole; unbalanced marks close at the end of their paragraph.
Content made only of quotation is Direct, a clause holding a quoted fragment
is Mixed, and a clause without quotation is Indirect. Quotation with no cue
around it (scare quotes, titles) is not a statement, unless a clause introduces
it with a colon (or a comma closing the sentence), it stands as the sentence
after one in which a source speaks or which is about a person, or it continues
the quotation of the statement just before it. A transcript's paragraph that
opens with a speaker's label ("MR HALL:", "A:") is that speaker's words. Verbs of announcing, denying, promising and calling
for report their object when they take no clause ("announced a withdrawal").
Reported speech is read with its verb ("denied that …"), as annotators key it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

from ..lexicons import read_lines, read_table, word_set
from ..models import Span, Statement
from .arguments import acting_body, past_dateline
from .clauses import ends_apposition, has_passive_auxiliary, is_negated, patients_of
from .base import Context, sentence_chars, sentence_tokens, sentences_before
from .entities import is_title_head
from .grammar import NOMINAL_SUBJECT_DEPS
from .groups import group_actor
from .speakers import PRONOUN_GENDERS, SEARCH_SENTENCES, SINGULAR_THING_PRONOUNS, Resolver, is_delegate_noun, role_of
from .tokens import columns

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

OPENING = {"“": "”", "«": "»", "„": "“"}
CLOSING = {"”", "»"}
STRAIGHT = '"'
STRAIGHT_SINGLE = re.compile("'")
#: any double quote mark: only these open or close a double quotation, the scan jumps from one to the next
DOUBLE_MARK = re.compile("[" + "".join(sorted({*OPENING, *OPENING.values(), *CLOSING, STRAIGHT})) + "]")
WH_WORDS = {"what", "whether", "if", "why", "how", "when", "where", "who", "whom", "whose", "which"}
RELATIVE_WORDS = WH_WORDS | {"that"}  # the words a relative clause may open with
SOURCE_SUBJECT_DEPS = NOMINAL_SUBJECT_DEPS | {"expl"}  # a cue's subjects, a dummy "it" ("it is said") too
AUTHOR_PRONOUNS = {"i", "we"}
ADDRESSEE_VERBS = {"tell", "inform", "assure", "remind", "notify", "brief", "ask", "urge"}
ISSUING_VERBS = {"issue", "release", "publish", "post", "circulate", "send", "put"}
#: "asked not to be named", "asked not to be identified": a source's request for anonymity (the passive of
#: these verbs under a verb of asking) is how news copy hides a name, not a reported demand.
ANONYMITY_VERBS = {"name", "identify", "quote", "cite"}
#: "quoted X as saying", "X was cited as saying": verbs by which an outlet passes on a person's words.
QUOTING_VERBS = {"quote", "cite"}
NAME_MARKERS = {"so-called", "dubbed", "named", "titled", "entitled", "called", "known", "codenamed", "code-named"}
TRIM_CHARS = " \t\n,;:—–-"
#: The labels of a question-and-answer interview: the interviewer's questions, the interviewee's answers.
INTERVIEW_LABELS = {"Q": "question", "QUESTION": "question", "A": "answer", "ANSWER": "answer"}
#: "MR HALL: …", "MS. WHITLEY: …", "SECRETARY MARSH: …", "Ambassador Linda Marr: …": a paragraph of a
#: transcript opens with its speaker's title and name (or surname in capitals) and a colon.
SPEAKER_LABEL = re.compile(r"((?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w'’-]*):[ \t]+(?=\S)")
MIN_QUOTE_WORDS = 3
RECIPROCALS = {"each other", "one another"}
#: "what it called", "what the ministry called": the words a source used for a thing, not a name.
TITLE_LINK_WORDS = {"of", "for", "in", "and", "&", "the", "on"}  # "Secretary of State for Foreign Affairs"
# the speaker's own voice: a paragraph of a block quotation goes on while it speaks as "we", "I" or to "you"
FIRST_OR_SECOND_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|I|[Mm]y|[Yy]ou|[Yy]our)\b")
SIGNATURE = re.compile(r"[-–—]\s*(?=[A-Z])")  # "- The Honourable Jane Doe, Minister of …" under a quote box
# a line that ends without these is a heading, a crosshead or a standfirst ("Opposition demands briefing")
SENTENCE_END_MARKS = frozenset(".!?:;…\"”’')")
HEADING_MAX_WORDS = 30  # a longer line without a stop is a paragraph whose stop was lost
LIST_ITEM = re.compile(r"(?:[-–—•*]|\d+[.)])\s")
WHAT_IT_CALLED = re.compile(r"\bwhat(?:\s+[\w'’-]+){1,3}\s+called\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int


SENTENCE_STOPS = {".", ",", ";", ":"}  # punctuation that ends the sentence or clause, not the content
#: "a.m.", "p.m.", "U.S.": an abbreviation whose last period also ends its sentence, which the parser may
#: then leave out of the clause it closes.
SENTENCE_FINAL_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}$")


@lru_cache(maxsize=1)
def load_speech_cues() -> dict[str, str]:
    """Speech cue → kind (speech, cognition, directive, naming, accusation, evidence, reading, quoting, phrase,
    document, tally, tally_noun, norm), from lexicons/speech_cues.tsv; nouns are keyed "kind:noun"."""
    out: dict[str, str] = {}
    for row in read_table("speech_cues.tsv"):
        cue, kind = row["cue"], row["kind"]
        out[f"{kind}:{cue}" if kind in {"document", "tally_noun", "norm"} else cue] = kind
    return out


@lru_cache(maxsize=1)
def object_cues() -> dict[str, str]:
    """Cue → which object reports what was said: "yes" (any object or infinitive) or "gerund"."""
    return {row["cue"]: row["object"] for row in read_table("speech_cues.tsv") if row.get("object")}


@lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    """Common nouns that can be a source ("officials", "the agency"): people and organisations."""
    return frozenset(read_lines("person_nouns.txt")) | frozenset(w.lower() for w in read_lines("org_heads.txt"))


@lru_cache(maxsize=1)
def cue_verbs() -> frozenset[str]:
    """The first words of the speech cues: a verb whose lemma is none of them makes no cue, alone or in a phrase."""
    return frozenset(cue.split(" ")[0] for cue in load_speech_cues())


def verb_kind(lemma: str) -> str | None:
    kind = load_speech_cues().get(lemma)
    return kind if kind not in (None, "phrase") else None


def cue_of(verb: Token) -> tuple[str, str] | None:
    """The cue a verb makes, as (lexicon entry, kind): "called for" is "call for", "said" is "say"; a
    preposition of time ("called on Wednesday") makes no phrase."""
    if verb.lemma_.split(" ")[0] not in cue_verbs():
        return None
    for child in verb.children:
        if child.dep_ in {"prt", "prep"} and child.i > verb.i and not _of_time(child):
            phrase = f"{verb.lemma_} {child.lower_}"
            kind = verb_kind(phrase)
            if kind:
                return phrase, kind
    predicate = predicative_cue_word(verb)
    if predicate is not None:
        return f"{verb.lemma_} {predicate.lower_}", "speech"
    kind = verb_kind(verb.lemma_)
    if kind is None or " " in verb.lemma_:
        return None
    return verb.lemma_, kind


def predicative_cue_word(verb: Token) -> Token | None:
    """"made clear that …", "made it clear that …", "has made clear she will …": the adjective of a
    two-word speech cue right after its verb (or after a dummy "it"), wherever the parser hung it."""
    cols = columns(verb.doc)  # asked for every verb: read from the token columns, a Token built only for a match
    lemma, head = cols.lemma[verb.i], cols.head
    for offset in (1, 2):
        j = verb.i + offset
        if j >= len(cols.lower) or offset == 2 and cols.lower[verb.i + 1] != "it":
            continue
        if cols.pos[j] == "ADJ" and verb_kind(f"{lemma} {cols.lower[j]}") == "speech" \
                and (head[j] == verb.i or head[head[j]] == verb.i):
            return verb.doc[j]
    return None


def predicative_cue_words(verb: Token) -> set[int]:
    """The positions of a two-word cue's adjective and its dummy "it" ("made it clear"): the cue's, not the content's."""
    predicate = predicative_cue_word(verb)
    if predicate is None:
        return set()
    return {predicate.i, predicate.i - 1} if predicate.i - 1 != verb.i else {predicate.i}


def _clauses_on_predicate(predicate: Token | None) -> list[Token]:
    """"made it clear that …": the clauses the parser hung on the cue's adjective rather than on its verb."""
    return [] if predicate is None else [c for c in predicate.children if c.dep_ in {"ccomp", "advcl"} and c.i > predicate.i]


def _set_off_after(noun: Token) -> list[Token]:
    """The appositions after a noun; after a set-off rank also the name set off from the rank ("Its spokesman,
    Major General Didier Kasongo,": the parser may hang the name on "General")."""
    set_off = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    return set_off + [g for c in set_off if is_title_head(c) for g in c.children if g.dep_ == "appos" and g.i > c.i]


def _of_time(prep: Token) -> bool:
    """"on Wednesday", "for the third time", "in 2024": a preposition whose object is a date or a time."""
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def is_document(word: str) -> bool:
    return f"document:{word.lower()}" in load_speech_cues()


def is_norm(word: str) -> bool:
    """A legal or normative text ("the law", "the rules"): it states rules, it reports no one's words."""
    return f"norm:{word.lower()}" in load_speech_cues()


# --- quotation marks ------------------------------------------------------------
def find_quotes(text: str, start: int = 0) -> list[Quote]:
    """Pair quote marks paragraph by paragraph; a quote left open runs to the end of its paragraph,
    and one that reopens at the start of the next paragraph continues there (news convention)."""
    quotes: list[Quote] = []
    pending: tuple[int, int, int] | None = None  # mark, inner start, paragraph end of a quote left open
    for para_start, para_end in _paragraphs(text, start):
        found, open_at = _pair_in_paragraph(text, para_start, para_end)
        if pending:
            first = _first_char(text, para_start, para_end)
            if found and found[0][0] == first:
                found[0] = (pending[0], found[0][1], pending[1], found[0][3])
            elif not found and open_at and open_at[0] == first:
                open_at = (pending[0], pending[1])
            else:
                quotes.append(_closed_at_paragraph_end(text, pending))
        quotes.extend(Quote(*q) for q in found)
        quotes.extend(_single_quotes(text, para_start, para_end, found, open_at))
        pending = (open_at[0], open_at[1], para_end) if open_at else None
    if pending:
        quotes.append(_closed_at_paragraph_end(text, pending))
    return sorted(quotes, key=lambda q: q.start)


def _closed_at_paragraph_end(text: str, pending: tuple[int, int, int]) -> Quote:
    end = pending[2]
    while end > pending[1] and text[end - 1].isspace():
        end -= 1
    return Quote(pending[0], end, pending[1], end)


def _first_char(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in re.finditer(r"\n", text[start:]):
        end = start + m.start()
        if text[pos:end].strip():
            out.append((pos, end))
        pos = end + 1
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def _pair_in_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int, int, int]], tuple[int, int] | None]:
    """Quotes closed inside one paragraph, and the quote left open at its end (if any)."""
    found: list[tuple[int, int, int, int]] = []
    open_mark: int | None = None
    closer = ""
    for mark in DOUBLE_MARK.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        if open_mark is None:
            if ch in OPENING or (ch == STRAIGHT and _opens(text, i, end)):
                open_mark, closer = i, (OPENING.get(ch, STRAIGHT))
        elif ch == closer or (ch in CLOSING and closer != STRAIGHT) or (ch == STRAIGHT and closer == STRAIGHT):
            if text[open_mark + 1 : i].strip():
                found.append((open_mark, i + 1, open_mark + 1, i))
            open_mark = None
        elif ch in OPENING and closer != STRAIGHT:
            open_mark = i  # a stray opening mark: restart from the later one
    return found, ((open_mark, open_mark + 1) if open_mark is not None else None)


def _single_quotes(text: str, start: int, end: int, doubles: list[tuple[int, int, int, int]],
                   open_double: tuple[int, int] | None) -> list[Quote]:
    """Single curly quotes (‘…’, British and Australian copy) outside double quotation, told apart from
    apostrophes: ‘ opens before a word; ’ closes after one unless a letter follows (“don’t”); a closer
    after “s” before a lower-case word (“the leaders’ summit”) gives way to a later closer."""
    outside = [(start, end)]
    spans = [(q[0], q[1]) for q in doubles] + ([(open_double[0], end)] if open_double else [])
    for lo, hi in sorted(spans):
        outside = [piece for a, b in outside for piece in ((a, min(b, lo)), (max(a, hi), b)) if piece[0] < piece[1]]
    found = []
    for lo, hi in outside:
        i = text.find("‘", lo, hi)
        while i >= 0:
            if (i == lo or text[i - 1].isspace() or text[i - 1] in "([{—–-:") and i + 1 < hi and not text[i + 1].isspace():
                closers = [j for j in range(i + 1, text.find("‘", i + 1, hi) if "‘" in text[i + 1 : hi] else hi)
                           if text[j] == "’" and not text[j - 1].isspace() and not (j + 1 < hi and text[j + 1].isalnum())]
                plain = [j for j in closers if not _possessive(text, j, hi)]
                if plain or closers:
                    close = (plain or closers)[0]
                    found.append(Quote(i, close + 1, i + 1, close))
                    i = text.find("‘", close + 1, hi)
                    continue
            i = text.find("‘", i + 1, hi)
        found += [q for q in _straight_single_quotes(text, lo, hi)
                  if not any(f.start < q.end and q.start < f.end for f in found)]
    return found


def _straight_single_quotes(text: str, start: int, end: int) -> list[Quote]:
    """"'We will not back down,' said X": straight single quotes (British copy typed plainly), told apart from
    apostrophes more strictly than curly ones: ' opens at the start of a paragraph or after a space or a
    bracket, before a capital letter ("'Yes' campaign" may open), and closes only after a comma or end
    punctuation, before a space or the paragraph's end; a closer is looked for only up to the next opener.
    Only the marks are visited, in order."""
    def opens(i: int) -> bool:
        return (i == start or text[i - 1] in " \t([—–") and i + 1 < end and text[i + 1].isupper()

    marks = [m.start() for m in STRAIGHT_SINGLE.finditer(text, start, end)]
    found = []
    k = 0
    while k < len(marks):
        i = marks[k]
        k += 1
        if not opens(i):
            continue
        while k < len(marks) and not opens(marks[k]):
            j = marks[k]
            k += 1
            if text[j - 1] in ",.!?" and (j + 1 == end or not text[j + 1].isalnum()):
                found.append(Quote(i, j + 1, i + 1, j))
                break
    return found


def _possessive(text: str, j: int, end: int) -> bool:
    """“the leaders’ summit”: an apostrophe after a plural, before a lower-case word."""
    after = text[j + 1 : min(end, j + 3)]
    return text[j - 1] == "s" and after[:1] == " " and after[1:2].islower()


def _opens(text: str, i: int, end: int) -> bool:
    """A straight double quote opens when it stands before a word, not after one."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    return not after.isspace() and (before.isspace() or before in "([{—–-:")


# --- the extractor ----------------------------------------------------------------
class _Extractor:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.article.text
        self.doc = ctx.doc
        self.resolver: Resolver = ctx.resolver
        self.quotes = [q for q in find_quotes(self.text, ctx.article.body_start)]
        self.names = {q for q in self.quotes if self._is_name(q)}
        self._quote_starts = [q.start for q in self.quotes]
        self._quote_reach = list(accumulate((q.end for q in self.quotes), max))  # the furthest end up to each quote
        self.used: set[Quote] = set()
        self.found: list[tuple[Statement, int]] = []  # statement and its cue offset
        self.orphans: dict[int, int] = {}  # sources the parser attached to the reported clause → where each starts
        self.set_off: set[int] = set()  # participles set off by commas that the parser read as reported clauses
        self.unnamed_people: set[int] = set()  # statements (ids) of one person left unnamed: "an official said"
        self.delegates: set[int] = set()  # statements (ids) of one person speaking for a body: "Chad's envoy said"
        self.prose_start = ctx.prose_start

    # quotes ------------------------------------------------------------------
    def quote_at(self, offset: int) -> Quote | None:
        i = bisect.bisect_right(self._quote_starts, offset) - 1
        while i >= 0 and self._quote_reach[i] > offset:  # else no quote from the first to this one reaches the offset
            q = self.quotes[i]
            if q.start <= offset < q.end:
                return q
            i -= 1
            if i >= 0 and self.quotes[i].end <= offset and offset - self.quotes[i].start > 20000:
                break
        return None

    def _is_name(self, q: Quote) -> bool:
        """Quotation that names a thing ("the so-called “snapback” mechanism") is not speech; "what it called
        “…”" gives the words of the one who called it so."""
        before = self.text[max(0, q.start - 40) : q.start]
        words = before.split()
        return (bool(words) and words[-1].lower().strip(",") in NAME_MARKERS and q.inner_end - q.inner_start < 60
                and not WHAT_IT_CALLED.search(before))

    def _proper_name(self, q: Quote) -> bool:
        """Quoted words that are a title-case name ("Operation Peace Spring"), not a claim."""
        words = re.findall(r"[\w'’-]+", self.text[q.inner_start : q.inner_end])
        return 0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in {"of", "the", "and", "for", "in", "on"} for w in words)

    def quotes_within(self, start: int, end: int) -> list[Quote]:
        return [q for q in self.quotes if start <= q.inner_start and q.inner_end <= end and q not in self.names]

    # run -----------------------------------------------------------------------
    def run(self) -> list[Statement]:
        cols = columns(self.doc)
        for i, (offset, lower, pos) in enumerate(zip(cols.idx, cols.lower, cols.pos)):
            if offset < self.prose_start or (pos not in {"VERB", "AUX"} and lower not in {"according", "effect"}):
                continue  # only verbs, "according to" and "to the effect" report speech
            if self.quote_at(offset):
                continue  # speech reported inside a quotation belongs to the quoted speaker
            tok = self.doc[i]
            if lower == "according" and cols.lower[i + 1 : i + 2] == ["to"]:
                self._according_to(tok)
            elif pos in {"VERB", "AUX"} and (found := cue_of(tok)):
                self._verb_cue(tok, *found)
            elif pos == "VERB":
                self._quoted_as(tok)
            elif lower == "effect" and i >= 2 and cols.lower[i - 2 : i] == ["to", "the"]:
                self._to_the_effect(tok)
        self._speaker_turns()
        self._after_colon()
        self._block_quotes()
        self._signed_quotes()
        self._after_attribution()
        self._continuations()
        self._after_person_subject()
        return self._final()

    def _speaker_turns(self) -> None:
        """A briefing or interview transcript: each paragraph opening with a speaker's label ("MR HALL:",
        "GEN. REDDICK:") is that person's words, verbatim. The label must name a person the article knows
        (a surname in capitals is the person the article named in full), so "Update:" or "QUESTION:"
        (a reporter) gives nothing. In a question-and-answer interview the answers ("A:") are the words of
        the person the article was about when the questions ("Q:") began."""
        interviewee: str | None = None
        for start, end in _paragraphs(self.text, max(self.prose_start, self.ctx.article.body_start)):
            start = _first_char(self.text, start, end)
            label = SPEAKER_LABEL.match(self.text, start, end)
            if label is None:
                continue
            if label.group(1) in INTERVIEW_LABELS:
                if INTERVIEW_LABELS[label.group(1)] == "question" and interviewee is None:
                    interviewee = self.resolver.resolve_pronoun(start, {"Person"}, sentences=2)
                speaker = interviewee if INTERVIEW_LABELS[label.group(1)] == "answer" else None
            else:
                name = self.doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
                speaker = self._labelled_person(name[-1]) if name is not None and len(name) else None
            if speaker is None:
                continue
            content_start, content_end = self._trim(label.end(), end)
            if content_end <= content_start:
                continue
            self.found.append((Statement(
                text=self.text[content_start:content_end], content=Span.of(self.text, content_start, content_end),
                speaker=speaker, speaker_text=label.group(1), quote_type="Direct", cue=None,
                evidence=Span.of(self.text, start, content_end)), label.start()))

    def _labelled_person(self, surname: Token) -> str | None:
        """The person a transcript label names: the entity of its last word, or (a surname in capitals the
        recogniser left alone) the one person of the article whose name ends in it."""
        key = self.ctx.entities.for_token(surname)
        if key is not None:
            return key if self.ctx.entities.get(key).type == "Person" else None
        if not surname.text.isupper() or len(surname.text) < 2:
            return None
        people = {key for key, draft in self.ctx.entities.drafts.items() if draft.type == "Person"
                  and draft.name.split()[-1].upper() == surname.text}
        return people.pop() if len(people) == 1 else None

    def _to_the_effect(self, effect: Token) -> None:
        """"issued a statement to the effect (that) X": X, from the statement's issuer or the verb's subject."""
        to = self.doc[effect.i - 2]
        head = to.head
        subject = head if head.pos_ == "NOUN" and is_document(head.lemma_) else (
            self.cue_subject(head) if head.pos_ in {"VERB", "AUX"} else None)
        if subject is None or subject.lower_ in AUTHOR_PRONOUNS:
            return
        content = [t for t in self.doc[effect.i + 1 : effect.sent.end] if not t.is_space]
        if content and content[0].lower_ == "that":
            content = content[1:]
        if len([t for t in content if not t.is_punct]) >= MIN_QUOTE_WORDS:
            self._emit(to, "to the effect", subject, self._in_paragraph(effect, content), False)

    def _quoted_as(self, verb: Token) -> None:
        """"attacked the inquiry as “a witch hunt”", "characterised the call as “perfect”": a verb
        that casts its object as quoted words reports the subject's own words (Mixed)."""
        if not any(c.dep_ == "dobj" for c in verb.children):
            return
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i):
            words = [t for t in prep.subtree if t != prep and not t.is_punct]
            quotes = {self.quote_at(t.idx) for t in words}
            if not words or None in quotes or quotes & self.names:
                continue
            subject = self._speaking_subject(verb)
            if subject is None:
                return
            end = max(q.end for q in quotes if q is not None)
            self._add(verb, verb.text, subject, verb.idx, end, "Mixed")
            self.used.update(q for q in quotes if q is not None)
            return

    def _after_colon(self) -> None:
        """"X opposed the plan: “…”", "X defended his decision, “…”", "The palace issued the following
        statement from the king: “…”": a quotation that a clause introduces with a colon (in its paragraph
        or the next) or with a comma (closing the sentence) is the words of that clause's subject, or of
        the author of a statement the clause issues."""
        for q in self.quotes:
            if not self._unclaimed(q):
                continue
            before = self._before(q.start)
            gap, mark_char = self.text[before : q.start], self.text[before - 1 : before]
            if mark_char == ":" and gap.count("\n") <= 2:
                pass
            elif not (mark_char == "," and "\n" not in gap and self._ends_sentence(q)):
                continue
            mark = self.doc.char_span(before - 1, before, alignment_mode="expand")
            if mark is None or not len(mark) or self.quote_at(mark[0].idx):
                continue
            verb, subject = self._colon_clause(mark[0])
            if verb is None:
                continue
            subject = subject or self._speaking_subject(verb)
            issued = [c for c in verb.children if c.dep_ == "dobj" and is_document(c.lemma_)]
            if subject is not None and issued and verb.lemma_ in ISSUING_VERBS:
                subject = issued[0]
            if subject is None or not self._source_like(subject):
                continue  # "The sign read: “…”" has no source
            self.used.add(q)
            self._add(verb, verb.text, subject, q.inner_start, q.inner_end, "Direct")

    def _block_quotes(self) -> None:
        """"Foreign Secretary Jane Doe said:" as a paragraph of its own, then her words set as paragraphs
        without quotation marks (government press releases): the first paragraph is the speaker's, and
        each next one while it still speaks in the first or second person ("we", "our", "you"); narrative
        copy after the block speaks of people in the third person. A heading or a new "said:" ends it."""
        paragraphs = _paragraphs(self.text, max(self.prose_start, self.ctx.article.body_start))
        for (lo, hi), following in zip(paragraphs, (paragraphs[i + 1 :] for i in range(len(paragraphs)))):
            head = self.text[lo:hi].rstrip()
            if not head.endswith(":") or not following:
                continue
            colon = self.doc.char_span(lo + len(head) - 1, lo + len(head), alignment_mode="expand")
            if colon is None or not len(colon) or self.quote_at(colon[0].idx):
                continue
            verb, subject = self._colon_clause(colon[0])
            if verb is None or (cue_of(verb) or ("", ""))[1] != "speech":
                continue
            subject = subject or self._speaking_subject(verb)
            if subject is None or not self._source_like(subject):
                continue
            for n, (start, end) in enumerate(following):
                start = _first_char(self.text, start, end)
                block = self.text[start:end].rstrip()
                if not block[:1].isalnum() or self.quote_at(start) or block[-1:] not in {".", "!", "?"} \
                        or n and not FIRST_OR_SECOND_PERSON.search(block):
                    break
                self._add(verb, verb.text, subject, start, start + len(block), "Direct")

    def _signed_quotes(self) -> None:
        """A quote box: quotation paragraphs signed by a line "- The Honourable Jane Doe, Minister of …"
        (government releases) are the words of the person (or body) the signature names first; a name the
        article does not know stays the words naming an unnamed source, never the speaker of the box before."""
        paragraphs = _paragraphs(self.text, max(self.prose_start, self.ctx.article.body_start))
        for i, (lo, hi) in enumerate(paragraphs):
            lo = _first_char(self.text, lo, hi)
            mark = SIGNATURE.match(self.text, lo, hi)
            if mark is None or i == 0:
                continue
            signer = self._signer(mark.end(), hi)
            block_start = i
            while block_start > 0 and self.quote_at(_first_char(self.text, *paragraphs[block_start - 1])):
                block_start -= 1
            if block_start == i:
                continue
            top = paragraphs[block_start][0]
            for q in self.quotes:
                if top <= q.start < lo and self._unclaimed(q):
                    self.used.add(q)
                    start, end = self._trim(q.inner_start, q.inner_end)
                    self.found.append((Statement(
                        text=self.text[start:end], content=Span.of(self.text, start, end), speaker=signer,
                        speaker_text=self.text[mark.end() : hi].split(",")[0].strip(), quote_type="Direct", cue=None,
                        evidence=Span.of(self.text, q.start, hi)), q.start))

    def _signer(self, start: int, end: int) -> str | None:
        """The person, else the body, a signature line names before its first comma (None: neither known)."""
        comma = self.text.find(",", start, end)
        name = self.doc.char_span(start, comma if comma > 0 else end, alignment_mode="expand")
        keys = [k for t in name or [] if (k := self.ctx.entities.for_token(t))]
        people = [k for k in keys if self.ctx.entities.get(k).type == "Person"]
        return (people or keys or [None])[0]

    def _colon_clause(self, colon: Token) -> tuple[Token | None, Token | None]:
        """The verb of the clause a colon closes, and its subject when the parser lost it. The parser may hang
        the colon on the quotation after it (then the word before the colon leads to the clause), and may read
        "X posted on Telegram:" as a name with a participle ("posted" as "which was posted"), whose name is
        then the subject."""
        verb = self._top_in_paragraph(colon)
        if verb.pos_ not in {"VERB", "AUX"} and colon.i > 0:
            verb = self._top_in_paragraph(self.doc[colon.i - 1])
        if verb.pos_ in {"PROPN", "NOUN"}:
            participles = [c for c in verb.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > verb.i
                           and (cue_of(c) or ("", ""))[1] == "speech"]
            return (participles[0], verb) if participles else (None, None)
        return (verb, None) if verb.pos_ in {"VERB", "AUX"} else (None, None)

    def _after_attribution(self) -> None:
        """"X spoke to reporters on Monday. “…”" / "X said the plan was ready. “…”": a quotation standing as
        a sentence of its own right after a sentence in which a source speaks (same paragraph) is that
        source's."""
        for q in self.quotes:
            previous = self._sentence_before_standalone(q)
            if previous is None:
                continue
            verb = previous.root
            cue = cue_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
            if cue is None or cue[1] != "speech" and cue[0] != "speak" or "\n" in self.text[previous.end_char : q.start]:
                continue
            if any(self.quote_at(t.idx) for t in previous) or is_negated(verb):
                continue
            subject = self._speaking_subject(verb)
            if subject is None or not self._source_like(subject):
                continue
            self.used.add(q)
            self._add(verb, verb.text, subject, q.inner_start, q.inner_end, "Direct")

    def _after_person_subject(self) -> None:
        """"The coach, X, was blunt after the match.\n\n“We were not good enough.”", "His neighbour, Y,
        agreed. “…”": a quotation standing as a sentence or paragraph of its own, with no cue anywhere, is
        the words of the person the sentence just before is about (its subject). News copy never leaves a
        quotation unattributed; a sentence about a thing, a body or a passive subject gives no speaker."""
        for q in self.quotes:
            previous = self._sentence_before_standalone(q)
            if previous is None or any(self.quote_at(t.idx) for t in previous if not t.is_space):
                continue
            verb = previous.root
            subject = self._speaking_subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
            if subject is None:
                continue
            speaker = self.resolver.resolve_token(subject)
            if speaker is None or self.ctx.entities.get(speaker).type != "Person":
                continue
            self.used.add(q)
            self._add(verb, verb.text, subject, q.inner_start, q.inner_end, "Direct")

    def _sentence_before_standalone(self, q: Quote) -> SpacySpan | None:
        """The sentence before an unclaimed quotation that stands as a sentence of its own (it opens and closes
        its sentence); None when the quotation is claimed, sits inside a sentence, or opens the article."""
        if not self._unclaimed(q) or not self._ends_sentence(q):
            return None
        opening = self.doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        if opening is None or not len(opening) or opening[0].sent.start == 0:
            return None
        sent = opening[0].sent
        if self.text[sent.start_char : q.start].strip():
            return None
        return self.doc[sent.start - 1].sent

    def _unclaimed(self, q: Quote) -> bool:
        """A quotation of a few words or more in the prose that no statement holds yet."""
        words = len(self.text[q.inner_start : q.inner_end].split())
        return q not in self.names and not self._reported(q) and q.start >= self.prose_start and words >= MIN_QUOTE_WORDS

    def _speaking_subject(self, verb: Token) -> Token | None:
        """The subject of a verb when it can be a source: not passive, not the document's own "we"."""
        subject = self.cue_subject(verb)
        if subject is None or subject.dep_ == "nsubjpass" or subject.lower_ in AUTHOR_PRONOUNS:
            return None
        return subject

    def _ends_sentence(self, q: Quote) -> bool:
        """Whether a quotation closes its sentence: nothing but end punctuation before the next sentence."""
        rest = self.text[q.end : q.end + 3]
        rest = rest[1:] if rest[:1] in ".!?" else rest
        return not rest.strip() or rest[:1] == "\n" or rest[:1] == " " and rest[1:2].isupper()

    def _top_in_paragraph(self, tok: Token) -> Token:
        """The highest word above a token that still lies in the token's paragraph, outside quotation."""
        lo, hi = self._paragraph_of(tok.idx)
        while tok.head != tok and lo <= tok.head.idx < hi and not self.quote_at(tok.head.idx):
            tok = tok.head
        return tok

    def _verb_cue(self, cue: Token, entry: str, kind: str) -> None:
        """The statement a verb reports, given the cue it makes (``cue_of``: lexicon entry and kind)."""
        if cue.dep_ == "csubj":
            return  # "People accused of … will face trial": a clause used as a subject is no attribution
        if cue.dep_ == "acl" and cue.tag_ == "VBN" and kind == "speech":
            return  # "said in a video posted online that …": a participle describing the medium, not a source
        if cue.lemma_ == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in cue.children):
            return
        if cue.lemma_ == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in cue.children) \
                and not any(c.dep_ == "ccomp" for c in cue.children):
            return  # "would add 46 vessels to the ban", "added to the confusion": adding to something, not saying
        if self._reciprocal(cue):
            return  # "both sides accused each other of …": a quarrel the writer sums up, no one source's words
        if self._framing_participle(cue):
            return
        subject = self.cue_subject(cue)
        if subject is None:
            return
        if predicative_cue_word(cue) is not None and (not self._source_like(subject) or is_document(subject.lemma_)
                                                      or any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)):
            return  # "today's action makes clear that …", "sanctions to make clear that …": no one speaks
        if subject.dep_ == "nsubjpass" and subject.head == cue:
            return  # "he was told that…", "it is believed that…": not the source speaking
        if subject.lower_ in AUTHOR_PRONOUNS:
            return  # "We urge all parties to…" outside quotation: the document's own voice, not a report
        if kind in {"speech", "cognition"} and is_negated(cue):
            return  # "the union has not said whether it will", "did not say when": nothing said
        if self._glossing_infinitive(cue) or subject.pos_ == "NOUN" and is_norm(subject.lemma_):
            return  # "That is not to say …", "The law says …" (but "Nathan Law said"): no one speaks
        if kind == "evidence" and self._named_finding(cue, subject):
            kind = "cognition"
        if kind in {"evidence", "reading"} and not is_document(subject.lemma_) and not is_document(subject.text):
            return
        if kind == "tally" and not any(c.dep_ == "dobj" and f"tally_noun:{c.lemma_.lower()}" in load_speech_cues() for c in cue.children):
            return  # "put the plan on hold" reports nothing; "put the death toll at 50" reports a figure
        kind = "speech" if kind == "reading" else kind
        cue_text = cue.text + "".join(" " + c.text for c in cue.children if c.dep_ == "prt" or c.i == cue.i + 1 and " " in entry)
        if kind == "quoting":
            self._adjacent_quote(cue, cue_text, subject)
            return
        tokens: list[Token] = []
        need_quote = kind == "naming"
        if kind in {"speech", "cognition", "evidence"}:
            tokens = self._in_paragraph(cue, self._clause_complement(cue) or self._split_complement(cue)
                                        or self._clause_read_as_noun(cue))
            if not tokens and kind == "speech":
                tokens = self._in_paragraph(cue, self._host_clause(cue, subject))
        elif kind == "directive":
            # "urged the allies to act": a reported demand; "asked the court" with no content is not
            asked = [c for c in cue.children if (c.dep_ == "xcomp" or c.dep_ == "ccomp" and not self._question(c)
                                                 or self._infinitive_after_addressee(cue, c))
                     and not self._anonymity_request(c)]
            tokens = self._in_paragraph(cue, sorted((t for c in asked for t in c.subtree), key=lambda t: t.i)
                                        or self._infinitive_on_source(cue) or self._quoted_infinitive_as_preposition(cue))
        elif kind == "naming":
            tokens = self._in_paragraph(cue, self._naming(cue))
            quoted = {q for t in tokens for q in [self.quote_at(t.idx)] if q is not None}
            if not quoted or all(self._proper_name(q) for q in quoted):
                tokens = []  # unquoted: maybe an object report; "named it “Operation Peace Spring”": a name
        elif kind == "accusation":
            tokens = self._in_paragraph(cue, self._accusation(cue))
            need_quote = cue.lemma_ != "accuse"
        predicate = kind == "directive" and bool(tokens)
        if not tokens and entry in object_cues() and self._source_like(subject):
            tokens = self._in_paragraph(cue, self._object(cue, entry))
            predicate = bool(tokens)
            need_quote = False
        sentence = columns(self.doc).sentence
        if (predicate and subject.i < cue.i and sentence[subject.i] == sentence[cue.i] and subject.pos_ != "PRON"
                and self._cue_before_participle(cue) is None and not ends_apposition(cue)):
            # an object is no proposition alone: "the group claimed responsibility" reads whole (but not
            # "China, the North's main ally, called for …", whose subject's words hold the verb's own)
            tokens = [t for t in subject.subtree if not self.quote_at(t.idx)] + tokens
        if not tokens and kind in {"speech", "cognition"}:
            tokens = self._in_paragraph(cue, self._that_clause(cue) or self._around_attribution(cue, subject))
        if subject.i in self.orphans:
            first = self.orphans[subject.i]
            source = {t.i for t in subject.subtree if t.i >= first} | set(range(first - 1, subject.i + 1))
            tokens = [t for t in tokens if t.i not in source]
        if tokens:
            # "said that the port would reopen" reports "the port would reopen"; a verb whose object is what
            # was said keeps it: "denied that he took money", "promised to resign", "called for talks"
            complements = {c.i for c in cue.children if c.dep_ == "ccomp"} | {c.i for c in self._medium_participle_clauses(cue)} \
                | {c.i for c in _clauses_on_predicate(predicative_cue_word(cue))} \
                | ({cue.head.i} if self._fronted_as_clause(cue, cue.head) else set())
            clause = (kind == "cognition" or kind == "speech" and entry not in object_cues()) and (any(
                t.i in complements for t in tokens) or self._relative_pronoun_on_cue(cue))
            self._emit(cue, cue_text, subject, tokens, need_quote, with_verb=not clause)
        elif kind == "speech":
            self._adjacent_quote(cue, cue_text, subject)
        elif kind == "directive":  # "“Who will pay for this?” asked X": a quoted question or appeal, not "urged “calm”"
            self._adjacent_quote(cue, cue_text, subject, min_words=MIN_QUOTE_WORDS)

    def _named_finding(self, cue: Token, subject: Token) -> bool:
        """"USTR found that the tax was actionable", "The Competition Commission determined that …": a named
        body or person finding that a clause holds states its conclusion (unlike "police found the body").
        "OFAC has determined that X no longer meets the criteria" is the release's own decision, the action it
        announces, not a finding it reports."""
        present_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in {"VBZ", "VBP"} for c in cue.children)
        return subject.pos_ == "PROPN" and self.ctx.entities.for_token(subject) is not None and not present_perfect \
            and any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in cue.children)

    def _framing_participle(self, cue: Token) -> bool:
        """"Announcing the sanctions on Thursday, Cooper said the firms had …": a participle opening the sentence
        before a verb of saying that reports a clause sets the scene for that statement; unquoted, it is no
        statement of its own."""
        host = cue.head
        if cue.tag_ != "VBG" or cue.dep_ != "advcl" or host.i < cue.i:
            return False
        first = next((t for t in cue.sent if not t.is_space and not t.is_punct), None)
        if first != cue:
            return False
        kind = (cue_of(host) or ("", ""))[1] if host.pos_ in {"VERB", "AUX"} else ""
        return (kind == "speech" and any(c.dep_ == "ccomp" for c in host.children)
                and not any(self.quote_at(t.idx) for t in cue.subtree))

    def _reciprocal(self, cue: Token) -> bool:
        """Whether a cue's object is "each other" or "one another"."""
        objects = [c for c in cue.children if c.dep_ in {"dobj", "dative"}]
        objects += [g for c in cue.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return any(self.text[o.left_edge.idx : o.right_edge.idx + len(o.right_edge.text)].lower() in RECIPROCALS
                   for o in objects)

    @staticmethod
    def _infinitive_after_addressee(cue: Token, clause: Token) -> bool:
        """"calls on North Korea to comply", "appealed to all sides to exercise restraint": the parser may hang
        the infinitive asked for on the verb as an adverbial clause after the addressee."""
        addressees = [g for c in cue.children if c.dep_ == "prep" and c.i > cue.i for g in c.children if g.dep_ == "pobj"]
        return (clause.dep_ == "advcl" and any(a.i < clause.i for a in addressees)
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children))

    @staticmethod
    def _infinitive_on_source(cue: Token) -> list[Token]:
        """"Its chairman, X, called on the unions to “…”": after a name set off by commas the parser may read the
        verb as a participle of the subject noun and hang the infinitive asked for on that noun, or make the
        infinitive the sentence's verb with the noun as its subject; the words from "to" on are the demand."""
        if cue.dep_ != "acl" or cue.tag_ != "VBD":
            return []
        source = cue.head
        clauses = [c for c in source.children if c.dep_ in {"acl", "relcl"}]
        if source.dep_ in NOMINAL_SUBJECT_DEPS:
            clauses.append(source.head)
        for clause in clauses:
            if clause.i > cue.right_edge.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
                return [t for t in clause.subtree if t.i > cue.right_edge.i]
        return []

    def _quoted_infinitive_as_preposition(self, cue: Token) -> list[Token]:
        """"urged all parties to “exercise restraint” and to settle …": before a quotation the parser may read
        the "to" of the infinitive asked for as a preposition after the addressee; that phrase, and the
        infinitives joined to the verb after it, are the demand."""
        addressees = [c.i for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
        for prep in (c for c in cue.children if c.dep_ == "prep" and c.lower_ == "to" and addressees and c.i > addressees[0]):
            quote = self.quote_at(self.doc[prep.i + 1].idx) if prep.i + 1 < len(self.doc) else None
            if quote is None or quote.start != self.doc[prep.i + 1].idx:
                continue
            joined = [t for c in cue.children if c.dep_ == "conj" and c.i > prep.i
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree]
            return sorted([*prep.subtree, *joined], key=lambda t: t.i)
        return []

    @staticmethod
    def _anonymity_request(clause: Token) -> bool:
        """"asked not to be named", "asked not to be identified": the source hiding its name, not a demand."""
        return clause.lemma_ in ANONYMITY_VERBS and has_passive_auxiliary(clause)

    @staticmethod
    def _glossing_infinitive(cue: Token) -> bool:
        """"That is not to say …", "This is to say …": an infinitive of saying as the predicate of "be"
        is the writer's gloss, not anyone's speech."""
        return (cue.dep_ == "xcomp" and cue.head.lemma_ == "be"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children))

    def _object(self, cue: Token, entry: str) -> list[Token]:
        """What a verb of announcing, denying or promising reports when it takes no clause: its object
        and the rest of its clause ("announced a complete withdrawal from the region", "denied taking
        money", "promised to hold elections", "called for an inquiry"); a sum of money is no report."""
        if is_negated(cue) or any(c.dep_ == "dative" for c in cue.children) or any(
                c.dep_ in NOMINAL_SUBJECT_DEPS and any(d.dep_ == "neg" or d.lower_ in {"no", "none"} for d in c.children) for c in cue.children):
            return []  # "did not confirm", "no group claimed", "denied them the ability": nothing reported
        if any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in cue.children):
            return []  # "is expected to announce", "will announce": no announcement made yet
        if " " in entry:  # "called for …", "spoke of …": the preposition's object
            objects = [c for c in cue.children if c.dep_ == "prep" and c.lower_ == entry.split()[1]]
        elif object_cues()[entry] == "as":
            kinds = [g for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
            if not kinds or any(found[0].type == "Person" for k in kinds for found in (role_of([k.text]), role_of([k.lemma_])) if found):
                return []  # "named her as ambassador": an appointment, not a claim
            objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
        else:
            objects = [c for c in cue.children if c.dep_ in {"dobj", "xcomp", "oprd"} and c.i > cue.i]
        if object_cues()[entry] == "gerund":
            objects = [c for c in objects if c.tag_ == "VBG"]
        objects = [c for c in objects if not self._sum_of_money(c)]
        if not objects:
            return []
        own = {t.i for t in cue.subtree}
        reported = {t.i for o in objects for t in o.subtree}
        out = []
        for tok in self.doc[cue.i + 1 : cue.sent.end]:
            listed = tok.text == "," and tok.i + 1 in reported and tok.head.i in reported  # "announced A, B and C"
            if tok.i not in own or tok.text in {",", ";", ":", "—", "–", "."} and not listed \
                    or tok.dep_ == "cc" and tok.head == cue or self.quote_at(tok.idx) and tok.i not in reported:
                break
            out.append(tok)
        return out if any(t.i == objects[0].i for t in out) else []

    @staticmethod
    def _sum_of_money(noun: Token) -> bool:
        """"announced $42 million in new funding", "pledged 3 billion euros": a sum given is a funding
        decision (an aid event), not words reported."""
        return any(t.tag_ == "$" or t.ent_type_ == "MONEY" for t in noun.subtree if t.i <= noun.i)

    def _source_like(self, subject: Token) -> bool:
        """A subject that can speak: a name, a pronoun, an entity, a role or a document ("the floods
        claimed 14 lives" has no source)."""
        if subject.pos_ in {"PROPN", "PRON"} or self.ctx.entities.for_token(subject):
            return True
        lemma = subject.lemma_.lower()
        return bool(role_of([subject.text]) or is_document(subject.lemma_) or lemma in source_nouns()
                    or subject.lower_ in word_set("delegation_nouns.txt"))

    def _according_to(self, cue: Token) -> None:
        to = self.doc[cue.i + 1]
        sources = [c for c in to.children if c.dep_ == "pobj"]
        if not sources:
            return
        source = {t.i for t in sources[0].subtree}
        after = to.i + 1
        while after < cue.sent.end and after in source and self.doc[after].text != ",":
            after += 1  # the source phrase ends at a comma ("according to X, supportive of Y")
        named = self.ctx.entities.for_token(sources[0])
        while after < cue.sent.end and named is not None and self.ctx.entities.for_token(self.doc[after]) == named:
            after += 1  # a name the parser split ("the Committee to Protect Journalists") is the source whole
        named = self._name_after_title(sources[0], after, cue.sent.end)
        if named is not None:
            sources[0], after = named
        else:
            after = self._past_appositive(source, after, cue.sent.end)
        phrase = {cue.i, *range(to.i, after)}
        if (cue.i >= 2 and self.doc[cue.i - 1].text == "," and self.doc[cue.i - 2].dep_ == "cc"
                and after < len(self.doc) and self.doc[after].text == ","):
            # "… largely Kurdish and, according to X, supportive of Y": X reports the conjunct that follows
            rest = [t for t in self.doc[after + 1 : cue.sent.end] if not t.is_punct and not t.is_space]
            if rest:
                self._emit(cue, "according to", sources[0], rest, False)
            return
        host = cue.head if cue.head.pos_ in {"VERB", "AUX"} and cue.head != cue else None
        if host is not None and host.dep_ in {"aux", "auxpass"}:
            host = host.head  # "… people remain detained, according to X": hung on the auxiliary, X reports the verb
        if host is not None and self._describes_the_source(cue, host):
            phrase |= {t.i for t in host.subtree if t.i > cue.i}  # "according to videos posted online": the source's words
            host = host.head
        while (host is not None and host.dep_ == "conj" and host.i < cue.i and host.head.pos_ in {"VERB", "AUX"}
               and not verb_kind(host.head.lemma_)):
            host = host.head  # "A happened and B happened, according to X": X reports both (not "Y said A, and B, according to X")
        if host is not None and host.dep_ == "ccomp" and verb_kind(host.head.lemma_):
            last = self._last_own_conjunct(host, cue)
            host = last or host  # "Y warned that A, and B is weighing C, according to X": X reports B
        scope = list(host.subtree) if host is not None else list(cue.sent)
        if host is not None and cue.i < host.i:  # "According to X, A, and Y said B": Y's clause is Y's own report
            own_reports = [c for c in host.children if c.dep_ == "conj" and cue_of(c) is not None
                           and any(g.dep_ in NOMINAL_SUBJECT_DEPS for g in c.children)]
            if own_reports:
                scope = [t for t in scope if t.i < min(c.left_edge.i for c in own_reports)]
                while scope and (scope[-1].dep_ == "cc" or scope[-1].is_punct):
                    scope.pop()  # the ", and" before it
        rest = [t for t in scope if t.i not in phrase and not t.is_punct]
        if not rest:
            return
        self._emit(cue, "according to", sources[0], rest, False)

    @staticmethod
    def _describes_the_source(cue: Token, host: Token) -> bool:
        """"…, according to relatives and videos posted online", "…, according to a statement read on state
        television": the parser hung "according to" on a participle right after its source, read as a verb of
        the sentence; the participle describes the source, and the clause before is what the source reports."""
        phrase_end = max(t.i for t in cue.subtree)
        return cue.i < host.i == phrase_end + 1 and host.dep_ in {"conj", "advcl", "acl"} and host.head.i < cue.i \
            and host.tag_ in {"VBN", "VBD"} and not any(c.dep_ in NOMINAL_SUBJECT_DEPS | {"aux", "auxpass"} for c in host.children)

    def _past_appositive(self, source: set[int], comma: int, end: int) -> int:
        """"according to X, a rights group, at least 40 …": a common-noun appositive set off by commas
        describes the source and belongs to the source phrase, not to what the source reports (a name
        there, "according to the prosecutor, John Smith, 45, was …", may be the report's subject)."""
        if comma >= end or self.doc[comma].text != "," or comma + 1 not in source:
            return comma
        close = comma + 1
        while close < end and close in source and self.doc[close].text != ",":
            close += 1
        if (close < end and self.doc[close].text == "," and close + 1 < end
                and any(self.doc[k].dep_ == "appos" and self.doc[k].pos_ == "NOUN" for k in range(comma + 1, close))):
            return close
        return comma

    def _name_after_title(self, title: Token, after: int, end: int) -> tuple[Token, int] | None:
        """"according to district police chief Zahid Khan Marwat, …", "according to the mayor, Paul Dubois,
        the town …": a person's name right after a person's title, or set off by commas after it, is the
        source the title names, though the parser may hang the name on the reported clause. Set off by
        commas, the name must be followed by a clause with a verb ("the town has …"): in "according to
        the prosecutor, John Smith, 45, was arrested" the name is the reported clause's subject."""
        found = role_of([title.text])
        if found is None or found[0].type != "Person" or after >= end:
            return None
        set_off = self.doc[after].text == ","
        first = after + 1 if set_off else after
        key = self.ctx.entities.for_token(self.doc[first]) if first < end else None
        if key is None or self.ctx.entities.get(key).type != "Person":
            return None
        last = first
        while last + 1 < end and self.ctx.entities.for_token(self.doc[last + 1]) == key:
            last += 1
        if set_off:
            if last + 1 >= end or self.doc[last + 1].text != ",":
                return None
            clause = []
            for tok in self.doc[last + 2 : end]:
                if tok.text == ",":
                    break
                clause.append(tok)
            if not any(t.pos_ in {"VERB", "AUX"} for t in clause):
                return None
        return self.doc[last], last + 1

    # clauses ---------------------------------------------------------------------
    @staticmethod
    def _last_own_conjunct(head: Token, before: Token) -> Token | None:
        """The last clause coordinated with ``head``, with a subject of its own, ending before a token."""
        conjuncts = [c for c in head.children if c.dep_ == "conj" and c.i < before.i and c.pos_ in {"VERB", "AUX"}
                     and any(g.dep_ in NOMINAL_SUBJECT_DEPS for g in c.children)]
        return conjuncts[-1] if conjuncts else None

    def cue_subject(self, cue: Token) -> Token | None:
        """The source of a cue: its subject, or the subject of the clause a participle or conjunct hangs on.
        Not ``arguments.subject_of``: a source is never inside a quotation or a dummy "it", may be passive
        (callers decide), and one the parser lost is looked for after a closing quote or a comma."""
        set_off = self._named_after_opening_participle(cue) or self._titled_name_before(cue)
        if set_off is not None:
            return set_off
        tok = cue
        for _ in range(4):
            # a subject inside a quotation is the parser joining the quote to its attribution, not the source
            subjects = [past_dateline(self.ctx, c) for c in tok.children
                        if c.dep_ in SOURCE_SUBJECT_DEPS and not self.quote_at(c.idx)]
            subjects = [c for c in subjects if c is not None and not self._hyphenated_lead(c)]
            if len(subjects) > 1 and tok.dep_ == "relcl":  # "who the NCA says forged …": the pronoun is the predicate's
                subjects = [c for c in subjects if c.lower_ not in RELATIVE_WORDS]
            if any(c.i < tok.i for c in subjects):  # "X said Russia and China … were": a subject after is the content's
                subjects = [c for c in subjects if c.i < tok.i]
            if subjects:
                named = [c for c in subjects if c.pos_ == "PROPN" and self.ctx.entities.for_token(c)]
                subject = named[-1] if len(subjects) > 1 and named else subjects[0]  # "A member of X, Y Z said": Y Z
                if subject.dep_ == "expl" or subject.lower_ == "it" and self._extraposed(tok):
                    return None
                return self._body_owned_by_subject(subject)
            if tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
                if ends_apposition(tok):
                    return tok.head.head
                described = self._described_by_relative_clause(tok)
                if described is not None:
                    return described
                # "a statement saying that…"; not "the area first announced", "people accused of…" (passive)
                active = tok.tag_ != "VBN" or any(c.dep_ in {"dobj", "ccomp"} or c.dep_ == "oprd" and self.quote_at(c.idx)
                                                  for c in tok.children)
                return tok.head if active else None
            said = self._cue_before_participle(tok)
            if said is not None:
                tok = said
                continue
            if tok.dep_ in {"advcl", "conj", "xcomp"} and tok.head != tok:
                tok = tok.head
                continue
            if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in {"by", "after", "before", "while"}:
                tok = tok.head.head
                continue
            quoted = self._quoted_person(tok)
            if quoted is not None:
                return quoted
            if tok is not cue:
                return None
            return self._inverted_subject(cue) or self._orphan_subject(cue) or self._before_set_off_participle(cue)
        return None

    def _body_owned_by_subject(self, subject: Token) -> Token:
        """"The Council of Europe's Venice Commission said": the parser may read the owner's name as the subject and
        hang the body it owns on the owner's "of"; the body owned is the source."""
        index = self.ctx.entities
        owner = index.for_token(subject)
        if owner is None:
            return subject
        for tok in subject.subtree:
            if tok.dep_ == "poss" and tok.i > subject.i and index.for_token(tok) == owner and tok.head.pos_ == "PROPN" \
                    and (owned := index.for_token(tok.head)) not in {None, owner} and index.get(owned).type == "Organization":
                return tok.head
        return subject

    @staticmethod
    def _hyphenated_lead(tok: Token) -> bool:
        """"co" and "-" of "co-leader", "vice-president": the tokenizer splits a hyphenated noun and the parser may
        make each piece a subject; the last piece heads the word."""
        doc = tok.doc
        if tok.text == "-":
            return not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
        return not tok.whitespace_ and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" \
            and not doc[tok.i + 1].whitespace_ and doc[tok.i + 2].dep_ == tok.dep_ and doc[tok.i + 2].head == tok.head

    def _named_after_opening_participle(self, cue: Token) -> Token | None:
        """"Briefing the Council in New York, Mariam Okonjo, the envoy, said …": a sentence that opens with a
        participial phrase set off by a comma names its subject right after that comma; the parser may read
        the participle's object as the subject ("ambassadors … said") and hang the name on it. The name (a
        person or a body, maybe after a title) runs up to the next comma or to the cue; it is the source
        unless the parser found a subject after the comma itself."""
        if cue.dep_ != "ROOT" and not (cue.dep_ == "conj" and cue.head.dep_ == "ROOT"):
            return None  # the sentence's own verb, not one inside what it reports
        start, end = sentence_tokens(cue)
        first = next((t for t in self.doc[start : cue.i] if not t.is_space and not t.is_punct), None)
        if first is None or first.tag_ not in {"VBG", "VBN"} and not first.lower_.endswith("ing"):
            return None  # ("Briefing ambassadors" may be read as a compound noun)
        comma = next((t for t in self.doc[first.i + 1 : cue.i] if t.text == ","), None)
        if comma is None or self.quote_at(comma.idx):
            return None
        phrase = []
        for tok in self.doc[comma.i + 1 : cue.i]:
            if tok.text in {",", "—", "–", "("}:
                break
            phrase.append(tok)
        index = self.ctx.entities
        keys = {key for t in phrase if (key := index.for_token(t)) is not None}
        if len(keys) != 1 or not phrase:
            return None
        key = keys.pop()
        if index.get(key).type not in {"Person", "Organization"} or index.for_token(phrase[-1]) != key:
            return None  # "Speaking in Kigali, Rwanda, …": a place ends the participle's own phrase
        if any(not (t.text[:1].isupper() or t.lower_ in {"the", "of", "for"}) for t in phrase
               if index.for_token(t) is None):
            return None  # only a title may stand before the name ("Mining firms, including X, said")
        if any(t.dep_ in NOMINAL_SUBJECT_DEPS and t.head == cue and t.i > comma.i for t in self.doc[start:end]):
            return None  # the parser found the subject after the comma: it reads the sentence right
        return phrase[-1]

    def _described_by_relative_clause(self, verb: Token) -> Token | None:
        """"Copa-Cogeca, which represents EU farmers, accused …": a finite verb after a relative clause set off
        by commas, which the parser hung on the clause's last noun as a participle ("farmers, accused"), has
        the noun the clause describes as its subject."""
        if verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0 or self.doc[verb.i - 1].text != ",":
            return None
        clause = verb.head
        while clause.dep_ != "relcl" and clause.head != clause:
            clause = clause.head
        first = clause.left_edge
        if clause.dep_ != "relcl" or first.lower_ not in {"which", "who", "whose"} or first.i == 0 \
                or self.doc[first.i - 1].text != ",":
            return None
        return clause.head

    def _titled_name_before(self, cue: Token) -> Token | None:
        """"…, Trade, Industry and Competition Minister Parks Tau told a news conference": a person's name with
        a title, set off by a comma and standing right before a cue that has no subject of its own, is its
        source, though the parser hung the name on the clause before (its subject then stands further back)."""
        if cue.i == 0 or any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in cue.children):
            return None
        index = self.ctx.entities
        last = self.doc[cue.i - 1]
        key = index.for_token(last)
        if key is None or index.get(key).type != "Person":
            return None
        first = last
        while first.i > cue.sent.start and index.for_token(self.doc[first.i - 1]) == key:
            first = self.doc[first.i - 1]
        edge = self._title_run_start(first)
        if edge == first.i or edge == 0 or self.doc[edge - 1].text not in {",", "—", "–"}:
            return None
        self.orphans[last.i] = edge
        return last

    def _before_set_off_participle(self, cue: Token) -> Token | None:
        """"Mayor Corr, asked whether she would run again, said …": the parser reads the participle set off
        by commas as the finite verb with the source as its subject; the source is still the speaker's."""
        clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i and c.tag_ in {"VBD", "VBN"}
                   and c.i > 0 and self.doc[c.i - 1].text == "," and self.doc[cue.i - 1].text == ","
                   and c.right_edge.i == cue.i - 2]
        subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
        if len(subjects) != 1:
            return None
        self.set_off.add(clauses[0].i)
        return subjects[0]

    @staticmethod
    def _quoted_person(tok: Token) -> Token | None:
        """"The agency quoted X as saying …" and "X was quoted (or cited) by the agency as saying …": the
        person quoted is the source, not the outlet that quotes."""
        if tok.dep_ != "pcomp" or tok.head.lower_ != "as" or tok.head.head.lemma_ not in QUOTING_VERBS:
            return None
        quote = tok.head.head
        people = patients_of(quote)
        return people[0] if people else None

    def _inverted_subject(self, cue: Token) -> Token | None:
        """"“…,” said a protester": after a closing quote the parser may take the source for an object."""
        if cue.i == cue.sent.start:
            return None
        prev = self.doc[cue.i - 1]
        if prev.text == "," and prev.i > cue.sent.start:
            prev = self.doc[prev.i - 1]
        q = self.quote_at(prev.idx)
        if q is None or q.end != prev.idx + len(prev.text):
            return None
        following = [c for c in cue.children if c.i > cue.i and c.dep_ in {"dobj", "attr", "npadvmod", "oprd"}
                     and c.pos_ in {"NOUN", "PROPN"}]
        if not following and cue.dep_ in {"amod", "compound"} and cue.head.i > cue.i and cue.head.pos_ in {"NOUN", "PROPN"}:
            following = [cue.head]  # "“…” tweeted X" read as a modifier of the name
        if not following:  # "“…,” said Under Secretary X" with "Under" read as a preposition: the first noun phrase
            span = []
            for tok in self.doc[cue.i + 1 : cue.sent.end]:
                if tok.is_punct or tok.is_space:
                    break
                span.append(tok)
            nouns = {t.i for t in span if t.pos_ in {"NOUN", "PROPN"}}
            following = [t for t in span if t.i in nouns and t.head.i not in nouns]
            index = self.ctx.entities  # "said Under Secretary of the Treasury for … Raymond T. Ashby": the name ends the title
            following = [t for t in following if (k := index.for_token(t)) and index.get(k).type == "Person"][-1:] or following
        return following[0] if following else None

    def _orphan_subject(self, cue: Token) -> Token | None:
        """"…, the Y of Z said." when the parser hung the source on the clause before it: the noun phrase
        between the last comma and a sentence-level cue."""
        if cue.dep_ != "ROOT":
            return None
        phrase, j = [], cue.i - 1
        if self.doc[j].text == "," and j > cue.sent.start:
            j -= 1  # "…, the president of X, Jamel Msallem, said": the name set off by commas
        while j > cue.sent.start and self.doc[j].text not in {",", "—", "–"} and not self.doc[j].is_space:
            phrase.append(self.doc[j])
            j -= 1
        if not phrase or self.doc[j].text not in {",", "—", "–"} or len(phrase) > 10:
            return None
        inside = {t.i for t in phrase}
        roots = [t for t in phrase if t.head.i not in inside]
        if len(roots) != 1:  # "…, Trade and Industry Secretary Mark Ellis said": the parser split title and name
            roots = [name] if (name := self._name_after_title_run(phrase)) else []
        if len(roots) != 1 or roots[0].pos_ not in {"NOUN", "PROPN"} or any(t.pos_ in {"VERB", "AUX"} for t in phrase):
            return None
        self.orphans[roots[0].i] = j + 1
        return roots[0]

    def _cue_before_participle(self, participle: Token) -> Token | None:
        """"A happened, the ministry said, reporting B": a participle right after a parenthetical cue and its
        comma shares the cue's source, though the parser hangs both on the reported clause."""
        if participle.dep_ != "advcl" or participle.tag_ != "VBG" or participle.i < 2 or self.doc[participle.i - 1].text != ",":
            return None
        said = self.doc[participle.i - 2]
        if said.dep_ != "parataxis" or said.head != participle.head or not cue_of(said):
            return None
        return said

    def _name_after_title_run(self, phrase: list[Token]) -> Token | None:
        """The last word of a person's name that ends a phrase (given last word first) made of nothing but
        a capitalised title before it."""
        index = self.ctx.entities
        key = index.for_token(phrase[0])
        if key is None or index.get(key).type != "Person":
            return None
        first = phrase[0]
        while first.i > phrase[-1].i and index.for_token(self.doc[first.i - 1]) == key:
            first = self.doc[first.i - 1]
        return phrase[0] if self._title_run_start(first) == phrase[-1].i else None

    @staticmethod
    def _extraposed(verb: Token) -> bool:
        """"It is said that…": a dummy subject, not a source."""
        return has_passive_auxiliary(verb)

    @staticmethod
    def _medium_participle_clauses(cue: Token) -> list[Token]:
        """"said in a video posted online that …", "said in a statement released on Thursday that …": the
        parser hangs the reported clause on the participle that describes the medium, or ("said in a
        statement that the raids were illegal") reads the clause itself as the medium's complement; it is
        still what the source said."""
        media = [g for c in cue.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        participles = [p for m in media for p in m.children if p.dep_ == "acl" and p.tag_ == "VBN"
                       and not any(c.dep_ in {"nsubj", "aux", "mark"} for c in p.children)]  # "had found": a clause
        read_as_complement = [p for m in media for p in m.children if p.dep_ in {"acl", "relcl"} and p.i > m.i
                              and any(c.dep_ == "mark" and c.lower_ == "that" for c in p.children)
                              and any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in p.children)]
        return [c for p in participles for c in p.children if c.dep_ == "ccomp"] + read_as_complement

    def _clause_complement(self, cue: Token) -> list[Token]:
        out: list[Token] = []
        predicate = predicative_cue_word(cue)
        clauses_on_predicate = _clauses_on_predicate(predicate)
        on_medium = self._medium_participle_clauses(cue)
        for child in [c for c in cue.children if c != predicate] + on_medium + clauses_on_predicate:
            if child.dep_ != "ccomp" and child not in clauses_on_predicate + on_medium and not (out and self._second_that_clause(child)) \
                    or child.i in self.set_off or self._source_of_its_own_before(cue, child):
                continue
            if not self._question(child):
                out.extend(child.subtree)
        layer = columns(self.doc)  # each word of the complement is looked at thrice: its dependency from the columns
        deps, heads = layer.dep, layer.head
        # a clause inside the complement that names its own source ("…, according to Y") is Y's
        elsewhere = {t.i for h in out if deps[h.i] in {"conj", "advcl"} and any(c.lower_ == "according" for c in h.children)
                     for t in h.subtree}
        for child in cue.children:
            according = [c for c in child.children if c.lower_ == "according"] if child.dep_ == "ccomp" else []
            last = self._last_own_conjunct(child, according[0]) if according else None
            if last is not None:
                elsewhere |= {t.i for t in last.subtree} | {t.i for t in according[0].subtree}
        # "X said A, while Y said B": a clause with its own source and verb of saying is Y's
        for h in out:
            if deps[h.i] in {"conj", "advcl"} and h.i > cue.i and h.i not in elsewhere and self._says_with_own_source(h):
                elsewhere |= {t.i for t in h.subtree}
                elsewhere |= {t.i for t in self.doc[h.left_edge.i - 1 : h.left_edge.i] if t.is_punct or t.dep_ == "cc"}
        elsewhere |= {h.i for h in out if deps[h.i] == "cc" and heads[h.i] in elsewhere}
        if cue.dep_ == "relcl":  # "which critics say favours the rich": the pronoun stands for the thing described
            elsewhere |= {t.i for t in out if t.i < cue.i}
            said = [t for t in cue.subtree if t.i > cue.i] if not out and self._relative_pronoun_on_cue(cue) else []
            out = said if len([t for t in said if not t.is_punct]) >= MIN_QUOTE_WORDS else out  # not a lone "drove"
        elsewhere |= predicative_cue_words(cue)
        return sorted((t for t in out if t.i not in elsewhere), key=lambda t: t.i)

    @staticmethod
    def _says_with_own_source(verb: Token) -> bool:
        """A verb of saying with a named subject and a reported clause of its own: "…, while the Foreign Office
        said it would …" (not "after the Commission promised to help", "Russia would respond")."""
        return verb.pos_ == "VERB" and verb_kind(verb.lemma_) == "speech" \
            and any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.pos_ in {"NOUN", "PROPN"} for c in verb.children) \
            and any(c.dep_ == "ccomp" for c in verb.children)

    def _source_of_its_own_before(self, cue: Token, clause: Token) -> bool:
        """"X said A; police said B": a clause before the cue, set off by a semicolon, that has its own source
        and verb of saying is a statement of its own, not what the later source said."""
        return clause.i < cue.i and self._says_with_own_source(clause) \
            and any(t.text == ";" for t in self.doc[clause.right_edge.i + 1 : cue.i])

    @staticmethod
    def _relative_pronoun_on_cue(cue: Token) -> bool:
        """"a broker who investigators say shipped parts": the parser hung the relative pronoun on the verb of
        saying beside its source, and read the predicate said of it ("shipped parts") as the verb's object;
        all the clause says after the verb is then what the source says."""
        subjects = [c for c in cue.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < cue.i]
        return len(subjects) == 2 and subjects[0].lower_ in {"who", "which", "that"}

    @staticmethod
    def _second_that_clause(clause: Token) -> bool:
        """"said the warrant was unjust, and that he had offered to testify": a "that" clause the parser
        coordinated with the verb of saying is a second clause it reports (after a first one)."""
        return clause.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) \
            and any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in clause.children)

    @staticmethod
    def _clause_read_as_noun(cue: Token) -> list[Token]:
        """"said the dispute could last weeks": the parser read the clause's verb as an adjective and hung the
        clause on its last noun as the verb's adverbial; a subject and a modal inside that phrase make it a clause."""
        for child in cue.children:
            words = list(child.subtree)
            if child.i > cue.i and child.dep_ in {"npadvmod", "dobj"} and any(
                    t.dep_ in NOMINAL_SUBJECT_DEPS for t in words) and any(t.tag_ == "MD" for t in words):
                return words
        return []

    @staticmethod
    def _split_complement(cue: Token) -> list[Token]:
        """"maintained an inquiry is what …", "claimed Iran is influencing …": the parser split a clause
        complement into an object and a verb without a subject; together they are the content. After a long
        subject ("said Russia and China, which …, were likely to …") the verb may even head the sentence, with
        the cue set aside in it: the rest of the sentence from the object on is the content."""
        if cue.lemma_ in ADDRESSEE_VERBS:
            return []
        objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and c.pos_ in {"NOUN", "PROPN", "PRON"}]
        host = cue.head
        if not objects and any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.i < cue.i for c in cue.children):
            objects = [c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i]
        if objects and cue.dep_ == "parataxis" and host.i > objects[0].right_edge.i and host.pos_ in {"VERB", "AUX"} \
                and not any(g.dep_ in NOMINAL_SUBJECT_DEPS for g in host.children):
            return [t for t in host.subtree if t.i > cue.i]
        if objects and any(t.pos_ in {"VERB", "AUX"} and any(g.dep_ in NOMINAL_SUBJECT_DEPS and g.i < objects[0].i
                                                             and g.lower_ not in RELATIVE_WORDS for g in t.children)
                           for t in objects[0].subtree):
            return list(objects[0].subtree)  # "said its forces had “eliminated” gunmen": the verb read as an adjective
        verbs = [c for c in cue.children if c.dep_ in {"conj", "advcl"} and c.pos_ in {"VERB", "AUX"} and objects
                 and c.i > objects[0].i and not any(g.dep_ in NOMINAL_SUBJECT_DEPS | {"mark"} for g in c.children)
                 and (c.tag_ not in {"VBG", "VBN"} or any(g.dep_ in {"aux", "auxpass"} for g in c.children))
                 and not any(g.tag_ == "TO" for g in c.children)]  # "$50m …, to be channelled through …": a purpose
        if not objects or not verbs or any(c.dep_ == "cc" and objects[0].i < c.i < verbs[0].i for c in cue.children):
            return []  # "denied the report and left": two actions, not one clause
        return sorted({t for t in objects[0].subtree} | {t for t in verbs[0].subtree}, key=lambda t: t.i)

    @staticmethod
    def _question(clause: Token) -> bool:
        """"asked whether …", "announce whom they support": an open question, not a claim. A wh-word before
        the verb of saying is the relative pronoun of the clause it heads ("a census which the opposition says
        undercounts voters"), no question."""
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        first = clause.left_edge
        return any(m in {"whether", "if"} for m in marks) or (first.lower_ in WH_WORDS and clause.head.i < first.i < clause.i)

    def _host_clause(self, cue: Token, subject: Token) -> list[Token]:
        """"The talks failed, he said": the cue hangs on the clause it reports; so does a fronted "As X has said,
        the talks failed", whose "as" makes the clause after the comma what X said, and "The talks failed, the
        agency quoted X as saying", whose clause hangs on the verb of quoting."""
        head = cue.head
        if self._quoted_person(cue) is not None:  # "“…”, the agency quoted X as saying": the clause before
            return [t for c in head.head.children if c.dep_ == "ccomp" and c.i < head.head.i for t in c.subtree]
        if self._fronted_as_clause(cue, head):
            own = {t.i for t in cue.subtree}
            return [t for t in head.subtree if t.i not in own and t.i > self._last_word(cue) + 1]
        if cue.dep_ not in {"parataxis", "ccomp", "advcl", "conj"} or head == cue or head.i > cue.i:
            return []
        if subject.i in self.orphans:  # "…, Minister Parks Tau told reporters" with the name hung elsewhere
            edge = self.orphans[subject.i]
        elif any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in cue.children):
            edge = self._title_run_start(cue.left_edge)
        else:
            return []  # "X denied it, saying that …": a participle reports what follows it, not its host
        left = [t for t in self.doc[edge - 1 : edge] if t.text in {",", "—", "–", "-"}]
        if not left and cue.dep_ != "parataxis":
            return []
        own = {t.i for t in cue.subtree}
        return [t for t in head.subtree if t.i not in own and t.i < edge]

    def _fronted_as_clause(self, cue: Token, head: Token) -> bool:
        """"As President X has said, …": an "as" clause of saying with its own subject and nothing said in it,
        set off by a comma before the clause it hangs on."""
        return cue.dep_ == "advcl" and head.i > cue.i and cue.i > cue.sent.start \
            and cue.sent[0].lower_ == "as" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
            and any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in cue.children) \
            and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in cue.children) \
            and self.doc[self._last_word(cue) + 1].text == ","

    @staticmethod
    def _last_word(clause: Token) -> int:
        """The index of a clause's last token that is no punctuation."""
        return max(t.i for t in clause.subtree if not t.is_punct)

    def _title_run_start(self, name: Token) -> int:
        """Where the source phrase of a trailing attribution starts: "…, Energy and Climate Minister Sven Larsen
        told parliament" puts the portfolio words of the title (which the parser may hang on the clause before)
        ahead of the name; the run of capitalised words and links before a title word belongs to it. A list of
        portfolios ("Trade, Industry and Competition Minister") is read from its last comma."""
        i = name.i
        if i == 0 or not is_title_head(self.doc[i - 1]) or not self.doc[i - 1].text[:1].isupper():
            return i
        i -= 1
        while i > name.sent.start and (self.doc[i - 1].text[:1].isupper() and not self.doc[i - 1].is_punct
                                       or self.doc[i - 1].lower_ in {"and", "&", "of", "for"}):
            i -= 1
        return i

    def _that_clause(self, cue: Token) -> list[Token]:
        """"noted that …", "said in a statement that …" when the parser lost the clause:
        a "that" a few words after the cue opens the content, which runs to the end of the sentence."""
        sent = cue.sent
        for tok in self.doc[cue.i + 1 : min(cue.i + 9, sent.end)]:
            if tok.lower_ == "that":
                rest = [t for t in self.doc[tok.i + 1 : sent.end] if not t.is_space]
                return rest if len([t for t in rest if not t.is_punct]) >= 3 else []
            if tok.is_punct or tok.pos_ in {"VERB", "AUX"} or tok.lower_ in WH_WORDS:
                return []  # "declined to say whether that included …": a question left open, no clause said
        return []

    def _around_attribution(self, cue: Token, subject: Token) -> list[Token]:
        """"…, witnesses said." and "Australia, he said, should …": the rest of the sentence."""
        sent = cue.sent
        attribution = [cue.i, *(t.i for t in subject.subtree)] + [c.i for c in cue.children if c.dep_ in {"prt", "advmod", "npadvmod"}]
        lo, hi = min(attribution), max(attribution)
        if any(t.pos_ in {"VERB", "AUX"} and t != cue for t in self.doc[lo : hi + 1]):
            return []
        before = self.doc[lo - 1] if lo > sent.start else None
        after = [t for t in self.doc[hi + 1 : sent.end] if not t.is_space]
        ends = all(t.is_punct for t in after)
        if after and after[0].text == ":":
            return []  # "Speaking to reporters, she said: …": the colon points at what follows, not at the rest
        if before is None or before.text not in {",", "—", "–"} and not self.quote_at(before.idx):
            return []
        if not ends and not (after and after[0].text in {",", "—", "–"}):
            return []
        return [t for t in sent if (t.i < lo - 1 or t.i > hi) and not t.is_space]

    def _naming(self, cue: Token) -> list[Token]:
        """"called Y “…”", "described Y as “…”": the object and what it is called."""
        objects = [c for c in cue.children if c.dep_ in {"dobj", "oprd", "ccomp", "xcomp"}]
        objects += [c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as"]
        if objects:  # "calling the attack “cowardly and barbaric”": what it is called, however the parser hung it
            objects += [c for c in cue.children if c.i > objects[0].i and c not in objects and self.quote_at(c.idx)]
        if any(t.lower_ == "what" for t in cue.subtree if t.i < cue.i):
            return []  # "what he called the “…”": a name the source uses, not a claim
        if cue.lemma_ == "call" and any(c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in {"for", "on"} and not _of_time(c))
                                        for c in cue.children if c.i > cue.i):
            return []  # "called for talks", "called on X to …" (not "On Capitol Hill, X called the plan “…”")
        return sorted((t for c in objects for t in c.subtree), key=lambda t: t.i)

    def _accusation(self, cue: Token) -> list[Token]:
        """"accused Y of …": the charge; "condemned Y as “…”" when quoted."""
        holders = [cue] + [c for c in cue.children if c.dep_ == "dobj"]
        preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "as"}]
        tokens = [t for p in preps for t in p.subtree if t != p]
        if tokens:  # "accused the rebels of shelling the market in order to discredit …": the purpose is charged too
            tokens += [t for c in cue.children if c.i > tokens[-1].i and self._purpose(c) for t in c.subtree]
        if cue.lemma_ != "accuse":
            tokens += [t for c in cue.children if c.dep_ == "dobj" or self._what_it_called(c) for t in c.subtree]
        return sorted(tokens, key=lambda t: t.i)

    @staticmethod
    def _what_it_called(clause: Token) -> bool:
        """"condemned what it called “an attempt to seize power”": a free relative of naming as the object of
        condemning is the condemnation in the source's own words (the parser reads it as a clause)."""
        return (clause.dep_ == "ccomp" and clause.left_edge.lower_ == "what"
                and (cue_of(clause) or ("", ""))[1] == "naming")

    @staticmethod
    def _purpose(phrase: Token) -> bool:
        """A purpose phrase: "in order to …"."""
        return phrase.dep_ == "prep" and phrase.lower_ == "in" and any(
            g.lower_ == "order" and any(a.lower_ == "to" for a in g.subtree) for g in phrase.children)

    def _in_paragraph(self, cue: Token, tokens: list[Token]) -> list[Token]:
        """Content stays in the cue's paragraph: a sentence the parser ran over a paragraph break
        ("… withdrawal:" / "“…,” wrote X") does not make the paragraph before it X's words."""
        lo, hi = self._paragraph_of(cue.idx)
        layer = columns(self.doc)
        heads, offsets = layer.head, layer.idx

        def inside(i: int) -> bool:  # the token and the words linking it to the cue (read from the token layer)
            while i != cue.i and heads[i] != i:
                if not lo <= offsets[i] < hi:
                    return False
                i = heads[i]
            return True

        kept = [t for t in tokens if inside(t.i)]
        return kept if any(not t.is_punct and not t.is_space for t in kept) else []

    # statements ------------------------------------------------------------------
    def _emit(self, cue: Token, cue_text: str, subject: Token, tokens: list[Token], need_quote: bool, *,
              with_verb: bool = True) -> None:
        lo, hi = self._paragraph_of(cue.idx)
        layer = columns(self.doc)  # offsets and texts of every content word: read from the token columns
        offsets, texts = layer.idx, layer.text
        tokens = [t for t in tokens if lo <= offsets[t.i] < hi and not t.is_space]
        words = [t for t in tokens if not t.is_punct]
        if not words:
            return
        start = min(offsets[t.i] for t in tokens)
        # "… from a camp.": the stop ending the sentence is not the content's (the stops are all punctuation)
        end = max(offsets[t.i] + len(texts[t.i]) for t in tokens if texts[t.i] not in SENTENCE_STOPS)
        last = max(t.i for t in words)
        after = self.doc[last + 1] if last + 1 < len(self.doc) else None
        if after is not None and SENTENCE_FINAL_ABBREVIATION.match(after.text) and not self.text[end : after.idx].strip() \
                and all(t.is_space for t in self.doc[after.i + 1 : after.sent.end]):
            end = after.idx + len(after.text)  # "at around 7 a.m.": the abbreviation's period also ends the sentence
        if words[0].lower_ == "that" and (words[0].dep_ == "mark" or any(  # "that its profits had fallen", "that" misread
                c.dep_ in NOMINAL_SUBJECT_DEPS and c != words[0] for c in words[0].head.children)):
            start = words[1].idx if len(words) > 1 else start
        quotes = self.quotes_within(*self._widen(start, end))
        inside = [t for t in words if (q := self.quote_at(t.idx)) and q not in self.names]
        if inside and len(inside) == len(words):
            touched = sorted({self.quote_at(t.idx) for t in words}, key=lambda q: q.start)  # type: ignore[arg-type]
            rest = self._split_rest(touched[-1], cue, subject)
            touched += [rest] if rest else []
            start, end = touched[0].inner_start, touched[-1].inner_end
            quote_type = "Direct"
            self.used.update(touched)
        elif quotes or inside:
            quote_type = "Mixed"
        elif need_quote:
            return
        else:
            quote_type = "Indirect"
        sentence = columns(self.doc).sentence
        if quote_type != "Direct" and cue.i < words[0].i and sentence[cue.i] == sentence[words[0].i] and cue.lower_ != "according":
            # reported speech is read with its verb ("denied that he took money", "promised to resign"), or from
            # the first word after the verb's own attachments when the verb only says that it was said
            early = None if with_verb else self._misparsed_lead(cue, words[0])
            start = cue.idx if with_verb else early.idx if early is not None else start
        closing = self.quote_at(end) if quote_type == "Mixed" else None
        if closing is not None and closing.start >= start and end < closing.end <= hi:
            # the quoted fragment the clause ends in, whole: "said the package “comes late, but it bites”", where
            # the parser hung the fragment's second half on the verb of saying
            end = closing.end
        self._add(cue, cue_text, subject, start, end, quote_type)

    def _misparsed_lead(self, cue: Token, content: Token) -> Token | None:
        """The first word between a verb of saying and its clause that is none of the verb's own
        attachments (adverbials: "said on Tuesday"; the addressee: "told reporters"; "that"): the
        start of the clause, which the parser mistook for the verb's object ("said hundreds of
        fighters escaped"). None when there is no such word."""
        named = self._subject_after_named_addressee(cue)
        if named is not None:
            return named
        attached = predicative_cue_words(cue)
        for child in cue.children:
            if child.i > cue.i and (child.dep_ in {"prep", "npadvmod", "advmod", "punct", "mark", "dative"}
                                    or child.dep_ == "dobj" and (self._source_like(child) or cue.lemma_ == "tell")):
                attached.update(t.i for t in child.subtree)  # whoever is told is the addressee ("told Senate investigators")
        return next((t for t in self.doc[cue.i + 1 : content.i] if t.i not in attached and not t.is_punct
                     and not t.is_space and not (t.lower_ == "that" and t.dep_ == "mark")), None)

    def _subject_after_named_addressee(self, cue: Token) -> Token | None:
        """"told Reuters soldiers had fled", "told the ABC police opened fire": a name told (an outlet, a body)
        that the parser ran into the noun after it as one phrase; when the clause after has no subject of its
        own, or that phrase is its subject, the noun begins the clause. None otherwise."""
        if cue.lemma_ != "tell" or any(c.dep_ == "dative" for c in cue.children) or cue.i + 1 >= len(self.doc):
            return None
        noun = self.doc[cue.i + 1]
        noun = self.doc[noun.i + 1] if noun.dep_ == "det" and noun.i + 1 < len(self.doc) else noun
        names = 0
        while noun.pos_ == "PROPN" and noun.dep_ == "compound" and noun.i + 1 < len(self.doc):
            names, noun = names + 1, self.doc[noun.i + 1]
        if not names or noun.pos_ != "NOUN" or any(t.head != noun for t in self.doc[noun.i - names : noun.i]):
            return None
        if noun.dep_ == "nsubj" and noun.head.dep_ == "ccomp" and noun.head.head == cue:
            return noun
        clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > noun.i]
        if noun.dep_ == "dobj" and noun.head == cue and clauses and not any(
                t.dep_ in {"nsubj", "nsubjpass", "mark"} for t in clauses[0].children):
            return noun
        return None

    def _paragraph_of(self, offset: int) -> tuple[int, int]:
        """The paragraph holding an offset, widened to the quotations that run over its edges."""
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        end = len(self.text) if end < 0 else end
        i = bisect.bisect_left(self._quote_starts, start)
        if i > 0 and self.quotes[i - 1].end > start:  # a quotation opened in an earlier paragraph
            start, end = min(start, self.quotes[i - 1].start), max(end, self.quotes[i - 1].end)
        while i < len(self.quotes) and self.quotes[i].start < end:
            end = max(end, self.quotes[i].end)
            i += 1
        return max(start, self.ctx.article.body_start), end

    def _before(self, offset: int) -> int:
        """The offset just after the last non-blank character before ``offset``."""
        while offset > 0 and self.text[offset - 1].isspace():
            offset -= 1
        return offset

    def _split_rest(self, first: Quote, cue: Token, subject: Token) -> Quote | None:
        """"“A,” he wrote, “B.”" and "“A,” he told reporters. “B.”": the quotation that resumes right after
        the attribution splitting it, in the same paragraph, is the same statement."""
        attribution = [cue, *subject.subtree] + [c for c in cue.children if c.dep_ in {"prt", "advmod", "npadvmod"}]
        attribution = [t for t in attribution if not self.quote_at(t.idx)]
        lo = min(t.idx for t in attribution)
        own = {t.i for t in cue.subtree}
        last = max(attribution, key=lambda t: t.i)
        for tok in self.doc[last.i + 1 : cue.sent.end]:  # the cue's own words after it: "told the press"
            if tok.i not in own or self.quote_at(tok.idx) or tok.is_space:
                break
            last = tok
        hi = last.idx + len(last.text)
        if first.end > lo or self.text[first.end : lo].strip(" ,—–-"):
            return None
        for q in self.quotes:
            if q.start >= hi:
                gap = self.text[hi : q.start]
                if gap.strip(" ,;.—–-:") or "\n" in gap or q in self.names or self._reported(q):
                    return None
                if ("." in gap or last.text in {".", "!", "?"}) and not self._ends_sentence(q):
                    return None  # "“A,” he said. “B,” she replied.": the next quotation has a source of its own
                return q
        return None

    def _widen(self, start: int, end: int) -> tuple[int, int]:
        """A clause span widened to the quote marks right at its edges."""
        while start > 0 and self.text[start - 1] in "“\"«„‘":
            start -= 1
        while end < len(self.text) and self.text[end] in "”\"»’":
            end += 1
        return start, end

    def _adjacent_quote(self, cue: Token, cue_text: str, subject: Token, min_words: int = 1) -> None:
        """"“…,” he said." and "He said: “…”" when the parser did not link the quotation (of ``min_words`` or more)."""
        if is_negated(cue):
            return None  # "did not respond": no speech to attach
        attribution = sorted({cue.i, *(t.i for t in subject.subtree if not self.quote_at(t.idx))})
        first, last = self.doc[attribution[0]], self.doc[attribution[-1]]
        quotes = [q for q in self.quotes if len(self.text[q.inner_start : q.inner_end].split()) >= min_words]
        for q in reversed(quotes):
            if q.end <= first.idx and not self.text[q.end : first.idx].strip(" ,—–-") and q not in self.names and not self._reported(q):
                rest = self._split_rest(q, cue, subject)
                self.used.update([q, rest] if rest else [q])
                return self._add(cue, cue_text, subject, q.inner_start, (rest or q).inner_end, "Direct")
            if q.end <= first.idx:
                break
        after = self._attribution_end(cue, last)
        for q in quotes:
            if q.start >= after and not self.text[after : q.start].strip(" ,:—–-") and q not in self.names and not self._reported(q):
                self.used.add(q)
                return self._add(cue, cue_text, subject, q.inner_start, q.inner_end, "Direct")
            if q.start >= after:
                break
        return None

    def _attribution_end(self, cue: Token, last: Token) -> int:
        """Where an attribution ends, past the cue's own modifiers ("said via Twitter:", "said at a briefing,")."""
        own = {t.i for t in cue.subtree}
        end = last
        for tok in self.doc[last.i + 1 : cue.sent.end]:
            if tok.i not in own or tok.is_space or tok.text in {".", "!", "?"} or self.quote_at(tok.idx):
                break
            end = tok
        if end.text not in {":", ","}:
            end = last  # "announced a withdrawal from the “immediate area”": an object, not a modifier
        return end.idx + len(end.text)

    def _reported(self, q: Quote) -> bool:
        """Whether a quotation already lies inside a statement found so far."""
        return q in self.used or self._held(q)

    def _held(self, q: Quote) -> bool:
        """Whether a statement found so far holds a quotation's words; the end punctuation inside the marks
        ("… approval.”") stays out of a content read from a clause."""
        end = q.inner_end
        while end > q.inner_start and self.text[end - 1] in ".,;:!? ":
            end -= 1
        return any(st.content.start <= q.inner_start and end <= st.content.end for st, _ in self.found)

    def _add(self, cue: Token, cue_text: str, subject: Token, start: int, end: int, quote_type: str) -> None:
        start, end = self._trim(max(start, self.ctx.article.body_start), end)
        if end <= start:
            return
        speaker, speaker_text = self._source(subject)
        named_inside: frozenset[str] = frozenset()
        if speaker and subject.pos_ == "PRON" and speaker in self.ctx.entities.within(start, end) \
                and not (subject.lower_ in PRONOUN_GENDERS and self.ctx.entities.get(speaker).type != "Person"):
            # "“Tom kept us in the game,” he said": the man named in the quotation is not the one saying it (a
            # delegate's "he" goes on with his country, which his words may well name)
            named_inside = frozenset({speaker})
            speaker = self.resolver.resolve_token(subject, not_these=named_inside)
        if (subject.lower_ in PRONOUN_GENDERS or subject.lower_ in SINGULAR_THING_PRONOUNS) and subject.dep_ in NOMINAL_SUBJECT_DEPS:
            speaker = self._speaker_going_on(subject, speaker, named_inside)
        lo = min(start, cue.idx, subject.idx)
        hi = max(end, cue.idx + len(cue.text), subject.idx + len(subject.text))
        evidence = self._sentences(lo, hi)
        statement = Statement(
            text=self.text[start:end], content=Span.of(self.text, start, end), speaker=speaker,
            speaker_text=speaker_text, quote_type=quote_type, cue=cue_text, evidence=evidence,  # type: ignore[arg-type]
        )
        if speaker is None and subject.tag_ == "NN" and subject.lemma_.lower() in word_set("person_nouns.txt"):
            self.unnamed_people.add(id(statement))
        elif speaker is not None and is_delegate_noun(subject) and self.ctx.entities.get(speaker).type in {"Organization", "Place"}:
            self.delegates.add(id(statement))  # "the representative of Chad said": a later "she" goes on with Chad
        self.found.append((statement, cue.idx))

    def _speaker_going_on(self, pronoun: Token, resolved: str | None, named_inside: frozenset[str]) -> str | None:
        """"Briefing the Council, Okonjo said … / “…,” she said": "he" or "she" attributing speech goes on
        with the person who spoke last (of that gender, as far as the article shows it, within the sentences a
        pronoun looks back over), unless the person the pronoun resolved to is the subject of a sentence after that
        statement ("Lee said … Park, his deputy, disagreed. “…,” he said": Park); one only named since (in a
        list, an object) is not what the text goes on about. Whoever the last speaker named
        inside his own words is no later subject. After one person left unnamed ("according to an official …
        “…,” he told reporters") the pronoun goes on with that unnamed source, unless it resolved to a person
        named since ("For X, a specialist, the plan is symbolic. “…,” she said"). "It" goes on likewise with the body that spoke last ("The
        board said Norlandia had broken the accord. It called on …": the board, not a subject of its words)."""
        window = sentences_before(self.doc, pronoun.idx, SEARCH_SENTENCES)
        if not window:
            return resolved
        gender = PRONOUN_GENDERS.get(pronoun.lower_)
        types = {"Person"} if gender else {"Organization", "Place"}
        index, genders = self.ctx.entities, self.resolver.genders
        spoken = [(st.evidence.end, st.speaker) for st, at in self.found
                  if window[0].start_char <= at < pronoun.idx and st.evidence.end <= pronoun.idx and (st.speaker
                  and st.speaker not in named_inside and index.get(st.speaker).type in types
                  and (gender is None or genders.get(st.speaker, gender) == gender)
                  or gender and (id(st) in self.unnamed_people or id(st) in self.delegates))]
        if not spoken:
            return resolved
        ended, last_speaker = max(spoken, key=lambda p: (p[0], p[1] or ""))
        if last_speaker is None:  # an unnamed source is no later subject: anyone named since is new to the text
            return resolved if resolved and self.resolver.last_seen(resolved, pronoun.idx) >= ended else None
        later = {k for sent in window if sent.end_char > ended for k in self.resolver.subjects(sent, pronoun.idx, types)
                 if self.resolver.last_seen(k, pronoun.idx) >= ended}
        return resolved if resolved in later else last_speaker

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and (self.text[start] in TRIM_CHARS):
            start += 1
        while end > start and self.text[end - 1] in TRIM_CHARS:
            end -= 1
        inner = self.text[start:end]
        # drop a dangling quote mark at either edge (the quotation continues outside the content)
        if inner[:1] in "“\"«„‘" and not self.quotes_within(start, end + 1) and self.quote_at(start) and self.quote_at(start).end > end + 1:  # type: ignore[union-attr]
            start += 1
        return start, end

    def _sentences(self, start: int, end: int) -> Span:
        """The sentences holding a range: the quote and its attribution. Unlike ``base.sentence_bounds``
        it may span several sentences, and never trims into the range itself."""
        first, last = self._token_at(start), self._token_at(max(start, end - 1))
        sentence = columns(self.doc).sentence
        lo = sentence_chars(self.doc, sentence[first])[0] if first is not None else start
        hi = sentence_chars(self.doc, sentence[last])[1] if last is not None else end
        lo, hi = max(min(lo, start), min(self.ctx.article.body_start, start)), max(hi, end)
        while lo < start and self.text[lo].isspace():
            lo += 1
        while hi > lo and self.text[hi - 1].isspace():
            hi -= 1
        return Span.of(self.text, lo, hi)

    def _token_at(self, offset: int) -> int | None:
        """The token whose text holds a character offset; None between tokens or past the end (as
        ``Doc.char_span(offset, offset + 1, alignment_mode="expand")`` is then empty), from the token columns."""
        layer = columns(self.doc)
        i = bisect.bisect_right(layer.idx, offset) - 1
        return i if i >= 0 and offset < layer.idx[i] + len(layer.text[i]) else None

    def _source(self, subject: Token) -> tuple[str | None, str]:
        """Speaker entity and the words naming the source; documents stand for their author."""
        text = self.source_text(subject)
        if subject.pos_ in {"NOUN", "PROPN"} and (is_document(subject.lemma_) or is_document(subject.text)) \
                and not self._named_body(subject):
            authors = [c for c in subject.children if c.dep_ == "poss"]
            authors += [g for c in subject.children if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}
                        for g in c.children if g.dep_ == "pobj"]
            named = [c for c in subject.children if c.dep_ == "compound" and self.ctx.entities.for_token(c)]
            # "a U.S. Central Command assessment": the words of one name hang on the noun one by one
            authors += named[-1:] if len({self.ctx.entities.for_token(c) for c in named}) == 1 else named
            authors += self._misattached_from(subject)
            if not authors:  # "a notice posted on the ministry's website", "a filing published by X"
                authors = [t for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN" for t in c.subtree
                           if t.dep_ in {"compound", "poss", "pobj"} and self.ctx.entities.for_token(t)][:1]
            if len(authors) == 1:
                author = self.resolver.resolve_token(authors[0])
                if author is None and authors[0].lower_ == "their" and self._is_joint(subject):
                    author = self._earlier_joint_authors(subject)  # "according to their joint statement"
                return author, text
            issued = subject.dep_ == "dobj" and subject.head.lemma_ in ISSUING_VERBS
            issuer = self.cue_subject(subject.head) if issued else None
            if not authors and issuer is not None:  # "X released a statement saying …": X
                return self.resolver.resolve_token(issuer), text
            if not authors and any(c.lower_ == "the" for c in subject.children):
                return self._earlier_document_author(subject), text
            return None, text
        named = self._named_in_apposition(subject) or self._name_closing_title_run(subject)
        if named is not None:  # "The Kremlin spokesman, Dmitry Peskov, said": the person named
            return named, text
        if subject.pos_ == "NOUN" and (subject.tag_ == "NN" or subject.lower_ in word_set("delegation_nouns.txt")) \
                and self.ctx.entities.for_token(subject) is None:
            role = role_of([subject.text])
            spokesperson = role is not None and role[0].role_class == "spokesperson"
            if (mission := self.resolver.delegation_posted_in_a_place(subject)) is not None:
                return mission, text
            if spokesperson or subject.lower_ in word_set("delegation_nouns.txt"):
                bodies = self.resolver.bodies_spoken_for(subject)
                set_off_name = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children)
                if len({self.ctx.entities.for_token(b) or b.i for b in bodies}) == 1 and not set_off_name:
                    body = self.resolver.resolve_token(bodies[0]) or self._joint_issuer(bodies[0])
                    named = self._named_spokesperson(subject, body) if body and spokesperson else None
                    return named or (acting_body(self.ctx, body) if body else None), text  # "Bratislava's envoy": Slovakia
                if not bodies and spokesperson:  # "A spokesperson told …" right after an organisation's statement
                    return self._named_spokesperson(subject) or self._last_organisation_source(subject) \
                        or self._organisation_just_subject(subject), text
        speaker = self.resolver.resolve_token(subject) or self._joint_issuer(subject) or self._counted_joint_authors(subject)
        if speaker is None:  # "Protesters said": the collective's one node, which its events name too
            speaker = next(iter(group_actor(self.ctx, subject)), None)
        if speaker is None:
            speaker = self.resolver.body_described_by_its_kind(subject)
        return (acting_body(self.ctx, speaker) if speaker else None), text  # "Moscow said": Russia

    def _name_closing_title_run(self, subject: Token) -> str | None:
        """"said Assistant Secretary of Commerce for Export Enforcement Jane Roe": a long capitalised title
        whose parse makes one of its own words the subject ("Security", "Commerce") ends in the name of the
        person who holds it; that person is the source. The office the person works in may follow the name
        ("said Special Agent in Charge Jane Roe of the FBI Boston Field Office", as US agencies' releases
        write it)."""
        index = self.ctx.entities
        if index.for_token(subject) is not None or not subject.text[:1].isupper():
            return None
        run = list(subject.subtree)
        people = [(i, key) for i, t in enumerate(run) if (key := index.for_token(t)) and index.get(key).type == "Person"]
        if not people or len({key for _, key in people}) != 1:
            return None
        last, key = people[-1]
        if any(not (t.text[:1].isupper() or t.lower_ in TITLE_LINK_WORDS) for t in run[:last]):
            return None
        after = run[last + 1 :]
        if after and not (after[0].lower_ in {"of", "at"} and after[-1].text[:1].isupper()):
            return None  # only the office the person works in follows the name
        title = run[: people[0][0]]
        return key if title and any(is_title_head(t) for t in title) else None

    def _named_in_apposition(self, subject: Token) -> str | None:
        """The one person or organisation named in apposition to a source that is not itself a person:
        "The Public Defender of Georgia, Teimuraz Jikia, said", "The UN mission in Congo, MONUSCO, said".
        A name set off after a place that ends the phrase ("minister for Europe, Daniel Ashworth")
        belongs to the head: a person or an organisation is no second name for a place."""
        index = self.ctx.entities
        own = index.for_token(subject)
        if own is not None and index.get(own).type == "Person":
            return None
        objects = {g.i: index.get(k).type for p in subject.children if p.dep_ == "prep" for g in p.children
                   if g.dep_ == "pobj" and (k := index.for_token(g)) and index.get(k).type in {"Place", "Organization"}}
        ends = [subject] + [g for g in subject.subtree if g.i in objects]
        # "A lawyer for Al-Noor, Rania Haddad, said": a person set off after the body a person works for is that person
        named = {key for end in ends for c in _set_off_after(end)
                 for key in [index.for_token(c)] if key and key != own and index.get(key).type in {"Person", "Organization"}
                 and (objects.get(end.i) != "Organization" or index.get(key).type == "Person" and role_of([subject.text]))}
        return named.pop() if len(named) == 1 else None

    def _joint_issuer(self, source: Token) -> str | None:
        """A joint statement is the words of each body that signs it: "X and Y said in a joint statement",
        "In a joint statement, X and Y called on …" have X (the first body named) as their speaker. People
        speaking together stay without one speaker."""
        if not any(c.dep_ == "conj" for c in source.children) or not any(
                t.lower_ == "joint" and t.head.pos_ == "NOUN" and is_document(t.head.lemma_) for t in source.sent):
            return None
        index = self.ctx.entities
        key = index.for_token(source)
        return key if key is not None and index.get(key).type in {"Organization", "Place"} else None

    @staticmethod
    def _is_joint(document: Token) -> bool:
        return any(c.lower_ == "joint" for c in document.children)

    def _counted_joint_authors(self, subject: Token) -> str | None:
        """"the two agencies said in a joint statement", "both governments said in a joint communique": the
        bodies counted are the ones the article just named together."""
        counted = any(c.lower_ in {"two", "three", "both"} and c.dep_ in {"nummod", "det", "predet"} for c in subject.children)
        if subject.tag_ != "NNS" or not counted or not any(
                t.lower_ == "joint" and t.head.pos_ == "NOUN" and is_document(t.head.lemma_) for t in subject.sent):
            return None
        return self._earlier_joint_authors(subject)

    def _earlier_joint_authors(self, noun: Token) -> str | None:
        """The bodies the article last named together as one subject ("X and Y announced …"), for a joint
        document of theirs: the first body named speaks for them, as in "X and Y said in a joint statement".
        People named together have no one speaker."""
        index = self.ctx.entities
        for tok in reversed(self.doc[max(0, noun.i - 200) : noun.i]):
            if tok.dep_ not in NOMINAL_SUBJECT_DEPS or not any(c.dep_ == "conj" for c in tok.children):
                continue
            members = [tok] + [c for c in tok.children if c.dep_ == "conj"]
            keys = [index.for_token(m) or self.resolver.body_named_before_kind(m) for m in members]
            if all(keys) and all(index.get(k).type in {"Organization", "Place"} for k in keys):  # type: ignore[arg-type]
                return acting_body(self.ctx, keys[0])  # type: ignore[arg-type]
            return None
        return None

    def _named_body(self, noun: Token) -> bool:
        """"the United States Geological Survey": an organisation whose name ends in a document word."""
        key = self.ctx.entities.for_token(noun) if noun.pos_ == "PROPN" else None
        return key is not None and self.ctx.entities.get(key).type == "Organization"

    @staticmethod
    def _misattached_from(document: Token) -> list[Token]:
        """"“…,” read a statement from X": a "from" phrase right after the document that the parser hung on
        the verb still names the document's author; after a verb of issuing it may say where from instead."""
        verb = document.head
        if document.dep_ not in {"dobj", "nsubj"} or verb == document or verb.lemma_ in ISSUING_VERBS:
            return []
        return [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == document.right_edge.i + 1
                for g in c.children if g.dep_ == "pobj"]

    def _last_organisation_source(self, noun: Token) -> str | None:
        """The organisation that was the source of the statement just before (same or previous paragraph)."""
        lo = self._paragraph_of(noun.idx)[0]
        before = self._before(lo)
        lo = self._paragraph_of(before - 1)[0] if before else lo
        earlier = [st for st, at in self.found if lo <= at < noun.idx and st.speaker]
        if not earlier:
            return None
        last = max(earlier, key=lambda st: st.evidence.start).speaker
        return last if self.ctx.entities.get(last).type == "Organization" else None  # type: ignore[arg-type]

    def _organisation_just_subject(self, noun: Token) -> str | None:
        """"The embassy reacted angrily. In a statement, a spokesperson said …": a spokesperson of no named body
        speaks for the organisation that was the subject just before (same or previous sentence)."""
        return self.resolver.resolve_pronoun(noun.idx, {"Organization"}, sentences=2, nearby=False)

    def _named_spokesperson(self, noun: Token, body: str | None = None) -> str | None:
        """"The Kremlin spokesman said" after the article named him ("X, the Kremlin spokesman"): X; a bare
        "the spokesperson" goes back to the last person the article titled spokesperson, of any body.
        "A spokesman for Y said" is unnamed and stays with Y."""
        if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in noun.children):
            return None
        people = {key for key, profile in self.resolver.profiles.items() if "spokesperson" in profile.classes
                  and self.ctx.entities.get(key).type == "Person"
                  and (body is None or body in self.ctx.entities.get(key).affiliations)}
        return self.resolver.recent(people, noun.idx)

    def _earlier_document_author(self, noun: Token) -> str | None:
        """"the statement said" after "X said in a statement", "X issued a statement" or "according to a
        statement from X": X."""
        for tok in reversed(self.doc[max(0, noun.i - 400) : noun.i]):
            if tok.lemma_ != noun.lemma_ or tok.pos_ != "NOUN":
                continue
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "dobj" else None
            subject = self.cue_subject(verb) if verb is not None and verb.pos_ in {"VERB", "AUX"} else None
            # "according to a statement from X", "X's statement": the earlier document names its author itself
            return self._source(subject if subject is not None else tok)[0]
        return None

    def source_text(self, subject: Token) -> str:
        """The source noun phrase without appositions, relative clauses or what follows a comma."""
        if subject.lower_ in {"who", "which", "that"} and subject.head.dep_ == "relcl":
            return self.source_text(subject.head.head)
        dropped = {"appos", "relcl", "acl", "punct", "cc", "conj", "amod"}
        keep = [t for t in subject.subtree if t.i <= subject.i and not t.is_space]
        piece = subject.i - 1
        while piece >= 0 and self._hyphenated_lead(self.doc[piece]):  # "The party's co-leader": all its pieces
            keep.extend(t for t in self.doc[piece].subtree if t.i <= piece)
            piece -= 1
        cut = max((t.i for t in keep if self.quote_at(t.idx) or (t.pos_ == "VERB" and verb_kind(t.lemma_))), default=-1)
        keep = [t for t in keep if t.i > cut]  # "“…” tweeted X": the name, not the cue before it
        if not keep:  # "accept “any accord” that denied it …": the phrase is all quotation, no name to trim
            return subject.text
        for child in subject.children:
            if child.i > subject.i and child.dep_ not in dropped:
                keep.extend(child.subtree)
        keep = sorted(set(keep), key=lambda t: t.i)
        commas = [i for i, t in enumerate(keep) if t.text in {",", "—", "–"} and t.i < subject.i]  # a dateline's dash too
        if commas:
            keep = keep[commas[-1] + 1 :]
        start, end = keep[0].idx, keep[-1].idx + len(keep[-1].text)
        if any(keep[j + 1].i != keep[j].i + 1 for j in range(len(keep) - 1)):
            end = subject.idx + len(subject.text)
            start = min(t.idx for t in keep if t.i <= subject.i)
        return self.text[start:end].strip() or subject.text

    # quotation carried on from the previous statement ---------------------------
    def _continuations(self) -> None:
        """A quotation with no cue that follows an attributed one at once (same or next paragraph)."""
        for q in self.quotes:
            if q in self.used or q in self.names or len(self.text[q.inner_start : q.inner_end].split()) < MIN_QUOTE_WORDS:
                continue
            if self._held(q):
                continue
            previous = [(st, c) for st, c in self.found if st.evidence.end <= q.start]
            if not previous:
                continue
            last, cue_at = max(previous, key=lambda p: p[0].evidence.end)
            if last.quote_type == "Indirect" or self.text[last.evidence.end : q.start].strip():
                continue
            sentence = self._sentences(q.start, q.end)
            if sentence.start < q.start and self.text[sentence.start : q.start].strip():
                continue  # the quote sits inside a sentence of its own: a fragment, not a continuation
            self.used.add(q)
            start, end = self._trim(q.inner_start, q.inner_end)
            self.found.append((Statement(
                text=self.text[start:end], content=Span.of(self.text, start, end), speaker=last.speaker,
                speaker_text=last.speaker_text, quote_type="Direct", cue=None, evidence=sentence), q.start))

    def _final(self) -> list[Statement]:
        """One statement per content; speech reported inside another statement's content is dropped. Of two
        readings of one content, the one whose cue stands outside it frames it ("X ordered …, while urging
        … to “…,” his spokesman told reporters": the spokesman's words, not X's urging)."""
        chosen: dict[tuple[int, int], tuple[Statement, int]] = {}
        for st, cue_at in sorted(self.found, key=lambda p: (p[0].content.start, p[0].content.start <= p[1] < p[0].content.end, p[1])):
            chosen.setdefault((st.content.start, st.content.end), (st, cue_at))
        kept = [(st, cue_at) for st, cue_at in chosen.values() if not self._in_heading(cue_at)]  # sorted by content start
        starts = [st.content.start for st, _ in kept]
        cues = sorted(c for _, c in kept)
        longest = max((st.content.end - st.content.start for st, _ in kept), default=0)
        carriers = {id(st) for st, cue_at in kept if self._carries_quoted_speech(st, cue_at, kept)}
        out = []
        for st, cue_at in kept:
            own = st.content.start <= cue_at < st.content.end
            cues_inside = bisect.bisect_left(cues, st.content.end) - bisect.bisect_left(cues, st.content.start)
            if st.cue == "according to" and cues_inside > own or id(st) in carriers:
                continue  # "according to X, Y said that …": Y's statement, as X reports it
            if not self._nested(st, cue_at, kept, starts, longest, carriers):
                out.append(st)
        return sorted(out, key=lambda s: (s.content.start, s.content.end))

    def _carries_quoted_speech(self, st: Statement, cue_at: int, kept: list[tuple[Statement, int]]) -> bool:
        """"X lodged a protest, calling the act “…”, the ministry said": a body named after what it reports
        carries the quoted words of the person it reports, as "according to" does; they are that person's (a
        person named after the words is their source: "Moscow dismissed it as “…”, Peskov told reporters")."""
        if cue_at < st.content.end or st.speaker is not None and self.ctx.entities.get(st.speaker).type == "Person":
            return False
        return any(o is not st and st.content.start <= o_cue < st.content.end
                   and o.content.end <= st.content.end and o.speaker is not None
                   and self.ctx.entities.get(o.speaker).type == "Person" for o, o_cue in kept)

    def _in_heading(self, offset: int) -> bool:
        """Whether a cue lies in a heading line: a crosshead or a standfirst sums up the story in headline
        style, without a stop and in the present ("UN condemns assault on convoy"), and reports no one's
        words; a list item may end without a stop, and a long line or a past tense is prose that lost its stop."""
        start = self.text.rfind("\n", 0, offset) + 1
        end = self.text.find("\n", offset)
        line = self.text[start : len(self.text) if end < 0 else end].strip()
        if not line or line[-1] in SENTENCE_END_MARKS or LIST_ITEM.match(line) or len(line.split()) > HEADING_MAX_WORDS:
            return False
        cue = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        return cue is None or not len(cue) or cue[0].tag_ != "VBD"  # headlines speak in the present

    @staticmethod
    def _nested(st: Statement, cue_at: int, kept: list[tuple[Statement, int]], starts: list[int], longest: int,
                carriers: set[int]) -> bool:
        """Whether a longer statement (not "according to", nor one carrying quoted speech) holds this one's cue.
        Only those starting within ``longest`` characters before the cue can: a bisection, not a scan of all."""
        length = st.content.end - st.content.start
        first, last = bisect.bisect_left(starts, cue_at - longest), bisect.bisect_right(starts, cue_at)
        return any(o is not st and o.cue != "according to" and id(o) not in carriers and cue_at < o.content.end
                   and o.content.end - o.content.start > length for o, _ in kept[first:last])


def find_statements(ctx: Context) -> list[Statement]:
    """Every attributed statement in the article, in text order."""
    return _Extractor(ctx).run()
