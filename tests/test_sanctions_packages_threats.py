"""Sanctions in news prose: members of a sanctioned group named paragraphs later, packages,
threats of counter-measures, obstructed measures."""
from __future__ import annotations

import pytest

from newskb.pipeline import extract

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def _records(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    x = extract(text)
    names = {e.key: e.name for e in x.entities}
    return {(s.status, frozenset(names[i] for i in s.imposed_by), frozenset(names[t] for t in s.targets))
            for s in x.sanctions}


def _targets_of(text: str, status: str) -> set[str]:
    return {t for s, _, targets in _records(text) if s == status for t in targets}


FILLER = ("The measures take effect at midnight. Critics said the move came too late. "
          "Officials in the capital declined to comment.")

MEMBERS_NAMED_LATER = [
    (f"Canada has imposed sanctions on four senior Belarusian officers over the crackdown. {FILLER} "
     "Those targeted include Colonel Pavel Hrydzin, whom Ottawa said commanded the riot units.",
     {"Pavel Hrydzin"}),
    (f"Australia imposed travel bans on three Myanmar generals on Monday. {FILLER} "
     "The first is Soe Win Naing, the air force chief. "
     "The others are the navy commander, Thura Kyaw Htet, and a regional commander, Min Zaw Oo.",
     {"Thura Kyaw Htet", "Min Zaw Oo"}),
]


@pytest.mark.parametrize(("text", "members"), MEMBERS_NAMED_LATER)
def test_members_named_paragraphs_later_join_the_sanction(text, members):
    assert members <= _targets_of(text, "Imposed")


def test_a_relative_clause_in_the_member_list_names_no_target():
    text = (f"Japan imposed sanctions on two Sudanese commanders on Friday. {FILLER} "
            "Those targeted include Abdelrahim Osman, who the Foreign Ministry said ordered the shelling.")
    targets = _targets_of(text, "Imposed")
    assert "Abdelrahim Osman" in targets
    assert not any("Ministry" in t for t in targets)
