"""Who and where of a trigger, read off the dependency parse and shared by the sanction and
event extractors: the subject of a verb (climbing through "continued to strike", "slapping …"
participles and coordinations), the entities a noun phrase names (its own name, its conjuncts
and appositions, a nationality word: "Russian officials" → Russia, a pronoun or description
through speaker resolution, "the two" → the two people last named)."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import read_table
from .grammar import ACTIVE_SUBJECT_DEPS, NOMINAL_SUBJECT_DEPS
from .groups import load_classes
from .speakers import resolve_reference

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Context

#: A verb without its own subject shares the subject of the word it hangs from.
INHERIT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "prep", "advmod", "acomp"}
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "hers", "theirs"}
PAIR_WORDS = {"two", "both"}
#: Determiners that make "two" point back at a pair already named ("the two leaders"); a bare
#: count ("two journalists were killed") brings in new people.
PAIR_DETERMINERS = {"the", "these", "those"}
#: Pronouns for a state, organisation or group, which in a reported clause are the reporter.
THING_PRONOUNS = {"it", "they"}
#: Their possessive forms: "the military said its aircraft struck …" (the aircraft are the military's).
THING_POSSESSIVES = {"its", "their"}


@lru_cache(maxsize=1)
def load_seats_of_government() -> dict[str, str]:
    """Seat of government → the body it stands for ("" for the country the gazetteer gives the city)."""
    return {row["city"]: row["government"] for row in read_table("seats_of_government.tsv")}


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


def _speaker_label(subject: Token) -> bool:
    """"Minister HARA: Russia launched …", "OKADA, NHK: The opposition has …": a transcript's
    speaker label, which the parse reads as a first subject of the clause the speaker says."""
    end = subject.right_edge
    colon = end if end.text == ":" else end.nbor(1) if end.i + 1 < len(subject.doc) else end
    return colon.text == ":" and any(c.dep_ in ACTIVE_SUBJECT_DEPS and c.i > colon.i for c in subject.head.children)


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject of a verb, or of the clause it depends on ("continued to strike")."""
    current = verb
    raised = False
    for _ in range(8):
        for child in current.children:
            if child.dep_ in ACTIVE_SUBJECT_DEPS and child.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                return relative_antecedent(current.head)  # "protesters, who have filled the streets": the protesters
            if (child.dep_ in ACTIVE_SUBJECT_DEPS and not _speaker_label(child)) or (raised and child.dep_ == "nsubjpass"):
                return _nominal_subject(child)  # "X is expected to travel": X travels
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if current.dep_ == "acl" or current.dep_ == "relcl":
            noun = current.head
            if current.dep_ == "acl" and current.tag_ == "VBD" and (noun.dep_ == "ROOT" or _closes_apposition(current)):
                return noun  # "The pope called on leaders …": a finite verb the parse hung on the root noun
            if current.dep_ == "acl" and ends_apposition(current):
                return noun.head  # "China, the North's main ally, called for …": the named noun the apposition describes
            for child in noun.children:
                if child.dep_ == "poss":
                    return child
                if child.dep_ == "prep" and child.lower_ == "by":
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                    if objs:
                        return objs[0]
            if current.dep_ == "acl" and current.tag_ == "VBD":
                owner = _past_relative_clause(current)
                if owner is not None:
                    return owner
            return noun if current.dep_ == "relcl" else None
        if current.dep_ in INHERIT_DEPS and current.head.i != current.i:
            if _joins_the_saying(current):
                current = current.head.head  # "X said the deal was fair and accused Y": X accused
                continue
            raised = current.dep_ == "xcomp"
            current = current.head
            continue
        return None
    return None


#: Entity types of a place, on which the parser often hangs a relative clause meant for the phrase before it.
PLACE_ENTITY_TYPES = {"GPE", "LOC", "FAC"}


def _closes_apposition(verb: Token) -> bool:
    """"Its president, Jane Doe, called on …": a finite verb right after the comma that closes the
    apposition of the noun the parse hung it on follows its subject."""
    noun, before = verb.head, verb.doc[verb.i - 1] if verb.i else None
    return before is not None and before.text == "," and noun.i < verb.i and any(
        c.dep_ == "appos" and c.right_edge.i == before.i - 1 for c in noun.children)


def ends_apposition(verb: Token) -> bool:
    """"China, the North's main ally, called for …": a finite verb right after the comma closing an
    apposition, which the parse hung on the apposition itself (as a participle when the name is left
    without a verb), follows the noun the apposition describes."""
    noun, doc = verb.head, verb.doc
    return (noun.dep_ == "appos" and noun.head.pos_ == "PROPN" and noun.head.i < noun.left_edge.i < verb.i
            and doc[noun.left_edge.i - 1].text == "," and doc[verb.i - 1].text == ","
            and all(noun.is_ancestor(t) for t in doc[noun.left_edge.i : verb.i - 1] if t != noun)
            and (verb.tag_ == "VBD" or noun.head.dep_ == "ROOT"))  # "Brazil, …, called for": read as a participle


def relative_antecedent(noun: Token) -> Token:
    """Whom a relative clause is about: the noun it hangs on, or where the parse hung it on a place
    ending a phrase, the phrase's head ("the attack on Kyiv, which killed 23", "the RSF commander in
    North Darfur, whose forces shelled …")."""
    if noun.ent_type_ in PLACE_ENTITY_TYPES and noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and noun.head.head.ent_type_ not in PLACE_ENTITY_TYPES:
        return noun.head.head
    return noun


def _past_relative_clause(verb: Token) -> Token | None:
    """"The union, which represents dockers, accused the port …": the parse hangs the finite verb
    after the clause's closing comma on the clause's last noun; its subject is the root noun the
    clause is about."""
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    clause = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    owner = clause.head if clause is not None else None
    return owner if owner is not None and owner.dep_ == "ROOT" and owner.tag_.startswith("NN") else None


def _joins_the_saying(verb: Token) -> bool:
    """A verb joined to a reported "the deal was fair" belongs to the report, not to the deal:
    in "X said the deal was fair and accused Y" ("… was aimed at them and accused Y") only X can
    accuse. So when the clause it joins is a copula or a passive said of a thing, not of people,
    a finite verb joined to it shares the reporting verb's subject; so does a second act of speech
    joined to a clause about a thing ("X said the tariffs would hurt trade and urged Y …") or set
    off by a comma ("X said police had acted lawfully, and claimed …")."""
    clause = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or clause.dep_ != "ccomp":
        return False
    subject = next((c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)
    said_of_a_thing = subject is not None and subject.pos_ == "NOUN" and not _lemma_is(subject, "PARTICIPANT")
    if _second_speech_act(verb):
        return said_of_a_thing or _after_comma(verb)
    if clause.lemma_ != "be" and not (verb.tag_ == "VBD" and any(c.dep_ == "auxpass" for c in clause.children)):
        return False
    return said_of_a_thing


def _second_speech_act(verb: Token) -> bool:
    """A verb of speech in the past, with no subject of its own, joined to what a verb of speech reports."""
    from .statements import cue_of  # statements reads arguments: a late import avoids the cycle

    if verb.tag_ != "VBD" or any(c.dep_ in NOMINAL_SUBJECT_DEPS for c in verb.children):
        return False
    return cue_of(verb) is not None and cue_of(verb.head.head) is not None


def _after_comma(verb: Token) -> bool:
    """", and claimed …", ", but urged …": the coordinator follows a comma."""
    coordinator = next((c for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i), None)
    return coordinator is not None and coordinator.i > 0 and verb.doc[coordinator.i - 1].text == ","


def _nominal_subject(subject: Token) -> Token:
    """An adjective the parser made a second subject before the noun it describes ("Sudan's
    paramilitary Rapid Support Forces shelled …") gives way to that noun."""
    if subject.pos_ != "ADJ":
        return subject
    return next((c for c in subject.head.children if c.dep_ == subject.dep_ and c.i > subject.i
                 and c.pos_ in ("NOUN", "PROPN")), subject)


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
    if head.pos_ == "NOUN" and _lemma_is(head, "ARMED_GROUP"):
        keys = [k for c in head.children if c.dep_ in ("acl", "amod") and _lemma_is(c, "AFFILIATION")
                for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                for o in p.children if o.dep_ == "pobj" for k in entity_keys(ctx, o)]
        if keys:
            return keys  # "groups linked to al-Qaeda", "fighters loyal to the general": whose they are (not
            # "people linked to the regime", whom a sanction lists)
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
                key = index.country_for_demonym(child.text)
            if key is None and child.dep_ == "poss" and child.lower_ in THING_POSSESSIVES:
                key = next(iter(_reporting_subject(ctx, child)), None)
            if key is None and child.dep_ == "poss" and child.lower_ in PRONOUNS:
                key = resolve_reference(ctx, child.idx, child.idx + len(child.text))
            if key is None and child.dep_ == "compound" and head.tag_ in ("NNS", "NNPS") and _lemma_is(head, "PARTICIPANT"):
                key = ctx.resolver.resolve_body_word(child)  # "opposition supporters marched": the opposition's
            if key and key not in keys:
                keys.append(key)
    if not keys and head.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("ADJ", "PROPN") and head.text[:1].isupper():
        key = index.country_for_demonym(head.text)  # "Israeli airstrikes": the word itself is the nationality
        keys = [key] if key else []
    return keys


def _lemma_is(token: Token, name: str) -> bool:
    return bool({token.lemma_.lower(), token.lower_} & load_classes().get(name, frozenset()))


def _reporting_subject(ctx: Context, pronoun: Token) -> list[str]:
    """"Hamas said they would release …", "the ministry said it would …": the subject pronoun of a
    reported clause is the subject of the clause that reports it, when that names no person; so
    is the possessor of that subject ("the military said its aircraft struck …")."""
    subject = pronoun.head if pronoun.dep_ == "poss" else pronoun
    verb = subject.head
    if subject.dep_ not in NOMINAL_SUBJECT_DEPS or verb.dep_ != "ccomp":
        return []
    main = subject_of(verb.head)
    if main is None or main.pos_ == "PRON" or main.lower_ in PRONOUNS:
        return []
    return [k for k in entity_keys(ctx, main) if ctx.entities.get(k).type != "Person"]


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
    paired = head.tag_ == "NNS" and _lemma_is(head, "PAIRED")
    if not words & PAIR_WORDS and not paired:
        return False
    return "both" in words or any(c.dep_ == "det" and c.lower_ in PAIR_DETERMINERS for c in head.children)


def _last_two(ctx: Context, token: Token) -> list[str]:
    """The two people most recently named before "the two" / "both"; for "the two sides", "both
    countries" (class SIDE), the two states or organisations; for "the two countries", states."""
    sides = token.lemma_.lower() in load_classes().get("SIDE", frozenset())
    states = _lemma_is(token, "COUNTRY_NOUN")  # "the two countries": no body or group
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
