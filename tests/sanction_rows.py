"""Scoring shared by the sanction passage sets: the system's (status, imposer, target) pairs with
every name of each entity, how a pair matches an expected record, the pair score the project's scorer
uses, and strict-xfail marks for the passages a round leaves."""
from __future__ import annotations

import pytest

from newskb.pipeline import extract

#: The statuses as the rows write them.
I, P, T, L = "Imposed", "Proposed", "Threatened", "Lifted"


def release(headline: str, body: str) -> str:
    """A government release as newskb reads an article file: a date line, the headline, the body."""
    return f"date 2026-03-02\n{headline}\n\n{body}\n"


def accepted(imposer) -> frozenset[str]:
    return frozenset((imposer,) if isinstance(imposer, str) else imposer)


def system_records(text: str) -> set[tuple[str, frozenset[str], frozenset[str]]]:
    """(status, imposer's names, target's names) per pair: an entity answers to its name and its
    alternate names, as in the project's scorer."""
    x = extract(text)
    names = {e.key: frozenset((e.name, *e.alternate_names)) for e in x.entities}
    return {(s.status, names[i], names[t]) for s in x.sanctions for i in s.imposed_by for t in s.targets}


def matches(record, expected) -> bool:
    status, imposer, target = record
    return status == expected[0] and expected[2] in target and bool(imposer & accepted(expected[1]))


def score(rows) -> dict[str, float]:
    """Imposed-pair precision/recall as the project's scorer counts them (a system pair matching a
    non-imposed or optional record is neither right nor wrong), and the share of expected records of
    any status found with their status."""
    tp_sys = n_sys = tp_gold = n_gold = status_hits = n_records = 0
    for text, expected, optional in rows:
        found = system_records(text)
        gold = [e for e in expected if e[0] == I]
        loose = [e for e in expected | optional if e[0] != I] + [e for e in optional if e[0] == I]
        for r in found:
            if r[0] != I:
                continue
            hit = any(matches(r, g) for g in gold)
            if not hit and any(r[1] & accepted(o[1]) and o[2] in r[2] for o in loose):
                continue
            n_sys += 1
            tp_sys += hit
        n_gold += len(gold)
        tp_gold += sum(any(matches(r, g) for r in found) for g in gold)
        n_records += len(expected)
        status_hits += sum(any(matches(r, e) for r in found) for e in expected)
    precision = tp_sys / n_sys if n_sys else 1.0
    recall = tp_gold / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "records": status_hits / n_records}


def gap(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


def marked(rows, gaps: dict) -> list:
    """The rows as parameters, each a strict xfail with its cause where a phrase of ``gaps`` is in it."""
    return [pytest.param(*row, marks=[m for phrase, m in gaps.items() if phrase in row[0]]) for row in rows]


def by_rule(tables: dict[str, list]) -> list:
    """The rows of a file's rule tables as one parameter list, each row named by its rule and place
    (a row already a ``pytest.param`` keeps its marks)."""
    rows = []
    for rule, table in tables.items():
        for i, row in enumerate(table):
            values, marks = (row.values, row.marks) if hasattr(row, "marks") else (row, ())
            rows.append(pytest.param(*values, marks=marks, id=f"{rule}-{i}"))
    return rows


def assert_records(text: str, expected: set, optional: set) -> None:
    """The passage yields every expected record, and nothing neither expected nor optional."""
    found = system_records(text)
    missing = [e for e in expected if not any(matches(r, e) for r in found)]
    unexpected = [r for r in found if not any(matches(r, e) for e in expected | optional)]
    assert not missing and not unexpected, (missing, unexpected)
