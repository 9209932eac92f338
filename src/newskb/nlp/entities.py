"""Entity extraction: spaCy NER mentions clustered into one entity per referent.

Evidence is general, never article-specific. Mentions come from the tagger, repaired where
real copy trips it (a name never stops inside a word, a first name after a long title or
before a particle ("Frans van der Linden"), an organisation run into a person's name, "X
League" + "for the Y", a company name ends at its legal form), from acronym definitions
("Full Name (ACR)") and "X, known as Y", statement signatures ("Name, Title"), datelines
("KYIV, Ukraine —"), governing bodies named by a common noun ("the Afghan government"), and
gazetteer forms. Names of laws, meetings, wars and holidays, storms, titles alone, party-state
tags ("D-Ore."), time zones, words capitalised only by a Title-Case headline, nationality
words and plural product names are not entities. Types come from titles, describing nouns
("the news network X", "X, who…"), organisational and company words, context ("a base in
X") and the tagger's votes; companies are Corporations by their legal form or a describing
noun. Clusters join forms spelt alike without accents or transliteration variants, surnames
(with "al-" and the like, with their particles: "De la Fuente", or the first of two Spanish
surnames after "Mr."/"Ms."), acronyms, head words ("Parliament") and bare chambers ("the
Senate") resolved in the country the article is about.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from types import MappingProxyType
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IDX, ORTH, SENT_START

from ..ids import entity_key
from ..lexicons import load_company_words, read_lines, read_table, word_set
from ..models import Entity, Span
from ..reader import TITLE_SMALL_WORDS
from .base import LIST_MARKER, doc_text
from .dates import MONTHS, WEEKDAYS
from .gazetteer import Gazetteer, GazetteerEntry, government_seated_in, load_gazetteer
from .grammar import NOMINAL_SUBJECT_DEPS
from .offices import OfficeTerm, holder_called
from .tokens import columns, kept_with_the_doc, tokens_where

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}
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
    body: tuple[str, str] | None = None  # (country or person, noun) of a governing body ("Syria", "government")
    described: str | None = None  # the type a describing noun or clause gives it ("businessman X")
    listed: bool = False  # one of coordinated words ("Treason, Bribery, or …")
    company: bool = False  # its name or a describing noun says it is a company ("… Ltd", "the firm X")
    owned: str | None = None  # a ministry's own name after its country's possessive ("Foreign Ministry")

    @cached_property  # read many times while clustering
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


def _copied(draft: EntityDraft, mentions: list[tuple[int, int]] | None = None) -> EntityDraft:
    """A draft with sets and lists of its own (its mentions' list, or ``mentions``). Built from its
    attribute dict: ``dataclasses.replace`` runs the constructor field by field."""
    copy = object.__new__(EntityDraft)
    copy.__dict__ = {**draft.__dict__, "forms": set(draft.forms), "job_titles": list(draft.job_titles),
                     "affiliations": list(draft.affiliations),
                     "mentions": list(draft.mentions) if mentions is None else mentions}
    return copy


@lru_cache(maxsize=8192)  # the same places and bodies come up in article after article
def _key_and_name(entry: GazetteerEntry) -> tuple[str, str]:
    """A gazetteer entry's entity key, and its name with its spaces collapsed."""
    name = " ".join(entry.name.split())
    return entity_key(entry.type, name), name


class FrozenIndexError(RuntimeError):
    """Something tried to change an article's entity index after it was built."""


class EntityIndex:
    """Entities of one article and where each is mentioned, for the extractors that follow."""

    def __init__(self, text: str, gazetteer: Gazetteer) -> None:
        self.text = text
        self.gazetteer = gazetteer
        self.drafts: dict[str, EntityDraft] = {}
        self._starts: list[int] = []
        self._spans: list[tuple[int, int, str]] = []
        self.frozen = False
        self._added: list[tuple[int, int, str]] = []  # mentions added since the copy was made, in order
        self._borrowed: set[str] = set()  # keys whose draft is still the frozen index's, copied before a change

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

    def mention_ranges(self) -> list[tuple[int, int, str]]:
        """Every mention's character range and entity, in text order."""
        return list(self._spans)

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

    # --- additions while the index is built, or to an extractor's overlay ---
    def ensure(self, entry: GazetteerEntry) -> str:
        self._check_open()
        key, name = _key_and_name(entry)
        if key not in self.drafts:
            self.drafts[key] = EntityDraft(
                key=key, name=name, type=entry.type, subtype=entry.subtype,
                wikidata=entry.wikidata, country=entry.country,
            )
        return key

    def add_alias(self, key: str, form: str) -> None:
        self._check_open()
        form = " ".join(form.split())
        if form and form != self.drafts[key].name:
            self._own(key).forms.add(form)

    def add_job_title(self, key: str, title: str) -> None:
        self._check_open()
        title = re.sub(r"\s+", " ", title.strip())
        if title and title not in self.drafts[key].job_titles:
            self._own(key).job_titles.append(title)

    def add_affiliation(self, key: str, other: str) -> None:
        self._check_open()
        if other != key and other not in self.drafts[key].affiliations:
            self._own(key).affiliations.append(other)

    def add_mention(self, start: int, end: int, key: str) -> None:
        self._check_open()
        self._own(key).mentions.append((start, end))
        self._added.append((start, end, key))
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._spans.insert(i, (start, end, key))

    def _own(self, key: str) -> EntityDraft:
        """The draft to change: an overlay's own copy, made on its first change."""
        if key in self._borrowed:
            self._borrowed.discard(key)
            self.drafts[key] = _copied(self.drafts[key])
        return self.drafts[key]

    def _check_open(self) -> None:
        if self.frozen:
            raise FrozenIndexError("the article's entity index is frozen once built; an extractor adds to its own overlay")

    # --- one index for the article, one overlay for each extractor -----------
    def freeze(self) -> None:
        """Close the index (``pipeline.article_context``, once the entities and what the article says of
        them are known): every extractor then reads the same entities, whichever ran before it."""
        self.drafts = MappingProxyType(self.drafts)  # type: ignore[assignment]
        self.frozen = True

    def overlay(self, reached: list[EntityIndex] | tuple[EntityIndex, ...] = ()) -> EntityIndex:
        """A writable copy for one extractor, with what the extractors of the kinds it reads reached
        (``reached``, their overlays in declaration order): what it reaches while it reads (a country
        named by a nationality word, a seat's government, an institution, a collective) goes to this
        copy, seen by its own later lookups and by the kinds that read its records, by no other. With
        every kind's overlay, the article's entities as output."""
        copy = EntityIndex(self.text, self.gazetteer)
        copy.drafts = dict(self.drafts)  # each draft copied when the overlay first changes it (most never are)
        copy._borrowed = set(copy.drafts)
        copy._starts, copy._spans = list(self._starts), list(self._spans)
        for other in reached:
            for key, draft in other.drafts.items():
                if copy.drafts.get(key) is draft:
                    continue  # the frozen index's own draft, in both: nothing to add
                mine = copy._own(key) if key in copy.drafts else copy.drafts.setdefault(key, _copied(draft, mentions=[]))
                mine.forms |= draft.forms
                mine.job_titles += [t for t in draft.job_titles if t not in mine.job_titles]
                mine.affiliations += [a for a in draft.affiliations if a not in mine.affiliations]
            for start, end, key in other._added:
                copy.add_mention(start, end, key)
        copy._added = []
        return copy

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


POSSESSIVE_MARKS = {"'s", "’s"}


def _name_word(token: Token) -> bool:
    """A word that can be part of a personal name: capitalised, or a particle ("bin", "van", "de")."""
    return (token.text[:1].isupper() and token.is_alpha) or token.lower_ in NAME_PARTICLES


def _hyphen_in_a_name(token: Token) -> bool:
    """The hyphen of a double-barrelled name ("Deshmukh-Fraser", "Marc-André"), which the tokenizer splits off."""
    doc = token.doc
    return token.text == "-" and not token.whitespace_ and 0 < token.i < len(doc) - 1 \
        and not doc[token.i - 1].whitespace_ and doc[token.i + 1].text[:1].isupper()


def _trim(doc: Doc, start: int, end: int, label: str | None) -> tuple[int, int, bool]:
    """Token range without a leading article, a title, a trailing possessive, punctuation or a
    place's common noun ("Cebu province"); the flag says a title was stripped (evidence of a person)."""
    cols = columns(doc)
    text, lower = cols.text, cols.lower
    while start < end and lower[start] in {"the", "a", "an"}:
        start += 1
    for i in range(start + 1, end):  # "Ministry of Commerce (MOFCOM)": the name stops at the bracket or a line break
        if text[i] in {"(", "["} or ("\n" in text[i] and text[i].isspace()):
            end = i
            break
    suffixes = load_company_words()["suffix"]
    for i in range(start + 1, end - 1):  # "Vantora Energy S.A. Analysts said": the legal form ends the name
        if lower[i] not in suffixes:
            continue
        next_is_form = lower[i + 1] in suffixes or (
            text[i + 1] in (",", "de") and i + 2 < end and lower[i + 2] in suffixes)  # "… Co., Ltd.", "S.A. de C.V."
        if text[i].endswith(".") and not next_is_form:
            end = i + 1
            break
        if lower[i + 1] in ("of", "in") and i + 2 < end \
                and (place := load_gazetteer().lookup(doc[i + 2 : end].text)) is not None and place.type == "Place":
            end = i + 1  # "Seagate Navigation Ltd of Singapore": the company, then where it is
            break
    while start < end and (doc[end - 1].is_punct or doc[end - 1].lower_ in POSSESSIVE_MARKS | {"'", "’"}) \
            and not _split_full_stop_of_form(doc, end - 1):
        end -= 1
    if end - start > 2 and doc[end - 2].lower_ == "of" and is_title_head(doc[end - 1]) and doc[end - 1].text[:1].isupper() \
            and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end -= 2  # "the Advanced Indonesia Coalition of President Prabowo": the title opens the next name
    while end - start > 2 and _group_lead_word(doc[start].text) and doc[end - 1].text.islower() \
            and doc[end - 1].lower_ not in GROUP_NAME_PARTICLES:
        end -= 1  # "Saraya al-Salam militia": the group's name, not the common noun after it
    if label == "Organization" and end - start > 1 and doc[end - 1].text.islower() \
            and doc[end - 1].lower_ in word_set("kind_nouns_after_names.txt") and doc[end - 2].text[:1].isupper() \
            and load_gazetteer().demonym(doc[start : end - 1].text) is None:
        end -= 1  # "the Coalition for Change party": the party's name, then the word for its kind
    while label == "Place" and end - start > 1 and doc[end - 1].lower_ in load_place_cues()["noun"] \
            and doc[end - 1].text.islower() and not load_gazetteer().lookup(doc[start:end].text):
        end -= 1  # "Cebu province": the place is the name before its common noun
    if end - start > 1 and doc[end - 1].lower_ in load_place_cues()["division"] and doc[end - 1].text.islower() \
            and _names_a_place(doc[start : end - 1]) and not load_gazetteer().lookup(doc[start:end].text):
        end -= 1  # "the Artibonite department" (which the tagger calls a body): a known place, then its kind
    if label == "Organization":
        end = _end_before_trailing_title(doc, start, end)
    for i in range(end - 2, start - 1, -1):
        if not is_title_head(doc[i]):
            continue
        # only a title before a name ("Finance Minister Lars Klingbeil" → "Lars Klingbeil"); a name
        # the tagger did not call a person needs two words ("General Motors" stays whole), and
        # "General Administration of Customs" and "General Intelligence Directorate" keep their "General"
        # "Sheikh Zayed Road", "King Fahd Street": a street named after a title holder keeps the title
        # "Confederacion General de Trabajadores": an organisation's name goes on past "General" in lower case
        # a courtesy title is a person's whatever the tagger said ("Ms Nduva" tagged a body)
        person = label == "Person" or lower[i] in word_set("courtesy_titles.txt")
        name_like = end - i - 1 >= (1 if person else 2) and lower[end - 1] not in load_org_heads() | suffixes \
            and lower[end - 1] not in load_place_cues()["noun"] and (person or text[i + 1][:1].isupper())
        if name_like and all(_name_word(t) or _hyphen_in_a_name(t) for t in doc[i + 1 : end]):
            return i + 1, end, True
    return start, end, False


def _end_before_trailing_title(doc: Doc, start: int, end: int) -> int:
    """A body named before a post in it ("UN Resident Coordinator", "EU High Representative"): the
    body ends where the title begins, when it is an acronym or a body the gazetteer knows."""
    if not is_title_head(doc[end - 1]):
        return end
    for k in range(start + 1, end):
        if all(t.lower_.strip(".") in _title_words() for t in doc[k:end]):
            body = doc[start:k]
            entry = load_gazetteer().lookup(body.text)
            acronym = len(body) == 1 and ACRONYM.fullmatch(body.text) is not None
            return k if acronym or (entry is not None and entry.type == "Organization") else end
    return end


@lru_cache(maxsize=1)
def load_place_cues() -> dict[str, frozenset[str]]:
    cues = [line.split(":", 1) for line in read_lines("place_cues.txt")]
    return {kind: frozenset(w for k, w in cues if k == kind) for kind in ("prep", "strongprep", "noun", "notafter", "objverb", "named", "division",
                                                                      "dweller")}


@lru_cache(maxsize=1)
def load_role_nouns() -> dict[str, str]:
    """Nouns that say what a name is when they stand in apposition to it ("X, a senior analyst")."""
    nouns = {row["role"].split()[-1]: row["type"] for row in read_table("roles.tsv") if row["type"] in TYPE_ORDER}
    nouns.update(dict.fromkeys(read_lines("person_nouns.txt"), "Person"))
    nouns.update(dict.fromkeys(load_org_heads(), "Organization"))
    nouns.update(dict.fromkeys(load_place_cues()["noun"], "Place"))
    return nouns


def _context_type(span: SpacySpan) -> str | None:
    """The type a name's surroundings give it: "in X", "troops entered X", "the port of X", "X province", "the X party",
    "X, a civil society group", "his counterpart, X"."""
    cues = load_place_cues()
    cols = columns(span.doc)
    dep, heads, lower = cols.dep, cols.head, cols.lower
    # "near Foz do Iguaçu": a particle read as a verb cut the name's parse; its first word is still the object
    pobj = next((i for i in range(span.start, span.end) if dep[i] == "pobj" and not span.start <= heads[i] < span.end), None)
    root = span.root if pobj is None else span.doc[pobj]
    first = root
    while first.dep_ == "conj" and first.head != first:
        first = first.head  # "entered X and Y", "in X and Y": Y is governed as X is
    prep_after = span.end < len(lower) and lower[span.end] in cues["prep"]
    if first is not root and root.ent_type_ == "PERSON" and prep_after:
        first = root  # "by A in Quito and B in Mexico City": a person, with a place of their own
    head = first.head
    if _located_in(span):
        return "Place"
    if _modifies_a_body_noun(span):
        return "Organization"
    if first.dep_ == "pobj" and head.lower_ in cues["strongprep"]:
        return "Place"
    town = load_gazetteer().lookup(first.text) if first is not root and first.dep_ in ("pobj", "dobj") else None
    if town is not None and town.subtype in ("City", "AdministrativeArea"):
        return "Place"  # "in Lilongwe and Blantyre", "cut off Sucre and X": a name listed with a known town is another
    if _listed_with_places_only(root):
        return "Place"
    if first.dep_ == "dobj" and head.lemma_.lower() in cues["objverb"]:
        return "Place"
    if first.dep_ == "pobj" and head.lower_ in ("from", "to") and _route_from_a_town(head):
        return "Place"
    if first.dep_ == "pobj" and head.lower_ == "between" and head.head.lemma_.lower() in cues["noun"]:
        return "Place"  # "the road between X and Y", "the border between X and Y": the ends of a place are places
    if first.dep_ == "pobj" and head.lower_ in cues["prep"] and head.head.lemma_.lower() not in cues["notafter"]:
        if head.lower_ == "in" and head.head.pos_ == "NOUN" and first.i > head.head.i:
            return "Place"  # "a base in X", "protests in X": a thing that is in X
        return "Place?"  # a weaker cue: "in" also takes organisations
    if first.dep_ == "pobj" and head.lower_ in ("of", "at", "in", "near") and head.head.lemma_.lower() in cues["noun"]:
        return "Place"  # "the port of X", "a camp at X"
    if first.dep_ == "pobj" and head.lower_ in ("of", "in") and _singular(head.head.lower_) in cues["dweller"]:
        return "Place"  # "residents of X", "villagers in X"
    kind = _kind_of_the_others(first) or _kind_it_is_one_of(first)
    if kind is not None:
        return kind
    if first.dep_ in ("compound", "nmod") and head.pos_ == "NOUN":  # "the X and Y districts"
        lemma = head.lemma_.lower()
        if lemma in cues["noun"]:
            return "Place"
        if lemma in load_org_heads():
            return "Organization"
    return None


def _listed_with_places_only(name: Token) -> bool:
    """"in Yogyakarta, Bandung, Surabaya and X", "in Goma and X": a one-word name in a list whose every
    other name is a place is a place too, when the list has two others the tagger calls places or one
    of them is a town the gazetteer knows (a country is listed with its leader: "Maduro and Venezuela")."""
    others = [t for t in name.conjuncts if t.text[:1].isupper()]
    if not others or name.doc[name.left_edge.i : name.i + 1].text != name.text:
        return False
    towns = [t for t in others if _names_a_town(t.text)]
    return all(t.ent_type_ in ("GPE", "LOC") or t in towns for t in others) and (len(others) >= 2 or bool(towns))


def _located_in(span: SpacySpan) -> bool:
    """"an Izmir-based firm", "a Dubai-registered ship manager", "Panama-flagged tankers": a name
    hyphened to a word placing something there is a place, whatever the tagger thought."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and columns(doc).text[end] == "-" and not doc[end].whitespace_ \
        and columns(doc).lower[end + 1] in LOCATED_WORDS


def _modifies_a_body_noun(span: SpacySpan) -> bool:
    """"the La Fraternidad train drivers' union", "the Acme exporters' chamber": a name between an
    article and a lower-case noun phrase ending in a body's noun is that body's name, the
    article belonging to the noun."""
    doc, end = span.doc, span.end
    if span.start == 0 or columns(doc).lower[span.start - 1] not in ("the", "a", "an"):
        return False
    heads = load_org_heads() | load_company_words()["noun"]
    while end < len(doc) and end - span.end < 4 and (doc[end].text.islower() or doc[end].tag_ == "POS") \
            and doc[end].pos_ in ("NOUN", "ADJ", "VERB", "PART"):  # "the Ayalon highway and police": the phrase ends at "and"
        word = doc[end]
        after = doc[end + 1] if end + 1 < len(doc) else None
        if word.lower_ in heads and (after is None or not after.text.islower() or after.pos_ not in ("NOUN", "PROPN")):
            return True
        end += 1
    return False


def _route_from_a_town(prep: Token) -> bool:
    """"cut off La Paz from X", "linking La Paz to X", "from Sucre to X": the other end of a
    route is a known town, so X is a place as well."""
    # "from Sucre to X": the "to" hangs on the "from" of the first end
    wanted = "pobj" if prep.head.lower_ in ("from", "to") else "dobj"
    ends = [c for c in prep.head.children if c.dep_ == wanted]
    return any(_names_a_town(end.doc[end.left_edge.i : end.i + 1].text) or _names_a_town(end.text) for end in ends)


def _kind_of_the_others(name: Token) -> str | None:
    """"from Fukushima and several other prefectures", "Acme and other companies": a name listed
    with "other" things of a kind is one of that kind."""
    for noun in name.conjuncts:
        if noun.pos_ == "NOUN" and noun.text.islower() and any(c.lower_ == "other" for c in noun.children):
            lemma = noun.lemma_.lower()
            if lemma in load_place_cues()["noun"]:
                return "Place"
            if lemma in load_org_heads() or lemma in load_company_words()["noun"]:
                return "Organization"
    return None


def _kind_it_is_one_of(name: Token) -> str | None:
    """"the affected provinces, including X", "lenders like X", "officials, including X": a name
    given as one of a plural kind of place, body or person is of that kind."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ not in ("including", "like"):
        return None
    kind = prep.head
    if kind.tag_ != "NNS" or not (kind.text.islower() or (kind.is_sent_start and kind.text[1:].islower())):
        return None
    lemma = kind.lemma_.lower()
    if lemma in load_company_words()["noun"]:
        return "Organization"
    return load_role_nouns().get(lemma)


def _describing_nouns(span: SpacySpan) -> list[Token]:
    """Common nouns that say what a name is: right before it ("the news network X"), in
    apposition ("X, a civil society group"), naming it ("a company called X"), or in apposition to the first of a list it ends
    ("two oil companies, X and Y")."""
    root = span.root
    # a role word before the name is in lower case: no Token built for a capitalised word
    before = span.doc[span.start - 1] if span.start > 0 and columns(span.doc).text[span.start - 1].islower() else None
    nouns = [before] if before is not None and _role_word_before_a_name(before) else []
    # an apposition is a noun phrase even where the tagger calls its head an adjective ("a Thai national")
    nouns += [c for c in root.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "ADJ") and _set_off(c)]
    if root.dep_ == "oprd" and root.head.lemma_ in ("call", "name") and root.head.head.pos_ == "NOUN":
        nouns.append(root.head.head)  # "a Chinese company called X", "a man named X"
    listed_in = root.head if root.dep_ == "conj" else root  # "companies, X and Y": Y is listed under X
    if listed_in.dep_ == "appos" and (listed_in.head.pos_ == "NOUN" or listed_in.head.text.islower()):
        nouns.append(_noun_in_apposition(listed_in.head))  # "Sweden's charge d'affaires, X": a lower-case word is a common noun
    return nouns


def _set_off(appositive: Token) -> bool:
    """An apposition is set off by a comma, dash or bracket ("X, a civil society group"); a noun
    run on after a name ("National Security Council (NSC) spokesperson Y") is the name's modifiee."""
    first = appositive.left_edge
    return first.i > 0 and first.doc[first.i - 1].text in (",", "(", "—", "–", "-", ":")


def _noun_in_apposition(noun: Token) -> Token:
    """The noun an apposition describes where the tagger hung it on a word of that noun's phrase:
    on an adjective ("the firm's general manager, X": the manager), or on the body closing an "of"
    phrase ("the head of the city's riot police, X", "the director of the gas company, X": the
    head or the director, a role word, not the police or the company)."""
    if noun.dep_ == "amod" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
            and noun.head.head.lemma_.lower() in load_role_nouns() \
            and load_role_nouns()[noun.head.head.lemma_.lower()] == "Person":
        return noun.head.head
    return noun


def _role_word_before_a_name(word: Token) -> bool:
    """A common noun right before a name that may say what it is: a lower-case word whatever the
    tagger calls it, and a role word it reads as an adjective after a nationality ("Ecuadorian
    national X", "Chinese official X") or a paper's kind ("the business daily X", "the weekly X")."""
    if not word.text.islower():
        return False
    if word.pos_ in ("NOUN", "PROPN"):
        return True
    after_nationality = word.i > 0 and word.doc[word.i - 1].ent_type_ == "NORP" and word.lemma_.lower() in load_role_nouns()
    return word.pos_ == "ADJ" and (word.lower_ in _media_nouns() or after_nationality)


@lru_cache(maxsize=1)
def _media_nouns() -> frozenset[str]:
    """Role words for news media ("daily", "newspaper"), from roles.tsv."""
    return frozenset(row["role"] for row in read_table("roles.tsv") if row["class"] == "media")


def _company_evidence(span: SpacySpan, describing: list[Token]) -> bool:
    """A legal form or corporate word ends the name ("… Holdings PLC", "… Airlines"), or a
    describing noun (``_describing_nouns``) calls it a company ("the oil company X", "X, a shipping firm")."""
    words = load_company_words()
    if span[-1].lower_ in words["suffix"]:
        return True
    return any(n.lemma_.lower() in words["noun"] for n in describing)


@lru_cache(maxsize=1)
def load_facility_nouns() -> dict[str, str]:
    return {row["noun"]: row["type"] for row in read_table("facility_nouns.tsv")}


def _facility_after(span: SpacySpan) -> tuple[str, str] | None:
    """"the Fukushima nuclear plant", "the Ryazan oil refinery", "Evin prison": a name written before
    a lower-case facility noun (and up to three lower-case words describing it) names the facility;
    its form with the noun and the facility's type."""
    doc, end = span.doc, span.end
    cols = columns(doc)
    text, pos = cols.text, cols.pos
    while end < len(doc) and end - span.end < 4 and text[end].islower() and pos[end] in ("NOUN", "ADJ"):
        noun = doc[end]
        kind = load_facility_nouns().get(noun.lemma_.lower())
        if kind is not None and (end + 1 == len(doc) or not text[end + 1].islower() or pos[end + 1] != "NOUN"):
            if span.root.head.i == noun.i or span.root.head.i in range(span.end, end + 1):
                return f"{span.text} {doc[span.end:end + 1].text}", kind
            return None
        end += 1
    return None


def _described_type(span: SpacySpan, describing: list[Token]) -> str | None:
    """The type the words describing a name give it, which outweighs the tagger: a common noun
    before it ("the news network X", "businessman X") or in apposition ("X, a civil society
    group"; "his counterpart, X"; ``describing``, from ``_describing_nouns``), a kind of place it is "of"
    ("the city of X"), or a relative "who" ("X, who was arrested")."""
    root, roles = span.root, load_role_nouns()
    if (facility := _facility_after(span)) is not None:
        return facility[1]
    if _town_then_its_region(span):
        return "Place"
    if _title_in_apposition(span):
        return "Person"
    for noun in describing:
        if noun.lemma_.lower() in roles:
            return roles[noun.lemma_.lower()]
        if len(span) == 1 and noun.lemma_.lower() in load_company_words()["noun"]:
            return "Organization"  # "grid operator X", "the oil producer X": a person is named in full on first mention
    kind = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if kind is not None and kind.pos_ == "NOUN" and kind.text.islower() and kind.lemma_ in load_place_cues()["noun"]:
        return "Place"  # "the Copperbelt city of Kitwe", "the port of Odesa"
    if any(c.dep_ == "relcl" and any(w.lower_ in ("who", "whom") for w in c.children) for c in root.children) \
            and span[-1].lower_ not in load_org_heads():  # "members of the Election Commission, who …": the members
        return "Person"
    return None


def _title_in_apposition(span: SpacySpan) -> bool:
    """"X, Special Representative of the Secretary-General", "X, Minister of Foreign Affairs",
    "X, Director-General of …": a capitalised job title set off after a name (the UN and
    government release form) says the name is a person's, as a title before it does."""
    doc = span.doc
    text = columns(doc).text
    if span.end + 1 >= len(doc) or text[span.end] != "," or not text[span.end - 1][:1].isupper():
        return False
    for token in doc[span.end + 1 : span.end + 5]:
        if not token.text[:1].isupper() or not token.is_alpha:
            return False
        if is_title_head(token):
            # the title ends there ("Minister of …", "Director-General"), unlike "X, General Dynamics"
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return after is None or not after.text[:1].isupper() or is_title_head(after)
    return False


def _town_then_its_region(span: SpacySpan) -> bool:
    """"… of Waycross, Georgia, who died", "in Osh, Kyrgyzstan": a name after a preposition and
    before a comma and a known place (or one the tagger found) that closes the phrase is a town
    and the state or country it lies in (the AP hometown form), whatever else the parse says."""
    doc = span.doc
    if span.start == 0 or span.end + 2 >= len(doc) or columns(doc).text[span.end] != ",":
        return False
    if columns(doc).lower[span.start - 1] not in HOMETOWN_PREPOSITIONS and not _second_town(span):
        return False
    region = span.end + 1
    for end in range(region + 1, min(region + 4, len(doc)) + 1):
        listing = end + 2 < len(doc) and doc[end + 1].lower_ in ("and", "or") and doc[end + 2].text[:1].isupper()
        closed = end == len(doc) or (doc[end].is_punct and doc[end].text not in POSSESSIVE_MARKS and not listing)
        entry = load_gazetteer().lookup(doc[region:end].text)
        tagged = doc[region].ent_iob_ == "B" and doc[region].ent_type_ == "GPE" \
            and all(t.ent_iob_ == "I" for t in doc[region + 1 : end]) and (end == len(doc) or doc[end].ent_iob_ != "I")
        if closed and ((entry is not None and entry.type == "Place") or tagged):
            return True
    return False


HOMETOWN_PREPOSITIONS = ("of", "in", "from", "near", "at")


def _second_town(span: SpacySpan) -> bool:
    """"in Staten Island and Fort Lee, New Jersey": the second of two towns after one preposition."""
    doc = span.doc
    first = span.root
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return doc[span.start - 1].lower_ in ("and", "or") and first is not span.root and first.dep_ == "pobj" \
        and first.head.lower_ in HOMETOWN_PREPOSITIONS


@lru_cache(maxsize=1)
def _title_heads() -> frozenset[str]:
    """Last words of titles ("minister", "secretary", "adviser"): what a job title ends in."""
    return frozenset(t.split()[-1].lower().rstrip(".") for t in load_titles() if t[:1].isalpha())


@lru_cache(maxsize=1)
def _heads_after_connector() -> frozenset[str]:
    """Last words that end a title only after its "of" or "in" ("State" of "Secretary of State",
    "Charge" of "Special Agent in Charge")."""
    endings = [t.lower().split() for t in load_titles() if t[:1].isalpha()]
    after = {w[-1] for w in endings if len(w) > 2 and w[-2] in ("of", "in")}
    return frozenset(after - {w[-1].rstrip(".") for w in endings if len(w) < 3 or w[-2] not in ("of", "in")})


def is_title_head(token: Token) -> bool:
    """A word that ends a title, abbreviated or not ("Minister", "Gen.", "Ms."); "State" only
    after "of" ("Secretary of State", not "the State Great Khural")."""
    word = token.lower_.rstrip(".")
    if word in _heads_after_connector():
        return token.i > 0 and token.doc[token.i - 1].lower_ in ("of", "in")
    return word in _title_heads()


def _title_before(doc: Doc, i: int) -> bool:
    """A capitalised title right before token ``i``, abbreviated ones with the full stop the
    tokenizer splits off ("Staff Sgt." → "Sgt" + ".")."""
    text = columns(doc).text
    j = i - 2 if i >= 2 and text[i - 1] == "." and not doc[i - 2].whitespace_ else i - 1
    return j >= 0 and text[j][:1].isupper() and is_title_head(doc[j])


def _is_title_fragment(span: SpacySpan) -> bool:
    """Capitalised words of a job title, not a name: "Finance" in "Finance Minister",
    "State" in "Secretary of State"."""
    doc, heads = span.doc, _title_heads()
    cols = columns(doc)
    text, lower, ent_type = cols.text, cols.lower, cols.ent_type
    if lower[span.end - 1] in load_org_heads():
        return False  # "African Union Commission Chairperson X": the body is named, then the title
    if all(ent_type[i] == "GPE" for i in range(span.start, span.end)):
        return False  # "Delhi Chief Minister X": the place whose office it is, not a portfolio
    if span.end < len(doc) and text[span.end][:1].isupper() and is_title_head(doc[span.end]):
        return True
    # "Secretary of State" is a title; "a commander of Harakat al-Nujaba" names the body he commands
    title = span.start - 2
    if title >= 0 and lower[span.start - 1] == "of" and lower[title] in heads and text[title][:1].isupper():
        return True
    return _portfolio_of_title(span)


def _portfolio_of_title(span: SpacySpan) -> bool:
    """The portfolio a capitalised title names after its "for" ("Assistant Secretary for Export
    Enforcement", "Under Secretary of the Treasury for Terrorism and Financial Intelligence")."""
    doc, i = span.doc, span.start - 1
    if i < 1 or columns(doc).lower[i] not in ("for", "and"):
        return False  # the portfolio's holder follows it: "… for Export Enforcement Matthew Axelrod"
    while i > span.start - 4 and i > 0 and (doc[i].lower_ == "and" or (doc[i].text[:1].isupper() and doc[i].is_alpha)):
        i -= 1
    if i < 1 or doc[i].lower_ != "for":
        return False
    for j in range(i - 1, max(i - 7, -1), -1):
        if not (doc[j].text[:1].isupper() or doc[j].lower_ in ("of", "the")):
            return False
        if is_title_head(doc[j]) and doc[j].text[:1].isupper():
            return True
    return False


def _singular(word: str) -> str:
    """A plural noun's singular, enough for the kind heads ("missiles", "launchers")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


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
def _body_name_ends() -> frozenset[str]:
    """The words a body's name ends in: a head word ("Group", "Ministry") or a legal form ("LLC"),
    joined once rather than at every name that asks."""
    return load_org_heads() | load_company_words()["suffix"]


def _group_lead_word(word: str) -> bool:
    """"Kata'ib", "Jemaah", "Saraya": a transliterated word for a group that opens its name."""
    return word.lower().replace("’", "'") in word_set("group_lead_words.txt")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Every word of every title ("brigadier", "general", "vice", "president")."""
    return frozenset(w.lower().strip(".()") for t in load_titles() for w in t.replace("-", " ").split())


@lru_cache(maxsize=4)
def _common_nouns(nlp: Language) -> frozenset[str]:
    """The English common nouns the model's lemmatizer knows (WordNet's noun index), if it has them."""
    try:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups")
        return frozenset(lookups.get_table("lemma_index")["noun"])
    except (KeyError, AttributeError):
        return frozenset()


def _kind_names(doc: Doc) -> set[str]:
    """Names used for products or models: PRODUCT entities, and proper nouns modifying
    a noun for a kind of artefact ("Tomahawk missiles", "Leopard tanks")."""
    names = {ent.text for ent in doc.ents if ent.label_ == "PRODUCT"}
    heads = word_set("kind_heads.txt")
    cols = columns(doc)
    for i, (dep, pos, head) in enumerate(zip(cols.dep, cols.pos, cols.head)):
        if dep in ("compound", "nmod") and pos == "PROPN" and _modifies_a_kind(doc[i].head, heads):
            names.add(cols.text[i])
            names.add(doc[_model_name_start(doc, i) : i + 1].text)
    return names


def _modifies_a_kind(noun: Token, heads: frozenset[str]) -> bool:
    """A noun for a kind of artefact, or a common noun modifying one on the way to it: "IRIS-T
    air defence systems", "Iskander-M ballistic missiles" (the model name hangs on "defence" or "missiles")."""
    while noun.pos_ == "NOUN" and noun.lemma_.lower() not in heads and noun.dep_ == "compound" and noun.head is not noun:
        noun = noun.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in heads


def _model_name_start(doc: Doc, i: int) -> int:
    """Where the name ending at ``i`` starts: over hyphens ("IRIS-T", which the parser splits in
    three) and proper nouns compounded onto it ("Nord Stream", "Storm Shadow")."""
    end = i
    while i >= 1:
        if i >= 2 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
            i -= 2
        elif doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ == "compound" and i <= doc[i - 1].head.i <= end:
            i -= 1
        else:
            break
    return i


NON_ENTITY_LABELS = {"LAW", "EVENT"}  # spans that shadow the names inside them ("the Paris Climate Accord")
SHADOW = "-"  # label of a candidate that is not an entity but hides the gazetteer forms inside it


def _candidate_spans(doc: Doc, nlp: Language, gazetteer: Gazetteer) -> list[tuple[int, int, str | None]]:
    """Token ranges with a proposed coarse type: NER first, then acronym definitions, bylines and
    gazetteer forms NER missed, then proper nouns coordinated with an entity ("Rosneft and Lukoil";
    not a title: "X and Trial Attorney Y") or named by a common noun before them ("the news network X")."""
    from spacy.util import filter_spans

    spans: list[SpacySpan] = [
        e for e in doc.ents
        if e.label_ in NER_TYPES or e.label_ in NON_ENTITY_LABELS or _misread_nationality(e, gazetteer)
    ]
    spans = _split_at_separators(doc, spans, gazetteer)
    spans = _split_leading_body(doc, _split_listed_bodies(doc, spans, gazetteer), gazetteer)
    spans = _split_portfolio_place_from_holder(doc, spans, gazetteer)
    spans = [_whole_words(doc, sp) for sp in _split_at_possessive(doc, _join_owner_to_its_body(doc, spans, gazetteer), gazetteer)]
    spans = _ministry_with_its_country(doc, spans, gazetteer)
    spans = _extend_names_over_particles(doc, _extend_given_names(doc, spans, _common_nouns(nlp)), gazetteer)
    spans = _extend_over_family_names_in_capitals(doc, spans, gazetteer)
    spans = _extend_over_body_heads(doc, _extend_over_untagged_name_words(doc, spans, gazetteer))
    spans = _join_possessive_places(doc, spans)
    spans = _complete_names_cut_at_connector(doc, _join_name_of_phrase(doc, _join_adjacent_names(doc, spans)))
    spans = _join_fields_before_one_head(doc, spans)
    spans = _first_field_before_and(doc, _join_trades_over_and(doc, spans, _common_nouns(nlp)), _common_nouns(nlp))
    spans = _split_chain_of_units(doc, _units_with_their_number(doc, spans))
    spans.extend(_company_names(doc))
    spans.extend(_judicial_districts(doc))
    spans.extend(_group_names(doc))
    spans.extend(_listed_names(doc))
    for name, acronym in _acronym_definitions(doc):
        spans.extend(x for x in (name, acronym) if x is not None)
    spans = _split_short_name_lists(doc, spans)
    spans.extend(sp for pair in _short_names_in_brackets(doc) for sp in pair)
    spans.extend(name for name, _ in _names_known_as(doc))
    spans.extend(_byline_names(doc))
    credits = _credit_line_names(doc)
    credited = {(sp.start, sp.end) for sp in credits}
    spans = [sp for sp in spans if (sp.start, sp.end) not in credited] + credits
    spans.extend(_dateline_places(doc))
    spans.extend(_named_things(doc))
    spans.extend(_lower_case_bodies(doc, gazetteer))
    spans.extend(_missions_in_a_place(doc, gazetteer))
    kinds, cols = load_place_cues()["named"], columns(doc)
    for _, s, e in _gazetteer_matcher(nlp)(doc):
        if e < len(doc) and cols.lower[e] in kinds and cols.text[e][:1].isupper():
            e += 1  # "Odesa Oblast", "Kyiv Region": the region named after its town is another place
        spans.extend(_extend_over_body_heads(doc, [_whole_words(doc, doc[s:e])]))  # "IRGC" of "IRGC-QF" is not the IRGC;
        # "Sahel" + "Gold Trading": a place opening a company's name
    chosen = filter_spans(spans)  # longest wins, NER spans kept where equal
    covered = {i for sp in chosen for i in range(sp.start, sp.end)}
    out: list[tuple[int, int, str | None]] = [
        (sp.start, sp.end, SHADOW if sp.label_ in NON_ENTITY_LABELS else NER_TYPES.get(sp.label_)) for sp in chosen
    ]
    for sp in chosen:
        label = NER_TYPES.get(sp.label_)
        if label is None:
            continue
        for tok in (sp.root, *sp.root.conjuncts):
            for conj in tok.conjuncts:
                if conj.i not in covered and conj.pos_ == "PROPN" and conj.text[:1].isupper() and not is_title_head(conj) \
                        and not _calendar_word(conj):  # "By A and B / December 4": the date line
                    lo, hi = conj.left_edge.i, conj.i + 1
                    while lo < conj.i and (doc[lo].pos_ != "PROPN" or doc[lo].i in covered):
                        lo += 1
                    if all(i not in covered for i in range(lo, hi)):
                        out.append((lo, hi, label))
                        covered.update(range(lo, hi))
    holders = _names_after_titles(doc, covered, _common_nouns(nlp))
    out = [c for c in out if not any(c[0] < e and s < c[1] for s, e, _ in holders)] + holders  # a holder outranks a part
    items = _list_item_names(doc)
    out = [c for c in out if not any(c[0] < e and s < c[1] for s, e, _ in items)] + items  # an item's name outranks a part
    covered.update(i for s, e, _ in items for i in range(s, e))
    out.extend(_names_after_role_nouns(doc, covered))
    out.extend(_names_before_role_nouns(doc, covered))
    out.extend(_names_after_place_prepositions(doc, covered, _common_nouns(nlp), gazetteer))
    out.extend(_towns_before_their_region(doc, covered, _common_nouns(nlp), gazetteer))
    return sorted(out)


GROUP_NAME_PARTICLES = NAME_PARTICLES | {"wal", "ul", "ut", "e", "i", "ahl"}  # "… wal-Muslimin", "Lashkar-e-Taiba"


def _group_names(doc: Doc) -> list[SpacySpan]:
    """A group's name opened by a transliterated word for a group ("Kata'ib Hezbollah", "Jama'at
    Nusrat al-Islam wal-Muslimin"): the word and the capitalised words and particles after it."""
    out = []
    texts = columns(doc).text
    for tok in (doc[i] for i, text in enumerate(texts) if text[:1].isupper() and _group_lead_word(text)):
        end = tok.i + 1
        while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].is_alpha or doc[end].lower_ in GROUP_NAME_PARTICLES
                                  or (doc[end].text in HYPHENS and not doc[end - 1].whitespace_)):
            end += 1
        while end > tok.i + 1 and not doc[end - 1].text[:1].isupper():
            end -= 1  # a name ends in a word of its own, not "al" or a hyphen
        if end > tok.i + 1:
            name = doc[tok.i : end]
            name.label_ = "ORG"
            out.append(name)
    return out


# a designation entry's name, family name first in capitals: "HUSSEIN, Karim Abbas (a.k.a. AL-HUSSEINI, Karim), …"
LISTED_NAME = re.compile(
    r"(?:^|(?<=a\.k\.a\. )|(?<=\(aka )|(?<=f\.k\.a\. )|(?<=; )|(?<=: ))"
    r"((?:(?:AL|EL|BIN|IBN|ABU)[- ])?[A-Z][A-Z’']+(?:[- ][A-Z][A-Z’']+)*, [A-Z][a-z’']+(?:[ -](?:al|bin|ibn|[A-Z][a-z’']+))*)"
    r"(?= ?[(),;])", re.MULTILINE)
LISTED_NAME_COMMA = re.compile(r"[A-Z’'], [A-Z]")  # where every listed name's family name meets its given names


def _listed_names(doc: Doc) -> list[SpacySpan]:
    """Names as sanctions lists write them, family name first in capitals and a comma before
    the given names ("HUSSEIN, Karim Abbas"): one person's name, not an organisation and a person."""
    out = []
    text = doc_text(doc)
    if LISTED_NAME_COMMA.search(text) is None:  # most articles list no one: spared the slower pattern's scan
        return out
    for match in LISTED_NAME.finditer(text):
        name = doc.char_span(match.start(1), match.end(1), label="PERSON")
        dateline = any(sp.start == name.start for sp in _dateline_places(doc)) if name is not None else False
        if name is not None and len(name) >= 3 and not dateline:  # "BEIRUT, Lebanon (AP) —" opens a report
            out.append(name)
    return out


def _company_names(doc: Doc) -> list[SpacySpan]:
    """A company's whole name up to its legal form, which the tagger often cuts or misses: the
    capitalised words before the form, in title case or capitals ("Al Fursan General Trading
    L.L.C.", "GLOBAL MARINE SERVICES FZE"), a second form after a comma ("… Co., Ltd."), a Spanish
    form joined by "de" ("S.A. de C.V."), and an abbreviated form set off by a comma, as
    registers write it ("Cambios del Norte, S.A.", "Acme Trading, Inc.")."""
    suffixes = load_company_words()["suffix"]
    out = []
    for tok in tokens_where(doc, "lower", suffixes, start=1):
        if not tok.text[:1].isupper():
            continue
        end = _legal_form_end(doc, tok.i)
        if end < len(doc) and doc[end].lower_ in suffixes:
            continue  # the name goes on to the next form ("Pte. Ltd.", "Sdn. Bhd.")
        if tok.i > 1 and doc[tok.i - 1].lower_ == "de" and doc[tok.i - 2].lower_ in suffixes:
            continue  # "C.V." of "S.A. de C.V.": read with the form before it
        if end + 1 < len(doc) and doc[end].lower_ == "de" and doc[end + 1].lower_ in suffixes:
            end += 2
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in suffixes and doc[end + 1].text[:1].isupper():
            end = _legal_form_end(doc, end + 1)
        start = tok.i
        while start > 0 and (doc[start - 1].lower_ in suffixes or _split_full_stop_of_form(doc, start - 1)):
            start -= 1
        if start > 1 and doc[start - 1].text == "," and "." in doc[start].text and doc[start - 2].text[:1].isupper() \
                and doc[start - 2].lower_ not in suffixes:
            start -= 1  # "Cambios del Norte, S.A.": the name goes on before the comma
        while start > 0 and (doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() or doc[start].text == ","
                             or _particle_inside_name(doc, start - 1) or _hyphen_in_a_name(doc[start - 1])) \
                and doc[start - 1].ent_type_ not in ("DATE", "TIME"):
            start -= 1
        if start < tok.i and doc[start].lower_ not in suffixes:
            name = doc[start:end]
            name.label_ = "ORG"
            out.append(name)
    return out


def _split_full_stop_of_form(doc: Doc, i: int) -> bool:
    """A full stop the tokenizer split off an abbreviated legal form ("Pte" + "."): the form's own when the
    name or the sentence goes on after it ("Pte. Ltd.", "Sdn. Bhd., located in …") or when the form is
    written with a stop ("Bhd."); otherwise it ends the sentence ("… to Mahan Air.", "… Google LLC.")."""
    form = doc[i - 1] if i > 0 else None
    suffixes = load_company_words()["suffix"]
    if form is None or doc[i].text != "." or form.whitespace_ or form.lower_ not in suffixes:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    goes_on = after is not None and (after.lower_ in suffixes or after.text in (",", ";") or after.text.islower())
    return goes_on or form.lower_ + "." in suffixes


def _legal_form_end(doc: Doc, i: int) -> int:
    """The end of the legal form at token ``i``, its full stop included where the tokenizer split it off."""
    return i + 2 if i + 1 < len(doc) and _split_full_stop_of_form(doc, i + 1) else i + 1


def _particle_inside_name(doc: Doc, i: int) -> bool:
    """"del" of "Cambios del Valle Norte": a lower-case particle between two capitalised words."""
    return 0 < i and doc[i].text.islower() and doc[i].lower_ in NAME_PARTICLES \
        and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()


# a US federal judicial district, with the court or prosecutors' office named after it:
# "the Southern District of Florida", "the U.S. District Court for the Eastern District of New York",
# "U.S. Attorney's Office, Western District of Washington" (the office's name as its releases head them)
JUDICIAL_DISTRICT = re.compile(
    r"(?:(?:(?:U\.S\.|US|United States) )?(?:District|Bankruptcy) Court for the "
    r"|(?:(?:U\.S\.|US|United States) )?Attorney[’']s Office(?: for the|,) )?"
    r"(?:Northern|Southern|Eastern|Western|Middle|Central) District of [A-Z][a-z]+(?: (?:[A-Z][a-z]+|of Columbia))?")


def _judicial_districts(doc: Doc) -> list[SpacySpan]:
    """A federal judicial district is one body, the court or the prosecutors' office that serves it
    ("Assistant U.S. Attorney X for the Southern District of Florida"), not a place named "Southern
    District" and a state; "the U.S. District Court for the …" is that court, whole."""
    out: list[SpacySpan] = []
    text = doc_text(doc)
    if "District of " not in text:  # in every district's name: most articles are spared the pattern's scan
        return out
    for match in JUDICIAL_DISTRICT.finditer(text):
        name = doc.char_span(match.start(), match.end(), label="ORG", alignment_mode="contract")
        if name is not None and len(name):
            out.append(name)
    return out


def _lower_case_bodies(doc: Doc, gazetteer: Gazetteer) -> list[SpacySpan]:
    """A known body written in lower case after its country ("the Russian foreign ministry")."""
    out = []
    cols = columns(doc)
    for tok in tokens_where(doc, "lower", load_org_heads()):
        if not tok.text.islower():
            continue
        for start in range(max(tok.i - 3, 0), tok.i):
            if not cols.text[start][:1].isupper() or cols.lower[start] == "the":
                continue
            words = doc[start : tok.i + 1]
            if gazetteer.lookup(_capitalised(words.text)):
                words.label_ = "ORG"
                out.append(words)
                break
    return out


def _capitalised(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


def _named_things(doc: Doc) -> list[SpacySpan]:
    """Capitalised names of laws, meetings and the like ("Paris Climate Accord", "Caesar Syria
    Civilian Protection Act"): they hide the place or person names inside them."""
    out = []
    for tok in tokens_where(doc, "lower", word_set("non_entity_heads.txt"), start=1):
        if not tok.text[:1].isupper():
            continue
        start = tok.i
        while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in ("of", "and")) and not doc[start - 1].is_sent_start:
            start -= 1
        while start < tok.i and not doc[start].text[:1].isupper():
            start += 1
        if start < tok.i:
            out.append(doc.char_span(doc[start].idx, tok.idx + len(tok.text), label="LAW"))
    return [sp for sp in out if sp is not None]


def _whole_words(doc: Doc, span: SpacySpan) -> SpacySpan:
    """A name never stops inside a word: "Chan" of "Chan-o-cha" grows to the whole word (unless
    the rest is a name of its own: "US-Russia"), and an
    Arabic name whose ayn or hamza marks split it ("Jami’ ‘Ali Muhammad") is taken whole."""
    start, end = span.start, span.end
    while end < len(doc) and not doc[end - 1].whitespace_ and not doc[end - 1].is_space:  # a line break is a gap
        if _particle_link_at(doc, end):
            end += 4  # "Tehreek" + "-i-Taliban", "Dand" + "-i-Patan": one name, whatever the second word is alone
            continue
        glued = doc[end] if doc[end].is_alpha else None  # "Pho-o-" + "rat"
        if glued is None and doc[end].text in HYPHENS and not doc[end].whitespace_ and end + 1 < len(doc):
            glued = doc[end + 1] if doc[end + 1].is_alpha else None  # "Chan" + "-o-cha"
        if glued is None or not (glued.pos_ == "PROPN" or span.label_ == "PERSON"):
            break
        if glued.text.islower() and glued.text.endswith("ed"):
            break  # "Gabon-flagged", "Tehran-backed": a participle after the name, not more of it
        if glued.ent_iob_ == "B" or load_gazetteer().lookup(glued.text):
            break  # "US-Russia talks": two names
        end = glued.i + 1
    while start >= 4 and _particle_link_at(doc, start - 3) and doc[start - 4].text[:1].isupper() and not doc[start - 4].whitespace_:
        start -= 4  # "Taliban" of "Tehreek-i-Taliban"
    if start >= 2 and doc[start - 1].text == "‘" and not doc[start - 1].whitespace_ and doc[start - 2].text == "’" \
            and start >= 3 and not doc[start - 3].whitespace_ and doc[start - 3].text[:1].isupper():
        start -= 3
    if (start, end) == (span.start, span.end):
        return span
    return _respanned(span, start, end)


def _respanned(span: SpacySpan, start: int, end: int) -> SpacySpan:
    """The same entity over other tokens of its doc (grown over a title, a particle, an ordinal …)."""
    grown = span.doc[start:end]
    grown.label_ = span.label_
    return grown


HYPHENS = {"-", "‐", "‑"}


def _particle_link_at(doc: Doc, i: int) -> bool:
    """Tokens ``i`` to ``i + 3`` are a hyphen, a lower-case linking particle, a hyphen and a
    capitalised word, all glued ("-i-Taliban", "-e-Jhangvi", "-ut-Tahrir"): the Persian and Urdu
    ezafe and the Arabic article join the words of one name in South Asian copy."""
    if i <= 0 or i + 3 >= len(doc):
        return False
    texts = columns(doc).text
    if texts[i] not in HYPHENS or texts[i + 2] not in HYPHENS:
        return False  # read from the columns: most words are no hyphen, and build no tokens
    hyphen, particle, second, word = doc[i : i + 4]
    return hyphen.text in HYPHENS and second.text in HYPHENS and particle.text.islower() \
        and particle.lower_ in GROUP_NAME_PARTICLES and word.text[:1].isupper() and word.is_alpha \
        and not (doc[i - 1].whitespace_ or hyphen.whitespace_ or particle.whitespace_ or second.whitespace_)


def _extend_given_names(doc: Doc, spans: list[SpacySpan], common: frozenset[str]) -> list[SpacySpan]:
    """A person's name the tagger started late, after a long title ("Senior Superintendent
    Yolanda Yu" tagged "Yu") or at the start of a clause, after a comma or a verb ("Olumide
    Adewale Adebayo, 37," and "designating Abdelrahim Osman Karrar" tagged from the second name,
    not "… for Terrorism and Financial Intelligence Daniel Rosenthal"): capitalised
    proper nouns before it that are no title words join it; without a title only first names
    (no known place, body, nationality or English common noun)."""
    out = []
    words = _title_words()
    gazetteer = load_gazetteer()
    for span in spans:
        start = span.start
        while start > 0 and span.label_ == "PERSON" and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in words and doc[start - 1].whitespace_ \
                and not _titles_or_person_nouns(doc[start - 1]):
            start -= 1
        opens_name = start != span.start and span.start - start <= 2 \
            and (doc[start].is_sent_start or doc[start - 1].text == "," or doc[start - 1].pos_ == "VERB") \
            and all(_given_name(t, gazetteer) and not t.text.isupper() and t.lower_ not in common  # not "OOO",
                    for t in doc[start : span.start])  # nor "Congresswoman Alma Reyes", "Billionaire Elon Musk"
        grows = opens_name or (start != span.start and start > 0 and doc[start - 1].text[:1].isupper()
                               and _titles_or_person_nouns(doc[start - 1]))
        if not grows and span.label_ == "PERSON":
            start = _given_names_after_a_portfolio_or_bullet(doc, span.start, common, gazetteer)
            grows = start != span.start
        out.append(_respanned(span, start, span.end) if grows else span)
    return out


def _closes_a_titles_portfolio(doc: Doc, last: int) -> bool:
    """Token ``last`` ends the portfolio of a capitalised title ("Minister of National Defence")."""
    i = last
    while i > 0 and last - i < 6 and (doc[i].text[:1].isupper() or doc[i].lower_ in PORTFOLIO_LINKS | {"and"}):
        if doc[i].text[:1].isupper() and is_title_head(doc[i]) and i < last and doc[i + 1].lower_ in PORTFOLIO_LINKS:
            return True
        i -= 1
    return False


def _given_names_after_a_portfolio_or_bullet(doc: Doc, first: int, common: frozenset[str], gazetteer: Gazetteer) -> int:
    """Where a person's name starts that the tagger began at token ``first``: one or two first names
    before it, after a title's portfolio ("Minister of National Defence Władysław X": a capitalised
    common noun) or a list's bullet ("- Róger Antonio X, son of …")."""
    start = first
    while first - start < 2 and start > 0 and _given_name(doc[start - 1], gazetteer) and doc[start - 1].pos_ == "PROPN" \
            and not doc[start - 1].text.isupper() and doc[start - 1].lower_ not in common:
        start -= 1
    if start == first or start == 0:
        return first
    before = doc[start - 1]
    portfolio = before.text[:1].isupper() and before.is_alpha and before.lower_ in common and _closes_a_titles_portfolio(doc, start - 1)
    bullet = LIST_MARKER.fullmatch(before.text + before.whitespace_) is not None and (start == 1 or "\n" in doc[start - 2].whitespace_ or doc[start - 2].is_space)
    return start if portfolio or bullet else first


def _extend_over_family_names_in_capitals(doc: Doc, spans: list[SpacySpan], gazetteer: Gazetteer) -> list[SpacySpan]:
    """A person's name as designation lists and Korean and Chinese official copy write it, the family
    name first in capitals ("PAK Chol Min", "KANG Chol Ho"), which the tagger starts at the given
    names: one capitalised word right before them, opening its phrase, joins the name, unless it is a
    title, a role, a company's legal form, a list's field or a known place, body or acronym ("UN Special
    Rapporteur X", "BBC", "Lithuanian MEP X", "OOO X", "POB X")."""
    out = []
    words = _title_words()
    for span in spans:
        family = doc[span.start - 1] if span.start > 0 else None
        if span.label_ == "PERSON" and family is not None and family.is_alpha and family.text.isupper() \
                and 2 <= len(family.text) <= 8 and family.whitespace_ and family.lower_ not in words \
                and not _titles_or_person_nouns(family) and family.lower_ not in load_role_nouns() \
                and family.lower_ not in load_company_words()["prefix"] and family.text not in load_designation_fields() \
                and (family.i == 0 or doc[family.i - 1].pos_ not in ("DET", "ADJ", "NOUN", "PROPN")) \
                and all(t.text[:1].isupper() and not t.text.isupper() for t in span) \
                and gazetteer.lookup(family.text) is None and gazetteer.lookup(family.text.title()) is None \
                and family.ent_type_ in UNNAMED_ENT_TYPES | {"PERSON"}:
            span = _respanned(span, span.start - 1, span.end)
        out.append(span)
    return out


def _untagged_name_word(token: Token, gazetteer: Gazetteer) -> bool:
    """A capitalised proper noun the tagger gave no type, that is no title, date or known name of its own."""
    return token.ent_type_ == "" and token.pos_ == "PROPN" and token.is_alpha and token.text[:1].isupper() \
        and not token.text.isupper() and not token.is_sent_start and not is_title_head(token) \
        and token.lower_ not in _title_words() and gazetteer.lookup(token.text) is None


def _extend_over_untagged_name_words(doc: Doc, spans: list[SpacySpan], gazetteer: Gazetteer) -> list[SpacySpan]:
    """A name the tagger cut before its last words, which it left untyped: a person's last surnames
    ("Foreign Minister Nuno Ferraz" + "Lobo told reporters", "Héctor Aurelio" + "Ledezma Quiroz"), a
    place's second word before the kind of place it is ("Stung" + "Treng province")."""
    out = []
    place_nouns, lower = load_place_cues()["noun"], columns(doc).lower
    for span in spans:
        end = span.end
        if lower[end - 1] not in POSSESSIVE_MARKS:  # not "Ben Ali's" + "Presidency"
            while end < len(doc) and end - span.end < 2 and doc[end - 1].whitespace_ and _untagged_name_word(doc[end], gazetteer):
                end += 1
        after = doc[end] if span.end < end < len(doc) else None
        if after is not None:
            surnames = span.label_ == "PERSON" and len(span) >= 2 and not after.text[:1].isupper()
            place_word = span.label_ in ("GPE", "LOC") and after.text.islower() and after.lemma_.lower() in place_nouns
            if surnames or place_word:
                span = _respanned(span, span.start, end)
        out.append(span)
    return out


def _extend_over_body_heads(doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
    """A body's name the tagger cut before its last words, which it left untyped, ending in a word
    that heads an organisation's name ("Al-Wadi Al-Akhdar" + "General Trading", "Haddad" + "Brothers
    Group", a place opening a company's name: "Sahel" + "Gold Trading"): the whole is the
    organisation's name, whatever the tagger or the gazetteer called its first part."""
    out = []
    heads, cols = _body_name_ends(), columns(doc)
    for span in spans:
        end = span.end
        while span.label_ in ("PERSON", "ORG", "GPE", "") and cols.text[span.end - 1][:1].isupper() and end < len(doc) \
                and end - span.end < 3 and cols.ent_type[end] == "" and cols.pos[end] == "PROPN" and cols.text[end][:1].isupper() \
                and doc[end - 1].whitespace_ and doc[end].is_alpha:
            end += 1
        while end > span.end and cols.lower[end - 1] not in heads:
            end -= 1
        if end > span.end:
            span = _respanned(span, span.start, end)
            span.label_ = "ORG"
        out.append(span)
    return out


def _extend_names_over_particles(doc: Doc, spans: list[SpacySpan], gazetteer: Gazetteer) -> list[SpacySpan]:
    """A name with a particle the tagger cut after its first names ("Frans van der Linden"
    tagged "Linden", "Ana Paula de Souza" tagged "Paula de Souza"): the particles and the
    capitalised given names before them join it, unless they are a title, a known name or a
    nationality word; a name cut after its particle ("Ursula von der") takes the surname."""
    out = []
    for span in spans:
        if span.label_ == "PERSON" and span[-1].lower_ in NAME_PARTICLES and span[-1].text.islower() and span.end < len(doc) \
                and doc[span.end].is_alpha and doc[span.end].text[:1].isupper():
            span = doc[span.start : span.end + 1]  # "Ursula von der" + "Leyen": a name never ends in a particle
            span.label_ = "PERSON"
        start = span.start
        while span.label_ == "PERSON" and start > 0 and doc[start - 1].lower_ in NAME_PARTICLES and doc[start - 1].text.islower():
            start -= 1
        if span.label_ == "PERSON" and (start < span.start or any(t.text in NAME_PARTICLES for t in span[1:-1])):
            given = start
            while given > 0 and start - given < 2 and _given_name(doc[given - 1], gazetteer):
                given -= 1
            if given < start:
                out.append(_respanned(span, given, span.end))
                continue
        out.append(span)
    return out


def _join_possessive_places(doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
    """A place named after someone, cut by the tagger at the possessive ("St. Peter" + "'s
    Square", "Martyrs" + "' Square"): the capitalised place noun after it completes the name."""
    out = []
    nouns = load_place_cues()["noun"]
    marks = POSSESSIVE_MARKS | {"'", "’"}
    cols = columns(doc)
    text, lower = cols.text, cols.lower
    for span in spans:
        noun = span.end if lower[span.end - 1] in marks else span.end + 1  # the tagger may keep the "'s"
        if noun < len(doc) and lower[noun - 1] in marks and text[noun][:1].isupper() \
                and lower[noun] in nouns and span.label_ in ("GPE", "LOC", "FAC", "PERSON"):
            span = doc[span.start : noun + 1]
            span.label_ = "FAC"
        out.append(span)
    return out


def _given_name(token: Token, gazetteer: Gazetteer) -> bool:
    """A capitalised word that may be a first name: no title, known name, nationality or date."""
    return (token.is_alpha and token.text[:1].isupper() and bool(token.whitespace_) and token.ent_type_ in ("", "NORP", "PERSON")
            and token.lower_ not in _title_words() and not _titles_or_person_nouns(token)
            and gazetteer.lookup(token.text) is None and gazetteer.demonym(token.text) is None)


def _titles_or_person_nouns(token: Token) -> bool:
    """A word that stands before a person's name as a title ("Minister", "Superintendent")."""
    return is_title_head(token) or token.lower_ in word_set("person_nouns.txt")


def _split_leading_body(doc: Doc, spans: list[SpacySpan], gazetteer: Gazetteer) -> list[SpacySpan]:
    """An organisation's name run into the person's name after it ("director of Amnesty
    International Jane Doe"): the known organisation and the name are two mentions; a run ending in
    a body's head word is the body's own unit ("the European Union Election Observation Mission"), and
    one ending in a title an office ("the African Union Commission Chairperson")."""
    out: list[SpacySpan] = []
    for span in spans:
        split = None
        if span.label_ in ("ORG", "PERSON") and len(span) >= 4:
            for cut in range(span.start + 2, span.end - 1):
                head = doc[span.start : cut]
                entry = gazetteer.lookup(head.text)
                if entry is None or entry.type != "Organization":
                    continue
                rest = doc[cut : span.end]
                pieces_ok = all(_name_word(t) or t.text in HYPHENS or doc[t.i - 1].text in HYPHENS for t in rest)
                owned = head[-1].lower_ in POSSESSIVE_MARKS or rest[-1].lower_ in load_org_heads()  # "the IRGC's Quds Force"
                office = is_title_head(rest[-1])  # "the African Union Commission Chairperson": a title, not a name
                if rest[0].text[:1].isupper() and pieces_ok and not owned and not office:
                    split = (head, rest)
        if split:
            head, rest = split
            head.label_, rest.label_ = "ORG", "PERSON"
            out.extend(split)
        else:
            out.append(span)
    return out


def _split_portfolio_place_from_holder(doc: Doc, spans: list[SpacySpan], gazetteer: Gazetteer) -> list[SpacySpan]:
    """A title's portfolio place run into its holder's name ("Secretary of State for Northern
    Ireland Hilary Benn", or only "… Ireland Hilary" with "Benn" left out): after a title's "for",
    a known place opening the span, then two or three name words, the span's rest and the
    capitalised words after it, are two mentions."""
    out: list[SpacySpan] = []
    holders: list[SpacySpan] = []
    lower = columns(doc).lower
    for span in spans:
        after_title = span.start >= 2 and lower[span.start - 1] == "for" and any(
            is_title_head(t) and t.text[:1].isupper() for t in doc[max(0, span.start - 5) : span.start - 1])
        cut = next((c for c in range(span.end - 1, span.start, -1)
                    if after_title and (e := gazetteer.lookup(doc[span.start : c].text)) and e.type == "Place"), None)
        end = span.end
        while cut is not None and end < len(doc) and end - cut < 3 and doc[end].pos_ == "PROPN" and _name_word(doc[end]):
            end += 1
        if cut is None or not 2 <= end - cut <= 3 or not all(_name_word(t) for t in doc[cut:end]):
            out.append(span)
            continue
        place, holder = doc[span.start : cut], doc[cut:end]
        place.label_, holder.label_ = "GPE", "PERSON"
        out.append(place)
        holders.append(holder)
    taken = {i for h in holders for i in range(h.start, h.end)}  # "Benn", tagged alone after "… Ireland Hilary"
    return [sp for sp in out if not any(i in taken for i in range(sp.start, sp.end))] + holders


def _ministry_with_its_country(doc: Doc, spans: list[SpacySpan], gazetteer: Gazetteer) -> list[SpacySpan]:
    """"Ukraine's Foreign Ministry", "Kenya's Ministry of Health": a ministry named after its
    country's possessive is that country's ministry, so its name keeps the country, and two
    countries' foreign ministries in one article stay two bodies."""
    owners = {sp.end: sp for sp in spans if sp.label_ == "GPE"}
    joined: dict[int, SpacySpan] = {}  # the owner's start → the ministry with its owner
    merged: set[int] = set()  # the starts of the ministries joined to their owner
    for span in spans:
        owner = owners.get(span.start - 1)
        if span.label_ != "ORG" or owner is None or doc[span.start - 1].lower_ not in POSSESSIVE_MARKS \
                or not any(t.lower_ in MINISTRY_NOUNS and t.text[:1].isupper() for t in span):
            continue
        entry = gazetteer.lookup(owner.text)
        if entry is not None and entry.subtype == "Country":
            whole = doc[owner.start : span.end]
            whole.label_ = "ORG"
            joined[owner.start] = whole
            merged.add(span.start)
    return [_with_its_nationality(doc, joined.get(sp.start, sp), gazetteer) for sp in spans if sp.start not in merged]


def _with_its_nationality(doc: Doc, span: SpacySpan, gazetteer: Gazetteer) -> SpacySpan:
    """"Chinese" + "Foreign Ministry": a ministry named by its country's adjective, which the tagger
    left out, keeps it ("the Foreign Ministry" alone is the home country's)."""
    before = doc[span.start - 1] if span.start > 0 else None
    if span.label_ != "ORG" or before is None or before.ent_type_ != "NORP" or any(t.lower_ == "of" for t in span) \
            or not any(t.lower_ in MINISTRY_NOUNS and t.text[:1].isupper() for t in span):
        return span
    country = gazetteer.demonym(before.text)
    return _respanned(span, span.start - 1, span.end) if country is not None and country.subtype == "Country" else span


def _split_listed_bodies(doc: Doc, spans: list[SpacySpan], gazetteer: Gazetteer) -> list[SpacySpan]:
    """Two bodies or places the tagger ran into one name over their "and" ("the World Health Organization
    and Médecins Sans Frontières", "between Oruro and Tarija"): when the words before the "and" are a known
    organisation or place and the whole is not ("Bosnia and Herzegovina", "… Ministry of Industry and Trade"),
    they are two, the second of the first one's kind."""
    out: list[SpacySpan] = []
    cols = columns(doc)
    text, lower = cols.text, cols.lower
    for span in spans:
        start = span.start + 1 if lower[span.start] == "the" else span.start
        cut = next((i for i in range(span.start + 1, span.end - 1) if text[i] == "and"), None)
        entry = gazetteer.lookup(doc[start:cut].text) if cut is not None and cut > start else None
        if span.label_ not in ("ORG", "GPE", "LOC") or entry is None \
                or not doc[cut + 1].text[:1].isupper() or gazetteer.lookup(doc[start : span.end].text):
            out.append(span)
            continue
        first, second = doc[start:cut], doc[cut + 1 : span.end]
        first.label_ = second.label_ = "ORG" if entry.type == "Organization" else "GPE"
        out.extend((first, second))
    return out


def _split_at_possessive(doc: Doc, spans: list[SpacySpan], gazetteer: Gazetteer) -> list[SpacySpan]:
    """An organisation's name the tagger ran through a possessive. "The Treasury Department's
    Office of Foreign Assets Control" names two bodies, the owner and the owned ("Office of …",
    "Bureau of …", or both named by an organisational word: "the National Security Division’s
    Counterintelligence and Export Control Section"); "Obama's Administration" names Obama and his time in office, so the owner
    alone: a person, unless the gazetteer knows the name ("Hamas's Government"). Company names
    with a possessive ("Moody's Investors Service", "McDonald's Corporation") match neither
    form and stay whole."""
    out: list[SpacySpan] = []
    lower = columns(doc).lower
    for span in spans:
        cut = next((i for i in range(span.start + 1, span.end - 1) if lower[i] in POSSESSIVE_MARKS), None)
        if span.label_ == "PERSON" and cut is not None:  # "President Donald J. Trump's Meeting with …": the person
            person = doc[span.start : cut]  # (no one's name runs on past a possessive)
            person.label_ = "PERSON"
            out.append(person)
            continue
        if span.label_ != "ORG" or cut is None or span[0].pos_ == "PRON":  # "Her Majesty's Government"
            out.append(span)
            continue
        owner, owned = doc[span.start : cut], doc[cut + 1 : span.end]
        heads = load_org_heads()
        bodies = owner[-1].lower_ in heads and owned[-1].lower_ in heads and len(owned) >= 2  # "X Division’s Y Section"
        if bodies and _another_bodys_short_name(owner, owned, gazetteer):
            out.append(span)  # "the Kurdistan Regional Government's Security Council": its own council, not the UN's
            continue
        if bodies or (len(owned) >= 3 and owned[0].lower_ in heads and owned[1].lower_ == "of" and owned[-1].text[:1].isupper()):
            owner.label_ = owned.label_ = "ORG"
            out.extend((owner, owned))
        elif len(owned) == 1 and owned[0].lower_ in word_set("tenure_nouns.txt"):
            if not gazetteer.lookup(owner.text):
                owner.label_ = "PERSON"
            out.append(owner)
        else:
            out.append(span)
    return out


def _another_bodys_short_name(owner: SpacySpan, owned: SpacySpan, gazetteer: Gazetteer) -> bool:
    """The owned body's name is the short form the gazetteer gives a body of someone else ("Security Council" for
    the UN's): an owner not of that body ("X's Security Council") has a council of its own of that name."""
    known = gazetteer.lookup(owned.text)
    if known is None or known.type != "Organization" or gazetteer.normal(owned.text) == gazetteer.normal(known.name):
        return False
    return gazetteer.lookup(f"{owner.text} {owned.text}") is not known


SPACED_DASHES = {"-", "–", "—"}


def _split_at_separators(doc: Doc, spans: list[SpacySpan], gazetteer: Gazetteer) -> list[SpacySpan]:
    """A name the tagger ran over a dash set off by spaces ("Ottawa, Ontario - Global Affairs Canada": a release's
    date line, then its author) or over a headline's colon ("DR Congo: Security Council demands …"): no name holds
    either, so each side is a name of its own, a known place a place."""
    out: list[SpacySpan] = []
    text = columns(doc).text
    for span in spans:
        inner = (doc[i] for i in range(span.start + 1, span.end - 1) if text[i] in SPACED_DASHES or text[i] == ":")
        cuts = [t.i for t in inner if t.whitespace_ and (
            (t.text in SPACED_DASHES and doc[t.i - 1].whitespace_) or (t.text == ":" and not doc[t.i - 1].whitespace_))]
        if not cuts:
            out.append(span)
            continue
        for lo, hi in zip([span.start, *(c + 1 for c in cuts)], [*cuts, span.end]):
            piece = doc[lo:hi]
            entry = gazetteer.lookup(piece.text)
            piece.label_ = "GPE" if entry is not None and entry.type == "Place" else span.label_
            out.append(piece)
    return out


def _join_owner_to_its_body(doc: Doc, spans: list[SpacySpan], gazetteer: Gazetteer) -> list[SpacySpan]:
    """A body's name the tagger cut after its owner's possessive ("[the Palestinian Authority's] [Security
    Council]") when the rest alone is another body's short name: one name, the owner's own council."""
    return _joined_where(doc, spans, lambda prev, span: prev.end == span.start and prev.label_ == span.label_ == "ORG"
                         and len(prev) > 1 and prev[-1].lower_ in POSSESSIVE_MARKS
                         and _another_bodys_short_name(prev[:-1], span, gazetteer))


def _joined_where(doc: Doc, spans: list[SpacySpan], joins: Callable[[SpacySpan, SpacySpan], bool]) -> list[SpacySpan]:
    """The spans, each that ``joins`` the one before it made one organisation's name with it."""
    out: list[SpacySpan] = []
    for span in spans:
        if out and joins(out[-1], span):
            joined = doc[out[-1].start : span.end]
            joined.label_ = "ORG"
            out[-1] = joined
        else:
            out.append(span)
    return out


def _join_name_of_phrase(doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
    """A body's name the tagger cut at its "for" ("the Tunisian League" + "the Defence of Human
    Rights"): an organisational word, "for" and a capitalised name make one name ("of" often
    joins two bodies: "the Command of the Defence Forces"); a name tagged up to its "for" or
    "of" goes on in the name tagged right after it, and "… of A" + "and" + "B Societies" and
    "… for A" + "and" + "B" (a second field, no body) are one name."""

    def joins(last: SpacySpan, span: SpacySpan) -> bool:
        if last.label_ != "ORG" or not last.end <= span.start <= last.end + 2:
            return False  # each join below is of a body's name and a name at most two words after it
        cut_at_for = last.label_ == "ORG" and span.label_ in ("ORG", "WORK_OF_ART") \
            and last[-1].lower_ in load_org_heads() and last.end < span.start <= last.end + 2 \
            and doc[last.end].lower_ == "for" and all(t.lower_ == "the" for t in doc[last.end + 1 : span.start]) \
            and span[-1].text[:1].isupper()
        # "the U.S. Agency for" + "International Development": a name never ends in "for" or "of"
        ends_in_connector = last.label_ == "ORG" and span.label_ == "ORG" and last.end == span.start \
            and len(last) > 1 and last[-1].lower_ in ("for", "of") and span[-1].text[:1].isupper()
        # "the International Federation of Red Cross" + "and" + "Red Crescent Societies": the plural head
        # word names the members of the "of" phrase, so the "and" is inside the one name
        plural_members = last.label_ == "ORG" and span.label_ == "ORG" and span.start == last.end + 1 \
            and doc[last.end].lower_ == "and" and any(t.lower_ == "of" for t in last) and _plural_org_head(span[-1].lower_)
        # "the Center for Volcanology" + "and" + "Geological Hazard Mitigation", "the Court on Human" + "and" +
        # "Peoples' Rights": a second field of the body's "for" or "on" phrase, no body of its own (no
        # organisational word or known name ends it)
        second_field = last.label_ == "ORG" and span.label_ == "ORG" and span.start == last.end + 1 \
            and doc[last.end].lower_ == "and" and any(t.lower_ in ("for", "on") for t in last) and last[-1].lower_ not in ("for", "on") \
            and span[0].lower_ != "the" and span[-1].lower_ not in _body_name_ends() \
            and load_gazetteer().lookup(span.text) is None
        # "the Supreme Court" + "of" + "Pakistan", "the U.S. Embassy" + "in" + "Kyiv": a body of a country, a
        # mission in a place, named whole
        link = doc[last.end].lower_ if last.end < len(doc) else None
        posted = any(t.lower_ in POSTED_BODIES for t in last)
        body_of_place = last.label_ == "ORG" and _names_a_place(span) and span.start == last.end + 1 \
            and not any(t.lower_ in ("of", "in") for t in last) \
            and ((link == "of" and last[-1].lower_ in load_org_heads() - load_company_words()["suffix"])
                 or (link == "in" and posted))
        return cut_at_for or ends_in_connector or plural_members or second_field or body_of_place

    return _joined_where(doc, sorted(spans, key=lambda sp: sp.start), joins)


def _join_fields_before_one_head(doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
    """One body named for two fields, which the tagger cut at their "and" ("the African Union Peace"
    + "and" + "Security Council", "the Foreign Affairs" + "and" + "National Defense Committee"): after
    "the", a first part not ending in an organisational word names no body alone, so the two parts
    and their one head word are one name ("the Ukrainian Army and Wagner Group", "the Office for Victims of
    Crime and Acme Legal Services Inc." are two)."""
    heads = load_org_heads() - load_company_words()["suffix"]

    def joins(last: SpacySpan, span: SpacySpan) -> bool:
        if span.start != last.end + 1:
            return False  # one word, the "and", between the parts
        opened = last[0].lower_ == "the" or (last.start > 0 and doc[last.start - 1].lower_ == "the")
        return (opened and last.label_ == "ORG" and span.label_ in ("ORG", "PERSON")
                and span.start == last.end + 1 and doc[last.end].lower_ == "and" and span[-1].lower_ in heads
                and span[0].lower_ != "the" and not any(t.lower_ in ("of", "for") for t in last)
                and last[-1].text[:1].isupper() and last[-1].lower_ not in heads | load_company_words()["suffix"]
                and load_gazetteer().lookup(last.text) is None)

    return _joined_where(doc, sorted(spans, key=lambda sp: sp.start), joins)


POSTED_BODIES = {"embassy", "consulate", "mission"}  # named with the place they are posted in


def _missions_in_a_place(doc: Doc, gazetteer: Gazetteer) -> list[SpacySpan]:
    """A country's mission abroad, named by its nationality or country and the city it is posted in,
    in any case ("the Chinese embassy in Honiara", "the U.S. Embassy in Kyiv", "the British High
    Commission in Nairobi", "the Iranian consulate in Herat"): one body, the place and all, since
    a country has one embassy in every capital and a reader names it so."""
    out = []
    for tok in tokens_where(doc, "lower", POSTED_BODIES | {"commission"}):
        high_commission = tok.lower_ == "commission" and tok.i > 0 and doc[tok.i - 1].lower_ == "high"
        if not (tok.lower_ in POSTED_BODIES or high_commission) or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "in":
            continue
        body_start = tok.i - high_commission
        owner = next((doc[start:body_start] for start in range(max(body_start - 3, 0), body_start)
                      if _names_a_country(doc[start:body_start], gazetteer)), None)
        place_end = next((end for end in range(min(tok.i + 6, len(doc)), tok.i + 2, -1)
                          if doc[end - 1].text[:1].isupper() and _known_place(doc[tok.i + 2 : end].text, gazetteer)), None)
        if owner is None or place_end is None:
            continue
        mission = doc[owner.start : place_end]
        mission.label_ = "ORG"
        out.append(mission)
    return out


def _names_a_country(words: SpacySpan, gazetteer: Gazetteer) -> bool:
    """"Chinese", "South Korean", "U.S.", "France": a nationality word or a country's name."""
    entry = gazetteer.demonym(words.text) if len(words) <= 2 and words.text[:1].isupper() else None
    entry = entry or gazetteer.lookup(words.text)
    return entry is not None and words[0].text[:1].isupper() and entry.subtype == "Country"


def _known_place(text: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.lookup(text)
    return entry is not None and entry.type == "Place"


ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)")


def _units_with_their_number(doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
    """A unit's name the tagger started after its ordinal ("3rd" + "Marine Littoral Regiment",
    "82nd" + "Airborne Division"): the number is part of the name."""
    out: list[SpacySpan] = []
    for span in spans:
        if span.label_ == "ORG" and span.start > 0 and ORDINAL_NUMBER.fullmatch(doc[span.start - 1].text):
            span = _respanned(span, span.start - 1, span.end)
        out.append(span)
    return out


def _split_chain_of_units(doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
    """A chain of units from the department down, as signatures of releases write it ("Department
    of Commerce, Bureau of Industry and Security, Office of Export Enforcement"): each unit is a
    body of its own, so a name tagged over the commas is split where every piece is "<Body> of …"."""
    out: list[SpacySpan] = []
    heads, text = load_org_heads(), columns(doc).text
    for span in spans:
        cuts = [i for i in range(span.start, span.end) if text[i] == ","] if span.label_ == "ORG" else []
        if not cuts:
            out.append(span)
            continue
        bounds = list(zip([span.start] + [c + 1 for c in cuts], cuts + [span.end]))
        pieces = [doc[a + (doc[a].lower_ == "the") : b] for a, b in bounds]
        if not all(
                len(p) >= 3 and p[0].lower_ in heads and p[1].lower_ in ("of", "for") and p[-1].text[:1].isupper() for p in pieces):
            out.append(span)
            continue
        for piece in pieces:
            piece.label_ = "ORG"
            out.append(piece)
    return out


def _complete_names_cut_at_connector(doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
    """A body's name the tagger stopped at a connector, with nothing tagged after it: a name never
    ends in "of" or "for", so the capitalised words after it finish it ("the Commission on Human
    Rights of" + "the Philippines"); nor in "and", which may join a second name ("Fairwind Maritime
    Management and" + "Coral Bay Shipping"), so the name stops before it."""
    out: list[SpacySpan] = []
    for span in spans:
        last = span[-1]
        if span.label_ != "ORG" or len(span) < 2 or last.lower_ not in ("of", "for", "and") or not last.text.islower():
            out.append(span)
            continue
        end = span.end
        if last.lower_ != "and":
            end += 1 if end < len(doc) and doc[end].lower_ == "the" else 0
            while end < len(doc) and end - span.end < 5 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
        if end <= span.end or doc[end - 1].lower_ == "the":
            end = span.end - 1
        out.append(_respanned(span, span.start, end))
    return out


def _join_trades_over_and(doc: Doc, spans: list[SpacySpan], common: frozenset[str]) -> list[SpacySpan]:
    """A company named for two trades that the tagger cut at their "and" ("[Erbil Travel] and [Tourism
    Company]"): the second part is only a trade and the company word, which names no company alone."""
    suffixes = load_company_words()["suffix"]
    return _joined_where(doc, spans, lambda prev, span: prev.label_ == "ORG" and span.label_ in ("ORG", "PERSON")
                         and len(span) == 2 and span.start == prev.end + 1 and doc[prev.end].lower_ == "and"
                         and len(prev) >= 2 and prev[-1].lower_ in common and prev[-1].lower_ not in suffixes
                         and span[-1].lower_ in suffixes and span[0].text[:1].isupper() and span[0].lower_ in common)


def _first_field_before_and(doc: Doc, spans: list[SpacySpan], common: frozenset[str]) -> list[SpacySpan]:
    """A department named for two fields whose first the tagger left out ("the Boundary and [Ocean Affairs
    Department]", "The Treaty and [Law Department]"): after "the", one capitalised common noun and "and"
    open the name of an organisational word's body."""
    taken = {i for sp in spans for i in range(sp.start, sp.end)}
    out: list[SpacySpan] = []
    for span in spans:
        i = span.start
        if span.label_ == "ORG" and i >= 3 and doc[i - 1].lower_ == "and" and doc[i - 3].lower_ == "the" \
                and span[-1].lower_ in load_org_heads() and doc[i - 2].text[:1].isupper() \
                and doc[i - 2].lower_ in common and i - 2 not in taken:
            grown = doc[i - 2 : span.end]
            grown.label_ = "ORG"
            out.append(grown)
            continue
        out.append(span)
    return out


def _names_a_place(span: SpacySpan) -> bool:
    """Tagged a place, or a place the gazetteer knows whatever the tagger said ("in Kyiv" read as a person)."""
    entry = load_gazetteer().lookup(span.text)
    return span.label_ in ("GPE", "LOC") or (entry is not None and entry.type == "Place")


def _plural_org_head(word: str) -> bool:
    """"societies", "unions": the plural of an organisational word."""
    return _org_head_of_plural(word) is not None


def _org_head_of_plural(word: str) -> str | None:
    """The organisational word a plural is of ("ministries" → "ministry"), else None."""
    singular = re.sub(r"ies$", "y", word) if word.endswith("ies") else word[:-1]
    return singular if word.endswith("s") and word not in load_org_heads() and singular in load_org_heads() else None


def _offices_sharing_a_head(doc: Doc, gazetteer: Gazetteer) -> list[tuple[Mention | None, tuple[int, int]]]:
    """Offices named once under a plural head ("the Departments of Commerce, Energy and the
    Treasury", "the Ministries of Finance and Defence"): each portfolio names the body "Department
    of <portfolio>" where the gazetteer knows it; one it does not know stays unnamed rather than
    cut into fragments ("Departments of Commerce", "Energy"). The whole list is covered (None)."""
    found = []
    cols = columns(doc)
    for i in range(len(doc) - 2):
        if cols.lower[i + 1] != "of" or not cols.text[i][:1].isupper():
            continue
        singular = _org_head_of_plural(cols.lower[i])
        if singular is None:
            continue
        portfolios = _coordinated_portfolios(doc, i + 2)
        if len(portfolios) < 2:
            continue
        for start, end in portfolios:
            words = doc[start:end]
            name = next((n for n in (f"{singular.capitalize()} of {words.text}", f"{singular.capitalize()} of the {words.text}")
                         if gazetteer.lookup(n)), None)  # the name each body is given on its own
            entry = gazetteer.lookup(name) if name else None
            if entry is not None and entry.type == "Organization":
                found.append((Mention(words.start_char, words.end_char, name, "Organization", gazetteer=entry), (start, end)))
        end = portfolios[-1][1]
        owner = _coordinated_portfolios(doc, end + 1)[:1] if end < len(doc) and doc[end].lower_ == "of" else []
        country = gazetteer.lookup(doc[owner[0][0] : owner[0][1]].text) if owner else None
        if country is not None and country.type == "Place":  # "the Ministries of Finance and Defence of Japan"
            place = doc[owner[0][0] : owner[0][1]]
            found.append((Mention(place.start_char, place.end_char, place.text, "Place", gazetteer=country), owner[0]))
            end = owner[0][1]
        found.append((None, (i, end)))
    return found


def _coordinated_portfolios(doc: Doc, i: int) -> list[tuple[int, int]]:
    """The capitalised names listed from token i on, over commas, "and", "or", "the" and a short
    aside between commas ("Commerce, Energy and, where appropriate, the Treasury")."""
    portfolios: list[tuple[int, int]] = []
    while i < len(doc):
        start = i + (doc[i].lower_ == "the")
        end = start
        while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
            end += 1
        if end == start:
            break
        portfolios.append((start, end))
        i = end
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i < len(doc) and doc[i].lower_ in ("and", "or"):
            i += 1
            if i < len(doc) and doc[i].text == ",":  # "and, where appropriate, the Treasury"
                aside = next((j for j in range(i + 1, min(i + 5, len(doc))) if doc[j].text == ","), None)
                if aside is None or not all(t.text.islower() for t in doc[i + 1 : aside]):
                    break
                i = aside + 1
        elif i == end:
            break
    return portfolios


ACRONYM = re.compile(r"[A-Z][A-Z0-9&]*(?:-[A-Z0-9&]+)*")
NAME_CONNECTORS = {"of", "for", "the", "and", "on", "in", "de", "du", "des", "la", "le", "al", "&", "–", "—", "-"} | POSSESSIVE_MARKS


def _acronym_definitions(doc: Doc) -> list[tuple[SpacySpan | None, SpacySpan]]:
    """"Full Name (ACR)": the bracketed acronym, and the name before it when the acronym's
    letters are its initials ("Syrian Democratic Forces (SDF)"), both labelled ORG. Found once per
    document (three rules ask) and kept as token ranges, so the Doc stays serialisable."""
    if "newskb_acronyms" not in doc.user_data:
        doc.user_data["newskb_acronyms"] = [((name.start, name.end) if name is not None else None, (inner.start, inner.end))
                                            for name, inner in _find_acronym_definitions(doc)]
    return [(_organisation(doc, name) if name is not None else None, _organisation(doc, inner))
            for name, inner in doc.user_data["newskb_acronyms"]]


def _organisation(doc: Doc, tokens: tuple[int, int]) -> SpacySpan:
    span = doc[tokens[0] : tokens[1]]
    span.label_ = "ORG"
    return span


def _find_acronym_definitions(doc: Doc) -> list[tuple[SpacySpan | None, SpacySpan]]:
    out = []
    text = columns(doc).text
    orths = doc.to_array(ORTH)
    for i in numpy.flatnonzero(orths == doc.vocab.strings["("]).tolist():  # one array read, not a Token per word
        tok = doc[i]
        if tok.i == 0:
            continue
        close = next((k for k in range(tok.i + 2, min(tok.i + 6, len(doc))) if text[k] == ")"), None)
        if close is None:
            continue
        inner = doc[tok.i + 1 : close]
        if not ACRONYM.fullmatch(inner.text) or len(inner.text.replace("-", "")) < 2:
            continue
        letters = inner.text.replace("-", "")
        name = None
        starts = []
        for start in range(tok.i - 1, max(tok.i - 12, -1), -1):
            word = doc[start]
            if not (word.text[:1].isupper() or word.lower_ in NAME_CONNECTORS or _particle_link_at(doc, start - 1)):
                break  # "Tehreek-i-Taliban Pakistan (TTP)": a linking particle stays inside the name
            if word.text[:1].isupper():
                starts.append(start)
        # the initials spelt out, else their letters in order from the first word to the last: "Office of the
        # United Nations High Commissioner for Human Rights (OHCHR)"
        start = next((k for k in starts if letters in _acronyms(doc[k : tok.i].text)), None)
        if start is None and len(letters) >= 4:
            start = next((k for k in starts if _spells_in_order(letters, doc[k : tok.i].text)), None)
        if start is None:
            start = _body_posted_in_start(doc, tok.i)
        if start is not None:
            name = doc[start : tok.i]
        out.append((name, inner))
    return out


def _body_posted_in_start(doc: Doc, bracket: int) -> int | None:
    """Where a body's name begins that goes on to the place it is posted in, right before a bracketed short form
    its letters need not spell ("the United Nations Integrated Office in Haiti (BINUH)", a French acronym):
    the tagger's organisation ending in an organisational word, then "in" and a place the gazetteer knows."""
    for i in range(bracket - 2, max(bracket - 6, 0), -1):
        place = load_gazetteer().lookup(doc[i + 1 : bracket].text)
        head = doc[i - 1]
        if doc[i].lower_ == "in" and place is not None and place.type == "Place" \
                and head.ent_type_ == "ORG" and head.lower_ in load_org_heads():
            start = head.i
            while start > 0 and doc[start].ent_iob_ != "B":
                start -= 1
            return start + 1 if doc[start].lower_ == "the" else start
    return None


def _spells_common_noun(acronym: SpacySpan) -> bool:
    """"an intercontinental ballistic missile (ICBM)", "unmanned aerial vehicles (UAVs)": an acronym
    spelling the lower-case words before its bracket (every word's initial, in order, a word
    giving two letters at most: "InterContinental") is short for a kind of thing, naming no body."""
    letters = acronym.text.replace("-", "")
    letters = (letters[:-1] if letters.endswith("s") else letters).lower()  # "UAVs": the plural
    bracket = acronym.start - 1
    for count in range(len(letters), 1, -1):
        words = [t for t in acronym.doc[max(0, bracket - count) : bracket] if t.text not in HYPHENS]
        if len(words) < 2 or not all(t.is_alpha and t.text.islower() and t.lower_ not in NAME_CONNECTORS for t in words):
            continue
        if _initials_spell([t.text for t in words], letters):
            return True
    return False


def _initials_spell(words: list[str], letters: str) -> bool:
    """Each word gives its initial and at most one later letter of its own, in order, and together they spell ``letters``."""
    if not words:
        return not letters
    word = words[0]
    if not letters or letters[0] != word[0]:
        return False
    if _initials_spell(words[1:], letters[1:]):
        return True
    return len(letters) > 1 and letters[1] in word[1:] and _initials_spell(words[1:], letters[2:])


def _spells_in_order(letters: str, name: str) -> bool:
    """An acronym made of some of a name's capitalised initials in order, the first and the last
    among them ("OHCHR": Office of the United Nations High Commissioner for Human Rights)."""
    initials = "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())
    if not initials or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    rest = iter(initials[1:-1])
    return all(ch in rest for ch in letters[1:-1])


QUOTES = {'"', "“", "”", "'", "‘", "’"}


def _short_names_in_brackets(doc: Doc) -> list[tuple[SpacySpan, SpacySpan]]:
    """"Rogelio Vergara Ríos (Vergara)", "Hassan Darwish (“Darwish”)": a short name news and
    government copy define in brackets after a full name (the capitalised words before the bracket,
    which the tagger may cut), for the name's later mentions. Only words of the name itself count
    (an acronym has its own rule; "(Reuters)" is no short name). Found once per document (three rules
    ask) and kept as token ranges, so the Doc stays serialisable."""
    if "newskb_short_names" not in doc.user_data:
        doc.user_data["newskb_short_names"] = [
            (name.start, name.end, inner.start, inner.end, name.label_) for name, inner in _find_short_names_in_brackets(doc)
        ]
    out = []
    for name_start, name_end, start, end, label in doc.user_data["newskb_short_names"]:
        name, inner = doc[name_start:name_end], doc[start:end]
        name.label_ = inner.label_ = label
        out.append((name, inner))
    return out


def _find_short_names_in_brackets(doc: Doc) -> list[tuple[SpacySpan, SpacySpan]]:
    """What ``_short_names_in_brackets`` keeps, read from the Doc."""
    out = []
    cols = columns(doc)
    text, lower = cols.text, cols.lower
    orths = doc.to_array(ORTH)
    for i in numpy.flatnonzero(orths == doc.vocab.strings["("]).tolist():
        close = next((k for k in range(i + 2, min(i + 7, len(doc))) if text[k] == ")"), None)
        if i == 0 or close is None:
            continue
        start, end = i + 1, close
        while start < end and text[start] in QUOTES:
            start += 1
        while end > start and text[end - 1] in QUOTES:
            end -= 1
        inner = doc[start:end]
        first = i
        while first > max(i - 8, 0) and (text[first - 1][:1].isupper() or lower[first - 1] in NAME_PARTICLES):
            first -= 1
        name = doc[first:i]
        words = {_skeleton(word) for word in text[first:i]}
        if (not inner or ACRONYM.fullmatch(inner.text) or not all(t.is_alpha and t.text[:1].isupper() for t in inner)
                or len(inner) >= len(name) or not all(_skeleton(t.text) in words for t in inner)):
            continue
        name.label_ = inner.label_ = doc[i - 1].ent_type_ if doc[i - 1].ent_type_ in NER_TYPES else "ORG"
        out.append((name, inner))
    return out


def _split_short_name_lists(doc: Doc, spans: list[SpacySpan]) -> list[SpacySpan]:
    """"Bajaña, Vergara, Sorondo and Mosquera": short names defined in brackets, listed, which the
    tagger may run together into one name over their commas; each is its own."""
    defined = {short.text for _, short in _short_names_in_brackets(doc)}
    if not defined:  # most articles define no short names: nothing to split
        return spans
    out: list[SpacySpan] = []
    for span in spans:
        parts = [p.strip() for p in span.text.split(",")]
        if len(parts) < 2 or not all(p in defined for p in parts):
            out.append(span)
            continue
        commas = [t.i for t in span if t.text == ","]
        for lo, hi in zip([span.start, *(c + 1 for c in commas)], [*commas, span.end]):
            part = doc[lo:hi]
            part.label_ = span.label_
            out.append(part)
    return out


def _names_known_as(doc: Doc) -> list[tuple[SpacySpan, SpacySpan]]:
    """"Petróleos Mexicanos, known as Pemex,": the capitalised name before the comma (which the
    tagger may miss) and the tagged short name after "known as" are one referent's names."""
    out = []
    for tok in tokens_where(doc, "lower", {"as"}, start=3):
        if doc[tok.i - 1].lower_ != "known" or tok.i + 1 >= len(doc) or not columns(doc).ent_type[tok.i + 1]:
            continue
        comma = tok.i - 2 - (doc[tok.i - 2].lower_ in ("also", "better", "widely"))
        if comma < 1 or doc[comma].text != ",":
            continue
        alias = next((e for e in doc.ents if e.start == tok.i + 1), None)
        start = comma
        while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in NAME_CONNECTORS) \
                and doc[start - 1].lower_ != "the" and not doc[start].is_sent_start:
            start -= 1
        while start < comma and not doc[start].text[:1].isupper():
            start += 1
        if alias is None or alias.label_ not in NER_TYPES or start == comma:
            continue
        name = doc[start:comma]
        name.label_ = alias.label_
        out.append((name, alias))
    return out


BYLINE = re.compile(r"^[ \t]*([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){1,4}),[ \t]+(\S[^\n]*?)[ \t]*$", re.MULTILINE)


CREDIT_LINE = re.compile(r"\((?:Additional )?[Rr]eporting by [^()\n]+\)")
CREDITED_NAME = re.compile(r"(?:\bby|\band|,)\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})")


def _credit_line_names(doc: Doc) -> list[SpacySpan]:
    """The wire credit line closing a story, "(Reporting by A in Quito and B in Mexico City;
    Writing by C; Editing by D)": each name after "by", "and" or a comma is a journalist's."""
    out = []
    for line in CREDIT_LINE.finditer(doc_text(doc)):
        for match in CREDITED_NAME.finditer(line.group()):
            span = doc.char_span(line.start() + match.start(1), line.start() + match.end(1), label="PERSON")
            if span is not None:
                out.append(span)
    return out


def _byline_names(doc: Doc) -> list[SpacySpan]:
    """A line of its own, "Name, Title" ("Jane Q. Doe, Secretary of Commerce"): the
    signature of a statement, a person's name; the State Department sets it in capitals
    ("JANE Q. DOE, SECRETARY OF STATE")."""
    out = []
    titles = load_titles()
    for match in BYLINE.finditer(doc_text(doc)):
        title = match.group(2)
        if title.isupper():
            title = " ".join(w if w.lower() in TITLE_SMALL_WORDS else w.capitalize() for w in title.lower().split())
        if not any(title == t or title.startswith(t + " ") for t in titles) or _runs_on_as_prose(title):
            continue
        span = doc.char_span(match.start(1), match.end(1), label="PERSON")
        if span is not None:
            out.append(span)
    return out


def _runs_on_as_prose(title: str) -> bool:
    """"Deputy Secretary of State X met Y.": a title that runs on into a sentence, not a signature's
    title, whose words are all capitalised but the small ones ("Secretary of the Treasury")."""
    return any(w[:1].islower() and w not in TITLE_SMALL_WORDS for w in title.split())


DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z.’'-]*(?:[ \t]+[A-Z][A-Z.’'-]*){0,3})(?:,[ \t]*([A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*)?))?"
                      r"(?=,|[ \t]+\(|[ \t]+[—–-][ \t])", re.MULTILINE)


def _dateline_places(doc: Doc) -> list[SpacySpan]:
    """The place in capitals that opens a line ("KYIV, Ukraine —", "GAZA CITY (Reuters) —"): a
    dateline, so a place even when the tagger misses a short capitalised word, if the gazetteer
    knows it or the country after it ("KRAMATORSK, Ukraine —"), not any capitals before a dash."""
    out = []
    for start, end in _datelines(doc)[0]:
        span = doc[start:end]
        span.label_ = "GPE"
        out.append(span)
    return out


@kept_with_the_doc
def _datelines(doc: Doc) -> tuple[list[tuple[int, int]], list[int]]:
    """The token ranges of the datelines' places (``_dateline_places``) and the first characters of the regions
    after them: found once per document (each capitalised name and seat of government asks), as plain
    offsets, so the Doc stays serialisable."""
    places, regions = [], []
    gazetteer = load_gazetteer()
    for match in DATELINE.finditer(doc_text(doc)):
        place, country = match.group(1), match.group(2)
        if country:
            regions.append(match.start(2))
        if len(place.replace(".", "")) <= 2 or not (gazetteer.lookup(place.title()) or country and gazetteer.lookup(country)):
            continue
        span = doc.char_span(match.start(1), match.end(1))
        if span is not None:
            places.append((span.start, span.end))
    return places, regions


def _in_dateline(doc: Doc, span: SpacySpan) -> bool:
    """A dateline's place, looked up in title case even when short ("KYIV"): in capitals elsewhere
    a short word is an acronym ("NATO")."""
    return any(start == span.start and end == span.end for start, end in _datelines(doc)[0])


def _dateline_region(doc: Doc, span: SpacySpan) -> bool:
    """The region or country after a dateline's place ("WASHINGTON, D.C. —", "KYIV, Ukraine —")."""
    return span.start_char in _datelines(doc)[1]


def _names_after_role_nouns(doc: Doc, covered: set[int]) -> list[tuple[int, int, str | None]]:
    """Proper nouns the tagger missed right after a common noun that says what they are
    ("the news network X", "opposition group X", "businessman X")."""
    roles = load_role_nouns()
    found: list[tuple[int, int, str | None]] = []
    cols = columns(doc)
    for i in range(len(doc)):
        if cols.pos[i] not in ("NOUN", "ADJ") or cols.lemma[i].lower() not in roles:
            continue
        tok = doc[i]
        if not _role_word_before_a_name(tok):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 4 and doc[end].text[:1].isupper() \
                and (doc[end].pos_ == "PROPN" or (ACRONYM.fullmatch(doc[end].text) and len(doc[end]) > 1)):
            end += 1  # "the state broadcaster ORTM": an acronym whatever part of speech the tagger gave it
            if end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_alpha:
                end += 2  # "spokesperson Kim Min-ji": a hyphenated given name is one word
        if end > tok.i + 1 and not any(i in covered for i in range(tok.i + 1, end)):
            found.append((tok.i + 1, end, roles[tok.lemma_.lower()]))
            covered.update(range(tok.i + 1, end))
    return found


def _list_item_names(doc: Doc) -> list[tuple[int, int, str | None]]:
    """The name opening a list item before the description that says what it is ("- Lieutenant General
    A B, commander of …", "2. C D – a judge", "- E Fuel S.A., a fuel importer"), which the tagger
    misses at a line's start: the capitalised words after any rank or title, up to the comma or dash,
    typed by the role noun after it or by a company's legal form."""
    roles = load_role_nouns()
    suffixes = load_company_words()["suffix"]
    text = doc_text(doc)
    found: list[tuple[int, int, str | None]] = []
    for line in re.finditer(r"[^\n]+", text):
        marker = LIST_MARKER.match(line.group())
        item = doc.char_span(line.start() + marker.end(), line.end(), alignment_mode="expand") if marker else None
        if item is None:
            continue
        i = item.start
        while i < item.end and doc[i].text[:1].isupper() and _titles_or_person_nouns(doc[i]):
            i += 1  # "Lieutenant General", "Colonel"
        start = i
        while i < item.end and (doc[i].text[:1].isupper() and (doc[i].is_alpha or doc[i].text.endswith("."))
                                or doc[i].text in HYPHENS and not doc[i - 1].whitespace_ and i > start):
            i += 1
        if i + 1 < item.end and doc[i].text == "," and doc[i + 1].lower_ in suffixes and doc[i + 1].text[:1].isupper():
            i = _legal_form_end(doc, i + 1)  # "- E Fuel Co., Ltd., a fuel importer": the second form is the name's
        if i - start < 2 or i >= item.end or doc[i].text not in (",", *HYPHENS):
            continue
        if doc[i - 1].lower_ in suffixes:
            found.append((start, i, "Organization"))
            continue
        noun = next((t for t in doc[i + 1: min(i + 6, item.end)] if t.pos_ == "NOUN" or is_title_head(t)), None)
        between = doc[i + 1: noun.i] if noun is not None else ()
        kind = "Person" if noun is not None and is_title_head(noun) else roles.get(noun.lemma_.lower()) if noun is not None else None
        if kind is not None and all(t.pos_ in ("DET", "ADJ", "PROPN", "ADV") for t in between):
            found.append((start, i, kind))  # "…, Quartermaster General of the army": a title held
    return found


def _names_before_role_nouns(doc: Doc, covered: set[int]) -> list[tuple[int, int, str | None]]:
    """Proper nouns the tagger missed that a common noun after them says what they are: as the
    modifier of that noun ("the White Helmets civil defence group", "the Viv Ansanm coalition") or
    with it in apposition ("Junts, the Catalan party")."""
    roles = load_role_nouns()
    found: list[tuple[int, int, str | None]] = []
    cols = columns(doc)
    pos, text = cols.pos, cols.text
    for i in range(1, len(doc)):
        if pos[i] != "PROPN" or i in covered or not text[i][:1].isupper():
            continue
        if pos[i - 1] == "PROPN" and text[i - 1][:1].isupper() or _hyphen_in_a_name(doc[i - 1]):
            continue  # not the first word of the name ("Info" of "OVD-Info")
        tok = doc[i]
        if _calendar_word(tok):
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i < 4 and (doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                                                      or _hyphen_in_a_name(doc[end])):
            end += 2 if _hyphen_in_a_name(doc[end]) else 1  # "OVD-Info": a hyphenated name is one word
        modifier = doc[tok.i - 1].lower_ == "the" and tok.ent_type_ != "NORP"  # "the Catalan party": no name
        k = end + 2 if not modifier and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("the", "a", "an") else end
        if k == end and not modifier:
            continue  # a sentence's first word only when set off before its description: "OVD-Info, a rights group"
        noun = next((doc[j] for j in range(k, min(k + 3, len(doc)))
                     if doc[j].pos_ == "NOUN" and doc[j].text.islower() and doc[j].lemma_.lower() in roles), None)
        between = doc[k : noun.i] if noun is not None else None
        if noun is None or any(t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.is_punct for t in between):
            continue
        if any(i in covered for i in range(tok.i, end)) or roles[noun.lemma_.lower()] == "Person":
            continue
        found.append((tok.i, end, roles[noun.lemma_.lower()]))
        covered.update(range(tok.i, end))
    return found


UNNAMED_ENT_TYPES = {"", "NORP", "PRODUCT", "WORK_OF_ART"}  # labels the tagger gives unfamiliar names it does not place


def _names_after_place_prepositions(doc: Doc, covered: set[int], common: frozenset[str],
                                    gazetteer: Gazetteer) -> list[tuple[int, int, str | None]]:
    """Proper nouns the tagger missed or called a nationality or a product right after "in",
    "near" and the like ("Police in Osh", "vote-buying in Marneuli", "villages in Sughd") or after "the town of": an
    unfamiliar town's name, unless every word is an English common noun ("in Parliament", "in
    Telegram") or a nationality, or the "in" is of a stake or a job ("invested in X")."""
    cues = load_place_cues()
    found: list[tuple[int, int, str | None]] = []
    pos = columns(doc).pos
    for tok in tokens_where(doc, "lower", cues["prep"] | {"of"}):
        if tok.i + 1 == len(doc) or pos[tok.i + 1] != "PROPN":
            continue  # no proper noun after it
        if tok.head.lemma_.lower() in cues["notafter"]:
            continue
        if tok.lower_ == "of" and not (tok.head.lemma_.lower() in cues["noun"] and tok.head.text.islower()):
            continue  # "the town of Kenscoff", "the port of X": only a kind of place names a place with "of"
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_alpha \
                and doc[end].text[:1].isupper() and doc[end].ent_type_ in UNNAMED_ENT_TYPES and end not in covered:
            end += 1
            if _particle_link_at(doc, end) and not any(i in covered for i in range(end, end + 4)):
                end += 4  # "in Sar-i-Khel"
        words = doc[tok.i + 1 : end]
        if not len(words) or (end < len(doc) and doc[end].pos_ == "PROPN") \
                or all(t.lower_ in common for t in words) or gazetteer.demonym(words.text) is not None:
            continue
        found.append((tok.i + 1, end, "Place"))
        covered.update(range(tok.i + 1, end))
    return found


def _towns_before_their_region(doc: Doc, covered: set[int], common: frozenset[str],
                               gazetteer: Gazetteer) -> list[tuple[int, int, str | None]]:
    """An unfamiliar town the tagger missed, written before its state or province and a comma as US
    and Canadian copy places people ("a Bowie, Maryland, woman", "of Laurel, Md., said"): a place."""
    found: list[tuple[int, int, str | None]] = []
    text = columns(doc).text
    for comma in tokens_where(doc, "text", {","}, start=1):
        region_end = next((end for end in range(min(comma.i + 4, len(doc) - 1), comma.i + 1, -1)
                           if text[end] == "," and _names_a_region(doc[comma.i + 1 : end].text, gazetteer)), None)
        if region_end is None:
            continue
        start = comma.i
        while start > 0 and comma.i - start < 3 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].ent_type_ in UNNAMED_ENT_TYPES \
                and start - 1 not in covered and not is_title_head(doc[start - 1]):
            start -= 1
        words = doc[start : comma.i]
        if not len(words) or (start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start) \
                or all(t.lower_ in common for t in words):
            continue
        found.append((start, comma.i, "Place"))
        covered.update(range(start, comma.i))
    return found


def _names_a_region(text: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.lookup(text)
    return entry is not None and entry.subtype == "AdministrativeArea"


def _names_after_titles(doc: Doc, covered: set[int], common: frozenset[str]) -> list[tuple[int, int, str | None]]:
    """Proper names right after a capitalised title that the tagger missed ("National Security
    Adviser Ajit Doval", "Chief Superintendent Helena Ma Wing-lok"), hyphenated parts included,
    or after its portfolio ("Assistant Attorney General for National Security Karen Whitlock")."""
    found: list[tuple[int, int, str | None]] = []
    cols = columns(doc)
    texts, lower, heads = cols.text, cols.lower, _title_heads() | _heads_after_connector()
    for tok in (doc[i] for i, text in enumerate(texts) if text[:1].isupper() and lower[i].rstrip(".") in heads):
        if not is_title_head(tok):  # "State" ends a title only after "of"
            continue
        first = tok.i + 1
        while first < len(doc) and doc[first].text[:1].isupper() and _titles_or_person_nouns(doc[first]):
            first += 1  # "Chief Superintendent"
        checked = tok.i + 1
        after_brackets = (close := _portfolio_bracket_end(doc, first)) is not None
        if after_brackets:
            first = close + 1  # "Joint Secretary (East Asia) Pratibha Menon": the holder, whatever the tagger made of him
        end = first
        while end < len(doc) and end - first < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
            while end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in HYPHENS and doc[end + 1].is_alpha:
                end += 2
        run_into_name = False
        if end == first:
            first, end = _name_closing_portfolio(doc, first, common)
            checked = first  # the portfolio may be a place already found: "Minister for Africa Helen Ashworth said:"
            run_into_name = end > first and _portfolio_run_into_holder(doc, first, end, covered, common)
        body_name = doc[end - 1].lower_ in _body_name_ends()  # "Al-Akhdar General Trading"
        if end > first and not body_name and (after_brackets or run_into_name or not any(i in covered for i in range(checked, end))):
            found.append((first, end, "Person"))
            covered.update(range(first, end))
    return found


PORTFOLIO_LINKS = {"for", "of", "in"}


def _portfolio_run_into_holder(doc: Doc, first: int, end: int, covered: set[int], common: frozenset[str]) -> bool:
    """"Minister of Energy and Mines Khalid bin Tariq", "Secretary for Health and Social Care Daniel Ortiz":
    the tagger ran the portfolio's last word, a common noun, into the holder's name (a name found after it,
    "Minister of Economy and Finance Bruno Le Maire", starts with a given name, no common noun). A company's
    legal form ends no one's name ("Director of Caspian Shipping Management FZE")."""
    last = doc[first - 1]
    return last.i in covered and first in covered and _singular(last.lower_) in common \
        and doc[end - 1].lower_ not in load_company_words()["suffix"]


def _portfolio_bracket_end(doc: Doc, i: int) -> int | None:
    """The closing bracket of a title's portfolio written in brackets after it, as Indian and UN copy do
    ("Joint Secretary (East Asia) X", "Director (Americas) Y"): capitalised words only, then the holder's name."""
    if i >= len(doc) or doc[i].text != "(" or i == 0 or not is_title_head(doc[i - 1]):
        return None
    close = next((k for k in range(i + 2, min(i + 6, len(doc))) if doc[k].text == ")"), None)
    if close is None or close + 1 >= len(doc) or not doc[close + 1].text[:1].isupper() \
            or not all(t.text[:1].isupper() or t.lower_ in TITLE_SMALL_WORDS for t in doc[i + 1 : close]):
        return None
    return close


def _region_as_portfolio(span: SpacySpan, entry: GazetteerEntry) -> bool:
    """A continent or a region that is a post's brief or a reporter's beat, in a capitalised title or before
    its noun ("Minister for Africa X", "the Asia minister", "a Central Asia researcher", "our Africa
    correspondent"): an area of work, no place the story is about. A country or a region after a title's
    "for" stays ("the envoy for Ukraine", "the special representative for the South Caucasus"); so does a
    continent after a lower-case title ("minister for Europe, X,"), where the speaker rules read the phrase."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before_post = after is not None and span.root.dep_ == "compound" \
        and (is_title_head(after) or (after.text.islower() and after.lower_ in word_set("person_nouns.txt")))
    if entry.type == "Place" and not entry.subtype and before_post:
        return True
    if entry.subtype != "Continent":
        return False
    start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ == "the" else span.start
    titled_for = start > 1 and doc[start - 1].lower_ == "for" and is_title_head(doc[start - 2]) and doc[start - 2].text.istitle()
    return titled_for or before_post


def _in_portfolio_brackets(span: SpacySpan) -> bool:
    """The portfolio in brackets after a title ("Joint Secretary (East Asia) X"): a department's brief, no place."""
    doc = span.doc
    return span.start >= 2 and span.end < len(doc) and columns(doc).text[span.end] == ")" \
        and _portfolio_bracket_end(doc, span.start - 1) == span.end


def _name_closing_portfolio(doc: Doc, link: int, common: frozenset[str]) -> tuple[int, int]:
    """"Assistant Attorney General for National Security Karen Whitlock", "Assistant Secretary of
    Commerce for Export Enforcement Paul Reinhart": after a title's capitalised portfolio, the last
    two capitalised words are the holder's given name and surname, when they are no title, kind of
    place or body word and the surname is no common noun ("… for Foreign Affairs said" names no one;
    given names often are: "Karen", "Mark"). A surname with particles ("Minister of Water Resources and
    Irrigation Sherif al-Mahdy", "… Frans van der Linden", "… Bruno Le Maire") follows its given name."""
    if link >= len(doc) or doc[link].lower_ not in PORTFOLIO_LINKS:
        return link, link
    end = link
    while end + 1 < len(doc) and (doc[end + 1].text[:1].isupper() and (doc[end + 1].is_alpha or _middle_initial(doc[end + 1]))
                                  or doc[end + 1].lower_ in TITLE_SMALL_WORDS and end + 2 < len(doc) and doc[end + 2].text[:1].isupper()):
        end += 1
    surname = _surname_after_particles(doc, end + 1)
    name = doc[end : surname + 1] if surname is not None else doc[end - 1 : end + 1]
    if name.start - 1 > link and _middle_initial(name[0]):  # "… Enforcement Laura M. Pennington": the given name too
        name = doc[name.start - 1 : name.end]
    if surname is None and name.start - 1 > link and name[0].lower_ in NAME_PARTICLES:
        name = doc[name.start - 1 : name.end]  # "Bruno Le Maire": a capitalised particle opens the surname
    portfolio = [t for t in doc[link + 1 : name.start] if t.text[:1].isupper()]
    if len(name) < 2 or not portfolio or name[-1].lower_ in common and surname is None or any(
            t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in _title_words()
            or t.lower_ in load_org_heads() or t.lower_ in load_place_cues()["noun"] for t in (name[0], name[-1])):
        return link, link
    return name.start, name.end


def _middle_initial(token: Token) -> bool:
    """"M." in "Laura M. Pennington", as US government releases write their officials' names."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text[1] == "."


def _surname_after_particles(doc: Doc, i: int) -> int | None:
    """Where the capitalised surname ends that lower-case name particles starting at token i lead to
    ("al-Mahdy", "van der Linden", "bin Salman"), or None."""
    k = i
    while k < len(doc) and (doc[k].lower_ in NAME_PARTICLES and doc[k].text.islower()
                            or doc[k].text in HYPHENS and k > i and not doc[k - 1].whitespace_):
        k += 1
    if k == i or k >= len(doc) or not doc[k].is_alpha or not doc[k].text[:1].isupper():
        return None
    return k


def _capitalised_first_word(span: SpacySpan, mid_sentence: set[int], common: frozenset[str]) -> bool:
    """An ordinary word capitalised only because it starts the sentence ("Riot police fired…",
    "Turnout was high"): one word, first in its sentence, modifying a common noun or itself an
    English common noun the tagger reads as one, never capitalised elsewhere (``mid_sentence``: the forms read elsewhere
    than at a sentence start)."""
    token = span[0]
    if len(span) != 1 or not token.is_sent_start or token.orth in mid_sentence \
            or (len(token.text) > 1 and ACRONYM.fullmatch(token.text)):
        return False  # "BJP spokesperson X said": capitals throughout are an acronym, not a sentence's first word
    return (token.dep_ == "compound" and token.head.pos_ == "NOUN") or (token.tag_ in {"NN", "NNS"} and token.lower_ in common)


def _mid_sentence_forms(doc: Doc, headline_end: int) -> set[int]:
    """The ORTH ids of the tokens that do not start a sentence, from one array read of the Doc; a Title-Case
    headline's words are left out ("China Curbs Japanese Seafood": its capitals are the headline's)."""
    forms = doc.to_array([ORTH, SENT_START, IDX]).view("int64")  # -1 ("not a start") is stored unsigned
    return set(forms[(forms[:, 1] != 1) & (forms[:, 2] >= headline_end), 0].view("uint64").tolist())


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
        # "Sami Jasim" (ORG) + "Muhammad al-Jaburi" (PERSON): the given names the tagger split off (never
        # after "the": "Secretary of the Treasury" + "Omar Whitfield" is a body, then its holder)
        given_names = last is not None and span.label_ == "PERSON" and last.label_ == "ORG" and len(last) <= 2 \
            and all(_name_word(t) and t.pos_ == "PROPN" for t in last) and last[-1].lower_ not in load_org_heads() \
            and not load_gazetteer().lookup(last.text) \
            and (last.start == 0 or not (doc[last.start - 1].text[:1].isupper() or doc[last.start - 1].lower_ in ("for", "of", "the")))
        # (not a title's portfolio: "Assistant Secretary for Export Enforcement" + "Matthew Axelrod")
        owner = last is not None and last[-1].lower_ in POSSESSIVE_MARKS  # "Sinn Féin's" + "Mary Lou McDonald": two names
        if last is not None and last.end == span.start and not owner and ((last.label_ == "PERSON" and rest_of_name) or given_names):
            out[-1] = doc[last.start : span.end]
            out[-1].label_ = "PERSON"
        else:
            out.append(span)
    return out


def _mentions(doc: Doc, nlp: Language, gazetteer: Gazetteer) -> list[Mention]:
    kinds = _kind_names(doc)
    bodies = _governing_bodies(doc, gazetteer) + _offices_sharing_a_head(doc, gazetteer)
    in_body = {i for m, (s, e) in bodies for i in range(s, e)}
    headline_end = _headline_end(doc)
    subheadlines = _subheadlines(doc)
    mentions = [m for m, _ in bodies if m is not None]
    mid_sentence = _mid_sentence_forms(doc, headline_end)
    common = _common_nouns(nlp)
    # "the International Emergency Economic Powers Act (IEEPA)": the short form of a law is a law
    law_acronyms = {acronym.text for name, acronym in _acronym_definitions(doc)
                    if (_not_an_entity_name(name) if name is not None else _spells_common_noun(acronym))}
    cols = columns(doc)
    token_text, lower = cols.text, cols.lower
    for s, e, label in _candidate_spans(doc, nlp, gazetteer):
        if label == SHADOW or any(i in in_body for i in range(s, e)):
            continue
        s, e, titled = _trim(doc, s, e, label)
        if s >= e:
            continue
        street = lower[e - 1] in load_place_cues()["noun"] and token_text[e - 1][:1].isupper()
        if street and s > 0 and is_title_head(doc[s - 1]) and token_text[s - 1][:1].isupper():
            s -= 1  # "Sheikh Zayed Road": a street named after a title holder, title and all
        titled = titled or _title_before(doc, s)
        if s > 0 and lower[s - 1] in word_set("courtesy_titles.txt"):
            label = "Person"  # "Ms Nduva", "Mr. Kaya": only a person is given a courtesy title
        span = doc[s:e]
        text = span.text
        if not any(ch.isalpha() for ch in text) or not any(ch.isupper() for ch in text) or _program_tag(span):
            continue
        capitals = text.isupper() and (len(text) > 4 or _in_dateline(doc, span))  # "WASHINGTON (AP) —", "KYIV, Ukraine —"
        entry = gazetteer.lookup(text) or (gazetteer.lookup(text.title()) if capitals else None)
        if entry is None and token_text[e - 1].islower():  # "the Russian foreign ministry"
            entry = gazetteer.lookup(_capitalised(text))
        if entry is not None and entry.subtype == "Continent" and s > 0 and doc[s - 1].lower_ in COMPASS:
            span, entry, label = doc[s - 1 : e], None, "Place"  # "southern Africa": a region, not the continent
            text = span.text
        if _in_portfolio_brackets(span) or (entry is not None and _region_as_portfolio(span, entry)):
            continue
        if label == "Person" and not titled and len(span) == 1 and len(text) > 2 and ACRONYM.fullmatch(text):
            label = "Organization"  # "JAXA", "UNHCR": people's names are not written in capitals alone
        if label == "Person" and not titled and len(span) == 1 and _listed_among_organisations(span[0]):
            label = "Organization"  # "Thyssenkrupp, Salzgitter and ArcelorMittal": a person is named in full
        if s > 0 and token_text[s - 1].isupper() and lower[s - 1] in load_company_words()["prefix"]:
            label = "Organization"  # "OOO Radioavtomatika": a company, its legal form written first
        if label != "Person" and len(span) == 3 and PATRONYMIC.fullmatch(span[1].text):
            label = "Person"  # "Dmitry Valeryevich Orlov": a given name, a patronymic and a surname
        owning = _country_owning(span, gazetteer) if label == "Organization" else None
        describing = _describing_nouns(span)  # read by both the type it is described as and the company evidence
        mention = Mention(span.start_char, span.end_char, text, label, titled, entry, _context_type(span),
                          described=_described_type(span, describing),
                          listed=span.root.dep_ == "conj" or any(c.dep_ == "conj" for c in span.root.children),
                          company=_company_evidence(span, describing), owned=owning[1] if owning else None)
        if entry is None and (
            (text in kinds and mention.context != "Place" and mention.described is None)  # a product's name, unless its
            # context says a place ("the town of X") or a noun describes it as a body ("OVD-Info, a rights group")
            or _is_plural_product(mention, kinds)
            or _is_title_fragment(span)
            or (len(span) == 1 and span[0].tag_ == "NNPS" and label != "Person")
            or gazetteer.demonym(text) is not None
            or _names_a_people(text)
            or _capitalised_first_word(span, mid_sentence, common)
            or _not_an_entity_name(span)
            or text in law_acronyms
            or _only_in_headline(doc, span, headline_end)
            or _only_in_subheadlines(doc, span, subheadlines)
            or _family_name(span)
            or _names_a_vessel(span)
            or _field_office_of_its_agency(span)
            or _address_unit(span)
            or _designation_field(span)
            or _wire_tag(span)
            or len(text.rstrip(".")) == 1  # "she wrote on X.", an initial alone: one letter names no one
        ):
            continue
        mentions.append(mention)
        mentions.extend(_place_posted_in(span, gazetteer))
        if owning:
            mentions.append(owning[0])
    return mentions


def _names_a_people(text: str) -> bool:
    """A people's or community's name ("the Tutsi", "Rohingya", "Yazidis"), which, like a nationality, is no entity."""
    return text in word_set("peoples.txt") or (text.endswith("s") and text[:-1] in word_set("peoples.txt"))


def _calendar_word(token: Token) -> bool:
    """A weekday's or month's name, or its short form, the tagger reads as a date ("on Tuesday", "Nov 25"), which
    names no entity (the tagger's date alone is not enough: it sometimes calls a company one)."""
    word = token.lower_.rstrip(".")
    named = word in WEEKDAYS or (len(word) >= 3 and any(month.startswith(word) for month in MONTHS))  # "Nov 25"
    return token.ent_type_ in ("DATE", "TIME") and named


def _listed_among_organisations(word: Token) -> bool:
    """One word in a list whose every other member the tagger calls an organisation."""
    others = [t for t in word.conjuncts if t.text[:1].isupper()]
    return bool(others) and all(t.ent_type_ == "ORG" for t in others)


INITIALISM = re.compile(r"(?:[A-Z]\.?){2,3}")


def _place_posted_in(span: SpacySpan, gazetteer: Gazetteer) -> list[Mention]:
    """The place a body's name says it is in ("the U.S. Embassy in Kyiv", "… Mission in Somalia"):
    a place the article mentions, inside the body's name."""
    lower = columns(span.doc).lower
    last_in = next((i for i in range(span.end - 2, span.start, -1) if lower[i] == "in"), None)
    if last_in is None:
        return []
    tail = span.doc[last_in + 1 : span.end]
    entry = gazetteer.lookup(tail.text)
    if entry is None or entry.type != "Place":
        return []
    places = [Mention(tail.start_char, tail.end_char, tail.text, "Place", False, entry, "Place")]
    body = next((t.i for t in span if t.lower_ in POSTED_BODIES | {"high"}), span.start)
    owner = span.doc[span.start + (span[0].lower_ == "the") : body]
    # "the United States embassy in Lusaka" names the country too; an initialism ("the U.S. Consulate General
    # in Erbil", "the UK embassy") is the nationality word news copy writes for "American", "British"
    country = gazetteer.lookup(owner.text) if len(owner) and not INITIALISM.fullmatch(owner.text) else None
    if country is not None and country.subtype == "Country":
        places.append(Mention(owner.start_char, owner.end_char, owner.text, "Place", False, country, "Place"))
    return places


def _country_owning(span: SpacySpan, gazetteer: Gazetteer) -> tuple[Mention, str] | None:
    """The country a ministry's name opens with ("Ukraine's Foreign Ministry"): a mention of the
    country too, and the ministry's own name after the possessive ("Foreign Ministry")."""
    lower = columns(span.doc).lower
    cut = next((i for i in range(span.start + 1, span.end - 1) if lower[i] in POSSESSIVE_MARKS), None)
    owner = span.doc[span.start : cut] if cut is not None else None
    entry = gazetteer.lookup(owner.text) if owner is not None else None
    if entry is None or entry.subtype != "Country":
        return None
    return Mention(owner.start_char, owner.end_char, owner.text, "Place", False, entry, "Place"), span.doc[cut + 1 : span.end].text


def _not_an_entity_name(span: SpacySpan) -> bool:
    """Names of laws, meetings, wars ("… Act of 2019", "G7 Summit", "World War II"), of kinds ("a Foreign
    Terrorist Organization"), of products
    ending in the kind of thing they are ("… Space Telescope"), a title
    alone ("Brigadier General"), a government noun alone ("the Administration"), a time zone
    after a clock time ("1800 UTC")."""
    if _kind_after_an_indefinite_article(span) or _part_of_a_listed_law_title(span):
        return True
    words = [t for t in span if not t.is_punct]
    last = next((t for t in reversed(words) if not (t.like_num or ROMAN.fullmatch(t.text))), None)
    if last is not None and last.lower_ in word_set("non_entity_heads.txt"):
        return True
    if len(words) > 1 and last is not None and _singular(last.lower_) in word_set("kind_heads.txt") \
            and (span[0].ent_type_ != "ORG" or any(ch.isdigit() for ch in span.text)):
        return True  # "James Webb Space Telescope", "AIM-120 … Missiles": a product's name ends in what it is
        # (a company the tagger calls one keeps its name: "Royal Dutch Shell")
    if words and all(t.lower_.strip(".") in _title_words() or _titles_or_person_nouns(t) for t in words):
        return True
    if _title_with_portfolio(words):
        return True
    if len(words) == 1 and words[0].lower_ in word_set("body_nouns.txt") and words[0].lower_ not in load_org_heads():
        return True  # "the Administration", "the Government": whose, the name does not say
    doc = span.doc
    if PARTY_AND_STATE.fullmatch(span.text):
        return True  # "Rep. Jane Doe, D-Ore.,": her party and state, no place named
    storm_word = span[0] if len(span) > 1 else doc[span.start - 1] if span.start > 0 else None
    if storm_word is not None and storm_word.lower_ in STORM_WORDS and storm_word.text[:1].isupper():
        return True  # "Hurricane Melissa", "Typhoon Haiyan": a storm's name
    clock = span.start > 0 and (any(ch.isdigit() for ch in doc[span.start - 1].text) or doc[span.start - 1].ent_type_ == "TIME")
    return span.text in word_set("time_zones.txt") and clock  # "7:05 pm CET", "1800 UTC"


def _part_of_a_listed_law_title(span: SpacySpan) -> bool:
    """"… of the Department of State, Foreign Operations, and Related Programs Appropriations Act": a
    law's title listing what it covers, commas between the parts; a part inside the list is the
    law's words, not a body or a person."""
    doc = span.doc
    text = columns(doc).text
    if span.start < 2 or text[span.start - 1] != "," or not text[span.start - 2][:1].isupper():
        return False
    i = span.end
    if i + 1 >= len(doc) or doc[i].text != ",":
        return False
    i += 1 + (doc[i + 1].lower_ == "and")
    last = None
    while i < len(doc) and (doc[i].text[:1].isupper() and doc[i].is_alpha or doc[i].text in (",", "and", "of")):
        last = doc[i] if doc[i].text[:1].isupper() else last
        i += 1
    return last is not None and last.lower_ in word_set("non_entity_heads.txt")


#: parts of speech of a word after a noun phrase, not inside it
PHRASE_ENDERS = frozenset({"ADP", "PUNCT", "CCONJ", "SCONJ", "AUX", "VERB", "PART", "DET", "PRON", "ADV"})


def _kind_after_an_indefinite_article(span: SpacySpan) -> bool:
    """"designated the group as a Foreign Terrorist Organization", "a NATO Ally": a capitalised
    phrase that "a" or "an" opens names a kind of thing, one of many, not one referent ("a Reuters
    reporter" is a reporter: there "a" belongs to the noun after the name)."""
    doc = span.doc
    if span.start == 0 or columns(doc).lower[span.start - 1] not in ("a", "an"):
        return False
    end = span.end
    if end < len(doc) and doc[end].text == "(":  # "a China Coast Guard (CCG) ship": read on past the short name
        end = next((k + 1 for k in range(end + 1, min(end + 6, len(doc))) if doc[k].text == ")"), end)
    after = doc[end] if end < len(doc) else None
    if after is not None and after.text == ",":
        close = next((k for k in range(end + 1, min(end + 5, len(doc))) if doc[k].text == ","), None)
        if close is not None and close + 1 < len(doc) and doc[close + 1].pos_ == "NOUN":
            return False  # "a Bowie, Maryland, woman": the article is the noun's after the town and its state
    # the phrase ends with the name: a preposition, a verb or a bracket comes next, not a noun it modifies
    # (the parser often misreads a capitalised kind, so the next word decides, not the tree)
    return after is None or (after.pos_ in PHRASE_ENDERS and after.text not in HYPHENS and after.tag_ != "POS")


def _title_with_portfolio(words: list[Token]) -> bool:
    """A title and its portfolio ("Minister of Foreign Affairs", "Commissioner for Human Rights",
    "Director of National Intelligence"): a post, no body, when no word of the portfolio is a
    body's head word ("Governor of the Bank of Ghana" names the bank) or a place the gazetteer knows."""
    if len(words) < 3 or words[0].lower_ == "the":
        words = words[1:]
    if len(words) < 3 or not (is_title_head(words[0]) and words[0].text[:1].isupper()) or words[1].lower_ not in ("of", "for"):
        return False
    portfolio = [t for t in words[2:] if t.lower_ != "the"]
    gazetteer = load_gazetteer()
    return bool(portfolio) and all(t.text[:1].isupper() or t.lower_ == "and" for t in portfolio) \
        and not any(t.lower_ in load_org_heads() or gazetteer.lookup(t.text) is not None for t in portfolio)


PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")  # AP style after a US lawmaker's name
STORM_WORDS = {"hurricane", "typhoon", "cyclone", "storm"}  # capitalised before the name storms are given


ROMAN = re.compile(r"[IVX]+")
# East Slavic patronymics, Russian and Ukrainian spellings ("Valeryevich", "Sergeyevna", "Petrovych", "Ivanivna")
PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna|ovych|evych|ivna|yivna)")
COMPASS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west"}


def _headline_end(doc: Doc) -> int:
    """Where a Title-Case headline ends (its first line, before a blank line), else 0: a headline
    capitalises every word, so capitals there are no evidence of a name. A line closed by a full
    stop is a sentence ("Pavel Dvorak met Rosa Delgado in Prague."), not a headline."""
    text = doc_text(doc)
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    if line_end < 0 or not BLANK_LINE.match(text, line_end) or text[first:line_end].rstrip().endswith("."):
        return 0
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", text[first:line_end]) if len(w) > 3]
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return 0
    return line_end


BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")


def _only_in_headline(doc: Doc, span: SpacySpan, headline_end: int) -> bool:
    """A name read only in a Title-Case headline, never again in the body."""
    titled = span.start > 0 and is_title_head(span.doc[span.start - 1])
    return span.end_char <= headline_end and not titled and span.text not in doc_text(doc)[headline_end:]


STANDALONE_LINE = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*([^\n]+?)[ \t]*(?=\r?\n[ \t]*\r?\n|\Z)")


def _subheadlines(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of Title-Case lines standing alone, with a verb, after the first line
    ("Two Defendants Arrested; Ohio Company Allegedly Used as Front for Buyers"), and of section
    headings in capitals: decks and subheads capitalise every word as the headline does. A line with no verb is a label
    ("U.S. Attorney's Office, Eastern District of New York"), where capitals do mark names; a line
    ending in a colon introduces a quotation ("Minister for Africa Helen Ashworth said:"); a wire
    credit line names its journalists."""
    text, out = doc_text(doc), []
    for match in STANDALONE_LINE.finditer(text):
        line = match.group(1)
        if match.start(1) == 0 or line.endswith((".", ":")) or CREDIT_LINE.fullmatch(line.strip()):
            continue
        words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) > 3]
        tokens = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        if tokens is None:
            continue
        deck = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words) and any(t.pos_ == "VERB" for t in tokens)
        if deck or _section_heading_in_capitals(tokens):
            out.append((match.start(1), match.end(1)))
    return out


def _section_heading_in_capitals(line: SpacySpan) -> bool:
    """"TAVAKOLI'S OIL SMUGGLING NETWORK", "UAE AND TÜRKIYE-BASED TRANSSHIPPERS": a press release's
    section heading, three or more words all in capitals, not a name on a line of its own ("GLOBAL
    MARINE SERVICES FZE", "NOVA PEARL (IMO 9123456)"); a name in it that the copy writes alike is kept."""
    words = [t for t in line if t.is_alpha]
    return len(words) >= 3 and all(t.text.isupper() for t in words) and not any(t.is_digit or t.text in "()," for t in line) \
        and not any(t.lower_ in load_company_words()["suffix"] for t in words)


def _only_in_subheadlines(doc: Doc, span: SpacySpan, subheadlines: list[tuple[int, int]]) -> bool:
    """A name read only in Title-Case subheads, never in the copy."""
    if not any(a <= span.start_char < b for a, b in subheadlines):
        return False
    found = (m.start() for m in re.finditer(re.escape(span.text), doc_text(doc)))
    return all(any(a <= at < b for a, b in subheadlines) for at in found)


def _field_office_of_its_agency(span: SpacySpan) -> bool:
    """A field office named by its city right after its agency ("the FBI's Boston Field Office",
    "Federal Bureau of Investigation, New York Field Office"): a part of the agency named before
    it, no body of its own."""
    doc = span.doc
    return len(span) >= 3 and [t.lower_ for t in span[-2:]] == ["field", "office"] and span.start > 0 \
        and (doc[span.start - 1].text == "," or doc[span.start - 1].lower_ in POSSESSIVE_MARKS)


def _names_a_vessel(span: SpacySpan) -> bool:
    """A ship's name, which the number the IMO gives ships follows in sanctions lists ("MARAN STAR
    (IMO 9288112)", "YUAN HE 8 (IMO 9402158)"): a vessel is no person, body or place."""
    doc, i, text = span.doc, span.end, columns(span.doc).text
    while i < min(span.end + 4, len(doc)) and (text[i].isupper() or doc[i].like_num):
        i += 1  # the rest of a name in capitals the tagger cut
    return i + 1 < len(doc) and text[i] == "(" and text[i + 1] == "IMO"


def _address_unit(span: SpacySpan) -> bool:
    """An office or suite number in an address ("Office 1204", "Unit 3"): an organisational word
    alone before a number names no body."""
    doc = span.doc
    return len(span) == 1 and span[0].lower_ in load_org_heads() and span.end < len(doc) and doc[span.end].like_num


def _program_tag(span: SpacySpan) -> bool:
    """A sanctions programme's tag in square brackets after a designation entry ("[SDGT]",
    "[IRGC]", "[RUSSIA-EO14024]"): the authority the listing rests on, no mention of a body."""
    text = columns(span.doc).text
    opened = span.start > 0 and text[span.start - 1] == "["
    closed = span.end < len(text) and text[span.end] == "]"
    return opened and closed and bool(ACRONYM.fullmatch(span.text.replace(" ", "")))


def _wire_tag(span: SpacySpan) -> bool:
    """An agency's copy tag in brackets ("(LEAD)", "(2ND LD)", "(UPDATE 1)", "(END)"): capitals
    alone between the brackets, tag words and their ordinals, say what the copy is, naming no one."""
    text = columns(span.doc).text
    opened = next((i for i in range(span.start - 1, max(-1, span.start - 4), -1) if text[i] == "("), None)
    closed = next((i for i in range(span.end, min(len(text), span.end + 3)) if text[i] == ")"), None)
    if opened is None or closed is None:
        return False
    words = span.doc[opened + 1 : closed]
    return all(t.text.isupper() or t.is_digit for t in words) and any(t.lower_ in word_set("wire_tags.txt") for t in words) \
        and all(t.lower_ in word_set("wire_tags.txt") or WIRE_TAG_NUMBER.fullmatch(t.text) for t in words)


WIRE_TAG_NUMBER = re.compile(r"\d+(?:ST|ND|RD|TH)?")  # "2ND LD", "UPDATE 1"


@lru_cache(maxsize=1)
def load_designation_fields() -> tuple[str, ...]:
    return tuple(read_lines("designation_fields.txt"))


@lru_cache(maxsize=1)
def _designation_field_set() -> frozenset[str]:
    return frozenset(load_designation_fields())


@lru_cache(maxsize=1)
def _designation_field_first_words() -> frozenset[str]:
    return frozenset(field.partition(" ")[0] for field in load_designation_fields())


def _opens_with_a_field(text: str) -> bool:
    """The text is a designation field, or one and a space and more: looked up at each space, not
    compared with every field, and only when its first word opens a field (most names' does not)."""
    if text.partition(" ")[0] not in _designation_field_first_words():
        return False
    fields = _designation_field_set()
    return text in fields or any(text[: space.start()] in fields for space in SPACE.finditer(text))


SPACE = re.compile(" ")


def _designation_field(span: SpacySpan) -> bool:
    """A field of a designation entry and its value ("DOB 02 Jan 1978", "Gender Male", "Passport
    A1234567"), or a word of its value, read as a name."""
    doc = span.doc
    text, starts, end = doc_text(doc), columns(doc).idx, span.end_char  # the openings cut from the text, no tokens built
    for start in range(span.start, max(span.start - 4, -1), -1):
        if _opens_with_a_field(text[starts[start] : end]):
            return True
        if doc[start].is_punct or doc[start].is_space:
            break
    return False


def _family_name(span: SpacySpan) -> bool:
    """A surname that names a family ("the Smith family", "the Kims"): not one person."""
    lower = columns(span.doc).lower
    return span.end < len(lower) and lower[span.end] in ("family", "families", "dynasty", "clan")


MINISTRY_NOUNS = frozenset({"ministry", "department"})


def _governing_bodies(doc: Doc, gazetteer: Gazetteer) -> list[tuple[Mention, tuple[int, int]]]:
    """Governments named by a common noun after a nationality, a place or a leader ("the Afghan
    government", "the Hong Kong authorities", "the Trump administration") or before "of" and a
    country ("the government of Syria", "the Government of Iraq"): one organisation per
    (country or person, noun)."""
    found = []
    ents_ending = {e.end: e for e in doc.ents if e.label_ in ("GPE", "PERSON", "NORP")}
    for tok in tokens_where(doc, "lower", MINISTRY_NOUNS | word_set("body_nouns.txt")):
        if tok.lower_ in MINISTRY_NOUNS and tok.text.islower():
            found.extend(_ministry_of_country(doc, tok, gazetteer))
        if tok.lower_ not in word_set("body_nouns.txt") or tok.dep_ == "amod" or tok.pos_ not in ("NOUN", "PROPN") \
                or _under_a_nations_control(tok):
            continue
        owned = _body_owner(doc, tok, ents_ending, gazetteer) if tok.text.islower() else None
        if owned and tok.dep_ == "compound" and owned[1] in gazetteer.entries:
            continue  # "a Syrian government adviser" is an adviser; "Trump administration officials" still name it
        start, owner, end = (owned[0], owned[1], tok.i + 1) if owned else _body_of_country(doc, tok, gazetteer)
        if owner is None:
            continue
        span = doc[start:end]
        mention = Mention(span.start_char, span.end_char, span.text, "Organization", body=(owner, tok.lemma_.lower()))
        found.append((mention, (start, end)))
        if owned and (leader := _leader_owning(doc, start, tok.i)) is not None:
            found.append((leader, (start, start)))
    return found


def _leader_owning(doc: Doc, start: int, noun: int) -> Mention | None:
    """"President Javier Milei's government", "the William Ruto administration": the leader the
    tagger names in full before a body noun is mentioned there too, as a person ("the Assad
    regime" is the regime's label, not a mention of a person)."""
    words = doc[start:noun]
    while len(words) and words[-1].lower_ in POSSESSIVE_MARKS | {"'", "’"}:
        words = words[:-1]
    if len(words) < 2 or any(t.ent_type_ != "PERSON" for t in words):
        return None
    return Mention(words.start_char, words.end_char, words.text, "Person")


def _under_a_nations_control(tok: Token) -> bool:
    """"Islands under Japanese administration": a state of control after "under" with no article,
    no body that acts ("under the Trump administration" still names one)."""
    return tok.head.lower_ == "under" and tok.dep_ == "pobj" and not any(c.dep_ in ("det", "poss") for c in tok.children)


def _ministry_of_country(doc: Doc, tok: Token, gazetteer: Gazetteer) -> list[tuple[Mention, tuple[int, int]]]:
    """A ministry named in lower case with its country: "the ministry of internal affairs of Belarus"."""
    for of in range(tok.i + 2, min(tok.i + 7, len(doc) - 1)):
        if doc[of].lower_ != "of":
            if doc[of].is_punct or doc[of].pos_ == "VERB":
                return []
            continue
        start, country, end = _body_of_country(doc, doc[of - 1], gazetteer)
        if country is None or doc[tok.i + 1].lower_ != "of":
            return []
        span = doc[tok.i:end]
        portfolio = doc[tok.i : of].text.lower()
        return [(Mention(span.start_char, span.end_char, span.text, "Organization", body=(country, portfolio)), (tok.i, end))]
    return []


def _body_owner(doc: Doc, tok: Token, ents_ending: dict[int, SpacySpan], gazetteer: Gazetteer) -> tuple[int, str] | None:
    """Where the owner before a body noun starts, and who it is: a country for a nationality or
    place ("Afghan", "Hong Kong"), else the name itself ("Trump")."""
    if tok.i == 0:
        return None
    prev = doc[tok.i - 1]
    country = gazetteer.demonym(prev.text)
    if country and prev.pos_ in ("ADJ", "PROPN", "NOUN"):
        return tok.i - 1, country.name
    before = ents_ending.get(tok.i)
    if before is not None and before.label_ == "GPE":
        entry = gazetteer.lookup(before.text)
        return before.start + (before[0].lower_ == "the"), entry.name if entry else before.text
    if before is not None and before.label_ == "PERSON":
        return before.start, before[-1].text
    if before is not None and before.label_ == "NORP" and len(before) == 1 and gazetteer.demonym(prev.text) is None \
            and not DEMONYM_ENDING.search(prev.text):
        return tok.i - 1, prev.text  # "the Punjab government": a region the tagger read as a nationality
    if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha:
        return tok.i - 1, prev.text  # "the Okonkwo administration"
    return None


DEMONYM_ENDING = re.compile(r"(?:an|ese|ish|ic|i)$")  # "Punjabi", "Sindhi", "Kurdish": people, not a place


def _body_of_country(doc: Doc, tok: Token, gazetteer: Gazetteer) -> tuple[int, str | None, int]:
    """"government of Iraq", "Government of the United States": (start, country, end)."""
    end = tok.i + 1
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        first = end + 1 + (doc[end + 1].lower_ == "the")
        for last in range(min(first + 4, len(doc)), first, -1):
            if any(t.is_punct or t.is_space for t in doc[first:last]):
                continue  # the country's name ends at the sentence's full stop or a line break
            entry = gazetteer.lookup(doc[first:last].text)
            if entry is not None and entry.subtype == "Country":
                return tok.i, entry.name, last
    return tok.i, None, end


def _cluster(mentions: list[Mention], definitions: dict[str, str]) -> list[list[Mention]]:
    """Group mentions by referent: gazetteer entry, governing body or form (spelt without accents
    or transliteration variants: "Erdogan" / "Erdoğan") first; then an acronym joins the name it
    was defined for ("Syrian Democratic Forces (SDF)"), a surname the full name, a body's head
    word the one name it heads ("Parliament" → "Tunisian Parliament"), and a shorter form the
    one longer name it begins ("Caribe Horizon" → "Caribe Horizon Shipping")."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        form = m.text.title() if m.text.isupper() and len(m.text) > 4 else m.text  # "WASHINGTON (AP) —"
        if m.gazetteer:
            key = f"gaz:{m.gazetteer.name}"
        elif m.body:
            key = f"body:{m.body[0]}:{m.body[1]}"
        else:
            key = f"form:{_skeleton(form)}"
        groups.setdefault(key, []).append(m)
    for acronym, name in definitions.items():
        source = f"form:{_skeleton(acronym)}"
        target = next((k for k, ms in groups.items() if k != source and any(name in (m.text, m.owned) for m in ms)), None)
        if source in groups and target is not None and source.startswith("form:"):
            groups[target].extend(groups.pop(source))
            continue
        known = next((k for k, ms in groups.items() if k.startswith("gaz:") and any(m.text == acronym for m in ms)), None)
        if known is not None and target is not None and target.startswith("form:") and acronym in _acronyms(name):
            groups[known].extend(groups.pop(target))  # "Tehreek-i-Taliban Pakistan (TTP)", spelt out: the body the
            # gazetteer knows as TTP under another spelling (not "GOMA, Congo (AP)": a dateline's credit)
    names = {k: _names_of(ms) for k, ms in groups.items()}  # kept up to date as clusters merge
    for key in sorted((k for k in groups if k.startswith("form:")), key=lambda k: len(groups[k][0].words)):
        if key not in groups:
            continue
        others = {k: ms for k, ms in groups.items() if k != key}
        targets = _headed_names_for(groups[key], others, names) or _longer_names_for(groups[key], others, names)
        if len(targets) > 1 and all(_is_personish(groups[t]) for t in targets) and len(groups[key][0].words) == 1:
            targets = [min(targets, key=lambda t: min(m.start for m in groups[t]))]  # the person named first
        elif len(targets) > 1 and _headed_names_for(groups[key], others, names):
            targets = [_body_named_last_before(groups[key], {t: groups[t] for t in targets})]
        if len(targets) == 1:
            groups[targets[0]].extend(groups.pop(key))
            names[targets[0]] |= names.pop(key)  # a form's cluster has no gazetteer entry: its names are its mentions'
    return [ms for ms in groups.values() if not _family_of(ms, groups.values())]


def _body_named_last_before(ms: list[Mention], bodies: dict[str, list[Mention]]) -> str:
    """The body a capitalised head word alone refers back to ("the Department" after "the
    Department of Commerce" and "the Department of Energy"): the one named last before it with that
    word ("the Army" after "the People's Liberation Army (PLA) … Indian Army personnel … the PLA's
    command" is the Indian Army: an acronym does not spell the word), else the one named first after it."""
    first, word = min(m.start for m in ms), ms[0].words[-1]
    spelt = {k: [m for m in b if word in m.words] or b for k, b in bodies.items()}
    before = {k: max((m.start for m in b if m.start < first), default=-1) for k, b in spelt.items()}
    if max(before.values()) >= 0:
        return max(bodies, key=lambda k: (before[k], k))
    return min(bodies, key=lambda k: (min(m.start for m in bodies[k]), k))


def _family_of(ms: list[Mention], groups) -> bool:
    """A plural of a person's surname ("the Bidens" beside "Joe Biden") names a family, no one entity."""
    word = ms[0].text
    if len(ms[0].words) != 1 or not word.endswith("s") or any(m.titled for m in ms) or ms[0].gazetteer:
        return False
    surnames = {_surname(m.words[-1]) for other in groups if _is_personish(other) for m in other if len(m.words) > 1}
    return _surname(word[:-1]) in surnames or (word.endswith("es") and _surname(word[:-2]) in surnames)


@lru_cache(maxsize=65536)  # asked for every pair of clusters compared
def _skeleton(form: str) -> str:
    """A name without accents, apostrophes, hyphens or doubled letters, "y" read as "i", so that
    transliterations of one name compare equal ("Soleimani" / "Soleymani", "Erdoğan" / "Erdogan")."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", form) if not unicodedata.combining(ch))
    plain = re.sub(r"[’'‘`-]", "", plain.lower()).replace("y", "i")
    return re.sub(r"(.)\1+", r"\1", plain)


@lru_cache(maxsize=65536)  # asked for every pair of clusters compared
def _surname(word: str) -> str:
    """A family name without its article ("al-Assad" → "assad"), as a skeleton."""
    return _skeleton(re.sub(r"^(?:al|el|al-|el-|bin|ben|ibn)[-‐ ]", "", word, flags=re.IGNORECASE))


def _is_personish(ms: list[Mention]) -> bool:
    return any(m.label == "Person" or m.titled or m.described == "Person" for m in ms)


def _head_word(words: list[str]) -> str:
    """The word a name's other words depend on: the last one, or the one before "of" / "for"
    ("House of Representatives" → "House", "Tunisian Parliament" → "Parliament")."""
    for i, word in enumerate(words[1:], 1):
        if word.lower() in ("of", "for"):
            return words[i - 1]
    return words[-1]


def _names_of(ms: list[Mention]) -> set[str]:
    """A cluster's names: its mentions' forms, and the name and aliases of the gazetteer entry it is."""
    entry = ms[0].gazetteer
    return {m.text for m in ms} | ({entry.name, *entry.aliases} if entry else set())


def _headed_names_for(ms: list[Mention], others: dict[str, list[Mention]], names: dict[str, set[str]]) -> list[str]:
    """The non-person clusters one of whose longer names (``names``, by cluster) has this single word as its head."""
    words = ms[0].words
    if len(words) != 1 or words[0].lower() not in load_org_heads():
        return []
    found = []
    for key, other in others.items():
        if not _is_personish(other) and any(len(f.split()) > 1 and _head_word(f.split()) == words[0] for f in names[key]):
            found.append(key)
    return found


@lru_cache(maxsize=8192)
def _name_words(form: str) -> tuple[str, ...]:
    """The words of a name ("Acme Trading, S.A.": the comma is no part of them), read once for the
    many short names each longer one is compared with."""
    return tuple(word.rstrip(",") for word in form.split())


@lru_cache(maxsize=8192)
def _word_surnames(form: str) -> frozenset[str]:
    """The surnames (``_surname``) of a name's words, read once per name: a short form has its first word,
    as a surname, in every longer name it can stand for but one it spells the initials of."""
    return frozenset(_surname(word) for word in _name_words(form))


def _longer_names_for(ms: list[Mention], others: dict[str, list[Mention]], names: dict[str, set[str]]) -> list[str]:
    """The clusters whose longer names (``names``, by cluster) a shorter form stands for (ideally exactly one)."""
    words = ms[0].words
    text = ms[0].text
    # what the loop below asks of the short form's own mentions, read once
    personish, in_gazetteer, titled = _is_personish(ms), any(m.gazetteer for m in ms), any(m.titled for m in ms)
    suffixes = load_company_words()["suffix"]
    capitals, district_name = text.isupper() and len(text) > 1, JUDICIAL_DISTRICT.fullmatch(text) is not None
    first_word = _surname(words[0])
    found = []
    for key, other in others.items():
        if key.startswith("body:"):
            continue  # "the Maduro regime" is no longer name of Maduro
        # each way below but an acronym's has the short form's first word in the longer name
        longer_forms = [form for form in names[key]
                        if len(_name_words(form)) > len(words) and (capitals or first_word in _word_surnames(form))]
        if not longer_forms:
            continue
        other_personish = _is_personish(other)
        for form in longer_forms:
            longer = list(_name_words(form))
            surname = len(words) == 1 and other_personish and _surname(words[0]) in (_surname(longer[0]), _surname(longer[-1]))
            # "Horizon Gulf" for "Horizon Gulf Petrochemicals FZCO": a company's short name, even one that reads as a place
            prefix = longer[: len(words)] == words and not other_personish \
                and (_cluster_type(ms) != "Place" or (longer[-1].lower() in suffixes and not in_gazetteer))
            person_prefix = len(words) > 1 and longer[: len(words)] == words and other_personish
            # "Lantu Precision" for "Shenzhen Lantu Precision Technology Co., Ltd.": a company registered under its
            # city's name is called by the words after it (the city is often one the gazetteer does not list)
            after_its_city = len(words) > 1 and longer[1 : len(words) + 1] == words and not other_personish \
                and longer[-1].lower() in suffixes
            # "Malmer Stenergard" for "Maria Malmer Stenergard", "van der Linden" for "Frans van der Linden":
            # a double surname, or a surname with its particles
            particle_tail = len(words) > 1 and other_personish and (words[0].lower() in NAME_PARTICLES or personish) \
                and [w.lower() for w in longer[-len(words):]] == [w.lower() for w in words]
            acronym = capitals and text in _acronyms(form)
            # "Congo" after "the Democratic Republic of Congo": the last word of a country's name, itself no country's
            country_tail = longer[-len(words):] == words and not in_gazetteer \
                and other[0].gazetteer is not None and other[0].gazetteer.subtype == "Country"
            # "Ms. Cabal" for "María Fernanda Cabal Molina", "Zambada" for "Ismael Zambada García": Spanish names
            # carry two surnames, the first used alone
            # (a surname the tagger took for a place still is one: "Membreño" after "Oscar René Membreño Lacayo")
            first_surname = len(words) == 1 and len(longer) >= 3 \
                and (titled or (other_personish and (personish or not in_gazetteer))) \
                and _surname(words[0]) == _surname(longer[-2]) and all(w[:1].isupper() for w in longer) \
                and longer[-1].lower() not in load_org_heads()
            # "the Eastern District of New York" after "U.S. Attorney's Office, Eastern District of New York":
            # the district a court or prosecutors' office is named for stands for that body
            district = longer[-len(words):] == words and district_name
            # "the Air Force" after "the Ukrainian Air Force": a body named again without its nationality
            national_body = len(longer) == len(words) + 1 and longer[1:] == words and not in_gazetteer \
                and load_gazetteer().demonym(longer[0]) is not None and _cluster_type(other) == "Organization"
            # "the North" after "North Korea": a country named again by the compass word that opens its name
            compass_country = len(words) == 1 and words[0].lower() in COMPASS and longer[0] == words[0] \
                and other[0].gazetteer is not None and other[0].gazetteer.subtype == "Country"
            if surname or prefix or person_prefix or after_its_city or particle_tail or first_surname or acronym or country_tail or district \
                    or national_body or compass_country:
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
    """A name after a title is a person's; a name ending in a legal form a company's; a name
    described by a noun ("the opposition group X") is what the noun says; a name ending in an organisational word
    ("… Shipping Lines") an organisation's; a full name tagged PERSON anchors a person (the
    tagger often calls a bare surname an ORG) unless its context says otherwise ("X, a civil
    society group"); otherwise the mentions and their contexts vote."""
    if any(m.titled for m in ms):
        return "Person"
    if any(len(m.words) > 1 and _group_lead_word(m.words[0]) for m in ms):
        return "Organization"  # "Jemaah Islamiyah", "Saraya al-Salam": a group's name
    if any(JUDICIAL_DISTRICT.fullmatch(m.text) for m in ms):
        return "Organization"  # "prosecutors in the Southern District of New York": the court's district, not a place
    if any(len(m.words) > 1 and m.words[-1].lower() in load_company_words()["suffix"] for m in ms):
        return "Organization"  # "its owner, ByteDance Ltd.": a legal form outweighs the noun describing the name
    if any(len(m.words) > 1 and _head_word(m.words).lower() in word_set("publication_heads.txt") for m in ms):
        return "Organization"  # "the Federal Register", "the Official Journal of the EU": a publication, no place
    described = Counter(m.described for m in ms if m.described)
    if described:
        return max(TYPE_ORDER, key=lambda t: (described[t], -TYPE_ORDER.index(t)))
    if any(len(m.words) > 1 and m.words[-1] == "Department" and _names_a_town(" ".join(m.words[:-1])) for m in ms):
        return "Place"  # "La Paz Department": the Bolivian or Colombian region named after its capital
    heads = _body_name_ends()
    if any(m.body or (m.words[-1].lower() in heads and (len(m.words) > 1 or m.label != "Person"))
           or (len(m.words) > 2 and _head_word(m.words).lower() in heads) for m in ms):
        return "Organization"  # "… Shipping Lines", "… Central Bank", "the Senate", "the Afghan government", "… AB",
        # "Congress of Deputies": the word before "of" heads the name
    if any(len(m.words) > 1 and m.words[-1][:1].isupper() and m.words[-1].lower() in load_place_cues()["noun"] for m in ms):
        return "Place"  # "Sheikh Zayed Road", "Tahrir Square", "Kherson Oblast": a name ending in a kind of place
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


def _names_a_town(name: str) -> bool:
    entry = load_gazetteer().lookup(name)
    return entry is not None and entry.subtype in ("City", "AdministrativeArea")


def find_entities(
    doc: Doc, nlp: Language, text: str, published: dt.date | None = None, gazetteer: Gazetteer | None = None
) -> EntityIndex:
    """Entities of one article; ``published`` dates the office-holder table used to name people."""
    gazetteer = gazetteer or load_gazetteer()
    index = EntityIndex(text, gazetteer)
    mentions = _mentions(doc, nlp, gazetteer)
    _institutions_at_home(mentions, gazetteer)
    common = _common_nouns(nlp)
    # "Kenya's Ministry of Health" is named "Ministry of Health" unless another country's has that name too
    owners_of = Counter(owned for owned, _ in {(m.owned, m.text) for m in mentions if m.owned})
    for ms in _cluster(mentions, _defined_acronyms(doc, mentions)):
        entry = next((m.gazetteer for m in ms if m.gazetteer), None)
        if entry:
            government = government_seated_in(gazetteer, entry)
            if government is not None and _stands_for_its_government(doc, ms):
                entry = government
            key = index.ensure(entry)
        else:
            etype = _cluster_type(ms)
            if etype != "Person" and _capitalised_common_noun(ms, common):
                continue
            longest = max(ms, key=lambda m: (len(m.words), len(m.text), -m.start))
            name = longest.owned if longest.owned and owners_of[longest.owned] == 1 else " ".join(longest.words)
            facility = _facility_after(doc.char_span(longest.start, longest.end)) if longest.described else None
            name = facility[0] if facility is not None else name  # "Ryazan oil refinery", not "Ryazan"
            wikidata = None
            holder = _office_holder(name, ms, published) if etype == "Person" else None
            if holder:
                name, wikidata = holder.person, holder.wikidata
            key = entity_key(etype, name)
            body = next((m.body for m in ms if m.body), None)
            if key not in index.drafts:
                company = etype == "Organization" and any(m.company for m in ms)
                index.drafts[key] = EntityDraft(
                    key=key, name=name, type=etype, wikidata=wikidata,
                    subtype="GovernmentOrganization" if body else "Corporation" if company else None,
                    country=body[0] if body and body[0] in gazetteer.entries else None,
                )
        for m in ms:
            index.add_alias(key, m.text)
            index.add_mention(m.start, m.end, key)
            if not entry and m.described and (facility := _facility_after(doc.char_span(m.start, m.end))) is not None:
                index.add_alias(key, facility[0])
            if index.drafts[key].type == "Place":
                index.add_alias(key, _with_its_kind(doc, m) or m.text)
    _add_bare_forms(doc, index)
    return index


#: Prepositions whose object, when it is a seat of government, is mostly the city itself: a trip
#: "to Kyiv", a strike "on Kyiv", flights "from Moscow", "the streets of Tbilisi" (with place_cues' "in", "near" …).
CITY_PREPOSITIONS = frozenset({"at", "to", "from", "on", "over", "of", "through", "via", "within", "inside"})
#: Words placing something in a city or country: "a Washington-based analyst", "a Beijing-headquartered firm",
#: "a Dubai-registered company", "a Panama-flagged tanker".
LOCATED_WORDS = frozenset({"based", "headquartered", "registered", "flagged"})


def _stands_for_its_government(doc: Doc, ms: list[Mention]) -> bool:
    """A seat of government named only as one who acts, speaks or is addressed ("Beijing rejected
    the protest", "urged Washington to", "Pyongyang's weapons programmes") is its country or body,
    as news copy means it; named even once as the city ("talks in Beijing", "an attack on Kyiv",
    "the Kyiv region", "Kyiv was hit", "struck Kyiv", "a Moscow-based firm") it stays the city. A dateline decides neither way."""
    roles = {_seat_role(doc, m) for m in ms}
    return "government" in roles and "city" not in roles


@lru_cache(maxsize=1)
def _verbs_taking_a_place() -> frozenset[str]:
    """Verbs whose object is a place when it is one: the attacks of the event lexicon ("struck
    Kyiv", "shelled Kharkiv") and its verbs read with a place object ("visited Beijing")."""
    return frozenset(row["trigger"] for row in read_table("plover_triggers.tsv")
                     if row["pos"] == "V" and (row["type"] == "ASSAULT" or "obj:PLACE" in row["conditions"]))


def _seat_role(doc: Doc, mention: Mention) -> str | None:
    """"city", "government" or, for a dateline, None: how one mention of a seat of government reads."""
    span = doc.char_span(mention.start, mention.end)
    if span is None:
        return "city"
    if _in_dateline(doc, span) or _dateline_region(doc, span):
        return None
    after = span.doc[span.end + 1] if span.end + 1 < len(span.doc) and span.doc[span.end].text == "," else None
    if _town_then_its_region(span) or (after is not None and mention.gazetteer is not None and load_gazetteer().lookup(after.text) is not None
                                       and load_gazetteer().lookup(after.text).name == mention.gazetteer.country):
        return "city"  # "Amman, Jordan": an address
    word = span.root
    while word.dep_ in ("conj", "appos") and word.head is not word:
        word = word.head
    if word.dep_ == "nsubjpass" or word.dep_ == "compound" or word.head.lower_ in LOCATED_WORDS:
        return "city"
    if word.dep_ == "dobj" and word.head.lemma_.lower() in _verbs_taking_a_place():
        return "city"
    if word.dep_ == "pobj" and word.head.lower_ in CITY_PREPOSITIONS | load_place_cues()["prep"]:
        return "city"
    if word.dep_ == "poss" and word.head.lemma_.lower() in load_place_cues()["noun"]:
        return "city"
    return "government"


def _with_its_kind(doc: Doc, mention: Mention) -> str | None:
    """"the Littoral region", "the Kerem Shalom crossing": a place's name with the lower-case
    kind of place after it, a form of the name too (the name stays "Littoral": "Cebu province"
    is Cebu)."""
    span = doc.char_span(mention.start, mention.end)
    if span is None or span.end >= len(doc) or span.start == 0 or doc[span.start - 1].lower_ != "the":
        return None
    noun = doc[span.end]
    if noun.lower_ in load_place_cues()["named"] and noun.text.islower():
        return f"{mention.text} {noun.text}"
    return None


def _defined_acronyms(doc: Doc, mentions: list[Mention]) -> dict[str, str]:
    """Acronym → the name it was defined for in brackets: the name whose initials it spells, or
    else the name right before the bracket ("People's Protection Units (YPG)"); a short name
    → the name it was given for ("X, known as Y")."""
    out: dict[str, str] = {}
    ending: dict[int, Mention] = {}
    for m in sorted(mentions, key=lambda m: -m.start):  # the longest name ending there, not a place inside it
        ending[m.end] = m
    text = doc_text(doc)
    for name, acronym in _acronym_definitions(doc):
        paren = doc[acronym.start - 1]
        before = ending.get(_end_of_text_before(text, paren.idx))
        if before is not None and (name is not None or before.label != "Person"):
            out.setdefault(acronym.text, before.text)
    for name, alias in _names_known_as(doc):
        out.setdefault(alias.text, name.text)
    for word, before in _bracketed_words_after_bodies(doc, ending):  # "… Chamber of Industry and Commerce (Cainco)"
        out.setdefault(word, before.text)
    for name, short in _short_names_in_brackets(doc):  # "Rogelio Vergara Ríos (Vergara)"
        before = ending.get(name.end_char)
        if before is not None:
            out.setdefault(short.text, before.text)
    starting = {m.start: m for m in mentions}
    for cue in ALIAS_IN_BRACKETS.finditer(text):  # "Rashid Karimov (a.k.a. Rashid Kerimov)"
        before, alias = ending.get(_end_of_text_before(text, cue.start())), starting.get(cue.end())
        if before is not None and alias is not None:
            out.setdefault(alias.text, before.text)
    return out


def _end_of_text_before(text: str, at: int) -> int:
    """Where the text before ``at`` ends, spaces and line breaks left out: ``len(text[:at].rstrip())``,
    without copying the text before it."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _bracketed_words_after_bodies(doc: Doc, ending: dict[int, Mention]) -> list[tuple[str, Mention]]:
    """A single capitalised word in brackets right after an organisation's name: the short name it goes by,
    which need not spell its initials (a Spanish or French name's short form in English copy); a place in
    brackets ("(Reuters)" after a date line's town, "(Kyiv)") is none."""
    out = []
    orths = doc.to_array(ORTH)
    for i in numpy.flatnonzero(orths == doc.vocab.strings["("]).tolist():
        if i == 0 or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        word = doc[i + 1]
        before = ending.get(_end_of_text_before(doc_text(doc), columns(doc).idx[i]))
        if before is not None and before.label == "Organization" and word.is_alpha and word.text[:1].isupper() \
                and not word.text.isupper() and load_gazetteer().lookup(word.text) is None:
            out.append((word.text, before))
    return out


# the alias a designation gives in brackets: "X (a.k.a. Y)", "X (also known as Y)", "X (f.k.a. Y)"
ALIAS_IN_BRACKETS = re.compile(r"[(;]\s*(?:a\.k\.a\.?|aka|f\.k\.a\.?|fka|(?:also|formerly) known as)[\s:]+[\"“]?", re.IGNORECASE)


def _capitalised_common_noun(ms: list[Mention], common: frozenset[str]) -> bool:
    """A capitalised common noun read once, in a list or untagged ("Treason, Bribery, or …"): if
    it is no organisational word and nothing around it says what it is, it names no one."""
    if len(ms) != 1 or len(ms[0].words) != 1 or ms[0].context or ms[0].described or ms[0].label == "Place":
        return False
    if ms[0].label is not None and not ms[0].listed:
        return False  # the lemma index also lists proper names ("Bundesbank"): trust the tagger outside lists
    word = ms[0].text.lower()
    return (word in common or word.rstrip("s") in common) and word not in load_org_heads()


def _institutions_at_home(mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """A body named by its common name alone ("Congress", "the Senate", "the Supreme Court") is
    the one of the country the article is most about, when the gazetteer knows that country's."""
    counts: Counter[str] = Counter()
    for m in mentions:
        if m.gazetteer and m.gazetteer.subtype == "Country":
            counts[m.gazetteer.name] += 1
        elif m.gazetteer and m.gazetteer.country:
            counts[m.gazetteer.country] += 1
    if not counts:
        return
    home = max(counts, key=lambda c: (counts[c], -min(m.start for m in mentions if m.gazetteer and c in (m.gazetteer.name, m.gazetteer.country))))
    for m in mentions:
        if m.gazetteer is None and m.body is None:
            m.gazetteer = gazetteer.home_body(home, m.text)


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
    organisation ("Putin-Trump talks"), or a person's surname alone ("Loss believes", "Rashid"
    for "al-Rashid", a hyphenated "Asante-Mensah"), also as the subject opening a sentence."""
    single: dict[str, set[str]] = {}
    for key, draft in index.drafts.items():
        if not draft.mentions or draft.type == "Place":
            continue
        forms = {f for f in draft.forms | {draft.name} if " " not in f}
        if draft.type == "Person" and " " in draft.name:
            surname = draft.name.split()[-1]
            forms |= {surname, re.sub(r"^(?:al|el|bin|ben|ibn)[-‐]", "", surname, flags=re.IGNORECASE)}
        for form in forms:
            single.setdefault(form, set()).add(key)
    for tok in tokens_where(doc, "text", single):
        keys = single[tok.text]
        if len(keys) != 1 or index.for_token(tok) is not None:
            continue
        subject = tok.dep_ in NOMINAL_SUBJECT_DEPS  # "Rashid spoke": a surname opening a sentence
        if tok.pos_ == "PROPN" or (tok.text[:1].isupper() and (not tok.is_sent_start or subject)):
            key = next(iter(keys))
            index.add_mention(tok.idx, tok.idx + len(tok.text), key)
            index.add_alias(key, tok.text)
    text = doc_text(doc)
    for form, keys in single.items():  # "Asante-Mensah told reporters": a hyphenated name is three tokens
        if "-" not in form or len(keys) != 1 or not form[:1].isupper():
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
            span = doc.char_span(match.start(), match.end())
            if span is not None and all(index.for_token(t) is None for t in span):
                index.add_mention(match.start(), match.end(), next(iter(keys)))
