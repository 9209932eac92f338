"""Office holders with dates (Wikidata "position held"): who held an office on a given day."""
from __future__ import annotations

import datetime as dt
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

    def called(self, name: str) -> bool:
        """The holder goes by this name: the full name or a listed alias. A bare surname counts only
        when the table lists it: guessing it would turn "Senator Risch" into Liechtenstein's prime
        minister."""
        return name == self.person or name in self.aliases


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


def holder_called(name: str, day: dt.date | None) -> OfficeTerm | None:
    """The one office holder a name can mean: in office on ``day`` when the article is dated,
    else the only holder in the table with that name; None when it is ambiguous."""
    terms = [t for t in load_office_holders() if t.called(name) and (day is None or t.held_on(day))]
    people = {t.person for t in terms}
    return terms[0] if len(people) == 1 else None
