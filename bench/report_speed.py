"""Time to build the report of a large exported corpus, apart from loading the exports.

    .venv/bin/python bench/report_speed.py 1000

The corpus is the seed article's export copied N times, each copy under its own
article IRI and with its own record IRIs (so N articles, N times the records,
one shared set of entities, as a real corpus has). Prints the seconds spent
loading the files into Oxigraph, reading the report's data out of it, and
rendering HTML and Markdown.
"""
from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

from newskb.export import export
from newskb.kbfiles import load_store
from newskb.reporting import load_report, to_html, to_markdown

ROOT = Path(__file__).resolve().parents[1]


def corpus(folder: Path, copies: int) -> None:
    text = export([ROOT / "seeds"], formats=["nt"]).text or ""
    key = re.search(r"/article/([0-9a-f]{16})>", text).group(1)
    for n in range(copies):
        new = f"{n:016x}"
        body = text.replace(key, new)  # article, record and span IRIs all carry the article key
        (folder / f"a{n:05d}.nt").write_text(body, encoding="utf-8")


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus(folder, copies)
        start = time.perf_counter()
        load_store([folder], named_graphs=False)
        loaded = time.perf_counter()
        data = load_report([folder])
        read = time.perf_counter()
        html = to_html(data)
        rendered = time.perf_counter()
        to_markdown(data)
        done = time.perf_counter()
    load_s = loaded - start
    print(f"articles: {copies}; HTML {len(html) / 1e6:.1f} MB")
    print(f"load exports: {load_s:.1f} s; report data beyond loading: {read - loaded - load_s:.1f} s; "
          f"HTML: {rendered - read:.1f} s; Markdown: {done - rendered:.1f} s")
    print(f"report beyond loading (data + HTML): {read - loaded - load_s + rendered - read:.1f} s")


if __name__ == "__main__":
    main()
