"""A named body's finding: "USTR determined that the taxes discriminate …", "The Competition Commission found
that …": regulators and trade offices state their conclusions so, and the clause is their statement. A finding with no clause ("police found the body") or by an unnamed group
("researchers found that …") is none; "determined to" is resolve, no finding; "OFAC has determined that …" is
the release's own decision, the action it announces. After "According to X, A," a
clause joined with its own reporting subject ("and the committee determined that B") is that subject's."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    ("USTR determined that the levies discriminate against American software companies.",
     [(I, "USTR", "the levies discriminate against American software companies")]),
    ("In 2019, the Competition Commission found that the two cement makers had fixed prices for a decade.",
     [(I, "Competition Commission", "the two cement makers had fixed prices for a decade")]),
    ("The Federal Trade Commission determined that the merger would raise prices for rural hospitals.",
     [(I, "Federal Trade Commission", "the merger would raise prices for rural hospitals")]),
    ("Last year, Ofcom found that the broadcaster had breached impartiality rules and ordered it to air a correction.",
     [(I, "Ofcom", "the broadcaster had breached impartiality rules")]),
    ("In 2021, the European Commission found that the tax was unlawful and urged the government to repeal it within a year.",
     [(I, "European Commission", "the tax was unlawful and urged the government to repeal it")]),
    ("According to the Interior Ministry, the detainees were released on Friday, and the Human Rights Commission "
     "determined that their arrest had been arbitrary.",
     [(I, "Interior Ministry", "the detainees were released on Friday"),
      (I, "Human Rights Commission", "their arrest had been arbitrary")]),
    # negatives
    ("Police found the body of the missing hiker near the river.", []),
    ("Researchers found that the vaccine cut infections by half.", []),
    ("The government is determined to finish the road by June.", []),
    ("OFAC has determined that the refinery no longer meets the criteria for designation.", []),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
