"""A readable report of articles or an exported knowledge base: the extraction shown against its text.

One HTML file, self-contained (no CDN, no network, works from ``file://``) and
deterministic: per article, the text with every entity mention, statement,
event and sanction highlighted at its offsets (hover or click shows the
record), who said what, sanctions and events in date order; per corpus, the
entities ranked by mentions, a timeline and a network of who acted on whom,
laid out with networkx at build time and drawn as SVG. Markdown carries the
same content without the highlights.

Articles are exported first and read back, so a report of articles and a report
of their export are built by the same code from the same triples.
"""
from __future__ import annotations

import html
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .fetch import is_url
from .tabular import Table, select, tables_of_store

KINDS = ("entity", "statement", "event", "sanction")
MAX_NETWORK_NODES = 50
TOP_ENTITIES = 30


@dataclass
class Mark:
    start: int
    end: int
    kind: str  # entity | statement | event | sanction
    record: str  # the record's IRI
    label: str


@dataclass
class ArticleView:
    iri: str
    source: str | None
    published: str | None
    headline: str | None
    text: str | None
    marks: list[Mark] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    sanctions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.headline or self.source or self.iri


@dataclass
class ReportData:
    articles: list[ArticleView]
    entities: Table
    events: Table
    sanctions: Table


# ----------------------------------------------------------------- loading
def _store_of(paths: list[Path | str], model: str | None):
    """An Oxigraph store of the inputs: export files as they are, articles exported first."""
    import pyoxigraph as ox

    from .kbfiles import RDF_SUFFIXES, kb_files, load_store

    exports = [p for p in paths if not is_url(str(p)) and (Path(p).suffix in RDF_SUFFIXES or _holds_exports(Path(p)))]
    articles = [p for p in paths if p not in exports]
    store = load_store([Path(p) for p in exports], named_graphs=False) if exports else ox.Store()
    if exports and not kb_files([Path(p) for p in exports]):
        raise InputError("no export files found", "give article files or folders of .ttl/.jsonld/.nt/.nq exports")
    if articles:
        from .export import export

        summary = export(articles, formats=["nt"], model=model)
        if summary.failed:
            source, reason = summary.failed[0]
            raise InputError(reason if source in reason else f"{source}: {reason}", "fix or leave out that article")
        store.bulk_load(input=(summary.text or "").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def _holds_exports(path: Path) -> bool:
    from .kbfiles import RDF_SUFFIXES

    return path.is_dir() and any(p.suffix in RDF_SUFFIXES for p in path.rglob("*") if p.is_file())


def _marks(store) -> dict[str, list[Mark]]:
    """Every highlight of every article: entity mentions, statement contents, event and sanction evidence."""
    queries = {
        "entity": """SELECT ?r ?a ?start ?end ?label WHERE { ?r nkb:mention ?span ; schema:name ?label .
            ?span oa:hasSource ?a ; oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end }""",
        "statement": """SELECT ?r ?a ?start ?end ?label WHERE { ?r a nkb:Statement ; nkb:content ?span ; nkb:speakerText ?label .
            ?span oa:hasSource ?a ; oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end }""",
        # the OPTIONAL comes last: before the span patterns, Oxigraph's plan is quadratic in the events
        "event": """SELECT ?r ?a ?start ?end ?label ?trigger ?exact WHERE { ?r a nkb:Event ; nkb:evidence ?span ; nkb:eventType ?t .
            ?t skos:notation ?label . ?span oa:hasSource ?a ; oa:hasSelector ?p, ?q . ?p oa:start ?start ; oa:end ?end .
            ?q oa:exact ?exact OPTIONAL { ?r nkb:trigger ?trigger } }""",
        "sanction": """SELECT ?r ?a ?start ?end ?label WHERE { ?r a nkb:Sanction ; nkb:evidence ?span ; nkb:status ?label .
            ?span oa:hasSource ?a ; oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end }""",
    }
    out: dict[str, list[Mark]] = defaultdict(list)
    for kind, sparql in queries.items():
        for row in select(store, sparql):
            label = row["label"].rsplit("#", 1)[-1]
            start, end = _trigger_in(row) if kind == "event" else (row["start"], row["end"])
            out[row["a"]].append(Mark(start, end, kind, row["r"], label))
    for marks in out.values():
        marks.sort(key=lambda m: (m.start, -m.end, KINDS.index(m.kind), m.record))
    return out


def _trigger_in(row: dict[str, Any]) -> tuple[int, int]:
    """An event is marked at its trigger word inside each sentence that reports it (the whole sentence if absent)."""
    import re

    found = re.search(rf"\b{re.escape(row['trigger'])}\b", row["exact"], re.IGNORECASE) if row.get("trigger") else None
    if not found:
        return row["start"], row["end"]
    return row["start"] + found.start(), row["start"] + found.end()


def load_report(paths: list[Path | str], *, model: str | None = None) -> ReportData:
    """Everything a report shows, read from the inputs."""
    return report_of_store(_store_of(paths, model))


def report_of_store(store) -> ReportData:
    """Everything a report shows, read from a store whose default graph is the knowledge base."""
    articles = {
        r["a"]: ArticleView(r["a"], r["source"], r["published"], r["headline"], r["body"])
        for r in select(store, """SELECT ?a ?source ?published ?headline ?body WHERE { ?a a schema:NewsArticle .
            OPTIONAL { ?a nkb:sourceName ?source } OPTIONAL { ?a schema:datePublished ?published }
            OPTIONAL { ?a schema:headline ?headline } OPTIONAL { ?a schema:articleBody ?body } }""")
    }
    if not articles:
        raise InputError("no article in the given inputs", "give articles or exports of them")
    found = tables_of_store(store)
    for kind in ("statements", "events", "sanctions"):
        for row in found[kind].rows:
            getattr(articles[row["article_iri"]], kind).append(row)
    for iri, marks in _marks(store).items():
        if iri in articles:
            articles[iri].marks = marks
    ordered = sorted(articles.values(), key=lambda a: (a.source or "", a.iri))
    return ReportData(ordered, found["entities"], found["events"], found["sanctions"])


def focused(data: ReportData, *, article: str | None = None, entity: str | None = None) -> ReportData | None:
    """The report of one article, or of one entity (the articles that mention it, and the statements,
    events and sanctions it takes part in there); None when the knowledge base has no such article or entity."""
    if article is not None:
        kept = [a for a in data.articles if a.iri == article]
        if not kept:
            return None
        marked = {m.record for m in kept[0].marks}
        return ReportData(kept, Table("entities", data.entities.columns, [r for r in data.entities.rows if r["iri"] in marked]),
                          Table("events", data.events.columns, [r for r in data.events.rows if r["article_iri"] == article]),
                          Table("sanctions", data.sanctions.columns, [r for r in data.sanctions.rows if r["article_iri"] == article]))
    entities = [r for r in data.entities.rows if r["iri"] == entity]
    if not entities:
        return None

    def involves(row: dict[str, Any]) -> bool:
        return any(entity in (row.get(column) or "").split() for column in ("speaker_iri", "actors_iris", "targets_iris", "imposers_iris"))

    kept = []
    for view in data.articles:
        if any(m.record == entity for m in view.marks) or any(involves(r) for r in view.events + view.sanctions + view.statements):
            kept.append(ArticleView(view.iri, view.source, view.published, view.headline, view.text, view.marks,
                                    [r for r in view.statements if involves(r)], [r for r in view.events if involves(r)],
                                    [r for r in view.sanctions if involves(r)]))
    return ReportData(kept, Table("entities", data.entities.columns, entities),
                      Table("events", data.events.columns, [r for r in data.events.rows if involves(r)]),
                      Table("sanctions", data.sanctions.columns, [r for r in data.sanctions.rows if involves(r)]))


# ------------------------------------------------------------ shared views
def _date_key(row: dict[str, Any]) -> tuple[int, str, str]:
    """Dated rows first, by date (a year before its months, a month before its days), then undated ones."""
    return (0, row["date"], row["iri"]) if row.get("date") else (1, row.get("published") or "", row["iri"])


def timeline(data: ReportData) -> list[dict[str, Any]]:
    rows = [{**r, "kind": "event", "what": r["type"]} for r in data.events.rows]
    rows += [{**r, "kind": "sanction", "what": "SANCTION"} for r in data.sanctions.rows]
    return sorted(rows, key=_date_key)


def network(data: ReportData) -> tuple[list[str], list[tuple[str, str, str, int]], dict[str, str]]:
    """Nodes and edges (actor, target, label, count) of events and sanctions, the busiest nodes first."""
    edges: Counter[tuple[str, str, str]] = Counter()
    names: dict[str, str] = {}
    for rows, source, label in ((data.events.rows, "actors", "type"), (data.sanctions.rows, "imposers", None)):
        for row in rows:
            actors = list(zip(row[f"{source}_iris"].split(), row[source].split("; ")))
            targets = list(zip(row["targets_iris"].split(), row["targets"].split("; ")))
            for a_iri, a_name in actors:
                for t_iri, t_name in targets:
                    if a_iri != t_iri:
                        names[a_iri], names[t_iri] = a_name, t_name
                        edges[(a_iri, t_iri, row[label] if label else "SANCTION")] += 1
    degree: Counter[str] = Counter()
    for (a, t, _), n in edges.items():
        degree[a] += n
        degree[t] += n
    nodes = sorted(degree, key=lambda n: (-degree[n], names[n], n))[:MAX_NETWORK_NODES]
    kept = set(nodes)
    return nodes, sorted((a, t, k, n) for (a, t, k), n in edges.items() if a in kept and t in kept), names


# -------------------------------------------------------------------- HTML
def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _record_id(iri: str) -> str:
    """A short HTML id for a record or entity IRI (two IRIs never share one)."""
    import hashlib

    return "r-" + hashlib.sha1(iri.encode("utf-8")).hexdigest()[:12]


def highlighted(text: str, marks: list[Mark]) -> str:
    """The text cut at every mark boundary; each piece carries the records that cover it.

    Marks overlap (a statement inside an event's sentence, a name inside both), so
    pieces are flat: a record's highlight is the run of pieces naming it, and
    their text put together is exactly its span."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[Mark]] = defaultdict(list)
    for m in marks:
        starting[m.start].append(m)
    active: list[Mark] = []  # the marks covering the current piece, swept left to right
    out = []
    for start, end in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > start] + starting.get(start, [])
        covering = [m for m in active if m.end >= end]
        piece = _e(text[start:end])
        if not covering:
            out.append(piece)
            continue
        kinds = sorted({m.kind for m in covering}, key=KINDS.index)
        attrs = " ".join(f'data-{kind}="{_e(" ".join(sorted(_record_id(m.record) for m in covering if m.kind == kind)))}"' for kind in kinds)
        title = "; ".join(f"{m.kind}: {m.label}" for m in covering)
        out.append(f'<span class="hl {" ".join(kinds)}" {attrs} title="{_e(title)}" tabindex="0">{piece}</span>')
    return "".join(out)


def _people_cell(names: str, iris: str) -> str:
    if not iris:
        return ""
    return ", ".join(f'<a href="#{_e(_record_id(i))}">{_e(n)}</a>' for n, i in zip(names.split("; "), iris.split()))


def _table(caption: str, headers: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return f"<p class=\"empty\">{_e(caption)}: none found.</p>"
    head = "".join(f'<th scope="col">{h}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><caption>{_e(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _statements_html(article: ArticleView) -> str:
    rows = []
    for s in article.statements:
        who = f'<a href="#{_e(_record_id(s["speaker_iri"]))}">{_e(s["speaker"])}</a>' if s["speaker_iri"] else f'<i>unresolved:</i> {_e(s["speaker_text"])}'
        rows.append([who, _e(s["quote_type"]), f'<q id="{_e(_record_id(s["iri"]))}">{_e(s["text"])}</q>'])
    return _table("Who said what", ["Speaker", "Quote", "Statement"], rows)


def _sanctions_html(rows_in: list[dict[str, Any]], caption: str) -> str:
    rows = [[_people_cell(r["imposers"], r["imposers_iris"]) + " → " + _people_cell(r["targets"], r["targets_iris"]),
             _e(r["status"]), _e(r["sector"]), _e(r["program"]), _e(r["date"])] for r in rows_in]
    return _table(caption, ["Imposer → target", "Status", "Sector", "Programme", "Date"], rows)


def _events_html(rows_in: list[dict[str, Any]], caption: str) -> str:
    rows = [[_e(r["date"] or ""), _e(r["type"]), _e(r["status"]), _people_cell(r["actors"], r["actors_iris"]),
             _people_cell(r["targets"], r["targets_iris"]), _people_cell(r["place"], r["place_iris"]), _e(r["text"])]
            for r in sorted(rows_in, key=_date_key)]
    return _table(caption, ["Date", "Type", "Status", "Actors", "Targets", "Place", "Evidence"], rows)


def _article_html(number: int, article: ArticleView) -> str:
    meta = " · ".join(_e(x) for x in (article.source, article.published) if x)
    if article.text is None:
        body = "<p>This export does not carry the article's text (exported before newskb kept it); the records are listed below.</p>"
    else:
        body = f'<div class="text">{highlighted(article.text, article.marks)}</div>'
    return (
        f'<section class="article" id="article-{number}" aria-labelledby="article-{number}-title">'
        f'<h2 id="article-{number}-title">{_e(article.title)}</h2><p class="meta">{meta}</p>{body}'
        f"{_statements_html(article)}{_sanctions_html(article.sanctions, 'Sanctions')}{_events_html(article.events, 'Events, in date order')}"
        "</section>"
    )


def _layout(nodes: list[str], edges: list[tuple[str, str, str, int]], names: dict[str, str], width: int) -> tuple[dict[str, tuple[float, float]], int]:
    """Node positions and the picture's height: each connected group laid out on its own (spring
    layout, fixed seed), large groups one per band, pairs and small groups in a grid of cells, so
    that unrelated groups never pile onto each other."""
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from((a, t) for a, t, _, _ in edges)
    groups = sorted((sorted(g) for g in nx.connected_components(graph)), key=lambda g: (-len(g), [names[n] for n in g]))
    positions: dict[str, tuple[float, float]] = {}
    margin, top = 70, 30

    def place(group: list[str], x0: float, y0: float, w: float, h: float) -> None:
        if len(group) == 1:
            positions[group[0]] = (round(x0 + w / 2, 1), round(y0 + h / 2, 1))
            return
        # a graph of its own, nodes and edges in sorted order: a subgraph view iterates a set,
        # whose order changes with the hash seed, and the layout would change with it
        sub = nx.Graph()
        sub.add_nodes_from(group)
        sub.add_edges_from(sorted(tuple(sorted(e)) for e in graph.edges(group) if e[0] in sub and e[1] in sub))
        layout = nx.spring_layout(sub, seed=7, iterations=300)
        xs, ys = [layout[n][0] for n in group], [layout[n][1] for n in group]
        for n in group:
            fx = (layout[n][0] - min(xs)) / ((max(xs) - min(xs)) or 1)
            fy = (layout[n][1] - min(ys)) / ((max(ys) - min(ys)) or 1)
            positions[n] = (round(x0 + 20 + fx * (w - 40), 1), round(y0 + 20 + fy * (h - 40), 1))

    y = top
    small = [g for g in groups if len(g) < 5]
    for group in (g for g in groups if len(g) >= 5):
        height = int(120 + 60 * len(group) ** 0.5)
        place(group, margin, y, width - 2 * margin, height)
        y += height + 30
    per_row, cell_h = 3, 120
    cell_w = (width - 2 * margin) / per_row
    for i, group in enumerate(small):
        place(group, margin + (i % per_row) * cell_w, y + (i // per_row) * cell_h, cell_w, cell_h - 20)
    rows = -(-len(small) // per_row)
    return positions, int(y + rows * cell_h + 20)


def _short_name(name: str, limit: int = 26) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def network_svg(data: ReportData, width: int = 960) -> str:
    """Actors → targets as SVG, laid out at build time, so the picture is the same every time."""
    nodes, edges, names = network(data)
    if not nodes:
        return "<p class=\"empty\">No event or sanction links an actor to a target.</p>"
    xy, height = _layout(nodes, edges, names, width)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-labelledby="network-title" class="network">',
             '<title id="network-title">Who acted on whom: actors to targets of events and sanctions</title>',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="22" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" '
             'orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>']
    for a, t, kind, count in edges:
        (x1, y1), (x2, y2) = xy[a], xy[t]
        parts.append(f'<line class="edge" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#888" stroke-width="{min(1 + count, 4)}" '
                     f'marker-end="url(#arrow)" data-from="{_e(names[a])}" data-to="{_e(names[t])}"><title>{_e(names[a])} → {_e(names[t])}: {_e(kind)} ×{count}</title></line>')
    for node in nodes:
        x, y = xy[node]
        parts.append(f'<g class="node" data-name="{_e(names[node])}"><title>{_e(names[node])}</title><circle cx="{x}" cy="{y}" r="6" fill="#1f5f8b"/>'
                     f'<text x="{x}" y="{round(y - 10, 1)}" text-anchor="middle">{_e(_short_name(names[node]))}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def _entities_html(data: ReportData) -> str:
    rows = []
    for r in data.entities.rows[:TOP_ENTITIES]:
        wikidata = f'<a href="https://www.wikidata.org/wiki/{_e(r["wikidata"])}">{_e(r["wikidata"])}</a>' if r["wikidata"] else ""
        rows.append([f'<span id="{_e(_record_id(r["iri"]))}">{_e(r["name"])}</span>', _e(r["type"]), str(r["mentions"]), str(r["articles"]), wikidata])
    more = len(data.entities.rows) - TOP_ENTITIES
    note = f"<p>{more} more entities are in the articles below and in <code>newskb table entities</code>.</p>" if more > 0 else ""
    return _table("Entities, by mentions", ["Name", "Type", "Mentions", "Articles", "Wikidata"], rows) + note


def _timeline_item(row: dict[str, Any]) -> str:
    when = row["date"] or (f"undated (published {row['published']})" if row["published"] else "undated")
    who = _people_cell(row.get("actors") or row.get("imposers") or "", row.get("actors_iris") or row.get("imposers_iris") or "")
    whom = _people_cell(row["targets"], row["targets_iris"])
    return (f'<li class="{row["kind"]}" data-date="{_e(row["date"] or "")}"><time>{_e(when)}</time> '
            f'<b>{_e(row["what"])}</b> ({_e(row["status"])}) {who}{" → " + whom if whom else ""} '
            f'<span class="source">{_e(row["article"])}</span></li>')


def _timeline_html(data: ReportData) -> str:
    """Dated events and sanctions in date order; the undated ones folded away below them."""
    rows = timeline(data)
    dated = [_timeline_item(r) for r in rows if r["date"]]
    undated = [_timeline_item(r) for r in rows if not r["date"]]
    out = f'<ol class="timeline">{"".join(dated)}</ol>' if dated else "<p class=\"empty\">No dated events or sanctions.</p>"
    if undated:
        out += f'<details><summary>{len(undated)} events and sanctions the text gives no date for</summary><ol class="undated">{"".join(undated)}</ol></details>'
    return out


STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;color:#1b1b1b}
h1,h2,h3{line-height:1.2} .meta{color:#555;margin-top:-.5rem}
.text{white-space:pre-wrap;border:1px solid #ccc;padding:1rem;border-radius:4px;background:#fcfcfc}
.hl{cursor:help} .hl.entity{border-bottom:2px dotted #1f5f8b}
.hl.statement{background:#fff3b0;box-shadow:inset 0 -1px #b08800} .hl.event{text-decoration:underline double #6a3d9a}
.hl.sanction{text-decoration:underline wavy #b2182b} .hl:focus{outline:2px solid #000}
table{border-collapse:collapse;margin:1rem 0;width:100%} caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left} th{background:#eee}
.legend span{margin-right:1rem} .timeline time{font-variant-numeric:tabular-nums;font-weight:600}
#details{position:sticky;top:0;background:#eef4f8;border:1px solid #9bb;padding:.5rem 1rem;min-height:1.5rem}
.network{width:100%;height:auto;border:1px solid #ccc} .network text{font-size:12px;fill:#111}
nav ol{columns:2}
"""
SCRIPT = """
document.addEventListener('click',function(e){var t=e.target.closest('.hl');if(!t)return;
document.getElementById('details').textContent=t.getAttribute('title');});
document.addEventListener('keydown',function(e){var t=e.target.closest&&e.target.closest('.hl');
if(t&&(e.key==='Enter'||e.key===' ')){document.getElementById('details').textContent=t.getAttribute('title');e.preventDefault();}});
"""


def to_html(data: ReportData) -> str:
    corpus = len(data.articles) > 1
    nav = "".join(f'<li><a href="#article-{i}">{_e(a.title)}</a></li>' for i, a in enumerate(data.articles, 1))
    legend = ('<p class="legend">Highlights: <span class="hl entity">entity (dotted)</span> <span class="hl statement">statement (shaded)</span> '
              '<span class="hl event">event (double underline)</span> <span class="hl sanction">sanction (wavy underline)</span>. '
              "Hover, click or press Enter on a highlight to see its record.</p>")
    overview = (f"<section aria-labelledby=\"corpus-title\"><h2 id=\"corpus-title\">The corpus</h2>"
                f"<h3>Who acted on whom</h3>{network_svg(data)}"
                f"<h3>Timeline of events and sanctions</h3>{_timeline_html(data)}"
                f"<h3>Entities</h3>{_entities_html(data)}</section>")
    title = f"newskb report: {len(data.articles)} articles" if corpus else f"newskb report: {data.articles[0].title}"
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body><header><h1>{_e(title)}</h1>"
        f'{"<nav aria-label=Articles><ol>" + nav + "</ol></nav>" if corpus else ""}{legend}'
        f'<div id="details" role="status" aria-live="polite"></div></header><main>'
        f'{overview if corpus else ""}'
        f'{"".join(_article_html(i, a) for i, a in enumerate(data.articles, 1))}'
        f'{"" if corpus else overview}'
        f"</main><script>{SCRIPT}</script></body></html>\n"
    )


# ---------------------------------------------------------------- Markdown
def _md(value: Any) -> str:
    return ("" if value is None else str(value)).replace("|", "\\|").replace("\n", " ")


def _md_table(headers: list[str], rows: list[list[Any]]) -> str:
    if not rows:
        return "_None found._\n"
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def to_markdown(data: ReportData) -> str:
    out = [f"# newskb report: {len(data.articles)} article{'s' if len(data.articles) != 1 else ''}\n"]
    out.append("## Timeline of events and sanctions\n")
    out.append(_md_table(["Date", "What", "Status", "Who", "Whom", "Article"], [
        [r["date"] or (f"undated (published {r['published']})" if r["published"] else "undated"), r["what"], r["status"], r.get("actors") or r.get("imposers"), r["targets"], r["article"]]
        for r in timeline(data)]))
    nodes, edges, names = network(data)
    out.append("## Who acted on whom\n")
    out.append(_md_table(["Actor", "Target", "Type", "Times"], [[names[a], names[t], k, n] for a, t, k, n in edges]))
    out.append("## Entities\n")
    out.append(_md_table(["Name", "Type", "Mentions", "Articles", "Wikidata"],
                         [[r["name"], r["type"], r["mentions"], r["articles"], r["wikidata"]] for r in data.entities.rows]))
    for article in data.articles:
        out.append(f"## {article.title}\n")
        out.append(" · ".join(x for x in (article.source, article.published) if x) + "\n")
        out.append("### Who said what\n")
        out.append(_md_table(["Speaker", "Quote", "Statement"], [
            [s["speaker"] or f"unresolved: {s['speaker_text']}", s["quote_type"], s["text"]] for s in article.statements]))
        out.append("### Sanctions\n")
        out.append(_md_table(["Imposer", "Target", "Status", "Sector", "Programme", "Date"], [
            [r["imposers"], r["targets"], r["status"], r["sector"], r["program"], r["date"]] for r in article.sanctions]))
        out.append("### Events, in date order\n")
        out.append(_md_table(["Date", "Type", "Status", "Actors", "Targets", "Place", "Evidence"], [
            [r["date"], r["type"], r["status"], r["actors"], r["targets"], r["place"], r["text"]] for r in sorted(article.events, key=_date_key)]))
    return "\n".join(out)


def report(paths: list[Path | str], *, fmt: str = "html", model: str | None = None) -> str:
    """The report of the given articles or exports, as HTML or Markdown."""
    if fmt not in {"html", "md"}:
        raise InputError(f"unknown report format {fmt!r}", "use html or md")
    data = load_report(paths, model=model)
    return to_html(data) if fmt == "html" else to_markdown(data)

