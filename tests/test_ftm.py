"""FollowTheMoney export of sanctions."""
from __future__ import annotations

from rdflib import RDF

from newskb.extract import extract
from newskb.rdf.ftm import FTM, to_ftm_graph


def test_sanction_entities():
    x = extract("date 2025-10-22\n\nThe United States imposed sanctions on Rosneft under Executive Order 14024.")
    graph = to_ftm_graph([x])
    (sanction,) = list(graph.subjects(RDF.type, FTM.Sanction))
    assert {str(o) for o in graph.objects(sanction, FTM["Sanction:authority"])} == {"United States"}
    (target,) = list(graph.objects(sanction, FTM["Sanction:entity"]))
    assert str(graph.value(target, FTM["Thing:name"])) == "Rosneft"
    assert str(graph.value(sanction, FTM["Sanction:program"])) == "Executive Order 14024"
    assert str(graph.value(sanction, FTM["Interval:startDate"])) == "2025-10-22"
    assert "ns1:" not in graph.serialize(format="turtle")


def test_deterministic():
    x = extract("The European Union imposed sanctions on Belarus.")
    assert to_ftm_graph([x]).serialize(format="nt") == to_ftm_graph([x]).serialize(format="nt")
