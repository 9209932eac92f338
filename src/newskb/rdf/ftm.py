"""FollowTheMoney export of sanctions, for OpenSanctions users.

Each sanction becomes an FtM ``Sanction`` entity (``authority``, ``entity``, ``program``,
``startDate``, ``sourceUrl``) and each target a ``LegalEntity`` (``Person`` / ``Organization``
when the type is known). Predicates follow FtM's own RDF export: the namespace
``https://schema.followthemoney.tech/#`` with ``Schema:property`` names, each property named
under the schema that defines it (``Interval:startDate``, ``Thing:name``).
"""
from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import XSD

from ..models import Entity, Extraction, Sanction
from .mapping import Minter

FTM = Namespace("https://schema.followthemoney.tech/#")
SCHEMATA = {"Person": "Person", "Organization": "Organization", "Place": "LegalEntity"}
PROPERTIES = {
    "name": FTM["Thing:name"],
    "wikidataId": FTM["LegalEntity:wikidataId"],
    "authority": FTM["Sanction:authority"],
    "entity": FTM["Sanction:entity"],
    "program": FTM["Sanction:program"],
    "status": FTM["Sanction:status"],
    "startDate": FTM["Interval:startDate"],
    "sourceUrl": FTM["Interval:sourceUrl"],
    "summary": FTM["Interval:summary"],
}


def _target(graph: Graph, minter: Minter, entity: Entity) -> URIRef:
    node = minter.entity(entity.key)
    graph.add((node, RDF.type, FTM[SCHEMATA[entity.type]]))
    graph.add((node, PROPERTIES["name"], Literal(entity.name)))
    if entity.wikidata:
        graph.add((node, PROPERTIES["wikidataId"], Literal(entity.wikidata)))
    return node


def _add_sanction(graph: Graph, minter: Minter, extraction: Extraction, sanction: Sanction,
                  entities: dict[str, Entity]) -> None:
    article = extraction.article
    node = minter.record("ftm-sanction", article, sanction)
    graph.add((node, RDF.type, FTM.Sanction))
    for key in sanction.imposed_by:
        graph.add((node, PROPERTIES["authority"], Literal(entities[key].name)))
    for key in sanction.targets:
        graph.add((node, PROPERTIES["entity"], _target(graph, minter, entities[key])))
    if sanction.program:
        graph.add((node, PROPERTIES["program"], Literal(sanction.program)))
    graph.add((node, PROPERTIES["status"], Literal(sanction.status.lower())))
    start = sanction.date or (article.date_published if sanction.status == "Imposed" else None)
    if start:
        graph.add((node, PROPERTIES["startDate"], Literal(str(start), datatype=XSD.date if len(str(start)) == 10 else None)))
    if article.source and "://" in article.source:
        graph.add((node, PROPERTIES["sourceUrl"], Literal(article.source)))
    graph.add((node, PROPERTIES["summary"], Literal(sanction.evidence.exact)))


def to_ftm_graph(extractions: Iterable[Extraction] | Extraction, base: str | None = None) -> Graph:
    """The sanctions of the given extractions as FollowTheMoney entities in RDF."""
    if isinstance(extractions, Extraction):
        extractions = [extractions]
    minter = Minter(base) if base else Minter()
    graph = Graph()
    graph.bind("ftm", FTM)
    for schema in ("Thing", "LegalEntity", "Sanction", "Interval"):
        graph.bind(f"ftm{schema.lower()}", FTM[f"{schema}:"])
    for extraction in extractions:
        entities = {e.key: e for e in extraction.entities}
        for sanction in extraction.sanctions:
            _add_sanction(graph, minter, extraction, sanction, entities)
    return graph
