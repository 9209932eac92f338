"""Entity resolution across a corpus: a corpus of our own with known duplicates, scored pairwise."""
from __future__ import annotations

from itertools import combinations

import pytest
from typer.testing import CliRunner

from newskb.cli import app
from newskb.ids import entity_key
from newskb.linking import acronym, apply_links, decide, normal, read_nodes
from newskb.models import Entity, Extraction
from newskb.rdf.mapping import to_triples
from newskb.rdf.serialize import ntriples
from newskb.reader import parse_article

runner = CliRunner()

# Each article: the entities it names, as (gold referent, type, name as the article gives it, Wikidata ID).
# Referents ending in "?" are ones a careful reader cannot resolve either (a bare "Johnson").
# The Wikidata IDs are test values: what matters is which nodes carry the same or different ones.
CORPUS = [
    [("erdogan", "Person", "Recep Tayyip Erdoğan", "Q39259"), ("turkey", "Place", "Turkey", "Q43"), ("nato", "Organization", "NATO", None)],
    [("erdogan", "Person", "Erdogan", None), ("turkey", "Place", "Turkey", "Q43"), ("sdf", "Organization", "Syrian Democratic Forces", None)],
    [("erdogan", "Person", "Recep Tayyip Erdogan", None), ("sdf", "Organization", "SDF", None), ("syria", "Place", "Syria", "Q858")],
    [("erdogan", "Person", "Erdoğan", None), ("syria", "Place", "Syria", "Q858"), ("turkey", "Place", "Turkey", "Q43")],
    [("soleimani", "Person", "Qasem Soleimani", None), ("iran", "Place", "Iran", "Q794"), ("irgc", "Organization", "Islamic Revolutionary Guard Corps", None)],
    [("soleimani", "Person", "Qassem Soleimani", None), ("iran", "Place", "Iran", "Q794"), ("irgc", "Organization", "IRGC", None)],
    [("soleimani", "Person", "Qasem Soleymani", None), ("iraq", "Place", "Iraq", "Q796")],
    [("macron", "Person", "President Emmanuel Macron", None), ("france", "Place", "France", "Q142"), ("eu", "Organization", "European Union", "Q458")],
    [("macron", "Person", "Emmanuel Macron", None), ("eu", "Organization", "European union", None), ("france", "Place", "France", "Q142")],
    [("macron", "Person", "E. Macron", None), ("france", "Place", "France", "Q142")],
    [("bjohnson", "Person", "Boris Johnson", None), ("uk", "Place", "United Kingdom", "Q145")],
    [("mjohnson", "Person", "Mike Johnson", None), ("us", "Place", "United States", "Q30")],
    [("johnson?", "Person", "Johnson", None), ("congress", "Organization", "Congress", None)],
    [("ofac", "Organization", "Office of Foreign Assets Control", None), ("treasury", "Organization", "U.S. Department of the Treasury", None)],
    [("ofac", "Organization", "OFAC", None), ("treasury", "Organization", "US Department of the Treasury", None)],
    [("embassy", "Organization", "U.S. Embassy", None), ("us", "Place", "United States", "Q30")],
    [("embassy", "Organization", "US Embassy", None), ("baghdad", "Place", "Baghdad", "Q1530")],
    [("paris", "Place", "Paris", "Q90"), ("france", "Place", "France", "Q142")],
    [("paris-tx", "Place", "Paris", "Q830149"), ("us", "Place", "United States", "Q30")],
    [("georgia", "Place", "Georgia", "Q230"), ("russia", "Place", "Russia", "Q159")],
    [("khamenei", "Person", "Ali Khamenei", None), ("iran", "Place", "Iran", "Q794")],
    [("khalili", "Person", "Ali Khalili", None), ("iran", "Place", "Iran", "Q794")],
    [("kim", "Person", "Kim Jong Un", None), ("nk", "Place", "North Korea", "Q423")],
    [("kimyj", "Person", "Kim Yo Jong", None), ("nk", "Place", "North Korea", "Q423")],
]


def _extractions() -> list[Extraction]:
    out = []
    for number, entities in enumerate(CORPUS):
        article = parse_article(f"Article {number} of the linking corpus.")
        records = {}
        for _, kind, name, qid in entities:
            key = entity_key(kind, name)
            records[key] = Entity(key=key, name=name, type=kind, wikidata=qid)
        out.append(Extraction(article=article, entities=tuple(records.values())))
    return out


def _store(extractions: list[Extraction]):
    import pyoxigraph as ox

    store = ox.Store()
    text = "".join(ntriples(to_triples([x])) for x in extractions)
    store.bulk_load(input=text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def _gold() -> dict[str, str]:
    """Node IRI -> gold referent (an unresolvable one gets a referent of its own)."""
    from newskb.rdf.mapping import Minter

    gold = {}
    for entities in CORPUS:
        for referent, kind, name, qid in entities:
            iri = str(Minter().entity(entity_key(kind, name)))
            gold.setdefault(iri, referent)
    return gold


def test_links_reach_pairwise_precision_098_and_recall_090():
    gold = _gold()
    clusters = decide(read_nodes(_store(_extractions())))
    predicted = {frozenset(p) for c in clusters for p in combinations(sorted(n.iri for n in c), 2)}
    truth = {frozenset((a, b)) for a, b in combinations(sorted(gold), 2) if gold[a] == gold[b] and not gold[a].endswith("?")}
    right = predicted & truth
    precision = len(right) / len(predicted)
    recall = len(right) / len(truth)
    assert precision >= 0.98, sorted(tuple(sorted(p)) for p in predicted - truth)
    assert recall >= 0.90, sorted(tuple(sorted(p)) for p in truth - predicted)


def test_two_wikidata_ids_are_never_merged_and_an_ambiguous_surname_stays_alone():
    clusters = decide(read_nodes(_store(_extractions())))
    for cluster in clusters:
        assert len({n.wikidata for n in cluster if n.wikidata}) <= 1
    (johnson,) = [c for c in clusters if any(n.name == "Johnson" for n in c)]
    assert len(johnson) == 1


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Recep Tayyip Erdoğan", "Person", "recep tayyip erdogan"),
        ("President Emmanuel Macron", "Person", "emmanuel macron"),
        ("U.S. Embassy", "Organization", "us embassy"),
        ("The Rosneft Oil Company PJSC", "Organization", "rosneft oil company"),
    ],
)
def test_names_normalise_for_comparison(name, kind, expected):
    assert normal(name, kind) == expected


def test_acronyms_skip_small_words():
    assert acronym("Office of Foreign Assets Control") == "ofac"
    assert acronym("Islamic Revolutionary Guard Corps") == "irgc"
    assert acronym("Reuters") is None


def test_the_merged_view_answers_a_corpus_query_with_one_node(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    for number, extraction in enumerate(_extractions()):
        (folder / f"a{number}.nt").write_text(ntriples(to_triples([extraction])), encoding="utf-8")
    result = runner.invoke(app, ["link", str(folder), "-o", str(folder / "links.ttl")])
    assert result.exit_code == 0, result.output

    from newskb.kbfiles import load_store

    store = load_store([folder])
    merged = apply_links(store)
    assert merged >= 10
    from newskb.tabular import select

    rows = select(store, """SELECT ?e (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions ?e .
        ?e owl:sameAs wd:Q39259 } GROUP BY ?e""")
    assert len(rows) == 1 and rows[0]["n"] == 4  # Erdoğan in four articles, one node
    names = select(store, "SELECT ?name WHERE { ?e owl:sameAs wd:Q39259 ; schema:name ?name }")
    assert [r["name"] for r in names] == ["Recep Tayyip Erdoğan"]


def test_links_validate_with_the_knowledge_base(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    for number, extraction in enumerate(_extractions()):
        (folder / f"a{number}.nt").write_text(ntriples(to_triples([extraction])), encoding="utf-8")
    result = runner.invoke(app, ["link", str(folder)])
    assert result.exit_code == 0 and "owl:sameAs" in result.stdout
    (folder / "links.ttl").write_text(result.stdout, encoding="utf-8")
    checked = runner.invoke(app, ["validate", str(folder)])
    assert checked.exit_code == 0, checked.output


def test_query_sees_the_merged_view_unless_told_not_to(tmp_path):
    folder = tmp_path / "kb"
    folder.mkdir()
    for number, extraction in enumerate(_extractions()):
        (folder / f"a{number}.nt").write_text(ntriples(to_triples([extraction])), encoding="utf-8")
    assert runner.invoke(app, ["link", str(folder), "-o", str(folder / "links.ttl")]).exit_code == 0
    count = 'SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?a schema:mentions ?e . ?e a schema:Person ; schema:name ?name FILTER(CONTAINS(LCASE(?name), "erdo")) }'
    merged = runner.invoke(app, ["query", str(folder), "-q", count, "-f", "csv"])
    raw = runner.invoke(app, ["query", str(folder), "-q", count, "-f", "csv", "--no-links"])
    assert merged.exit_code == 0 and raw.exit_code == 0, merged.output + raw.output
    assert merged.stdout.splitlines()[1] == "1" and raw.stdout.splitlines()[1] == "4"


@pytest.mark.model
def test_export_link_writes_the_folders_links_and_a_rerun_does_not_read_them_as_an_export(tmp_path):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text("The mediator José Núñez met officials in Lima on Monday.", encoding="utf-8")
    (articles / "b.txt").write_text("Jose Nunez, the mediator, said on Tuesday that talks would resume.", encoding="utf-8")
    out = tmp_path / "kb"
    result = runner.invoke(app, ["export", str(articles), "-o", f"{out}/", "--link"])
    assert result.exit_code == 0, result.output
    first = (out / "links.ttl").read_text(encoding="utf-8")
    assert "owl:sameAs" in first
    count = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?a schema:mentions ?e . ?e a schema:Person }"
    assert runner.invoke(app, ["query", str(out), "-q", count, "-f", "csv"]).stdout.splitlines()[1] == "1"
    assert runner.invoke(app, ["query", str(out), "-q", count, "-f", "csv", "--no-links"]).stdout.splitlines()[1] == "2"
    assert runner.invoke(app, ["export", str(articles), "-o", f"{out}/", "--link"]).exit_code == 0
    assert (out / "links.ttl").read_text(encoding="utf-8") == first


def test_export_link_needs_a_folder_output(tmp_path):
    (tmp_path / "a.txt").write_text("Erdogan spoke in Ankara.", encoding="utf-8")
    result = runner.invoke(app, ["export", str(tmp_path / "a.txt"), "-o", str(tmp_path / "kb.ttl"), "--link"])
    assert result.exit_code == 2 and "--link needs a folder output" in result.stderr
