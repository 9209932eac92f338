"""Who and where of a trigger as entities, shared by the sanction and event extractors: the
entities a noun phrase names (its own name, its conjuncts and appositions, a nationality word:
"Russian officials" → Russia, a pronoun or description through speaker resolution, "the two" →
the two people last named), the body a seat of government acts for, the subject a dateline hides.
Which token is the subject is the clause layer's (``clauses``)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import subject_of
from .gazetteer import load_seats_of_government
from .grammar import NOMINAL_SUBJECT_DEPS
from .groups import in_class, load_classes
from .speakers import resolve_reference

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Context

PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers", "theirs"}
PAIR_WORDS = {"two", "both"}
#: Determiners that make "two" point back at a pair already named ("the two leaders"); a bare
#: count ("two journalists were killed") brings in new people.
PAIR_DETERMINERS = {"the", "these", "those"}
#: Pronouns for a state, organisation or group, which in a reported clause are the reporter.
THING_PRONOUNS = {"it", "they"}
#: Their possessive forms: "the military said its aircraft struck …" (the aircraft are the military's).
THING_POSSESSIVES = {"its", "their"}


def acting_body(ctx: Context, key: str) -> str:
    """Who an entity that acts or speaks is: a seat of government stands for its government
    ("Moscow denied any role" → Russia, "Brussels" → the European Union); anyone else for itself.
    Only for doers: "an attack on Kyiv" or "talks in Moscow" keep the city."""
    seats = load_seats_of_government()
    name = ctx.entities.get(key).name
    if name not in seats:
        return key
    entry = ctx.entities.gazetteer.entries.get(seats[name]) if seats[name] else None
    if entry is not None:
        return ctx.entities.ensure(entry)
    return ctx.entities.country_of(key) or key


def past_dateline(ctx: Context, subject: Token | None) -> Token | None:
    """The subject a dateline hides: "JOHANNESBURG (Reuters) - South Africa on Wednesday imposed …",
    "WASHINGTON, D.C. — Today, the Department of Commerce's Bureau of Industry and Security added …".
    The parser may take the dateline for the subject; the subject is then a second subject of the
    verb after the dash, else the noun the parser hung on the dateline as an apposition, else the
    name highest in the dateline's phrase after the dash, else none."""
    end = ctx.dateline_end(subject) if subject is not None else None
    if end is None:
        return subject
    after = [t for t in subject.subtree if t.idx >= end]
    second = next((c for c in subject.head.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.idx >= end), None)
    appositive = next((c for c in subject.children if c.dep_ == "appos" and c.idx >= end), None)
    named = [t for t in after if (key := ctx.entities.for_token(t)) is not None and not is_place(ctx, key)]
    return second or appositive or min(named, key=lambda t: (sum(1 for _ in t.ancestors), t.i), default=None)


def entity_keys(ctx: Context, token: Token) -> list[str]:
    """The entities a noun phrase headed by ``token`` names, in text order, without repeats."""
    out: list[str] = []
    for head in (token, *token.conjuncts):
        for key in head_keys(ctx, head):
            if key not in out:
                out.append(key)
    return out


def head_keys(ctx: Context, head: Token) -> list[str]:
    index = ctx.entities
    key = index.for_token(head)
    if key:
        return [key]
    if head.lower_ in PRONOUNS or head.pos_ == "PRON":
        speaker = (_reporting_subject(ctx, head) or _previous_subject(ctx, head)) if head.lower_ in THING_PRONOUNS else []
        if speaker:
            return speaker
        resolved = resolve_reference(ctx, head.idx, head.idx + len(head.text))
        return [resolved] if resolved else []
    keys: list[str] = []
    for child in head.children:
        if child.dep_ == "appos":
            keys.extend(entity_keys(ctx, child))
    if keys:
        return keys
    if head.pos_ == "NOUN" and in_class(head, "ARMED_GROUP"):
        keys = [k for c in head.children if c.dep_ in ("acl", "amod") and in_class(c, "AFFILIATION")
                for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                for o in p.children if o.dep_ == "pobj" for k in entity_keys(ctx, o)]
        if keys:
            return keys  # "groups linked to al-Qaeda", "fighters loyal to the general": whose they are (not
            # "people linked to the regime", whom a sanction lists)
    if _the_leaders(head):
        leaders = ctx.resolver.leaders_before(head.idx)
        if len(leaders) >= 2:
            return leaders
    if _points_at_a_pair(head):
        pair = _last_two(ctx, head)
        if pair:
            return pair
    start, end = head.left_edge.idx, head.idx + len(head.text)
    resolved = resolve_reference(ctx, start, end) if head.pos_ in ("NOUN", "PROPN") else None
    if resolved:
        return [resolved]
    for child in head.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i < head.i and not ctx.in_dateline(child):
            key = index.for_token(child)
            if key is None and child.pos_ in ("ADJ", "PROPN") and child.text[:1].isupper():
                key = index.country_for_demonym(child.text) or _group_in_the_plural(ctx, child.text)
            if key is None and child.dep_ == "poss" and child.lower_ in THING_POSSESSIVES:
                key = next(iter(_reporting_subject(ctx, child)), None)
            if key is None and child.dep_ == "poss" and child.lower_ in PRONOUNS:
                key = resolve_reference(ctx, child.idx, child.idx + len(child.text))
            if key is None and child.dep_ == "compound" and head.tag_ in ("NNS", "NNPS") and in_class(head, "PARTICIPANT"):
                key = ctx.resolver.resolve_body_word(child)  # "opposition supporters marched": the opposition's
            if key and key not in keys:
                keys.append(key)
    if not keys and head.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("ADJ", "PROPN") and head.text[:1].isupper():
        key = index.country_for_demonym(head.text)  # "Israeli airstrikes": the word itself is the nationality
        keys = [key] if key else []
    if not keys and _the_nation(head):
        key = index.country_for_demonym(head.text)  # "the Russians shelled the town": the side, not some people
        keys = [key] if key else []
    return keys


def _the_leaders(head: Token) -> bool:
    """"The leaders" alone, as a summit's readout calls the heads it has named; not "the leaders of
    the protest", "opposition leaders", "business leaders"."""
    return head.lemma_.lower() == "leader" and head.tag_ == "NNS" \
        and [(c.dep_, c.lower_) for c in head.children] == [("det", "the")]


def _group_in_the_plural(ctx: Context, word: str) -> str | None:
    """"Houthi drones struck …": a group's word before a noun marks its weapons or fighters, when the
    article names the group by the word's plural ("the Houthis")."""
    plural = f"{word}s"
    return next((k for k, d in ctx.entities.drafts.items() if d.type == "Organization" and (d.name == plural or plural in d.forms)), None)


def _the_nation(head: Token) -> bool:
    """"The Russians", "the Americans": a plural nationality noun with only "the" before it stands for
    the country's side; "three Ukrainians", "Ukrainians living abroad" are people."""
    return head.tag_ in ("NNS", "NNPS") and head.text[:1].isupper() \
        and [c.lower_ for c in head.children if c.i < head.i] == ["the"] \
        and not any(c.dep_ in ("acl", "relcl", "prep") for c in head.children)


def _reporting_subject(ctx: Context, pronoun: Token) -> list[str]:
    """"Hamas said they would release …", "the ministry said it would …": the subject pronoun of a
    reported clause is the subject of the clause that reports it, when that names no person, with the
    country that subject belongs to ("Zimbabwe's government said it …"); so is the possessor of that
    subject ("the military said its aircraft struck …")."""
    subject = pronoun.head if pronoun.dep_ == "poss" else pronoun
    verb = subject.head
    if subject.dep_ not in NOMINAL_SUBJECT_DEPS or verb.dep_ != "ccomp":
        return []
    main = subject_of(verb.head)
    if main is None or main.pos_ == "PRON" or main.lower_ in PRONOUNS:
        return []
    bodies = [k for k in entity_keys(ctx, main) if ctx.entities.get(k).type != "Person"]
    owners = [k for c in main.children if c.dep_ == "poss" for k in entity_keys(ctx, c) if is_country(ctx, k)]
    return bodies + [k for k in owners if bodies and k not in bodies]  # "Zimbabwe's government said it …": Zimbabwe too


def _previous_subject(ctx: Context, pronoun: Token) -> list[str]:
    """"The ministry said Israel had broken the truce. It called on …": "it" or "they" opening a
    sentence as its subject carries on the subject of the sentence before, when that names a body or
    a state, not the nearest name inside what that sentence reported."""
    sentence = pronoun.sent
    if pronoun.dep_ != "nsubj" or pronoun.head.i != sentence.root.i or pronoun.i != sentence.start or sentence.start == 0:
        return []
    before = pronoun.doc[sentence.start - 1].sent
    subject = past_dateline(ctx, subject_of(before.root)) if before.root.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.pos_ == "PRON":
        return []
    keys = [k for k in entity_keys(ctx, subject) if ctx.entities.get(k).type != "Person"]
    return keys if len(keys) == 1 or pronoun.lower_ == "they" else []


def _points_at_a_pair(head: Token) -> bool:
    """"Both", "both sides", "the two", "the two leaders", "the allies": a pair already named; not
    "two journalists"."""
    words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in ("nummod", "det", "predet")}
    paired = head.tag_ == "NNS" and in_class(head, "PAIRED")
    if not words & PAIR_WORDS and not paired:
        return False
    return "both" in words or any(c.dep_ == "det" and c.lower_ in PAIR_DETERMINERS for c in head.children)


def _last_two(ctx: Context, token: Token) -> list[str]:
    """The two people most recently named before "the two" / "both"; for "the two sides", "both
    countries" (class SIDE), the two states or organisations; for "the two countries", states."""
    sides = token.lemma_.lower() in load_classes().get("SIDE", frozenset())
    states = in_class(token, "COUNTRY_NOUN")  # "the two countries": no body or group
    last_seen: dict[str, int] = {}
    for key, draft in ctx.entities.drafts.items():
        if (draft.type == "Person") == sides or (sides and draft.type == "Place" and draft.subtype not in ("Country", "Bloc")):
            continue
        if states and draft.type != "Place":
            continue
        before = [s for s, _ in draft.mentions if token.idx - 1500 < s < token.idx]
        if before:
            last_seen[key] = max(before)
    pair = sorted(last_seen, key=lambda k: last_seen[k])[-2:]
    return pair if len(pair) == 2 else []


def is_place(ctx: Context, key: str) -> bool:
    return ctx.entities.get(key).type == "Place"


def is_country(ctx: Context, key: str) -> bool:
    return ctx.entities.get(key).subtype in ("Country", "Bloc") or ctx.entities.country_of(key) == key
