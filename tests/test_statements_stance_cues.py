"""Two-word cues of stance made of a verb and an adjective ("made clear that …", "made it clear that …"):
the source states the clause after the adjective, wherever the parser hung it."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    ("President Helen Marsh has made clear that the country will not pay any ransom to the kidnappers.",
     [(I, "Helen Marsh", "the country will not pay any ransom")]),
    ("The prime minister, Olav Brandt, made it clear that new elections would not be called before spring.",
     [(I, "Olav Brandt", "new elections would not be called before spring")]),
    ("Finance Minister Rita Osei has made clear she will resign if the budget is voted down.",
     [(I, "Rita Osei", "she will resign if the budget is voted down")]),
    ("The European Commission has made it clear that the subsidy breaches competition rules.",
     [(I, "European Commission", "the subsidy breaches competition rules")]),
    ("Chancellor Dieter Voss made clear on Tuesday that Berlin would not send tanks.",
     [(I, "Dieter Voss", "Berlin would not send tanks")]),
    ("Governor Amy Tran has repeatedly made clear that the state will sue over the new rule.",
     [(I, "Amy Tran", "the state will sue over the new rule")]),
    # an adjective that is no cue of saying makes no statement
    ("The storm made the roads impassable for three days.", []),
    ("Officials made it easy for residents to register online.", []),
    # an act or a purpose makes nothing clear in anyone's words
    ("Today's action makes clear that the country will not forget the victims.", []),
    ("The government is using new tools to make clear that corruption has a price.", []),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
