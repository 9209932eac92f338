"""Clause-level status of a happening: did it occur, is it planned, called off, only possible, or denied?

News reports far more events than happen: "a proposed meeting", "Russia could strike", "ruled out
sending missiles". The status comes from cues in the trigger's own clause (modal auxiliaries,
negation, "if") and from the words that govern it ("cancelled a meeting", "plans to visit",
"postponement of his meeting"). The climb stops at clause boundaries such as reported speech, so
an event inside a statement takes the status of the statement's clause. Cues live in
lexicons/modality.tsv.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicons import read_table
from .clauses import own_subject
from .grammar import NOMINAL_SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: When cues disagree the stronger wins: "cancelled a proposed meeting" is cancelled.
PRIORITY = ("Negated", "Cancelled", "Hypothetical", "Planned")
#: Dependencies through which a trigger takes the status of the word governing it.
CLIMB_DEPS = {"xcomp", "dobj", "nsubjpass", "acomp", "oprd", "conj", "appos", "attr"}
#: Prepositions that attach an argument ("postponement of the meeting", "openness to talks");
#: temporal ones ("after a call") do not pass the governor's status down.
ARGUMENT_PREPS = {"of", "to", "for", "on", "about", "over"}
NEGATION_DEPS = {"neg"}
#: Tags of a verb with its own tense.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


@dataclass(frozen=True)
class Cues:
    aux: dict[str, str] = field(default_factory=dict)
    neg: frozenset[str] = frozenset()
    mark: dict[str, str] = field(default_factory=dict)
    governor: dict[str, str] = field(default_factory=dict)
    modifier: dict[str, str] = field(default_factory=dict)
    report: frozenset[str] = frozenset()
    backshift: frozenset[str] = frozenset()
    frame: frozenset[str] = frozenset()
    intent: frozenset[str] = frozenset()
    obligation: frozenset[str] = frozenset()
    litotes: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_modality_cues() -> Cues:
    """The status cues of lexicons/modality.tsv by kind (speech cues are ``statements.load_speech_cues``)."""
    kinds = ("aux", "neg", "mark", "governor", "modifier", "report", "backshift", "frame", "intent", "obligation", "litotes")
    tables: dict[str, dict[str, str]] = {kind: {} for kind in kinds}
    for row in read_table("modality.tsv"):
        tables[row["kind"]][row["cue"].lower()] = row["status"]
    return Cues(aux=tables["aux"], neg=frozenset(tables["neg"]), mark=tables["mark"],
                governor=tables["governor"], modifier=tables["modifier"], report=frozenset(tables["report"]),
                backshift=frozenset(tables["backshift"]), frame=frozenset(tables["frame"]), intent=frozenset(tables["intent"]),
                obligation=frozenset(tables["obligation"]), litotes=frozenset(tables["litotes"]))


def phrase_lemma(token: Token) -> str:
    """The lemma with its particle, so that "called off" reads as "call off"."""
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prt", "prep") and child.i == token.i + 1 or child.dep_ == "prt":
            return f"{lemma} {child.lower_}"
    return lemma


def governor_cue(token: Token, cues: Cues) -> str | None:
    for form in (phrase_lemma(token), token.lemma_.lower(), token.lower_):
        if form in cues.governor:
            return cues.governor[form]
    return None


#: Objects that deny the happening their verb names.
NEGATIVE_OBJECTS = frozenset({"nothing", "none", "nobody", "no one"})


def is_negated(token: Token, cues: Cues) -> bool:
    if token.lemma_.lower() in cues.litotes:
        return False  # "will not hesitate to act" asserts the act
    for child in token.children:
        if child.dep_ in NEGATION_DEPS and child.lower_ in cues.neg:
            return True
        if child.dep_ == "det" and child.lower_ in ("no", "neither"):
            return True
        if child.dep_ in NOMINAL_SUBJECT_DEPS and (child.lower_ in cues.neg or any(
                d.dep_ == "det" and d.lower_ in ("no", "neither") for d in child.children)):
            return True  # "nobody is conducting an inquiry", "no party agreed"
        if child.dep_ == "dobj" and child.lower_ in NEGATIVE_OBJECTS:
            return True  # "they have conceded nothing"
    return False


def _finite(verb: Token, head: Token) -> bool:
    """A finite verb, also a bare participle the tagger gave a finite head's past ("demanded an
    apology and accused …" tagged VBN, with no auxiliary of its own)."""
    if verb.tag_ in FINITE_TAGS:
        return True
    return verb.tag_ == "VBN" and head.tag_ in FINITE_TAGS and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _subject_infinitive(verb: Token) -> bool:
    """"want the minister to resign", "expect Tokyo to retaliate": an infinitive with a subject of its own, which
    the parser makes a clausal object; like any infinitive it tells no act of its own and takes the status of the
    verb it completes."""
    return (verb.dep_ == "ccomp" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children))


def governors(token: Token) -> list[Token]:
    """The trigger followed by the words whose status it shares, up to its clause boundary."""
    chain = [token]
    current = token
    for _ in range(6):
        head = current.head
        if head.i == current.i:
            break
        dep = current.dep_
        if dep == "conj" and current.pos_ in ("VERB", "AUX") and own_subject(current) is not None:
            break  # a coordinated clause with its own subject has its own status ("no group claimed it, but militias had made threats")
        if dep == "conj" and ((current.tag_ in FINITE_TAGS and current.tag_ != head.tag_)
                              or any(c.dep_ == "aux" for c in current.children)):
            break  # a verb with its own tense or auxiliary shares no modal or negation of the first ("would
            # not sign it and called it a betrayal", "has nothing to do with it and called on …", "will not
            # withdraw and will continue")
        if dep == "conj" and current.pos_ == "VERB" and current.tag_ == "VBD" and head.pos_ == "AUX" and head.lemma_ == "be":
            break  # "the men were not fighters and accused the army …": a past verb shares no negated copula
        if dep == "conj" and _finite(current, head) and governor_cue(head, load_modality_cues()) is not None:
            break  # "demanded an inquiry and warned that …": a verb's cue bears on its content, not on an act joined to it
        if dep in CLIMB_DEPS or _subject_infinitive(current):
            current = head
        elif dep in ("pobj", "pcomp") and head.dep_ in ("prep", "agent") and head.lower_ in ARGUMENT_PREPS and head.head.i != head.i:
            current = head.head
        elif dep == "compound" and token.pos_ in ("NOUN", "PROPN"):
            current = head
        else:
            break
        chain.append(current)
    return chain


def reported_future(token: Token, cues: Cues) -> bool:
    """A clause reported by "said", "announced" … whose "would" is the speaker's "will" ("said
    it would withdraw"), unless a condition hangs from it ("would withdraw if attacked") or it
    spells out a proposal ("under the plan, Hamas would free …")."""
    if token.dep_ != "ccomp" or token.head.lemma_.lower() not in cues.report:
        return False
    for child in token.children:
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues.mark for m in child.children):
            return False
        if child.dep_ == "prep" and child.lower_ == "under" and any(o.lemma_.lower() in cues.frame for o in child.children):
            return False
    return True


def headline_future(verb: Token) -> bool:
    """A headline's "to" names what is to come: "EU to ban Russian gas imports", where the
    infinitive is the root or hangs from the subject because the line has no finite verb, or is
    what a trailing source says, with a subject of its own ("Venezuela to free prisoners, Maduro says")."""
    if verb.dep_ == "ROOT":
        return True
    if verb.dep_ == "ccomp" and verb.head.i > verb.i and verb.head.lemma_.lower() in load_modality_cues().report:
        return any(c.dep_ == "nsubj" for c in verb.children)
    return verb.dep_ in ("acl", "relcl") and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN")


def _own_cues(token: Token, cues: Cues) -> list[str]:
    found = []
    for child in token.children:
        low = child.lower_
        if child.dep_ == "aux" and low == "to" and headline_future(token):
            found.append("Planned")
        elif child.dep_ == "aux" and low in cues.backshift and reported_future(token, cues):
            found.append("Planned")
        elif child.dep_ in ("aux", "auxpass") and low in cues.aux:
            found.append(cues.aux[low])
        elif child.dep_ == "mark" and low in cues.mark:
            found.append(cues.mark[low])
        elif child.dep_ in ("amod", "advmod", "compound") and (low in cues.modifier or child.lemma_.lower() in cues.modifier):
            found.append(cues.modifier.get(low) or cues.modifier[child.lemma_.lower()])
    # "going to" and "set to" are governors; a bare "to be" future needs nothing here
    return found


#: Conjunctions of a time clause, whose present tense takes the time of its main clause.
TIME_CONJUNCTIONS = frozenset({"when", "once", "after", "before", "until", "while"})


def _time_clause_of_plan(word: Token) -> bool:
    """A present-tense time clause under a planned act is planned too: "is set to sign a deal
    when he visits Baku next week"."""
    if word.dep_ != "advcl" or word.tag_ not in ("VBZ", "VBP") or word.head.i == word.i:
        return False
    if not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CONJUNCTIONS for c in word.children):
        return False
    return status_of(word.head) == "Planned"


def status_of(token: Token) -> str:
    """The status of the happening ``token`` names: Occurred, Planned, Cancelled, Hypothetical or Negated."""
    cues = load_modality_cues()
    found: list[str] = []
    for depth, word in enumerate(governors(token)):
        negated = is_negated(word, cues)
        cue = governor_cue(word, cues) if depth else None
        if cue and negated:
            # a denied cancellation leaves the plan standing; a denied refusal leaves it open
            found.append({"Cancelled": "Planned", "Negated": "Hypothetical"}.get(cue, "Negated"))
        elif cue:
            found.append(cue)
        elif negated:
            found.append("Negated")
        found.extend(_own_cues(word, cues))
        if _time_clause_of_plan(word):
            found.append("Planned")
        if word.dep_ in ("advcl", "ccomp", "relcl") and not _subject_infinitive(word):
            break
    for status in PRIORITY:
        if status in found:
            return status
    return "Occurred"
