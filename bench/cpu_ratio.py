"""Bare spaCy or the export of one folder, in this process (``--jobs 1``), timed in CPU seconds.

    .venv/bin/python bench/cpu_ratio.py bare CORPUS
    .venv/bin/python bench/cpu_ratio.py export CORPUS [FORMAT]   # default turtle

CPU seconds hold on a shared, loaded machine where wall time does not; the
ratio to bare spaCy is ``words_per_cpu_s`` of the export over that of ``bare``.
The bare stage is ``stage_bare_spacy`` of ``run.py`` with one process; the export
writes one file per article to a fresh folder, as ``newskb export CORPUS -o DIR/`` does.
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    stage, corpus = sys.argv[1], Path(sys.argv[2])
    fmt = sys.argv[3] if len(sys.argv) > 3 else "turtle"
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
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
    else:
        from newskb.export import export

        wall, cpu = time.perf_counter(), time.process_time()
        export([corpus], formats=[fmt], output=output, per_article=True, jobs=1)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    shutil.rmtree(output, ignore_errors=True)
    name = stage if stage == "bare" else f"export {fmt}"
    print(json.dumps({"stage": name, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "words": n_words,
                      "words_per_cpu_s": round(n_words / cpu)}))


if __name__ == "__main__":
    main()
