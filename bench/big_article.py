"""One article of about 1 MB: export, validate and check grounding, each stage timed once.

    .venv/bin/python bench/big_article.py [CHARACTERS] [--work DIR]

The article is the repository's own texts (``seeds/*.txt``, ``tests/data/articles/*.txt``)
repeated, paragraphs in a fixed shuffled order, under one date header and title,
until it has CHARACTERS characters (default 1,000,000). Prints one JSON report;
the goal is all three stages in under 3 minutes on the 2-core development machine.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_article(characters: int) -> str:
    paragraphs = []
    for path in sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/data/articles/*.txt")):
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if len(p.strip()) > 80]
    rng = random.Random(17)
    out, size = ["date 2026-01-15\n\nA very long report\n"], 0
    while size < characters:
        paragraph = rng.choice(paragraphs)
        out.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(out)[:characters] + "\n"


def timed(args: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall-clock and CPU seconds (user + system) of one newskb command; CPU time holds on a shared, loaded machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "newskb", *args], capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return time.perf_counter() - started, cpu, done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("characters", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/newskb-big-article"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    article, kb = args.work / "big.txt", args.work / "big.ttl"
    text = make_article(args.characters)
    article.write_text(text, encoding="utf-8")
    report: dict[str, object] = {"characters": len(text)}
    seconds, cpu, done = timed(["export", str(article), "-o", str(kb)])
    report["export_s"], report["export_cpu_s"], report["export_exit"] = round(seconds, 1), round(cpu, 1), done.returncode
    seconds, cpu, done = timed(["validate", str(kb)])
    report["validate_s"], report["validate_cpu_s"], report["validate_exit"] = round(seconds, 1), round(cpu, 1), done.returncode
    started = time.perf_counter()
    from rdflib import Graph

    graph = Graph().parse(kb)
    rows = graph.query(
        "SELECT ?s ?e ?x WHERE { ?sp oa:hasSelector ?p, ?q . ?p oa:start ?s ; oa:end ?e . ?q oa:exact ?x }",
        initNs={"oa": "http://www.w3.org/ns/oa#"},
    )
    spans = [(int(s), int(e), str(x)) for s, e, x in rows]
    report["spans"] = len(spans)
    report["ungrounded"] = sum(text[s:e] != x for s, e, x in spans)
    report["grounding_s"] = round(time.perf_counter() - started, 1)
    report["total_s"] = round(report["export_s"] + report["validate_s"] + report["grounding_s"], 1)  # type: ignore[operator]
    print(json.dumps(report))
    return 0 if report["export_exit"] == 0 and report["validate_exit"] == 0 and report["ungrounded"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
