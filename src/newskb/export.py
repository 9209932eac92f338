"""Export: the whole pipeline for many articles, written atomically to files or returned as text.

A bad article is recorded (path and reason) and the others are still exported;
the caller decides the exit code from the summary.
"""
from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import json
import logging
import os
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, NewskbError, OutputError
from .pipeline import extract_articles, extract_in_processes, fewer_collections
from .ids import checked_base
from .models import Article, Extraction
from .exchange.ftm import ftm_json_lines
from .exchange.plover import plover_json_lines
from .output import remove_stale_temps, write_atomic
from .rdf.mapping import to_graph, to_quads, to_triples
from .rdf.serialize import FORMATS, ntriples, serialize
from .rdf.turtle import turtle
from .reader import article_paths, read_input

logger = logging.getLogger(__name__)


@dataclass
class ExportSummary:
    exported: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    written: list[Path] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unchanged since the last export to the same folder
    text: str | None = None  # the export itself when no output path was given
    write_errors: list[str] = field(default_factory=list)  # the first stopped the run; the manifest's may follow
    not_done: int = 0  # articles never reached because a write failure stopped the run
    retired: list[str] = field(default_factory=list)  # older outputs of the same articles, removed


def _read_all(paths: list[Path], summary: ExportSummary) -> Iterator[Article]:
    for path in article_paths(paths):
        try:
            yield read_input(path)
        except InputError as exc:
            summary.failed.append((str(path), str(exc)))


def _stem(name: str, key: str, stems: dict[str, str]) -> str:
    """The output file stem for an article: its file name's, made unique with its key when two
    files share a name (in different folders); the names are file names, never paths."""
    stem = Path(name).stem if name != "stdin" else "stdin"
    if stems.setdefault(stem, key) != key:
        stem = f"{stem}-{key}"
        stems.setdefault(stem, key)
    return stem


MANIFEST_NAME = ".newskb-manifest"
JOURNAL_SUFFIX = ".log"


class Manifest:
    """What the exports into a folder wrote: output file → the article's SHA-256, the
    options' fingerprint and the output's own SHA-256. An article whose bytes and options
    did not change, and whose outputs are still as written, is skipped on the next run.

    Each entry is appended to a journal as soon as its file is written, so a killed
    run loses only the articles in flight; ``save`` folds the journal into the
    manifest. Appends share, and the fold holds, a lock on the journal, so exports
    running at once into one folder keep every entry."""

    def __init__(self, folder: Path, options: dict[str, str | None]) -> None:
        self.path = folder / MANIFEST_NAME
        self.journal = folder / (MANIFEST_NAME + JOURNAL_SUFFIX)
        self.options = hashlib.sha256(json.dumps(options, sort_keys=True).encode()).hexdigest()
        self.entries = self._read()
        self._journal_fd: int | None = None

    def _read(self) -> dict[str, dict[str, str]]:
        """The saved manifest with the journal's entries on top (a line cut short by a kill is ignored)."""
        try:
            entries: dict[str, dict[str, str]] = dict(json.loads(self.path.read_text(encoding="utf-8"))["files"])
        except (OSError, ValueError, KeyError, TypeError):
            entries = {}
        try:
            lines = self.journal.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            lines = []
        for line in lines:
            try:
                entry = json.loads(line)
                name = entry.pop("file")
                if entry.get("retired"):
                    entries.pop(name, None)
                else:
                    entries[name] = entry
            except (ValueError, KeyError, TypeError, AttributeError):
                continue
        return entries

    def unchanged(self, article: Article, targets: list[Path]) -> bool:
        for target in targets:
            entry = self.entries.get(target.name)
            if not entry or entry.get("article") != article.sha256 or entry.get("options") != self.options:
                return False
            try:
                if hashlib.sha256(target.read_bytes()).hexdigest() != entry.get("output"):
                    return False
            except OSError:
                return False
        return True

    @contextlib.contextmanager
    def _locked(self, mode: int):
        if self._journal_fd is None:
            try:
                self._journal_fd = os.open(self.journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
            except OSError as exc:
                raise OutputError(f"{self.journal}: cannot write ({exc.strerror or exc})", "choose a writable --output") from exc
        fcntl.flock(self._journal_fd, mode)
        try:
            yield self._journal_fd
        finally:
            fcntl.flock(self._journal_fd, fcntl.LOCK_UN)

    def record(self, article: Article, target: Path, text: str) -> None:
        """Note a file just written, in memory and in the journal (one append, whole lines)."""
        entry = {"article": article.sha256, "options": self.options, "output": hashlib.sha256(text.encode("utf-8")).hexdigest()}
        self.entries[target.name] = entry
        line = json.dumps({"file": target.name, **entry}, sort_keys=True) + "\n"
        with self._locked(fcntl.LOCK_SH) as fd:
            try:
                os.write(fd, line.encode("utf-8"))
            except OSError as exc:
                raise OutputError(f"{self.journal}: cannot write ({exc.strerror or exc})", "free some space or choose another --output") from exc

    def retire(self, article: Article, stem: str, kept: set[str]) -> list[str]:
        """Remove the files an earlier export wrote for this same article under the same stem that
        this one did not write (another format set or ``--base``), so the folder never holds two
        versions of one article; another file with the same bytes is another article and stays.
        Only files still as newskb wrote them are removed; an edited one is left and named."""
        retired = []
        for name, entry in sorted(self.entries.items()):
            if entry.get("article") != article.sha256 or name in kept or Path(name).stem != stem:
                continue
            path = self.path.parent / name
            try:
                if hashlib.sha256(path.read_bytes()).hexdigest() != entry.get("output"):
                    logger.warning("%s: left in place, it was changed after newskb wrote it (an older export of %s)", path, article.source)
                    continue
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise OutputError(f"{path}: cannot remove the older export of this article ({exc.strerror or exc})", "check the folder's permissions") from exc
            del self.entries[name]
            line = json.dumps({"file": name, "retired": True}, sort_keys=True) + "\n"
            with self._locked(fcntl.LOCK_SH) as fd:
                os.write(fd, line.encode("utf-8"))
            retired.append(name)
        return retired

    def _pending(self) -> bool:
        try:
            return self.journal.stat().st_size > 0
        except OSError:
            return False

    def save(self) -> None:
        """Fold the journal (every run's, under the lock) into the manifest, then empty it."""
        if self.path.exists() and not self._pending():
            return
        with self._locked(fcntl.LOCK_EX) as fd:
            merged = self._read()
            write_atomic(self.path, json.dumps({"version": 1, "files": merged}, indent=0, sort_keys=True) + "\n")
            os.ftruncate(fd, 0)
        self.entries = merged

    def close(self) -> None:
        if self._journal_fd is not None:
            os.close(self._journal_fd)
            self._journal_fd = None


def export_options(base: str | None, model: str | None) -> dict[str, str | None]:
    """Everything besides an article's bytes that its output depends on (for the manifest)."""
    from . import __version__
    from .nlp.annotate import model_name

    name = model_name(model)
    return {"base": base, "model": name, "model_version": _model_version(name), "newskb": __version__, "code": code_digest()}


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 of the package's code and data files: any change to an extractor or a lexicon
    invalidates the manifest, so an incremental export never keeps output of older code."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in {".py", ".tsv", ".txt", ".yaml", ".ttl", ".jsonld"}):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _model_version(name: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _render_each(extraction: Extraction, formats: list[str], base: str | None) -> dict[str, str | Exception]:
    """Each format's text (or what went wrong), computed in a worker process with ``--jobs``."""
    from .pipeline import picklable

    out: dict[str, str | Exception] = {}
    for fmt in formats:
        try:
            out[fmt] = _render([extraction], fmt, base)
        except Exception as exc:  # noqa: BLE001 — reported as that article's failure, as in one process
            out[fmt] = picklable(exc)
    return out


def _render(extractions: list[Extraction], fmt: str, base: str | None) -> str:
    if fmt == "ftm":  # sanctions and the entities they name, for OpenSanctions and Aleph users
        return ftm_json_lines(extractions, base)
    if fmt == "plover":  # events, for event-data researchers
        return plover_json_lines(extractions, base)
    if fmt == "nt":
        return ntriples(to_triples(extractions, base))
    if fmt == "nq":
        return ntriples(to_quads(extractions, base))
    if fmt == "turtle":
        return turtle(to_triples(extractions, base))
    return serialize(to_graph(extractions, base), fmt)


def export(
    paths: list[Path],
    *,
    formats: list[str],
    output: Path | None = None,
    per_article: bool = False,
    base: str | None = None,
    model: str | None = None,
    jobs: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> ExportSummary:
    """Extract every article and write one merged graph (to ``output`` or as text), or with
    ``per_article`` one file per article and format in the folder ``output``.

    ``jobs`` > 1 runs the pipeline in that many worker processes (same output).
    Into a folder, articles unchanged since the last export there (same bytes,
    same options, outputs untouched) are skipped. ``progress(done, total)`` is
    called as articles are done."""
    for fmt in formats:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r}", f"use one of {', '.join(FORMATS)}")
    if per_article and output is None:
        raise InputError("one file per article needs a folder", "give --output DIR/")
    if not per_article and len(formats) != 1:
        raise InputError("several formats need a folder as --output", "give --output DIR/ or one --format")
    base = checked_base(base)
    summary = ExportSummary()
    extractions: list[Extraction] = []
    stems: dict[str, str] = {}  # output stem -> key of the article written under it

    manifest = None
    if per_article:
        assert output is not None
        remove_stale_temps(output)
        manifest = Manifest(output, export_options(base, model))
    elif output is not None:
        remove_stale_temps(output.parent, output.name)
    total = len(article_paths(paths))

    def handled() -> int:
        return len(summary.exported) + len(summary.skipped) + len({s for s, _ in summary.failed})

    def tick() -> None:
        if progress:
            progress(min(total, handled()), total)

    def extraction_failed(article: Article, exc: Exception) -> None:
        summary.failed.append((article.source or article.key, f"extraction failed ({type(exc).__name__}: {str(exc)[:200]}) — please report it"))

    def changed(articles: Iterator[Article]) -> Iterator[Article]:
        for article in articles:
            name = article.source or article.key
            if manifest is not None and output is not None:
                stem = _stem(name, article.key, stems)
                if manifest.unchanged(article, [output / f"{stem}{FORMATS[fmt]}" for fmt in formats]):
                    summary.skipped.append(name)
                    tick()
                    continue
            yield article

    to_extract = changed(_read_all(paths, summary))
    if jobs > 1:
        from .children import forks_die_with_this_process

        forks_die_with_this_process()  # a killed export leaves no worker behind
        render = functools.partial(_render_each, formats=formats, base=base) if per_article else None
        extracted = extract_in_processes(
            to_extract, model=model, jobs=jobs, on_error=extraction_failed, then=render, records_back=render is None
        )  # rendered in the workers: only each article (its name) comes back with its texts
    else:
        extracted = ((x, None) for x in extract_articles(to_extract, model=model, on_error=extraction_failed))
    try:
        with fewer_collections():
            _write_all(extracted, summary, output, formats, base, stems, manifest, extractions if not per_article else None, tick)
        if isinstance(extracted, Generator):
            extracted.close()  # after a write failure: stop extracting what could not be written
        if manifest is not None and not summary.write_errors:  # else the journal keeps the entries for the next run
            manifest.save()
    except OutputError as exc:
        summary.write_errors.append(str(exc))
    finally:
        if manifest is not None:
            manifest.close()
    if not per_article and summary.exported and not summary.write_errors:  # an empty run leaves the old output as it was
        text = _render(extractions, formats[0], base)
        if output is None:
            summary.text = text
        else:
            try:
                write_atomic(output, text)
                summary.written.append(output)
            except OutputError as exc:
                summary.write_errors.append(str(exc))
                summary.exported = []  # extracted, but nothing of them was written
    if summary.write_errors:
        summary.not_done = max(0, total - handled())
    return summary


def _write_all(
    extracted: Iterator[tuple[Extraction, dict[str, str | Exception] | None]],
    summary: ExportSummary,
    output: Path | None,
    formats: list[str],
    base: str | None,
    stems: dict[str, str],
    manifest: Manifest | None,
    merged: list[Extraction] | None,
    tick: Callable[[], None],
) -> None:
    """Write each extraction as it comes (one file per format), or keep it for the merged graph."""
    per_article = merged is None
    for extraction, rendered in extracted:
        name = extraction.article.source or extraction.article.key
        if per_article:
            assert output is not None
            stem = _stem(name, extraction.article.key, stems)
            for fmt in formats:
                target = output / f"{stem}{FORMATS[fmt]}"
                try:
                    text = rendered[fmt] if rendered else _render([extraction], fmt, base)
                    if isinstance(text, Exception):
                        raise text
                    write_atomic(target, text)
                    if manifest is not None:
                        manifest.record(extraction.article, target, text)
                except OutputError as exc:  # a full or read-only disk: every later write would fail too
                    summary.write_errors.append(str(exc))
                    return
                except NewskbError as exc:
                    summary.failed.append((name, str(exc)))
                    break
                except Exception as exc:  # a serialiser bug must not stop the other articles
                    summary.failed.append((name, f"export failed ({type(exc).__name__}: {str(exc)[:200]}) — please report it"))
                    break
                summary.written.append(target)
            else:
                summary.exported.append(name)
                if manifest is not None:
                    summary.retired += manifest.retire(extraction.article, stem, {f"{stem}{FORMATS[fmt]}" for fmt in formats})
        else:
            assert merged is not None
            summary.exported.append(name)
            merged.append(extraction)
        tick()
