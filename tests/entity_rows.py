"""The scoring scaffold of the entity paragraph sets (test_entities_official_texts.py,
test_entities_wikinews_gov.py): gold rows, counting as score.py counts a knowledge base (a system
node matches when one of its names equals a gold name or alias and the type agrees; a second node for
the same gold entity counts as wrong), and the per-paragraph test parameters with their known gaps."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pytest

P, O, L = "Person", "Organization", "Place"


@dataclass(frozen=True)
class Gold:
    """One gold entity: canonical name, type, other surface forms, and whether finding it is optional."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    optional: bool = False


def E(name: str, kind: str, *aliases: str) -> Gold:
    return Gold(name, kind, aliases)


def Opt(name: str, kind: str, *aliases: str) -> Gold:
    return Gold(name, kind, aliases, optional=True)


@dataclass(frozen=True)
class Paragraph:
    id: str
    text: str
    gold: tuple[Gold, ...]


def para(pid: str, text: str, *gold: Gold) -> Paragraph:
    return Paragraph(pid, text, gold)


def norm(s: str) -> str:
    """score.py's name normalisation: NFKC, straight quotes, no leading 'the' or trailing 's, lower case."""
    s = unicodedata.normalize("NFKC", str(s))
    s = s.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                                   "\u2013": "-", "\u2014": "-"}))
    s = s.replace('"', "")
    s = re.sub(r"^(the)\s+", "", s.strip(), flags=re.I)
    s = re.sub(r"'s$", "", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def score_paragraph(paragraph: Paragraph, entities) -> dict:
    """Counts as score.py makes them, with the system nodes that were wrong and the gold ones missed."""
    gold_names = [{norm(g.name)} | {norm(a) for a in g.aliases} for g in paragraph.gold]
    nodes = [(e, {norm(e.name)} | {norm(a) for a in e.alternate_names}) for e in entities]
    nodes.sort(key=lambda n: (-max(len(x) for x in n[1]), n[0].name))
    tp_sys = n_sys = 0
    found: set[int] = set()
    wrong = []
    for entity, names in nodes:
        hits = {i for i, g in enumerate(paragraph.gold) if gold_names[i] & names and g.type == entity.type}
        if hits and all(paragraph.gold[i].optional for i in hits):
            continue
        n_sys += 1
        if hits - found:
            tp_sys += 1
            found |= hits
        else:
            wrong.append(f"{entity.name} ({entity.type})" + (" duplicate" if hits else ""))
    required = {i for i, g in enumerate(paragraph.gold) if not g.optional}
    missed = [f"{paragraph.gold[i].name} ({paragraph.gold[i].type})" for i in sorted(required - found)]
    return {"tp_sys": tp_sys, "sys": n_sys, "tp_gold": len(required & found), "gold": len(required),
            "wrong": wrong, "missed": missed}


def pooled(scores: list[dict]) -> tuple[float, float, float]:
    tp_sys, n_sys = sum(s["tp_sys"] for s in scores), sum(s["sys"] for s in scores)
    tp_gold, n_gold = sum(s["tp_gold"] for s in scores), sum(s["gold"] for s in scores)
    p, r = tp_sys / n_sys, tp_gold / n_gold
    return p, r, 2 * p * r / (p + r)


def paragraph_params(paragraphs: list[Paragraph], xfail: dict[str, str]) -> list:
    """One parameter per paragraph, by its id; a known gap as a strict xfail with its cause."""
    return [pytest.param(p, id=p.id, marks=[pytest.mark.xfail(strict=True, reason=xfail[p.id])] if p.id in xfail
                         else []) for p in paragraphs]


class ScoredParagraphSet:
    """The checks every set of entity paragraphs makes, inherited by a ``Test…`` class per set that names
    its PARAGRAPHS, the known gaps (XFAIL: paragraph id → cause), how many paragraphs from the start are
    scored as the set (SCORED; rule sentences may follow) and its FLOORS (precision, recall): every
    paragraph gives its entities and nothing else, but for the known gaps, and the set keeps its level."""

    PARAGRAPHS: list[Paragraph]
    XFAIL: dict[str, str]
    SCORED: int
    FLOORS: tuple[float, float]

    def pytest_generate_tests(self, metafunc):
        if metafunc.function.__name__ == "test_paragraph_entities":
            metafunc.parametrize("paragraph", paragraph_params(self.PARAGRAPHS, self.XFAIL))

    @pytest.fixture(scope="class")
    @classmethod
    def set_scores(cls, extract_text):
        return {p.id: score_paragraph(p, extract_text(p.text).entities) for p in cls.PARAGRAPHS}

    def test_paragraph_entities(self, set_scores, paragraph):
        score = set_scores[paragraph.id]
        assert not score["wrong"] and not score["missed"], score

    def test_the_set_keeps_its_level(self, set_scores):
        p, r, _ = pooled([set_scores[p.id] for p in self.PARAGRAPHS[:self.SCORED]])
        assert p >= self.FLOORS[0] and r >= self.FLOORS[1], (p, r)
