"""Query stage: SPARQL over exported files and folders, on Oxigraph.

rdflib's engine did not finish a three-way join over 1M triples in minutes
where Oxigraph answers in milliseconds, so queries run on an in-memory
pyoxigraph store. The default graph is the merged knowledge base: N-Quads are
loaded both into their named graphs (one per article, for GRAPH queries) and
into the default graph, so a triple that several articles state (an entity's
type or name) is counted once, not once per article.
Queries are read-only and local: updates, SERVICE, LOAD and FROM of graphs
the knowledge base does not hold are refused before anything runs.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import QueryError
from .kbfiles import load_store
from .rdf.vocab import PREFIXES

# strings, IRIs (exactly the IRIREF characters, so that ``?a<1`` … ``>`` is not taken for one) and comments
_STRINGS_AND_COMMENTS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*'
)
_SERVICE_WORD = re.compile(r"(?<![?$\w:])SERVICE(?![\w:])", re.IGNORECASE)
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


def with_prefixes(sparql: str) -> str:
    """Prepend the contract's prefixes that the query uses but does not declare."""
    declared = {m.lower() for m in re.findall(r"PREFIX\s+([\w-]*):", sparql, re.IGNORECASE)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items() if p not in declared and re.search(rf"\b{p}:", sparql)]
    return "\n".join([*lines, sparql])


def run_query(store, sparql: str) -> Result:
    import pyoxigraph as ox

    check_query(sparql)
    try:
        answer = store.query(with_prefixes(sparql))
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {str(exc).splitlines()[0]}", "check the query") from exc
    if isinstance(answer, ox.QueryBoolean):
        return Result(variables=["ask"], rows=[[bool(answer)]], boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        return Result(variables=variables, rows=[[row[v] for v in variables] for row in answer])
    raise QueryError("CONSTRUCT and DESCRIBE queries are not supported by `newskb query`", "use SELECT or ASK")


def query(paths: list[Path], sparql: str) -> Result:
    """Answer a SELECT or ASK query over the given knowledge-base files and folders."""
    check_query(sparql)
    return run_query(load_store(paths), sparql)


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


def to_table(result: Result) -> str:
    cells = [[_short(t) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    widths = [min(w, 80) for w in widths]

    def line(values: list[str]) -> str:
        return " | ".join(v[:80].ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(result.variables), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"


def to_csv(result: Result) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_plain(t) for t in row])
    return buffer.getvalue()


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


def to_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None} for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1) + "\n"


RENDERERS = {"table": to_table, "csv": to_csv, "json": to_json}
