"""Who acts and who is acted on, as news sentences put it: signatories named in an apposition,
passive relative clauses and shared passive auxiliaries, a group adjective on a happening noun,
the object of a verb whose subject is the happening, and "its"/"their" bound to the clause subject."""
import pytest

from newskb import extract

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model


def participants(sentence: str, event_type: str) -> tuple[set[str], set[str]]:
    x = extract(sentence)
    names = {e.key: e.name for e in x.entities}
    (event,) = [e for e in x.events if e.event_type == event_type]
    return {names[k] for k in event.actors}, {names[k] for k in event.targets}


def test_we_with_an_apposition_acts_as_every_body_it_names():
    actors, _ = participants("We, the foreign ministers of Brazil, Argentina, Chile and Peru, reject the blockade of Venezuela.", "REJECT")
    assert actors == {"Brazil", "Argentina", "Chile", "Peru"}
    actors, _ = participants("We, the heads of the African Union, Kenya, Ghana, Nigeria, the Gambia, and South Africa condemn the coup in Niger.", "ACCUSE")
    assert actors == {"African Union", "Kenya", "Ghana", "Nigeria", "Gambia", "South Africa"}


def test_the_antecedent_of_a_passive_relative_clause_is_the_one_acted_on():
    actors, targets = participants("Supporters rallied for the release of Alexei Navalny, who was arrested in January.", "COERCE")
    assert (actors, targets) == (set(), {"Alexei Navalny"})


def test_a_participle_sharing_a_passive_auxiliary_is_passive_too():
    actors, targets = participants("Juan Perez was detained and deported by the police.", "COERCE")
    assert (actors, targets) == ({"police"}, {"Juan Perez"})
    actors, targets = participants("Police arrested and detained Juan Perez.", "COERCE")
    assert (actors, targets) == ({"police"}, {"Juan Perez"})


def test_a_group_word_on_a_happening_noun_is_its_actor_and_the_verbs_object_its_target():
    actors, targets = participants("A military coup removed Prime Minister Nawaz Sharif in 1999.", "ASSAULT")
    assert (actors, targets) == ({"military"}, {"Nawaz Sharif"})
    actors, targets = participants("A rebel attack killed Governor Abdul Rahman in March.", "ASSAULT")
    assert (actors, targets) == ({"rebel"}, {"Abdul Rahman"})


@pytest.mark.parametrize(("sentence", "event_type", "actor"), [
    ("The Senate opened its inquiry into the deal.", "ACCUSE", "Senate"),
    ("Rebels said their attack on Goma had succeeded.", "ASSAULT", "rebels"),
])
def test_its_and_their_on_a_happening_noun_point_at_the_clause_subject(sentence, event_type, actor):
    actors, _ = participants(sentence, event_type)
    assert actors == {actor}


def test_a_possessive_with_no_subject_outside_its_own_phrase_names_nobody():
    actors, _ = participants("Their demands included new elections.", "REQUEST")
    assert actors == set()



def test_a_headline_gives_no_events_the_body_tells_in_full():
    x = extract("date 2024-03-04\nRebels attack Goma as talks stall\n\nRebels attacked the town of Goma on Monday, officials said.")
    assert [(e.event_type, e.trigger) for e in x.events if e.event_type == "ASSAULT"] == [("ASSAULT", "attacked")]


def test_a_verb_with_no_object_shares_its_conjuncts():
    actors, _ = participants("For the first time in ten weeks of protests in Lima, police fired and landed a live round on a student yesterday.", "ASSAULT")
    assert actors == {"police"}
    assert not [e for e in extract("The army fired and missed.").events if e.event_type == "ASSAULT"]


def test_an_object_that_denies_negates_the_happening():
    x = extract("The rebels have conceded nothing.")
    assert not [e for e in x.events if e.event_type == "CONCEDE" and e.status == "Occurred"]
    y = extract("The rebels conceded the town.")
    assert [e for e in y.events if e.event_type == "CONCEDE" and e.status == "Occurred"]


@pytest.mark.parametrize(("sentence", "event_type", "trigger"), [
    ("Protesters hurled stones and petrol bombs at police in Santiago.", "ASSAULT", "hurled"),
    ("Rioters threw bricks at the police station.", "ASSAULT", "threw"),
    ("The rebels waged war on the government for a decade.", "ASSAULT", "waged"),
    ("The rebels are waging a war against the army.", "ASSAULT", "waging"),
    ("Russian hackers hacked the computer network of the Bundestag.", "ASSAULT", "hacked"),
    ("The navy intercepted a vessel carrying weapons to Yemen.", "COERCE", "intercepted"),
    ("Police swooped on the camp before dawn.", "COERCE", "swooped"),
])
def test_violence_and_repression_vocabulary(sentence, event_type, trigger):
    assert (event_type, trigger) in {(e.event_type, e.trigger) for e in extract(sentence).events}


@pytest.mark.parametrize("sentence", [
    "She threw her support behind the candidate.",
    "Israel intercepted a missile fired from Gaza.",
    "The company waged a campaign for lower taxes.",
])
def test_the_same_verbs_in_other_senses_are_no_violence(sentence):
    assert not [e for e in extract(sentence).events if e.event_type in ("ASSAULT", "COERCE")]
