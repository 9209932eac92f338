"""Entity extraction: spaCy NER mentions clustered into one entity per referent.

Evidence is general, never article-specific: the shipped gazetteer fixes types
and merges forms ("US" / "the United States"); a person's surname joins the
cluster of the full name; the whole cluster votes on the type; plural proper
nouns that also name a product or modify common nouns ("Tomahawks" beside
"Tomahawk missiles") are not entities; nationality words are kept apart as a
way to reach their country.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..ids import entity_key
from ..lexicons import read_lines, read_table
from ..models import Entity, Span
from .gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from .offices import OfficeTerm, holder_called

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}
POSSESSIVE = re.compile(r"(['’]s|['’])$")
TYPE_ORDER = ("Person", "Organization", "Place")


@lru_cache(maxsize=1)
def load_titles() -> tuple[str, ...]:
    return tuple(sorted(read_lines("titles.txt"), key=len, reverse=True))


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str | None  # coarse type the tagger proposed, None for forms found by the entity pass
    titled: bool = False  # a title such as "President" stood before it
    gazetteer: GazetteerEntry | None = None
    context: str | None = None  # the type its surroundings suggest ("Place?" for a weak cue such as "in X")

    @property
    def words(self) -> list[str]:
        return self.text.split()


@dataclass
class EntityDraft:
    """An entity while the article is being read; extractors may add what they learn."""

    key: str
    name: str
    type: str
    subtype: str | None = None
    wikidata: str | None = None
    forms: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    job_titles: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    country: str | None = None  # key of the country a place or body belongs to


class EntityIndex:
    """Entities of one article and where each is mentioned, for the extractors that follow."""

    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.drafts: dict[str, EntityDraft] = {}
        self._starts: list[int] = []
        self._spans: list[tuple[int, int, str]] = []

    # --- lookups -------------------------------------------------------
    def covering(self, start: int, end: int) -> str | None:
        """The entity whose mention contains the character range, if any."""
        i = bisect.bisect_right(self._starts, start) - 1
        while i >= 0:
            s, e, key = self._spans[i]
            if s <= start and end <= e:
                return key
            if e <= start and start - s > 200:
                break
            i -= 1
        return None

    def within(self, start: int, end: int) -> list[str]:
        """Entities mentioned inside the character range, in text order, without repeats."""
        i = bisect.bisect_left(self._starts, start)
        out: list[str] = []
        while i < len(self._spans) and self._spans[i][0] < end:
            s, e, key = self._spans[i]
            if e <= end and key not in out:
                out.append(key)
            i += 1
        return out

    def for_token(self, token: Token) -> str | None:
        return self.covering(token.idx, token.idx + len(token.text))

    def mentions_of(self, key: str) -> list[tuple[int, int]]:
        return sorted(self.drafts[key].mentions)

    def get(self, key: str) -> EntityDraft:
        return self.drafts[key]

    def by_name(self, form: str) -> str | None:
        """The entity a surface form names in this article ("Trump", "the US")."""
        normal = Gazetteer.normal(form)
        for draft in self.drafts.values():
            if normal == draft.name or normal in draft.forms:
                return draft.key
        entry = self.gazetteer.lookup(form)
        return self.ensure(entry) if entry else None

    def country_for_demonym(self, word: str) -> str | None:
        """The country a nationality word names ("Russian" → Russia), added if not yet mentioned."""
        entry = self.gazetteer.demonym(word)
        return self.ensure(entry) if entry else None

    def country_of(self, key: str) -> str | None:
        """The country an entity belongs to (Moscow, the Kremlin → Russia), when the gazetteer knows it."""
        draft = self.drafts[key]
        if draft.subtype == "Country":
            return key
        if draft.country:
            entry = self.gazetteer.entries.get(draft.country)
            return self.ensure(entry) if entry else None
        return None

    # --- additions from later stages ---------------------------------
    def ensure(self, entry: GazetteerEntry) -> str:
        name = " ".join(entry.name.split())
        key = entity_key(entry.type, name)
        if key not in self.drafts:
            self.drafts[key] = EntityDraft(
                key=key, name=name, type=entry.type, subtype=entry.subtype,
                wikidata=entry.wikidata, country=entry.country,
            )
        return key

    def add_alias(self, key: str, form: str) -> None:
        form = re.sub(r"\s+", " ", form.strip())
        if form and form != self.drafts[key].name:
            self.drafts[key].forms.add(form)

    def add_job_title(self, key: str, title: str) -> None:
        title = re.sub(r"\s+", " ", title.strip())
        if title and title not in self.drafts[key].job_titles:
            self.drafts[key].job_titles.append(title)

    def add_affiliation(self, key: str, other: str) -> None:
        if other != key and other not in self.drafts[key].affiliations:
            self.drafts[key].affiliations.append(other)

    def add_mention(self, start: int, end: int, key: str) -> None:
        self.drafts[key].mentions.append((start, end))
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._spans.insert(i, (start, end, key))

    # --- records -------------------------------------------------------
    def records(self) -> tuple[Entity, ...]:
        out = []
        for key in sorted(self.drafts):
            d = self.drafts[key]
            out.append(
                Entity(
                    key=d.key, name=d.name, type=d.type, subtype=d.subtype, wikidata=d.wikidata,  # type: ignore[arg-type]
                    alternate_names=tuple(sorted(d.forms - {d.name})),
                    mentions=tuple(Span.of(self.text, s, e) for s, e in sorted(set(d.mentions))),
                    job_title=tuple(d.job_titles),
                    affiliation=tuple(a for a in d.affiliations if a in self.drafts),
                )
            )
        return tuple(out)


# --- finding mentions ------------------------------------------------------
@lru_cache(maxsize=4)
def _gazetteer_matcher(nlp: Language):
    from spacy.matcher import PhraseMatcher

    gazetteer = load_gazetteer()
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    forms = sorted(gazetteer.forms())
    matcher.add("GAZ", list(nlp.tokenizer.pipe(forms)))
    return matcher


NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "du", "la", "le"}


def _name_word(token: Token) -> bool:
    """A word that can be part of a personal name: capitalised, or a particle ("bin", "van", "de")."""
    return (token.text[:1].isupper() and token.is_alpha) or token.lower_ in NAME_PARTICLES


def _trim(doc: Doc, start: int, end: int, label: str | None) -> tuple[int, int, bool]:
    """Token range without a leading article, a title, a trailing possessive or punctuation;
    the flag says a title was stripped (evidence of a person)."""
    while start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    for i in range(start + 1, end):  # "Ministry of Commerce (MOFCOM)": the name stops at the bracket
        if doc[i].text in {"(", "["}:
            end = i
            break
    while start < end and (doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s", "’s", "'", "’"}):
        end -= 1
    heads = _title_heads()
    for i in range(end - 2, start - 1, -1):
        rest = doc[i + 1 : end]
        # only a title before a name ("Finance Minister Lars Klingbeil" → "Lars Klingbeil"); a name
        # the tagger did not call a person needs two words ("General Motors" stays whole), and
        # "General Administration of Customs" keeps its "General"
        name_like = len(rest) >= (1 if label == "Person" else 2)
        if doc[i].lower_ in heads and name_like and all(_name_word(t) for t in rest):
            return i + 1, end, True
    return start, end, False


@lru_cache(maxsize=1)
def load_place_cues() -> dict[str, frozenset[str]]:
    cues = [line.split(":", 1) for line in read_lines("place_cues.txt")]
    return {kind: frozenset(w for k, w in cues if k == kind) for kind in ("prep", "strongprep", "noun", "notafter")}


@lru_cache(maxsize=1)
def load_role_nouns() -> dict[str, str]:
    """Nouns that say what a name is when they stand in apposition to it ("X, a senior analyst")."""
    nouns = {row["role"].split()[-1]: row["type"] for row in read_table("roles.tsv") if row["type"] in TYPE_ORDER}
    nouns.update(dict.fromkeys(read_lines("person_nouns.txt"), "Person"))
    nouns.update(dict.fromkeys(load_org_heads(), "Organization"))
    nouns.update(dict.fromkeys(load_place_cues()["noun"], "Place"))
    return nouns


def _context_type(span: SpacySpan) -> str | None:
    """The type a name's surroundings give it: "in X", "the port of X", "X province", "the X party",
    "X, a civil society group", "his counterpart, X"."""
    cues = load_place_cues()
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in cues["strongprep"]:
        return "Place"
    if root.dep_ == "pobj" and head.lower_ in cues["prep"] and head.head.lemma_.lower() not in cues["notafter"]:
        return "Place?"  # a weaker cue: "in" also takes organisations
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in cues["noun"]:
        return "Place"
    if root.dep_ == "compound" and head.pos_ == "NOUN":
        lemma = head.lemma_.lower()
        if lemma in cues["noun"]:
            return "Place"
        if lemma in load_org_heads():
            return "Organization"
    roles = load_role_nouns()
    for other in [c for c in root.children if c.dep_ == "appos"] + ([head] if root.dep_ == "appos" else []):
        if other.pos_ == "NOUN" and other.lemma_.lower() in roles:
            return roles[other.lemma_.lower()]
    return None


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """Last words of titles ("minister", "secretary", "adviser"): what a job title ends in."""
    return frozenset(t.split()[-1].lower().rstrip(".") for t in load_titles() if t[:1].isalpha())


def _is_title_fragment(span: SpacySpan) -> bool:
    """Capitalised words of a job title, not a name: "Finance" in "Finance Minister",
    "State" in "Secretary of State"."""
    doc, heads = span.doc, _title_heads()
    if span[-1].lower_ in load_org_heads():
        return False  # "African Union Commission Chairperson X": the body is named, then the title
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in heads and after.text[:1].isupper():
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in heads


def _is_plural_product(mention: Mention, kind_names: set[str]) -> bool:
    """A plural proper noun whose singular names a product or a kind of thing ("Tomahawks")."""
    words = mention.words
    if len(words) != 1 or not words[0].endswith("s"):
        return False
    word = words[0]
    return word[:-1] in kind_names or (word.endswith("es") and word[:-2] in kind_names)


@lru_cache(maxsize=1)
def load_org_heads() -> frozenset[str]:
    return frozenset(word.lower() for word in read_lines("org_heads.txt"))


@lru_cache(maxsize=1)
def load_kind_heads() -> frozenset[str]:
    return frozenset(read_lines("kind_heads.txt"))


def _kind_names(doc: Doc) -> set[str]:
    """Names used for products or models: PRODUCT entities, and proper nouns modifying
    a noun for a kind of artefact ("Tomahawk missiles", "Leopard tanks")."""
    names = {ent.text for ent in doc.ents if ent.label_ == "PRODUCT"}
    heads = load_kind_heads()
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in heads:
            names.add(tok.text)
    return names


def _candidate_spans(doc: Doc, nlp: Language, gazetteer: Gazetteer) -> list[tuple[int, int, str | None]]:
    """Token ranges with a proposed coarse type: NER first, then gazetteer forms NER missed,
    then proper nouns coordinated with an entity ("Rosneft and Lukoil")."""
    from spacy.util import filter_spans

    spans: list[SpacySpan] = [e for e in doc.ents if e.label_ in NER_TYPES or _misread_nationality(e, gazetteer)]
    spans = _join_adjacent_names(doc, spans)
    for _, s, e in _gazetteer_matcher(nlp)(doc):
        spans.append(doc[s:e])
    chosen = filter_spans(spans)  # longest wins, NER spans kept where equal
    covered = {i for sp in chosen for i in range(sp.start, sp.end)}
    out: list[tuple[int, int, str | None]] = [(sp.start, sp.end, NER_TYPES.get(sp.label_)) for sp in chosen]
    for sp in chosen:
        label = NER_TYPES.get(sp.label_)
        if label is None:
            continue
        for tok in (sp.root, *sp.root.conjuncts):
            for conj in tok.conjuncts:
                if conj.i not in covered and conj.pos_ == "PROPN" and conj.text[:1].isupper():
                    lo, hi = conj.left_edge.i, conj.i + 1
                    while lo < conj.i and (doc[lo].pos_ != "PROPN" or doc[lo].i in covered):
                        lo += 1
                    if all(i not in covered for i in range(lo, hi)):
                        out.append((lo, hi, label))
                        covered.update(range(lo, hi))
    out.extend(_names_after_titles(doc, covered))
    return sorted(out)


def _names_after_titles(doc: Doc, covered: set[int]) -> list[tuple[int, int, str | None]]:
    """Proper names right after a capitalised title that the tagger missed
    ("National Security Adviser Ajit Doval", "Foreign Minister Wang Yi")."""
    heads = _title_heads()
    found = []
    for tok in doc:
        if tok.lower_ not in heads or not tok.text[:1].isupper():
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        if end > tok.i + 1 and not any(i in covered for i in range(tok.i + 1, end)):
            found.append((tok.i + 1, end, "Person"))
            covered.update(range(tok.i + 1, end))
    return found


def _capitalised_first_word(span: SpacySpan) -> bool:
    """An ordinary word capitalised only because it starts the sentence ("Riot police fired…"):
    one word, first in its sentence, modifying a common noun, never capitalised elsewhere."""
    token = span[0]
    if len(span) != 1 or not token.is_sent_start or token.dep_ != "compound" or token.head.pos_ != "NOUN":
        return False
    return not any(t.text == token.text and not t.is_sent_start for t in span.doc if t.i != token.i)


def _misread_nationality(ent: SpacySpan, gazetteer: Gazetteer) -> bool:
    """A several-word name the tagger called a nationality ("Aegean Meridian Maritime"):
    nationality words come alone ("Russian"), so such a span is kept, untyped."""
    return ent.label_ == "NORP" and len(ent) > 1 and all(t.text[:1].isupper() for t in ent) and not any(
        gazetteer.demonym(t.text) for t in ent
    )


def _join_adjacent_names(doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
    """A person's name the tagger split, with nothing between the parts, is one name
    ("Mohammed bin Abdulrahman" + "Al Thani"; "Moussa" + an ORG "Faki Mahamat")."""
    out: list[SpacySpan] = []
    for span in sorted(spans, key=lambda sp: sp.start):
        last = out[-1] if out else None
        rest_of_name = span.label_ == "PERSON" or (
            span.label_ == "ORG" and len(span) <= 2 and all(_name_word(t) and t.pos_ == "PROPN" for t in span)
            and span[-1].lower_ not in load_org_heads()
        )
        if last is not None and last.label_ == "PERSON" and rest_of_name and last.end == span.start:
            out[-1] = doc[last.start : span.end]
            out[-1].label_ = "PERSON"
        else:
            out.append(span)
    return out


def _mentions(doc: Doc, nlp: Language, gazetteer: Gazetteer) -> list[Mention]:
    kinds = _kind_names(doc)
    mentions = []
    for s, e, label in _candidate_spans(doc, nlp, gazetteer):
        s, e, titled = _trim(doc, s, e, label)
        if s >= e:
            continue
        titled = titled or (s > 0 and doc[s - 1].lower_ in _title_heads() and doc[s - 1].text[:1].isupper())
        span = doc[s:e]
        text = span.text
        if not any(ch.isalpha() for ch in text) or not any(ch.isupper() for ch in text):
            continue
        entry = gazetteer.lookup(text) or (gazetteer.lookup(text.title()) if text.isupper() and len(text) > 4 else None)
        mention = Mention(span.start_char, span.end_char, text, label, titled, entry, _context_type(span))
        if entry is None and (
            text in kinds
            or _is_plural_product(mention, kinds)
            or _is_title_fragment(span)
            or (len(span) == 1 and span[0].tag_ == "NNPS" and label != "Person")
            or gazetteer.demonym(text) is not None
            or _capitalised_first_word(span)
        ):
            continue
        mentions.append(mention)
    return mentions


def _cluster(mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions by referent: gazetteer entry or exact form first; then a surname joins the
    full name, an acronym the name it abbreviates, and a shorter form the one longer name it
    begins ("Caribe Horizon" → "Caribe Horizon Shipping", "Treasury" → "Treasury Department")."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        form = m.text.title() if m.text.isupper() and len(m.text) > 4 else m.text  # "WASHINGTON (AP) —"
        key = f"gaz:{m.gazetteer.name}" if m.gazetteer else f"form:{form}"
        groups.setdefault(key, []).append(m)
    for key in sorted((k for k in groups if k.startswith("form:")), key=lambda k: len(groups[k][0].words)):
        targets = _longer_names_for(groups[key], {k: ms for k, ms in groups.items() if k != key})
        if len(targets) == 1:
            groups[targets[0]].extend(groups.pop(key))
    return list(groups.values())


def _is_personish(ms: list[Mention]) -> bool:
    return any(m.label == "Person" or m.titled for m in ms)


def _longer_names_for(ms: list[Mention], others: dict[str, list[Mention]]) -> list[str]:
    """The clusters whose longer names a shorter form stands for (ideally exactly one)."""
    words = ms[0].words
    text = ms[0].text
    found = []
    for key, other in others.items():
        forms = {m.text for m in other} | ({other[0].gazetteer.name, *other[0].gazetteer.aliases} if other[0].gazetteer else set())
        for form in forms:
            longer = form.split()
            if len(longer) <= len(words):
                continue
            surname = len(words) == 1 and _is_personish(other) and words[0] in (longer[0], longer[-1])
            prefix = longer[: len(words)] == words and not _is_personish(other) and _cluster_type(ms) != "Place"
            person_prefix = len(words) > 1 and longer[: len(words)] == words and _is_personish(other)
            acronym = text.isupper() and len(text) > 1 and text in _acronyms(form)
            if surname or prefix or person_prefix or acronym:
                found.append(key)
                break
    return found


def _acronyms(name: str) -> set[str]:
    """What a name may be abbreviated to: initials of its capitalised words, or of all its words,
    with dotted parts spelled out ("Petróleos de Venezuela S.A." → PVSA, PDVSA)."""
    words = [w for part in name.replace("-", " ").split() for w in ([*part.strip(".").split(".")] if "." in part else [part]) if w]
    capitalised = "".join(w[0] for w in words if w[:1].isupper())
    every = "".join(w[0] for w in words if w[:1].isalpha()).upper()
    return {capitalised, every}


def _cluster_type(ms: list[Mention]) -> str:
    """A name after a title is a person's; a name ending in an organisational word
    ("… Shipping Lines") an organisation's; a full name tagged PERSON anchors a person (the
    tagger often calls a bare surname an ORG) unless its context says otherwise ("X, a civil
    society group"); otherwise the mentions and their contexts vote."""
    if any(m.titled for m in ms):
        return "Person"
    if any(len(m.words) > 1 and m.words[-1].lower() in load_org_heads() for m in ms):
        return "Organization"  # "… Shipping Lines", "… Central Bank"
    other_context = any(m.context in ("Organization", "Place") for m in ms)
    if any(m.label == "Person" and len(m.words) > 1 for m in ms) and not other_context:
        return "Person"
    votes: Counter[str] = Counter(m.label for m in ms if m.label)
    for m in ms:
        if m.context == "Place?":
            votes["Place"] += 2 if m.label != "Person" else 0
        elif m.context:
            votes[m.context] += 2
    if not votes:
        return "Organization"
    return max(TYPE_ORDER, key=lambda t: (votes[t], -TYPE_ORDER.index(t)))


def find_entities(
    doc: Doc, nlp: Language, text: str, published: dt.date | None = None, gazetteer: Gazetteer | None = None
) -> EntityIndex:
    """Entities of one article; ``published`` dates the office-holder table used to name people."""
    gazetteer = gazetteer or load_gazetteer()
    index = EntityIndex(text, gazetteer)
    for ms in _cluster(_mentions(doc, nlp, gazetteer)):
        entry = next((m.gazetteer for m in ms if m.gazetteer), None)
        if entry:
            key = index.ensure(entry)
        else:
            etype = _cluster_type(ms)
            name = " ".join(max(ms, key=lambda m: (len(m.words), len(m.text), -m.start)).words)
            wikidata = None
            holder = _office_holder(name, ms, published) if etype == "Person" else None
            if holder:
                name, wikidata = holder.person, holder.wikidata
            key = entity_key(etype, name)
            if key not in index.drafts:
                index.drafts[key] = EntityDraft(key=key, name=name, type=etype, wikidata=wikidata)
        for m in ms:
            index.add_alias(key, m.text)
            index.add_mention(m.start, m.end, key)
    _add_bare_forms(doc, index)
    return index


def _office_holder(name: str, ms: list[Mention], published: dt.date | None) -> OfficeTerm | None:
    """The office holder a person's name means, so that "President Lula" and "Luiz Inácio Lula
    da Silva" get one name and IRI: a full name listed in the table, or a surname after a title
    that only one holder in office at the article's date goes by."""
    if " " in name:
        holder = holder_called(name, None)
        return holder if holder and holder.person == name else None
    if not any(m.titled for m in ms):
        return None
    return holder_called(name, published)


def _add_bare_forms(doc: Doc, index: EntityIndex) -> None:
    """Mentions NER missed of a name it found elsewhere: a one-word form of a person or
    organisation ("Putin-Trump talks"), or a person's surname alone ("Loss believes")."""
    single: dict[str, set[str]] = {}
    for key, draft in index.drafts.items():
        if not draft.mentions or draft.type == "Place":
            continue
        forms = {f for f in draft.forms | {draft.name} if " " not in f}
        if draft.type == "Person" and " " in draft.name:
            forms.add(draft.name.split()[-1])
        for form in forms:
            single.setdefault(form, set()).add(key)
    for tok in doc:
        keys = single.get(tok.text)
        if not keys or len(keys) != 1 or index.for_token(tok) is not None:
            continue
        if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and not tok.is_sent_start):
            key = next(iter(keys))
            index.add_mention(tok.idx, tok.idx + len(tok.text), key)
            index.add_alias(key, tok.text)
