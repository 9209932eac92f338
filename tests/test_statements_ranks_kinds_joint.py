"""Sources named again or named through a phrase (invented passages; wire, broadsheet, government-release
and regional-press styles): a body's name followed by a phrase of its kind ("the Shin Bet security
service"), a military or police rank used alone after the ranked name ("the colonel said"), an office title
set off before its holder's name and then used alone ("the High Representative"), and a joint document of
bodies the article named together ("their joint statement").

Each row is a small article → the statements it must give, as (quote type, speaker's entity name or None
for an unnamed source, words the statement text must contain).
"""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # a body's name, then a two-word phrase saying what kind of body it is
    ("The Shin Bet security service announced that three suspects had been arrested.",
     [(I, "Shin Bet", "three suspects had been arrested")]),
    ("Israel's Mossad spy agency said the plot had been foiled.", [(I, "Mossad", "the plot had been foiled")]),
    ("The Interfax news agency reported that the minister had resigned.",
     [(I, "Interfax", "the minister had resigned")]),
    ("The Hamas militant group said the ceasefire was over.", [(I, "Hamas", "the ceasefire was over")]),
    ("The ceasefire is over, the Hamas militant group said in a statement on Sunday.",
     [(I, "Hamas", "The ceasefire is over")]),
    ("Earlier, the Interfax news agency quoted a source as saying that talks \"have stalled\".",
     [(M, "Interfax", "have stalled")]),
    # a rank before a name, then the rank alone
    ("Colonel Ibrahim Maiga, the junta's spokesman, spoke on state television. Any sanctions would be met "
     "with \"firm measures,\" the colonel warned.",
     [(M, "Ibrahim Maiga", "Any sanctions would be met with")]),
    ("Lt. Col. Andrei Petrov met reporters near the front. The colonel said his men had held the line.",
     [(I, "Andrei Petrov", "his men had held the line")]),
    ("Lieutenant Colonel Andrei Petrov met reporters near the front. The colonel said his men had held the "
     "line.", [(I, "Andrei Petrov", "his men had held the line")]),
    ("Major Sarah Okafor led the patrol into the village. The major said no civilians were hurt.",
     [(I, "Sarah Okafor", "no civilians were hurt")]),
    ("Capt. Daniel Mensah of the coast guard briefed reporters on Monday. \"We found no survivors,\" the "
     "captain said.", [(D, "Daniel Mensah", "We found no survivors")]),
    ("Sgt. Maria Alvarez was the first officer at the scene. The sergeant told the court the door had been "
     "forced.", [(I, "Maria Alvarez", "the door had been forced")]),
    # a title set off before its holder's name, then the title alone
    ("\"We will not look away,\" said the High Representative for Foreign Affairs and Security Policy, Kaja "
     "Kallas. The High Representative also said that aid would continue.",
     [(D, "Kaja Kallas", "We will not look away"), (I, "Kaja Kallas", "aid would continue")]),
    ("\"Our doors remain open,\" said the Secretary-General of NATO, Mark Rutte. The Secretary-General added "
     "that allies would meet in June.",
     [(D, "Mark Rutte", "Our doors remain open"), (I, "Mark Rutte", "allies would meet in June")]),
    ("The talks were chaired by the Special Envoy for Yemen, Hans Grundberg. The Special Envoy said both "
     "sides had agreed to a truce.", [(I, "Hans Grundberg", "both sides had agreed to a truce")]),
    ("The report was welcomed by the Special Representative for the Sahel, Marta Lind. The Special "
     "Representative said the region needed \"urgent help\".",
     [(M, "Marta Lind", "urgent help")]),
    ("\"This is a dark day,\" said the Commissioner for Human Rights, Dunja Mijatovic. The Commissioner said "
     "the detainees must be freed.",
     [(D, "Dunja Mijatovic", "This is a dark day"), (I, "Dunja Mijatovic", "the detainees must be freed")]),
    ("The inquiry was opened by the Special Rapporteur on Torture, Alice Edwards. The Special Rapporteur "
     "said the allegations were \"credible\".",
     [(M, "Alice Edwards", "credible")]),
    # a joint document of bodies the article named together
    ("Interpol and Europol said on Friday that 40 people had been detained. In their joint statement, the "
     "two agencies said the network had operated for years.",
     [(I, None, "40 people had been detained"), (I, "Interpol", "the network had operated for years")]),
    ("The European Commission and the Council of Europe welcomed the ruling. Their joint statement called it "
     "\"a landmark for press freedom\".",
     [(M, "European Commission", "a landmark for press freedom")]),
    ("Kenya and Uganda agreed to reopen the border, the two governments said in a joint statement.",
     [(I, "Kenya", "Kenya and Uganda agreed to reopen the border")]),
    ("The Shin Bet security service and the Israel Police arrested four suspects on Tuesday. According to "
     "their joint statement, the suspects live in outposts near the village.",
     [(I, "Shin Bet", "the suspects live in outposts")]),
    ("Ghana and Togo signed the accord in Accra. According to their joint communique, patrols will begin in "
     "May.", [(I, "Ghana", "patrols will begin in May")]),
    ("The World Bank and the IMF approved the loan on Monday. Both institutions said in a joint statement "
     "that reforms \"must continue\".", [(M, "World Bank", "must continue")]),
    # negatives: a part of a larger body, a rank of someone else, people named together
    ("The UN refugee agency said 3,000 people had crossed the border.",
     [(I, "Office of the United Nations High Commissioner for Refugees", "3,000 people had crossed the border")]),
    ("Colonel Ibrahim Maiga spoke on Monday. A colonel from the air force said the runway was closed.",
     [(I, None, "the runway was closed")]),
    ("Biden and Macron met in Paris. In their joint statement, the leaders said Ukraine \"will prevail\".",
     [(M, None, "will prevail")]),
]

GAPS = {
    "Earlier, the Interfax news agency quoted a source as saying that talks \"have stalled\".":
        "a source quoted by a body is unnamed, and the body is not its speaker",
    "The report was welcomed by the Special Representative for the Sahel, Marta Lind. The Special "
    "Representative said the region needed \"urgent help\".": "the holder's name is not recognised after the title",
    "The inquiry was opened by the Special Rapporteur on Torture, Alice Edwards. The Special Rapporteur "
    "said the allegations were \"credible\".": "the recogniser reads the title alone as a person",
    "The Shin Bet security service and the Israel Police arrested four suspects on Tuesday. According to "
    "their joint statement, the suspects live in outposts near the village.":
        "bodies named together as the subject of a deed, not of a statement, are not looked back to",
    "Capt. Daniel Mensah of the coast guard briefed reporters on Monday. \"We found no survivors,\" the "
    "captain said.": "a rank with an \"of\" phrase after the name is not learned",
    "Sgt. Maria Alvarez was the first officer at the scene. The sergeant told the court the door had been "
    "forced.": "an abbreviated rank opening the sentence is not learned",
}

extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
