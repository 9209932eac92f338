"""Link stage, after export: which entity nodes of different articles are one real-world referent.

Each article names its entities as it finds them ("Erdogan", "Erdoğan",
"Recep Tayyip Erdoğan"), so a corpus holds several nodes for one person. This
stage reads exported knowledge bases and decides, from evidence only:

- the same Wikidata ID (never two different ones: a cluster holds at most one);
- the same name once normalised (case, accents and transliteration to ASCII,
  honorifics and titles, a leading "the", punctuation, legal forms of companies);
- a person's bare surname or initials ("Erdogan", "J. Biden") when exactly one
  full name in the corpus fits it and the two share context (a co-mentioned entity);
- a spelling variant of a person's name ("Soleimani" / "Soleymani"): the same
  number of words, each close (Jaro-Winkler) and starting alike;
- an organisation's acronym when exactly one organisation's name abbreviates to it;
- a Wikidata ID from the shipped tables (gazetteer, office holders, the table of
  agencies, broadcasters, armed groups, companies and parties) when the
  normalised name and the type agree and the name means only one item.

Pairs are only compared inside blocks of a shared normalised key, so the cost
grows with the entities, not their square. The result is ``owl:sameAs`` links:
each cluster gets a canonical node (typed, one name, ``owl:sameAs`` its members
and its Wikidata item). ``apply_links`` turns a store into the merged view.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .ids import DEFAULT_BASE, digest
from .rdf.vocab import NKB, PREFIXES, SCHEMA

KINDS = ("Person", "Organization", "Place")
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
WD = PREFIXES["wd"]
STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "la", "du", "des", "al", "el", "to", "a"})
INITIAL = re.compile(r"^[a-z]$")


@dataclass(frozen=True)
class Node:
    iri: str
    kind: str
    name: str
    forms: tuple[str, ...]  # the name and the alternate names that are names (not descriptions)
    wikidata: str | None
    neighbours: frozenset[str]  # other entities named in the same articles


def _ascii(text: str) -> str:
    from rigour.text import ascii_text

    return ascii_text(text)


@lru_cache(maxsize=65536)
def normal(name: str, kind: str) -> str:
    """The comparison form of a name: ASCII, lower case, no honorific or legal form, no "the", no punctuation."""
    from rigour.names import remove_org_types, remove_person_prefixes

    text = name.strip()
    if kind == "Person":
        text = remove_person_prefixes(text)
    elif kind == "Organization":
        text = remove_org_types(text)
    text = _ascii(text).lower().replace("'s ", " ")
    text = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\b)", "", text)  # U.S. -> us
    text = re.sub(r"[^\w\s]", " ", text)
    words = text.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def acronym(name: str) -> str | None:
    """ "Syrian Democratic Forces" -> "sdf"; None for one word."""
    words = [w for w in re.split(r"[\s\-]+", _ascii(name)) if w and w.lower() not in STOPWORDS and w[0].isalpha()]
    return "".join(w[0].lower() for w in words) if len(words) >= 2 else None


def _is_name(form: str) -> bool:
    """An alternate name that names (capitalised), not a description ("the US president")."""
    words = [w for w in form.split() if w.lower() not in STOPWORDS]
    return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


class _Clusters:
    """Union-find over node IRIs that refuses to join two different Wikidata IDs."""

    def __init__(self, nodes: dict[str, Node]) -> None:
        self.parent = {iri: iri for iri in nodes}
        self.qid = {iri: node.wikidata for iri, node in nodes.items()}

    def find(self, iri: str) -> str:
        while self.parent[iri] != iri:
            self.parent[iri] = self.parent[self.parent[iri]]
            iri = self.parent[iri]
        return iri

    def join(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        qa, qb = self.qid[ra], self.qid[rb]
        if qa and qb and qa != qb:
            return False
        ra, rb = sorted((ra, rb))
        self.parent[rb] = ra
        self.qid[ra] = qa or qb
        return True

    def groups(self) -> list[list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for iri in sorted(self.parent):
            out[self.find(iri)].append(iri)
        return sorted(out.values())


@lru_cache(maxsize=1)
def known_items() -> dict[tuple[str, str], frozenset[str]]:
    """(type, normalised name) -> the Wikidata IDs the shipped tables give that name: the
    gazetteer, the office holders and the table of other entities news names often."""
    from .lexicons import read_table
    from .nlp.gazetteer import load_gazetteer
    from .nlp.offices import load_office_holders

    items: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entry in load_gazetteer().entries.values():
        if entry.wikidata:
            for form in (entry.name, *entry.aliases):
                items[(entry.type, normal(form, entry.type))].add(entry.wikidata)
    for term in load_office_holders():
        if term.wikidata:
            for form in (term.person, *(a for a in term.aliases if len(a.split()) > 1)):
                items[("Person", normal(form, "Person"))].add(term.wikidata)
    for row in read_table("wikidata_entities.tsv"):
        for form in (row["name"], *(a for a in row["aliases"].split("|") if a)):
            items[(row["type"], normal(form, row["type"]))].add(row["wikidata"])
    return {key: frozenset(qids) for key, qids in items.items()}


def _tokens_close(a: list[str], b: list[str]) -> bool:
    from rigour.text import jaro_winkler

    return len(a) == len(b) and all(x[0] == y[0] and (x == y or jaro_winkler(x, y) >= 0.9) for x, y in zip(a, b))


def decide(nodes: Iterable[Node]) -> list[list[Node]]:
    """Clusters of nodes that name one referent (singletons included), deterministic for the same nodes."""
    by_iri = {n.iri: n for n in sorted(nodes, key=lambda n: n.iri)}
    clusters = _Clusters(by_iri)
    forms = {iri: sorted({normal(f, n.kind) for f in n.forms if normal(f, n.kind)}) for iri, n in by_iri.items()}

    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for iri, node in by_iri.items():
        if node.wikidata:
            blocks[(node.kind, "wd:" + node.wikidata)].append(iri)
        for form in forms[iri]:
            blocks[(node.kind, form)].append(iri)
    for members in blocks.values():
        for other in members[1:]:
            clusters.join(members[0], other)

    people = [iri for iri, n in by_iri.items() if n.kind == "Person"]
    full = {iri: [f.split() for f in forms[iri] if len(f.split()) >= 2] for iri in people}
    by_surname: dict[str, set[str]] = defaultdict(set)
    for iri in people:
        for words in full[iri]:
            by_surname[words[-1]].add(iri)

    context: dict[str, set[str]] = defaultdict(set)  # cluster -> the entities its members appear with
    for iri, node in by_iri.items():
        context[clusters.find(iri)] |= node.neighbours | {iri}

    for iri in people:  # a bare surname or initials: one fitting full name, sharing context
        for form in forms[iri]:
            words = form.split()
            if len(words) == 1 or (len(words) >= 2 and all(INITIAL.match(w) for w in words[:-1])):
                candidates = {clusters.find(c) for c in by_surname.get(words[-1], set()) if clusters.find(c) != clusters.find(iri)}
                if len(words) > 1:
                    candidates = {c for c in candidates if any(
                        len(w) == len(words) and all(x.startswith(y) for x, y in zip(w[:-1], words[:-1])) for w in full[c])}
                if len(candidates) == 1:
                    (target,) = candidates
                    if by_iri[iri].neighbours & context[target]:
                        clusters.join(iri, target)

    fuzzy: dict[tuple[str, str], list[str]] = defaultdict(list)  # spelling variants, blocked by first letters
    for iri in people:
        for words in full[iri]:
            fuzzy[(words[0][:1], words[-1][:2])].append(iri)
    for members in fuzzy.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if clusters.find(a) != clusters.find(b) and any(_tokens_close(x, y) for x in full[a] for y in full[b]):
                    clusters.join(a, b)

    orgs = [iri for iri, n in by_iri.items() if n.kind == "Organization"]
    by_acronym: dict[str, set[str]] = defaultdict(set)
    for iri in orgs:
        for form in by_iri[iri].forms:
            short = acronym(form)
            if short and len(short) >= 2:
                by_acronym[short].add(clusters.find(iri))
    for iri in orgs:
        for form in by_iri[iri].forms:
            compact = re.sub(r"[^A-Za-z]", "", form)
            if 2 <= len(compact) <= 8 and compact.isupper():
                candidates = {c for c in by_acronym.get(compact.lower(), set()) if clusters.find(c) != clusters.find(iri)}
                if len({clusters.find(c) for c in candidates}) == 1:
                    clusters.join(iri, candidates.pop())

    return [[by_iri[i] for i in group] for group in clusters.groups()]


def wikidata_for(cluster: list[Node]) -> str | None:
    """The cluster's Wikidata ID: the one its nodes carry, else the one the tables give every
    name of the cluster that they know (none when a name is ambiguous or names disagree)."""
    carried = {n.wikidata for n in cluster if n.wikidata}
    if carried:
        return carried.pop() if len(carried) == 1 else None
    kind = cluster[0].kind
    found: set[str] = set()
    for node in cluster:
        for form in node.forms:
            qids = known_items().get((kind, normal(form, kind)))
            if qids:
                if len(qids) > 1:
                    return None
                found |= qids
    return found.pop() if len(found) == 1 else None


def canonical_name(cluster: list[Node]) -> str:
    """The fullest name: most words, then accents kept ("Erdoğan" over "Erdogan"), then longest."""
    names = {f for n in cluster for f in n.forms}
    return max(names, key=lambda f: (len(f.split()), f != _ascii(f), len(f), f))


# ---------------------------------------------------------------- reading and writing
def read_nodes(store) -> list[Node]:
    from .tabular import select

    rows = select(store, """SELECT ?e ?class ?name ?alt ?wd WHERE { ?e schema:name ?name ; a ?class .
        VALUES ?class { schema:Person schema:Organization schema:Place }
        FILTER NOT EXISTS { ?e a nkb:CanonicalEntity }
        OPTIONAL { ?e schema:alternateName ?alt } OPTIONAL { ?e owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), STR(wd:))) } }""")
    info: dict[str, dict] = {}
    for row in rows:
        entry = info.setdefault(row["e"], {"kind": row["class"].rsplit("/", 1)[-1], "name": row["name"], "forms": {row["name"]}, "wd": None})
        if row["alt"] and _is_name(row["alt"]):
            entry["forms"].add(row["alt"])
        if row["wd"]:
            entry["wd"] = row["wd"][len(WD):]
    neighbours: dict[str, set[str]] = defaultdict(set)
    for row in select(store, "SELECT ?a ?e WHERE { ?a schema:mentions ?e }"):
        neighbours[row["a"]].add(row["e"])
    context: dict[str, set[str]] = defaultdict(set)
    for mentioned in neighbours.values():
        for e in mentioned:
            context[e] |= mentioned - {e}
    return [Node(iri, e["kind"], e["name"], tuple(sorted(e["forms"])), e["wd"], frozenset(context.get(iri, ())))
            for iri, e in sorted(info.items())]


def link_triples(clusters: list[list[Node]], base: str | None = None) -> list[tuple]:
    """owl:sameAs links as triples: a canonical node for every cluster of two or more nodes,
    and a Wikidata link for a single node the tables identify."""
    from rdflib import RDF, Literal, URIRef
    from rdflib.namespace import OWL

    base = base or DEFAULT_BASE
    out: list[tuple] = []
    for cluster in clusters:
        qid = wikidata_for(cluster)
        if len(cluster) == 1:
            if qid and not cluster[0].wikidata:
                out.append((URIRef(cluster[0].iri), OWL.sameAs, URIRef(WD + qid)))
            continue
        kind = cluster[0].kind
        canonical = URIRef(f"{base}entity/linked/{kind.lower()}/{digest(*sorted(n.iri for n in cluster))}")
        name = canonical_name(cluster)
        out += [(canonical, RDF.type, SCHEMA[kind]), (canonical, RDF.type, NKB.CanonicalEntity), (canonical, SCHEMA.name, Literal(name))]
        out += [(canonical, SCHEMA.alternateName, Literal(f)) for f in sorted({f for n in cluster for f in n.forms} - {name})]
        out += [(canonical, OWL.sameAs, URIRef(n.iri)) for n in cluster]
        if qid:
            out.append((canonical, OWL.sameAs, URIRef(WD + qid)))
    return sorted(out)


def link(paths: list[Path], *, base: str | None = None) -> str:
    """The links of the knowledge base in the given export files and folders, as Turtle."""
    from rdflib import Graph

    from .kbfiles import load_store
    from .rdf.vocab import bind_prefixes

    graph = Graph()
    bind_prefixes(graph)
    for triple in link_triples(decide(read_nodes(load_store(paths, named_graphs=False))), base):
        graph.add(triple)
    return graph.serialize(format="turtle")


#: The links file ``export --link`` writes beside a folder's exports.
LINKS_FILE = "links.ttl"


def link_folder(folder: Path, *, base: str | None = None) -> Path:
    """Link the exports in a folder and write its links file (an earlier one is not read as an export)."""
    from .kbfiles import kb_files
    from .output import write_atomic

    target = folder / LINKS_FILE
    write_atomic(target, link([p for p in kb_files([folder]) if p != target], base=base))
    return target


def apply_links(store) -> int:
    """Turn a store holding exports and their links into the merged view: every statement about
    or pointing at a linked node is moved to its canonical node (whose one name stays the name;
    the members' names become alternate names). Returns how many nodes were merged."""
    import pyoxigraph as ox

    from .tabular import select

    name, alternate = ox.NamedNode(str(SCHEMA.name)), ox.NamedNode(str(SCHEMA.alternateName))
    same_as = ox.NamedNode(OWL_SAME_AS)
    pairs = select(store, """SELECT ?c ?m WHERE { ?c a nkb:CanonicalEntity ; owl:sameAs ?m . ?m schema:name ?n }""")
    for row in pairs:
        canonical, member = ox.NamedNode(row["c"]), ox.NamedNode(row["m"])
        for quad in list(store.quads_for_pattern(member, None, None, None)):
            store.remove(quad)
            predicate = alternate if quad.predicate == name else quad.predicate
            store.add(ox.Quad(canonical, predicate, quad.object, quad.graph_name))
        for quad in list(store.quads_for_pattern(None, None, member, None)):
            if quad.subject == canonical and quad.predicate == same_as:
                continue  # the link itself stays, as provenance
            store.remove(quad)
            store.add(ox.Quad(quad.subject, quad.predicate, canonical, quad.graph_name))
    return len({row["m"] for row in pairs})
