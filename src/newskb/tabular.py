"""Tables of an exported knowledge base: one row per statement, event, sanction or entity.

Analysts work in spreadsheets and pandas, not SPARQL. Each table is read from
export files (any RDF format newskb writes) with a few fixed queries and
assembled here, so it holds the article, its date, the names *and* IRIs of the
people involved, and the character offsets that ground each row in its text.
Several values in one cell (two actors) are joined with ``"; "`` (names) or a
space (IRIs), in a stable order.
"""
from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .kbfiles import load_store
from .rdf.vocab import PREFIXES

KINDS = ("statements", "events", "sanctions", "entities")
_PROLOGUE = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items()) + "PREFIX prov: <http://www.w3.org/ns/prov#>\n"


@dataclass
class Table:
    kind: str
    columns: list[str]
    rows: list[dict[str, Any]]

    def to_csv(self, delimiter: str = ",") -> str:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=self.columns, delimiter=delimiter, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: ("" if v is None else v) for k, v in row.items()} for row in self.rows)
        return buffer.getvalue()

    def to_json(self) -> str:
        return json.dumps(self.rows, ensure_ascii=False, indent=1) + "\n"

    def to_dataframe(self):
        """The table as a pandas DataFrame (pandas is optional: ``pip install pandas``)."""
        try:
            import pandas as pd
        except ImportError as exc:
            raise InputError("pandas is not installed", "pip install pandas, or use to_csv()/rows") from exc
        return pd.DataFrame(self.rows, columns=self.columns)


def select(store, sparql: str) -> list[dict[str, Any]]:
    """Rows of a SELECT as plain Python values (IRIs and strings as str, integers as int)."""
    import pyoxigraph as ox

    answer = store.query(_PROLOGUE + sparql)
    names = [v.value for v in answer.variables]
    out = []
    for solution in answer:
        row: dict[str, Any] = {}
        for name in names:
            term = solution[name]
            if term is None:
                row[name] = None
            elif isinstance(term, ox.Literal) and term.datatype.value.endswith("#integer"):
                row[name] = int(term.value)
            else:
                row[name] = term.value
        out.append(row)
    return out


def _local(iri: str | None) -> str | None:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if iri else None


def _articles(store) -> dict[str, dict[str, Any]]:
    rows = select(store, """SELECT ?a ?source ?published ?headline WHERE { ?a a schema:NewsArticle .
        OPTIONAL { ?a nkb:sourceName ?source } OPTIONAL { ?a schema:datePublished ?published }
        OPTIONAL { ?a schema:headline ?headline } }""")
    return {r["a"]: r for r in rows}


def _names(store) -> dict[str, str]:
    return {r["e"]: r["name"] for r in select(store, "SELECT ?e ?name WHERE { ?e schema:name ?name }")}


def _first_spans(store, record_class: str, link: str) -> dict[str, dict[str, Any]]:
    """The earliest span each record points to through ``link`` (its content or evidence)."""
    rows = select(store, f"""SELECT ?r ?start ?end ?exact WHERE {{ ?r a {record_class} ; {link} ?span .
        ?span oa:hasSelector ?p, ?q . ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact }}""")
    first: dict[str, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: (r["r"], r["start"], r["end"])):
        first.setdefault(row["r"], row)
    return first


def _links(store, record_class: str, predicates: Iterable[str]) -> dict[tuple[str, str], list[str]]:
    """(record, predicate) -> the IRIs it links to, sorted."""
    values = " ".join(predicates)
    rows = select(store, f"SELECT ?r ?p ?o WHERE {{ ?r a {record_class} ; ?p ?o . VALUES ?p {{ {values} }} }}")
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in rows:
        out[(row["r"], _local(row["p"]))].append(row["o"])
    return {k: sorted(v) for k, v in out.items()}


def _article_columns(article: dict[str, Any] | None) -> dict[str, Any]:
    article = article or {}
    return {"article": article.get("source"), "published": article.get("published"), "article_iri": article.get("a")}


def _people(iris: list[str], names: dict[str, str], label: str) -> dict[str, str]:
    return {label: "; ".join(names.get(i, "") for i in iris), f"{label}_iris": " ".join(iris)}


def _statements(store, articles, names) -> Table:
    rows = select(store, """SELECT ?r ?a ?text ?speakerText ?type ?cue ?speaker WHERE {
        ?r a nkb:Statement ; prov:wasDerivedFrom ?a ; schema:text ?text ; nkb:speakerText ?speakerText ; nkb:quoteType ?type .
        OPTIONAL { ?r nkb:cue ?cue } OPTIONAL { ?r nkb:speaker ?speaker } }""")
    spans = _first_spans(store, "nkb:Statement", "nkb:content")
    table = []
    for row in rows:
        span = spans.get(row["r"], {})
        table.append({
            **_article_columns(articles.get(row["a"])),
            "speaker": names.get(row["speaker"]) if row["speaker"] else None,
            "speaker_iri": row["speaker"],
            "speaker_text": row["speakerText"],
            "quote_type": _local(row["type"]),
            "cue": row["cue"],
            "text": row["text"],
            "start": span.get("start"),
            "end": span.get("end"),
            "iri": row["r"],
        })
    return Table("statements", STATEMENT_COLUMNS, _ordered(table))


def _events(store, articles, names) -> Table:
    return _linked_records(store, articles, names, "events", EVENT_COLUMNS, """SELECT ?r ?a ?type ?status ?date ?trigger WHERE {
        ?r a nkb:Event ; prov:wasDerivedFrom ?a ; nkb:eventType ?t ; nkb:status ?status . ?t skos:notation ?type .
        OPTIONAL { ?r nkb:date ?date } OPTIONAL { ?r nkb:trigger ?trigger } }""",
        "nkb:Event", {"actor": "actors", "target": "targets", "place": "place"})


def _sanctions(store, articles, names) -> Table:
    return _linked_records(store, articles, names, "sanctions", SANCTION_COLUMNS, """SELECT ?r ?a ?status ?date ?sector ?program WHERE {
        ?r a nkb:Sanction ; prov:wasDerivedFrom ?a ; nkb:status ?status .
        OPTIONAL { ?r nkb:date ?date } OPTIONAL { ?r nkb:sector ?sector } OPTIONAL { ?r nkb:program ?program } }""",
        "nkb:Sanction", {"imposedBy": "imposers", "target": "targets"})


def _linked_records(store, articles, names, kind: str, columns: list[str], query: str, record_class: str,
                    roles: dict[str, str]) -> Table:
    """A table of records that link to people (events, sanctions): each row of ``query`` (its variables
    named as the columns) with its article's columns, the names and IRIs of each role, and its first
    evidence span and IRI."""
    links = _links(store, record_class, [f"nkb:{predicate}" for predicate in roles])
    spans = _first_spans(store, record_class, "nkb:evidence")
    table = []
    for row in select(store, query):
        r = row["r"]
        values = {**_article_columns(articles.get(row["a"])), **row, "status": _local(row["status"]),
                  **_evidence_columns(spans.get(r, {}), r)}
        for predicate, label in roles.items():
            values.update(_people(links.get((r, predicate), []), names, label))
        table.append({column: values[column] for column in columns})
    return Table(kind, columns, _ordered(table))


def _evidence_columns(span: dict, iri: str) -> dict:
    """The record's first evidence span (its text and offsets) and its IRI, the last columns of a row."""
    return {"text": span.get("exact"), "start": span.get("start"), "end": span.get("end"), "iri": iri}


def _entities(store, articles, names) -> Table:
    rows = select(store, """SELECT ?e ?name
            (GROUP_CONCAT(DISTINCT STR(?class); separator=" ") AS ?classes)
            (SAMPLE(?wd) AS ?wikidata)
            (COUNT(DISTINCT ?a) AS ?articles) WHERE {
        ?e schema:name ?name ; a ?class . OPTIONAL { ?e owl:sameAs ?wd } OPTIONAL { ?a schema:mentions ?e }
        } GROUP BY ?e ?name""")
    mentions = {r["e"]: r["n"] for r in select(store, "SELECT ?e (COUNT(DISTINCT ?m) AS ?n) WHERE { ?e nkb:mention ?m } GROUP BY ?e")}
    alternates: dict[str, list[str]] = defaultdict(list)
    for r in select(store, "SELECT ?e ?alt WHERE { ?e schema:alternateName ?alt }"):
        alternates[r["e"]].append(r["alt"])
    table = []
    for row in rows:
        classes = sorted(_local(c) for c in row["classes"].split())
        main = next((c for c in ("Person", "Organization", "Place") if c in classes), None)
        table.append({
            "name": row["name"],
            "type": main,
            "classes": " ".join(classes),
            "wikidata": _local(row["wikidata"]),
            "alternate_names": "; ".join(sorted(alternates.get(row["e"], []))),
            "articles": row["articles"],
            "mentions": mentions.get(row["e"], 0),
            "iri": row["e"],
        })
    table.sort(key=lambda r: (-r["articles"], -r["mentions"], r["name"], r["iri"]))
    return Table("entities", ENTITY_COLUMNS, table)


ARTICLE_COLUMNS = ["article", "published", "article_iri"]
STATEMENT_COLUMNS = [*ARTICLE_COLUMNS, "speaker", "speaker_iri", "speaker_text", "quote_type", "cue", "text", "start", "end", "iri"]
EVENT_COLUMNS = [*ARTICLE_COLUMNS, "date", "type", "status", "actors", "actors_iris", "targets", "targets_iris",
                 "place", "place_iris", "trigger", "text", "start", "end", "iri"]
SANCTION_COLUMNS = [*ARTICLE_COLUMNS, "date", "status", "imposers", "imposers_iris", "targets", "targets_iris",
                    "sector", "program", "text", "start", "end", "iri"]
ENTITY_COLUMNS = ["name", "type", "classes", "wikidata", "alternate_names", "articles", "mentions", "iri"]


def _ordered(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Article by article, in text order."""
    return sorted(rows, key=lambda r: (r["article"] or "", r["article_iri"] or "", r["start"] if r["start"] is not None else -1, r["iri"]))


BUILDERS = {"statements": _statements, "events": _events, "sanctions": _sanctions, "entities": _entities}


def tables(paths: list[Path] | Path, kinds: Iterable[str] = KINDS) -> dict[str, Table]:
    """The tables of the knowledge base in the given export files and folders."""
    paths = [paths] if isinstance(paths, Path | str) else paths
    wanted = list(kinds)
    unknown = [k for k in wanted if k not in BUILDERS]
    if unknown:
        raise InputError(f"unknown table {unknown[0]!r}", f"choose from {', '.join(KINDS)}")
    return tables_of_store(load_store([Path(p) for p in paths], named_graphs=False), wanted)


def tables_of_store(store, kinds: Iterable[str] = KINDS) -> dict[str, Table]:
    """The tables of a knowledge base already in an Oxigraph store."""
    articles, names = _articles(store), _names(store)
    return {kind: BUILDERS[kind](store, articles, names) for kind in kinds}
