"""Sentence checks for event words used outside politics: in a report of a game or a market the
vocabulary of conflict is figurative ("attacked relentlessly and scored", "the index surrendered
its gains", a seed withdrawing from a tournament, a meeting of shareholders), while a country, a
force or a weapon acting in the same sentence is still news, and so is a trade dispute that names
market share; a takeover, merger or licence agreed is commerce, not a political agreement;
attacking a decision ("attacked the arrests", "attacked the budget") is criticism, not violence."""
from __future__ import annotations

import pytest

from event_rows import sentence_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    # a state or its forces acting beside a game or a market
    ("COERCE", "Occurred", "Police detained forty supporters who invaded the pitch after the semi-final."),
    ("ASSAULT", "Occurred", "Russian missiles struck Odesa overnight, and the FTSE closed lower."),
    ("COERCE", "Occurred", "Venezuela seized two cargo ships carrying bitcoin mining equipment."),
    ("ACCUSE", "Occurred", "The opposition leader attacked the tariff as a tax on families."),
    ("ASSAULT", "Occurred", "Gunmen attacked a police checkpoint in Zamfara on Sunday."),
    ("COERCE", "Occurred", "Police arrested a dozen fans outside the stadium after the tournament final in Lagos."),
    ("REQUEST", "Occurred", "Exporters fear losing market share, and the chamber of commerce urged Canada to retaliate."),
    # states settling a dispute or agreeing on a deal do agree
    ("AGREE", "Occurred", "Peru and Chile agreed to settle their maritime dispute at the International Court of Justice."),
    ("AGREE", "Occurred", "Ecuador and Colombia struck a deal on border security."),
]

NOT_REPORTED = [
    ("ASSAULT", "Arsenal attacked from the first whistle and scored twice before half-time."),
    ("ASSAULT", "The visitors launched a late counter-attack in stoppage time."),
    ("RETREAT", "Pakistan's batsmen capitulated on the final morning, bowled out for 112 in the second innings."),
    ("RETREAT", "The Hang Seng surrendered its early gains as property developers slid."),
    ("ASSAULT", "A wave of selling hit bitcoin, which dropped below $60,000."),
    ("THREATEN", "The grandmaster threatened mate on the kingside before his opponent resigned."),
    ("AGREE", "Unilever agreed to acquire the ice cream maker for 2.3 billion euros."),
    ("AGREE", "The two carmakers agreed to merge their battery businesses."),
    ("AGREE", "Nokia and Huawei settled a global patent dispute last year."),
    ("ASSAULT", "The opposition leader attacked the tariff as a tax on families."),
    ("ASSAULT", "A settler leader attacked the arrests of four teenagers as political."),
    ("RETREAT", "The top seed withdrew from the tournament in Madrid with a wrist injury."),
    ("ACCUSE", "Reviewers slammed the sequel, and its box office takings fell by half."),
    ("CONSULT", "The merger was approved by shareholders at a meeting in Frankfurt on Thursday."),
]

events_by_sentence, test_sentence_reports, test_sentence_does_not_report = sentence_tests(REPORTS, NOT_REPORTED)
