"""Attribution passages in layouts the other statement tables cover less (invented people): quotations
that go on in the next paragraph with no new attribution, a speaker introduced with a title and quoted by
surname or pronoun later, press-briefing transcripts, government readouts, "told [outlet]", "according to"
with titles, written statements (posts on X and Telegram, letters), nested and single-quoted quotations,
and interviews. Each row is a text and the statements a careful reader annotates in it: (quote type,
speaker, words the statement's text must hold).

The speaker is the entity name as the article gives it, None for an unnamed or collective source, or a
tuple of the answers a reader would accept. A fourth element OPTIONAL marks a statement that is neither
required nor penalised (a reporter's question, a readout's noun object, a release's own voice). Written
before the rules were read, as a blind measure (tests/test_statements_continuations.py holds the floors).
"""
from __future__ import annotations

from statement_rows import D, I, M
OPTIONAL = "optional"

ROWS: list[tuple[str, list[tuple]]] = [
    # -- a quotation that goes on in the next paragraph: the same speaker -----------------------------
    ("“We have lost everything,” said Miriam Adeyemi, who fled the town with her three children.\n\n"
     "“The soldiers came at night. They burned the granary first.”\n\n“Now we sleep under the trees.”",
     [(D, "Miriam Adeyemi", "We have lost everything"), (D, "Miriam Adeyemi", "The soldiers came at night"),
      (D, "Miriam Adeyemi", "Now we sleep under the trees")]),
    ("Harbour master Colin Reeve described the rescue. “The ship was listing badly when we reached her. "
     "The crew had already taken to the boats.\n\n“We picked up eleven men in the first hour.”",
     [(D, "Colin Reeve", "The ship was listing badly"), (D, "Colin Reeve", "We picked up eleven men")]),
    ("Finance Minister Petra Holm said the budget would be balanced by 2027.\n\n“There will be no new "
     "taxes,” she added. “But every ministry will have to find savings.”",
     [(I, "Petra Holm", "the budget would be balanced by 2027"), (D, "Petra Holm", "There will be no new taxes"),
      (D, "Petra Holm", "every ministry will have to find savings")]),
    ("Dr. Samuel Okoye, who leads the hospital's emergency unit, said staff were exhausted.\n\n“We have "
     "been working 20-hour shifts since the flooding began,” he said.\n\n“Some of my nurses have not been "
     "home in a week.”",
     [(I, "Samuel Okoye", "staff were exhausted"), (D, "Samuel Okoye", "We have been working 20-hour shifts"),
      (D, "Samuel Okoye", "Some of my nurses have not been home in a week")]),
    ("“The factory will close in March,” said Ian Burke, the plant manager.\n\nAbout 400 people work at the "
     "site, which opened in 1968.\n\n“It is a sad day for the town,” Burke said.",
     [(D, "Ian Burke", "The factory will close in March"), (D, "Ian Burke", "It is a sad day for the town")]),
    ("“This is a victory for the workers,” said union leader Carla Mendes.\n\nThe company disagreed. “The "
     "deal was always on the table,” said spokesman Derek Lyle.\n\n“We are glad it is over.”",
     [(D, "Carla Mendes", "This is a victory for the workers"), (D, "Derek Lyle", "The deal was always on the table"),
      (D, "Derek Lyle", "We are glad it is over")]),
    ("Residents said the water had risen within minutes.\n\n“I grabbed my daughter and ran,” said Teresa "
     "Ruiz, 41. “When I looked back, the car was gone.”",
     [(I, None, "the water had risen within minutes"), (D, "Teresa Ruiz", "I grabbed my daughter and ran"),
      (D, "Teresa Ruiz", "the car was gone")]),
    ("Governor Alan Whitcombe said the state would appeal the ruling. He said the judge had overstepped "
     "his authority.",
     [(I, "Alan Whitcombe", "the state would appeal the ruling"),
      (I, "Alan Whitcombe", "the judge had overstepped his authority")]),
    ("Chief Inspector Helen Barlow appealed for witnesses.\n\n“Somebody knows who did this. I urge them to "
     "come forward.”",
     [(D, "Helen Barlow", "Somebody knows who did this")]),
    ("The minister was unrepentant. “I would do it again,” Nadia Farouk told parliament on Tuesday.\n\n"
     "“The law is clear and I followed it.”",
     [(D, "Nadia Farouk", "I would do it again"), (D, "Nadia Farouk", "The law is clear and I followed it")]),
    ("“Nobody told us anything,” said Olu Bankole, a shopkeeper. “We found out from the radio.”\n\nHis "
     "neighbour, Grace Eze, agreed. “They treat us as if we do not exist.”",
     [(D, "Olu Bankole", "Nobody told us anything"), (D, "Olu Bankole", "We found out from the radio"),
      (D, "Grace Eze", "They treat us as if we do not exist")]),
    ("Speaking to reporters outside the court, defence lawyer Martin Keane said his client was innocent.\n\n"
     "“The evidence simply is not there,” Keane said. “We will appeal.”",
     [(I, "Martin Keane", "his client was innocent"), (D, "Martin Keane", "The evidence simply is not there"),
      (D, "Martin Keane", "We will appeal")]),
    ("“We are running out of beds,” said Dr. Ingrid Lund. “If this continues,” she went on, “we will have "
     "to turn patients away.”",
     [(D, "Ingrid Lund", "We are running out of beds"), (D, "Ingrid Lund", "we will have to turn patients away")]),
    ("The coach, Rafael Ortiz, was blunt after the match.\n\n“We were not good enough. The players know it "
     "and I know it.”",
     [(D, "Rafael Ortiz", "We were not good enough")]),
    ("Opposition leader Kwame Asante said the election had been stolen.\n\nHe called on supporters to stay "
     "calm.\n\n“We will fight this in the courts, not in the streets.”",
     [(I, "Kwame Asante", "the election had been stolen"), (I, "Kwame Asante", "supporters to stay calm", OPTIONAL),
      (D, "Kwame Asante", "We will fight this in the courts")]),
    ("“It was like a war zone,” said one witness, who asked not to be named.\n\n“There was glass "
     "everywhere.”",
     [(D, None, "It was like a war zone"), (D, None, "There was glass everywhere")]),
    ("Mayor Sofia Brandt told the council the city could not afford the stadium.\n\n“The numbers do not "
     "add up,” Brandt said. “I will not ask taxpayers to pay for a billionaire's hobby.”",
     [(I, "Sofia Brandt", "the city could not afford the stadium"), (D, "Sofia Brandt", "The numbers do not add up"),
      (D, "Sofia Brandt", "I will not ask taxpayers")]),
    ("Asked whether he would resign, the prime minister, Lars Vik, said: “No. I have a mandate and I intend "
     "to use it.”",
     [(D, "Lars Vik", "I have a mandate and I intend to use it")]),
    ("The ministry said in a statement that the border crossing would reopen on Monday. The statement added "
     "that trucks carrying food would be given priority.",
     [(I, (None, "ministry"), "the border crossing would reopen on Monday"),
      (I, (None, "ministry"), "trucks carrying food would be given priority")]),
    ("Veltra Energy said the outage had been caused by a cyberattack. It said customer data had not been "
     "affected.",
     [(I, "Veltra Energy", "the outage had been caused by a cyberattack"),
      (I, "Veltra Energy", "customer data had not been affected")]),
    ("“This is only the beginning,” said Amina Yusuf, the group's founder.\n\nYusuf, a former teacher, "
     "started the group in 2019 after her son was killed.\n\n“I promised him I would not stop.”",
     [(D, "Amina Yusuf", "This is only the beginning"), (D, "Amina Yusuf", "I promised him I would not stop")]),
    ("Coach Dan Rees said his team had been unlucky.\n\nRees praised goalkeeper Tom Hart, who made six "
     "saves.\n\n“Tom kept us in the game,” he said.",
     [(I, "Dan Rees", "his team had been unlucky"), (D, "Dan Rees", "Tom kept us in the game")]),
    ("Anna Berg, the head of the aid group Children First, said the camp was overcrowded. She said: “There "
     "are 20,000 people here and water for half of them.”",
     [(I, "Anna Berg", "the camp was overcrowded"), (D, "Anna Berg", "There are 20,000 people here")]),
    ("The statement from the presidential office said the president would not attend the summit. “The "
     "president's schedule does not permit travel at this time,” it said.",
     [(I, (None, "presidential office"), "the president would not attend the summit"),
      (D, (None, "presidential office"), "schedule does not permit travel at this time")]),
    # -- a title in one paragraph, the surname, the role or a pronoun later --------------------------------
    ("Brigadier General Thomas Achebe, the commander of the peacekeeping force, arrived in Goma on Friday. "
     "Achebe said his troops would not withdraw.",
     [(I, "Thomas Achebe", "his troops would not withdraw")]),
    ("The European Commission's vice-president, Margrethe Lindqvist, presented the plan in Brussels.\n\n"
     "Lindqvist told reporters that member states had until June to respond.",
     [(I, "Margrethe Lindqvist", "member states had until June to respond")]),
    ("Sen. Patricia Gomez, a Democrat from New Mexico, introduced the bill in March.\n\n“This is about basic "
     "fairness,” Gomez said in an interview.",
     [(D, "Patricia Gomez", "This is about basic fairness")]),
    ("Health Minister Anil Mehra visited the outbreak zone on Sunday. The minister said that 12 new cases "
     "had been confirmed.",
     [(I, "Anil Mehra", "12 new cases had been confirmed")]),
    ("Chioma Okafor, the chief executive of Lagos Water, said tariffs would rise.\n\nMs. Okafor said the "
     "increase was needed to repair old pipes.",
     [(I, "Chioma Okafor", "tariffs would rise"), (I, "Chioma Okafor", "the increase was needed to repair old pipes")]),
    ("Prosecutor General Viktor Stan announced the charges on Thursday. Mr. Stan said the suspects had "
     "laundered at least $40 million.",
     [(I, "Viktor Stan", "the suspects had laundered at least $40 million")]),
    ("Interior Minister Rana Khalil said the curfew would be extended. She added that the army would "
     "remain on the streets.",
     [(I, "Rana Khalil", "the curfew would be extended"), (I, "Rana Khalil", "the army would remain on the streets")]),
    ("The former president, Joaquim Vasco, broke his silence on Monday. In a televised address, Vasco said "
     "he had done nothing wrong.",
     [(I, "Joaquim Vasco", "he had done nothing wrong")]),
    ("Dr. Helena Marsh, an epidemiologist at the University of Leeds, has studied the virus for a decade.\n\n"
     "“This variant spreads faster, but it is not more dangerous,” Dr. Marsh said.",
     [(D, "Helena Marsh", "This variant spreads faster")]),
    ("Police Commissioner Daniel Kirui said officers had fired in self-defence.\n\nThe commissioner said "
     "an investigation had been opened.",
     [(I, "Daniel Kirui", "officers had fired in self-defence"), (I, "Daniel Kirui", "an investigation had been opened")]),
    ("Yuki Tanaka, 29, a nurse, said she had been waiting for hours. “Nobody has told us anything,” Tanaka "
     "said.",
     [(I, "Yuki Tanaka", "she had been waiting for hours"), (D, "Yuki Tanaka", "Nobody has told us anything")]),
    ("Chancellor Friedrich Aust said Germany would increase defence spending. The chancellor told "
     "parliament that the country had underinvested for decades.",
     [(I, "Friedrich Aust", "Germany would increase defence spending"),
      (I, "Friedrich Aust", "the country had underinvested for decades")]),
    ("The company's chief financial officer, Raj Patel, said profits would fall. Patel blamed higher "
     "energy costs.",
     [(I, "Raj Patel", "profits would fall"), (I, "Raj Patel", "higher energy costs", OPTIONAL)]),
    ("Archbishop Desmond Kato led the service. In his sermon, the archbishop said the victims would not be "
     "forgotten.",
     [(I, "Desmond Kato", "the victims would not be forgotten")]),
    ("“We will not be intimidated,” said Foreign Minister Lena Hartmann. Hartmann, who took office in May, "
     "said the ambassador would be summoned.",
     [(D, "Lena Hartmann", "We will not be intimidated"), (I, "Lena Hartmann", "the ambassador would be summoned")]),
    ("Governor-elect Maria Costa spoke to supporters in Porto Alegre. Costa promised that schools would "
     "reopen within a month.",
     [(I, "Maria Costa", "schools would reopen within a month")]),
    ("Rear Admiral Julia Fenn, who commands the task force, spoke to reporters aboard the carrier.\n\n"
     "“Our job is to keep the shipping lanes open,” the admiral said.",
     [(D, "Julia Fenn", "Our job is to keep the shipping lanes open")]),
    ("The defendant, Marcus Webb, 34, spoke only to confirm his name. His lawyer, Fiona Gale, said outside "
     "court that Webb would plead not guilty.",
     [(I, "Fiona Gale", "Webb would plead not guilty")]),
    # -- press-briefing transcripts -------------------------------------------------------------------
    ("Department Press Briefing by Spokesperson Simon Hall\n\nMR HALL: Good afternoon, everyone. We are "
     "deeply concerned by reports of fighting near the airport.\n\nQUESTION: Has the embassy been "
     "evacuated?\n\nMR HALL: The embassy remains open, and our staff are safe.",
     [(D, ("Simon Hall", "Hall"), "deeply concerned by reports of fighting near the airport"),
      (D, None, "Has the embassy been evacuated", OPTIONAL),
      (D, ("Simon Hall", "Hall"), "The embassy remains open")]),
    ("Press Briefing by Press Secretary Dana Whitley\n\nMS. WHITLEY: The President will travel to Ohio on "
     "Thursday to meet families affected by the storms.\n\nQ Will he visit the damaged plant?\n\n"
     "MS. WHITLEY: I don't have any more details on the schedule at this time.",
     [(D, ("Dana Whitley", "Whitley"), "The President will travel to Ohio on Thursday"),
      (D, None, "Will he visit the damaged plant", OPTIONAL),
      (D, ("Dana Whitley", "Whitley"), "I don't have any more details on the schedule")]),
    ("Press Briefing by Press Secretary Dana Whitley\n\nQ Does the President support the ceasefire "
     "proposal?\n\nMS. WHITLEY: Look, the President has been very clear. He wants the hostages home. He "
     "will not sign on to a deal that leaves them behind.",
     [(D, None, "Does the President support the ceasefire proposal", OPTIONAL),
      (D, ("Dana Whitley", "Whitley"), "He will not sign on to a deal that leaves them behind")]),
    ("Briefing by Pentagon Press Secretary Maj. Gen. Paul Reddick\n\nGEN. REDDICK: Good afternoon. The "
     "Secretary spoke today with his Polish counterpart about air defence.\n\nQ: General, how many troops "
     "are deploying?\n\nGEN. REDDICK: About 2,000, and they will arrive in the coming weeks.",
     [(D, ("Paul Reddick", "Reddick"), "The Secretary spoke today with his Polish counterpart"),
      (D, None, "how many troops are deploying", OPTIONAL),
      (D, ("Paul Reddick", "Reddick"), "they will arrive in the coming weeks")]),
    ("Department Press Briefing by Spokesperson Simon Hall\n\nQUESTION: On Sudan, is the Secretary going "
     "to call the generals?\n\nMR HALL: Well, as we've said, there is no military solution to this "
     "conflict. The parties need to return to the table.",
     [(D, None, "is the Secretary going to call the generals", OPTIONAL),
      (D, ("Simon Hall", "Hall"), "there is no military solution to this conflict")]),
    ("At the daily briefing, spokesperson Simon Hall was asked about the arrests.\n\n“We are aware of the "
     "reports and are seeking more information,” Hall said.",
     [(D, "Simon Hall", "We are aware of the reports")]),
    ("Spokesman Farhan Malik told reporters at the noon briefing that aid convoys had reached Kadugli.\n\n"
     "Asked about the casualties, Mr. Malik said the UN could not confirm the figures.",
     [(I, "Farhan Malik", "aid convoys had reached Kadugli"), (I, "Farhan Malik", "the UN could not confirm the figures")]),
    ("SECRETARY MARSH: Thank you all for coming. I've just had a very productive meeting with the "
     "Foreign Minister, and we agreed to expand our cooperation on energy.",
     [(D, ("Marsh", "Secretary Marsh"), "I've just had a very productive meeting")]),
    ("Remarks by Ambassador Grace Nwosu at a UN Security Council Briefing on Haiti\n\nAMBASSADOR NWOSU: "
     "Thank you, Madam President. The gangs now control most of the capital, and the people of Haiti "
     "cannot wait any longer.",
     [(D, ("Grace Nwosu", "Nwosu"), "The gangs now control most of the capital")]),
    # -- government readouts --------------------------------------------------------------------------
    ("Secretary of State Owen Marsh met Foreign Minister Ana Costa of Portugal in Washington today. "
     "Secretary Marsh underscored that the United States values Portugal's contributions to NATO.",
     [(I, "Owen Marsh", "the United States values Portugal's contributions to NATO")]),
    ("President Mark Ellison spoke today with President Kiir Makuei of South Sudan. The President "
     "reaffirmed that the United States stands with the people of South Sudan.",
     [(I, "Mark Ellison", "the United States stands with the people of South Sudan")]),
    ("Deputy Secretary Hana Moss met civil society leaders in Tbilisi. The Deputy Secretary emphasized the "
     "importance of free and fair elections.",
     [(I, "Hana Moss", "the importance of free and fair elections", OPTIONAL)]),
    ("Secretary of State Owen Marsh spoke with Foreign Minister Omar Rifai of Jordan. Secretary Marsh "
     "welcomed Jordan's efforts to deliver humanitarian aid and stressed that civilians must be protected.",
     [(I, "Owen Marsh", "Jordan's efforts to deliver humanitarian aid", OPTIONAL),
      (I, "Owen Marsh", "civilians must be protected")]),
    ("Readout of Vice President Carla Dunn's Call with Prime Minister Ravi Menon of Singapore\n\nVice "
     "President Carla Dunn spoke today with Prime Minister Ravi Menon. The Vice President noted that the "
     "two countries had deepened cooperation on semiconductors.",
     [(I, "Carla Dunn", "the two countries had deepened cooperation on semiconductors")]),
    ("National Security Advisor Paul Iverson met his British counterpart in London. Mr. Iverson reiterated "
     "that the United States would continue to support Ukraine's defence.",
     [(I, "Paul Iverson", "the United States would continue to support Ukraine's defence")]),
    ("President Mark Ellison met Prime Minister Haruto Sato at the White House. The two leaders affirmed "
     "their shared commitment to a free and open Indo-Pacific.",
     [(I, None, "their shared commitment to a free and open Indo-Pacific", OPTIONAL)]),
    ("President Mark Ellison called President Selim Kaya of Turkey. During the call, the President "
     "expressed his condolences for the loss of life in the earthquake.",
     [(I, "Mark Ellison", "his condolences for the loss of life", OPTIONAL)]),
    ("Secretary of State Owen Marsh met Prime Minister Aziz Karimov in Tashkent. Secretary Marsh conveyed "
     "that the United States is prepared to provide additional assistance.",
     [(I, "Owen Marsh", "the United States is prepared to provide additional assistance")]),
    ("Ambassador Grace Nwosu told the council that the United States would not accept a return to the "
     "status quo.",
     [(I, "Grace Nwosu", "the United States would not accept a return to the status quo")]),
    ("Secretary of Commerce Lydia Chen met chip makers in Seoul. The Secretary highlighted that the new "
     "partnership would create thousands of jobs.",
     [(I, "Lydia Chen", "the new partnership would create thousands of jobs")]),
    ("In a readout of the call, the White House said the President had urged restraint.",
     [(I, "White House", "the President had urged restraint")]),
    ("Secretary Marsh and Foreign Minister Costa discussed the war in Ukraine. Foreign Minister Costa "
     "said Portugal would send more air defence systems.",
     [(I, ("Costa", "Foreign Minister Costa"), "Portugal would send more air defence systems")]),
    ("Statement from President Mark Ellison on the Floods in Bangladesh\n\nJill and I are heartbroken by "
     "the loss of life. The United States stands ready to help.",
     [(D, "Mark Ellison", "heartbroken by the loss of life", OPTIONAL),
      (D, "Mark Ellison", "The United States stands ready to help", OPTIONAL)]),
    ("The Secretary of State, Owen Marsh, told senators that the administration would seek new sanctions "
     "on the junta. He added that aid to the country's people would continue.",
     [(I, "Owen Marsh", "the administration would seek new sanctions on the junta"),
      (I, "Owen Marsh", "aid to the country's people would continue")]),
    ("Vice President Carla Dunn announced that the United States would provide $200 million in "
     "humanitarian aid.",
     [(I, "Carla Dunn", "the United States would provide $200 million")]),
    # -- Wikinews and "told [outlet]" ------------------------------------------------------------------
    ("Local resident Joanne Pike told Wikinews that the road had been closed since Monday.",
     [(I, "Joanne Pike", "the road had been closed since Monday")]),
    ("“It was terrifying,” student Tom Ellis told the BBC. “The whole building shook.”",
     [(D, "Tom Ellis", "It was terrifying"), (D, "Tom Ellis", "The whole building shook")]),
    ("Fire chief Gary Lund told the Sydney Morning Herald the blaze was started deliberately.",
     [(I, "Gary Lund", "the blaze was started deliberately")]),
    ("Speaking to Wikinews, the party's candidate, Anita Rao, said: “We knocked on every door in this "
     "district.”",
     [(D, "Anita Rao", "We knocked on every door in this district")]),
    ("A spokesperson for the airline told Reuters that all passengers had been accounted for.",
     [(I, None, "all passengers had been accounted for")]),
    ("In an interview with Wikinews, author Kevin Moss said that he had written the novel in six weeks.",
     [(I, "Kevin Moss", "he had written the novel in six weeks")]),
    ("Marco Bellini, the club's president, told Gazzetta dello Sport: “The coach has our full support.”",
     [(D, "Marco Bellini", "The coach has our full support")]),
    ("The suspect's brother told local media the family had not heard from him in years.",
     [(I, None, "the family had not heard from him in years")]),
    ("Dr. Naomi Vance of the World Health Organization told Al Jazeera that the outbreak was under control.",
     [(I, "Naomi Vance", "the outbreak was under control")]),
    ("“We had no warning,” one resident told ABC News.",
     [(D, None, "We had no warning")]),
    ("Officials told the Associated Press that the plane had been carrying 52 passengers.",
     [(I, None, "the plane had been carrying 52 passengers")]),
    ("Elena Sorokina, a teacher in Kharkiv, told Wikinews by email: “The sirens go off every night, but the "
     "children still come to school.”",
     [(D, "Elena Sorokina", "The sirens go off every night")]),
    ("Festival director Hugo Lamb told Wikinews the event had sold out in four hours. “We have never seen "
     "demand like this,” he said.",
     [(I, "Hugo Lamb", "the event had sold out in four hours"), (D, "Hugo Lamb", "We have never seen demand like this")]),
    # -- "according to" with titles ---------------------------------------------------------------------
    ("According to Health Minister Sipho Ndlovu, more than 300 clinics have been closed.",
     [(I, "Sipho Ndlovu", "more than 300 clinics have been closed")]),
    ("The strike cost the airline $20 million a day, according to chief executive Laura Hines.",
     [(I, "Laura Hines", "The strike cost the airline $20 million a day")]),
    ("According to a senior Western diplomat, the talks collapsed over the question of guarantees.",
     [(I, None, "the talks collapsed over the question of guarantees")]),
    ("According to police spokeswoman Karen Adu, the driver fled the scene.",
     [(I, "Karen Adu", "the driver fled the scene")]),
    ("The rebels control about a third of the province, according to Colonel Ahmed Saleh, a spokesman for "
     "the army.",
     [(I, "Ahmed Saleh", "The rebels control about a third of the province")]),
    ("According to the World Bank, the economy will shrink by 3 percent this year.",
     [(I, "World Bank", "the economy will shrink by 3 percent this year")]),
    ("According to U.S. Ambassador to the United Nations Rebecca Stone, the resolution would have no effect "
     "on the ground.",
     [(I, "Rebecca Stone", "the resolution would have no effect on the ground")]),
    ("According to the mayor, Paul Dubois, the town has no money left for repairs.",
     [(I, "Paul Dubois", "the town has no money left for repairs")]),
    ("According to Dr. Rachel Kim, the hospital's chief of surgery, all four patients are in stable "
     "condition.",
     [(I, "Rachel Kim", "all four patients are in stable condition")]),
    ("Three soldiers were killed, according to a statement from the Ministry of Defence.",
     [(I, ("Ministry of Defence", None), "Three soldiers were killed")]),
    ("Lt. Col. Yosef Amir, an army spokesman, said two rockets had been intercepted. According to Amir, "
     "nobody was hurt.",
     [(I, "Yosef Amir", "two rockets had been intercepted"), (I, "Yosef Amir", "nobody was hurt")]),
    # -- written statements: posts, letters, statements on Telegram -------------------------------------
    ("Foreign Minister Aleksandr Petrenko wrote on X that Kyiv would never accept the annexation.",
     [(I, "Aleksandr Petrenko", "Kyiv would never accept the annexation")]),
    ("The governor of the region, Oleg Sinko, said in a statement posted on Telegram that two people had "
     "been killed in the drone attack.",
     [(I, "Oleg Sinko", "two people had been killed in the drone attack")]),
    ("“Today is a dark day for democracy,” opposition leader Ruth Amin posted on X.",
     [(D, "Ruth Amin", "Today is a dark day for democracy")]),
    ("In a post on Facebook, the mayor of Dnipro, Ivan Hrytsenko, said the power had been restored.",
     [(I, "Ivan Hrytsenko", "the power had been restored")]),
    ("Norvik Shipping said in a statement: “We are cooperating fully with the authorities.”",
     [(D, "Norvik Shipping", "We are cooperating fully with the authorities")]),
    ("In a letter to shareholders, chief executive Mark Delaney wrote that the company had “made mistakes” "
     "and would change course.",
     [(M, "Mark Delaney", "made mistakes")]),
    ("The embassy wrote on its Telegram channel that consular services were suspended.",
     [(I, (None, "embassy"), "consular services were suspended")]),
    ("Senator Joan Bright tweeted that the vote would take place on Thursday.",
     [(I, "Joan Bright", "the vote would take place on Thursday")]),
    ("Writing in The Guardian, economist Paula Reyes argued that the tax cut would mostly benefit the rich.",
     [(I, "Paula Reyes", "the tax cut would mostly benefit the rich")]),
    ("Armed forces chief Gen. Valery Kosh said in a video address posted on Telegram that his troops had "
     "repelled the assault.",
     [(I, "Valery Kosh", "his troops had repelled the assault")]),
    ("The ministry's spokesperson, Maria Zorina, wrote on Telegram: “The West will regret this decision.”",
     [(D, "Maria Zorina", "The West will regret this decision")]),
    ("Brightline Mining said in a written statement to Reuters that it had not been informed of the "
     "sanctions.",
     [(I, "Brightline Mining", "it had not been informed of the sanctions")]),
    ("Oleg Sinko, the regional governor, posted on Telegram: “Air defence is working. Stay in shelters.”",
     [(D, "Oleg Sinko", "Air defence is working")]),
    # -- nested and single-quoted quotations --------------------------------------------------------------
    ("“He told me, ‘Don't worry, the money will come,’ and then he disappeared,” said Alice Grant.",
     [(D, "Alice Grant", "and then he disappeared")]),
    ("Prime Minister Hugh Danvers said there would be 'no return' to lockdown.",
     [(M, "Hugh Danvers", "no return")]),
    ("'We will not back down,' said the union's general secretary, Moira Keane.",
     [(D, "Moira Keane", "We will not back down")]),
    ("“When the minister says ‘reform’, what he means is cuts,” said union leader Paul Ferris.",
     [(D, "Paul Ferris", "what he means is cuts")]),
    ("'It's a disgrace,' said Linda Parr, 67. 'They should be ashamed of themselves.'",
     [(D, "Linda Parr", "It's a disgrace"), (D, "Linda Parr", "They should be ashamed of themselves")]),
    ("Opposition finance spokesman Iain Kerr called the plan “reckless and doomed to fail”.",
     [(M, "Iain Kerr", "reckless and doomed to fail", OPTIONAL)]),
    ("“As my father used to say, ‘a promise is a debt,’” President Amadou Diallo told the crowd.",
     [(D, "Amadou Diallo", "As my father used to say")]),
    ("\"They kept shouting 'Get down! Get down!' and we all lay on the floor,\" said bank clerk Sarah Mills.",
     [(D, "Sarah Mills", "we all lay on the floor")]),
    ("The judge said the defendant's claim that he was ‘only following orders’ was no defence.",
     [(I, None, "was no defence")]),
    ("Tessa Boyd, the charity's director, said: 'Every penny goes to the families. We take nothing for "
     "ourselves.'",
     [(D, "Tessa Boyd", "Every penny goes to the families")]),
    # -- interviews ------------------------------------------------------------------------------------
    ("In an interview with CNN on Sunday, Defence Secretary James Whitaker said the troops would be home "
     "by Christmas.",
     [(I, "James Whitaker", "the troops would be home by Christmas")]),
    ("Former MP Diane Frost spoke to The Herald about her new book.\n\nQ: Why did you leave the party?\n\n"
     "A: I did not leave the party. The party left me.",
     [(D, None, "Why did you leave the party", OPTIONAL), (D, "Diane Frost", "The party left me")]),
    ("Former prime minister Rui Costa was asked by the BBC whether he would run again. Costa replied: "
     "“That is a question for another day.”",
     [(D, "Rui Costa", "That is a question for another day")]),
    ("Novelist Gregory Hart has lived in Vermont since 1980.\n\n“I have never felt better,” Hart, 72, said "
     "in an interview at his home. “Retirement is for other people.”",
     [(D, "Gregory Hart", "I have never felt better"), (D, "Gregory Hart", "Retirement is for other people")]),
    ("Speaking on the BBC's Today programme, Transport Secretary Nina Shah said the trains would run on time.",
     [(I, "Nina Shah", "the trains would run on time")]),
    ("In an interview, the ambassador, Lucas Meyer, said Germany had no plans to send troops.",
     [(I, "Lucas Meyer", "Germany had no plans to send troops")]),
    ("Asked if she regretted the decision, Judge Carol Finch told the Times: “Not for a moment.”",
     [(D, "Carol Finch", "Not for a moment")]),
    # -- negatives: no statement ----------------------------------------------------------------------
    ("The talks will resume on Monday in Geneva.", []),
    ("Secretary Marsh travelled to Amman on Tuesday for meetings with Jordanian officials.", []),
    ("The minister is expected to announce the budget next week.", []),
    ("She told the story of her escape in a book published last year.", []),
    ("The film “A Quiet Place to Die” opens in cinemas on Friday.", []),
    ("Reporters asked the spokesman about the delays.", []),
]

# A second probe, written after the rules were read, in the same layouts with other words: it checks that
# the rules the first list led to carry beyond its sentences.
ROWS += [
    ("Press Briefing by Press Secretary Lena Novak\n\nMS. NOVAK: Good morning. The President signed the "
     "disaster declaration overnight.\n\nQ Is he going to visit Texas?\n\nMS. NOVAK: He will travel there "
     "on Friday.",
     [(D, ("Lena Novak", "Novak"), "The President signed the disaster declaration overnight"),
      (D, None, "Is he going to visit Texas", OPTIONAL), (D, ("Lena Novak", "Novak"), "He will travel there on Friday")]),
    ("Department Press Briefing by Deputy Spokesperson Vedant Rao\n\nMR RAO: We condemn the attack on the "
     "convoy in the strongest terms.",
     [(D, ("Vedant Rao", "Rao"), "We condemn the attack on the convoy")]),
    ("The farmer, Pieter de Wit, walked the flooded field in silence.\n\n“Three generations worked this land. "
     "Now it is a lake.”",
     [(D, "Pieter de Wit", "Three generations worked this land")]),
    ("Nurse Abena Owusu had worked through the night. “We ran out of oxygen at two in the morning.”",
     [(D, "Abena Owusu", "We ran out of oxygen at two in the morning")]),
    ("“The budget is a fantasy,” said opposition leader Helen Cross.\n\nCross, who has led the party since "
     "2021, wants an early election.\n\n“The country cannot wait another year.”",
     [(D, "Helen Cross", "The budget is a fantasy"), (D, "Helen Cross", "The country cannot wait another year")]),
    ("Secretary of State Owen Marsh met President Lula Baptiste of Haiti in Port-au-Prince. Secretary Marsh "
     "conveyed that the United States would fund the police mission.",
     [(I, "Owen Marsh", "the United States would fund the police mission")]),
    ("President Mark Ellison hosted Prime Minister Ana Lobo of Portugal. The President highlighted that "
     "trade between the two countries had doubled.",
     [(I, "Mark Ellison", "trade between the two countries had doubled")]),
    ("Bishop Thomas Reilly led the funeral. The bishop said the family had forgiven the driver.",
     [(I, "Thomas Reilly", "the family had forgiven the driver")]),
    ("According to the district commissioner, Grace Mwangi, the camp now holds 40,000 people.",
     [(I, "Grace Mwangi", "the camp now holds 40,000 people")]),
    ("According to fire chief Dan Whitlow, the blaze started in the kitchen.",
     [(I, "Dan Whitlow", "the blaze started in the kitchen")]),
    ("Mayor Vitali Hrab posted on Facebook: “Water supply has been restored in all districts.”",
     [(D, "Vitali Hrab", "Water supply has been restored in all districts")]),
    ("“It's over,” said Karen Lisle. “If they want a fight,” she added, “they will get one in court.”",
     [(D, "Karen Lisle", "It's over"), (D, "Karen Lisle", "they will get one in court")]),
    ("'We were never told,' said resident Mary Doyle, 58. 'Not a letter, not a phone call.'",
     [(D, "Mary Doyle", "We were never told"), (D, "Mary Doyle", "Not a letter, not a phone call")]),
    ("Coach Sven Aalto defended his captain, Erik Lund, after the match. “Erik gave everything,” he said.",
     [(D, "Sven Aalto", "Erik gave everything")]),
    ("Economist Rita Kahn spoke to the Chronicle about inflation.\n\nQ: Will prices fall next year?\n\n"
     "A: Not by much. Wages have to catch up first.",
     [(D, None, "Will prices fall next year", OPTIONAL), (D, "Rita Kahn", "Wages have to catch up first")]),
    ("The minister was booed as she left the hall.\n\n“Shame on you!”", []),
    ("The museum reopened on Sunday.\n\n“The Night Watch” is back on display in its old room.", []),
]
