"""A persistent store for large knowledge bases: an on-disk Oxigraph database, and a read-only
SPARQL endpoint over it.

Parsing a million triples of Turtle for every query takes seconds; loaded once
into an Oxigraph store, the same queries answer in milliseconds. The endpoint
is the SPARQL 1.1 protocol's query operation (GET or POST) on the standard
library's HTTP server, bound to 127.0.0.1 unless told otherwise; every query
goes through ``query.check_query`` so updates, SERVICE and LOAD are refused.
Each query runs in its own child process (``query.run_guarded``) under a time
limit and a row cap, and is killed as soon as its client disconnects: a
runaway query costs one core for at most ``timeout`` seconds.
"""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .errors import InputError, NewskbError
from .kbfiles import kb_files, load_into_store
from .sparql import ClientGone, QueryTimeout, TooManyRows, run_guarded

MAX_QUERY_BYTES = 1_000_000
SERVE_TIMEOUT = 5.0  # seconds a query may run on the endpoint
SERVE_MAX_ROWS = 100_000
STORE_MARKER = "CURRENT"  # a file every RocksDB (hence Oxigraph) database folder holds


def load(paths: list[Path], store_dir: Path, *, replace: bool = False) -> int:
    """Bulk-load knowledge-base files and folders into the store at ``store_dir`` (created if
    needed), as ``newskb query`` loads them: N-Quads into their named graphs and into the
    merged default graph. Returns the number of quads in the store."""
    files = kb_files(paths)
    store = _open(store_dir, read_only=False)
    if replace:
        store.clear()
    for path in files:
        load_into_store(store, path, named_graphs=True)
    store.optimize()
    store.flush()
    return len(store)


def open_store(store_dir: Path):
    """The store at ``store_dir``, read-only (several readers may share it)."""
    if not (store_dir / STORE_MARKER).is_file():
        raise InputError(f"{store_dir}: not a newskb store", "build one with `newskb load KB/ --store DIR`")
    return _open(store_dir, read_only=True)


def _open(store_dir: Path, *, read_only: bool):
    import pyoxigraph as ox

    try:
        if read_only:
            return ox.Store.read_only(str(store_dir))
        store_dir.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(store_dir))
    except OSError as exc:
        raise InputError(f"{store_dir}: cannot open the store ({str(exc).splitlines()[0][:200]})", "is another process writing to it?") from exc


class _Handler(BaseHTTPRequestHandler):
    """SPARQL protocol query operation: ``GET /sparql?query=…`` or ``POST /sparql`` (form or sparql-query body)."""

    server_version = "newskb"
    store = None  # set on the per-server subclass: a store, or an on-disk store's folder
    query_timeout: float | None = SERVE_TIMEOUT  # not ``timeout``: that one is the socket's, in StreamRequestHandler
    max_rows: int | None = SERVE_MAX_ROWS

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/query"):
            self._send(404, "text/plain; charset=utf-8", "Not found: the SPARQL endpoint is /sparql?query=…\n")
            return
        params = parse_qs(url.query)
        self._answer(params.get("query", [None])[0], "update" in params)

    def do_POST(self) -> None:
        if urlsplit(self.path).path not in ("/sparql", "/query"):
            self._send(404, "text/plain; charset=utf-8", "Not found: the SPARQL endpoint is /sparql\n")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY_BYTES:
            self._send(413, "text/plain; charset=utf-8", "Query too large.\n")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            self._answer(body, False)
        elif kind == "application/sparql-update":
            self._answer(None, True)
        else:
            params = parse_qs(body)
            self._answer(params.get("query", [None])[0], "update" in params)

    def _answer(self, sparql: str | None, is_update: bool) -> None:
        if is_update:
            self._send(403, "text/plain; charset=utf-8", "This endpoint is read-only: SPARQL updates are refused.\n")
            return
        if not sparql:
            self._send(400, "text/plain; charset=utf-8", "Give a SPARQL query in the `query` parameter.\n")
            return
        csv = "text/csv" in (self.headers.get("Accept") or "")
        answer: list[str] = []  # at most max_rows rows: bounded
        try:
            run_guarded(self.store, sparql, "csv" if csv else "json", answer.append, timeout=self.query_timeout, max_rows=self.max_rows, client=self.connection)
        except ClientGone:
            self.close_connection = True
            return
        except QueryTimeout as exc:
            self._send(503, "text/plain; charset=utf-8", f"{exc}\n")
            return
        except TooManyRows as exc:
            self._send(413, "text/plain; charset=utf-8", f"{exc}\n")
            return
        except NewskbError as exc:
            self._send(400, "text/plain; charset=utf-8", f"{exc}\n")
            return
        kind = "text/csv" if csv else "application/sparql-results+json"
        self._send(200, f"{kind}; charset=utf-8", "".join(answer))

    def _send(self, status: int, content_type: str, text: str) -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args) -> None:
        """Silent: the library never prints."""
        return


def make_server(
    store, host: str = "127.0.0.1", port: int = 7878, *, timeout: float | None = SERVE_TIMEOUT, max_rows: int | None = SERVE_MAX_ROWS
) -> ThreadingHTTPServer:
    """A read-only SPARQL endpoint over ``store`` (a store, or an on-disk store's folder), not yet
    serving; port 0 picks a free one. A query is stopped after ``timeout`` seconds (HTTP 503) or
    past ``max_rows`` rows (HTTP 413); None lifts either guard."""
    from .children import forks_die_with_this_process

    forks_die_with_this_process()
    handler = type("Handler", (_Handler,), {"store": store, "query_timeout": timeout, "max_rows": max_rows})
    try:
        return ThreadingHTTPServer((host, port), handler)
    except OSError as exc:
        raise InputError(f"cannot listen on {host}:{port} ({exc.strerror or exc})", "choose another --port") from exc


def serve_in_thread(server: ThreadingHTTPServer) -> threading.Thread:
    """Serve in a daemon thread (stop with ``server.shutdown()``)."""
    thread = threading.Thread(target=server.serve_forever, name="newskb-sparql", daemon=True)
    thread.start()
    return thread


def endpoint_url(server: ThreadingHTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host}:{port}/sparql"

