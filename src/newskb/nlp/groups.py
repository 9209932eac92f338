"""Unnamed collectives as entities: "police fired", "some protesters threw stones", "protesters
said". Event-data coders (ACLED, POLECAT) record such a collective as the actor; one node per
collective and article stands for it wherever it acts or speaks, so events and statements share it.
Also the PLOVER word classes (plover_classes.tsv), which name the collectives among other groups."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..ids import entity_key
from ..lexicons import read_table
from .entities import EntityDraft

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .base import Context


@lru_cache(maxsize=1)
def load_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for row in read_table("plover_classes.tsv"):
        classes.setdefault(row["class"], set()).add(row["lemma"].lower())
    return {name: frozenset(words) for name, words in classes.items()}


def in_class(token: Token, name: str) -> bool:
    """The word, or its lemma, is in a PLOVER word class ("supporters" in PARTICIPANT)."""
    return bool({token.lemma_.lower(), token.lower_} & load_classes().get(name, frozenset()))


ARMED_NOUNS = frozenset({"army", "military", "force", "forces", "troops"})


def _names_an_army(name: str) -> bool:
    """A state's armed forces by name ("Syrian Army", "Israel Defense Forces"), not a militia's "… Forces"."""
    lowered = name.lower()
    return lowered.split()[-1] in ("army", "military") or lowered.endswith(("armed forces", "defense forces", "defence forces"))


def group_actor(ctx: Context, token: Token) -> list[str]:
    """The entity of an unnamed collective headed by ``token`` ("riot police", "security forces"):
    an organisation named by the phrase, its common-noun modifiers kept, determiners and counts
    left out, in lower case; "the army" is the one army the article names. Empty for any other word."""
    forms = {token.lemma_.lower(), token.lower_}
    if token.pos_ not in ("NOUN", "PROPN", "ADJ") or not forms & load_classes().get("GROUP_ACTOR", frozenset()):
        return []  # an adjective only as a group's own word: "a military coup"
    if token.pos_ == "PROPN" and token.i > token.sent.start:
        return []  # a name the entity finder did not take is not guessed at here
    if any(c.dep_ in ("amod", "acl") and c.i > token.i for c in token.children):
        return []  # "forces loyal to the general", "militias backed by Iran": whose they are is the point
    first = token.i
    while first > token.sent.start and token.doc[first - 1].dep_ in ("compound", "amod") and token.doc[first - 1].pos_ in ("NOUN", "ADJ") \
            and token.doc[first - 1].head.i >= first and not token.doc[first - 1].text[:1].isupper() \
            and token.doc[first - 1].ent_type_ not in ("DATE", "TIME"):  # "On Wednesday evening police arrested …"
        first -= 1
    words = token.doc[first : token.i + 1]
    if token.lemma_.lower() in ARMED_NOUNS:
        armies = {k for k, d in ctx.entities.drafts.items() if d.type == "Organization" and _names_an_army(d.name)}
        if len(armies) == 1:
            return list(armies)
    name = words.text.lower()
    key = entity_key("Organization", name)
    if key not in ctx.entities.drafts:
        ctx.entities.drafts[key] = EntityDraft(key=key, name=name, type="Organization")
    ctx.entities.add_mention(words.start_char, words.end_char, key)
    return [key]
