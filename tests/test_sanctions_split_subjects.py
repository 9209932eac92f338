"""A designation reported in a "that" clause whose subject carries a relative clause with a hyphenated
verb ("announced that A and the other members of B, which it co-chairs with C, had designated X"):
the parser splits the clause at "co-chairs" and leaves "had designated" without a subject, so the
designation loses its imposer, and so do the designees named after it ("Those designated include
…"). Gulf, UK, Japanese, Canadian and Australian wire and release styles, and sentences with the same
words that report no sanction taken. Every passage is written for the test."""
from __future__ import annotations

import pytest
from sanction_rows import I, P, assert_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


PASSAGES = [
    ("The Presidency of State Security announced that Saudi Arabia and the other members of the Terrorist "
     "Financing Targeting Center, which it co-chairs with the United States, had designated three individuals "
     "for financing the Houthis.\n\n"
     "Those designated include Yemeni trader Khalid Ahmed Al-Mutawakkil and Sanaa-based Al-Noor Exchange.",
     {(I, "Saudi Arabia", "Khalid Ahmed Al-Mutawakkil"), (I, "Saudi Arabia", "Al-Noor Exchange")},
     {(I, "Terrorist Financing Targeting Center", "Khalid Ahmed Al-Mutawakkil"),
      (I, "Terrorist Financing Targeting Center", "Al-Noor Exchange")}),
    ("The foreign ministry announced that Canada and its G7 partners, whose task force it co-leads with "
     "Britain, have sanctioned five shipping firms over the shadow fleet.\n\n"
     "Those sanctioned include Dubai-based Sea Ridge Marine.",
     {(I, "Canada", "Sea Ridge Marine")}, {(I, "Group of Seven", "Sea Ridge Marine")}),
    ("The Foreign Office said that Britain and the other members of the Global Coalition, which it co-leads "
     "with France, have sanctioned six people who fund the militia.\n\n"
     "Those sanctioned include Sudanese businessman Omar Hassan Dirar.",
     {(I, ("United Kingdom", "Britain"), "Omar Hassan Dirar")}, {(I, "Global Coalition", "Omar Hassan Dirar")}),
    ("The ministry announced that Japan and the other members of the G7, which it co-hosts with Italy this "
     "year, had frozen the assets of two Russian bankers.\n\n"
     "Those targeted include Viktor Zemsky and Boris Altman.",
     {(I, "Japan", "Viktor Zemsky"), (I, "Japan", "Boris Altman")},
     {(I, "Group of Seven", "Viktor Zemsky"), (I, "Group of Seven", "Boris Altman")}),
    ("In a statement, the ministry said that Qatar and the other members of the Terrorist Financing "
     "Targeting Center, which it co-chairs with the United States, have designated two entities for "
     "financing the Houthis.\n\n"
     "The entities designated include Aden Star Exchange.",
     {(I, "Qatar", "Aden Star Exchange")}, {(I, "Terrorist Financing Targeting Center", "Aden Star Exchange")}),
    ("The State Department said on Monday that Australia and the other members of the Quad, which it "
     "co-founded with India, had sanctioned three Myanmar generals.\n\n"
     "Those sanctioned include Min Aung Hlaing.",
     {(I, "Australia", "Min Aung Hlaing")}, {(I, "Quad", "Min Aung Hlaing")}),
    # --- the same layout with no sanction taken
    ("The ministry announced that Japan and the other members of the G7, which it co-hosts with Italy this "
     "year, had discussed the situation in Ukraine.\n\n"
     "Those attending include Viktor Zemsky and Boris Altman.",
     set(), set()),
    ("The Foreign Office said that Britain and the other members of the Global Coalition, which it co-leads "
     "with France, have called for sanctions on six people who fund the militia, including Omar Hassan Dirar.",
     set(), {(P, ("United Kingdom", "Britain"), "Omar Hassan Dirar")}),
]


@pytest.mark.parametrize(("text", "expected", "optional"), PASSAGES)
def test_split_subject_designations(text, expected, optional):
    assert_records(text, expected, optional)
