"""Export: the whole pipeline for many articles, written atomically to files or returned as text.

A bad article is recorded (path and reason) and the others are still exported;
the caller decides the exit code from the summary.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, NewskbError
from .extract import extract_articles
from .models import Article, Extraction
from .output import write_atomic
from .rdf.mapping import to_dataset, to_graph
from .rdf.serialize import FORMATS, serialize
from .reader import article_paths, read_article, read_stdin


@dataclass
class ExportSummary:
    exported: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    written: list[Path] = field(default_factory=list)
    text: str | None = None  # the export itself when no output path was given


def _read_all(paths: list[Path], summary: ExportSummary) -> Iterator[Article]:
    for path in article_paths(paths):
        try:
            yield read_stdin() if str(path) == "-" else read_article(path)
        except InputError as exc:
            summary.failed.append((str(path), str(exc)))


def _render(extractions: list[Extraction], fmt: str, base: str | None) -> str:
    graph = to_dataset(extractions, base) if fmt == "nq" else to_graph(extractions, base)
    return serialize(graph, fmt)


def export(
    paths: list[Path],
    *,
    formats: list[str],
    output: Path | None = None,
    per_article: bool = False,
    base: str | None = None,
    model: str | None = None,
) -> ExportSummary:
    """Extract every article and write one merged graph (to ``output`` or as text), or with
    ``per_article`` one file per article and format in the folder ``output``."""
    for fmt in formats:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r}", f"use one of {', '.join(FORMATS)}")
    if per_article and output is None:
        raise InputError("one file per article needs a folder", "give --output DIR/")
    if not per_article and len(formats) != 1:
        raise InputError("several formats need a folder as --output", "give --output DIR/ or one --format")
    summary = ExportSummary()
    extractions: list[Extraction] = []
    for extraction in extract_articles(_read_all(paths, summary), model=model):
        name = extraction.article.source or extraction.article.key
        summary.exported.append(name)
        if per_article:
            assert output is not None
            stem = Path(name).stem if name != "stdin" else "stdin"
            for fmt in formats:
                target = output / f"{stem}{FORMATS[fmt]}"
                try:
                    write_atomic(target, _render([extraction], fmt, base))
                except NewskbError as exc:
                    summary.failed.append((name, str(exc)))
                    continue
                summary.written.append(target)
        else:
            extractions.append(extraction)
    if not per_article:
        text = _render(extractions, formats[0], base)
        if output is None:
            summary.text = text
        else:
            write_atomic(output, text)
            summary.written.append(output)
    return summary
