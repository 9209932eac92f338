"""Resolve stage: who a source phrase ("he", "the Russian leader", "the analyst") refers to.

Resolution uses only what the article states and a shipped table of office
holders: roles from appositions ("X, a policy fellow at Y"), titles before names
("US President X", "his French counterpart X"), and offices held at the
article's date. Pronouns go to the nearest preceding subject of a compatible
type. Whatever cannot be tied to one entity stays unresolved: never a guess.
"""
from __future__ import annotations

import bisect
import re
from copy import copy
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import read_lines, read_table, word_set
from .base import sentence_tokens, sentences_before
from .clauses import has_passive_auxiliary
from .entities import is_title_head, load_org_heads
from .gazetteer import GazetteerEntry
from .grammar import NOMINAL_SUBJECT_DEPS
from .offices import OfficeTerm, load_office_holders, terms_called
from .tokens import columns, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from .base import Context

PERSON_PRONOUNS = {"he", "she", "him", "her"}
PRONOUN_GENDERS = {"he": "male", "him": "male", "she": "female", "her": "female"}
OBJECT_PERSON_PRONOUNS = {"him", "her"}
#: "it" points back at one organisation or place; "they" may mean several, so no one entity.
SINGULAR_THING_PRONOUNS = {"it"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
PAST_MARKERS = {"former", "ex", "ex-", "late", "then", "outgoing", "previous"}
LEADER_CLASSES = {"leader", "president", "prime_minister", "chancellor", "monarch"}
#: "the minister" may be any minister the article named, the foreign minister too.
MINISTER_CLASSES = {"minister", "foreign_minister"}
SEARCH_SENTENCES = 6
#: Small words inside a long title before a name ("Secretary of the Treasury", "Envoy for Climate",
#: "Special Agent in Charge").
TITLE_LINKS = {"of", "for", "the", "and", "on", "to", "in"}
NAME_NOUNS = {"name", "pseudonym", "alias", "nickname"}
AGE = re.compile(r"\b\d+-year-old\b")
#: "the mother of three", "the father of two": like an age, a family told only to say more about a person
#: just named.
PARENT_NOUNS = {"mother", "father", "grandmother", "grandfather"}
#: Role classes of people who speak for someone without being named ("the official said"): never a
#: second name for the person just mentioned.
UNNAMED_SOURCE_CLASSES = {"official", "spokesperson"}
#: Entity labels of the parser that are no organisation's name: "the group Tuesday said".
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


@dataclass(frozen=True)
class Role:
    phrase: str
    role_class: str
    offices: tuple[str, ...]
    type: str
    matches: tuple[str, ...] = ()
    generic: bool = False
    institution: bool = False


@dataclass
class Profile:
    """What the article (or the office table) says an entity is: role classes and countries."""

    classes: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    former: bool = False


@lru_cache(maxsize=1)
def load_roles() -> dict[str, Role]:
    """Role phrases (lower case) → role, e.g. "foreign minister" → foreign_minister."""
    roles = {}
    for row in read_table("roles.tsv"):
        offices = tuple(o for o in (row["office"] or "").split("|") if o)
        phrase = row["role"].strip()
        matches = tuple(m for m in (row.get("matches") or "").split("|") if m) or (phrase,)
        roles[phrase] = Role(phrase, row["class"].strip(), offices, row["type"].strip(), matches,
                             row.get("generic") == "yes", row.get("institution") == "yes")
    return roles


@lru_cache(maxsize=1)
def load_gender_words() -> dict[str, str]:
    """Honorifics, kinship and role nouns (lower case) → the gender they tell, from gender_words.tsv."""
    return {row["word"]: row["gender"] for row in read_table("gender_words.tsv")}


def role_of(words: list[str]) -> tuple[Role, int] | None:
    """The role a phrase ends with ("senior policy fellow" → fellow) and how many words it takes."""
    roles = load_roles()
    lowered = [w.lower() for w in words]
    for size in (4, 3, 2, 1):
        if len(lowered) >= size:
            phrase = " ".join(lowered[-size:])
            if phrase in roles:
                return roles[phrase], size
            if size == 1 and phrase.endswith("s") and phrase[:-1] in roles:
                return None  # plural: a group, not one entity
    return None


def is_delegate_noun(noun: Token) -> bool:
    """"the representative", "the envoy", "a spokesman": one person, named or not, who speaks for a body."""
    if noun.tag_ != "NN":
        return False
    role = role_of([noun.text])
    delegation = noun.lower_ in word_set("delegation_nouns.txt")
    return delegation and role is None or role is not None and role[0].type == "Person" and (
        delegation or role[0].role_class == "spokesperson")


def _abbreviations_whole(tokens: list[Token]) -> list[str]:
    """The words of a title with an abbreviation's full stop back on it: "Lt. Col." split by the tokenizer
    into "Lt", ".", "Col", "." is the words "Lt." and "Col."."""
    words: list[str] = []
    for t in tokens:
        if t.text == "." and words and t.i > 0 and not t.doc[t.i - 1].whitespace_:
            words[-1] += "."
        else:
            words.append(t.text)
    return words


class Resolver:
    """Resolves source phrases of one article; built once per article, after its entities and before
    its records (``pipeline.article_context``)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.text = ctx.article.text  # ``doc.text`` is rebuilt from every token on each use
        self.index = ctx.entities
        self.profiles: dict[str, Profile] = {}
        self.anchors: list[tuple[int, str, bool]] = []  # (offset, entity key, is a subject) of resolved phrases
        self._replayed = 0  # how many of them came from the resolvers it was bound with (``bound_to``)
        self.genders: dict[str, str | None] = {}  # person → the gender the article shows (None: contradictory)
        self._collect_titles()
        self._collect_appositions()
        self._collect_organisation_descriptions()
        self._collect_offices()

    def bound_to(self, ctx: Context, read: list[Resolver] | tuple[Resolver, ...] = ()) -> Resolver:
        """This resolver for one extractor's context (``Context.for_extractor``): what the article says of
        its entities is shared; the descriptions it resolves, and what they add, stay that extractor's and
        those of the kinds that read its records (``read``: their resolvers, whose anchors it starts with)."""
        own = copy(self)
        own.ctx, own.index = ctx, ctx.entities
        own.anchors = list(self.anchors) + [anchor for other in read for anchor in other.own_anchors]
        own._replayed = len(own.anchors)
        return own

    @property
    def own_anchors(self) -> list[tuple[int, str, bool]]:
        """The phrases this resolver resolved itself, after those it was bound with."""
        return self.anchors[self._replayed :]

    # --- what the article says people are -------------------------------------
    def profile(self, key: str) -> Profile:
        return self.profiles.setdefault(key, Profile())

    def _country_name(self, token: Token) -> str | None:
        """The country a modifier names: a nationality word ("Russian") or a country name ("US")."""
        if token.i + 2 < len(token.doc) and token.nbor(1).text == "-" and token.nbor(2).lower_ == "based":
            return None  # "Berlin-based": where someone works, not what they are
        gaz = self.index.gazetteer
        entry = gaz.demonym(token.text) if token.pos_ in {"ADJ", "PROPN", "NOUN"} else None
        if entry is None and token.pos_ == "PROPN":
            entry = gaz.lookup(token.text)
            if entry is None:
                key = self.index.for_token(token)
                if key and self.index.get(key).subtype == "Country":
                    return self.index.get(key).name
        if entry is None or (entry.type == "Place" and entry.subtype not in {None, "Country"}):
            return None
        return entry.name

    def _learn(self, key: str, words: list[Token], affiliation_tokens: list[Token]) -> None:
        """Record the role, country and affiliation that a title or apposition gives an entity."""
        content = [t for t in words if t.dep_ not in {"det", "poss", "case", "punct"} and t.pos_ != "PRON"]
        found = role_of(_abbreviations_whole(content))
        if not found:
            return
        role, size = found
        profile = self.profile(key)
        if any(t.lower_ in PAST_MARKERS for t in content):
            profile.former = True
            profile.classes.add("former_" + role.role_class)
            return
        profile.classes.add(role.role_class)
        if role.type == "Organization" and size > 1 and (kind := role_of([content[-1].text])):
            profile.classes.add(kind[0].role_class)  # "the main opposition party" is also a party
        title_tokens = [t for t in content if self._country_name(t) is None or t.dep_ not in {"amod", "compound", "poss", "nmod"}]
        for t in words:
            country = self._country_name(t)
            if country and t.i < content[-1].i:
                profile.countries.add(country)
        title = " ".join(t.text for t in title_tokens).strip(" ,")
        if title and role.type == "Person":
            self.index.add_job_title(key, title)
        for tok in affiliation_tokens:
            other = self.index.for_token(tok)
            if other and other != key:
                self.index.add_affiliation(key, other)
                if self.index.get(other).type == "Place":
                    profile.countries.add(self.index.get(other).name)

    def _note_gender(self, key: str, words: list[Token]) -> None:
        """The gender a title or description shows ("Ms.", "spokeswoman", "his wife"); a contradiction forgets it."""
        shown = {g for t in words for g in [load_gender_words().get(t.lower_)] if g}
        for gender in shown:
            self.genders[key] = gender if self.genders.get(key, gender) == gender else None

    def _person_mentions(self) -> list[tuple[int, int, str]]:
        out = []
        for key, draft in self.index.drafts.items():
            if draft.type == "Person":
                out.extend((s, e, key) for s, e in draft.mentions)
        return sorted(out)

    def _collect_titles(self) -> None:
        """Titles before a name: "US President X", "Kremlin spokesman X", "his Russian counterpart X"."""
        for start, end, key in self._person_mentions():
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            before = [t for t in root.subtree if t.i < span.start and not t.is_space]
            head = root
            if not before and root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < span.start:
                head = root.head  # "his counterpart X": the title noun heads the name
                before = [t for t in head.subtree if t.i <= head.i]
            elif not before and (title := self._title_set_off_before(root)) is not None:
                head = title  # "the Secretary-General of NATO, Mark Rutte": the title, then its holder
                before = [t for t in head.subtree if t.i <= head.i]
            if not before or before[-1].i != span.start - 1 and head is root:
                continue
            if any(t.text in {",", "and", "or"} for t in before):
                cut = max(i for i, t in enumerate(before) if t.text in {",", "and", "or"})
                before = before[cut + 1 :]
            self._note_gender(key, before)
            if any(t.lower_ == "counterpart" for t in before):
                self._learn_counterpart(key, start, before)
                continue
            self._learn(key, before, [t for t in before if t.pos_ == "PROPN" or t.dep_ == "poss"])

    def _learn_counterpart(self, key: str, start: int, words: list[Token]) -> None:
        """"his French counterpart X" has the role of the person he is the counterpart of."""
        sent = self.doc.char_span(start, start + 1, alignment_mode="expand").sent  # type: ignore[union-attr]
        previous = [k for k in self.index.within(sent.start_char, start) if k != key and self.index.get(k).type == "Person"]
        profile = self.profile(key)
        for t in words:
            country = self._country_name(t)
            if country:
                profile.countries.add(country)
        if previous and previous[-1] in self.profiles:
            profile.classes |= {c for c in self.profiles[previous[-1]].classes if not c.startswith("former_")}

    def _collect_appositions(self) -> None:
        """"X, a policy fellow at Y" and "X, who is now the head of Y" give X a role and an affiliation."""
        for tok in self.doc:
            if tok.dep_ == "appos" and tok.pos_ == "NOUN":
                name, description = tok.head, tok
            elif tok.dep_ == "relcl" and tok.lemma_ == "be":
                attrs = [c for c in tok.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
                subjects = [c for c in tok.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.lower_ in RELATIVE_PRONOUNS]
                if not attrs or not subjects:
                    continue
                name, description = tok.head, attrs[0]
            else:
                continue
            key = self.index.for_token(name)
            if key is None:
                continue
            words = [t for t in description.subtree if t.i <= description.i and not t.is_space]
            after = [t for t in description.subtree if t.i > description.i]
            owners = [t for t in words if t.dep_ == "poss" or (t.dep_ == "compound" and t.pos_ == "PROPN")]
            if self.index.get(key).type == "Person":
                self._note_gender(key, [description])
            self._learn(key, words, [t for t in after if t.pos_ == "PROPN"] + owners)

    def _tokens_in_mentions_of(self, entity_type: str) -> list[Token]:
        """The tokens that start inside a mention of an entity of the type, in text order."""
        starts = columns(self.doc).idx
        inside = {i for s, e, key in self.index.mention_ranges() if self.index.get(key).type == entity_type
                  for i in range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e))}
        return [self.doc[i] for i in sorted(inside)]

    def _collect_organisation_descriptions(self) -> None:
        """What the article calls an organisation, so that a later description finds it: a word before its
        name ("the opposition United Party for National Renewal"), a noun it is set off after ("Zambia's
        main opposition party, the UPND") and a noun it is said to be ("the DPP … is now the largest
        opposition party").
        Only the tokens inside an organisation's mention can head its name: the others are not looked up."""
        for tok in self._tokens_in_mentions_of("Organization"):
            key = self.index.for_token(tok)
            if key is None or self.index.get(key).type != "Organization" or self.index.for_token(tok.head) == key:
                continue  # the head word of the name only
            words = [c for c in tok.children if c.i < tok.i and c.dep_ in {"amod", "compound"} and self.index.for_token(c) != key]
            if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
                words += [t for t in tok.head.subtree if t.i <= tok.head.i]
            if tok.dep_ in NOMINAL_SUBJECT_DEPS:
                verb = tok.head
                verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and not any(
                    g.dep_ in NOMINAL_SUBJECT_DEPS for g in c.children)]
                words += [t for v in verbs if v.lemma_ == "be" for a in v.children if a.dep_ == "attr" and a.pos_ == "NOUN"
                          for t in a.subtree if t.i <= a.i]
            if words:
                self._learn(key, sorted(words, key=lambda t: t.i), [])

    def _collect_offices(self) -> None:
        """People the article names who held an office at its date (the office table)."""
        day = self.ctx.article.date_published
        for key, draft in self.index.drafts.items():
            if draft.type != "Person":
                continue
            for term in terms_called({draft.name} | draft.forms):
                profile = self.profile(key)
                if day is None or term.held_on(day):
                    profile.classes.add(_class_of_term(term))
                    if term.leader:
                        profile.classes.add("leader")
                    profile.countries.add(term.country)
                elif term.end is not None and term.end <= day:
                    profile.classes.add("former_" + _class_of_term(term))  # "the former Dutch prime minister"
                    profile.countries.add(term.country)

    # --- resolving ----------------------------------------------------------------
    def resolve_token(self, token: Token, not_these: frozenset[str] = frozenset()) -> str | None:
        """The entity a source phrase headed by ``token`` refers to, or None; a personal pronoun skips the
        people in ``not_these`` (those its speaker names in his own words)."""
        lower = token.lower_
        if lower in RELATIVE_PRONOUNS and token.dep_ in NOMINAL_SUBJECT_DEPS and token.head.dep_ == "relcl":
            return self.resolve_token(token.head.head)
        if token.pos_ == "PRON":
            if lower in PERSON_PRONOUNS:
                other_gender = {k for k, g in self.genders.items() if g and g != PRONOUN_GENDERS[lower]} | not_these
                owner = self._owner_of_a_subject_above(token, other_gender) if lower in OBJECT_PERSON_PRONOUNS else None
                return owner or self.resolve_pronoun(token.idx, {"Person"}, exclude=other_gender)
            if lower in SINGULAR_THING_PRONOUNS:
                return self.resolve_pronoun(token.idx, {"Organization", "Place"})
            return None
        if (holder := self._holder_set_off_after_title(token)) is not None:
            return holder
        key = self.index.for_token(token)
        if key is not None and self._owned_by_another_country(token, key):
            return self.resolve_description(token)  # "Pakistan's Foreign Office": not the UK's, whose name it shares
        if key is not None:
            return key if self._single_referent(token) else None
        named = {k for c in self._set_off_names(token) for k in [self.index.for_token(c)] if k
                 and self._fits_role(token, k)}
        named |= self.named_in_clause(token)
        named |= self._named_after_title(token)
        found = role_of([token.text])
        if not named and (body := self.body_named_before_kind(token)):
            named.add(body)  # "the ruling Frelimo party said", "the Shin Bet security service said": the body named
        if len(named) == 1 and token.tag_ not in {"NNS", "NNPS"}:
            return next(iter(named))  # "a senior official of the group, X, said": X
        if token.pos_ in {"NOUN", "PROPN"} and (token.tag_ not in {"NNS", "NNPS"} or self._members_of_a_body(token)):
            known = self._known_person(token) if token.pos_ == "PROPN" or token.text[:1].isupper() else None
            return known or self._name_after_kind(token) or self.resolve_description(token)
        if token.pos_ == "ADJ" and token.dep_ in NOMINAL_SUBJECT_DEPS and token.lower_ == "old":
            return self.resolve_description(token)  # "the 58-year-old said": the age stands for the person
        return None

    def _name_after_kind(self, token: Token) -> str | None:
        """"the human rights project Memorial", "the monitoring group Airwars": the capitalised words written
        right after a noun saying what kind of body they name are that body's name (an organisation), though
        the recogniser missed them or the parser made the kind noun the head."""
        doc, (sent_start, sent_end) = token.doc, sentence_tokens(token)
        if token.lower_ in word_set("described_body_nouns.txt") and token.pos_ == "NOUN":
            kind, first = token, token.i + 1
        else:
            first = token.i
            while first > sent_start and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
                first -= 1
            kind = doc[first - 1] if first > sent_start else None
        if kind is None or kind.lower_ not in word_set("described_body_nouns.txt") or kind.pos_ != "NOUN" or not self._definite_kind(kind):
            return None
        last = first
        while last + 1 < sent_end and doc[last + 1].pos_ == "PROPN" and doc[last + 1].text[:1].isupper():
            last += 1
        if first >= sent_end or doc[first].pos_ != "PROPN" or not doc[first].text[:1].isupper() \
                or any(t.ent_type_ in NOT_NAMES for t in doc[first : last + 1]):
            return None  # "the group Tuesday said": a date, not a name
        named = {k for t in doc[first : last + 1] for k in [self.index.for_token(t)] if k}
        if named:
            return next(iter(named)) if len(named) == 1 and self.index.get(next(iter(named))).type == "Organization" else None
        start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
        key = self.index.ensure(GazetteerEntry(self.text[start:end], "Organization", None, None, (), (), None))
        self.index.add_mention(start, end, key)
        return key

    @staticmethod
    def _definite_kind(kind: Token) -> bool:
        """"the (Ugandan human rights) project": "the" and describing words only before the kind noun."""
        for tok in reversed(kind.doc[max(kind.sent.start, kind.i - 5) : kind.i]):
            if tok.lower_ == "the":
                return True
            if not (tok.text.islower() or tok.pos_ == "ADJ") or tok.is_punct:  # "the Ugandan charity" too
                return False
        return False

    @staticmethod
    def _ends_kind_phrase(noun: Token) -> bool:
        """"security service", "news agency": ``noun`` closes a phrase saying what kind of body a name is."""
        return noun.i - 1 > sentence_tokens(noun)[0] and f"{noun.doc[noun.i - 1].lower_} {noun.lower_}" in word_set("body_kind_phrases.txt")

    def body_named_before_kind(self, noun: Token) -> str | None:
        """"the Shin Bet security service", "the ruling Frelimo party": the organisation named before a noun of its kind."""
        found = role_of([noun.text])
        return self._body_named_before(noun) if found and found[0].type == "Organization" or self._ends_kind_phrase(noun) else None

    def _body_named_before(self, noun: Token) -> str | None:
        """The organisation whose name runs straight into a noun: "the ruling Frelimo party", "Greenpeace
        activists", or into a phrase of its kind: "the Hamas militant group". Another word between makes a
        part of it: "the UN refugee agency" is not the UN."""
        first = noun.i - 1 if self._ends_kind_phrase(noun) else noun.i
        before = noun.doc[first - 1] if first > sentence_tokens(noun)[0] else None
        key = self.index.for_token(before) if before is not None and before.dep_ in {"compound", "amod"} else None
        return key if key is not None and self.index.get(key).type == "Organization" else None

    @staticmethod
    def _members_of_a_body(token: Token) -> bool:
        """"the bishops", "the rebels": a plural the roles list as the members speaking for their body (not a
        collective noun the parser calls plural: "police")."""
        role = load_roles().get(token.lower_)
        return role is not None and role.type == "Organization" and token.lower_ != token.lemma_.lower()

    def _fits_role(self, head: Token, key: str) -> bool:
        """"the spokesperson for trade, Ana Lima": a name set off after a person's role is a person (a place
        read into the name is no speaker); after other words any kind of entity may follow."""
        found = role_of([head.text])
        return not found or found[0].type != "Person" or self.index.get(key).type == "Person"

    def _owner_of_a_subject_above(self, pronoun: Token, exclude: set[str]) -> str | None:
        """"Carter's aides want him to resign": "him" under a clause whose subject is someone's
        people or staff is that someone, whom the sentence is about; it cannot be the subject
        itself, and an earlier sentence's subject comes second."""
        verb = pronoun.head
        for _ in range(4):
            for subject in (c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.i != pronoun.i):
                owners = {key for c in subject.children if c.dep_ == "poss" and c.i < pronoun.i
                          for key in [self.index.for_token(c)] if key and key not in exclude and self.index.get(key).type == "Person"}
                if len(owners) == 1:
                    return owners.pop()
            if verb.head.i == verb.i:
                break
            verb = verb.head
        return None

    def _known_person(self, token: Token) -> str | None:
        """A name the recogniser missed in this sentence ("Trump characterised …") that the article
        uses for exactly one person elsewhere: the full name, a known form, or its surname, which a name
        written family name first ("Zhang Wei", "Kim Min-jun") opens."""
        words = [c for c in token.children if c.dep_ == "compound" and c.text[:1].isupper() and c.i < token.i] + [token]
        phrase = " ".join(t.text for t in words)
        found = {key for key, draft in self.index.drafts.items() if draft.type == "Person"
                 and (phrase == draft.name or phrase in draft.forms or draft.name.endswith(" " + phrase)
                      or len(words) == 1 and draft.name.startswith(phrase + " "))}
        return next(iter(found)) if len(found) == 1 else None

    def named_in_clause(self, token: Token) -> set[str]:
        """"a protester using the pseudonym X", "a resident named X", "a man who gave his name as X": X."""
        found = set()
        for clause in (c for c in token.children if c.dep_ in {"acl", "relcl"}):
            words = list(clause.subtree)
            if clause.lemma_ in {"name", "call", "identify"} or any(t.lemma_ in NAME_NOUNS for t in words):
                found |= {k for t in words for k in [self.index.for_token(t)] if k and self.index.get(k).type == "Person"}
        return found

    def _named_after_title(self, token: Token) -> set[str]:
        """"US Ambassador to Germany Richard Grenell", "Deputy Secretary of the Treasury Omar Whitfield": a
        title whose "to", "of" or "for" phrase ends in the holder's name."""
        found = role_of([token.text])
        if not found or found[0].type != "Person":
            return self._name_closing_title(token) if is_title_head(token) else set()
        objects = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
        found_keys = set()
        for g in objects:
            key = self.index.for_token(g)
            proper = [t for t in g.subtree if t.i <= g.i and t.pos_ == "PROPN"]
            bare = not any(t.dep_ == "det" for t in g.children)
            # "to Germany Richard Grenell": a place and a name (the recogniser may have typed them as one body)
            if key and (self.index.get(key).type == "Person" or bare and len(proper) >= 3):
                found_keys.add(key)
            # "the US envoy to Ukraine, Kurt Volker,": the name set off after the "to" phrase
            found_keys |= {k for c in g.children if c.dep_ == "appos" for k in [self.index.for_token(c)]
                           if k and self.index.get(k).type == "Person"}
        return found_keys or self._name_closing_title(token)

    def _name_closing_title(self, title: Token) -> set[str]:
        """"Under Secretary for Terrorism and Financial Intelligence Rachel Dunmore", "Special Envoy for
        Climate Peter Lund": a capitalised title, however long its "of"/"for" phrase, that runs straight
        into a person's name names that person (the parser often hangs the name inside the phrase)."""
        if not title.text[:1].isupper() or any(c.dep_ == "conj" for c in title.children):
            return set()
        last = title
        for tok in title.doc[title.i + 1 : title.sent.end]:
            if not (tok.text[:1].isupper() or tok.lower_ in TITLE_LINKS):
                break
            last = tok
        key = self.index.for_token(last) if last.i > title.i else None
        if key is None or self.index.get(key).type != "Person":
            return set()
        return {key}

    @staticmethod
    def _title_of_a_person(head: Token, capitalised: bool = False) -> bool:
        """"the High Representative for Foreign Affairs", "Lt. Col.": words up to ``head`` that end in a person's
        role; ``capitalised``: the role written as a title ("Charge d'Affaires", not the description "the U.S.
        charge d'affaires" the parser may misread)."""
        words = _abbreviations_whole([t for t in head.subtree if t.i <= head.i and t.dep_ not in {"det", "poss", "case"}])
        found = role_of(words)
        return found is not None and found[0].type == "Person" and (not capitalised or words[-found[1]][:1].isupper())

    def _title_set_off_before(self, name: Token) -> Token | None:
        """The capitalised title a name is set off after, with the title's own "for"/"of" phrase between:
        "the Secretary-General of NATO, Mark Rutte", "the High Representative for Foreign Affairs and
        Security Policy, Kaja Kallas" (the parser hangs the name on the phrase's last word)."""
        if name.dep_ != "appos":
            return None
        for above in name.ancestors:
            if above.pos_ not in {"PROPN", "ADP", "CCONJ"}:
                return None
            if above.pos_ == "PROPN" and self._title_of_a_person(above, capitalised=True):
                return above
        return None

    def _holder_set_off_after_title(self, token: Token) -> str | None:
        """"said the High Representative for Foreign Affairs and Security Policy, Kaja Kallas": a person's
        title set off before the person's name is that person, though the recogniser read the title as a body."""
        if token.pos_ != "PROPN" or not self._title_of_a_person(token):
            return None
        people = {k for c in token.subtree if c.dep_ == "appos" and self._title_set_off_before(c) == token
                  for k in [self.index.for_token(c)] if k and self.index.get(k).type == "Person"}
        return people.pop() if len(people) == 1 else None

    @staticmethod
    def _set_off_names(token: Token) -> list[Token]:
        """The words set off after a noun that name it: appositions, and a "conjunct" that only a comma joins
        ("the country's largest union, the General Workers Confederation, said": no "and", so one body)."""
        def listed(tok: Token) -> bool:  # "A, B and C": the "and" may hang on the head or on any member
            return any(c.dep_ == "cc" or c.dep_ == "conj" and listed(c) for c in tok.children)

        return [c for c in token.children if c.dep_ == "appos" or c.dep_ == "conj" and not listed(token)
                and c.left_edge.i > 0 and token.doc[c.left_edge.i - 1].text == ","]

    def _single_referent(self, token: Token) -> bool:
        """"Trump and Putin said" has two sources: not one speaker. A conjunct set off by ", or" that names the
        same entity ("the National Unity Government, or NUG, said") is the name glossed, one source."""
        key = self.index.for_token(token)
        return not any(c.dep_ == "conj" and not (key is not None and self.index.for_token(c) == key and c.i >= 2
                                                 and token.doc[c.i - 1].lower_ == "or" and token.doc[c.i - 2].text == ",")
                       for c in token.children)

    def resolve_description(self, head: Token) -> str | None:
        """A definite description ("the Russian leader", "the Berlin-based analyst", "the ministry")."""
        words = [t for t in head.subtree if t.i <= head.i and not t.is_space]
        definite = bool(words) and (words[0].lower_ in {"the", "this"} or any(t.dep_ == "poss" for t in words))
        if not words or not definite and not self._country_name(words[0]):
            return None
        content = [t for t in words if t.dep_ not in {"det", "punct", "case"} and t.pos_ != "PRON"]
        found = role_of([t.text for t in content])
        if not definite and not (found and found[0].type == "Organization"):
            return None  # bare "Iraqi military" names an institution; "French officials" no one
        aged = bool(AGE.search(self.text[words[0].idx : head.idx + len(head.text)]) or self._parent_of_children(head)) \
            and words[0].lower_ in {"the", "this"}
        if not found and not aged:
            return None
        key = None
        if found:
            role, size = found
            modifiers = content[: len(content) - size]
            countries = {c for c in (self._country_name(t) for t in modifiers + self._of_objects(head)) if c}
            former = any(t.lower_ in PAST_MARKERS for t in modifiers)
            if role.type == "Organization":
                key = self._resolve_organisation(head, role, countries) or self._institution(head, role, words, countries) \
                    or self._earlier_institution(head, role, words, countries)
            else:
                key = self._resolve_person(head, role, countries, former) or self._described_subject(head, role, words)
        if key is None and aged:  # "the 64-year-old former banker", "the mother of three": a person just named
            key = self.resolve_pronoun(head.idx, {"Person"}, sentences=3)
        if key:
            form = self.text[words[0].idx : head.idx + len(head.text)]
            self.index.add_alias(key, form)
            self.anchors.append((head.idx, key, head.dep_ in NOMINAL_SUBJECT_DEPS))
        return key

    def _described_subject(self, head: Token, role: Role, words: list[Token]) -> str | None:
        """"Farouk Haddad was freed. “…,” the journalist said": a description the article uses for the first
        time, as a subject, varies the name of the person who was the subject just before. Offices
        ("the minister") go by what the article or the office table says; "the official", "the
        spokesman" and a description that names its own person ("the nurse, who …") are someone new; an
        office written as a title ("the minister", "the governor") goes back only to a name the article gave
        that title before."""
        if role.offices or role.role_class in UNNAMED_SOURCE_CLASSES or words[0].lower_ != "the" \
                or head.dep_ not in NOMINAL_SUBJECT_DEPS or any(c.dep_ in {"appos", "relcl", "acl"} for c in head.children):
            return None
        lemma, lemmas = head.lemma_.lower(), columns(self.doc).lemma
        if is_title_head(head) and not any(t.dep_ == "poss" for t in words):  # "the agency's director" says whose
            holders = {k for i in range(words[0].i) if lemmas[i].lower() == lemma for k in self._name_closing_title(self.doc[i])}
            return self.recent(holders, head.idx)
        if any(lemmas[i].lower() == lemma and not self._name_closing_title(self.doc[i]) for i in range(words[0].i)):
            return None  # "met a nurse … the nurse said": the one met; a title before a name is no other person
        gender = load_gender_words().get(head.lower_)
        other = {k for k, g in self.genders.items() if g and gender and g != gender}
        return self.resolve_pronoun(head.idx, {"Person"}, sentences=2, exclude=other, nearby=False)

    @staticmethod
    def _parent_of_children(head: Token) -> bool:
        """"the mother of three", "the father of two": a parent counted by children, not anyone's parent."""
        return head.lower_ in PARENT_NOUNS and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.children) for c in head.children)

    def _of_objects(self, head: Token) -> list[Token]:
        """"the president of Russia", "the ministry of internal affairs of Belarus": the nouns after "of"."""
        found = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        return found + [g for f in found for g in self._of_objects(f)]

    @staticmethod
    def _capitalised_brief(head: Token) -> list[Token]:
        """"the Serbian government's Office for Kosovo", "the council's Office for Tourism": the capitalised
        words after a capitalised institution's "for" end its name (its brief), not a place it speaks of."""
        if not head.text[:1].isupper():
            return []
        briefs = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
        return [g.right_edge for g in briefs if all(t.text[:1].isupper() or t.lower_ in {"and", "the"} for t in g.subtree)]

    def recent(self, keys: set[str], before: int) -> str | None:
        """Of candidate entities, the one mentioned last before an offset."""
        best, best_pos = None, -1
        for key in sorted(keys):
            position = self.last_seen(key, before)
            if position > best_pos:
                best, best_pos = key, position
        return best

    def last_seen(self, key: str, before: int) -> int:
        """Where the article last named or described an entity before an offset (-1: not before it)."""
        positions = [s for s, _ in self.index.drafts[key].mentions if s < before]
        positions += [p for p, k, _ in self.anchors if k == key and p < before]
        return max(positions, default=-1)

    def _resolve_person(self, head: Token, role: Role, countries: set[str], former: bool) -> str | None:
        wanted = {"former_" + role.role_class} if former else (
            LEADER_CLASSES if role.role_class == "leader" else MINISTER_CLASSES if role.role_class == "minister"
            else {role.role_class})
        candidates = set()
        for key, profile in self.profiles.items():
            if not profile.classes & wanted or self.index.drafts[key].type != "Person":
                continue
            if countries and not countries & profile.countries and (role.offices or profile.countries):
                continue  # a role no office table checks ("opposition leader") only excludes another country's
            if countries and role.role_class == "leader" and not ({"leader"} & profile.classes) and self._has_leader(countries):
                continue
            candidates.add(key)
        if role.role_class == "opposition_leader":
            candidates |= self._opposition_party_leaders()
        key = self._subject_of_last_mention(candidates, head.idx) or self.recent(candidates, head.idx)
        if key is None and len(candidates) == 1:
            key = next(iter(candidates))  # a lede's "Malawi's main opposition leader" named further down
        if key or former or not countries or not role.offices:
            return key
        return self._holder(role, countries)

    def _subject_of_last_mention(self, candidates: set[str], before: int) -> str | None:
        """"President X spoke with President Y of Z. The President reaffirmed …": when the sentence that last
        names several people fitting a description has one of them as its subject, the description
        goes on with that subject (the sentence is about it), not with the one named last."""
        if len(candidates) < 2:
            return None
        for sent in reversed(sentences_before(self.doc, before, SEARCH_SENTENCES)):
            named = set(self.index.within(sent.start_char, min(sent.end_char, before))) & candidates
            if named:
                subjects = [k for k in self.subjects(sent, before, {"Person"}) if k in candidates]
                return subjects[0] if subjects else None
        return None

    def _opposition_party_leaders(self) -> set[str]:
        """"UPNR leader Kelvin Lungu" is the opposition leader when the article calls the UPNR the opposition."""
        return {key for key, profile in self.profiles.items() if "leader" in profile.classes
                and self.index.drafts[key].type == "Person" and any(
                    "opposition" in self.profiles.get(body, Profile()).classes for body in self.index.get(key).affiliations)}

    def leaders_before(self, at: int) -> list[str]:
        """The heads of state or government the article names before ``at``, in the order it first names
        them: whom a summit's "the leaders" are ("The leaders agreed …" after "President X met Prime
        Minister Y")."""
        firsts = {key: min(s for s, _ in self.index.mentions_of(key)) for key, profile in self.profiles.items()
                  if profile.classes & LEADER_CLASSES and self.index.drafts[key].type == "Person"
                  and "opposition_leader" not in profile.classes and self.index.mentions_of(key)}
        return sorted((k for k, first in firsts.items() if first < at), key=lambda k: firsts[k])

    def _has_leader(self, countries: set[str]) -> bool:
        """Whether the office table knows which office leads the country (then "leader" means that one)."""
        return any(t.country in countries and t.leader for t in load_office_holders())

    def _holder(self, role: Role, countries: set[str]) -> str | None:
        """The one person holding the office at the article's date, from the office table."""
        day = self.ctx.article.date_published
        if day is None:
            return None
        terms = {t.person: t for t in load_office_holders()
                 if t.country in countries and t.selected_by(role.offices) and t.held_on(day)}
        if len(terms) != 1:
            return None
        term = next(iter(terms.values()))
        for form in (term.person, *term.aliases):
            key = self._named(form)
            if key:
                return key
        entry = GazetteerEntry(term.person, "Person", None, term.wikidata, term.aliases, (), None)
        return self.index.ensure(entry)

    def _named(self, form: str) -> str | None:
        for key, draft in self.index.drafts.items():
            if draft.type == "Person" and (form == draft.name or form in draft.forms):
                return key
        return None

    def resolve_body_word(self, word: Token) -> str | None:
        """The body a bare word naming one stands for inside a phrase ("opposition supporters",
        "union members"): the organisation of that kind the article names, as "the opposition" would be."""
        found = role_of([word.text])
        if not found or found[0].type != "Organization" or found[1] != 1:
            return None
        return self._resolve_organisation(word, found[0], set())

    def _resolve_organisation(self, head: Token, role: Role, countries: set[str]) -> str | None:
        candidates = set()
        word = _name_words(role)
        for key, draft in self.index.drafts.items():
            if draft.type != "Organization":
                continue
            named = any(word.search(f) for f in draft.forms | {draft.name})
            profiled = role.role_class in self.profiles.get(key, Profile()).classes
            if (named or profiled) and self._same_country(key, countries):
                candidates.add(key)
        found = self.recent(candidates, head.idx)
        bare = all(t.dep_ in {"det", "punct"} or self._country_name(t) for t in head.children if t.i < head.i)
        if found is None and bare and not role.generic and len(candidates) == 1:
            found = next(iter(candidates))  # "the military said …" before the article names its armed forces
        if found is None and role.generic:
            # "the militia said": the organisation that was a subject just before, not any one named nearby
            found = self.resolve_pronoun(head.idx, {"Organization"}, sentences=2, exclude=self._own_subject(head), nearby=False)
        if found is None and bare and not candidates:
            # "KCNA reported … The agency said": a body named by an acronym, whose name does not say its kind,
            # that was the subject of a sentence just before
            before = self.resolve_pronoun(head.sent.start_char, {"Organization"}, sentences=2, nearby=False)
            found = before if before and self.index.get(before).name.isupper() else None
        return found

    def _own_subject(self, head: Token) -> set[str]:
        """The entity that is the subject of the clause a description sits in: "X accused the group of …"
        cannot mean X by "the group"."""
        verb = head.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
            verb = verb.head
        for _ in range(4):
            subjects = [c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
            if subjects:
                key = self.index.for_token(subjects[0]) or next((k for p, k, _ in self.anchors if p == subjects[0].idx), None)
                return {key} if key else set()
            if verb.dep_ not in {"advcl", "conj", "xcomp"} or verb.head == verb:
                return set()
            verb = verb.head
        return set()

    def _owned_by_another_country(self, token: Token, key: str) -> bool:
        """"South Korea's Foreign Ministry", "Pakistan's Foreign Office": a country's institution that the article
        (or the gazetteer) names like another country's organisation."""
        found = role_of([token.text])
        if self.index.get(key).type != "Organization" or found is None or not found[0].institution:
            return False
        countries = {c for t in token.children if t.dep_ == "poss" and (c := self._country_name(t))}
        return bool(countries) and not self._same_country(key, countries)

    def _same_country(self, key: str, countries: set[str]) -> bool:
        """An organisation fits "the Israeli military" unless its name, profile or the gazetteer ties it to another
        country."""
        if not countries:
            return True
        draft = self.index.get(key)
        own = set(self.profiles.get(key, Profile()).countries)
        if draft.country and (entry := self.index.gazetteer.entries.get(draft.country)) is not None:
            own.add(entry.name)
        gaz = self.index.gazetteer
        for word in re.findall(r"[\w-]+", " ".join(draft.forms | {draft.name})):
            entry = gaz.demonym(word) or gaz.lookup(word)
            if entry is not None and entry.type == "Place" and entry.subtype in {None, "Country"}:
                own.add(entry.name)
        return not own or bool(own & countries)

    def _institution(self, head: Token, role: Role, words: list[Token], countries: set[str]) -> str | None:
        """"Egypt's presidency", "the Israeli military", "X's office": an institution the article names by
        its owner (a country, a person, a place) becomes an organisation entity named by that phrase; so does
        a ministry named by its portfolio ("the unification ministry said"), the one of the government the
        article reports on."""
        if not role.institution:
            return None
        owners = [t for t in words if t.dep_ == "poss" and t.pos_ in {"PROPN", "NOUN"}]
        portfolio = role.role_class == "ministry" and any(
            t.head == head and t.dep_ in {"amod", "compound"} and t.text.islower() and t.lower_ not in PAST_MARKERS for t in words)
        if not owners and not countries and not portfolio:
            return None
        first = words[1] if words[0].lower_ in {"the", "this"} else words[0]
        # "the ministry of internal affairs of Belarus", "the government's Office for Kosovo"
        last = max([head] + self._of_objects(head) + self._capitalised_brief(head), key=lambda t: t.i)
        start, end = first.idx, last.idx + len(last.text)
        key = self.index.ensure(GazetteerEntry(self.text[start:end], "Organization", None, None, (), (), None))
        if not portfolio or owners or countries:  # a bare portfolio names the source only, no party to what it reports
            self.index.add_mention(start, end, key)
        return key

    def body_described_by_its_kind(self, head: Token) -> str | None:
        """"The Mangystau regional police department said", "The Halden Bureau for Press Freedom said": a definite
        phrase ending in a word for a kind of body, with words of its own before that word, one of them capitalised,
        that names no body the article knows is a body of its own, named by the phrase; a capitalised head keeps
        its capitalised "of" / "for" brief. "The committee" alone describes, names no one."""
        words = [t for t in head.subtree if t.i <= head.i and not t.is_space]
        if head.pos_ not in {"NOUN", "PROPN"} or head.tag_ in {"NNS", "NNPS"} or head.lower_ not in load_org_heads() \
                or len(words) < 3 or words[0].lower_ != "the" or words[0].head != head:
            return None
        if any(t.dep_ not in {"det", "compound", "nmod", "amod", "punct"} or t.pos_ == "PRON" for t in words[1:-1]):
            return None  # "the party's committee", "its committee": a part of a body named otherwise
        if not any(t.text[:1].isupper() for t in words[1:]):
            return None  # "the weather service", "the strike committee": a kind of body, named by no word of its own
        if any((k := self.index.for_token(t)) and self.index.get(k).type == "Organization" for t in words[1:-1]):
            return None  # "the United Nations refugee agency": a part of a body named otherwise
        last = head
        if head.text[:1].isupper():
            briefs = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i == head.i + 1
                      and all(t.text[:1].isupper() or t.lower_ in {"of", "for", "and", "the"} for t in c.subtree)]
            last = briefs[0].right_edge if briefs else head
        start, end = words[1].idx, last.idx + len(last.text)
        key = self.index.ensure(GazetteerEntry(self.text[start:end], "Organization", None, None, (), (), None))
        self.index.add_mention(start, end, key)
        return key

    def _earlier_institution(self, head: Token, role: Role, words: list[Token], countries: set[str]) -> str | None:
        """"Tarvia's interior ministry summoned the envoy … the ministry said": a bare description goes back to
        the last institution of its kind that the article named by its owner a few sentences before."""
        if not role.institution or countries or any(t.dep_ == "poss" for t in words):
            return None
        for sent in reversed(sentences_before(self.doc, head.idx, SEARCH_SENTENCES)):
            for tok in reversed(sent):  # the parser may tag a capitalised country's "ministry" a proper noun
                if tok.i < head.i and tok.lower_ == head.lower_ and (key := self.resolve_description(tok)):
                    return key
        return None

    def resolve_pronoun(self, offset: int, types: set[str], sentences: int = SEARCH_SENTENCES,
                        exclude: frozenset[str] | set[str] = frozenset(), nearby: bool = True) -> str | None:
        """The nearest preceding subject of a compatible type; else (when ``nearby``) the only such entity nearby."""
        window = sentences_before(self.doc, offset, sentences)
        for sent in reversed(window):
            subjects = [k for k in self.subjects(sent, offset, types) if k not in exclude]
            if subjects:
                return subjects[-1]
        if not nearby:
            return None
        named = [k for sent in window[-2:] for k in self.index.within(sent.start_char, min(sent.end_char, offset))
                 if self.index.get(k).type in types and k not in exclude]
        return named[0] if len(set(named)) == 1 else None

    def bodies_spoken_for(self, noun: Token) -> list[Token]:
        """The words naming the body a spokesperson, delegate or delegation speaks for: "the representative of
        France", "Denmark's envoy", "the SADC observer mission" ("SADC" hangs on "observer"), "an AFP
        correspondent at the scene"; members ("organisers from X", "EU observers") only of an organisation."""
        index = self.index
        bodies = [c for c in noun.subtree if c.dep_ in {"compound", "poss"} and c.i < noun.i and index.for_token(c)]
        bodies += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "at", "from"}
                   for g in c.children if g.dep_ == "pobj" and not (bodies and index.for_token(g) is None)]
        if noun.tag_ == "NNS":
            bodies = [b for b in bodies if (k := index.for_token(b)) and index.get(k).type == "Organization"]
        return bodies

    def delegation_posted_in_a_place(self, noun: Token) -> str | None:
        """"The European Union's delegation in Astana said", "the EU delegation to Kyrgyzstan": a body's standing
        delegation posted in a place is a diplomatic mission, an organisation of its own as an embassy is,
        named by the phrase (owner, noun and place)."""
        owners = [c for c in noun.children if c.dep_ in {"poss", "compound"} and c.i < noun.i
                  and (k := self.index.for_token(c)) and self.index.get(k).type == "Organization"]
        places = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in {"in", "to"} and c.i == noun.i + 1
                  for g in c.children if g.dep_ == "pobj" and (k := self.index.for_token(g)) and self.index.get(k).type == "Place"]
        if noun.lower_ != "delegation" or len(owners) != 1 or len(places) != 1:
            return None
        first = next(t for t in owners[0].subtree if t.dep_ != "det")  # "The European Union's": no article
        start, end = first.idx, places[0].right_edge.idx + len(places[0].right_edge.text)
        key = self.index.ensure(GazetteerEntry(self.text[start:end], "Organization", None, None, (), (), None))
        self.index.add_mention(start, end, key)
        return key

    def _body_of_a_delegate(self, noun: Token) -> str | None:
        """"The representative of France said … he said": a delegate or spokesperson left unnamed, who speaks
        for one body, is what a later "he" or "she" goes on with; what they say is that body's."""
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children) or not is_delegate_noun(noun):
            return None
        keys = {index_key for b in self.bodies_spoken_for(noun) for index_key in [self.index.for_token(b)]}
        return next(iter(keys)) if len(keys) == 1 and None not in keys else None

    def _owned_institution(self, noun: Token) -> bool:
        """"Israel's embassy", "Kenya's foreign ministry": an institution named by the country, body or person it
        belongs to, which is an organisation of its own."""
        found = role_of([noun.text]) if noun.pos_ == "NOUN" else None
        return found is not None and found[0].institution and any(
            c.dep_ == "poss" and self.index.for_token(c) for c in noun.children)

    def subjects(self, sent: SpacySpan, before: int, types: set[str]) -> list[str]:
        """Entities that are subjects in a sentence (in text order), up to an offset."""
        out: list[tuple[int, str]] = []
        for tok in tokens_where(sent.doc, "dep", NOMINAL_SUBJECT_DEPS | {"pobj"}, start=sent.start):
            if tok.i >= sent.end or tok.idx >= before:
                break
            if tok.dep_ == "pobj" and not (tok.head.dep_ == "agent" and has_passive_auxiliary(tok.head.head)):
                continue  # a passive clause's doer is its subject: "the protests were called by the union" (not
                # "a statement carried by the agency")
            key = self.index.for_token(tok)
            if key is None:
                key = next((k for p, k, _ in self.anchors if p == tok.idx), None)
            if key is None:  # "His wife, Olga Moroz, said": the name set off after the subject
                named = {k for c in tok.children if c.dep_ == "appos" for k in [self.index.for_token(c)] if k}
                key = named.pop() if len(named) == 1 else None
            if key is None and tok.pos_ == "NOUN":  # "The governor of the X Region, Y Z, met …": the person set off
                named = {k for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
                         for c in g.children if c.dep_ == "appos" and (k := self.index.for_token(c)) and self.index.get(k).type == "Person"}
                key = named.pop() if len(named) == 1 else None
            if key is None:  # "A man who identified himself as X read …": the one the clause names
                named = self.named_in_clause(tok)
                key = named.pop() if len(named) == 1 else None
            if key is None and "Organization" in types:  # "Greenpeace activists boarded", "the M23 rebel group seized"
                key = self._body_named_before(tok)
            if key is None and "Organization" in types and self._owned_institution(tok):
                key = self.resolve_description(tok)  # "Israel's embassy criticised the vote. In a statement, it said"
            if key is None and "Person" in types and (body := self._body_of_a_delegate(tok)):
                out.append((tok.idx, body))
            elif key is not None and self.index.get(key).type in types:
                out.append((tok.idx, key))
        return [k for _, k in sorted(out)]


@lru_cache(maxsize=None)
def _name_words(role: Role) -> re.Pattern[str]:
    """The words an organisation of a role's kind is named by: the role word in any case ("Israel's
    military"), a capitalised word only as a name writes it ("the agency": the Food and Drug
    Administration, not the Trump administration)."""
    words = [f"(?i:{re.escape(m)})" if m.islower() or m.lower() == role.phrase else re.escape(m) for m in role.matches]
    return re.compile(r"\b(" + "|".join(words) + r")\b")


def _class_of_term(term: OfficeTerm) -> str:
    if term.office == "foreign_minister":
        return "foreign_minister"
    return {"President": "president", "Prime Minister": "prime_minister", "Premier": "prime_minister",
            "Chancellor": "chancellor", "King": "monarch", "Queen": "monarch", "Emir": "monarch"}.get(term.title, "leader")


def head_of(ctx: Context, start: int, end: int) -> Token | None:
    """The syntactic head of the tokens inside a character range."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def resolve_reference(ctx: Context, start: int, end: int) -> str | None:
    """The entity key a phrase of the article refers to ("the Russian leader", "he", "Putin"), or None."""
    head = head_of(ctx, start, end)
    if head is None:
        return None
    return ctx.resolver.resolve_token(head)
