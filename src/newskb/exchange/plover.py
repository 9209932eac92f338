"""PLOVER event records as JSON lines, the interchange form of the PLOVER specification.

One record per event with the specification's field names (PLOVER manual,
"JSON Data Fields"): ``id``, ``date``, ``source`` / ``actor`` and ``recipient``
(lists of actor objects whose ``identifier_id`` is the Wikidata ID, as the
manual asks), ``event`` (the PLOVER category), ``event_loc``, ``event_text``,
``text_info`` (character offsets of each reporting sentence) and ``cite_info``.
PLOVER has no field for whether an event happened, so newskb adds ``status``
(occurred, planned, cancelled, hypothetical, negated) and ``date_precision``.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .. import __version__
from ..models import Entity, Event, Extraction
from ..rdf.mapping import Minter

CODEBOOK = "plover-base-0.7"
QUAD = {  # the manual's quad categories: 1 verbal and 2 material cooperation, 3 verbal and 4 material conflict
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def _precision(value: Any) -> str:
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return {4: "year", 7: "month"}.get(len(text), "day")


def _actor(entity: Entity, minter: Minter) -> dict[str, Any]:
    record: dict[str, Any] = {
        "actor_text": entity.mentions[0].exact if entity.mentions else entity.name,
        "entity_text": entity.name,
        "identifier_text": entity.name,
        "entity_type": entity.type,
        "iri": str(minter.entity(entity.key)),
    }
    if entity.wikidata:
        record["identifier_id"] = entity.wikidata
    return record


def _record(extraction: Extraction, event: Event, minter: Minter, by_key: dict[str, Entity]) -> dict[str, Any]:
    article = extraction.article
    actors = [_actor(by_key[key], minter) for key in event.actors]
    record: dict[str, Any] = {
        "id": str(minter.record("event", article, event)),
        "event": [event.event_type],
        "quad_code": QUAD[event.event_type],
        "source": actors,
        "actor": actors,
        "recipient": [_actor(by_key[key], minter) for key in event.targets],
        "status": event.status.lower(),
        "event_text": [span.exact for span in event.evidence],
        "trigger": event.trigger,
        "text_info": [{"sequence": i, "start": span.start, "end": span.end} for i, span in enumerate(event.evidence)],
        "cite_info": {
            "citation": str(minter.article(article)),
            "corpus": article.source,
            "url": article.url,
            "title": article.headline,
            "language": "en",
            "coder": f"newskb {__version__}",
            "codebook": CODEBOOK,
        },
        "coder": f"newskb {__version__}",
    }
    if event.date:
        record["date"] = event.date.isoformat() if hasattr(event.date, "isoformat") else str(event.date)
        record["date_precision"] = _precision(event.date)
    elif article.date_published:  # the report's date: the latest the event can be
        record["date"] = article.date_published.isoformat()
        record["date_precision"] = "publication"
    if event.place:
        place = by_key[event.place]
        record["event_loc"] = {"name": place.name, **({"identifier_id": place.wikidata} if place.wikidata else {})}
    record["cite_info"] = {k: v for k, v in record["cite_info"].items() if v is not None}
    return record


def plover_records(extractions: Iterable[Extraction] | Extraction, base: str | None = None) -> list[dict[str, Any]]:
    """Every event of the extractions as a PLOVER record, in article and then text order."""
    if isinstance(extractions, Extraction):
        extractions = [extractions]
    minter = Minter(base) if base else Minter()
    records = []
    for extraction in extractions:
        by_key = {e.key: e for e in extraction.entities}
        for event in sorted(extraction.events, key=lambda e: (e.evidence[0].start, e.event_type, e.trigger)):
            records.append(_record(extraction, event, minter, by_key))
    return records


def plover_json_lines(extractions: Iterable[Extraction] | Extraction, base: str | None = None) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in plover_records(extractions, base))
