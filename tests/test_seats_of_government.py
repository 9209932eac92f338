"""A seat of government that acts or speaks stands for its government ("Moscow denied", "Washington
imposed sanctions", "Brussels warned"); a city that is struck, visited or the place of talks stays
the city. Sentences written for the test."""
from __future__ import annotations

import pytest

from newskb.lexicons import read_table
from newskb.nlp.arguments import load_seats_of_government
from newskb.pipeline import extract


def _names(x):
    return {e.key: e.name for e in x.entities}


def test_every_seat_is_a_gazetteer_city_and_every_government_an_entry():
    rows = {row["name"]: row for row in read_table("gazetteer.tsv")}
    seats = load_seats_of_government()
    assert len(seats) > 150 and seats["Brussels"] == "European Union" and seats["Moscow"] == ""
    for city, government in seats.items():
        assert rows[city]["subtype"] == "City" and rows[city]["country"], city
        assert not government or government in rows, government


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    ("Moscow denied any role in the attack.", "Russia"),
    ("Beijing said the drills were routine.", "China"),
    ("Brussels warned that Hungary's funds could be frozen.", "European Union"),
])
def test_a_capital_that_speaks_is_its_government(text, speaker):
    x = extract(text)
    assert [_names(x)[s.speaker] for s in x.statements] == [speaker]


@pytest.mark.model
def test_a_capital_that_imposes_sanctions_is_its_country():
    x = extract("Washington imposed sanctions on Rosneft on Friday. Brussels imposed sanctions on Moscow.")
    names = _names(x)
    assert {(names[i], names[t]) for s in x.sanctions for i in s.imposed_by for t in s.targets} == {
        ("United States", "Rosneft"), ("European Union", "Russia")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "event_type", "actors", "targets"), [
    ("Kyiv accused Moscow of shelling the plant.", "ACCUSE", ["Ukraine"], ["Russia"]),
    ("Russian missiles struck Kyiv overnight.", "ASSAULT", ["Russia"], ["Kyiv"]),  # the city is hit
])
def test_event_participants(text, event_type, actors, targets):
    x = extract(text)
    names = _names(x)
    (event,) = [e for e in x.events if e.event_type == event_type]
    assert [names[a] for a in event.actors] == actors and [names[t] for t in event.targets] == targets


@pytest.mark.model
def test_a_capital_where_talks_are_held_stays_the_place():
    x = extract("Talks were held in Moscow on Monday.")
    (event,) = x.events
    assert _names(x)[event.place] == "Moscow" and not event.actors
