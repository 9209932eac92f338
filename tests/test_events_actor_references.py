"""Who acts and at whom when the clause names them by reference or through the phrase around the
trigger: "the Russians" for the country's side, "he" carrying on an unnamed representative of a country,
"we" and "our" in a transcript turn, under a "Title: Name" byline or after "We, the …"; a weapon's
launcher, "between" a name and a possessed body, ships "from" a state, what a threat is laid on, aid
"for" a state, a group adjective only when no one else acts, "their" opening a sentence, a document
subject's issuer, a counted collective."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def _actors(extract_text, text: str, event_type: str) -> list[list[str]]:
    x = extract_text(text)
    names = {e.key: e.name for e in x.entities}
    return [sorted(names[k] for k in e.actors) for e in x.events if e.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("Overnight the Russians shelled the outskirts of Kherson with artillery.", "ASSAULT", "Russia"),
        ("The Israelis rejected the proposal on Monday, officials said.", "REJECT", "Israel"),
    ],
)
def test_the_plural_nationality_with_the_is_the_country(extract_text, text, event_type, actor):
    assert [actor] in _actors(extract_text, text, event_type)


@pytest.mark.parametrize(
    "text",
    [
        "Three Ukrainians were killed when a shell hit their car near the front.",
        "Two Americans living in Gaza were detained by the militants.",
    ],
)
def test_counted_or_described_nationals_are_people_not_their_country(extract_text, text):
    x = extract_text(text)
    names = {e.key: e.name for e in x.entities}
    assert all(names[k] not in ("Ukraine", "United States") for e in x.events for k in (*e.actors, *e.targets))


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("The representative of Chad rejected the draft, which he said was one-sided. "
         "He accused the rebels of attacking aid convoys near the border.", "ACCUSE", "Chad"),
        ("Speaking after the vote, Norway's ambassador said the text was balanced. Civilians were paying the price, he said. "
         "He urged the parties to return to talks.", "REQUEST", "Norway"),
    ],
)
def test_he_carries_on_an_unnamed_representative_of_a_country(extract_text, text, event_type, actor):
    assert [actor] in _actors(extract_text, text, event_type)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The ministry said the talks had failed. He accused the rebels of attacking aid convoys.", "ministry"),
        ("Foreign Minister Amina Diallo of Chad spoke first. He accused the rebels of attacking aid convoys.", "Chad"),
    ],
)
def test_he_does_not_carry_on_a_body_or_a_named_persons_country(extract_text, text, wrong):
    assert all(wrong not in actors for actors in _actors(extract_text, text, "ACCUSE"))


def test_we_in_a_later_paragraph_of_a_transcript_turn_is_its_speaker(extract_text):
    text = ("Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on May 6, 2026\n\n"
            "Reporter: The Philippines said its coast guard was blocked near the shoal. What is your comment?\n\n"
            "Spokesperson Mao Ning: China firmly opposes the intrusion.\n\n"
            "We urge the Philippines to stop its provocations at once.\n")
    assert ["Mao Ning"] in _actors(extract_text, text, "REQUEST")


def test_we_under_a_byline_of_title_and_name_is_the_named_spokesperson(extract_text):
    text = ("Sudan: Attacks on displaced people in North Darfur\n\n"
            "Spokesperson for the UN High Commissioner for Human Rights: Jeremy Laurence\n\n"
            "We are appalled by the killing of at least 40 civilians in a camp near El Fasher. "
            "We urge the parties to protect civilians.\n")
    assert ["Jeremy Laurence"] in _actors(extract_text, text, "REQUEST")


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("The drone, which was launched by Hezbollah, struck a house near Haifa.", "ASSAULT", "Hezbollah"),
        ("A missile fired by Russian forces hit a power plant near Kharkiv on Tuesday.", "ASSAULT", "Russia"),
    ],
)
def test_a_weapon_subject_acts_for_whoever_launched_it(extract_text, text, event_type, actor):
    assert [actor] in _actors(extract_text, text, event_type)


def test_a_passive_subjects_escort_is_not_the_attacker(extract_text):
    assert _actors(extract_text, "A convoy escorted by UN peacekeepers was attacked near Goma.", "ASSAULT") in ([], [[]])


def test_between_a_name_and_a_possessed_body_holds_both_parties(extract_text):
    (actors,) = _actors(extract_text, "Talks between Pakistan and Afghanistan's Taliban government ended without a deal on Friday.", "CONSULT")
    assert {"Pakistan", "Taliban government"} <= set(actors)


def test_ships_or_aid_from_a_state_act_for_it(extract_text):
    assert ["China", "Russia"] in _actors(extract_text, "Warships from Russia and China began joint naval drills in the Sea of Japan on Monday.", "COOPERATE")


def _targets(extract_text, text: str, event_type: str) -> list[list[str]]:
    x = extract_text(text)
    names = {e.key: e.name for e in x.entities}
    return [sorted(names[k] for k in e.targets) for e in x.events if e.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The president threatened to impose 50% tariffs on Brazil if the trial went ahead.", "Brazil"),
        ("The militants vowed to keep attacking Kenya until its troops leave Somalia.", "Kenya"),
    ],
)
def test_a_threat_is_aimed_at_whom_its_act_is_laid_on(extract_text, text, target):
    assert any(target in targets for targets in _targets(extract_text, text, "THREATEN"))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The World Bank approved a $2 billion loan for Egypt on Thursday.", "Egypt"),
        ("Japan pledged $50 million in aid for Sudan on Monday.", "Sudan"),
    ],
)
def test_aid_for_a_state_goes_to_it(extract_text, text, target):
    assert any(target in targets for targets in _targets(extract_text, text, "AID"))


def test_a_group_adjective_acts_only_when_no_one_else_does(extract_text):
    assert _actors(extract_text, "China began military drills around Taiwan on Monday.", "MOBILIZE") == [["China"]]
    assert _actors(extract_text, "A military coup removed the prime minister in 1999.", "ASSAULT") == [["military"]]


def test_it_reported_by_a_countrys_body_acts_for_the_country_too(extract_text):
    (actors,) = _actors(extract_text, "Kenya's government said it would release the detained activists.", "CONCEDE")
    assert "Kenya" in actors


def test_a_groups_word_before_its_weapons_is_the_group(extract_text):
    text = "The Houthis have attacked shipping since November. On Tuesday Houthi drones and missiles struck three merchant ships."
    assert _actors(extract_text, text, "ASSAULT") == [["Houthis"], ["Houthis"]]


def test_their_opening_a_sentence_is_the_subject_before(extract_text):
    text = ("Protesters have accused the government of corruption for weeks. "
            "Their demands have included dissolving parliament and holding new elections.")
    assert ["protesters"] in _actors(extract_text, text, "REQUEST")


def test_a_document_subject_acts_for_whoever_issued_it(extract_text):
    text = ("The minister summoned the French ambassador on Monday, according to a statement from the Ministry of Foreign Affairs. "
            'The statement accused Paris of "meddling in the internal affairs of a sovereign state".')
    assert ["Ministry of Foreign Affairs"] in _actors(extract_text, text, "ACCUSE")


def test_our_people_act_for_whoever_says_we(extract_text):
    text = ("We, the foreign ministers of Egypt, Jordan and Qatar, welcome the truce. "
            "Our envoys will meet in Cairo later this month to settle its terms.")
    assert ["Egypt", "Jordan", "Qatar"] in _actors(extract_text, text, "CONSULT")


def test_the_leaders_of_a_readout_are_the_heads_it_named(extract_text):
    text = ("date 2026-03-02\nReadout of the President's meeting\n\n"
            "President Donald Trump hosted President Karol Nawrocki of Poland at the White House on Monday. "
            "The leaders condemned the incursion of drones into Polish airspace.")
    assert ["Donald Trump", "Karol Nawrocki"] in _actors(extract_text, text, "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "The leaders of the opposition parties met on Monday. The leaders agreed to field one candidate.",
        ("date 2026-03-02\nTalks\n\nPresident Donald Trump spoke to reporters on Monday. "
         "Business leaders condemned the new tariffs."),
    ],
)
def test_leaders_of_another_kind_are_not_the_heads(extract_text, text):
    assert all("Donald Trump" not in actors for t in ("AGREE", "ACCUSE") for actors in _actors(extract_text, text, t))


def test_the_regime_is_the_one_the_article_named(extract_text):
    text = ("The Assad-Makhlouf regime denies Syrians their basic freedoms. In the past year the regime has "
            "detained more than 300 students.")
    assert any("regime" in " ".join(actors) for actors in _actors(extract_text, text, "COERCE"))


def test_the_regime_is_no_one_when_the_article_named_none(extract_text):
    text = "Security forces detained 20 students on Monday. The regime has detained hundreds since May."
    assert all(not any("regime" in a for a in actors) for actors in _actors(extract_text, text, "COERCE"))
