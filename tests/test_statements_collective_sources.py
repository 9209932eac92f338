"""The passages of statements_collective_rows.py (sources that are not a named person: bodies named
before and then described, members and observers of a body, joint statements, organisations with a
relative clause, a role standing for its holder, framing verbs that are not verbs of saying, unnamed
groups; and passages with no statement), scored as ../shared/eval/score.py scores statements
(statement_rows.gold_scores). Written before the rules were read: untouched, as first written, they
scored detected F1 0.974 and attributed F1 0.624 (P 0.617 R 0.632), the blind estimate; with the
development sets' conventions for unnamed collectives and object reports (see the rows' docstring),
detected 0.991 and attributed 0.662 (P 0.667 R 0.658). After the rules they led to (RULE_ROWS below),
detected 1.000 and attributed 0.894 (P 0.894 R 0.895). Floors hold the level reached; the gaps left are in GAPS with their
causes."""
from __future__ import annotations

import pytest

from newskb.pipeline import extract_articles
from newskb.reader import parse_article
from statement_rows import D, I, M, ScoredStatementSet, assert_gives
from statements_collective_rows import ROWS

pytestmark = pytest.mark.model

#: Gold statements no extraction gives yet, by key, with the cause.
GAPS = {
    'the drop reflected market fears':
        "'the company' goes on with an organisation that was a subject just before; 'Shares in Veltra Energy "
        "fell' has none",
    'they would hand it back to the peacekeepers':
        "a word between the name and the noun ('The M23 rebel group') may make a part of the body ('the UN "
        "refugee agency'), so the subject names no organisation for 'the rebels'",
    'credible and transparent':
        "a word between the name and the noun ('The Commonwealth observer group') may make a part of the "
        "body, so the source is left unnamed",
    'the church had violated its statement of faith':
        "the recogniser finds no organisation in 'The Southern Baptist Convention'",
    'they had not been paid since June':
        "'the doctors' names a profession, not a body: the roles do not say which body doctors speak for",
    'voting had been peaceful and orderly': "the recogniser does not take 'AU' for the African Union",
    'the tallying lacked transparency':
        "the recogniser names the mission 'Election Observation Mission', without the European Union",
    'the fighting had displaced half a million people':
        "the recogniser cuts the name to 'Council of Churches', so the entity is not the gold one",
    'the contracts had been awarded without tender':
        "the recogniser finds no organisation in 'Transparency International'",
    'the election had been rigged':
        "the article says who leads the party only with a verb ('leads the DPP'), which gives no one a role",
    'the army would retake Goma':
        "'was appointed defence minister' gives no role (titles and appositions do), so 'the defence "
        "minister' finds no one",
    'it will provide $50 million': "the linker takes 'The Department of State' for the United States",
}


class TestCollectiveSources(ScoredStatementSet):
    ROWS = ROWS
    GAPS = GAPS
    FLOORS = {"detected": (0.99, 0.99), "attributed": (0.89, 0.89)}


#: The general rules the set's errors led to, each on sentences written for it (after the rules were read):
#: text → the statements it must give, as in test_statements_layouts.py.
RULE_ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # "the opposition": the organisation the article calls the opposition (a word before its name, a noun
    # it is set off after), not whichever body was named last
    ("The court rejected a petition by the opposition Alliance for Democracy (AFD). The opposition said it "
     "would appeal.", [(I, "Alliance for Democracy", "it would appeal")]),
    ("Uganda's main opposition party, the National Unity Platform, held a rally. The opposition said 30 of "
     "its supporters had been arrested.", [(I, "National Unity Platform", "30 of its supporters had been arrested")]),
    ("The government met union leaders on Monday. The opposition said nothing had been agreed.",
     [(I, None, "nothing had been agreed")]),
    # members who speak for their body ("the bishops", "the rebels"), and generic words for bodies
    ("The Catholic Bishops' Conference of the Philippines met in Manila. The bishops said the killings must "
     "stop.", [(I, "Catholic Bishops' Conference of the Philippines", "the killings must stop")]),
    ("The Allied Democratic Forces attacked the village at dawn. The rebels said they had captured two "
     "soldiers.", [(I, "Allied Democratic Forces", "they had captured two soldiers")]),
    ("The Electoral Commission of Uganda published the results. The commission said turnout had been 59 "
     "percent.", [(I, "Electoral Commission of Uganda", "turnout had been 59 percent")]),
    # the body named as a modifier of the source noun
    ("The ruling ANC party welcomed the report, saying it cleared the president.",
     [(I, "ANC", "it cleared the president")]),
    # members, monitors and observers of (or from) a body speak for it; residents of a place do not
    ("Monitors from the Organization for Security and Co-operation in Europe said the vote had been well "
     "run.", [(I, "Organization for Security and Co-operation in Europe", "the vote had been well run")]),
    ("Members of the Kenya Union of Journalists said two reporters had been beaten.",
     [(I, "Kenya Union of Journalists", "two reporters had been beaten")]),
    ("Residents of Nairobi said the water had been cut off for a week.",
     [(I, None, "the water had been cut off for a week")]),
    ("The Southern African Development Community observer mission said voting had been orderly.",
     [(I, "Southern African Development Community", "voting had been orderly")]),
    # a joint statement is its first signatory's words, and "the statement" goes on with them; two
    # sources without a joint statement are no one speaker
    ("In a joint statement, France and Germany said the talks must resume. The statement also called on "
     "both sides to release their prisoners.",
     [(I, "France", "the talks must resume"), (I, "France", "both sides to release their prisoners")]),
    ("Canada and Norway said the law was discriminatory.", [(I, None, "the law was discriminatory")]),
    # "the opposition leader": the person the article calls so, even when the lede names him only later
    ("Nelson Chamisa, the opposition leader, filed a challenge. Zimbabwe's opposition leader said the vote "
     "had been stolen.", [(I, "Nelson Chamisa", "the vote had been stolen")]),
    ("HARARE — Zimbabwe's main opposition leader said on Monday that the vote had been stolen.\n\n"
     "Opposition leader Nelson Chamisa told reporters he would go to court.",
     [(I, "Nelson Chamisa", "the vote had been stolen"), (I, "Nelson Chamisa", "he would go to court")]),
    # a dateline is where the story was filed, never the subject of the lede's verb
    ("Zambia vote row deepens\n\nLUSAKA, Nov 3 — Zambia's main opposition leader said on Tuesday that his party "
     "would go to court.\n\nOpposition candidate Peter Mwila of the United Front won 47 percent.",
     [(I, "Peter Mwila", "his party would go to court")]),
    ("Talks to resume\n\nWASHINGTON, May 2 — Officials said the talks would resume on Monday.",
     [(I, None, "the talks would resume on Monday")]),
    # framing verbs: the purpose charged with an accusation, the infinitive asked for after the addressee,
    # "dismissed X as “…”"
    ("Labour Minister Ana Reis accused the union of calling the strike in order to bring down the "
     "government.", [(I, "Ana Reis", "calling the strike in order to bring down the government")]),
    ("Norway calls on Iran to release the detained journalists.",
     [(I, "Norway", "Iran to release the detained journalists")]),
    ("The Kremlin dismissed the report as “pure fiction”.", [(M, "Kremlin", "pure fiction")]),
    ("The judge dismissed the case on Monday.", []),
]


@pytest.mark.parametrize("text, expected", RULE_ROWS, ids=[t[:40] for t, _ in RULE_ROWS])
def test_rule_rows(text, expected):
    assert_gives(next(iter(extract_articles([parse_article(text)]))), expected)


#: Rows the rules do not reach yet, with the cause.
GAP_ROWS = [
    pytest.param("Fidesz won the election by a wide margin. The party said it would form a government within a week.",
                 [(I, "Fidesz", "it would form a government")],
                 marks=pytest.mark.xfail(strict=True, reason="the recogniser finds no organisation in 'Fidesz'")),
    pytest.param("The Workers' Party is now the largest opposition party in parliament. The opposition said the "
                 "budget would be rejected.", [(I, "Workers' Party", "the budget would be rejected")],
                 marks=pytest.mark.xfail(strict=True, reason="the recogniser finds no organisation in \"The Workers' Party\"")),
    pytest.param("The opposition Liberal Front (LF) lost the vote. The opposition said the ballot boxes had been stuffed.",
                 [(I, "Liberal Front", "the ballot boxes had been stuffed")],
                 marks=pytest.mark.xfail(strict=True, reason="the parser reads 'The opposition' as a subject of its own, "
                                                             "not a word before the name")),
    pytest.param("The Malawi Congress Party demanded that the commission chairman resign and that the vote be rerun.",
                 [(I, "Malawi Congress Party", "the commission chairman resign"),
                  (I, "Malawi Congress Party", "the vote be rerun")],
                 marks=pytest.mark.xfail(strict=True, reason="a demand in two 'that' clauses is one statement read with "
                                                             "its verb and subject; split, the second clause of a body "
                                                             "the recogniser misses costs the development sets precision")),
]


@pytest.mark.parametrize("text, expected", GAP_ROWS, ids=[p.values[0][:40] for p in GAP_ROWS])
def test_gap_rows(text, expected):
    assert_gives(next(iter(extract_articles([parse_article(text)]))), expected)
