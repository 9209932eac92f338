"""Passages in the layouts of US government releases and Wikinews reports (invented people), with the
statements a careful reader annotates in each: (quote type, speaker, key words).

The speaker is an entity name, None for an unnamed or collective source, or a tuple of the answers a
reader would accept (None among them: an unnamed source is also right). A fourth element OPTIONAL marks a
statement that is neither required nor penalised. Written before the rules were read, to measure how
they carry to layouts nobody tuned them on (tests/test_statements_gov_wiki.py holds the floors); five
later probes, written after the rules were read, follow the first list.

The body of a press statement or joint statement is the document's own voice, which the development
set's annotators leave out (``statements: []``): such rows are optional here.
"""
from __future__ import annotations

from statement_rows import D, I, M
OPTIONAL = "optional"

ROWS: list[tuple[str, list[tuple]]] = [
    # -- government readouts: a title line, then "The Secretary ..." -------------------------------
    ("Secretary of State Marcus Ellery met Foreign Minister Ana Petrova of Moldova in Washington on Tuesday. "
     "The Secretary underscored the steadfast support of the United States for Moldova's sovereignty.",
     [(I, "Marcus Ellery", "steadfast support of the United States for Moldova's sovereignty")]),
    ("President Daniel Harrow spoke by phone with Prime Minister Keiko Arai of Japan on Monday. "
     "The two leaders reaffirmed that the alliance remains the cornerstone of peace in the region.",
     [(I, None, "the alliance remains the cornerstone of peace")]),
    ("Deputy Secretary Laura Kemp met business leaders in Santiago. Deputy Secretary Kemp noted that the "
     "partnership would create jobs in both countries.",
     [(I, "Laura Kemp", "the partnership would create jobs in both countries")]),
    ("Secretary Ellery spoke with Foreign Minister Tariq Mansour of Jordan. Secretary Ellery emphasized "
     "that humanitarian aid must reach civilians in Gaza without delay.",
     [(I, "Ellery", "humanitarian aid must reach civilians in Gaza")]),
    ("The Secretary also expressed concern about the detention of aid workers in the region.",
     [(I, None, "concern about the detention of aid workers", OPTIONAL)]),
    ("National Security Advisor Priya Natarajan met her counterpart in New Delhi. Ms. Natarajan stressed "
     "that both countries share an interest in secure supply chains.",
     [(I, "Priya Natarajan", "both countries share an interest in secure supply chains")]),
    ("Secretary of Defense Roland Pike hosted Defence Minister Hana Novak at the Pentagon. Secretary Pike "
     "commended Czechia for its leadership in supplying ammunition to Ukraine.",
     [(I, "Roland Pike", "Czechia for its leadership in supplying ammunition", OPTIONAL)]),
    ("The President and the Chancellor agreed that the sanctions should stay in place until Russia ends "
     "the war.", [(I, None, "the sanctions should stay in place until Russia ends the war")]),
    ("Ambassador Ruth Lindqvist addressed the Security Council on Thursday. She said the council could not "
     "stay silent while civilians starved.",
     [(I, "Ruth Lindqvist", "the council could not stay silent while civilians starved")]),
    # -- press statements: "Spokesperson X:" and "attributable to". The body of a release is the document's
    # own voice, which the development set's annotators leave out (optional here: a reader may take it) --
    ("Spokesperson Nadia Okoro: The United States condemns in the strongest terms the attack on the "
     "convoy in northern Mali.",
     [(D, "Nadia Okoro", "condemns in the strongest terms the attack on the convoy", OPTIONAL)]),
    ("The following statement is attributable to Spokesperson Nadia Okoro:\n\n"
     "The United States welcomes the release of the detained journalists in Minsk. We call on the "
     "authorities to free all remaining political prisoners.",
     [(D, "Nadia Okoro", "welcomes the release of the detained journalists", OPTIONAL),
      (D, "Nadia Okoro", "free all remaining political prisoners", OPTIONAL)]),
    ("Press Statement\n\nMarcus Ellery, Secretary of State\n\nThe United States congratulates the people of "
     "Ghana on a peaceful election. We look forward to working with the new government.",
     [(D, "Marcus Ellery", "congratulates the people of Ghana on a peaceful election", OPTIONAL),
      (D, "Marcus Ellery", "We look forward to working with the new government", OPTIONAL)]),
    ("Ambassador Linda Marr: Thank you, Madam President. The United States remains deeply concerned about "
     "the violence in Darfur.",
     [(D, "Linda Marr", "remains deeply concerned about the violence in Darfur", OPTIONAL)]),
    ("Spokesperson Erik Halvorsen told reporters that the talks had been constructive.\n\n"
     "QUESTION: Will the Secretary travel to the region?\n\n"
     "MR HALVORSEN: I have no travel to announce at this time.",
     [(I, "Erik Halvorsen", "the talks had been constructive"),
      (D, "Erik Halvorsen", "I have no travel to announce at this time", OPTIONAL)]),
    # -- Treasury and Justice releases --------------------------------------------------------------
    ("Treasury Secretary Alan Brooks said Monday's action targets the networks that finance the militia. "
     "\u201cWe will continue to use every tool at our disposal,\u201d Secretary Brooks said.",
     [(I, "Alan Brooks", "targets the networks that finance the militia"),
      (D, "Alan Brooks", "We will continue to use every tool at our disposal")]),
    ("\u201cToday's action holds accountable those who profit from the conflict,\u201d said Under Secretary "
     "for Terrorism and Financial Intelligence Rachel Dunmore.",
     [(D, "Rachel Dunmore", "holds accountable those who profit from the conflict")]),
    ("\u201cThis network laundered millions for the regime,\u201d said Deputy Secretary of the Treasury Omar "
     "Whitfield. \u201cThe United States will not allow it to operate.\u201d",
     [(D, "Omar Whitfield", "This network laundered millions for the regime"),
      (D, "Omar Whitfield", "The United States will not allow it to operate")]),
    ("According to court documents, Luis Ortega conspired to export rifles to Mexico without a licence.",
     [(I, None, "Luis Ortega conspired to export rifles", OPTIONAL)]),
    ("\u201cNo one is above the law,\u201d said Assistant Attorney General Megan Cole of the Justice "
     "Department's National Security Division.",
     [(D, "Megan Cole", "No one is above the law")]),
    ("Attorney General Samuel Ward announced the charges on Wednesday. \u201cThese defendants put American "
     "lives at risk,\u201d Attorney General Ward said.",
     [(I, "Samuel Ward", "announced the charges", OPTIONAL),
      (D, "Samuel Ward", "These defendants put American lives at risk")]),
    ("U.S. Attorney Dana Pruitt said the defendant faces up to 20 years in prison.",
     [(I, "Dana Pruitt", "the defendant faces up to 20 years in prison")]),
    ("The Department of State is designating two commanders of the militia. The designations expose "
     "those responsible for the killing of civilians.", []),
    ("OFAC Director Carla Jimenez said the designated companies had shipped oil to Syria in violation of "
     "sanctions.", [(I, "Carla Jimenez", "the designated companies had shipped oil to Syria")]),
    # -- joint statements: who speaks when "we" is a group -----------------------------------------
    ("We, the leaders of the G7, are united in our support for Ukraine. We will continue to impose costs "
     "on Russia for its war of aggression.",
     [(D, (None, "G7", "Group of Seven"), "united in our support for Ukraine", OPTIONAL),
      (D, (None, "G7", "Group of Seven"), "continue to impose costs on Russia", OPTIONAL)]),
    ("The foreign ministers of Australia, Japan and the United States said in a joint statement that "
     "they opposed any unilateral change to the status quo.",
     [(I, None, "they opposed any unilateral change to the status quo")]),
    ("In a joint statement, the European Union and Canada said the agreement would cut tariffs on 98 "
     "percent of goods.", [(I, (None, "European Union", "Canada"), "the agreement would cut tariffs on 98 percent of goods")]),
    ("The ministers condemned the missile launch and called on Pyongyang to return to talks.",
     [(I, None, "called on Pyongyang to return to talks", OPTIONAL)]),
    # -- Wikinews: "according to", "told the BBC", press conferences ---------------------------------
    ("According to police spokesman Derek Vance, the fire started in a kitchen on the ground floor.",
     [(I, "Derek Vance", "the fire started in a kitchen on the ground floor")]),
    ("Mayor Helen Corr told the BBC that the city would pay for the repairs.",
     [(I, "Helen Corr", "the city would pay for the repairs")]),
    ("In a press conference on Friday, Health Minister Tomasz Wilk stated that 40 people remained in "
     "hospital.", [(I, "Tomasz Wilk", "40 people remained in hospital")]),
    ("At a press conference in Nairobi, police chief Joseph Mwangi said eleven suspects had been "
     "arrested.", [(I, "Joseph Mwangi", "eleven suspects had been arrested")]),
    ("The storm left 30,000 homes without power, according to the utility company Gridwest.",
     [(I, "Gridwest", "The storm left 30,000 homes without power")]),
    ("According to the country's electoral commission, turnout was 61 percent.",
     [(I, None, "turnout was 61 percent")]),
    ("According to a statement from the palace, the king was resting comfortably.",
     [(I, None, "the king was resting comfortably")]),
    ("Sophie Laurent told Wikinews she had waited six hours to vote.",
     [(I, "Sophie Laurent", "she had waited six hours to vote")]),
    ("Speaking to Reuters, opposition leader Malik Osei said the election had been rigged.",
     [(I, "Malik Osei", "the election had been rigged")]),
    ("In an interview with CNN, Senator Ruth Abbott said she had seen no evidence of fraud.",
     [(I, "Ruth Abbott", "she had seen no evidence of fraud")]),
    ("BBC News reported that the minister had offered his resignation.",
     [(I, ("BBC News", None), "the minister had offered his resignation")]),
    ("Police said the suspect, a 34-year-old man from Leeds, had been arrested at his home.",
     [(I, (None, "Police"), "had been arrested at his home")]),
    ("The airline confirmed that all 140 passengers had been evacuated safely.",
     [(I, None, "all 140 passengers had been evacuated safely")]),
    ("A spokeswoman for the coast guard told the Associated Press that the search would resume at dawn.",
     [(I, None, "the search would resume at dawn")]),
    ("Reuters reported, citing two sources, that the deal had been signed on Saturday.",
     [(I, ("Reuters", None), "the deal had been signed on Saturday")]),
    # -- a speaker described, then named in the next sentence -----------------------------------------
    ("A spokesperson for the regional government said the evacuation order would be lifted on Sunday. "
     "The spokesperson, Irene Castell, added that schools would stay closed.",
     [(I, (None, "Irene Castell"), "the evacuation order would be lifted on Sunday"),
      (I, "Irene Castell", "schools would stay closed")]),
    ("The head of the rescue team spoke to reporters on Monday night. Alberto Ruiz said the chances of "
     "finding more survivors were slim.",
     [(I, "Alberto Ruiz", "the chances of finding more survivors were slim")]),
    ("Gerald Finch announced his retirement on Monday. The 58-year-old, who has led the party since 2015, "
     "said he would not stand again. \u201cIt is time for someone new,\u201d the former teacher said.",
     [(I, "Gerald Finch", "announced his retirement", OPTIONAL), (I, "Gerald Finch", "he would not stand again"), (D, "Gerald Finch", "It is time for someone new")]),
    ("Defence Minister Karl Brenner visited the troops on Tuesday. The minister said the army needed more "
     "air defence systems.", [(I, "Karl Brenner", "the army needed more air defence systems")]),
    ("Maria Lopes, a nurse, was among the first to arrive. The 42-year-old told Wikinews that the "
     "injured had been lying in the street.",
     [(I, "Maria Lopes", "the injured had been lying in the street")]),
    ("Senator Ruth Abbott led the hearing. The Ohio Democrat said the agency had misled Congress.",
     [(I, "Ruth Abbott", "the agency had misled Congress")]),
    ("Jean-Pierre Morel, the head of the football federation, resigned on Friday. The former striker said "
     "he had lost the confidence of the clubs.",
     [(I, "Jean-Pierre Morel", "he had lost the confidence of the clubs")]),
    # -- multi-paragraph quotes and continuation paragraphs ---------------------------------------------
    ("\u201cWe went door to door,\u201d said firefighter Ben Adair. \u201cSome people refused to leave.\n\n"
     "\u201cBy midnight the water had reached the second floor.\u201d",
     [(D, "Ben Adair", "We went door to door"), (D, "Ben Adair", "Some people refused to leave"),
      (D, "Ben Adair", "By midnight the water had reached the second floor")]),
    ("Governor Alicia Moreno said the state would ask for federal help.\n\n"
     "\u201cOur crews cannot do this alone. We need more equipment and we need it now.\u201d\n\n"
     "She added that the damage could exceed one billion dollars.",
     [(I, "Alicia Moreno", "the state would ask for federal help"),
      (D, "Alicia Moreno", "Our crews cannot do this alone"),
      (I, "Alicia Moreno", "the damage could exceed one billion dollars")]),
    ("Secretary Brooks spoke at the conference in Brussels.\n\n"
     "\u201cThe financial system is not a safe haven for those who fund terror,\u201d he said.\n\n"
     "\u201cWe will find them and we will cut them off.\u201d",
     [(D, "Brooks", "not a safe haven for those who fund terror"),
      (D, "Brooks", "We will find them and we will cut them off")]),
    ("Minister Karin Solheim said the bill would be withdrawn. She went on to say that the government "
     "would consult the unions first.",
     [(I, "Karin Solheim", "the bill would be withdrawn"),
      (I, "Karin Solheim", "the government would consult the unions first")]),
    ("Thomas Greer, the union's president, said the strike would end on Monday. He also said members "
     "had voted to accept the offer.",
     [(I, "Thomas Greer", "the strike would end on Monday"),
      (I, "Thomas Greer", "members had voted to accept the offer")]),
    # -- quotes introduced by a colon -------------------------------------------------------------------
    ("The agency's director, Paula Greer, put it bluntly: \u201cWe are out of money.\u201d",
     [(D, "Paula Greer", "We are out of money")]),
    ("The ministry's statement read: \u201cNo Ukrainian aircraft were involved in the incident.\u201d",
     [(D, None, "No Ukrainian aircraft were involved in the incident")]),
    ("In his resignation letter, Viktor Sands wrote: \u201cI can no longer serve in good conscience.\u201d",
     [(D, "Viktor Sands", "I can no longer serve in good conscience")]),
    ("President Harrow said in his address: \u201cWe will not abandon our allies.\u201d",
     [(D, "Harrow", "We will not abandon our allies")]),
    ("Prime Minister Keiko Arai told parliament: \u201cThe government takes full responsibility.\u201d",
     [(D, "Keiko Arai", "The government takes full responsibility")]),
    ("The message from the rebels was short: \u201cLeave the city or face the consequences.\u201d",
     [(D, None, "Leave the city or face the consequences", OPTIONAL)]),
    # -- pronoun and description speakers ----------------------------------------------------------------
    ("Lena Fischer became the first woman to lead the central bank on Monday. In her first speech she "
     "said that inflation remained the bank's main concern.",
     [(I, "Lena Fischer", "inflation remained the bank's main concern")]),
    ("Farouk Haddad was released from prison after four years. \u201cI never lost hope,\u201d the "
     "journalist said on his arrival in Beirut.",
     [(D, "Farouk Haddad", "I never lost hope")]),
    ("Police arrested Dmitri Orlov on Sunday. His lawyer said the charges were politically motivated.",
     [(I, None, "the charges were politically motivated")]),
    ("Chancellor Jonas Weber met President Harrow at the White House. The chancellor told reporters "
     "afterwards that the meeting had been productive.",
     [(I, "Jonas Weber", "the meeting had been productive")]),
    ("The premier, Rachel Tan, toured the flooded district. She promised that every family would "
     "receive emergency funds.",
     [(I, "Rachel Tan", "every family would receive emergency funds")]),
    ("Ms. Okafor and Mr. Lindqvist spoke after the vote. He said the result was a victory for the "
     "farmers.", [(I, "Lindqvist", "the result was a victory for the farmers")]),
    # -- organisations as speakers ------------------------------------------------------------------------
    ("The ministry said in a statement that no foreign nationals were among the victims.",
     [(I, None, "no foreign nationals were among the victims")]),
    ("The White House confirmed that the president would travel to Nairobi next week.",
     [(I, "White House", "the president would travel to Nairobi next week")]),
    ("The State Department said the embassy in Khartoum would remain closed.",
     [(I, ("State Department", "United States Department of State", "Department of State"),
       "the embassy in Khartoum would remain closed")]),
    ("The World Health Organization warned that the outbreak could spread to neighbouring countries.",
     [(I, "World Health Organization", "the outbreak could spread to neighbouring countries")]),
    ("Greenpeace said in a press release that the spill was the worst in a decade.",
     [(I, "Greenpeace", "the spill was the worst in a decade")]),
    ("The Kremlin denied that Russian troops had crossed the border.",
     [(I, "Kremlin", "Russian troops had crossed the border")]),
    ("The foreign ministry of Iran said the sanctions were illegal.",
     [(I, (None, "foreign ministry of Iran"), "the sanctions were illegal")]),
    ("Tesla said in a filing on Monday that it had recalled 12,000 vehicles.",
     [(I, "Tesla", "it had recalled 12,000 vehicles")]),
    ("The Federal Aviation Administration said it was investigating the incident.",
     [(I, "Federal Aviation Administration", "it was investigating the incident")]),
    # -- social media ------------------------------------------------------------------------------------
    ("Prime Minister Sanna Koivu wrote on Twitter that her thoughts were with the families of the victims.",
     [(I, "Sanna Koivu", "her thoughts were with the families of the victims")]),
    ("\u201cWe will rebuild,\u201d Mayor Helen Corr posted on Facebook late on Saturday.",
     [(D, "Helen Corr", "We will rebuild")]),
    ("President Harrow posted on social media that the ceasefire was a great achievement.",
     [(I, "Harrow", "the ceasefire was a great achievement")]),
    ("In a tweet, Senator Ruth Abbott called the ruling a disgrace.",
     [(I, "Ruth Abbott", "called the ruling a disgrace", OPTIONAL)]),
    ("The embassy said on its website that citizens should leave the country immediately.",
     [(I, None, "citizens should leave the country immediately")]),
    ("Maya Goldberg, an activist, wrote in a blog post that the police had used excessive force.",
     [(I, "Maya Goldberg", "the police had used excessive force")]),
    ("The opposition leader, Malik Osei, said in a video posted online that he was safe.",
     [(I, "Malik Osei", "he was safe")]),
    # -- interviews and news agencies ---------------------------------------------------------------------
    ("\u201cThe sanctions are working,\u201d Deputy Foreign Minister Hiro Tanaka told Kyodo News in an "
     "interview.", [(D, "Hiro Tanaka", "The sanctions are working")]),
    ("Elena Sokolova told the Financial Times that the company would list its shares in London.",
     [(I, "Elena Sokolova", "the company would list its shares in London")]),
    ("Speaking to The Guardian, Mark Ellison said the school had ignored the warnings.",
     [(I, "Mark Ellison", "the school had ignored the warnings")]),
    ("The general told state television that the operation was proceeding as planned.",
     [(I, None, "the operation was proceeding as planned")]),
    ("Asked by a reporter whether the talks had failed, Secretary Ellery replied that they were "
     "continuing.", [(I, "Ellery", "they were continuing")]),
    # -- reported questions ----------------------------------------------------------------------------------
    ("Senator Abbott asked whether the agency had known about the defect.",
     [(I, "Abbott", "whether the agency had known about the defect", OPTIONAL)]),
    ("Reporters asked Mr. Osei whether he would accept the result. He said he would wait for the court's "
     "ruling.", [(I, "Osei", "he would wait for the court's ruling")]),
    ("\u201cWhy did nobody warn us?\u201d asked Clara Brandt, whose house was destroyed.",
     [(D, "Clara Brandt", "Why did nobody warn us")]),
    ("Lawmakers questioned the minister about the cost of the program.", []),
    # -- negated and hypothetical speech ----------------------------------------------------------------------
    ("The foreign ministry declined to comment on the report.", []),
    ("Police did not say how many people had been arrested.", []),
    ("Officials would not confirm whether the minister had resigned.", []),
    ("A spokesperson for the company did not respond to requests for comment.", []),
    ("The White House has not said whether the president will attend.", []),
    ("The Kremlin refused to say where the talks would be held.", []),
    ("The minister did not say when the troops would leave, but said the withdrawal would be gradual.",
     [(I, None, "the withdrawal would be gradual")]),
    ("Erik Dahl denied that he had met the envoy.", [(I, "Erik Dahl", "he had met the envoy")]),
    ("President Harrow is expected to say in a speech on Tuesday that the war is over.",
     [(I, "Harrow", "the war is over", OPTIONAL)]),
    ("No group has claimed responsibility for the attack.", []),
    ("It was not immediately clear who was behind the blast.", []),
    ("The president could announce new measures as early as Friday, officials said.",
     [(I, None, "The president could announce new measures as early as Friday")]),
    ("Neither side commented on the reports.", []),
    # -- titles before names ---------------------------------------------------------------------------------
    ("Deputy Foreign Minister Lin Chao told reporters that Beijing would respond firmly.",
     [(I, "Lin Chao", "Beijing would respond firmly")]),
    ("Assistant Secretary of State for African Affairs Monica Reyes said the elections must be credible.",
     [(I, "Monica Reyes", "the elections must be credible")]),
    ("Acting Prime Minister Eduard Vasilescu said the government would resign if the budget failed.",
     [(I, "Eduard Vasilescu", "the government would resign if the budget failed")]),
    ("Former President Joao Almeida said the new government had betrayed the voters.",
     [(I, "Joao Almeida", "the new government had betrayed the voters")]),
    ("Senate Majority Leader Frank Doyle said the chamber would vote on the bill next week.",
     [(I, "Frank Doyle", "the chamber would vote on the bill next week")]),
    ("Police Commissioner Amanda Reed said extra officers would patrol the city centre.",
     [(I, "Amanda Reed", "extra officers would patrol the city centre")]),
    ("UN Secretary-General Kwame Boateng urged both sides to return to the negotiating table.",
     [(I, "Kwame Boateng", "both sides to return to the negotiating table")]),
    ("Chief Justice Helen Marsh wrote that the law violated the constitution.",
     [(I, "Helen Marsh", "the law violated the constitution")]),
    ("Special Envoy for Climate Peter Lund said the summit had made real progress.",
     [(I, "Peter Lund", "the summit had made real progress")]),
    ("Brig. Gen. Samir Haddad, a military spokesman, said the strike had hit a weapons depot.",
     [(I, "Samir Haddad", "the strike had hit a weapons depot")]),
    # -- other government and Wikinews forms ----------------------------------------------------------------
    ("In his remarks, the President emphasized that the alliance had never been stronger.",
     [(I, None, "the alliance had never been stronger")]),
    ("During the briefing, Spokesperson Okoro said the United States was reviewing its aid to Niger.",
     [(I, "Okoro", "the United States was reviewing its aid to Niger")]),
    ("Secretary Pike announced that an additional 3,000 troops would deploy to Poland.",
     [(I, "Pike", "an additional 3,000 troops would deploy to Poland")]),
    ("The Secretary-General's spokesman, Luca Bianchi, said the convoy had reached Aleppo.",
     [(I, "Luca Bianchi", "the convoy had reached Aleppo")]),
    ("The report, published by Human Rights Watch on Tuesday, said that prisoners had been tortured.",
     [(I, ("Human Rights Watch", None), "prisoners had been tortured")]),
    ("A police statement said two officers had been injured during the clashes.",
     [(I, None, "two officers had been injured during the clashes")]),
    ("Officials at the scene said the bridge had collapsed shortly after 6 a.m.",
     [(I, None, "the bridge had collapsed shortly after 6 a.m.")]),
    ("Eyewitness Ahmed Karim told Wikinews: \u201cThere was smoke everywhere.\u201d",
     [(D, "Ahmed Karim", "There was smoke everywhere")]),
    ("Health officials confirmed 14 new cases on Wednesday, bringing the total to 230.",
     [(I, None, "14 new cases on Wednesday", OPTIONAL)]),
    ("Police spokesperson Kim Larsen said officers were called to the house at 2 a.m. \u201cThey found "
     "the door forced open,\u201d Larsen said.",
     [(I, "Kim Larsen", "officers were called to the house at 2 a.m."),
      (D, "Kim Larsen", "They found the door forced open")]),
    ("The ministry issued a statement saying the ambassador had been summoned.",
     [(I, None, "the ambassador had been summoned")]),
    ("Officials say the new rules will take effect in January.",
     [(I, None, "the new rules will take effect in January")]),
    ("Mayor Corr called the attack \u201ca cowardly act\u201d and said the city would not be intimidated.",
     [(M, "Corr", "a cowardly act"), (I, "Corr", "the city would not be intimidated")]),
    ("The senator described the bill as \u201ca gift to the banks\u201d.",
     [(M, None, "a gift to the banks", OPTIONAL)]),
    ("Foreign Minister Petrova said Moldova was \u201cready to do its part\u201d in the region.",
     [(M, "Petrova", "ready to do its part")]),
    ("The statement said the two sides had agreed to meet again in March.",
     [(I, None, "the two sides had agreed to meet again in March")]),
    ("The governor signed the bill into law on Friday.", []),
    ("The Secretary will travel to Tokyo and Seoul next week.", []),
    ("The law requires companies to report cyberattacks within 72 hours.", []),
    ("The court ruled that the ban was unconstitutional.",
     [(I, None, "the ban was unconstitutional", OPTIONAL)]),
]

# A second probe, written after the first round of fixes (so after the rules were read): longer
# passages, agencies quoting officials, briefings, hearings, letters and reactions.
ROWS += [
    ("White House press secretary Dana Morrow told reporters aboard Air Force One that the president "
     "had not yet decided whether to veto the bill.",
     [(I, "Dana Morrow", "the president had not yet decided whether to veto the bill")]),
    ("A senior State Department official, briefing reporters on a conference call, said the talks had "
     "made progress on prisoner exchanges.",
     [(I, None, "the talks had made progress on prisoner exchanges")]),
    ("In a letter to Speaker Frank Doyle, Secretary Ellery wrote that the department would provide the "
     "documents by Friday.", [(I, "Ellery", "the department would provide the documents by Friday")]),
    ("Testifying before the Senate Foreign Relations Committee, Assistant Secretary Monica Reyes said the "
     "aid had reached fewer than half of those in need.",
     [(I, "Monica Reyes", "the aid had reached fewer than half of those in need")]),
    ("Iran's foreign ministry spokesman, Reza Karimi, said the sanctions were a violation of "
     "international law.", [(I, "Reza Karimi", "the sanctions were a violation of international law")]),
    ("UN human rights chief Amara Diallo said on Tuesday she was alarmed by reports of mass arrests.",
     [(I, "Amara Diallo", "she was alarmed by reports of mass arrests")]),
    ("But Ms. Diallo said the government had ignored repeated requests for access.",
     [(I, "Diallo", "the government had ignored repeated requests for access")]),
    ("Mr. Tanaka, however, said Tokyo would not change its position.",
     [(I, "Tanaka", "Tokyo would not change its position")]),
    ("Al Jazeera reported that at least nine people had been killed in the strike.",
     [(I, ("Al Jazeera", None), "at least nine people had been killed in the strike")]),
    ("At least nine people were killed, the BBC reported.",
     [(I, ("BBC", None), "At least nine people were killed")]),
    ("Speaking to Wikinews, local councillor Brian Hale said the closure would cost 200 jobs.",
     [(I, "Brian Hale", "the closure would cost 200 jobs")]),
    ("Wikinews contacted the company for comment, but had not received a reply at the time of writing.", []),
    ("The minister's office said in a statement released late on Thursday that she had tested positive "
     "for the virus.", [(I, (None, "minister's office"), "she had tested positive for the virus")]),
    ("\u201cWe are deeply saddened by this loss,\u201d the family said in a statement released through the "
     "hospital.", [(D, None, "We are deeply saddened by this loss")]),
    ("Senator Abbott, who chairs the committee, argued that the cuts would hurt rural hospitals.",
     [(I, "Abbott", "the cuts would hurt rural hospitals")]),
    ("Pressed by reporters on the timing, Mr. Weber replied that there was no deadline.",
     [(I, "Weber", "there was no deadline")]),
    ("Ahmed Karim described the scene as \u201ccomplete devastation\u201d.",
     [(M, "Ahmed Karim", "complete devastation")]),
    ("Coach Daniel Frey called the decision \u201cunfair and shameful\u201d.",
     [(M, "Daniel Frey", "unfair and shameful")]),
    ("Police said in a news release that the driver had been drinking. The release did not name the "
     "driver.", [(I, (None, "Police"), "the driver had been drinking")]),
    ("The governor's spokesman, Paul Ivers, said in an email that the governor would sign the bill.",
     [(I, "Paul Ivers", "the governor would sign the bill")]),
    ("Dr. Leah Morgan, a virologist at the University of Toronto, told CBC News the variant was not more "
     "dangerous.", [(I, "Leah Morgan", "the variant was not more dangerous")]),
    ("\u201cThe evidence is overwhelming,\u201d prosecutor Ines Alvarez told the jury in her closing "
     "argument.", [(D, "Ines Alvarez", "The evidence is overwhelming")]),
    ("The defence argued that the confession had been obtained under duress.",
     [(I, None, "the confession had been obtained under duress")]),
    ("Judge Robert Kane ruled that the evidence could be used at trial, writing that the search had been "
     "lawful.", [(I, "Robert Kane", "the search had been lawful")]),
    ("Mayor Corr, asked whether she would run again, said she had not made up her mind.",
     [(I, "Corr", "she had not made up her mind")]),
    ("\u201cThis is not over,\u201d said a defiant Malik Osei as he left the court.",
     [(D, "Malik Osei", "This is not over")]),
    ("\u201cI am proud of what we achieved,\u201d Finch, 58, told supporters in Leeds.",
     [(D, "Finch", "I am proud of what we achieved")]),
    ("Foreign Minister Petrova and Secretary Ellery told reporters that the two countries would sign a "
     "trade agreement.", [(I, None, "the two countries would sign a trade agreement")]),
    ("The company's founder, Elena Sokolova, said on LinkedIn that she was stepping down.",
     [(I, "Elena Sokolova", "she was stepping down")]),
    ("The spokesman for the Department of Homeland Security, Victor Lane, said that the agency had "
     "deployed additional staff to the border.",
     [(I, "Victor Lane", "the agency had deployed additional staff to the border")]),
    ("According to the statement, the two leaders discussed regional security.",
     [(I, None, "the two leaders discussed regional security")]),
    ("According to witnesses, the gunman fired into the crowd before fleeing.",
     [(I, None, "the gunman fired into the crowd before fleeing")]),
    ("Harrow said Friday that he would meet the Chinese leader next month. He did not give a date.",
     [(I, "Harrow", "he would meet the Chinese leader next month")]),
    ("President Harrow's national security adviser, Priya Natarajan, said the strikes were "
     "\u201cproportionate and necessary\u201d.",
     [(M, "Priya Natarajan", "proportionate and necessary")]),
    ("The spokesperson would not comment on whether the ambassador had been recalled.", []),
    ("It is unclear whether the president will sign the bill.", []),
    ("The announcement came a day after the election.", []),
    ("Ellery is scheduled to speak at the summit on Thursday.", []),
    ("The minister, speaking at a rally in Porto, promised voters that taxes would be cut.",
     [(I, None, "taxes would be cut")]),
    ("Maria Lopes, whose son was injured, told Wikinews: \u201cNobody from the government has come to see "
     "us.\u201d", [(D, "Maria Lopes", "Nobody from the government has come to see us")]),
    ("In a televised speech, Prime Minister Arai said the country faced its gravest crisis since the war. "
     "She called on citizens to conserve energy.",
     [(I, "Arai", "the country faced its gravest crisis since the war"),
      (I, "Arai", "citizens to conserve energy")]),
    ("Treasury officials said the measures would take effect immediately.",
     [(I, None, "the measures would take effect immediately")]),
    ("Lt. Gen. Mark Soto, the commander of the task force, told Pentagon reporters that no U.S. troops "
     "had been hurt.", [(I, "Mark Soto", "no U.S. troops had been hurt")]),
    ("The European Commission's spokesperson for trade, Ana Lima, said the tariffs were unjustified.",
     [(I, "Ana Lima", "the tariffs were unjustified")]),
]

# A third probe, also written after the rules were read: longer paragraphs with several sources,
# reactions that answer one another, "saying" clauses, a colon at a paragraph's end.
ROWS += [
    ("Interior Minister Pavel Novak dismissed the report, saying it was based on rumours. The opposition "
     "leader, Jana Kralova, said the minister should resign.",
     [(I, "Pavel Novak", "it was based on rumours"), (I, "Jana Kralova", "the minister should resign")]),
    ("The Kremlin responded by saying that the exercises were purely defensive.",
     [(I, "Kremlin", "the exercises were purely defensive")]),
    ("Governor Moreno signed the order on Monday. Speaking at a news conference afterwards, she said:\n\n"
     "\u201cNo family in this state will be left without shelter.\u201d",
     [(D, "Moreno", "No family in this state will be left without shelter")]),
    ("\u201cWe have lost everything,\u201d said Amina Bello, 63. \u201cThe house, the animals, the "
     "harvest.\u201d Her neighbour, Musa Ibrahim, said the water came at night.",
     [(D, "Amina Bello", "We have lost everything"), (D, "Amina Bello", "The house, the animals, the harvest"),
      (I, "Musa Ibrahim", "the water came at night")]),
    ("Secretary Pike met President Kaja Lind of Estonia in Tallinn. Lind told reporters that Estonia "
     "would raise defence spending to 3 percent. Pike said the United States welcomed the decision.",
     [(I, "Kaja Lind", "Estonia would raise defence spending to 3 percent"),
      (I, "Pike", "the United States welcomed the decision")]),
    ("The company's chief executive, Rahul Mehta, apologised to customers. \u201cWe let you down,\u201d "
     "he wrote in an email to users. \u201cIt will not happen again.\u201d",
     [(D, "Rahul Mehta", "We let you down"), (D, "Rahul Mehta", "It will not happen again")]),
    ("Officials in Kyiv said the drones had been shot down before reaching the city. Russia's defence "
     "ministry said it had struck military targets.",
     [(I, None, "the drones had been shot down before reaching the city"),
      (I, (None, "Russia's defence ministry", "defence ministry"), "it had struck military targets")]),
    ("Ellery, who arrived in Cairo on Sunday, told Egyptian officials that Washington supported their "
     "mediation efforts, a State Department spokesperson said.",
     [(I, "Ellery", "Washington supported their mediation efforts", OPTIONAL),
      (I, (None, "United States Department of State", "State Department"),
       "told Egyptian officials that Washington supported their mediation efforts", OPTIONAL)]),
    ("Asked about the strike, Mr. Okafor said he had not been informed in advance.",
     [(I, "Okafor", "he had not been informed in advance")]),
    ("The mayor said she was \u201cshocked and heartbroken\u201d by the shooting and promised a full "
     "investigation.", [(M, None, "shocked and heartbroken")]),
    ("Health Minister Wilk said on Friday the hospital had enough beds. Doctors at the hospital disputed "
     "that claim.", [(I, "Wilk", "the hospital had enough beds")]),
    ("The UN Secretary-General, Kwame Boateng, said in a statement read by his spokesman that he was "
     "\u201cdeeply alarmed\u201d by the fighting.", [(M, "Kwame Boateng", "deeply alarmed")]),
    ("According to the Associated Press, the ship was carrying 300 tonnes of grain.",
     [(I, ("Associated Press", None), "the ship was carrying 300 tonnes of grain")]),
    ("\u201cThe decision is final,\u201d the court's president, Judge Anna Weiss, told the hearing.",
     [(D, "Anna Weiss", "The decision is final")]),
    ("Ruth Abbott and Frank Doyle issued a joint statement condemning the attack.",
     [(I, None, "condemning the attack", OPTIONAL)]),
    ("The United States Embassy in Nairobi said on Twitter that it was aware of reports of gunfire near "
     "the airport.", [(I, ("United States Embassy in Nairobi", "United States Embassy", None), "it was aware of reports of gunfire")]),
    ("The agency said that, as of Friday, 2,300 people had been displaced.",
     [(I, None, "2,300 people had been displaced")]),
    ("Mehta said the company had \u201cnothing to hide\u201d and would cooperate fully with regulators.",
     [(M, "Mehta", "nothing to hide")]),
    ("The two presidents said in a joint declaration that they would double trade by 2030.",
     [(I, None, "they would double trade by 2030")]),
    ("Doyle's office did not immediately respond to a request for comment on Thursday.", []),
    ("The prime minister's spokesperson said the prime minister had full confidence in the chancellor.",
     [(I, None, "the prime minister had full confidence in the chancellor")]),
    ("\u201cWe will review the ruling carefully,\u201d the Justice Department said in a statement. The "
     "department did not say whether it would appeal.",
     [(D, ("Justice Department", "United States Department of Justice", None), "We will review the ruling carefully")]),
]
ROWS += [
    ("Nora Quist, the head of the aid agency, spoke to Wikinews by telephone. \u201cThe roads are "
     "blocked,\u201d she said. She continued: \u201cWe cannot reach the villages in the north.\u201d",
     [(D, "Nora Quist", "The roads are blocked"), (D, "Nora Quist", "We cannot reach the villages in the north")]),
    ("Prime Minister Arai met Chancellor Weber in Berlin.\n\n\u201cWe agreed to work together on energy,\u201d "
     "Arai said.\n\nWeber said the talks had been \u201cvery open\u201d.\n\n\u201cThere are no taboos between "
     "friends,\u201d he added.",
     [(D, "Arai", "We agreed to work together on energy"), (M, "Weber", "very open"),
      (D, "Weber", "There are no taboos between friends")]),
    ("Farmers' leader Tomas Berg said the protest would continue. \u201cWe will stay until the government "
     "listens,\u201d Berg said, adding that more tractors were on their way.",
     [(I, "Tomas Berg", "the protest would continue"), (D, "Tomas Berg", "We will stay until the government listens"),
      (I, "Tomas Berg", "more tractors were on their way")]),
    ("A statement on the ministry's website said the border would reopen on Monday.",
     [(I, (None, "ministry"), "the border would reopen on Monday")]),
    ("Officials told Wikinews that the school had been evacuated as a precaution.",
     [(I, None, "the school had been evacuated as a precaution")]),
    ("The Secretary-General told the General Assembly that the world was \u201cfailing the people of "
     "Sudan\u201d.", [(M, None, "failing the people of Sudan")]),
    ("Dana Morrow, the White House press secretary, said the president \u201cstrongly disagrees\u201d with "
     "the ruling. She did not say whether the administration would appeal.",
     [(M, "Dana Morrow", "strongly disagrees")]),
    ("In a statement, Senator Abbott's office said the senator had been treated for a minor injury and "
     "released.", [(I, (None, "Senator Abbott's office", "Abbott's office"), "the senator had been treated for a minor injury")]),
]

# A fourth probe: whole short articles in the layout of the evaluation files (a date line, a headline,
# then paragraphs) with the straight quotation marks Wikinews uses.
ROWS += [
    ("date 2024-03-02\nMayor says flood defences held in Riverton\n\nThe mayor of Riverton, Helen Corr, said on "
     "Saturday that the new flood defences had held. \"Without them, half the town would be under water,\" "
     "Corr told reporters.\n\nThe Environment Agency said river levels would fall by Monday.",
     [(I, "Helen Corr", "the new flood defences had held"),
      (D, "Helen Corr", "Without them, half the town would be under water"),
      (I, ("Environment Agency", None), "river levels would fall by Monday")]),
    ("date 2023-11-14\nUnion leader rejects pay offer\n\nGMB union leader Sarah Pike rejected the latest pay "
     "offer on Tuesday. \"This is an insult to our members,\" Pike said.\n\n\"We will ballot for strike action "
     "next week.\"\n\nThe employers' association said the offer was final.",
     [(D, "Sarah Pike", "This is an insult to our members"), (D, "Sarah Pike", "We will ballot for strike action"),
      (I, None, "the offer was final")]),
    ("date 2022-06-01\nUS imposes visa restrictions on officials\n\nWASHINGTON — The State Department on "
     "Wednesday announced visa restrictions on twelve officials accused of undermining democracy. "
     "\"The United States stands with the people,\" Secretary Ellery said in a statement.",
     [(I, ("State Department", "United States Department of State", None), "visa restrictions on twelve officials", OPTIONAL),
      (D, "Ellery", "The United States stands with the people")]),
    ("date 2021-09-09\nEarthquake strikes coastal region\n\nA magnitude 6.1 earthquake struck the coast early on "
     "Thursday, according to the United States Geological Survey (USGS). Local police chief Omar Haddad told "
     "Wikinews there were no immediate reports of casualties. \"People ran into the streets,\" he said.",
     [(I, "United States Geological Survey", "A magnitude 6.1 earthquake struck the coast"),
      (I, "Omar Haddad", "there were no immediate reports of casualties"),
      (D, "Omar Haddad", "People ran into the streets")]),
]

# A fifth probe: reactions with "adding", bodies described by size or kind, sources after the content.
ROWS += [
    ("Rocket fire killed two soldiers near the base, the army said in a statement, adding that an "
     "investigation had been opened.",
     [(I, (None, "army"), "Rocket fire killed two soldiers near the base"),
      (I, (None, "army"), "an investigation had been opened")]),
    ("Two people were arrested, police told the BBC.", [(I, (None, "police"), "Two people were arrested")]),
    ("In an open letter published on Monday, more than 200 scientists warned that the target was out of "
     "reach.", [(I, None, "the target was out of reach")]),
    ("Spokesman for the Ministry of Defence Igor Vasin said the drills had ended.",
     [(I, "Igor Vasin", "the drills had ended")]),
    ("The ministry said: \"The situation is under control.\"",
     [(D, (None, "ministry"), "The situation is under control")]),
    ("Nobody was hurt, officials said, though the building was badly damaged.",
     [(I, None, "Nobody was hurt")]),
    ("Deputy Prime Minister Olga Reznik said Russia was \"not interested\" in talks, according to Interfax.",
     [(M, "Olga Reznik", "not interested")]),
    ("Harrow's spokesman, Tom Ridley, told AFP that the president was in good health.",
     [(I, "Tom Ridley", "the president was in good health")]),
    ("A White House statement said the two leaders had discussed trade.",
     [(I, "White House", "the two leaders had discussed trade")]),
    ("The European Union imposed new tariffs on steel on Monday. The 27-member bloc said the measures "
     "were temporary.", [(I, "European Union", "the measures were temporary")]),
    ("Police in Leeds said a 19-year-old man had been charged with murder.",
     [(I, (None, "police", "Police in Leeds"), "a 19-year-old man had been charged with murder")]),
    ("The minister told the BBC's Today programme that he had \"no regrets\".",
     [(M, None, "no regrets")]),
    ("\"We are still counting,\" an election official in Kano told Reuters.",
     [(D, None, "We are still counting")]),
    ("The report by Amnesty International, released on Wednesday, said at least 40 protesters had been killed.",
     [(I, ("Amnesty International", None), "at least 40 protesters had been killed")]),
]

# A sixth probe: long sentences, passive reports with no source, comments and remarks.
ROWS += [
    ("It was announced on Tuesday that the festival would not take place this year.", []),
    ("The closure was confirmed by the city council on Friday.",
     [(I, ("city council", None), "The closure was confirmed", OPTIONAL)]),
    ("Commenting on the verdict, Amnesty's regional director, Farah Nasser, remarked that justice had "
     "finally been served.", [(I, "Farah Nasser", "justice had finally been served")]),
    ("Karl Brenner, who served as defence minister from 2018 until his resignation in 2022 over a "
     "procurement scandal, said on Wednesday in an interview with the newspaper Die Zeit that he "
     "regretted nothing.", [(I, "Karl Brenner", "he regretted nothing")]),
    ("The Pentagon acknowledged that a drone strike in August had killed ten civilians, including seven "
     "children.", [(I, ("Pentagon", "United States Department of Defense"), "a drone strike in August had killed ten civilians")]),
    ("Police have stated that the suspect acted alone.", [(I, (None, "Police"), "the suspect acted alone")]),
    ("Hospital director Ruth Engel commented: \"Our staff have worked without a break for three days.\"",
     [(D, "Ruth Engel", "Our staff have worked without a break for three days")]),
    ("Opposition parties, which boycotted the vote, said the result was illegitimate and called for new "
     "elections.", [(I, None, "the result was illegitimate"), (I, None, "new elections", OPTIONAL)]),
    ("Ellery and Petrova, speaking at a joint news conference, said the agreement would be signed in "
     "May.", [(I, None, "the agreement would be signed in May")]),
    ("The attack was condemned by the United Nations, the European Union and the African Union.", []),
    ("The woman, identified by police as 34-year-old Laura Fenwick, said she had been attacked from "
     "behind.", [(I, "Laura Fenwick", "she had been attacked from behind")]),
    ("The announcement, which was made on state television, said the curfew would be lifted.",
     [(I, None, "the curfew would be lifted")]),
    ("Elon Musk confirmed on X that the launch had been postponed.", [(I, "Elon Musk", "the launch had been postponed")]),
    ("A Twitter post by the ministry said the minister had arrived in Ankara.",
     [(I, (None, "ministry"), "the minister had arrived in Ankara")]),
]
