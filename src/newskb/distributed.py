"""Export past one machine: the same pipeline as a Dask job over a list of article files.

Each task reads a batch of articles, runs the whole pipeline on them and writes
one N-Quads file per article (its named graph is the article IRI) into an
output folder that every worker can reach (a shared filesystem). N-Quads is
what triple stores bulk-load: ``newskb load``/Oxigraph, QLever, Virtuoso.
The files are byte-identical to ``newskb export FILES --output DIR/ -f nq``.

Needs the ``[distributed]`` extra (``pip install 'newskb[distributed]'``).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, NewskbError
from .reader import article_paths, read_article


@dataclass
class DistributedSummary:
    exported: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    written: list[Path] = field(default_factory=list)


def output_stems(files: list[Path]) -> list[str]:
    """The stem each article is written under, as ``newskb export`` names them; only files
    that share a name with another are read here (to tell them apart by content)."""
    from .export import _stem

    counts = Counter(p.name for p in files)
    stems: dict[str, str] = {}
    out = []
    for path in files:
        if counts[path.name] == 1:
            out.append(Path(path.name).stem)
        else:
            article = read_article(path)
            out.append(_stem(article.source or article.key, article.key, stems))
    return out


def export_batch(batch: list[tuple[str, str]], output: str, base: str | None, model: str | None) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """One task: (file, stem) pairs → N-Quads files in ``output``. Returns (exported, failed, written)."""
    from .export import _render
    from .pipeline import extract_articles
    from .output import write_atomic

    exported: list[str] = []
    failed: list[tuple[str, str]] = []
    written: list[str] = []
    stem_of: dict[tuple[str, str | None], str] = {}  # (sha256, source) -> output stem
    articles = []
    for file, stem in batch:
        try:
            article = read_article(Path(file))
        except InputError as exc:
            failed.append((file, str(exc)))
            continue
        stem_of[(article.sha256, article.source)] = stem
        articles.append(article)

    def extraction_failed(article, exc: Exception) -> None:
        failed.append((article.source or article.key, f"extraction failed ({type(exc).__name__}: {str(exc)[:200]})"))

    for extraction in extract_articles(articles, model=model, batch_size=16, on_error=extraction_failed):
        article = extraction.article
        name = article.source or article.key
        target = Path(output) / f"{stem_of[(article.sha256, article.source)]}.nq"
        try:
            write_atomic(target, _render([extraction], "nq", base))
        except NewskbError as exc:
            failed.append((name, str(exc)))
            continue
        exported.append(name)
        written.append(str(target))
    return exported, failed, written


def export_distributed(
    paths: list[Path],
    output: Path,
    *,
    client=None,
    base: str | None = None,
    model: str | None = None,
    batch_size: int = 32,
) -> DistributedSummary:
    """Export articles as N-Quads with a Dask cluster (``client``; default: the current client,
    else a local cluster). Batches of ``batch_size`` articles are the unit of work."""
    from dask.distributed import Client, as_completed

    from .ids import checked_base

    base = checked_base(base)
    files = [p for p in article_paths(paths) if str(p) != "-"]
    pairs = [(str(p.resolve()), stem) for p, stem in zip(files, output_stems(files), strict=True)]
    batches = [pairs[i : i + batch_size] for i in range(0, len(pairs), batch_size)]
    output.mkdir(parents=True, exist_ok=True)
    own_client = None
    if client is None:
        try:
            from dask.distributed import get_client

            client = get_client()
        except ValueError:
            client = own_client = Client(processes=True)
    try:
        futures = client.map(export_batch, batches, output=str(output.resolve()), base=base, model=model, pure=False)
        results = {}
        for future, result in as_completed(futures, with_results=True):
            results[future.key] = result
        summary = DistributedSummary()
        for future in futures:  # in input order, whatever order the tasks finished in
            exported, failed, written = results[future.key]
            summary.exported += exported
            summary.failed += failed
            summary.written += [Path(w) for w in written]
        return summary
    finally:
        if own_client is not None:
            own_client.close()


def main(argv: list[str] | None = None) -> int:
    """``python -m newskb.distributed FILES… --output DIR [--scheduler ADDRESS]``."""
    parser = argparse.ArgumentParser(prog="python -m newskb.distributed", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="article files or folders of *.txt")
    parser.add_argument("--output", "-o", type=Path, required=True, help="folder for the N-Quads files (shared by all workers)")
    parser.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster)")
    parser.add_argument("--base", help="IRI base for instances")
    parser.add_argument("--model", help="spaCy model")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)
    try:
        from dask.distributed import Client
    except ImportError:
        print("Error: Dask is not installed — pip install 'newskb[distributed]'", file=sys.stderr)
        return 2
    try:
        with (Client(args.scheduler) if args.scheduler else Client(processes=True)) as client:
            summary = export_distributed(args.paths, args.output, client=client, base=args.base, model=args.model, batch_size=args.batch_size)
    except NewskbError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    for source, reason in summary.failed:
        print(f"Error: {source}: {reason}", file=sys.stderr)
    print(f"{len(summary.exported)} article(s) exported to {args.output}, {len(summary.failed)} failed.", file=sys.stderr)
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
