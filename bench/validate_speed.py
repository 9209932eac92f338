"""Validation speed: ``newskb validate`` with each engine on the same large export, in one run.

Never run in CI (pySHACL takes minutes on 500k triples). The export is the
repository's own ``kb/`` (the export of ``seeds/``) copied until it holds
``--triples`` triples, each copy under its own IRI base, one N-Triples file per
copy as an export to a folder writes them. Each engine runs as the command a
user types, in its own process; wall time includes parsing the files.

    .venv/bin/python bench/validate_speed.py --triples 500000 --work /tmp/newskb-validate-bench
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://w3id.org/newskb/id/"


def build(work: Path, triples: int) -> int:
    """Copies of kb/ as N-Triples files in ``work``; returns the number of distinct triples."""
    from newskb.kbfiles import load_graph

    one = load_graph(sorted(ROOT.glob("kb/*.ttl"))).serialize(format="nt")
    own = sum(BASE in line for line in one.splitlines())  # triples a copy renames; the others are shared
    shared = one.count("\n") - own
    copies = -(-(triples - shared) // own)
    work.mkdir(parents=True, exist_ok=True)
    for old in work.glob("*.nt"):
        old.unlink()
    for i in range(copies):
        (work / f"copy{i:04d}.nt").write_text(one.replace(BASE, f"{BASE}copy{i:04d}/"), encoding="utf-8")
    return copies * own + shared


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(engine: str, work: Path) -> dict:
    """Wall time and the process's CPU time (user + system): on a machine shared with other jobs
    the CPU time is the steadier measure, the wall time what a user waits."""
    command = [sys.executable, "-m", "newskb", "validate", str(work), "--engine", engine, "--format", "json"]
    cpu_before = _children_cpu()
    start = time.perf_counter()
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    cpu = _children_cpu() - cpu_before
    if run.returncode == 2:
        raise SystemExit(f"{engine}: {run.stderr.strip()}")
    report = json.loads(run.stdout)
    return {
        "engine": engine,
        "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu, 1),
        "triples": report["triples"],
        "triples_per_s": round(report["triples"] / seconds),
        "conforms": report["conforms"],
        "results": len(report["violations"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=500_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/newskb-validate-bench"))
    parser.add_argument("--engines", nargs="+", default=["oxigraph", "pyshacl"])
    args = parser.parse_args()
    triples = build(args.work, args.triples)
    runs = [timed(engine, args.work) for engine in args.engines]
    out = {"triples_written": triples, "runs": runs}
    if {"oxigraph", "pyshacl"} <= set(args.engines):
        by_engine = {r["engine"]: r for r in runs}
        for measure in ("seconds", "cpu_seconds"):
            ratio = by_engine["pyshacl"][measure] / by_engine["oxigraph"][measure]
            out[f"pyshacl_over_oxigraph_{measure}"] = round(ratio, 1)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
