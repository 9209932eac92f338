"""A source named after a set-off rank ("Its spokesman, Major General Didier Kasongo, said"): the person
named is the speaker, not the body the spokesman speaks for, however the parser hung the name on the rank."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    ("The Congolese army denied targeting civilians. Its spokesman, Major General Didier Kasongo, said the "
     "drones had struck \"positions where fighters were massing\".",
     [(I, "Congolese army", "denied targeting civilians"), (M, "Didier Kasongo", "positions where fighters were massing")]),
    ("The army denied the report. Its spokesman, Lieutenant Colonel Omar Bashir, said the convoy had been attacked first.",
     [(I, "army", "The army denied the report"), (I, "Omar Bashir", "the convoy had been attacked first")]),
    ("The navy rejected the account. A navy spokesman, Rear Admiral Ivo Petrov, said no vessel had entered the strait.",
     [(I, "Ivo Petrov", "no vessel had entered the strait")]),
    ("The militia blamed the government. Its commander, Major General Samuel Deng, said his men would not withdraw.",
     [(I, "Samuel Deng", "his men would not withdraw")]),
    ("The air force denied losing a jet. Its spokesman, Air Vice Marshal Tunde Ade, said all aircraft had returned safely.",
     [(I, "Tunde Ade", "all aircraft had returned safely")]),
    ("The army's spokesman, Brigadier General Felix Mba, said the strikes had hit \"legitimate military targets\".",
     [(M, "Felix Mba", "legitimate military targets")]),
    # the later pronoun is the ranked spokesman, not a person named before him
    ("Rebel spokesman Paul Ilunga called the strikes \"a massacre\". The army denied targeting civilians. Its "
     "spokesman, Major General Didier Kasongo, said the drones had hit fighters.\n\n"
     "\"We will defend every inch of our country,\" he told reporters on Monday.",
     [(M, "Paul Ilunga", "a massacre"), (I, "army", "The army denied targeting civilians"),
      (I, "Didier Kasongo", "the drones had hit fighters"), (D, "Didier Kasongo", "We will defend every inch")]),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
