"""Office holders with dates (Wikidata "position held"): who held an office on a given day."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import read_table


@dataclass(frozen=True)
class OfficeTerm:
    country: str
    office: str
    title: str
    leader: bool
    person: str
    aliases: tuple[str, ...]
    wikidata: str | None
    start: dt.date
    end: dt.date | None

    def held_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    def selected_by(self, offices: tuple[str, ...]) -> bool:
        return any(o == self.office or o == self.title or (o == "leader" and self.leader) for o in offices)


@lru_cache(maxsize=1)
def load_office_holders() -> tuple[OfficeTerm, ...]:
    """The terms of the table; rows without a person only document a vacancy or an unknown span."""
    return tuple(
        OfficeTerm(
            country=row["country"], office=row["office"], title=row["title"], leader=row["leader"] == "yes",
            person=row["person"], aliases=tuple(a for a in row["aliases"].split("|") if a),
            wikidata=row["wikidata"] or None, start=dt.date.fromisoformat(row["start"]),
            end=dt.date.fromisoformat(row["end"]) if row["end"] else None,
        )
        for row in read_table("office_holders.tsv")
        if row["person"]
    )


@lru_cache(maxsize=1)
def _rows_by_name() -> dict[str, tuple[int, ...]]:
    """Each name a holder goes by -> the table rows of its terms, in table order. A holder goes by
    the full name or a listed alias; a bare surname counts only when the table lists it: guessing
    it would turn "Senator Risch" into Liechtenstein's prime minister."""
    rows: dict[str, list[int]] = {}
    for row, term in enumerate(load_office_holders()):
        for name in dict.fromkeys((term.person, *term.aliases)):
            rows.setdefault(name, []).append(row)
    return {name: tuple(found) for name, found in rows.items()}


def terms_called(names: Iterable[str]) -> list[OfficeTerm]:
    """The terms of holders going by any of the names, in table order, each once."""
    rows = _rows_by_name()
    terms = load_office_holders()
    return [terms[row] for row in sorted({row for name in names for row in rows.get(name, ())})]


def holder_called(name: str, day: dt.date | None) -> OfficeTerm | None:
    """The one office holder a name can mean: in office on ``day`` when the article is dated,
    else the only holder in the table with that name; None when it is ambiguous."""
    terms = [t for t in terms_called([name]) if day is None or t.held_on(day)]
    people = {t.person for t in terms}
    return terms[0] if len(people) == 1 else None
