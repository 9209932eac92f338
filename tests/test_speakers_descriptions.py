"""Speakers named by a description, a long title or a medium; reported clauses the parser hangs
elsewhere; colons (rules found with the government and
Wikinews passages of statements_gov_wiki_rows.py; invented people). Rows as in test_statements_layouts.py."""
from __future__ import annotations

import pytest

from newskb.pipeline import extract_articles
from newskb.reader import parse_article
from statement_rows import assert_gives

pytestmark = pytest.mark.model

D, I = "Direct", "Indirect"

ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # an age used as a noun ("the 61-year-old") is the person just named
    ("Ingrid Solberg won the vote on Sunday. The 61-year-old said she would form a government within weeks.",
     [(I, "Ingrid Solberg", "she would form a government within weeks")]),
    # a first-time description varies the name of the subject just before
    ("Ravi Menon was freed on bail on Monday. “I was never afraid,” the reporter said outside the court.",
     [(D, "Ravi Menon", "I was never afraid")]),
    ("Congresswoman Alma Reyes chaired the inquiry. The Texas Democrat said the agency had hidden the losses.",
     [(I, "Alma Reyes", "the agency had hidden the losses")]),
    ("Tomas Vidal, the club's captain, retired on Friday. The former goalkeeper said his knees had given up.",
     [(I, "Tomas Vidal", "his knees had given up")]),
    # ... but not a description the article used before for someone else, an unnamed official, or "his X"
    ("Ravi Menon met a nurse at the clinic. The nurse said the ward had no power.",
     [(I, None, "the ward had no power")]),
    ("Ravi Menon was injured in the blast. The official said the road would stay closed.",
     [(I, None, "the road would stay closed")]),
    ("Ravi Menon was arrested on Sunday. His lawyer said the charges were false.",
     [(I, None, "the charges were false")]),
    # a long title that runs into the holder's name
    ("“The fund has been frozen,” said Assistant Secretary for Economic Affairs Laila Brandt.",
     [(D, "Laila Brandt", "The fund has been frozen")]),
    ("Special Representative for Syria Jonas Kemp said the convoy had been stopped at the border.",
     [(I, "Jonas Kemp", "the convoy had been stopped at the border")]),
    # the medium of a statement is no source: "said in a video posted online that …"
    ("The rebel commander, Idris Bako, said in a video posted online that his men had taken the town.",
     [(I, "Idris Bako", "his men had taken the town")]),
    ("The minister's office said in a statement released on Sunday that he would resign.",
     [(I, "minister's office", "he would resign")]),
    # ... but a clause with its own subject under the medium is reported by it ("a statement that X had found")
    ("The ministry said in a statement that an audit had found the funds were missing.",
     [(I, None, "an audit had found the funds were missing")]),
    # a participle set off by commas, which the parser takes for the verb, does not hide the source
    ("Governor Alicia Moreno, asked whether she would run again, said she had not decided.",
     [(I, "Alicia Moreno", "she had not decided")]),
    # a name set off after a person's role must be a person's: a place read into it is no speaker
    ("The spokesperson for trade, Ana Lima, said the tariffs were unjustified.",
     [(I, None, "the tariffs were unjustified")]),
    # "called on X to Y" reports a demand
    ("Keiko Arai called on citizens to conserve energy.", [(I, "Keiko Arai", "citizens to conserve energy")]),
    # "she said:" points at the quotation after the colon, not at the clause before the attribution
    ("Alicia Moreno signed the order. Speaking at a news conference, she said:\n\n“No family will be left without shelter.”",
     [(D, "Alicia Moreno", "No family will be left without shelter")]),
    # "the bloc", "the 32-nation alliance": the union or treaty body the article named
    ("The African Union suspended Mali on Friday. The 55-member bloc said elections must be held within a year.",
     [(I, "African Union", "elections must be held within a year")]),
    # an organisation whose name ends in a document word is a body, not a document
    ("Prices fell in May, according to the Federal Price Survey.", [(I, "Federal Price Survey", "Prices fell in May")]),
    # a readout: a title before the name is no other person, so "The Secretary" is the one just named
    ("Secretary of State Marcus Ellery met Foreign Minister Ana Petrova in Washington. The Secretary said "
     "the United States supported Moldova.", [(I, "Marcus Ellery", "the United States supported Moldova")]),
]


@pytest.fixture(scope="module")
def extractions():
    return list(extract_articles([parse_article(text) for text, _ in ROWS]))


@pytest.mark.parametrize("row", range(len(ROWS)), ids=[text[:40] for text, _ in ROWS])
def test_passage_gives_expected_statements(extractions, row):
    assert_gives(extractions[row], ROWS[row][1])
