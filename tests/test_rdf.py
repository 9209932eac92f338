"""The record→RDF mapping against the contract, the ontology, the context and the shapes."""
from __future__ import annotations

import json
import re
import typing
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, SKOS

from newskb import models
from newskb.rdf.declaration import DeclarationError, declaration, read
from newskb.rdf.generate import stale
from newskb.rdf.mapping import ontology, to_dataset, to_graph
from newskb.rdf.serialize import jsonld_context, serialize
from newskb.rdf.vocab import NKB, OA, PLOVER, SCHEMA

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def graph(seed_extraction) -> Graph:
    return to_graph([seed_extraction])


@pytest.mark.model
def test_article_node_follows_the_contract(graph, seed_extraction):
    article = next(graph.subjects(RDF.type, SCHEMA.NewsArticle))
    assert str(graph.value(article, NKB.sha256)) == seed_extraction.article.sha256
    assert graph.value(article, SCHEMA.datePublished).toPython().isoformat() == "2025-10-28"
    assert set(graph.objects(article, SCHEMA.mentions)) == {
        URIRef(f"https://w3id.org/newskb/id/entity/{e.key}") for e in seed_extraction.entities
    }


@pytest.mark.model
def test_every_entity_has_one_name_and_a_contract_class(graph):
    for entity in set(graph.objects(None, SCHEMA.mentions)):
        assert len(list(graph.objects(entity, SCHEMA.name))) == 1
        assert set(graph.objects(entity, RDF.type)) & {SCHEMA.Person, SCHEMA.Organization, SCHEMA.Place}


@pytest.mark.model
def test_wikidata_links_use_owl_same_as(graph):
    linked = [o for o in graph.objects(None, OWL.sameAs)]
    assert all(str(o).startswith("http://www.wikidata.org/entity/Q") for o in linked)


@pytest.mark.model
def test_every_span_is_grounded(graph, seed_extraction):
    text = seed_extraction.article.text
    spans = set(graph.subjects(RDF.type, OA.SpecificResource))
    assert spans
    for span in spans:
        start = end = exact = None
        for selector in graph.objects(span, OA.hasSelector):
            start = graph.value(selector, OA.start, default=start)
            end = graph.value(selector, OA.end, default=end)
            exact = graph.value(selector, OA.exact, default=exact)
        assert text[int(start) : int(end)] == str(exact)


@pytest.mark.model
def test_every_term_the_exporter_emits_is_declared_in_the_ontology(graph):
    declared = set(ontology().subjects())
    used = set(graph.predicates()) | set(graph.objects(None, RDF.type))
    used -= {RDF.type}
    undeclared = {t for t in used if t not in declared}
    assert not undeclared, undeclared


def test_ontology_declares_every_nkb_term_with_label_and_comment():
    onto = ontology()
    for name in NKB.__annotations__:
        term = NKB[name]
        assert (term, None, None) in onto, term
        assert onto.value(term, URIRef("http://www.w3.org/2000/01/rdf-schema#label")) is not None, term
        assert onto.value(term, URIRef("http://www.w3.org/2000/01/rdf-schema#comment")) is not None, term


def test_every_nkb_term_in_the_ontology_is_in_the_closed_namespace():
    ours = {s for s in ontology().subjects() if isinstance(s, URIRef) and str(s).startswith(str(NKB._NS))}
    assert ours == {NKB[name] for name in NKB.__annotations__}


def test_plover_scheme_has_sixteen_concepts_with_cameo_roots():
    onto = ontology()
    concepts = set(onto.subjects(SKOS.inScheme, NKB.PLOVER))
    assert concepts == {PLOVER[c] for c in PLOVER.__annotations__}
    assert len(concepts) == 16
    for concept in concepts:
        assert str(onto.value(concept, SKOS.notation)) == str(concept).rsplit("#", 1)[1]
        assert onto.value(concept, SKOS.prefLabel).language == "en"
        assert onto.value(concept, SKOS.definition) is not None
        assert all(re.fullmatch(r"\d\d", str(c)) for c in onto.objects(concept, NKB.cameoRoot))
        assert list(onto.objects(concept, NKB.cameoRoot))


def test_context_terms_map_to_declared_iris():
    ctx = jsonld_context()
    prefixes = {k: v for k, v in ctx.items() if isinstance(v, str) and v.endswith(("#", "/"))}
    declared = set(ontology().subjects())
    for term, value in ctx.items():
        if term in prefixes:
            continue
        iri = value["@id"] if isinstance(value, dict) else value
        prefix, local = iri.split(":", 1)
        assert URIRef(prefixes[prefix] + local) in declared, term


def test_shapes_mention_only_declared_terms():
    shapes = Graph()
    for path in sorted((ROOT / "shapes").glob("*.ttl")):
        shapes.parse(path)
    ours = {str(NKB._NS), str(PLOVER._NS)}
    declared = set(ontology().subjects())
    for term in set(shapes.all_nodes()):
        if isinstance(term, URIRef) and any(str(term).startswith(ns) for ns in ours):
            assert term in declared, term


@pytest.mark.model
def test_turtle_and_jsonld_are_isomorphic(graph):
    turtle = Graph().parse(data=serialize(graph, "turtle"), format="turtle")
    jsonld = Graph().parse(data=serialize(graph, "jsonld"), format="json-ld")
    ntriples = Graph().parse(data=serialize(graph, "nt"), format="nt")
    assert isomorphic(turtle, jsonld) and isomorphic(turtle, ntriples)
    assert json.loads(serialize(graph, "jsonld"))["@context"] == jsonld_context()


@pytest.mark.model
def test_nquads_put_each_article_in_its_own_graph(seed_extraction):
    dataset = to_dataset([seed_extraction])
    names = {g.identifier for g in dataset.graphs() if len(g)}
    article = next(iter(to_graph([seed_extraction]).subjects(RDF.type, SCHEMA.NewsArticle)))
    assert article in names
    text = serialize(dataset, "nq")
    assert all(line.endswith(f"<{article}> .") for line in text.splitlines())


@pytest.mark.model
def test_output_is_byte_identical_across_runs(seed_extraction):
    first = {f: serialize(to_graph([seed_extraction]), f) for f in ("turtle", "jsonld", "nt")}
    second = {f: serialize(to_graph([seed_extraction]), f) for f in ("turtle", "jsonld", "nt")}
    assert first == second
    assert "_:" not in first["nt"]  # no blank-node labels, random or not


@pytest.mark.model
def test_base_sets_the_iri_base(seed_extraction):
    graph = to_graph([seed_extraction], base="https://example.org/kb/")
    subjects = {str(s) for s in graph.subjects() if isinstance(s, URIRef)}
    ours = {s for s in subjects if not s.startswith(("https://w3id.org/newskb/plover#", "https://w3id.org/newskb/ns#"))}
    assert ours and all(s.startswith("https://example.org/kb/") for s in ours)


@pytest.mark.model
def test_merging_articles_keeps_one_node_and_one_name_per_entity(extract_text):
    a = extract_text("Jacinda Ardern spoke in Wellington.")
    b = extract_text("Jacinda Ardern later left Wellington for London.")
    graph = to_graph([a, b])
    ardern = [s for s in graph.subjects(SCHEMA.name, Literal("Jacinda Ardern"))]
    assert len(ardern) == 1
    assert len(list(graph.objects(ardern[0], SCHEMA.name))) == 1
    assert len(set(graph.subjects(RDF.type, SCHEMA.NewsArticle))) == 2


@pytest.mark.model
def test_records_are_derived_from_their_article(graph):
    for kind in (NKB.Statement, NKB.Event, NKB.Sanction):
        for record in graph.subjects(RDF.type, kind):
            assert graph.value(record, PROV.wasDerivedFrom) is not None


@pytest.mark.model
def test_records_that_differ_only_in_status_are_two_nodes(seed_extraction):
    from newskb.models import Event, Extraction

    event = seed_extraction.events[0]
    other = event.model_copy(update={"status": "Hypothetical" if event.status != "Hypothetical" else "Occurred"})
    both = Extraction(article=seed_extraction.article, entities=seed_extraction.entities, events=(event, other))
    graph = to_graph([both])
    nodes = set(graph.subjects(RDF.type, NKB.Event))
    assert len(nodes) == 2
    assert all(len(list(graph.objects(n, NKB.status))) == 1 for n in nodes)
    assert isinstance(other, Event)


def test_generated_files_are_the_declarations():
    assert not stale(declaration()), "run `python -m newskb.rdf.generate` after editing src/newskb/rdf/schema/"


def _literal_values(annotation) -> tuple:
    """The values of the ``Literal[...]`` inside a field's annotation, or ()."""
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)
    return next((v for a in typing.get_args(annotation) if (v := _literal_values(a))), ())


ENTITY_IDENTITY = {"key", "type", "subtype"}  # the entity's IRI and classes, not field rows


@pytest.mark.parametrize("kind", declaration().kinds(), ids=lambda k: k.name)
def test_hand_written_models_follow_the_declaration(kind):
    d = declaration()
    model = getattr(models, kind.model)
    fields = model.model_fields
    declared = {f.name: f for f in kind.fields}
    assert set(declared) <= set(fields), "declared fields the model lacks"
    left = set(fields) - set(declared) - set(kind.unmapped) - (ENTITY_IDENTITY if kind.name == "entity" else set())
    assert not left, f"model fields neither declared nor listed as unmapped: {left}"
    for name, f in declared.items():
        many = typing.get_origin(fields[name].annotation) is tuple
        assert not (f.max == 1 and many), f"{name}: max 1 but the model holds many"
        may_be_unset = not fields[name].is_required() and fields[name].default in (None, ())
        assert not (f.min and may_be_unset), f"{name}: a must the model may leave unset"
        if f.how == "term":
            assert set(_literal_values(fields[name].annotation)) == set(d.value_names(f.values)), name
        if f.how == "concept":
            assert set(_literal_values(fields[name].annotation)) == set(d.concepts()), name


def test_the_entity_types_of_the_model_are_the_declared_classes():
    assert {c.split(":", 1)[1] for c in declaration().entity["classes"]} == set(typing.get_args(models.EntityType))


def test_an_extension_file_may_add_terms_but_not_redefine_them():
    files = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "src/newskb/rdf/schema").glob("*.yaml"))]
    extra = "classes:\n  nkb:Toy: {label: Toy, comment: A toy.}\n"
    assert "nkb:Toy" in read([*files, ("toy.yaml", extra)]).classes
    with pytest.raises(DeclarationError, match="declared twice"):
        read([*files, ("toy.yaml", extra), ("again.yaml", extra)])
    with pytest.raises(DeclarationError, match="unknown key.*extracter"):
        read([*files, ("toy.yaml", extra + "records:\n  toy: {class: nkb:Toy, model: Toy, extracter: x, fields: {}}\n")])
    with pytest.raises(DeclarationError, match="not declared"):
        read([*files, ("toy.yaml", "records:\n  toy: {class: nkb:Toy, model: Toy, fields: {x: {property: nkb:nope}}}\n")])


def test_extractors_run_after_the_kinds_they_require():
    files = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "src/newskb/rdf/schema").glob("*.yaml"))]
    assert declaration().extraction_order == ["statement", "sanction", "event"]  # declared: statement, event, sanction
    toy = "records:\n  toy: {{model: Toy, extractor: 'm:f', requires: [{}], fields: {{}}}}\n"
    assert read([*files, ("toy.yaml", toy.format("event"))]).extraction_order[-1] == "toy"
    with pytest.raises(DeclarationError, match="toy' requires 'casualty', which no declared extractor finds"):
        read([*files, ("toy.yaml", toy.format("casualty"))])
    with pytest.raises(DeclarationError, match="require each other: toy -> toy"):
        read([*files, ("toy.yaml", toy.format("toy"))])


@pytest.mark.model
@pytest.mark.parametrize("lexical, datatype, conforms", [
    ("2019", "gYear", True), ("2019-11", "gYearMonth", True), ("2019-11-02", "date", True), ("November 2019", None, False),
])
def test_an_event_date_validates_at_each_precision_the_contract_allows(graph, lexical, datatype, conforms):
    from newskb.validation import validate_graph

    written = Literal(lexical, datatype=URIRef(f"http://www.w3.org/2001/XMLSchema#{datatype}") if datatype else None)
    dated = Graph()
    for triple in graph:
        dated.add(triple)
    event = next(iter(graph.subjects(RDF.type, NKB.Event)))
    dated.remove((event, NKB.date, None))
    dated.add((event, NKB.date, written))
    assert validate_graph(dated).conforms is conforms


@pytest.mark.model
def test_export_turtle_is_what_rdflib_writes(seed_extraction):
    """The export writes Turtle itself (rdflib's serializer is quadratic in article length); its
    bytes must stay rdflib's, including for graphs it hands back to rdflib."""
    from rdflib import BNode

    from newskb.rdf.mapping import to_triples
    from newskb.rdf.turtle import turtle
    from newskb.rdf.vocab import bind_prefixes

    def rdflib_turtle(triples) -> str:
        graph = Graph()
        bind_prefixes(graph)
        for triple in triples:
            graph.add(triple)
        return graph.serialize(format="turtle")

    triples = to_triples([seed_extraction])
    assert turtle(triples) == serialize(to_graph([seed_extraction]), "turtle")
    subject = URIRef("https://w3id.org/newskb/id/entity/x")
    written_here = {
        (subject, SCHEMA.name, Literal("x(1)%", lang="en")),
        (URIRef("https://schema.org/a(b)%zz"), RDF.type, URIRef("http://www.w3.org/2000/01/rdf-schema#Class")),
        (subject, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q1.")),
        (subject, SCHEMA.startDate, Literal("2025", datatype=URIRef("http://www.w3.org/2001/XMLSchema#gYear"))),
        (subject, SCHEMA.alternateName, Literal(3)),
        (subject, SCHEMA.description, Literal("y", lang="en")),
        (URIRef("https://w3id.org/newskb/id/entity/z"), SCHEMA.description, Literal("y", lang="EN")),
        # literals written plain (numbers, booleans), an ill-typed integer, and one value given
        # as a number and as its text
        (subject, SCHEMA.ratingValue, Literal(1.5)),
        (subject, SCHEMA.price, Literal(Decimal("2.50"))),
        (subject, SCHEMA.isFamilyFriendly, Literal(True)),
        (subject, SCHEMA.position, Literal("x", datatype=XSD.integer)),
        (subject, SCHEMA.position, Literal("7", datatype=XSD.integer)),
        (URIRef("https://w3id.org/newskb/id/entity/z"), SCHEMA.position, Literal(7)),
    }
    handed_to_rdflib = [
        {(subject, URIRef("http://example.org/unbound#p"), Literal("a"))},  # rdflib invents a prefix
        {(subject, NKB.actor, BNode("b1"))},
    ]
    for extra in [written_here, *handed_to_rdflib]:
        assert turtle(triples | extra) == rdflib_turtle(triples | extra)
