"""Two sources in one sentence: "X said A, while Y said B", "X said A; police said B". Each clause with its own
named source and verb of saying is that source's statement, not part of what the other one said. And a
participle describing the source of "according to" ("videos posted online") is no clause it reports.
Passages written for these tests (invented bodies and people)."""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS = [
    ("Spain's foreign ministry said it deplored the ruling and called for the reporter's release, while Italy's "
     "foreign ministry said it would raise the case with the ambassador.",
     [(I, "Spain's foreign ministry", "it deplored the ruling"),
      (I, "Italy's foreign ministry", "it would raise the case with the ambassador")]),
    ("The Green Union said a 30-year-old activist, Paolo Nunes, was injured by a rubber bullet; police said they "
     "were looking into the incident.",
     [(I, "Green Union", "was injured by a rubber bullet"),
      (I, "police", "they were looking into the incident")]),
    # one source, two clauses: both are its own
    ("The mayor said the bridge would reopen on Monday and that repairs had cost 2 million euros.",
     [(I, None, "the bridge would reopen on Monday and that repairs had cost 2 million euros")]),
    # a clause with a subject but no verb of saying stays in the content
    ("Tomas Berg said the talks had stalled and the army had taken two villages in the north.",
     [(I, "Tomas Berg", "the talks had stalled and the army had taken two villages in the north")]),
]

# "according to" a source a participle describes: the clause before is what the source reports
ACCORDING_ROWS = [
    ("Riot police cleared the camp and detained two organisers, according to witnesses and footage posted online.",
     [(I, None, "Riot police cleared the camp and detained two organisers")]),
    ("Rebels attacked a checkpoint near the border, killing four guards, according to a statement from the army "
     "read on state radio.",
     [(I, None, "Rebels attacked a checkpoint near the border, killing four guards")]),
]
ROWS += ACCORDING_ROWS

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
