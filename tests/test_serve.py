"""``newskb serve`` as SPARQL clients and browsers use it: SPARQLWrapper in every format and method,
raw protocol requests (content negotiation, CORS, dataset parameters, service description, guards,
refusals), the report pages, and the query page in headless Chromium.

Servers listen on 127.0.0.1 only, on a free port, and are stopped by the test.
"""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib

from newskb.sparql import query_form
from newskb.store import endpoint_url, make_server, negotiate, serve_in_thread, RESULT_TYPES, GRAPH_TYPES


ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = rdflib.Namespace("http://www.w3.org/ns/formats/")
PEOPLE = "SELECT ?name WHERE { ?e a schema:Person ; schema:name ?name } ORDER BY ?name"
THREE_WAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
pytestmark = [pytest.mark.model, pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")]  # the model: an export to serve; the warning: inside SPARQLWrapper


@pytest.fixture(scope="module")
def kb(tmp_path_factory, nlp) -> Path:
    """Two test articles exported to one N-Quads file: one named graph per article."""
    from newskb.export import export

    folder = tmp_path_factory.mktemp("serve-kb")
    summary = export(sorted(ARTICLES.glob("*.txt"))[:2], formats=["nq"], output=folder / "kb.nq")
    assert not summary.failed
    return folder / "kb.nq"


@pytest.fixture(scope="module")
def endpoint(kb):
    from newskb.kbfiles import load_store

    server = make_server(load_store([kb]), port=0, timeout=2, max_rows=1000)
    serve_in_thread(server)
    yield endpoint_url(server)
    server.shutdown()
    server.server_close()


def request(url: str, *, data: bytes | None = None, method: str | None = None, **headers: str) -> tuple[int, dict, str]:
    """Status, headers and body of a raw HTTP request (an error status is an answer too)."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, method=method, headers=headers), timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode()


def get(endpoint: str, sparql: str, **params: str | list[str]) -> str:
    return f"{endpoint}?{urllib.parse.urlencode({'query': sparql, **params}, doseq=True)}"


def wrapper(endpoint: str, sparql: str, fmt: str, method: str):
    from SPARQLWrapper import GET, POST, POSTDIRECTLY, URLENCODED, SPARQLWrapper

    client = SPARQLWrapper(endpoint)
    client.setQuery(sparql)
    client.setReturnFormat(fmt)
    client.setMethod(GET if method == "get" else POST)
    if method != "get":
        client.setRequestMethod(URLENCODED if method == "form" else POSTDIRECTLY)
    return client


def names_in_json(endpoint: str) -> list[str]:
    status, _, body = request(get(endpoint, PEOPLE))
    assert status == 200, body
    return [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]


# --- SPARQLWrapper ------------------------------------------------------------------------------------
@pytest.mark.parametrize("method", ["get", "form", "direct"])
def test_sparqlwrapper_select_in_every_results_format(endpoint, method):
    from SPARQLWrapper import CSV, JSON, TSV, XML

    expected = names_in_json(endpoint)
    assert len(expected) >= 2
    as_json = wrapper(endpoint, PEOPLE, JSON, method).query()
    assert as_json.response.headers["Content-Type"].startswith("application/sparql-results+json")
    assert [b["name"]["value"] for b in as_json.convert()["results"]["bindings"]] == expected
    as_xml = wrapper(endpoint, PEOPLE, XML, method).query()
    assert as_xml.response.headers["Content-Type"].startswith("application/sparql-results+xml")
    assert [node.firstChild.data for node in as_xml.convert().getElementsByTagName("literal")] == expected
    as_csv = wrapper(endpoint, PEOPLE, CSV, method).query().convert().decode()
    assert [row["name"] for row in csv.DictReader(io.StringIO(as_csv))] == expected
    as_tsv = wrapper(endpoint, PEOPLE, TSV, method).query().convert().decode().splitlines()
    assert as_tsv[0] == "?name" and [json.loads(line) for line in as_tsv[1:]] == expected  # quoted, as TSV writes literals


@pytest.mark.parametrize("method", ["get", "form", "direct"])
def test_sparqlwrapper_ask(endpoint, method):
    from SPARQLWrapper import JSON, XML

    assert wrapper(endpoint, "ASK { ?a a schema:NewsArticle }", JSON, method).query().convert() == {"head": {}, "boolean": True}
    assert wrapper(endpoint, "ASK { ?a a schema:Nothing }", JSON, method).query().convert()["boolean"] is False
    answer = wrapper(endpoint, "ASK { ?a a schema:NewsArticle }", XML, method).query().convert()
    assert answer.getElementsByTagName("boolean")[0].firstChild.data == "true"


@pytest.mark.parametrize("method", ["get", "form", "direct"])
def test_sparqlwrapper_construct_and_describe(endpoint, method):
    from SPARQLWrapper import JSONLD, RDFXML, TURTLE

    construct = "CONSTRUCT { ?e schema:name ?name } WHERE { ?e a schema:Person ; schema:name ?name }"
    expected = set(names_in_json(endpoint))
    for fmt, media in ((TURTLE, "text/turtle"), (JSONLD, "application/ld+json"), (RDFXML, "application/rdf+xml")):
        answer = wrapper(endpoint, construct, fmt, method).query()
        assert answer.response.headers["Content-Type"].startswith(media), fmt
        converted = answer.convert()
        graph = converted if isinstance(converted, rdflib.Graph) else rdflib.Graph().parse(data=converted, format="turtle")
        assert {str(o) for o in graph.objects(None, rdflib.URIRef("https://schema.org/name"))} == expected, fmt
    person = next(iter(graph.subjects()))
    described = wrapper(endpoint, f"DESCRIBE <{person}>", TURTLE, method).query().convert()
    graph = rdflib.Graph().parse(data=described, format="turtle")
    assert (person, rdflib.RDF.type, rdflib.URIRef("https://schema.org/Person")) in graph
    assert set(graph.subjects()) == {person}


def test_construct_as_n_triples(endpoint):
    status, headers, body = request(get(endpoint, "CONSTRUCT WHERE { ?e a schema:Person }"), Accept="application/n-triples")
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    lines = body.splitlines()
    assert lines and all(line.endswith(" <https://schema.org/Person> .") for line in lines)


# --- content negotiation -------------------------------------------------------------------------------
def test_accept_q_values_decide_and_nothing_acceptable_is_406(endpoint):
    url = get(endpoint, PEOPLE)
    status, headers, _ = request(url, Accept="text/csv;q=0.5, application/sparql-results+xml;q=0.9")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+xml")
    status, headers, _ = request(url, Accept="text/*;q=0.8, text/csv;q=0")  # csv refused by name, though text/* matches
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    status, _, body = request(url, Accept="image/png")
    assert status == 406 and "application/sparql-results+json" in body
    status, _, body = request(get(endpoint, "CONSTRUCT WHERE { ?e a schema:Person }"), Accept="application/sparql-results+json")
    assert status == 406 and "text/turtle" in body
    status, headers, _ = request(get(endpoint, PEOPLE, format="csv"), Accept="application/sparql-results+json")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")  # the format parameter overrides
    status, headers, _ = request(url)
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")  # no Accept: JSON


def test_negotiate_prefers_the_most_specific_range_then_the_servers_order():
    assert negotiate("*/*", RESULT_TYPES) == ("json", "application/sparql-results+json")
    assert negotiate("text/*, */*;q=0.1", RESULT_TYPES) == ("csv", "text/csv")
    assert negotiate("application/json;q=0.2, text/turtle", RESULT_TYPES) == ("json", "application/json")
    assert negotiate("text/html", RESULT_TYPES) is None
    assert negotiate("application/ld+json;q=0.9, text/turtle;q=0.3", GRAPH_TYPES) == ("jsonld", "application/ld+json")
    assert negotiate("*/*;q=0", GRAPH_TYPES) is None


def test_query_form_ignores_keywords_in_strings_iris_and_comments():
    assert query_form('PREFIX ex: <http://e/select/> # ASK\nCONSTRUCT { ?s ex:p "SELECT" } WHERE { ?s ?p ?o }') == "construct"
    assert query_form("describe <http://e/x>") == "describe"
    assert query_form("ASK { ?s ?p ?o }") == "ask"
    assert query_form("SELECT ?describe WHERE { ?describe ?p ?o }") == "select"


# --- CORS, dataset, service description -------------------------------------------------------------------
def test_cors_preflight_and_headers(endpoint):
    status, headers, _ = request(endpoint, method="OPTIONS", Origin="http://example.org",
                                 **{"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type, accept"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"] and "content-type" in headers["Access-Control-Allow-Headers"]
    status, headers, _ = request(get(endpoint, PEOPLE), Origin="http://example.org")
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = request(get(endpoint, "SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }"), Origin="http://example.org")
    assert status == 400 and headers["Access-Control-Allow-Origin"] == "*"  # a browser client can read the error too


def test_dataset_parameters_choose_the_graphs(endpoint):
    def count(sparql: str, data: bytes | None = None, **params) -> int:
        status, _, body = request(get(endpoint, sparql, **params), data=data)
        assert status == 200, body
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])

    status, _, body = request(get(endpoint, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"))
    graphs = [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert len(graphs) == 2  # one per article
    everything = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    whole = count(everything)
    first = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graphs[0]}> {{ ?s ?p ?o }} }}")
    assert 0 < first < whole
    assert count(everything, **{"default-graph-uri": graphs[0]}) == first
    second = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graphs[1]}> {{ ?s ?p ?o }} }}")
    # two default graphs: both are read (Oxigraph unions them as a bag: a triple both state is counted twice)
    assert count(everything, **{"default-graph-uri": graphs}) == first + second
    form = urllib.parse.urlencode({"query": everything, "default-graph-uri": graphs[1]}).encode()
    status, _, body = request(endpoint, data=form)
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == second
    status, _, body = request(get(endpoint, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": graphs[1]}))
    assert [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]] == [graphs[1]]
    assert count(everything, **{"default-graph-uri": "http://example.org/no-such-graph"}) == 0


def test_service_description(endpoint):
    status, headers, body = request(endpoint)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=body, format="turtle")
    service = graph.value(predicate=rdflib.RDF.type, object=SD.Service)
    assert graph.value(service, SD.endpoint) == rdflib.URIRef(endpoint)
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.feature, SD.UnionDefaultGraph) in graph
    formats = set(graph.objects(service, SD.resultFormat))
    assert {FORMATS.SPARQL_Results_JSON, FORMATS.SPARQL_Results_XML, FORMATS.SPARQL_Results_CSV, FORMATS.SPARQL_Results_TSV, FORMATS.Turtle} <= formats
    status, _, body = request(endpoint, Host="x> a <y")  # a Host header cannot break the Turtle
    served = rdflib.Graph().parse(data=body, format="turtle")
    assert served.value(predicate=rdflib.RDF.type, object=SD.Service) == rdflib.URIRef(endpoint)


# --- guards and refusals ----------------------------------------------------------------------------------
def test_timeout_and_row_cap_are_http_errors_with_a_message(endpoint):
    status, _, body = request(get(endpoint, THREE_WAY))
    assert status == 503 and "ran longer than 2 s" in body and "--timeout" in body
    status, _, body = request(get(endpoint, "SELECT * WHERE { ?s ?p ?o }"))
    assert status == 413 and "more than 1,000 rows" in body
    status, _, body = request(get(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }"))
    assert status == 413 and "more than 1,000 rows" in body  # the cap counts triples too


@pytest.mark.parametrize(("sparql", "word"), [
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("LOAD <http://127.0.0.1:9/data.ttl>", "LOAD"),
    ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT"),
    ("SELECT * FROM <http://127.0.0.1:9/g> WHERE { ?s ?p ?o }", "FROM"),
])
def test_refused_queries(endpoint, sparql, word):
    status, _, body = request(get(endpoint, sparql))
    assert status == 400 and word in body and "not allowed" in body


def test_updates_are_forbidden(endpoint):
    for data, kind in ((b"CLEAR ALL", "application/sparql-update"),
                       (urllib.parse.urlencode({"update": "CLEAR ALL"}).encode(), "application/x-www-form-urlencoded")):
        status, _, body = request(endpoint, data=data, **{"Content-Type": kind})
        assert status == 403 and "read-only" in body
    assert request(get(endpoint, "ASK { ?s ?p ?o }"))[0] == 200  # nothing was cleared


# --- pages ---------------------------------------------------------------------------------------------
def _root(endpoint: str) -> str:
    return endpoint.removesuffix("sparql")


def test_query_page_carries_prefixes_and_examples(endpoint):
    status, headers, page = request(_root(endpoint))
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    config = json.loads(re.search(r"var CONFIG = (.*);\n", page).group(1))
    assert config["prefixes"]["schema"] == "https://schema.org/"
    assert {e["name"] for e in config["examples"]} == {p.stem for p in (ROOT / "queries").glob("*.rq")}
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing loaded from elsewhere: no CDN


def test_article_and_entity_pages(endpoint):
    status, _, body = request(get(endpoint, "SELECT ?a ?h WHERE { ?a a schema:NewsArticle ; nkb:sourceName ?h } ORDER BY ?a LIMIT 1"))
    row = json.loads(body)["results"]["bindings"][0]
    key = row["a"]["value"].rsplit("/", 1)[1]
    status, _, page = request(f"{_root(endpoint)}article/{key}")
    assert status == 200 and row["h"]["value"] in page and 'class="text"' in page
    assert page.count('class="article"') == 1
    status, _, body = request(get(endpoint, "SELECT ?e ?n WHERE { ?e a schema:Person ; schema:name ?n } ORDER BY ?e LIMIT 1"))
    person = json.loads(body)["results"]["bindings"][0]
    status, _, page = request(f"{_root(endpoint)}entity/{person['e']['value'].split('/entity/', 1)[1]}")
    assert status == 200 and person["n"]["value"] in page
    assert request(f"{_root(endpoint)}article/no-such-article")[0] == 404
    assert request(f"{_root(endpoint)}entity/person/No_Such_Person")[0] == 404


def test_focused_report_keeps_one_article_or_one_entitys_records(kb):
    from newskb.kbfiles import load_store
    from newskb.reporting import focused, report_of_store

    data = report_of_store(load_store([kb]))
    assert len(data.articles) == 2
    one = focused(data, article=data.articles[1].iri)
    assert [a.iri for a in one.articles] == [data.articles[1].iri]
    assert all(r["article_iri"] == data.articles[1].iri for r in one.events.rows + one.sanctions.rows)
    actor = next(r["actors_iris"].split()[0] for r in data.events.rows if r["actors_iris"])
    about = focused(data, entity=actor)
    assert [r["iri"] for r in about.entities.rows] == [actor]
    assert about.events.rows and all(actor in (r["actors_iris"] + " " + r["targets_iris"]).split() for r in about.events.rows)
    assert focused(data, entity="urn:nobody") is None and focused(data, article="urn:none") is None


def test_query_page_runs_an_example_in_chromium(endpoint, tmp_path):
    from test_report import CHROMIUM_FLAGS, chromium

    browser = chromium()
    example = (ROOT / "queries" / "who-is-mentioned.rq").read_text(encoding="utf-8")
    status, _, body = request(get(endpoint, example))
    names = [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert names
    page = f"{_root(endpoint)}?{urllib.parse.urlencode({'query': example})}"
    done = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=20000",
                           "--dump-dom", page], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    import lxml.html

    tree = lxml.html.fromstring(done.stdout)
    assert tree.xpath("string(//*[@id='status'])") == f"{len(names)} rows"
    shown = [row.xpath("string(td[1])") for row in tree.xpath("//*[@id='results']//tbody/tr")]
    assert shown == names
    assert tree.xpath("//*[@id='examples']/button")  # the examples are one click away
    assert tree.xpath("//*[@id='articles']/li/a[starts-with(@href, '/article/')]")  # browsing needs no SPARQL


def test_readme_serve_example_runs(monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### `newskb serve"):]
    section = section[: section.index("\n### ", 1)]
    blocks = re.findall(r"```python\n(.*?)```", section, re.DOTALL)
    assert blocks
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "Vladimir Putin" in printed.splitlines()  # a name the shipped kb/ holds
    assert "schema:name \"Berlin\"" in printed or "<https://schema.org/name> \"Berlin\"" in printed


def test_an_on_disk_store_is_served_the_same(kb, endpoint, tmp_path):
    from newskb.store import load

    load([kb], tmp_path / "store")
    server = make_server(tmp_path / "store", port=0)
    serve_in_thread(server)
    try:
        url = endpoint_url(server)
        for accept in ("text/tab-separated-values", "application/sparql-results+xml"):
            assert request(get(url, PEOPLE), Accept=accept)[2] == request(get(endpoint, PEOPLE), Accept=accept)[2]
        status, _, body = request(get(url, "SELECT ?a WHERE { ?a a schema:NewsArticle } LIMIT 1"))
        key = json.loads(body)["results"]["bindings"][0]["a"]["value"].rsplit("/", 1)[1]
        assert request(f"{_root(url)}article/{key}")[0] == 200
    finally:
        server.shutdown()
        server.server_close()
