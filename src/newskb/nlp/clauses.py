"""The clause layer: who does what to whom in the clause of a verb, read off the dependency parse.

One implementation of each grammatical notion the extractors share, each worked out once per verb
and kept with the Doc (``clause_of``): the subject (climbing through "continued to strike",
"slapping …" participles, relative clauses and coordinations), the verb's own subject, the doer
of a trigger noun ("Russia's invasion", "a strike by dockers"), the doer a passive names in its
by-phrase, what the verb is done to (its object, or the subject of a passive), whether it has a
passive auxiliary and whether it is negated. It reads words and dependencies only, never the
entities: ``arguments`` turns these tokens into entities.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .grammar import ACTIVE_SUBJECT_DEPS, NOMINAL_SUBJECT_DEPS
from .groups import in_class

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: What a verb is done to, in either voice: "froze the assets", "the assets were frozen".
PATIENT_DEPS = {"dobj", "nsubjpass"}


class Clause(NamedTuple):
    """The arguments of one verb as token indexes (-1: none), plain values so the Doc stays serialisable."""

    subject: int
    own_subject: int
    agent: int
    patients: tuple[int, ...]
    passive: bool
    negated: bool


def clause_of(verb: Token) -> Clause:
    """The verb's clause, worked out on first ask and kept with the Doc."""
    found = verb.doc.user_data.setdefault("newskb_clauses", {})
    clause = found.get(verb.i)
    if not isinstance(clause, Clause):  # not asked yet (or read back from bytes as a plain list)
        subject = _find_subject(verb)
        agent = next((o for c in verb.children if c.dep_ == "agent" and (o := _object_of(c)) is not None), None)
        own = _own_subject(verb)
        clause = found[verb.i] = Clause(
            subject=-1 if subject is None else subject.i,
            own_subject=-1 if own is None else own.i,
            agent=-1 if agent is None else agent.i,
            patients=tuple(c.i for c in verb.children if c.dep_ in PATIENT_DEPS),
            passive=_has_auxpass(verb),
            negated=any(c.dep_ == "neg" for c in verb.children),
        )
    return clause


def _object_of(preposition: Token) -> Token | None:
    return next((o for o in preposition.children if o.dep_ == "pobj"), None)


def _noun_doer(noun: Token) -> Token | None:
    possessor = next((c for c in noun.children if c.dep_ == "poss"), None)
    return possessor or next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                              and (o := _object_of(c)) is not None), None)


def _own_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS), None)


def _has_auxpass(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


def _token(doc: Doc, i: int) -> Token | None:
    return doc[i] if i >= 0 else None


def subject_of(verb: Token) -> Token | None:
    """Who does what the verb says: its subject, or the subject of the clause it depends on, or a passive's doer."""
    return _token(verb.doc, clause_of(verb).subject)


def own_subject(verb: Token) -> Token | None:
    """The verb's own subject, of either voice, not one it shares: in "X met Y and signed", "signed" has none."""
    return _token(verb.doc, clause_of(verb).own_subject)


def doer_of(word: Token) -> Token | None:
    """Who does what a trigger word says: a verb's subject, a noun's possessor ("Russia's invasion")
    or by-phrase ("a strike by baggage handlers")."""
    return subject_of(word) if word.pos_ == "VERB" else _noun_doer(word)


def agent_of(verb: Token) -> Token | None:
    """The doer a passive names: "were arrested by police" → police."""
    return _token(verb.doc, clause_of(verb).agent)


def patients_of(verb: Token) -> list[Token]:
    """What the verb is done to: its direct objects, or the subject of a passive."""
    return [verb.doc[i] for i in clause_of(verb).patients]


def has_passive_auxiliary(verb: Token) -> bool:
    """"was arrested", "is said", "were being held": a passive auxiliary of the verb's own."""
    return clause_of(verb).passive


def is_negated(verb: Token) -> bool:
    """"did not sign", "never met": the parse marks a negation on the verb itself."""
    return clause_of(verb).negated


#: A verb without its own subject shares the subject of the word it hangs from.
INHERIT_DEPS = {"xcomp", "conj", "advcl", "pcomp", "prep", "advmod", "acomp"}


#: What closes a label set before a clause: a transcript speaker's colon, a wire credit's dash.
LABEL_ENDS = frozenset({":", "--", "\u2014", "\u2013"})


def _speaker_label(subject: Token) -> bool:
    """"Minister HARA: Russia launched …", "OKADA, NHK: The opposition has …": a transcript's
    speaker label, and "AFP -- Burkina Faso's junta announced …": a wire's credit, which the parse
    reads as a first subject of the clause the speaker or the wire reports."""
    end = subject.right_edge
    colon = end if end.text in LABEL_ENDS else end.nbor(1) if end.i + 1 < len(subject.doc) else end
    return colon.text in LABEL_ENDS and any(c.dep_ in ACTIVE_SUBJECT_DEPS and c.i > colon.i for c in subject.head.children)


def _credited_subject(subject: Token) -> Token | None:
    """"Xinhua -- China and Pakistan launched …": the parse makes the wire's credit the subject and
    hangs the one who acts on it as an apposition after the dash."""
    doc = subject.doc
    if subject.i + 1 >= len(doc) or doc[subject.i + 1].text not in LABEL_ENDS:
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i + 1), None)


def _find_subject(verb: Token) -> Token | None:
    """The grammatical subject of a verb, or of the clause it depends on ("continued to strike")."""
    current = verb
    raised = False
    for _ in range(8):
        for child in current.children:
            if child.dep_ in ACTIVE_SUBJECT_DEPS and child.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                return relative_antecedent(current.head)  # "protesters, who have filled the streets": the protesters
            if child.dep_ in ACTIVE_SUBJECT_DEPS and (credited := _credited_subject(child)) is not None:
                return credited
            if (child.dep_ in ACTIVE_SUBJECT_DEPS and not _speaker_label(child)) or (raised and child.dep_ == "nsubjpass"):
                return _nominal_subject(child)  # "X is expected to travel": X travels
            if child.dep_ == "agent" and (doer := _object_of(child)) is not None:
                return doer
        if current.dep_ == "acl" or current.dep_ == "relcl":
            noun = current.head
            if current.dep_ == "acl" and current.tag_ == "VBD" and (noun.dep_ == "ROOT" or _closes_apposition(current)):
                return noun  # "The pope called on leaders …": a finite verb the parse hung on the root noun
            if current.dep_ == "acl" and ends_apposition(current):
                return noun.head  # "China, the North's main ally, called for …": the named noun the apposition describes
            doer = _noun_doer(noun)  # "Russia's decision to expel", "a decision by the court to free"
            if doer is not None:
                return doer
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
    off by a comma ("X said police had acted lawfully, and claimed …"), and a past verb joined to a
    present that a named speaker reports in the past ("X said its troops respect the truce and accused Y …")."""
    clause = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or clause.dep_ != "ccomp":
        return False
    named_speaker = any(c.dep_ in ACTIVE_SUBJECT_DEPS and (c.pos_ == "PROPN" or c.lower_ in ("he", "she"))
                        for c in clause.head.children)  # "he" or "she" goes back to a person named before
    if verb.tag_ == "VBD" and simple_present(clause) and clause.head.tag_ == "VBD" and named_speaker:
        return True  # "Peskov said its forces strike only military targets and accused Y": a past verb cannot share a
        # present one's subject; an unnamed "spokesperson said China opposes … and accused" speaks for China
    subject = _own_subject(clause)
    said_of_a_thing = subject is not None and subject.pos_ == "NOUN" and not in_class(subject, "PARTICIPANT")
    if _second_speech_act(verb):
        reported_name = subject is not None and subject.pos_ == "PROPN"
        return said_of_a_thing or _after_comma(verb) or (_tense_not_shared(clause) and (named_speaker or not reported_name))
    if clause.lemma_ != "be" and not (verb.tag_ == "VBD" and _has_auxpass(clause)):
        return False
    return said_of_a_thing


def simple_present(verb: Token) -> bool:
    """A present verb with no auxiliary ("its forces strike only military targets", "the army
    protects civilians"): what holds as a rule or a habit, not one happening."""
    return verb.tag_ in ("VBP", "VBZ", "VB") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _second_speech_act(verb: Token) -> bool:
    """A verb of speech in the past, with no subject of its own, joined to what a verb of speech reports."""
    from .statements import cue_of  # statements reads the clause layer: a late import avoids the cycle

    if _own_subject(verb) is not None or not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and _past_perfect(verb.head))):
        return False  # "… had acted lawfully and accused Y": the parse may read the past as a participle of "had"
    return cue_of(verb) is not None and cue_of(verb.head.head) is not None


def _past_perfect(clause: Token) -> bool:
    """An active verb with "had" ("Thai forces had fired"): a reported past before the report."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children) and not _has_auxpass(clause)


def _tense_not_shared(clause: Token) -> bool:
    """A reported clause whose tense a bare past verb cannot take over: a modal ("Egypt would not
    accept the plan and demanded …"), a progressive ("the government was repeating mistakes and
    called on …") or a copula ("the dead were civilians and accused …"): a second act of speech
    joined to it is the reporter's, and so is one joined to a past perfect ("police had acted lawfully
    and accused …"); but an unnamed spokesperson's ("a government spokesperson said
    Rwanda is not a party and blamed …") is the named body's the spokesperson speaks for."""
    auxiliaries = [c for c in clause.children if c.dep_ == "aux"]
    return clause.lemma_ == "be" or any(a.tag_ == "MD" for a in auxiliaries) or _past_perfect(clause) \
        or (clause.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxiliaries))


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
