"""Attribution patterns of real news copy, on sentences written for these tests (invented people).

Each row is a small article → the statements it must give, as (quote type, speaker's entity
name or None, words the statement text must contain). Rows with no statements are negatives.
"""
from __future__ import annotations

import pytest

from newskb.pipeline import extract, extract_articles
from newskb.reader import parse_article
from statement_rows import D, I, M, assert_gives

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # the source after the cue ("“…,” wrote X"), also when the parser reads it as an object or a modifier
    ("“We will appeal the ruling,” wrote opposition leader Marta Kowalczyk on Facebook. “The court ignored the evidence.”",
     [(D, "Marta Kowalczyk", "We will appeal the ruling,” wrote opposition leader Marta Kowalczyk on Facebook. “The court")]),
    ("“The new rules will hurt every small shop in the country,” tweeted former trade minister Pavel Novotny.",
     [(D, "Pavel Novotny", "The new rules will hurt every small shop")]),
    ("“We are ready” tweeted Karl Dahl “to help in any way we can.”", [(D, "Karl Dahl", "to help in any way we can")]),
    ("“Today’s action targets the financiers of violence,” said Under Secretary John Doe.",
     [(D, "John Doe", "Today’s action targets the financiers of violence")]),
    # a paragraph ending in a colon does not become the next speaker's words
    ("Reactions to the plan were mixed:\n\n“The plan is a step backwards for the region,” wrote economist Lars Holm on his blog.",
     [(D, "Lars Holm", "The plan is a step backwards")]),
    # a name set off after the source phrase is who speaks, also after an office or a body that ends in a place
    ("The Public Defender of Norland, Arvid Lunde, said his staff had visited the detainees.",
     [(I, "Arvid Lunde", "his staff had visited the detainees")]),
    ("The Foreign Office minister for Europe, Clara Whitby, said Britain would act.", [(I, "Clara Whitby", "Britain would act")]),
    ("The country's chief negotiator, Ilse Brandt, said the talks had failed.", [(I, "Ilse Brandt", "the talks had failed")]),
    ("The United Nations mission in Mali, MINUSMA, said it was alarmed by the attack.",
     [(I, "MINUSMA", "it was alarmed by the attack")]),
    ("The mayor of Tromso, a former teacher, said the harbour would reopen.", [(I, None, "the harbour would reopen")]),
    # a body's mission or delegation speaks for it, as its spokesperson does
    ("The Southern African Development Community's observer mission said the vote was peaceful.",
     [(I, "Southern African Development Community", "the vote was peaceful")]),
    ("The EU delegation said the count lacked transparency.", [(I, "European Union", "the count lacked transparency")]),
    # observers report their mission's findings, so they speak for its body, as the mission does; other
    # people of a body are no body: "two EU diplomats" stay unnamed
    ("EU observers said the count lacked transparency.", [(I, "European Union", "the count lacked transparency")]),
    ("Two EU diplomats said the count lacked transparency.", [(I, None, "the count lacked transparency")]),
    # a long title with "in" runs into the name ("Special Agent in Charge")
    ("FBI Boston Special Agent in Charge Jennifer Osei said the investigation continues.",
     [(I, "Jennifer Osei", "the investigation continues")]),
    # a source named by the clause after it
    ("“Nobody listens to us any more. We are tired,” said a farmer using the pseudonym Jakob.",
     [(D, "Jakob", "Nobody listens to us any more")]),
    # the cue's own modifiers between it and a colon
    ("Interior minister Lena Sorensen said via Twitter: “The border will stay open.”", [(D, "Lena Sorensen", "The border will stay open")]),
    ("Mayor Jorge Ruiz said at a news conference on Monday: “We have enough water for the summer.”",
     [(D, "Jorge Ruiz", "We have enough water for the summer")]),
    # continuation cues
    ("Mayor Jorge Ruiz spoke for an hour.\n\n“Prices have doubled since May,” Jorge Ruiz continued in his speech.",
     [(D, "Jorge Ruiz", "Prices have doubled since May")]),
    # reported speech is read with its verb; a verb of announcing, denying or promising reports its object
    ("Tomas Berg denied that he had met the envoy.", [(I, "Tomas Berg", "denied that he had met the envoy")]),
    ("The ministry of defence announced a full withdrawal of its troops from the border area on Friday.",
     [(I, None, "announced a full withdrawal of its troops")]),
    ("Opposition leader Ana Silva promised to hold new elections within a year.",
     [(I, "Ana Silva", "promised to hold new elections")]),
    ("The Red Cross has called for an independent inquiry into the shooting.",
     [(I, "International Committee of the Red Cross", "called for an independent inquiry")]),
    ("Ana Silva spoke to supporters, asking them to vote early.", [(I, "Ana Silva", "asking them to vote early")]),
    ("The agency reported the storm the strongest since 1998.", [(I, None, "the strongest since 1998")]),
    ("An audit by the National Audit Office found no evidence of fraud.",
     [(I, "National Audit Office", "found no evidence of fraud")]),
    ("Karl Weber described seeing dozens of bodies in the street.", [(I, "Karl Weber", "described seeing dozens of bodies")]),
    ("The rebel group claimed responsibility for the attack.", [(I, None, "The rebel group claimed responsibility")]),
    # a quotation introduced by a colon: the clause's subject, or the author of the statement it issues
    ("Finance minister Petra Holm rejected the proposal: “It would ruin the pension system.”",
     [(D, "Petra Holm", "It would ruin the pension system")]),
    ("The ministry issued the following statement from Minister Jana Kral: “The talks will continue next week.”",
     [(D, "Jana Kral", "The talks will continue next week")]),
    ("Mayor Jorge Ruiz had a short answer for his critics:\n\n“We will finish the bridge by June.”",
     [(D, "Jorge Ruiz", "We will finish the bridge by June")]),
    # a verb casting its object as quoted words
    ("Mayor Jorge Ruiz spoke on Monday. Ruiz attacked the report as “a work of fiction”.",
     [(M, "Jorge Ruiz", "a work of fiction")]),
    ("Karl Weber characterised the meeting as “friendly and useful”.", [(M, "Karl Weber", "friendly and useful")]),
    ("The town is known as “the pearl of the coast”.", []),
    ("The museum lists three exhibits: “Sun”, “Moon” and “Stars”.", []),
    ("We have one message for everyone: “Stay at home and stay safe.”", []),
    # documents speak for whoever issued them; an unnamed spokesperson for the organisation just quoted
    ("The Danish Refugee Council released a statement on Monday saying the camp was full.\n\n"
     "A spokesperson told the Nordic Times the camp would stay closed until April.",
     [(I, "Danish Refugee Council", "the camp was full"), (I, "Danish Refugee Council", "the camp would stay closed")]),
    ("Karl Weber released a statement on Monday. “We will rebuild the school,” read the statement, “and it will open in May.”",
     [(D, "Karl Weber", "We will rebuild the school,” read the statement, “and it will open in May")]),
    ("A spokesperson told reporters that the office was closed.", [(I, None, "the office was closed")]),
    ("“The bridge is closed,” read the sign at the edge of the town.", []),
    # a national institution without an article
    ("Nine people were injured in the blast, according to Iraqi military.", [(I, "Iraqi military", "Nine people were injured")]),
    ("The Greek coast guard said 40 migrants had been rescued.", [(I, "Greek coast guard", "40 migrants had been rescued")]),
    # a name set off by commas before the cue, or after an unnamed description, is the source
    ("Speaking to reporters in Rome, the director of the Italian Red Cross, Paolo Ferri, said, “We need more doctors.”",
     [(D, "Paolo Ferri", "We need more doctors")]),
    ("A member of the city council, Marta Rossi said, “The budget is a disgrace.”", [(D, "Marta Rossi", "The budget is a disgrace")]),
    # a clause complement the parser split into an object and a verb without a subject
    ("Union leader Karl Weber has repeatedly maintained a strike is what the workers want.",
     [(I, "Karl Weber", "a strike is what the workers want")]),
    ("Farmers have claimed the government, in particular, is ignoring their losses.",
     [(I, None, "the government, in particular, is ignoring their losses")]),
    ("Karl Weber denied the report and left the building.", [(I, "Karl Weber", "Karl Weber denied the report")]),
    # "to the effect that", and an institution named with its "of" phrases
    ("The ministry issued a statement to the effect that the border would reopen on Monday.",
     [(I, None, "the border would reopen on Monday")]),
    ("According to figures from the ministry of health of Peru, 300 people were infected.",
     [(I, "ministry of health of Peru", "300 people were infected")]),
    # a participle with an object after a name is the name's act, not a passive
    ("Poland’s interior minister, Marek Nowak, called the plan “a dangerous illusion”.",
     [(M, "Marek Nowak", "called the plan “a dangerous illusion”")]),
    ("A man called “the butcher” was arrested in the port on Friday.", []),
    # single quotation marks
    ("‘We will not back down,’ Anna Kovac said.", [(D, "Anna Kovac", "We will not back down")]),
    ("Sofia Rossi called the proposal ‘a historic mistake’.", [(M, "Sofia Rossi", "a historic mistake")]),
    ("The leaders’ summit ended with a ‘historic’ deal.", []),
    # a quotation closing the sentence after a comma; a quotation sentence after an attribution sentence
    ("Mayor Jorge Ruiz defended his decision, “We had no other choice.”", [(D, "Jorge Ruiz", "We had no other choice")]),
    ("Karl Weber criticised the plan, “It will cost too much.”", [(D, "Karl Weber", "It will cost too much")]),
    ("Karl Weber spoke to reporters on Monday. “We will win this fight.”", [(D, "Karl Weber", "We will win this fight")]),
    ("Karl Weber said the plan was ready. “It is a good plan for the city.”",
     [(I, "Karl Weber", "the plan was ready"), (D, "Karl Weber", "It is a good plan for the city")]),
    ("The group, “Friends of the Earth Now”, said the plan was bad.", [(I, None, "the plan was bad")]),
    ("Protests continued in the capital. “We will not stop until he resigns.”", []),
    ("During the first hour, friends and relatives of the prisoners spoke.", []),
    # media as sources; titles with a "to" phrase
    ("CNN aired the footage on Monday. The network claims that the footage is genuine.",
     [(I, "CNN", "the footage is genuine")]),
    ("British Ambassador to France Anna Clarke said the embassy would stay open.",
     [(I, "Anna Clarke", "the embassy would stay open")]),
    ("The US envoy to Ukraine, Kurt Volker, said the talks were useful.", [(I, "Kurt Volker", "the talks were useful")]),
    ("US Ambassador to the United Nations said the vote was a mistake.", [(I, None, "the vote was a mistake")]),
    # "according to" set off inside a coordination reports the conjunct after it
    ("The militia is the largest armed group in the north, mostly local and, according to Spain, loyal to the old regime.",
     [(I, "Spain", "loyal to the old regime")]),
    # casting an object "as" a kind of thing is a claim; "as" a role is an appointment; a quoted title-case name is a name
    ("Karl Weber named both the Northern Front and the People's Guard (PG) as terrorists.",
     [(I, "Karl Weber", "the People's Guard (PG) as terrorists")]),
    ("The ministry labelled the group as a terrorist organisation.", [(I, None, "labelled the group as a terrorist organisation")]),
    ("The Treasury designated the company as a sanctioned entity on Monday.", []),
    ("The president named Anna Berg as ambassador to Spain.", []),
    ("Karl Weber named the operation “Northern Shield” on Monday.", []),
    # a generic description ("the militia") is not the organisation named just before; an unnamed armed
    # group is its own node, the one its events would name as actor
    ("According to the United Nations, more than 2,000 civilians were killed last year. "
     "The militia has denied any involvement in the attacks.",
     [(I, "United Nations", "more than 2,000 civilians were killed"), (I, "militia", "The militia has denied any involvement")]),
    ("The government promised to release emergency funds.", [(I, None, "promised to release emergency funds")]),
    ("The Iraqi government said the talks would resume.", [(I, "Iraqi government", "the talks would resume")]),
    # a figure put on a tally ("put the death toll at 50") is reported; "put the plan on hold" is not
    ("Officials put the death toll at 50 on Monday.", [(I, None, "put the death toll at 50")]),
    ("The Red Cross has placed the number of dead in the hundreds.",
     [(I, "International Committee of the Red Cross", "placed the number of dead in the hundreds")]),
    ("The government put the plan on hold.", []),
    # negatives: a colon after a clause with no source; announcements not yet made
    ("The sign at the gate read: “No entry for trucks after six.”", []),
    ("The president is expected to announce the new cabinet next week.", []),
    ("The party will announce its candidate on Monday.", []),
    # negatives: no source, denied or negated reports, questions, the document's own voice, objects of description
    ("The floods claimed 14 lives in the valley.", []),
    ("The government did not confirm the number of casualties.", []),
    ("No group has claimed responsibility for the attack.", []),
    ("We urge all parties to return to the negotiating table.", []),
    ("The party will announce whom it will support next week.", []),
    ("Karl Weber described the scene to reporters.", []),
    # negatives: an object in scare quotes, a participle that is not an attribution, a continuing trend
    ("The army completed a withdrawal from the “buffer zone” first announced in March.", []),
    ("People accused of “hooliganism” in the city will face trial next month.", []),
    ("The “premium” segment continued to grow in May.", []),
    ("Sales went on falling in the “difficult” months after the strike.", []),
]


@pytest.fixture(scope="module")
def extractions():
    return list(extract_articles([parse_article(text) for text, _ in ROWS]))


@pytest.mark.parametrize("row", range(len(ROWS)), ids=[text[:40] for text, _ in ROWS])
def test_sentence_gives_expected_statements(extractions, row):
    assert_gives(extractions[row], ROWS[row][1])


@pytest.mark.parametrize(("text", "group", "source_words"), [
    ("Protesters said the police had fired first.", "protesters", "Protesters"),
    ("Riot police fired tear gas at the crowd. Police said three officers were hurt.", "police", "Police"),
])
def test_a_collective_that_speaks_is_the_node_its_events_name(text, group, source_words):
    """Unnamed crowds and forces are one node per article, shared by what they do and what they say."""
    x = extract(text)
    names = {e.key: e.name for e in x.entities}
    statement = x.statements[-1]
    assert names[statement.speaker] == group and statement.speaker_text == source_words
    acting = [k for ev in x.events for k in ev.actors]
    assert not acting or statement.speaker in acting


def test_officials_stay_an_unnamed_source():
    statement = extract("Officials said the road would reopen on Friday.").statements[0]
    assert statement.speaker is None and statement.speaker_text == "Officials"


@pytest.mark.parametrize(("text", "content"), [
    ("Farid Haddad said on Wednesday that the port would reopen within days.", "the port would reopen within days"),
    ("Farid Haddad told reporters on Monday that the port would reopen.", "the port would reopen"),
    ("Farid Haddad told Reuters the port would reopen.", "the port would reopen"),
    # the parser took the clause's first words for the verb's object: they stay in the clause
    ("The Kurdish-led force said hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped from a camp.",
     "hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped from a camp"),
    # a verb whose object is the report reads with it
    ("Farid Haddad denied that he took money.", "denied that he took money"),
    ("Farid Haddad called for talks with the rebels.", "Farid Haddad called for talks with the rebels"),
])
def test_statement_text_is_what_was_said(text, content):
    assert [st.text for st in extract(text).statements] == [content]
