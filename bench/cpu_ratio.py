"""Bare spaCy or the export of one folder, timed in CPU seconds (its worker processes' included).

    .venv/bin/python bench/cpu_ratio.py bare CORPUS [--jobs N]
    .venv/bin/python bench/cpu_ratio.py export CORPUS [FORMAT] [--jobs N]   # default turtle, 1 job

CPU seconds hold on a shared, loaded machine where wall time does not; the
ratio to bare spaCy is ``words_per_cpu_s`` of the export over that of ``bare``.
The bare stage is ``stage_bare_spacy`` of ``run.py`` (``n_process`` = N); the export
writes one file per article to a fresh folder, as ``newskb export CORPUS -o DIR/ --jobs N`` does.
Both are warmed up on the first 16 articles before the clock starts (``run.warm_up_export``).
With N > 1 the CPU seconds are this process's and its finished worker processes' together.
"""
from __future__ import annotations

import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from run import warm_up_export


def _cpu_seconds() -> float:
    """User + system CPU of this process and of its children that have ended (the workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    args = sys.argv[1:]
    jobs = int(args.pop(args.index("--jobs") + 1)) if "--jobs" in args else 1
    args = [a for a in args if a != "--jobs"]
    stage, corpus = args[0], Path(args[1])
    fmt = args[2] if len(args) > 2 else "turtle"
    import spacy

    from newskb.nlp.annotate import load_model, model_name, prose
    from newskb.reader import read_article

    nlp = spacy.load(model_name()) if stage == "bare" else load_model()  # bare: the pipeline as spaCy ships it
    files = sorted(corpus.glob("*.txt"))
    n_words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    output = Path(tempfile.mkdtemp(prefix="newskb-cpu-ratio-"))
    if stage == "bare":
        texts = [prose(read_article(p)) for p in files]
        list(nlp.pipe(texts[:16], batch_size=16))  # warm-up
        wall, cpu = time.perf_counter(), _cpu_seconds()
        for _ in nlp.pipe(texts, batch_size=16, n_process=jobs):
            pass
    else:
        from newskb.export import export

        warm_up_export(files, fmt)
        wall, cpu = time.perf_counter(), _cpu_seconds()
        export([corpus], formats=[fmt], output=output, per_article=True, jobs=jobs)
    wall, cpu = time.perf_counter() - wall, _cpu_seconds() - cpu
    shutil.rmtree(output, ignore_errors=True)
    name = stage if stage == "bare" else f"export {fmt}"
    print(json.dumps({"stage": name, "jobs": jobs, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "words": n_words,
                      "words_per_cpu_s": round(n_words / cpu)}))


if __name__ == "__main__":
    main()
