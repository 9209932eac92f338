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


def _long_names_of_every_script() -> list[str]:
    """For every 128 code points that hold letters or digits: a long name mixing them with spaces,
    punctuation and escaped characters, shifted by one more character than the block before (modulo 12,
    the longest escape) so the cut falls at every offset of every kind of escape, each about 500 times;
    the first 24 blocks (Latin, Greek, Cyrillic, Hebrew, Arabic…) at every shift."""
    names = []
    filler = ["(", " ", "—", "é", "’", ",", "\u0301", "🙂"]
    for block, start in enumerate(range(0, 0x30000, 0x80)):
        letters = [chr(c) for c in range(start, start + 0x80) if chr(c).isalnum()]
        if letters:
            mixed = "".join(ch + filler[i % len(filler)] * (i % 3) for i, ch in enumerate(letters * 3))[:400]
            shifts = range(12) if block < 24 else [block % 12]
            names += ["a" * shift + mixed for shift in shifts]
    return names


@pytest.mark.slow
def test_long_names_of_every_script_are_cut_on_character_boundaries_and_load_in_oxigraph():
    import re
    from urllib.parse import unquote

    import pyoxigraph as ox

    names = _long_names_of_every_script() + ["Bureau of Industry and Security (BIS), U.S. Department of Commerce, Washington, D.C. — Entity List"]
    lines = []
    for name in names:
        segment = name_segment(name)
        assert len(segment) <= 120
        assert not re.search(r"%(?![0-9A-F]{2})", segment)  # no escape cut short
        kept = unquote(segment.rsplit("%7E", 1)[0]).replace("_", " ")
        assert " ".join(name.split()).startswith(kept)  # whole characters of the name, in order
        lines.append(f"<https://w3id.org/newskb/id/entity/{entity_key('Organization', name)}> <https://schema.org/name> \"x\" .\n")
    store = ox.Store()
    store.load("".join(lines).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)  # refuses any invalid IRI
    assert len(store) == len(set(lines)) == len(names)


def test_segments_that_fit_are_as_before():
    assert name_segment("a" * 120) == "a" * 120
    assert name_segment("a" * 121) == "a" * 103 + "%7E" + digest("a" * 121, length=14)
