"""Unnamed collectives that act are the actors of their events ("police fired", "troops entered")."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def _actors(extract_text, text: str) -> list[tuple[str, list[str]]]:
    x = extract_text(text)
    names = {e.key: e.name for e in x.entities}
    return [(e.event_type, sorted(names[k] for k in e.actors)) for e in x.events]


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("Police fired tear gas at the crowd on Sunday.", "COERCE", "police"),
        ("Riot police used water cannon against the marchers in the capital.", "COERCE", "police"),
        ("The military seized power in a coup in 2014.", "COERCE", "military"),
        ("On Tuesday troops shelled the northern villages.", "ASSAULT", "troops"),
    ],
)
def test_an_unnamed_collective_is_the_actor(extract_text, text, event_type, actor):
    assert (event_type, [actor]) in _actors(extract_text, text)


def test_government_forces_are_the_one_army_the_article_names(extract_text):
    text = "The Syrian Army entered the town on Monday. Government forces began deploying into the territory yesterday."
    assert ("MOBILIZE", ["Syrian Army"]) in _actors(extract_text, text)


def test_a_militia_called_forces_is_not_taken_for_the_army(extract_text):
    text = ("The Syrian Democratic Forces held the town on Monday. "
            "According to state media, government forces began deploying into the territory yesterday.")
    assert ("MOBILIZE", ["government forces"]) in _actors(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "A man was arrested in Paris on Friday.",  # one person is no collective
        "The use of force against civilians was condemned by the council.",  # "force" is no actor here
    ],
)
def test_no_collective_is_made_up(extract_text, text):
    names = {e.name for e in extract_text(text).entities}
    assert not names & {"man", "force", "use"}
