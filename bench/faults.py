"""The slow fault battery: kill -9 and Ctrl-C at random points of an export, and runaway queries
against ``serve`` while other clients are measured.

    nice -n 19 .venv/bin/python bench/faults.py [--rounds 10] [--articles 60] [--seed 1] [--work DIR]

Each round starts ``newskb export CORPUS -o OUT/`` (``--jobs`` 1 or 2 at random),
kills it with SIGKILL or SIGINT after a random delay, checks that no worker is
left and that SIGINT gave exit 130 and the ``interrupted`` line, then reruns
the export and checks that OUT is byte-identical to a clean export (no stale
temporary file, a manifest with every entry). Then ``newskb serve`` gets four
runaway queries at once while a fifth client sends small queries; their
latencies are reported. Prints one JSON report; exits 1 if any check failed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
sys.path.insert(0, str(ROOT / "tests"))
from processes import child_pids, running  # noqa: E402 — shared with the fault tests


def newskb(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newskb", *args], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)






def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()} if folder.exists() else {}


def kill_rounds(corpus: Path, work: Path, rounds: int, rng: random.Random) -> dict:
    clean = work / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    started = time.perf_counter()
    assert newskb("export", str(corpus), "-o", f"{clean}/").wait() == 0
    full = time.perf_counter() - started
    reference = files(clean)
    problems: list[str] = []
    for n in range(rounds):
        out = work / f"out{n}"
        shutil.rmtree(out, ignore_errors=True)
        sig = rng.choice([signal.SIGKILL, signal.SIGINT])
        jobs = rng.choice(["1", "2"])
        delay = rng.uniform(0.5, full)
        proc = newskb("export", str(corpus), "-o", f"{out}/", "--jobs", jobs)
        time.sleep(delay)
        workers = child_pids(proc.pid)
        proc.send_signal(sig)
        _, stderr = proc.communicate()
        text = stderr.decode()
        if sig == signal.SIGINT and proc.returncode not in (0, 130):
            problems.append(f"round {n}: SIGINT gave exit {proc.returncode}: {text[-300:]}")
        if sig == signal.SIGINT and proc.returncode == 130 and "Error: interrupted — " not in text:
            problems.append(f"round {n}: SIGINT without the interrupted line: {text[-300:]}")
        if "Traceback" in text:
            problems.append(f"round {n}: a traceback: {text[-300:]}")
        deadline = time.monotonic() + 10
        while any(running(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        if any(running(w) for w in workers):
            problems.append(f"round {n}: workers {workers} outlived the export")
            for worker in workers:
                os.kill(worker, signal.SIGKILL)
        if newskb("export", str(corpus), "-o", f"{out}/").wait() != 0 or files(out) != reference:
            problems.append(f"round {n}: the rerun after {signal.Signals(sig).name} at {delay:.1f} s (--jobs {jobs}) differs from a clean export")
        shutil.rmtree(out, ignore_errors=True)
    return {"rounds": rounds, "clean_export_s": round(full, 1), "problems": problems}


def ask(url: str, sparql: str, timeout: float = 60) -> int:
    try:
        with urllib.request.urlopen(f"{url}?{urllib.parse.urlencode({'query': sparql})}", timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def serve_round(work: Path) -> dict:
    kb = work / "kb.nt"
    kb.write_text("".join(f'<http://e/s{i}> <http://e/p> "{i}" .\n' for i in range(100_000)), encoding="utf-8")
    small = "SELECT ?o WHERE { <http://e/s7> <http://e/p> ?o }"
    runaway = ["SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }",
               "SELECT (COUNT(*) AS ?n) WHERE { ?a (<http://e/p>|!<http://e/p>)* ?b . ?c ?d ?e }", "SELECT ?c WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 200000"]
    proc = newskb("serve", str(kb), "--port", "0", "--timeout", "5")
    url = re.search(r"http://127\.0\.0\.1:\d+/sparql", proc.stderr.readline().decode()).group(0)
    try:
        def timed_small(count: int) -> list[float]:
            out = []
            for _ in range(count):
                started = time.perf_counter()
                assert ask(url, small) == 200
                out.append((time.perf_counter() - started) * 1000)
            return out

        idle = timed_small(50)
        codes: list[int] = []
        threads = [threading.Thread(target=lambda q=q: codes.append(ask(url, q))) for q in runaway]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        busy = timed_small(50)
        for thread in threads:
            thread.join()
        leftover = child_pids(proc.pid)
        return {
            "small_query_p50_ms_idle": round(statistics.median(idle), 1),
            "small_query_p50_ms_with_4_runaways": round(statistics.median(busy), 1),
            "runaway_statuses": sorted(codes),
            "query_processes_left": len(leftover),
        }
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/newskb-faults"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.work / "corpus"
    shutil.rmtree(corpus, ignore_errors=True)
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "--articles", str(args.articles), "--output", str(corpus)],
                   check=True, env=ENV, stdout=subprocess.DEVNULL)
    report = {"kills": kill_rounds(corpus, args.work, args.rounds, random.Random(args.seed)), "serve": serve_round(args.work)}
    print(json.dumps(report, indent=1))
    serve = report["serve"]
    ok = not report["kills"]["problems"] and set(serve["runaway_statuses"]) <= {413, 503} and serve["query_processes_left"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
