"""How government releases and wire copy open and extend a designation: a release's first sentence
"WASHINGTON — Today, the Treasury's Office of Foreign Assets Control (OFAC) is sanctioning …" whose
dateline leads the parser to hang the issuer on "Today"; a later sentence "Among the newly listed
entities are A and B", "The list includes A and B" or "Also targeted were A and B" naming members of the designation just reported. Every passage is written for the test, in the
house styles of US, UK and Canadian releases and of wire and broadsheet copy; mentions that take no
sanction stay empty."""
from __future__ import annotations

import pytest
from sanction_rows import I, assert_records, by_rule, release

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

OFAC = ("Office of Foreign Assets Control", "OFAC")


# (passage, records a careful reader states, records neither required nor wrong)
TODAY_LEADS = [
    (release("Treasury Sanctions Oil Smuggling Network Supporting Hizballah",
             "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is "
             "sanctioning a network of two individuals and four companies, including Cedar Wave Shipping and Tyre "
             "Gulf Petroleum, that has moved Iranian oil to Syria."),
     {(I, OFAC, "Cedar Wave Shipping"), (I, OFAC, "Tyre Gulf Petroleum")}, set()),
    (release("Treasury Targets Procurement Network for Iran's Drone Program",
             "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is "
             "sanctioning a network of five companies and two individuals, including Arvand Avionics and Kish Micro "
             "Parts, that has procured engines for Iranian drones."),
     {(I, OFAC, "Arvand Avionics"), (I, OFAC, "Kish Micro Parts")}, set()),
    (release("Treasury Designates Arms Brokers",
             "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is "
             "designating a network of four companies that has brokered arms sales to the North Korean army, "
             "including Pyongyang Ryonha Trading and Dandong Hengli Machinery."),
     {(I, OFAC, "Pyongyang Ryonha Trading"), (I, OFAC, "Dandong Hengli Machinery")}, set()),
    # the issuer the lead names is the one of the designee paragraphs below it
    (release("Treasury Designates Network Supporting the Houthis",
             "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is "
             "designating a network of six companies and one vessel that has shipped weapons components to the "
             "Houthis.\n\nRed Anchor Logistics (Red Anchor) is a Yemen-based company that has arranged the shipments."),
     {(I, OFAC, "Red Anchor Logistics")}, set()),
    (release("Treasury Sanctions Shipping Network",
             "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is "
             "sanctioning a network of eight companies and four vessels that has shipped Russian oil in breach of "
             "the price cap.\n\nNeptune Crest Shipping (Neptune Crest) is a Dubai-based company that manages two of "
             "the tankers."),
     {(I, OFAC, "Neptune Crest Shipping")}, set()),
    (release("Treasury Targets Houthi Financiers",
             "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is "
             "sanctioning a network of two exchange houses and three individuals that has moved money to the "
             "Houthis.\n\nAl-Bayan Exchange (Al-Bayan), which is owned by Salem Nasser Hadi, has transferred millions "
             "of dollars to Houthi officials."),
     {(I, OFAC, "Al-Bayan Exchange")}, {(I, OFAC, "Salem Nasser Hadi"), (I, OFAC, "Nasser Hadi")}),
    (release("Treasury Sanctions Cartel Money Launderers",
             "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is "
             "sanctioning a network of six individuals and nine companies that has laundered drug proceeds for the "
             "Sinaloa Cartel.\n\nHector Ruiz Zamora (Ruiz) is a Culiacan-based accountant who manages the network’s "
             "front companies."),
     {(I, OFAC, "Hector Ruiz Zamora")}, set()),
    # no sanction in the lead: nothing
    (release("Treasury Issues Guidance to Banks",
             "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is "
             "publishing guidance for a network of banks that process payments for shipping companies."),
     set(), set()),
    (release("Treasury Marks Anniversary",
             "WASHINGTON — Today, the Department of the Treasury’s Office of Foreign Assets Control (OFAC) is "
             "marking ten years since its designation programme for Yemen began."),
     set(), set()),
]


EU = ("European Union", "EU")
UK = ("United Kingdom", "Britain")
# "Among the newly listed entities are A and B": a group its participle calls sanctioned names members of
# the designation just reported, whatever that one counted (or though it counted nothing)
AMONG_THE_SANCTIONED = [
    ("The Swiss government on Friday adopted the EU's latest sanctions against Russia. Among the newly listed "
     "entities are the Russian oil company Arktika Neftegaz and the Dubai-based trader Caspian Horizon FZE.",
     {(I, "Switzerland", "Arktika Neftegaz"), (I, "Switzerland", "Caspian Horizon FZE")}, {(I, "Switzerland", "Russia")}),
    ("BRUSSELS (Reuters) - EU ambassadors agreed a new package of sanctions against Russia on Wednesday. Among the "
     "Russian lenders hit are Volga Capital Bank and Primorsky Trade Bank.",
     {(I, EU, "Volga Capital Bank"), (I, EU, "Primorsky Trade Bank")}, {(I, EU, "Russia")}),
    ("Britain imposed sanctions on 12 people and companies on Tuesday. Among those targeted are Andrei Volkov, a "
     "GRU officer, and Sever Logistics.",
     {(I, UK, "Andrei Volkov"), (I, UK, "Sever Logistics")}, set()),
    ("Ottawa's latest round of sanctions, announced on Thursday, targets the Russian energy sector. Among the "
     "companies hit are Yamal Freight and Kola Tankers.",
     {(I, "Canada", "Yamal Freight"), (I, "Canada", "Kola Tankers")}, {(I, "Canada", "Russia")}),
    ("Japan's cabinet approved fresh sanctions on Russia on Tuesday. Among the banks added are Ural Credit Bank and "
     "Kuban Trust Bank.",
     {(I, "Japan", "Ural Credit Bank"), (I, "Japan", "Kuban Trust Bank")}, {(I, "Japan", "Russia")}),
    ("Canberra on Wednesday froze the assets of a further 14 Russian entities. Among the companies hit is the "
     "defence contractor Tula Precision Arms.",
     {(I, "Australia", "Tula Precision Arms")}, {(I, "Australia", "Russia")}),
    ("The United Kingdom has announced a new wave of sanctions against Iran's drone industry. Among those "
     "designated today is Shahid Kaveh Industries, which supplies engines for attack drones.",
     {(I, UK, "Shahid Kaveh Industries")}, {(I, UK, "Iran")}),
    ("The US Treasury unveiled another round of sanctions on Sudan's warring parties on Thursday. Among the "
     "commanders targeted is Major General Abdel Rahim Osman.",
     {(I, ("United States Department of the Treasury", "Treasury"), "Abdel Rahim Osman")},
     {(I, ("United States Department of the Treasury", "Treasury"), "Sudan")}),
    # no group called sanctioned, or one sanctioned by something else: nothing more
    ("Britain sanctioned 12 people on Tuesday. Among the targeted communities are Hackney and Leyton, police said.",
     set(), set()),
    ("The EU has sanctioned 15 companies. Among the hardest hit by the crisis are small exporters such as Baltic "
     "Amber Ltd and Riga Fish.", set(), set()),
    ("Canada sanctioned six officials on Monday. Among the guests at the embassy dinner that evening were Ivan "
     "Petrov and Oleg Smirnov.", set(), set()),
]


# "The list includes A and B" right after a designation: the list it drew up
THE_LIST_INCLUDES = [
    ("KYIV — On Saturday, President Volodymyr Zelensky signed decrees imposing sanctions on 38 individuals and 17 "
     "companies. The list includes Moscow-based Volga Bunker Shipping LLC and Nikolai Gromov, a deputy governor.",
     {(I, "Volodymyr Zelensky", "Volga Bunker Shipping LLC"), (I, "Volodymyr Zelensky", "Nikolai Gromov")}, set()),
    ("Canada on Friday added 21 people to its sanctions list over human rights abuses in Iran. The list includes "
     "prison chief Ali Reza Naderi and the judge Hossein Moqiseh.",
     {(I, "Canada", "Ali Reza Naderi"), (I, "Canada", "Hossein Moqiseh")}, set()),
    ("Australia imposed travel bans and asset freezes on 15 Russian officials on Monday. The new list also includes "
     "Sergei Malkov, a deputy defence minister.",
     {(I, "Australia", "Sergei Malkov")}, set()),
    ("The Foreign Office sanctioned 9 people linked to the Wagner network. This list includes the mercenary "
     "commander Ivan Maslov.",
     {(I, UK + ("Foreign Office", "Foreign, Commonwealth and Development Office"), "Ivan Maslov")}, set()),
    ("Japan froze the assets of 11 entities on Friday, the government said. The list comprises Dalian Sunrise "
     "Trading and Harbin Polar Electronics.",
     {(I, "Japan", "Dalian Sunrise Trading"), (I, "Japan", "Harbin Polar Electronics")}, set()),
    ("Washington blacklisted four more Chinese chipmakers on Tuesday. The list includes Shenzhen Xinyu "
     "Semiconductor.",
     {(I, "United States", "Shenzhen Xinyu Semiconductor")}, set()),
    # a list of something else, or the list of a measure answering the sanctions spoken of
    ("MOSCOW — Russia has closed entry to 27 citizens of New Zealand in response to sanctions imposed by "
     "Wellington, the Foreign Ministry said. The stop list includes the defence official Graham Tuckwell.",
     set(), {(I, ("Russia", "Foreign Ministry", "Russian Foreign Ministry"), "Graham Tuckwell")}),
    ("Britain sanctioned 12 people on Tuesday. The list of priorities for the summit includes Ukraine and trade.",
     set(), set()),
    ("The EU imposed sanctions on Russian oil traders. The shopping list includes bread, milk and Coca-Cola.",
     set(), {(I, EU, "Russia")}),
    ("Canada sanctioned six officials on Monday. A list of attendees includes Ivan Petrov.", set(), set()),
]


# "Also targeted were A and B": the passive with its subject after it adds to the designation just reported
ALSO_SANCTIONED = [
    ("The US Treasury on Monday sanctioned two RSF commanders. Also targeted were Colonel Ibrahim Musa Tirab, "
     "accused of running a detention site, and Brigadier General Yahya Suleiman.",
     {(I, ("United States Department of the Treasury", "Treasury"), "Ibrahim Musa Tirab"),
      (I, ("United States Department of the Treasury", "Treasury"), "Yahya Suleiman")}, set()),
    ("Britain imposed sanctions on three Iranian officials on Tuesday. Also sanctioned was the Tehran-based Pars "
     "Drone Company.",
     {(I, UK, "Pars Drone Company")}, set()),
    ("The EU blacklisted 12 Russian generals on Friday. Also designated were Volga Shipping Lines and the trader "
     "Anton Belov.",
     {(I, EU, "Volga Shipping Lines"), (I, EU, "Anton Belov")}, set()),
    ("Australia imposed travel bans on five Myanmar generals. Also hit were the military-owned Myawaddy "
     "Bank and its chairman, Kyaw Lin.",
     {(I, "Australia", "Myawaddy Bank"), (I, "Australia", "Kyaw Lin")}, set()),
    ("Japan froze the assets of 9 North Korean hackers on Friday. Also included were Chosun Expo and its manager, "
     "Pak Il Song.",
     {(I, "Japan", "Chosun Expo"), (I, "Japan", "Pak Il Song")}, set()),
    ("Canada today announced sanctions against Haitian gang leaders. Also listed is Jean Marc Beauvoir, a former "
     "senator accused of financing the gangs.",
     {(I, "Canada", "Jean Marc Beauvoir")}, {(I, "Canada", "Haiti")}),
    ("New Zealand has frozen the assets of four Syrian officials. Also sanctioned were Gulf Star Trading and its "
     "owner, Rami Haddad, the foreign minister said.",
     {(I, "New Zealand", "Gulf Star Trading"), (I, "New Zealand", "Rami Haddad")}, set()),
    # present, not sanctioned; targeted in a raid
    ("The United States sanctioned two RSF commanders on Monday. Also present at the ceremony were Ahmed Hassan "
     "and Omar Bashir.", set(), set()),
    ("Britain sanctioned 12 people on Tuesday. Also targeted in the raids were flats in Leyton owned by Ivan Petrov.",
     set(), set()),
]


#: Each rule's table of passages, by the rule it checks.
RULES = {
    "release_lead_after_a_dateline": TODAY_LEADS,
    "among_the_sanctioned_are": AMONG_THE_SANCTIONED,
    "the_list_includes": THE_LIST_INCLUDES,
    "also_sanctioned_were": ALSO_SANCTIONED,
}


@pytest.mark.parametrize(("text", "expected", "optional"), by_rule(RULES))
def test_rule(text, expected, optional):
    assert_records(text, expected, optional)
