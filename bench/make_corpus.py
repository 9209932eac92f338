"""Build a benchmark corpus of varied articles from the repository's own texts.

Paragraphs of ``seeds/*.txt`` and ``tests/data/articles/*.txt`` are recombined
(3 to 9 per article, drawn from different sources), capitalised two-word names
are swapped for others from the same texts, and each article gets its own date
header and title line. A fixed seed makes the corpus the same on every run.

    python bench/make_corpus.py --articles 1000 --output /tmp/newskb-bench/corpus
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]
HEADER = re.compile(r"\A\s*date[ \t]*:?[ \t]+\d{4}-\d{2}-\d{2}[ \t]*\n?", re.IGNORECASE)
NAME = re.compile(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b")


def paragraphs(path: Path) -> list[str]:
    text = HEADER.sub("", path.read_text(encoding="utf-8"))
    parts = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return [p for p in parts[1:] if len(p.split()) >= 12]  # the first block is the title


def build(count: int, output: Path, seed: int = 6) -> list[Path]:
    rng = random.Random(seed)
    pool = [p for source in SOURCES for p in paragraphs(source)]
    names = sorted({m.group(0) for p in pool for m in NAME.finditer(p)})
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(count):
        chosen = rng.sample(pool, rng.randint(3, min(9, len(pool))))
        swaps = {name: rng.choice(names) for name in rng.sample(names, min(len(names), 6))}
        body = "\n\n".join(NAME.sub(lambda m, swaps=swaps: swaps.get(m.group(0), m.group(0)), p) for p in chosen)
        date = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
        title = " ".join(chosen[0].split()[:8]).rstrip(".,;:\"'”’")
        path = output / f"bench_{i:05d}.txt"
        path.write_text(f"date {date.isoformat()}\n{title}\n\n{body}\n", encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--output", type=Path, default=Path("/tmp/newskb-bench/corpus"))
    args = parser.parse_args()
    files = build(args.articles, args.output)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    print(f"{len(files)} articles, {words} words in {args.output}")


if __name__ == "__main__":
    main()
