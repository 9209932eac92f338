"""Who "he" or "she" is after a delegate or spokesperson left unnamed ("the representative of Norway said …
he said"): the body the delegate speaks for; after an official left unnamed, no one named. On passages
written for these tests in the style of UN meeting coverage and wire copy.

Each row is a small article → the statements it must give, as (quote type, speaker's entity name or None
for an unnamed source, words the statement text must contain).
"""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # the delegate's "he" goes on with the country, not with a person named in passing
    ("The representative of Norway said the mission had failed its mandate. Militias had shelled the camps "
     "near Kalemie and Moba, he said.",
     [(I, "Norway", "the mission had failed its mandate"), (I, "Norway", "Militias had shelled the camps")]),
    ("Speaking after the vote, the representative of Chile said the text ignored the region. He urged members "
     "to reopen the talks before the deadline.",
     [(I, "Chile", "the text ignored the region"), (I, "Chile", "reopen the talks before the deadline")]),
    # a delegate may name his own country in his words: still his country's
    ("The representative of Peru rejected the draft, which he said was \u201can insult to the people of Peru\u201d.",
     [(M, "Peru", "an insult to the people of Peru")]),
    # a delegate set off with her name is that person
    ("Maria Gonzalez, the representative of Uruguay, said the vote was rushed. She added that her delegation would "
     "abstain next time.",
     [(I, "Maria Gonzalez", "the vote was rushed"), (I, "Maria Gonzalez", "her delegation would abstain next time")]),
    # after one person left unnamed, "he" goes on with that unnamed source, not with someone named before
    ("Party spokesman Tomas Varga said the coalition would hold. According to a senior official involved in "
     "the talks, the budget vote has been postponed. \u201cNobody wants an election now,\u201d he told reporters.",
     [(I, "Tomas Varga", "the coalition would hold"), (I, None, "the budget vote has been postponed"),
      (D, None, "Nobody wants an election now")]),
    ("Interior Minister Lena Brandt said the border would stay open. A police officer at the crossing said "
     "queues had grown overnight. \u201cWe have never seen so many cars,\u201d he said.",
     [(I, "Lena Brandt", "the border would stay open"), (I, None, "queues had grown overnight"),
      (D, None, "We have never seen so many cars")]),
    # a person named after the unnamed source is the one the pronoun goes on with
    ("A diplomat said the vote could slip to June. For Ines Moreau, a researcher at the Clingendael Institute, "
     "the delay is symbolic. \u201cNobody in the capitals wants this fight,\u201d she said.",
     [(I, None, "the vote could slip to June"), (D, "Ines Moreau", "Nobody in the capitals wants this fight")]),
    ("An official said the talks had stalled. Foreign Minister Piotr Nowak disagreed. \u201cWe are close to a "
     "deal,\u201d he said.",
     [(I, None, "the talks had stalled"), (D, "Piotr Nowak", "We are close to a deal")]),
]

extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS)
