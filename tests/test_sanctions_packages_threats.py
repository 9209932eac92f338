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


def test_a_veto_of_a_resolution_to_tighten_sanctions_imposes_nothing():
    text = ("Analysts noted that France and Britain, which vetoed a Russian-drafted resolution to lift "
            "sanctions on Damascus last year, would oppose the text. Moscow had also vetoed a measure to "
            "tighten sanctions on Iran in 2023.")
    assert not any(status == "Imposed" and imposers & {"France", "United Kingdom", "Russia"}
                   for status, imposers, _ in _records(text))


PACKAGE = ("Brussels, 5 May 2026 - The European Union adopted its 19th package of sanctions against Belarus "
           "on Tuesday. The package bars 40 more tankers from EU ports, bringing the total to 500, and "
           "imposes a full transaction ban on three Belarusian lenders, including Belagroprombank. "
           "It also adds 12 firms to the export control list. "
           "\u201cWith this package we are cutting off the regime\u2019s revenues,\u201d "
           "the bloc\u2019s trade commissioner, Maria Lindqvist, said.")


def test_a_package_as_subject_imposes_a_transaction_ban_of_its_adopter():
    assert ("Imposed", frozenset({"European Union"}), frozenset({"Belagroprombank"})) in _records(PACKAGE)


def test_we_with_this_package_is_the_package_adopter_not_the_speaker():
    text = ("The European Union adopted its 21st sanctions package against Belarus. The package bars 40 more "
            "tankers from EU ports.\n\n\u201cWith this package we are hitting Belarus\u2019s oil revenues where it "
            "hurts,\u201d EU trade commissioner Maria Lindqvist said.")
    imposers = {i for _, imposers, _ in _records(text) for i in imposers}
    assert imposers == {"European Union"}


def test_an_ordinal_before_package_is_no_date():
    x = extract("date 2026-06-10\nEU adopts new Belarus measures\n\nThe European Union formally adopted its 22nd "
                "package of sanctions against Belarus on June 9, after Hungary lifted its objection.")
    assert [s.date for s in x.sanctions] == ["2026-06-09"]
