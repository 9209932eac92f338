"""Sanctions as governments announce them and news retells them: first-person voice, agentless
designations, lists of designated persons, counted groups, "measures", names the tagger missed.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from newskb.pipeline import extract

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def _pairs(text: str, status: str = "Imposed") -> set[tuple[str, str]]:
    x = extract(text)
    names = {e.key: e.name for e in x.entities}
    return {(names[i], names[t]) for s in x.sanctions if s.status == status for i in s.imposed_by for t in s.targets}


def _targets(text: str) -> set[str]:
    return {t for _, t in _pairs(text)}


POSITIVE = [
    # designations in a sanctions context: the legal basis ("pursuant to E.O. …") is one
    ("The State Department is designating Omar Farouk pursuant to Executive Order 13224.",
     {("United States Department of State", "Omar Farouk")}),
    # a headline glued to the first sentence is not its subject
    ("Treasury Sanctions Smuggling Ring Leaders\n\nToday, the United States is designating Omar Farouk "
     "and two associates pursuant to Executive Order 13224.",
     {("United States", "Omar Farouk")}),
    # "we" in a government release is the government acting elsewhere in it
    ("The United States imposed sanctions on Orion Freight on Monday. We are also designating Omar Farouk, "
     "its chief executive.",
     {("United States", "Orion Freight"), ("United States", "Omar Farouk")}),
    # "we" named in apposition: a joint statement
    ("We, the foreign ministers of Canada, Japan and Australia, announce the following steps. "
     "We have imposed sanctions on Yuri Volkov and Pavel Orlov.",
     {(c, p) for c in ("Canada", "Japan", "Australia") for p in ("Yuri Volkov", "Pavel Orlov")}),
    # "those designated" are the clause's other arguments
    ("The United States imposed sanctions on Iran. Among those designated are Kestrel Maritime, a Hong Kong-based "
     "freight forwarder, and its director, Li Wei.",
     {("United States", "Kestrel Maritime"), ("United States", "Li Wei")}),
    ("The United States imposed sanctions on Iran. Those sanctioned include Pavel Orlov.", {("United States", "Pavel Orlov")}),
    # a sanction on an unnamed group still says who acts for the agentless one after it
    ("Today, the Treasury is sanctioning six entities and two individuals in Iran and China. Among those designated "
     "is Kestrel Maritime.", {("Treasury", "Kestrel Maritime")}),
    # "we" in a quotation is its speaker
    ("\"We are imposing sanctions on Kestrel Maritime today,\" Foreign Secretary David Lammy said.",
     {("David Lammy", "Kestrel Maritime")}),
    # an agentless designation takes the imposer of the sanction before it
    ("The United States imposed sanctions on Orion Freight. Pavel Orlov, its owner, was designated today "
     "pursuant to E.O. 13846.",
     {("United States", "Orion Freight"), ("United States", "Pavel Orlov")}),
    ("Britain imposed sanctions on Orion Freight on Monday. These companies are being designated for shipping "
     "Iranian oil, including Kestrel Maritime.",
     {("United Kingdom", "Orion Freight"), ("United Kingdom", "Kestrel Maritime")}),
    # "measures" imposed on someone are sanctions; "including" lists the nearest group's members
    ("Japan imposed tough measures on Russian banks and on the organisers of the invasion, including Sergei Shoigu.",
     {("Japan", "Russia"), ("Japan", "Sergei Shoigu")}),
    # each named item of a list, not the names inside its description
    ("The Treasury sanctioned six people, including Ali Rahimi, a banker who worked for Bank Melli, and "
     "Reza Karimi, a Hezbollah financier.",
     {("Treasury", "Ali Rahimi"), ("Treasury", "Reza Karimi")}),
    # a target name the entity finder missed
    ("The EU imposed sanctions on Kestrel Maritime and Tovarisch Logistics.",
     {("European Union", "Kestrel Maritime"), ("European Union", "Tovarisch Logistics")}),
    # a sector target hits its country
    ("The United Kingdom imposed sanctions on Russia's energy sector.", {("United Kingdom", "Russia")}),
    ("Rosneft Trading was sanctioned by the United States in 2014.", {("United States", "Rosneft Trading")}),
    # a participle names the group its sentence then lists
    ("The companies sanctioned by the European Union on Friday include Kestrel Maritime.",
     {("European Union", "Kestrel Maritime")}),
    ("Britain imposed sanctions on Orion Freight on Monday. The seven other companies and vessels sanctioned "
     "today include Kestrel Maritime and Baltic Star Shipping.",
     {("United Kingdom", "Kestrel Maritime"), ("United Kingdom", "Baltic Star Shipping")}),
    # lists: active and agentless placements; the list's own name is neither imposer nor target
    ("The Commerce Department has placed Kestrel Maritime on its Entity List.",
     {("United States Department of Commerce", "Kestrel Maritime")}),
    ("The United States imposed sanctions on Iran. Kestrel Maritime was added to the Specially Designated "
     "Nationals (SDN) List.", {("United States", "Kestrel Maritime")}),
    ("Kestrel Maritime was added to the EU sanctions list.", {("European Union", "Kestrel Maritime")}),
    # the sanctions as subject of a targeting verb; "today's action" is the text's own actor's
    ("The sanctions, announced by the Treasury on Tuesday, target Kestrel Maritime and Baltic Star Shipping.",
     {("Treasury", "Kestrel Maritime"), ("Treasury", "Baltic Star Shipping")}),
    ("The United States imposed sanctions on Iran on Monday. Today’s action targets Kestrel Maritime, which ships "
     "Iranian oil to China.", {("United States", "Kestrel Maritime")}),
    # a list of imposers the parser read as an apposition
    ("Britain, the EU and Canada jointly sanctioned Pavel Orlov on Friday.",
     {(i, "Pavel Orlov") for i in ("United Kingdom", "European Union", "Canada")}),
    # nominal forms: being the subject or target of sanctions, being under them
    ("Iran has been the subject of US sanctions since 2011.", {("United States", "Iran")}),
    ("North Korea remains the target of United Nations sanctions.", {("United Nations", "North Korea")}),
    ("Venezuela has been under US sanctions since 2019.", {("United States", "Venezuela")}),
]


@pytest.mark.parametrize(("text", "pairs"), POSITIVE)
def test_sanction_pairs(text, pairs):
    assert pairs <= _pairs(text)


NO_SANCTION = [
    # an agentless sanction with no imposer anywhere in the text
    "Five companies were sanctioned last year.",
    # "we" and "designate" without sanctions
    "We are designating Maria Lopez as our team captain.",
    "We imposed strict rules on our children.",
    "Those designated as teachers include Maria Lopez.",
    # "measures" that are no sanctions
    "The city council imposed new measures on traffic in the old town.",
    "The government introduced new measures on housing in Madrid.",
    # "under" a sanction that no one is placed under
    "Exports fell under the sanctions.",
    "The budget was added to the list of priorities.",
]


@pytest.mark.parametrize("text", NO_SANCTION)
def test_no_sanction(text):
    assert not _pairs(text)


def test_the_headline_is_no_imposer():
    text = ("Treasury Sanctions Smuggling Ring Leaders\n\nToday, the United States is designating Omar Farouk "
            "pursuant to Executive Order 13224.")
    assert {i for i, _ in _pairs(text)} == {"United States"}


def test_owner_of_a_group_is_no_target():
    """"Assad regime officials" are not Assad; "eight Syrian prisons" are eight designations, not Syria."""
    targets = _targets("The United States sanctioned three Syrian army units and four Assad regime officials.")
    assert not targets & {"Syria", "Assad", "Bashar al-Assad"}
    assert "Vladimir Putin" not in _targets("Washington imposed sanctions on Vladimir Putin's allies.")


def test_owner_of_assets_is_the_target():
    assert _targets("Britain froze Roman Abramovich's assets.") == {"Roman Abramovich"}


def test_uncounted_nationality_is_the_country():
    assert _targets("The European Union imposed sanctions on Russian banks.") == {"Russia"}


def test_list_belongs_to_the_nearest_group():
    """"including Sergei Shoigu" lists organisers, not banks: the banks still stand for Russia."""
    targets = _targets("Japan imposed tough measures on Russian banks and on the organisers of the invasion, "
                       "including Sergei Shoigu.")
    assert targets == {"Russia", "Sergei Shoigu"}


def test_description_in_a_list_is_no_target():
    targets = _targets("The Treasury sanctioned six people, including Ali Rahimi, a banker who worked for Bank Melli, "
                       "and Reza Karimi, a Hezbollah financier.")
    assert not targets & {"Bank Melli", "Hezbollah"}


def test_participle_in_a_description_hits_the_name():
    """"X, a Danish firm sanctioned in 2022": the earlier sanction hit X, not Denmark."""
    text = "The EU lifted sanctions on Nordic Tanker Lines, a Danish shipping firm sanctioned in 2022, on Monday."
    assert "Denmark" not in _targets(text)
    assert ("European Union", "Nordic Tanker Lines") in _pairs(text, "Lifted")


def test_list_name_is_no_party():
    text = ("The United States imposed sanctions on Iran. Kestrel Maritime was added to the Specially Designated "
            "Nationals (SDN) List.")
    assert not {n for pair in _pairs(text) for n in pair} & {"Specially Designated Nationals", "SDN"}


@pytest.mark.parametrize("text", [
    "Canada froze the assets of Russian oligarchs.",
    "Canada froze the assets of three Russian oligarchs.",
])
def test_private_people_are_not_their_state(text):
    assert "Russia" not in _targets(text)
