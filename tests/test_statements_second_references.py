"""Second references to a source named before, on passages written for these tests (invented bodies and
people, in wire, broadcaster, broadsheet, government-release and regional-press styles).

Each row is a small article → the statements it must give, as (quote type, speaker's entity name or None
for an unnamed source, words the statement text must contain).
"""
from __future__ import annotations

import pytest

from statement_rows import D, I, M, passage_tests

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ROWS: list[tuple[str, list[tuple[str, str | None, str]]]] = [
    # "the agency" / "the regulator" / "the watchdog": the body of that kind named before, whatever word
    # its name uses (Administration, Service, Programme, Authority, Commission)
    ("The Federal Aviation Administration grounded the jets on Monday. The agency says inspections will take at "
     "least two weeks.", [(I, "Federal Aviation Administration", "inspections will take at least two weeks")]),
    ("WASHINGTON (Reuters) - The Drug Enforcement Administration seized 400 kilos of cocaine in Miami. The agency "
     "said the shipment had come from Colombia.", [(I, "Drug Enforcement Administration", "the shipment had come")]),
    ("The UN's World Food Programme halted deliveries in the north. The agency said its trucks had been looted "
     "twice in a week.", [(I, "World Food Programme", "its trucks had been looted")]),
    ("The Competition and Markets Authority has opened an inquiry into the merger. The watchdog said it had "
     "\u201cserious concerns\u201d about prices.", [(M, "Competition and Markets Authority", "serious concerns")]),
    ("Kenya\u2019s Energy and Petroleum Regulatory Authority raised pump prices at midnight. \u201cThe increase "
     "reflects global costs,\u201d the regulator said in a notice.",
     [(D, "Energy and Petroleum Regulatory Authority", "The increase reflects global costs")]),
    ("The Securities and Exchange Commission charged three traders with fraud. The regulator said the men had "
     "made $4 million from tips.", [(I, "Securities and Exchange Commission", "the men had made $4 million")]),
    # a leader's administration is a government, not "the agency"; the agency named after it is
    ("The Trump administration imposed tariffs on steel. The agency said the move was lawful.",
     [(I, None, "the move was lawful")]),
    ("The Biden administration sent the vaccine file to the Food and Drug Administration. The agency said it "
     "would decide by June.", [(I, "Food and Drug Administration", "it would decide by June")]),
    # an office written as a title ("the minister", "the governor") goes back only to someone the article gave
    # that office; a person named just before who holds none is not its holder
    ("“We have photographs,” Lena Fischer, the group’s director, told the BBC. The minister said the "
     "government would wait for a report.", [(D, "Lena Fischer", "We have photographs"), (I, None, "the government would wait")]),
    ("Farmers blocked the motorway near Lyon on Monday. Their leader, Paul Girard, says they will stay until "
     "Friday. The minister says talks are planned.",
     [(I, "Paul Girard", "they will stay until Friday"), (I, None, "talks are planned")]),
    ("Ms Okoro, a nurse in Lagos, said wards were full. The governor said new beds would arrive next week.",
     [(I, "Okoro", "wards were full"), (I, None, "new beds would arrive next week")]),
    ("Foreign Minister Lars Eklund met his Danish counterpart on Tuesday. The minister said the talks had been useful.",
     [(I, "Lars Eklund", "the talks had been useful")]),
    ("Health Minister Aisha Bello visited the clinic. “We will double funding,” the minister said.",
     [(D, "Aisha Bello", "We will double funding")]),
    ("Governor Ruth Ameri toured the flooded districts. The governor said 3,000 homes had been damaged.",
     [(I, "Ruth Ameri", "3,000 homes had been damaged")]),
    ("Karin Holm, the mayor of Vaxby, opened the bridge. The mayor said it had cost less than planned.",
     [(I, "Karin Holm", "it had cost less than planned")]),
    # a description that is no office varies the name of the subject just before
    ("Farouk Haddad was freed on Monday after a year in jail. “I never lost hope,” the journalist said.",
     [(D, "Farouk Haddad", "I never lost hope")]),
    # a name written family name first is named again by the family name, its first word
    ("\"The island question is the first red line that must not be crossed,\" Foreign Ministry spokesperson Zhang "
     "Minghui said at a daily briefing. \"Anyone who sells weapons to the island will pay a price.\"\n\n"
     "Zhang urged Washington to \"stop arming the island\" and to abide by its commitments.",
     [(D, "Zhang Minghui", "the first red line"), (M, "Zhang Minghui", "stop arming the island")]),
]


extractions, test_passage_gives_expected_statements, test_every_span_is_grounded = passage_tests(ROWS)
