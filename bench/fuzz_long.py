"""The long fuzz run: the property of tests/test_fuzz.py over many generated articles, and
real-looking articles mutated byte by byte.

    nice -n 19 .venv/bin/python bench/fuzz_long.py [EXAMPLES] [SEED]

Half the examples are tests/test_fuzz.py's generated texts; the other half
are windows of the repository's own articles (``seeds/``, ``tests/data/articles/``)
with mutations a real file may carry: stray NUL or control bytes, bytes that
are not UTF-8, a cut inside a UTF-8 sequence, byte-order marks, CRLF, a header
date that does not exist, names far longer than an IRI segment, zero-width
and combining characters, repeated paragraphs. Each mutated file must either
be refused by the reader with one clear ``InputError`` (what ``newskb export``
reports with exit 1) or export to output that parses back in rdflib and
Oxigraph, conforms to the shapes and is grounded. Prints the tally of outcomes
and ``ok`` or the failing example (hypothesis shrinks it first); exits 1 on a failure.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from test_fuzz import FUZZ_SETTINGS, articles, check_export  # noqa: E402

SOURCES = [p.read_bytes() for p in [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]]
PROGRESS_EVERY = 250  # a progress line (with the tally so far) every this many examples
LONG_NAME = "Bureau of Industry and Security (BIS), U.S. Department of Commerce, Washington, D.C. — Entity List Division".encode()


def _insert(raw: bytes, at: int, piece: bytes) -> bytes:
    at = min(at, len(raw))
    return raw[:at] + piece + raw[at:]


MUTATIONS = {
    "stray NUL": lambda raw, at: _insert(raw, at, b"\x00"),
    "control bytes": lambda raw, at: _insert(raw, at, b"\x01\x02\x1b"),
    "not UTF-8 bytes": lambda raw, at: _insert(raw, at, b"\x93quoted\x94 \xe9"),
    "cut inside a UTF-8 sequence": lambda raw, at: raw[: max(1, at)] + "é—".encode()[:3],
    "UTF-8 byte-order mark": lambda raw, at: b"\xef\xbb\xbf" + raw,
    "UTF-16": lambda raw, at: raw.decode("utf-8", "replace").encode("utf-16"),
    "CRLF": lambda raw, at: raw.replace(b"\n", b"\r\n"),
    "impossible header date": lambda raw, at: b"date 2025-02-30\n\n" + raw,
    "long name": lambda raw, at: _insert(raw, at, b" said " + LONG_NAME * 2 + b" on Monday. "),
    "zero-width and combining": lambda raw, at: _insert(raw, at, "A\u200dB e\u0301 \u200b".encode()),
    "repeated paragraph": lambda raw, at: raw[at:] + b"\n\n" + raw,
    "truncated": lambda raw, at: raw[:at],
    "unchanged": lambda raw, at: raw,
}


@st.composite
def mutated_articles(draw) -> tuple[str, bytes]:
    """(mutation names, bytes): a window of a real article with one to three mutations."""
    source = draw(st.sampled_from(SOURCES))
    start = draw(st.integers(0, max(0, len(source) - 400)))
    raw = source[start : start + draw(st.integers(200, 2500))]
    names = draw(st.lists(st.sampled_from(sorted(MUTATIONS)), min_size=1, max_size=3))
    for name in names:
        raw = MUTATIONS[name](raw, draw(st.integers(0, len(raw))))
    return "+".join(names), raw


def check_file(raw: bytes, nlp, shapes) -> str:
    """Read the bytes as ``newskb export`` does: a clear refusal, or an export with every property."""
    import pyoxigraph as ox

    from newskb.errors import InputError
    from newskb.pipeline import extract_doc
    from newskb.nlp.annotate import annotate
    from newskb.rdf.mapping import to_graph
    from newskb.rdf.serialize import serialize
    from newskb.reader import decode, parse_article
    from newskb.validation import validate_graph
    from rdflib import Graph

    try:
        text, _ = decode(raw, "fuzz.txt")
    except InputError as exc:
        assert " — " in str(exc), str(exc)
        return "refused"
    if not text.strip():
        return "refused (empty)"
    article = parse_article(text, source="fuzz.txt")
    extraction = extract_doc(article, annotate(article, nlp), nlp)
    assert all(span.grounded_in(text) for span in extraction.spans())
    graph = to_graph(extraction)
    for fmt, rdflib_fmt in (("turtle", "turtle"), ("jsonld", "json-ld")):
        assert len(Graph().parse(data=serialize(graph, fmt), format=rdflib_fmt)) == len(graph), fmt
    ox.Store().load(serialize(graph, "nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)  # every IRI valid for Oxigraph
    report = validate_graph(graph, shapes)
    assert report.conforms, report.to_text()
    return "exported"


def main() -> int:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    import logging

    from newskb.nlp.annotate import load_model
    from newskb.validation import load_shapes

    logging.getLogger("newskb").setLevel(logging.ERROR)  # the warnings are expected here
    nlp, shapes = load_model(), load_shapes()
    tally: Counter[str] = Counter()
    options = {**FUZZ_SETTINGS, "derandomize": False}
    started = time.time()

    @settings(max_examples=examples, **options)
    @given(example=st.one_of(articles().map(lambda text: ("generated", text)), mutated_articles()))
    def run(example: tuple[str, str | bytes]) -> None:
        kind, data = example
        if isinstance(data, str):
            check_export(data, nlp, shapes)
            tally["generated: exported"] += 1
        else:
            outcome = check_file(data, nlp, shapes)
            tally[f"mutated: {outcome}"] += 1
            for name in kind.split("+"):
                tally[f"  {name}: {outcome}"] += 1
        done = sum(v for k, v in tally.items() if not k.startswith(" "))
        if done % PROGRESS_EVERY == 0:
            print(f"{done} examples, {time.time() - started:.0f} s, no failure so far: {dict(sorted(tally.items()))}", flush=True)

    try:
        seeded = run if seed == 0 else __import__("hypothesis").seed(seed)(run)
        seeded()
    except Exception as exc:  # the failing example is printed by hypothesis above
        notes = " ".join(getattr(exc, "__notes__", []))
        print(f"FAILED in {time.time() - started:.0f} s: {type(exc).__name__}: {exc} {notes}"[:3000])
        return 1
    for key in sorted(tally):
        print(f"{tally[key]:7,d}  {key}")
    total = sum(v for k, v in tally.items() if not k.startswith(" "))
    print(f"ok: {total} examples in {time.time() - started:.0f} s (seed {seed}), no failure")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
