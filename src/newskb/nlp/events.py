"""Event extraction: happenings typed with PLOVER, with who, whom, where, when and status.

A trigger lexicon (lexicons/plover_triggers.tsv, built from the PLOVER definitions and the CAMEO
categories they cover) types verbal and nominal mentions; conditions on the trigger's arguments
keep senses apart ("strike Ukrainian cities" vs "strike a deal", "a hunger strike"). Arguments
come from the clause layer (nlp/clauses.py) and become entities in nlp/arguments.py; status comes
from the clause (nlp/modality.py), dates from nlp/dates.py. A mention folded into a governing trigger is not a second event ("threatened to
strike" is one threat, "called for talks" one request); mentions of one happening — in one
sentence, or a later definite mention with the same participants — become one event carrying
every reporting sentence. Sanctions found earlier arrive with their events and merge here too.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import lru_cache, wraps
from itertools import compress
from typing import TYPE_CHECKING

from ..lexicons import read_table
from ..models import Event, Span
from .arguments import PRONOUNS, acting_body, entity_keys, is_country, is_place, past_dateline
from .clauses import doer_of, has_passive_auxiliary, own_subject, relative_antecedent, simple_present, subject_of
from .base import Context, sentence_bounds, sentence_says
from .dates import date_for
from .grammar import NOMINAL_SUBJECT_DEPS
from .groups import group_actor, load_classes
from .modality import FINITE_TAGS, headline_future, load_modality_cues, status_of
from .speakers import role_of
from .statements import SPEAKER_LABEL, verb_kind
from .tokens import Columns, columns, kept_with_the_doc, tokens_where

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Doc, Token

#: Verbal acts need a named, definite or political participant to be worth a record ("analysts warned" is no event).
VERBAL_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
#: Acts aimed at a government: a seat of government as their target stands for it ("accused Moscow of …");
#: a strike on Kyiv hits the city, and a trip or talks in a capital meet there.
ADDRESSED_TYPES = (VERBAL_TYPES - {"CONSULT"}) | {"SANCTION"}
#: Intent verbs whose complement clause is their content, not a second event ("threatened to strike").
CONTENT_TYPES = {"THREATEN", "REQUEST", "AGREE", "REJECT", "ACCUSE"}
VERB_OBJECT_PREPS = {"on", "against", "at", "into", "upon"}
NOUN_OBJECT_PREPS = {"of", "on", "against", "to", "at", "upon", "toward", "towards", "over"}
#: Prepositions naming whom an act is done to; wider than a sanction\'s ("fired at X", "clashed with X").
EVENT_TARGET_PREPS = {"on", "against", "at", "into", "to", "toward", "towards", "upon", "with", "of", "over", "behind"}
ACTOR_PREPS = {"between", "by", "among", "from"}
#: Prepositions naming what talks or a proposal are about: "talks on a ceasefire", "a proposal for a truce".
TOPIC_PREPS = {"on", "for", "over", "about"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across"}
#: Prepositions of a setting, not of an argument: a happening after them is not the verb's content.
ADJUNCT_PREPS = PLACE_PREPS | {"during", "after", "before", "since", "amid", "despite", "following"}
#: Dependencies of a word's modifiers: "a joint exercise", "Russia's invasion", "test-fired".
NOUN_MODIFIER_DEPS = {"compound", "amod", "nmod", "poss", "npadvmod"}
DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
POS_CODES = {"VERB": "V", "NOUN": "N", "PROPN": "N"}
FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "shall", "wo"})
#: Pronouns a participle can follow to name a group of people: "those arrested", "everyone detained".
GROUP_PRONOUNS = frozenset({"those", "everyone", "everybody", "anyone", "anybody", "all", "whoever"})
#: Dependencies of a word used as a noun phrase: "the detained were released", "families of the detained".
NOMINAL_DEPS = NOMINAL_SUBJECT_DEPS | {"dobj", "pobj"}
#: Auxiliaries with which a denied act is turned down rather than reported undone: "will not
#: accept", "cannot accept", "could not back".
#: Conjunctions of a condition: "would not sign unless …".
CONDITION_MARKS = frozenset({"if", "unless"})
#: A present "can": "cannot", "can't" (a past "could not retake the town" reports a failure).
CAN_AUXILIARIES = frozenset({"can", "ca"})
#: Acts that answer a deed, named after "for": "blamed X for the massacre", "sanctioned X for the attack".
RESPONSE_TYPES = {"ACCUSE", "SANCTION"}
#: Steps that ease a conflict, which a welcome or praise answers as a happening of their own.
DE_ESCALATING_TYPES = {"CONCEDE", "RETREAT"}
#: Acts of force that, said to come on a condition, are a threat: "could strike … if".
FORCEFUL_TYPES = {"ASSAULT", "COERCE"}
#: CAMEO code of a threat of military force.
THREAT_OF_FORCE = "138"
#: Modals of an act announced on a condition: "will", "would", "could", "may", "might".
THREAT_MODALS = FUTURE_AUXILIARIES | {"could", "may", "might"}
REFUSAL_AUXILIARIES = FUTURE_AUXILIARIES | CAN_AUXILIARIES | {"could"}
FIRST_PERSON_SUBJECTS = {"i", "we"}
FIRST_PERSON_WORDS = {"i", "we", "me", "us", "my", "our"}
INDEFINITE = {"a", "an"}
#: Determiners with which a noun points back at a happening already told ("the attack", "this decision").
ANAPHORIC = {"the", "this", "that", "these", "those"}
#: How far back (in characters) "the attack" looks for the attack it means.
ANAPHOR_REACH = 1500
#: A noun is the object of the verb before "on", "for", "to", "into" ("went on strike", "entered into an
#: agreement"), not "in" ("showcased … in summits").
GOVERNING_PREPS = {"on", "for", "to", "into"}
#: Where counting prepositions lead: "dozens of prisoners" (a quantity), "1.9 billion euros in aid" (a sum),
#: "access to social media" (a way in: what is blocked or granted is what it leads to).
COUNTED_PREPS = {"of": "QUANTITY", "in": "MONEY", "to": "ACCESS"}


@dataclass(frozen=True)
class TriggerRule:
    words: tuple[str, ...]
    pos: str
    type: str
    conditions: tuple[str, ...]
    cameo: str


#: A demand reported as an obligation: "the minister said Europe must do more" (CAMEO 10).
REPORTED_OBLIGATION = TriggerRule(("must",), "V", "REQUEST", (), "100")
#: A demand put as timeliness: "it is time for the rebels to accept a ceasefire" (CAMEO 10).
TIME_TO_ACT = TriggerRule(("time",), "N", "REQUEST", (), "100")
#: Conditions of a warning whose modal ("will", "may", "if …") belongs to the act warned of, not to
#: the warning: "would respond", "stands ready to consider sanctions", "is considering tariffs if the
#: talks fail", "may expose themselves to sanctions".
THREAT_MADE_IN_SAYING = frozenset({"future", "gov:READY", "conditional", "pobj:CONSEQUENCE", "obj:CONSEQUENCE"})


@lru_cache(maxsize=1)
def load_rules() -> dict[str, list[TriggerRule]]:
    """Trigger rules by first word; two-word rules ("call for") are tried before one-word ones."""
    table: dict[str, list[TriggerRule]] = {}
    for row in read_table("plover_triggers.tsv"):
        conditions = tuple(c.strip() for c in (row["conditions"] or "").split(",") if c.strip())
        rule = TriggerRule(tuple(row["trigger"].lower().split()), row["pos"], row["type"], conditions, row["cameo"])
        table.setdefault(rule.words[0], []).append(rule)
    for rules in table.values():
        rules.sort(key=lambda r: -len(r.words))  # stable: file order within each length
    return table


# --- matching a trigger -------------------------------------------------------
def _per_token(name: str) -> Callable[[Callable[[Token], list[Token]]], Callable[[Token], list[Token]]]:
    """Keep what a function of the parse finds for a word with the document, under ``name`` (as
    token positions, so the Doc stays serialisable): each rule of a trigger word asks for its
    objects again, and its arguments once more."""
    def keep(function: Callable[[Token], list[Token]]) -> Callable[[Token], list[Token]]:
        @wraps(function)
        def kept(token: Token) -> list[Token]:
            found = token.doc.user_data.setdefault(name, {})
            if token.i not in found:
                found[token.i] = [t.i for t in function(token)]
            return [token.doc[i] for i in found[token.i]]
        return kept
    return keep


def _forms(token: Token) -> set[str]:
    return {token.lemma_.lower(), token.lower_}


def _has_particle(token: Token, word: str) -> bool:
    """A particle anywhere ("called the meeting off"), a preposition right after the verb ("called on"),
    or right after it the marker of the verb's clause ("called for the talks to resume", read as a
    clause of its own with "for" as its marker)."""
    return any(c.lower_ == word and (c.dep_ == "prt" or (c.dep_ in ("prep", "advmod") and c.i == token.i + 1))
               for c in token.children) or any(
        m.lower_ == word and m.dep_ == "mark" and m.i == token.i + 1
        for c in token.children if c.dep_ in ("advcl", "ccomp", "xcomp") for m in c.children)


@_per_token("newskb_counted")
def counted(noun: Token) -> list[Token]:
    """What a quantity or sum counts: "dozens of prisoners" → prisoners, "1.9 billion euros in aid" → aid;
    what access leads to: "access to social media" → media."""
    classes = load_classes()
    out: list[Token] = []
    for prep in noun.children:
        kind = COUNTED_PREPS.get(prep.lower_)
        if prep.dep_ == "prep" and kind and (noun.pos_ == "NUM" or _forms(noun) & classes.get(kind, frozenset())):
            out.extend(t for o in prep.children if o.dep_ == "pobj" for t in (o, *o.conjuncts))
    return out


def _with_shared(token: Token) -> list[Token]:
    """A word's dependents, and for a verb with no object or preposition of its own, those of the
    verb it is coordinated with: "police fired and landed a round on a protester" fired on one."""
    children = list(token.children)
    if token.pos_ == "VERB" and not any(c.dep_ in ("dobj", "prep", "dative") and c.i > token.i for c in children):
        for conj in children:
            if conj.dep_ == "conj" and conj.pos_ == "VERB" and own_subject(conj) is None:
                return children + [c for c in conj.children if c.dep_ in ("dobj", "prep", "dative")]
    return children


@_per_token("newskb_objects")
def objects(token: Token) -> list[Token]:
    """Direct objects, passive subjects and on/against objects (of/on/… objects for nouns, and a
    possessor that is a thing: "the bill's withdrawal"), and what an object counts ("released
    dozens of prisoners"); a date is none ("withdrew on Sunday")."""
    preps = VERB_OBJECT_PREPS if token.pos_ == "VERB" else NOUN_OBJECT_PREPS
    out: list[Token] = []
    for child in _with_shared(token):
        if child.dep_ in ("dobj", "nsubjpass", "dative") and child.pos_ != "ADP":
            out.append(child)
        elif child.dep_ == "poss" and token.pos_ != "VERB" and child.pos_ == "NOUN" and not is_participant(child):
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in preps and not _dating(child):
            out.extend(c for c in child.children if c.dep_ == "pobj")  # "withdrew on Sunday": no object
    found = [t for o in out for t in (o, *o.conjuncts)]
    return found + [t for o in found for t in counted(o) if t not in found]


def is_participant(token: Token) -> bool:
    """A human or group noun phrase, named or not: "protesters", "riot police", "thousands of students"."""
    words = load_classes().get("PARTICIPANT", frozenset())
    return any(_forms(t) & words for t in (token, *token.conjuncts, *counted(token)))


def _governing_word(token: Token) -> Token | None:
    """The verb a noun is the object of, directly or through "on", "for" or "to" ("went on strike")."""
    verb = _governing_verb(token)
    prep = token.head
    if verb is None and token.dep_ == "pobj" and prep.head.pos_ in ("VERB", "AUX") and (
            prep.lower_ in GOVERNING_PREPS or (prep.lower_ == "in" and _lemma_in(prep.head, "PARTICIPATE"))):
        verb = prep.head  # "went on strike", "took part in the offensive"
    return verb


def _modifiers(token: Token) -> list[Token]:
    """A noun's modifiers, with the adjectives of its compounds: in "a joint coast guard exercise" the
    parse hangs "joint" on "coast"; a verb's are its adverbs ("will jointly build")."""
    weapon = _misread_plural(token)
    deps = NOUN_MODIFIER_DEPS | ({"advmod"} if token.pos_ == "VERB" and weapon is None else set())
    own = [c for c in token.children if c.dep_ in deps]
    return own + _compound_adjectives(own) + ([weapon] if weapon else [])


def _compound_adjectives(modifiers: list[Token]) -> list[Token]:
    """The adjectives hung on a noun's compounds, down the chain ("joint" in "joint coast guard exercise")."""
    found: list[Token] = []
    for compound in (c for c in modifiers if c.dep_ == "compound"):
        inner = [a for a in compound.children if a.dep_ in ("amod", "compound") and a.i < compound.i]
        found += [a for a in inner if a.dep_ == "amod"] + _compound_adjectives(inner)
    return found


def _misread_plural(token: Token) -> Token | None:
    """The weapon word of a plural noun of attack the tagger read as a verb: in "Drone strikes on the
    city killed 12" a bare singular weapon noun cannot be the subject of "strikes" (that needs "a
    drone"), so "strikes" is the noun and the weapon its modifier."""
    if token.tag_ != "VBZ" or token.i == 0:
        return None
    weapon = token.doc[token.i - 1]
    if weapon.head.i != token.i or weapon.dep_ not in ("nsubj", "compound") or weapon.tag_ not in ("NN", "NNP"):
        return None
    if any(c.dep_ == "det" for c in weapon.children) or any(c.dep_ == "dobj" for c in token.children):
        return None
    return weapon if _lemma_in(weapon, "WEAPON") else None


#: The places in a parse where a clause's verb stands.
CLAUSE_DEPS = frozenset({"ROOT", "xcomp", "ccomp", "advcl", "conj", "relcl", "acl"})


def _misread_verb(token: Token) -> bool:
    """A verb the tagger read as a noun, as in a headline's present ("Turkey halts all trade with
    Israel", "Pyongyang rebuffs Seoul's offer") or an infinitive ("is set to sanction three
    officials"): a noun takes no direct object, so a common noun that has one, heading a clause of
    its own, is a verb. A noun that is itself an object ("held a joint drill off Luzon", the place
    read as its object) stays a noun."""
    return token.tag_ in ("NN", "NNS") and token.dep_ in CLAUSE_DEPS and any(c.dep_ == "dobj" for c in token.children)


def _prepositions(token: Token) -> set[str]:
    """A word's prepositions, its objects', and for a noun the one right after it that the parse
    hung on the verb ("renewed their calls for a ceasefire")."""
    words = {c.lower_ for c in _with_shared(token) if c.dep_ in ("prep", "prt", "agent", "dative") and not _dating(c)}
    if token.pos_ != "VERB" and token.dep_ == "dobj":
        words |= {c.lower_ for c in token.head.children if c.dep_ == "prep" and c.i == token.right_edge.i + 1}
    for obj in objects(token):
        words |= {c.lower_ for c in obj.children if c.dep_ == "prep"}
    return words


#: Prepositions that put an act in time when their object is a date ("on Thursday", "in March").
DATING_PREPS = frozenset({"on", "in", "at", "during", "since", "until", "before", "after"})


def _dating(prep: Token) -> bool:
    """A preposition that only dates the act: "launched a rocket on Thursday" was not aimed at Thursday."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return prep.lower_ in DATING_PREPS and bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _complements(token: Token) -> list[Token]:
    """What a verb calls its object ("called the plan a provocation", "called the measures 'illegal'",
    "named the party as a terrorist group")."""
    out = [t for c in token.children if c.dep_ in ("oprd", "acomp") for t in c.subtree]
    out.extend(t for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree)
    out.extend(c for c in token.children if c.dep_ == "ccomp" and c.pos_ in ("ADJ", "NOUN"))  # "considered it inappropriate"
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        out.extend(t for c in obj.children if c.dep_ in ("amod", "appos") and c.i > obj.i for t in c.subtree)
    return out


def _purposes(token: Token) -> list[Token]:
    """The verbs of infinitive clauses saying what an act is done for ("occupied the campus to protest")."""
    return [c for c in token.children if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _partners(ctx: Context, token: Token) -> list[str]:
    """Entities a verb is done with or to ("spoke to X", "talked with X")."""
    return [k for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "with")
            for o in c.children if o.dep_ == "pobj" for k in entity_keys(ctx, o)]


def _names_entity(ctx: Context, token: Token) -> bool:
    """The phrase names an entity (a nationality word alone does not: "American lawmakers"); a
    clause on it names whom it tells of, not the phrase: "laptops shipped by U.S. employers"."""
    clauses = [c for c in token.children if c.dep_ in ("acl", "relcl") and c.i > token.i]
    last = token.doc[min(c.left_edge.i for c in clauses) - 1] if clauses else token.right_edge
    start, end = token.left_edge.idx, last.idx + len(last.text)
    if ctx.entities.within(start, end):
        return True
    return token.pos_ == "PRON" and bool(entity_keys(ctx, token))


def _holds(ctx: Context, token: Token, condition: str) -> bool:
    negate = condition.startswith("!")
    name, _, arg = condition.lstrip("!").partition(":")
    classes = load_classes()

    def in_class(tokens: list[Token]) -> bool:
        if arg == "@" and name == "subj":
            return any(entity_keys(ctx, t) for t in tokens)
        if arg == "@":
            return any(_names_entity(ctx, t) for t in tokens)
        words = classes.get(arg, frozenset())
        return any(_forms(t) & words for t in tokens)

    if name == "obj":
        # an object counts with its compounds: "lifted the sanctions programme"
        found = objects(token)
        # and with a noun of a kind before it: "search-and-rescue teams" (read as "search" and "rescue")
        kinds = [c for o in found for c in o.children if c.dep_ == "compound" or (c.dep_ == "nmod" and c.i < o.i)]
        result = in_class(found + kinds + [k for c in kinds for k in c.conjuncts]) if arg else bool(found)
    elif name == "mod":
        result = in_class(_modifiers(token))
    elif name == "subj":
        # a subject counted in a quantity counts as what it counts: "thousands of troops massed"
        subject = doer_of(token)
        result = subject is not None and in_class(
            [subject] if arg == "@" else [subject, *_modifiers(subject), *counted(subject)])
    elif name == "objmod":  # what an object is said to be: "further action", "additional steps"
        result = in_class([m for o in objects(token) for m in o.children if m.dep_ in ("amod", "advmod")])
    elif name == "prep":
        result = bool(_prepositions(token) & set(arg.split("|")))
    elif name == "dep":
        result = any(c.dep_ in arg.split("|") for c in token.children)
    elif name == "comp":
        result = in_class(_complements(token)) if arg else bool(_complements(token))
    elif name == "acl":
        result = in_class([c for c in token.children if c.dep_ == "acl"])
    elif name == "sought":  # what the word asks for: "called for three days of protests"
        sought = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
        result = in_class(sought + [t for o in sought for t in (*counted(o), *_spanned(o))])  # "for three days of protests"
    elif name == "xcomp":  # an infinitive, also one the parse takes for a clause ("hold X to account")
        result = in_class(_infinitives(token))
    elif name == "pobj":
        # the parse often hangs the preposition on the object: "stripped [two journalists of their citizenship]"
        heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
        found = [o for h in heads for c in h.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
        result = in_class(found + [t for o in found for t in counted(o)])  # "with 40 tonnes of medicine"
    elif name == "govverb":
        verb = _governing_word(token)
        result = verb is not None and in_class([verb])
    elif name == "partner":
        result = any(key and not is_place(ctx, key) for key in _partners(ctx, token))
    elif name == "future":
        result = _announced_response(token)
    elif name == "refused":
        result = _refused(token)
    elif name == "subjof":  # the subject of a verb of the class: "aid convoys reached the city"
        result = token.dep_ in NOMINAL_SUBJECT_DEPS and in_class([token.head])
    elif name == "conditional":
        result = _on_condition(token)
    elif name == "ing":  # a gerund: "committed to supplying it with weapons" names an activity, not a delivery
        result = token.tag_ == "VBG"
    elif name == "ofnoun":  # a clause on a noun: "the tools to hold them accountable", "efforts to hold …"
        result = token.dep_ in ("acl", "relcl") and token.head.pos_ == "NOUN"
    elif name == "plural":
        result = token.tag_ in ("NNS", "NNPS")
    elif name == "gerund":
        gerunds = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
        result = in_class(gerunds) if arg else bool(gerunds)
    elif name == "xobj":  # what the word's infinitive acts on: "expect the authorities to take action"
        result = in_class([o for v in _infinitives(token) for o in objects(v)])
    elif name == "gov":
        result = token.dep_ == "xcomp" and in_class([token.head])
    elif name == "purpose":
        result = in_class(_purposes(token))
    elif name == "content":
        clause = [c for c in token.children if c.dep_ == "ccomp"]
        result = any(in_class([s]) for c in clause for s in c.children if s.dep_ in NOMINAL_SUBJECT_DEPS)
    else:
        raise ValueError(f"unknown trigger condition {condition!r}")
    return result != negate


def _announced_response(verb: Token) -> bool:
    """An act announced with "will" or "would" ("Russia would respond", "will take countermeasures"),
    said by someone who can make it a warning: not "analysts said Iran would respond"."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children) and _announced_speaker(verb)


def _refused(verb: Token) -> bool:
    """A step its doer says it will not take ("would not take part in the talks", "cannot accept
    these terms", "will never recognise the assembly"): a refusal made in the saying. The doer is
    the subject of the active verb (not "power will not be restored"), one who can speak for the act."""
    cues = load_modality_cues()
    if verb.pos_ != "VERB" or not any(c.dep_ == "neg" and c.lower_ in cues.neg for c in verb.children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in REFUSAL_AUXILIARIES for c in verb.children):
        return False
    subject = None if _passive(verb) else subject_of(verb)
    return subject is not None and _specific_subject(subject) and _announced_speaker(verb)


def _announced_speaker(verb: Token) -> bool:
    """The one who says a clause ("Iran said it would …") can make it a warning or a refusal; "analysts said" cannot."""
    speaker = subject_of(verb.head) if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in load_modality_cues().report else None
    return speaker is None or _specific_subject(speaker)


def _infinitives(token: Token) -> list[Token]:
    """The verbs of a word's infinitive clauses, also one the parse takes for a clause ("hold X to
    account"), and through a verb of carrying on the act carried on ("vowed to continue attacking")."""
    found = [c for c in token.children if c.dep_ == "xcomp" or (
        c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    return found + [c for v in found if _lemma_in(v, "PHASE") for c in v.children if c.dep_ == "xcomp"]


def _base_forms(word: str, pos: str) -> tuple[str, ...]:
    """Base forms of a verb the lemmatizer got wrong ("waged" as "wag"): -ed and -ing undone onto an -e."""
    if pos != "VERB":
        return ()
    if word.endswith("ed"):
        return (word[:-1],)
    if word.endswith("ing"):
        return (word[:-3] + "e",)
    return ()


def _trigger_forms(lemma: str, word: str, pos: str) -> list[str]:
    """The forms under which the trigger lexicon lists a word: its lemma, itself, a verb's base forms."""
    rules = load_rules()
    return [form for form in (lemma, word, *_base_forms(word, pos)) if form in rules]


def match_trigger(ctx: Context, token: Token) -> TriggerRule | None:
    """The rule that types ``token`` as an event trigger, or None (also for a blocked sense)."""
    pos = "N" if _misread_plural(token) is not None else "V" if _misread_verb(token) else POS_CODES.get(token.pos_)
    if pos is None:
        return None
    rules = load_rules()
    forms = _trigger_forms(token.lemma_.lower(), token.lower_, token.pos_)
    if not forms or token.ent_type_ == "DATE" or (token.pos_ == "PROPN" and ctx.entities.for_token(token)):
        return None  # no trigger word (most tokens: looked up before the costlier checks), a name, or a date ("in March")
    seen: set[int] = set()
    for form in forms:
        for rule in rules[form]:
            if id(rule) in seen or rule.pos != pos:
                continue
            seen.add(id(rule))
            if len(rule.words) == 2 and not _has_particle(token, rule.words[1]):
                continue
            if all(_holds(ctx, token, c) for c in rule.conditions):
                return None if rule.type == "-" else rule
    return None


# --- building events -----------------------------------------------------------
@dataclass
class Draft:
    type: str
    cameo: str
    trigger: str
    sentence: tuple[int, int]
    status: str
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    place: str | None = None
    date: object = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    definite: bool = False
    lemma: str = ""
    anaphor: bool = False
    token: int = -1  # the trigger's token, when one told it
    names_the_listed: bool = False  # told by a participle naming who was listed ("those designated include")
    own_object: bool = False  # told by a verb with its own object: two such verbs of one sentence with
    # different CAMEO codes are two acts ("expelled monks and stripped priests of citizenship"); verbs
    # sharing one object are one ("was detained and deported")
    in_own_words: bool = False  # told by a verb with "we" or "I" for subject: the speaker's own words

    @property
    def participants(self) -> set[str]:
        return set(self.actors) | set(self.targets)


def _add(keys: list[str], new: list[str]) -> None:
    for key in new:
        if key not in keys:
            keys.append(key)


def _governing_verb(token: Token) -> Token | None:
    """The verb a nominal trigger is the object of ("held talks", "launched strikes on",
    "pledged 1.9 billion euros in aid")."""
    if token.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and (token.head.pos_ in ("VERB", "AUX") or _misread_verb(token.head)):
        return token.head
    if token.dep_ == "conj":
        return _governing_verb(token.head)
    if token.dep_ == "pobj" and token.head.head.i != token.head.i and token in counted(token.head.head):
        return _governing_verb(token.head.head)
    return None


def _governing_noun(token: Token) -> Token | None:
    """The noun an "of" phrase hangs from ("the imposition of sanctions")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        return token.head.head
    return None


#: Possessive pronouns that, on a happening noun, usually point at their own clause's subject.
BOUND_POSSESSIVES = frozenset({"its", "their"})


def _clause_subject(ctx: Context, pronoun: Token) -> list[str]:
    """Whose "its" or "their" is: the subject of the clause the pronoun sits in ("the House issued
    a subpoena as part of its inquiry" → the House); nothing when the clause has no subject of its own."""
    word = pronoun
    while word.head.i != word.i:  # spaCy makes a new Token per access: compare positions, not objects
        word = word.head
        if word.pos_ == "VERB":
            subject = own_subject(word)
            if subject is None:
                return []  # "directed the committees to proceed with their inquiries": whose is not the subject's
            if pronoun not in subject.subtree:
                return _keys(ctx, subject)
    return []


def _previous_holder(ctx: Context, pronoun: Token) -> list[str]:
    """Whose "their" or "its" opening a sentence's subject is: the subject of the sentence before
    ("Protesters say … Their demands have included …"), a plural one for "their", not a person for "its"."""
    sentence = pronoun.sent
    if pronoun.i != sentence.start or sentence.start == 0 or pronoun.head.dep_ not in NOMINAL_SUBJECT_DEPS:
        return []
    before = pronoun.doc[sentence.start - 1].sent
    subject = past_dateline(ctx, subject_of(before.root)) if before.root.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.pos_ == "PRON" or (pronoun.lower_ == "their") != (subject.tag_ in ("NNS", "NNPS")):
        return []
    keys = _keys(ctx, subject)
    return [k for k in keys if ctx.entities.get(k).type != "Person"]


def _first_person(ctx: Context, pronoun: Token) -> list[str]:
    """Who "we" or "I" is: the speaker of the quotation it stands in, or of the transcript turn it
    goes on in, else the signatories a statement names once ("We, the leaders of France, Germany …,
    condemn …"), else the release's author."""
    at = pronoun.idx
    for statement in ctx.statements:
        if statement.speaker and statement.content.start <= at < statement.content.end:
            return [statement.speaker]
    turn = _turn_going_on(ctx, at)
    if turn is not None:
        return [turn]
    doc = pronoun.doc
    if "newskb_we" not in doc.user_data:
        doc.user_data["newskb_we"] = next(
            (c.i for t in tokens_where(doc, "lower", {"we"}) for c in t.children if c.dep_ == "appos"), None)
    signatories = doc.user_data["newskb_we"]
    if signatories is not None and pronoun.lower_ != "i":
        named = doc[signatories]  # every body the apposition names, however the parser split its list
        return [k for k in ctx.entities.within(named.left_edge.idx, named.right_edge.idx + len(named.right_edge))
                if not is_place(ctx, k) or is_country(ctx, k)] or _keys(ctx, named)
    return author(ctx)


def _turn_going_on(ctx: Context, at: int) -> str | None:
    """The speaker of a transcript turn whose later paragraphs hold ``at``: a turn ("Spokesperson Lin
    Jian: …") goes on over the paragraphs after it until the next speaker's label."""
    turns = [s for s in ctx.statements if s.speaker and s.cue is None and s.evidence.end <= at
             and ctx.article.text.startswith(f"{s.speaker_text}:", s.evidence.start)]
    if not turns:
        return None
    last = max(turns, key=lambda s: s.evidence.end)
    between = ctx.article.text[last.evidence.end : at]
    if any(SPEAKER_LABEL.match(paragraph.strip()) for paragraph in between.split("\n")[1:]):
        return None  # a question or another speaker's turn came between
    return last.speaker


#: "Statement by National Security Council Spokesperson Jane Doe on …": a release's title naming its author.
TITLE_BY = re.compile(r"^(?:(?:Joint |Press )?Statement|Remarks|Readout|Op-Ed|Message) by\b", re.IGNORECASE)
#: How many opening lines may carry a byline.
BYLINE_LINES = 4


def author(ctx: Context) -> list[str]:
    """Who a press release speaks for: the person its byline names ("Jane Doe, Secretary of State"
    on a line of its own under the title, "Spokesperson for the High Commissioner: Jane Doe") or its
    title names ("Statement by … Jane Doe")."""
    text, at = ctx.article.text, ctx.article.body_start
    lines = []
    for line in text[at:].split("\n"):
        if line.strip():
            lines.append((at, line))
        at += len(line) + 1
        if len(lines) == BYLINE_LINES:
            break
    for start, line in lines:
        people = [k for k in ctx.entities.within(start, start + len(line)) if ctx.entities.get(k).type == "Person"]
        if not people or len(line) > 160:
            continue
        first = ctx.entities.mentions_of(people[0])
        opens = any(s == start + len(line) - len(line.lstrip()) for s, _ in first)
        labelled = ":" in line and any(e == start + len(line.rstrip()) for _, e in first)
        if TITLE_BY.match(line.strip()) or (opens and "," in line and not line.rstrip().endswith(".")) or labelled:
            return people[:1]
    return []


def _keys(ctx: Context, token: Token) -> list[str]:
    """The entities a participant phrase stands for: its own names, with the country a body
    belongs to ("Iran's foreign ministry"); for "we" and "our", the
    speaker; for "members of the European Union" or "a spokesman for the ministry", the body; for "a U.S.-led coalition", the leader;
    for "whose forces", the one the relative clause is about."""
    examples = [k for c in token.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
                for o in c.children if o.dep_ == "pobj" for k in entity_keys(ctx, o)]
    examples += [k for c in token.children if c.dep_ == "relcl" and c.lemma_.lower() == "include"
                 for o in c.children if o.dep_ == "dobj" for k in entity_keys(ctx, o)]  # "critics, which include X,"
    if examples and is_participant(token):
        return examples  # "neighbouring countries including Algeria and Morocco"
    unnamed = _unnamed_person_before(ctx, token)
    if unnamed is not None:
        return _keys(ctx, unnamed)  # "The representative of Chad spoke next. He rejected …": Chad
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in token.children) and token.head.dep_ == "relcl":
        return _keys(ctx, relative_antecedent(token.head.head))  # "a commander whose forces shelled the camps"
    keys = entity_keys(ctx, token)
    if keys:
        owners = [k for c in token.children if c.dep_ == "poss" for k in entity_keys(ctx, c) if is_country(ctx, k)]
        return keys + [k for k in owners if k not in keys]  # "Ethiopia's government": the body, and the country it acts for
    if token.lower_ in FIRST_PERSON_WORDS:
        return _first_person(ctx, token)
    ours = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in FIRST_PERSON_WORDS), None)
    if ours is not None and token.pos_ == "NOUN":
        return _first_person(ctx, ours)  # "our foreign ministers will meet": the speakers' own
    if token.dep_ == "poss" and token.lower_ in BOUND_POSSESSIVES:
        return _clause_subject(ctx, token) or _previous_holder(ctx, token)
    if is_participant(token):
        keys = [k for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                for o in c.children if o.dep_ == "pobj" for k in entity_keys(ctx, o)]
        if keys:
            return keys
    senders = [k for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children
               if o.dep_ == "pobj" for k in entity_keys(ctx, o) if not is_place(ctx, k) or is_country(ctx, k)]
    if senders and token.pos_ == "NOUN":
        return senders  # "warships from Russia and China began drills": the states that sent them
    spoken_for = [k for o in _spoken_for(token) for k in entity_keys(ctx, o)]
    if spoken_for:
        return spoken_for
    return _leader(ctx, token) or _reporters_own(ctx, token) or group_actor(ctx, token) + _home_country(ctx, token)


#: Pronouns that carry on one person: "he", "she".
PERSON_SUBJECTS = frozenset({"he", "she"})
#: How many sentences back "he" or "she" looks for the person it carries on.
PERSON_REACH = 3


def _unnamed_person_before(ctx: Context, pronoun: Token) -> Token | None:
    """The unnamed person "he" or "she" opening a sentence carries on: the subject of the sentences
    before, when it names no one but a body the person stands for ("the representative of South
    Sudan", "Pakistan's delegate"), as meeting coverage writes. Sentences that only report his words
    ("…, he said") are passed over; a named person or any other subject ends the search (the
    resolver's then)."""
    if pronoun.lower_ not in PERSON_SUBJECTS or pronoun.dep_ != "nsubj":
        return None
    sentence = pronoun.sent  # asked only now: ``Token.sent`` walks the sentence
    if pronoun.i != sentence.start:
        return None
    for _ in range(PERSON_REACH):
        if sentence.start == 0:
            return None
        sentence = pronoun.doc[sentence.start - 1].sent
        subject = subject_of(sentence.root) if sentence.root.pos_ in ("VERB", "AUX") else None
        if subject is not None and subject.lower_ in PERSON_SUBJECTS:
            continue
        if subject is not None and _stands_for_a_body(ctx, subject):
            return subject
        if not any(t.lower_ in PERSON_SUBJECTS and t.dep_ == "nsubj" for t in sentence):
            return None
    return None


def _stands_for_a_body(ctx: Context, subject: Token) -> bool:
    """One unnamed person known by the body or country he stands for: "the representative of X"."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or ctx.entities.for_token(subject) is not None:
        return False
    role = role_of([subject.text])
    if role is not None and role[0].type != "Person":
        return False  # "the ministry said …": "he" is someone else
    keys = _keys(ctx, subject)
    return bool(keys) and all(ctx.entities.get(k).type != "Person" for k in keys)


def _reporters_own(ctx: Context, token: Token) -> list[str]:
    """A government or forces named by no name, the subject of a clause a body reports, are that
    body's own: "Serbia's Defence Ministry said units had been placed on alert", "a State Department
    official said the administration was prepared to act"; only when the body belongs to a country: a
    rights group or a newspaper reports on forces that are not its own."""
    if token.dep_ not in NOMINAL_SUBJECT_DEPS or not any(_lemma_in(token, c) for c in ("GOVERNMENT", "FORCE")):
        return []
    clause = token.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in load_modality_cues().report:
        return []
    reporter = subject_of(clause.head)
    if reporter is None or reporter.i == token.i:
        return []
    keys = _keys(ctx, reporter)
    named = ctx.entities.within(reporter.left_edge.idx, reporter.right_edge.idx + len(reporter.right_edge))
    countries = [c for c in (*map(ctx.entities.country_of, keys), *(k for k in named if is_country(ctx, k))) if c]
    return list(dict.fromkeys(keys + countries)) if countries else []


def _home_country(ctx: Context, token: Token) -> list[str]:
    """The country police, troops or authorities placed in it act for: "police in Mozambique fired
    tear gas" → Mozambique too, beside the police."""
    if not _lemma_in(token, "STATE_FORCE"):
        return []
    places = [k for c in token.children if c.dep_ == "prep" and c.lower_ == "in"
              for o in c.children if o.dep_ == "pobj" for k in entity_keys(ctx, o) if is_place(ctx, k)]
    return list(dict.fromkeys(c for c in map(ctx.entities.country_of, places) if c))


def _leader(ctx: Context, token: Token) -> list[str]:
    """Who leads "a U.S.-led coalition" or "the France-led mission"."""
    out: list[str] = []
    for child in (c for c in token.children if c.dep_ == "amod" and c.i < token.i):
        if child.lemma_.lower() == "lead":
            out.extend(k for t in child.subtree if t.i != child.i for k in entity_keys(ctx, t))
        elif child.lower_.endswith("-led"):
            name = child.text[: -len("-led")]
            named = ctx.entities.within(child.idx, child.idx + len(name)) or [ctx.entities.by_name(name)]
            out.extend(k for k in named if k)
    return out


def _doer(verb: Token) -> Token | None:
    """Who does what an -ing clause on a noun says: the noun ("gunmen firing on a crowd"), or for
    a text, whoever issued it ("signed a decree banning the niqab"); a headline's subject ("EU to ban …")."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if infinitive and verb.dep_ in ("acl", "relcl") and headline_future(verb):
        return verb.head  # "EU to ban Russian gas imports"
    if verb.dep_ == "advcl" and infinitive:
        return subject_of(verb.head)  # "withdrew troops to ease tensions": who withdrew eases
    if verb.dep_ == "acl" and infinitive:
        issuer = _governing_verb(verb.head)  # "cited security concerns to impose bans"
        return subject_of(issuer) if issuer is not None else None
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    noun = verb.head
    if _lemma_in(noun, "DOCUMENT") or _lemma_in(noun, "PROPOSAL"):
        issuer = _governing_verb(noun)
        return subject_of(issuer) if issuer is not None else None
    return noun


def _speaker_of_cue(ctx: Context, verb: Token) -> list[str]:
    """Who the statement layer found speaking by this verb, when its subject names no one by itself:
    "… according to a statement from the ministry. The statement accused Washington of …"."""
    return [s.speaker for s in ctx.statements if s.speaker and s.cue == verb.text
            and s.evidence.start <= verb.idx < s.evidence.end and not s.content.start <= verb.idx < s.content.end][:1]


def _agent_within(ctx: Context, subject: Token) -> list[str]:
    """Who a subject naming no one was sent by, as a passive clause on it says: "the drone, which was
    launched by Hezbollah, struck a house", "a missile fired by Russian forces hit the plant"."""
    return [k for clause in subject.children if clause.dep_ in ("acl", "relcl") and _passive_or_participle(clause)
            for agent in clause.children if agent.dep_ == "agent"
            for o in agent.children if o.dep_ == "pobj" for k in _keys(ctx, o)]


def _passive_or_participle(verb: Token) -> bool:
    """"which was launched", or the bare participle "fired" of "a missile fired by …"."""
    return verb.tag_ == "VBN" or has_passive_auxiliary(verb)


def _gathering(ctx: Context, noun: Token, event_type: str) -> Token | None:
    """The verb of those who came together for what a count holds: "negotiators gathered for a new
    round of talks". Not a verb that is itself the happening ("will travel to Beijing for a round of
    talks"), which tells the talks itself."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun not in counted(noun.head.head):
        return None
    verb = _governing_word(noun.head.head)
    rule = match_trigger(ctx, verb) if verb is not None else None
    return verb if rule is None or rule.type != event_type else None


def _framing_verb(noun: Token) -> Token | None:
    """The verb a meeting frames: "in a phone call in late July, Trump encouraged Zelensky …"."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in ("in", "during", "at") and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _claimant(noun: Token) -> Token | None:
    """Who claimed responsibility for an attack carried it out: "IS claimed responsibility for the bombing"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or not _lemma_in(prep.head, "CREDIT"):
        return None
    verb = prep.head.head if prep.head.dep_ == "dobj" else None
    return subject_of(verb) if verb is not None and verb.lemma_.lower() in ("claim", "accept", "admit") else None


def _passive(verb: Token) -> bool:
    """A passive verb, or a participle sharing one's auxiliary: "was arrested and banned"."""
    if has_passive_auxiliary(verb):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and _passive(verb.head) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children)


def arguments(ctx: Context, token: Token, event_type: str) -> tuple[list[str], list[str], str | None]:
    actors: list[str] = []
    targets: list[str] = []
    places: list[str] = []
    group_kinds: list[Token] = []  # "military" of "military aid": the group only if no one else acts
    consult = event_type == "CONSULT"

    def prep_args(word: Token, include_of: bool) -> None:
        for child in word.children:
            if child.dep_ not in ("prep", "agent", "dative") or _dating(child):
                continue  # "arrested them on Thursday": the day is no participant
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if child.lower_ == "between":  # "between Pakistan and Afghanistan's government": the parser hangs
                objs += [m for o in objs for m in o.children if m.dep_ == "nmod" and m.i < o.i]  # the first party on the last
            for obj in objs:
                prep = "by" if child.dep_ == "agent" else child.lower_
                keys = _keys(ctx, obj) if prep in ACTOR_PREPS else entity_keys(ctx, obj)
                if prep in PLACE_PREPS:
                    _add(places, [k for k in keys if is_place(ctx, k)])
                elif prep in ACTOR_PREPS or (consult and prep in ("with", "of")):
                    _add(actors, keys)
                elif prep in EVENT_TARGET_PREPS and (include_of or prep != "of"):
                    _add(targets, keys)
                elif prep == "for" and event_type == "AID":
                    _add(targets, keys)  # "a $7 billion loan for Pakistan": who receives it

    if token.pos_ == "VERB":
        subject = past_dateline(ctx, subject_of(token) or _doer(token))
        by_agent = subject is not None and subject.dep_ == "pobj" and (subject.head.dep_ == "agent" or subject.head.lower_ == "by")
        if subject is not None and _passive(token) and not by_agent:
            _add(targets, entity_keys(ctx, subject))  # "X, who was arrested in May" is the one arrested
        elif subject is not None:
            launcher = _agent_within(ctx, subject) if subject_of(token) is not None else []  # not "a rally
            # organised by the party demanding …": who organised it is not who demands
            _add(actors, _keys(ctx, subject) or launcher or _speaker_of_cue(ctx, token))
        for child in token.children:
            forces = [t for t in (child, *counted(child)) if _lemma_in(t, "FORCE")] if child.dep_ == "nsubjpass" else []
            if forces and event_type == "MOBILIZE":
                _add(actors, [k for t in forces for k in _keys(ctx, t)])  # "police were deployed": the forces that move
            elif child.dep_ in ("dobj", "nsubjpass", "dative"):
                _add(targets, entity_keys(ctx, child))
                prep_args(child, include_of=False)
                for thing in counted(child):
                    prep_args(thing, include_of=False)  # "pledged 1.9 billion euros in aid to Ukraine"
        prep_args(token, include_of=False)
        if event_type == "THREATEN":  # "threatened to expel the UN mission": whom the threatened act is aimed at
            _add(targets, [k for o in _aimed_at(token) for k in entity_keys(ctx, o)])
    else:
        for child in _modifiers(token):
            if child.i > token.i:
                continue
            chain = [t for t in child.subtree if t.i == child.i or t.dep_ in ("compound", "amod", "nmod")]
            keys = [k for t in chain for k in (_keys if t.dep_ == "poss" else entity_keys)(ctx, t)]
            if not keys and child.dep_ == "amod" and child.pos_ in ("ADJ", "NOUN"):
                group_kinds.append(child)  # "a military coup"; but "the US military aid package"
                continue
            if not keys and child.dep_ == "compound" and child.pos_ in ("ADJ", "NOUN"):
                keys = group_actor(ctx, child)  # "a police raid": the group that acts
            for key in keys:
                if child.dep_ == "poss" and acting_body(ctx, key) != key:
                    _add(actors, [key])  # "Tehran's rejection": the seat of government acts
                elif is_place(ctx, key) and not is_country(ctx, key):
                    _add(places, [key])
                else:
                    _add(actors, [key])
        prep_args(token, include_of=True)
        if event_type == "SUPPORT":
            _add(targets, _supported(ctx, token))
        for clause in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            prep_args(clause, include_of=False)  # "a phone call made by X to Y"
        if token.dep_ == "nsubj" and event_type in ("ASSAULT", "COERCE") and token.head.pos_ == "VERB":
            for obj in (c for c in token.head.children if c.dep_ == "dobj"):
                _add(targets, entity_keys(ctx, obj))  # "a coup removed the prime minister": the one it struck
        if _told_by_its_course(token):
            prep_args(token.head, include_of=False)  # "no rallies took place in Almaty", "convoys crossed into Idlib"
            if _lemma_in(token.head, "ARRIVAL"):
                _add(targets, [k for o in token.head.children if o.dep_ == "dobj" for k in entity_keys(ctx, o)])
        verb = _governing_verb(token) or _governing_word(token) or _gathering(ctx, token, event_type)
        if verb is not None and event_type in DE_ESCALATING_TYPES and (welcome := match_trigger(ctx, verb)) is not None \
                and welcome.type == "SUPPORT":
            verb = None  # "the UN welcomed the withdrawal of troops": the welcomer did not withdraw
        if verb is not None:
            subject = past_dateline(ctx, subject_of(verb))
            if subject is None and _lemma_in(verb, "PARTICIPATE"):  # "the group was implicated in the killing"
                subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subject is not None:
                _add(actors, _keys(ctx, subject))
            prep_args(verb, include_of=False)
        claimant = _claimant(token)
        if claimant is not None:
            _add(actors, _keys(ctx, claimant))
        closed = _closed_by_talks(token) if consult and not actors else None
        if closed is not None:  # "X and Y failed to reach a deal after two days of talks": X and Y talked
            _add(actors, _keys(ctx, closed))
        frame = _framing_verb(token) if consult else None
        if frame is not None:  # "in a phone call, Trump urged Zelensky to …": the two spoke
            subject = subject_of(frame)
            _add(actors, _keys(ctx, subject) if subject is not None else [])
            _add(actors, [k for c in frame.children if c.dep_ in ("dobj", "dative") for k in entity_keys(ctx, c)])
        noun = _governing_noun(token)
        if noun is not None:
            for child in _modifiers(noun):
                _add(actors, entity_keys(ctx, child))
            prep_args(noun, include_of=False)
        if not actors:
            _add(actors, [k for kind in group_kinds for k in group_actor(ctx, kind)])  # the adjective acts only when no one else does
    if not actors and event_type == "SANCTION":
        actors = _barred_country(ctx, token)
    place = places[0] if places else None
    actors = list(dict.fromkeys(acting_body(ctx, k) for k in actors if k != place))  # "Moscow denied": Russia
    if event_type in ADDRESSED_TYPES:
        targets = list(dict.fromkeys(acting_body(ctx, k) for k in targets))
    targets = [k for k in targets if k != place and k not in actors]
    return actors, targets, place


def _aimed_at(verb: Token) -> list[Token]:
    """Whom the act a threat announces is aimed at: its object ("threatened to expel the UN mission"),
    its "against" phrase ("vowed to retaliate against Y"), what its object is laid on ("threatened to
    impose tariffs on Brazil"), through verbs of carrying on ("vowed to keep attacking Kenya")."""
    out: list[Token] = []
    for act in (c for c in verb.children if c.dep_ == "xcomp"):
        objects_ = [o for o in act.children if o.dep_ in ("dobj", "dative")]
        out += objects_ + [o for w in (act, *objects_) for p in w.children if p.dep_ == "prep" and p.lower_ in VERB_OBJECT_PREPS
                           for o in p.children if o.dep_ == "pobj"]
        if _lemma_in(act, "PHASE"):
            out += _aimed_at(act)
    return out


def _closed_by_talks(noun: Token) -> Token | None:
    """Who held the talks a clause's outcome came after: the subject of "X and Y agreed on a truce
    after three days of talks", "failed to reach a deal following two rounds of negotiations"."""
    word = noun
    while word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ == "NOUN":
        word = word.head.head  # "two days of talks", "rounds of negotiations"
    if word.dep_ != "pobj" or word.head.lower_ not in ("after", "following") or word.head.head.pos_ != "VERB":
        return None
    subject = subject_of(word.head.head)
    return subject if subject is not None and (subject.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "conj" for c in subject.children)) else None


def _supported(ctx: Context, noun: Token) -> list[str]:
    """Whom support named by a noun is for: "support for Ukraine", and the one whose cause it backs,
    "backing for India's bid", "support for Taiwan's participation"."""
    causes = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
    owners = [c for o in causes for c in o.children if c.dep_ == "poss"]
    return [k for t in causes + owners for k in entity_keys(ctx, t)]


def _barred_country(ctx: Context, token: Token) -> list[str]:
    """Who imposes an entry ban a sentence gives no doer for: the country entry into which is
    barred ("officials banned from entering Russia" → Russia)."""
    keys: list[str] = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"):
        for verb in (g for g in prep.children if g.dep_ == "pcomp" and _lemma_in(g, "ENTRY")):
            places = [o for o in verb.children if o.dep_ == "dobj"]  # "entering Russia", "travelling to the EU"
            places += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
            keys += [k for o in places for k in entity_keys(ctx, o) if is_country(ctx, k)]
    return keys


def _alleged_or_asked(token: Token, triggers: dict[int, TriggerRule]) -> bool:
    """Whatever lies inside what someone is accused of ("accused the government of using the army
    to intimidate voters") or is asked to do ("called on allies to speed up deliveries of arms",
    "called for the release of detained activists") is the charge or the demand, however deep it
    sits; the reporter does not tell it as a happening. An aside on someone named there (", who has
    been under house arrest since …", ", a claim the army rejected") is the reporter's own, and a
    call within a call ("urged others to join our calls for a ceasefire") is one more demand; "the
    protests" named there point back at protests told as such; a finite verb ("accused X of having
    deployed troops and called for sanctions") is a second act of the speaker, whatever the parse."""
    if token.pos_ != "VERB" and any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in token.children):
        return False
    child = token
    own_type = triggers[token.i].type if token.i in triggers else None
    for parent in token.ancestors:
        if child.dep_ == "appos" or (child.dep_ == "relcl" and child.left_edge.nbor(-1).lower_ == ",") \
                or (child.dep_ == "conj" and child.tag_ in FINITE_TAGS):
            return False
        rule = triggers.get(parent.i)
        if rule is not None and rule.type == own_type:
            return False
        if child.dep_ == "prep" and child.lower_ == "of":
            accusing = parent.head if parent.dep_ == "dobj" else parent  # "of" hangs on the accused as often as on the verb
            if accusing.i in triggers and triggers[accusing.i].type == "ACCUSE":
                return True
        if rule is not None and rule.type == "REQUEST" and (
                (child.dep_ == "prep" and child.lower_ == "for") or child.dep_ in ("xcomp", "ccomp")
                or (child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))):
            return True
        child = parent
    return False


def _topic_of_talks_or_proposal(noun: Token, triggers: dict[int, TriggerRule]) -> bool:
    """What talks are held on or a proposal is made for ("a proposal for a 60-day truce",
    "consultations on the truce", "talks over a prisoner swap") is their subject, not a happening."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in TOPIC_PREPS or noun.head.head.pos_ != "NOUN":
        return False
    about = noun.head.head
    held = triggers.get(about.i)
    return _lemma_in(about, "PROPOSAL") or _lemma_in(about, "TALKS") or (held is not None and held.type == "CONSULT")


def _answering_verb(noun: Token) -> Token | None:
    """The verb whose "for" names the deed it answers: "blamed the troops for the massacre"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _listed_infinitive(verb: Token) -> Token | None:
    """The infinitive a bare verb continues when the parse hung it on a finite verb instead: in
    "continues to urge the junta to end the violence, free prisoners and allow access" a bare "free"
    or "allow" (or "and to allow") cannot share the subject of "continues"; it lists one more act
    after "to end", the last infinitive before it."""
    def bare(word: Token) -> bool:
        return word.dep_ in ("conj", "advcl") and word.tag_ in ("VB", "VBP") and own_subject(word) is None \
            and not any(c.dep_ in ("aux", "auxpass", "mark") and c.lower_ != "to" for c in word.children)

    def infinitive(word: Token) -> bool:
        return word.tag_ == "VB" and (word.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children))

    if not bare(verb):
        return None
    head = verb.head
    while bare(head):
        head = head.head  # "…, free prisoners and allow access": the list's first verb
    if head.tag_ not in FINITE_TAGS:
        return None
    return next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t is not head and infinitive(t)), None)


def _absorbed(token: Token, triggers: dict[int, TriggerRule]) -> bool:
    """A mention that is the content of a governing trigger is not an event of its own."""
    if _alleged_or_asked(token, triggers):
        return True
    if token.pos_ != "VERB":
        verb = _governing_verb(token)
        if verb is not None and verb.i in triggers:
            own = triggers.get(token.i)  # "welcomed the release of 14 prisoners": the step welcomed was taken
            return not (triggers[verb.i].type == "SUPPORT" and own is not None and own.type in DE_ESCALATING_TYPES)
        if verb is not None and verb.dep_ == "xcomp" and triggers.get(verb.head.i, TIME_TO_ACT).type == "THREATEN":
            return True  # "threatened to launch nuclear strikes": the strikes are what is threatened
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
            return token.head.head.i in triggers  # "the withholding of aid" is one happening, the withholding
        if token.dep_ == "pobj" and token.head.lower_ in ("at", "on", "upon") and _lemma_in(token, "BEHEST") \
                and token.head.head.i in triggers:
            return True  # "deployed at the request of the government": why the act told was done; "came at
            # Baku's request" tells the request itself
        if _topic_of_talks_or_proposal(token, triggers):
            return True
        asked = triggers.get(token.head.head.i) if token.dep_ == "pobj" and token.head.lower_ == "for" else None
        if asked is not None and asked.type == "REQUEST":
            return True  # "appeals for a ceasefire", "a request for missiles": what is asked for
        refusal = triggers.get(token.head.head.i) if token.dep_ == "pobj" else None
        if refusal is not None and "refused" in refusal.conditions:
            return True  # "would not take part in the talks": the talks are what is turned down
        answer = _answering_verb(token)
        own = triggers.get(token.i)
        if answer is not None and answer.i in triggers and triggers[answer.i].type in RESPONSE_TYPES \
                and own is not None and own.type not in VERBAL_TYPES:
            return False  # "blamed Eritrea's troops for the massacre": the deed blamed or punished is a happening of its own
        return (token.dep_ == "pobj" and token.head.head.i in triggers and token.head.head.pos_ == "VERB"
                and token.head.lower_ not in ADJUNCT_PREPS)  # "in a phone call, Trump urged …" frames the urging
    head = token.head
    if token.dep_ in ("amod", "acl") and token.tag_ == "VBN":
        if head.dep_ == "compound":
            head = head.head  # "will free detained journalist Mourad Zeghidi": the noun is the name's title
        freeing = _governing_verb(_whole_of(head))
        if freeing is None and head.dep_ == "pobj" and head.head.lower_ == "of":
            noun = head.head.head  # "the release of everyone detained": a word of freeing, whatever it frees
            return any(r.type == "CONCEDE" for r in load_rules().get(noun.lemma_.lower(), []))
        if freeing is not None and freeing.i in triggers and triggers[freeing.i].type == "CONCEDE":
            return True  # "freed detained journalists", "will return land seized by the army": the state a concession ends
    listed = _listed_infinitive(token)
    if listed is not None:
        return _absorbed(listed, triggers)  # "calls on the regime to end the violence, … and allow access",
        # the bare verb hung on "calls": one more thing called for
    first = head
    while token.dep_ == "conj" and first.dep_ == "conj" and first.tag_ == "VB":
        first = first.head  # "to halt the strikes, reopen the crossings and allow aid": the list's first verb
    if token.dep_ == "conj" and token.tag_ == "VB" and first.dep_ in ("xcomp", "ccomp"):
        return _absorbed(first, triggers)  # "urged all parties to show restraint and to settle their disputes"; a
        # finite verb ("promised that … would rebuild … and appealed for help") is an act of its own
    rule = triggers.get(head.i)
    if token.dep_ == "advcl" and head.i != token.i:
        # "pressed X … to accept" (an infinitive read as a purpose clause) is the request's content;
        # "rallied …, demanding that" and "went on strike to protest" say what the protest is for
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if rule is not None and rule.type in CONTENT_TYPES and infinitive:
            return True
        protest = rule if rule is not None else _governed_act(head, triggers)
        subjected = own_subject(token) is not None  # "as EU ministers meet"
        if protest is not None and protest.type == "PROTEST" and triggers[token.i].type in VERBAL_TYPES and not subjected:
            return True
        if rule is not None:
            return False
    if token.dep_ == "pcomp" and head.dep_ == "prep":
        if any(c.dep_ in NOMINAL_SUBJECT_DEPS and is_participant(c) for c in token.children):
            return False  # "with demonstrators demanding early elections" is an act of others; "with a
            # spokesperson calling it …" speaks for the governing act
        head = head.head
    elif token.dep_ not in ("xcomp", "ccomp"):
        return False
    if token.dep_ == "xcomp" and head.i not in triggers and head.dep_ == "xcomp" and _lemma_in(head, "PHASE"):
        head = head.head  # "vowed to continue attacking ships": the attacks are what is vowed
    rule = triggers.get(head.i)
    if rule is None or head is token:
        return False
    if token.dep_ == "xcomp" and rule.type == "AGREE" and _lemma_in(token, "MEETING"):
        return False  # "agreed to meet again": the agreement and the meeting it plans, as "agreed to hold talks"
    if token.dep_ == "ccomp" and any(c.dep_ == "dobj" for c in head.children):
        return False  # "X accuse Y of arming Z, a charge Y denies": a verb with its own object has no
        # clause for content; the parse hung the main clause on the trailing one
    return token.dep_ != "ccomp" or rule.type in CONTENT_TYPES


def _whole_of(noun: Token) -> Token:
    """The group a noun is named as part of: "prisoners, including several jailed journalists" → prisoners."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "including" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return noun.head.head
    return noun


def _governed_act(verb: Token, triggers: dict[int, TriggerRule]) -> TriggerRule | None:
    """The happening a light verb carries out: "went on strike", "staged a walkout"."""
    doc = verb.doc
    for i, rule in triggers.items():
        governing = _governing_word(doc[i]) if doc[i].pos_ != "VERB" else None
        if governing is not None and governing.i == verb.i:
            return rule
    return None


def _indefinite(noun: Token) -> bool:
    """A phrase that introduces one new thing: "a car bomb", "an air strike"."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children)


def _headline_subject(verb: Token) -> Token | None:
    """The capitalised name a headline's present verb was hung on ("Trump endorses Milei" read as
    Trump ← endorses): a finite verb has a subject, and the name before it is that subject."""
    head = verb.head
    if verb.tag_ != "VBZ" or verb.dep_ not in ("dobj", "appos", "npadvmod") or head.i >= verb.i:
        return None
    named = head.pos_ in ("PROPN", "NOUN") and head.text[:1].isupper()
    return head if named and own_subject(verb) is None else None


def _specific_subject(subject: Token) -> bool:
    """A subject that points at someone: a name, a pronoun, a definite phrase ("the army"), or a
    human or group noun ("protesters", "riot police"), one who speaks for a body ("a spokesman for the
    ministry"); not "analysts" or "experts"."""
    if subject.pos_ == "PROPN" or subject.lower_ in PRONOUNS or subject.lower_ in FIRST_PERSON_SUBJECTS:
        return True
    return any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in subject.children) or is_participant(subject) \
        or bool(_spoken_for(subject))


def _spoken_for(speaker: Token) -> list[Token]:
    """The body "a spokesperson for X" speaks for, named or definite; an unnamed "a State Department
    spokesperson" is left to the statement it makes."""
    if not _lemma_in(speaker, "SPOKESPERSON"):
        return []
    return [o for c in speaker.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
            if o.dep_ == "pobj" and (o.pos_ == "PROPN" or any(d.lower_ in DEFINITE for d in o.children))]


def _spanned(span: Token) -> list[Token]:
    """What a span of time is told as: "three days of protests" → protests."""
    if not _lemma_in(span, "DURATION"):
        return []
    return [o for c in span.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _organisers_call(noun: Token) -> bool:
    """A protest called for with no one addressed ("the opposition called for a general strike on
    Monday") is the callers' own: calling on others ("called on supporters to march") is a request."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun in _spanned(noun.head.head):
        noun = noun.head.head  # "called for three days of protests"
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    return verb is not None and _lemma_in(verb, "ORGANISE_CALL") and not any(c.dep_ == "dobj" for c in verb.children)


def _specific(token: Token, event_type: str) -> bool:
    """Without a named participant a mention still reports a happening when its phrases are
    specific: "the army dismissed the claim", "protesters blocked a highway", "the meeting was
    called off", "drone strikes on the city"; not "analysts warned" or "summits and meetings" in general."""
    if (token.pos_ == "VERB" and _misread_plural(token) is None) or _misread_verb(token):
        subject = subject_of(token)
        if subject is None and _headline_subject(token) is not None:
            return True
        if subject is None and _passive(token):
            patient = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
            return event_type not in VERBAL_TYPES or (patient is not None and _specific_patient(patient))
        if subject is None:
            return event_type not in VERBAL_TYPES
        return _specific_subject(subject) or (event_type not in VERBAL_TYPES and _indefinite(subject))
    verb = _governing_verb(token)
    if verb is not None and any(c.lower_ in DEFINITE or c.lower_ in INDEFINITE for c in token.children):
        return True
    if token.dep_ in ("nsubj", "ROOT") and event_type not in VERBAL_TYPES and _indefinite(token):
        return True  # "an air strike hit a market", "A military coup removed …" (a definite "the attacks came …" looks back)
    if any(c.ent_type_ == "DATE" for c in token.children):
        return True  # "the 2020 offensive"
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and any(p.dep_ == "prep" and _dating(p) for p in c.children) for c in token.children):
        return True  # "the agreement signed on Sunday": a dated act, whoever made it
    if token.dep_ == "poss" or any(c.dep_ == "poss" for c in token.children):
        return True  # "their demands", "Trump's call": the possessor is who acts
    doer = doer_of(token)
    if doer is not None and _specific_subject(doer):
        return True  # "calls by the opposition for a day of rage"
    if _aspect_subject(token) or _told_by_its_course(token):
        return True  # "protests continue in the capital", "the shooting took place in the district",
        # "relief convoys reached Tigray"
    governing = _governing_word(token)
    subject = subject_of(governing) if governing is not None else None
    if subject is not None and _specific_subject(subject):
        return True  # "elders held talks with commanders", "doctors went on strike"
    if event_type in VERBAL_TYPES:
        return False  # "after four hours of talks" frames what the talks led to
    if _lasted(token):
        return True  # "after weeks of protests": a material happening measured in time took place
    return any(c.dep_ == "prep" and c.lower_ in ("on", "against", "of", "in", "at") for c in token.children)


def _specific_patient(noun: Token) -> bool:
    """A passive without its doer reports a happening when what it was done to is someone ("the
    ambassador was summoned") or names the parties ("an agreement between the union and the
    company was reached"); not "lives were threatened"."""
    return is_participant(noun) or any(is_participant(o) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("between", "with")
                                       for o in c.children if o.dep_ == "pobj")


def _lemma_in(token: Token, name: str) -> bool:
    return bool(_forms(token) & load_classes().get(name, frozenset()))


def _clause_verb(token: Token) -> Token | None:
    return token if token.pos_ in ("VERB", "AUX") else _governing_word(token)


def _generic(token: Token) -> bool:
    """A clausal subject without its own subject ("providing arms would escalate") is a scenario;
    a predicate noun ("the answer is more sanctions") names a kind, not a happening; so do a
    habit ("G7 meetings usually center on politics"), a kind of document ("the extradition bill"),
    a role ("the envoy for the negotiations"), a source ("according to a complaint"), a verb
    whose subject is anyone of a kind ("any ship that enters") and a noun of whichever may come
    ("any attack")."""
    if token.dep_ == "csubj" and subject_of(token) is None:
        return True
    verb = _clause_verb(token)
    if verb is None and token.dep_ in NOMINAL_SUBJECT_DEPS:
        verb = token.head
    if verb is not None and any(c.dep_ == "advmod" and _lemma_in(c, "HABITUAL") for c in verb.children):
        return True
    if _proposed_content(token) or _open_question(token):
        return True
    if token.tag_ == "VBG" and token.dep_ in ("xcomp", "dobj") and _lemma_in(token.head, "CEASE"):
        return True  # "would stop fighting", "ceased firing": what ends, not a happening of it
    if token.dep_ == "acl" and _lemma_in(token.head, "RIGHT") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return True  # "exercising their right to protest": a right held, not a protest made
    if token.pos_ == "VERB":
        subject = subject_of(token)
        if subject is not None and any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in subject.children):
            return True  # "any ship that entered the Red Sea" is whichever may come, not a ship that did
        patient = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        present = any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in token.children)
        if present and patient is not None and any(c.dep_ == "det" and c.lower_ in ("all", "any", "every") for c in patient.children) \
                and any(t.dep_ == "relcl" for t in patient.subtree):
            return True  # "all transactions that involve … are prohibited": a standing rule over a kind, not an act done
        if _habit_of_a_noun(token):
            return True
        return _speech_frame(token) or _names_people_by_it(token) or (
            token.dep_ == "amod" and not _ordered_state(token)
            and (_lemma_in(token, "STANDING_STATUS") or not _reports_participant(token.head)))  # "the banned party"
    if any(c.dep_ == "det" and c.lower_ in ("any", "every") for c in token.children):
        return True  # "would respond to any attack on its personnel": whichever may come, not one that did
    if token.dep_ == "compound" and (is_participant(token.head) or _lemma_in(token.head, "DOCUMENT")):
        return True  # "aid agencies", "protest leaders" name people; "the extradition bill" a text
    if token.dep_ == "dobj" and _lemma_in(token.head, "RULE_BREAKING"):
        return True  # "violating the export ban", "evading sanctions": a standing rule, not its imposing
    if _bare_plural(token) and token.dep_ == "dobj" and _lemma_in(token.head, "KIND_VERB"):
        return True  # "the country faces terrorist attacks", "to prevent attacks": a kind of happening
    if token.dep_ == "pobj" and token.head.lower_ == "for" and is_participant(token.head.head):
        return True  # "the special envoy for Ukraine negotiations" names a role
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True
    if token.dep_ == "pobj" and token.head.lower_ in ("to", "in", "on") and token.head.head.pos_ == "NOUN" \
            and _lemma_in(token.head.head, "PAUSE"):
        return True  # "a halt to strikes", "a pause in the fighting": what is to end, the halt is the news
    if token.dep_ == "pobj" and token.head.lower_ == "with" and (_from_a_person(token) or _lemma_in(token.head.head, "CASE_WORK")):
        return True  # "With assistance from Sarah Kim", "investigated by the FBI, with assistance from …": a credit line
    if token.dep_ == "nsubj" and _indefinite(token) and token.head.lemma_ == "be" and any(c.dep_ == "attr" for c in token.head.children):
        return True  # "an indictment is merely an allegation": a definition of a kind
    return token.dep_ == "attr"


def _habit_of_a_noun(verb: Token) -> bool:
    """"a gang that kidnaps missionaries and burns homes", "the man who calls us traitors": a
    present verb with no auxiliary in a relative clause whose subject is the relative pronoun
    says what the noun is given to doing, not one happening ("firms which it accuses of …", with
    a subject of its own, is an act of that subject; "a decree that bars women" says what a text
    provides)."""
    while verb.dep_ == "conj" and simple_present(verb):
        verb = verb.head
    return verb.dep_ == "relcl" and simple_present(verb) and not _lemma_in(verb.head, "DOCUMENT") and any(
        c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)


@lru_cache(maxsize=1)
def _register_cues() -> re.Pattern[str]:
    cues = sorted((row["cue"] for row in read_table("register_cues.tsv")), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(c) for c in cues) + r")(?![\w-])")


def _figurative(ctx: Context, token: Token) -> bool:
    """In a report of a game or a market (lexicons/register_cues.tsv) the words of conflict are
    figurative: "attacked relentlessly and scored in the 89th minute", "the Nikkei surrendered
    early gains". A country, a force or a weapon that does the act is still news ("Iran seized a
    tanker as bitcoin fell", "police arrested fans after the playoff", "missiles hit Kyiv")."""
    if not sentence_says(token, _register_cues()):
        return False
    doer = doer_of(token)
    if doer is None:
        return True
    key = ctx.entities.for_token(doer)  # "India's batsmen surrendered": the batsmen did, not India
    return not (key is not None and is_country(ctx, key)) and not any(_lemma_in(doer, c) for c in ("FORCE", "WEAPON", "ARMED_GROUP"))


def _claimed_rule(verb: Token, rule: TriggerRule) -> bool:
    """A present verb of a material act that a past verb of saying reports ("Peskov said Russian
    forces strike only military targets", "insisted that its army never shells civilian areas",
    "said it attacks only convoys") states how someone acts as a rule, a claim; no one happening is
    told. A verbal act in the present is done in the saying: wrote, "I count on Turkey to act",
    said the bloc "strongly condemns the violence"."""
    if rule.type in VERBAL_TYPES or verb.pos_ != "VERB":
        return False
    while verb.dep_ == "conj" and simple_present(verb):
        verb = verb.head  # "… strike only military targets and never target civilians"
    return verb.dep_ == "ccomp" and simple_present(verb) and verb.head.tag_ == "VBD" \
        and verb_kind(verb.head.lemma_.lower()) in ("speech", "cognition")


def _ordered_state(participle: Token) -> bool:
    """A participle right after a verb of ordering is the state ordered ("were ordered detained
    pending trial", "ordered held without bail"), an act done, even where the parse hangs it on the
    noun after it as an adjective."""
    before = participle.doc[participle.i - 1] if participle.i > 0 else None
    return before is not None and before.tag_ in ("VBD", "VBN") and _lemma_in(before, "DEMAND")


def _names_people_by_it(participle: Token) -> bool:
    """A participle that names people by what was done to them ("those arrested", "everyone
    detained during the march", "the families of the detained") points at a group; the act itself
    is told where it happened."""
    if participle.tag_ != "VBN":
        return False
    if participle.dep_ == "acl" and participle.head.lower_ in GROUP_PRONOUNS:
        return not (participle.head.dep_ == "pobj" and participle.head.head.lower_ == "among")  # "among those
        # detained was X" tells X's detention
    return participle.dep_ in NOMINAL_DEPS and any(c.dep_ == "det" and c.lower_ == "the" for c in participle.children)


def _from_a_person(noun: Token) -> bool:
    """Help "from" someone named as a person: "assistance from Trial Attorney Laura Pitts"."""
    return any(o.ent_type_ == "PERSON" for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
               for o in c.children if o.dep_ == "pobj")


def _aspect_subject(token: Token) -> bool:
    """The subject, or what the subject counts, of a verb of happening ("a couple of bombings took place")."""
    if token.dep_ == "pobj" and token in counted(token.head.head):
        token = token.head.head
    return token.dep_ in NOMINAL_SUBJECT_DEPS and _lemma_in(token.head, "ASPECT")


def _told_by_its_course(noun: Token) -> bool:
    """A happening told by the verb of its course ("no rallies took place", "protests turned
    deadly") or of its arrival ("aid convoys reached the city"): the verb's setting is its own."""
    return noun.dep_ in NOMINAL_SUBJECT_DEPS and (_lemma_in(noun.head, "ASPECT") or _lemma_in(noun.head, "ARRIVAL"))


def _lasted(token: Token) -> bool:
    """A happening counted in a span of time that sets the scene ("after weeks of deadly protests",
    "following two days of heavy fighting") is told as one that went on that long; "to end months
    of fighting" is what an act aims at."""
    span = token.head.head
    return token.dep_ == "pobj" and token.head.lower_ == "of" and _lemma_in(span, "DURATION") \
        and span.dep_ == "pobj" and span.head.lower_ in ADJUNCT_PREPS


def _proposed_content(token: Token) -> bool:
    """What a text or proposal would do or says should be done ("a bill that would allow
    extraditions", "the suggestion that the issue be discussed", "a plan to normalise relations")
    is its content, not a happening;
    what it does ("a decree that bars the niqab") is."""
    modals = load_modality_cues().aux
    for clause in [token, *list(token.ancestors)[:5]]:
        if clause.dep_ in ("acl", "relcl") and (_lemma_in(clause.head, "DOCUMENT") or _lemma_in(clause.head, "PROPOSAL")):
            return any((c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.lower_ in modals and c.lower_ not in ("will", "shall", "'ll", "wo"))
                       or (c.dep_ == "aux" and c.lower_ == "to" and clause.dep_ == "acl") for c in clause.children)
    return False


def _open_question(token: Token) -> bool:
    """What a "whether" clause asks ("did not say whether Berlin would retaliate", "will decide
    whether to extradite him", "it is unclear whether the talks will resume") is left open."""
    asking = _whether_clauses(token.doc)
    heads = columns(token.doc).head
    i = token.i
    while i not in asking:
        if heads[i] == i:
            return False
        i = heads[i]  # up the token's ancestors
    return True


@kept_with_the_doc
def _whether_clauses(doc: Doc) -> list[int]:
    """The words a "whether" before them opens a clause of, found once per document (a walk up the
    parse for each trigger would ask every ancestor's children)."""
    cols = columns(doc)
    return [cols.head[i] for i, word in enumerate(cols.lower) if word == "whether"
            and cols.dep[i] in ("mark", "advmod", "dep") and i < cols.head[i]]


def _bare_plural(noun: Token) -> bool:
    """A plural with no determiner, number, possessor or attachment: "attacks", "terrorist threats"."""
    return noun.tag_ == "NNS" and not any(
        c.dep_ in ("det", "poss", "nummod", "prep", "acl", "relcl") or c.ent_type_ for c in noun.children)


def _speech_frame(token: Token) -> bool:
    """"Speaking to a news agency, X said …": the participle frames a statement; it is no meeting."""
    return (token.dep_ == "advcl" and token.tag_ == "VBG" and subject_of(token) in (None, subject_of(token.head))
            and token.head.lemma_.lower() in load_modality_cues().report and not any(c.dep_ == "nsubj" for c in token.children))


def _reports_participant(noun: Token) -> bool:
    """A participle before a noun reports a happening to people: "arrested protesters", not "a captured vehicle"."""
    return noun.pos_ == "PROPN" or is_participant(noun)


def _state_forces(ctx: Context, token: Token, place: str | None, event_type: str) -> list[str]:
    """Unnamed police, troops, authorities or "the government" act for the country where the
    sentence puts them ("In Lyon, police arrested …" → France, "In Zimbabwe, … the government
    appealed for aid" → Zimbabwe), first where the phrase itself does ("the junta in Mali"); an
    arrest the police report without its doer is theirs. Nothing when the sentence names no single country."""
    verb = token if token.pos_ == "VERB" else _governing_verb(token)
    subject = subject_of(verb) if verb is not None else None
    if subject is None and verb is not None and event_type == "COERCE" and _passive(verb) and verb.dep_ == "ccomp":
        subject = subject_of(verb.head)  # "Police said 214 people had been arrested": by the police
    if subject is None and verb is not None and event_type == "COERCE" and _passive(verb):
        return _reporting_force(ctx, verb)  # "Nine people were arrested, according to the city police"
    state = load_classes().get("STATE_FORCE", frozenset()) | load_classes().get("GOVERNMENT", frozenset())
    if subject is None or subject.lemma_.lower() not in state:
        return []
    levels = state | load_classes().get("STATE_LEVEL", frozenset())
    if any((c.dep_ == "amod" and c.lemma_.lower() not in levels) or c.dep_ in ("acl", "relcl", "appos")
           or (c.dep_ == "prep" and c.lower_ != "in") for c in subject.children):
        return []  # "forces loyal to the general", "rebel forces": not the state's own; "authorities in Islamabad",
        # "the military junta", "provincial authorities" are
    own = [k for c in subject.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"
           for k in entity_keys(ctx, o) if is_place(ctx, k)]
    start, end = sentence_bounds(ctx, token)
    places = own or ([place] if place else []) + [k for k in ctx.entities.within(start, end) if is_place(ctx, k)]
    countries = {ctx.entities.country_of(k) for k in places} - {None}
    return sorted(countries) if len(countries) == 1 else []  # type: ignore[arg-type]


def _reporting_force(ctx: Context, verb: Token) -> list[str]:
    """The police or army that reports an arrest without its doer, whatever the layout of the
    attribution ("…, according to the city police", "…, the army said"): the arrest is theirs."""
    forces = load_classes().get("STATE_FORCE", frozenset())
    return [s.speaker for s in ctx.statements if s.speaker and s.content.start <= verb.idx < s.content.end
            and any(word.lower() in forces for word in s.speaker_text.split())][:1]


def _prosecutor(ctx: Context) -> list[str]:
    """Who brings an indictment the text tells without its doer ("were indicted in the District of
    Maryland"): the prosecuting body the article names first (the Justice Department, a U.S.
    Attorney's Office, a prosecutor's office)."""
    words = load_classes().get("PROSECUTING_BODY", frozenset())
    bodies = [d for d in ctx.entities.drafts.values() if d.type == "Organization" and d.mentions
              and any(w.strip("'’s").lower() in words for w in d.name.split())]
    return [min(bodies, key=lambda d: d.mentions[0][0]).key] if bodies else []


def _warner(ctx: Context, verb: Token) -> list[str]:
    """Who warns that a step "would be met with force": the one saying so, as the passive names no
    doer; a passive told as done ("said lives were threatened") is no warning of the speaker's."""
    if verb.dep_ != "ccomp" or not _passive(verb) or not _announced_response(verb) \
            or verb.head.lemma_.lower() not in load_modality_cues().report:
        return []
    speaker = subject_of(verb.head)
    return _keys(ctx, speaker) if speaker is not None else []


def _draft(ctx: Context, token: Token, rule: TriggerRule) -> Draft | None:
    actors, targets, place = arguments(ctx, token, rule.type)
    if not actors:
        actors = [k for k in _state_forces(ctx, token, place, rule.type) if k not in targets]
    if not actors and rule.type == "THREATEN":
        actors = [k for k in _warner(ctx, token) if k not in targets]
    if not actors and rule.type == "ACCUSE" and _lemma_in(token, "INDICTMENT"):
        actors = [k for k in _prosecutor(ctx) if k not in targets]
    nominal = token.pos_ != "VERB" and not _misread_verb(token)
    if not (actors or targets or place or _specific(token, rule.type)):
        return None
    if nominal and rule.type == "SANCTION" and not (targets or _on_participant(token)):
        return None  # "Western sanctions" in general are no happening; sanctions on someone are
    status = status_of(token)
    answer = _answering_verb(token) if nominal and rule.type not in VERBAL_TYPES else None
    if answer is not None and (answered := match_trigger(ctx, answer)) is not None and answered.type in RESPONSE_TYPES:
        status = "Occurred"  # "stopped short of blaming X for the massacre": the massacre took place, whatever the blame
    event_type = rule.type
    if status == "Negated" and _refusal(ctx, token, event_type):
        event_type, status = "REJECT", "Occurred"
    elif status == "Negated" and "refused" not in rule.conditions and _beyond_reach(token):
        return None
    if status == "Hypothetical" and event_type == "PROTEST" and _organisers_call(token):
        status = "Planned"  # "called for three days of protests": the callers announce a protest, not wish for one
    if status in ("Planned", "Hypothetical") and THREAT_MADE_IN_SAYING & set(rule.conditions):
        status = "Occurred"  # "Russia would respond", "may expose themselves to sanctions": the threat is made in the saying
    if "refused" in rule.conditions:
        status = "Occurred"  # "would not sign the law": the refusal is made in the saying
    if status == "Occurred" and rule.type not in VERBAL_TYPES and rule.type != "SANCTION" and not _sends_forces(token, rule) \
            and not _binding_order(token, rule) and _intended(token):
        status = "Planned"  # "pledged 1.9 billion euros in aid", "announced a withdrawal": promised, not yet done
    sentence = sentence_bounds(ctx, token)
    date = date_for(token, ctx.article.date_published, future=status == "Planned")
    definite = any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in token.children)
    anaphor = _points_back(ctx, token, rule.type)
    return Draft(event_type, rule.cameo, token.text, sentence, status, actors, targets, place, date,
                 [sentence], definite, lemma=token.lemma_.lower(), anaphor=anaphor,
                 own_object=not nominal and any(c.dep_ == "dobj" for c in token.children),
                 in_own_words=not nominal and any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.lower_ in FIRST_PERSON_SUBJECTS
                                                  for c in token.children))


def _on_condition(verb: Token) -> bool:
    """A verb with an "if" or "unless" clause of its own."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
               for c in verb.children)


def _in_retaliation(verb: Token) -> bool:
    """"could close its border in response", "would strike back in retaliation": force held out as
    the answer to what others did is a threat made in the saying, like force on condition."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and _lemma_in(o, "RESPONSE") for o in c.children)
               for c in verb.children)


def _threat_made(act: Draft) -> Draft:
    """The threat made in announcing a conditional act of force: the act stays a scenario, its
    announcing is a threat that took place."""
    return replace(act, type="THREATEN", cameo=THREAT_OF_FORCE, status="Occurred", actors=list(act.actors),
                   targets=list(act.targets), spans=list(act.spans))


def _threatened_on_condition(verb: Token) -> bool:
    """Force someone says will, would or could be used if a condition is met ("Moscow could strike
    Western capitals if Ukraine used long-range missiles, Medvedev said") is a threat made in the
    saying; said by someone who speaks for the act, not by "analysts"."""
    if verb.pos_ != "VERB" or not (_on_condition(verb) or _in_retaliation(verb)) or verb.dep_ != "ccomp" \
            or not any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in verb.children):
        return False
    speaker = subject_of(verb.head) if verb_kind(verb.head.lemma_.lower()) == "speech" else None
    return speaker is not None and _specific_subject(speaker)


def _beyond_reach(verb: Token) -> bool:
    """A denied present "can" says what is impossible or unacceptable, not what did not happen: "Iran
    cannot arm Russia's war and expect business as usual", "we cannot keep delivering aid like this"."""
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in CAN_AUXILIARIES for c in verb.children)


def _refusal(ctx: Context, token: Token, event_type: str) -> bool:
    """A denied agreement that is a refusal: of a demand ("did not accede to the protesters'
    demands"), of a position ("cannot agree with the ruling", with no partner to agree with), of
    a law ("would not sign the bill"), or one announced ("said he would not resign", "will not
    accept any weakening"): a "will not" said by its doer turns the step down."""
    if event_type not in ("AGREE", "CONCEDE"):
        return False
    if token.pos_ == "VERB" and _announced_response(token) and token.dep_ == "ccomp":
        return True
    agreed_with = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    position = bool(agreed_with) and not any(is_participant(o) or _names_entity(ctx, o) for o in agreed_with)
    law = _holds(ctx, token, "obj:DOCUMENT") and not _holds(ctx, token, "obj:AGREEMENT")
    return _holds(ctx, token, "obj:DEMAND") or _holds(ctx, token, "pobj:DEMAND") or law or position


def _points_back(ctx: Context, token: Token, event_type: str) -> bool:
    """A mention of a happening already told: "the attack", "the bill's withdrawal", and a verb
    whose subject is one ("the attack had killed twelve")."""
    if token.pos_ == "VERB":
        if _holds(ctx, token, "obj:CREDIT"):
            return True  # "the Taliban claimed responsibility": for the attack just told
        subject = doer_of(token)
        if subject is None or subject.pos_ != "NOUN":
            return False
        rule = match_trigger(ctx, subject)
        return rule is not None and rule.type == event_type and _points_back(ctx, subject, event_type)
    return any((c.dep_ == "det" and c.lower_ in ANAPHORIC) or (c.dep_ == "poss" and c.pos_ == "NOUN" and not is_participant(c))
               for c in token.children)


def _specific_doer(token: Token) -> bool:
    """A verb whose subject is a phrase pointing at someone: "the president did not meet the
    opposition leader"; a pronoun no name stands behind ("they have conceded nothing") is not."""
    subject = subject_of(token) if token.pos_ == "VERB" else None
    return subject is not None and subject.pos_ != "PRON" and _specific_subject(subject)


def _on_participant(token: Token) -> bool:
    """Sanctions on someone unnamed: "sanctions on three senior army officers"."""
    return any(is_participant(o) for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
               for o in c.children if o.dep_ == "pobj")


def _sends_forces(token: Token, rule: TriggerRule) -> bool:
    """"Ordered the army onto the streets": an order to one's forces is the deployment, made as it is given."""
    return rule.type == "MOBILIZE" and token.pos_ == "VERB"


def _binding_order(token: Token, rule: TriggerRule) -> bool:
    """"The judge ordered him to forfeit $300,000": an order that coerces is the coercion done, not
    one promised."""
    return rule.type == "COERCE" and token.pos_ == "VERB"


def _intended(token: Token) -> bool:
    """Material help pledged, promised or offered, by the trigger itself, the noun that names the
    promise, or the verb it is the object of."""
    intent = load_modality_cues().intent
    if token.pos_ != "VERB" and token.lemma_.lower() in intent:
        return True  # "Japan's pledge of $500 million in aid"
    verb = token if token.pos_ == "VERB" else _governing_verb(token)
    return verb is not None and verb.lemma_.lower() in intent


def reported_obligation(ctx: Context, token: Token) -> bool:
    """A clause with "must" or "should" reported by a speech verb, laid on someone ("said Europe
    must do more", not "said inflation should ease") by a speaker who is someone (not "analysts");
    "must have known" is an inference, not a demand."""
    cues = load_modality_cues()
    if token.pos_ not in ("VERB", "AUX") or token.dep_ != "ccomp" or token.head.lemma_.lower() not in cues.report:
        return False
    auxes = [c.lower_ for c in token.children if c.dep_ == "aux"]
    if not set(auxes) & cues.obligation or "have" in auxes:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    speaker = subject_of(token.head)
    if subject is None or speaker is None or subject.lower_ in PRONOUNS or subject.lower_ in FIRST_PERSON_SUBJECTS:
        return False
    named = subject.pos_ == "PROPN" or ctx.entities.for_token(subject) is not None
    return (named or is_participant(subject)) and _specific_subject(speaker)


def time_to_act(token: Token) -> list[Token]:
    """The infinitive clauses of "it is time (for X) to …" — what is demanded — or nothing."""
    if token.lemma_.lower() != "time" or token.dep_ != "attr" or token.head.lemma_.lower() != "be":
        return []
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in token.head.children):
        return []
    clauses = [c for c in token.children if c.dep_ in ("relcl", "acl", "advcl")
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return [v for c in clauses for v in (c, *c.conjuncts)]


def _time_draft(ctx: Context, token: Token) -> Draft:
    """Those who are to act are the demand's targets; the speaker is outside the sentence."""
    targets: list[str] = []
    for verb in time_to_act(token):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            _add(targets, entity_keys(ctx, subject))
    sentence = sentence_bounds(ctx, token)
    date = date_for(token, ctx.article.date_published, future=False)
    actors = [k for k in _first_person(ctx, token) if k not in targets]  # whoever speaks makes the demand
    return Draft("REQUEST", TIME_TO_ACT.cameo, token.text, sentence, status_of(token.head), actors, targets, None, date,
                 [sentence], False)


def _obligation_draft(ctx: Context, token: Token) -> Draft:
    """The speaker demands, the one who must act is asked; the demand is as real as the saying."""
    speaker = subject_of(token.head)
    subject = next(c for c in token.children if c.dep_ == "nsubj")
    actors = entity_keys(ctx, speaker) if speaker is not None else []
    targets = [k for k in entity_keys(ctx, subject) if k not in actors]
    status = status_of(token.head)
    sentence = sentence_bounds(ctx, token)
    date = date_for(token.head, ctx.article.date_published, future=False)
    return Draft("REQUEST", REPORTED_OBLIGATION.cameo, token.head.text, sentence, status, actors, targets, None, date,
                 [sentence], False)


def _same_happening(first: Draft, later: Draft) -> bool:
    if first.type != later.type:
        return False
    if first.sentence == later.sentence:
        rivals = first.actors and later.actors and not set(first.actors) & later.participants \
            and not set(later.actors) & first.participants
        two_acts = first.own_object and later.own_object and first.cameo != later.cameo
        return first.status == later.status and not rivals and not two_acts  # "mobilised troops, citing the US
        # build-up": two sides; "expelled monks and stripped priests of citizenship": two acts
    if _one_round_of_listings(first, later):
        return True
    if _quoted_restatement(first, later):
        return True
    if first.cameo != later.cameo:
        return False
    if first.place and later.place and first.place != later.place:
        return False
    shared = first.participants & later.participants
    if first.place and first.place == later.place and later.definite:
        return True  # "a meeting in Budapest" … "the Budapest meeting", whatever became of it
    if later.definite and later.lemma and later.lemma == first.lemma and not (set(later.participants) - first.participants):
        return True  # "held a rally in Minsk" … "the rally started at six": the same rally
    if first.status != later.status:
        return False
    if first.type == "SANCTION" and set(first.targets) & set(later.targets):
        return True
    if len(shared) >= 2:
        return True  # "a call between Trump and Zelensky" again is that call
    return later.definite and len(shared) == 1 and not first.place


#: The most characters between a reported act and the next sentence: a space or paragraph break and
#: an opening quotation mark.
NEXT_SENTENCE_GAP = 4


def _quoted_restatement(first: Draft, later: Draft) -> bool:
    """A report of an act followed at once by the doer's own words for it ("The ministry condemned the
    attack. \"We strongly condemn the attack on the convoy,\" it said.") tells one act, not two."""
    return later.in_own_words and later.lemma == first.lemma and later.status == first.status \
        and 0 <= later.sentence[0] - first.sentence[1] <= NEXT_SENTENCE_GAP


def _names_the_listed(doc: Doc, draft: Draft) -> bool:
    """"Those blacklisted include …", "among those designated are …": the trigger is a participle
    after the words for who was listed."""
    sentence = doc.char_span(*draft.sentence, alignment_mode="expand")
    return sentence is not None and any(t.text == draft.trigger and t.tag_ == "VBN" and t.dep_ == "acl" for t in sentence)


def _one_round_of_listings(first: Draft, later: Draft) -> bool:
    """A report names who a round of listings took in a sentence of its own ("Seoul imposed
    sanctions on eight North Koreans … Those blacklisted include …", "the individuals sanctioned
    today include …"): that round, when of one imposer, close by, of one status and not dated apart."""
    if not later.names_the_listed or first.type != "SANCTION" or first.status != later.status \
            or not set(first.actors) & set(later.actors):
        return False
    if first.date and later.date and first.date != later.date:
        return False
    return later.sentence[0] - max(end for _, end in first.spans) <= ANAPHOR_REACH


def _antecedent_event(same_type: list[Draft], later: Draft) -> Draft | None:
    """The happening "the attack" points back at: the nearest earlier one of its type (``same_type``
    holds those merged so far), close by, not told at another place or on another date; first the
    nearest done to the same party ("police arrested the priest … expelled monks … oversaw the
    arrest of the priest": that arrest)."""
    if not later.anaphor:
        return None
    earlier = [d for d in reversed(same_type)
               if d.sentence != later.sentence and later.sentence[0] - d.sentence[1] <= ANAPHOR_REACH]
    if not earlier:
        return None
    first = next((d for d in earlier if set(d.targets) & set(later.targets)), earlier[0])
    if (first.place and later.place and first.place != later.place) or (first.date and later.date and first.date != later.date):
        return None
    return first


def _keep_the_sense(doc: Doc, drafts: list[Draft]) -> None:
    """"… announced a general strike. … The strike began on Monday": a bare definite noun points back
    at the last mention of its word, so it keeps that mention's sense (a walkout, not an air strike)."""
    for i, draft in enumerate(drafts):
        token = doc[draft.token]
        if not draft.lemma or token.pos_ == "VERB" or not any(c.dep_ == "det" and c.lower_ in ANAPHORIC for c in token.children) \
                or _modifiers(token):
            continue
        earlier = next((d for d in reversed(drafts[:i]) if d.lemma == draft.lemma and doc[d.token].pos_ != "VERB"), None)
        if earlier is not None and earlier.type != draft.type:
            draft.type, draft.cameo = earlier.type, earlier.cameo


def _merge(drafts: list[Draft]) -> list[Draft]:
    merged: list[Draft] = []
    merged_of_type: dict[str, list[Draft]] = {}  # only a happening of the same type can be the same one
    for draft in sorted(drafts, key=lambda d: (d.sentence, d.type)):
        same_type = merged_of_type.setdefault(draft.type, [])
        antecedent = _antecedent_event(same_type, draft)
        for kept in reversed(same_type):  # the nearest earlier mention
            if kept is antecedent or _same_happening(kept, draft):
                _add(kept.actors, draft.actors)
                _add(kept.targets, [k for k in draft.targets if k not in kept.actors])
                kept.place = kept.place or draft.place
                kept.date = kept.date or draft.date
                kept.spans.extend(s for s in draft.spans if s not in kept.spans)
                break
        else:
            merged.append(draft)
            same_type.append(draft)
    return merged


#: Who does a happening of a type told without its doers, as a class of collectives: protests are the
#: protesters', arrests the police's.
COLLECTIVE_DOERS = {"PROTEST": "PROTESTER", "COERCE": "STATE_FORCE"}


def _the_collective(ctx: Context, words_class: str) -> str | None:
    """The article's one unnamed collective of a class ("protesters", "riot police"), by whom a
    happening told without its doers is made; None when it names none or several."""
    words = load_classes().get(words_class, frozenset())
    crowds = [k for k, d in ctx.entities.drafts.items() if d.type == "Organization" and d.name == d.name.lower()
              and (d.name.split() or [""])[-1].removesuffix("s") in words]
    return crowds[0] if len(crowds) == 1 else None


#: Objects by which each of several subjects does the act to the others: "blamed each other".
RECIPROCALS = frozenset({"each other", "one another"})


def _blame_the_doers(ctx: Context, drafts: list[Draft], triggers: dict[int, TriggerRule]) -> None:
    """An attack told without its doer is the doing of whom it is blamed on: "a drone strike killed
    19 …, as the army and the rebels blamed each other for the attack" (both sides), "X accused Y of
    the bombing" (Y); given to the nearest earlier such attack still without actors."""
    for accusation in (d for d in drafts if d.type == "ACCUSE" and d.token >= 0 and ctx.doc[d.token].pos_ == "VERB"):
        verb = ctx.doc[accusation.token]
        attacks = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                   for o in p.children if o.dep_ == "pobj" and o.i in triggers and triggers[o.i].type == "ASSAULT"]
        blamed_words = [c for c in verb.children if c.dep_ == "dobj"]
        if not attacks or not blamed_words:
            continue
        if any(ctx.doc[c.left_edge.i : c.i + 1].text.lower() in RECIPROCALS for c in blamed_words):
            blamed = list(accusation.actors)
        else:
            blamed = [k for c in blamed_words for k in _keys(ctx, c)]
        attack = next((d for d in reversed(drafts) if d.type == "ASSAULT" and not d.actors and d.sentence[0] <= accusation.sentence[0]
                       and accusation.sentence[0] - d.sentence[1] <= ANAPHOR_REACH), None)
        if attack is not None:
            _add(attack.actors, blamed)


def _from_sanction(event: Event) -> Draft:
    spans = [(s.start, s.end) for s in event.evidence]
    return Draft(event.event_type, "163" if event.event_type == "SANCTION" else event.event_type,
                 event.trigger, spans[0], event.status, list(event.actors), list(event.targets),
                 event.place, event.date, spans)


#: An entry of a source list: a quoted headline, a dash, the outlet and the date it ran
#: ("\u201cLabour shuts down the ports\u201d \u2014 Punch, March 9, 2026"). It cites another article and reports nothing.
SOURCE_ENTRY = re.compile(r"^[ \t]*[\"\u201c][^\n]+[\"\u201d][ \t]*[\u2014\u2013-][ \t]*[^\n,]+,[^\n]*\d{4}[ \t]*$", re.MULTILINE)


def _source_entries(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in SOURCE_ENTRY.finditer(text)]


#: A paragraph of one short line with no closing stop, then a paragraph of copy: a crosshead
#: ("Opposition demands briefing", "Kinshasa, Kigali trade accusations") or a deck under a release
#: header. It sums up the copy below, which tells the happening itself.
CROSSHEAD = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*([^\n]*[^\s.!?:;,\"'\u201d\u2019)])[ \t]*\n[ \t]*\n(?=[^\n]*[.!?\"\u201d][ \t]*(?:\n|\Z))")
CROSSHEAD_MAX_WORDS = 12


def _crossheads(text: str, body: int) -> list[tuple[int, int]]:
    return [m.span(1) for m in CROSSHEAD.finditer(text, body) if len(m.group(1).split()) <= CROSSHEAD_MAX_WORDS]


def _candidates(cols: Columns, start: int) -> Iterator[int]:
    """The tokens from character ``start`` on that can trigger, read from the token columns before a
    Token is built (most words cannot)."""
    first = bisect_left(cols.idx, start)
    words = (column[first:] for column in (cols.lemma, cols.lower, cols.pos, cols.dep))
    return compress(range(first, len(cols.idx)), map(_may_trigger, *words))


@lru_cache(maxsize=1 << 16)
def _may_trigger(lemma: str, word: str, pos: str, dep: str) -> bool:
    """Whether a word can trigger: "time" (a demand put as timeliness), a reported verb or auxiliary
    (an obligation), or a word of the trigger lexicon of a trigger's part of speech; kept by word,
    as the same words come back in every article."""
    lemma = lemma.lower()
    return lemma == "time" or (pos in ("VERB", "AUX") and dep == "ccomp") or (
        (pos in POS_CODES or pos == "AUX") and bool(_trigger_forms(lemma, word, pos)))


def find_events(ctx: Context) -> list[Event]:
    """The article's events in text order. A sanction's own event is merged with the events the
    text reports of the same happening; the sanctions are left as they are (the pipeline links them)."""
    doc = ctx.doc
    body = ctx.prose_start
    triggers: dict[int, TriggerRule] = {}
    demanded: set[int] = set()  # what "it is time to" demands is content, not events
    cols = columns(doc)
    cited = _source_entries(ctx.article.text) + _crossheads(ctx.article.text, body)
    for i in _candidates(cols, body):
        if not any(start <= cols.idx[i] < end for start, end in cited):
            token = doc[i]
            if time_to_act(token):
                triggers[token.i] = TIME_TO_ACT
                demanded.update(t.i for v in time_to_act(token) for t in v.subtree)
                continue
            rule = REPORTED_OBLIGATION if reported_obligation(ctx, token) else match_trigger(ctx, token)
            if rule is not None:
                triggers[token.i] = rule
    drafts: list[Draft] = []
    for i, rule in sorted(triggers.items()):
        token = doc[i]
        if i in demanded or _absorbed(token, triggers) or (rule is not TIME_TO_ACT and (_generic(token) or _claimed_rule(token, rule))) \
                or _figurative(ctx, token):
            continue
        if rule is REPORTED_OBLIGATION:
            draft: Draft | None = _obligation_draft(ctx, token)
        elif rule is TIME_TO_ACT:
            draft = _time_draft(ctx, token)
        else:
            draft = _draft(ctx, token, rule)
        if draft is not None and not (draft.status == "Negated" and not draft.participants and not draft.place
                                      and not _specific_doer(token)):
            draft.token = i
            drafts.append(draft)  # a denial with nobody named or pointed at, and nowhere ("no attacks were
            # reported"), reports nothing; "no protests were reported in Minsk" denies them there
            if draft.type in FORCEFUL_TYPES and draft.status in ("Planned", "Hypothetical") and _threatened_on_condition(token):
                threat = _threat_made(draft)  # "Moscow could strike Western capitals if …, Medvedev said"
                drafts[-1:] = [draft, threat] if draft.actors else [threat]  # an act with no doer named: the threat only
    _keep_the_sense(doc, drafts)
    _blame_the_doers(ctx, drafts, triggers)
    doers = {kind: _the_collective(ctx, words) for kind, words in COLLECTIVE_DOERS.items()}
    for draft in drafts:
        doer = doers.get(draft.type)
        if doer and not draft.actors:
            draft.actors.append(doer)  # "anti-government protests continue in Baghdad": the protesters'
    drafts.extend(_from_sanction(sanction.event) for sanction in ctx.sanctions if sanction.event is not None)
    for draft in drafts:
        draft.names_the_listed = draft.type == "SANCTION" and _names_the_listed(doc, draft)
    text = ctx.article.text
    events: list[Event] = []
    for draft in _merge(drafts):
        event = Event(
            event_type=draft.type,  # type: ignore[arg-type]
            trigger=draft.trigger,
            actors=tuple(draft.actors),
            targets=tuple(draft.targets),
            place=draft.place,
            date=draft.date,  # type: ignore[arg-type]
            status=draft.status,  # type: ignore[arg-type]
            evidence=tuple(Span.of(text, s, e) for s, e in sorted(draft.spans)),
        )
        events.append(event)
    return sorted(events, key=lambda e: (e.evidence[0].start, e.event_type, e.trigger))
