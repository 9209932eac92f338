"""Who said what in wire copy: bodies given by a description ("the ministry", "the party", "the defence
ministry"), on passages written for these tests (invented bodies and people).

Each row is a small article → the statements it must give, as (quote type, speaker's entity name or
None for an unnamed source, words the statement text must contain). Rows with no statements are
negatives.
"""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # "the party" after the body was introduced as "the main opposition party, the X Movement"
    ("The main opposition party, the Civic Dawn Movement (CDM), won just nine seats.\n\n"
     "\"This was a theft,\" CDM spokesman Omar Diallo told AFP.\n\n"
     "The party said it had filed ten appeals with the court.",
     [(D, "Omar Diallo", "This was a theft"), (I, "Civic Dawn Movement", "it had filed ten appeals")]),
    # "the ministry" goes back to the ministry named by its country a few sentences before, even when
    # that first mention was not itself a statement
    ("Within hours, Tarvia's interior ministry summoned the Danish envoy, Karl Holm, and handed him a note.\n\n"
     "Protesters gathered outside parliament on Friday.\n\n"
     "In a statement, the ministry called the fine \"an act of blackmail\" and said Tarvia reserved the right to respond.",
     [(M, "Tarvia's interior ministry", "an act of blackmail"), (I, "Tarvia's interior ministry", "Tarvia reserved the right")]),
    # a ministry named by its portfolio is a body of its own
    ("The defence ministry said in a statement that two drones had been shot down over the capital.",
     [(I, "defence ministry", "two drones had been shot down")]),
    ("Two drones were shot down over the port, the fisheries ministry said.",
     [(I, "fisheries ministry", "Two drones were shot down over the port")]),
    # ... but a bare "the ministry" with no ministry before it names no one, nor does a statistics office
    ("The ministry said the figures would be published in May.",
     [(I, None, "the figures would be published in May")]),
    ("Exports fell 4 percent in March, the statistics office said.",
     [(I, None, "Exports fell 4 percent in March")]),
    # "It" attributing speech goes on with the body that spoke last, not with a subject of its words
    ("The Fisheries Board said Norlandia had broken the accord 40 times since it took effect. "
     "It called on the mediators to \"act now\".",
     [(I, "Fisheries Board", "Norlandia had broken the accord"), (M, "Fisheries Board", "act now")]),
    ("The Harbour Authority said the storm had damaged the pier. It added that repairs would take weeks.",
     [(I, "Harbour Authority", "the storm had damaged the pier"), (I, "Harbour Authority", "repairs would take weeks")]),
    # "warned of" a quoted danger is a statement
    ("The Alpine League said the referendum had been \"a turning point\". "
     "It warned of \"grave consequences\" if the result was ignored.",
     [(M, "Alpine League", "a turning point"), (M, "Alpine League", "grave consequences")]),
    # "Its chairman, X, called on … to …": the infinitive the parser hung on the subject noun is the demand
    ("The Ocean Trust said fees had risen. Its chairman, Tomas Wilde, called on the government and unions "
     "to \"stop blaming farmers\".",
     [(I, "Ocean Trust", "fees had risen"), (M, "Tomas Wilde", "stop blaming farmers")]),
    # "urged all parties to “…”" with the "to" before the quotation read as a preposition
    ("The Sahel Union urged all parties to \"exercise restraint\" and to settle the row through talks.",
     [(M, "Sahel Union", "exercise restraint\" and to settle the row")]),
    # "X, however, said A and B, which …, were likely to …": the parser made the reported verb the sentence's
    ("Analysts in Geneva, however, said Brazil and India, which opposed a similar text in 2021, were likely to abstain.",
     [(I, None, "Brazil and India, which opposed a similar text in 2021, were likely to abstain")]),
    # a time's "a.m." whose period ends the sentence belongs to the reported clause
    ("The Coast Guard Command (CGC) said it spotted the trawler off the cape at around 5:45 a.m. The trawler sailed "
     "about 40 kilometers north, reaching the strait before dawn.",
     [(I, "Coast Guard Command", "at around 5:45 a.m.")]),
    # a trailing "…, the spokesman told reporters" frames the whole report, the urging inside it included
    ("Prime Minister Anna Berg ordered ministers to cut spending, while urging voters to \"be patient with us,\" "
     "spokesman Lars Holm told reporters.",
     [(I, "Lars Holm", "ordered ministers to cut spending"), (M, "Lars Holm", "be patient with us")]),
    # a name set off by commas after a description is the source, though the parser joined it as a conjunct
    ("On Sunday, Norlandia's largest farmers' federation, the Agrarian League (AGL), announced the end of a "
     "ten-day blockade after the government of President Ivo Marek agreed to restore the subsidy.",
     [(I, "Agrarian League", "announced the end of a ten-day blockade")]),
    # ... but not a member of a list: several sources, no one speaker
    ("The ministry, the Army Command and the Border Police said the crossing would close.",
     [(I, None, "the crossing would close")]),
]

GAPS: dict[str, str] = {}


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)


def test_clause_read_as_an_object_is_the_content():
    """"said its forces had “eliminated” gunmen": a parse that makes the reported verb an adjective of the
    object still reports the whole object, whose verb has a subject of its own before it."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newskb.nlp.statements import _Extractor

    words = ["The", "army", "said", "its", "troops", "had", "eliminated", "gunmen", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 4, 6, 6, 7, 2, 2],
              deps=["det", "nsubj", "ROOT", "poss", "nsubj", "aux", "amod", "dobj", "punct"],
              pos=["DET", "NOUN", "VERB", "PRON", "NOUN", "AUX", "VERB", "NOUN", "PUNCT"])
    assert [t.text for t in _Extractor._split_complement(doc[2])] == words[3:8]
