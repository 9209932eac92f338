"""A body named once and then by what kind of body it is ("the Border Security Directorate … The directorate
said", "the state news agency VNA … The agency said"): the description goes back to the named body, by its
name's head word or, when the name does not say its kind (an acronym), to the body that was the subject just
before. Passages written for these tests (invented bodies and people)."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    ("Two border guards were wounded on Friday, according to the Interior Ministry's Border Security Directorate. "
     "The directorate said both men were in a stable condition.",
     [(I, "Border Security Directorate", "Two border guards were wounded"),
      (I, "Border Security Directorate", "both men were in a stable condition")]),
    ("The state news outlet ANTA reported the launch on Monday. The agency said the test had been \"fully "
     "successful\".",
     [(I, "ANTA", "reported the launch on Monday"), (M, "ANTA", "fully successful")]),
    ("Customs officers seized 40 kilograms of heroin at the port, the Narcotics Control Bureau said. The bureau "
     "said three men had been arrested.",
     [(I, "Narcotics Control Bureau", "Customs officers seized 40 kilograms"),
      (I, "Narcotics Control Bureau", "three men had been arrested")]),
    ("Green Rivers International said the spill had killed fish along 30 kilometres of the river. The charity said the "
     "clean-up would take months.",
     [(I, "Green Rivers International", "the spill had killed fish"),
      (I, "Green Rivers International", "the clean-up would take months")]),
    # a body the article names only by a phrase ending in its kind is a body of its own, named by the phrase
    ("The Kovda regional police department said four men were detained. It said two of them were later released.",
     [(I, "Kovda regional police department", "four men were detained"),
      (I, "Kovda regional police department", "two of them were later released")]),
    ("The Halden Bureau for Press Freedom said at least 12 reporters had been detained this year.",
     [(I, "Halden Bureau for Press Freedom", "at least 12 reporters had been detained")]),
    # no body named before: the description stays unnamed
    ("The committee said the report would be published in May.",
     [(I, None, "the report would be published in May")]),
    ("The weather service said the storm would reach the coast on Sunday.",
     [(I, None, "the storm would reach the coast on Sunday")]),
    ("The agency said the shipment had been delayed by a week.",
     [(I, None, "the shipment had been delayed")]),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
