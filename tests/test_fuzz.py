"""Property-based export over generated article-like texts (hypothesis).

Texts mix names (any script, IRI-illegal characters), titles, quotes of every
kind (balanced or not), speech verbs, sanction and event words, punctuation,
Unicode oddities, header lines and line endings. Whatever comes out of the
generator, export must not crash, the output must parse back as Turtle and
JSON-LD to the same triples, conform to the shapes, and every span must select
its exact text. The run here is bounded (100 examples) and derandomised; ``bench/fuzz_long.py``
runs the same property for thousands of examples.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

NAMES = [
    "Ingrid Dahl", "Jean-Luc Moreau", "Seán Ó Briain", "O'Neill", "Zoë Ångström", "Владимир Петров", "محمد العلي",
    "李明", "Nguyễn Văn An", "Ma<r>k \"Q\" {R}|u\\t^t`e", "Anna B. Carter Jr.", "the European Union", "Iran", "Brazil",
    "the United Nations", "Acme Corp.", "NATO", "Ministry of Defence", "e\u0301lise", "Dr. A\u200dB",
]
TITLES = ["the foreign minister", "a spokesman", "President", "the chief executive", "officials", "police", "an analyst"]
SPEECH = ["said", "told reporters", "added", "warned", "claimed", "denied", "announced", "wrote", "according to"]
CONTENT = [
    "talks had failed", "we will not accept this", "sanctions were imposed on three banks", "the ceasefire would hold",
    "troops attacked the town", "the two sides agreed to cooperate", "protesters gathered outside parliament",
    "it threatened to expel the envoy", "the embargo was lifted", "aid arrived on Tuesday",
]
QUOTES = [('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»"), ("'", "'"), ('"', ""), ("", "”"), ("„", "“")]
ODD = ["", "—", "…", " ", "  ", "\t", "!", "?!", ";", "(", ")", "[1]", "&amp;", "<b>", "👍🏽", "👨\u200d👩\u200d👧", "\u00a0",
       "\u200b", "\\", "\\n", "%20", "#", "@", "\x0b", "\x1f"]
DATES = ["date 2024-03-01\n", "date: 2023-12-31 ", " date 2025-02-29\n", "Date 1999-01-01\n\n", ""]


@st.composite
def sentences(draw) -> str:
    name, title, verb, content = (draw(st.sampled_from(x)) for x in (NAMES, TITLES, SPEECH, CONTENT))
    opening, closing = draw(st.sampled_from(QUOTES))
    odd = draw(st.sampled_from(ODD))
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return f"{opening}{content.capitalize()},{closing} {name}, {title}, {verb}{odd}."
    if shape == 1:
        return f"{name} {verb} that {content}{odd}."
    if shape == 2:
        return f"{verb.capitalize()} {title} {name}, {content}.{odd}"
    if shape == 3:
        return f"{title.capitalize()} in {draw(st.sampled_from(NAMES))} {verb}: {opening}{content}{closing}{odd}"
    return draw(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))


@st.composite
def articles(draw) -> str:
    """An article-like text: an optional date header and title, paragraphs of sentences, any line ending."""
    newline = draw(st.sampled_from(["\n", "\r\n", "\n\n", "\r\n\r\n", " "]))
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=4).map(" ".join), min_size=1, max_size=4))
    head = draw(st.sampled_from(DATES)) + draw(st.sampled_from(["", "Talks collapse in Oslo\n\n", "UPDATE 2-\n"]))
    return head + newline.join(paragraphs) + draw(st.sampled_from(["", "\n", "\r\n", "   "]))


def check_export(text: str, nlp, shapes) -> None:
    """The property: the export of any text parses back, conforms and is grounded."""
    from newskb.pipeline import extract_doc
    from newskb.nlp.annotate import annotate
    from newskb.rdf.mapping import to_graph
    from newskb.rdf.serialize import serialize
    from newskb.reader import parse_article
    from newskb.validation import validate_graph

    if not text.strip():
        return
    article = parse_article(text, source="fuzz.txt")
    extraction = extract_doc(article, annotate(article, nlp), nlp)
    assert all(span.grounded_in(text) for span in extraction.spans())
    graph = to_graph(extraction)
    for fmt, rdflib_fmt in (("turtle", "turtle"), ("jsonld", "json-ld")):
        back = Graph().parse(data=serialize(graph, fmt), format=rdflib_fmt)
        assert len(back) == len(graph), fmt
    rows = graph.query(
        "SELECT ?s ?e ?x WHERE { ?sp oa:hasSelector ?p, ?q . ?p oa:start ?s ; oa:end ?e . ?q oa:exact ?x }",
        initNs={"oa": "http://www.w3.org/ns/oa#"},
    )
    assert all(text[int(s) : int(e)] == str(x) for s, e, x in rows)
    report = validate_graph(graph, shapes)
    assert report.conforms, report.to_text()


FUZZ_SETTINGS = dict(
    deadline=None, database=None, derandomize=True, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def shapes():
    from newskb.validation import load_shapes

    return load_shapes()


@settings(max_examples=100, **FUZZ_SETTINGS)
@given(text=articles())
def test_any_article_like_text_exports_parses_back_conforms_and_is_grounded(text, nlp, shapes):
    check_export(text, nlp, shapes)
