"""SHACL shapes compiled to SPARQL and run on Oxigraph: pySHACL's report, hundreds of times faster.

pySHACL walks every focus node in Python (~0.2 ms per triple); here each
(shape, constraint) becomes one SELECT returning ``?this ?value``, answered by
Oxigraph over the whole knowledge base at once. Only the SHACL Core components
the shapes use are compiled, with pySHACL's semantics (value nodes are sets,
``sh:in`` and ``sh:hasValue`` compare terms, ill-typed literals fail
``sh:datatype``, classes include subclasses) and pySHACL's default messages.
Anything else raises :class:`Unsupported`, and the caller validates with pySHACL.
pySHACL stays the reference: a test compares both engines' reports.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, NamespaceManager


TARGETS = (SH.targetClass, SH.targetNode, SH.targetObjectsOf, SH.targetSubjectsOf)
# constraint parameters compiled below; any other sh: predicate on a shape means "use pySHACL"
RANGES = {SH.minInclusive: ">=", SH.minExclusive: ">", SH.maxInclusive: "<=", SH.maxExclusive: "<"}
LOGICAL = (SH["or"], SH["and"], SH.xone, SH["not"], SH.node)
VALUE_PARAMETERS = (SH.nodeKind, SH.datatype, SH["class"], SH["in"], SH.minLength, SH.maxLength, SH.pattern, SH.languageIn, *RANGES, *LOGICAL)
PAIRS = (SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals)
PROPERTY_ONLY = (SH.path, SH.minCount, SH.maxCount, SH.hasValue, SH.uniqueLang, *PAIRS)
IGNORED = (SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.flags, SH.deactivated)
NODE_KINDS = {
    SH.IRI: "isIRI(?value)",
    SH.BlankNode: "isBlank(?value)",
    SH.Literal: "isLiteral(?value)",
    SH.BlankNodeOrIRI: "!isLiteral(?value)",
    SH.BlankNodeOrLiteral: "!isIRI(?value)",
    SH.IRIOrLiteral: "!isBlank(?value)",
}
# datatypes whose lexical forms Oxigraph can check by casting (a failed cast is an ill-typed literal);
# any other XSD datatype but xsd:string is refused: its ill-typed literals would pass unseen
CASTABLE = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.boolean, XSD.date, XSD.dateTime, XSD.time,
            XSD.gYear, XSD.gYearMonth, XSD.gMonth, XSD.gDay, XSD.gMonthDay,
            XSD.duration, XSD.dayTimeDuration, XSD.yearMonthDuration}
OWL_CLASS = URIRef("http://www.w3.org/2002/07/owl#Class")
OWL_IMPORTS = URIRef("http://www.w3.org/2002/07/owl#imports")
# default messages for shapes without sh:message: pySHACL's for the components the shipped
# shapes use (both engines' reports must read the same there), plain words for the others
DEFAULT_MESSAGES = {
    SH.nodeKind: "Value is not of Node Kind {}",
    SH.datatype: "Value is not Literal with datatype {}",
    SH["class"]: "Value does not have class {}",
    **{parameter: f"Value is not {operator} {{}}" for parameter, operator in RANGES.items()},
    SH.maxLength: "String length not <= {}",
    SH.languageIn: "String language is not in {}",
    SH["or"]: "Value does not conform to any shape in the sh:or list",
    SH["and"]: "Value does not conform to every shape in the sh:and list",
    SH.xone: "Value does not conform to exactly one shape in the sh:xone list",
    SH["not"]: "Value conforms to the shape {} it must not conform to",
    SH.node: "Value does not conform to Shape {}",
    SH.uniqueLang: "More than one String shares the same Language",
    SH.equals: "Value of the path and of {} differ",
    SH.disjoint: "Value is also a value of {}",
    SH.lessThan: "Value is not < a value of {}",
    SH.lessThanOrEquals: "Value is not <= a value of {}",
}
NO_VALUE = (SH.MinCountConstraintComponent, SH.MaxCountConstraintComponent, SH.HasValueConstraintComponent, SH.UniqueLangConstraintComponent)
SHAPE_VARIABLES = re.compile(r"\$(PATH|shapesGraph|currentShape)\b")
# what SHACL forbids around pre-bound variables, or a join with the focus nodes would not mean
NOT_PRE_BINDABLE = re.compile(r"\b(MINUS|SERVICE|VALUES|AS)\b", re.IGNORECASE)


class Unsupported(Exception):
    """The shapes use something this compiler does not translate (the reason is the message)."""


@dataclass(frozen=True)
class Check:
    """One (shape, constraint) as a SELECT of ``?this`` (and ``?value`` where the result has one)."""

    sparql: str
    shape: URIRef | BNode
    component: URIRef
    path: URIRef | BNode | None
    severity: URIRef
    message: Callable[[object, object, NamespaceManager], list[Literal]]


def _iri(term) -> str:
    if not isinstance(term, URIRef):
        raise Unsupported(f"expected an IRI, got {term!r}")
    return f"<{term}>"


def _literal(term) -> str:
    if isinstance(term, URIRef):
        return _iri(term)
    if not isinstance(term, Literal):
        raise Unsupported(f"cannot compare with a blank node {term!r}")
    body = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if term.language:
        return f'"{body}"@{term.language}'
    return f'"{body}"^^<{term.datatype or XSD.string}>'


class _Compiler:
    def __init__(self, shapes: Graph):
        self.sg = shapes
        self.nesting: list = []  # the nested shapes being compiled, to refuse recursion

    def one(self, node, predicate):
        values = list(self.sg.objects(node, predicate))
        if len(values) > 1:
            raise Unsupported(f"{predicate} given {len(values)} times on one shape")
        return values[0] if values else None

    def items(self, node) -> list:
        return list(Collection(self.sg, node))

    def path(self, path) -> str:
        """A SPARQL property path for a predicate, a sequence of predicates, or an inverse predicate."""
        if isinstance(path, URIRef):
            return _iri(path)
        if self.sg.value(path, RDF.first) is not None:
            steps = self.items(path)
            if len(steps) < 2:
                raise Unsupported("a sequence path of fewer than two steps")
            return "/".join(self.path(step) for step in steps)
        inverse = self.sg.value(path, SH.inversePath)
        if isinstance(inverse, URIRef) and len(list(self.sg.predicate_objects(path))) == 1:
            return f"^{_iri(inverse)}"
        raise Unsupported(f"a property path other than a predicate, a sequence or an inverse: {path!r}")

    def focus(self, shape) -> str:
        """The shape's focus nodes as a sub-select of distinct ``?this``."""
        parts = []
        classes = list(self.sg.objects(shape, SH.targetClass))
        if is_implicit_class_target(self.sg, shape):
            classes.append(shape)
        for cls in classes:
            parts.append(f"?this a/<{RDFS.subClassOf}>* {_iri(cls)} .")
        for node in self.sg.objects(shape, SH.targetNode):
            parts.append(f"VALUES ?this {{ {_literal(node)} }}")
        for predicate in self.sg.objects(shape, SH.targetObjectsOf):
            parts.append(f"?targetSubject {_iri(predicate)} ?this .")
        for predicate in self.sg.objects(shape, SH.targetSubjectsOf):
            parts.append(f"?this {_iri(predicate)} ?targetObject .")
        union = " UNION ".join(f"{{ {p} }}" for p in parts)
        return f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"

    def check_parameters(self, shape, allowed) -> None:
        for predicate in set(self.sg.predicates(shape, None)):
            if str(predicate).startswith(str(SH)) and predicate not in allowed:
                raise Unsupported(f"constraint {predicate} (on {shape})")
        if self.one(shape, SH.flags) is not None and self.one(shape, SH.pattern) is None:
            raise Unsupported("sh:flags without sh:pattern")

    # --- conditions true when ?value violates a constraint ----------------------------
    def violation(self, shape, parameter, value) -> str:
        if parameter == SH.nodeKind:
            if value not in NODE_KINDS:
                raise Unsupported(f"node kind {value}")
            return f"!({NODE_KINDS[value]})"
        if parameter == SH.datatype:
            if str(value).startswith(str(XSD)) and value not in CASTABLE and value != XSD.string:
                raise Unsupported(f"sh:datatype {value}: its ill-typed literals cannot be told on Oxigraph")
            typed = f"isLiteral(?value) && DATATYPE(?value) = {_iri(value)}"
            if value in CASTABLE:
                typed += f" && STRLEN(STR({_iri(value)}(STR(?value)))) >= 0"  # an ill-typed literal fails the cast
            return f"!COALESCE({typed}, false)"
        if parameter == SH["class"]:
            return f"NOT EXISTS {{ ?value a/<{RDFS.subClassOf}>* {_iri(value)} }}"
        if parameter == SH["in"]:
            allowed = [f"sameTerm(?value, {_literal(v)})" for v in self.items(value)]
            return f"!({' || '.join(allowed) or 'false'})"
        if parameter == SH.minLength:
            return f"COALESCE(isBlank(?value) || STRLEN(STR(?value)) < {int(value)}, true)"
        if parameter == SH.pattern:
            try:
                re.compile(str(value))
            except re.error as exc:  # SPARQL would fail every value instead of saying the shape is wrong
                raise Unsupported(f"sh:pattern {value!r} is not a regular expression") from exc
            flags = self.one(shape, SH.flags)
            regex = _literal(Literal(str(value)))
            extra = f", {_literal(Literal(str(flags)))}" if flags is not None else ""
            return f"COALESCE(isBlank(?value) || !REGEX(STR(?value), {regex}{extra}), true)"
        if parameter in RANGES:  # a value that cannot be compared (another type, a node) fails
            if not isinstance(value, Literal) or not isinstance(value.value, (int, float, Decimal, date, datetime)):
                raise Unsupported(f"{parameter} on other than numbers and dates")
            return f"!COALESCE(isLiteral(?value) && ?value {RANGES[parameter]} {_literal(value)}, false)"
        if parameter == SH.maxLength:
            return f"COALESCE(isBlank(?value) || STRLEN(STR(?value)) > {int(value)}, true)"
        if parameter == SH.languageIn:
            ranges = [f"langMatches(LANG(?value), {_literal(Literal(str(r)))})" for r in self.items(value)]
            return f"!COALESCE(isLiteral(?value) && ({' || '.join(ranges) or 'false'}), false)"
        if parameter == SH["or"]:
            return " && ".join(f"({self.fails(m)})" for m in self.items(value)) or "true"
        if parameter == SH["and"]:
            return " || ".join(f"({self.fails(m)})" for m in self.items(value)) or "false"
        if parameter == SH.xone:
            conforming = " + ".join(f"IF({self.fails(m)}, 0, 1)" for m in self.items(value)) or "0"
            return f"({conforming}) != 1"
        if parameter == SH["not"]:
            return f"!({self.fails(value)})"
        if parameter == SH.node:
            return self.fails(value)
        raise Unsupported(f"constraint {parameter}")

    def fails(self, member) -> str:
        """A condition true when ?value does not conform to a shape of value constraints only
        (an sh:or, sh:and, sh:xone or sh:not member, or an sh:node); anything more is refused."""
        self.check_parameters(member, (*VALUE_PARAMETERS, *IGNORED))
        if set(self.sg.objects(member, SH.message)) or set(self.sg.objects(member, SH.severity)):
            raise Unsupported("a nested shape with its own message or severity")
        if self.one(member, SH.deactivated) is not None:
            raise Unsupported("a deactivated nested shape")
        if member in self.nesting:
            raise Unsupported("recursive shapes")
        self.nesting.append(member)
        fails = [self.violation(member, p, o) for p, o in sorted(self.sg.predicate_objects(member)) if p in VALUE_PARAMETERS]
        self.nesting.pop()
        return " || ".join(f"({f})" for f in fails) or "false"

    # --- checks -------------------------------------------------------------------
    def shape_checks(self, shape) -> Iterator[Check]:
        if self.one(shape, SH.deactivated) == Literal(True):
            return
        focus = self.focus(shape)
        if self.one(shape, SH.path) is not None:  # a property shape with its own targets
            yield from self.property_checks(shape, focus)
            return
        self.check_parameters(shape, (*TARGETS, *VALUE_PARAMETERS, *IGNORED, SH.property, SH.sparql, SH.declare, SH.prefixes))
        for parameter, value in sorted(self.sg.predicate_objects(shape)):
            if parameter in VALUE_PARAMETERS:
                sparql = f"SELECT DISTINCT ?this ?value WHERE {{ {focus} BIND(?this AS ?value) FILTER({self.violation(shape, parameter, value)}) }}"
                yield self.check(shape, parameter, value, sparql, None)
        for constraint in sorted(self.sg.objects(shape, SH.sparql)):
            if self.one(constraint, SH.deactivated) != Literal(True):
                yield self.sparql_check(shape, constraint, focus)
        for prop in sorted(self.sg.objects(shape, SH.property)):
            if self.one(prop, SH.deactivated) != Literal(True):
                yield from self.property_checks(prop, focus)

    def property_checks(self, prop, focus: str) -> Iterator[Check]:
        self.check_parameters(prop, (*PROPERTY_ONLY, *VALUE_PARAMETERS, *IGNORED, *TARGETS, RDF.type))
        path_term = self.one(prop, SH.path)
        path = self.path(path_term)
        inactive = inactive_unique_lang(self.sg)
        for parameter, value in sorted(self.sg.predicate_objects(prop)):
            if parameter == SH.minCount:
                if int(value) > 0:
                    sparql = (f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {path} ?value }} }} "
                              f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) < {int(value)})")
                    yield self.check(prop, parameter, value, sparql, path_term)
            elif parameter == SH.maxCount:
                sparql = f"SELECT ?this WHERE {{ {focus} ?this {path} ?value }} GROUP BY ?this HAVING (COUNT(DISTINCT ?value) > {int(value)})"
                yield self.check(prop, parameter, value, sparql, path_term)
            elif parameter == SH.hasValue:
                sparql = f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {path} {_literal(value)} }} }}"
                yield self.check(prop, parameter, value, sparql, path_term)
            elif parameter in PAIRS:
                other = _iri(value)
                if parameter == SH.equals:
                    where = (f"{{ ?this {path} ?value FILTER NOT EXISTS {{ ?this {other} ?value }} }} UNION "
                             f"{{ ?this {other} ?value FILTER NOT EXISTS {{ ?this {path} ?value }} }}")
                elif parameter == SH.disjoint:
                    where = f"?this {path} ?value . ?this {other} ?value ."
                else:  # one result per failing pair; a pair that cannot be compared fails too
                    operator = "<" if parameter == SH.lessThan else "<="
                    where = f"?this {path} ?value . ?this {other} ?bound . FILTER(!COALESCE(?value {operator} ?bound, false))"
                sparql = f"SELECT DISTINCT ?this ?value ?bound WHERE {{ {focus} {where} }}"
                yield self.check(prop, parameter, value, sparql, path_term)
            elif parameter == SH.uniqueLang:
                if (prop, parameter, value) not in inactive:
                    sparql = (f"SELECT DISTINCT ?this ?lang WHERE {{ {focus} ?this {path} ?value . ?this {path} ?other . "
                              f"BIND(LANG(?value) AS ?lang) FILTER(?lang != \"\" && LANG(?other) = ?lang && !sameTerm(?value, ?other)) }}")
                    yield self.check(prop, parameter, value, sparql, path_term)
            elif parameter in VALUE_PARAMETERS:
                condition = self.violation(prop, parameter, value)
                sparql = f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {path} ?value . FILTER({condition}) }}"
                yield self.check(prop, parameter, value, sparql, path_term)

    def sparql_check(self, shape, constraint, focus: str) -> Check:
        self.check_parameters(constraint, (SH.select, SH.message, SH.prefixes, SH.deactivated))
        text = str(self.one(constraint, SH.select))
        if SHAPE_VARIABLES.search(text) or len(re.findall(r"\bSELECT\b", text, re.IGNORECASE)) != 1:
            raise Unsupported("a SPARQL constraint with $PATH, $shapesGraph, $currentShape or a sub-select")
        if NOT_PRE_BINDABLE.search(text):
            raise Unsupported("a SPARQL constraint using MINUS, SERVICE, VALUES or AS (pre-binding cannot be emulated)")
        head = re.match(r"\s*SELECT\s+(?:DISTINCT\s+)?(.*?)\s*WHERE\s*\{", text, re.IGNORECASE | re.DOTALL)
        projected = sorted(head.group(1).replace("$", "?").split()) if head else []
        if projected not in (["?this"], ["?this", "?value"]):
            raise Unsupported("a SPARQL constraint not projecting $this, or $this ?value")
        messages = list(self.sg.objects(constraint, SH.message)) or list(self.sg.objects(shape, SH.message))
        if any("{" in m for m in messages):
            raise Unsupported("a SPARQL constraint message with {?variable} templates")
        if not messages:
            messages = [Literal(f"SPARQL constraint {constraint.n3()} found a value")]
        prefixes = []
        for declared in self.sg.objects(constraint, SH.prefixes):
            for ontology in imported(self.sg, declared):
                for decl in self.sg.objects(ontology, SH.declare):
                    prefixes.append(f"PREFIX {self.sg.value(decl, SH.prefix)}: <{self.sg.value(decl, SH.namespace)}>")
        # $this is ?this in SPARQL: joining the focus nodes first is pre-binding for a flat WHERE
        where = text[head.end():]
        if not _flat(where):
            raise Unsupported("a SPARQL constraint with groups (UNION, OPTIONAL, { }) where a join is not pre-binding")
        value = "?value" if "?value" in projected else "(?this AS ?value)"  # without ?value, the value is the focus node
        sparql = "\n".join([*sorted(set(prefixes)), f"SELECT DISTINCT ?this {value} WHERE {{ {focus} {where}"])
        return Check(sparql, shape, SH.SPARQLConstraintComponent, None, self.severity(shape), lambda f, v, ns: messages)

    def severity(self, shape) -> URIRef:
        return self.one(shape, SH.severity) or SH.Violation

    def check(self, shape, parameter, value, sparql: str, path) -> Check:
        from pyshacl.rdfutil import stringify_node

        own = list(self.sg.objects(shape, SH.message))  # literals: a language tag stays
        sg = self.sg
        path_text = stringify_node(sg, path) if path is not None else None

        def generic(focus, found, ns: NamespaceManager) -> list[Literal]:
            return own or [Literal(text) for text in default(focus, found, ns)]

        def default(focus, found, ns: NamespaceManager) -> list[str]:
            """pySHACL's default message for this component."""
            data = Graph(namespace_manager=ns)
            if parameter in (SH.minCount, SH.maxCount):
                words = "Less" if parameter == SH.minCount else "More"
                where = f"{stringify_node(data, focus)}->{path_text}" if path_text else stringify_node(data, focus)
                return [f"{words} than {value} values on {where}"]
            if parameter == SH["in"]:
                return [f"Value {stringify_node(data, found)} not in list {[stringify_node(sg, v) for v in Collection(sg, value)]}"]
            if parameter in DEFAULT_MESSAGES:
                return [DEFAULT_MESSAGES[parameter].format(stringify_node(sg, value))]
            if parameter == SH.minLength:
                return [f"String length not >= {stringify_node(data, value)}"]
            return [f"Value does not match pattern '{value}'"]  # sh:pattern, the last one with a default

        if not own and parameter not in (SH.minCount, SH.maxCount, SH["in"], SH.minLength, SH.pattern, *DEFAULT_MESSAGES):
            raise Unsupported(f"no default message for {parameter}: give the shape an sh:message")
        component = SH[f"{parameter.rsplit('#', 1)[-1][0].upper()}{parameter.rsplit('#', 1)[-1][1:]}ConstraintComponent"]
        return Check(sparql, shape, component, path, self.severity(shape), generic)


def _flat(where: str) -> bool:
    """Whether a WHERE body (after its opening brace) has no group but those of ``[NOT] EXISTS``.
    A nested group or a UNION branch is evaluated apart, where a join with the focus nodes does
    not bind ``$this`` (pre-binding would); inside EXISTS the outer bindings are substituted."""
    exists_depth = None
    depth = 0
    for match in re.finditer(r"\{|\}", where):
        if match.group() == "}":
            depth -= 1
            if exists_depth is not None and depth < exists_depth:
                exists_depth = None
            continue
        depth += 1
        if exists_depth is None:
            if not re.search(r"\bEXISTS\s*$", where[: match.start()], re.IGNORECASE):
                return False
            exists_depth = depth
    return True


def imported(shapes: Graph, ontology) -> list:
    """The ontology and those it ``owl:imports``, transitively: the ``sh:declare`` of all of them
    are the prefixes of an ``sh:prefixes`` pointing at it (SHACL 5.2.1)."""
    found, todo = [], [ontology]
    while todo:
        node = todo.pop()
        if node not in found:
            found.append(node)
            todo.extend(shapes.objects(node, OWL_IMPORTS))
    return found


def inactive_unique_lang(shapes: Graph) -> list[tuple]:
    """``sh:uniqueLang`` triples whose value is not ``true`` (e.g. "1"^^xsd:boolean): they turn nothing on."""
    return [t for t in shapes.triples((None, SH.uniqueLang, None)) if not (t[2] == Literal(True) and str(t[2]) == "true")]


def is_implicit_class_target(shapes: Graph, shape) -> bool:
    """A shape that is also a class targets that class's instances (SHACL 2.1.3.3)."""
    is_class = (shape, RDF.type, RDFS.Class) in shapes or (shape, RDF.type, OWL_CLASS) in shapes
    is_shape = (shape, RDF.type, SH.NodeShape) in shapes or (shape, RDF.type, SH.PropertyShape) in shapes
    return is_class and is_shape


def compile_shapes(shapes: Graph) -> list[Check]:
    """One check per (shape, constraint) of every shape with targets; :class:`Unsupported` if any cannot be compiled.

    Whatever is not compiled must raise, never be skipped: a skipped constraint is a wrong "conforms".
    """
    if (None, SH.rule, None) in shapes or (None, SH.target, None) in shapes:
        raise Unsupported("SHACL rules or SPARQL-based targets")
    if (None, SH.parameter, None) in shapes or (None, RDF.type, SH.ConstraintComponent) in shapes:
        raise Unsupported("SPARQL-based constraint components (parameters outside sh:)")
    compiler = _Compiler(shapes)
    implicit = {s for s in shapes.subjects(RDF.type, None) if is_implicit_class_target(shapes, s)}
    targeted = sorted({s for target in TARGETS for s in shapes.subjects(target, None)} | implicit)
    try:
        return [check for shape in targeted for check in compiler.shape_checks(shape)]
    except (ValueError, TypeError) as exc:  # a malformed parameter (sh:minCount "abc"): pySHACL names it
        raise Unsupported(f"a malformed parameter ({exc})") from exc


# --- the store ----------------------------------------------------------------
# Oxigraph's store keeps numbers, booleans and dates as values, not as written:
# "01"^^xsd:integer comes back as "1", "5"^^xsd:byte as "5"^^xsd:integer,
# "-3"^^xsd:nonNegativeInteger as an xsd:integer. A check on such a store sees
# other terms than the data's (a datatype or sh:in check would pass wrongly), so
# a store that would rewrite a literal is not used: the caller validates with an
# engine that keeps terms. Exports write canonical literals, which stay as written.
CANONICAL = {
    str(XSD.integer): re.compile(r"-?(0|[1-9][0-9]*)"),
    str(XSD.boolean): re.compile(r"true|false"),
    str(XSD.date): re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"),
}


def store_would_rewrite(literals) -> bool:
    """Whether an Oxigraph store gives back any of these (pyoxigraph) literals as another term.
    Literals in a canonical form of their type are known to stay; the others are probed."""
    import pyoxigraph as ox

    xsd, xsd_string = str(XSD), str(XSD.string)
    doubtful = []
    for term in literals:
        if type(term) is ox.Literal and term.language is None:
            datatype = term.datatype.value
            if datatype.startswith(xsd) and datatype != xsd_string:
                pattern = CANONICAL.get(datatype)
                if pattern is None or not pattern.fullmatch(term.value):
                    doubtful.append(term)
    if not doubtful:
        return False
    probe = ox.Store()
    predicate = ox.NamedNode("urn:newskb:probe")
    probe.extend(ox.Quad(ox.NamedNode(f"urn:newskb:probe:{i}"), predicate, term) for i, term in enumerate(doubtful))
    return any(quad.object != doubtful[int(quad.subject.value.rsplit(":", 1)[1])] for quad in probe)


def store_from_graph(graph: Graph):
    """The graph in an Oxigraph store, or None if the store would rewrite a literal of it."""
    import pyoxigraph as ox

    if store_would_rewrite(_to_ox(o) for o in set(graph.objects()) if isinstance(o, Literal)):
        return None
    store = ox.Store()
    store.bulk_extend(ox.Quad(_to_ox(s), _to_ox(p), _to_ox(o)) for s, p, o in graph)
    return store


def _to_ox(term):
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))


def to_rdflib(term):
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = URIRef(term.datatype.value)
    return Literal(term.value, datatype=None if datatype == XSD.string else datatype, normalize=False)  # as in the data


def run_checks(store, checks: list[Check], shapes: Graph, ns: NamespaceManager | None = None) -> tuple[bool, Graph]:
    """Run every check; returns (conforms, an ``sh:ValidationReport`` graph shaped like pySHACL's).

    It conforms when there is no result, whatever their severities (SHACL 3.6.1)."""
    ns = ns or Graph().namespace_manager
    results = Graph()
    report = BNode()
    conforms = True
    results.add((report, RDF.type, SH.ValidationReport))
    for check in checks:
        for row in store.query(check.sparql):
            focus = to_rdflib(row["this"])
            value = to_rdflib(row["value"]) if check.component not in NO_VALUE else None
            conforms = False
            result = BNode()
            results.add((report, SH.result, result))
            results.add((result, RDF.type, SH.ValidationResult))
            results.add((result, SH.focusNode, focus))
            results.add((result, SH.resultSeverity, check.severity))
            results.add((result, SH.sourceShape, check.shape))
            results.add((result, SH.sourceConstraintComponent, check.component))
            for message in check.message(focus, value, ns):
                results.add((result, SH.resultMessage, message))
            if value is not None:
                results.add((result, SH.value, value))
            if check.path is not None:
                results.add((result, SH.resultPath, _copy_path(shapes, check.path, results)))
    results.add((report, SH.conforms, Literal(conforms)))
    return conforms, results


def _copy_path(source: Graph, path, target: Graph):
    """The path as the compiler read it (a predicate, a sequence or an inverse), copied into the
    report; anything else said of a path node in the shapes (a malformed path) is left out."""
    if isinstance(path, URIRef):
        return path
    if source.value(path, RDF.first) is not None:
        return Collection(target, BNode(), [_copy_path(source, step, target) for step in Collection(source, path)]).uri
    inverse = BNode()
    target.add((inverse, SH.inversePath, source.value(path, SH.inversePath)))
    return inverse
