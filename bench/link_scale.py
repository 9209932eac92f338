"""Cost of `newskb link` as the corpus grows: time and peak memory for N synthetic exported articles.

    .venv/bin/python bench/link_scale.py 1000 10000

Each article names 15 entities drawn from a pool of people, organisations and
places written in several ways (accents, titles, initials, surnames, acronyms),
so the blocks look like a real corpus's. Linking blocks on normalised keys: the
cost should grow about linearly with the articles, never with their square.
"""
from __future__ import annotations

import random
import resource
import sys
import time

from newskb.ids import entity_key
from newskb.linking import decide, read_nodes
from newskb.models import Entity, Extraction
from newskb.rdf.mapping import to_triples
from newskb.rdf.serialize import ntriples
from newskb.reader import parse_article

FIRST = ["Anna", "Boris", "Carlos", "Dmitri", "Elena", "Farid", "Grace", "Hassan", "Ines", "Jorge", "Kemal", "Lena", "Mohammed", "Nadia", "Omar", "Petra"]
LAST = ["Ertuğrul", "Novak", "Silva", "Petrov", "Haddad", "Kowalski", "Okafor", "Tanaka", "Müller", "García", "Nguyen", "Rahman", "Özdemir", "Ivanova"]
ORG_WORDS = ["National", "Democratic", "Energy", "Maritime", "Defence", "People's", "Federal", "Trading", "Revolutionary", "Shipping"]
ORG_HEADS = ["Council", "Forces", "Company", "Front", "Agency", "Bank", "Party", "Ministry", "Group", "Authority"]


def person_forms(rng: random.Random) -> list[str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    plain = last.replace("ğ", "g").replace("ü", "u").replace("í", "i").replace("Ö", "O").replace("ö", "o")
    return [f"{first} {last}", f"{first} {plain}", last, f"{first[0]}. {last}", f"President {first} {last}"]


def org_forms(rng: random.Random) -> list[str]:
    words = [rng.choice(ORG_WORDS), rng.choice(ORG_WORDS), rng.choice(ORG_HEADS)]
    name = " ".join(words)
    return [name, "".join(w[0] for w in words).upper(), f"the {name}"]


def corpus(articles: int, seed: int = 7) -> list[Extraction]:
    rng = random.Random(seed)
    people = [person_forms(rng) for _ in range(articles // 4 + 50)]
    orgs = [org_forms(rng) for _ in range(articles // 8 + 30)]
    out = []
    for number in range(articles):
        entities = {}
        for _ in range(10):
            name = rng.choice(rng.choice(people))
            entities[entity_key("Person", name)] = Entity(key=entity_key("Person", name), name=name, type="Person")
        for _ in range(5):
            name = rng.choice(rng.choice(orgs)).removeprefix("the ")
            entities[entity_key("Organization", name)] = Entity(key=entity_key("Organization", name), name=name, type="Organization")
        out.append(Extraction(article=parse_article(f"Synthetic article {number}."), entities=tuple(entities.values())))
    return out


def main() -> None:
    import pyoxigraph as ox

    print("| articles | entity nodes | clusters | load s | link s | peak RSS MB |")
    print("|---:|---:|---:|---:|---:|---:|")
    for articles in map(int, sys.argv[1:] or ["1000", "10000"]):
        extractions = corpus(articles)
        start = time.perf_counter()
        store = ox.Store()
        store.bulk_load(input="".join(ntriples(to_triples([x])) for x in extractions).encode(), format=ox.RdfFormat.N_TRIPLES)
        loaded = time.perf_counter()
        nodes = read_nodes(store)
        clusters = decide(nodes)
        done = time.perf_counter()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"| {articles} | {len(nodes)} | {len(clusters)} | {loaded - start:.1f} | {done - loaded:.1f} | {peak:.0f} |")


if __name__ == "__main__":
    main()
