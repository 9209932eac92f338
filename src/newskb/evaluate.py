"""Score an export against a gold annotation (the format of ``shared/eval/FORMAT.md``).

The matching rules are those of the shared evaluation scorer, so that users can
measure the tool on their own annotated articles and get the numbers the
project is judged by. Every result carries raw counts (``sys``, ``gold``,
``tp_sys``, ``tp_gold``) so that scores over many articles pool into one
micro average (:func:`pool`).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import rdflib
import yaml

from .errors import InputError

PREFIXES = """
PREFIX nkb: <https://w3id.org/newskb/ns#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""
PLACE_TYPES = {"Place", "Country", "City", "AdministrativeArea", "State", "Continent", "Landform"}
ORG_TYPES = {"Organization", "GovernmentOrganization", "Corporation", "NGO", "PoliticalParty", "NewsMediaOrganization"}
STRAIGHTEN = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
KINDS = ("entities", "statements_detected", "statements_attributed", "sanctions", "events")
COUNTS = ("sys", "gold", "tp_sys", "tp_gold")


def normalise_text(s: object) -> str:
    """Compare texts without quote marks, typographic variants, case or spacing."""
    s = unicodedata.normalize("NFKC", str(s)).translate(STRAIGHTEN).replace('"', "")
    return re.sub(r"\s+", " ", s).strip().lower()


def normalise_name(s: object) -> str:
    """Compare names also without a leading "the" or a trailing possessive."""
    s = unicodedata.normalize("NFKC", str(s)).translate(STRAIGHTEN).replace('"', "")
    s = re.sub(r"^(the)\s+", "", s.strip(), flags=re.I)
    s = re.sub(r"'s$", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def _local_name(iri: object) -> str | None:
    return None if iri is None else str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower()


def _coarse_type(type_iris: Iterable[object]) -> str | None:
    names = {str(t).rsplit("/", 1)[-1].rsplit("#", 1)[-1] for t in type_iris}
    if "Person" in names:
        return "Person"
    if names & ORG_TYPES:
        return "Organization"
    if names & PLACE_TYPES:
        return "Place"
    return None


def prf(tp_sys: int, n_sys: int, tp_gold: int, n_gold: int) -> dict[str, Any]:
    """Precision, recall and F1 with the raw counts they come from."""
    p = tp_sys / n_sys if n_sys else (1.0 if not n_gold else 0.0)
    r = tp_gold / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "sys": n_sys, "gold": n_gold,
            "tp_sys": tp_sys, "tp_gold": tp_gold}


class _Reader:
    """The parts of an export the scorer reads, through the data contract (SPARQL)."""

    def __init__(self, graph: rdflib.Graph) -> None:
        self.graph = graph

    def rows(self, query: str) -> list[Any]:
        return list(self.graph.query(PREFIXES + query))

    def entities(self) -> dict[Any, dict[str, Any]]:
        found: dict[Any, dict[str, set]] = {}
        for e, t in self.rows("SELECT ?e ?t WHERE { ?e a ?t . ?e schema:name ?n }"):
            found.setdefault(e, {"types": set(), "names": set()})["types"].add(t)
        for e, n in self.rows("SELECT ?e ?n WHERE { ?e schema:name|schema:alternateName ?n }"):
            if e in found:
                found[e]["names"].add(normalise_name(n))
        out = {}
        for e, v in found.items():
            coarse = _coarse_type(v["types"])
            if coarse:
                out[e] = {"type": coarse, "names": v["names"]}
        return out

    def objects(self, subject: Any, path: str) -> list[Any]:
        return [x for (x,) in self.rows(f"SELECT ?x WHERE {{ <{subject}> {path} ?x }}")]


def _count(system: list[Any], gold: list[dict], match) -> dict[str, Any]:
    """Pooled counts: system items matching only optional gold are skipped; recall over required gold."""
    tp_sys = n_sys = 0
    for item in system:
        hits = [g for g in gold if match(g, item)]
        if hits and all(h.get("optional") for h in hits):
            continue
        n_sys += 1
        tp_sys += bool(hits)
    required = [g for g in gold if not g.get("optional")]
    tp_gold = sum(any(match(g, item) for item in system) for g in required)
    return prf(tp_sys, n_sys, tp_gold, len(required))


def score(gold: dict, graph: rdflib.Graph, text: str | None = None) -> dict[str, Any]:
    """Score one export (a graph) against one gold annotation; ``text`` adds the grounding check."""
    kb = _Reader(graph)
    gold_entities = {e["id"]: e for e in gold.get("entities") or []}
    gold_names = {gid: {normalise_name(e["name"])} | {normalise_name(a) for a in e.get("aliases") or []}
                  for gid, e in gold_entities.items()}
    system_entities = kb.entities()

    def gold_ids(node: Any) -> set[str]:
        if node not in system_entities:
            return set()
        return {gid for gid, names in gold_names.items() if names & system_entities[node]["names"]}

    result: dict[str, Any] = {
        "entities": _score_entities(gold_entities, system_entities, gold_ids),
        **_score_statements(gold, kb, gold_ids),
        "sanctions": _score_sanctions(gold, kb, gold_ids),
        "events": _score_events(gold, kb, gold_ids),
    }
    if text is not None:
        result["grounding"] = _grounding(kb, text)
    return result


def _score_entities(gold_entities: dict, system_entities: dict, gold_ids) -> dict[str, Any]:
    """One system node per gold entity: a second node for the same entity is a duplicate (wrong)."""
    tp_sys = n_sys = duplicates = 0
    found: set[str] = set()
    ordered = sorted(system_entities.items(), key=lambda kv: (-max(map(len, kv[1]["names"] or {""})), str(kv[0])))
    for node, v in ordered:
        hits = {gid for gid in gold_ids(node) if gold_entities[gid]["type"] == v["type"]}
        if hits and all(gold_entities[h].get("optional") for h in hits):
            continue
        n_sys += 1
        if hits - found:
            tp_sys += 1
            found |= hits
        elif hits:
            duplicates += 1
    required = {gid for gid, e in gold_entities.items() if not e.get("optional")}
    out = prf(tp_sys, n_sys, len(found & required), len(required))
    out["duplicates"] = duplicates
    return out


def _score_statements(gold: dict, kb: _Reader, gold_ids) -> dict[str, Any]:
    """A statement matches when its text holds the gold key; attributed also needs the speaker."""
    system = []
    for s, t in kb.rows("SELECT ?s ?t WHERE { ?s a nkb:Statement ; schema:text ?t }"):
        speakers = kb.objects(s, "nkb:speaker")
        speaker_texts = kb.objects(s, "nkb:speakerText")
        system.append({
            "text": normalise_text(t),
            "speakers": set().union(*[gold_ids(x) for x in speakers]) if speakers else set(),
            "named": bool(speakers),
            "speaker_texts": {normalise_name(x) for x in speaker_texts},
        })
    gold_statements = gold.get("statements") or []

    def matches(attributed: bool):
        def match(gs: dict, ss: dict) -> bool:
            if normalise_text(gs["key"]) not in ss["text"]:
                return False
            if not attributed:
                return True
            if gs.get("speaker"):
                return gs["speaker"] in ss["speakers"]
            unnamed_ok = not ss["named"] or normalise_name(gs.get("speaker_text", "")) in ss["speaker_texts"]
            return not ss["speakers"] and unnamed_ok
        return match

    return {
        "statements_detected": _count(system, gold_statements, matches(False)),
        "statements_attributed": _count(system, gold_statements, matches(True)),
    }


def _score_sanctions(gold: dict, kb: _Reader, gold_ids) -> dict[str, Any]:
    """(imposer, target) pairs of imposed sanctions; the imposer may be any accepted id."""
    gold_pairs, optional_pairs = [], []
    for sg in gold.get("sanctions") or []:
        for target in sg["targets"]:
            bucket = optional_pairs if sg.get("optional") or sg.get("status") != "imposed" else gold_pairs
            bucket.append((set(sg["imposer"]), target))
    system_pairs = set()
    for x, status in kb.rows("SELECT ?x ?st WHERE { ?x a nkb:Sanction . OPTIONAL { ?x nkb:status ?st } }"):
        if status is not None and _local_name(status) != "imposed":
            continue
        for imposer in kb.objects(x, "nkb:imposedBy"):
            for target in kb.objects(x, "nkb:target"):
                system_pairs.add((frozenset(gold_ids(imposer)), frozenset(gold_ids(target)), str(imposer), str(target)))

    def hits(sp, pairs):
        return [p for p in pairs if sp[0] & p[0] and p[1] in sp[1]]

    tp_sys = n_sys = 0
    for sp in system_pairs:
        if not hits(sp, gold_pairs) and hits(sp, optional_pairs):
            continue
        n_sys += 1
        tp_sys += bool(hits(sp, gold_pairs))
    tp_gold = sum(any(hits(sp, [gp]) for sp in system_pairs) for gp in gold_pairs)
    return prf(tp_sys, n_sys, tp_gold, len(gold_pairs))


def _score_events(gold: dict, kb: _Reader, gold_ids) -> dict[str, Any]:
    """An event matches when its type is accepted and the gold anchor lies in its evidence."""
    gold_events = gold.get("events") or []
    system = []
    for (v,) in kb.rows("SELECT DISTINCT ?v WHERE { ?v a nkb:Event }"):
        participants: set[str] = set()
        for a in kb.objects(v, "nkb:actor|nkb:target"):
            participants |= gold_ids(a)
        system.append({
            "types": {str(n).upper() for n in kb.objects(v, "nkb:eventType/skos:notation")},
            "evidence": normalise_text(" ".join(str(x) for x in kb.objects(v, "nkb:evidence/oa:hasSelector/oa:exact"))),
            "status": {_local_name(s) for s in kb.objects(v, "nkb:status")},
            "participants": participants,
        })

    def match(ge: dict, se: dict) -> bool:
        return bool(se["types"] & set(ge["types"])) and normalise_text(ge["anchor"]) in se["evidence"]

    out = _count(system, gold_events, match)
    matched = [(ge, [se for se in system if match(ge, se)]) for ge in gold_events if not ge.get("optional")]
    hit = [(ge, ms) for ge, ms in matched if ms]
    if hit:
        out["status_acc"] = round(sum(any(ge["status"] in se["status"] for se in ms) for ge, ms in hit) / len(hit), 3)
        out["actor_acc"] = round(
            sum(any(set(ge.get("actors") or []) & se["participants"] for se in ms) for ge, ms in hit) / len(hit), 3)
        out["status_hits"] = sum(any(ge["status"] in se["status"] for se in ms) for ge, ms in hit)
        out["actor_hits"] = sum(any(set(ge.get("actors") or []) & se["participants"] for se in ms) for ge, ms in hit)
    return out


def _grounding(kb: _Reader, text: str) -> dict[str, int]:
    """Evidence spans whose offsets do not give back their exact text."""
    bad = total = 0
    for _, a, b, x in kb.rows("""SELECT ?s ?a ?b ?x WHERE { ?r nkb:evidence ?s . ?s oa:hasSelector ?p , ?q .
             ?p oa:start ?a ; oa:end ?b . ?q oa:exact ?x }"""):
        total += 1
        bad += text[int(a):int(b)] != str(x)
    return {"spans": total, "mismatched": bad}


def pool(results: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Sum per-article counts into one micro-averaged result per record kind."""
    results = list(results)
    out: dict[str, Any] = {}
    for kind in KINDS:
        parts = [r[kind] for r in results if kind in r]
        if not parts:
            continue
        totals = {c: sum(p[c] for p in parts) for c in COUNTS}
        out[kind] = prf(totals["tp_sys"], totals["sys"], totals["tp_gold"], totals["gold"])
        if kind == "entities":
            out[kind]["duplicates"] = sum(p.get("duplicates", 0) for p in parts)
        if kind == "events":
            matched = sum(p["tp_gold"] for p in parts)
            if matched:
                for acc in ("status", "actor"):
                    out[kind][f"{acc}_acc"] = round(sum(p.get(f"{acc}_hits", 0) for p in parts) / matched, 3)
    grounding = [r["grounding"] for r in results if "grounding" in r]
    if grounding:
        out["grounding"] = {k: sum(g[k] for g in grounding) for k in ("spans", "mismatched")}
    out["articles"] = len(results)
    return out


def load_gold(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read the gold annotation ({exc})", "give a YAML file in the gold format") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: not a gold annotation", "give a YAML mapping with entities/statements/…")
    return data


def pair_folder(folder: Path) -> list[tuple[Path, Path]]:
    """(gold, article) pairs in a folder: each ``X.yaml`` with the file its ``document:`` names, else ``X.txt``."""
    pairs = []
    for gold_path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
        document = load_gold(gold_path).get("document")
        candidates = [folder / str(document)] if document else []
        candidates.append(gold_path.with_suffix(".txt"))
        article = next((c for c in candidates if c.is_file()), None)
        if article is None:
            raise InputError(f"{gold_path}: its article {document or gold_path.with_suffix('.txt').name} is missing",
                             "put the article beside its gold file")
        pairs.append((gold_path, article))
    return pairs


def evaluate_pairs(pairs: list[tuple[Path, Path]], model: str | None = None) -> dict[str, Any]:
    """Extract each article, map it to RDF, score it against its gold, and pool the counts."""
    from .extract import extract
    from .rdf.mapping import to_graph
    from .reader import read_article

    per_article = {}
    for gold_path, article_path in pairs:
        article = read_article(article_path)
        extraction = extract(article.text, model=model, source=article.source)
        per_article[str(article_path)] = score(load_gold(gold_path), to_graph([extraction]), article.text)
    out = pool(per_article.values())
    out["per_article"] = per_article
    return out


def to_text(result: dict[str, Any]) -> str:
    """A readable report: pooled scores per record kind, then F1 per article."""
    lines = [f"{'':24s}{'P':>7s}{'R':>7s}{'F1':>7s}{'sys':>6s}{'gold':>6s}"]
    for kind in KINDS:
        r = result[kind]
        lines.append(f"{kind:24s}{r['p']:7.3f}{r['r']:7.3f}{r['f1']:7.3f}{r['sys']:6d}{r['gold']:6d}")
    events = result["events"]
    if "status_acc" in events:
        lines.append(f"events: status accuracy {events['status_acc']:.3f}, actor accuracy {events['actor_acc']:.3f}")
    if "duplicates" in result["entities"]:
        lines.append(f"entities: {result['entities']['duplicates']} duplicate node(s)")
    if "grounding" in result:
        lines.append(f"grounding: {result['grounding']['spans']} spans, {result['grounding']['mismatched']} mismatched")
    per_article = result.get("per_article", {})
    if len(per_article) > 1:
        lines.append("")
        lines.append(f"{'F1 per article':40s}" + "".join(f"{k.split('_')[-1][:9]:>10s}" for k in KINDS))
        for name, r in per_article.items():
            lines.append(f"{Path(name).name[:40]:40s}" + "".join(f"{r[k]['f1']:10.3f}" for k in KINDS))
    return "\n".join(lines) + "\n"
