"""Sources written in house styles the first rules never saw, on passages written for these tests (invented
people and bodies; wire, broadcaster, broadsheet and regional-press styles).

Each row is a small article → the statements it must give, as (quote type, speaker's entity name or None
for an unnamed source, words the statement text must contain).
"""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # "told Reuters soldiers had …": the outlet (or body) told is the addressee; the noun the parser ran it
    # into is the subject of what was told
    ("Witnesses told the ABC police began firing rubber bullets at noon.",
     [(I, None, "police began firing rubber bullets")]),
    ("Residents told Reuters soldiers had searched every house in the village.",
     [(I, None, "soldiers had searched every house")]),
    ("Villagers told the BBC militants arrived at dawn.", [(I, None, "militants arrived at dawn")]),
    ("Two nurses told CNN patients were sleeping in corridors.", [(I, None, "patients were sleeping in corridors")]),
    ("One trader told AFP buyers had vanished overnight.", [(I, None, "buyers had vanished overnight")]),
    # whoever is told stays out of what was said, a common noun after a name too
    ("Officials told Senate investigators that the payments were legal.", [(I, None, "the payments were legal")]),
    ("She told Kenyan lawmakers the budget was short.", [(I, None, "the budget was short")]),
    # "Name, description, verb …": the verb the parser hung on the apposition is the name's
    ("China, the North's main ally, called for \"calm and restraint\" from all sides.",
     [(M, "China", "calm and restraint")]),
    ("Brazil, the region's largest economy, called for \"an immediate ceasefire\" at the summit.",
     [(M, "Brazil", "an immediate ceasefire")]),
    ("Germany, the bloc's biggest economy, called the plan \"unworkable.\"", [(M, "Germany", "unworkable")]),
    ("Acme Corp, the world's biggest maker of widgets, said it would cut 4,000 jobs.",
     [(I, "Acme Corp", "it would cut 4,000 jobs")]),
    ("The opposition leader, Samuel Mensah, called the budget \"reckless.\"", [(M, "Samuel Mensah", "reckless")]),
    # "according to an estimate from X": an estimate, forecast or projection stands for its author
    ("According to an estimate from the Conference Board, each week of the strike could cost the economy "
     "$2 billion.", [(I, "Conference Board", "each week of the strike could cost")]),
    ("According to the latest forecast by the Bank of England, inflation will peak at 4% in the spring.",
     [(I, "Bank of England", "inflation will peak at 4%")]),
    ("According to projections from the International Monetary Fund, growth will slow to 2.1% next year.",
     [(I, "International Monetary Fund", "growth will slow")]),
    ("The strike could cost the economy $3 billion a day, according to an estimate by Moody's Analytics.",
     [(I, "Moody's Analytics", "The strike could cost the economy")]),
    # an outlet's correspondent reports for the outlet (a place the correspondent is at is no body)
    ("Police detained at least six protesters, according to an AFP correspondent at the scene.",
     [(I, "Agence France-Presse", "Police detained at least six protesters")]),
    ("An AFP correspondent in Goma said shelling continued through the night.",
     [(I, "Agence France-Presse", "shelling continued through the night")]),
    ("Gunfire was heard near the palace, a Reuters correspondent reported.", [(I, "Reuters", "Gunfire was heard")]),
    # "according to X" hung on an auxiliary reports the whole verb; a name the parser split is the source whole
    ("According to the Committee to Protect Journalists, at least 14 reporters remain detained without charge.",
     [(I, "Committee to Protect Journalists", "at least 14 reporters remain detained without charge")]),
    ("According to Amnesty International, at least 300 activists remain detained in the capital.",
     [(I, "Amnesty International", "remain detained in the capital")]),
    ("At least 40 schools remain closed, according to the Ministry of Education.",
     [(I, "Ministry of Education", "At least 40 schools remain closed")]),
    # "A lawyer for Al-Noor, Rania Haddad, said": the person set off after the body a role serves is the source,
    # though the parser hangs the name on the body
    ("A lawyer for Al-Noor, Rania Haddad, said in an email that the company \"has never bought gold from a "
     "conflict zone.\"", [(M, "Rania Haddad", "has never bought gold")]),
    ("A spokesman for Gazprom, Ivan Petrov, said in a statement that deliveries were normal.",
     [(I, "Ivan Petrov", "deliveries were normal")]),
    ("A spokeswoman for the World Bank, Claire Dubois, said the loan had been approved.",
     [(I, "Claire Dubois", "the loan had been approved")]),
    ("The head of Oxfam, Amitabh Behar, said aid was not getting through.", [(I, "Amitabh Behar", "aid was not getting")]),
    ("A senior official at the Finance Ministry, Kenji Mori, said the yen's fall was \"excessive.\"",
     [(M, "Kenji Mori", "excessive")]),
    ("A lawyer for the firm, Daniel Ortiz, said it would appeal.", [(I, "Daniel Ortiz", "it would appeal")]),
    # "said the dispute could last weeks": a clause the parser read as a noun phrase ("last" an adjective)
    ("Tom Baker runs the union. He said the dispute could last weeks.", [(I, "Tom Baker", "the dispute could last weeks")]),
    ("Sarah Lindqvist chairs the local branch of the dockers' union. \u201cWe are not going anywhere,\u201d "
     "Lindqvist says. She says the dispute could last weeks.",
     [(D, "Sarah Lindqvist", "We are not going anywhere"), (I, "Sarah Lindqvist", "the dispute could last weeks")]),
    ("Ravi Menon, an economist at DBS Bank, says the slowdown could last months.",
     [(I, "Ravi Menon", "the slowdown could last months")]),
    # "On Capitol Hill, X called the plan “…”": a preposition opening the sentence is no "called on"
    ("On Capitol Hill, Sen. Maria Lopez (D-N.M.), who has tried to block arms sales to Egypt over its record on "
     "rights, called the sanctions \"long overdue\" but \"only half the job.\"", [(M, "Maria Lopez", "long overdue")]),
    ("On Monday, the mayor called the strike \"unacceptable.\"", [(M, None, "unacceptable")]),
    ("On Twitter, Ms Ortega called the verdict \"a travesty of justice.\"", [(M, "Ortega", "a travesty of justice")]),
    ("On state television, the general called the protesters \"paid agents.\"", [(M, None, "paid agents")]),
]


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS)
