"""FollowTheMoney entities as JSON lines, the form the FtM tools read (ftm CLI, Aleph, nomenklatura, yente).

Each sanction becomes a ``Sanction`` entity and every entity it names (target or
imposer) a ``Person``, ``Organization``, ``Company``, ``PublicBody`` or
``Territory``, built with the ``followthemoney`` library so that every value is
checked against the FtM model. FtM ids are derived from newskb's IRIs with
FtM's own ``make_id`` (a SHA-1 of the IRI), so the same entity gets the same id
in every export and merges in FtM stores as it does in RDF.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..models import Entity, Extraction, Sanction
from ..rdf.mapping import Minter

# newskb type (and finer class) -> FtM schema
SCHEMA_OF_SUBTYPE = {
    "Corporation": "Company",
    "NewsMediaOrganization": "Company",
    "GovernmentOrganization": "PublicBody",
    "Country": "Territory",
    "State": "Territory",
    "AdministrativeArea": "Territory",
    "City": "Territory",
}
SCHEMA_OF_TYPE = {"Person": "Person", "Organization": "Organization", "Place": "Territory"}


def ftm_id(iri: str) -> str:
    """The FtM id of a newskb node: FtM's ``make_id`` over the IRI (valid in every FtM tool)."""
    from followthemoney.util import make_entity_id

    return make_entity_id("newskb", iri)


def _date(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


class _Builder:
    def __init__(self, minter: Minter) -> None:
        from followthemoney import model

        self.model = model
        self.minter = minter
        self.entities: dict[str, Any] = {}

    def entity(self, entity: Entity) -> str:
        iri = str(self.minter.entity(entity.key))
        made = self.model.make_entity(SCHEMA_OF_SUBTYPE.get(entity.subtype or "", SCHEMA_OF_TYPE[entity.type]))
        made.id = ftm_id(iri)
        made.add("name", entity.name)
        made.add("alias", [name for name in entity.alternate_names if name != entity.name])
        if entity.wikidata:
            made.add("wikidataId", entity.wikidata)
        if made.id in self.entities:
            self.entities[made.id].merge(made)
        else:
            self.entities[made.id] = made
        return made.id

    def sanction(self, extraction: Extraction, sanction: Sanction, by_key: dict[str, Entity]) -> None:
        article = extraction.article
        made = self.model.make_entity("Sanction")
        made.id = ftm_id(str(self.minter.record("sanction", article, sanction)))
        for key in sanction.targets:
            made.add("entity", self.entity(by_key[key]))
        for key in sanction.imposed_by:
            self.entity(by_key[key])
            made.add("authority", by_key[key].name)
        made.add("status", sanction.status.lower())
        made.add("program", sanction.program)
        made.add("summary", sanction.evidence.exact)
        made.add("reason", sanction.sector and f"sector: {sanction.sector}")
        if sanction.date:
            made.add("startDate" if sanction.status == "Imposed" else "date", _date(sanction.date))
        elif sanction.status == "Imposed" and article.date_published:
            made.add("date", article.date_published.isoformat())  # reported on, at the latest
        made.add("sourceUrl", article.url)
        self.entities[made.id] = made


def to_ftm_entities(extractions: Iterable[Extraction] | Extraction, base: str | None = None) -> list[dict[str, Any]]:
    """The sanctions of the extractions and the entities they name, as FtM entity dicts sorted by id."""
    if isinstance(extractions, Extraction):
        extractions = [extractions]
    builder = _Builder(Minter(base) if base else Minter())
    for extraction in extractions:
        by_key = {e.key: e for e in extraction.entities}
        for sanction in extraction.sanctions:
            builder.sanction(extraction, sanction, by_key)
    return [builder.entities[key].to_dict() for key in sorted(builder.entities)]


def ftm_json_lines(extractions: Iterable[Extraction] | Extraction, base: str | None = None) -> str:
    """One FtM entity per line, properties sorted, so the same input gives the same bytes."""
    lines = []
    for entity in to_ftm_entities(extractions, base):
        entity["properties"] = {k: sorted(v) for k, v in sorted(entity["properties"].items())}
        lines.append(json.dumps(entity, ensure_ascii=False, sort_keys=True))
    return "".join(line + "\n" for line in lines)
