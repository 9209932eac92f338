"""Release layouts and relative clauses of attribution, on passages written for these tests (invented
people and bodies): a block quotation set as paragraphs after "X said:", a quote box signed "- Name,
Title", a crosshead, a sum of money announced, a name after a long title, a document's author, a country's envoy, a claim inside a relative clause ("which critics say favours …"), and a quotation a clause
already reported whole.

Each row is a small article → the statements it must give, as (quote type, speaker's entity name or
None for an unnamed source, words the statement text must contain). Rows with no statements are
negatives.
"""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # a block quotation after "said:": the first paragraph, then those that still speak as "we"/"our"
    ("The Dutch government has frozen the assets of three shipping firms.\n\n"
     "Foreign Minister Pieter de Groot said:\n\n"
     "Those who help Moscow evade our measures will pay a price.\n\n"
     "Our message to these companies is simple: stop now.\n\n"
     "The firms did not respond to requests for comment.",
     [(D, "Pieter de Groot", "Those who help Moscow evade"), (D, "Pieter de Groot", "Our message to these companies")]),
    ("Ireland will pay farmers for flood damage.\n\n"
     "Agriculture Minister Ciara Doyle said:\n\n"
     "Farmers have had a very difficult year. This package will help them through the winter.\n\n"
     "The scheme opens for applications next month.",
     [(D, "Ciara Doyle", "This package will help them through the winter")]),
    # a heading after "said:" is no quotation
    ("The report was published on Monday. Its main findings, the authors said:\n\n"
     "Key findings\n\n"
     "- Rivers are cleaner than in 2010.", []),
    # a quote box signed by a minister with the Commonwealth style, and one by a name the article does not know
    ("Canada will spend $10 million on river restoration.\n\n"
     "\"Our coastal communities deserve clean water. This funding will help restore the rivers that sustain them.\n\n"
     "\"We will keep working with our partners on this.\"\n\n"
     "- The Honourable Jean Tremblay, Minister of Fisheries\n\n"
     "\"Clean water is a right, not a privilege.\"\n\n"
     "- Amelia Stone, Chief Executive, Rivers Canada",
     [(D, "Jean Tremblay", "We will keep working with our partners"), (D, "Amelia Stone", "Clean water is a right")]),
    # a relative clause whose source says what the described thing does: the clause after the verb
    ("The vote follows a census which the opposition says undercounts rural voters.",
     [(I, None, "undercounts rural voters")]),
    ("The plan, which critics say favours the rich, was approved on Monday.",
     [(I, None, "favours the rich")]),
    # a crosshead in headline style (no stop, present tense) reports no one's words; a sentence that lost its
    # stop (past tense) and a list item still do
    ("Dockworkers in Rotterdam ended a five-day strike on Monday.\n\n"
     "Union says deal is fair\n\n"
     "\"This is a fair deal for every worker in the port,\" union leader Jan Visser told reporters.\n\n"
     "- The ministry said exports fell 3% in October\n\n"
     "Visser said the members would vote on the deal next week",
     [(D, "Jan Visser", "This is a fair deal"), (I, None, "exports fell 3% in October"),
      (I, "Jan Visser", "the members would vote on the deal next week")]),
    # a sum of money announced or pledged is a funding decision, not words reported; a clause still is
    ("The UK announced an extra £25m in emergency food aid on Saturday.", []),
    ("Japan pledged 3 billion yen for school reconstruction.", []),
    ("The government announced $3 billion in new funding for hospitals, saying the health system was "
     "\"under severe strain.\"", [(M, None, "under severe strain")]),
    ("The minister announced a review of the ferry contract.", [(I, None, "a review of the ferry contract")]),
    # a long capitalised title whose parse makes one of its words the subject ends in the person who speaks
    ("\"We will find every one of them,\" said Deputy Secretary of Homeland Security for Border Policy Maria Chen.",
     [(D, "Maria Chen", "We will find every one of them")]),
    # the words of one name hang one by one on a document noun: the body is its author
    ("According to a U.S. Central Command assessment, components made by Lantu were found in the wreckage.",
     [(I, "U.S. Central Command", "components made by Lantu were found")]),
    # a country's unnamed envoy or ambassador at a meeting speaks for the country, its capital standing for it
    ("EU ambassadors met in Brussels on Wednesday. Slovakia has blocked the package for weeks.\n\n"
     "Bratislava's envoy told counterparts that his government could not back the package.\n\n"
     "Hungary's ambassador said Budapest would abstain.",
     [(I, "Slovakia", "his government could not back the package"), (I, "Hungary", "Budapest would abstain")]),
    # a preposition of time after "called" makes no "call on"/"call for": the quoted words are still named
    ("The premier called the strike “deeply irresponsible” on Tuesday.", [(M, None, "deeply irresponsible")]),
    ("The senator called on Monday for an inquiry into the contract.", [(I, None, "for an inquiry into the contract")]),
    ("On Sunday, Qatar announced $50m in emergency funding for winter shelter, to be channelled through UN agencies.", []),
    # "add … to" puts something in; "added that" says it
    ("The package would add 46 more vessels to a port-access ban, freeze the assets of 31 individuals and "
     "9 companies, and bar EU operators from providing services.", []),
    ("The minister added that the talks would continue.", [(I, None, "the talks would continue")]),
    ("The minister added that aid to the country's farmers would continue.",
     [(I, None, "aid to the country's farmers would continue")]),
    # the relative pronoun hung on the verb of saying beside its source: what follows the verb is said
    ("The firm hired Ahmed Nasser, a broker who investigators say shipped parts to Iran in 2025.",
     [(I, None, "shipped parts to Iran in 2025")]),
    # a quotation a clause reported whole ("… approval.”") is not read again for the next sentence's subject
    ("The union called the offer \"an insult,\" and its leader Mara Kell told reporters that workers "
     "\"will not accept a pay cut this year.\" The Labour Ministry summoned union officials on Monday.",
     [(M, None, "an insult"), (M, "Mara Kell", "will not accept a pay cut this year")]),
]


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS)
