"""Sources named again in other words than the first (invented passages; wire, broadsheet,
government-release and regional-press styles): a document the article named with its author, a bare
"the spokesperson" after a titled spokesperson, and a body's name written after a noun saying what kind
of body it is.

Each row is a small article → the statements it must give, as (quote type, speaker's entity name or None
for an unnamed source, words the statement text must contain).
"""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # "the statement" goes back to a document the article named with its author in its own phrase
    ("The strike was called off, according to a statement by the Transport Workers Union. The statement "
     "accused the ministry of \"bad faith\".",
     [(I, "Transport Workers Union", "The strike was called off"), (D, "Transport Workers Union", "bad faith")]),
    ("The minister summoned the envoy on Wednesday, according to a statement from the Ministry of Foreign "
     "Affairs. The statement accused Washington of \"meddling in our affairs\".",
     [(I, "Ministry of Foreign Affairs", "The minister summoned the envoy"),
      (D, "Ministry of Foreign Affairs", "meddling in our affairs")]),
    ("Talks collapsed late on Friday, according to a statement issued by the Port Authority of Lagos. The "
     "statement blamed the dockworkers for \"an unlawful walkout\".",
     [(I, "Port Authority of Lagos", "Talks collapsed late on Friday"),
      (M, "Port Authority of Lagos", "an unlawful walkout")]),
    ("Amnesty International's statement came hours after the raid. The statement called the arrests "
     "\"a grave abuse\".",
     [(M, "Amnesty International", "a grave abuse")]),
    ("A statement from the Bank of Ghana was published on Monday. The statement said rates \"will stay "
     "high for longer\".",
     [(M, "Bank of Ghana", "will stay high for longer")]),
    ("The ceasefire held overnight, according to a statement by the African Union Commission. The "
     "statement urged both sides to \"exercise maximum restraint\".",
     [(I, "African Union Commission", "The ceasefire held overnight"),
      (M, "African Union Commission", "exercise maximum restraint")]),
    # a bare "the spokesperson" is the person the article last titled spokesperson
    ("Foreign Office spokesperson Ayesha Khan said talks would resume. The spokesperson confirmed that a "
     "delegation would travel to Doha.",
     [(I, "Ayesha Khan", "talks would resume"), (I, "Ayesha Khan", "a delegation would travel to Doha")]),
    ("Spokesman Tom Reed of the Harbour Authority said the port would reopen. The spokesman said repairs "
     "\"will take weeks\".",
     [(I, "Tom Reed", "the port would reopen"), (M, "Tom Reed", "will take weeks")]),
    ("Army spokeswoman Col. Grace Otieno told reporters the border was calm. The spokeswoman added that "
     "patrols had been doubled.",
     [(I, "Grace Otieno", "the border was calm"), (I, "Grace Otieno", "patrols had been doubled")]),
    ("Kremlin spokesman Dmitry Peskov said the talks were useful. The spokesman declined to say when they "
     "would resume.",
     [(I, "Dmitry Peskov", "the talks were useful")]),
    ("\"We are not leaving,\" said Jonas Berg, a spokesman for the miners. The spokesman said the sit-in "
     "would go on until Friday.",
     [(D, "Jonas Berg", "We are not leaving"), (I, "Jonas Berg", "the sit-in would go on until Friday")]),
    ("The police spokesperson, Inspector Maria Lopes, said two men were held. The spokesperson said both "
     "would appear in court on Monday.",
     [(I, "Maria Lopes", "two men were held"), (I, "Maria Lopes", "both would appear in court on Monday")]),
    ("Ministry spokesman Peter Wanjiru said exams would go ahead. The spokesman told reporters the papers "
     "\"are already printed\".",
     [(I, "Peter Wanjiru", "exams would go ahead"), (M, "Peter Wanjiru", "are already printed")]),
    ("Chief Minister's spokesperson Ravi Menon said the bridge would open in May. The spokesperson said the "
     "delay was caused by rain.",
     [(I, "Ravi Menon", "the bridge would open in May"), (I, "Ravi Menon", "the delay was caused by rain")]),
    ("Zanele Dube, a spokeswoman for the utility, said power cuts would end soon. The spokeswoman said the "
     "utility had repaired two units.",
     [(I, "Zanele Dube", "power cuts would end soon"), (I, "Zanele Dube", "the utility had repaired two units")]),
    # capitalised words after a noun of a body's kind name that body, though the recogniser missed them
    ("According to the monitoring project Mediazona, 212 people have been charged.",
     [(I, "Mediazona", "212 people have been charged")]),
    ("The volunteer network Vesna said 30 of its members were questioned.",
     [(I, "Vesna", "30 of its members were questioned")]),
    ("According to the Kenyan charity Haki Africa, 17 men disappeared in custody last year.",
     [(I, "Haki Africa", "17 men disappeared in custody")]),
    ("The advocacy group Sova said the new law was vague.", [(I, "Sova", "the new law was vague")]),
    ("According to the human rights project Memorial, there are more than 1,000 political prisoners in "
     "Russia.", [(I, "Memorial", "more than 1,000 political prisoners")]),
    ("The rights group Golos said turnout was inflated in three regions.",
     [(I, "Golos", "turnout was inflated")]),
    ("The independent election monitor Chesno said 12 polling stations had opened late.",
     [(I, "Chesno", "12 polling stations had opened late")]),
    ("According to the Belarusian rights group Viasna, at least 40 people were detained on Sunday.",
     [(I, "Viasna", "at least 40 people were detained")]),
    ("The press freedom watchdog Reporters Without Borders said three journalists remained in custody.",
     [(I, "Reporters Without Borders", "three journalists remained in custody")]),
    ("The legal aid project Zona Prava said the detainees had been denied lawyers.",
     [(I, "Zona Prava", "the detainees had been denied lawyers")]),
    # negatives: an indefinite spokesperson of another body, a date after the kind noun, a bare kind noun
    ("Foreign Office spokesperson Ayesha Khan said talks would resume. A spokesperson for the army said "
     "troops \"will stay\".",
     [(I, "Ayesha Khan", "talks would resume"), (M, None, "will stay")]),
    ("The group Tuesday said it would appeal the ruling.", [(I, None, "it would appeal the ruling")]),
    ("A monitoring group in Kyiv said 40 civilians died in the strikes.", [(I, None, "40 civilians died")]),
]

GAPS = {
    "Army spokeswoman Col. Grace Otieno told reporters the border was calm. The spokeswoman added that "
    "patrols had been doubled.": "a rank between the title and the name keeps the title from the person's profile",
    "The police spokesperson, Inspector Maria Lopes, said two men were held. The spokesperson said both "
    "would appear in court on Monday.": "a title set off before a ranked name is not learned as the person's role",
    "The press freedom watchdog Reporters Without Borders said three journalists remained in custody.":
        "a name holding a lower-case word is cut at it",
    "According to the monitoring project Mediazona, 212 people have been charged.":
        "the parser hangs the name off the clause, so the content takes it in",
}

extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS, GAPS)
