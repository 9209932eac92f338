"""Second references to a source named before, on passages written for these tests (invented bodies and
people, in wire, broadcaster, broadsheet, government-release and regional-press styles).

Each row is a small article → the statements it must give, as (quote type, speaker's entity name or None
for an unnamed source, words the statement text must contain).
"""
from __future__ import annotations

import pytest

from statement_rows import assert_gives, assert_grounded, extract_rows, passage_params

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

D, I, M = "Direct", "Indirect", "Mixed"

ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # "the agency" / "the regulator" / "the watchdog": the body of that kind named before, whatever word
    # its name uses (Administration, Service, Programme, Authority, Commission)
    ("The Federal Aviation Administration grounded the jets on Monday. The agency says inspections will take at "
     "least two weeks.", [(I, "Federal Aviation Administration", "inspections will take at least two weeks")]),
    ("WASHINGTON (Reuters) - The Drug Enforcement Administration seized 400 kilos of cocaine in Miami. The agency "
     "said the shipment had come from Colombia.", [(I, "Drug Enforcement Administration", "the shipment had come")]),
    ("The UN's World Food Programme halted deliveries in the north. The agency said its trucks had been looted "
     "twice in a week.", [(I, "World Food Programme", "its trucks had been looted")]),
    ("The Competition and Markets Authority has opened an inquiry into the merger. The watchdog said it had "
     "\u201cserious concerns\u201d about prices.", [(M, "Competition and Markets Authority", "serious concerns")]),
    ("Kenya\u2019s Energy and Petroleum Regulatory Authority raised pump prices at midnight. \u201cThe increase "
     "reflects global costs,\u201d the regulator said in a notice.",
     [(D, "Energy and Petroleum Regulatory Authority", "The increase reflects global costs")]),
    ("The Securities and Exchange Commission charged three traders with fraud. The regulator said the men had "
     "made $4 million from tips.", [(I, "Securities and Exchange Commission", "the men had made $4 million")]),
    # a leader's administration is a government, not "the agency"; the agency named after it is
    ("The Trump administration imposed tariffs on steel. The agency said the move was lawful.",
     [(I, None, "the move was lawful")]),
    ("The Biden administration sent the vaccine file to the Food and Drug Administration. The agency said it "
     "would decide by June.", [(I, "Food and Drug Administration", "it would decide by June")]),
]


@pytest.fixture(scope="module")
def extractions():
    return extract_rows(ROWS)


@pytest.mark.parametrize("row", passage_params(ROWS))
def test_passage_gives_expected_statements(extractions, row):
    assert_gives(extractions[row], ROWS[row][1])


def test_every_span_is_grounded(extractions):
    assert_grounded(extractions)
