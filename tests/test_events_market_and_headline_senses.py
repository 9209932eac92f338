"""Sentence checks for event words with a commercial or medical sense and for headline verbs:
buyers' demand in a market report is no call ("weaker fuel demand"), talks over a merger or a
price are commerce, "a heart attack" is an ailment, a game told by its equaliser or its
second half is figurative; a headline's present verb that the tagger read as a plural noun
("Pyongyang rebuffs Seoul's offer") is still the verb, as a noun takes no direct object, and a
present verb hung on the name before it ("Trump endorses Milei") has that name for subject."""
from __future__ import annotations

import pytest

from event_rows import sentence_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    ("REQUEST", "Occurred", "Protesters renewed their demand for the governor's resignation."),
    ("CONSULT", "Occurred", "Trade talks between India and the European Union resumed in Brussels."),
    ("ASSAULT", "Occurred", "Rebels launched an attack on an army base near Goma."),
    ("REJECT", "Occurred", "Pyongyang rebuffs Seoul's offer of flood aid"),
    ("REJECT", "Occurred", "Colombia rejects Venezuelan claims over border killings"),
    ("SUPPORT", "Occurred", "Trump endorses Milei ahead of Argentina's midterm elections"),
]

NOT_REPORTED = [
    ("REQUEST", "Brent crude rose on expectations of stronger fuel demand from India, traders said."),
    ("REQUEST", "Copper slipped as weak demand from Chinese smelters weighed on prices."),
    ("CONSULT", "Takeover talks between the two Canadian miners stalled on Friday."),
    ("CONSULT", "Price talks between the steelmaker and its customers will resume in March."),
    ("AGREE", "The two retailers agreed a price for the warehouse portfolio."),
    ("ASSAULT", "The minister suffered a heart attack on the campaign trail and was taken to hospital."),
    ("ASSAULT", "Juventus equalised through a late strike from their captain after a long second-half assault."),
    ("AID", "Pyongyang rebuffs Seoul's offer of flood aid"),
]

events_by_sentence, test_sentence_reports, test_sentence_does_not_report = sentence_tests(REPORTS, NOT_REPORTED)
