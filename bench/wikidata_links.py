"""How many entities of an annotated set newskb links to the right Wikidata item, and how many wrongly.

    .venv/bin/python bench/wikidata_links.py ../shared/eval/real

Each article is exported; `newskb link` runs over the whole set; an entity's Wikidata ID is the one
its node carries or the one the links give it (directly, or through its cluster's canonical node).
Gold entities are matched to system nodes by the scorer's rules (a name or alias and the type).
Prints: gold entities with a Wikidata ID, how many newskb links to that ID, and every wrong link.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from newskb.evaluate import _Scoring, load_gold, pair_folder
from newskb.export import export
from newskb.linking import link

WD = "http://www.wikidata.org/entity/"


def main(folder: Path) -> int:
    pairs = pair_folder(folder)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        export([article for _, article in pairs], formats=["nt"], output=out, per_article=True)
        links = Graph().parse(data=link([out]), format="turtle")
        qid_of: dict[URIRef, str] = {}
        for node, target in links.subject_objects(OWL.sameAs):
            if str(target).startswith(WD):
                qid_of[node] = str(target)[len(WD):]
        for canonical, member in links.subject_objects(OWL.sameAs):
            if not str(member).startswith(WD) and canonical in qid_of:
                qid_of[member] = qid_of[canonical]
        with_id = right = 0
        wrong: list[str] = []
        for gold_path, article in pairs:
            graph = Graph().parse(out / f"{article.stem}.nt", format="nt")
            scoring = _Scoring(load_gold(gold_path), graph, None, None)
            for node in scoring.system_entities:
                qids = {str(o)[len(WD):] for o in graph.objects(node, OWL.sameAs) if str(o).startswith(WD)}
                qids |= {qid_of[node]} if node in qid_of else set()
                for gid in scoring.gold_ids(node):
                    gold_qid = scoring.gold_entities[gid].get("wikidata")
                    if gold_qid and qids and gold_qid not in qids:
                        wrong.append(f"{article.name}: {scoring.system_entities[node]['label']} -> {sorted(qids)}, gold {gold_qid}")
            for gid, entity in scoring.gold_entities.items():
                if not entity.get("wikidata"):
                    continue
                with_id += 1
                nodes = [n for n in scoring.system_entities if gid in scoring.gold_ids(n)]
                if any(entity["wikidata"] in ({str(o)[len(WD):] for o in graph.objects(n, OWL.sameAs)} | {qid_of.get(n)}) for n in nodes):
                    right += 1
    print(f"gold entities with a Wikidata ID: {with_id}; linked to the right ID: {right} ({right / max(with_id, 1):.1%})")
    print(f"wrong links: {len(wrong)}")
    for line in wrong:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/real")))
