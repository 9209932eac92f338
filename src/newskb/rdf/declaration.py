"""The vocabulary, declared once in ``rdf/schema/*.yaml``, read and typed here.

Everything else that names a term is made from this declaration: the ontology,
the JSON-LD context and the structural SHACL shapes by ``newskb.rdf.generate``;
the closed namespaces (``vocab``), the record-to-triples tables (``mapping``)
and the models of kinds that have no hand-written one, at import time. The
hand-written models of ``newskb.models`` are checked against it by the tests.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import import_module, resources
from typing import Any, Literal, Optional

import yaml
from pydantic import Field as ModelField
from pydantic import create_model
from rdflib import URIRef

from .. import models

# sections any file may add entries to; the others are given once, in the first file
MERGED_SECTIONS = ("prefixes", "classes", "values", "schemes", "properties", "records")
SINGLE_SECTIONS = ("ontology", "article", "entity")
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when built, 20x faster
CONVERSIONS = ("literal", "uri", "date", "entity", "wikidata", "term", "concept", "span", "record")
LITERAL_TYPES = {"xsd:string": str, "xsd:integer": int, "xsd:nonNegativeInteger": int, "xsd:decimal": float,
                 "xsd:boolean": bool, "xsd:date": dt.date}


class DeclarationError(ValueError):
    """The declaration contradicts itself: a term used but not declared, a section given twice."""


@dataclass(frozen=True)
class FieldMap:
    """How one model field becomes triples, and what the shapes check of them."""

    name: str
    property: str
    how: str = "literal"
    min: int = 0
    max: int | None = None
    values: str | None = None  # the class whose individuals a ``term`` field takes
    of: str | None = None  # the kind of a nested ``record``
    omit: Any = None  # a value that is not written (besides None and empty tuples)
    pattern: str | None = None
    min_length: int | None = None
    message: str | None = None
    check: bool = False  # check the values' type even with no count or message


@dataclass(frozen=True)
class Kind:
    """A record kind: its class (or, for entities, classes), model and field table."""

    name: str
    model: str
    fields: tuple[FieldMap, ...]
    cls: str | None = None
    collection: str | None = None  # the ``Extraction`` attribute that holds its records
    extractor: str | None = None  # "module:function" that finds the kind's records in an article
    requires: tuple[str, ...] = ()  # the kinds whose records its extractor reads
    unmapped: tuple[str, ...] = ()  # model fields that are not exported

    @property
    def entity_fields(self) -> tuple[str, ...]:
        """The fields that hold entity keys."""
        return tuple(f.name for f in self.fields if f.how == "entity")

    @property
    def article_noun(self) -> str:
        words = self.name.replace("_", " ")
        return f"{'An' if words[0] in 'aeiou' else 'A'} {words}"


@dataclass(frozen=True, eq=False)
class Declaration:
    """The merged sections; ``d.classes``, ``d.properties``… are the sections themselves."""

    sections: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        if name in MERGED_SECTIONS + SINGLE_SECTIONS:
            return self.sections[name]
        raise AttributeError(name)

    def all_prefixes(self) -> dict[str, str]:
        return {**self.prefixes, **self.ontology.get("prefixes", {})}

    def iri(self, curie: str) -> URIRef:
        prefix, _, local = curie.partition(":")
        try:
            return URIRef(self.all_prefixes()[prefix] + local)
        except KeyError:
            raise DeclarationError(f"{curie}: prefix {prefix!r} is not declared") from None

    def local_names(self, prefix: str) -> list[str]:
        """Every declared term of one namespace, in declaration order."""
        terms = [*self.classes, *(i for values in self.values.values() for i in values), *self.schemes,
                 *self.properties]
        return [t.split(":", 1)[1] for t in terms if t.startswith(f"{prefix}:")]

    def concepts(self) -> dict[str, dict]:
        """PLOVER code -> its declaration (the one scheme's concepts)."""
        return {code: c for scheme in self.schemes.values() for code, c in scheme["concepts"].items()}

    def value_names(self, cls: str) -> tuple[str, ...]:
        return tuple(i.split(":", 1)[1] for i in self.values[cls])

    @cached_property
    def article_kind(self) -> Kind:
        return _kind("article", self.article)

    @cached_property
    def entity_kind(self) -> Kind:
        return _kind("entity", self.entity)

    @cached_property
    def record_kinds(self) -> dict[str, Kind]:
        return {name: _kind(name, spec) for name, spec in self.records.items()}

    def kinds(self) -> list[Kind]:
        return [self.article_kind, self.entity_kind, *self.record_kinds.values()]

    @cached_property
    def extraction_order(self) -> list[str]:
        """The kinds that have an extractor, in declaration order except that each comes after
        the kinds it ``requires``; a requirement no extractor finds, or a cycle, is an error."""
        kinds = {name: kind for name, kind in self.record_kinds.items() if kind.extractor}
        order: list[str] = []

        def visit(name: str, path: tuple[str, ...]) -> None:
            if name in path:
                raise DeclarationError(f"record kinds require each other: {' -> '.join((*path, name))}")
            if name not in kinds:
                raise DeclarationError(f"record kind {path[-1]!r} requires {name!r}, which no declared extractor finds")
            if name not in order:
                for required in kinds[name].requires:
                    visit(required, (*path, name))
                order.append(name)

        for name in kinds:
            visit(name, ())
        return order

    def subclasses(self, roots: list[str]) -> list[str]:
        """Declared classes below any of ``roots`` (transitively), in declaration order."""
        below: list[str] = []
        for cls, spec in self.classes.items():
            parent = spec.get("subclass_of")
            while parent and parent not in roots:
                parent = self.classes.get(parent, {}).get("subclass_of")
            if parent:
                below.append(cls)
        return below


KIND_KEYS = {"class", "classes", "model", "collection", "extractor", "requires", "unmapped", "fields", "mentioned_by", "message"}
FIELD_KEYS = {"as" if name == "how" else name for name in FieldMap.__dataclass_fields__} - {"name"}


def _kind(name: str, spec: dict) -> Kind:
    unknown = set(spec) - KIND_KEYS
    unknown |= {f"{f}.{key}" for f, fs in spec["fields"].items() for key in set(fs) - FIELD_KEYS}
    if unknown:
        raise DeclarationError(f"{name}: unknown key(s) {', '.join(sorted(unknown))}")
    fields = tuple(FieldMap(name=f, **{("how" if k == "as" else k): v for k, v in fs.items()})
                   for f, fs in spec["fields"].items())
    return Kind(name=name, model=spec["model"], fields=fields, cls=spec.get("class"),
                collection=spec.get("collection"), extractor=spec.get("extractor"),
                requires=tuple(spec.get("requires", ())),
                unmapped=tuple(spec.get("unmapped", ())))


def read(files: list[tuple[str, str]]) -> Declaration:
    """Merge declaration files (name, YAML text) in order; check every term they use is declared."""
    sections: dict[str, Any] = {name: {} for name in MERGED_SECTIONS}
    for file_name, text in files:
        try:
            parsed = yaml.load(text, Loader=YAML_LOADER) or {}
        except yaml.YAMLError as exc:
            raise DeclarationError(f"{file_name}: not YAML: {exc}") from None
        for section, entries in parsed.items():
            if section in SINGLE_SECTIONS:
                if section in sections:
                    raise DeclarationError(f"{file_name}: section {section!r} is given twice")
                sections[section] = entries
            elif section in MERGED_SECTIONS:
                for key, value in (entries or {}).items():
                    if key in sections[section]:
                        raise DeclarationError(f"{file_name}: {section} {key!r} is declared twice")
                    sections[section][key] = value
            else:
                raise DeclarationError(f"{file_name}: unknown section {section!r}")
    missing = [s for s in SINGLE_SECTIONS if s not in sections]
    if missing:
        raise DeclarationError(f"the declaration has no {', '.join(missing)} section")
    declaration = Declaration(sections)
    _check(declaration)
    return declaration


def _check(d: Declaration) -> None:
    for kind in d.kinds():
        for f in kind.fields:
            where = f"{kind.name}.{f.name}"
            if f.property not in d.properties:
                raise DeclarationError(f"{where}: property {f.property} is not declared")
            if f.how not in CONVERSIONS:
                raise DeclarationError(f"{where}: unknown `as: {f.how}` (one of {', '.join(CONVERSIONS)})")
            if f.how == "term" and f.values not in d.values:
                raise DeclarationError(f"{where}: a term field needs `values:` naming a declared class of values")
            if f.how == "record" and f.of not in d.records:
                raise DeclarationError(f"{where}: a record field needs `of:` naming a declared record kind")
        if kind.cls and kind.cls not in d.classes:
            raise DeclarationError(f"{kind.name}: class {kind.cls} is not declared")
    d.extraction_order  # noqa: B018 — checked when read, not when the first article is extracted


@cache
def declaration() -> Declaration:
    """The shipped declaration: every ``rdf/schema/*.yaml`` in name order."""
    folder = resources.files("newskb.rdf").joinpath("schema")
    files = sorted((f.name, f.read_text(encoding="utf-8")) for f in folder.iterdir() if f.name.endswith(".yaml"))
    return read(files)


# ---------------------------------------------------------------- models


def _value_type(d: Declaration, f: FieldMap) -> Any:
    if f.how == "literal":
        return LITERAL_TYPES[d.properties[f.property].get("range", "xsd:string")]
    if f.how == "date":
        return dt.date
    if f.how == "term":
        return Literal[d.value_names(f.values)]  # type: ignore[misc]
    if f.how == "concept":
        return Literal[tuple(d.concepts())]  # type: ignore[misc]
    if f.how == "span":
        return models.Span
    if f.how == "record":
        return model_of(f.of)
    return str  # uri, entity key, Wikidata id


def model_of(kind_name: str) -> type[models.Record]:
    """The pydantic model of a kind: the hand-written one of ``newskb.models``, else one built
    from the declaration (a ``DeclaredRecord``, kept in ``Extraction.others``)."""
    return _model_of(kind_name, declaration())


@cache
def _model_of(kind_name: str, d: Declaration) -> type[models.Record]:
    kind = d.record_kinds[kind_name] if kind_name in d.records else {"article": d.article_kind,
                                                                    "entity": d.entity_kind}[kind_name]
    written = getattr(models, kind.model, None)
    if written is not None:
        return written
    fields: dict[str, Any] = {}
    for f in kind.fields:
        value = _value_type(d, f)
        if f.max == 1:
            fields[f.name] = (value, ...) if f.min else (Optional[value], None)
        else:
            fields[f.name] = (tuple[value, ...], ModelField(... if f.min else (), min_length=f.min))
    model = create_model(kind.model, __base__=models.DeclaredRecord, __module__=__name__, **fields)
    model.entity_fields = kind.entity_fields
    return model


def records_of(extraction: models.Extraction, kind: Kind) -> tuple:
    """The records of one kind in an extraction."""
    if kind.collection:
        return getattr(extraction, kind.collection)
    model = model_of(kind.name)
    return tuple(r for r in extraction.others if isinstance(r, model))


Extractor = Callable[[Any], list]


def declared_extractors() -> Iterator[tuple[str, Extractor]]:
    """(kind, extractor) for every kind whose declaration names its extractor, in the order they
    run (``extraction_order``); an extractor takes the pipeline's context, reads the records found
    so far from ``ctx.found`` by kind, and returns its own."""
    for name in declaration().extraction_order:
        module, _, function = declaration().record_kinds[name].extractor.partition(":")  # type: ignore[union-attr]
        yield name, getattr(import_module(module), function)


def __getattr__(name: str) -> type[models.Record]:
    """A declared kind's model by its name, so its records pickle (export's worker processes
    send extractions back to the parent)."""
    for kind in declaration().record_kinds.values():
        if kind.model == name and not kind.collection:
            return model_of(kind.name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
