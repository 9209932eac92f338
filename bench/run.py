"""The scale benchmark: one run, one machine, every number of bench/README.md.

    python bench/run.py --articles 1000 --jobs 2 [--triples 1000000] [--work /tmp/newskb-bench]

Reports: bare spaCy ``nlp.pipe`` words/s (the limit), export articles/s and
words/s and their ratio to bare spaCy on the same number of processes, peak RSS
of the export, validation triples/s with pySHACL and with the shapes compiled
to SPARQL on Oxigraph (each, parsing included, against export time),
the p50 latency of three representative SPARQL queries on a knowledge base of
about ``--triples`` triples in an Oxigraph store, ``newskb --help`` time, and ``newskb query``
time (a count of every triple) over the export folders (N-Quads and Turtle) and over that store, loading
included, each as median wall and CPU seconds: a folder's first query (which fills the query cache), the
next ones (from the cache) and, for N-Quads, without the cache.
Each stage runs in a fresh process so that its peak memory is its own.
Never run in CI: it takes minutes.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

QUERIES = {
    "statements by a speaker (lookup + 3-way join)": """
        SELECT ?text ?date WHERE {
          ?speaker schema:name ?name . FILTER(?name = "%(person)s")
          ?st nkb:speaker ?speaker ; schema:text ?text ; prov:wasDerivedFrom ?article .
          OPTIONAL { ?article schema:datePublished ?date }
        } LIMIT 100""",
    "sanctions with imposer and target names (4-way join)": """
        SELECT ?imposer ?target ?date WHERE {
          ?s a nkb:Sanction ; nkb:imposedBy/schema:name ?imposer ; nkb:target/schema:name ?target .
          ?s prov:wasDerivedFrom/schema:datePublished ?date .
          FILTER(?date >= "2025-01-01"^^xsd:date)
        } LIMIT 100""",
    "most-mentioned entities of one kind (aggregate)": """
        SELECT ?name (COUNT(?article) AS ?n) WHERE {
          ?article schema:mentions ?e . ?e a schema:Country ; schema:name ?name .
        } GROUP BY ?name ORDER BY DESC(?n) LIMIT 10""",
}


def peak_rss_mb() -> float:
    """Peak RSS of this process and of its largest finished child, in MB (Linux reports KB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


# --- stages (each in its own process) -----------------------------------------
def stage_bare_spacy(corpus: str, jobs: int) -> dict:
    import spacy

    from newskb.nlp.annotate import model_name, prose
    from newskb.reader import read_article

    nlp = spacy.load(model_name())  # the pipeline as spaCy ships it
    articles = [read_article(p) for p in sorted(Path(corpus).glob("*.txt"))]
    texts = [prose(a) for a in articles]
    list(nlp.pipe(texts[:16], batch_size=16))  # warm-up
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=jobs):
        pass
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "words": words([a.text for a in articles]), "words_per_s": words([a.text for a in articles]) / seconds}


def warm_up_export(files: list[Path], fmt: str) -> None:
    """Export the first 16 articles to a scratch folder before the clock starts, as the bare stage parses
    them first: what both sides load on first use (spaCy's buffers; newskb's lexicons and date parser) is
    then outside the timing of both, and the ratio compares throughput."""
    import tempfile

    from newskb.export import export

    with tempfile.TemporaryDirectory(prefix="newskb-warm-up-") as scratch:
        export(files[:16], formats=[fmt], output=Path(scratch), per_article=True)


def stage_export(corpus: str, output: str, jobs: int, fmt: str = "nq") -> dict:
    from newskb.export import export
    from newskb.nlp.annotate import load_model

    load_model()
    files = sorted(Path(corpus).glob("*.txt"))
    n_words = words([p.read_text(encoding="utf-8") for p in files])
    warm_up_export(files, fmt)
    start = time.perf_counter()
    summary = export([Path(corpus)], formats=[fmt], output=Path(output), per_article=True, jobs=jobs)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "articles": len(summary.exported),
        "failed": len(summary.failed),
        "articles_per_s": len(summary.exported) / seconds,
        "words_per_s": n_words / seconds,
        "peak_rss_mb": peak_rss_mb(),
    }


def stage_validate(kb: str, jobs: int) -> dict:
    """pySHACL (the reference) on a graph parsed by rdflib, ``jobs`` processes."""
    from newskb.kbfiles import load_graph
    from newskb.validation import validate_graph

    start = time.perf_counter()
    graph = load_graph([Path(kb)])
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    report = validate_graph(graph, jobs=jobs, engine="pyshacl")
    seconds = time.perf_counter() - start
    return {
        "engine": "pyshacl",
        "triples": len(graph),
        "parse_seconds": loaded,
        "seconds": seconds,
        "triples_per_s": len(graph) / seconds,
        "conforms": report.conforms,
        "violations": len(report.violations),
        "peak_rss_mb": peak_rss_mb(),
    }


def stage_validate_oxigraph(kb: str) -> dict:
    """The shapes compiled to SPARQL, on the files loaded straight into Oxigraph (one process)."""
    from rdflib import Graph
    from rdflib.namespace import SH

    from newskb.kbfiles import load_store
    from newskb.shacl_sparql import compile_shapes, run_checks
    from newskb.validation import load_shapes

    shapes = load_shapes()
    start = time.perf_counter()
    store = load_store([Path(kb)], named_graphs=False)
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    conforms, results = run_checks(store, compile_shapes(shapes), shapes, Graph().namespace_manager)
    seconds = time.perf_counter() - start
    triples = len(store)
    return {
        "engine": "oxigraph",
        "triples": triples,
        "parse_seconds": loaded,
        "seconds": seconds,
        "triples_per_s": triples / seconds,
        "conforms": conforms,
        "violations": len(set(results.subjects(predicate=SH.resultSeverity))),
        "peak_rss_mb": peak_rss_mb(),
    }
_ARTICLE_KEYED = re.compile(r"(/id/(?:article|span|statement|event|sanction)/)")


def stage_big_kb(kb: str, work: str, target_triples: int) -> dict:
    """Replicate the exported N-Quads, renaming every article-keyed IRI per copy (entities stay
    shared, as they would across a real archive), load into an on-disk store and time queries."""
    from newskb.sparql import run_query
    from newskb.store import load, open_store

    quads = "".join(p.read_text(encoding="utf-8") for p in sorted(Path(kb).glob("*.nq")))
    lines = quads.splitlines()
    renamed = sum(1 for line in lines if _ARTICLE_KEYED.search(line.split(" ", 1)[0]))
    shared = len({" ".join(line.split(" ")[:3]) for line in lines if not _ARTICLE_KEYED.search(line.split(" ", 1)[0])})
    copies = max(1, -(-(target_triples - shared) // renamed))
    big = Path(work) / "big.nq"
    with big.open("w", encoding="utf-8") as handle:
        for k in range(copies):
            handle.write(_ARTICLE_KEYED.sub(rf"\g<1>r{k}-", quads))
    store_dir = Path(work) / "store"
    shutil.rmtree(store_dir, ignore_errors=True)
    start = time.perf_counter()
    total = load([big], store_dir)
    load_seconds = time.perf_counter() - start
    store = open_store(store_dir)
    triples = run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0].value
    person = run_query(store, "SELECT ?n WHERE { ?p nkb:speaker ?e . ?e schema:name ?n } LIMIT 1").rows[0][0].value
    latencies = {}
    for name, template in QUERIES.items():
        sparql = template % {"person": person.replace('"', '\\"')}
        times, rows = [], 0
        for _ in range(7):
            start = time.perf_counter()
            rows = len(run_query(store, sparql).rows)
            times.append(time.perf_counter() - start)
        latencies[name] = {"p50_ms": statistics.median(times) * 1000, "rows": rows}
    return {"triples_in_default_graph": int(triples), "quads_with_named_graphs": total, "copies": copies, "load_seconds": load_seconds, "queries": latencies}


def in_process(stage, *args) -> dict:
    """Run a stage in a fresh interpreter; it prints its result as JSON on the last line."""
    done = subprocess.run([sys.executable, __file__, "--stage", stage.__name__, json.dumps(args)], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def command_seconds(*args: str, runs: int = 5) -> dict:
    """Median wall and CPU (user + system) seconds of one ``newskb`` command, interpreter start
    included, as a user waits for it; CPU seconds say more on a machine other jobs share."""
    exe = Path(sys.executable).with_name("newskb")
    walls, cpus = [], []
    for _ in range(runs):
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([str(exe), *args], check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
        now = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(now.ru_utime - used.ru_utime + now.ru_stime - used.ru_stime)
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/newskb-bench"))
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("stage_args", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        print(json.dumps(globals()[args.stage](*json.loads(args.stage_args))))
        return

    from make_corpus import build

    corpus, kb, kb_turtle = args.work / "corpus", args.work / "kb", args.work / "kb-turtle"
    for folder in (corpus, kb, kb_turtle):
        shutil.rmtree(folder, ignore_errors=True)
    build(args.articles, corpus)
    results: dict = {"articles": args.articles, "jobs": args.jobs, "date": time.strftime("%Y-%m-%d")}
    results["bare_spacy"] = in_process(stage_bare_spacy, str(corpus), args.jobs)
    results["export"] = in_process(stage_export, str(corpus), str(kb), args.jobs)
    results["export"]["ratio_to_bare_spacy"] = results["export"]["words_per_s"] / results["bare_spacy"]["words_per_s"]
    results["export_turtle"] = in_process(stage_export, str(corpus), str(kb_turtle), args.jobs, "turtle")  # the default format
    results["export_turtle"]["ratio_to_bare_spacy"] = results["export_turtle"]["words_per_s"] / results["bare_spacy"]["words_per_s"]
    results["validate"] = in_process(stage_validate, str(kb), args.jobs)
    results["validate_oxigraph"] = in_process(stage_validate_oxigraph, str(kb))
    for key in ("validate", "validate_oxigraph"):  # parsing included: it is part of validating a batch
        total = results[key]["parse_seconds"] + results[key]["seconds"]
        results[key]["faster_than_export"] = total < results["export"]["seconds"]
    results["big_kb"] = in_process(stage_big_kb, str(kb), str(args.work), args.triples)
    results["help_seconds"] = command_seconds("--help")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    cache = args.work / "query-cache"  # the stores `newskb query` keeps between queries over the same files
    os.environ["NEWSKB_CACHE_DIR"] = str(cache)
    shutil.rmtree(cache, ignore_errors=True)
    results["query_seconds"] = {  # loading included: what `newskb query` costs from the shell
        "export_folder_first": command_seconds("query", str(kb), "-q", count, runs=1),  # loads, fills the cache
        "export_folder": command_seconds("query", str(kb), "-q", count, runs=3),  # from the cache
        "export_folder_no_cache": command_seconds("query", str(kb), "-q", count, "--no-cache", runs=3),
        "export_folder_turtle_first": command_seconds("query", str(kb_turtle), "-q", count, runs=1),
        "export_folder_turtle": command_seconds("query", str(kb_turtle), "-q", count, runs=3),
        "store": command_seconds("query", "--store", str(args.work / "store"), "-q", count, runs=3),
    }
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
