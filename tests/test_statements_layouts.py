"""Attribution layouts of English wire copy, on passages written for these tests (invented people).

Each row is a small article → the statements it must give, as (quote type, speaker's entity
name or None for an unnamed source, words the statement text must contain). Rows with no
statements are negatives. The passages above the second probe were written before the rules were
read, to measure how the rules generalise to layouts nobody tuned them on.
"""
from __future__ import annotations

import pytest

from statement_rows import assert_gives, assert_grounded, extract_rows, passage_params

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

D, I, M = "Direct", "Indirect", "Mixed"

ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # the source after the content, with a day
    ("The ceasefire will hold through the weekend, Defence Minister Ilse Brandt said on Tuesday.",
     [(I, "Ilse Brandt", "The ceasefire will hold through the weekend")]),
    ("Farid Haddad said on Wednesday that the port would reopen within days.",
     [(I, "Farid Haddad", "the port would reopen within days")]),
    ("Exports fell 4 percent in March, the statistics office said on Thursday.",
     [(I, None, "Exports fell 4 percent in March")]),
    ("Prices will keep rising into next year, says Erik Nyberg, chief economist at Nordbank.",
     [(I, "Erik Nyberg", "Prices will keep rising into next year")]),
    # the quotation first: "…," said X / "…," X said / "…," X, the role, told reporters
    ("“We are not going to pay for their mistakes,” said Oskar Lindgren.",
     [(D, "Oskar Lindgren", "We are not going to pay for their mistakes")]),
    ("“The vote was free and fair,” Amara Okafor said on Sunday.",
     [(D, "Amara Okafor", "The vote was free and fair")]),
    ("“There is no military solution,” Henrik Dahl, the foreign minister, told reporters.",
     [(D, "Henrik Dahl", "There is no military solution")]),
    ("“Our patience is running out,” said Lucia Ferreira, the head of the farmers’ union, on Monday.",
     [(D, "Lucia Ferreira", "Our patience is running out")]),
    ("“We will rebuild every house,” the mayor, Tomas Eklund, said in a radio interview.",
     [(D, "Tomas Eklund", "We will rebuild every house")]),
    ("“The market has turned,” said Owen Price, who runs a hedge fund in London.",
     [(D, "Owen Price", "The market has turned")]),
    # a quotation split by its attribution is one statement
    ("“The money is there,” Rosa Delgado said. “What is missing is the will to spend it.”",
     [(D, "Rosa Delgado", "The money is there,” Rosa Delgado said. “What is missing")]),
    ("“We were warned,” said Pieter Vos, “but nobody listened.”",
     [(D, "Pieter Vos", "We were warned,” said Pieter Vos, “but nobody listened")]),
    # a quotation paragraph continues the speaker of the paragraph before
    ("“The harvest is lost,” said Jonas Meyer, a grain farmer near the river.\n\n"
     "“We planted in April and the rain never came.”",
     [(D, "Jonas Meyer", "The harvest is lost"), (D, "Jonas Meyer", "We planted in April")]),
    ("Union leader Elena Marsh said the strike would continue.\n\n“We have enough money to hold out for months.”",
     [(I, "Elena Marsh", "the strike would continue"), (D, "Elena Marsh", "We have enough money to hold out")]),
    # titles and ranks before the name
    ("Foreign Minister Ingrid Solberg said the embassy would remain open.",
     [(I, "Ingrid Solberg", "the embassy would remain open")]),
    ("Gen. Marcus Hale told lawmakers that the troops would stay until spring.",
     [(I, "Marcus Hale", "the troops would stay until spring")]),
    ("Rep. Dana Whitfield said the bill would not pass the House this year.",
     [(I, "Dana Whitfield", "the bill would not pass the House this year")]),
    ("Sen. Paul Kerrigan, a Republican from Ohio, said he would vote against the bill.",
     [(I, "Paul Kerrigan", "he would vote against the bill")]),
    ("Dr. Amina Yusuf, who runs the hospital, said the wards were full.",
     [(I, "Amina Yusuf", "the wards were full")]),
    ("Lt. Col. Jan Peeters said the drone had been shot down over the sea.",
     [(I, "Jan Peeters", "the drone had been shot down over the sea")]),
    ("Gov. Rick Alden said the state would sue the federal government.",
     [(I, "Rick Alden", "the state would sue the federal government")]),
    ("Deputy Foreign Minister Kenji Sato said the talks had been frank.",
     [(I, "Kenji Sato", "the talks had been frank")]),
    ("Ambassador Clara Voss told reporters the sanctions would stay in place.",
     [(I, "Clara Voss", "the sanctions would stay in place")]),
    ("Prime Minister Anders Holt told parliament on Wednesday that taxes would not rise.",
     [(I, "Anders Holt", "taxes would not rise")]),
    # a role set off by commas, before or after the name
    ("A spokesman for the ministry, Ruslan Karimov, said the strikes had hit military targets.",
     [(I, "Ruslan Karimov", "the strikes had hit military targets")]),
    ("The company’s chief executive, Nora Lindahl, said the plant would close in June.",
     [(I, "Nora Lindahl", "the plant would close in June")]),
    ("A lawyer for the family, Mehmet Kaya, said they would appeal the verdict.",
     [(I, "Mehmet Kaya", "they would appeal the verdict")]),
    ("Anton Rusu, 67, said the river had never been this low.",
     [(I, "Anton Rusu", "the river had never been this low")]),
    # "according to"
    ("According to Hanna Kivi, the head of the port authority, the cranes were damaged beyond repair.",
     [(I, "Hanna Kivi", "the cranes were damaged beyond repair")]),
    ("The minister resigned after the vote, according to two people familiar with the matter.",
     [(I, None, "The minister resigned after the vote")]),
    ("More than 300 homes were destroyed, according to the United Nations.",
     [(I, "United Nations", "More than 300 homes were destroyed")]),
    ("The flight was diverted because of a technical fault, according to a spokeswoman for Lufthansa.",
     [(I, "Lufthansa", "The flight was diverted because of a technical fault")]),
    # "in a statement"
    ("The company said in a statement that it would cooperate with investigators.",
     [(I, None, "it would cooperate with investigators")]),
    ("Amnesty International said in a statement on Friday that the arrests were unlawful.",
     [(I, "Amnesty International", "the arrests were unlawful")]),
    ("In a statement, the Norwegian Refugee Council said the camp had run out of water.",
     [(I, "Norwegian Refugee Council", "the camp had run out of water")]),
    # social media
    ("“This is a dark day for democracy,” Maja Horvat wrote on X.",
     [(D, "Maja Horvat", "This is a dark day for democracy")]),
    ("Senator Liam Boyle wrote on Twitter that the deal was a betrayal of workers.",
     [(I, "Liam Boyle", "the deal was a betrayal of workers")]),
    ("The embassy posted on X that all flights had been cancelled.",
     [(I, None, "all flights had been cancelled")]),
    # told a news agency
    ("“We have not received any payment,” Viktor Moroz told Reuters.",
     [(D, "Viktor Moroz", "We have not received any payment")]),
    ("A senior official told Reuters the deal could be signed next week.",
     [(I, None, "the deal could be signed next week")]),
    ("Carla Mendes told Reuters in an interview that the company had no plans to sell.",
     [(I, "Carla Mendes", "the company had no plans to sell")]),
    ("Leila Haddad said in an interview with the BBC that she had received death threats.",
     [(I, "Leila Haddad", "she had received death threats")]),
    # pronouns and surnames reach back to the last fitting name
    ("Ivana Petric arrived in Brussels on Monday for the summit. She said the bloc had to stay united.",
     [(I, "Ivana Petric", "the bloc had to stay united")]),
    ("Tomas Kral was charged with fraud on Monday. “We did nothing wrong,” he said in a brief statement.",
     [(D, "Tomas Kral", "We did nothing wrong")]),
    ("Greta Holm, the party leader, met Viktor Moroz on Friday. “It is over,” she said afterwards.",
     [(D, "Greta Holm", "It is over")]),
    ("Lars Berg met Minister Karin Ek in Oslo. He said the meeting had been useful.",
     [(I, "Lars Berg", "the meeting had been useful")]),
    ("Farid Haddad, a shop owner, lost everything in the flood. “Nothing is left,” Mr. Haddad said.",
     [(D, "Farid Haddad", "Nothing is left")]),
    ("Lucia Ferreira spoke at the rally. Ferreira said the farmers would block the roads again.",
     [(I, "Lucia Ferreira", "the farmers would block the roads again")]),
    ("Protest leaders met the governor on Tuesday. They said the talks had gone nowhere.",
     [(I, None, "the talks had gone nowhere")]),
    ("Siemens reported higher profits on Thursday. It said demand for trains remained strong.",  # "report" + object reports
     [(I, "Siemens", "Siemens reported higher profits"), (I, "Siemens", "demand for trains remained strong")]),
    # organisations as sources
    ("The ministry said the border crossing would reopen on Sunday.",
     [(I, None, "the border crossing would reopen on Sunday")]),
    ("The European Central Bank said inflation would ease next year.",
     [(I, "European Central Bank", "inflation would ease next year")]),
    ("NATO said it had no plans to deploy more troops to the region.",
     [(I, "North Atlantic Treaty Organization", "it had no plans to deploy more troops")]),
    ("The Pentagon said two soldiers were wounded in the attack.",
     [(I, "United States Department of Defense", "two soldiers were wounded in the attack")]),
    # unnamed sources
    ("Two U.S. officials said the strike had killed a senior commander.",
     [(I, None, "the strike had killed a senior commander")]),
    ("A senior diplomat who asked not to be named said the talks had stalled.",
     [(I, None, "the talks had stalled")]),
    ("Witnesses said the gunmen fled on motorcycles.", [(I, None, "the gunmen fled on motorcycles")]),
    ("Sources close to the negotiations said a deal was unlikely before Friday.",
     [(I, None, "a deal was unlikely before Friday")]),
    ("A police source, speaking on condition of anonymity, said three suspects had been detained.",
     [(I, None, "three suspects had been detained")]),
    ("The talks collapsed late on Friday, a person briefed on the meeting said.",
     [(I, None, "The talks collapsed late on Friday")]),
    # reporting verbs beyond "say"
    ("Finance Minister Rui Costa acknowledged that the deficit would be larger than planned.",
     [(I, "Rui Costa", "the deficit would be larger than planned")]),
    ("The coach, Milan Novak, conceded that the team had played badly.",
     [(I, "Milan Novak", "the team had played badly")]),
    ("Petra Lang stressed that no decision had been taken.", [(I, "Petra Lang", "no decision had been taken")]),
    ("Ahmed Saleh noted that the talks had collapsed twice before.",
     [(I, "Ahmed Saleh", "the talks had collapsed twice before")]),
    ("The company announced that it would close three factories.",
     [(I, None, "it would close three factories")]),
    ("Rebel commander Idris Bako vowed to fight on until the capital fell.",
     [(I, "Idris Bako", "to fight on until the capital fell")]),
    ("Economist Julia Brandt cautioned that the recovery remained fragile.",
     [(I, "Julia Brandt", "the recovery remained fragile")]),
    ("Lawyers for the company asserted that the contract was void.", [(I, None, "the contract was void")]),
    ("Prosecutors alleged that Martin Greer had hidden the money in offshore accounts.",
     [(I, None, "Martin Greer had hidden the money")]),
    ("“That is simply not true,” countered opposition leader Yara Nasser.",
     [(D, "Yara Nasser", "That is simply not true")]),
    ("The minister, Rolf Dahl, maintained that the sale had been legal.", [(I, "Rolf Dahl", "the sale had been legal")]),
    ("Maria Santos recalled that the building had shaken for almost a minute.",
     [(I, "Maria Santos", "the building had shaken for almost a minute")]),
    ("“We used to fish here every day,” lamented Anton Rusu, a retired sailor.",
     [(D, "Anton Rusu", "We used to fish here every day")]),
    ("“I have been called worse,” quipped Senator Greta Holm.", [(D, "Greta Holm", "I have been called worse")]),
    ("Kofi Mensah insisted on Monday that his party would win the runoff.",
     [(I, "Kofi Mensah", "his party would win the runoff")]),
    ("Omar Diallo warned that food stocks would run out within weeks.",
     [(I, "Omar Diallo", "food stocks would run out within weeks")]),
    ("The army confirmed that two soldiers had been killed.", [(I, "army", "two soldiers had been killed")]),
    ("Lena Moritz admitted that mistakes had been made.", [(I, "Lena Moritz", "mistakes had been made")]),
    ("Ines Duarte explained that the money had been spent on schools.",
     [(I, "Ines Duarte", "the money had been spent on schools")]),
    ("Farah Malik predicted that prices would fall by the summer.", [(I, "Farah Malik", "prices would fall by the summer")]),
    ("The minister, Pavel Dvorak, revealed that the ministry had been hacked.",
     [(I, "Pavel Dvorak", "the ministry had been hacked")]),
    ("Helga Strand complained that nobody had consulted the farmers.",
     [(I, "Helga Strand", "nobody had consulted the farmers")]),
    ("Markus Ritter reiterated that Berlin would not send troops.", [(I, "Markus Ritter", "Berlin would not send troops")]),
    ("Interior Minister Laila Noor called for calm after the riots.", [(I, "Laila Noor", "called for calm")]),
    ("Nina Berg said the plan was fair, adding that it would be reviewed in a year.",
     [(I, "Nina Berg", "the plan was fair"), (I, "Nina Berg", "it would be reviewed in a year")]),
    # a question put first, the answer quoted after a colon
    ("Asked whether he would resign, Pavel Dvorak said: “Certainly not.”", [(D, "Pavel Dvorak", "Certainly not")]),
    ("Speaking to reporters in Geneva, Ana Ruiz said the convoy had been turned back.",
     [(I, "Ana Ruiz", "the convoy had been turned back")]),
    # mixed: a quoted fragment inside reported speech
    ("Carlos Vega said the budget was “a fantasy” and would never pass.", [(M, "Carlos Vega", "a fantasy")]),
    # "quoted X as saying": the person quoted is the source, not the outlet
    ("The Tass news agency quoted Deputy Minister Oleg Ivanov as saying that the talks would resume in May.",
     [(I, "Oleg Ivanov", "the talks would resume in May")]),
    ("Oleg Ivanov was quoted by Interfax as saying the pipeline would be repaired by winter.",
     [(I, "Oleg Ivanov", "the pipeline would be repaired by winter")]),
    ("State media reported that the dam had been damaged by shelling.",
     [(I, None, "the dam had been damaged by shelling")]),
    # news conferences, posts, letters, interviews
    ("Mayor Sofia Brandt told a news conference in Gdansk that the beaches would reopen.",
     [(I, "Sofia Brandt", "the beaches would reopen")]),
    ("Kemal Arslan said in a post on Facebook that he had left the party.",
     [(I, "Kemal Arslan", "he had left the party")]),
    ("Chief executive Lise Holm wrote in a letter to shareholders that the dividend would be cut.",
     [(I, "Lise Holm", "the dividend would be cut")]),
    ("In an interview with the Financial Times, Rosa Delgado said the bank had been too slow.",
     [(I, "Rosa Delgado", "the bank had been too slow")]),
    ("Jonas Meyer, in a statement, said he would step down at the end of the month.",
     [(I, "Jonas Meyer", "he would step down at the end of the month")]),
    ("“We expect a long winter,” the European Commission said in a statement.",
     [(D, "European Commission", "We expect a long winter")]),
    ("“The situation is under control,” a spokeswoman for the ministry said.",
     [(D, None, "The situation is under control")]),
    # more titles and ranks
    ("Adm. Ruth Calder told senators the fleet was stretched too thin.",
     [(I, "Ruth Calder", "the fleet was stretched too thin")]),
    ("Prof. Stefan Wolff, who studies migration at Leeds, said the figures were misleading.",
     [(I, "Stefan Wolff", "the figures were misleading")]),
    ("House Speaker Tom Reardon said the vote would be held on Thursday.",
     [(I, "Tom Reardon", "the vote would be held on Thursday")]),
    ("Attorney General Nadia Crane said her office would appeal.", [(I, "Nadia Crane", "her office would appeal")]),
    ("Nordbank chief executive Lise Holm said profits would recover next year.",
     [(I, "Lise Holm", "profits would recover next year")]),
    ("Health Secretary Owen Marsh told the BBC that waiting lists were falling.",
     [(I, "Owen Marsh", "waiting lists were falling")]),
    ("Maj. Gen. Ilir Berisha said the soldiers had been pulled back from the border.",
     [(I, "Ilir Berisha", "the soldiers had been pulled back from the border")]),
    # a description of someone named earlier
    ("Nordwind Energy cut 500 jobs on Monday. The company said demand for its turbines had collapsed.",
     [(I, "Nordwind Energy", "demand for its turbines had collapsed")]),
    ("Anita Sorensen, 45, has run the bakery for 20 years. “We cannot survive another winter like this,” "
     "the mother of three said.", [(D, "Anita Sorensen", "We cannot survive another winter like this")]),
    ("Pavel Dvorak met Rosa Delgado in Prague.\n\n“We agreed on almost everything,” Dvorak said.\n\n"
     "“There is still work to do,” Delgado added.",
     [(D, "Pavel Dvorak", "We agreed on almost everything"), (D, "Rosa Delgado", "There is still work to do")]),
    # more reporting verbs
    ("“We will take this to the highest court,” Helga Strand declared.",
     [(D, "Helga Strand", "We will take this to the highest court")]),
    ("“Nobody asked us,” retorted Kofi Mensah.", [(D, "Kofi Mensah", "Nobody asked us")]),
    ("Ana Ruiz disclosed that the firm had lost two major clients.",
     [(I, "Ana Ruiz", "the firm had lost two major clients")]),
    ("Markus Ritter hinted that he might run for office again.", [(I, "Markus Ritter", "he might run for office again")]),
    ("Dana Reyes pledged to cut fuel taxes if elected.", [(I, "Dana Reyes", "to cut fuel taxes if elected")]),
    ("Ahmed Saleh threatened to quit the coalition over the budget.",
     [(I, "Ahmed Saleh", "to quit the coalition over the budget")]),
    ("Carlos Vega emphasised that the plant was safe.", [(I, "Carlos Vega", "the plant was safe")]),
    ("Critics say the law is too vague to enforce.", [(I, None, "the law is too vague to enforce")]),
    ("Lena Moritz has said that she will not seek a second term.", [(I, "Lena Moritz", "she will not seek a second term")]),
    # negatives
    ("He told the story of his escape to a small audience.", []),
    ("Reporters were told to wait outside the building.", []),
    ("That is not to say the plan has failed.", []),
    ("It goes without saying that the roads will be closed.", []),
    ("Residents who asked not to be named were evacuated on Friday.", []),
    # negatives: documents and rules, passive hearsay, titles, questions, idioms
    ("The law says that foreigners cannot own farmland.", []),
    ("He is said to be recovering in hospital.", []),
    ("The minister is reported to have resigned in protest.", []),
    ("The song “Say It Again” topped the charts for six weeks.", []),
    ("Needless to say, the plan failed.", []),
    ("He was asked whether he would resign.", []),
    ("The minister did not say when the talks would resume.", []),
    ("The film tells the story of a family in exile.", []),
    ("The rules say each team may field three foreign players.", []),
    # a second probe, written after the first round of fixes: citing and quoting outlets, anonymity,
    # quoted questions, documents "from" an author, joint sources, refusals to comment
    ("Rosa Delgado, speaking on condition of anonymity, said the deal was off.", [(I, "Rosa Delgado", "the deal was off")]),
    ("The official, who spoke on condition of anonymity because he was not authorised to brief the media, said the deal was off.",
     [(I, None, "the deal was off")]),
    ("“We are ready to talk,” Omar Diallo said, adding that the talks could start next week.",
     [(D, "Omar Diallo", "We are ready to talk"), (I, "Omar Diallo", "the talks could start next week")]),
    ("“Who is going to pay for this?” asked Helga Strand, a local councillor.", [(D, "Helga Strand", "Who is going to pay for this")]),
    ("Kofi Mensah and Ahmed Saleh said in a joint statement that the election had been fair.", [(I, None, "the election had been fair")]),
    ("Ines Duarte said through a spokesman that she would not attend the hearing.", [(I, "Ines Duarte", "she would not attend the hearing")]),
    ("Markus Ritter was cited by the newspaper as saying the bank had no plans to merge.", [(I, "Markus Ritter", "the bank had no plans to merge")]),
    ("The newspaper, citing three unnamed officials, reported that the minister would resign.", [(I, None, "the minister would resign")]),
    ("President Elena Varga said in a televised address that the country would not be intimidated.",
     [(I, "Elena Varga", "the country would not be intimidated")]),
    ("In remarks to reporters on Monday, Carla Mendes said the strike had cost the company millions.",
     [(I, "Carla Mendes", "the strike had cost the company millions")]),
    ("Lena Moritz said she was “deeply concerned” by the report.", [(M, "Lena Moritz", "deeply concerned")]),
    ("Asked about the protests, Kemal Arslan replied: “They will pass.”", [(D, "Kemal Arslan", "They will pass")]),
    ("Yara Nasser posted on Telegram: “The city is surrounded.”", [(D, "Yara Nasser", "The city is surrounded")]),
    ("“The factory will stay open,” read a statement from Nordwind Energy.", [(D, "Nordwind Energy", "The factory will stay open")]),
    ("Tomas Eklund later clarified that the tax would apply only to new homes.", [(I, "Tomas Eklund", "the tax would apply only to new homes")]),
    ("Julia Brandt, 34, a nurse at the city hospital, said the wards had run out of oxygen.",
     [(I, "Julia Brandt", "the wards had run out of oxygen")]),
    ("A spokeswoman for Siemens declined to comment.", []),
    ("Pavel Dvorak did not respond to a request for comment.", []),
    ("The ministry has yet to say how many people were killed.", []),
    ("Nobody knows whether the ceasefire will hold.", []),
    ("Farid Haddad's lawyer, Mehmet Kaya, told the court his client was innocent.", [(I, "Mehmet Kaya", "his client was innocent")]),
    ("“It was chaos,” said one resident, Maria Santos, who fled with her children.", [(D, "Maria Santos", "It was chaos")]),
    ("Oskar Lindgren met the ambassador on Tuesday.\n\n“We discussed trade and security,” he said. “Both sides want a deal.”",
     [(D, "Oskar Lindgren", "We discussed trade and security,” he said. “Both sides want a deal")]),
    ("Dana Reyes told CNN on Sunday that she had not decided whether to run.", [(I, "Dana Reyes", "she had not decided whether to run")]),
    ("“We have done nothing illegal,” the company said in a statement.", [(D, None, "We have done nothing illegal")]),
    ("The United Nations refugee agency warned on Friday that funding was running out.", [(I, None, "funding was running out")]),
    ("Local media reported that at least 12 people had died.", [(I, None, "at least 12 people had died")]),
    ("Greta Holm told The Associated Press she feared for her safety.", [(I, "Greta Holm", "she feared for her safety")]),
    ("Officials have said little about the cause of the fire.", []),
    ("It remains unclear who fired the first shot, and both sides blame each other.", []),
    # a third probe, also written after the rules were read: pronouns that must skip a person of the
    # other gender, a name set off after the subject, descriptions of someone just named
    ("Viktor Moroz met Greta Holm in Kyiv on Monday. She said the talks had been difficult.", [(I, "Greta Holm", "the talks had been difficult")]),
    ("Ms. Holm met Viktor Moroz in Kyiv on Monday. Afterwards she said the talks had been difficult.", [(I, "Holm", "the talks had been difficult")]),
    ("Viktor Moroz, the opposition leader, was detained on Friday. His wife, Olga Moroz, said he had done nothing wrong. “They want to silence him,” she said.",
     [(I, "Olga Moroz", "he had done nothing wrong"), (D, "Olga Moroz", "They want to silence him")]),
    ("Amnesty International criticised the verdict. The group said the trial had been unfair.", [(I, "Amnesty International", "the trial had been unfair")]),
    ("Rosa Delgado, the central bank governor, spoke after the meeting. The governor said rates would stay on hold.", [(I, "Rosa Delgado", "rates would stay on hold")]),
    ("Ahmed Saleh said the strike would go on.\n\n“We are not afraid,” said Saleh, 52, a dock worker for 30 years.", [(I, "Ahmed Saleh", "the strike would go on"), (D, "Ahmed Saleh", "We are not afraid")]),
    ("“The talks are over,” Russian Foreign Minister Igor Lavrin told reporters in Moscow.", [(D, "Igor Lavrin", "The talks are over")]),
    ("The move was “deeply regrettable”, a spokesman for the European Commission said.", [(M, "European Commission", "deeply regrettable")]),
    ("“We will respond,” the army said in a statement on Telegram, without giving details.", [(D, "army", "We will respond")]),
    ("Kofi Mensah, who leads the opposition, told supporters that the vote had been stolen and vowed to challenge the result in court.",
     [(I, "Kofi Mensah", "the vote had been stolen"), (I, "Kofi Mensah", "to challenge the result in court")]),
    ("Mr. Moroz greeted Greta Holm at the airport. She said the talks would be difficult.", [(I, "Greta Holm", "the talks would be difficult")]),
    ("Spokeswoman Lisa Grant stood beside Tomas Berg. He said the plant would close.", [(I, "Tomas Berg", "the plant would close")]),
    ("Anna Vogel, the party's spokeswoman, introduced Karl Weiss. “We will win,” he said.", [(D, "Karl Weiss", "We will win")]),
    # a surname that is also the word for a legal text
    ("Activist Nathan Law said the protests would continue.", [(I, "Nathan Law", "the protests would continue")]),
]


NER_MISS = "known gap: the spaCy recogniser tags no entity for the name “Ana Ruiz”, so the source stays unresolved"
GAPS = {
    "Speaking to reporters in Geneva, Ana Ruiz said the convoy had been turned back.": NER_MISS,
    "Ana Ruiz disclosed that the firm had lost two major clients.": NER_MISS,
    "Activist Nathan Law said the protests would continue.":
        "known gap: a name ending in a word for a legal text (“Law”) is read as the name of a law, not a person",
    "Viktor Moroz met Greta Holm in Kyiv on Monday. She said the talks had been difficult.":
        "known gap: given names tell no gender (none is guessed), so “she” goes to the nearest person subject",
    "Kofi Mensah, who leads the opposition, told supporters that the vote had been stolen and vowed to challenge the "
    "result in court.": "known gap: the parser coordinates “vowed” inside the reported clause, so one statement holds both",
}


@pytest.fixture(scope="module")
def extractions():
    return extract_rows(ROWS)


@pytest.mark.parametrize("row", passage_params(ROWS, GAPS))
def test_passage_gives_expected_statements(extractions, row):
    assert_gives(extractions[row], ROWS[row][1])


def test_every_span_is_grounded(extractions):
    assert_grounded(extractions)
