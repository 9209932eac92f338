"""What a verb of saying reports in the present is a claim about how someone acts as a rule, no
happening ("said its forces strike only military targets"); a past verb joined to that present
is the speaker's own act ("… and accused Kyiv"); "threaten" said of what a risk puts in danger
("threaten 20,000 jobs", "threatens to derail the talks") is no threat; a request for comment,
"at the request of X" and what "a halt to strikes" would end are no happenings; setting fire to
property is an assault. Sentences written for
these rules in several house styles, none taken from an evaluation set."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

HEAD = "Ministry statement\n\nGENEVA, March 3 (Reuters) - "

#: (type that must not be reported, sentence)
NOT_REPORTED = [
    # a present reported by a past verb of saying states a rule or habit
    ("ASSAULT", "Kremlin spokesman Oleg Vasin said Russian forces strike only military targets."),
    ("ASSAULT", "The defence ministry insisted that its army never shells residential areas."),
    ("ASSAULT", "The armed group said in a statement that it attacks only military convoys."),
    ("ASSAULT", "Hamas told the broadcaster its fighters target only soldiers and spare civilians."),
    ("COERCE", "A police spokeswoman said officers arrest anyone who blocks the motorway."),
    ("ASSAULT", "Ankara claimed that its drones target only militant positions and never civilians."),
    # a risk, not a threat: what is put in danger, or an outcome no one sets out to cause
    ("THREATEN", "Ottawa says the new levies threaten some 12,000 jobs in the forestry sector."),
    ("THREATEN", "Unions warned that the closure of the smelter threatens 3,000 jobs."),
    ("THREATEN", "The row over fishing rights threatens to derail a trade deal worth billions."),
    ("THREATEN", "Critics say the plan threatens to undermine the peace talks."),
    ("THREATEN", "The border standoff threatened to spill over into trade along the corridor."),
    ("THREATEN", "Rising food prices threaten the fragile truce, aid groups said."),
    # a reporter's request for comment is no request of a party
    ("REQUEST", "The Kenyan Foreign Ministry did not respond to a request for comment."),
    ("REQUEST", "A spokesman for Gazprom declined repeated requests for comment on Tuesday."),
    ("REQUEST", "Acme Mining's head office did not reply to an interview request by Reuters."),
    # "at the request of X" gives the reason for an act, asked before
    ("REQUEST", "French troops were deployed at the request of the Malian government."),
    ("REQUEST", "The Security Council met on Friday at Russia's request."),
    ("REQUEST", "Police withdrew from the square at the request of the organisers."),
    ("REQUEST", "Upon the request of the Bolivian government, the UN deployed peacekeepers to the border."),
    # what a halt or a pause would end is not a happening told
    ("ASSAULT", "Turkey presented a proposal for a 30-day halt to strikes on power plants."),
    ("ASSAULT", "The mediators called for an immediate end to the shelling of Kharkiv."),
    ("ASSAULT", "The UN demanded a halt to attacks on aid convoys in Darfur."),
    ("ASSAULT", "Qatar pushed for a pause in the bombing of Rafah."),
    # "set" and "burn" in other senses
    ("ASSAULT", "The government of Peru set a deadline for the talks."),
    ("ASSAULT", "Farmers in Punjab burned crop stubble despite a ban."),
    ("ASSAULT", "Toyota set fire safety rules for its plants in Japan."),
]

#: (type, sentence) that must still be reported
REPORTED = [
    ("ASSAULT", "Kremlin spokesman Oleg Vasin said Russian forces struck an arms depot overnight."),
    ("ASSAULT", "The defence ministry said its army is shelling rebel positions near the border."),
    ("THREATEN", "Iran threatened to close the Strait of Hormuz."),
    ("THREATEN", "The rebels threatened to attack the capital if the talks failed."),
    ("THREATEN", "President Ruiz threatened to impose tariffs on Chilean copper."),
    # the first person's present is an act done in the saying
    ("REQUEST", "Foreign Minister Ana Silva wrote, \"I call on Venezuela to release the detained activists.\""),
    ("ACCUSE", "President Olena Kravets told reporters: \"We condemn this barbaric attack on Odesa.\""),
    ("ACCUSE", "The European Union said the bloc \"strongly condemns the violence against journalists\"."),
    ("REJECT", "Beijing's foreign ministry said it \"firmly opposes\" the listing of Chinese companies."),
    ("REQUEST", "A Kremlin aide said the postponement of the summit came at Kyiv's request."),
    ("REQUEST", "Mali's junta requested the withdrawal of the UN mission."),
    ("REQUEST", "Ukraine called for an end to Russian attacks on ports."),
    ("ASSAULT", "Russian drones struck power plants in Odesa hours before the halt was due to begin."),
    # arson in its set phrases, and burning a place
    ("ASSAULT", "Protesters set fire to the governor's office in Lagos on Monday."),
    ("ASSAULT", "Two shops in the old town of Osh were set alight before firefighters arrived."),
    ("ASSAULT", "Several government buildings in Kathmandu were set on fire by protesters."),
    ("ASSAULT", "A mob set ablaze a church in the village of Jaranwala."),
    ("ASSAULT", "Before withdrawing from Bakhmut, the rebels burned the market."),
    ("ASSAULT", "Gunmen burned down dozens of homes in the village, residents said."),
]

#: (text, trigger, the actor who does it): a past act joined to a reported present is the speaker's
SPEAKER_ACTS = [
    (HEAD + "Kremlin spokesman Oleg Vasin told reporters that Russian forces strike only military targets "
            "and accused Kyiv of staging provocations.", "accused", "Oleg Vasin"),
    (HEAD + "Foreign Minister Sergei Lavrov insisted that Moscow seeks peace and urged Western capitals "
            "to stop arming Ukraine.", "urged", "Sergei Lavrov"),
    (HEAD + "Army spokesman Ali Demir said the troops protect civilians and denied reports of looting.",
     "denied", "Ali Demir"),
    (HEAD + "Interior Minister Jana Novak said the police act within the law and condemned the rioting in "
            "Brno.", "condemned", "Jana Novak"),
    (HEAD + "Rebel commander Paul Mbeki claimed his men control the airport and threatened to shoot down "
            "any aircraft.", "threatened", "Paul Mbeki"),
    (HEAD + "Prime Minister Rui Costa said Portugal wants dialogue and called for an end to the blockade.",
     "called", "Rui Costa"),
]


#: an unnamed spokesperson speaks for the one whose stance it reports, who does the joined act too
FOR_THE_PRINCIPAL = (HEAD + "A spokesperson said Beijing firmly opposes the sanctions and accused Britain of "
                            "smearing normal trade.", "accused", "China")


def _events(extract_text, text: str) -> list[tuple[str, str, list[str]]]:
    x = extract_text(text)
    names = {e.key: e.name for e in x.entities}
    return [(e.event_type, e.trigger, sorted(names.get(k, k) for k in e.actors)) for e in x.events]


@pytest.mark.parametrize(("event_type", "sentence"), NOT_REPORTED)
def test_claims_and_risks_are_no_events(extract_text, event_type, sentence):
    assert event_type not in {t for t, _, _ in _events(extract_text, sentence)}


@pytest.mark.parametrize(("event_type", "sentence"), REPORTED)
def test_happenings_and_threats_stay(extract_text, event_type, sentence):
    assert event_type in {t for t, _, _ in _events(extract_text, sentence)}


@pytest.mark.parametrize(("text", "trigger", "actor"), SPEAKER_ACTS)
def test_past_act_after_a_reported_present_is_the_speakers(extract_text, text, trigger, actor):
    found = [actors for _, t, actors in _events(extract_text, text) if t == trigger]
    assert found and actor in found[0], _events(extract_text, text)


def test_an_unnamed_spokesperson_speaks_for_the_principal(extract_text):
    text, trigger, actor = FOR_THE_PRINCIPAL
    found = [actors for _, t, actors in _events(extract_text, text) if t == trigger]
    assert found and actor in found[0], _events(extract_text, text)
