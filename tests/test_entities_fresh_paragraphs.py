"""Entity extraction on short news paragraphs written for this test (Wikinews-style reports and
US government press releases), none tuned on: each lists the entities a reader finds, by the
project's canonical name and type, and capitalised words that name no person, body or place."""
from __future__ import annotations

from dataclasses import dataclass, field

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

P, O, L = "Person", "Organization", "Place"


@dataclass(frozen=True)
class Paragraph:
    """One paragraph: the entities it names, the words that are none, and names either way."""

    id: str
    text: str
    expected: dict[str, str]
    absent: tuple[str, ...] = ()
    optional: tuple[str, ...] = field(default=())  # neither required nor wrong (a demonym's country, a nested name)


PARAGRAPHS = [
    Paragraph(
        "dateline_region_governor",
        "KYIV, Ukraine — Russian forces struck an energy facility in the Kharkiv region overnight, Ukraine's "
        "air force said on Tuesday. Gov. Oleh Syniehubov said two workers were injured. Syniehubov urged "
        "residents to stay in shelters.",
        {"Kyiv": L, "Ukraine": L, "Kharkiv Oblast": L, "Oleh Syniehubov": P},
        absent=("Russian", "Gov.", "Syniehubov"),
        optional=("Russia", "Ukrainian Air Force", "Ukraine's air force"),  # a body named through its country
    ),
    Paragraph(
        "representative_and_a_law",
        "WASHINGTON — Rep. Dana Whitfield, D-Ore., introduced a bill on Thursday that would tighten the "
        "oversight provisions of the Patriot Act. Whitfield said the Federal Bureau of Investigation had "
        "misused its powers.",
        {"Washington, D.C.": L, "Dana Whitfield": P, "Federal Bureau of Investigation": O},
        absent=("Patriot Act", "Rep.", "Whitfield", "D-Ore."),
        optional=("Oregon",),
    ),
    Paragraph(
        "general_and_missiles",
        "Gen. Mark Ellison, the commander of the U.S. Central Command, told senators on Tuesday that attacks "
        "on shipping in the Red Sea had declined. Ellison said Patriot missiles had been moved to Saudi Arabia.",
        {"Mark Ellison": P, "Red Sea": L, "Saudi Arabia": L},
        absent=("Patriot", "Gen.", "Ellison"),
        optional=("United States Central Command", "U.S. Central Command", "Central Command", "United States"),
    ),
    Paragraph(
        "sheikh_and_foreign_minister",
        "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, received Egyptian Foreign Minister Badr Abdelatty in "
        "Doha on Sunday. Sheikh Tamim and Abdelatty discussed the ceasefire in Gaza.",
        {"Qatar": L, "Tamim bin Hamad Al Thani": P, "Badr Abdelatty": P, "Doha": L, "Gaza Strip": L},
        absent=("Sheikh", "Sheikh Tamim", "Abdelatty", "Egyptian", "Foreign Minister"),
        optional=("Egypt",),
    ),
    Paragraph(
        "dutch_particle",
        "Dutch Prime Minister Dick Schoof met Frans van der Linden, the head of the Netherlands Forensic "
        "Institute, in The Hague on Monday. Van der Linden said the laboratory would reopen in June.",
        {"Dick Schoof": P, "Frans van der Linden": P, "Netherlands Forensic Institute": O, "The Hague": L},
        absent=("June", "Van der Linden", "Dutch"),
        optional=("Netherlands",),
    ),
    Paragraph(
        "portuguese_particle",
        "Brazilian Finance Minister Fernando Haddad and Central Bank Governor Gabriel Galípolo spoke in "
        "Brasília on Friday. Ana Paula de Souza, an economist at the Getulio Vargas Foundation, said the rate "
        "cut was overdue.",
        {"Fernando Haddad": P, "Gabriel Galípolo": P, "Brasília": L, "Ana Paula de Souza": P,
         "Getulio Vargas Foundation": O},
        absent=("Brazilian", "Finance"),
        optional=("Brazil", "Central Bank", "Central Bank of Brazil"),  # the body before a title is named
    ),
    Paragraph(
        "korean_and_japanese_names",
        "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Seoul. Lee said "
        "the two leaders agreed to expand a currency swap. Ishiba's office called the meeting productive.",
        {"Lee Jae-myung": P, "Shigeru Ishiba": P, "Seoul": L},
        absent=("Lee", "Ishiba", "South Korean"),
        optional=("South Korea", "Japan"),
    ),
    Paragraph(
        "chinese_surname_he",
        "Chinese Commerce Ministry spokesperson He Yadong told reporters in Beijing on Thursday that talks "
        "with the European Union would continue. He Yadong said the tariffs on electric vehicles were unfair.",
        {"He Yadong": P, "Beijing": L, "European Union": O},
        absent=("Chinese",),
        optional=("China", "Chinese Commerce Ministry", "Ministry of Commerce of China", "Commerce Ministry"),
    ),
    Paragraph(
        "spanish_particle_de_la",
        "Mexican President Claudia Sheinbaum named Juan Ramón de la Fuente as foreign minister on Monday. "
        "De la Fuente, a former ambassador to the United Nations, will travel to Washington next week.",
        {"Claudia Sheinbaum": P, "Juan Ramón de la Fuente": P, "United Nations": O, "Washington, D.C.": L},
        absent=("De la Fuente", "Mexican"),
        optional=("Mexico",),
    ),
    Paragraph(
        "spanish_two_surnames_and_ms",
        "Colombian prosecutors charged María Fernanda Cabal Molina on Wednesday, officials said in Bogotá. "
        "Ms. Cabal denied wrongdoing and said she would appeal.",
        {"María Fernanda Cabal Molina": P, "Bogotá": L},
        absent=("Ms. Cabal", "Cabal", "Colombian"),
        optional=("Colombia",),
    ),
    Paragraph(
        "mr_and_ms_references",
        "Amara Okafor, a lawyer for the families, said the hearing in Lagos was postponed until March. "
        "Ms. Okafor said the judge, Mr. Bello, did not explain the delay.",
        {"Amara Okafor": P, "Lagos": L, "Bello": P},
        absent=("March", "Ms. Okafor", "Okafor", "Mr. Bello"),
    ),
    Paragraph(
        "organisations_with_to_of_and",
        "The Committee to Protect Journalists and the International Federation of Red Cross and Red Crescent "
        "Societies called for an investigation on Friday. The National Union of Somali Journalists said two "
        "reporters were detained in Mogadishu.",
        {"Committee to Protect Journalists": O,
         "International Federation of Red Cross and Red Crescent Societies": O,
         "National Union of Somali Journalists": O, "Mogadishu": L},
        absent=("International Committee of the Red Cross", "Red Crescent Societies", "Somali"),
        optional=("Somalia",),
    ),
    Paragraph(
        "acronyms_defined_in_brackets",
        "The Armed Forces of the Democratic Republic of the Congo (FARDC) said the March 23 Movement (M23) had "
        "seized two villages in North Kivu. A FARDC spokesman said M23 fighters had shelled Sake.",
        {"Armed Forces of the Democratic Republic of the Congo": O, "March 23 Movement": O, "North Kivu": L,
         "Sake": L},
        absent=("FARDC", "M23", "March"),
        optional=("Democratic Republic of the Congo",),
    ),
    Paragraph(
        "possessive_owner_and_ministry",
        "The Treasury's Office of Foreign Assets Control designated three companies based in Hong Kong on "
        "Tuesday. In Moscow, the ministry's spokesman rejected the move.",
        {"Office of Foreign Assets Control": O, "Hong Kong": L, "Moscow": L},
        absent=("Treasury's Office of Foreign Assets Control",),
        optional=("United States Department of the Treasury", "Treasury"),
    ),
    Paragraph(
        "lower_case_foreign_ministry",
        "The Chinese foreign ministry said on Monday it had lodged a protest with Manila. The Philippine Coast "
        "Guard said its vessels were blocked near Second Thomas Shoal.",
        {"Philippines": L, "Philippine Coast Guard": O, "Second Thomas Shoal": L},
        absent=("Chinese", "Philippine"),
        optional=("Ministry of Foreign Affairs of China", "Chinese foreign ministry", "China", "Philippines"),
    ),
    Paragraph(
        "companies_with_legal_forms",
        "Shares of Nordholm Logistics AB fell 8 percent in Stockholm after the company lost a contract with "
        "Vantora Energy S.A. Analysts at Keystone Partners LLC said Nordholm would recover.",
        {"Nordholm Logistics AB": O, "Stockholm": L, "Vantora Energy S.A.": O, "Keystone Partners LLC": O},
        absent=("Nordholm",),
    ),
    Paragraph(
        "companies_ltd_and_inc",
        "Regulators in Nairobi fined Safariline Holdings Ltd and its parent, Tembo Capital Group Inc., on "
        "Thursday for failing to report transfers.",
        {"Nairobi": L, "Safariline Holdings Ltd": O, "Tembo Capital Group Inc.": O},
        absent=("Thursday",),
    ),
    Paragraph(
        "dateline_with_agency_and_region",
        "BEIRUT, Lebanon (AP) — Israeli strikes killed three people in southern Lebanon on Friday, the "
        "Lebanese Health Ministry said. Hezbollah said it had fired rockets at a base near Safed.",
        {"Beirut": L, "Lebanon": L, "Hezbollah": O, "Safed": L},
        absent=("Israeli", "Lebanese"),
        optional=("Associated Press", "southern Lebanon", "Lebanese Health Ministry", "Israel",
                  "Ministry of Public Health of Lebanon"),
    ),
    Paragraph(
        "province_and_provincial_government",
        "Floods in Sindh province displaced 20,000 people, officials in Karachi said. The Punjab government "
        "opened relief camps along the Indus River.",
        {"Sindh": L, "Karachi": L, "Punjab government": O, "Indus River": L},
        absent=("Floods",),
        optional=("Punjab",),
    ),
    Paragraph(
        "demonyms_are_no_entities",
        "Russian forces pushed toward Pokrovsk on Monday, while Ukrainian drones hit a refinery near Samara. "
        "The Kremlin said talks with American envoys were possible.",
        {"Pokrovsk": L, "Samara": L, "Kremlin": O},
        absent=("Russian", "Ukrainian", "American"),
        optional=("Russia", "Ukraine", "United States"),
    ),
    Paragraph(
        "holidays_and_days",
        "On Christmas Eve, volunteers in Bethlehem handed out food to families. Celebrations were muted for a "
        "second year, Mayor Anton Salman said on Wednesday. Ramadan begins in late February.",
        {"Bethlehem": L, "Anton Salman": P},
        absent=("Christmas Eve", "Christmas", "Ramadan", "February", "Wednesday", "Celebrations"),
    ),
    Paragraph(
        "wars_are_no_entities",
        "The museum in Gdańsk, which documents World War II, reopened on Saturday. Director Piotr Malecki said "
        "visitors from Germany had doubled since the end of the Cold War.",
        {"Gdańsk": L, "Piotr Malecki": P, "Germany": L},
        absent=("World War II", "Cold War", "Director"),
    ),
    Paragraph(
        "weapon_names",
        "Ukraine received more HIMARS launchers and Storm Shadow missiles this month, Defence Minister Denys "
        "Shmyhal said. Shmyhal thanked Britain and France.",
        {"Ukraine": L, "Denys Shmyhal": P, "United Kingdom": L, "France": L},
        absent=("HIMARS", "Storm Shadow", "Defence Minister", "Shmyhal"),
    ),
    Paragraph(
        "titles_alone",
        "The President signed the order on Friday, the White House said. The Secretary will brief Congress "
        "next week, and the Ambassador will travel to Nairobi.",
        {"White House": O, "United States Congress": O, "Nairobi": L},
        absent=("President", "Secretary", "Ambassador"),
    ),
    Paragraph(
        "press_release_headline",
        "date 2025-03-04\nTreasury Sanctions Network Supplying Drone Components to Iran\n\n"
        "WASHINGTON — Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) "
        "sanctioned six entities in China and Iran that supply drone parts.\n",
        {"Washington, D.C.": L, "United States Department of the Treasury": O, "Office of Foreign Assets Control": O,
         "China": L, "Iran": L},
        absent=("Network Supplying Drone Components", "Treasury Sanctions Network", "OFAC"),
    ),
    Paragraph(
        "sentence_initial_common_words",
        "Flooding closed roads across Bavaria on Sunday. Rescuers in Passau evacuated 300 residents. "
        "Authorities warned that more rain would fall.",
        {"Bavaria": L, "Passau": L},
        absent=("Flooding", "Rescuers", "Authorities"),
    ),
    Paragraph(
        "title_case_phrases_in_quotes",
        "\"We will not accept a Peace At Any Price,\" Finnish President Alexander Stubb told reporters in "
        "Helsinki. He called the plan \"a Recipe For Disaster\".",
        {"Alexander Stubb": P, "Helsinki": L},
        absent=("Peace At Any Price", "Recipe For Disaster", "Finnish"),
        optional=("Finland",),
    ),
    Paragraph(
        "hurricane_name",
        "Hurricane Melissa made landfall in Jamaica on Tuesday, the National Hurricane Center said. "
        "Forecasters said the storm would cross Cuba before weakening.",
        {"Jamaica": L, "National Hurricane Center": O, "Cuba": L},
        absent=("Hurricane Melissa", "Melissa", "Forecasters"),
    ),
    Paragraph(
        "planets_and_space_agencies",
        "NASA said its probe would reach Mars in 2027. The European Space Agency and Japan's JAXA are planning "
        "a joint mission to Venus, officials in Paris said.",
        {"NASA": O, "European Space Agency": O, "JAXA": O, "Japan": L, "Paris": L},
        absent=("Mars", "Venus"),
    ),
    Paragraph(
        "two_kims",
        "North Korean leader Kim Jong Un inspected a missile factory, state media reported on Saturday. His "
        "sister, Kim Yo Jong, said Seoul would regret its drills. Kim Yo Jong also criticised Washington.",
        {"Kim Jong Un": P, "Kim Yo Jong": P, "South Korea": L, "United States": L},
        absent=("Kim", "North Korean"),
        optional=("North Korea",),
    ),
    Paragraph(
        "senator_governor_and_dam",
        "Sen. Maria Cantwell, D-Wash., and Gov. Tina Kotek of Oregon toured the Bonneville Dam on Monday. "
        "Kotek said the Bonneville Power Administration must keep rates low.",
        {"Maria Cantwell": P, "Tina Kotek": P, "Oregon": L, "Bonneville Dam": L,
         "Bonneville Power Administration": O},
        absent=("Sen.", "Gov.", "D-Wash.", "Kotek"),
        optional=("Washington, D.C.",),
    ),
    Paragraph(
        "foreign_minister_and_counterpart",
        "Foreign Minister Sergey Lavrov met his Turkish counterpart, Hakan Fidan, in Antalya. Lavrov said "
        "Moscow was open to talks, while Fidan urged a ceasefire.",
        {"Sergey Lavrov": P, "Hakan Fidan": P, "Antalya": L, "Russia": L},
        absent=("Foreign Minister", "Turkish", "Lavrov", "Fidan"),
        optional=("Turkey",),
    ),
    Paragraph(
        "abbreviated_military_ranks",
        "Lt. Col. Yael Cohen, an Israel Defense Forces spokeswoman, said troops had entered Khan Younis. "
        "Maj. Gen. Oded Basyuk was not available for comment.",
        {"Yael Cohen": P, "Israel Defense Forces": O, "Khan Younis": L, "Oded Basyuk": P},
        absent=("Lt.", "Col.", "Maj.", "Gen."),
        optional=("Israel",),
    ),
    Paragraph(
        "arabic_particles",
        "Saudi Crown Prince Mohammed bin Salman hosted Syrian President Ahmed al-Sharaa in Riyadh. Al-Sharaa "
        "thanked the kingdom for its support, and bin Salman pledged investment.",
        {"Mohammed bin Salman": P, "Ahmed al-Sharaa": P, "Riyadh": L},
        absent=("Al-Sharaa", "bin Salman", "Crown Prince", "Saudi", "Syrian"),
        optional=("Saudi Arabia", "Syria"),
    ),
    Paragraph(
        "justice_department_release",
        "The Department of Justice announced today that Viktor Petrenko, 52, of Brooklyn, New York, pleaded "
        "guilty to exporting controlled items to Russia. U.S. Attorney Joseph Nocella said Petrenko had hidden "
        "the shipments.",
        {"United States Department of Justice": O, "Viktor Petrenko": P, "Brooklyn": L, "New York City": L,
         "Russia": L, "Joseph Nocella": P},
        absent=("Petrenko", "U.S. Attorney"),
        optional=("United States", "New York"),
    ),
    Paragraph(
        "aid_agencies_release",
        "The U.S. Agency for International Development and the Millennium Challenge Corporation signed a "
        "compact with Ghana on Thursday. Administrator Samantha Power said the agreement would expand power "
        "supply in Accra and Kumasi.",
        {"United States Agency for International Development": O, "Millennium Challenge Corporation": O,
         "Ghana": L, "Samantha Power": P, "Accra": L, "Kumasi": L},
        absent=("Administrator",),
    ),
    Paragraph(
        "foundation_with_ampersand",
        "The Bill & Melinda Gates Foundation pledged $50 million to the Coalition for Epidemic Preparedness "
        "Innovations, officials in Oslo said.",
        {"Bill & Melinda Gates Foundation": O, "Coalition for Epidemic Preparedness Innovations": O, "Oslo": L},
        absent=("Bill", "Melinda Gates"),
    ),
    Paragraph(
        "state_police_force",
        "Police in Melbourne, Australia, arrested a 34-year-old man on Tuesday after a fire at a synagogue. "
        "Victoria Police Chief Commissioner Mike Bush said the attack was being treated as terrorism.",
        {"Melbourne": L, "Australia": L, "Victoria Police": O, "Mike Bush": P},
        absent=("Chief Commissioner", "Victoria, Seychelles"),
    ),
    Paragraph(
        "universities_and_centres",
        "The University of Cape Town announced on Monday that Professor Thandi Nkosi would lead its new Centre "
        "for Climate Research. Nkosi previously worked at the University of the Witwatersrand in Johannesburg.",
        {"University of Cape Town": O, "Thandi Nkosi": P, "Centre for Climate Research": O,
         "University of the Witwatersrand": O, "Johannesburg": L},
        absent=("Professor", "Nkosi"),
        optional=("Cape Town",),
    ),
    Paragraph(
        "new_year_festival",
        "Thousands gathered in Tehran for Nowruz as President Masoud Pezeshkian called for unity. "
        "Pezeshkian's government has faced protests since September.",
        {"Tehran": L, "Masoud Pezeshkian": P},
        absent=("Nowruz", "September", "Pezeshkian"),
        optional=("Pezeshkian's government", "Pezeshkian government"),
    ),
    Paragraph(
        "parliament_ministry_party",
        "Prime Minister Keir Starmer told the House of Commons on Wednesday that the Ministry of Defence would "
        "buy more drones. The Conservative Party leader, Kemi Badenoch, said the plan came too late.",
        {"Keir Starmer": P, "House of Commons": O, "Ministry of Defence": O, "Conservative Party": O,
         "Kemi Badenoch": P},
        absent=("Prime Minister",),
    ),
    Paragraph(
        "french_particle_and_channel",
        "French Interior Minister Bruno Retailleau and Dominique de Villepin appeared on the channel France 2 "
        "on Sunday. De Villepin criticised the government's budget.",
        {"Bruno Retailleau": P, "Dominique de Villepin": P, "France 2": O},
        absent=("De Villepin", "French", "Interior Minister"),
        optional=("France",),
    ),
    Paragraph(
        "ministry_possessive_lower_case",
        "Kenya's Ministry of Health said on Friday that cholera cases had risen in Turkana County. The "
        "ministry's director of public health, Patrick Amoth, said vaccines would arrive from Geneva.",
        {"Kenya": L, "Ministry of Health": O, "Turkana County": L, "Patrick Amoth": P, "Geneva": L},
        absent=("Amoth",),
    ),
    Paragraph(
        "company_known_by_a_short_name",
        "Petróleos Mexicanos, known as Pemex, reported a loss on Tuesday. Chief executive Víctor Rodríguez "
        "Padilla said Pemex would cut its debt this year.",
        {"Petróleos Mexicanos": O, "Víctor Rodríguez Padilla": P},
        absent=("Pemex",),
    ),
    Paragraph(
        "countries_with_of",
        "Fighting resumed in the Democratic Republic of the Congo and the Central African Republic this week, "
        "the United Nations said.",
        {"Democratic Republic of the Congo": L, "Central African Republic": L, "United Nations": O},
        absent=("Congo", "Fighting"),
    ),
    Paragraph(
        "sports_event_and_rider",
        "On Saturday, the Tour de France started in Lille. Belgian rider Remco Evenepoel won the first stage.",
        {"Lille": L, "Remco Evenepoel": P},
        absent=("Tour de France", "Belgian", "Saturday"),
        optional=("Belgium", "France"),
    ),
]

# Written after the first fixes and scored with them (entity F1 0.806) before the rules were fixed for them too.
SECOND_BATCH = [
    Paragraph(
        "dateline_two_word_city",
        "SAN SALVADOR, El Salvador — President Nayib Bukele said on Monday that the Legislative Assembly would "
        "vote on the reform. Bukele spoke at the National Palace.",
        {"San Salvador": L, "El Salvador": L, "Nayib Bukele": P, "Legislative Assembly": O},
        absent=("Bukele", "SAN SALVADOR"),
        optional=("National Palace",),
    ),
    Paragraph(
        "abbreviated_ranks_police",
        "Sgt. Maria Torres of the Phoenix Police Department said officers detained two men. Capt. Luis Ortega "
        "told reporters the investigation was continuing.",
        {"Maria Torres": P, "Phoenix Police Department": O, "Luis Ortega": P},
        absent=("Sgt.", "Capt.", "Torres"),
        optional=("Phoenix",),
    ),
    Paragraph(
        "german_particle",
        "European Commission President Ursula von der Leyen met Chancellor Friedrich Merz in Brussels. "
        "Von der Leyen said the bloc would respond to the tariffs.",
        {"Ursula von der Leyen": P, "European Commission": O, "Friedrich Merz": P, "Brussels": L},
        absent=("Von der Leyen", "Chancellor"),
    ),
    Paragraph(
        "mrs_and_dr_references",
        "Dr. Helen Achieng, who leads the Kenya Medical Research Institute, said the vaccine trial in Kisumu "
        "had ended. Dr. Achieng said the results would be published in May.",
        {"Helen Achieng": P, "Kenya Medical Research Institute": O, "Kisumu": L},
        absent=("Achieng", "Dr. Achieng", "May"),
        optional=("Kenya",),
    ),
    Paragraph(
        "company_gmbh_and_plc",
        "Berlin-based Halvorsen Technik GmbH agreed to buy the drone maker Skyward Systems plc for 400 million "
        "euros, the companies said on Wednesday.",
        {"Halvorsen Technik GmbH": O, "Skyward Systems plc": O},
        absent=("Wednesday",),
        optional=("Berlin",),
    ),
    Paragraph(
        "typhoon_and_province",
        "Typhoon Kalmaegi killed at least 40 people in Cebu province, the Philippine civil defence office said. "
        "President Ferdinand Marcos Jr. declared a state of calamity.",
        {"Cebu": L, "Ferdinand Marcos Jr.": P},
        absent=("Typhoon Kalmaegi", "Kalmaegi"),
        optional=("Philippines", "Ferdinand Marcos", "Philippine civil defence office"),
    ),
    Paragraph(
        "party_state_tag_republican",
        "Sen. Lindsey Graham, R-S.C., said the Senate Armed Services Committee would hold a hearing. Graham "
        "spoke to reporters at the Capitol.",
        {"Lindsey Graham": P, "Senate Armed Services Committee": O},
        absent=("R-S.C.", "Graham", "Sen."),
        optional=("Capitol", "United States Capitol"),
    ),
    Paragraph(
        "known_as_group",
        "The Rapid Support Forces, known as the RSF, attacked El Fasher on Saturday, the Sudanese army said.",
        {"Rapid Support Forces": O, "El Fasher": L},
        absent=("RSF", "Sudanese"),
        optional=("Sudan", "Sudanese Armed Forces", "Sudanese army"),  # a nationality and "army" name a body
    ),
    Paragraph(
        "holiday_easter",
        "Pope Leo XIV celebrated Easter Mass in St. Peter's Square on Sunday. The Vatican said 50,000 people "
        "attended.",
        {"Leo XIV": P, "St. Peter's Square": L},
        absent=("Easter", "Easter Mass", "Sunday"),
        optional=("Vatican", "Holy See", "Vatican City"),
    ),
    Paragraph(
        "spanish_compound_surname_second_reference",
        "Chilean prosecutors questioned Jorge Andrés Valdés Rojas on Tuesday in Santiago. Mr. Valdés said he "
        "had done nothing wrong.",
        {"Jorge Andrés Valdés Rojas": P, "Santiago": L},
        absent=("Valdés", "Mr. Valdés", "Chilean"),
        optional=("Chile",),
    ),
    Paragraph(
        "arabic_abu_and_al",
        "Iraqi Prime Minister Mohammed Shia al-Sudani received Jordan's King Abdullah II in Baghdad. Al-Sudani "
        "said trade between the two countries would grow.",
        {"Mohammed Shia al-Sudani": P, "Jordan": L, "Abdullah II": P, "Baghdad": L},
        absent=("Al-Sudani", "Iraqi", "King"),
        optional=("Iraq", "Abdullah II of Jordan"),
    ),
    Paragraph(
        "regional_government_and_minister",
        "The Kerala government declared a health emergency after a Nipah virus outbreak in Kozhikode district. "
        "Health Minister Veena George said schools would close.",
        {"Kerala government": O, "Kozhikode": L, "Veena George": P},
        absent=("Health Minister", "Nipah"),
        optional=("Kerala",),
    ),
]

SECOND_BATCH.append(Paragraph(
    "dateline_unknown_town_and_capitalised_opening",
    "KRAMATORSK, Ukraine — Shelling damaged a school on Sunday, Governor Vadym Filashkin said. "
    "Filashkin urged families to leave the Donetsk region.",
    {"Kramatorsk": L, "Ukraine": L, "Vadym Filashkin": P},
    absent=("Ukraine Shelling", "Shelling", "Filashkin", "KRAMATORSK"),
    optional=("Donetsk Oblast", "Donetsk region", "Donetsk"),
))

# Written last and scored before any rule was changed for it: how the rules carry over.
THIRD_BATCH = [
    Paragraph(
        "dateline_with_wire_and_minister",
        "ADDIS ABABA, Ethiopia (Reuters) — Ethiopia's Foreign Minister Gedion Timothewos said on Thursday that "
        "talks with Eritrea had stalled. Gedion spoke after meeting African Union officials.",
        {"Addis Ababa": L, "Ethiopia": L, "Gedion Timothewos": P, "Eritrea": L, "African Union": O},
        absent=("Foreign Minister", "Thursday"),
        optional=("Reuters",),
    ),
    Paragraph(
        "treasury_release_companies",
        "Today, the Department of the Treasury designated Golden Crescent Trading FZE, a United Arab Emirates-based "
        "company, and its director, Farid Hosseini. Hosseini arranged payments for the network, Treasury said.",
        {"United States Department of the Treasury": O, "Golden Crescent Trading FZE": O, "Farid Hosseini": P},
        absent=("Hosseini", "Today"),
        optional=("United Arab Emirates",),
    ),
    Paragraph(
        "colonel_and_brigade",
        "Col. Anatoliy Shtefan, a spokesman for Ukraine's 24th Mechanized Brigade, said Russian troops had "
        "attacked near Chasiv Yar. Shtefan said the brigade held its positions.",
        {"Anatoliy Shtefan": P, "Ukraine": L, "24th Mechanized Brigade": O, "Chasiv Yar": L},
        absent=("Shtefan", "Col.", "Russian"),
        optional=("Russia",),
    ),
    Paragraph(
        "vietnamese_names",
        "Vietnamese Prime Minister Pham Minh Chinh met Singapore's Prime Minister Lawrence Wong in Hanoi. "
        "Chinh said the two countries would deepen ties in clean energy.",
        {"Pham Minh Chinh": P, "Singapore": L, "Lawrence Wong": P, "Hanoi": L},
        absent=("Chinh", "Vietnamese", "Prime Minister"),
        optional=("Vietnam",),
    ),
    Paragraph(
        "lower_case_interior_ministry",
        "The Turkish interior ministry said 30 suspects linked to the Islamic State group were detained in "
        "Istanbul and Ankara on Tuesday.",
        {"Islamic State": O, "Istanbul": L, "Ankara": L},
        absent=("Turkish", "Tuesday"),
        optional=("Turkish interior ministry", "Ministry of Interior of Turkey", "Turkey"),
    ),
    Paragraph(
        "ngo_with_for_and_acronym",
        "The Syrian Observatory for Human Rights (SOHR) said 12 people died in Idlib province. The SOHR, which "
        "is based in Britain, relies on a network of sources.",
        {"Syrian Observatory for Human Rights": O, "Idlib": L, "United Kingdom": L},
        absent=("SOHR", "Syrian"),
        optional=("Syria",),
    ),
    Paragraph(
        "capitalised_programme_and_law",
        "The Inflation Reduction Act and the CHIPS and Science Act funded new factories in Arizona, Commerce "
        "Secretary Gina Raimondo said on Friday.",
        {"Arizona": L, "Gina Raimondo": P},
        absent=("Inflation Reduction Act", "CHIPS and Science Act", "Commerce", "Commerce Secretary"),
    ),
    Paragraph(
        "indonesian_single_name",
        "Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim in Jakarta. Prabowo "
        "said the two nations would patrol the Strait of Malacca together.",
        {"Prabowo Subianto": P, "Anwar Ibrahim": P, "Jakarta": L, "Strait of Malacca": L},
        absent=("Prabowo", "Indonesian", "Malaysian"),
        optional=("Indonesia", "Malaysia"),
    ),
    Paragraph(
        "press_secretary_and_white_house",
        "White House Press Secretary Karoline Leavitt told reporters that the President would sign the bill. "
        "Ms. Leavitt said the Senate had acted quickly.",
        {"White House": O, "Karoline Leavitt": P, "United States Senate": O},
        absent=("Press Secretary", "President", "Leavitt", "Ms. Leavitt"),
    ),
    Paragraph(
        "wildfire_and_national_park",
        "A wildfire near Jasper National Park forced 25,000 people to leave, Parks Canada said on Monday. "
        "Officials in Alberta said the fire was not contained.",
        {"Jasper National Park": L, "Parks Canada": O, "Alberta": L},
        absent=("Monday", "Officials"),
        optional=("Jasper",),
    ),
]

PARAGRAPHS = PARAGRAPHS + SECOND_BATCH + THIRD_BATCH

XFAIL: dict[str, str] = {
    "acronyms_defined_in_brackets": "the tagger reads 'March 23' of 'March 23 Movement' as a date, so the name "
                                    "is lost and 'M23' (no initials of it) becomes a place; 'Sake' is untagged",
    "planets_and_space_agencies": "planets are not told from places and bodies ('Mars' a place, 'Venus' an "
                                  "organisation): no rule knows a celestial body",
    "french_particle_and_channel": "a tagger ORG of person shape ('Dominique de Villepin') is not retyped without "
                                   "a title or describing noun, and 'France 2' (a channel named with a number) is read "
                                   "as the country",
    "sports_event_and_rider": "a sporting event named with a place ('Tour de France') is tagged ORG and no lexicon "
                              "word marks it an event",
}


def _param(paragraph: Paragraph):
    marks = [pytest.mark.xfail(strict=True, reason=XFAIL[paragraph.id])] if paragraph.id in XFAIL else []
    return pytest.param(paragraph, id=paragraph.id, marks=marks)


@pytest.mark.parametrize("paragraph", [_param(p) for p in PARAGRAPHS])
def test_paragraph_entities(extract_text, paragraph):
    found = {e.name: e.type for e in extract_text(paragraph.text).entities}
    missing = {name: kind for name, kind in paragraph.expected.items() if found.get(name) != kind}
    assert not missing, f"missing or mistyped {missing}; found {found}"
    wrong = [name for name in paragraph.absent if name in found]
    assert not wrong, f"not entities: {wrong}; found {found}"
