"""Corpus scale: parallel and incremental export, the Oxigraph store and its endpoint,
the Dask path, and parallel validation — each must give what the plain path gives."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newskb.cli import app

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"
runner = CliRunner()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, nlp) -> Path:
    """A copy of the test articles (so tests may change them)."""
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(ARTICLES.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def exported(corpus, tmp_path_factory) -> Path:
    """The single-process, one-file-per-article export (Turtle and N-Quads): the reference."""
    from newskb.export import export

    out = tmp_path_factory.mktemp("kb1")
    summary = export([corpus], formats=["turtle", "nq"], output=out, per_article=True)
    assert not summary.failed
    return out


def test_jobs_give_identical_output(corpus, exported, tmp_path):
    from newskb.export import export

    summary = export([corpus], formats=["turtle", "nq"], output=tmp_path, per_article=True, jobs=2)
    assert not summary.failed
    assert summary.exported == sorted(p.name for p in corpus.glob("*.txt"))
    assert _files(tmp_path) == _files(exported)


def test_jobs_merged_output_is_identical(corpus):
    from newskb.export import export

    one = export([corpus], formats=["nt"])
    two = export([corpus], formats=["nt"], jobs=2)
    assert one.text and one.text == two.text


def test_incremental_export_skips_unchanged_articles(corpus, tmp_path, monkeypatch):
    import newskb.export
    from newskb.export import MANIFEST_NAME, Manifest, export, export_options
    from newskb.reader import read_article

    articles = tmp_path / "articles"
    shutil.copytree(corpus, articles)
    out = tmp_path / "kb"
    first = export([articles], formats=["turtle"], output=out, per_article=True)
    assert len(first.exported) == 5 and not first.skipped
    before = _files(out)

    again = export([articles], formats=["turtle"], output=out, per_article=True)
    assert again.exported == [] and len(again.skipped) == 5
    assert _files(out) == before  # manifest included: nothing rewritten, output deterministic

    changed = sorted(articles.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe talks will resume next week.\n", encoding="utf-8")
    tampered = sorted(out.glob("*.ttl"))[3]
    tampered.write_text("# edited by hand\n", encoding="utf-8")
    third = export([articles], formats=["turtle"], output=out, per_article=True)
    assert sorted(third.exported) == sorted([changed.name, tampered.stem + ".txt"])
    assert len(third.skipped) == 3
    assert tampered.read_text(encoding="utf-8") == before[tampered.name].decode("utf-8")

    article = read_article(min(articles.glob("*.txt")))
    targets = [out / f"{Path(article.source).stem}.ttl"]
    assert Manifest(out, export_options(None, None)).unchanged(article, targets)
    assert not Manifest(out, export_options("https://example.org/kb/", None)).unchanged(article, targets)
    monkeypatch.setattr(newskb.export, "code_digest", lambda: "an extractor or lexicon changed")
    assert not Manifest(out, export_options(None, None)).unchanged(article, targets)
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(manifest["files"]) == sorted(p.name for p in out.glob("*.ttl"))


def test_cli_export_jobs_and_skip_message(corpus, tmp_path):
    out = f"{tmp_path}/kb/"
    result = runner.invoke(app, ["export", str(corpus), "--output", out, "--jobs", "2"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["export", str(corpus), "--output", out])
    assert result.exit_code == 0, result.output
    assert "5 unchanged (skipped)" in result.stderr


def test_store_load_and_query(exported, tmp_path):
    store = tmp_path / "store"
    result = runner.invoke(app, ["load", str(exported), "--store", str(store)])
    assert result.exit_code == 0, result.output
    count = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }"
    on_store = runner.invoke(app, ["query", "--store", str(store), "-q", count, "-f", "csv"])
    on_files = runner.invoke(app, ["query", str(exported), "-q", count, "-f", "csv"])
    assert on_store.exit_code == 0, on_store.output
    assert on_store.stdout == on_files.stdout == "n\n5\n"
    people = "SELECT (COUNT(*) AS ?n) WHERE { ?e a schema:Person }"  # entity triples recur in many articles' graphs
    counts = {
        runner.invoke(app, ["query", *map(str, sorted(exported.glob(pattern))), "-q", people, "-f", "csv"]).stdout
        for pattern in ("*.ttl", "*.nq")
    } | {runner.invoke(app, ["query", "--store", str(store), "-q", people, "-f", "csv"]).stdout}
    assert len(counts) == 1, counts  # counted once each, not once per article
    refused = runner.invoke(app, ["query", "--store", str(store), "-q", "DELETE WHERE { ?s ?p ?o }"])
    assert refused.exit_code == 2 and "not allowed" in refused.stderr
    assert runner.invoke(app, ["query", "--store", str(tmp_path / "none"), "-q", count]).exit_code == 2


def test_sparql_endpoint_is_read_only_and_local(exported):
    from newskb.kbfiles import load_store
    from newskb.store import endpoint_url, make_server, serve_in_thread

    server = make_server(load_store([exported]), port=0)
    serve_in_thread(server)
    url = endpoint_url(server)
    assert url.startswith("http://127.0.0.1:")
    try:
        ask = "ASK { ?s a schema:NewsArticle }"
        with urllib.request.urlopen(f"{url}?{urllib.parse.urlencode({'query': ask})}", timeout=10) as response:
            assert response.headers["Content-Type"].startswith("application/sparql-results+json")
            assert json.load(response) == {"head": {}, "boolean": True}
        select = "SELECT (COUNT(*) AS ?n) WHERE { ?e a schema:Person }"
        request = urllib.request.Request(url, data=select.encode(), headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"})
        with urllib.request.urlopen(request, timeout=10) as response:
            lines = response.read().decode().splitlines()
            assert lines[0] == "n" and int(lines[1]) > 0
        for data, kind in ((b"INSERT DATA { <urn:a> <urn:b> <urn:c> }", "application/sparql-update"),
                           (urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(), "application/x-www-form-urlencoded")):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(urllib.request.Request(url, data=data, headers={"Content-Type": kind}), timeout=10)
            assert refused.value.code == 403
        with pytest.raises(urllib.error.HTTPError) as bad:
            urllib.request.urlopen(f"{url}?{urllib.parse.urlencode({'query': 'SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }'})}", timeout=10)
        assert bad.value.code == 400
    finally:
        server.shutdown()
        server.server_close()


def test_dask_export_equals_single_process_export(corpus, exported, tmp_path):
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    from newskb.distributed import export_distributed

    reference = {name: data for name, data in _files(exported).items() if name.endswith(".nq")}
    for workers, processes in ((1, False), (2, True)):
        out = tmp_path / f"workers{workers}"
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes, dashboard_address=None) as cluster, Client(cluster) as client:
            summary = export_distributed([corpus], out, client=client, batch_size=2)
        assert not summary.failed
        assert _files(out) == reference, f"{workers} worker(s)"


def _corrupted(graph):
    """Break the graph in the ways the shapes check: a missing name, two names, a wrong span, a literal speaker, a dangling entity."""
    from rdflib import RDF, Literal, URIRef

    from newskb.rdf.vocab import NKB, OA, SCHEMA

    people = sorted(set(graph.subjects(RDF.type, SCHEMA.Person)))
    graph.remove((people[0], SCHEMA.name, None))
    graph.add((people[1], SCHEMA.name, Literal("Another Name")))
    span = min(graph.subjects(RDF.type, OA.SpecificResource))
    graph.set((URIRef(f"{span}/quote"), OA.exact, Literal("not the right length")))
    statement = min(graph.subjects(RDF.type, NKB.Statement))
    graph.add((statement, NKB.speaker, Literal("a name, not an entity")))
    graph.add((URIRef("https://example.org/article"), SCHEMA.mentions, URIRef("https://example.org/nobody")))
    return graph


@pytest.mark.parametrize("broken", [False, True], ids=["conforming", "violations"])
def test_parallel_validation_matches_pyshacl(exported, monkeypatch, broken):
    from pyshacl import validate as plain_pyshacl
    from rdflib.namespace import SH

    import newskb.validation as v
    from newskb.kbfiles import load_graph

    graph = load_graph(sorted(exported.glob("002*.ttl")))
    if broken:
        graph = _corrupted(graph)
    monkeypatch.setattr(v, "PARTITIONED_MIN_TRIPLES", 0)
    shapes = v.load_shapes()
    parallel = v.validate_graph(graph, jobs=3, engine="pyshacl")
    single = v.validate_graph(graph, engine="pyshacl")
    conforms, results, _ = plain_pyshacl(graph, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True)
    plain_focus = sorted(str(results.value(r, SH.focusNode)) for r in results.subjects(SH.resultSeverity))
    assert parallel.conforms == single.conforms == bool(conforms) == (not broken)
    assert sorted(x.focus for x in parallel.violations) == plain_focus
    assert parallel.violations == single.violations
    if broken:
        assert "https://example.org/nobody" in plain_focus
        assert {"a name, not an entity", "not the right length"} <= {x.value for x in parallel.violations}


# --- the SPARQL-compiled validator against pySHACL -----------------------------------
# Each breaks the graph the way real exports go wrong, picking nodes by sorted IRI (no names).
def _first(graph, predicate, obj=None):
    return min(graph.subjects(predicate, obj))


def _names_removed(g):
    from rdflib import RDF

    from newskb.rdf.vocab import SCHEMA

    for entity in sorted(set(g.subjects(RDF.type, SCHEMA.Person)))[:2]:
        g.remove((entity, SCHEMA.name, None))


def _names_doubled_tagged_or_empty(g):
    from rdflib import RDF, Literal, URIRef

    from newskb.rdf.vocab import SCHEMA

    people = sorted(set(g.subjects(RDF.type, SCHEMA.Person)))
    g.add((people[0], SCHEMA.name, Literal("Another Name")))
    g.set((people[-1], SCHEMA.name, Literal("Name", lang="en")))
    org = _first(g, RDF.type, SCHEMA.Organization)
    g.set((org, SCHEMA.name, Literal("")))
    g.add((org, SCHEMA.alternateName, URIRef("https://example.org/not-a-string")))


def _bad_spans(g):
    from rdflib import XSD, Literal, URIRef

    from newskb.rdf.vocab import OA

    quote = _first(g, OA.exact)
    g.set((quote, OA.exact, Literal(str(g.value(quote, OA.exact)) + "!")))
    position = _first(g, OA.start)
    g.set((position, OA.start, Literal(-3)))
    g.add((position, OA.end, Literal("7", datatype=XSD.string)))
    spans = sorted(g.subjects(OA.hasSource, None))
    g.remove((spans[1], OA.hasSource, None))
    g.add((spans[2], OA.hasSource, URIRef("https://example.org/not-an-article")))


def _two_event_types_and_bad_dates(g):
    from rdflib import RDF, XSD, Literal, URIRef

    from newskb.rdf.vocab import NKB, PLOVER

    events = sorted(g.subjects(RDF.type, NKB.Event))
    g.add((events[0], NKB.eventType, PLOVER.AGREE if (events[0], NKB.eventType, PLOVER.AGREE) not in g else PLOVER.ASSAULT))
    g.set((events[-1], NKB.eventType, URIRef("https://example.org/types/MEET")))
    g.add((events[-1], NKB.place, URIRef("https://example.org/place/1")))
    g.add((events[-1], NKB.place, URIRef("https://example.org/place/2")))
    g.add((events[-1], NKB.date, Literal("2024-13-45", datatype=XSD.date)))
    g.add((min(g.objects(None, NKB.eventType)), URIRef("http://www.w3.org/2004/02/skos/core#notation"), Literal("EXTRA")))


def _unknown_status(g):
    from rdflib import RDF, Literal, URIRef

    from newskb.rdf.vocab import NKB

    g.set((_first(g, RDF.type, NKB.Event), NKB.status, NKB.Imposed))
    sanction = _first(g, RDF.type, NKB.Sanction)
    g.set((sanction, NKB.status, URIRef("https://example.org/status/Maybe")))
    g.remove((sanction, NKB.target, None))
    g.add((sanction, NKB.sanctionEvent, URIRef("https://example.org/not-an-event")))
    g.add((sanction, NKB.sector, Literal(5)))


def _statement_text_missing(g):
    from rdflib import RDF, Literal, URIRef

    from newskb.rdf.vocab import NKB, SCHEMA

    statements = sorted(g.subjects(RDF.type, NKB.Statement))
    g.remove((statements[0], SCHEMA.text, None))
    g.add((statements[0], NKB.speaker, Literal("a name, not an entity")))
    g.add((statements[0], NKB.cue, Literal("said")))
    g.add((statements[0], NKB.cue, Literal("told")))
    g.remove((statements[-1], NKB.speakerText, None))
    g.set((statements[-1], NKB.quoteType, NKB.Occurred))
    g.remove((statements[-1], URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None))


def _article_broken(g):
    from rdflib import Literal, URIRef

    from newskb.rdf.vocab import NKB, SCHEMA

    article = _first(g, NKB.sha256)
    g.set((article, NKB.sha256, Literal("not-a-hash")))
    g.add((article, SCHEMA.headline, Literal("one")))
    g.add((article, SCHEMA.headline, Literal("two")))
    g.add((article, SCHEMA.datePublished, Literal("yesterday")))
    g.add((article, SCHEMA.mentions, Literal("a literal mention")))
    g.add((URIRef("https://example.org/article"), SCHEMA.mentions, URIRef("https://example.org/nobody")))


BREAKAGES = [_names_removed, _names_doubled_tagged_or_empty, _bad_spans, _two_event_types_and_bad_dates,
             _unknown_status, _statement_text_missing, _article_broken]


@pytest.fixture(scope="module")
def seed_graph(seed_extraction):
    from newskb.rdf.mapping import to_graph

    return to_graph([seed_extraction])


def test_oxigraph_engine_matches_pyshacl_on_the_exports(exported, seed_graph):
    """Same verdict and the very same violations (focus, path, value, severity, message, shape)."""
    from newskb.kbfiles import load_graph
    from newskb.validation import load_shapes, validate_files, validate_graph

    shapes = load_shapes()
    graphs = {"seed": seed_graph, **{p.name: load_graph([p]) for p in sorted(exported.glob("*.ttl"))}}
    for name, graph in graphs.items():
        fast, reference = validate_graph(graph, shapes), validate_graph(graph, shapes, engine="pyshacl")
        assert fast.conforms and reference.conforms, name
        assert fast.triples == reference.triples == len(graph)
    for pattern in ("*.ttl", "*.nq"):  # files parsed by Oxigraph on one side, rdflib on the other
        files = sorted(exported.glob(pattern))
        fast, reference = validate_files(files, shapes), validate_files(files, shapes, engine="pyshacl")
        assert (fast.conforms, fast.triples, fast.violations) == (reference.conforms, reference.triples, reference.violations)


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda f: f.__name__.strip("_"))
def test_oxigraph_engine_matches_pyshacl_on_broken_copies(exported, breakage):
    from newskb.kbfiles import load_graph
    from newskb.validation import load_shapes, validate_graph

    shapes = load_shapes()
    graph = load_graph([p for p in sorted(exported.glob("*.ttl")) if p.name[:3] in ("001", "004")])  # statements, events, sanctions
    breakage(graph)
    fast, reference = validate_graph(graph, shapes), validate_graph(graph, shapes, engine="pyshacl")
    assert not reference.conforms
    assert fast.conforms == reference.conforms
    assert fast.violations == reference.violations  # sorted lists: focus, path, value, severity, message, shape
    assert fast.to_json() == reference.to_json()


def test_unsupported_shapes_fall_back_to_pyshacl(exported, caplog):
    import logging

    from rdflib import Literal
    from rdflib.namespace import SH

    from newskb.kbfiles import load_graph
    from newskb.rdf.vocab import NKB
    from newskb.validation import load_shapes, validate_graph

    shapes = load_shapes()
    shapes.add((next(iter(shapes.subjects(SH.targetClass, NKB.Statement))), SH.closed, Literal(True)))  # not compiled
    graph = load_graph(sorted(exported.glob("002*.ttl")))
    with caplog.at_level(logging.DEBUG, logger="newskb.validation"):
        fast = validate_graph(graph, shapes)
    assert "shacl#closed" in caplog.text
    assert fast.violations == validate_graph(graph, shapes, engine="pyshacl").violations
    assert not fast.conforms  # closed: a statement has properties the shape does not list


def test_cli_engines_give_the_same_report_and_exit_code(exported, tmp_path):
    from rdflib import Graph

    from newskb.kbfiles import load_graph
    from newskb.rdf.serialize import serialize

    broken = load_graph(sorted(exported.glob("001*.ttl")))
    _statement_text_missing(broken)
    (tmp_path / "broken.ttl").write_text(serialize(broken, "turtle"), encoding="utf-8")
    for kb, code in ((exported, 0), (tmp_path / "broken.ttl", 1)):
        outputs = [runner.invoke(app, ["validate", str(kb), "--engine", engine, "-f", "json"]) for engine in ("oxigraph", "pyshacl")]
        assert [o.exit_code for o in outputs] == [code, code], outputs[0].output
        assert outputs[0].stdout == outputs[1].stdout
    turtle = runner.invoke(app, ["validate", str(tmp_path / "broken.ttl"), "-f", "turtle"])
    assert turtle.exit_code == 1 and len(Graph().parse(data=turtle.stdout, format="turtle")) > 0
    wrong = runner.invoke(app, ["validate", str(exported), "--engine", "jena"])
    assert wrong.exit_code == 2 and wrong.stderr.startswith("Error: unknown validation engine")


def test_help_does_not_import_the_heavy_libraries():
    code = "import sys, newskb.cli; print(sorted(m for m in ('spacy', 'rdflib', 'pyshacl', 'pyoxigraph', 'dask') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_sentence_guard_marks_in_one_pass_what_the_rule_says_on_a_long_text(nlp):
    """The guard writes its marks as one array (linear on a 1M-character article); the marks are the rule's."""
    from newskb.nlp.sentences import GUARD, after_blank_line, may_start_sentence

    text = 'Officials of the Guard Corps (IRGC) Aerospace Force met. "We left," she said.\n\nTalks resumed in Oslo! ' * 3000
    doc = nlp.get_pipe(GUARD)(nlp.make_doc(text))
    assert len(doc) > 60000
    for i in range(1, len(doc)):
        expected = (True if after_blank_line(doc, i) else None) if may_start_sentence(doc, i) else False
        assert doc[i].is_sent_start is expected
