"""A persistent store for large knowledge bases: an on-disk Oxigraph database, and a read-only
SPARQL endpoint over it that SPARQL clients and browsers can use.

Parsing a million triples of Turtle for every query takes seconds; loaded once
into an Oxigraph store, the same queries answer in milliseconds. The endpoint
is the SPARQL 1.1 protocol's query operation (GET or POST) on the standard
library's HTTP server, bound to 127.0.0.1 unless told otherwise: answers in the
format the client's Accept header prefers (results as JSON, XML, CSV or TSV;
CONSTRUCT and DESCRIBE as Turtle, N-Triples, JSON-LD or RDF/XML), the protocol's
dataset parameters, CORS for browser clients and a service description. Every
query goes through ``query.check_query`` so updates, SERVICE and LOAD are refused.
Each query runs in its own child process (``query.run_guarded``) under a time
limit and a row cap, and is killed as soon as its client disconnects: a
runaway query costs one core for at most ``timeout`` seconds.
"""
from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from .errors import InputError, NewskbError
from .kbfiles import kb_files, load_into_store
from .sparql import ClientGone, QueryTimeout, TooManyRows, query_form, run_guarded

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
        load_into_store(store, path, named_graphs=True, on_disk=True)
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


# media types of the answers, by format name; the first of each list is the server's preference
RESULT_TYPES = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
}
GRAPH_TYPES = {
    "turtle": ("text/turtle", "application/turtle", "application/x-turtle", "text/n3", "text/rdf+n3"),
    "ntriples": ("application/n-triples", "text/plain"),
    "jsonld": ("application/ld+json", "application/x-json+ld"),
    "rdfxml": ("application/rdf+xml",),
}
# names a ``format=`` parameter may give (besides a media type), per query form
FORMAT_NAMES = {
    "results": {"json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv"},
    "graph": {"turtle": "turtle", "ttl": "turtle", "n3": "turtle", "nt": "ntriples", "ntriples": "ntriples", "n-triples": "ntriples",
              "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld", "xml": "rdfxml", "rdfxml": "rdfxml", "rdf+xml": "rdfxml"},
}
SERVICE_FORMATS = {  # the W3C names of the formats, for the service description
    "json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV", "tsv": "SPARQL_Results_TSV",
    "turtle": "Turtle", "ntriples": "N-Triples", "jsonld": "JSON-LD", "rdfxml": "RDF_XML",
}
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Max-Age": "86400",
}
TEXT = "text/plain; charset=utf-8"


def _accepted(header: str) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their q-values (1 where none is given)."""
    ranges = []
    for part in header.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((media.lower(), quality))
    return ranges


def negotiate(accept: str | None, offered: dict[str, tuple[str, ...]]) -> tuple[str, str] | None:
    """The (format, media type) an Accept header prefers among ``offered``, by q-value and then the
    server's order; the first offered when there is no header; None when nothing acceptable is offered."""
    if not accept or not accept.strip():
        fmt = next(iter(offered))
        return fmt, offered[fmt][0]
    ranges = _accepted(accept)
    best: tuple[float, int, str, str] | None = None
    rank = 0
    for fmt, types in offered.items():
        for media in types:
            rank -= 1
            kind = media.split("/")[0]
            # the most specific range that matches decides the quality (RFC 9110, 12.5.1)
            matches = [(3 if r == media else 2 if r == f"{kind}/*" else 1, q) for r, q in ranges if r in (media, f"{kind}/*", "*/*")]
            if not matches:
                continue
            quality = max(matches)[1]
            if quality > 0 and (best is None or (quality, rank) > best[:2]):
                best = (quality, rank, fmt, media)
    return None if best is None else (best[2], best[3])


def _example_queries() -> list[dict[str, str]]:
    """The example queries shipped with the package (``queries/*.rq``): name and text."""
    shipped = resources.files("newskb").joinpath("queries")
    folder = Path(str(shipped)) if shipped.is_dir() else Path(__file__).resolve().parents[2] / "queries"
    return [{"name": path.stem, "query": path.read_text(encoding="utf-8")} for path in sorted(folder.glob("*.rq"))]


def index_page() -> str:
    """The query page: the HTML file shipped in ``newskb/web``, given the contract's prefixes and the examples."""
    from .rdf.vocab import PREFIXES

    page = resources.files("newskb").joinpath("web", "index.html").read_text(encoding="utf-8")
    config = json.dumps({"prefixes": PREFIXES, "examples": _example_queries()}, ensure_ascii=False, sort_keys=True)
    return page.replace("/*CONFIG*/{}", config.replace("</", "<\\/"))


class _Handler(BaseHTTPRequestHandler):
    """The SPARQL 1.1 protocol's query operation at ``/sparql`` (GET, POST form or POST sparql-query),
    its service description, a query page at ``/`` and report pages at ``/article/…`` and ``/entity/…``."""

    server_version = "newskb"
    store = None  # set on the per-server subclass: a store, or an on-disk store's folder
    query_timeout: float | None = SERVE_TIMEOUT  # not ``timeout``: that one is the socket's, in StreamRequestHandler
    max_rows: int | None = SERVE_MAX_ROWS
    reports: dict = {}  # per server: the report data, built for the first page that needs it (the store never changes)
    reports_lock = threading.Lock()

    def do_OPTIONS(self) -> None:
        """A CORS preflight: any origin may query, with any header it asks for."""
        self.send_response(204)
        for name, value in CORS_HEADERS.items():
            self.send_header(name, value)
        self.send_header("Access-Control-Allow-Headers", self.headers.get("Access-Control-Request-Headers") or "Accept, Content-Type")
        self.send_header("Allow", "GET, POST, OPTIONS")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/":
            self._send(200, "text/html; charset=utf-8", index_page())
        elif url.path in ("/sparql", "/query"):
            params = parse_qs(url.query)
            if "query" not in params and "update" not in params:
                self._send(200, "text/turtle; charset=utf-8", self._service_description())
            else:
                self._answer(params.get("query", [None])[0], "update" in params, params)
        elif url.path.startswith(("/article/", "/entity/")):
            self._report_page(url.path)
        else:
            self._send(404, TEXT, "Not found: the SPARQL endpoint is /sparql?query=…, the query page is /\n")

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/query"):
            self._send(404, TEXT, "Not found: the SPARQL endpoint is /sparql\n")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY_BYTES:
            self.close_connection = True  # the body is left unread
            self._send(413, TEXT, "Query too large.\n")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        params = parse_qs(url.query)
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-query":
            self._answer(body, False, params)
        elif kind == "application/sparql-update":
            self._answer(None, True, params)
        else:
            for name, values in parse_qs(body).items():
                params.setdefault(name, []).extend(values)
            self._answer(params.get("query", [None])[0], "update" in params, params)

    def _answer(self, sparql: str | None, is_update: bool, params: dict[str, list[str]]) -> None:
        if is_update:
            self._send(403, TEXT, "This endpoint is read-only: SPARQL updates are refused.\n")
            return
        if not sparql:
            self._send(400, TEXT, "Give a SPARQL query in the `query` parameter.\n")
            return
        offered, chosen = self._choose_format(sparql, params)
        if chosen is None:
            kinds = ", ".join(types[0] for types in offered.values())
            self._send(406, TEXT, f"Not acceptable: this query's answer can be had as {kinds}.\n")
            return
        fmt, media = chosen
        dataset = (params.get("default-graph-uri", []), params.get("named-graph-uri", []))
        answer: list[str] = []  # at most max_rows rows: bounded
        try:
            run_guarded(self.store, sparql, fmt, answer.append, timeout=self.query_timeout, max_rows=self.max_rows, full_iris=True,
                        client=self.connection, dataset=dataset)
        except ClientGone:
            self.close_connection = True
            return
        except QueryTimeout as exc:
            self._send(503, TEXT, f"{exc}\n")
            return
        except TooManyRows as exc:
            self._send(413, TEXT, f"{exc}\n")
            return
        except NewskbError as exc:
            self._send(400, TEXT, f"{exc}\n")
            return
        self._send(200, f"{media}; charset=utf-8", "".join(answer))

    def _choose_format(self, sparql: str, params: dict[str, list[str]]) -> tuple[dict, tuple[str, str] | None]:
        """The formats this query's answer may take, and the one the client asked for: a known
        ``format`` parameter (a name or a media type) first, the Accept header otherwise."""
        graph = query_form(sparql) in ("construct", "describe")
        offered = GRAPH_TYPES if graph else RESULT_TYPES
        names = FORMAT_NAMES["graph" if graph else "results"]
        for value in params.get("format", []):
            value = value.strip().lower()
            if value in names:
                return offered, (names[value], offered[names[value]][0])
            chosen = negotiate(value, offered) if "/" in value and "*" not in value else None
            if chosen:
                return offered, chosen
        return offered, negotiate(self.headers.get("Accept"), offered)

    def _service_description(self) -> str:
        """SPARQL 1.1 Service Description of this endpoint, in Turtle."""
        host = self.headers.get("Host") or ""
        if not re.fullmatch(r"[\w.:\[\]-]+", host):  # the IRI is written into Turtle: only a plain host[:port]
            host = "%s:%s" % self.connection.getsockname()[:2]
        endpoint = f"http://{host}{urlsplit(self.path).path}"
        formats = ", ".join(f"formats:{SERVICE_FORMATS[f]}" for f in (*RESULT_TYPES, *GRAPH_TYPES))
        return (
            "@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .\n"
            "@prefix formats: <http://www.w3.org/ns/formats/> .\n"
            "@prefix dcterms: <http://purl.org/dc/terms/> .\n\n"
            f"<{endpoint}> a sd:Service ;\n"
            f"    sd:endpoint <{endpoint}> ;\n"
            "    sd:supportedLanguage sd:SPARQL11Query ;\n"
            "    sd:feature sd:UnionDefaultGraph ;\n"  # the default graph merges the named graphs
            f"    sd:resultFormat {formats} ;\n"
            "    dcterms:description \"newskb knowledge base, read-only: the default graph merges every article's named graph; "
            "updates, SERVICE and LOAD are refused\" ;\n"
            "    sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .\n"
        )

    def _report_page(self, path: str) -> None:
        """The report of one article or one entity, found by the end of its IRI (``/article/KEY``, ``/entity/TYPE/NAME``)."""
        from .reporting import focused, to_html

        try:
            data = self._report_data()
        except NewskbError as exc:
            self._send(404, TEXT, f"{exc}\n")
            return
        suffixes = {path, unquote(path)}
        if path.startswith("/article/"):
            iri = next((a.iri for a in data.articles if any(a.iri.endswith(s) for s in suffixes)), None)
            view = focused(data, article=iri) if iri else None
        else:
            iri = next((r["iri"] for r in data.entities.rows if any(r["iri"].endswith(s) for s in suffixes)), None)
            view = focused(data, entity=iri) if iri else None
        if view is None:
            self._send(404, TEXT, f"Not found: no {path.split('/')[1]} of the knowledge base has an IRI ending in {unquote(path)}\n")
            return
        page = to_html(view).replace("<header>", '<header><p><a href="/">← query the knowledge base</a></p>', 1)
        self._send(200, "text/html; charset=utf-8", page)

    def _report_data(self):
        from .reporting import report_of_store

        with self.reports_lock:
            if "data" not in self.reports:
                store = open_store(self.store) if isinstance(self.store, Path) else self.store
                self.reports["data"] = report_of_store(store)
            return self.reports["data"]

    def _send(self, status: int, content_type: str, text: str) -> None:
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
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
    handler = type("Handler", (_Handler,), {"store": store, "query_timeout": timeout, "max_rows": max_rows, "reports": {}, "reports_lock": threading.Lock()})
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

