"""Who acts in wire copy: a second act of speech after a reported clause is the reporter's, a
subject set off by its apposition acts, "it" opening a sentence carries on the last subject, "the
allies" and "the two countries" point back at a pair, and a day is never a participant."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

HEAD = "Port dispute\n\nVALPARAISO, May 4 (Reuters) - "


def _events(extract_text, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    x = extract_text(text)
    names = {e.key: e.name for e in x.entities}
    return [(e.event_type, e.trigger, sorted(names[k] for k in e.actors), sorted(names[k] for k in e.targets))
            for e in x.events]


def _actors_of(extract_text, text: str, trigger: str) -> list[str]:
    return next(actors for _, t, actors, _ in _events(extract_text, text) if t == trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        # a second act of speech set off by a comma is the reporter's, not the reported clause's subject's
        (HEAD + "Union leader Pedro Soto said the port authority had \"ignored our demands for months\", "
                "and accused Transport Minister Ana Rojas of bad faith.", "accused", "Pedro Soto"),
        (HEAD + "Transport Minister Ana Rojas told reporters the dockers \"have been heard\", but urged Chile's "
                "dockworkers' union to end the stoppage.", "urged", "Ana Rojas"),
        # joined to what a thing will do, with no comma: things cannot urge
        (HEAD + "The Chilean Exporters Association said the stoppage would cost Chile millions of dollars "
                "and urged Ana Rojas to intervene.", "urged", "Chilean Exporters Association"),
        # a role set off by the name in apposition acts, whatever the parser hung the verb on
        (HEAD + "The Valparaiso Chamber of Commerce welcomed the deal. Its president, Jorge Vidal, called on "
                "Ana Rojas to \"never again let the ports close\".", "called", "Jorge Vidal"),
    ],
)
def test_the_reporter_or_the_named_role_acts(extract_text, text, trigger, actor):
    assert actor in _actors_of(extract_text, text, trigger)


def test_a_reported_clause_about_a_group_keeps_its_own_subject(extract_text):
    text = HEAD + "Transport Minister Ana Rojas said the Mapuche Liberation Front attacked the convoy and threatened the drivers."
    assert _actors_of(extract_text, text, "threatened") == ["Mapuche Liberation Front"]


def test_it_opening_a_sentence_carries_on_the_last_subject(extract_text):
    text = (HEAD + "The Health Ministry in Santiago said the Rapid Support Forces had shelled a clinic in Temuco. "
            "It called on the United Nations to send investigators.")
    assert _actors_of(extract_text, text, "called") == ["Health Ministry"]


def test_it_after_a_body_acting_in_its_sentence(extract_text):
    text = (HEAD + "The European Union adopted new sanctions on Belarus on Friday, after Hungary dropped its "
            "objections. It also froze the assets of three Belarusian generals.")
    assert _actors_of(extract_text, text, "froze") == ["European Union"]


def test_the_allies_are_the_pair_just_named(extract_text):
    text = HEAD + "Japan and Australia held naval drills near Guam last week. The allies also agreed to share radar data."
    assert _actors_of(extract_text, text, "agreed") == ["Australia", "Japan"]


def test_the_two_countries_are_states_not_bodies(extract_text):
    text = (HEAD + "Police arrested twelve protesters in Santiago on Thursday, a police spokesman said. "
            "The two countries signed a trade agreement in Lima on Monday.")
    assert not _actors_of(extract_text, text, "signed")


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "Police arrested twelve dockers outside the harbour on Thursday.",
        HEAD + "Under the agreement signed early on Sunday, the government will raise wages.",
    ],
)
def test_a_day_is_no_participant(extract_text, text):
    for _, _, actors, targets in _events(extract_text, text):
        assert not {"Thursday", "Sunday"} & set(actors + targets)


def test_an_agreement_dated_by_its_signing_is_a_happening(extract_text):
    text = HEAD + "Under the agreement signed early on Sunday, the government will raise wages."
    assert any(t == "AGREE" and trig == "agreement" for t, trig, _, _ in _events(extract_text, text))


def test_the_time_of_day_is_not_part_of_the_police(extract_text):
    text = HEAD + "On Tuesday night police arrested the opposition leader Paul Ndongo at his home."
    assert ("COERCE", "arrested", ["police"], ["Paul Ndongo"]) in _events(extract_text, text)


@pytest.mark.parametrize(
    ("text", "event_type", "trigger"),
    [
        # a strike that lasts hours or days, or is ended or suspended, is a walkout, not an air strike
        (HEAD + "Bus drivers began a 48-hour strike on Monday.", "PROTEST", "strike"),
        (HEAD + "The dockers' union ended a week-long strike on Tuesday.", "PROTEST", "strike"),
        (HEAD + "The union leader said the strike had been suspended until June.", "PROTEST", "strike"),
        # dropping a stand against a decision concedes it
        (HEAD + "The EU adopted the package on Monday after Hungary lifted its veto.", "CONCEDE", "lifted"),
        (HEAD + "Prime Minister Robert Fico dropped his objections to the package.", "CONCEDE", "dropped"),
        (HEAD + "Poland withdrew its opposition to the trade deal on Friday.", "CONCEDE", "withdrew"),
    ],
)
def test_the_sense_of_the_trigger(extract_text, text, event_type, trigger):
    assert event_type in {t for t, trig, _, _ in _events(extract_text, text) if trig == trigger}


def test_an_air_strike_stays_an_assault(extract_text):
    text = HEAD + "Israeli warplanes carried out a strike on a house in Rafah, killing six people."
    assert "PROTEST" not in {t for t, _, _, _ in _events(extract_text, text)}


def test_talks_counted_in_rounds_belong_to_who_gathered(extract_text):
    text = HEAD + "The dam is nearly full.\n\nOn Monday negotiators from Ethiopia and Egypt gathered in Khartoum for a new round of talks on the dam."
    assert ("CONSULT", "talks", ["Egypt", "Ethiopia"], []) in _events(extract_text, text)


def test_the_strike_keeps_the_sense_of_its_first_mention(extract_text):
    text = (HEAD + "Chile's main union federation called a general strike on Sunday.\n\n"
            "The strike began on April 20 and closed the ports.")
    types = {t for t, trig, _, _ in _events(extract_text, text) if trig == "strike"}
    assert types == {"PROTEST"}


def test_an_air_strike_mentioned_again_stays_an_assault(extract_text):
    text = HEAD + "Israeli air strikes hit Rafah on Monday.\n\nThe strike killed twelve people, medics said."
    assert "PROTEST" not in {t for t, _, _, _ in _events(extract_text, text)}


OPPOSITION = ("Poll protest\n\nLUSAKA, June 2 (Reuters) - The Zambian Democratic Alliance (ZDA), the country's main "
              "opposition party, rejected the election results on Monday.\n\n")


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("Opposition supporters marched through Ndola on Tuesday.", "marched"),
        ("On Tuesday opposition activists blocked roads in Kitwe.", "blocked"),
    ],
)
def test_members_named_by_their_body_act_for_it(extract_text, sentence, trigger):
    assert _actors_of(extract_text, OPPOSITION + sentence, trigger) == ["Zambian Democratic Alliance"]


def test_members_of_a_kind_of_body_the_article_does_not_name_stay_unnamed(extract_text):
    text = OPPOSITION + "Union members marched through Ndola on Tuesday."
    assert "Zambian Democratic Alliance" not in _actors_of(extract_text, text, "marched")


def test_a_wire_credit_before_a_dash_is_no_subject(extract_text):
    text = "Glacier treaty\n\nAFP -- The parliaments of Peru and Bolivia ratified a treaty on the shared management of Lake Titicaca."
    assert _actors_of(extract_text, text, "ratified") == ["Bolivia", "Peru"]
