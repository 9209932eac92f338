"""Write the ontology, the JSON-LD context and the structural shapes from the declaration.

``python -m newskb.rdf.generate`` rewrites the three files; ``--check`` only
says which are stale (exit 1). They are committed rather than built at import
time because they are published documents other tools read as files (SHACL
engines, JSON-LD processors, readers of the repository and of the wheel), and
so that a change to the declaration shows its effect in review; a test fails
when they are stale.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from rdflib import Literal

from .declaration import Declaration, DeclarationError, FieldMap, Kind, declaration

GENERATED = "Generated from src/newskb/rdf/schema/ by `python -m newskb.rdf.generate`: edit the declaration, not this file."
SHAPE_PREFIXES = {"sh": "http://www.w3.org/ns/shacl#", "nkbsh": "https://w3id.org/newskb/shapes#"}


def _text(value: str, lang: str | None = "en") -> str:
    return Literal(value, lang=lang).n3()


def _prefix_lines(prefixes: dict[str, str]) -> list[str]:
    width = max(len(p) for p in prefixes) + 2
    return [f"@prefix {(p + ':').ljust(width)}<{iri}> ." for p, iri in prefixes.items()]


def _node(subject: str, pairs: list[tuple[str, str]], one_line: bool = False) -> str:
    """One Turtle subject block from (predicate, object) pairs, objects already written as Turtle."""
    if one_line:
        return f"{subject} " + " ; ".join(f"{p} {o}" for p, o in pairs) + " ."
    return f"{subject} {pairs[0][0]} {pairs[0][1]} ;\n" + " ;\n".join(f"    {p} {o}" for p, o in pairs[1:]) + " ."


def ontology_ttl(d: Declaration) -> str:
    onto = d.ontology
    out = [f"# {GENERATED}", *_prefix_lines(d.all_prefixes()), ""]
    out.append(_node(f"<{onto['iri']}>", [("a", "owl:Ontology"), ("rdfs:label", _text(onto["label"])),
                                          ("rdfs:comment", _text(onto["comment"])),
                                          ("owl:versionInfo", _text(onto["version"], None))]))
    out += ["", "# ---------------------------------------------------------------- classes"]
    for cls, spec in d.classes.items():
        pairs = [("a", "owl:Class")]
        if "subclass_of" in spec:
            pairs.append(("rdfs:subClassOf", spec["subclass_of"]))
        pairs += [("rdfs:label", _text(spec["label"])), ("rdfs:comment", _text(spec["comment"]))]
        out.append(_node(cls, pairs))
    out += ["", "# ------------------------------------------------------- controlled values"]
    for cls, individuals in d.values.items():
        for term, spec in individuals.items():
            pairs = [("a", cls), ("rdfs:label", _text(spec["label"])), ("rdfs:comment", _text(spec["comment"]))]
            out.append(_node(term, pairs, one_line=True))
    out += ["", "# ------------------------------------------------------------- properties"]
    for prop, spec in d.properties.items():
        pairs = []
        if spec.get("typed", True):
            pairs.append(("a", "owl:ObjectProperty" if spec["kind"] == "object" else "owl:DatatypeProperty"))
        if "subproperty_of" in spec:
            pairs.append(("rdfs:subPropertyOf", spec["subproperty_of"]))
        pairs += [("rdfs:label", _text(spec["label"])), ("rdfs:comment", _text(spec["comment"]))]
        pairs += [(f"rdfs:{key}", _range(spec) if key == "range" else spec[key]) for key in ("domain", "range") if key in spec]
        out.append(_node(prop, pairs))
    for scheme, spec in d.schemes.items():
        out += ["", f"# ------------------------------------------------------------- {scheme} scheme"]
        codes = [f"{spec['namespace']}:{code}" for code in spec["concepts"]]
        out.append(_node(scheme, [("a", "skos:ConceptScheme"), ("skos:prefLabel", _text(spec["label"])),
                                  ("rdfs:label", _text(spec["label"])), ("skos:definition", _text(spec["definition"])),
                                  ("rdfs:comment", _text(spec["comment"])), ("skos:hasTopConcept", ", ".join(codes))]))
        for code, concept in spec["concepts"].items():
            out.append(_node(f"{spec['namespace']}:{code}", [
                ("a", "skos:Concept"), ("skos:inScheme", scheme), ("skos:topConceptOf", scheme),
                ("skos:notation", _text(code, None)), ("skos:prefLabel", _text(concept["label"])),
                ("skos:definition", _text(concept["definition"])),
                ("nkb:cameoRoot", ", ".join(_text(root, None) for root in concept["cameo_roots"])),
            ]))
    return "\n".join(out) + "\n"


def _range(spec: dict) -> str:
    """The range, or the union of the datatypes a property takes (a date at the precision the text gives)."""
    if len(spec.get("datatypes", [])) > 1:
        return f"[ a rdfs:Datatype ; owl:unionOf ( {' '.join(spec['datatypes'])} ) ]"
    return spec["range"]


def context(d: Declaration) -> dict[str, object]:
    """The JSON-LD context: the prefixes, then one term per property, in declaration order."""
    terms: dict[str, object] = dict(d.prefixes)
    for prop, spec in d.properties.items():
        if spec.get("context", True) is False:
            continue
        term = prop.split(":", 1)[1]
        if spec["kind"] == "object":
            terms[term] = {"@id": prop, "@type": "@id"}
        elif "language" in spec:
            terms[term] = {"@id": prop, "@language": spec["language"]}
        elif len(spec.get("datatypes", [])) > 1:  # each value says its own datatype
            terms[term] = {"@id": prop}
        elif spec.get("range", "xsd:string") != "xsd:string":
            terms[term] = {"@id": prop, "@type": spec["range"]}
        else:
            terms[term] = prop
    return terms


def context_jsonld(d: Declaration) -> str:
    rows = ",\n".join(f"    {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in context(d).items())
    return '{\n  "@context": {\n' + rows + "\n  }\n}\n"


def _shape_name(kind: Kind) -> str:
    return "nkbsh:" + "".join(w.capitalize() for w in kind.name.split("_")) + "Shape"


def _property_shape(d: Declaration, f: FieldMap) -> str:
    parts = [f"sh:path {f.property}"]
    if f.min:
        parts.append(f"sh:minCount {f.min}")
    if f.max is not None:
        parts.append(f"sh:maxCount {f.max}")
    spec = d.properties[f.property]
    if f.how in ("entity", "wikidata"):
        parts.append("sh:nodeKind sh:IRI")
    elif f.how == "term":
        parts.append(f"sh:in ( {' '.join(d.values[f.values])} )")
    elif f.how == "concept":
        concepts = [f"{scheme['namespace']}:{code}" for scheme in d.schemes.values() for code in scheme["concepts"]]
        parts.append(f"sh:in ( {' '.join(concepts)} )")
    elif f.how == "record":
        parts.append(f"sh:class {d.records[f.of]['class']}")
    elif "datatypes" in spec:
        parts.append(f"sh:or ( {' '.join(f'[ sh:datatype {t} ]' for t in spec['datatypes'])} )")
    elif spec["kind"] == "datatype":
        parts.append(f"sh:datatype {spec.get('range', 'xsd:string')}")
    if f.min_length is not None:
        parts.append(f"sh:minLength {f.min_length}")
    if f.pattern is not None:
        parts.append(f"sh:pattern {_text(f.pattern, None)}")
    message = f" ;\n                  sh:message {_text(f.message, None)}" if f.message is not None else ""
    return "[ " + " ; ".join(parts) + message + " ]"


def _properties(d: Declaration, fields: tuple[FieldMap, ...]) -> list[tuple[str, str]]:
    checked = [f for f in fields if f.check or f.min or f.max is not None or f.pattern or f.min_length or f.message]
    return [("sh:property", _property_shape(d, f)) for f in checked]


def shapes_ttl(d: Declaration) -> str:
    """The structural shapes: class targets, counts, datatypes, node kinds and controlled values.
    What no field table states (span selectors, their SPARQL check) is in shapes/spans.ttl."""
    prefixes = {**SHAPE_PREFIXES, **d.all_prefixes()}
    header = [f"# {GENERATED}", "# The hand-written checks of span selectors are in spans.ttl.", *_prefix_lines(prefixes)]
    out: list[str] = []
    article, entity = d.article_kind, d.entity_kind
    mentioned_by = d.entity["mentioned_by"]
    out.append(_node(_shape_name(article), [
        ("a", "sh:NodeShape"), ("sh:targetClass", article.cls), *_properties(d, article.fields),
        ("sh:property", f"[ sh:path {mentioned_by} ; sh:nodeKind sh:IRI ]")]))

    every = [(kind, f) for kind in d.kinds() for f in kind.fields]
    referring = [f.property for kind in d.record_kinds.values() for f in kind.fields if f.how == "entity"]
    pointers = list(dict.fromkeys([mentioned_by, *referring]))
    classes = d.entity["classes"]
    out.append(_node(_shape_name(entity), [
        ("a", "sh:NodeShape"), ("sh:targetObjectsOf", ", ".join(pointers)), ("sh:nodeKind", "sh:IRI"),
        ("sh:or", "( " + " ".join(f"[ sh:class {c} ]" for c in classes) + " )"),
        ("sh:message", _text(d.entity["message"], None))]))
    out.append(_node("nkbsh:TypedEntityShape", [
        ("a", "sh:NodeShape"), ("sh:targetClass", ", ".join(classes)), *_properties(d, entity.fields)]))

    for kind in d.record_kinds.values():
        derived = (f"[ sh:path prov:wasDerivedFrom ; sh:minCount 1 ; sh:class {article.cls} ; "
                   f"sh:message {_text(f'{kind.article_noun} must be derived from an article.', None)} ]")
        out.append(_node(_shape_name(kind), [("a", "sh:NodeShape"), ("sh:targetClass", kind.cls),
                                             *_properties(d, kind.fields), ("sh:property", derived)]))

    for scheme, spec in d.schemes.items():
        typed_by = list(dict.fromkeys(f.property for _, f in every if f.how == "concept"))
        codes = " ".join(_text(code, None) for code in spec["concepts"])
        out.append(_node("nkbsh:ConceptShape", [
            ("a", "sh:NodeShape"), ("sh:targetObjectsOf", ", ".join(typed_by)),
            ("sh:property", f"[ sh:path skos:inScheme ; sh:hasValue {scheme} ; "
                            f"sh:message {_text(spec['in_scheme_message'], None)} ]"),
            ("sh:property", f"[ sh:path skos:notation ; sh:minCount 1 ; sh:maxCount 1 ; sh:in ( {codes} ) ; "
                            f"sh:message {_text(spec['notation_message'], None)} ]")]))

    spans = list(dict.fromkeys(f.property for _, f in every if f.how == "span"))
    out.append(_node("nkbsh:SpanShape", [("a", "sh:NodeShape"), ("sh:targetObjectsOf", ", ".join(spans)),
                                         ("sh:class", "oa:SpecificResource")]))
    return "\n".join(header) + "\n\n" + "\n\n".join(out) + "\n"


def outputs(d: Declaration) -> dict[Path, str]:
    """Each generated file and what it must hold."""
    from ..validation import default_shapes_dir

    here = Path(__file__).parent
    return {
        here / "ontology.ttl": ontology_ttl(d),
        here / "context.jsonld": context_jsonld(d),
        default_shapes_dir() / "newskb.ttl": shapes_ttl(d),
    }


def stale(d: Declaration) -> list[Path]:
    return [path for path, text in outputs(d).items()
            if not path.is_file() or path.read_text(encoding="utf-8") != text]


def main(argv: list[str]) -> int:
    try:
        d = declaration()
    except DeclarationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if "--check" in argv:
        old = stale(d)
        for path in old:
            print(f"{path} is stale: run python -m newskb.rdf.generate", file=sys.stderr)
        return 1 if old else 0
    for path, text in outputs(d).items():
        path.write_text(text, encoding="utf-8")
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
