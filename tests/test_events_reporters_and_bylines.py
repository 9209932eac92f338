"""Who acts when a release or a report does not say it in the clause: a second act of speech joined
to a reported clause whose tense it cannot share (a modal, a progressive, a copula) is the reporter's,
and "we" in a press statement is its byline's signatory, whether the byline is set in capitals or not."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

HEAD = "Border row\n\nNAIROBI, March 3 (Reuters) - "


def _actors(extract_text, text: str, trigger: str) -> list[str]:
    x = extract_text(text)
    names = {e.key: e.name for e in x.entities}
    return next(sorted(names[k] for k in e.actors) for e in x.events if e.trigger == trigger)


@pytest.mark.parametrize(
    ("sentence", "trigger", "actor"),
    [
        # a modal the past verb cannot take over
        ("Foreign ministry spokesman Paul Otieno told reporters that Kenya would not accept the ruling "
         "and demanded that Somalia withdraw its troops.", "demanded", "Paul Otieno"),
        # a progressive
        ("Grace Wanjiru, a researcher at Human Rights Watch, said the police were \"repeating the abuses of 2017\" "
         "and called on them to free the detained students.", "called", "Grace Wanjiru"),
        # a copula
        ("Opposition leader Raila Mwangi said the arrested men were students and accused the police of "
         "\"inventing a plot\".", "accused", "Raila Mwangi"),
    ],
)
def test_a_second_act_of_speech_after_a_tense_it_cannot_share_is_the_reporters(extract_text, sentence, trigger, actor):
    assert actor in _actors(extract_text, HEAD + sentence, trigger)


def test_an_unnamed_spokesperson_speaks_for_the_named_body(extract_text):
    text = HEAD + "A Tanzanian government spokesperson said Tanzania \"is not a party to this dispute\" and blamed Burundi for the clashes."
    assert _actors(extract_text, text, "blamed") == ["Tanzania"]


def test_a_reported_past_act_keeps_its_own_subject(extract_text):
    text = HEAD + "Interior Minister Paul Otieno said the Mombasa Republican Council attacked a police post and threatened the guards."
    assert _actors(extract_text, text, "threatened") == ["Mombasa Republican Council"]


@pytest.mark.parametrize("byline", ["JANE R. MORROW, SECRETARY OF STATE", "Jane R. Morrow, Secretary of State"])
def test_we_in_a_press_statement_is_its_signatory(extract_text, byline):
    text = ("Holding Officials Accountable in Kenya\n\nPRESS STATEMENT\n\n" + byline + "\n\nMARCH 3, 2027\n\n"
            "The United States is imposing visa restrictions on four Kenyan officials. "
            "We call on the Government of Kenya to release all those detained for peaceful protest.")
    assert "Jane R. Morrow" in [n.title() for n in _actors(extract_text, text, "call")]


def test_an_arrest_without_its_doer_is_the_reporting_polices(extract_text):
    text = HEAD + "Twelve students were detained in Nakuru on Friday, according to the National Police Service."
    assert _actors(extract_text, text, "detained") == ["National Police Service"]
