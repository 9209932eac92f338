"""Entity extraction on paragraphs written for this test in the style of Wikinews reports and US
government releases (Treasury, State, Justice, Commerce): long official body names, designation
entries with birth dates, passports, "a.k.a." aliases, addresses and vessels, non-English names
(Arabic, Chinese, Russian, Spanish, Thai, Indonesian), armed groups, short forms and acronyms
introduced in brackets. Each paragraph carries the gold entities a careful reader annotates
(FORMAT.md: name, type, aliases; optional ones neither required nor wrong), and the set is scored as
score.py scores a knowledge base: a system node matches when one of its names equals a gold name
or alias and the type agrees; a second node for the same gold entity counts as wrong."""
from __future__ import annotations

import pytest

from entity_rows import E, L, O, Opt, P, ScoredParagraphSet, para

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

PARAGRAPHS = [
    para("un_rights_office_long_name",
         "The Office of the United Nations High Commissioner for Human Rights (OHCHR) said on Tuesday that at "
         "least 40 civilians had been killed in Sudan's North Darfur state since June. OHCHR spokesperson Ravina "
         "Shamdasani told reporters in Geneva that the office had documented abductions.",
         E("Office of the United Nations High Commissioner for Human Rights", O, "OHCHR"),
         E("Sudan", L), E("North Darfur", L, "North Darfur state"), E("Ravina Shamdasani", P), E("Geneva", L),
         Opt("United Nations", O)),
    para("commerce_bureau_entity_list",
         "The Department of Commerce's Bureau of Industry and Security (BIS) added 14 entities in China, Pakistan "
         "and the United Arab Emirates to the Entity List on Wednesday. Under Secretary Alan Estevez said the "
         "companies had supplied parts to Iran's drone program.",
         E("United States Department of Commerce", O, "Department of Commerce"),
         E("Bureau of Industry and Security", O, "BIS"), E("China", L), E("Pakistan", L),
         E("United Arab Emirates", L), E("Alan Estevez", P), E("Iran", L)),
    para("designee_with_birth_date_and_passport",
         "The individual designated today is Rashid Karimov (a.k.a. Rashid Kerimov), born 14 March 1971, a "
         "national of Uzbekistan, passport number FA1234567. Karimov owns Silk Road Tekstil LLC, located at 12 "
         "Navoi Street, Tashkent, Uzbekistan.",
         E("Rashid Karimov", P, "Rashid Kerimov", "Karimov"), E("Uzbekistan", L), E("Silk Road Tekstil LLC", O),
         E("Tashkent", L), Opt("Navoi Street", L, "12 Navoi Street")),
    para("vessel_with_imo_number",
         "OFAC also identified the vessel OCEAN PEARL (IMO 9187345), a Panama-flagged crude oil tanker, as "
         "blocked property of Marlin Shipping Co. Ltd. The tanker loaded Iranian oil at Kharg Island in May.",
         E("Office of Foreign Assets Control", O, "OFAC"), E("Marlin Shipping Co. Ltd.", O), E("Kharg Island", L),
         Opt("Panama", L), Opt("Iran", L)),
    para("arabic_name_with_kunya_alias",
         "Treasury is designating Abd al-Rahman Muhammad al-Harbi, also known as Abu Khalid al-Harbi, a "
         "Yemen-based financier for the Houthis. Al-Harbi has moved funds through exchange houses in Sanaa and "
         "Aden.",
         E("United States Department of the Treasury", O, "Treasury"),
         E("Abd al-Rahman Muhammad al-Harbi", P, "Abu Khalid al-Harbi", "Al-Harbi"), E("Houthis", O, "the Houthis"),
         E("Sanaa", L), E("Aden", L), Opt("Yemen", L)),
    para("chinese_designees_and_company",
         "The designated individuals include Zhang Hongwei, the general manager of Shenzhen Jinlong Electronics "
         "Co., Ltd., and Wu Xiaoli, its finance director. Zhang arranged shipments of navigation modules to Russia "
         "through Hong Kong.",
         E("Zhang Hongwei", P, "Zhang"), E("Shenzhen Jinlong Electronics Co., Ltd.", O), E("Wu Xiaoli", P),
         E("Russia", L), E("Hong Kong", L), Opt("Shenzhen", L)),
    para("russian_patronymic_and_ministry",
         "Russian Deputy Defence Minister Aleksei Yuryevich Krivoruchko signed the contract, the ministry said. "
         "Krivoruchko oversees arms procurement for the Ministry of Defense of the Russian Federation.",
         E("Aleksei Yuryevich Krivoruchko", P, "Krivoruchko"),
         E("Ministry of Defense of the Russian Federation", O, "the ministry"),
         Opt("Russia", L, "Russian Federation")),
    para("venezuelan_attorney_general",
         "Venezuelan Attorney General Tarek William Saab announced charges against opposition leader María "
         "Corina Machado on Thursday. Saab said Machado had conspired with foreign governments. The "
         "Organization of American States condemned the move.",
         E("Tarek William Saab", P, "Saab"), E("María Corina Machado", P, "Machado"),
         E("Organization of American States", O), Opt("Venezuela", L)),
    para("thai_and_cambodian_leaders",
         "Thai Prime Minister Paetongtarn Shinawatra met Cambodian Prime Minister Hun Manet in Kuala Lumpur on "
         "Monday. Paetongtarn said the two governments had agreed to withdraw troops from the border near the "
         "Ta Muen Thom temple.",
         E("Paetongtarn Shinawatra", P, "Paetongtarn"), E("Hun Manet", P), E("Kuala Lumpur", L),
         Opt("Ta Muen Thom", L, "Ta Muen Thom temple"), Opt("Thailand", L), Opt("Cambodia", L)),
    para("indonesian_nickname_and_lawyer",
         "Indonesia's former president Joko Widodo, known as Jokowi, was questioned by police in Surakarta on "
         "Wednesday. The lawyer for Jokowi, Yakup Hasibuan, said his client had answered every question. Police "
         "spokesman Trunoyudo Wisnu Andiko confirmed the session.",
         E("Indonesia", L), E("Joko Widodo", P, "Jokowi"), E("Surakarta", L), E("Yakup Hasibuan", P),
         E("Trunoyudo Wisnu Andiko", P)),
    para("iraqi_militias_and_air_base",
         "Fighters from Kata'ib Hezbollah, an Iran-aligned militia, fired rockets at the Ain al-Asad air base in "
         "Anbar province, the Iraqi Joint Operations Command said. The Popular Mobilization Forces (PMF) denied "
         "any role.",
         E("Kata'ib Hezbollah", O), E("Ain al-Asad", L, "Ain al-Asad air base", "Al Asad Airbase"),
         E("Anbar", L, "Anbar province", "Al Anbar Governorate"), E("Popular Mobilization Forces", O, "PMF"),
         Opt("Joint Operations Command", O, "Iraqi Joint Operations Command"), Opt("Iran", L), Opt("Iraq", L)),
    para("ministry_then_short_form",
         "Ukraine's Ministry of Foreign Affairs summoned Hungary's ambassador on Friday. The ministry said the "
         "envoy had been told that Budapest's comments were unacceptable. Foreign Minister Andrii Sybiha later "
         "spoke with his Hungarian counterpart, Péter Szijjártó.",
         E("Ukraine", L), E("Ministry of Foreign Affairs", O, "Ministry of Foreign Affairs of Ukraine", "the ministry"),
         E("Hungary", L), E("Budapest", L), E("Andrii Sybiha", P), E("Péter Szijjártó", P)),
    para("district_of_province",
         "Gunmen attacked a police checkpoint in the Jalrez district of Maidan Wardak province early on Sunday, "
         "killing four officers. A spokesman for the provincial governor, Abdul Rahman Mangal, said the Taliban "
         "had claimed the attack.",
         E("Jalrez", L, "Jalrez district", "Jalrez District"), E("Maidan Wardak", L, "Maidan Wardak province",
                                                                   "Maidan Wardak Province"),
         E("Abdul Rahman Mangal", P), E("Taliban", O, "the Taliban")),
    para("town_in_governorate",
         "Airstrikes hit the town of Ariha in Idlib governorate on Thursday, the White Helmets civil defence group "
         "said. Hayat Tahrir al-Sham (HTS), which controls much of the area, said ten of its fighters were killed.",
         E("Ariha", L), E("Idlib", L, "Idlib governorate", "Idlib Governorate"), E("White Helmets", O),
         E("Hayat Tahrir al-Sham", O, "HTS")),
    para("nationalities_beside_countries",
         "Lebanese and Israeli negotiators met in Naqoura under the auspices of the United Nations Interim Force "
         "in Lebanon (UNIFIL). Lebanon's delegation was led by Brig. Gen. Bassam Yassin.",
         E("Naqoura", L), E("United Nations Interim Force in Lebanon", O, "UNIFIL"), E("Lebanon", L),
         E("Bassam Yassin", P), Opt("Israel", L)),
    para("summit_and_law_are_no_entities",
         "Leaders at the G7 summit in Kananaskis, Alberta, discussed the war in Ukraine on Monday. Canadian Prime "
         "Minister Mark Carney said the group would consider new measures against Moscow under the Magnitsky Act.",
         E("Group of Seven", O, "G7"), E("Kananaskis", L), E("Alberta", L), E("Ukraine", L), E("Mark Carney", P),
         E("Moscow", L), Opt("Canada", L)),
    para("news_agency_and_broadcaster_as_sources",
         "Three soldiers were killed in an ambush near Gao, the Agence France-Presse news agency reported, citing "
         "a security source. Mali's state broadcaster ORTM later confirmed the deaths. Jama'at Nusrat al-Islam "
         "wal-Muslimin (JNIM), an al-Qaeda affiliate, claimed responsibility.",
         E("Gao", L), E("Agence France-Presse", O, "AFP"), E("Mali", L), E("ORTM", O),
         E("Jama'at Nusrat al-Islam wal-Muslimin", O, "JNIM"), E("al-Qaeda", O, "Al-Qaeda")),
    para("newspaper_and_pentagon",
         "According to The Washington Post, the Pentagon had drafted plans for the withdrawal months earlier. "
         "Defense Secretary Pete Hegseth declined to comment, and a spokesman, Sean Parnell, said the report was "
         "inaccurate.",
         E("The Washington Post", O, "Washington Post"), E("Pentagon", O, "the Pentagon"), E("Pete Hegseth", P),
         E("Sean Parnell", P)),
    para("title_and_surname_later",
         "Secretary of State Marco Rubio spoke by phone with Saudi Foreign Minister Prince Faisal bin Farhan Al "
         "Saud on Tuesday. Secretary Rubio thanked Prince Faisal for the kingdom's support of the talks in Jeddah.",
         E("Marco Rubio", P, "Secretary Rubio", "Rubio"), E("Faisal bin Farhan Al Saud", P, "Prince Faisal"),
         E("Jeddah", L), Opt("Saudi Arabia", L)),
    para("state_designation_under_executive_order",
         "The Department of State is today designating Ahmad Fawzi Haddad, a senior commander of Lebanese "
         "Hizballah's Radwan Force, pursuant to Executive Order 13224. Haddad has directed attacks against Israel "
         "from southern Lebanon.",
         E("United States Department of State", O, "Department of State"),
         E("Ahmad Fawzi Haddad", P, "Haddad"), E("Hizballah", O, "Hezbollah", "Lebanese Hizballah"),
         E("Radwan Force", O), E("Israel", L), Opt("Lebanon", L, "southern Lebanon")),
    para("company_entry_with_address",
         "GLOBAL MARINE SERVICES FZE (a.k.a. GMS FZE), Office 1204, Al Moosa Tower 2, Sheikh Zayed Road, Dubai, "
         "United Arab Emirates; Registration Number 11223 [IRAN-EO13902].",
         E("Global Marine Services FZE", O, "GMS FZE"), E("Dubai", L), E("United Arab Emirates", L),
         Opt("Al Moosa Tower 2", L, "Al Moosa Tower"), Opt("Sheikh Zayed Road", L)),
    para("individual_entry_surname_first",
         "HUSSEIN, Karim Abbas (a.k.a. AL-HUSSEINI, Karim), Baghdad, Iraq; DOB 02 Jan 1978; POB Basrah, Iraq; "
         "nationality Iraq; Gender Male; Passport A1234567 (Iraq) (individual) [SDGT].",
         E("Karim Abbas Hussein", P, "HUSSEIN, Karim Abbas", "AL-HUSSEINI, Karim", "Karim Abbas HUSSEIN",
           "Karim AL-HUSSEINI"),
         E("Baghdad", L), E("Iraq", L), E("Basrah", L, "Basra")),
    para("russian_designee_and_joint_stock_company",
         "Treasury also designated Dmitry Valeryevich Orlov and his company, Tekhnopromexport JSC, which "
         "Treasury said procured machine tools for Russia's defense industrial base.",
         E("United States Department of the Treasury", O, "Treasury"), E("Dmitry Valeryevich Orlov", P),
         E("Tekhnopromexport JSC", O), E("Russia", L)),
    para("court_party_and_jail",
         "On Tuesday, the Supreme Court of Pakistan ordered the release of former prime minister Imran Khan on "
         "bail. Khan, the founder of Pakistan Tehreek-e-Insaf (PTI), has been held at Adiala Jail in Rawalpindi "
         "since 2023.",
         E("Supreme Court of Pakistan", O), E("Imran Khan", P, "Khan"), E("Pakistan Tehreek-e-Insaf", O, "PTI"),
         E("Rawalpindi", L), Opt("Adiala Jail", L), Opt("Pakistan", L)),
    para("thai_election_commission",
         "The Election Commission of Thailand recommended on Monday that the Constitutional Court disqualify Pita "
         "Limjaroenrat over shares in a media company. Pita, the leader of the Move Forward Party, told supporters "
         "in Bangkok that he would fight the case.",
         E("Election Commission of Thailand", O), E("Constitutional Court", O, "Constitutional Court of Thailand"),
         E("Pita Limjaroenrat", P, "Pita"), E("Move Forward Party", O), E("Bangkok", L), Opt("Thailand", L)),
    para("indonesian_police_and_militants",
         "Indonesia's National Police chief, General Listyo Sigit Prabowo, said 18 suspects linked to Jemaah "
         "Islamiyah had been arrested in Central Java. Densus 88, the police counterterrorism unit, carried out "
         "the raids.",
         E("Indonesia", L), E("Listyo Sigit Prabowo", P), E("Jemaah Islamiyah", O), E("Central Java", L),
         E("Densus 88", O), Opt("Indonesian National Police", O, "National Police")),
    para("agency_acronym_then_title",
         "The International Atomic Energy Agency (IAEA) said on Thursday that its inspectors had been denied "
         "access to the Fordow enrichment plant. IAEA Director General Rafael Grossi told the agency's Board of "
         "Governors in Vienna that Iran's cooperation had worsened.",
         E("International Atomic Energy Agency", O, "IAEA"), E("Rafael Grossi", P), E("Vienna", L), E("Iran", L),
         Opt("Fordow", L, "Fordow enrichment plant", "Fordow Fuel Enrichment Plant"),
         Opt("Board of Governors", O)),
    para("ordinance_is_no_entity",
         "Hong Kong's Legislative Council passed the Safeguarding National Security Ordinance on Tuesday. Chief "
         "Executive John Lee said the law closed loopholes, while Amnesty International called it a blow to "
         "freedom.",
         E("Hong Kong", L), E("Legislative Council", O, "Legislative Council of Hong Kong"), E("John Lee", P),
         E("Amnesty International", O)),
    para("somali_insurgents_and_au_mission",
         "Al-Shabaab fighters overran a military base in the Middle Shabelle region, Somalia's government said. "
         "The African Union Support and Stabilization Mission in Somalia (AUSSOM) said its troops had repelled a "
         "second attack near Mahas.",
         E("Al-Shabaab", O), E("Middle Shabelle", L, "Middle Shabelle region"), E("Somalia", L),
         E("African Union Support and Stabilization Mission in Somalia", O, "AUSSOM"), E("Mahas", L),
         Opt("Somali government", O, "Somalia's government"), Opt("African Union", O)),
    para("mexican_secretariat_and_cartel",
         "Mexico's Secretariat of Foreign Affairs said on Friday that it had asked Washington for information "
         "about the arrest of Ismael Zambada García, known as \"El Mayo\". Zambada, a co-founder of the Sinaloa "
         "Cartel, was detained in El Paso, Texas.",
         E("Mexico", L), E("Secretariat of Foreign Affairs", O), E("Washington, D.C.", L, "Washington"),
         E("Ismael Zambada García", P, "Zambada", "El Mayo"), E("Sinaloa Cartel", O), E("El Paso", L),
         E("Texas", L)),
    para("justice_officials_and_divisions",
         "Acting Assistant Attorney General Matthew R. Galeotti of the Justice Department's Criminal Division and "
         "U.S. Attorney Jeanine Ferris Pirro for the District of Columbia made the announcement. The FBI's "
         "Washington Field Office investigated the case.",
         E("Matthew R. Galeotti", P), E("United States Department of Justice", O, "Justice Department"),
         E("Jeanine Ferris Pirro", P), E("District of Columbia", L, "Washington, D.C."),
         E("Federal Bureau of Investigation", O, "FBI"), Opt("Criminal Division", O),
         Opt("Washington Field Office", O)),
    para("spokesperson_then_ms",
         "Department Spokesperson Tammy Bruce said the United States welcomed the release of three American "
         "citizens from Venezuela. Ms. Bruce thanked the Government of Qatar for its assistance.",
         E("Tammy Bruce", P, "Ms. Bruce"), E("United States", L), E("Venezuela", L),
         Opt("Government of Qatar", O), Opt("Qatar", L)),
    para("jihadist_kunyas",
         "The Islamic State's spokesman, Abu Hudhayfa al-Ansari, released an audio message urging attacks in "
         "Europe. Iraqi officials said the group's leader, Abu Hafs al-Hashimi al-Qurashi, was believed to be "
         "hiding in the Syrian desert.",
         E("Islamic State", O), E("Abu Hudhayfa al-Ansari", P), E("Europe", L),
         E("Abu Hafs al-Hashimi al-Qurashi", P), Opt("Syrian Desert", L), Opt("Iraq", L), Opt("Syria", L)),
    para("chinese_minister_and_forum",
         "China's Defence Minister Dong Jun did not attend the Shangri-La Dialogue in Singapore this year. "
         "Instead, Beijing sent a delegation from the National Defence University of the People's Liberation "
         "Army.",
         E("China", L), E("Dong Jun", P), E("Singapore", L), E("Beijing", L),
         E("National Defence University of the People's Liberation Army", O),
         Opt("People's Liberation Army", O)),
    para("chinese_pen_name_and_mr",
         "Taiwan's Mainland Affairs Council said on Thursday that Beijing had detained Li Yanhe, a publisher known "
         "by the pen name Fucha. Mr Li was sentenced in Shanghai to three years in prison.",
         E("Taiwan", L), E("Mainland Affairs Council", O), E("Beijing", L), E("Li Yanhe", P, "Fucha", "Mr Li"),
         E("Shanghai", L)),
    para("russian_court_and_rights_group",
         "A Moscow court sentenced Yevgenia Berkovich and Svetlana Petriychuk to six years in prison on Monday. "
         "Prosecutors said the play by Berkovich justified terrorism; Memorial, the human rights group, called "
         "the two women political prisoners.",
         E("Moscow", L), E("Yevgenia Berkovich", P, "Berkovich"), E("Svetlana Petriychuk", P),
         E("Memorial", O)),
    para("indictment_with_ages_and_patronymics",
         "The Department of Justice unsealed an indictment against Artem Viktorovich Stryzhak, 35, a Ukrainian "
         "national, and Ivan Sergeyevich Petrov, 29, of Saint Petersburg, Russia. Stryzhak was extradited from "
         "Spain in April.",
         E("United States Department of Justice", O, "Department of Justice"),
         E("Artem Viktorovich Stryzhak", P, "Stryzhak"), E("Ivan Sergeyevich Petrov", P),
         E("Saint Petersburg", L), E("Russia", L), E("Spain", L), Opt("Ukraine", L)),
    para("lower_case_ministry_and_cartel_acronym",
         "Saudi Arabia's energy ministry said on Sunday that the kingdom would extend its voluntary output cut. "
         "The ministry added that the Organization of the Petroleum Exporting Countries (OPEC) would meet in "
         "Vienna in June.",
         E("Saudi Arabia", L), E("OPEC", O, "Organization of the Petroleum Exporting Countries"), E("Vienna", L),
         Opt("Ministry of Energy", O, "energy ministry", "Saudi Arabia's energy ministry")),
    para("nationalities_at_a_border",
         "Brazilian police arrested two Paraguayan men suspected of smuggling weapons across the border near Foz "
         "do Iguaçu. The Federal Police said the rifles had been bought in Argentina.",
         E("Foz do Iguaçu", L), E("Federal Police", O, "Federal Police of Brazil"), E("Argentina", L),
         Opt("Brazil", L), Opt("Paraguay", L)),
    para("vessel_list",
         "The vessels identified today are: MARAN STAR (IMO 9288112), a Comoros-flagged tanker; SEA LION (IMO "
         "9113214), registered in Cameroon; and YUAN HE 8 (IMO 9402158), owned by Golden Sea Navigation Ltd of "
         "Shanghai.",
         E("Cameroon", L), E("Golden Sea Navigation Ltd", O), E("Shanghai", L), Opt("Comoros", L)),
    para("syrian_armed_groups_and_commander",
         "Clashes between the Syrian Democratic Forces (SDF) and the Turkish-backed Syrian National Army broke "
         "out near Manbij on Saturday. The SDF commander, Mazloum Abdi, called on the international coalition to "
         "intervene.",
         E("Syrian Democratic Forces", O, "SDF"), E("Syrian National Army", O), E("Manbij", L),
         E("Mazloum Abdi", P), Opt("Turkey", L)),
    para("myanmar_armed_group_and_general",
         "The Arakan Army said it had captured the town of Maungdaw in Rakhine State. Myanmar's military "
         "government, led by Senior General Min Aung Hlaing, did not comment.",
         E("Arakan Army", O), E("Maungdaw", L), E("Rakhine State", L, "Rakhine"), E("Myanmar", L),
         E("Min Aung Hlaing", P), Opt("military government", O, "Myanmar's military government")),
    para("president_and_cabinet_secretary",
         "Kenyan President William Ruto on Thursday dismissed his entire cabinet except for Prime Cabinet "
         "Secretary Musalia Mudavadi. Ruto said he would form a broad-based government after weeks of protests "
         "in Nairobi.",
         E("William Ruto", P, "Ruto"), E("Musalia Mudavadi", P), E("Nairobi", L), Opt("Kenya", L)),
    para("cartel_faction_and_sons",
         "Today's action targets the financial network of the Sinaloa Cartel faction led by the sons of Joaquín "
         "Guzmán Loera, known as \"Los Chapitos.\" Iván Archivaldo Guzmán Salazar and Jesús Alfredo Guzmán "
         "Salazar remain fugitives.",
         E("Sinaloa Cartel", O), E("Joaquín Guzmán Loera", P), E("Los Chapitos", O),
         E("Iván Archivaldo Guzmán Salazar", P), E("Jesús Alfredo Guzmán Salazar", P)),
    para("under_secretary_long_title",
         "Under Secretary of the Treasury for Terrorism and Financial Intelligence John K. Hurley said the network "
         "had helped Tehran evade sanctions. \"Treasury will continue to target Iran's shadow fleet,\" Hurley "
         "said.",
         E("John K. Hurley", P, "Hurley"), E("Tehran", L), E("United States Department of the Treasury", O, "Treasury"),
         E("Iran", L)),
    para("un_coordination_office_and_gang_coalition",
         "The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said 1.2 million people in "
         "Haiti had been displaced by gang violence. OCHA blamed the Viv Ansanm coalition, led by Jimmy Chérizier, "
         "for attacks on Port-au-Prince.",
         E("United Nations Office for the Coordination of Humanitarian Affairs", O, "OCHA"), E("Haiti", L),
         E("Viv Ansanm", O), E("Jimmy Chérizier", P), E("Port-au-Prince", L), Opt("United Nations", O)),
    para("federal_bureau_with_commas",
         "The Bureau of Alcohol, Tobacco, Firearms and Explosives said agents seized 300 guns bound for Honduras. "
         "ATF Special Agent in Charge Derek Thompson said the weapons were bought in Houston.",
         E("Bureau of Alcohol, Tobacco, Firearms and Explosives", O, "ATF"), E("Honduras", L),
         E("Derek Thompson", P), E("Houston", L)),
    para("spanish_parliament_and_catalan_party",
         "Spain's Prime Minister Pedro Sánchez survived a confidence vote in the Congress of Deputies on Wednesday. "
         "Sánchez thanked Junts, the Catalan party led by Carles Puigdemont, for abstaining.",
         E("Spain", L), E("Pedro Sánchez", P, "Sánchez"), E("Congress of Deputies", O), E("Junts", O),
         E("Carles Puigdemont", P), Opt("Catalonia", L)),
    para("father_and_daughter_same_surname",
         "Former Philippine president Rodrigo Duterte was flown to The Hague on Wednesday to face charges at the "
         "International Criminal Court (ICC). His daughter, Vice President Sara Duterte, said the arrest was "
         "unlawful.",
         E("Rodrigo Duterte", P), E("The Hague", L), E("International Criminal Court", O, "ICC"),
         E("Sara Duterte", P), Opt("Philippines", L)),
    para("insurgents_and_state_governor",
         "Boko Haram insurgents killed 12 farmers near Maiduguri, the capital of Borno State, police said. Borno "
         "Governor Babagana Zulum condemned the attack.",
         E("Boko Haram", O), E("Maiduguri", L), E("Borno State", L, "Borno"), E("Babagana Zulum", P)),
    para("companies_with_country_in_brackets",
         "Treasury designated Sahara Thunder (Iran), Pearl Energy Trading Limited (Hong Kong) and Al Fursan "
         "General Trading L.L.C. (United Arab Emirates) for their roles in the scheme.",
         E("United States Department of the Treasury", O, "Treasury"), E("Sahara Thunder", O), E("Iran", L),
         E("Pearl Energy Trading Limited", O), E("Hong Kong", L), E("Al Fursan General Trading L.L.C.", O),
         E("United Arab Emirates", L)),
    para("interim_leader_and_exiled_sheikh",
         "Muhammad Yunus, the head of Bangladesh's interim government, met Indian Prime Minister Narendra Modi in "
         "Bangkok on Friday. Yunus raised the extradition of former prime minister Sheikh Hasina, who fled to "
         "India last year.",
         E("Muhammad Yunus", P, "Yunus"), E("Bangladesh", L), E("Narendra Modi", P), E("Bangkok", L),
         E("Sheikh Hasina", P), E("India", L)),
    para("thai_privy_council_and_king",
         "Thailand's Privy Council president, General Surayud Chulanont, attended the ceremony at the Grand "
         "Palace. Surayud, a former army chief, read a message from King Maha Vajiralongkorn.",
         E("Thailand", L), E("Privy Council", O, "Privy Council of Thailand"),
         E("Surayud Chulanont", P, "Surayud"), E("Maha Vajiralongkorn", P, "King Maha Vajiralongkorn"),
         Opt("Grand Palace", L)),
    para("border_agency_and_forced_labor_act",
         "U.S. Customs and Border Protection (CBP) detained 40 shipments from Xinjiang under the Uyghur Forced "
         "Labor Prevention Act. The Department of Homeland Security said the goods were linked to Hoshine Silicon "
         "Industry Co., Ltd.",
         E("U.S. Customs and Border Protection", O, "CBP", "Customs and Border Protection"), E("Xinjiang", L),
         E("United States Department of Homeland Security", O, "Department of Homeland Security"),
         E("Hoshine Silicon Industry Co., Ltd.", O)),
    para("libyan_rival_forces",
         "Forces loyal to Khalifa Haftar's Libyan National Army (LNA) clashed with the Tripoli-based Government of "
         "National Unity near Sirte. GNU Prime Minister Abdul Hamid Dbeibah called for calm.",
         E("Khalifa Haftar", P), E("Libyan National Army", O, "LNA"),
         E("Government of National Unity", O, "GNU"), E("Sirte", L), E("Abdul Hamid Dbeibah", P),
         Opt("Tripoli", L)),
    para("house_committee_and_court",
         "The House Foreign Affairs Committee voted 30-18 on Wednesday to advance a bill targeting the "
         "International Criminal Court. Chairman Brian Mast, a Republican from Florida, said the court had "
         "overreached.",
         E("House Foreign Affairs Committee", O), E("International Criminal Court", O), E("Brian Mast", P),
         E("Florida", L)),
    para("russian_agencies_and_oblast",
         "The Russian state news agency TASS reported that a drone struck an oil depot in Bryansk Oblast. Governor "
         "Alexander Bogomaz said no one was hurt, and the RIA Novosti agency showed images of the fire.",
         E("TASS", O), E("Bryansk Oblast", L), E("Alexander Bogomaz", P), E("RIA Novosti", O)),
    para("colombian_guerrillas",
         "The National Liberation Army (ELN) and dissidents of the former Revolutionary Armed Forces of Colombia "
         "(FARC) fought for control of the Catatumbo region this week. President Gustavo Petro suspended peace "
         "talks with the ELN.",
         E("National Liberation Army", O, "ELN"), E("Revolutionary Armed Forces of Colombia", O, "FARC"),
         E("Catatumbo", L, "Catatumbo region"), E("Gustavo Petro", P), Opt("Colombia", L)),
    para("indonesian_minister_first_name_later",
         "Indonesian Defence Minister Sjafrie Sjamsoeddin met his Australian counterpart Richard Marles in "
         "Canberra. Sjafrie said the two navies would hold joint exercises in the Arafura Sea.",
         E("Sjafrie Sjamsoeddin", P, "Sjafrie"), E("Richard Marles", P), E("Canberra", L), E("Arafura Sea", L),
         Opt("Indonesia", L), Opt("Australia", L)),
    para("cleric_movement_and_militia",
         "Moqtada al-Sadr, the Shia cleric whose Sadrist Movement won the most seats in 2021, told followers in "
         "Najaf to boycott the vote. Al-Sadr's Saraya al-Salam militia was deployed in Baghdad.",
         E("Moqtada al-Sadr", P, "Al-Sadr"), E("Sadrist Movement", O), E("Najaf", L), E("Saraya al-Salam", O),
         E("Baghdad", L)),
    para("embassy_and_ambassador",
         "WASHINGTON — The U.S. Embassy in Kyiv was closed on Wednesday after warnings of a large air attack. "
         "Ambassador Bridget Brink said Ukrainians should heed air-raid alerts.",
         E("Washington, D.C.", L, "WASHINGTON"), E("U.S. Embassy in Kyiv", O, "Embassy of the United States, Kyiv"),
         E("Kyiv", L), E("Bridget Brink", P), Opt("Ukraine", L), Opt("United States", L)),
    para("junta_leader_and_exiled_opponent",
         "Guinea's junta leader, General Mamady Doumbouya, was declared the winner of the presidential election by "
         "the Supreme Court in Conakry. Opposition leader Cellou Dalein Diallo, who lives in exile, rejected the "
         "result.",
         E("Guinea", L), E("Mamady Doumbouya", P), E("Supreme Court", O, "Supreme Court of Guinea"),
         E("Conakry", L), E("Cellou Dalein Diallo", P)),
]


# Written after the first rules were fixed and scored with them before any rule changed for it
# (how the rules carry over to text they never saw).
SECOND_BATCH = [
    para("treasury_release_two_companies_and_director",
         "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) sanctioned "
         "Horizon Gulf Petrochemicals FZCO and Qamar Al Bahr Shipping L.L.C. for transporting Iranian petroleum. "
         "Horizon Gulf's managing director, Reza Ahmadi Tabrizi, arranged the sales.",
         E("Washington, D.C.", L, "WASHINGTON"), E("United States Department of the Treasury", O, "Department of the Treasury"),
         E("Office of Foreign Assets Control", O, "OFAC"), E("Horizon Gulf Petrochemicals FZCO", O, "Horizon Gulf"),
         E("Qamar Al Bahr Shipping L.L.C.", O), E("Reza Ahmadi Tabrizi", P), Opt("Iran", L)),
    para("designation_entry_with_two_aliases",
         "AL-ZUBAIDI, Hamid Jassim (a.k.a. AL-ZUBAYDI, Hamid; a.k.a. \"Abu Mustafa\"), Basrah, Iraq; DOB 04 Sep 1975; "
         "nationality Iraq; Gender Male (individual) [IRGC] [SDGT].",
         E("Hamid Jassim al-Zubaidi", P, "AL-ZUBAIDI, Hamid Jassim", "AL-ZUBAYDI, Hamid", "Abu Mustafa"),
         E("Basrah", L, "Basra"), E("Iraq", L)),
    para("state_fto_designation",
         "The Department of State is designating Harakat Ansar al-Mujahideen as a Foreign Terrorist Organization. "
         "The group's leader, Sheikh Umar Farouq, has directed attacks in Pakistan's Khyber Pakhtunkhwa province.",
         E("United States Department of State", O, "Department of State"), E("Harakat Ansar al-Mujahideen", O),
         E("Umar Farouq", P, "Sheikh Umar Farouq"), E("Khyber Pakhtunkhwa", L, "Khyber Pakhtunkhwa province"),
         E("Pakistan", L)),
    para("commerce_denial_order",
         "The Bureau of Industry and Security issued a temporary denial order against Siberian Air Cargo JSC on "
         "Friday. Assistant Secretary for Export Enforcement Matthew S. Axelrod said the airline had flown aircraft to "
         "Tehran in violation of U.S. rules.",
         E("Bureau of Industry and Security", O), E("Siberian Air Cargo JSC", O), E("Matthew S. Axelrod", P),
         E("Tehran", L), Opt("United States", L, "U.S.")),
    para("wikinews_nigeria_bandits",
         "Gunmen abducted 20 students from a school in Kuriga, Kaduna State, on Thursday, state governor Uba Sani "
         "said. The Nigerian Army said troops of its 1st Division had begun a search.",
         E("Kuriga", L), E("Kaduna State", L, "Kaduna"), E("Uba Sani", P), E("Nigerian Army", O),
         E("1st Division", O), Opt("Nigeria", L)),
    para("wikinews_thai_court_and_party",
         "Thailand's Constitutional Court on Wednesday dissolved the Move Forward Party and banned its former leader, "
         "Pita Limjaroenrat, from politics for ten years. Chaithawat Tulathon, the party's leader, said members would "
         "join a new party.",
         E("Thailand", L), E("Constitutional Court", O, "Constitutional Court of Thailand"), E("Move Forward Party", O),
         E("Pita Limjaroenrat", P), E("Chaithawat Tulathon", P)),
    para("wikinews_indonesia_single_name",
         "Indonesian police named Teddy Minahasa, a former regional police chief, as a suspect in a drug case. "
         "National Police spokesman Dedi Prasetyo told reporters in Jakarta that Teddy had been detained.",
         E("Teddy Minahasa", P, "Teddy"), E("Dedi Prasetyo", P), E("Jakarta", L),
         Opt("Indonesian National Police", O, "National Police"), Opt("Indonesia", L)),
    para("wikinews_chinese_ministry_short_form",
         "China's Ministry of Commerce announced export controls on gallium and germanium on Monday. The ministry "
         "said the measures would protect national security, while the Semiconductor Industry Association in "
         "Washington criticised the move.",
         E("China", L), E("Ministry of Commerce", O, "Ministry of Commerce of China", "the ministry"),
         E("Semiconductor Industry Association", O), E("Washington, D.C.", L, "Washington")),
    para("wikinews_russian_opposition_patronymic",
         "A court in Moscow sentenced Vladimir Vladimirovich Kara-Murza to 25 years in prison. Kara-Murza's lawyer, "
         "Vadim Prokhorov, said the verdict would be appealed to the Supreme Court of Russia.",
         E("Moscow", L), E("Vladimir Vladimirovich Kara-Murza", P, "Kara-Murza"), E("Vadim Prokhorov", P),
         E("Supreme Court of Russia", O), Opt("Russia", L)),
    para("un_long_body_and_envoy",
         "The United Nations Relief and Works Agency for Palestine Refugees in the Near East (UNRWA) said two of its "
         "schools in Khan Younis were hit. UNRWA Commissioner-General Philippe Lazzarini called for an "
         "investigation.",
         E("United Nations Relief and Works Agency for Palestine Refugees in the Near East", O, "UNRWA"),
         E("Khan Younis", L), E("Philippe Lazzarini", P), Opt("Near East", L)),
    para("militia_in_sudan_and_region",
         "The Rapid Support Forces (RSF) shelled El Obeid, the capital of North Kordofan state, on Tuesday. RSF "
         "commander Mohamed Hamdan Dagalo, known as Hemedti, said his forces would not withdraw.",
         E("Rapid Support Forces", O, "RSF"), E("El Obeid", L), E("North Kordofan", L, "North Kordofan state"),
         E("Mohamed Hamdan Dagalo", P, "Hemedti")),
    para("justice_indictment_spanish_names",
         "A federal grand jury in San Diego indicted Luis Alberto Gómez Ramírez and his brother, Jorge Gómez "
         "Ramírez, on drug trafficking charges, the Justice Department said. Gómez was arrested in Tijuana.",
         E("San Diego", L), E("Luis Alberto Gómez Ramírez", P), E("Jorge Gómez Ramírez", P),
         E("United States Department of Justice", O, "Justice Department"), E("Tijuana", L)),
    para("news_agencies_as_sources",
         "Xinhua news agency reported that the talks in Beijing had ended. Kyodo News, citing government sources, "
         "said Japanese Foreign Minister Takeshi Iwaya would visit next month.",
         E("Xinhua News Agency", O, "Xinhua"), E("Beijing", L), E("Kyodo News", O), E("Takeshi Iwaya", P),
         Opt("Japan", L)),
    para("embassy_and_consulate",
         "The U.S. Consulate General in Erbil suspended visa services after a drone attack, the Department of State "
         "said. Spokesperson Matthew Miller said no staff were hurt.",
         E("U.S. Consulate General in Erbil", O), E("Erbil", L),
         E("United States Department of State", O, "Department of State"), E("Matthew Miller", P)),
    para("haitian_gang_and_police",
         "Members of the 400 Mawozo gang kidnapped a group of missionaries near Croix-des-Bouquets, the Haitian "
         "National Police said. The gang's leader, Joseph Wilson, demanded a ransom.",
         E("400 Mawozo", O), E("Croix-des-Bouquets", L), E("Haitian National Police", O), E("Joseph Wilson", P),
         Opt("Haiti", L)),
]

# Written last and scored before any rule changed for it.
THIRD_BATCH = [
    para("treasury_entry_vessel_and_manager",
         "OFAC is also identifying ARCTIC WIND (IMO 9253284), a Gabon-flagged tanker managed by Nova Maritime "
         "Management FZE of Sharjah, United Arab Emirates, as property in which Rosneft has an interest.",
         E("Office of Foreign Assets Control", O, "OFAC"), E("Nova Maritime Management FZE", O), E("Sharjah", L),
         E("United Arab Emirates", L), E("Rosneft", O), Opt("Gabon", L)),
    para("state_release_reward_offer",
         "The Department of State's Rewards for Justice program is offering a reward of up to $10 million for "
         "information on Sami Jasim Muhammad al-Jaburi. Al-Jaburi served as a finance official for ISIS in Mosul.",
         E("United States Department of State", O, "Department of State"),
         E("Sami Jasim Muhammad al-Jaburi", P, "Al-Jaburi"), E("Islamic State", O, "ISIS"), E("Mosul", L),
         Opt("Rewards for Justice", O)),
    para("wikinews_myanmar_region_and_party",
         "Aung San Suu Kyi's National League for Democracy (NLD) was dissolved by Myanmar's election commission on "
         "Tuesday. The NLD said the junta's vote in Sagaing Region would not be free.",
         E("Aung San Suu Kyi", P), E("National League for Democracy", O, "NLD"), E("Myanmar", L),
         E("Sagaing Region", L, "Sagaing"), Opt("Union Election Commission", O, "election commission")),
    para("wikinews_ecuador_gang_and_minister",
         "Ecuador's Interior Minister John Reimberg said police had captured Adolfo Macías Villamar, alias "
         "\"Fito\", the leader of Los Choneros, in Manta. Macías was extradited to the United States in July.",
         E("Ecuador", L), E("John Reimberg", P), E("Adolfo Macías Villamar", P, "Fito", "Macías"),
         E("Los Choneros", O), E("Manta", L), E("United States", L)),
    para("justice_release_chinese_company",
         "Linwei Ding, also known as Leon Ding, 38, a Chinese national residing in Newark, California, was charged "
         "with stealing trade secrets from Google LLC. Ding had secretly worked for Beijing Rongshu Lianzhi "
         "Technology Co., Ltd.",
         E("Linwei Ding", P, "Leon Ding", "Ding"), E("Newark", L, "Newark, California"), E("California", L),
         E("Google LLC", O, "Google"), E("Beijing Rongshu Lianzhi Technology Co., Ltd.", O), Opt("China", L)),
    para("wikinews_lebanese_army_and_unifil",
         "The Lebanese Armed Forces deployed troops to Marjayoun on Sunday, army commander General Rodolphe Haykal "
         "said. UNIFIL spokesman Andrea Tenenti said peacekeepers would patrol the Blue Line.",
         E("Lebanese Armed Forces", O), E("Marjayoun", L), E("Rodolphe Haykal", P),
         E("United Nations Interim Force in Lebanon", O, "UNIFIL"), E("Andrea Tenenti", P), Opt("Blue Line", L)),
    para("wikinews_thai_minister_and_province",
         "Thai Defence Minister Phumtham Wechayachai visited Sa Kaeo province on Friday after clashes with Cambodian "
         "troops. Phumtham said the Royal Thai Army would keep its positions.",
         E("Phumtham Wechayachai", P, "Phumtham"), E("Sa Kaeo", L, "Sa Kaeo province"), E("Royal Thai Army", O),
         Opt("Cambodia", L), Opt("Thailand", L)),
    para("commerce_entity_list_russian_firms",
         "BIS added OOO Radioavtomatika and Sky Leader Limited of Hong Kong to the Entity List. The Commerce "
         "Department said the firms had supplied microelectronics to the Russian military.",
         E("Bureau of Industry and Security", O, "BIS"), E("Radioavtomatika", O, "OOO Radioavtomatika"),
         E("Sky Leader Limited", O), E("Hong Kong", L),
         E("United States Department of Commerce", O, "Commerce Department"),
         Opt("Armed Forces of the Russian Federation", O, "Russian military")),
    para("wikinews_indonesian_protest_and_police",
         "Thousands of students protested outside the People's Representative Council in Jakarta on Monday. Jakarta "
         "Police chief Karyoto said 120 people were detained.",
         E("People's Representative Council", O), E("Jakarta", L), E("Karyoto", P),
         Opt("Jakarta Police", O, "Jakarta Metropolitan Regional Police")),
    para("wikinews_colombia_ministry_short_form",
         "Colombia's Ministry of National Defense said on Saturday that ELN rebels had attacked a base in Arauca "
         "department. The ministry said two soldiers were killed.",
         E("Colombia", L), E("Ministry of National Defense", O, "the ministry"),
         E("National Liberation Army", O, "ELN"), E("Arauca", L, "Arauca department")),
]

PARAGRAPHS = PARAGRAPHS + SECOND_BATCH + THIRD_BATCH


# Paragraphs whose entities the rules do not yet get right, each with its cause.
XFAIL: dict[str, str] = {
    "district_of_province": "an unnamed collective ('gunmen') is an Organization node by design (groups.py: event "
                            "coders record it as the actor), which no reader lists as a named entity",
    "insurgents_and_state_governor": "the same: 'police' is a collective's node",
    "wikinews_nigeria_bandits": "the same: 'gunmen' is a collective's node",
    "militia_in_sudan_and_region": "the same: 'his forces' gives a 'forces' node",
    "company_entry_with_address": "a building in an address ('Al Moosa Tower 2') is read as an organisation: no "
                                  "place cue names a building with a number",
    "court_party_and_jail": "the tagger misses 'Rawalpindi' and the gazetteer does not list it",
    "syrian_armed_groups_and_commander": "the tagger misses 'Manbij' and the gazetteer does not list it",
    "chinese_pen_name_and_mr": "a seat of government as actor adds its country ('Beijing' → China, "
                               "arguments.py), which the text does not name; and 'known by the pen name Fucha' is not read as an "
                               "alias (the tagger calls it a place)",
    "russian_court_and_rights_group": "the same for 'A Moscow court' → Russia",
    "justice_officials_and_divisions": "'U.S.' inside the title 'U.S. Attorney' gives a United States node",
    "cartel_faction_and_sons": "a nickname in quotes after 'known as' ('Los Chapitos') keeps the tagger's place type",
    "companies_with_country_in_brackets": "a company named without a legal form ('Sahara Thunder (Iran)') keeps the "
                                          "tagger's person type: the bracketed country is not read as its seat",
    "haitian_gang_and_police": "a name that starts with a number ('400 Mawozo') is cut by the tagger",
    "treasury_entry_vessel_and_manager": "a company's seat after its legal form ('… FZE of Sharjah') is cut off only "
                                         "when the gazetteer knows the place",
    "state_release_reward_offer": "a body's possessive before a programme ('Department of State's Rewards for "
                                  "Justice program') is read as one name",
}


class TestOfficialTexts(ScoredParagraphSet):
    PARAGRAPHS = PARAGRAPHS
    XFAIL = XFAIL
    SCORED = len(PARAGRAPHS)
    FLOORS = (0.94, 0.97)  # measured when this file was written: precision 0.949, recall 0.974 over the three batches
