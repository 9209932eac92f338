"""Sanction extraction: who imposes (or proposes, threatens, lifts) what measures on whom.

Two shapes carry a sanction in news: a verb frame around a sanction noun ("slapped / imposed
sanctions on X", "threatened sanctions against X", "lifted the embargo on X") and a verb that is
itself the measure ("Washington sanctioned X", "froze the assets of X", "designated X pursuant to
E.O. 13224", "added X to the Entity List"); a nominal mention alone ("the fresh US sanctions on
X", "X has been the subject of US sanctions") is read as imposed. Restrictions no sanction word
names count too: curbs on trade and travel ("halted arms exports to X"), exclusion from SWIFT,
entry bans. Government releases speak in the first person and leave designations agentless
("we are designating X", "Y was designated today"): those take the issuing voice a statement
names ("We, the leaders of A and B") or the imposer of the nearest sanction that names one.
A sanction a legal instrument carries is its issuer's ("signed an order terminating …",
"introduced a bill to sanction X": a proposal), and one held out on a condition ("… if Y
continues") is a threat. The vocabulary is data (lexicons/sanction_words.tsv); arguments come
from the parse (nlp/arguments.py). A sanction needs both an imposer and a target to be a record; each record
carries its event (SANCTION when imposed or proposed, THREATEN when threatened, CONCEDE when
lifted, as PLOVER counts easing restrictions a concession), which find_events merges with its
own mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..ids import entity_key
from ..lexicons import load_company_words, read_table
from ..models import Event, Sanction, Span
from .arguments import acting_body, entity_keys, head_keys, is_country, is_place, past_dateline
from .clauses import agent_of, has_passive_auxiliary, own_subject, patients_of, relative_antecedent, subject_of
from .base import LIST_MARKER, Context, doc_text, sentence_bounds, sentence_tokens, sentences_after
from .dates import date_for
from .entities import LOCATED_WORDS, NAME_PARTICLES, EntityDraft, is_title_head, load_role_nouns
from .events import author
from .grammar import NOMINAL_SUBJECT_DEPS
from .modality import governors, phrase_lemma, status_of
from .tokens import columns, kept_with_the_doc, tokens_where

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

#: Prepositions naming whom a sanction hits ("sanctions on X", "an embargo against X", "measures targeting X").
SANCTION_TARGET_PREPS = {"on", "against", "targeting", "to"}
#: How far back (characters) a sanction mention lets "the package" / "measures" mean sanctions.
ANAPHORA_WINDOW = 1500
#: Verbs by which a sanction names its targets ("a package which targets X", "measures adding X",
#: "measures that will prevent X from …").
LISTING_VERBS = {"target", "hit", "aim", "include", "add", "list", "cover", "name", "prevent", "stop", "bar", "punish"}
#: Verbs by which sanctions name their targets after "to" ("the sanctions apply to X").
REACH_VERBS = {"apply", "extend"}
#: Prepositions naming with whom a relief from sanctions allows dealing ("transactions with X").
RELIEF_PREPS = {"with"}
#: Pronouns that may stand for sanctions just reported ("They target 12 officials", "It lists X").
SANCTION_PRONOUNS = {"they": "NNS", "it": "NN"}
#: Prepositions naming whom a curb on trade or travel hits ("exports to X", "the licences of X").
CURB_PREPS = {"to", "for", "of", "with", "from"}
#: Target pronouns and the kind of antecedent each takes.
TARGET_PRONOUNS = {"him": "Person", "her": "Person", "it": "Thing", "them": "any"}
#: Prepositions making sanctions the means of a verb ("hit X with sanctions").
MEANS_PREPS = {"with", "through", "via"}
#: Dependencies by which a clause is the complement of the verb above it.
COMPLEMENT_DEPS = {"ccomp", "xcomp", "pcomp", "pobj", "prep", "dobj"}
#: Tagger labels of capitalised words that are no missed organisation name ("on Monday").
NOT_NAMES = {"DATE", "TIME", "GPE", "NORP", "LOC", "PERSON"}
#: Pronouns of a government speaking for itself ("we are designating", "our sanctions"): never "I".
FIRST_PERSON_PLURAL = {"we", "our", "us"}
STATUS_EVENT = {"Imposed": "SANCTION", "Proposed": "SANCTION", "Threatened": "THREATEN", "Lifted": "CONCEDE"}
#: How a clause status reads for a nominal sanction without a frame verb.
FROM_CLAUSE = {"Occurred": "Imposed", "Planned": "Proposed", "Hypothetical": "Proposed"}
#: Conjunctions making a promised sanction conditional on its target's conduct, hence a threat.
CONDITION_MARKS = {"if", "unless"}
#: Dependencies from a word of a verb's object up to the verb ("added X and his company Y to …").
OBJECT_CHAIN_DEPS = {"dobj", "nsubjpass", "conj", "appos"}
#: Statuses of a sanction acted on rather than asked for or held out.
TAKEN = {"Imposed", "Lifted"}
#: Tagger labels of a date or time, never a target ("added X to the list on Monday").
DATE_LABELS = {"DATE", "TIME"}


@dataclass(frozen=True)
class SanctionWords:
    """The sanction lexicon (``sanction_words.tsv``) by its kinds: ``tables`` maps each kind to its
    word → value rows, ``sets`` each kind of ``WORD_SETS`` to its words; ``program``, ``context`` and
    ``member_cues`` are built from their kinds' rows once."""
    tables: dict[str, dict[str, str]]
    sets: dict[str, frozenset[str]]
    program: re.Pattern[str]
    context: re.Pattern[str]
    member_cues: tuple[str, ...]


KINDS = ("noun", "verb", "frame", "sector", "program", "context-verb", "context", "asset-verb", "asset",
         "placement", "member-cue", "member-verb", "member-kind", "measure-cue", "state",
         "curb-verb", "curbed", "exclusion-verb", "exclusion", "entry-verb", "entry", "action-noun", "container",
         "private", "instrument", "issue-verb", "decision-verb", "state-body", "echo", "obstruct-verb",
         "relief-verb", "relief", "control-verb", "control-noun", "target-noun", "remainder", "trade-noun", "counter",
         "urge-verb", "in-force", "membership-verb", "holding-verb", "register-noun", "naming-verb", "list-change",
         "entry-state")
#: Kinds whose rows are plain word sets.
WORD_SETS = ("asset", "member-verb", "member-kind", "measure-cue", "state", "curb-verb", "exclusion-verb",
             "exclusion", "entry-verb", "entry", "container", "private", "decision-verb", "state-body",
             "obstruct-verb", "relief-verb", "relief", "control-noun", "target-noun", "remainder", "trade-noun",
             "counter", "in-force", "membership-verb", "register-noun", "naming-verb", "entry-state")


@lru_cache(maxsize=1)
def load_words() -> SanctionWords:
    tables: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for row in read_table("sanction_words.tsv"):
        word = row["word"] if row["kind"] == "program" else row["word"].lower()
        tables[row["kind"]][word] = row["value"]
    ends = "|".join(sorted(map(re.escape, tables["program"]), key=len, reverse=True))
    program = re.compile(
        rf"\b((?:[A-Z][\w.’'-]*\s+(?:of\s+|on\s+|for\s+|and\s+)?){{1,7}}(?:{ends})(?:\s+(?:No\.\s*)?\d[\d/.-]*)?)"
        rf"|\b(\d+(?:st|nd|rd|th)\s+(?:sanctions\s+)?package)\b"
    )
    context = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, tables["context"]), key=len, reverse=True)) + ")",
                         re.IGNORECASE)
    return SanctionWords(tables=tables, sets={kind: frozenset(tables[kind]) for kind in WORD_SETS}, program=program,
                         context=context, member_cues=tuple(sorted(tables["member-cue"], key=len, reverse=True)))


def _placement(noun: Token, words: SanctionWords) -> Token | None:
    """The verb that puts its object on a sanctions list or takes it off ("added X to the Entity
    List", "placed X under sanctions", "removed X from the list")."""
    if noun.dep_ != "pobj":
        return None
    verb = noun.head.head
    while verb.pos_ != "VERB" and verb.dep_ == "conj":
        verb = verb.head  # "placed X and 17 others under sanctions": "under" hung on the last conjunct
    for _ in range(3):
        # "added nine entities located in Iran to the Entity List": the list hung on the object's participle
        described = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.dep_ in OBJECT_CHAIN_DEPS
        if (words.tables["placement"].get(verb.lemma_.lower()) and verb.pos_ == "VERB"
                or verb.dep_ not in OBJECT_CHAIN_DEPS and not described):
            break
        # "removed X, the son of …, from its list", "added X and his company Y to its list": the parser
        # hung the list on the object or on a word of the object's name it read as a verb ("Aman Holding")
        verb = verb.head
    status = words.tables["placement"].get(verb.lemma_.lower())
    onto = noun.head.lower_ in (("from", "off") if status == "Lifted" else ("to", "on", "onto", "under", "in"))
    placed = bool(patients_of(verb)) or _shared_passive_subject(verb) is not None
    if verb.pos_ == "VERB" and status and onto and placed:
        return verb  # "took X off the list", "included X in its list", never "is taking action under its authorities"
    return None


def _frame(token: Token, words: SanctionWords) -> tuple[Token | None, str | None]:
    """The verb or noun framing a sanction noun and the status it gives, the outermost intent
    winning ("threatened to impose sanctions" → Threatened)."""
    placement = _placement(token, words)
    if placement is not None:
        return placement, words.tables["placement"][placement.lemma_.lower()]
    exemption = _exemption(token, words)
    if exemption is not None:
        return exemption, "Lifted"
    frame, status = None, None
    chain = governors(token)
    misread = _misread_first_measure(token, words)
    if misread is not None and misread.dep_ in ("ccomp", "xcomp", "dobj"):
        chain = [token, *governors(misread.head)]  # "announced asset freezes and travel bans": announced
    verb = _means_of(token)
    if verb is not None:
        chain = [token, *governors(verb)]  # "hit X with sanctions", "apply pressure to X through sanctions"
    joined = next((i for i, word in enumerate(chain) if _joined_to_report(word)), None)
    if joined is not None:
        chain = chain[:joined + 1]  # "found that X had committed abuses and imposed sanctions": not X's commitment
    for word in chain[1:]:
        cue = words.tables["frame"].get(phrase_lemma(word)) or words.tables["frame"].get(word.lemma_.lower())
        if cue is None:
            continue
        if frame is None:
            frame, status = word, cue
        elif cue in ("Threatened", "Proposed", "Lifted"):
            status = cue
    top = chain[-1]
    if frame is not None and _infinitive_of_object(top):
        outer = words.tables["frame"].get(top.head.head.lemma_.lower())
        status = outer if outer in ("Threatened", "Proposed", "Lifted") else status  # "reserved the right to take"
    if (top.dep_ == "ccomp" and words.tables["frame"].get(top.head.lemma_.lower()) == "Threatened" and status in (None, "Imposed")
            and status_of(top) in ("Planned", "Hypothetical")):
        status = "Threatened"  # "warned it could impose sanctions": the warning is the threat
    if frame is None and verb is not None:
        return verb, None  # "responded with sanctions on X": the clause gives the status
    participle = next(iter(_participle_frames(token, words)), None)
    if frame is None and participle is not None:  # "Sanctions imposed by the EU on Crimea remain in force"
        return participle, words.tables["frame"][participle.lemma_.lower()]
    if frame is None:
        frame, status = _frame_before(token, words)
    return frame, status


def _exemption(noun: Token, words: SanctionWords) -> Token | None:
    """The noun exempting someone from sanctions: "an exemption from US sanctions", "a waiver from
    the sanctions" (the exempted are whom it is granted to or for)."""
    exempting = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "from" and exempting.pos_ == "NOUN":
        return exempting if words.tables["frame"].get(exempting.lemma_.lower()) == "Lifted" else None
    return None


def _participle_frames(noun: Token, words: SanctionWords) -> list[Token]:
    """The verbs after a sanction noun that frame it from a participle or relative clause: "sanctions
    imposed by the EU on Crimea", "the sanctions it had imposed on X"."""
    return [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" and c.i > noun.i
            and c.lemma_.lower() in words.tables["frame"] and c.lemma_.lower() not in LISTING_VERBS]


def _means_of(noun: Token) -> Token | None:
    """The verb sanctions are the means of: "hit X with sanctions", "apply pressure to X,
    including through sanctions"."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in MEANS_PREPS:
        return None
    verb = noun.head.head
    if verb.lower_ == "including" and verb.dep_ == "prep":
        verb = verb.head
    return verb if verb.pos_ == "VERB" else None


def _frame_before(token: Token, words: SanctionWords) -> tuple[Token | None, str | None]:
    """A frame verb right before the noun ("imposed new sanctions"), for when the parser hung the
    noun elsewhere (the small model sometimes makes it the subject of a later clause)."""
    i = token.i - 1
    while i >= token.sent.start and token.doc[i].pos_ in ("DET", "ADJ", "NUM", "ADV", "CCONJ", "PUNCT"):
        i -= 1
    word = token.doc[i] if i >= token.sent.start else None
    if word is None or word.pos_ != "VERB" or token.i - i > 4:
        return None, None
    cue = words.tables["frame"].get(phrase_lemma(word)) or words.tables["frame"].get(word.lemma_.lower())
    return (word, cue) if cue else (None, None)


def _imposers(ctx: Context, noun: Token, frame: Token | None) -> tuple[list[str], bool]:
    """The imposers a sanction names, and whether it leaves them to the context (first-person
    voice "we imposed", "our sanctions")."""
    keys: list[str] = []
    voiced = False
    if frame is not None:
        if frame.pos_ == "VERB" and _obstructed(frame, load_words()):
            pass  # "Hungary blocked new EU sanctions": the sanctions stay the EU's
        elif frame.pos_ == "VERB":
            subject = _urged_party(noun, load_words()) or _body_hung_on_date(frame, _prose_subject(ctx, frame))
            if subject is not None and not _sanctions_named_before(subject, load_words()):  # "It also adds X to the list"
                voiced = subject.lower_ in FIRST_PERSON_PLURAL
                keys.extend(_parties(ctx, subject))
        else:
            for child in frame.children:
                if child.dep_ in ("poss", "compound", "amod") or (child.dep_ == "prep" and child.lower_ == "by"):
                    target = child if child.dep_ != "prep" else next((c for c in child.children if c.dep_ == "pobj"), None)
                    if target is not None:
                        keys.extend(entity_keys(ctx, target))
            if not keys and frame.dep_ == "dobj":  # "announced the termination of its sanctions"
                subject = _prose_subject(ctx, frame.head)
                keys.extend(_parties(ctx, subject) if subject is not None else [])
    if not keys and not voiced:
        for child in noun.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
                voiced = voiced or child.lower_ in FIRST_PERSON_PLURAL
                keys.extend(k for k in entity_keys(ctx, child) if child.dep_ == "poss" or not _list_name(ctx, noun, k))
            elif child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    keys.extend(entity_keys(ctx, obj))
            elif child.dep_ == "acl" and (agent := agent_of(child)) is not None:  # "the sanctions, announced by the Treasury, …"
                keys.extend(entity_keys(ctx, agent))
    return list(dict.fromkeys(keys)), voiced and not keys


def _obstructed(frame: Token, words: SanctionWords) -> bool:
    """A frame that stops the sanction ("Hungary blocked new EU sanctions"), or the infinitive of a
    proposal its subject stopped ("Russia vetoed a resolution to tighten sanctions on X", "blocked a
    move to impose sanctions"): the vetoing party imposes nothing."""
    verb = frame
    for _ in range(3):
        if verb.pos_ == "VERB" and verb.lemma_.lower() in words.sets["obstruct-verb"]:
            return True
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if not (verb is frame and infinitive or verb.dep_ == "dobj") or verb.dep_ not in ("advcl", "acl", "xcomp", "dobj"):
            return False
        verb = verb.head
    return False


def _names_an_act(noun: Token, words: SanctionWords) -> bool:
    """"The designation", "today's action": a noun for the act of sanctioning, whose actor is the
    one acting in the text around it."""
    lemma = noun.lemma_.lower()
    return lemma in words.tables["action-noun"] or words.tables["noun"].get(lemma) == "context"


def _list_name(ctx: Context, noun: Token, key: str) -> bool:
    """A name on a sanctions list that is the list's own ("the Specially Designated Nationals List"),
    not its keeper's: only a country or a body the gazetteer knows keeps one ("the EU list")."""
    draft = ctx.entities.get(key)
    return noun.lemma_.lower() == "list" and draft.type != "Place" and not draft.wikidata


def _parties(ctx: Context, subject: Token) -> list[str]:
    """The entities a subject names, with named appositions, which in a subject are mostly a list
    the parser read as one ("Britain, the EU and Canada sanctioned …")."""
    subject = _possessed_body(ctx, subject)
    keys = entity_keys(ctx, subject)
    for appos in (c for c in subject.children if c.dep_ == "appos" and ctx.entities.for_token(c)):
        keys.extend(k for k in entity_keys(ctx, appos) if k not in keys)
    # "Washington imposed …": the United States
    return list(dict.fromkeys(_body_of_committee(ctx, _state_of_government(ctx, acting_body(ctx, k))) for k in keys))


def _body_of_committee(ctx: Context, key: str) -> str:
    """The body a sanctions committee acts for: "the Security Council Committee concerning X", "the
    Security Council ISIL (Da'esh) and Al-Qaida Sanctions Committee" list and delist for the Council."""
    draft = ctx.entities.get(key)
    words = draft.name.split()
    if draft.type != "Organization" or draft.wikidata or "Committee" not in words[1:]:
        return key
    for end in range(len(words) - 1, 0, -1):
        entry = ctx.entities.gazetteer.lookup(" ".join(words[:end]))
        if entry is not None and entry.type == "Organization":
            return ctx.entities.ensure(entry)
    return key


def _state_of_government(ctx: Context, key: str) -> str:
    """The state a government is of: "the government of Australia", "New Zealand's government"
    impose sanctions as Australia and New Zealand do (the entity finder keeps such a phrase whole)."""
    draft = ctx.entities.get(key)
    if draft.type != "Organization" or draft.wikidata:
        return key
    words = re.split(r"\s+", re.sub(r"^the\s+", "", draft.name, flags=re.IGNORECASE))
    if len(words) > 2 and words[0].lower() in load_words().sets["state-body"] and words[1] == "of":
        state = " ".join(words[2:])
    elif len(words) > 1 and words[-1].lower() in load_words().sets["state-body"]:
        state = re.sub(r"[’']s$", "", " ".join(words[:-1]))
    else:
        return key
    entry = ctx.entities.gazetteer.lookup(state) or ctx.entities.gazetteer.demonym(state)  # "the Japanese government"
    return ctx.entities.ensure(entry) if entry is not None and entry.subtype == "Country" else key


def _possessed_body(ctx: Context, subject: Token) -> Token:
    """The body a subject's own name possesses: "the Department of the Treasury's Office of Foreign
    Assets Control designated X" is the Office acting, though the parser made the Department the head."""
    own = ctx.entities.for_token(subject)
    if own is None:
        return subject
    for tok in subject.subtree:
        body = ctx.entities.for_token(tok.head)
        if (tok.dep_ == "poss" and ctx.entities.for_token(tok) == own and tok.head.pos_ == "PROPN"
                and body not in (None, own)):
            return tok.head
    return subject


def _prose_subject(ctx: Context, verb: Token) -> Token | None:
    """The subject of a verb, never a word of the headline or of the dateline ("JOHANNESBURG
    (Reuters) -") the parser glued to the first sentence."""
    urged = _urged_party(verb, load_words())
    if urged is not None:
        return urged  # "urged the EU to impose sanctions": the EU would impose them
    if _joined_to_report(verb):
        reporter = _prose_subject(ctx, verb.head.head)
        if reporter is not None and (_parties(ctx, reporter) or _the_administration(ctx, reporter)):
            return reporter  # "officials said Moscow had expelled … and sanctioned …": Moscow still
    subject = subject_of(verb)
    issuer = _issuer(verb, load_words())
    if issuer is not None and (subject is None or subject.i == verb.head.i):
        return _prose_subject(ctx, issuer)  # "Trump signed an order terminating …": the signer
    if subject is None and _infinitive_of_object(verb) and not _obstructed(verb, load_words()):
        return _prose_subject(ctx, verb.head.head)  # "Tbilisi reserved the right to take measures": Tbilisi
    if subject is not None and subject.idx < ctx.prose_start:
        subject = next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECT_DEPS and c.idx >= ctx.prose_start), None)
    return past_dateline(ctx, subject)


def _joined_to_report(verb: Token) -> bool:
    """A sanction joined to a reported clause in the perfect or progressive is the reporter's: in "X
    determined that Y had committed genocide and sanctioned its leader" ("… was arming the militia
    and froze its assets") X sanctions, as a past form cannot share "had" and a party does not
    sanction its own leader: the verb is in the past tense, or its phrase owns "its"/"their". It is as
    taken as the report."""
    clause = verb.head
    if not (verb.dep_ == "conj" and clause.dep_ == "ccomp" and own_subject(verb) is None
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ == "aux" for c in clause.children)):
        return False
    return verb.tag_ == "VBD" or any(t.tag_ == "PRP$" and t.lower_ in ("its", "their") for t in verb.subtree if t.i > verb.i)


def _infinitive_of_object(verb: Token) -> bool:
    """An infinitive hanging on its verb's object: "reserved the right to take", "announced a decision to
    impose" (the parse gives it no subject of its own)."""
    return (verb.dep_ == "acl" and verb.head.dep_ == "dobj" and verb.head.head.pos_ == "VERB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _urged_party(word: Token, words: SanctionWords) -> Token | None:
    """The party urged to do what an infinitive says, climbing from a word of that clause: "Kyiv urged
    the EU to impose sanctions", "called on Washington to sanction X", "urged the bloc to start work on a
    package of sanctions" → the EU, Washington, the bloc (not the one urging); the infinitive may be read
    as an adverbial clause when a phrase stands between ("pressed allies for years to restrict sales")."""
    for _ in range(8):
        verb = word.head
        if verb.i == word.i:
            return None
        prep = words.tables["urge-verb"].get(verb.lemma_.lower())
        infinitive = word.dep_ == "xcomp" or word.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
        if infinitive and prep is not None:
            holders = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == prep] if prep else [verb]
            return next((o for h in holders for o in h.children if o.dep_ == ("pobj" if prep else "dobj")), None)
        if word.dep_ in ("ccomp", "advcl", "relcl", "acl"):
            return None
        word = verb
    return None


def _issuer(verb: Token, words: SanctionWords) -> Token | None:
    """The verb issuing the legal instrument a sanction clause hangs on: "signed an executive order
    terminating X" → signed, "introduced a bill to sanction X" → introduced."""
    instrument = verb.head
    if (verb.dep_ not in ("acl", "relcl") or instrument.lemma_.lower() not in words.tables["instrument"]
            or instrument.dep_ not in ("dobj", "nsubjpass")):
        return None
    return instrument.head if instrument.head.lemma_.lower() in words.tables["issue-verb"] else None


def _instrument_status(verb: Token, words: SanctionWords, status: str) -> str:
    """What issuing an instrument makes of the sanction it carries: a bill introduced or passed is a
    proposal, an order or a bill signed is in force."""
    issuer = _issuer(verb, words)
    if issuer is None or status not in ("Imposed", "Proposed"):
        return status
    return words.tables["issue-verb"][issuer.lemma_.lower()] or words.tables["instrument"][verb.head.lemma_.lower()] or status


def _decided(verb: Token, words: SanctionWords) -> bool:
    """"The Council decided to prolong the restrictive measures": a decision taken on sanctions is
    the act of taking them, not a plan."""
    decision = verb.head
    return (verb.dep_ == "xcomp" and decision.lemma_.lower() in words.sets["decision-verb"]
            and decision.tag_ in ("VBD", "VBN") and status_of(decision) == "Occurred")


def _not_yet(verb: Token) -> bool:
    """"Washington has yet to impose sanctions": what has yet to be done is not done."""
    have = verb.head
    return (verb.dep_ == "xcomp" and have.lemma_.lower() == "have"
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in have.children))


def _conditional(verb: Token) -> bool:
    """"Ready to impose sanctions on X if Y continues": a sanction held out on a condition is a
    threat, not one taken ("even if", "as if" set no condition); the condition may hang on the words
    governing the verb in its clause ("we are ready to impose sanctions if …")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS and m.i > 0
                                         and m.doc[m.i - 1].lower_ not in ("even", "as") for m in c.children)
               for word in governors(verb) for c in word.children)


def _target_phrases(ctx: Context, noun: Token, frame: Token | None, token: Token | None = None) -> list[Token]:
    """The phrases naming a sanction's targets, on the noun, the sanction word a container noun
    holds ("a round of sanctions on X"), or the frame."""
    words = load_words()
    phrases: list[Token] = _holders(noun, words)
    lemma = noun.lemma_.lower()
    held = token if token is not None and token.i != noun.i else None
    for word in (noun, held, frame):
        if word is None:
            continue
        preps = SANCTION_TARGET_PREPS
        if word.i == noun.i and lemma in words.tables["action-noun"]:
            preps = {"of"}  # "the designation of X"
        elif word.i == noun.i and words.tables["noun"].get(lemma) == "context":
            preps = {"against"}  # "action against X"
        for child in (*word.children, *_basis_preps(word), *_rate_preps(word), *_misread_measure_preps(word, words)):
            phrasal = phrase_lemma(word)
            if word is frame and child.i == frame.i + 1 and phrasal in words.tables["frame"] and phrasal.endswith(" " + child.lower_):
                continue  # "called on X to sanction Y": X is asked, not hit
            if child.dep_ in ("prep", "conj") and child.pos_ == "ADP" and child.lower_ in preps:
                # "on Russian banks and on the organisers", the second "on" sometimes hung on the verb
                for prep in (child, *child.conjuncts):
                    phrases.extend(c for c in prep.children if c.dep_ == "pobj")
            elif child.dep_ in ("acl", "relcl") and child.lemma_.lower() in LISTING_VERBS:
                phrases.extend(c for c in child.children if c.dep_ == "dobj")
    if lemma in words.sets["trade-noun"]:  # "duties on imports of separators from China": the state the goods come from
        phrases.extend(o for p in list(phrases) if p.lemma_.lower() in words.tables["curbed"] for c in p.children
                       if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.dep_ == "pobj")
    if lemma in words.sets["trade-noun"]:  # "tariffs of 15 percent on U.S. coal": the goods hung on the rate
        phrases.extend(o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for rate in c.children if rate.dep_ == "pobj"
                       for p in rate.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                       for o in p.children if o.dep_ == "pobj")
    exemption = _exemption(noun, words)
    if frame is not None and exemption is not None and exemption.i == frame.i:
        # "granted Hungary an exemption from the sanctions", "a waiver for Iraq"
        if frame.dep_ == "dobj":
            phrases.extend(c for c in frame.head.children if c.dep_ == "dative")
        phrases.extend(o for w in (frame, noun) for c in w.children if c.dep_ == "prep" and c.lower_ == "for"
                       for o in c.children if o.dep_ == "pobj")
    # "the sanctions (it had) imposed on X"
    phrases.extend(o for v in _participle_frames(noun, words) if frame is None or v.i != frame.i for c in v.children
                   if c.dep_ == "prep" and c.lower_ in ("on", "against") for o in c.children if o.dep_ == "pobj")
    placement = _placement(noun, words)
    into = noun.head.lower_ in ("with", "to", "on", "onto", "under", "from") or (  # "included X in its list"
        noun.head.lower_ == "in" and placement is not None and frame is not None and placement.i == frame.i)
    if frame is not None and noun.dep_ == "pobj" and into:
        # "hit X with sanctions", "X was added to the list", "X is barred from … and has been placed on the list"
        patients = [_relative_object(c) for c in patients_of(frame)]
        phrases.extend(patients + _accompanying(ctx, frame, patients))
        shared = _shared_passive_subject(frame) if frame.pos_ == "VERB" else None
        phrases.extend([shared] if shared is not None else [])
    if frame is not None and frame.pos_ == "VERB":
        # "imposed sanctions on Russia, targeting its shadow fleet and Rosneft"
        phrases.extend(o for c in frame.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                       and c.lemma_.lower() in LISTING_VERBS for o in c.children if o.dep_ == "dobj")
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in noun.children):
        phrases.extend(c for c in noun.children if c.dep_ == "dobj")  # "to sanction X" tagged a noun
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in LISTING_VERBS:
        phrases.extend(c for c in noun.head.children if c.dep_ == "dobj")  # "the sanctions target X"
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in REACH_VERBS:
        phrases.extend(o for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "to"
                       for o in c.children if o.dep_ == "pobj")  # "the sanctions apply to X"
    if noun.dep_ in NOMINAL_SUBJECT_DEPS:
        # "the sanctions were announced on Friday and target X": a second verb sharing the subject
        phrases.extend(o for v in noun.head.conjuncts if v.lemma_.lower() in LISTING_VERBS
                       and own_subject(v) is None
                       for o in v.children if o.dep_ == "dobj")
    last = max((p.right_edge.i for p in phrases), default=None)
    if last is not None:  # "sanctions on the trader, X, and his company, Y": the last item joined to the noun or verb
        phrases.extend(c for w in (noun, frame) if w is not None for c in w.children
                       if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > last
                       and any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in c.children))
    # "placed X on its Entity List": the list is no target; "on Monday" is a date
    return [p for p in phrases if p.i != noun.i and p.ent_type_ not in DATE_LABELS]


def _accompanying(ctx: Context, verb: Token, objects: list[Token]) -> list[Token]:
    """Who a sanction verb hits "along with" or "together with" its object, the phrase hung on the verb
    or on the object: "is designating X, along with two shipowners, A and B", "38 tankers were added to the
    list, together with their manager, C"; never a place ("sanctioned X, along with France": France acts)."""
    doc = verb.doc
    withs = [c for w in (verb, *objects) for c in w.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > 0
             and doc[c.i - 1].lower_ in ("along", "together")]
    withs += [p for w in (verb, *objects) for c in w.children if c.dep_ == "prep" and c.lower_ in ("along", "together")
              for p in c.children if p.dep_ == "prep" and p.lower_ == "with"]
    return [o for p in withs for o in p.children if o.dep_ == "pobj" and not any(
        is_place(ctx, k) for k in entity_keys(ctx, o))]


def _basis_preps(word: Token) -> list[Token]:
    """The target phrase the parser hung on a sanction's legal basis: "sanctions under the Special
    Economic Measures (Russia) Regulations on 15 individuals"."""
    bases = [o for c in word.children if c.dep_ == "prep" and c.lower_ == "under" for o in c.children if o.dep_ == "pobj"]
    return [p for b in bases for t in b.subtree if t.pos_ == "PROPN" and t.i >= b.i
            for p in t.children if p.dep_ == "prep" and p.lower_ in ("on", "against") and p.i > t.i]


def _rate_preps(word: Token) -> list[Token]:
    """The target phrase the parser hung on a levy's rate: "tariffs of 25 percent on US steel", "duties
    of up to 40% against Chinese cars"."""
    rates = [o for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
             if o.dep_ == "pobj" and o.ent_type_ in ("PERCENT", "MONEY")]
    return [p for r in rates for p in r.children if p.dep_ == "prep"]


def _misread_measure_preps(noun: Token, words: SanctionWords) -> list[Token]:
    """The target phrase hung on a measure the parser read as a verb: "travel bans and asset freezes on 17
    officers" ("asset" taken for the conjunct, "freezes" for a verb with the "on" phrase), "asset freezes
    and travel bans on X" ("asset" taken for the subject of "freezes", the ban for its conjunct)."""
    doc = noun.doc
    misread = [doc[c.i + 1] for c in noun.conjuncts if c.i + 1 < len(doc) and doc[c.i + 1].pos_ == "VERB"
               and c.lower_ in (words.tables["noun"].get(doc[c.i + 1].lemma_.lower()) or "").split("|")]
    first = _misread_first_measure(noun, words)
    return [p for v in (*misread, *([first] if first is not None else [])) for p in v.children if p.dep_ == "prep"]


def _misread_first_measure(noun: Token, words: SanctionWords) -> Token | None:
    """The measure before a sanction noun that the parser read as the verb of a clause, the noun its
    conjunct: "announced asset freezes and travel bans on X" ("asset" the subject of "freezes")."""
    first = noun.head
    if noun.dep_ == "conj" and first.pos_ == "VERB" and any(
            c.dep_ == "nsubj" and c.i == first.i - 1 and c.lower_ in (words.tables["noun"].get(first.lemma_.lower()) or "").split("|")
            for c in first.children):
        return first
    return None


def _holders(noun: Token, words: SanctionWords) -> list[Token]:
    """Who is under sanctions a clause names without a verb imposing them: "Iran has been the
    subject of US sanctions", "Venezuela remains under sanctions"."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words.sets["state"]:
        # "X could face sanctions": only the modal reading, as "X faces sanctions" may be either
        modal = any(c.tag_ == "MD" for c in noun.head.children)
        return [c for c in noun.head.children if c.dep_ in NOMINAL_SUBJECT_DEPS] if modal else []
    if noun.dep_ != "pobj":
        return []
    prep = noun.head
    clause = prep.head
    if ((prep.lower_ == "of" and clause.dep_ == "attr" or prep.lower_ == "to" and clause.dep_ == "acomp")
            and clause.lemma_.lower() in words.sets["state"]):
        clause = clause.head  # "the subject of sanctions", "subject to sanctions"
    elif prep.lower_ == "to" and clause.dep_ == "amod" and clause.lemma_.lower() in words.sets["state"]:
        return _counted_among(clause.head)  # "X is among 17 individuals subject to an asset freeze"
    elif prep.lower_ in words.sets["state"] and prep.i > 0 and prep.doc[prep.i - 1].text == ",":
        owner = clause.head if clause.pos_ == "PUNCT" else clause
        return [owner] if owner.pos_ in ("PROPN", "NOUN") else []  # "X, under US sanctions since 2018, …"
    elif not (prep.lower_ in words.sets["state"] and clause.pos_ in ("AUX", "VERB")
              and not any(c.dep_ == "dobj" for c in clause.children)):
        return []
    subjects = [c for c in clause.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    # "X, which is subject to sanctions": the relative pronoun stands for X
    return [clause.head if c.tag_ in ("WDT", "WP") and clause.dep_ == "relcl" else c for c in subjects]


def _counted_among(group: Token) -> list[Token]:
    """Who a clause counts among a group ("X is among 17 individuals …", "Y and Z were among the
    firms …"): the subject of "be among"."""
    among = group.head
    if group.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != "be":
        return []
    return [c for c in among.head.children if c.dep_ in NOMINAL_SUBJECT_DEPS]


def _targets(ctx: Context, phrases: list[Token], imposers: list[str]) -> list[str]:
    """Named targets; an unnamed group ("a network of shipping companies") stands for the members
    the text names for it; a nationality word ("two Russian oil companies") counts only when
    nothing is named."""
    words = load_words()
    heads = [t for p in phrases for t in (p, *_real_conjuncts(ctx, p), *_misread_coordinates(ctx, p),
                                          *_list_read_as_apposition(ctx, p), *_described_last_items(ctx, p),
                                          *_items_after_description(ctx, p), *_names_set_off(ctx, p))]
    named = any(ctx.entities.for_token(h) for h in heads)
    keys: list[str] = []
    for head in heads:
        if named and not ctx.entities.for_token(head) and not any(c.dep_ == "appos" for c in head.children):
            continue
        next_head = min((h.i for h in heads if h.i > head.i), default=None)
        group = ((head.pos_ == "NOUN" or (head.tag_ == "NNPS" and not ctx.entities.for_token(head))  # "500 Americans"
                  or head.pos_ == "NUM" and any(c.dep_ == "det" for c in head.children))  # "the four, including X"
                 and not (head.tag_ == "NN" and any(c.dep_ == "appos" and ctx.entities.for_token(c)
                                                     for c in head.children)))  # "its chief, X": one, named
        found = ((group and _members(ctx, head, words, next_head)) or _pronoun_antecedent(ctx, head, imposers)
                 or _named_keys(ctx, head, words))
        for key in found:
            # "sanctions on Moscow", "on the Georgian government": on Russia, on Georgia
            key = _state_of_government(ctx, acting_body(ctx, key))
            if key not in keys and key not in imposers:
                keys.append(key)
    return keys


def _pronoun_antecedent(ctx: Context, pronoun: Token, imposers: list[str]) -> list[str]:
    """A target pronoun's antecedent in its own sentence, before looking further back: "accused
    Rosneft of helping Caracas and sanctioned it" → Rosneft: a subject or object first, the one
    nearest the clause's top, then the nearest; "him"/"her" never a place, "it" never a person."""
    wanted = TARGET_PRONOUNS.get(pronoun.lower_)
    if wanted is None:
        return []
    group = _group_referred(pronoun)
    if group is not None:  # "added five firms, including A and B, to its list, banning exports to them": A and B
        return list(dict.fromkeys(_members(ctx, group, load_words()) + _keys_set_off(ctx, group)))
    found: list[tuple[bool, int, int, str]] = []
    for tok in pronoun.sent:
        key = ctx.entities.for_token(tok)
        if (tok.i >= pronoun.i or key is None or key in imposers or ctx.entities.for_token(tok.head) == key
                or tok.ent_type_ in DATE_LABELS):  # "Late on Tuesday, …, barring them": never the day
            continue
        kind = ctx.entities.get(key).type
        if wanted == "any" or kind != ("Place" if wanted == "Person" else "Person"):
            depth = sum(1 for _ in tok.ancestors)
            found.append((tok.dep_ not in ("dobj", "nsubj", "nsubjpass"), depth, -tok.i, key))
    return [min(found)[3]] if found else []


def _group_referred(pronoun: Token) -> Token | None:
    """The described group "them" stands for in its own sentence: the nearest counted or pointed-back
    plural noun before it that is a subject or object and no word of sanctions ("sanctioned six
    firms, banning exports to them"), never a name in the group's description ("six US firms")."""
    if pronoun.lower_ != "them":
        return None
    sent = pronoun.sent
    return next((t for t in reversed(pronoun.doc[sent.start: pronoun.i]) if t.tag_ == "NNS" and _described_group(t)
                 and t.dep_ in ("dobj", "nsubj", "nsubjpass") and t.lemma_.lower() not in load_words().tables["noun"]), None)


def _named_keys(ctx: Context, head: Token, words: SanctionWords) -> list[str]:
    if head.pos_ == "PROPN" and not ctx.entities.for_token(head):
        missed = _missed_name(ctx, head)  # never the country of its description ("X, a Cypriot firm")
        return [missed] if missed else []
    holders = _role_holders(ctx, head)
    if holders:
        return holders
    owners = [k for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj" for k in entity_keys(ctx, o) if not _only_owner(ctx, o, k, words)]
    holders = [k for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in words.tables["holding-verb"]
               for p in c.children if p.lower_ == words.tables["holding-verb"][c.lemma_.lower()]
               for o in p.children if o.dep_ == "pobj" for k in entity_keys(ctx, o)]
    if head.lemma_.lower() in words.sets["asset"] and (owners or holders):
        # "the US assets of X" (X's, wherever they are), "accounts belonging to X", "assets held by Y": theirs
        return [k for k in owners if not _home_city(ctx, k)] + holders
    if head.lemma_.lower() in words.sets["asset"] and head.head.dep_ == "relcl" and any(c.tag_ == "WP$" for c in head.children):
        return entity_keys(ctx, head.head.head)  # "X, whose assets were frozen by Britain"
    found = head_keys(ctx, head) or owners or _missed_modifier(ctx, head)  # "commanders of X"
    if head.pos_ == "NOUN" and not ctx.entities.for_token(head):
        found = [k for k in found if not _home_city(ctx, k)]
    return [k for k in found if not _only_owner(ctx, head, k, words)] or _name_after_description(ctx, head)


def _home_city(ctx: Context, key: str) -> bool:
    """A city that is no seat of government: describing someone unnamed ("a Dubai ship manager",
    "Istanbul-based traders") it says where they are based, not whom a sanction hits."""
    return ctx.entities.get(key).subtype == "City" and acting_body(ctx, key) == key


def _name_after_description(ctx: Context, head: Token) -> list[str]:
    """The name a description runs into ("sanctioned Lebanese financier Hassan Moukalled") when the
    parser hung the name elsewhere, having read its last word as a verb."""
    if head.pos_ != "NOUN" or head.i + 1 >= len(head.doc):
        return []
    name = head.doc[head.i + 1]
    key = ctx.entities.for_token(name)
    if key is None or name.pos_ != "PROPN" or name.head.i == head.i or ctx.entities.get(key).type == "Place":
        return []
    return [key]


def _role_holders(ctx: Context, head: Token) -> list[str]:
    """The people set off after the body a role belongs to: "two leaders of the Gulf Cartel, A and
    B", "the head of X's Cabinet Office, C" hit A, B and C, not the body they lead."""
    if head.pos_ != "NOUN" or ctx.entities.for_token(head):
        return []
    owners = (o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")
    for owner in owners:
        key = ctx.entities.for_token(owner)
        if key is None or ctx.entities.get(key).type == "Person":
            continue
        after = [*owner.children, *owner.head.children]  # "the leader of the RSF, X": X hung on "of" or the RSF
        people = [k for c in after if _holds_role(ctx, c, owner) for k in entity_keys(ctx, c)
                  if ctx.entities.get(k).type == "Person"]
        if people:
            return people
    return []


def _holds_role(ctx: Context, name: Token, body: Token) -> bool:
    """Whether a name set off after a body is the holder of the role the body is "of": "the
    governor of Kursk, A", "leaders of the Gulf Cartel, B and C"."""
    of = body.head
    role = of.head if body.dep_ == "pobj" and of.lower_ == "of" else None
    key, body_key = ctx.entities.for_token(name), ctx.entities.for_token(body)
    hung = name.head.i == body.i and name.dep_ in ("appos", "conj") or name.head.i == of.i and name.dep_ == "pobj"
    return (role is not None and role.pos_ == "NOUN" and not ctx.entities.for_token(role)
            and hung and name.i > body.i and name.doc[name.left_edge.i - 1].text == ","
            and key is not None and body_key is not None and ctx.entities.get(key).type == "Person"
            and ctx.entities.get(body_key).type != "Person")


def _missed_modifier(ctx: Context, head: Token) -> list[str]:
    """A name the entity finder missed that classifies a common noun: "the Tren de Aragua gang"."""
    name = head.doc[head.i - 1] if head.i > head.sent.start else None
    if (head.pos_ != "NOUN" or name is None or name.pos_ != "PROPN" or name.dep_ != "compound" or name.head.i != head.i
            or ctx.entities.for_token(name)):
        return []
    missed = _missed_name(ctx, name)
    return [missed] if missed else []


def _missed_name(ctx: Context, head: Token) -> str | None:
    """A capitalised name the entity finder missed where a sanction names its target ("sanctions
    on Orion Freight"), kept as an organisation: the people sanctions name are found by the
    tagger, the companies, vessels and militias they name often are not."""
    first = head.i
    while first > head.sent.start:
        prev = head.doc[first - 1]
        if not (prev.dep_ in ("compound", "nmod") and first - 1 < prev.head.i <= head.i
                and (prev.pos_ == "PROPN" or prev.lower_ in NAME_PARTICLES)):
            break
        first -= 1
    while first < head.i and head.doc[first].lower_ in NAME_PARTICLES:
        first += 1
    words = head.doc[first: head.i + 1]
    # a place may open a longer name ("Tehran Rotor Works"), not make one with a single word
    tagged = words[1:] if len(words) >= 3 and words[0].ent_type_ in ("GPE", "LOC") else words
    described = first > 0 and head.doc[first - 1].pos_ == "NOUN" and head.doc[first - 1].head.i == head.i
    # one word is a name only after a description of what it names ("Chinese chipmaker SMIC")
    if (len(words) < 2 and not described or any(t.ent_type_ in NOT_NAMES for t in tagged)
            or not all(t.is_alpha and (t.text[:1].isupper() or t.lower_ in NAME_PARTICLES) for t in words)):
        return None
    start, end = words.start_char, words.end_char
    name = ctx.article.text[start:end]
    key = entity_key("Organization", name)
    if key not in ctx.entities.drafts:
        ctx.entities.drafts[key] = EntityDraft(key=key, name=name, type="Organization")
    ctx.entities.add_mention(start, end, key)
    return key


def _only_owner(ctx: Context, head: Token, key: str, words: SanctionWords) -> bool:
    """A name that only modifies a group is not what a sanction on the group hits: "Assad regime
    officials", "Putin's allies" are not Assad or Putin (but "Putin's assets" are his); a counted
    group ("eight Syrian prisons") is that many designations, not a sanction on its country, nor a
    counted group of people on their organisation ("one senior RSF commander"), and private people
    ("Russian oligarchs") are not their state."""
    kind = ctx.entities.get(key).type
    if kind not in ("Person", "Place", "Organization"):
        return False
    seen = False
    members = {t.i for c in head.children if c.dep_ == "prep" and c.lower_ in words.member_cues for t in c.subtree}
    for tok in head.subtree:
        if tok.i in members:
            continue  # "14 Chinese companies, including suppliers to China's chipmakers": the list is judged apart
        name = ctx.entities.for_token(tok)
        if name is None and tok.pos_ in ("ADJ", "PROPN") and tok.text[:1].isupper():
            name = ctx.entities.country_for_demonym(tok.text)
        if name != key or ctx.entities.for_token(tok.head) == key and tok.head.i != tok.i:
            continue  # only the last word of a name shows how it hangs in the phrase
        seen = True
        group = tok.head
        while group.dep_ == "compound" and group.head.pos_ == "NOUN":
            group = group.head  # "Assad regime officials": the group is the last noun
        if tok.dep_ not in ("compound", "poss", "amod", "nmod") or group.pos_ != "NOUN" or ctx.entities.for_token(group):
            return False
        counted = any(c.dep_ == "nummod" and c.like_num for c in group.children)
        people = load_role_nouns().get(group.lemma_.lower()) == "Person" or group.lemma_.lower() in words.sets["private"]
        if not (kind == "Person" and group.tag_ == "NNS" and group.lemma_.lower() not in words.sets["asset"]
                or kind == "Place" and (counted or group.lemma_.lower() in words.sets["private"])
                or kind == "Organization" and counted and people):
            return False
    return seen


def _real_conjuncts(ctx: Context, head: Token) -> list[Token]:
    """Conjuncts of a target, without places the parser joined to it from a location phrase
    ("companies registered in Panama, the UAE and Hong Kong") nor the legal form of its name set off
    by a comma ("Minera Cerro Azul, S.A. and its president")."""
    out = []
    suffixes = load_company_words()["suffix"]
    for conj in head.conjuncts:
        key = ctx.entities.for_token(conj)
        if key is not None and all(w.lower() in suffixes for w in ctx.entities.get(key).name.split()):
            continue
        between = head.doc[min(head.i, conj.i) + 1: max(head.i, conj.i)]
        if (head.pos_ == "NOUN" and key and is_place(ctx, key)
                and any(t.lower_ in ("in", "from", "at") or t.lemma_.lower() == "base" for t in between)):
            continue
        out.append(conj)
    return out


def _misread_coordinates(ctx: Context, head: Token) -> list[Token]:
    """Names joined by "and" to a named target that the parser made its modifiers: "sanctions on
    Raytheon and Lockheed Martin" read as Raytheon modifying Martin."""
    own = ctx.entities.for_token(head)
    if own is None:
        return []
    return [c for c in head.children if c.dep_ in ("nmod", "compound") and c.i < head.i
            and any(g.dep_ == "cc" for g in c.children) and ctx.entities.for_token(c) not in (None, own)]


def _list_read_as_apposition(ctx: Context, head: Token) -> list[Token]:
    """The rest of a list of names the parser hung on its first item as an apposition: "A, B S.A.,
    C Corp. and D Inc. are being designated" read as A = B, with C and D coordinated to B. An
    apposition with conjuncts of its own is such a list; a single one is a second name ("X, Y,")."""
    if head.pos_ != "PROPN" and ctx.entities.for_token(head) is None:
        return []
    return [t for appos in head.children if appos.dep_ == "appos" and ctx.entities.for_token(appos)
            and any(c.dep_ == "conj" for c in appos.children) for t in (appos, *_real_conjuncts(ctx, appos))]


def _described_last_items(ctx: Context, head: Token) -> list[Token]:
    """The name of a list's last item given after its description ("added A, B and a third company,
    C, to the Entity List"), which the parser hung on an earlier named item: after an unnamed noun of
    the list, the name is that noun's, not a second name of the item before it."""
    items = [head, *head.conjuncts]
    named = [t for t in items if ctx.entities.for_token(t)]
    return [appos for item in named for appos in item.children
            if appos.dep_ == "appos" and ctx.entities.for_token(appos)
            and any(t.pos_ == "NOUN" and not ctx.entities.for_token(t) and item.i < t.i < appos.i for t in items)]


def _items_after_description(ctx: Context, head: Token) -> list[Token]:
    """The next item of a list after a named item's description, which the parser hung inside that
    description: "listed X, a payment provider used to pay voters, and the Y Foundation, …" (Y a
    conjunct of "provider"), "X, a shipping company whose vessels carried shells, and its director,
    Z" (Z the apposition of a role joined inside the description). Only an item set off by ", and"
    whose first conjunct is not itself a name ("a firm that served A, B, and C" lists A's partners)."""
    if ctx.entities.for_token(head) is None:
        return []
    items: list[Token] = []
    for description in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                        and not ctx.entities.for_token(c)):
        for conj in (t for t in description.subtree if t.dep_ == "conj" and t.i > description.i):
            first = conj
            while first.dep_ == "conj":
                first = first.head
            start = conj.left_edge.i
            if (ctx.entities.for_token(first) or start < 2 or conj.doc[start - 1].lower_ != "and"
                    or conj.doc[start - 2].text != ","):
                continue
            named = [conj] if ctx.entities.for_token(conj) else [c for c in conj.children if c.dep_ == "appos"]
            items.extend(t for t in named if (key := ctx.entities.for_token(t)) is not None and not is_place(ctx, key))
    return items


#: What sets names off after the description they name: "two traders, A and B", "the companies – A and B –".
SET_OFF = {",", "–", "—"}
#: What joins a second described group to a list of names: "A and B, as well as a businessman, C".
GROUP_LINKS = ("as well as", "along with")


def _described_group(group: Token) -> bool:
    """A common noun that describes whom a sanction hits without naming them: counted ("two fuel
    traders"), indefinite ("a Myanmar businessman") or pointing back ("the commanders"), not one
    that is someone's ("Russia's central bank, the Bank of Russia")."""
    return group.pos_ == "NOUN" and any(
        c.dep_ == "nummod" and c.like_num or c.dep_ == "det" and c.lower_ in ("a", "an", "the", "these", "those")
        for c in group.children)


def _names_set_off(ctx: Context, group: Token) -> list[Token]:
    """The names set off right after a described group, read in the text whatever the parser
    hung them on ("sanctions on two fuel traders, A and B, as well as a businessman, C"; "The three
    companies – A, B and C – bought …"; "the commanders, Brig. Gen. D and Col. E, had …"): titles
    and a place describing a name ("Dubai-based A", "Iran's B") skipped, a further described group
    after "as well as" followed; none when a name says something ("two banks, X said")."""
    doc = group.doc
    if (ctx.entities.for_token(group) is not None or not _described_group(group) or group.i + 2 >= len(doc)
            or doc[group.i + 1].text not in SET_OFF):
        return []
    names: list[Token] = []
    i = group.i + 2
    while i < len(doc):
        tok = doc[i]
        key = ctx.entities.for_token(tok)
        if key is not None:
            while i + 1 < len(doc) and ctx.entities.for_token(doc[i + 1]) == key:
                i += 1
            last = doc[i]
            describing = is_place(ctx, key) and (i + 1 < len(doc) and doc[i + 1].text in ("-", "'s", "’s")
                                                 or last.dep_ in ("compound", "nmod") and last.head.i > i)
            if last.head.i == i + 1 and last.dep_ in NOMINAL_SUBJECT_DEPS:
                return []
            if not describing:
                names.append(last)
        elif not (tok.text in SET_OFF or tok.lower_ == "and" or tok.text in ("-", "'s", "’s")
                  or is_title_head(tok) and tok.text[:1].isupper() or tok.text == "." and is_title_head(doc[i - 1])):
            break
        i += 1
    return names + _next_described_group(ctx, doc, i) if names else []


def _keys_set_off(ctx: Context, group: Token) -> list[str]:
    return [k for t in _names_set_off(ctx, group) if (k := ctx.entities.for_token(t)) is not None]


def _next_described_group(ctx: Context, doc: Doc, start: int) -> list[Token]:
    """The names of a second described group joined after a list ("…, as well as a Myanmar
    businessman, C", "…, and a banker, D"): the first common noun of a short phrase after the link."""
    words = " ".join(t.lower_ for t in doc[start: start + 3])
    link = next((k for k in GROUP_LINKS if words == k or words.startswith(k + " ")), None)
    if link is None and not (start > 0 and doc[start - 1].lower_ == "and"):
        return []
    first = start + (len(link.split()) if link else 0)
    for tok in doc[first: first + 6]:
        if tok.pos_ == "NOUN":
            return _names_set_off(ctx, tok)
        if tok.pos_ not in ("DET", "NUM", "ADJ", "PROPN", "VERB", "ADV") and tok.text not in ("-",):
            return []
    return []


def _group_lemmas(head: Token) -> set[str]:
    """What a group phrase is made of: "a network of shipping companies and middlemen" → network, company, middleman."""
    lemmas = {head.lemma_.lower()}
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                lemmas |= {t.lemma_.lower() for t in (obj, *obj.conjuncts)}
    return lemmas


def _non_places(ctx: Context, start: int, end: int) -> list[str]:
    return [k for k in ctx.entities.within(start, end) if not is_place(ctx, k)]


def _named_outside_clauses(ctx: Context, phrase: Token) -> list[str]:
    """The non-place names of a phrase, not those of its relative clauses ("X, who the Foreign Office
    said led the raids": X, not the Foreign Office) nor of a named item's description ("X, a leader of
    the Y gang coalition": X, not Y), up to the next item the parser joined to the description ("X, a
    Panama-registered firm, and Y")."""
    inside: set[str] = set()
    for clause in phrase.subtree:
        described = (clause.dep_ == "appos" and clause.pos_ == "NOUN" and ctx.entities.for_token(clause.head)
                     and not ctx.entities.for_token(clause))
        if clause.dep_ != "relcl" and not described:
            continue
        last = clause.right_edge
        if described:
            following = min((c.left_edge.i for c in clause.children if c.dep_ == "conj"), default=last.i + 1)
            last = clause.doc[max(clause.i, following - 1)]
        inside.update(ctx.entities.within(clause.left_edge.idx, last.idx + len(last.text)))
    end = phrase.right_edge.idx + len(phrase.right_edge.text)
    return [k for k in _non_places(ctx, phrase.left_edge.idx, end) if k not in inside]


def _members(ctx: Context, head: Token, words: SanctionWords, next_head: int | None = None) -> list[str]:
    """The named members of an unnamed group target: a list opened after it by "including" or
    "among them" in its sentence (unless another target stands between: the list belongs to the
    nearest group), and the object of "The companies include X and Y" in its own sentence ("the
    companies sanctioned today include X") or one of the next two."""
    sent = head.sent
    lower = columns(head.doc).lower
    keys: list[str] = []
    for i in range(head.i + 1, sent.end):
        rest = " ".join(lower[i: i + 2])
        cue = next((c for c in words.member_cues if rest == c or rest.startswith(c + " ")), None)
        if cue is None:
            continue
        if next_head is None or i < next_head:
            keys.extend(_list_items(ctx, head.doc[i]))
        break
    if head.dep_ == "pobj" and head.head.lower_ in words.member_cues and head.head.head.lemma_.lower() in words.sets["member-verb"]:
        # "Among the firms named were X and Y": the members are the subject the inversion puts after the verb
        keys.extend(k for c in head.head.head.children if c.dep_ in ("nsubj", "attr") and c.i > head.i
                    for k in _named_outside_clauses(ctx, c))
    if any(c.dep_ == "nummod" and c.lower_ in ("one", "1") for c in head.children):
        return list(dict.fromkeys(keys))  # "removed one individual, X": one member, named beside it
    kinds = _group_lemmas(head)
    if kinds & words.sets["member-kind"]:
        kinds |= words.sets["member-kind"]
    kinds |= words.sets["target-noun"]  # "The targets are X, Y and Z": whatever the group was
    following = sentences_after(head.doc, sent.end, 2)
    for later in (sent, *following):
        for tok in later:
            if tok.lemma_.lower() not in kinds:
                continue
            pointing_back = later is not sent and any(c.lower_ in ("the", "these", "those") for c in tok.children)
            if not (tok.i == head.i or pointing_back):
                continue
            naming = _naming_clauses(tok, words)
            if naming:
                for verb, subject in naming:
                    keys.extend(k for obj in _named_by(verb, subject) for k in _named_outside_clauses(ctx, obj))
            elif tok.dep_ in NOMINAL_SUBJECT_DEPS and later is not sent:
                # "The two companies, A and B, are accused of …": the members in apposition
                keys.extend(k for c in tok.children if c.dep_ == "appos" for k in entity_keys(ctx, c)
                            if not is_place(ctx, k))
    return list(dict.fromkeys(keys))


RELATIVE_SUBJECTS = {"which", "that"}


def _naming_clauses(group: Token, words: SanctionWords) -> list[tuple[Token, Token]]:
    """The clauses naming a group's members, as (verb, the group's word in it): the group as subject
    ("The companies include X") or its relative clause ("The listed companies, which include X, …")."""
    clauses = [(group.head, group)] if group.dep_ == "nsubj" and group.head.lemma_.lower() in words.sets["member-verb"] else []
    for clause in group.children:
        relative = next((c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS), None)
        if clause.dep_ == "relcl" and relative is not None and clause.lemma_.lower() in words.sets["member-verb"] \
                and clause.lemma_ != "be":  # "the firms, which are based in Dubai": no list of names
            clauses.append((clause, relative))
    return clauses


def _list_items(ctx: Context, cue: Token) -> list[str]:
    """What a list opened by "including" names, up to a semicolon: each named item, not the names
    inside its description ("X, a Hezbollah financier who worked for Bank Y") nor a second name
    in apposition to a named item."""
    sent = cue.sent
    stop = next((t for t in sent if t.i > cue.i and t.lower_ == ";"), None)
    end = stop.idx if stop is not None else sent.end_char
    keys: list[str] = []
    for key in _non_places(ctx, cue.idx, end):
        for start, stop_char in ctx.entities.mentions_of(key):
            span = cue.doc.char_span(start, stop_char, alignment_mode="expand")
            if span is not None and cue.idx <= start < end and _list_item(ctx, span.root, cue):
                keys.append(key)
                break
    return keys


def _list_item(ctx: Context, root: Token, cue: Token) -> bool:
    first = root
    while first.dep_ == "conj" or first.dep_ == "compound" and first.head.pos_ == "PROPN":
        first = first.head  # "a Houthi and IRGC-QF associate": a conjunct takes its first one's role
    title = root.head
    if (root.dep_ in ("compound", "nmod") and not ctx.entities.for_token(title)
            and (is_title_head(title) or load_role_nouns().get(title.lower_) == "Person")):
        return False  # "Labour Party MP A": the party describes the item, whose title it qualifies
    description = first.head.pos_ == "NOUN" and not ctx.entities.for_token(first.head)
    if first.dep_ in ("compound", "nmod", "amod", "poss") and description:
        return False
    if (root.dep_ == "appos" and ctx.entities.for_token(root.head)
            and not any(c.dep_ in ("cc", "conj") for c in root.children)  # "A, B, C and D" read as A = B
            and not _holds_role(ctx, root, root.head) and not _list_goes_on(ctx, root)
            and not _names_described_item(ctx, root)):
        return False  # a second name for a named item, not the next item of "A, B and C"
    if root.dep_ in NOMINAL_SUBJECT_DEPS and root.head.i > root.i and root.head in cue.ancestors:
        return False  # "… including A and B, were added to the list, the ministry said": the subject of the clause holding the list
    return not any(a.dep_ in ("relcl", "acl") for a in root.ancestors if a.i > cue.i)


def _names_described_item(ctx: Context, appos: Token) -> bool:
    """Whether a name the parser set off after a named item is the name of the item described after it:
    "A and the commander of the police, B" (B hung on A, past the unnamed "commander" joined to A)."""
    named = appos.head
    return any(c.dep_ == "conj" and c.pos_ == "NOUN" and not ctx.entities.for_token(c) and named.i < c.i < appos.i
               for c in named.children)


def _list_goes_on(ctx: Context, item: Token) -> bool:
    """Whether a name after a named item is the next item of a list that goes on: "A, B of Dubai and
    C" (B set off as A's apposition, C after it), not a second name of A ("A, B, was designated")."""
    doc = item.doc
    after = [t for t in doc[item.i + 1: item.sent.end]]
    link = next((t for t in after if t.lower_ in ("and", ",", ";", ".") and not t.ent_type_), None)
    if link is None or link.lower_ not in ("and", ","):
        return False
    following = [t for t in doc[link.i + 1: min(link.i + 5, item.sent.end)] if ctx.entities.for_token(t)]
    return any(not is_place(ctx, k) for t in following if (k := ctx.entities.for_token(t)) is not None
               and k != ctx.entities.for_token(item))


def _sector(phrases: list[Token], noun: Token, words: SanctionWords) -> str | None:
    tokens = [t for p in phrases for t in p.subtree] + [c for c in noun.children if c.dep_ in ("compound", "amod")]
    for tok in tokens:
        for form in (tok.lower_, tok.lemma_.lower()):
            if form in words.tables["sector"]:
                return words.tables["sector"][form]
    return None


def _program(ctx: Context, token: Token, words: SanctionWords) -> str | None:
    match = words.program.search(token.sent.text)
    if not match:
        return None
    name = (match.group(1) or match.group(2)).strip().rstrip(".,;:")
    return re.sub(r"^(?:The|Under|Its|Their)\s+", "", name)


@dataclass
class Draft:
    """A sanction before its imposers are settled: a first-person ("we are designating") or
    agentless ("were sanctioned today") one takes them from the text around it, where one with
    imposers but no named target ("OFAC is sanctioning six entities") still names who acts."""

    token: Token
    imposers: list[str]
    targets: list[str]
    status: str
    sector: str | None
    clause: str
    implicit: str | None  # "we", "i", "agentless" or "administration": the imposers come from the context
    happening: bool = True  # False for a release's description of a target (its event is the lead's) and for a
    # sanction someone is urged to take (the event is the request, which find_events reads from the urging verb)
    answering: bool = False  # a counter-measure: with no target of its own, aimed at the last imposer


def _record(ctx: Context, draft: Draft) -> Sanction:
    token, status, imposers, targets = draft.token, draft.status, draft.imposers, draft.targets
    evidence = Span.of(ctx.article.text, *sentence_bounds(ctx, token))
    published = ctx.article.date_published
    date = date_for(token, published, future=status == "Proposed")
    event_status = "Occurred"
    if status == "Proposed":
        event_status = "Hypothetical" if draft.clause == "Hypothetical" else "Planned"
    event = Event(
        event_type=STATUS_EVENT[status],  # type: ignore[arg-type]
        trigger=token.text,
        actors=tuple(imposers),
        targets=tuple(targets),
        date=date,
        status=event_status,  # type: ignore[arg-type]
        evidence=(evidence,),
    )
    return Sanction(imposed_by=tuple(imposers), targets=tuple(targets), status=status,  # type: ignore[arg-type]
                    sector=draft.sector, program=_program(ctx, token, load_words()), date=date,
                    evidence=evidence, event=event if draft.happening else None)


def _from_noun(ctx: Context, token: Token, words: SanctionWords) -> Draft | None:
    noun = _container(token, words)
    frame, status = _frame(noun, words)
    clause = status_of(frame.head.head if frame is not None and _joined_to_report(frame) else frame or noun)
    if clause == "Planned" and frame is not None and _decided(frame, words):
        clause = "Occurred"
    if clause in ("Negated", "Cancelled") or (frame is not None and _not_yet(frame)):
        return None
    if status is None and frame is None and _standing(noun):
        status = "Imposed"  # "he would challenge the US sanctions against him": the plan is his, not theirs
    elif status is None:
        status = words.tables["action-noun"].get(noun.lemma_.lower()) or FROM_CLAUSE[clause]
    elif status == "Imposed" and clause in ("Planned", "Hypothetical") and not (
            clause == "Planned" and _in_force_from(noun, words)):
        status = "Proposed"
    if frame is not None and frame.pos_ == "VERB":
        status = _instrument_status(frame, words, status)
        if status in ("Imposed", "Proposed") and _conditional(frame):
            status = "Threatened"
    elif status == "Proposed" and noun.dep_ == "dobj" and _conditional(noun.head):
        status = "Threatened"  # "X could face sanctions if it continues": held out on a condition
    answering = _counter_measure(noun, words)
    if answering and status == "Proposed" and not (frame is not None and words.tables["issue-verb"].get(frame.lemma_.lower())):
        status = "Threatened"  # "would take necessary measures": a retaliation held out, not a plan put forward
    imposers, voiced = _imposers(ctx, noun, frame)
    warning = _warning_of(noun, words) if not imposers and not voiced else None
    if warning is not None:  # "Trump warned that Russia would face sanctions": Trump threatens them
        subject = _prose_subject(ctx, warning)
        imposers, status = (_parties(ctx, subject) if subject is not None else []), "Threatened"
    phrases = _target_phrases(ctx, noun, frame, token)
    held = _measure_held(noun, words)
    targets = _targets(ctx, phrases, imposers)
    if not held:  # "X is subject to a travel ban, which bars them from the EU": its holders, not where it applies
        targets += [k for k in _listed(ctx, noun) if k not in targets and k not in imposers]
    if noun.lemma_.lower() in words.sets["trade-noun"]:  # "tariffs on EU pork": on a state's goods, not on a firm
        targets = [k for k in targets if _trading_party(ctx, k)]
    agentless = ((frame is not None and frame.pos_ == "VERB" and (any(c.dep_ == "nsubjpass" for c in frame.children)
                                                                   or _shared_passive_subject(frame) is not None)
                  and not any(c.dep_ == "agent" for c in frame.children))  # "X was added to the SDN List"
                 or (frame is not None and frame.pos_ == "NOUN")  # "the termination of the sanctions program"
                 or _names_an_act(noun, words)  # "today's action targets X"
                 or _listing_subject(noun)  # "The sanctions target X": the ones just reported
                 or _sanctions_as_subject(frame, words)  # "The package also imposes a freeze on X"
                 or held)  # "X and Y are subject to an asset freeze"
    if not targets and (imposers or agentless):
        targets = _named_programme(ctx, token, noun, imposers)
    if not (imposers or targets and (voiced or agentless)):
        return None
    implicit = None if imposers else "we" if voiced else "agentless"
    return Draft(token, imposers, targets, status, _sector(phrases, noun, words), clause, implicit,
                 answering=answering)


def _counter_measure(noun: Token, words: SanctionWords) -> bool:
    """"Countermeasures", "reciprocal measures", "necessary measures to protect its firms", "restrictions
    of its own": a measure answering another party's sanction."""
    own = any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ == "own" and any(p.dep_ == "poss" for p in o.children)
                                                             for o in c.children) for c in noun.children)
    return own or noun.lemma_.lower() in words.sets["counter"] or any(
        c.dep_ == "amod" and c.lemma_.lower() in words.sets["counter"] for c in noun.children)


def _answered_imposers(ctx: Context, draft: Draft, drafts: list[Draft]) -> list[str]:
    """Whom a counter-measure with no target of its own answers: the imposers of the nearest sanction
    before it that is not its own ("The UK sanctioned five officials. … Tbilisi reserved the right to take
    reciprocal measures" → the UK), one aimed at the answering party first."""
    earlier = [d for d in drafts if d.imposers and d.token.i < draft.token.i and not set(d.imposers) & set(draft.imposers)
               and draft.token.idx - d.token.idx <= ANAPHORA_WINDOW]
    aimed = [d for d in earlier if set(d.targets) & set(draft.imposers)]
    chosen = (aimed or earlier)[-1:]
    return [k for d in chosen for k in d.imposers]


def _in_force_from(token: Token, words: SanctionWords) -> bool:
    """A sanction announced as what "will" be done and given the day it takes effect, in its sentence or
    the next ("China will impose tariffs on X. The levies take effect on Dec. 15", "… which come into force
    immediately"): a decision taken, not a plan; one that "would take effect" stays a proposal. Two
    sentences further on, the day must be given for the measure itself, taken up by its own noun ("The
    robot tariff, which will take effect on Oct. 15, …")."""
    for n, sent in enumerate(sentences_after(token.doc, token.sent.start, 4)):
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX") or not words.sets["in-force"] & _phrase_forms(verb):
                continue
            if n > 1 and not _takes_up(verb, token):
                continue
            dated = any(t.ent_type_ in DATE_LABELS or t.lower_ in ("immediately", "today") for t in verb.subtree)
            if dated and status_of(verb) in ("Occurred", "Planned") and not _conditional(verb):
                return True
    return False


def _takes_up(verb: Token, measure: Token) -> bool:
    """Whether a verb's subject is the measure named again with a definite article: "the robot tariff"
    (or "the tariff, which will take effect …") for "a 25% tariff on Japanese robots"."""
    subject = verb.head if verb.dep_ == "relcl" else subject_of(verb)
    return (subject is not None and subject.lemma_.lower() == measure.lemma_.lower()
            and any(c.dep_ == "det" and c.lower_ in ("the", "these", "this") for c in subject.children))


def _phrase_forms(verb: Token) -> set[str]:
    """A verb with its particle, object or prepositional phrase: "take effect", "come into force", "kick in"."""
    lemma = verb.lemma_.lower()
    forms = {phrase_lemma(verb)}
    for child in verb.children:
        if child.dep_ == "dobj":
            forms.add(f"{lemma} {child.lower_}")
        elif child.dep_ == "prep":
            forms.update(f"{lemma} {child.lower_} {o.lower_}" for o in child.children if o.dep_ == "pobj")
    return forms


def _trading_party(ctx: Context, key: str) -> bool:
    """A party whose goods a tariff is levied on: a country, or a body with a people's name of its own
    (the EU's goods are "European")."""
    entry = ctx.entities.gazetteer.lookup(ctx.entities.get(key).name)
    return is_country(ctx, key) or entry is not None and bool(entry.demonyms)


def _measure_held(noun: Token, words: SanctionWords) -> bool:
    """"X and Y are subject to an asset freeze and a travel ban": the named measures a designation
    brings, said of its targets; whose they are is the nearest sanction's that names its imposer. Plain
    "sanctions" someone is under ("Iran, which is subject to sanctions") may be anyone's."""
    measure = words.tables["noun"].get(noun.lemma_.lower())
    return bool(measure) and measure != "anaphoric" and bool(_holders(noun, words))


def _warning_of(noun: Token, words: SanctionWords) -> Token | None:
    """The warning a sanction someone would face is held out in: "warned that Russia would face
    sanctions", "warned NIS that it could face sanctions" → warned (a plain "said" threatens nothing)."""
    state = noun.head
    modal = any(c.tag_ == "MD" for c in state.children)
    if noun.dep_ != "dobj" or state.lemma_.lower() not in words.sets["state"] or not modal:
        return None
    warning = state.head
    return warning if state.dep_ == "ccomp" and words.tables["frame"].get(warning.lemma_.lower()) == "Threatened" else None


def _listing_subject(noun: Token) -> bool:
    """"The sanctions target X", "These measures hit Y", "They apply to Z", "The package targets W":
    sanctions spoken of before, named by their targets; whose they are is the nearest sanction's
    that names its imposer."""
    return (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in LISTING_VERBS | REACH_VERBS
            and (noun.tag_ == "NNS" or noun.pos_ == "PRON" or noun.lemma_.lower() in load_words().sets["container"])
            and _spoken_of_before(noun))


def _sanctions_as_subject(frame: Token | None, words: SanctionWords) -> bool:
    """"The package also imposes an asset freeze on X", "These sanctions add a ban on Y": sanctions
    spoken of before, the subject of a further one; whose they are is the nearest sanction's that
    names its imposer."""
    if frame is None or frame.pos_ != "VERB":
        return False
    subject = subject_of(frame)  # "The package adds X …, and imposes a ban on Y" parsed with a misplaced conjunct
    return subject is not None and subject.dep_ == "nsubj" and _sanctions_named_before(subject, words)


def _sanctions_named_before(subject: Token, words: SanctionWords) -> bool:
    """"The sanctions", "these measures", "the package", "they": sanctions already reported."""
    lemma = subject.lemma_.lower()
    return (lemma in words.tables["noun"] or lemma in words.sets["container"] or subject.pos_ == "PRON") and _spoken_of_before(subject)


def _spoken_of_before(noun: Token) -> bool:
    """A noun with a determiner that points back ("the sanctions", "these measures", "this package"),
    or a pronoun standing for sanctions just named ("They target 12 officials")."""
    return (any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in noun.children)
            or _stands_for_sanctions(noun, load_words()))


def _stands_for_sanctions(pronoun: Token, words: SanctionWords) -> bool:
    """"The EU imposed new sanctions on Wednesday. They target …": a subject pronoun whose nearest
    common noun before it, in its sentence or the one before, is a sanction (or a package of them)
    of its number."""
    number = SANCTION_PRONOUNS.get(pronoun.lower_)
    if number is None or pronoun.dep_ != "nsubj":
        return False
    doc = pronoun.doc
    start = _previous_sentence_start(pronoun)
    before = next((doc[i] for i in range(pronoun.i - 1, start - 1, -1) if doc[i].pos_ == "NOUN"), None)
    # "The package adds … five banks. It also freezes …": the subject of the sentence before
    previous_subject = next((t for t in doc[start: pronoun.sent.start] if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
    return any(noun is not None and noun.tag_ == number and (
        noun.lemma_.lower() in words.sets["container"] or noun.lemma_.lower() in words.tables["noun"] and _names_sanction(noun, words))
        for noun in (before, previous_subject if pronoun.sent.start > start else None))


def _standing(noun: Token) -> bool:
    """Sanctions named as known and their imposer with them ("the US sanctions on X", "Washington's
    sanctions"): sanctions in force, whatever the clause around them plans."""
    before = [c for c in noun.children if c.i < noun.i]
    definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "its", "their")) for c in before)
    owner = any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ == "PROPN" or c.dep_ == "poss" for c in before)
    return definite and owner


def _named_programme(ctx: Context, token: Token, noun: Token, imposers: list[str]) -> list[str]:
    """The country a sanctions programme is named for when someone else runs it: "the US lifted
    its Iran sanctions", "the termination of the Zimbabwe sanctions program"."""
    modifiers = [c for w in {token.i: token, noun.i: noun}.values() for c in w.children if c.dep_ == "compound"]
    keys = [ctx.entities.for_token(c) for c in modifiers]
    return [k for k in dict.fromkeys(keys) if k and k not in imposers and is_country(ctx, k)]


def _container(token: Token, words: SanctionWords) -> Token:
    """The noun a sanction word is part of, whose frame and targets are the sanction's: "a
    sanctions package", "a second package of sanctions that would add X"."""
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        return token.head
    if (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN"
            and token.head.head.lemma_.lower() in words.sets["container"]):
        return token.head.head
    return token


def _listed(ctx: Context, noun: Token) -> list[str]:
    """Everything named in the list a relative clause gives ("the package, which targets A, B and
    C"), read off the text up to the clause's end: long lists are where the parser most often
    attaches items to the wrong word. A clause in the subject ends where its main verb begins ("The
    sanctions, which cover X, were rolled over …, Y told reporters")."""
    keys: list[str] = []
    sent = noun.sent
    main = noun.head
    for verb in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in LISTING_VERBS):
        stop = next((t for t in sent if t.i > verb.i and t.lower_ in (";", "who", "whom", "which", "that")), None)
        if noun.dep_ in NOMINAL_SUBJECT_DEPS and main.i > verb.i and (stop is None or main.i < stop.i):
            stop = min((c for c in main.children if c.dep_ in ("aux", "auxpass") and c.i > verb.i), default=main)
        end = stop.idx if stop is not None else sent.end_char
        keys.extend(_non_places(ctx, verb.idx + len(verb.text), end))
    return keys


def _verb_status(token: Token, words: SanctionWords) -> str | None:
    """The status a verb that is itself a sanction reports, or None when it is not one here."""
    lemma = token.lemma_.lower()
    if lemma in words.tables["verb"]:
        return words.tables["verb"][lemma]
    if lemma in words.tables["context-verb"] and _sanction_context(token, words):
        return words.tables["context-verb"][lemma]
    if lemma in words.tables["asset-verb"] and any(c.lemma_.lower() in words.sets["asset"] for c in patients_of(token)):
        return words.tables["asset-verb"][lemma]
    return None


def _from_verb(ctx: Context, token: Token, words: SanctionWords, status: str) -> Draft | None:
    clause = status_of(token.head.head if _joined_to_report(token) else token)
    if clause == "Planned" and _decided(token, words):
        clause = "Occurred"
    if clause in ("Negated", "Cancelled") or _not_yet(token):
        return None
    _, intent = _frame(token, words)
    if intent in ("Threatened", "Proposed") and status == "Imposed":
        status = intent  # "threatened to sanction X", "plans to blacklist X"
    elif clause in ("Planned", "Hypothetical") and not (clause == "Planned" and _in_force_from(token, words)):
        status = "Proposed"
    status = _instrument_status(token, words, status)
    if status in ("Imposed", "Proposed") and _conditional(token):
        status = "Threatened"
    subject = _body_hung_on_date(token, _prose_subject(ctx, token) or _subject_split_off(token))
    if subject is not None and _sanctions_named_before(subject, words):
        subject = None  # "The new measures freeze the assets of X": whose the measures are is said before
    measure = token.head
    if (subject is not None and subject.i == measure.i and token.dep_ in ("acl", "relcl")
            and words.tables["noun"].get(measure.lemma_.lower()) and measure.head.pos_ == "VERB"):
        # "decided to implement measures to freeze the assets of X": who takes the measures
        subject = _prose_subject(ctx, measure.head)
        clause = status_of(measure.head)
        if clause == "Planned" and _decided(measure.head, words):
            clause = "Occurred"
        if clause in ("Negated", "Cancelled"):
            return None
        status = FROM_CLAUSE.get(clause, status) if status == "Imposed" else status
    phrases = [_relative_object(c) for c in patients_of(token) if not _location_read_as_object(ctx, c)]
    shared = _shared_passive_subject(token)
    if not phrases and shared is not None:  # "X is the director of Y and is being designated (by Z)"
        phrases = [shared]
        subject = None if subject is not None and subject.i == shared.i else subject
    if not phrases and token.dep_ not in ("acl", "amod"):
        phrases = _object_after(token)
    phrases += _accompanying(ctx, token, phrases)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)  # "OFAC's ability to designate"
    if not phrases and (token.dep_ == "acl" and not infinitive or token.dep_ == "amod" and _names_members(token.head, words)):
        # "the companies sanctioned today (by X)", "The listed individuals are A, B and C"
        agent = agent_of(token)
        group = token.head
        if group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.pos_ == "NUM":
            group = group.head.head  # "X, one of the lenders sanctioned last year": the one
        if group.dep_ == "appos" and ctx.entities.for_token(group.head):
            group = group.head  # "X, a Greek tanker operator designated last year": X, not Greece
        phrases, subject = _named_for(group, words) or [group], agent
    if subject is not None and not phrases and _unnamed_group(ctx, subject, words):
        phrases, subject = [subject], None  # "the six companies sanctioned today include …" read as active
    imposers = _parties(ctx, subject) if subject is not None else []
    implicit = ("agentless" if subject is None else "administration" if not imposers and _the_administration(ctx, subject)
                else "we" if subject.lower_ in FIRST_PERSON_PLURAL and not imposers
                else "i" if subject.lower_ == "i" and not imposers else None)
    targets = _targets(ctx, phrases, imposers)
    if not (imposers or targets and implicit):
        return None
    return Draft(token, imposers, targets, status, _sector(phrases, token, words), clause, implicit)


def _location_read_as_object(ctx: Context, phrase: Token) -> bool:
    """A place the parser made a second object of the verb that goes on listing the places of a
    location phrase before it: "sanctioning five entities based in Iran, the PRC and Hong Kong" with
    "the PRC" read as sanctioned."""
    key = ctx.entities.for_token(phrase)
    start = phrase.left_edge.i
    if key is None or not is_place(ctx, key) or start < 2 or phrase.doc[start - 1].text != ",":
        return False
    place = phrase.doc[start - 2]
    before = ctx.entities.for_token(place)
    while before is not None and place.dep_ != "pobj" and ctx.entities.for_token(place.head) == before:
        place = place.head
    return (before is not None and is_place(ctx, before) and place.dep_ == "pobj"
            and place.head.lower_ in ("in", "from", "at"))


def _body_hung_on_date(verb: Token, subject: Token | None) -> Token | None:
    """The subject of a release's opening "WASHINGTON — Today, the Treasury's Office of Foreign Assets
    Control (OFAC) is designating …", where the dateline glued to it leads the parser to hang the body on
    "Today" as its apposition or conjunct, leaving the verb with no subject or with "Today" as one: that
    body."""
    if subject is not None and subject.ent_type_ not in DATE_LABELS:
        return subject
    date = next((c for c in verb.children if c.dep_ in ("npadvmod", "nsubj") and c.ent_type_ in DATE_LABELS), None)
    body = next((c for c in date.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"), None) if date else None
    return body or subject


def _subject_split_off(verb: Token) -> Token | None:
    """The subject of a reported clause the parser split at a hyphenated verb of a relative clause
    inside it ("announced that A and the other members of B, which it co-chairs with C, had designated
    X", read with "co-chairs" as the clause and "had designated" left without a subject): the first
    subject between the clause's "that" and the verb, outside the relative clause."""
    if verb.dep_ != "ccomp" or verb.head.i > verb.i or not any(c.dep_ == "aux" for c in verb.children):
        return None
    mark = next((t for t in verb.doc[verb.head.i + 1:verb.i] if t.dep_ == "mark" and t.lower_ == "that"), None)
    if mark is None:
        return None
    return next((t for t in verb.doc[mark.i + 1:verb.i] if t.dep_ in NOMINAL_SUBJECT_DEPS
                 and mark.i < t.head.i <= verb.i and t.head.dep_ != "relcl" and t.tag_ not in ("PRP", "WDT", "WP")),
                None)


def _the_administration(ctx: Context, subject: Token) -> bool:
    """"The Administration designated X": a government's release (and news of it) naming the government
    it speaks for by its common noun; that is the state of the nearest sanction's imposer that is named."""
    return (subject.lemma_.lower() == "administration" and ctx.entities.for_token(subject) is None
            and [c.lower_ for c in subject.children] == ["the"])


def _relative_object(obj: Token) -> Token:
    """Whom a relative pronoun object stands for: "Kupol JSC, which OFAC designated in May 2024" → Kupol."""
    clause = obj.head
    if obj.tag_ == "WDT" and obj.dep_ == "dobj" and clause.dep_ == "relcl":
        return relative_antecedent(clause.head)
    return obj


def _shared_passive_subject(verb: Token) -> Token | None:
    """The subject a passive verb takes from the clause it is coordinated with ("X is the general
    director of Y and is being designated"): the one who undergoes it."""
    if verb.dep_ != "conj" or not has_passive_auxiliary(verb) or own_subject(verb) is not None:
        return None
    return own_subject(verb.head)


def _names_members(group: Token, words: SanctionWords) -> bool:
    """A group that is the subject of a verb naming its members ("The listed individuals are A and B")."""
    return group.dep_ == "nsubj" and group.head.lemma_.lower() in words.sets["member-verb"]


def _object_after(verb: Token) -> list[Token]:
    """The noun phrase right after a sanction verb the parser gave no object: "designated X pursuant
    to E.O. 13224" is often read as X modifying "pursuant", "designating the following companies
    pursuant to …" as their being its subject."""
    doc, end = verb.doc, verb.sent.end
    i = verb.i + 1
    while i < end and doc[i].dep_ in ("det", "amod", "advmod", "npadvmod", "nummod") and doc[i].pos_ != "PROPN":
        i += 1  # "designated today", "the following"
    if i >= end or doc[i].pos_ not in ("NOUN", "PROPN"):
        return []
    last = i
    while last + 1 < end and doc[last + 1].pos_ == doc[i].pos_:
        last += 1
    head = doc[last]
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "Nicaraguan gold mining company Minera Cerro Azul": the name the description runs into
    return [head] if verb in head.ancestors else []


def _named_for(pronoun: Token, words: SanctionWords) -> list[Token]:
    """Who "those sanctioned" are: the other arguments of the clause that names them ("Among those
    designated are X and Y", "Those sanctioned include X")."""
    if pronoun.pos_ != "PRON":
        return []
    if pronoun.dep_ == "pobj" and pronoun.head.lower_ in words.member_cues:
        verb = pronoun.head.head
    elif pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in words.sets["member-verb"]:
        verb = pronoun.head
    else:
        return []
    return _named_by(verb, pronoun)


def _named_by(verb: Token, group: Token) -> list[Token]:
    """The phrases a verb naming a group's members gives ("Those designated include A, B and C", "Among
    them are D and E"): its subject, attribute or object other than the group, and a last item the parser
    joined to the verb itself ("include A, B, and Hong Kong-registered C, which owns …")."""
    objects = [c for c in verb.children if c.dep_ in ("nsubj", "attr", "dobj") and c.i != group.i]
    last = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and objects
            and c.i > max(o.i for o in objects)]
    return objects + last


def _from_restriction(ctx: Context, token: Token, words: SanctionWords) -> Draft | None:
    """Restrictions that are sanctions though no sanction word names them: a curb on trade or
    travel with someone ("halted arms exports to X", "suspended export permits to X", "revoked
    the visas of X"), exclusion from SWIFT ("removed X from SWIFT") and an entry ban ("barred X
    from entering the country"; "X was barred from entering Britain": Britain bars); and their
    relief ("authorized transactions involving X": a lifting)."""
    lemma = token.lemma_.lower()
    if (lemma not in words.sets["curb-verb"] and lemma not in words.sets["exclusion-verb"] and lemma not in words.sets["entry-verb"]
            and lemma not in words.sets["relief-verb"] and lemma not in words.sets["membership-verb"]):
        return None  # asked of every verb: most are none of these
    objects = patients_of(token)
    froms = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children]
    relief = _relieves(token, objects, words)
    undergone = _curb_undergone(token, words)
    if lemma in words.sets["curb-verb"] and objects and _curbed(objects[0], words):
        curbed = objects[0]
        preps = [c for w in (curbed, token) for c in w.children if c.dep_ == "prep" and c.lower_ in CURB_PREPS]
        if any(p.lower_ in ("to", "with") for p in preps):  # "exports of Ontario power to U.S. states": "of" names the goods
            preps = [p for p in preps if p.lower_ != "of"]
        phrases = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        if curbed.lemma_.lower() in words.sets["entry"]:  # "barred entry to Britain": the place entered, not whom
            phrases = [p for p in phrases if _person_or_unnamed(ctx, p)]
        if not phrases or curbed.dep_ == "nsubjpass":
            return None  # "exports to X were halted": whose exports, and by whom, is unsaid
    elif lemma in words.sets["curb-verb"] and undergone is not None:
        phrases = [o for o in objects if o.dep_ == "nsubjpass"]  # "X and Y would be denied entry": X and Y
        entered = [o for c in undergone.children if c.dep_ == "prep" and c.lower_ == "to" for o in c.children]
        froms = froms + entered  # "denied entry to Britain": Britain bars
    elif lemma in words.sets["exclusion-verb"] and any(t.lower_ in words.sets["exclusion"] for f in froms for t in f.subtree):
        phrases = objects
    elif _bars_entry(ctx, token, words):
        phrases = objects
    elif _suspends_member(ctx, token, objects, words):
        phrases = objects
    elif relief:
        # "transactions with X", "transactions involving X"
        phrases = [o for w in objects[0].children if w.lower_ in RELIEF_PREPS or w.dep_ == "acl"
                   for o in w.children if o.dep_ in ("pobj", "dobj")]
    else:
        return None
    clause = status_of(token)
    if clause in ("Negated", "Cancelled"):
        return None
    status = FROM_CLAUSE[clause]
    if status == "Imposed":
        status = "Lifted" if relief else _intent(token, words) or status
    subject = _prose_subject(ctx, token) if token.dep_ != "acl" or _issuer(token, words) else None
    if relief and token.dep_ == "acl" and token.head.dep_ == "dobj":
        subject = _prose_subject(ctx, token.head.head)  # "OFAC issued a general licence allowing …": the issuer
    imposers = _parties(ctx, subject) if subject is not None and subject.dep_ != "nsubjpass" else []
    if not imposers and (lemma in words.sets["entry-verb"] or undergone is not None):
        # "barred from entering Britain", "barred from Britain", "were refused entry to Britain"
        imposers = [k for f in froms for t in f.subtree if t.dep_ in ("dobj", "pobj") for k in entity_keys(ctx, t)
                    if is_place(ctx, k)]
    passive = any(o.dep_ == "nsubjpass" for o in objects) and not any(c.dep_ == "agent" for c in token.children)
    targets = _targets(ctx, phrases, imposers)
    if not (imposers or targets and passive):
        return None
    implicit = None if imposers else "we" if _said_by_us(token) else "agentless"
    return Draft(token, imposers, targets, status, _sector([*phrases, *objects], token, words), clause, implicit)


def _ineligible_to_enter(ctx: Context, entry: Token, words: SanctionWords) -> Draft | None:
    """A visa ban in the words US releases give it: "X and Y are ineligible for entry into the United
    States", "renders X and his family members ineligible for entry": the country entered bars them."""
    state = entry.head.head if entry.dep_ == "pobj" and entry.head.lower_ == "for" else None
    if state is None or state.lemma_.lower() not in words.sets["entry-state"]:
        return None
    if state.dep_ == "acomp":
        phrases = [c for c in state.head.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    elif state.dep_ == "amod":  # "renders X and his family members ineligible": the members and who they are listed with
        phrases = [state.head.head if state.head.dep_ == "conj" else state.head]
    else:
        return None
    into = [o for c in entry.children if c.dep_ == "prep" and c.lower_ in ("into", "to") for o in c.children if o.dep_ == "pobj"]
    imposers = [k for o in into for k in entity_keys(ctx, o) if is_country(ctx, k)]
    clause = status_of(state.head if state.dep_ == "acomp" else state)
    if clause in ("Negated", "Cancelled") or not imposers:
        return None
    targets = _targets(ctx, phrases, imposers)
    return Draft(entry, imposers, targets, FROM_CLAUSE[clause], None, clause, None)


def _assets_had_frozen(ctx: Context, verb: Token, words: SanctionWords, drafts: list[Draft]) -> Draft | None:
    """"The four, including X and Y, will have any assets under U.S. jurisdiction frozen": the causative
    passive says what a sanction does to its targets, the subject of "have"; who freezes is the imposer of
    the sanction reported before, and what it brings ("will have") is as taken as that sanction."""
    if verb.lemma_.lower() != "have":
        return None
    subject = subject_of(verb)
    effect = next((t for t in verb.subtree if t.i > verb.i and t.tag_ in ("VBN", "NN", "JJ")
                   and words.tables["asset-verb"].get(t.lower_)), None)  # "frozen", often tagged a noun here
    if subject is None or effect is None:
        return None
    # "have any assets … frozen" (assets the object of "have"), "have their assets in the EU frozen" (of "frozen")
    assets = [c for w in (verb, effect) for c in w.children if c.dep_ in ("dobj", "nsubj") and c.i < effect.i
              and c.lemma_.lower() in words.sets["asset"]]
    clause = status_of(verb)
    if not assets or clause in ("Negated", "Cancelled"):
        return None
    taken = [d for d in drafts if d.status in TAKEN and d.imposers and d.token.i < verb.i]
    status = words.tables["asset-verb"][effect.lower_]
    if clause in ("Planned", "Hypothetical") and not (clause == "Planned" and taken):
        status = "Proposed"
    in_subject = ctx.entities.within(subject.left_edge.idx, verb.idx)  # not "… frozen in the EU"
    targets = [k for k in _targets(ctx, [subject], []) if k in in_subject]
    # what the sanction reported before brings is no happening of its own: its event is that sanction's
    return Draft(verb, [], targets, status, None, clause, "agentless", happening=not taken) if targets else None


def _suspends_member(ctx: Context, verb: Token, objects: list[Token], words: SanctionWords) -> bool:
    """A bloc suspending a member state ("The African Union suspended Niger", "ECOWAS suspended Mali
    from its bodies"): a state suspended by a body that is no state itself (a state "suspending" a
    state suspends a treaty or talks with it, not a membership)."""
    if verb.lemma_.lower() not in words.sets["membership-verb"] or not objects or objects[0].dep_ != "dobj":
        return False
    subject = _prose_subject(ctx, verb)
    suspended = entity_keys(ctx, objects[0])
    suspending = _parties(ctx, subject) if subject is not None else []
    return (bool(suspended) and all(is_country(ctx, k) for k in suspended)
            and bool(suspending) and not any(is_place(ctx, k) for k in suspending))


def _curbed(obj: Token, words: SanctionWords) -> bool:
    """What a curb restricts: exports, visas, entry; "privileges" only as export privileges (a denial
    order's), not a reporter's press privileges."""
    needs = words.tables["curbed"].get(obj.lemma_.lower())
    return needs is not None and (not needs or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in needs.split("|")
                                                   for c in obj.children))


def _curb_undergone(verb: Token, words: SanctionWords) -> Token | None:
    """The entry or visa a passive's subject is denied ("X would be denied entry", "Y was refused
    visas"): the object the passive keeps, a curb its subject undergoes rather than one on goods."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words.sets["entry"] | {"visa"}
                 and _curbed(c, words)), None)


def _relieves(verb: Token, objects: list[Token], words: SanctionWords) -> bool:
    """Relief from sanctions, where sanctions (or their licences) are spoken of: "authorized
    transactions involving X", "issued a general licence allowing transactions with X"."""
    lemma = verb.lemma_.lower()
    return (lemma in words.sets["relief-verb"] and bool(objects) and objects[0].lemma_.lower() in words.sets["relief"]
            and _sanction_context(verb, words))


def _bars_entry(ctx: Context, verb: Token, words: SanctionWords) -> bool:
    """An entry ban: "barred X from entering the country", "banned from travelling", "barred X from
    the UK" (a country, not "banned from the tournament")."""
    return any(f.dep_ == "pcomp" and f.lemma_.lower() in words.sets["entry"]
               or f.dep_ == "pobj" and any(is_country(ctx, k) for k in entity_keys(ctx, f))
               for f in _barred_from(verb, words))


def _barred_from(verb: Token, words: SanctionWords) -> list[Token]:
    """What an entry verb bars from ("from entering", "from the UK"), nothing for any other verb."""
    if verb.lemma_.lower() not in words.sets["entry-verb"]:
        return []
    return [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children]


def _lists_the_barred(noun: Token, words: SanctionWords) -> bool:
    """A list of those under an entry ban is a sanctions list: "its list of European officials
    banned from entering Russia"."""
    listed = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return any(f.dep_ == "pcomp" and f.lemma_.lower() in words.sets["entry"]
               for o in listed for acl in o.children if acl.dep_ == "acl" for f in _barred_from(acl, words))


def _person_or_unnamed(ctx: Context, token: Token) -> bool:
    """Whom a bar on entry can name after "to": a person ("entry to X") or an unnamed group ("to
    Russian warships"), never a named place or body, which is where entry is barred."""
    key = ctx.entities.for_token(token)
    return key is None or ctx.entities.get(key).type == "Person"


def _intent(token: Token, words: SanctionWords) -> str | None:
    """An intent verb governing the clause of a measure, across complement clauses: "we commit to
    ensuring that X are removed from SWIFT" is a proposal."""
    current = token
    while current.dep_ in COMPLEMENT_DEPS:
        current = current.head
        status = words.tables["frame"].get(phrase_lemma(current)) or words.tables["frame"].get(current.lemma_.lower())
        if status in ("Proposed", "Threatened"):
            return status
    return None


def _said_by_us(token: Token) -> bool:
    """Whether the clauses governing a measure have a first-person subject ("we commit to ensuring that …")."""
    current = token
    while current.dep_ in COMPLEMENT_DEPS:
        current = current.head
        if any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON_PLURAL for c in current.children):
            return True
    return False


def _unnamed_group(ctx: Context, token: Token, words: SanctionWords) -> bool:
    """"Individuals", "the companies": a group of the kind sanctions name, named nowhere in the phrase."""
    return (token.pos_ == "NOUN" and token.lemma_.lower() in words.sets["member-kind"]
            and not any(ctx.entities.for_token(t) for t in token.subtree))


def _sanction_context(token: Token, words: SanctionWords) -> bool:
    """"Designated", "listed": sanction verbs where sanctions (or their legal bases: "pursuant to
    E.O. 13224") are spoken of in the sentence or shortly before, the headline included, or where
    the verb counts its designees in a register's own words ("designated four individuals and two
    entities")."""
    if _counts_designees(token, words):
        return True
    start = max(0, token.idx - ANAPHORA_WINDOW)
    return bool(words.context.search(doc_text(token.doc), start, token.sent.end_char))


def _counts_designees(verb: Token, words: SanctionWords) -> bool:
    """The verb's object is a number of "individuals", "entities" or "persons": the words a sanctions
    register counts its designees in, which no other sense of "designate" takes with a count."""
    return any(noun.lemma_.lower() in words.sets["register-noun"] and any(c.dep_ == "nummod" for c in noun.children)
               for patient in patients_of(verb) for noun in (patient, *patient.conjuncts))


def _sanctions_mentioned_before(token: Token, words: SanctionWords) -> bool:
    """"The package", "measures": sanctions only when sanctions were spoken of shortly before, or in
    the noun's own sentence ("The measures, adopted as part of the 21st sanctions package, target X")."""
    start = max(0, token.idx - ANAPHORA_WINDOW)
    cols = columns(token.doc)
    _, sentence_end = sentence_tokens(token)
    if any(cols.lemma[i].lower() in ("sanction", "embargo") for i in range(token.i + 1, sentence_end)):
        return True
    for i in range(token.i - 1, -1, -1):
        if cols.idx[i] < start:
            return False
        if cols.lemma[i].lower() in ("sanction", "embargo"):
            return True
    return False


#: The kinds of the lexicon a verb can report a sanction by: itself (``_verb_status``), as a
#: restriction (``_from_restriction``) or as doing the same (``_echo``).
VERB_KINDS = ("verb", "context-verb", "asset-verb", "curb-verb", "exclusion-verb", "entry-verb", "relief-verb",
              "membership-verb", "echo")


@lru_cache(maxsize=1)
def _scanned_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lemmas under which a noun, and a verb, can report a sanction in ``find_sanctions``, which
    builds a Token only for those; "have" is the causative of "will have their assets frozen"."""
    words = load_words()
    nouns = frozenset().union(words.tables["noun"], words.tables["action-noun"], words.sets["entry"])
    return nouns, frozenset({"have"}.union(*(words.tables[kind] for kind in VERB_KINDS)))


def find_sanctions(ctx: Context) -> list[Sanction]:
    words = load_words()
    drafts: list[Draft] = []
    cols = columns(ctx.doc)
    nouns, verbs = _scanned_words()
    for i, (offset, pos) in enumerate(zip(cols.idx, cols.pos)):
        if offset < ctx.article.body_start or pos not in ("NOUN", "PROPN", "PRON", "VERB"):
            continue
        lemma = cols.lemma[i].lower()
        if lemma not in (verbs if pos == "VERB" else nouns) and pos != "PRON":
            continue  # most words: no Token built
        token = ctx.doc[i]
        draft = None
        if pos in ("NOUN", "PROPN") and (lemma in words.tables["noun"] or lemma in words.tables["action-noun"]):
            if _names_sanction(token, words) and (pos == "NOUN" or words.tables["noun"].get(lemma)):
                draft = _from_noun(ctx, token, words)
        elif pos == "NOUN" and lemma in words.sets["entry"]:
            draft = _ineligible_to_enter(ctx, token, words)  # "X is ineligible for entry into the United States"
        elif pos == "PRON" and _listing_subject(token):
            draft = _from_noun(ctx, token, words)  # "They target 12 officials"
        elif pos == "VERB":
            status = _verb_status(token, words)
            if status is not None:
                draft = _from_verb(ctx, token, words, status)
            else:
                draft = (_from_restriction(ctx, token, words) or _echo(ctx, token, words, drafts)
                         or _assets_had_frozen(ctx, token, words, drafts))
        if draft is not None:
            drafts.append(draft)
    for draft in drafts:
        if draft.implicit == "agentless":
            draft.status = _status_of_unnamed_lead(draft, drafts)
        if draft.implicit:
            imposers = _implicit_imposers(ctx, draft, drafts)
            if draft.implicit == "administration":
                imposers = list(dict.fromkeys(ctx.entities.country_of(k) or k for k in imposers))
            draft.imposers = [k for k in imposers if k not in draft.targets]
        if _urged_party(draft.token, words) is not None:
            draft.happening = False
    for draft in drafts:
        if draft.answering and draft.imposers and not draft.targets:
            draft.targets = _answered_imposers(ctx, draft, drafts)
    _members_named_later(ctx, drafts, words)
    _listed_under_colon(ctx, drafts, words)
    _among_the_sanctioned(ctx, drafts, words)
    found: list[Sanction] = []
    seen: set[tuple] = set()
    for draft in drafts + _described_under_lead(ctx, drafts, words):
        if not draft.imposers or not draft.targets:
            continue
        record = _record(ctx, draft)
        key = (record.evidence.start, record.imposed_by, record.targets, record.status)
        if key not in seen:
            seen.add(key)
            found.append(record)
    return found


def _members_named_later(ctx: Context, drafts: list[Draft], words: SanctionWords) -> None:
    """Designees a release names after its lead, in sentences of their own: "BIS added 21 entities to
    the Entity List. … 14 of the entities acted as fronts. Among them are A, B and C"; "the remaining
    seven entities, including D, had diverted items"; "The entities added today include E". A group
    pointing back ("the entities", "those listed") to the group a designation counted ("21 entities"),
    and a sentence opening "Among them" after such a group, name members that join the designation's
    targets (its imposer, status and date)."""
    leads = [d for d in drafts if d.imposers and d.status in TAKEN]
    if not leads:
        return
    previous = None
    cols = columns(ctx.doc)
    for sent in sentences_after(ctx.doc, leads[0].token.sent.start, len(ctx.doc)):
        named: list[tuple[Draft, list[str]]] = []
        # a group pointing back is a noun, the sanctioned ones are "those": no Token built for other words
        nouns = (ctx.doc[i] for i in range(sent.start, sent.end) if cols.pos[i] == "NOUN" or cols.lower[i] == "those")
        for group in (t for t in nouns if _points_back(t) or _sanctioned_ones(t, words) and t.dep_ == "nsubj"):
            lead = _lead_of(group, leads, words)
            if lead is not None:
                named.append((lead, _members(ctx, group, words) + _members_after_misread_participle(ctx, group, words)
                              + _keys_set_off(ctx, group)))
        among = _among_them(sent)
        if among is not None and previous is not None:
            lead = _lead_before(previous, leads, words)
            if lead is not None:
                verb = among.head.head
                phrases = _named_by(verb, among.head)
                named.append((lead, _targets(ctx, phrases, lead.imposers) + _list_items(ctx, verb)))
        they = _they_include(sent, words)
        if they is not None and previous is not None:
            lead = _lead_before(previous, leads, words)
            if lead is not None:
                phrases = _named_by(they.head, they)
                named.append((lead, _targets(ctx, phrases, lead.imposers) + _list_items(ctx, they.head)))
        for lead, keys in named:
            lead.targets.extend(k for k in dict.fromkeys(keys) if k not in lead.targets and k not in lead.imposers)
        previous = sent


def _among_the_sanctioned(ctx: Context, drafts: list[Draft], words: SanctionWords) -> None:
    """"Among the newly listed entities are A and B", "Among the Russian lenders hit are C", "Among
    those targeted is D", "The list includes E and F", "Also sanctioned were G and H": a sentence
    opening with a group its participle calls sanctioned, by no one it names, with the list just
    drawn up, or with a sanction participle before its subject, after a designation was
    reported: the names it goes on to give join the targets of the nearest designation before it that
    names or counts whom it hits ("on 38 individuals", not "the sanctions course of Washington"),
    whatever group that one counted."""
    leads = [d for d in drafts if d.imposers and d.status == "Imposed" and (d.targets or _counts_a_group(d.token))]
    if not leads:
        return
    for sent in sentences_after(ctx.doc, leads[0].token.sent.end, len(ctx.doc)):
        group = _sanctioned_group_opening(sent, words) or _the_list_includes(sent, words)
        also = _also_sanctioned(sent, words) if group is None else None
        earlier = [d for d in leads if d.token.i < sent.start and sent.start_char - d.token.idx <= ANAPHORA_WINDOW]
        if group is None and also is None or not earlier:
            continue
        # "Among the firms named": the designation that counted firms, before a counter-measure reported since
        lead = (_lead_of(group, earlier, words) if group is not None and group.pos_ == "NOUN" else None) or earlier[-1]
        if also is not None:
            verb = also
            phrases = [c for t in (also, sent[2]) for c in t.children
                       if c.dep_ in NOMINAL_SUBJECT_DEPS | {"attr", "dobj", "conj"} and c.i > sent[2].i]
        else:
            opening = group.head if group.head.lower_ == "among" else group
            verb = opening.head
            phrases = _named_by(verb, opening) + [c for c in verb.children if c.dep_ == "nsubjpass" and c.i != opening.i]
        keys = [k for k in _targets(ctx, phrases, lead.imposers) + _list_items(ctx, verb) if not is_place(ctx, k)]
        lead.targets.extend(k for k in dict.fromkeys(keys) if k not in lead.targets and k not in lead.imposers)


def _also_sanctioned(sent: SpacySpan, words: SanctionWords) -> Token | None:
    """The participle of a sentence opening "Also targeted were …", "Also designated was …" (the
    passive with its subject after it), with no agent and no place it was done in ("Also targeted in
    the raids were flats")."""
    if len(sent) < 4 or sent[0].lower_ != "also" or sent[2].lemma_ != "be" or sent[2].head.i != sent[1].i:
        return None
    participle = sent[1]
    acts = words.tables["verb"].keys() | words.tables["context-verb"].keys() | words.tables["frame"].keys() | words.tables["placement"].keys()
    if participle.tag_ != "VBN" or participle.lemma_.lower() not in acts or agent_of(participle) is not None:
        return None
    return None if _placed(participle) else participle


def _sanctioned_group_opening(sent: SpacySpan, words: SanctionWords) -> Token | None:
    """The group of a sentence opening "Among the … listed/hit/sanctioned/named …" under a form of "be": one
    modified by a sanction participle with no agent ("Among the firms sanctioned by Japan" names its
    own designation) nor a place ("the companies listed on the Moscow exchange"), or the participle
    itself ("Among the newly sanctioned are")."""
    first = sent[0]
    group = next((c for c in first.children if c.dep_ == "pobj"), None)
    if first.lower_ != "among" or group is None or first.head.lemma_ != "be":
        return None
    acts = words.tables["verb"].keys() | words.tables["context-verb"].keys()  # "the listed firms"; not "the targeted areas"
    acts_after = acts | words.tables["frame"].keys() | words.tables["placement"].keys() | words.sets["naming-verb"]  # "the lenders hit", "those named"
    participles = [c for c in (group, *group.children) if c.tag_ == "VBN" and (c is group or c.dep_ in ("amod", "acl"))]
    if any(p.lemma_.lower() in (acts_after if p.i > group.i else acts) and agent_of(p) is None and not _placed(p)
           for p in participles):
        return group
    return None


def _counts_a_group(word: Token) -> bool:
    """Whether a sanction's own clause counts a group of those it hits: "imposed sanctions on 38
    individuals", "blacklisting 96 tankers", "added 21 people to its sanctions list"."""
    if word.dep_ == "pobj" and word.head.head.pos_ == "VERB":  # "added 21 people to its sanctions list"
        word = word.head.head
    elif word.dep_ in ("dobj", "nsubjpass", "conj") and word.head.pos_ == "VERB":
        word = word.head
    # the clause of the act, not one it answers: "closed entry to 27 citizens in response to sanctions"
    return any(t.pos_ == "NOUN" and t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in t.children)
               for t in word.subtree)


def _the_list_includes(sent: SpacySpan, words: SanctionWords) -> Token | None:
    """The subject of a sentence "The list includes A and B" ("The new list also comprises C", "the stop
    list includes"): the list a designation just reported drew up, not a list of something else."""
    subject = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if (subject is None or subject.lemma_.lower() not in ("list", "blacklist") or sent.root.lemma_ == "be"
            or sent.root.lemma_.lower() not in words.sets["member-verb"]
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subject.children)
            or any(c.dep_ == "prep" for c in subject.children)):  # "the list of priorities"
        return None
    sanction_lists = set(words.tables["noun"].get("list", "").split("|")) | {"stop", "sanctions"}
    if any(c.dep_ == "compound" and c.lemma_.lower() not in sanction_lists for c in subject.children):
        return None  # "the shopping list"
    return subject


def _placed(participle: Token) -> bool:
    """A participle with a place or thing it is on or in ("listed on the exchange"), not a day ("on Monday")."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in", "at") and any(
        o.dep_ == "pobj" and o.ent_type_ not in DATE_LABELS for o in c.children) for c in participle.children)


#: What ends a list item's name and opens its description: "A, commander of …", "B – businessman",
#: "C (born 1980; …)".
ITEM_DESCRIPTION = re.compile(r",|;|:|\s[-–—]\s|\s\(")
#: The longest unmarked line read as a heading between a lead and its list ("Designated individuals").
HEADING_WORDS = 8
#: Tags of a finite verb: an item line that has one is a sentence ("3. The Government will continue …").
FINITE_TAGS = {"MD", "VBZ", "VBD", "VBP"}


def _listed_under_colon(ctx: Context, drafts: list[Draft], words: SanctionWords) -> None:
    """A release's designees listed one to a line under a lead ending in a colon ("OFAC is designating
    the following:", "The individuals sanctioned today are:", then "- General A, commander of …",
    "1. B – businessman"): each item's own name joins the targets of the lead's sanction, the one
    the lead line makes or, where the lead points back to designees ("The persons subject to these
    sanctions are:"), the nearest taken one before it. Items may also be unmarked paragraphs that
    each open with a designee's name ("The additions include:", then "A and B, both located in …")."""
    text = doc_text(ctx.doc)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.start() >= ctx.article.body_start]
    for k, (start, end) in enumerate(lines):
        forward = _designates_the_following(ctx, drafts, words, start, end)
        if forward is None and not text[start:end].rstrip().endswith(":"):
            continue
        items = (_list_lines(text, lines[k + 1:], headings=forward is not None)
                 or (_name_paragraphs(ctx, text, lines[k + 1:]) if forward is None else []))
        lead = (forward or _list_lead(ctx, drafts, words, start, end)) if items else None
        if lead is None:
            continue
        for key in (key for item in items for key in _item_names(ctx, text, item)):
            if key not in lead.targets and key not in lead.imposers:
                lead.targets.append(key)


def _designates_the_following(ctx: Context, drafts: list[Draft], words: SanctionWords, start: int,
                              end: int) -> Draft | None:
    """The sanction a line makes on "the following individuals and entities" with no colon after them
    ("has decided to freeze assets of the following individuals and entities, in view of …"): a
    forward reference to the list below, which a release may open with headings of its own."""
    kinds = words.sets["member-kind"] | words.sets["register-noun"]
    for draft in (d for d in drafts if start <= d.token.idx < end and d.imposers):
        if any(t.lower_ == "following" and t.dep_ == "amod" and t.head.lemma_.lower() in kinds
               and t.head.tag_ == "NNS" and draft.token in t.head.ancestors for t in draft.token.sent):
            return draft
    return None


def _list_lines(text: str, lines: list[tuple[int, int]], headings: bool = False) -> list[tuple[int, int]]:
    """The items of a list starting on the next lines: marked lines at the first item's indent, past
    blank lines (and, with ``headings``, short unmarked heading lines before the first item), up to
    the first other line (a nested list's end: the outer list's next item)."""
    items: list[tuple[int, int]] = []
    first_indent = None
    for start, end in lines:
        line = text[start:end]
        if not line.strip():
            continue
        marker = LIST_MARKER.match(line)
        if marker is None and headings and not items and _heading(line):
            continue
        indent = len(line) - len(line.lstrip())
        if marker is None or first_indent not in (None, indent):
            break
        first_indent = indent
        items.append((start + marker.end(), end))
    return items


def _name_paragraphs(ctx: Context, text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The unmarked items under a colon: the next paragraphs, each opening with a name, up to the
    first that does not ("Nine other entities in the PRC …", "These entities will be subject to …")."""
    items: list[tuple[int, int]] = []
    for start, end in lines:
        if not text[start:end].strip():
            continue
        if not _item_names(ctx, text, (start, end)):
            break
        items.append((start, end))
    return items


def _heading(line: str) -> bool:
    """A short line with no closing stop: a heading ("Designated individuals", "(1) Individuals")."""
    return len(line.split()) <= HEADING_WORDS and not line.rstrip().endswith((".", "!", "?", '"', "”"))


def _list_lead(ctx: Context, drafts: list[Draft], words: SanctionWords, start: int, end: int) -> Draft | None:
    """The sanction a list's lead line introduces: one made on the line, or for a line pointing back
    to designees (a known group of members or "those" with a sanction word), the nearest taken one
    before it; for a heading opening with the designees' kind ("Individuals sanctioned:", "Entities
    designated today:"), the release's first taken one."""
    on_line = [d for d in drafts if start <= d.token.idx < end and d.imposers]
    if on_line:
        return on_line[0]
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    kinds = words.sets["member-kind"] | words.sets["target-noun"]
    kind_heading = (_heading(ctx.article.text[start:end].rstrip().rstrip(":"))
                    and _plural_of_kind(span[0], words.sets["member-kind"] | words.sets["register-noun"]))
    pointing_back = kind_heading or any(_points_back(t) and t.lemma_.lower() in kinds or _sanctioned_ones(t, words)
                                        for t in span)
    # "Among the entities added today:" / "The entities removed are:": the list's participle says the change
    changes = {**{t.i: words.tables["list-change"][t.lemma_.lower()] for t in span if t.lemma_.lower() in words.tables["list-change"]},
               **{t.i: words.tables["placement"][t.lemma_.lower()] for t in span if _placed_group(t, words)}}
    sanction_word = changes or any(t.lemma_.lower() in words.tables["verb"] or t.lemma_.lower() in words.tables["context-verb"]
                                   or t.lemma_.lower() in words.tables["noun"] for t in span)
    if not (pointing_back and sanction_word):
        return None
    # "The additions include:" points back to an imposed sanction, "The delistings are:" to a lifted one
    statuses = set(changes.values()) or TAKEN
    taken = [d for d in drafts if d.token.idx < start and d.imposers and d.status in statuses]
    if kind_heading:  # a release's own list: its lead designation (past the headline), not a partner's
        return next((d for d in taken if d.token.idx >= ctx.prose_start), None)
    return taken[-1] if taken else None


def _placed_group(participle: Token, words: SanctionWords) -> bool:
    """A list-placement participle after the group it was done to ("the entities added today", "the
    persons removed"): the group is the list's, put on or taken off it."""
    return (participle.tag_ == "VBN" and participle.dep_ == "acl" and participle.head.tag_ == "NNS"
            and participle.lemma_.lower() in words.tables["placement"])


def _plural_of_kind(token: Token, kinds: frozenset[str]) -> bool:
    """A plural of a designee kind, also where a heading's capital made the tagger read it as a name
    ("Entities designated:" tagged as a proper noun, its lemma left as written)."""
    if token.tag_ == "NNS" and token.lemma_.lower() in kinds:
        return True
    return token.lower_ in {re.sub(r"y$", "ie", kind) + "s" for kind in kinds} | (kinds & {"people"})


def _item_names(ctx: Context, text: str, item: tuple[int, int]) -> list[str]:
    """The names a list item opens with, before its description: "Lieutenant General A, commander of
    …" → A (capitalised ranks and titles may come first), "B and C, both located in …" → B, C; an item
    opening with a description ("the head of B") names no one, nor does one naming a place."""
    start, end = item
    cut = ITEM_DESCRIPTION.search(text, start, end)
    span = ctx.doc.char_span(start, cut.start() if cut else end, alignment_mode="expand")
    if span is not None and any(t.tag_ in FINITE_TAGS for t in span):
        return []
    keys: list[str] = []
    for token in span or ():
        key = ctx.entities.for_token(token)
        if key is not None and is_place(ctx, key):
            if _place_describing_name(ctx, token, key):
                continue
            break
        if key is not None:
            keys += [key] if key not in keys else []
        elif not (token.is_title or token.is_upper or token.is_punct or token.lower_ == "and" and keys
                  or token.lower_ in LOCATED_WORDS and _place_describing_name(ctx, token.doc[token.i - 2])):
            break
    return keys


def _place_describing_name(ctx: Context, token: Token, key: str | None = None) -> bool:
    """A word of a place that says where the name after it is based ("Hong Kong-based A", "a
    Dubai-registered B"), not a name of its own."""
    key = key or ctx.entities.for_token(token)
    if key is None or not is_place(ctx, key):
        return False
    doc, i = token.doc, token.i
    while i + 1 < len(doc) and ctx.entities.for_token(doc[i + 1]) == key:
        i += 1
    return i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ in LOCATED_WORDS


def _lead_before(previous: SpacySpan, leads: list[Draft], words: SanctionWords) -> Draft | None:
    """The designation whose group a sentence opening "Among them" follows: one the sentence before
    makes itself ("OFAC sanctioned six entities."), or one whose group it points back to ("14 of the
    entities acted as fronts.", "Those listed today include …"); a group counted in a sentence that
    designates no one ("The strike killed 12 people.") is none."""
    for group in previous:
        if _points_back(group) or _sanctioned_ones(group, words):
            lead = _lead_of(group, leads, words)
        elif group.tag_ == "NNS" and any(c.dep_ == "nummod" for c in group.children):
            lead = _lead_of(group, leads, words)
            lead = lead if lead is not None and lead.token.sent == previous else None
            if lead is None and _undergoes_measure(group, words):
                lead = next((d for d in reversed(leads) if d.token.i < group.i and d.status in TAKEN
                             and group.idx - d.token.idx <= ANAPHORA_WINDOW), None)
        else:
            continue
        if lead is not None:
            return lead
    return None


def _undergoes_measure(group: Token, words: SanctionWords) -> bool:
    """A counted group said to face or be subject to a measure no one in its clause imposes ("In all, 12
    individuals and 19 entities face asset freezes and travel bans"): the designees of the sanction just
    reported, counted."""
    state = group.head
    if group.dep_ != "nsubj" or state.lemma_.lower() not in words.sets["state"]:
        return False
    # "asset freezes" is often read as a clause of its own ("asset" its subject)
    measures = [t for c in state.children if c.dep_ in ("dobj", "acomp", "attr", "ccomp") for t in c.subtree]
    return any(t.pos_ in ("NOUN", "VERB") and t.lemma_.lower() in words.tables["noun"] and _names_sanction(t, words)
               for t in measures)


def _points_back(group: Token) -> bool:
    """A plural group named as known: "the entities", "these companies", "14 of the entities"."""
    return (group.pos_ == "NOUN" and group.tag_ == "NNS"
            and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in group.children))


def _sanctioned_ones(pronoun: Token, words: SanctionWords) -> bool:
    """"Those listed today", "those designated", "those targeted", "those named": the targets of a
    designation just reported."""
    return pronoun.lower_ == "those" and any(
        c.dep_ == "acl" and (c.lemma_.lower() in words.tables["verb"] or c.lemma_.lower() in words.tables["context-verb"]
                             or c.lemma_.lower() in words.sets["target-noun"] | words.sets["naming-verb"])
        for c in pronoun.children)


def _lead_of(group: Token, leads: list[Draft], words: SanctionWords) -> Draft | None:
    """The designation a group is of: the nearest before it (or in its sentence) that counts a group
    of its kind ("added 21 entities" for "the entities", "sanctioned five firms" for "these
    companies"); for "those listed" and "the others", the nearest."""
    earlier = [d for d in leads if d.token.i <= group.i or d.token.sent.start == group.sent.start]
    if group.pos_ == "PRON" or group.lemma_.lower() in words.sets["remainder"]:
        return earlier[-1] if earlier else None
    kind = group.lemma_.lower()
    counts = [(lead, {t.lemma_.lower() for t in lead.token.sent if t.pos_ == "NOUN"
                      and any(c.dep_ == "nummod" or c.dep_ == "conj" and any(g.dep_ == "nummod" for g in c.children)
                              for c in (*t.children, t))})
              for lead in reversed(earlier)]
    # "the entities" is the lead's that counted entities ("8 individuals and 3 entities") before the
    # nearest that counted some other kind of member ("removed one individual")
    exact = next((lead for lead, counted in counts if kind in counted), None)
    if exact is not None or kind not in words.sets["member-kind"]:
        return exact
    return next((lead for lead, counted in counts if counted & words.sets["member-kind"]), None)


def _among_them(sent: SpacySpan) -> Token | None:
    """The pronoun of a sentence opening "Among them is X" / "Among these are X, Y and Z" (with no
    participle: "Among those designated are" names its own designation)."""
    first = sent[0]
    if first.lower_ != "among" or len(sent) < 3:
        return None
    pronoun = sent[1]
    if pronoun.lower_ not in ("them", "these", "those") or pronoun.head.i != first.i or any(
            c.dep_ == "acl" for c in pronoun.children):
        return None
    return pronoun


def _they_include(sent: SpacySpan, words: SanctionWords) -> Token | None:
    """The pronoun of a sentence opening "They include X and Y" right after a designation or its group
    ("The UK has sanctioned 12 individuals. They include …", "Those designated face asset freezes. They
    include …"): its object names the members ("They are" says too much else to count)."""
    first = sent[0]
    if first.lower_ != "they" or first.dep_ != "nsubj" or first.head.lemma_ == "be":
        return None
    return first if first.head.lemma_.lower() in words.sets["member-verb"] else None


def _members_after_misread_participle(ctx: Context, group: Token, words: SanctionWords) -> list[str]:
    """"The entities added today include X and Y" read with "added" as the main verb and "include" its
    complement: the members are the complement's object."""
    participle = group.head
    if group.dep_ != "nsubj" or (participle.lemma_.lower() not in words.tables["placement"]
                                 and participle.lemma_.lower() not in words.tables["verb"]
                                 and participle.lemma_.lower() not in words.tables["context-verb"]):
        return []
    return [k for v in participle.children if v.dep_ == "ccomp" and v.lemma_.lower() in words.sets["member-verb"]
            for o in v.children if o.dep_ in ("dobj", "attr")
            for k in _non_places(ctx, o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text))]


def _described_under_lead(ctx: Context, drafts: list[Draft], words: SanctionWords) -> list[Draft]:
    """A release's designation paragraphs: under a lead in the release's own voice ("OFAC today
    designated …", "is designating two nationals and three companies"), the persons and entities
    described as owning, controlling or acting for others ("X (X) controls Y, a shrimp exporter",
    "Y, which is owned or controlled by X") and those introduced with the short form the release will
    call them by ("X Trading LLC (X Trading) is a Dubai-based company") are the release's targets, though
    "designated" is not said of each; the issuer is the first lead's. Quotations and places are no such
    description."""
    leads = [d for d in drafts if d.imposers and d.status == "Imposed" and _release_voice(d.token)]
    if not leads:
        return []
    issuer = leads[0].imposers  # the release's own voice; "Concurrently, State is designating …" is an aside
    out: list[Draft] = []
    for verb in ctx.doc[leads[0].token.sent.start:]:
        if _quoted(ctx, verb):
            continue
        keys = [k for k in _controlling_parties(ctx, verb, words) if k not in issuer and not is_place(ctx, k)]
        if keys:
            out.append(Draft(verb, issuer, keys, "Imposed", None, "Occurred", None, happening=False))
    start = ctx.doc[leads[0].token.sent.end - 1].idx
    for name, key in _short_named_subjects(ctx, start):
        if key not in issuer and not is_place(ctx, key) and not _quoted(ctx, name):
            out.append(Draft(name, issuer, [key], "Imposed", None, "Occurred", None, happening=False))
    if not leads[0].targets:  # "OFAC is sanctioning four individuals and five entities": these are they
        leads[0].targets.extend(dict.fromkeys(k for d in out for k in d.targets))
    return out


#: A name's short form given in brackets right after it: "Kowloon Starline Trading Limited (Starline)".
SHORT_FORM = re.compile(r"\s*\(([^()]{2,60})\)")


def _short_named_subjects(ctx: Context, start: int) -> list[tuple[Token, str]]:
    """The persons and entities a release's designation paragraphs introduce as the subject of a sentence
    with the short form it will call them by ("Zhou Weiming (Zhou), its general manager, arranged …",
    "X Trading LLC (X Trading) is a Dubai-based company that …"): the way a designation release
    presents each designee. An acronym ("(IRGC-QF)", "(OFAC)") defines an abbreviation, not a designee."""
    text = ctx.article.text
    found: list[tuple[Token, str]] = []
    for key in ctx.entities.drafts:
        for begin, end in ctx.entities.mentions_of(key):
            match = SHORT_FORM.match(text, end)
            if begin < start or match is None:
                continue
            short = match.group(1).split()
            full = text[begin:end].replace(",", " ").split()
            if match.group(1).isupper() or len(short) >= len(full) or not set(short) <= set(full):
                continue
            name = ctx.doc.char_span(begin, end, alignment_mode="expand")
            if name is not None and _in_sentence_subject(name.root):
                found.append((name.root, key))
                break
    return found


def _in_sentence_subject(token: Token) -> bool:
    """Whether a word is part of the subject of its sentence's main verb (or of a verb joined to it)."""
    root = token.sent.root
    subjects = [c for v in (root, *root.conjuncts) for c in v.children if c.dep_ in NOMINAL_SUBJECT_DEPS]
    return any(s.left_edge.i <= token.i <= s.right_edge.i for s in subjects)


def _release_voice(token: Token) -> bool:
    """A designation a release makes itself: "today" in its sentence ("OFAC today designated"), or the
    present progressive of the act ("OFAC is designating")."""
    progressive = token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children)
    return progressive or any(t.lower_ == "today" for t in token.sent)


def _quoted(ctx: Context, token: Token) -> bool:
    return any(st.content.start <= token.idx < st.content.end for st in ctx.statements)


def _controlling_parties(ctx: Context, verb: Token, words: SanctionWords) -> list[str]:
    """Who a verb of control describes and what it controls: "X controls Y and Z" → X, Y, Z; "Y is
    owned or controlled by X" → Y, X; "X is the owner of Y" → X, Y; "X acted on behalf of Z" → X."""
    lemma = verb.lemma_.lower()
    phrasal = phrase_lemma(verb)
    if phrasal in words.tables["control-verb"]:
        lemma = phrasal
    nouns = [c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in words.sets["control-noun"]]
    if verb.pos_ not in ("VERB", "AUX") or lemma not in words.tables["control-verb"] and not nouns:
        return []
    if nouns:  # "X is the owner of Y"
        controlled = [o for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"]
    elif words.tables["control-verb"][lemma] == "subject":  # "acted for or on behalf of Z": Z is designated for itself
        controlled = [verb] if any(c.dep_ == "prep" and c.lower_ in ("for", "on") for c in verb.children) else []
    else:
        controlled = [c for c in verb.children if c.dep_ == "dobj"]  # "runs counter to" describes no one
    passive = next((v for v in (verb, verb.head) if any(c.dep_ == "nsubjpass" for c in v.children)), None)
    agents = [agent for v in (verb, *verb.conjuncts) if (agent := agent_of(v)) is not None]
    if passive is not None and agents and not nouns:  # "Y, which is owned or controlled by X"
        controllers, controlled = agents, [subject_of(passive)]
    else:
        controllers = [subject_of(verb)] if controlled else []
    # the doer by name or pronoun, not a possessor ("the Houthis' offensive runs …")
    keys = [k for t in controllers if t is not None and t.idx >= ctx.prose_start
            and (t.pos_ == "PRON" or ctx.entities.for_token(t)) for k in entity_keys(ctx, t)]
    if not keys:
        return []
    controlled = [t for t in controlled if t is not verb]
    return list(dict.fromkeys(keys + [k for t in controlled if t is not None for k in entity_keys(ctx, t)]))


def _echo(ctx: Context, token: Token, words: SanctionWords, drafts: list[Draft]) -> Draft | None:
    """"The United States sanctioned X. Japan followed suit": a party doing the same as the sanction
    just reported imposes it on the same targets (within that sentence or the one before)."""
    cue = words.tables["echo"].get(token.lemma_.lower())
    if cue is None or not any(c.lower_ in cue.split("|") for c in token.children if c.dep_ in ("dobj", "advmod")):
        return None
    clause = status_of(token)
    subject = _prose_subject(ctx, token)
    earlier = [d for d in drafts if d.imposers and d.targets and d.token.sent.start >= _previous_sentence_start(token)]
    if clause in ("Negated", "Cancelled") or subject is None or not earlier:
        return None
    model = earlier[-1]
    imposers = [k for k in _parties(ctx, subject) if k not in model.imposers]
    urged = _urged_party(token, words) is not None  # "called on the EU to follow suit": asked, not done
    status = model.status if clause == "Occurred" and not urged else "Proposed"
    return Draft(token, imposers, model.targets, status, model.sector, clause, None) if imposers else None


def _previous_sentence_start(token: Token) -> int:
    start = token.sent.start
    return token.doc[start - 1].sent.start if start > 0 else start


def _names_sanction(token: Token, words: SanctionWords) -> bool:
    """Whether a sanction noun names a sanction here: "ban" only as a travel, visa, export … ban;
    "the package", "measures" only right after sanctions were spoken of, or when imposed on
    someone ("imposed tough measures on Russian banks") or called restrictive or punitive."""
    needs = words.tables["noun"].get(token.lemma_.lower(), "context")
    if needs == "context":
        return _sanction_context(token, words)
    if needs == "anaphoric":
        return _sanctions_mentioned_before(token, words) or _imposed_measure(token, words)
    modifiers = [*token.children, *(g for c in token.children if c.dep_ == "compound" for g in c.children)]  # "Specially Designated Nationals list"
    if token.i >= 2 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 2].whitespace_:
        modifiers.append(token.doc[token.i - 2])  # "counter-duties", parsed as three nouns
    return (not needs or any(c.lemma_.lower() in needs.split("|") or c.lower_ in needs.split("|") for c in modifiers)
            or token.lemma_.lower() == "list" and _lists_the_barred(token, words))


def _imposed_measure(token: Token, words: SanctionWords) -> bool:
    if any(c.dep_ == "amod" and c.lemma_.lower() in words.sets["measure-cue"] for c in token.children):
        return True
    verb = token.head if token.dep_ in ("dobj", "nsubjpass") else None
    return (verb is not None and verb.lemma_.lower() in words.sets["measure-cue"]
            and any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in (*verb.children, *token.children)))


def _implicit_imposers(ctx: Context, draft: Draft, drafts: list[Draft]) -> list[str]:
    """Who "we" are, or who imposed an agentless sanction: the speaker of a quotation, the issuing
    voice a statement names ("We, the leaders of A, B and C, …"), else the imposers of the nearest sanction that names
    them and whom it hits, an earlier one first ("The United States is sanctioning X. … Y was designated today"), one taken
    or lifted first when it is taken or lifted."""
    named = [d for d in drafts if d.imposers and not d.implicit]
    if draft.implicit == "we" and _points_to_reported(draft.token):
        earlier = [d for d in named if d.token.i < draft.token.i and d.status in TAKEN]
        if earlier:
            return earlier[-1].imposers  # '"With this package we hit X," the EU's envoy said': the package's
    if draft.implicit in ("we", "i"):
        speaker = next((st.speaker for st in ctx.statements
                        if st.speaker and st.content.start <= draft.token.idx < st.content.end), None)
        if speaker:
            return [speaker]  # '"We will sanction X," the minister said'
    if draft.implicit == "i":
        return author(ctx)  # "Today, I am designating X" in a press statement: its byline's author
    voice = _first_person_voice(ctx)
    if voice and draft.implicit == "we":
        return voice
    # a sanction taken (or lifted) is the taker's, not the asker's ("asked them to approve the new package")
    if draft.status in TAKEN:
        named = [d for d in named if d.status in TAKEN] or named
    # the text's own, not a partner's told in a relative clause ("coordinated with the UK, which is also imposing …")
    earlier = [d for d in named if d.token.i < draft.token.i]
    earlier = [d for d in earlier if not _told_of_partner(d.token)] or earlier
    # one that hits someone, not a mention of sanctions in passing ("every time Budapest takes a package hostage")
    grounded = [d for d in earlier if d.targets or _counts_a_group(d.token)]
    if earlier:
        return (grounded or earlier)[-1].imposers
    later = [d for d in named if d.token.idx - draft.token.idx <= ANAPHORA_WINDOW]
    return later[0].imposers if later else voice or _reporting_body(ctx, draft.token)


def _told_of_partner(token: Token) -> bool:
    """A sanction reported in a relative clause on the party taking it, an aside to the text's own
    ("This action was coordinated with the United Kingdom, which is concurrently imposing an asset
    freeze on …", "together with Canada, which has designated …")."""
    verb = token if token.pos_ == "VERB" else next((a for a in token.ancestors if a.pos_ == "VERB"), token)
    return verb.dep_ == "relcl" and any(c.dep_ in NOMINAL_SUBJECT_DEPS and c.tag_ == "WDT" for c in verb.children)


def _status_of_unnamed_lead(draft: Draft, drafts: list[Draft]) -> str:
    """An agentless sanction that names whom the sanction just taken only counted is that sanction,
    as taken as it: "X on Monday banned two officials from entering the country. … A and B would be
    denied entry, the minister said" (not a plan of a second ban)."""
    earlier = [d for d in drafts if d.token.i < draft.token.i and d.imposers and not d.implicit]
    lead = earlier[-1] if earlier else None
    if (draft.status != "Proposed" or lead is None or lead.targets or lead.status not in TAKEN
            or draft.token.idx - lead.token.idx > ANAPHORA_WINDOW):
        return draft.status
    return lead.status


def _reporting_body(ctx: Context, token: Token) -> list[str]:
    """Who an agentless sanction reported by a body alone is taken by: the body reporting it ("The
    commerce ministry said X had been added to its export control list", "X and Y were placed on the
    unreliable entity list, the ministry said"); never a person, who speaks of others' sanctions."""
    speaker = next((st.speaker for st in ctx.statements
                    if st.speaker and st.content.start <= token.idx < st.content.end), None)
    if speaker is None or ctx.entities.get(speaker).type == "Person":
        return []
    return [_state_of_government(ctx, acting_body(ctx, speaker))]


def _points_to_reported(noun: Token) -> bool:
    """"This package", "these sanctions": a measure the text has just reported."""
    return any(c.dep_ == "det" and c.lower_ in ("this", "these") for c in noun.children)


@kept_with_the_doc
def _we_tokens(doc: Doc) -> list[int]:
    """Where the text says "we": asked once per agentless sanction, found in one walk of the Doc."""
    return [t.i for t in tokens_where(doc, "lower", {"we"})]


def _first_person_voice(ctx: Context) -> list[str]:
    """The parties a text speaks for when it names them beside "we": "We, the leaders of A, B and C"."""
    doc = ctx.doc
    for token in (doc[i] for i in _we_tokens(doc)):
        for appos in (c for c in token.children if c.dep_ == "appos"):
            keys = entity_keys(ctx, appos)
            for of in (c for c in appos.children if c.dep_ == "prep" and c.lower_ == "of"):
                for obj in (c for c in of.children if c.dep_ == "pobj"):
                    keys.extend(entity_keys(ctx, obj))
            if keys:
                return list(dict.fromkeys(keys))
    return []
