"""Typed records: the core that every stage produces or consumes.

Offsets count Unicode code points in the article text as read (nothing
normalised), so that ``text[start:end] == exact`` for every span.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializeAsAny, model_validator

EntityType = Literal["Person", "Organization", "Place"]
QuoteType = Literal["Direct", "Indirect", "Mixed"]
SanctionStatus = Literal["Imposed", "Proposed", "Threatened", "Lifted"]
EventStatus = Literal["Occurred", "Planned", "Cancelled", "Hypothetical", "Negated"]
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
PLOVER_TYPES: tuple[str, ...] = PloverType.__args__  # type: ignore[attr-defined]
#: A date at the precision the text gives (contract v1.1): "2019", "2019-11" or "2019-11-05".
PartialDate = Annotated[str, Field(pattern=r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")]


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    """A piece of the article text; ``exact`` must be what the offsets select."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    exact: str

    @model_validator(mode="after")
    def _consistent(self) -> Span:
        if self.end < self.start or self.end - self.start != len(self.exact):
            raise ValueError(f"span [{self.start}, {self.end}) cannot hold {self.exact!r}")
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text`` between two offsets (the only way extractors build spans)."""
        return cls(start=start, end=end, exact=text[start:end])

    def grounded_in(self, text: str) -> bool:
        return text[self.start : self.end] == self.exact


class Article(Record):
    """One source document; ``text`` is kept whole so spans can be checked against it."""

    text: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    source: str | None = None
    encoding: str = "utf-8"
    date_published: dt.date | None = None
    headline: str | None = None
    body_start: int = Field(0, ge=0, description="offset where prose starts, after any header")
    source_format: Literal["text", "html", "markdown"] = "text"
    url: str | None = None

    @property
    def key(self) -> str:
        return self.sha256[:16]


class Entity(Record):
    """One real-world referent, keyed so that the same name in any article gives the same key."""

    key: str
    name: str = Field(min_length=1)
    type: EntityType
    subtype: str | None = Field(None, description="a finer schema.org class: Country, City, GovernmentOrganization…")
    alternate_names: tuple[str, ...] = ()
    wikidata: str | None = Field(None, pattern=r"^Q[0-9]+$")
    mentions: tuple[Span, ...] = ()
    job_title: tuple[str, ...] = ()
    affiliation: tuple[str, ...] = Field((), description="keys of organisations or countries the article ties it to")


class Statement(Record):
    """Attributed speech or writing: cue + source + content + resolved speaker."""

    text: str = Field(min_length=1)
    content: Span
    speaker: str | None = Field(None, description="entity key, only when resolved")
    speaker_text: str = Field(min_length=1)
    quote_type: QuoteType
    cue: str | None = None
    evidence: Span


class Event(Record):
    """A happening typed with PLOVER; one record per happening, with every span that reports it."""

    event_type: PloverType
    trigger: str
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    place: str | None = None
    date: PartialDate | None = None
    status: EventStatus = "Occurred"
    evidence: tuple[Span, ...] = Field(min_length=1)


class Sanction(Record):
    """Who imposes what on whom; ``event_key`` links it to its SANCTION event."""

    imposed_by: tuple[str, ...] = Field(min_length=1)
    targets: tuple[str, ...] = Field(min_length=1)
    status: SanctionStatus
    sector: str | None = None
    program: str | None = None
    date: PartialDate | None = None
    evidence: Span
    event: Event | None = None


class DeclaredRecord(Record):
    """A record of a kind declared only in ``rdf/schema/`` (docs/extending.md): its model is
    built from that declaration, which also says which of its fields hold entity keys."""

    entity_fields: ClassVar[tuple[str, ...]] = ()

    def spans(self) -> list[Span]:
        return [v for value in self.__dict__.values() for v in _values(value) if isinstance(v, Span)]

    def entity_refs(self) -> list[str]:
        return [key for name in self.entity_fields for key in _values(getattr(self, name)) if key]


def _values(value: object) -> tuple:
    return value if isinstance(value, tuple) else (value,)


class Extraction(Record):
    """Everything extracted from one article; it cannot be built with an ungrounded span."""

    article: Article
    entities: tuple[Entity, ...] = ()
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    sanctions: tuple[Sanction, ...] = ()
    others: tuple[SerializeAsAny[DeclaredRecord], ...] = Field((), description="records of kinds declared only in rdf/schema/")

    def spans(self) -> list[Span]:
        out: list[Span] = []
        for e in self.entities:
            out.extend(e.mentions)
        for s in self.statements:
            out.extend((s.content, s.evidence))
        for ev in self.events:
            out.extend(ev.evidence)
        for sa in self.sanctions:
            out.append(sa.evidence)
        for other in self.others:
            out.extend(other.spans())
        return out

    @model_validator(mode="after")
    def _grounded(self) -> Extraction:
        for span in self.spans():
            if not span.grounded_in(self.article.text):
                raise ValueError(f"span [{span.start}, {span.end}) {span.exact!r} is not in the article text")
        keys = {e.key for e in self.entities}
        for ref in self._entity_refs():
            if ref not in keys:
                raise ValueError(f"record refers to unknown entity {ref!r}")
        return self

    def _entity_refs(self) -> list[str]:
        refs: list[str] = []
        for e in self.entities:
            refs.extend(e.affiliation)
        for s in self.statements:
            refs.extend([s.speaker] if s.speaker else [])
        for ev in self.events:
            refs.extend(ev.actors + ev.targets + ((ev.place,) if ev.place else ()))
        for sa in self.sanctions:
            refs.extend(sa.imposed_by + sa.targets)
        for other in self.others:
            refs.extend(other.entity_refs())
        return refs
