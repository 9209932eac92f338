"""The long fuzz run: the property of tests/test_fuzz.py over many generated articles.

    .venv/bin/python bench/fuzz_long.py [EXAMPLES] [SEED]

Prints one line: examples run, seconds, and ``ok`` or the failing text
(hypothesis shrinks it first). Exits 1 on a failure.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from hypothesis import given, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_fuzz import FUZZ_SETTINGS, articles, check_export  # noqa: E402


def main() -> int:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    from newskb.nlp.annotate import load_model
    from newskb.validate import load_shapes

    nlp, shapes = load_model(), load_shapes()
    count = 0
    options = {**FUZZ_SETTINGS, "derandomize": False}

    @settings(max_examples=examples, **options)
    @given(text=articles())
    def run(text: str) -> None:
        nonlocal count
        count += 1
        check_export(text, nlp, shapes)

    started = time.time()
    try:
        seeded = run if seed == 0 else __import__("hypothesis").seed(seed)(run)
        seeded()
    except Exception as exc:  # the failing example is printed by hypothesis above
        notes = " ".join(getattr(exc, "__notes__", []))
        print(f"FAILED after {count} examples in {time.time() - started:.0f} s: {type(exc).__name__}: {exc} {notes}"[:3000])
        return 1
    print(f"ok: {count} examples in {time.time() - started:.0f} s, no failure")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
