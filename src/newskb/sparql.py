"""Query stage: SPARQL over exported files and folders, on Oxigraph.

rdflib's engine did not finish a three-way join over 1M triples in minutes
where Oxigraph answers in milliseconds, so queries run on an in-memory
pyoxigraph store. The default graph is the merged knowledge base: N-Quads are
loaded into the default graph, so a triple that several articles state (an
entity's type or name) is counted once, not once per article, and also into
their named graphs (one per article) when the query has a GRAPH pattern.
Queries are read-only and local: updates, SERVICE, LOAD and FROM of graphs
the knowledge base does not hold are refused before anything runs.

Oxigraph cannot interrupt a query from inside the process, so the command
line and the endpoint run each query in a forked child (``run_guarded``) that
streams the rendered answer back through a pipe: a timeout, a row cap,
Ctrl-C, SIGTERM or a client that went away kill the child, and memory stays
bounded because rows are rendered as they come and the pipe holds the child back.
"""
from __future__ import annotations

import csv
import io
import itertools
import json
import os
import re
import select
import signal
import socket
import struct
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TypeVar, cast

from .errors import QueryError
from .kbfiles import load_store
from .rdf.vocab import PREFIXES

# strings, IRIs (exactly the IRIREF characters, so that ``?a<1`` … ``>`` is not taken for one) and comments
_STRINGS_AND_COMMENTS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*'
)
_GRAPH_WORD = re.compile(r"(?<![?$\w:])GRAPH(?![\w-])", re.IGNORECASE)
_SERVICE_WORD = re.compile(r"(?<![?$\w:])SERVICE(?![\w:])", re.IGNORECASE)
_FORM = re.compile(r"(?<![?$\w:])(SELECT|ASK|CONSTRUCT|DESCRIBE)\b(?!:)", re.IGNORECASE)
_REFUSED = re.compile(r"(?<![?$\w:])(SERVICE|LOAD|INSERT|DELETE|DROP|CLEAR|CREATE|ADD|MOVE|COPY|WITH)\b(?!:)", re.IGNORECASE)


@dataclass
class Result:
    """A SELECT/ASK answer: variable names and rows of terms (None where unbound)."""

    variables: list[str]
    rows: list[list[object | None]]
    boolean: bool | None = None


def check_query(sparql: str) -> None:
    """Refuse updates and anything that could reach outside the knowledge base."""
    skeleton = _STRINGS_AND_COMMENTS.sub(lambda m: "<>" if m.group(0).startswith("<") else " ", sparql)
    refused = _REFUSED.search(skeleton)
    if refused:
        word = refused.group(1).upper()
        raise QueryError(f"SPARQL {word} is not allowed", "newskb query runs read-only queries over local files")
    if re.search(r"(?<![?$\w:])FROM\b(?!:)", skeleton, re.IGNORECASE):
        raise QueryError("SPARQL FROM / FROM NAMED is not allowed", "the knowledge-base files are the dataset; use GRAPH <…> to pick an article")
    if _SERVICE_WORD.search(sparql) and _calls_service(sparql):
        raise QueryError("SPARQL SERVICE is not allowed", "newskb query runs read-only queries over local files")


def reads_named_graphs(sparql: str) -> bool:
    """Whether a query may read the per-article named graphs. Only a GRAPH pattern can (FROM NAMED
    is refused), so a query without the word GRAPH outside strings, IRIs and comments is answered
    by the default graph alone, and the files can be loaded without their named graphs (twice as
    fast for N-Quads; bench/README.md, "folder query"). A word that only looks like the keyword
    (``ex:a-GRAPH``) errs on the side of loading them."""
    return bool(_GRAPH_WORD.search(_STRINGS_AND_COMMENTS.sub(" ", sparql)))


def query_form(sparql: str) -> str:
    """``select``, ``ask``, ``construct`` or ``describe``: the first form keyword outside strings, IRIs and
    comments (so an endpoint can choose the answer's format before running it)."""
    found = _FORM.search(_STRINGS_AND_COMMENTS.sub(" ", sparql))
    return found.group(1).lower() if found else "select"


def _calls_service(sparql: str) -> bool:
    """Whether a query that holds the word SERVICE (in a string, a comment, anywhere) may call one.

    The lexical check above could be misled where a comparison ``<`` looks like an
    IRI; Oxigraph would then really send the request, so a query naming SERVICE
    anywhere must also parse with rdflib's grammar and show no SERVICE pattern.
    """
    from pyparsing import ParseException, ParseResults
    from rdflib.plugins.sparql.parser import parseQuery
    from rdflib.plugins.sparql.parserutils import CompValue

    try:
        parsed = parseQuery(with_prefixes(sparql))
    except (ParseException, ValueError, TypeError, RecursionError):
        return True  # cannot be sure: refuse

    def has_service(node: object) -> bool:
        if isinstance(node, CompValue) and node.name == "ServiceGraphPattern":
            return True
        if isinstance(node, (dict, CompValue)):
            return any(has_service(v) for v in node.values())
        if isinstance(node, (list, tuple, ParseResults)):
            return any(has_service(v) for v in node)
        return False

    return has_service(parsed)


_POSITION = re.compile(r"error at (\d+):(\d+)")


def syntax_error(exc: SyntaxError, sparql: str, full: str) -> QueryError:
    """One line: where in the user's own text the parser stopped, and which prefixes newskb added."""
    added = full.count("\n") - sparql.count("\n")
    prefixes = ", ".join(f"{p}:" for p in PREFIXES if f"PREFIX {p}: <" in full.split(sparql)[0]) if added else ""
    where = ""
    position = _POSITION.search(str(exc))
    if position:
        line, column = int(position.group(1)) - added, int(position.group(2))
        text = sparql.splitlines()[line - 1] if 0 < line <= len(sparql.splitlines()) else ""
        near = text[max(column - 1, 0) : column + 19].strip()
        where = f" at line {line}, column {column}" + (f" (near {near!r})" if near else "")
    hint = f"newskb added the prefixes {prefixes}; check the query" if prefixes else "check the query"
    return QueryError(f"SPARQL syntax error{where}", hint)


def unknown_prefixes(sparql: str) -> list[str]:
    """Prefixes the query uses that it neither declares nor newskb knows."""
    skeleton = _STRINGS_AND_COMMENTS.sub(" ", sparql)
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", skeleton, re.IGNORECASE)}
    used = re.findall(r"(?<![\w:?$<])([A-Za-z][\w-]*):(?=[\w(])", re.sub(r"PREFIX\s+[\w-]*:", " ", skeleton, flags=re.IGNORECASE))
    return sorted({p for p in used if p.lower() not in declared and p not in PREFIXES})


def with_prefixes(sparql: str) -> str:
    """Prepend the contract's prefixes that the query uses but does not declare."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", sparql, re.IGNORECASE)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared and re.search(rf"\b{p}:", sparql)]
    return "\n".join([*lines, sparql])


class QueryStopped(QueryError):
    """A guard stopped the query: it ran too long or had too many rows."""

    exit_code = 3


class QueryTimeout(QueryStopped):
    """The query ran past its time limit."""


class TooManyRows(QueryStopped):
    """The answer has more rows than allowed."""


class ClientGone(QueryError):
    """The client that asked went away, so the query was stopped."""


Dataset = tuple[list[str], list[str]]  # the SPARQL protocol's default-graph-uri and named-graph-uri IRIs


def _run(store, sparql: str, dataset: Dataset | None):
    """The query's answer; a protocol ``dataset`` replaces the store's (an IRI it lacks is an empty graph)."""
    import pyoxigraph as ox

    check_query(sparql)
    unknown = unknown_prefixes(sparql)
    if unknown:
        known = ", ".join(f"{p}:" for p in PREFIXES)
        raise QueryError(f"unknown prefix {unknown[0]}: in the query", f"declare it (PREFIX {unknown[0]}: <…>) or use one newskb knows: {known}")
    chosen = {}
    if dataset is not None and (dataset[0] or dataset[1]):
        chosen = {"default_graph": [ox.NamedNode(iri) for iri in dataset[0]], "named_graphs": [ox.NamedNode(iri) for iri in dataset[1]]}
    full = with_prefixes(sparql)
    try:
        return store.query(full, **chosen)
    except SyntaxError as exc:
        raise syntax_error(exc, sparql, full) from exc
    except ValueError as exc:  # a dataset IRI that is no IRI
        raise QueryError(f"bad dataset IRI: {str(exc).splitlines()[0]}", "give absolute IRIs as default-graph-uri / named-graph-uri") from exc


def _answer(store, sparql: str, dataset: Dataset | None = None) -> tuple[list[str], Iterator[list], bool | None]:
    """Variables, a lazy iterator of rows, and the boolean of an ASK."""
    import pyoxigraph as ox

    answer = _run(store, sparql, dataset)
    if isinstance(answer, ox.QueryBoolean):
        return ["ask"], iter([[bool(answer)]]), bool(answer)
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        return variables, ([row[v] for v in variables] for row in answer), None
    raise QueryError("CONSTRUCT and DESCRIBE queries are not supported by `newskb query`", "use SELECT or ASK")


def run_query(store, sparql: str) -> Result:
    """Answer a query in this process, every row in memory (the Python API, for small answers)."""
    variables, rows, boolean = _answer(store, sparql)
    return Result(variables=variables, rows=list(rows), boolean=boolean)


def query(paths: list[Path], sparql: str, *, links: bool = True) -> Result:
    """Answer a SELECT or ASK query over the given knowledge-base files and folders; with ``links``,
    over the merged view of the ``newskb link`` links among them."""
    check_query(sparql)
    store = load_store(paths, named_graphs=reads_named_graphs(sparql))
    if links:
        from .linking import apply_links

        apply_links(store)
    return run_query(store, sparql)


# --- renderings -------------------------------------------------------------
def _plain(term) -> str:
    if term is None:
        return ""
    if isinstance(term, bool):
        return str(term).lower()
    return term.value


def _short(term) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        for prefix, iri in PREFIXES.items():
            if term.value.startswith(iri) and re.fullmatch(r"[\w.-]*", term.value[len(iri):]):
                return f"{prefix}:{term.value[len(iri):]}"
        return f"<{term.value}>"
    return _plain(term)



TABLE_WIDTH_SAMPLE = 1000  # rows read before the table's column widths are fixed (a wider later cell is cut)


def table_lines(variables: list[str], rows: Iterator[list], boolean: bool | None = None, *, short: bool = True) -> Iterator[str]:
    """A plain-text table, streamed: column widths from the first ``TABLE_WIDTH_SAMPLE`` rows, at most 80."""
    cell = _short if short else _plain
    head = [[cell(t) for t in row] for row in itertools.islice(rows, TABLE_WIDTH_SAMPLE)]
    widths = [min(80, max([len(v)] + [len(r[i]) for r in head])) for i, v in enumerate(variables)]

    def line(values: list[str]) -> str:
        return " | ".join(v[:80].ljust(w) for v, w in zip(values, widths, strict=True)).rstrip() + "\n"

    yield line(variables)
    yield "-+-".join("-" * w for w in widths) + "\n"
    count = 0
    for cells in itertools.chain(head, ([cell(t) for t in row] for row in rows)):
        count += 1
        yield line(cells)
    yield f"({count} row{'s' if count != 1 else ''})\n"


def csv_lines(variables: list[str], rows: Iterator[list], boolean: bool | None = None, *, short: bool = True) -> Iterator[str]:
    """CSV with the table's prefixed names (``short``), or full IRIs as SPARQL 1.1 CSV results have them."""
    def cell(term) -> str:  # a prefixed name where the table shows one, else the bare value
        text = _short(term) if short else _plain(term)
        return _plain(term) if text.startswith("<") else text

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for values in itertools.chain([variables], ([cell(t) for t in row] for row in rows)):
        writer.writerow(values)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()


def _json_term(term) -> dict[str, str]:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        out["datatype"] = term.datatype.value
    return out


def json_lines(variables: list[str], rows: Iterator[list], boolean: bool | None = None, *, short: bool = True) -> Iterator[str]:
    """SPARQL 1.1 Query Results JSON, streamed one binding a line (always full IRIs)."""
    if boolean is not None:
        yield json.dumps({"head": {}, "boolean": boolean}) + "\n"
        return
    yield '{"head": ' + json.dumps({"vars": variables}, ensure_ascii=False) + ', "results": {"bindings": ['
    separator = "\n"
    for row in rows:
        yield separator + json.dumps({v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None}, ensure_ascii=False)
        separator = ",\n"
    yield "\n]}}\n"


def _tsv_term(term) -> str:
    """A term as SPARQL 1.1 TSV writes it: in Turtle syntax (IRIs in brackets, literals quoted and escaped)."""
    if term is None:
        return ""
    if isinstance(term, bool):
        return str(term).lower()
    return str(term)


def tsv_lines(variables: list[str], rows: Iterator[list], boolean: bool | None = None, *, short: bool = False) -> Iterator[str]:
    """SPARQL 1.1 Query Results TSV, one row a line."""
    yield "\t".join(f"?{v}" for v in variables) + "\n"
    for row in rows:
        yield "\t".join(_tsv_term(t) for t in row) + "\n"


def _xml_term(term) -> str:
    import pyoxigraph as ox
    from xml.sax.saxutils import escape, quoteattr

    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if term.language:
        return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
    return f"<literal>{escape(term.value)}</literal>"


def xml_lines(variables: list[str], rows: Iterator[list], boolean: bool | None = None, *, short: bool = False) -> Iterator[str]:
    """SPARQL Query Results XML, streamed one result a line."""
    from xml.sax.saxutils import quoteattr

    yield '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>'
    if boolean is not None:
        yield f"</head>\n<boolean>{str(boolean).lower()}</boolean>\n</sparql>\n"
        return
    yield "".join(f"<variable name={quoteattr(v)}/>" for v in variables) + "</head>\n<results>\n"
    for row in rows:
        cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in zip(variables, row, strict=True) if t is not None)
        yield f"<result>{cells}</result>\n"
    yield "</results>\n</sparql>\n"


STREAMS = {"table": table_lines, "csv": csv_lines, "json": json_lines}  # the command line's formats
RESULT_STREAMS = {**STREAMS, "tsv": tsv_lines, "xml": xml_lines}  # the endpoint's, which clients choose by media type
GRAPH_FORMATS = {"turtle": "TURTLE", "ntriples": "N_TRIPLES", "jsonld": "JSON_LD", "rdfxml": "RDF_XML"}  # CONSTRUCT and DESCRIBE answers, by pyoxigraph's writers


def _triples(store, sparql: str, dataset: Dataset | None) -> Iterator:
    import pyoxigraph as ox

    answer = _run(store, sparql, dataset)
    if not isinstance(answer, ox.QueryTriples):
        raise QueryError("a SELECT or ASK query has no RDF graph to answer with", "ask for SPARQL results (JSON, XML, CSV or TSV)")
    return answer


# --- guarded runs: one killable child process per query ----------------------------------------------
_FRAME = struct.Struct("!cBI")  # kind (D data, E error), which error, payload length
_ERRORS: list[type[QueryError]] = [QueryError, QueryTimeout, TooManyRows]
CHUNK = 1 << 16
T = TypeVar("T")


class _Frames:
    """A binary file the RDF writers write to: bytes sent down the pipe in chunks."""

    def __init__(self, send: Callable[[bytes], None]):
        self.send, self.pending = send, bytearray()

    def write(self, data: bytes) -> int:
        self.pending += data
        if len(self.pending) >= CHUNK:
            self.flush()
        return len(data)

    def flush(self) -> None:
        self.send(bytes(self.pending))
        self.pending.clear()


def _capped(rows: Iterable[T], max_rows: int | None) -> Iterator[T]:
    for count, row in enumerate(rows, 1):
        if max_rows is not None and count > max_rows:
            raise TooManyRows(f"the answer has more than {max_rows:,} rows", "add LIMIT, or start the server with a larger --max-rows")
        yield row


def _child(source, sparql: str, fmt: str, max_rows: int | None, pipe: int, dataset: Dataset | None = None, full_iris: bool = False) -> int:
    """Run the query and send the rendered answer (or the error) down ``pipe`` in frames; the exit status."""

    def send(kind: bytes, payload: bytes, error: int = 0) -> None:
        data = _FRAME.pack(kind, error, len(payload)) + payload
        while data:
            data = data[os.write(pipe, data) :]

    try:
        store = source
        if isinstance(source, Path):
            import pyoxigraph as ox

            store = ox.Store.read_only(str(source))
        if fmt in GRAPH_FORMATS:
            import pyoxigraph as ox

            frames = _Frames(lambda data: send(b"D", data))
            ox.serialize(_capped(_triples(store, sparql, dataset), max_rows), cast(IO[bytes], frames), getattr(ox.RdfFormat, GRAPH_FORMATS[fmt]), prefixes=PREFIXES)
            frames.flush()
            return 0
        variables, rows, boolean = _answer(store, sparql, dataset)
        pending: list[str] = []
        size = 0
        for piece in RESULT_STREAMS[fmt](variables, _capped(rows, max_rows), boolean, short=not full_iris):
            pending.append(piece)
            size += len(piece)
            if size >= CHUNK:
                send(b"D", "".join(pending).encode("utf-8"))
                pending, size = [], 0
        send(b"D", "".join(pending).encode("utf-8"))
        return 0
    except BrokenPipeError:  # the parent stopped reading: nobody is left to tell
        return 0
    except QueryError as exc:
        send(b"E", str(exc).encode("utf-8"), _ERRORS.index(type(exc)) if type(exc) in _ERRORS else 0)
        return 2
    except Exception as exc:  # noqa: BLE001 — told to the parent as one line, never a traceback
        send(b"E", f"query failed ({type(exc).__name__}: {str(exc)[:200]})".encode("utf-8"))
        return 2


def _client_gone(sock: socket.socket) -> bool:
    """Whether the peer closed its end (readable, no data), without taking what it sent."""
    try:
        return sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except BlockingIOError:
        return False
    except OSError:
        return True


def run_guarded(
    source,
    sparql: str,
    fmt: str,
    write: Callable[[str], object],
    *,
    timeout: float | None = None,
    max_rows: int | None = None,
    client: socket.socket | None = None,
    dataset: Dataset | None = None,
    full_iris: bool = False,
) -> None:
    """Answer a query in a forked child and hand the rendered answer to ``write`` as it comes.

    ``source`` is an Oxigraph store (shared with the child by the fork) or the
    folder of an on-disk store (opened read-only by the child). The child is
    killed when ``timeout`` seconds pass (``QueryTimeout``), when ``client``
    closes its connection (``ClientGone``), when this process is interrupted or
    ``write`` fails; more than ``max_rows`` rows raise ``TooManyRows``. ``fmt`` is a results format
    (``RESULT_STREAMS``) or, for CONSTRUCT and DESCRIBE, an RDF one (``GRAPH_FORMATS``); ``dataset``
    replaces the store's default and named graphs, as the SPARQL protocol's parameters do."""
    from .children import die_with_parent

    check_query(sparql)
    if fmt not in RESULT_STREAMS and fmt not in GRAPH_FORMATS:
        raise QueryError(f"unknown result format {fmt!r}", "use table, csv or json")
    parent = os.getpid()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into the caller's code
        status = 2
        try:
            os.close(read_end)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            die_with_parent(parent)
            # other queries' pipes and clients' sockets, inherited from a server's other threads, must
            # not be held open here: their readers would wait for this child to end to see EOF
            os.closerange(3, write_end)
            os.closerange(write_end + 1, os.sysconf("SC_OPEN_MAX"))
            status = _child(source, sparql, fmt, max_rows, write_end, dataset, full_iris)
        finally:
            os._exit(status)
    os.close(write_end)
    try:
        _relay(read_end, write, timeout, client)
        _, status = os.waitpid(pid, 0)
        pid = 0
        if os.WIFSIGNALED(status):
            raise QueryError(f"the query process ended by signal {os.WTERMSIG(status)}", "it may have run out of memory: narrow the query")
    finally:
        os.close(read_end)
        if pid:  # stopped by a guard, an interruption or a failed write: the query must not run on
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def _relay(read_end: int, write: Callable[[str], object], timeout: float | None, client: socket.socket | None) -> None:
    deadline = None if timeout is None else time.monotonic() + timeout
    watched: list = [read_end] + ([client] if client is not None else [])
    buffer = bytearray()
    while True:
        wait = None if deadline is None else deadline - time.monotonic()
        if wait is not None and wait <= 0:
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped", "narrow it (LIMIT, fewer joins, no unbounded paths) or allow a longer --timeout")
        ready, _, _ = select.select(watched, [], [], wait)
        if client is not None and client in ready:
            if _client_gone(client):
                raise ClientGone("the client closed the connection")
            watched.remove(client)  # it sent more (a pipelined request): stop watching it
        if read_end not in ready:
            continue
        chunk = os.read(read_end, CHUNK)
        if not chunk:
            return
        buffer += chunk
        while len(buffer) >= _FRAME.size:
            kind, error, length = _FRAME.unpack_from(buffer)
            if len(buffer) < _FRAME.size + length:
                break
            payload = bytes(buffer[_FRAME.size : _FRAME.size + length]).decode("utf-8")
            del buffer[: _FRAME.size + length]
            if kind == b"E":
                message, _, hint = payload.partition(" — ")
                raise _ERRORS[error](message, hint or None)
            write(payload)
