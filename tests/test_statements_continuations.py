"""The passages of statements_continuations_rows.py (quotations going on across paragraphs, titles then
surnames, briefing transcripts, readouts, "told [outlet]", "according to", written statements, nested
quotations, interviews), scored as ../shared/eval/score.py scores statements (statement_rows.gold_scores).
The first 127 passages were written before the rules were read: untouched they scored detected F1 0.920
(P 0.992 R 0.857) and attributed F1 0.875 (P 0.947 R 0.814), the blind estimate; after the rules they led
to (RULE_ROWS below), detected 0.997 and attributed 0.981. A second probe of 17 passages, written after,
scores attributed 0.973. Floors hold the level reached; the gaps left are listed in GAPS with their causes."""
from __future__ import annotations

import pytest

from newskb.pipeline import extract_articles
from newskb.reader import parse_article
from statement_rows import ScoredStatementSet, assert_gives
from statements_continuations_rows import ROWS

pytestmark = pytest.mark.model

#: Gold statements no extraction gives yet, by key, with the cause.
GAPS = {
    'the town has no money left for repairs':
        "the recogniser types 'Paul Dubois' (set off before 'the town') as a place, so no person is the source",
    'I have never felt better':
        "the recogniser finds no person in 'Novelist Gregory Hart', so 'Hart, 72,' names no one",
    'Retirement is for other people':
        "the recogniser finds no person in 'Novelist Gregory Hart', so 'Hart, 72,' names no one",
    'We ran out of oxygen at two in the morning':
        "the recogniser types 'Nurse Abena Owusu' as a place, so the sentence before is about no person",
}


class TestContinuations(ScoredStatementSet):
    ROWS = ROWS
    GAPS = GAPS
    FLOORS = {"detected": (0.99, 0.99), "attributed": (0.98, 0.97)}


#: The general rules the set's errors led to, each on sentences written for it (after the rules were read):
#: text → the statements it must give, as in test_statements_layouts.py.
RULE_ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # readout verbs: "conveyed that", "highlighted that"
    ("Secretary of State Nora Quist met the Foreign Minister of Chile. Secretary Quist conveyed that the "
     "United States would back the loan.", [("Indirect", "Nora Quist", "the United States would back the loan")]),
    ("Secretary of Energy Paul Whitmore toured the plant. The Secretary highlighted that the project would cut "
     "emissions by half.", [("Indirect", "Paul Whitmore", "the project would cut emissions by half")]),
    ("The report highlighted the risks of the plan.", []),
    # an office named before a name, then alone
    ("Police Commissioner Ruth Obi visited the scene. The commissioner said two officers had been hurt.",
     [("Indirect", "Ruth Obi", "two officers had been hurt")]),
    ("Archbishop Paul Lenz led the prayers. The archbishop said the town would rebuild.",
     [("Indirect", "Paul Lenz", "the town would rebuild")]),
    # transcript turns: a speaker's label and a colon open the paragraph
    ("Press Briefing by Spokesperson Karin Holt\n\nMS. HOLT: We have seen the reports and are looking into "
     "them.\n\nQUESTION: Will you close the embassy?\n\nMS. HOLT: No decision has been made.",
     [("Direct", "Karin Holt", "We have seen the reports"), ("Direct", "Karin Holt", "No decision has been made")]),
    ("Remarks by Ambassador Tomas Bell\n\nAMBASSADOR BELL: Thank you, Mr. President. The famine is man-made.",
     [("Direct", "Tomas Bell", "The famine is man-made")]),
    # a quotation standing alone, with no cue, after a sentence about a person: that person's words
    ("The goalkeeper, Ivo Brandt, was furious after the defeat.\n\n“We gave the game away in ten minutes.”",
     [("Direct", "Ivo Brandt", "We gave the game away in ten minutes")]),
    ("Lena Marsh nodded. “I have heard this promise before.”",
     [("Direct", "Lena Marsh", "I have heard this promise before")]),
    ("Paul Vance resigned as chairman in May.\n\nHe left the country a week later.\n\n“I had no choice but "
     "to go,” he wrote in his memoir.", [("Direct", "Paul Vance", "I had no choice but to go")]),
    ("The bridge was closed for repairs.\n\n“Road closed until further notice.”", []),
    ("Owen Tait was sentenced to ten years.\n\n“Justice has been done at last.”", []),
    ("Carla Reyes arrived at the court. “Free them all now,” read the banner outside.\n\n“We will be back "
     "tomorrow.”", []),
    # "according to" a title and the name after it (run on, or set off by commas before a clause)
    ("According to district police chief Omar Jatoi, a bomber drove a truck into the gate.",
     [("Indirect", "Omar Jatoi", "a bomber drove a truck into the gate")]),
    ("According to the governor, Mark Hill, the region has run out of vaccines.",
     [("Indirect", "Mark Hill", "the region has run out of vaccines")]),
    ("According to the governor, Mark Hill, 45, was arrested.",
     [("Indirect", None, "Mark Hill, 45, was arrested")]),
    # a quotation after an attribution that ends its sentence resumes only as a sentence of its own; one
    # split again by its own attribution is a statement of its own
    ("“The dam will hold,” said Mira Olsen. “If the rain goes on,” she added, “we will open the gates.”",
     [("Direct", "Mira Olsen", "The dam will hold"), ("Direct", "Mira Olsen", "we will open the gates")]),
    ("“The dam will hold,” Mira Olsen said. “We checked it twice this week.”",
     [("Direct", "Mira Olsen", "The dam will hold,” Mira Olsen said. “We checked it twice")]),
    # a description fitting several people goes on with the subject of the sentence that last named them
    ("President Mark Ellison spoke today with President Kiir Makuei of South Sudan. The President "
     "reaffirmed that aid would continue.", [("Indirect", "Mark Ellison", "aid would continue")]),
    ("President Anna Berg criticised President Tom Reyes of Chile. Reyes rejected the criticism. The "
     "president said that Chile would not change course.", [("Indirect", "Tom Reyes", "Chile would not change course")]),
    # "X posted on Telegram: “…”": the colon the parser hangs on the quotation, the verb read as a participle
    ("Regional governor Pavlo Kuzmin posted on Telegram: “Three drones were shot down overnight.”",
     [("Direct", "Pavlo Kuzmin", "Three drones were shot down overnight")]),
    ("Pavlo Kuzmin, the regional governor, wrote on Telegram: “Stay in the shelters until morning.”",
     [("Direct", "Pavlo Kuzmin", "Stay in the shelters until morning")]),
    ("The sign read: “Closed until further notice for repairs.”", []),
    # a person named in the words is not the "he" who says them
    ("Manager Alan Pike praised striker Joe Mott, who scored twice.\n\n“Joe was the difference today,” he said.",
     [("Direct", "Alan Pike", "Joe was the difference today")]),
    ("Mayor Ruth Dale met Governor Sam Ortiz on Friday. Ortiz had misled the city, she said.",
     [("Indirect", "Ruth Dale", "Ortiz had misled the city")]),
    # a question-and-answer interview: the answers are the interviewee's
    ("Retired judge Olive Brandt spoke to the Gazette about the reforms.\n\nQ: Were the reforms a "
     "mistake?\n\nA: They were rushed. Nobody asked the judges.",
     [("Direct", "Olive Brandt", "They were rushed. Nobody asked the judges")]),
    ("The storm reached the coast on Monday.\n\nQ: How bad is the damage?\n\nA: Whole streets are gone.", []),
    # straight single quotation marks (British copy typed plainly), told apart from apostrophes
    ("'It's a scandal,' said Joan Tull, 70. 'Nobody has fixed the roof in ten years.'",
     [("Direct", "Joan Tull", "It's a scandal,' said Joan Tull, 70. 'Nobody has fixed the roof")]),
    ("The 'Yes' campaign's leaders' meeting was cancelled on Monday.", []),
    ("Update: The road has reopened after the crash.", []),
    ("QUESTION: Is the Secretary travelling to Cairo this week?", []),
    ("MR. GRANT: I will not take questions today.", []),  # no person of that name in the article
]


@pytest.mark.parametrize("text, expected", RULE_ROWS, ids=[t[:40] for t, _ in RULE_ROWS])
def test_rule_rows(text, expected):
    assert_gives(next(iter(extract_articles([parse_article(text)]))), expected)
