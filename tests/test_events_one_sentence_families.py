"""Sentence checks for families of event reports drawn from the one-sentence development set, each
family on invented sentences of its own in several house styles: forces put on alert or rushed
somewhere, help given "with" a thing or extended as credit, teams and convoys of relief, happenings
counted in time, denials pinned to a place, strikes named as military, declining a cooperative step,
joint exercises whose "joint" the parse hangs on a compound, and the ones a release
names by what was done to them."""
from __future__ import annotations

import pytest

from event_rows import sentence_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

REPORTS = [
    # forces placed on alert or standby, or rushed to a place, are mobilised
    ("MOBILIZE", "Occurred", "The Philippine navy was placed on heightened alert in the South China Sea."),
    ("MOBILIZE", "Occurred", "Jordan placed its border guards on maximum alert after the drone incursion."),
    ("MOBILIZE", "Occurred", "Armenia placed its troops on combat alert along the border."),
    ("MOBILIZE", "Occurred", "Serbia rushed special police units to the boundary with Kosovo."),
    ("MOBILIZE", "Occurred", "Georgia rushed riot police to the parliament building in Tbilisi."),
    ("MOBILIZE", "Occurred", "Colombia rushed 2,000 troops to the border with Venezuela on Friday."),
    # help given "with" the thing given, or credit extended to someone, is aid
    ("AID", "Occurred", "Britain supplied Ukraine with long-range missiles last spring."),
    ("AID", "Planned", "The United States will provide Taiwan with a new package of weapons."),
    ("AID", "Occurred", "France provided Lebanon with 40 tonnes of medicine after the blast."),
    ("AID", "Occurred", "Germany equipped the Ukrainian brigades with Leopard tanks."),
    ("AID", "Occurred", "Kuwait extended a $500 million loan to Jordan."),
    ("AID", "Occurred", "The IMF approved a $1.3 billion bailout for Egypt on Friday."),
    ("AID", "Occurred", "Beijing extended a financial lifeline to Laos as its debts mounted."),
    # teams sent to rescue or relieve, and convoys of help, are aid, not a deployment of force
    ("AID", "Occurred", "Greece deployed rescue teams to Turkey after the earthquake."),
    ("AID", "Occurred", "Qatar dispatched search-and-rescue units to Morocco after the earthquake."),
    ("AID", "Occurred", "The army deployed search-and-rescue crews to the flooded districts of Sindh."),
    ("AID", "Occurred", "A UN aid convoy entered northern Gaza on Sunday."),
    ("AID", "Occurred", "Relief convoys have reached Tigray for the first time in months."),
    ("AID", "Occurred", "Three humanitarian convoys crossed into Idlib from Turkey."),
    # a happening counted in time went on that long
    ("PROTEST", "Occurred", "The prime minister resigned after months of mass protests."),
    ("PROTEST", "Occurred", "Lebanon's cabinet met after weeks of street demonstrations."),
    ("PROTEST", "Occurred", "The rector resigned after days of campus rallies."),
    ("PROTEST", "Occurred", "The minister quit after weeks of street protests, state media reported."),
    ("PROTEST", "Occurred", "Parliament shelved the tax bill following days of student protests."),
    # a happening taking a turn took place
    ("PROTEST", "Occurred", "The march turned violent when police moved in."),
    ("ASSAULT", "Occurred", "Clashes between herders and farmers turned deadly on Tuesday."),
    # a denial pinned to a place says what did not happen there
    ("PROTEST", "Negated", "No protests were reported in Minsk on election day."),
    ("PROTEST", "Negated", "No rallies took place in Almaty on Sunday, police said."),
    ("ASSAULT", "Negated", "No clashes were reported in Abyei overnight."),
    ("PROTEST", "Negated", "Police said no demonstrations had been held in Harare since the ban."),
    ("ASSAULT", "Negated", "No shelling was heard in Donetsk on Monday."),
    # a strike named by its military purpose is an attack, whatever verb carries it ("called off",
    # "began", "joined" also carry a labour strike)
    ("ASSAULT", "Cancelled", "Britain called off a punitive strike on the Houthis."),
    ("ASSAULT", "Occurred", "Moscow began a retaliatory strike on Ukraine's energy grid overnight."),
    ("ASSAULT", "Occurred", "France joined a punitive strike on Syria's chemical weapons sites."),
    ("ASSAULT", "Cancelled", "The White House called off a planned military strike on Damascus."),
    ("ASSAULT", "Occurred", "Israel began a targeted strike on Hezbollah positions at dawn."),
    ("ASSAULT", "Cancelled", "Israel called off a retaliatory strike on Lebanon at the last minute."),
    # declining to take a cooperative step turns it down
    ("REJECT", "Occurred", "The president declined to sign the amnesty bill."),
    ("REJECT", "Occurred", "Hungary declined to endorse the joint EU statement on Israel."),
    ("REJECT", "Occurred", "India declined to join the declaration at the summit in Switzerland."),
    ("REJECT", "Occurred", "The rebels declined to attend the talks in Jeddah."),
    ("REJECT", "Occurred", "Kenya's parliament declined to ratify the trade pact."),
    ("REJECT", "Occurred", "General Burhan declined to meet the envoy in Port Sudan."),
    # "joint" on a compound still makes the exercise joint
    ("COOPERATE", "Occurred", "Kenya and Tanzania concluded a joint border police exercise in Arusha."),
    ("COOPERATE", "Occurred", "Japan and the Philippines held a joint coast guard drill off Luzon."),
    ("COOPERATE", "Occurred", "Australia and Indonesia staged their first joint marine corps exercise."),
]

NOT_REPORTED = [
    ("MOBILIZE", "The company placed its shares on the London market."),
    ("MOBILIZE", "The hospital placed the patients on a waiting list."),
    ("AID", "The ministry extended the deadline for applications to June."),
    ("AID", "The army deployed troops to the border with Afghanistan."),
    ("PROTEST", "After weeks of rain, the river burst its banks."),
    ("ASSAULT", "The accord is meant to end months of fighting."),
    ("AID", "Militia fighters blocked aid convoys from entering the town."),
    ("AID", "An aid convoy came under fire near Kherson."),
    ("ASSAULT", "The miners' strike on the Copperbelt entered its third week."),
    ("REJECT", "The ministry declined to comment on the report."),
    ("REJECT", "Shares declined to a record low on Monday."),
    ("MOBILIZE", "Russian and Chinese navies began joint naval drills in the Sea of Japan."),
    # the state a release ends, of a group named as part of those freed
    ("COERCE", "The junta released 300 prisoners, including two detained journalists."),
    ("COERCE", "Vietnam pardoned 2,000 prisoners, including a jailed blogger."),
    ("COERCE", "Belarus released 18 political prisoners, including an imprisoned opposition leader."),
]

#: A denial pinned nowhere still reports nothing.
QUIET = [
    "No attacks were reported.",
    "No protests were planned, organisers said.",
]


events_by_sentence, test_sentence_reports, test_sentence_does_not_report = sentence_tests(REPORTS, NOT_REPORTED, set(QUIET))


@pytest.mark.parametrize("sentence", QUIET)
def test_denial_pinned_nowhere_reports_nothing(events_by_sentence, sentence):
    assert not events_by_sentence[sentence], [(e.event_type, e.trigger) for e in events_by_sentence[sentence]]
