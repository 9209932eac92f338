"""Sanction status and the nominal and pronoun forms: promises are proposals, terminations are
liftings, "the designation of X" and "action against X" are sanctions where sanctions are spoken
of, a target pronoun finds its antecedent in its own sentence. Every sentence is written for the test."""
from __future__ import annotations

import pytest

from newskb.pipeline import extract

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def _records(text: str) -> set[tuple[str, str, str]]:
    x = extract(text)
    names = {e.key: e.name for e in x.entities}
    return {(s.status, names[i], names[t]) for s in x.sanctions for i in s.imposed_by for t in s.targets}


STATUS = [
    # a commitment in a joint statement is a plan, not an imposition
    ("We, the leaders of Canada and Japan, commit to imposing sanctions on Belarus.", ("Proposed", "Canada", "Belarus")),
    ("Canada pledged to impose sanctions on Belarus.", ("Proposed", "Canada", "Belarus")),
    ("The EU vowed to sanction Belarusian officials.", ("Proposed", "European Union", "Belarus")),
    ("The United States will impose sanctions on Belarus.", ("Proposed", "United States", "Belarus")),
    ("The United States announced the termination of its sanctions on Sudan.", ("Lifted", "United States", "Sudan")),
    ("The United States ended sanctions on Sudan.", ("Lifted", "United States", "Sudan")),
    # an intent verb governs the clause it introduces; "we" is the statement's voice
    ("We, the leaders of Canada and Japan, condemn the attack. First, we commit to ensuring that selected "
     "Russian banks are removed from the SWIFT messaging system.", ("Proposed", "Canada", "Russia")),
    # a relative clause says whom the measures hit
    ("Japan imposed restrictive measures that will prevent the Russian Central Bank from using its reserves.",
     ("Imposed", "Japan", "Central Bank of Russia")),
    # sanctions as the means of a verb: its subject imposes, its object or "to" phrase is hit
    ("The United States will keep applying pressure to the Houthis, including through targeted sanctions.",
     ("Proposed", "United States", "Houthis")),
    ("Britain replied with new sanctions against Iran.", ("Imposed", "United Kingdom", "Iran")),
    # a programme named for its target, run by the frame's subject
    ("The United States lifted its Iran sanctions.", ("Lifted", "United States", "Iran")),
    ("The European Union extended its Russia sanctions by six months.", ("Imposed", "European Union", "Russia")),
    # a container noun holds the sanctions: its frame and clauses are theirs, their targets stay
    ("The European Union is preparing a second package of sanctions that would add Iran Air to its list.",
     ("Proposed", "European Union", "Iran Air")),
    ("Britain announced a new round of sanctions on Russian banks.", ("Imposed", "United Kingdom", "Russia")),
    # action nouns in a sanctions context
    ("The United States imposed sanctions on Iran. The designation of Hamid Saberi by the Treasury came a week later.",
     ("Imposed", "United States Department of the Treasury", "Hamid Saberi")),
    ("The United States is taking action against Hamid Saberi under its sanctions authorities.",
     ("Imposed", "United States", "Hamid Saberi")),
    # a pronoun target: its antecedent in the sentence, the clause's object before a deeper name
    ("The United States accused Rosneft of helping Caracas and sanctioned it on Friday.",
     ("Imposed", "United States", "Rosneft")),
    ("The EU accused Iran of supplying drones to Russia and imposed sanctions on it.", ("Imposed", "European Union", "Iran")),
    # a warning of what the speaker would do is a threat; what it has done stays done
    ("Germany warned it could impose sanctions on Turkey over the drilling.", ("Threatened", "Germany", "Turkey")),
    ("The EU warned that it would impose further sanctions on Belarus.", ("Threatened", "European Union", "Belarus")),
    ("The EU warned that it had imposed sanctions on Belarus.", ("Imposed", "European Union", "Belarus")),
    ("The EU said it would impose sanctions on Belarus.", ("Proposed", "European Union", "Belarus")),
    # the list's full name: "Specially Designated Nationals" is a sanctions list
    ("OFAC removed Oleg Deripaska from the Specially Designated Nationals list.",
     ("Lifted", "Office of Foreign Assets Control", "Oleg Deripaska")),
    ("Treasury added Karim Haddad to its Specially Designated Nationals list.",
     ("Imposed", "Treasury", "Karim Haddad")),
    # retaliation in kind
    ("China imposed countersanctions on Lockheed Martin over arms sales to Taiwan.", ("Imposed", "China", "Lockheed Martin")),
    # the State Department's corruption designations cite Section 7031(c), as others cite an executive order
    ("Secretary of State Antony Blinken publicly designated Horacio Cartes under Section 7031(c) for significant corruption.",
     ("Imposed", "Antony Blinken", "Horacio Cartes")),
]


@pytest.mark.parametrize(("text", "record"), STATUS)
def test_status_and_form(text, record):
    assert record in _records(text)


def test_promise_is_not_imposed():
    assert not {r for r in _records("Canada pledged to impose sanctions on Belarus.") if r[0] == "Imposed"}


@pytest.mark.parametrize("text", [
    # "designation", "action" outside a sanctions context
    "The council's designation of Hamid Saberi as chairman surprised no one.",
    "The police took action against Hamid Saberi.",
    "Critics met the plan with sanctions talk.",
    "US sanctions have hurt the economy.",
    "A set of sanctions was discussed.",
    # taking a case under an authority puts no one on a list, nor takes anyone off one
    "The United States is taking the case under its own authorities against Hamid Saberi.",
    # "designated" outside a sanctions context; a party's national list is no sanctions list
    "The party designated Horacio Cartes as its candidate for the Senate.",
    "The party removed Horacio Cartes from its national list.",
])
def test_no_sanction(text):
    assert not _records(text)


def test_commitment_across_clauses_is_not_imposed():
    text = ("We, the leaders of Canada and Japan, condemn the attack. We commit to ensuring that selected Russian "
            "banks are removed from the SWIFT messaging system.")
    assert not {r for r in _records(text) if r[0] == "Imposed"}


def test_agentless_exclusion_needs_an_imposer():
    assert not _records("Russian banks were removed from SWIFT.")
