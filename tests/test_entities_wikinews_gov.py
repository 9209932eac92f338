"""Entity extraction on paragraphs written for this test in styles the other sets cover less: Wikinews
reports on science, sport, courts, disasters and elections; US government texts (Justice Department
indictment releases, State Department readouts, Defense Department releases and contract notices, USAID
notices); unfamiliar Central Asian, African and Southeast Asian persons, companies and towns; names with
initials, hyphens and apostrophes; bodies named with "of the". Ships, aircraft, weapons systems, laws,
programmes, competitions and storms name no person, body or place (data contract: Person, Organization,
Place) and are left out of the gold. Scored as score.py scores a knowledge base (the counting of
test_entities_official_texts)."""
from __future__ import annotations

import pytest

from entity_rows import E, Opt, ScoredParagraphSet, para

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

P, O, L = "Person", "Organization", "Place"

SCIENCE_AND_SPORT = [
    para("science_space_telescope",
         "Astronomers using the James Webb Space Telescope have detected carbon dioxide in the atmosphere of an "
         "exoplanet, NASA said on Wednesday. The team, led by Nikku Madhusudhan of the University of Cambridge, "
         "published its findings in The Astrophysical Journal Letters.",
         E("NASA", O), E("Nikku Madhusudhan", P), E("University of Cambridge", O),
         Opt("The Astrophysical Journal Letters", O)),
    para("science_space_agency_probe",
         "The European Space Agency's Juice probe completed a flyby of the Moon on Monday, mission controllers in "
         "Darmstadt, Germany, said. Flight director Ignacio Tanco said the spacecraft would reach Jupiter in 2031.",
         E("European Space Agency", O), E("Darmstadt", L), E("Germany", L), E("Ignacio Tanco", P)),
    para("science_institutes_and_journal",
         "Researchers at the Karolinska Institutet in Stockholm and the Wellcome Sanger Institute in Hinxton found "
         "that a gene variant protects against malaria, according to a study published in Nature. Lead author Ebba "
         "Lindqvist said the work had taken six years.",
         E("Karolinska Institutet", O), E("Stockholm", L), E("Wellcome Sanger Institute", O), E("Hinxton", L),
         E("Ebba Lindqvist", P), Opt("Nature", O)),
    para("science_physics_laboratory",
         "Physicists at CERN, the European Organization for Nuclear Research near Geneva, reported a new "
         "measurement of the W boson mass. Spokesperson Andreas Hoecker of the ATLAS collaboration said the result "
         "agreed with the Standard Model.",
         E("CERN", O, "European Organization for Nuclear Research"), E("Geneva", L), E("Andreas Hoecker", P),
         Opt("ATLAS collaboration", O, "ATLAS")),
    para("sport_marathon_record",
         "Kenya's Ruth Chepngetich won the Chicago Marathon on Sunday in 2:09:56, breaking the women's world "
         "record. Ethiopia's Sutume Asefa Kebede finished second, and Irine Cheptai of Kenya was third.",
         E("Kenya", L), E("Ruth Chepngetich", P), E("Ethiopia", L), E("Sutume Asefa Kebede", P),
         E("Irine Cheptai", P), Opt("Chicago", L)),
    para("sport_asian_club_football",
         "Al-Hilal defender Kalidou Koulibaly scored twice as the Saudi club beat Persepolis 3-1 in the AFC "
         "Champions League Elite in Riyadh. Persepolis coach Juan Carlos Garrido said his side had lacked "
         "concentration.",
         E("Al-Hilal", O), E("Kalidou Koulibaly", P), E("Persepolis", O), E("Riyadh", L),
         E("Juan Carlos Garrido", P), Opt("Saudi Arabia", L), Opt("Asian Football Confederation", O, "AFC")),
    para("sport_cricket_board",
         "Pakistan captain Shan Masood and fast bowler Naseem Shah were left out of the squad for the second Test "
         "against England in Multan, the Pakistan Cricket Board announced. Chief selector Aaqib Javed said the "
         "decision was made on form.",
         E("Shan Masood", P), E("Naseem Shah", P), E("Multan", L), E("Pakistan Cricket Board", O),
         E("Aaqib Javed", P), Opt("Pakistan", L), Opt("England", L)),
    para("sport_arbitration_court",
         "The Court of Arbitration for Sport upheld a four-year ban on Kamila Valieva, the Russian figure skater, "
         "on Monday. The Lausanne-based court said the Russian Anti-Doping Agency (RUSADA) had erred in clearing "
         "her.",
         E("Court of Arbitration for Sport", O), E("Kamila Valieva", P),
         E("Russian Anti-Doping Agency", O, "RUSADA"), Opt("Lausanne", L), Opt("Russia", L)),
    para("sport_tennis_final",
         "Aryna Sabalenka beat Jessica Pegula 7-5, 7-5 in the US Open final at Arthur Ashe Stadium in New York. The "
         "Belarusian had lost to Coco Gauff in the final a year earlier.",
         E("Aryna Sabalenka", P), E("Jessica Pegula", P), E("Arthur Ashe Stadium", L),
         E("New York City", L, "New York"), E("Coco Gauff", P), Opt("Belarus", L)),
    para("sport_cycling_stage_and_team",
         "Biniam Girmay of Eritrea won the third stage of the race in Turin, riding for Intermarché-Wanty. Girmay, "
         "from Asmara, became the first black African rider to win a stage.",
         E("Biniam Girmay", P), E("Eritrea", L), E("Turin", L), E("Intermarché-Wanty", O), E("Asmara", L)),
    para("sport_national_team_and_federation",
         "Nigeria's Super Eagles were held 1-1 by Benin in Uyo, leaving their World Cup hopes in doubt. Coach Eric "
         "Chelle said the Nigeria Football Federation had given him time to rebuild, while Victor Osimhen missed a "
         "penalty.",
         E("Nigeria", L), E("Benin", L), E("Uyo", L), E("Eric Chelle", P), E("Nigeria Football Federation", O),
         E("Victor Osimhen", P), Opt("Super Eagles", O)),
]

COURTS = [
    para("court_international_criminal",
         "Judges of the International Criminal Court confirmed charges against Ali Muhammad Ali Abd-Al-Rahman, "
         "known as Ali Kushayb, a former Janjaweed commander accused of crimes in Darfur. Prosecutor Karim Khan "
         "said the trial in The Hague would begin in April.",
         E("International Criminal Court", O), E("Ali Muhammad Ali Abd-Al-Rahman", P, "Ali Kushayb"),
         E("Janjaweed", O), E("Darfur", L), E("Karim Khan", P), E("The Hague", L)),
    para("court_us_supreme_and_companies",
         "The U.S. Supreme Court agreed on Friday to hear an appeal by TikTok Inc. against a law that would ban the "
         "app unless its Chinese owner, ByteDance Ltd., sells it. Justice Sonia Sotomayor wrote separately.",
         E("Supreme Court of the United States", O, "U.S. Supreme Court", "Supreme Court"),
         E("TikTok Inc.", O, "TikTok"), E("ByteDance Ltd.", O, "ByteDance"), E("Sonia Sotomayor", P),
         Opt("United States", L, "U.S."), Opt("China", L)),
    para("court_south_african_party",
         "South Africa's Constitutional Court dismissed an application by former president Jacob Zuma's uMkhonto "
         "weSizwe party to overturn the results of the May election. Chief Justice Mandisa Maya read the unanimous "
         "ruling in Johannesburg.",
         E("South Africa", L), E("Constitutional Court", O, "Constitutional Court of South Africa"),
         E("Jacob Zuma", P), E("uMkhonto weSizwe", O, "uMkhonto weSizwe party"), E("Mandisa Maya", P),
         E("Johannesburg", L)),
    para("court_kenyan_petition",
         "Kenya's High Court in Nairobi suspended the deployment of police officers to Haiti on Friday, ruling on "
         "a petition filed by opposition politician Ekuru Aukot of the Thirdway Alliance party.",
         E("Kenya", L), E("High Court", O, "High Court of Kenya"), E("Nairobi", L), E("Haiti", L),
         E("Ekuru Aukot", P), E("Thirdway Alliance", O, "Thirdway Alliance party")),
    para("court_english_high_court",
         "The High Court in London ruled that the Home Office had acted unlawfully in detaining Somali asylum "
         "seeker Abdirahman Warsame Farah. Mr Justice Chamberlain said the department had ignored medical evidence.",
         E("High Court", O, "High Court of Justice"), E("London", L), E("Home Office", O),
         E("Abdirahman Warsame Farah", P), E("Chamberlain", P, "Mr Justice Chamberlain"), Opt("Somalia", L)),
    para("court_indian_bail",
         "India's Supreme Court granted bail to Delhi Chief Minister Arvind Kejriwal in a case brought by the "
         "Central Bureau of Investigation. Kejriwal, the leader of the Aam Aadmi Party, left Tihar Jail on Friday "
         "evening.",
         E("India", L), E("Supreme Court", O, "Supreme Court of India"), E("Delhi", L), E("Arvind Kejriwal", P),
         E("Central Bureau of Investigation", O), E("Aam Aadmi Party", O), E("Tihar Jail", L)),
    para("court_brazilian_coup_trial",
         "Brazil's Supreme Federal Court sentenced former president Jair Bolsonaro to 27 years in prison for "
         "plotting a coup. Justice Alexandre de Moraes, the rapporteur, said Bolsonaro had led a criminal "
         "organisation with General Walter Braga Netto.",
         E("Brazil", L), E("Supreme Federal Court", O), E("Jair Bolsonaro", P), E("Alexandre de Moraes", P),
         E("Walter Braga Netto", P)),
    para("court_vietnamese_embezzlement",
         "A court in Ho Chi Minh City sentenced Truong My Lan, the chairwoman of Van Thinh Phat Holdings Group, to "
         "death for embezzling from Saigon Commercial Bank. Lan's lawyer, Nguyen Huy Thiep, said she would appeal.",
         E("Ho Chi Minh City", L), E("Truong My Lan", P, "Lan"), E("Van Thinh Phat Holdings Group", O),
         E("Saigon Commercial Bank", O), E("Nguyen Huy Thiep", P)),
]

DISASTERS = [
    para("disaster_earthquake_and_survey",
         "A magnitude 7.7 earthquake struck near Mandalay on Friday, the United States Geological Survey said. "
         "Myanmar's military leader, Senior General Min Aung Hlaing, said at least 144 people had been killed, and "
         "tremors were felt in Bangkok.",
         E("Mandalay", L), E("United States Geological Survey", O, "USGS"), E("Myanmar", L),
         E("Min Aung Hlaing", P), E("Bangkok", L)),
    para("disaster_flood_and_state_agency",
         "Floodwaters from the Alau Dam swept through Maiduguri, the capital of Borno State, displacing more than "
         "400,000 people, the National Emergency Management Agency (NEMA) said. Governor Babagana Umara Zulum "
         "visited relief camps on Wednesday.",
         E("Maiduguri", L), E("Borno State", L, "Borno"), E("National Emergency Management Agency", O, "NEMA"),
         E("Babagana Umara Zulum", P), Opt("Alau Dam", L)),
    para("disaster_typhoon_provinces",
         "Typhoon Yagi made landfall in Hainan province on Friday after killing at least 20 people in the "
         "Philippines, China's National Meteorological Center said. In Vietnam, Quang Ninh province ordered fishing "
         "boats back to port.",
         E("Hainan", L, "Hainan province"), E("Philippines", L), E("China", L),
         E("National Meteorological Center", O), E("Vietnam", L), E("Quang Ninh", L, "Quang Ninh province")),
    para("disaster_volcano_village",
         "Mount Lewotobi Laki-laki erupted on Flores island early on Monday, killing nine people, Indonesia's "
         "Center for Volcanology and Geological Hazard Mitigation said. Head of the agency Hadi Wijaya said "
         "residents of Hokeng village had been evacuated.",
         E("Mount Lewotobi Laki-laki", L), E("Flores", L, "Flores island"), E("Indonesia", L),
         E("Center for Volcanology and Geological Hazard Mitigation", O), E("Hadi Wijaya", P),
         E("Hokeng", L, "Hokeng village")),
    para("disaster_wildfire_agencies",
         "The Palisades Fire has burned more than 23,000 acres in Pacific Palisades and Malibu, the California "
         "Department of Forestry and Fire Protection said. Los Angeles Fire Department Chief Kristin Crowley said "
         "crews were being helped by aircraft from Canada and Mexico.",
         E("Pacific Palisades", L), E("Malibu", L),
         E("California Department of Forestry and Fire Protection", O, "Cal Fire"),
         E("Los Angeles Fire Department", O), E("Kristin Crowley", P), E("Canada", L), E("Mexico", L),
         Opt("Los Angeles", L)),
    para("disaster_landslide_province",
         "A landslide buried more than 2,000 people in Yambali village in Enga province, Papua New Guinea's "
         "National Disaster Centre told the United Nations. Acting director Luseta Laso Mana said rescuers had "
         "reached the site from Wabag.",
         E("Yambali", L, "Yambali village"), E("Enga", L, "Enga province"), E("Papua New Guinea", L),
         E("National Disaster Centre", O), E("United Nations", O), E("Luseta Laso Mana", P), E("Wabag", L)),
    para("disaster_cholera_ministry",
         "Zambia's Ministry of Health reported 412 cholera deaths since October, most of them in Lusaka. The World "
         "Health Organization and Médecins Sans Frontières set up treatment centres at the Heroes Stadium.",
         E("Zambia", L), E("Ministry of Health", O), E("Lusaka", L), E("World Health Organization", O),
         E("Médecins Sans Frontières", O), E("Heroes Stadium", L)),
    para("disaster_airliner_crash",
         "An Azerbaijan Airlines Embraer 190 crashed near Aktau, Kazakhstan, killing 38 of the 67 people on board. "
         "Azerbaijani President Ilham Aliyev said the plane had been hit by fire from the ground over Grozny.",
         E("Azerbaijan Airlines", O), E("Aktau", L), E("Kazakhstan", L), E("Ilham Aliyev", P), E("Grozny", L),
         Opt("Azerbaijan", L)),
]

ELECTIONS = [
    para("election_senegal_council",
         "Bassirou Diomaye Faye was declared the winner of Senegal's presidential election with 54 percent of the "
         "vote, the Constitutional Council said. Faye, who was released from prison ten days before the vote, "
         "defeated Amadou Ba of the ruling Benno Bokk Yakaar coalition.",
         E("Bassirou Diomaye Faye", P, "Faye"), E("Senegal", L), E("Constitutional Council", O),
         E("Amadou Ba", P), E("Benno Bokk Yakaar", O)),
    para("election_sri_lankan_alliances",
         "Anura Kumara Dissanayake, the leader of the National People's Power alliance, was sworn in as Sri Lanka's "
         "president in Colombo on Monday. He defeated Sajith Premadasa of Samagi Jana Balawegaya and the incumbent, "
         "Ranil Wickremesinghe.",
         E("Anura Kumara Dissanayake", P), E("National People's Power", O), E("Sri Lanka", L), E("Colombo", L),
         E("Sajith Premadasa", P), E("Samagi Jana Balawegaya", O), E("Ranil Wickremesinghe", P)),
    para("election_kazakh_referendum",
         "Voters in Kazakhstan approved the construction of the country's first nuclear power plant in a "
         "referendum, the Central Election Commission said. President Kassym-Jomart Tokayev said the plant would be "
         "built near the village of Ulken on Lake Balkhash.",
         E("Kazakhstan", L), E("Central Election Commission", O), E("Kassym-Jomart Tokayev", P), E("Ulken", L),
         E("Lake Balkhash", L)),
    para("election_botswana_parties",
         "The Botswana Democratic Party lost power for the first time since independence after Duma Boko's "
         "Umbrella for Democratic Change won a majority in parliament. Outgoing President Mokgweetsi Masisi conceded "
         "defeat in Gaborone.",
         E("Botswana Democratic Party", O), E("Duma Boko", P), E("Umbrella for Democratic Change", O),
         E("Mokgweetsi Masisi", P), E("Gaborone", L)),
    para("election_jakarta_governor",
         "Pramono Anung and Rano Karno won the Jakarta gubernatorial election, the General Elections Commission "
         "(KPU) said. Their rival, Ridwan Kamil, was backed by the Advanced Indonesia Coalition of President Prabowo "
         "Subianto.",
         E("Pramono Anung", P), E("Rano Karno", P), E("Jakarta", L), E("General Elections Commission", O, "KPU"),
         E("Ridwan Kamil", P), E("Advanced Indonesia Coalition", O), E("Prabowo Subianto", P)),
    para("election_georgian_party_and_observers",
         "Georgian Dream claimed victory in Georgia's parliamentary election, but President Salome Zourabichvili "
         "said the vote had been rigged with help from Moscow. Observers from the OSCE Office for Democratic "
         "Institutions and Human Rights reported vote-buying in Marneuli.",
         E("Georgian Dream", O), E("Georgia", L), E("Salome Zourabichvili", P), E("Moscow", L),
         E("OSCE Office for Democratic Institutions and Human Rights", O, "ODIHR"), E("Marneuli", L),
         Opt("Organization for Security and Co-operation in Europe", O, "OSCE")),
    para("election_mozambique_protests",
         "Daniel Chapo of the ruling Frelimo party was declared the winner of Mozambique's election, prompting "
         "protests in Maputo. Opposition candidate Venâncio Mondlane, who fled to South Africa, said the count was "
         "fraudulent.",
         E("Daniel Chapo", P), E("Frelimo", O), E("Mozambique", L), E("Maputo", L), E("Venâncio Mondlane", P),
         E("South Africa", L)),
    para("election_mongolian_parliament",
         "Mongolian Prime Minister Luvsannamsrai Oyun-Erdene resigned after losing a confidence vote in the State "
         "Great Khural. Gombojavyn Zandanshatar of the Mongolian People's Party was named to replace him in "
         "Ulaanbaatar.",
         E("Luvsannamsrai Oyun-Erdene", P), E("State Great Khural", O), E("Gombojavyn Zandanshatar", P),
         E("Mongolian People's Party", O), E("Ulaanbaatar", L), Opt("Mongolia", L)),
]

US_GOVERNMENT = [
    para("justice_indictment_front_company",
         "A federal grand jury in Brooklyn returned an indictment charging Nikolay Grigorev, 42, a Russian "
         "national, and Kirill Gordei, 33, of Moscow, with smuggling U.S.-made electronic components to Russia "
         "through a front company, SH Brothers, the Justice Department announced.",
         E("Brooklyn", L), E("Nikolay Grigorev", P), E("Kirill Gordei", P), E("Moscow", L), E("Russia", L),
         E("SH Brothers", O), E("United States Department of Justice", O, "Justice Department"),
         Opt("United States", L, "U.S.")),
    para("justice_sentence_email_fraud",
         "Olumide Adewale Adebayo, 37, of Lagos, Nigeria, was sentenced to 10 years in prison for a business email "
         "compromise scheme that defrauded companies in Texas and Ohio, U.S. Attorney Leigha Simonton of the "
         "Northern District of Texas said.",
         E("Olumide Adewale Adebayo", P), E("Lagos", L), E("Nigeria", L), E("Texas", L), E("Ohio", L),
         E("Leigha Simonton", P), Opt("Northern District of Texas", O), Opt("Northern District of Texas", L),
         Opt("United States", L, "U.S.")),
    para("justice_export_control_alias",
         "Xiangjiang Qiao, also known as Joe Chiao, an employee of a Chinese company called Hengsheng, was charged "
         "in Manhattan with conspiring to supply isostatic graphite to Iran's ballistic missile program, Assistant "
         "Attorney General Matthew G. Olsen said.",
         E("Xiangjiang Qiao", P, "Joe Chiao"), E("Hengsheng", O), E("Manhattan", L), E("Iran", L),
         E("Matthew G. Olsen", P, "Matthew Olsen"), Opt("China", L)),
    para("justice_cartel_plea",
         "Ovidio Guzmán López, a son of Joaquín \"El Chapo\" Guzmán, pleaded guilty in Chicago to drug trafficking "
         "charges, the Justice Department said. Attorney General Merrick B. Garland said the Sinaloa Cartel had "
         "flooded American communities with fentanyl.",
         E("Ovidio Guzmán López", P), E("Joaquín Guzmán", P, "El Chapo", "Joaquín \"El Chapo\" Guzmán"),
         E("Chicago", L), E("United States Department of Justice", O, "Justice Department"),
         E("Merrick B. Garland", P, "Merrick Garland"), E("Sinaloa Cartel", O)),
    para("justice_hacker_and_reward",
         "Rim Jong Hyok, a North Korean national who worked for the Reconnaissance General Bureau's Andariel unit, "
         "was charged in Kansas City, Kansas, with hacking hospitals, the FBI said. The State Department offered a "
         "reward of up to $10 million for information on him.",
         E("Rim Jong Hyok", P), E("Reconnaissance General Bureau", O), E("Kansas City", L), E("Kansas", L),
         E("Federal Bureau of Investigation", O, "FBI"),
         E("United States Department of State", O, "State Department"), Opt("North Korea", L),
         Opt("Andariel", O)),
    para("justice_doctor_and_company",
         "Dr. Eric Ngwa Tanyi, 51, of Silver Spring, Maryland, and his company, Ngwa Medical Associates LLC, were "
         "indicted on charges of defrauding Medicare, according to U.S. Attorney Erek L. Barron. The FBI and the "
         "Department of Health and Human Services Office of Inspector General investigated.",
         E("Eric Ngwa Tanyi", P), E("Silver Spring", L), E("Maryland", L), E("Ngwa Medical Associates LLC", O),
         E("Erek L. Barron", P), E("Federal Bureau of Investigation", O, "FBI"),
         E("Department of Health and Human Services Office of Inspector General", O),
         Opt("United States Department of Health and Human Services", O, "Department of Health and Human Services"),
         Opt("Medicare", O), Opt("United States", L, "U.S.")),
    para("justice_crypto_mixer",
         "Roman Sterlingov, a Swedish-Russian national, was sentenced to 12 and a half years for operating Bitcoin "
         "Fog, a cryptocurrency mixer, the Justice Department said. The IRS Criminal Investigation unit traced "
         "payments to Hydra Market.",
         E("Roman Sterlingov", P), E("Bitcoin Fog", O), E("United States Department of Justice", O,
                                                          "Justice Department"),
         E("IRS Criminal Investigation", O), E("Hydra Market", O), Opt("Internal Revenue Service", O, "IRS")),
    para("state_readout_central_asian_minister",
         "Secretary Blinken met with Uzbek Foreign Minister Bakhtiyor Saidov on the margins of the C5+1 "
         "ministerial in Astana. The Secretary and Foreign Minister Saidov discussed regional connectivity and the "
         "Trans-Caspian International Transport Route.",
         E("Antony Blinken", P, "Blinken", "Secretary Blinken"), E("Bakhtiyor Saidov", P), E("Astana", L),
         Opt("Uzbekistan", L), Opt("Trans-Caspian International Transport Route", L)),
    para("state_readout_ethiopian_call",
         "Deputy Secretary Kurt M. Campbell spoke with Ethiopian Prime Minister Abiy Ahmed Ali today. The Deputy "
         "Secretary welcomed the peace agreement with the Tigray People's Liberation Front and urged access for "
         "humanitarian aid to Amhara and Oromia.",
         E("Kurt M. Campbell", P, "Kurt Campbell"), E("Abiy Ahmed Ali", P, "Abiy Ahmed"),
         E("Tigray People's Liberation Front", O), E("Amhara", L), E("Oromia", L), Opt("Ethiopia", L)),
    para("state_readout_shoal",
         "Secretary Rubio spoke today with Philippine Secretary of Foreign Affairs Enrique Manalo. They discussed "
         "China's dangerous maneuvers near Second Thomas Shoal and the Mutual Defense Treaty between the United "
         "States and the Philippines.",
         E("Marco Rubio", P, "Rubio", "Secretary Rubio"), E("Enrique Manalo", P), E("China", L),
         E("Second Thomas Shoal", L), E("United States", L), E("Philippines", L)),
    para("state_readout_gulf_minister",
         "Secretary Rubio met with Omani Foreign Minister Sayyid Badr bin Hamad Al Busaidi in Muscat. The Secretary "
         "thanked Oman for facilitating talks with Iran and discussed threats to shipping in the Bab el-Mandeb.",
         E("Marco Rubio", P, "Rubio", "Secretary Rubio"),
         E("Badr bin Hamad Al Busaidi", P, "Sayyid Badr bin Hamad Al Busaidi"), E("Muscat", L), E("Oman", L),
         E("Iran", L), E("Bab el-Mandeb", L)),
    para("state_travel_advisory_group",
         "The Department of State has raised its travel advisory for Burkina Faso to Level 4 after attacks by "
         "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) near Djibo. The U.S. Embassy in Ouagadougou has ordered the "
         "departure of non-emergency staff.",
         E("United States Department of State", O, "Department of State"), E("Burkina Faso", L),
         E("Jama'at Nusrat al-Islam wal-Muslimin", O, "JNIM"), E("Djibo", L), E("Ouagadougou", L),
         Opt("U.S. Embassy in Ouagadougou", O, "U.S. Embassy"), Opt("United States", L, "U.S.")),
    para("defense_sale_aircraft",
         "The Department of Defense announced the sale of 40 F-16 Block 70 aircraft to Türkiye. Lockheed Martin "
         "Corp. of Greenville, South Carolina, is the principal contractor, the Defense Security Cooperation Agency "
         "said.",
         E("United States Department of Defense", O, "Department of Defense"), E("Türkiye", L, "Turkey"),
         E("Lockheed Martin Corp.", O, "Lockheed Martin"), E("Greenville", L), E("South Carolina", L),
         E("Defense Security Cooperation Agency", O)),
    para("defense_contract_notice",
         "Raytheon Co., Tucson, Arizona, has been awarded a $1.2 billion contract for AIM-120 Advanced Medium-Range "
         "Air-to-Air Missiles. Work will be performed in Tucson and is expected to be completed by February 2030. "
         "The Air Force Life Cycle Management Center, Eglin Air Force Base, Florida, is the contracting activity.",
         E("Raytheon Co.", O, "Raytheon"), E("Tucson", L), E("Arizona", L),
         E("Air Force Life Cycle Management Center", O), E("Eglin Air Force Base", L), E("Florida", L)),
    para("defense_secretary_visit_ship_missile",
         "Secretary of Defense Lloyd J. Austin III met with Philippine Defense Secretary Gilberto Teodoro Jr. at "
         "Camp Aguinaldo in Quezon City. The two leaders discussed the deployment of the Typhon missile system and "
         "the USS Carl Vinson's port visit to Manila.",
         E("Lloyd J. Austin III", P, "Lloyd Austin"), E("Gilberto Teodoro Jr.", P, "Gilberto Teodoro"),
         E("Camp Aguinaldo", L), E("Quezon City", L), E("Manila", L), Opt("Philippines", L)),
    para("defense_casualty_identification",
         "The Department of Defense identified Staff Sgt. Kennedy Ladon Sanders, 24, of Waycross, Georgia, who died "
         "Jan. 28 at Tower 22 in Jordan as a result of a one-way drone attack. The soldier was assigned to the "
         "718th Engineer Company, 926th Engineer Battalion, Fort Moore, Georgia.",
         E("United States Department of Defense", O, "Department of Defense"), E("Kennedy Ladon Sanders", P),
         E("Waycross", L), E("Georgia", L), E("Jordan", L), E("718th Engineer Company", O),
         E("926th Engineer Battalion", O), E("Fort Moore", L), Opt("Tower 22", L)),
    para("defense_exercise_marine_units",
         "More than 500 Marines from the 3rd Marine Littoral Regiment trained with the Japan Ground Self-Defense "
         "Force on Ishigaki Island, U.S. Indo-Pacific Command said. Lt. Gen. Roger B. Turner Jr., the commander of "
         "III Marine Expeditionary Force, observed the drills.",
         E("3rd Marine Littoral Regiment", O), E("Japan Ground Self-Defense Force", O),
         E("Ishigaki Island", L, "Ishigaki"), E("United States Indo-Pacific Command", O, "U.S. Indo-Pacific Command"),
         E("Roger B. Turner Jr.", P, "Roger Turner"), E("III Marine Expeditionary Force", O),
         Opt("United States Marine Corps", O, "Marines"), Opt("United States", L, "U.S.")),
    para("usaid_humanitarian_notice",
         "USAID announced $45 million in humanitarian assistance for people affected by the conflict in Sudan, "
         "including refugees in Chad and South Sudan. The assistance will be delivered through the World Food "
         "Programme and UNICEF, USAID Administrator Samantha Power said in Adré.",
         E("United States Agency for International Development", O, "USAID"), E("Sudan", L), E("Chad", L),
         E("South Sudan", L), E("World Food Programme", O), E("UNICEF", O), E("Samantha Power", P),
         E("Adré", L)),
    para("usaid_bureau_partners",
         "USAID's Bureau for Humanitarian Assistance is partnering with Catholic Relief Services and the Aga Khan "
         "Foundation to provide winter supplies in Badakhshan and Khatlon. The program will reach 30,000 "
         "households, Mission Director Jeffrey Bakken said in Dushanbe.",
         E("United States Agency for International Development", O, "USAID"),
         E("Bureau for Humanitarian Assistance", O), E("Catholic Relief Services", O), E("Aga Khan Foundation", O),
         E("Badakhshan", L), E("Khatlon", L), E("Jeffrey Bakken", P), E("Dushanbe", L)),
    para("usaid_malaria_initiative",
         "The U.S. President's Malaria Initiative, led by USAID, delivered 1.2 million bed nets to Nampula and "
         "Zambezia provinces. Mozambique's National Malaria Control Programme director, Baltazar Candrinho, said "
         "cases had fallen by a third.",
         E("President's Malaria Initiative", O), E("United States Agency for International Development", O, "USAID"),
         E("Nampula", L), E("Zambezia", L), E("Mozambique", L), E("National Malaria Control Programme", O),
         E("Baltazar Candrinho", P), Opt("United States", L, "U.S.")),
]

FOREIGN_NAMES_AND_FORMS = [
    para("kyrgyz_director_and_lawyer",
         "Police in Osh detained Nurlanbek Toktosunov, the director of Kumtor Gold Company, on suspicion of tax "
         "evasion, Kyrgyzstan's State Committee for National Security said on Thursday. Toktosunov's lawyer, "
         "Aigerim Zhaksylykova, said the charges were political.",
         E("Osh", L), E("Nurlanbek Toktosunov", P), E("Kumtor Gold Company", O), E("Kyrgyzstan", L),
         E("State Committee for National Security", O), E("Aigerim Zhaksylykova", P)),
    para("russian_insurers_sanctioned",
         "Britain sanctioned Ingosstrakh and Alfastrakhovanie, two Russian insurers that cover tankers of the "
         "shadow fleet, the Foreign, Commonwealth and Development Office said on Friday. Foreign Secretary David "
         "Lammy said the insurers had helped Moscow evade the oil price cap.",
         E("United Kingdom", L, "Britain"), E("Ingosstrakh", O), E("Alfastrakhovanie", O),
         E("Foreign, Commonwealth and Development Office", O), E("David Lammy", P), Opt("Moscow", L),
         Opt("Russia", L)),
    para("ugandan_opposition_and_district",
         "Ugandan opposition leader Robert Kyagulanyi, known as Bobi Wine, was shot in the leg during a police "
         "operation in Bulange, Mpigi district, his National Unity Platform party said. Police spokesman Kituuma "
         "Rusoke denied that officers had fired at him.",
         E("Robert Kyagulanyi", P, "Bobi Wine"), E("Bulange", L), E("Mpigi", L, "Mpigi district"),
         E("National Unity Platform", O), E("Kituuma Rusoke", P), Opt("Uganda", L)),
    para("ethiopian_single_given_names",
         "Getachew Reda, the head of the Tigray Interim Regional Administration, accused a rival faction led by "
         "Debretsion Gebremichael of seizing the administration's offices in Mekelle. Debretsion's faction said "
         "Getachew had lost the party's confidence.",
         E("Getachew Reda", P, "Getachew"), E("Tigray Interim Regional Administration", O),
         E("Debretsion Gebremichael", P, "Debretsion"), E("Mekelle", L)),
    para("malaysian_company_and_bin_name",
         "Malaysian police raided the offices of Kedai Runcit Sdn Bhd in Kota Bharu and arrested its director, Wan "
         "Ahmad Fadzli bin Wan Ismail. Kelantan police chief Mohd Yusoff Mamat said the company was suspected of "
         "laundering money for a scam syndicate in Cambodia.",
         E("Kedai Runcit Sdn Bhd", O), E("Kota Bharu", L), E("Wan Ahmad Fadzli bin Wan Ismail", P),
         E("Kelantan", L), E("Mohd Yusoff Mamat", P), E("Cambodia", L), Opt("Malaysia", L),
         Opt("Kelantan police", O), Opt("Royal Malaysia Police", O, "Malaysian police")),
    para("thai_court_and_party",
         "Thailand's Constitutional Court removed Prime Minister Paetongtarn Shinawatra from office over a leaked "
         "phone call with Cambodian Senate President Hun Sen. Her father, Thaksin Shinawatra, said the Pheu Thai "
         "Party would nominate Chaikasem Nitisiri.",
         E("Thailand", L), E("Constitutional Court", O, "Constitutional Court of Thailand"),
         E("Paetongtarn Shinawatra", P), E("Hun Sen", P), E("Thaksin Shinawatra", P), E("Pheu Thai Party", O),
         E("Chaikasem Nitisiri", P), Opt("Cambodia", L), Opt("Senate of Cambodia", O, "Cambodian Senate")),
    para("filipino_hyphenated_surname_and_nickname",
         "Former Philippine president Rodrigo Duterte was flown to The Hague after his arrest at Ninoy Aquino "
         "International Airport in Manila. His daughter, Vice President Sara Duterte-Carpio, said the arrest was "
         "illegal, and Senator Ronald \"Bato\" dela Rosa went into hiding.",
         E("Rodrigo Duterte", P), E("The Hague", L), E("Manila", L), E("Sara Duterte-Carpio", P, "Sara Duterte"),
         E("Ronald dela Rosa", P, "Ronald \"Bato\" dela Rosa", "Bato"), Opt("Philippines", L),
         Opt("Ninoy Aquino International Airport", L), Opt("Ninoy Aquino International Airport", O)),
    para("initials_in_names",
         "J.D. Vance and R.F. Kennedy Jr. campaigned in Pittsburgh on Saturday. Vance told supporters that the "
         "Democratic National Committee had ignored voters in western Pennsylvania.",
         E("J.D. Vance", P, "Vance"), E("R.F. Kennedy Jr.", P), E("Pittsburgh", L),
         E("Democratic National Committee", O), E("Pennsylvania", L)),
    para("irish_apostrophes_and_fadas",
         "Irish Taoiseach Micheál Martin met Northern Ireland's First Minister Michelle O'Neill and Sinn Féin's Mary "
         "Lou McDonald in Dublin. O'Neill said the meeting with Fianna Fáil had been constructive.",
         E("Micheál Martin", P), E("Northern Ireland", L), E("Michelle O'Neill", P, "O'Neill"), E("Sinn Féin", O),
         E("Mary Lou McDonald", P), E("Dublin", L), E("Fianna Fáil", O), Opt("Ireland", L)),
    para("congolese_hyphenated_names_and_rebels",
         "Congo's Deputy Prime Minister Jean-Pierre Bemba accused the Rwanda-backed M23 rebels of shelling Sake, a "
         "town west of Goma. Rwandan government spokeswoman Yolande Makolo said Kinshasa was spreading "
         "falsehoods.",
         E("Democratic Republic of the Congo", L, "Congo"), E("Jean-Pierre Bemba", P), E("M23", O), E("Sake", L),
         E("Goma", L), E("Yolande Makolo", P), E("Kinshasa", L), Opt("Rwanda", L)),
    para("bodies_of_the_petroleum_and_ministry",
         "The Organization of the Petroleum Exporting Countries and its allies agreed to extend output cuts, the "
         "group's Secretary General Haitham al-Ghais said in Vienna. The Ministry of Energy of the Russian "
         "Federation said Moscow would comply.",
         E("Organization of the Petroleum Exporting Countries", O, "OPEC"), E("Haitham al-Ghais", P),
         E("Vienna", L), E("Ministry of Energy of the Russian Federation", O), E("Moscow", L),
         Opt("Russia", L, "Russian Federation")),
    para("bodies_of_the_intelligence_and_rights",
         "The Office of the Director of National Intelligence said in a report that Iran had not restarted its "
         "weapons program. The Commission on Human Rights of the Philippines separately urged an inquiry into "
         "killings in Davao City.",
         E("Office of the Director of National Intelligence", O), E("Iran", L),
         E("Commission on Human Rights of the Philippines", O), E("Davao City", L), Opt("Philippines", L)),
    para("central_banks_of_the_republic",
         "The Central Bank of the Republic of Türkiye raised its main rate to 50 percent, Governor Fatih Karahan "
         "said in Ankara. The Bank of the Republic of Burundi said it would devalue the franc.",
         E("Central Bank of the Republic of Türkiye", O), E("Fatih Karahan", P), E("Ankara", L),
         E("Bank of the Republic of Burundi", O), Opt("Türkiye", L, "Turkey"), Opt("Burundi", L)),
    para("ships_are_not_entities",
         "The Houthis said they had attacked the Greek-flagged tanker Sounion in the Red Sea, and the Pentagon said "
         "the destroyer USS Laboon shot down drones fired from Hodeidah.",
         E("Houthis", O, "Houthi movement", "Ansar Allah"), E("Red Sea", L),
         E("The Pentagon", O, "Pentagon", "United States Department of Defense"), E("Hodeidah", L),
         Opt("Greece", L)),
    para("missiles_are_not_entities",
         "Ukraine used U.S.-supplied ATACMS missiles and British Storm Shadow cruise missiles to strike an airfield "
         "near Kursk, Ukrainian officials said. Russia's Ministry of Defence said air defences shot down six "
         "missiles over Belgorod.",
         E("Ukraine", L), E("Kursk", L), E("Russia", L),
         E("Ministry of Defence of the Russian Federation", O, "Ministry of Defence", "Russian Ministry of Defence"),
         E("Belgorod", L), Opt("United States", L, "U.S."), Opt("United Kingdom", L)),
    para("uzbek_state_company_and_bank",
         "Uzbekistan's Almalyk Mining and Metallurgical Complex signed a $1.5 billion loan with the Asian "
         "Development Bank, chief executive Abdulla Khakimov said in Tashkent. The money will fund the Yoshlik "
         "copper deposit.",
         E("Uzbekistan", L), E("Almalyk Mining and Metallurgical Complex", O), E("Asian Development Bank", O),
         E("Abdulla Khakimov", P), E("Tashkent", L), Opt("Yoshlik", L)),
    para("sahel_towns_and_army",
         "Jihadists killed 23 soldiers in an attack on a military post in Boulkessi, near the border with Burkina "
         "Faso, Mali's army said. The army said its troops had also repelled an assault on Léré in the Timbuktu "
         "region.",
         E("Boulkessi", L), E("Burkina Faso", L), E("Mali", L), E("Léré", L), E("Timbuktu", L, "Timbuktu region"),
         Opt("Malian Armed Forces", O, "Mali's army")),
    para("tibetan_monk_and_campaign",
         "Police in Xining, the capital of Qinghai province, detained Tenzin Choeying, a Tibetan monk from Kirti "
         "Monastery, the International Campaign for Tibet said.",
         E("Xining", L), E("Qinghai", L, "Qinghai province"), E("Tenzin Choeying", P),
         E("International Campaign for Tibet", O), Opt("Kirti Monastery", L), Opt("Kirti Monastery", O),
         Opt("Tibet", L)),
    para("central_asian_energy_companies_first_word",
         "Uzbekneftegaz said on Monday it had restarted gas output at the Shurtan field. Kazmunaygas and "
         "Turkmengaz, its neighbours' state energy companies, reported no disruption.",
         E("Uzbekneftegaz", O), E("Kazmunaygas", O, "KazMunayGas"), E("Turkmengaz", O),
         Opt("Shurtan", L, "Shurtan field")),
]

# Sentences written for the rules added after the set was scored, one general form of news copy each.
RULE_SENTENCES = [
    para("rule_abbreviated_rank_split_by_the_tokenizer",
         "Army Sgt. Tomasz Wielgosz and Cpl. Abebe Girma were wounded in the attack, the battalion said.",
         E("Tomasz Wielgosz", P), E("Abebe Girma", P)),
    para("rule_irish_head_of_government",
         "Taoiseach Micheál Harris said the government would hold a referendum in the autumn.",
         E("Micheál Harris", P)),
    para("rule_athlete_in_apposition",
         "The court banned Alina Valieva, a skater, for four years.",
         E("Alina Valieva", P)),
    para("rule_national_in_apposition",
         "Prosecutors said Chaikasem Nitisiri, a Thai national, had wired the money.",
         E("Chaikasem Nitisiri", P), Opt("Thailand", L)),
    para("rule_conjoined_place_shares_the_preposition",
         "The agency will distribute seed in Badakhshan and Khatlon before the spring.",
         E("Badakhshan", L), E("Khatlon", L)),
    para("rule_hometown_then_state",
         "Sgt. Lena Marsh, 29, of Tullahoma, Tennessee, who was killed in the blast, had served twice in Iraq.",
         E("Lena Marsh", P), E("Tullahoma", L), E("Tennessee", L), E("Iraq", L)),
    para("rule_first_name_opening_the_sentence",
         "Olumide Adewale Adebayo, 37, was sentenced to 10 years in prison.",
         E("Olumide Adewale Adebayo", P)),
    para("rule_nationality_opening_the_sentence_is_no_first_name",
         "Nigerian Adewale Adebayo was sentenced on Friday.",
         E("Adewale Adebayo", P), Opt("Nigeria", L)),
    para("rule_sports_coach_is_no_first_name",
         "Coach Eric Chelle said the team needed time.",
         E("Eric Chelle", P)),
    para("rule_first_name_after_a_verb",
         "OFAC is designating Abdelrahim Osman Karrar and Peter Mwangi Gathii.",
         E("Abdelrahim Osman Karrar", P), E("Peter Mwangi Gathii", P),
         Opt("Office of Foreign Assets Control", O, "OFAC")),
    para("rule_unfamiliar_town_after_in",
         "Police in Osh detained the director on Thursday.",
         E("Osh", L), Opt("police", O)),
    para("rule_town_the_tagger_calls_a_nationality",
         "Observers reported vote-buying in Marneuli on Saturday.",
         E("Marneuli", L)),
    para("rule_province_the_tagger_calls_a_product",
         "Aid workers reached villages in Sughd on Monday.",
         E("Sughd", L)),
    para("rule_common_noun_after_in_is_no_place",
         "A spokesman said the vote in Parliament was delayed.",
         Opt("Parliament", O)),
    para("rule_legal_form_outweighs_a_person_noun",
         "The court heard an appeal by TikTok against its Chinese owner, ByteDance Ltd., on Friday.",
         E("ByteDance Ltd.", O), E("TikTok", O), Opt("China", L)),
    para("rule_firm_named_x",
         "The money went to a small firm named Tianlong, investigators said.",
         E("Tianlong", O)),
    para("rule_name_cut_at_of_is_finished",
         "The Commission on Human Rights of the Philippines urged an inquiry into the killings.",
         E("Commission on Human Rights of the Philippines", O), Opt("Philippines", L)),
    para("rule_name_cut_at_and_stops_before_it",
         "The two companies, Fairwind Maritime Management and Coral Bay Shipping, are accused of managing tankers.",
         E("Fairwind Maritime Management", O), E("Coral Bay Shipping", O)),
    para("rule_weapon_named_with_its_kind",
         "Raytheon will build AIM-9X Sidewinder Missiles in Tucson.",
         E("Tucson", L), Opt("Raytheon", O)),
    para("rule_company_ending_in_a_kind_word_keeps_its_name",
         "Royal Dutch Shell said profits rose.",
         E("Royal Dutch Shell", O)),
    para("rule_owner_before_a_name_is_no_first_name",
         "Taoiseach Micheál Martin met Sinn Féin's Mary Lou McDonald in Dublin.",
         E("Micheál Martin", P), E("Mary Lou McDonald", P), E("Dublin", L),
         Opt("Sinn Féin", O), Opt("Sinn Féin", P)),  # the split is tested; the owner's type no rule reads yet
    para("rule_unit_named_with_its_ordinal",
         "More than 500 Marines from the 3rd Marine Littoral Regiment trained on the island.",
         E("3rd Marine Littoral Regiment", O), Opt("United States Marine Corps", O, "Marines")),
    para("rule_place_before_a_title_is_its_jurisdiction",
         "India's Supreme Court granted bail to Delhi Chief Minister Arvind Kejriwal.",
         E("India", L), E("Supreme Court", O, "Supreme Court of India"), E("Delhi", L), E("Arvind Kejriwal", P)),
    para("rule_title_opening_the_next_name_ends_the_body",
         "Ridwan Kamil was backed by the Advanced Indonesia Coalition of President Prabowo Subianto.",
         E("Ridwan Kamil", P), E("Advanced Indonesia Coalition", O), E("Prabowo Subianto", P)),
    para("rule_known_body_and_another_are_two",
         "The World Health Organization and Médecins Sans Frontières set up treatment centres in Lusaka.",
         E("World Health Organization", O), E("Médecins Sans Frontières", O), E("Lusaka", L)),
    para("rule_country_named_with_and_stays_whole",
         "Leaders of Bosnia and Herzegovina met in Sarajevo.",
         E("Bosnia and Herzegovina", L), E("Sarajevo", L)),
    para("rule_dam_is_a_place",
         "Floodwaters from the Alau Dam swept through the city on Tuesday.",
         E("Alau Dam", L)),
    para("rule_state_is_a_title_only_after_of",
         "The chairman of the State Great Khural said the vote would be held.",
         E("State Great Khural", O)),
    para("rule_titles_ending_after_of_or_in",
         "Secretary of State Marco Rubio met Special Agent in Charge Dana Hill.",
         E("Marco Rubio", P), E("Dana Hill", P)),
    para("rule_second_field_of_a_for_phrase",
         "Indonesia's Center for Volcanology and Geological Hazard Mitigation raised the alert level.",
         E("Center for Volcanology and Geological Hazard Mitigation", O), E("Indonesia", L)),
    para("rule_body_with_a_legal_form_after_and_is_its_own",
         "The Office for Victims of Crime and Kansas Legal Services Inc. signed a grant.",
         E("Office for Victims of Crime", O), E("Kansas Legal Services Inc.", O)),
    para("rule_common_noun_opening_the_sentence_is_no_first_name",
         "Congresswoman Alma Reyes chaired the inquiry.",
         E("Alma Reyes", P)),
]

PARAGRAPHS = SCIENCE_AND_SPORT + COURTS + DISASTERS + ELECTIONS + US_GOVERNMENT + FOREIGN_NAMES_AND_FORMS
SET_SIZE = len(PARAGRAPHS)  # the fresh set; the rule sentences below are tested, not scored with it
PARAGRAPHS += RULE_SENTENCES

# Paragraphs whose entities the rules do not yet get right, each with its cause.
XFAIL: dict[str, str] = {
    "science_space_telescope": "a journal's name ('The Astrophysical Journal Letters') is read as a place: no rule "
                               "knows a publication",
    "science_space_agency_probe": "celestial bodies ('the Moon', 'Jupiter') are not told from places and people",
    "science_institutes_and_journal": "the journal 'Nature' after 'published in' is read as a place",
    "science_physics_laboratory": "a theory's capitalised name ('the Standard Model') is read as an organisation",
    "sport_marathon_record": "a person's name the tagger calls an ORG keeps that type when nothing describes it "
                             "('Ethiopia's Sutume Asefa Kebede finished second')",
    "sport_asian_club_football": "a competition's name ('AFC Champions League Elite') is read as a place and a club "
                                 "named as a score's object ('beat Persepolis 3-1') is missed",
    "sport_tennis_final": "the tagger reads 'Pegula 7-5' as a date and 'US' of 'US Open' as the country",
    "court_international_criminal": "an armed group's one-word name the tagger calls a nationality ('Janjaweed "
                                    "commander') is dropped",
    "court_south_african_party": "a name with a lower-case initial part ('uMkhonto weSizwe') is cut at the "
                                 "lower-case word",
    "disaster_volcano_village": "'Head of the agency Hadi Wijaya' is no title form, so the tagger's ORG type stays",
    "disaster_wildfire_agencies": "a wildfire's name ('the Palisades Fire') is read as an organisation: 'Fire' also "
                                  "ends agencies' names ('Cal Fire')",
    "disaster_landslide_province": "'from Wabag' gives no place cue ('from' also takes organisations)",
    "disaster_airliner_crash": "an aircraft model after the airline ('Azerbaijan Airlines Embraer 190') stays in "
                               "its name",
    "election_sri_lankan_alliances": "the tagger calls 'Sajith Premadasa' a work of art and misses 'Samagi Jana "
                                     "Balawegaya'",
    "election_georgian_party_and_observers": "a party's name of two ordinary words ('Georgian Dream') keeps the "
                                             "tagger's person type",
    "justice_hacker_and_reward": "the tagger misses the Korean name 'Rim Jong Hyok'; a person noun in apposition "
                                 "after a name ('…, a North Korean national') types names but does not find them",
    "justice_crypto_mixer": "services named with ordinary words ('Bitcoin Fog', 'Hydra Market') keep the "
                            "tagger's person type; 'a cryptocurrency mixer' is no company noun",
    "state_travel_advisory_group": "the tagger's span runs on past the country ('Burkina Faso to Level 4')",
    "defense_secretary_visit_ship_missile": "the given name after a title of the form 'Secretary of Defense' is "
                                            "left out ('Lloyd' before 'J. Austin III'): 'Defense' may also start "
                                            "a name",
    "usaid_malaria_initiative": "names ending in 'Initiative' or 'Programme' are programmes by design "
                                "(non_entity_heads.txt), which this gold types as bodies",
    "russian_insurers_sanctioned": "the tagger calls 'Ingosstrakh' a product and 'Alfastrakhovanie' a person; the "
                                   "parse does not attach 'two Russian insurers' to them",
    "ugandan_opposition_and_district": "the tagger misses the district after the town ('in Bulange, Mpigi "
                                       "district') and no cue reaches past the comma",
    "malaysian_company_and_bin_name": "a state before 'police chief' ('Kelantan police chief') is dropped with the "
                                      "body",
    "thai_court_and_party": "'Sen' of 'Hun Sen' is read as the abbreviated title 'Sen.', and 'nominate Chaikasem "
                            "Nitisiri' keeps the tagger's ORG type",
    "filipino_hyphenated_surname_and_nickname": "a nickname in quotes inside a name ('Ronald \"Bato\" dela Rosa') "
                                                "splits it",
    "irish_apostrophes_and_fadas": "Irish party names ('Sinn Féin', 'Fianna Fáil') keep the tagger's person type",
    "congolese_hyphenated_names_and_rebels": "a group named with a number ('M23 rebels') is tagged a place",
    "uzbek_state_company_and_bank": "a company's name with 'and' inside ('Almalyk Mining and Metallurgical "
                                    "Complex') ends at the 'and'; a deposit ('the Yoshlik copper deposit') is "
                                    "read as a person",
    "sahel_towns_and_army": "unnamed collectives ('jihadists', 'troops') are Organization nodes by design",
    "tibetan_monk_and_campaign": "'Tibetan' is no demonym of a gazetteer country; 'police' is a collective's node",
    "central_asian_energy_companies_first_word": "unfamiliar one-word companies ('Uzbekneftegaz said') are missed "
                                                 "or read as places",
}


class TestWikinewsGov(ScoredParagraphSet):
    PARAGRAPHS = PARAGRAPHS
    XFAIL = XFAIL
    SCORED = SET_SIZE
    #: Scored untouched when this file was written: precision 0.856, recall 0.858 (F1 0.857) over the 74
    #: paragraphs; after the rules written for it 0.909 and 0.915 (F1 0.912).
    FLOORS = (0.90, 0.91)
