import pytest
from rdflib import Graph, Literal, URIRef

from newskb.ids import digest, entity_key, name_segment


def test_entity_key_reads_as_the_name():
    assert entity_key("Person", "Donald Trump") == "person/Donald_Trump"
    assert entity_key("Person", "Владимир Путин") == "person/Владимир_Путин"


def test_same_name_same_key_whatever_the_whitespace():
    assert entity_key("Person", "Donald  Trump") == entity_key("Person", "Donald\nTrump") == "person/Donald_Trump"


@pytest.mark.parametrize(
    "a, b",
    [("Christian Social", "Christian-Social"), ("LUKOIL", "Lukoil"), ("A_B", "A B"), ("A%20B", "A B"), ("Zoë", "Zoe")],
)
def test_different_names_never_share_a_key(a, b):
    assert entity_key("Organization", a) != entity_key("Organization", b)


def test_type_is_part_of_the_key():
    assert entity_key("Place", "Georgia") != entity_key("Person", "Georgia")


@pytest.mark.parametrize("name", ['a<b>c"d{e}f|g\\h^i`j k', "..", "x" * 500, "🙂 emoji", "zero\u200dwidth", "قطر"])
def test_any_name_gives_a_valid_iri_that_round_trips(name):
    iri = URIRef(f"https://w3id.org/newskb/id/entity/{entity_key('Person', name)}")
    graph = Graph()
    graph.add((iri, URIRef("https://schema.org/name"), Literal(name)))
    back = Graph().parse(data=graph.serialize(format="nt"), format="nt")
    assert set(back.subjects()) == {iri}
    assert len(name_segment(name)) <= 120


def test_digest_is_deterministic_and_separates_parts():
    assert digest("a", "bc") == digest("a", "bc")
    assert digest("a", "bc") != digest("ab", "c")
