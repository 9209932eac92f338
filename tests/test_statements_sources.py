"""Who the source is when the words around it mislead the parser, on passages written for these tests
(invented people): a participial phrase before the name, a long title before a trailing name, a relative
clause between the source and its verb, "he"/"she" after a statement, a country's unnamed delegate,
"condemned what it called “…”", and quarrels that are no one's statement.

Each row is a small article → the statements it must give, as (quote type, speaker's entity name or
None for an unnamed source, words the statement text must contain). Rows with no statements are negatives.
"""
from __future__ import annotations

import pytest

from newskb.pipeline import extract_articles
from newskb.reader import parse_article
from statement_rows import D, I, M, assert_gives, assert_grounded

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # a participial phrase opens the sentence; the name after its comma is the source
    ("Briefing the Council by video link, Tomas Berg, Special Envoy of the Secretary-General for the Great Lakes "
     "region and head of the UN Office in Nairobi (UNON), said that the ceasefire was holding.",
     [(I, "Tomas Berg", "the ceasefire was holding")]),
    ("Addressing the summit, Rafael Mendes, President of the Inter-American Development Bank and former finance "
     "minister of Brazil, said the region needed more investment.",
     [(I, "Rafael Mendes", "the region needed more investment")]),
    ("Citing security concerns, the airline said it had suspended flights to the capital.",
     [(I, None, "it had suspended flights to the capital")]),
    # an opening participle that frames the statement after it is no statement of its own, unless quoted
    ("Announcing the new tariffs on Monday, Commerce Minister Rui Alves said they would raise 2 billion euros a year.",
     [(I, "Rui Alves", "they would raise 2 billion euros a year")]),
    ("Calling the attack \"cowardly and barbaric\", President Ilham Nasser said the perpetrators would be found.",
     [(M, "Ilham Nasser", "cowardly and barbaric"), (I, "Ilham Nasser", "the perpetrators would be found")]),
    # a trailing attribution with a long portfolio title before the name
    ("The plant will close by the end of the year, Energy and Climate Minister Sven Larsen told parliament.",
     [(I, "Sven Larsen", "The plant will close by the end of the year")]),
    ("About 300 jobs will be lost, Transport, Infrastructure and Water Management Minister Joris de Wit told a news "
     "conference in The Hague.",
     [(I, "Joris de Wit", "About 300 jobs will be lost")]),
    ("The new rules apply from June, Trade and Industry Secretary Mark Ellis said in a statement.",
     [(I, "Mark Ellis", "The new rules apply from June")]),
    # a relative clause between the source and its verb
    ("Human Rights Watch, which monitors abuses worldwide, accused the police of \"using excessive force against "
     "peaceful protesters\".",
     [(D, "Human Rights Watch", "using excessive force against peaceful protesters")]),
    # "condemned what it called “…”": the condemnation in the source's words
    ("The African Union condemned what it called \"a flagrant violation of the ceasefire\".",
     [(M, "African Union", "a flagrant violation of the ceasefire")]),
    ("The ministry denounced what it described as \"a campaign of lies\" by foreign media.",
     [(M, None, "a campaign of lies")]),
    # a country's unnamed representative or delegate speaks for the country
    ("France's representative told the Council that the mission's mandate should be strengthened.",
     [(I, "France", "the mission's mandate should be strengthened")]),
    ("The representative of Mexico said the sanctions regime needed clearer exit criteria.",
     [(I, "Mexico", "the sanctions regime needed clearer exit criteria")]),
    ("Speaking after the vote, Ireland's representative said her delegation had voted in favour.",
     [(I, "Ireland", "her delegation had voted in favour")]),
    # "he"/"she" after a statement goes on with its speaker, not with someone only named since
    ("The head of the UN refugee agency warned on Monday that the camps were running out of water.\n\n"
     "Speaking in Geneva, Annika Roth, the UN High Commissioner for Refugees, said that more than 40,000 people had "
     "arrived in the past week.\n\n"
     "Officials from the Chadian government, including Interior Minister Mahamat Ali, met the agency's staff on "
     "Sunday.\n\n"
     "\"We cannot keep up with the arrivals,\" she said.",
     [(I, None, "the camps were running out of water"), (I, "Annika Roth", "more than 40,000 people had arrived"),
      (D, "Annika Roth", "We cannot keep up with the arrivals")]),
    ("Maria Lindqvist, the European Commission's trade chief, said the talks would resume in March.\n\n"
     "The German economy minister, Robert Hauser, told reporters in Berlin that industry was losing patience.\n\n"
     "\"Our exporters need certainty,\" he said.",
     [(I, "Maria Lindqvist", "the talks would resume in March"), (I, "Robert Hauser", "industry was losing patience"),
      (D, "Robert Hauser", "Our exporters need certainty")]),
    # "he" after a man the sentence names only in a clause ("who identified himself as X") is X
    ("President Adama Traore was in Paris when the mutiny began.\n\n"
     "A man who identified himself as Lieutenant Moussa Keita read a statement on state television. He said the "
     "army had acted because of \"the collapse of security in the north\".",
     [(M, "Moussa Keita", "the collapse of security in the north")]),
    # a list announced stays whole
    ("The ministry announced the closure of schools, the suspension of flights and a nightly curfew.",
     [(I, None, "the closure of schools, the suspension of flights and a nightly curfew")]),
    # a second "that" clause the parser coordinated with the verb of saying is still reported
    ("Minister Paolo Ricci said the verdict was \"a disgrace\", and that the family would appeal.",
     [(M, "Paolo Ricci", "the verdict was \"a disgrace\", and that the family would appeal")]),
    ("The spokesman said the talks had ended, and the delegates left the hotel.",
     [(I, None, "the talks had ended")]),
    # a quarrel summed up: no one source's words
    ("By Friday the two parties were blaming each other for the collapse of the talks.", []),
    ("The rival factions have accused one another of breaking the truce.", []),
]


@pytest.fixture(scope="module")
def extractions():
    return list(extract_articles([parse_article(text) for text, _ in ROWS]))


@pytest.mark.parametrize("row", range(len(ROWS)), ids=[text[:40] for text, _ in ROWS])
def test_passage_gives_expected_statements(extractions, row):
    assert_gives(extractions[row], ROWS[row][1])


def test_every_span_is_grounded(extractions):
    assert_grounded(extractions)
