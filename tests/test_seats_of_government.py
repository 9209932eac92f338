"""A seat of government that acts or speaks stands for its government ("Moscow denied", "Washington
imposed sanctions", "Brussels warned"); a city that is struck, visited or the place of talks stays
the city. Sentences written for the test."""
from __future__ import annotations

import pytest

from newskb.lexicons import read_table
from newskb.nlp.gazetteer import load_seats_of_government
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


def _entity_forms(x):
    return {e.name: (e.type, set(e.alternate_names)) for e in x.entities}


@pytest.mark.model
@pytest.mark.parametrize(("text", "country", "city"), [
    ("Beijing rejected the protest on Thursday and urged Manila to stop its provocations.", "China", "Beijing"),
    ("Washington said it was deeply concerned. The United States has sanctioned several officials.",
     "United States", "Washington"),
    ("Kigali denies backing the rebels. Rwanda has long rejected the accusations.", "Rwanda", "Kigali"),
    ("Critics say Pretoria has been too slow to act, and South Africa's ruling party is divided.",
     "South Africa", "Pretoria"),
    ("The move angered Tehran, which summoned the Swiss envoy. Iran's foreign ministry said the sanctions were illegal.",
     "Iran", "Tehran"),
    ("Brussels has frozen the accession talks, and the European Union will review the matter in June.",
     "European Union", "Brussels"),
    ("Moscow denied any involvement. Russian officials called the charges absurd.", "Russia", "Moscow"),
])
def test_a_capital_named_only_as_a_government_is_a_name_of_its_country(text, country, city):
    found = _entity_forms(extract(text))
    assert city not in found and city in found[country][1], found


@pytest.mark.model
@pytest.mark.parametrize(("text", "city"), [
    ("Talks will be held in Beijing next week, China's foreign ministry said. Beijing has denied the report.", "Beijing"),
    ("Russia launched 40 drones at Kyiv overnight. Ukraine's air force said most were shot down.", "Kyiv"),
    ("Flights from Moscow to Istanbul were suspended. Russia said the decision was temporary.", "Moscow"),
    ("Kyiv was hit by a wave of missiles on Tuesday, Ukraine's military said.", "Kyiv"),
    ("A Nairobi-based analyst said Kenya would not change course.", "Nairobi"),
])
def test_a_capital_named_once_as_the_city_stays_the_city(text, city):
    found = _entity_forms(extract(text))
    assert found.get(city, ("",))[0] == "Place", found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russian missiles struck Kyiv overnight, Ukraine said.",
    "Chancellor Scholz visited Beijing in April, and China welcomed the trip.",
])
def test_a_capital_struck_or_visited_is_the_city(text):
    found = _entity_forms(extract(text))
    city = "Kyiv" if "Kyiv" in text else "Beijing"
    assert found.get(city, ("",))[0] == "Place", found
