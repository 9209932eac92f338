"""Attribution passages whose source is not a named person (invented or public bodies, wire, Wikinews and
government-release styles): a collective description standing for a body named earlier ("the opposition",
"the bishops", "the union", "the rebels"), members or organisers "from X", observer missions, joint
statements and "the statement" that goes on for its issuers, "the ministry said in a statement", an
organisation with a relative clause, a role standing for the person who holds it ("Malawi's main
opposition leader"), the contents of framing verbs that are not verbs of saying ("described … as “…”",
"accused X of …", "appealed to … to …", "demanded that A and that B"), unnamed groups ("Western
diplomats", "police", "residents"), courts, committee reports, companies; and passages with no statement.

Each row is a text and the statements a careful reader annotates in it: (quote type, speaker, words the
statement's text must hold). The speaker is the entity name as the article gives it, None for an unnamed
or collective source that names no body, or a tuple of the answers a reader would accept. A fourth element
OPTIONAL marks a statement that is neither required nor penalised. Written before the rules were read, as
a blind measure (tests/test_statements_collective_sources.py holds the floors). After the first scoring,
before any rule was changed, seven golds were brought to the conventions of the development sets' gold: an
unnamed collective that speaks ("the army", "police", "the military") may be its own node, and the object
a verb of announcing or claiming reports ("claimed responsibility for the attack") is optional.
"""
from __future__ import annotations

from statement_rows import D, I, M
OPTIONAL = "optional"

DPP = ("Democratic Progressive Party", "DPP")
AU = ("African Union", "AU")
SADC = ("Southern African Development Community", "SADC")
ICRC = ("International Committee of the Red Cross", "ICRC")

ROWS: list[tuple[str, list[tuple]]] = [
    # -- a collective description standing for a body named before -------------------------------------
    ("The Democratic Progressive Party (DPP) won 62 of the 193 seats and is now the largest opposition party. "
     "The opposition said the count had been rigged in three districts.",
     [(I, DPP, "the count had been rigged in three districts")]),
    ("Zambia's main opposition party, the United Party for National Development, rejected the results on "
     "Sunday. The opposition said it would challenge them in court.",
     [(I, "United Party for National Development", "it would challenge them in court")]),
    ("The Movement for Democratic Change boycotted the vote. The party said the electoral roll was full of "
     "dead voters.",
     [(I, "Movement for Democratic Change", "the electoral roll was full of dead voters")]),
    ("The Labour Party lost its majority on the council. The party said it would sit in opposition.",
     [(I, "Labour Party", "it would sit in opposition")]),
    ("The ruling Frelimo party welcomed the verdict, saying justice had been served.",
     [(I, "Frelimo", "justice had been served")]),
    ("The Episcopal Conference of Malawi issued a pastoral letter on Sunday. The bishops said the country was "
     "sliding into lawlessness.",
     [(I, "Episcopal Conference of Malawi", "the country was sliding into lawlessness")]),
    ("The Catholic Bishops' Conference of Nigeria met in Abuja this week. In their communique, the bishops "
     "urged the government to end the killings in Benue.",
     [(I, "Catholic Bishops' Conference of Nigeria", "end the killings in Benue")]),
    ("The Central Bank of Nigeria raised its main rate on Tuesday. The bank said inflation remained too high.",
     [(I, "Central Bank of Nigeria", "inflation remained too high")]),
    ("Shares in Veltra Energy fell 8 percent on Monday. The company said the drop reflected market fears "
     "rather than any problem with its plants.",
     [(I, "Veltra Energy", "the drop reflected market fears")]),
    ("Toyota recalled 300,000 cars in Japan. The carmaker said a faulty airbag could injure passengers.",
     [(I, "Toyota", "a faulty airbag could injure passengers")]),
    ("The National Union of Mineworkers called the strike on Friday. The union said members would not return "
     "until wages rose by 12 percent.",
     [(I, "National Union of Mineworkers", "members would not return until wages rose by 12 percent")]),
    ("The M23 rebel group seized the town of Rutshuru last week. The rebels said they would hand it back to "
     "the peacekeepers.",
     [(I, "M23", "they would hand it back to the peacekeepers")]),
    ("The Tigray People's Liberation Front (TPLF) controlled the region until 2020. The front said its forces "
     "had withdrawn from Amhara.",
     [(I, ("Tigray People's Liberation Front", "TPLF"), "its forces had withdrawn from Amhara")]),
    ("The Southern Baptist Convention voted to expel the church. The convention said the church had violated "
     "its statement of faith.",
     [(I, "Southern Baptist Convention", "the church had violated its statement of faith")]),
    ("Greenpeace activists boarded the tanker on Tuesday. The environmental group said the ship was carrying "
     "Russian oil.",
     [(I, "Greenpeace", "the ship was carrying Russian oil")]),
    ("The Ghana Medical Association (GMA) threatened to strike over unpaid salaries. The doctors said they had "
     "not been paid since June.",
     [(I, ("Ghana Medical Association", "GMA"), "threatened to strike over unpaid salaries", OPTIONAL),
      (I, ("Ghana Medical Association", "GMA"), "they had not been paid since June")]),
    ("The Law Society of Kenya filed a petition on Monday. The lawyers' body said the arrests were "
     "unconstitutional.",
     [(I, "Law Society of Kenya", "the arrests were unconstitutional")]),
    ("Members of the Malawi Congress Party walked out of parliament. The lawmakers said they would not return "
     "until the speaker apologised.",
     [(I, ("Malawi Congress Party", None), "they would not return until the speaker apologised")]),
    ("The Economic Community of West African States (ECOWAS) held an emergency summit in Abuja. The regional "
     "bloc said it would send troops to restore order.",
     [(I, ("Economic Community of West African States", "ECOWAS"), "it would send troops to restore order")]),
    ("The Uganda People's Defence Force (UPDF) deployed troops to the border. The army said the deployment "
     "was temporary.",
     [(I, ("Uganda People's Defence Force", "UPDF"), "the deployment was temporary")]),
    ("The High Court in Nairobi ordered the release of the activists. The court said the police had acted "
     "unlawfully.",
     [(I, ("High Court", "High Court in Nairobi"), "the police had acted unlawfully")]),
    ("The House Intelligence Committee released its report on Wednesday. The committee's report said the "
     "agency had ignored repeated warnings.",
     [(I, "House Intelligence Committee", "the agency had ignored repeated warnings")]),
    ("The International Committee of the Red Cross (ICRC) said its staff had been denied access to the prison. "
     "The organisation said it was “deeply concerned” about the detainees.",
     [(I, ICRC, "its staff had been denied access to the prison"), (M, ICRC, "deeply concerned")]),
    ("Médecins Sans Frontières said its hospital in Khartoum had been shelled twice. The group said two "
     "patients had been killed.",
     [(I, "Médecins Sans Frontières", "its hospital in Khartoum had been shelled twice"),
      (I, "Médecins Sans Frontières", "two patients had been killed")]),
    ("The IMF said in a statement after the visit that Ghana had made progress on its reforms. The fund said a "
     "new review would take place in May.",
     [(I, "IMF", "Ghana had made progress on its reforms"), (I, "IMF", "a new review would take place in May")]),
    ("The Ministry of Foreign Affairs summoned the ambassador on Tuesday. The ministry said in a statement "
     "that the remarks were unacceptable.",
     [(I, "Ministry of Foreign Affairs", "the remarks were unacceptable")]),
    ("The Zimbabwe Electoral Commission announced the results at midnight. The commission said turnout had "
     "been 69 percent.",
     [(I, "Zimbabwe Electoral Commission", "announced the results at midnight", OPTIONAL),
      (I, "Zimbabwe Electoral Commission", "turnout had been 69 percent")]),
    ("The Kenya Human Rights Commission documented 30 deaths during the protests. The rights body said most "
     "victims had been shot in the back.",
     [(I, "Kenya Human Rights Commission", "most victims had been shot in the back")]),
    # -- members, organisers, officials or observers "from X" ---------------------------------------------
    ("Organisers from Amani Kwanza, a local peace council, demanded that the army withdraw from the market "
     "town.",
     [(I, "Amani Kwanza", "the army withdraw from the market town")]),
    ("Members of the Tana River Peace Committee, a community group, said the clashes had been planned.",
     [(I, "Tana River Peace Committee", "the clashes had been planned")]),
    ("Leaders of the Kenya National Union of Teachers said the strike would go ahead on Monday.",
     [(I, "Kenya National Union of Teachers", "the strike would go ahead on Monday")]),
    ("Officials from the World Food Programme said food stocks in the camp would run out by March.",
     [(I, "World Food Programme", "food stocks in the camp would run out by March")]),
    ("A spokesman for the Ministry of Health said 14 people had died.",
     [(I, ("Ministry of Health", None), "14 people had died")]),
    ("Observers from the Southern African Development Community (SADC) said the polls had been free and fair.",
     [(I, SADC, "the polls had been free and fair")]),
    ("The African Union sent 40 observers to the election. The AU observer mission said voting had been "
     "peaceful and orderly.",
     [(I, AU, "voting had been peaceful and orderly")]),
    ("The European Union Election Observation Mission said in its preliminary statement that the tallying "
     "lacked transparency.",
     [(I, ("European Union", "European Union Election Observation Mission", "EU"), "the tallying lacked transparency")]),
    ("The Commonwealth observer group, led by former Nigerian president Olusegun Obasanjo, described the "
     "election as “credible and transparent”.",
     [(M, ("Commonwealth", "Commonwealth observer group"), "credible and transparent")]),
    ("Opposition parties, led by the Alliance for Change and Transparency, said they would boycott the vote.",
     [(I, ("Alliance for Change and Transparency", None), "they would boycott the vote")]),
    # -- joint statements, and "the statement" going on for its issuers --------------------------------------
    ("The delegation of the European Union and the British High Commission said in a joint statement that "
     "they were concerned about the arrests.",
     [(I, ("European Union", "British High Commission"), "they were concerned about the arrests")]),
    ("In a joint statement, the United States, Britain and Norway called on both sides to return to the "
     "negotiating table. The statement also said that humanitarian access must be guaranteed.",
     [(I, ("United States", "Britain", "Norway"), "both sides to return to the negotiating table"),
      (I, ("United States", "Britain", "Norway"), "humanitarian access must be guaranteed")]),
    ("Amnesty International and Human Rights Watch said in a joint report that security forces had used live "
     "ammunition.",
     [(I, ("Amnesty International", "Human Rights Watch"), "security forces had used live ammunition")]),
    ("In a joint statement, Egypt and Jordan said the plan would destabilise the region. The statement added "
     "that both countries would raise the issue at the United Nations.",
     [(I, ("Egypt", "Jordan"), "the plan would destabilise the region"),
      (I, ("Egypt", "Jordan"), "both countries would raise the issue at the United Nations")]),
    ("The Law Society of Zimbabwe issued a statement on Friday. The statement said the arrests of the two "
     "lawyers were illegal.",
     [(I, "Law Society of Zimbabwe", "the arrests of the two lawyers were illegal")]),
    ("The statement, signed by the Zimbabwe Lawyers for Human Rights, said the detainees had been beaten.",
     [(I, "Zimbabwe Lawyers for Human Rights", "the detainees had been beaten")]),
    # -- an organisation with a relative clause or an apposition -------------------------------------------
    ("The Episcopal Conference of Zambia, which represents the country's Catholic bishops, appealed to all "
     "political parties to respect the results.",
     [(I, "Episcopal Conference of Zambia", "respect the results")]),
    ("The Council of Churches in Sudan, which groups twelve denominations, said the fighting had displaced "
     "half a million people.",
     [(I, "Council of Churches in Sudan", "the fighting had displaced half a million people")]),
    ("The Houthis, who control much of northern Yemen, said they had fired a missile at a tanker in the Red "
     "Sea.",
     [(I, "Houthis", "they had fired a missile at a tanker")]),
    ("The Malawi Law Society, whose members boycotted the courts last month, said the judges' pay dispute "
     "had been resolved.",
     [(I, "Malawi Law Society", "the judges' pay dispute had been resolved")]),
    ("Transparency International, a Berlin-based anti-corruption watchdog, said the contracts had been "
     "awarded without tender.",
     [(I, "Transparency International", "the contracts had been awarded without tender")]),
    # -- a role standing for the person who holds it ----------------------------------------------------------
    ("Peter Mutharika leads the Democratic Progressive Party, Malawi's main opposition. Malawi's main "
     "opposition leader said the election had been rigged.",
     [(I, "Peter Mutharika", "the election had been rigged")]),
    ("Raila Odinga, the opposition leader, refused to concede. Kenya's opposition leader said he would go to "
     "the Supreme Court.",
     [(I, "Raila Odinga", "he would go to the Supreme Court")]),
    ("President Hakainde Hichilema addressed the nation on Sunday. The Zambian president said the country "
     "would repay its debts.",
     [(I, "Hakainde Hichilema", "the country would repay its debts")]),
    ("Jean-Pierre Bemba was appointed defence minister in August. The country's defence minister said the "
     "army would retake Goma.",
     [(I, "Jean-Pierre Bemba", "the army would retake Goma")]),
    ("Kenya's interior minister, Kithure Kindiki, said the curfew would be lifted on Monday.",
     [(I, "Kithure Kindiki", "the curfew would be lifted on Monday")]),
    ("The head of the electoral commission, Wafula Chebukati, said the results were final.",
     [(I, "Wafula Chebukati", "the results were final")]),
    ("Mary Osei heads the Ghana Health Service. The service's director-general said the outbreak was under "
     "control.",
     [(I, "Mary Osei", "the outbreak was under control")]),
    ("Stéphane Dujarric, the spokesman for the UN Secretary-General, said the United Nations was alarmed by "
     "the escalation.",
     [(I, "Stéphane Dujarric", "the United Nations was alarmed by the escalation")]),
    # -- framing verbs that are not verbs of saying: the content is their complement -------------------------
    ("Opposition leader Nelson Chamisa described the election as “a sham and a disgrace”.",
     [(M, "Nelson Chamisa", "a sham and a disgrace")]),
    ("The African Union observer mission described the vote as “peaceful, orderly and credible”.",
     [(M, AU, "peaceful, orderly and credible")]),
    ("Prime Minister Abiy Ahmed accused the Tigray People's Liberation Front of attacking a federal army base.",
     [(I, "Abiy Ahmed", "attacking a federal army base")]),
    ("Human Rights Watch accused the police of using excessive force against peaceful protesters.",
     [(I, "Human Rights Watch", "using excessive force against peaceful protesters")]),
    ("The United Nations appealed to all sides to exercise restraint.",
     [(I, "United Nations", "exercise restraint")]),
    ("The Southern African Development Community urged the parties to respect the ceasefire.",
     [(I, SADC, "respect the ceasefire")]),
    ("The Malawi Congress Party demanded that the commission chairman resign and that the vote be rerun in "
     "four districts.",
     [(I, "Malawi Congress Party", "the commission chairman resign"),
      (I, "Malawi Congress Party", "the vote be rerun in four districts")]),
    ("Amnesty International called on the authorities to release the journalists immediately.",
     [(I, "Amnesty International", "release the journalists immediately")]),
    ("Interior Minister Kithure Kindiki warned that anyone caught looting would be prosecuted.",
     [(I, "Kithure Kindiki", "anyone caught looting would be prosecuted")]),
    ("The Kenya Human Rights Commission condemned the killings, saying the police had acted with impunity.",
     [(I, "Kenya Human Rights Commission", "the police had acted with impunity")]),
    ("The Ministry of Health confirmed that three more patients had died.",
     [(I, "Ministry of Health", "three more patients had died")]),
    ("The opposition Democratic Alliance denied that it had received money from the company.",
     [(I, "Democratic Alliance", "it had received money from the company")]),
    ("The Zimbabwe Electoral Commission dismissed the allegations as “baseless and malicious”.",
     [(M, "Zimbabwe Electoral Commission", "baseless and malicious")]),
    ("The European Union called the verdict “a serious setback for the rule of law”.",
     [(M, "European Union", "a serious setback for the rule of law")]),
    ("The opposition Citizens Coalition for Change (CCC) called for a rerun, saying the results had been "
     "manipulated.",
     [(I, ("Citizens Coalition for Change", "CCC"), "called for a rerun", OPTIONAL),
      (I, ("Citizens Coalition for Change", "CCC"), "the results had been manipulated")]),
    ("Al-Shabaab claimed responsibility for the attack, saying it had targeted government officials.",
     [(I, "Al-Shabaab", "claimed responsibility for the attack", OPTIONAL),
      (I, "Al-Shabaab", "it had targeted government officials")]),
    # -- government releases ----------------------------------------------------------------------------------
    ("WASHINGTON — The Department of State today announced that it will provide $50 million in humanitarian "
     "aid to Sudan.",
     [(I, ("Department of State", "State Department"), "it will provide $50 million")]),
    ("The Ministry of Foreign Affairs of Japan strongly condemns the missile launch. Japan calls on North "
     "Korea to comply with the relevant Security Council resolutions.",
     [(I, "Japan", "North Korea to comply with the relevant Security Council resolutions")]),
    ("The Government of Canada is deeply concerned by reports of mass arrests in Minsk. Canada calls on the "
     "Belarusian authorities to release all those detained.",
     [(I, "Canada", "release all those detained")]),
    ("The Foreign Office said in a statement: “The United Kingdom will not recognise the results of this sham "
     "referendum.”",
     [(D, "Foreign Office", "The United Kingdom will not recognise the results")]),
    ("The White House said the president would sign the bill on Friday.",
     [(I, "White House", "the president would sign the bill on Friday")]),
    ("The Kremlin said it had not been informed of the plan.",
     [(I, "Kremlin", "it had not been informed of the plan")]),
    ("In a statement, the National Electoral Commission said turnout had reached 68 percent.",
     [(I, "National Electoral Commission", "turnout had reached 68 percent")]),
    ("In a statement on its website, the Zimbabwe Republic Police said 40 people had been arrested.",
     [(I, "Zimbabwe Republic Police", "40 people had been arrested")]),
    ("The Kenya Red Cross said in a tweet that 12 bodies had been recovered.",
     [(I, "Kenya Red Cross", "12 bodies had been recovered")]),
    # -- Wikinews and wire bodies ---------------------------------------------------------------------------
    ("The National Hurricane Center (NHC) said the storm had strengthened into a Category 3 hurricane.",
     [(I, ("National Hurricane Center", "NHC"), "the storm had strengthened into a Category 3 hurricane")]),
    ("The United States Geological Survey reported that the earthquake had a magnitude of 6.2.",
     [(I, "United States Geological Survey", "the earthquake had a magnitude of 6.2")]),
    ("According to the Red Cross, at least 40 people were killed.",
     [(I, "Red Cross", "at least 40 people were killed")]),
    ("The Taliban said in a statement that girls' schools would remain closed.",
     [(I, "Taliban", "girls' schools would remain closed")]),
    ("Hamas said the ceasefire proposal did not meet its demands.",
     [(I, "Hamas", "the ceasefire proposal did not meet its demands")]),
    ("NATO said it had scrambled jets to intercept Russian aircraft over the Baltic.",
     [(I, "NATO", "it had scrambled jets to intercept Russian aircraft")]),
    ("The Nigerian Army said its troops had rescued 35 hostages in Zamfara State.",
     [(I, "Nigerian Army", "its troops had rescued 35 hostages")]),
    ("Kenya Police said in a statement that the protest had been declared illegal.",
     [(I, "Kenya Police", "the protest had been declared illegal")]),
    ("The Israel Defense Forces said it had struck 40 targets overnight.",
     [(I, "Israel Defense Forces", "it had struck 40 targets overnight")]),
    ("The Supreme Court said in its ruling that the election commission had failed to follow the law.",
     [(I, "Supreme Court", "the election commission had failed to follow the law")]),
    ("A report by the Public Accounts Committee said that 2 billion shillings could not be accounted for.",
     [(I, "Public Accounts Committee", "2 billion shillings could not be accounted for")]),
    ("According to a report by the United Nations Office for the Coordination of Humanitarian Affairs (OCHA), "
     "more than 300,000 people have fled their homes.",
     [(I, ("United Nations Office for the Coordination of Humanitarian Affairs", "OCHA"),
       "more than 300,000 people have fled their homes")]),
    ("Rights groups including Amnesty International and Human Rights Watch said the law would be used to "
     "silence critics.",
     [(I, (None, "Amnesty International", "Human Rights Watch"), "the law would be used to silence critics")]),
    # -- unnamed sources: no body is named, so no speaker -----------------------------------------------------
    ("Western diplomats said the talks had stalled over the question of security guarantees.",
     [(I, None, "the talks had stalled over the question of security guarantees")]),
    ("Diplomats at the United Nations said a vote on the resolution was unlikely before Friday.",
     [(I, None, "a vote on the resolution was unlikely before Friday")]),
    ("Analysts said the rate cut was unlikely to revive growth.",
     [(I, None, "the rate cut was unlikely to revive growth")]),
    ("The army said its troops had killed 20 militants in an overnight raid.",
     [(I, (None, "army"), "its troops had killed 20 militants")]),
    ("Police said the suspect had been shot dead after opening fire on officers.",
     [(I, (None, "police"), "the suspect had been shot dead")]),
    ("The military said in a statement that the general had been relieved of his command.",
     [(I, (None, "military"), "the general had been relieved of his command")]),
    ("The ministry said in a statement that the border would reopen on Friday.",
     [(I, None, "the border would reopen on Friday")]),
    ("The central bank said in its monthly report that inflation had slowed to 7 percent.",
     [(I, None, "inflation had slowed to 7 percent")]),
    ("Officials said the death toll was likely to rise.",
     [(I, None, "the death toll was likely to rise")]),
    ("Local authorities said more than 2,000 homes had been destroyed.",
     [(I, None, "more than 2,000 homes had been destroyed")]),
    ("Residents said gunmen had arrived on motorcycles shortly before dawn.",
     [(I, None, "gunmen had arrived on motorcycles shortly before dawn")]),
    ("Security sources said the attackers had crossed from Niger.",
     [(I, None, "the attackers had crossed from Niger")]),
    ("Sources close to the presidency told Reuters that the minister would be dismissed.",
     [(I, None, "the minister would be dismissed")]),
    # -- no statement -----------------------------------------------------------------------------------------
    ("The opposition boycotted the vote in three districts.", []),
    ("The bishops met in Lilongwe for their annual conference.", []),
    ("The committee's report was published on Monday.", []),
    ("The observer mission arrived in Harare on Tuesday.", []),
    ("Police arrested 40 people after the protest.", []),
    ("The army deployed tanks to the capital.", []),
    ("The court adjourned the case until March.", []),
    ("The ministry's budget was cut by 10 percent.", []),
    ("The joint statement was issued after the meeting in Geneva.", []),
    ("Western diplomats left the capital on Friday.", []),
    ("The union represents 30,000 workers in the mining sector.", []),
    ("Rights groups have long documented abuses in the prisons.", []),
    ("The statement came two days after the attack.", []),
    ("The delegation of the European Union visited the camp on Tuesday.", []),
    ("The Episcopal Conference of Malawi, which represents the country's eight dioceses, was founded in 1961.",
     []),
    ("The soldiers accused of the killings were released on bail.", []),
]
