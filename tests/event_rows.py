"""The scoring scaffold of the event sets written blind to the rules (test_events_wire_clauses.py,
test_events_gov_readouts.py): gold rows, the system's events as the evaluator sees them, the
evaluator's measures, and the parameters of the per-passage tests with their known gaps."""
from __future__ import annotations

import re
from typing import NamedTuple

import pytest

OCC, PLAN, HYP, NEG, CANC = "Occurred", "Planned", "Hypothetical", "Negated", "Cancelled"

Passages = list[tuple[str, list["Gold"]]]


class Gold(NamedTuple):
    types: tuple[str, ...]
    status: str
    anchor: str
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    optional: bool = False


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u2019", "'")).strip().lower()


def system_events(nlp, texts: list[str]) -> dict[str, list[dict]]:
    """Each text's events as the scorer sees them: type, status, evidence, names of actors and targets."""
    from newskb.nlp.annotate import annotate_many
    from newskb.pipeline import extract_doc
    from newskb.reader import parse_article

    out: dict[str, list[dict]] = {}
    for doc, article in annotate_many([parse_article(t) for t in texts], nlp, batch_size=64):
        extraction = extract_doc(article, doc, nlp)
        names = {e.key: {norm(e.name), *map(norm, e.alternate_names)} for e in extraction.entities}

        def named(keys) -> set[str]:
            return set().union(set(), *(names.get(k, {k}) for k in keys))

        out[article.text] = [{"type": e.event_type, "status": e.status, "trigger": e.trigger,
                              "evidence": norm(" ".join(s.exact for s in e.evidence)),
                              "actors": named(e.actors), "targets": named(e.targets),
                              "names": named(e.actors) | named(e.targets)}
                             for e in extraction.events]
    return out


def event_records(nlp, texts, names: bool = True) -> dict:
    """Each text's event records, with actors and targets by entity name ("Kenya"), or, with
    ``names=False``, by the entity keys the export writes ("place/Kenya")."""
    from newskb.nlp.annotate import annotate_many
    from newskb.pipeline import extract_doc
    from newskb.reader import parse_article

    out = {}
    for doc, article in annotate_many([parse_article(t) for t in sorted(set(texts))], nlp):
        extraction = extract_doc(article, doc, nlp)
        if not names:
            out[article.text] = list(extraction.events)
            continue
        name = {e.key: e.name for e in extraction.entities}
        out[article.text] = [e.model_copy(update={"actors": tuple(name.get(k, k) for k in e.actors),
                                                  "targets": tuple(name.get(k, k) for k in e.targets)})
                             for e in extraction.events]
    return out


def typed_events(extract_text, text: str) -> set[tuple[str, str]]:
    """(type, trigger) of every event found in the text."""
    return {(e.event_type, e.trigger) for e in extract_text(text).events}


def assert_typed(records: list, event_type: str, status: str | None = None, trigger: str = "") -> list:
    """Among a text's event records, one of the type (its trigger containing ``trigger``) with the
    status (any, when None); the records found."""
    found = [e for e in records if e.event_type == event_type and trigger in e.trigger]
    assert found, [(e.event_type, e.trigger, e.status) for e in records]
    assert status is None or status in {e.status for e in found}, [(e.event_type, e.trigger, e.status) for e in found]
    return found


def assert_not_typed(records: list, event_type: str) -> None:
    """No event record of the type among a text's records."""
    assert event_type not in {e.event_type for e in records}, [(e.event_type, e.trigger) for e in records]


def sentence_tests(reports: list[tuple[str, str, str]], not_reported: list[tuple[str, str]], more: set[str] = frozenset()):
    """The tests of a file of sentence rows, for its module to bind: a module-wide ``events_by_sentence``
    fixture (the records of every sentence of ``reports``, ``not_reported`` and ``more``), a test that each
    (type, status, sentence) report is found, and a test that each (type, sentence) is not."""

    @pytest.fixture(scope="module")
    def events_by_sentence(nlp):
        return event_records(nlp, {s for *_, s in reports} | {s for _, s in not_reported} | set(more))

    @pytest.mark.parametrize(("event_type", "status", "sentence"), reports)
    def test_sentence_reports(events_by_sentence, event_type, status, sentence):
        assert_typed(events_by_sentence[sentence], event_type, status)

    @pytest.mark.parametrize(("event_type", "sentence"), not_reported)
    def test_sentence_does_not_report(events_by_sentence, event_type, sentence):
        assert_not_typed(events_by_sentence[sentence], event_type)

    return events_by_sentence, test_sentence_reports, test_sentence_does_not_report


def matches(gold: Gold, found: dict) -> bool:
    """FORMAT.md: an accepted type, and the anchor inside the event's evidence."""
    return found["type"] in gold.types and norm(gold.anchor) in found["evidence"]


def _any_named(wanted: tuple[str, ...], hits: list[dict], field: str) -> bool:
    return any({norm(n) for n in wanted} & f[field] for f in hits)


def score(passages: Passages, negatives: list[str], events: dict[str, list[dict]]) -> dict[str, float]:
    """The evaluator's event measures pooled over a set (optional events neither count nor cost),
    with two stricter ones beside them: a gold actor among the event's actors, a gold target among
    its targets."""
    tp_sys = n_sys = tp_gold = n_gold = status_ok = 0
    actor_ok = actor_role_ok = with_actors = target_ok = with_targets = 0
    for text, golds in passages + [(t, []) for t in negatives]:
        for found in events[text]:
            hits = [g for g in golds if matches(g, found)]
            if hits and all(h.optional for h in hits):
                continue
            n_sys += 1
            tp_sys += bool(hits)
        for gold in (g for g in golds if not g.optional):
            n_gold += 1
            hit = [f for f in events[text] if matches(gold, f)]
            tp_gold += bool(hit)
            status_ok += any(f["status"] == gold.status for f in hit)
            if hit and gold.actors:
                with_actors += 1
                actor_ok += _any_named(gold.actors, hit, "names")
                actor_role_ok += _any_named(gold.actors, hit, "actors")
            if hit and gold.targets:
                with_targets += 1
                target_ok += _any_named(gold.targets, hit, "targets")
    precision, recall = tp_sys / n_sys, tp_gold / n_gold
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall),
            "status": status_ok / tp_gold, "actor": actor_ok / with_actors,
            "actor_role": actor_role_ok / max(with_actors, 1), "target": target_ok / max(with_targets, 1)}


def check_rows(passages: Passages, negatives: list[str], missed: dict[str, str], false_alarms: dict[str, str],
               min_required: int) -> None:
    """The set covers every PLOVER type, every anchor is in its passage, every known gap names a row."""
    from newskb.models import PLOVER_TYPES

    required = [g for _, golds in passages for g in golds if not g.optional]
    assert {t for g in required for t in g.types} == set(PLOVER_TYPES)
    assert len(required) >= min_required and len(negatives) >= 25
    anchors = {g.anchor for g in required}
    assert all(any(key in a for a in anchors) or key in {t for t, _ in passages} for key in missed)
    assert all(g.anchor in text for text, golds in passages for g in golds)
    assert set(false_alarms) <= set(negatives)


def required_rows(passages: Passages, missed: dict[str, str]) -> list:
    """(text, gold) of every required event; a known gap (its key in the anchor, or the whole text) is a
    strict xfail."""
    rows = []
    for text, golds in passages:
        for gold in (g for g in golds if not g.optional):
            why = next((why for key, why in missed.items() if key in gold.anchor or key == text), None)
            xfail = pytest.mark.xfail(strict=True, reason=why)
            rows.append(pytest.param(text, gold, marks=xfail) if why else (text, gold))
    return rows


def negative_rows(negatives: list[str], false_alarms: dict[str, str]) -> list:
    """Texts that report no event; a known false alarm as a strict xfail."""
    return [pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=false_alarms[t])) if t in false_alarms else t
            for t in negatives]


def assert_reported(events: dict[str, list[dict]], text: str, gold: Gold) -> None:
    """The passage reports the gold event (type, status, actors as ``matches`` reads them)."""
    assert any(matches(gold, f) for f in events[text]), [(f["type"], f["trigger"]) for f in events[text]]


def assert_quiet(events: dict[str, list[dict]], text: str) -> None:
    """A negative reports no event at all."""
    assert not events[text], [(f["type"], f["trigger"]) for f in events[text]]


class ScoredEventSet:
    """The checks every event set written blind to the rules makes, inherited by a ``Test…`` class per
    set that names its PASSAGES and NEGATIVES, its known gaps (MISSED, FALSE_ALARMS: key → cause), the
    required events it holds at least (MIN_REQUIRED) and its FLOORS (measure → lowest level): the set
    covers every PLOVER type and keeps its level, and every required event is reported and every
    negative quiet but for the known gaps (strict xfails)."""

    PASSAGES: Passages
    NEGATIVES: list[str]
    MISSED: dict[str, str]
    FALSE_ALARMS: dict[str, str]
    MIN_REQUIRED: int
    FLOORS: dict[str, float]

    def pytest_generate_tests(self, metafunc):
        if metafunc.function.__name__ == "test_passage_reports_event":
            metafunc.parametrize(("text", "gold"), required_rows(self.PASSAGES, self.MISSED))
        elif metafunc.function.__name__ == "test_negative_reports_no_event":
            metafunc.parametrize("text", negative_rows(self.NEGATIVES, self.FALSE_ALARMS))

    @pytest.fixture(scope="class")
    @classmethod
    def events(cls, nlp):
        return system_events(nlp, [t for t, _ in cls.PASSAGES] + cls.NEGATIVES)

    def test_set_covers_every_plover_type(self):
        check_rows(self.PASSAGES, self.NEGATIVES, self.MISSED, self.FALSE_ALARMS, min_required=self.MIN_REQUIRED)

    def test_event_measures_hold_their_level(self, events):
        measures = score(self.PASSAGES, self.NEGATIVES, events)
        assert all(measures[m] >= floor for m, floor in self.FLOORS.items()), (self.FLOORS, measures)

    def test_passage_reports_event(self, events, text, gold):
        assert_reported(events, text, gold)

    def test_negative_reports_no_event(self, events, text):
        assert_quiet(events, text)
