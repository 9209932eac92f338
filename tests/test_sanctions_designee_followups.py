"""Designees named in the sentences after a sanction: "Those named include …", "Among those identified
is …", a count of those facing the measures before "They include …", the last item of a list the parser
joins to the verb, "Among the firms named …" after a counter-measure reported in between, and whose an
agentless sanction is ("The package freezes …", "The listing of X …"); and the objects of a release's
designation the parser misplaces ("designating Panamanian company X pursuant to …", "X, S.A. and its
president, Y", "X, along with two shipowners, A and B"). Every
sentence is written for the test; the pair check is the one of tests/sanction_rows.py."""
from __future__ import annotations

import pytest
from sanction_rows import I, matches, system_records

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

US = ("United States", "Washington")
EU = ("European Union", "EU")
UK = ("United Kingdom", "Britain")
JAPAN = ("Japan", "Tokyo")
OFAC = ("Office of Foreign Assets Control", "OFAC", "Treasury", "United States Department of the Treasury")

RULES = [
    # "those named", "those identified" point back to the designees of the sanction just reported
    ("Britain sanctioned eight people and two firms on Monday. Those named include the banker Omid Kazemi and "
     "the trading house Zarin Gold Exchange.",
     {(I, UK, "Omid Kazemi"), (I, UK, "Zarin Gold Exchange")}, set()),
    ("Canada imposed sanctions on six prison officials on Friday. Among those named is the prison governor Lev "
     "Orlov.",
     {(I, "Canada", "Lev Orlov")}, set()),
    ("The club announced its squad for the tournament on Monday. Those named include the striker Tomas Brandt.",
     set(), set()),
    # the last item of a list the parser hangs on the verb of "include"
    ("The United States sanctioned nine targets on Thursday. Those designated include financier Amir Sadeghi, "
     "Tehran-based Noor Money Exchange, and Hong Kong-registered Silver Tide Shipping Ltd., which owns two "
     "tankers.",
     {(I, US, "Amir Sadeghi"), (I, US, "Noor Money Exchange"), (I, US, "Silver Tide Shipping Ltd.")}, set()),
    # a count of those facing the measures, then "They include …"
    ("The European Union agreed new sanctions on Friday. In all, 10 individuals and four entities face asset "
     "freezes, according to a draft. They include two Turkish traders, Kemal Arslan and Cem Yildiz, and a "
     "Dubai-based firm, Falcon Bridge Trading.",
     {(I, EU, "Kemal Arslan"), (I, EU, "Cem Yildiz"), (I, EU, "Falcon Bridge Trading")}, {(I, EU, "Turkey")}),
    ("The European Union agreed new sanctions on Friday. In all, 300 people attended the summit. They include "
     "the mayor Kemal Arslan.",
     set(), set()),
    # the group of "Among the firms named" is the one the designation counted, not a counter-measure's
    ("Japan added 12 Chinese companies to its export control list on Tuesday. Beijing answered with restrictions "
     "of its own. Among the firms named were Hangzhou Lingxi Optics and Xiamen Bright Photonics.",
     {(I, JAPAN, "Hangzhou Lingxi Optics"), (I, JAPAN, "Xiamen Bright Photonics")},
     {(I, ("China", "Beijing"), "Japan")}),
    # "signed off on" a package frames it as "agreed" does; what the package does next is the signer's
    ("EU ambassadors on Tuesday signed off on a new package of sanctions against Iran. The package freezes the "
     "assets of two banks, Sepah Kish Bank and Tejarat Gulf Bank.",
     {(I, EU, "Iran"), (I, EU, "Sepah Kish Bank"), (I, EU, "Tejarat Gulf Bank")}, set()),
    ("The minister signed off on the budget on Tuesday.",
     set(), set()),
    # an agentless listing is the act of the sanction before it that hit someone, not of a passing mention
    ("The European Union sanctioned the Belarusian potash firm Grodno Azot on Monday. Critics say Budapest takes "
     "every package hostage. The listing of Minsk Tractor Works was welcomed in Kyiv.",
     {(I, EU, "Grodno Azot"), (I, EU, "Minsk Tractor Works")}, set()),
    # an infinitive on a noun ("OFAC's ability to designate") is no designation of what the noun names
    ("The State Department sanctioned the militia leader Omar Sadiq on Tuesday. The strength of OFAC sanctions "
     "comes from OFAC's ability to designate and add persons to the SDN List.",
     {(I, ("United States Department of State", "State Department"), "Omar Sadiq")}, set()),
    # a release's object run into by its description; a legal form set off by a comma is part of the name
    ("Today, OFAC is designating Panamanian shipping company Mar Azul Navegacion pursuant to E.O. 13846 for "
     "transporting Iranian oil.",
     {(I, OFAC, "Mar Azul Navegacion")}, set()),
    ("OFAC designated Colombian gold trader Oro Andino, S.A. and its owner, Luis Herrera, pursuant to E.O. 14059.",
     {(I, OFAC, "Oro Andino, S.A."), (I, OFAC, "Luis Herrera")}, set()),
    # "along with", "together with" add targets to the verb's object, never a state (which acts with it)
    ("OFAC is also designating the trader Li Wenhao, along with two Hong Kong-registered shipowners, Silver Crest "
     "Tanker Limited and Red Coral Shipping Limited.",
     {(I, OFAC, "Li Wenhao"), (I, OFAC, "Silver Crest Tanker Limited"), (I, OFAC, "Red Coral Shipping Limited")},
     set()),
    ("The EU sanctioned the Dubai trader Falcon Gulf Oil together with its director, Samir Haddad.",
     {(I, EU, "Falcon Gulf Oil"), (I, EU, "Samir Haddad")}, set()),
    ("Britain sanctioned the trader Omar Nasser on Monday, along with France and Germany.",
     {(I, UK, "Omar Nasser")}, set()),
    # "asset freezes and travel bans on X" read as a clause "asset freezes" with the bans its conjunct
    ("In Ottawa, Global Affairs Canada announced asset freezes and travel bans on Gary Bodeau and Reynold Deeb, as "
     "well as on Caribe Fuel.",
     {(I, ("Global Affairs Canada", "Canada"), n) for n in ("Gary Bodeau", "Reynold Deeb", "Caribe Fuel")}, set()),
    ("Britain said asset freezes and travel bans are effective tools.",
     set(), set()),
]


@pytest.mark.parametrize(("text", "expected", "optional"), RULES)
def test_rule_sentences(text, expected, optional):
    found = system_records(text)
    missing = [e for e in expected if not any(matches(r, e) for r in found)]
    unexpected = [r for r in found if r[0] == I and not any(matches(r, e) for e in expected | optional)]
    assert not missing and not unexpected, (missing, unexpected)
