"""Score an export against a gold annotation (the format of ``docs/format.md``) and say what went wrong.

The matching rules are those of the shared evaluation scorer, so that users can
measure the tool on their own annotated articles and get the numbers the
project is judged by. Each measure is computed once, by one matcher, and the
same pass yields its counts and its errors: every required gold item no
system record matched (a miss, shown with the nearest system records) and
every counted system record no gold item matched (a false positive), each
with its sentence. Every result carries raw counts (``sys``, ``gold``,
``tp_sys``, ``tp_gold``) so that scores over many articles pool into one
micro average (:func:`pool`).
"""
from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import rdflib
import yaml
from rdflib.paths import AlternativePath, SequencePath
from rdflib.plugins.sparql import prepareQuery

from .errors import InputError
from .rdf.declaration import YAML_LOADER

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
MEASURES = (*KINDS, "grounding")
# the fields each gold item must have for the scorer to read it
GOLD_FIELDS = {"entities": ("id", "name", "type"), "statements": ("key",), "sanctions": ("imposer", "targets"),
               "events": ("types", "anchor", "status")}
NEAREST = 3  # nearest records shown per miss
SHOWN_CHARS = 160  # a record's text is cut to this in its label


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


def _name_words(name: str) -> set[str]:
    """The capitalised words of a name ("Government of Iraq" → government, iraq): what two names can share."""
    return {w.lower() for w in re.findall(r"\w[\w.'’-]*", name) if w[0].isupper() or w[0].isdigit()}


def _content_words(text: str) -> set[str]:
    """Words of four letters or more: what two wordings of one statement share beyond "the", "of", "is"."""
    return {w for w in re.findall(r"\w+", normalise_text(text)) if len(w) > 3}


def _shorten(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def prf(tp_sys: int, n_sys: int, tp_gold: int, n_gold: int) -> dict[str, Any]:
    """Precision, recall and F1 with the raw counts they come from."""
    p = tp_sys / n_sys if n_sys else (1.0 if not n_gold else 0.0)
    r = tp_gold / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "sys": n_sys, "gold": n_gold,
            "tp_sys": tp_sys, "tp_gold": tp_gold}


@dataclass(frozen=True)
class Finding:
    """One error of one measure: a gold item missed, a system record matched by nothing, or a match wrong in part."""

    measure: str
    error: str  # miss | false positive | duplicate | wrong status | wrong actors | ungrounded
    gold: str | None = None
    system: str | None = None
    nearest: tuple[str, ...] = ()
    sentence: str | None = None
    offset: int = -1  # where in the article (-1: nowhere), for ordering
    article: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "nearest": list(self.nearest)}


class _Sentences:
    """Where things are in one article: the sentence around an offset or a phrase."""

    def __init__(self, text: str, bounds: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        # a sentence never runs over a line break (news text has a paragraph, a title or a byline per line);
        # without a parse, each line stands for a sentence
        lines = [m.span() for m in re.finditer(r"[^\n]+", text)]
        self.bounds = sorted({(max(a, la), min(b, lb)) for a, b in bounds or lines for la, lb in lines
                              if max(a, la) < min(b, lb)})
        self.starts = [a for a, _ in self.bounds]

    def at(self, offset: int) -> str | None:
        if offset < 0 or not self.bounds:
            return None
        a, b = self.bounds[max(bisect.bisect_right(self.starts, offset) - 1, 0)]
        return re.sub(r"\s+", " ", self.text[a:b]).strip() or None

    @staticmethod
    def _pattern(phrase: str, whole_words: bool) -> str | None:
        """A phrase's words with anything but words between them: typography and spacing aside."""
        words = re.findall(r"\w+", phrase)
        if not words:
            return None
        pattern = r"\W+".join(map(re.escape, words))
        return rf"(?<!\w){pattern}(?!\w)" if whole_words else pattern

    def find(self, phrase: str, whole_words: bool = False) -> int:
        """The first offset of ``phrase`` (as written, else in any case), or -1."""
        pattern = self._pattern(phrase, whole_words)
        found = pattern and (re.search(pattern, self.text) or re.search(pattern, self.text, re.I))
        return found.start() if found else -1

    def first(self, names: Iterable[str], beside: Iterable[str] = ()) -> int:
        """The first mention of one of ``names`` in a sentence that also holds one of ``beside``, else the first."""
        patterns = [p for p in (self._pattern(n, True) for n in names) if p]
        offsets = sorted({m.start() for p in patterns for m in re.finditer(p, self.text)})
        companions = [p for p in (self._pattern(n, True) for n in beside) if p]
        for offset in offsets:
            sentence = self.at(offset) or ""
            if any(re.search(p, sentence) for p in companions):
                return offset
        return offsets[0] if offsets else min((o for o in map(self.find, names) if o >= 0), default=-1)


@lru_cache(maxsize=None)
def _prepared(query: str) -> Any:
    """A scorer's query, parsed once for every article it is asked of."""
    return prepareQuery(PREFIXES + query)


NAMESPACES = dict(re.findall(r"PREFIX (\w+): <([^>]+)>", PREFIXES))


@lru_cache(maxsize=None)
def _property_path(path: str) -> Any:
    """The SPARQL property path ``path`` (prefixed names joined by ``/`` and ``|``, which binds looser) as
    rdflib evaluates it inside a query: the scorer follows one from every record, and going through the
    SPARQL engine for each cost more than the rest of the scoring."""
    def step(name: str) -> rdflib.URIRef:
        prefix, _, local = name.strip().partition(":")
        return rdflib.URIRef(NAMESPACES[prefix] + local)

    def sequence(steps: list[str]) -> Any:
        return step(steps[0]) if len(steps) == 1 else SequencePath(*map(step, steps))

    alternatives = [sequence(part.split("/")) for part in path.split("|")]
    return alternatives[0] if len(alternatives) == 1 else AlternativePath(*alternatives)


class _Reader:
    """The parts of an export the scorer reads, through the data contract (SPARQL)."""

    def __init__(self, graph: rdflib.Graph) -> None:
        self.graph = graph

    def rows(self, query: str) -> list[Any]:
        return list(self.graph.query(_prepared(query)))

    def pairs(self, path: str) -> list[tuple[Any, Any]]:
        """Every (subject, object) that ``path`` joins."""
        return list(self.graph.subject_objects(_property_path(path)))

    def objects(self, subject: Any, path: str) -> list[Any]:
        return list(self.graph.objects(subject, _property_path(path)))

    def start(self, subject: Any, path: str) -> int:
        """The first offset of the spans a record points at through ``path``, or -1."""
        return min((int(x) for x in self.objects(subject, f"{path}/oa:hasSelector/oa:start")), default=-1)

    def entities(self) -> dict[Any, dict[str, Any]]:
        found: dict[Any, dict[str, set]] = {}
        for e, t in self.rows("SELECT ?e ?t WHERE { ?e a ?t . ?e schema:name ?n }"):
            found.setdefault(e, {"types": set(), "names": set(), "shown": set()})["types"].add(t)
        for e, n in self.rows("SELECT ?e ?n WHERE { ?e schema:name|schema:alternateName ?n }"):
            if e in found:
                found[e]["names"].add(normalise_name(n))
                found[e]["shown"].add(str(n))
        out = {}
        for e, v in found.items():
            coarse = _coarse_type(v["types"])
            if coarse:
                name = min(str(n) for n in self.objects(e, "schema:name"))
                out[e] = {"type": coarse, "names": v["names"], "shown": v["shown"], "name": name, "label": f"{name} ({coarse})"}
        return out


def _text_order(record: dict) -> tuple[int, str]:
    """System records in text order, then by label: the store returns them in an order that changes from
    run to run, and the error lists that name several must not."""
    return (-1 if record["offset"] is None else record["offset"], record["label"])


def _gold_in_record(gold: list[dict], record: dict, part: str, field: str, holds_reason: str) -> list[str]:
    """The gold records nearest a false positive: those whose ``part`` (key, anchor) lies in the record's
    ``field`` first, then those of its sentence, in text order."""
    ranked = []
    for item in gold:
        holds = normalise_text(item[part]) in record[field]
        if holds or (item["sentence"] is not None and item["sentence"] == record["sentence"]):
            ranked.append((not holds, item["offset"], f"gold {item['label']}  [{holds_reason if holds else 'same sentence'}]"))
    return [r[-1] for r in sorted(ranked)[:NEAREST]]


def _tally(measure: str, system: list[dict], gold: list[dict], match: Callable[[dict, dict], bool],
           nearest: Callable[[dict], list[str]], nearest_gold: Callable[[dict], list[str]]) -> tuple[dict[str, Any], list[Finding]]:
    """Counts and errors of one measure: system items matching only optional gold are skipped; recall over required gold.
    ``nearest`` names the system records near a missed gold item, ``nearest_gold`` the gold items near a false positive."""
    tp_sys = n_sys = 0
    findings = []
    for item in system:
        hits = [g for g in gold if match(g, item)]
        if hits and all(h.get("optional") for h in hits):
            continue
        n_sys += 1
        tp_sys += bool(hits)
        if not hits:
            findings.append(Finding(measure, "false positive", system=item["label"], nearest=tuple(nearest_gold(item)),
                                    sentence=item["sentence"], offset=item["offset"]))
    required = [g for g in gold if not g.get("optional")]
    tp_gold = 0
    for g in required:
        if any(match(g, item) for item in system):
            tp_gold += 1
        else:
            findings.append(Finding(measure, "miss", gold=g["label"], nearest=tuple(nearest(g)), sentence=g["sentence"],
                                    offset=g["offset"]))
    return prf(tp_sys, n_sys, tp_gold, len(required)), findings


def score(gold: dict, graph: rdflib.Graph, text: str | None = None,
          sentence_bounds: list[tuple[int, int]] | None = None) -> dict[str, Any]:
    """Score one export (a graph) against one gold annotation; ``text`` adds the grounding check and the
    sentences of the errors (cut at ``sentence_bounds``, else at line breaks). The errors are under ``errors``."""
    return _Scoring(gold, graph, text, sentence_bounds).run()


class _Scoring:
    """One article's scoring: the system records read once, each measure matched once."""

    def __init__(self, gold: dict, graph: rdflib.Graph, text: str | None, bounds: list[tuple[int, int]] | None) -> None:
        self.gold = gold
        self.kb = _Reader(graph)
        self.text = text
        self.where = _Sentences(text or "", bounds)
        self.gold_entities = {e["id"]: e for e in gold.get("entities") or []}
        self.gold_names = {gid: {normalise_name(e["name"])} | {normalise_name(a) for a in e.get("aliases") or []}
                           for gid, e in self.gold_entities.items()}
        self.system_entities = self.kb.entities()

    def run(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        errors: dict[str, list[Finding]] = {}
        for name, measure in (("entities", self.entities), ("statements", self.statements),
                              ("sanctions", self.sanctions), ("events", self.events)):
            scores, findings = measure()
            result.update(scores if name == "statements" else {name: scores})
            for f in findings:
                errors.setdefault(f.measure, []).append(f)
        if self.text is not None:
            result["grounding"], errors["grounding"] = self.grounding()
        result["errors"] = {m: sorted(errors.get(m, []), key=lambda f: (f.offset, f.error, f.gold or "", f.system or ""))
                            for m in MEASURES if m in result}
        return result

    # --- labels and places, for the error lists ------------------------------------------------------------

    def sentence(self, offset: int) -> str | None:
        return self.where.at(offset)

    def placed(self, offset: int) -> dict[str, Any]:
        """The offset and its sentence, the two fields every compared item carries."""
        return {"offset": offset, "sentence": self.sentence(offset)}

    def gold_label(self, gid: str) -> str:
        e = self.gold_entities.get(gid)
        return e["name"] if e else str(gid)

    def gold_labels(self, gids: Iterable[str]) -> str:
        return ", ".join(self.gold_label(g) for g in gids) or "none"

    def system_label(self, node: Any) -> str:
        e = self.system_entities.get(node)
        return e["name"] if e else str(node).rsplit("/", 1)[-1]

    def system_labels(self, nodes: Iterable[Any]) -> str:
        return ", ".join(sorted(self.system_label(n) for n in nodes)) or "none"

    def gold_ids(self, node: Any) -> set[str]:
        if node not in self.system_entities:
            return set()
        return {gid for gid, names in self.gold_names.items() if names & self.system_entities[node]["names"]}

    # --- entities ------------------------------------------------------------------------------------------

    def entities(self) -> tuple[dict[str, Any], list[Finding]]:
        """One system node per gold entity: a second node for the same entity is a duplicate (wrong)."""
        gold_entities, system_entities = self.gold_entities, self.system_entities
        tp_sys = n_sys = duplicates = 0
        found: dict[str, Any] = {}
        findings = []
        ordered = sorted(system_entities.items(), key=lambda kv: (-max(map(len, kv[1]["names"] or {""})), str(kv[0])))
        for node, v in ordered:
            hits = {gid for gid in self.gold_ids(node) if gold_entities[gid]["type"] == v["type"]}
            if hits and all(gold_entities[h].get("optional") for h in hits):
                continue
            n_sys += 1
            offset = self.kb.start(node, "nkb:mention")
            if offset < 0:
                offset = self.where.first(v["shown"])
            if hits - found.keys():
                tp_sys += 1
                found.update({h: node for h in hits if h not in found})
            elif hits:
                duplicates += 1
                first = found[min(hits)]
                findings.append(Finding("entities", "duplicate", gold=self.gold_labels(sorted(hits)), system=v["label"],
                                        nearest=(system_entities[first]["label"],), sentence=self.sentence(offset),
                                        offset=offset))
            else:
                findings.append(Finding("entities", "false positive", system=v["label"],
                                        nearest=tuple(self.near_gold_entities(v)), sentence=self.sentence(offset),
                                        offset=offset))
        required = {gid for gid, e in gold_entities.items() if not e.get("optional")}
        for gid in sorted(required - found.keys()):
            e = gold_entities[gid]
            offset = self.where.first([e["name"], *(e.get("aliases") or [])])
            findings.append(Finding("entities", "miss", gold=f"{e['name']} ({e['type']})",
                                    nearest=tuple(self.near_system_entities(gid)), sentence=self.sentence(offset),
                                    offset=offset))
        out = prf(tp_sys, n_sys, len(found.keys() & required), len(required))
        out["duplicates"] = duplicates
        return out, findings

    def near_system_entities(self, gid: str) -> list[str]:
        """System entities with one of the gold names but another type, else sharing a capitalised word of a name."""
        e = self.gold_entities[gid]
        names, words = self.gold_names[gid], set().union(*map(_name_words, [e["name"], *(e.get("aliases") or [])]))
        candidates = []
        for v in self.system_entities.values():
            shared = len(words & set().union(*map(_name_words, v["shown"])))
            if v["names"] & names:
                candidates.append((0, 0, v["label"], f"{v['label']}  [same name, another type]"))
            elif shared:
                candidates.append((1, -shared, v["label"], f"{v['label']}  [shares a name word]"))
        return [c[-1] for c in sorted(candidates)[:NEAREST]]

    def near_gold_entities(self, v: dict) -> list[str]:
        """Gold entities with one of the system names but another type, else sharing a capitalised word of a name."""
        words = set().union(*map(_name_words, v["shown"]))
        candidates = []
        for gid, e in self.gold_entities.items():
            label = f"{e['name']} ({e['type']})"
            shared = len(words & set().union(*map(_name_words, [e["name"], *(e.get("aliases") or [])])))
            if self.gold_names[gid] & v["names"]:
                candidates.append((0, 0, label, f"gold {label}  [same name, another type]"))
            elif shared:
                candidates.append((1, -shared, label, f"gold {label}  [shares a name word]"))
        return [c[-1] for c in sorted(candidates)[:NEAREST]]

    # --- statements ----------------------------------------------------------------------------------------

    def statements(self) -> tuple[dict[str, Any], list[Finding]]:
        """A statement matches when its text holds the gold key; attributed also needs the speaker."""
        texts: dict[Any, Any] = {}
        for s, t in self.kb.rows("SELECT ?s ?t WHERE { ?s a nkb:Statement ; schema:text ?t }"):
            texts[s] = t
        system: list[dict[str, Any]] = []
        for s, t in texts.items():
            speakers = self.kb.objects(s, "nkb:speaker")
            speaker_texts = self.kb.objects(s, "nkb:speakerText")
            said_by = self.system_labels(speakers) if speakers else f"unnamed: {', '.join(sorted(map(str, speaker_texts)))}"
            system.append({
                "text": normalise_text(t),
                "speakers": set().union(*[self.gold_ids(x) for x in speakers]) if speakers else set(),
                "named": bool(speakers),
                "speaker_texts": {normalise_name(x) for x in speaker_texts},
                "label": f"“{_shorten(str(t))}” — {said_by}",
                **self.placed(self.kb.start(s, "nkb:evidence")),
            })
        system.sort(key=_text_order)
        gold_statements: list[dict[str, Any]] = []
        for gs in self.gold.get("statements") or []:
            said_by = self.gold_label(gs["speaker"]) if gs.get("speaker") else f"unnamed: {gs.get('speaker_text', '')}"
            gold_statements.append({**gs, "label": f"“{gs['key']}” — {said_by}", **self.placed(self.where.find(gs["key"]))})

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

        def nearest(gs: dict) -> list[str]:
            """Statements holding the key (the speaker was wrong), else in its sentence, else sharing half its words."""
            key, key_words = normalise_text(gs["key"]), _content_words(gs["key"])
            ranked = []
            for ss in system:
                overlap = len(key_words & _content_words(ss["text"]))
                same_sentence = ss["sentence"] is not None and ss["sentence"] == gs["sentence"]
                reason = ("holds the key" if key in ss["text"] else "same sentence" if same_sentence
                          else "shares words" if key_words and 2 * overlap >= len(key_words) else None)
                if reason:
                    ranked.append((key not in ss["text"], not same_sentence, -overlap, ss["offset"],
                                   f"{ss['label']}  [{reason}]"))
            return [r[-1] for r in sorted(ranked)[:NEAREST]]

        def nearest_gold(ss: dict) -> list[str]:
            """Gold statements whose key it holds (the speaker was wrong), else in its sentence."""
            return _gold_in_record(gold_statements, ss, "key", "text", "holds its key")

        detected, detected_errors = _tally("statements_detected", system, gold_statements, matches(False), nearest, nearest_gold)
        attributed, attributed_errors = _tally("statements_attributed", system, gold_statements, matches(True), nearest,
                                               nearest_gold)
        return ({"statements_detected": detected, "statements_attributed": attributed},
                detected_errors + attributed_errors)

    # --- sanctions -----------------------------------------------------------------------------------------

    def sanctions(self) -> tuple[dict[str, Any], list[Finding]]:
        """(imposer, target) pairs of imposed sanctions; the imposer may be any accepted id."""
        gold_pairs: list[dict[str, Any]] = []
        for sg in self.gold.get("sanctions") or []:
            imposers = set(sg["imposer"])
            for target in sg["targets"]:
                offset = self.where.first(self.entity_names([target]), beside=self.entity_names(sorted(imposers)))
                gold_pairs.append({"imposer": imposers, "target": target,
                                   "optional": bool(sg.get("optional") or sg.get("status") != "imposed"),
                                   "label": f"{self.gold_labels(sorted(imposers))} → {self.gold_label(target)}",
                                   **self.placed(offset)})
        system_pairs: dict[tuple[str, str], dict] = {}
        other_status: list[dict] = []
        for x, status in sorted(self.kb.rows("SELECT ?x ?st WHERE { ?x a nkb:Sanction . OPTIONAL { ?x nkb:status ?st } }"),
                                key=lambda row: (str(row[0]), str(row[1]))):
            imposed = status is None or _local_name(status) == "imposed"
            offset = self.kb.start(x, "nkb:evidence")
            for imposer in self.kb.objects(x, "nkb:imposedBy"):
                for target in self.kb.objects(x, "nkb:target"):
                    pair = {"imposer": self.gold_ids(imposer), "target": self.gold_ids(target),
                            "label": f"{self.system_label(imposer)} → {self.system_label(target)}",
                            **self.placed(offset)}
                    if imposed:
                        system_pairs.setdefault((str(imposer), str(target)), pair)
                    else:
                        other_status.append({**pair, "label": f"{pair['label']} ({_local_name(status)})"})
        system = list(system_pairs.values())

        def match(gp: dict, sp: dict) -> bool:
            return bool(sp["imposer"] & gp["imposer"]) and gp["target"] in sp["target"]

        def nearest(gp: dict) -> list[str]:
            """Pairs with the target (another imposer or status), else with one of the imposers."""
            ranked = [(gp["target"] not in sp["target"], sp["offset"],
                       f"{sp['label']}  [{'same target' if gp['target'] in sp['target'] else 'same imposer'}]")
                      for sp in system + other_status if gp["target"] in sp["target"] or sp["imposer"] & gp["imposer"]]
            return [r[-1] for r in sorted(ranked)[:NEAREST]]

        def nearest_gold(sp: dict) -> list[str]:
            """Gold pairs with its target (another imposer), else with its imposer."""
            ranked = [(gp["target"] not in sp["target"], gp["offset"],
                       f"gold {gp['label']}  [{'same target' if gp['target'] in sp['target'] else 'same imposer'}]")
                      for gp in gold_pairs if gp["target"] in sp["target"] or sp["imposer"] & gp["imposer"]]
            return [r[-1] for r in sorted(ranked)[:NEAREST]]

        return _tally("sanctions", system, gold_pairs, match, nearest, nearest_gold)

    def entity_names(self, gids: Iterable[str]) -> list[str]:
        names: list[str] = []
        for gid in gids:
            e = self.gold_entities.get(gid)
            names.extend([e["name"], *(e.get("aliases") or [])] if e else [])
        return names

    # --- events --------------------------------------------------------------------------------------------

    def events(self) -> tuple[dict[str, Any], list[Finding]]:
        """An event matches when its type is accepted and the gold anchor lies in its evidence."""
        system: list[dict[str, Any]] = []
        for (v,) in self.kb.rows("SELECT DISTINCT ?v WHERE { ?v a nkb:Event }"):
            participants: set[str] = set()
            for a in self.kb.objects(v, "nkb:actor|nkb:target"):
                participants |= self.gold_ids(a)
            types = {str(n).upper() for n in self.kb.objects(v, "nkb:eventType/skos:notation")}
            status = {_local_name(s) for s in self.kb.objects(v, "nkb:status")}
            system.append({
                "types": types,
                "evidence": normalise_text(" ".join(str(x) for x in self.kb.objects(v, "nkb:evidence/oa:hasSelector/oa:exact"))),
                "status": status,
                "participants": participants,
                "label": (f"{'/'.join(sorted(types))} ({', '.join(sorted(s or '' for s in status))})"
                          f" “{'/'.join(sorted(map(str, self.kb.objects(v, 'nkb:trigger'))))}”"
                          f" actors: {self.system_labels(self.kb.objects(v, 'nkb:actor'))};"
                          f" targets: {self.system_labels(self.kb.objects(v, 'nkb:target'))}"),
                **self.placed(self.kb.start(v, "nkb:evidence")),
            })
        system.sort(key=_text_order)
        gold_events: list[dict[str, Any]] = []
        for ge in self.gold.get("events") or []:
            gold_events.append({**ge, **self.placed(self.where.find(ge["anchor"])), "label": (
                f"{'/'.join(ge['types'])} ({ge['status']}) “{ge['anchor']}” actors: {self.gold_labels(ge.get('actors') or [])};"
                f" targets: {self.gold_labels(ge.get('targets') or [])}")})

        def match(ge: dict, se: dict) -> bool:
            return bool(se["types"] & set(ge["types"])) and normalise_text(ge["anchor"]) in se["evidence"]

        def nearest(ge: dict) -> list[str]:
            """Events holding the anchor with another type, else in its sentence, else of an accepted type elsewhere."""
            anchor, accepted = normalise_text(ge["anchor"]), set(ge["types"])
            ranked = []
            for se in system:
                holds = anchor in se["evidence"]
                same_sentence = se["sentence"] is not None and se["sentence"] == ge["sentence"]
                if holds or same_sentence or se["types"] & accepted:
                    reason = ("holds the anchor, another type" if holds else "same sentence" if same_sentence
                              else f"accepted type, elsewhere: {_shorten(se['sentence'] or '')}")
                    ranked.append((not holds, not same_sentence, se["offset"], f"{se['label']}  [{reason}]"))
            return [r[-1] for r in sorted(ranked)[:NEAREST]]

        def nearest_gold(se: dict) -> list[str]:
            """Gold events whose anchor lies in its evidence (so the type was wrong), else in its sentence."""
            return _gold_in_record(gold_events, se, "anchor", "evidence", "anchor in its evidence, another type")

        out, findings = _tally("events", system, gold_events, match, nearest, nearest_gold)
        matched = [(ge, [se for se in system if match(ge, se)]) for ge in gold_events if not ge.get("optional")]
        hit = [(ge, ms) for ge, ms in matched if ms]
        if hit:
            status_hits = actor_hits = 0
            for ge, ms in hit:
                shown = tuple(se["label"] for se in ms)
                if any(ge["status"] in se["status"] for se in ms):
                    status_hits += 1
                else:
                    findings.append(Finding("events", "wrong status", gold=ge["label"], system="; ".join(shown),
                                            sentence=ge["sentence"], offset=ge["offset"]))
                if any(set(ge.get("actors") or []) & se["participants"] for se in ms):
                    actor_hits += 1
                else:
                    findings.append(Finding("events", "wrong actors", gold=ge["label"], system="; ".join(shown),
                                            sentence=ge["sentence"], offset=ge["offset"]))
            out["status_acc"] = round(status_hits / len(hit), 3)
            out["actor_acc"] = round(actor_hits / len(hit), 3)
            out["status_hits"], out["actor_hits"] = status_hits, actor_hits
        return out, findings

    # --- grounding -----------------------------------------------------------------------------------------

    def grounding(self) -> tuple[dict[str, int], list[Finding]]:
        """Evidence spans whose offsets do not give back their exact text."""
        text = self.text or ""
        findings = []
        total = 0
        for _, span in self.kb.pairs("nkb:evidence"):  # a span two records cite is checked for each
            selectors = self.kb.objects(span, "oa:hasSelector")
            places = [(a, b) for p in selectors for a in self.kb.objects(p, "oa:start") for b in self.kb.objects(p, "oa:end")]
            for (a, b), x in itertools.product(places, [x for q in selectors for x in self.kb.objects(q, "oa:exact")]):
                total += 1
                if text[int(a):int(b)] != str(x):
                    findings.append(Finding("grounding", "ungrounded", system=f"[{int(a)}, {int(b)}) “{_shorten(str(x))}”",
                                            gold=f"the text there: “{_shorten(text[int(a):int(b)])}”",
                                            sentence=self.sentence(int(a)), offset=int(a)))
        return {"spans": total, "mismatched": len(findings)}, findings


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


# --- gold files and their articles ---------------------------------------------------------------------------


def load_gold(path: Path) -> dict:
    """A gold annotation, checked for the fields the scorer reads (a one-line error names the first one missing)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0]
        raise InputError(f"{path}: cannot read the gold annotation ({reason})", "give a YAML file in the gold format") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path}: not a gold annotation", "give a YAML mapping with entities/statements/…")
    for section, fields in GOLD_FIELDS.items():
        items = data.get(section) or []
        if not isinstance(items, list):
            raise InputError(f"{path}: {section} is not a list", "see the gold format")
        for number, item in enumerate(items, 1):
            missing = [f for f in fields if not isinstance(item, dict) or item.get(f) in (None, "")]
            if missing:
                raise InputError(f"{path}: {section} item {number} has no {missing[0]}", "see the gold format")
    return data


def _gold_files(folder: Path) -> list[Path]:
    files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    if not files:
        raise InputError(f"{folder}: no gold files (*.yaml, *.yml) in this folder", "give a folder of gold annotations")
    return files


def _named_article(gold_path: Path, texts: Path) -> Path:
    """The article a gold file annotates: the file its ``document:`` names, else the ``.txt`` of its stem."""
    document = load_gold(gold_path).get("document")
    article = texts / str(document) if document else texts / f"{gold_path.stem}.txt"
    if not article.is_file():
        named = f"its document: {document}" if document else f"{article.name} (it has no document: field)"
        raise InputError(f"{gold_path}: {named} is not in {texts}", "put the article there or give --texts DIR")
    return article


def pair_folder(folder: Path, texts: Path | None = None) -> list[tuple[Path, Path]]:
    """(gold, article) pairs for every gold file in a folder; the articles are in ``texts`` or beside the gold."""
    return [(g, _named_article(g, texts or folder)) for g in _gold_files(folder)]


def pair_gold(gold: Path, article: Path | None = None, texts: Path | None = None) -> list[tuple[Path, Path]]:
    """(gold, article) pairs from what the user named: a gold folder, or a gold file with or without its article."""
    if texts is not None and not texts.is_dir():
        raise InputError(f"{texts}: not a folder", "give --texts the folder that holds the articles")
    if gold.is_dir():
        if article is not None:
            raise InputError(f"{gold}: a folder takes no ARTICLE", "give the articles' folder with --texts DIR")
        return pair_folder(gold, texts)
    if not gold.is_file():
        raise InputError(f"{gold}: no such gold file or folder", "check the path")
    if article is None:
        return [(gold, _named_article(gold, texts or gold.parent))]
    if texts is not None:
        raise InputError("give either ARTICLE or --texts DIR, not both", "--texts is for finding articles by their names")
    document = load_gold(gold).get("document")
    if document and Path(str(document)).name != article.name:
        raise InputError(f"{gold}: annotates {document}, not {article.name}", "give the article its document: field names")
    return [(gold, article)]


def evaluate_pairs(pairs: list[tuple[Path, Path]], model: str | None = None) -> dict[str, Any]:
    """Extract each article, map it to RDF, score it against its gold, and pool the counts and the errors."""
    from .pipeline import extract_doc
    from .nlp.annotate import annotate, load_model
    from .rdf.mapping import to_graph
    from .reader import read_article

    nlp = load_model(model)
    per_article: dict[str, dict[str, Any]] = {}
    errors: dict[str, list[Finding]] = {}
    for gold_path, article_path in pairs:
        gold = load_gold(gold_path)
        article = read_article(article_path)
        doc = annotate(article, nlp)
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
        result = score(gold, to_graph([extract_doc(article, doc, nlp)]), article.text, bounds)
        for measure, findings in result.pop("errors").items():
            errors.setdefault(measure, []).extend(dataclasses.replace(f, article=article_path.name) for f in findings)
        per_article[str(article_path)] = result
    out = pool(per_article.values())
    out["per_article"] = per_article
    out["errors"] = {m: [f.as_dict() for f in errors.get(m, [])] for m in MEASURES if m in out}
    return out


# --- reports -------------------------------------------------------------------------------------------------


def select_measures(names: Iterable[str]) -> tuple[str, ...]:
    """Measures named in full or by a prefix ("statements" → both statement measures), in report order."""
    chosen: set[str] = set()
    for name in names:
        matching = [m for m in MEASURES if m == name or m.startswith(f"{name}_")]
        if not matching:
            raise InputError(f"unknown measure {name!r}", f"use one of {', '.join(MEASURES)} or statements")
        chosen.update(matching)
    return tuple(m for m in MEASURES if m in chosen)


def to_json_data(result: dict[str, Any], measures: Iterable[str] | None = MEASURES) -> dict[str, Any]:
    """The result with the error lists of ``measures`` only (none when ``measures`` is None)."""
    keep = set(measures or ())
    return {**result, "errors": {m: v for m, v in result.get("errors", {}).items() if m in keep}}


def to_text(result: dict[str, Any], measures: Iterable[str] | None = MEASURES) -> str:
    """A readable report: pooled scores per record kind, F1 per article, then the errors of ``measures``."""
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
    for measure in measures or ():
        if measure in result.get("errors", {}):
            lines.extend(_error_lines(measure, result["errors"][measure]))
    return "\n".join(lines) + "\n"


def _error_lines(measure: str, findings: list[dict[str, Any]]) -> list[str]:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f["error"]] = counts.get(f["error"], 0) + 1
    summary = ", ".join(f"{n} {error}" for error, n in counts.items()) or "no errors"
    lines = ["", f"== {measure}: {summary}"]
    article = None
    for f in findings:
        if f["article"] != article:
            article = f["article"]
            lines.append(f"-- {article}")
        lines.append(f"  {f['error'].upper()}: {f['gold'] if f['gold'] is not None else f['system']}")
        if f["gold"] is not None and f["system"] is not None:
            lines.append(f"      system: {f['system']}")
        for near in f["nearest"]:
            lines.append(f"      nearest: {near}")
        if f["error"] == "miss" and not f["nearest"]:
            lines.append("      nearest: none")
        if f["sentence"]:
            lines.append(f"      sentence: {f['sentence']}")
    return lines
