"""The shipped gazetteer: canonical names, types, aliases and demonyms of places and bodies, and the
first-level administrative divisions (states, provinces, departments) of countries in the news."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import read_table

LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
TRAILING_POSSESSIVE = re.compile(r"(['’]s|['’])$")
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    subtype: str | None
    wikidata: str | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    country: str | None


class Gazetteer:
    def __init__(self, entries: list[GazetteerEntry]) -> None:
        self.entries = {e.name: e for e in entries}
        self._by_form: dict[str, GazetteerEntry] = {}
        self._by_demonym: dict[str, GazetteerEntry] = {}
        self._home: dict[tuple[str, str], GazetteerEntry] | None = None
        for entry in entries:
            for form in (entry.name, *entry.aliases):
                self._by_form.setdefault(self.normal(form), entry)
            for demonym in entry.demonyms:
                self._by_demonym.setdefault(demonym, entry)

    @staticmethod
    @lru_cache(maxsize=65536)  # asked again for the same names in every article
    def normal(form: str) -> str:
        """Surface forms compare without a leading "the", possessive or outer punctuation."""
        form = LEADING_THE.sub("", form.strip())
        form = TRAILING_POSSESSIVE.sub("", form)
        return SPACES.sub(" ", form).strip(" ,.;:")

    def lookup(self, form: str) -> GazetteerEntry | None:
        return self._by_form.get(self.normal(form))

    def demonym(self, word: str) -> GazetteerEntry | None:
        """The country (or bloc) a nationality word names: "Russian" → Russia."""
        word = word.strip()
        return self._by_demonym.get(word) or self._by_demonym.get(word.rstrip("s")) or self._by_demonym.get(word.title())

    def home_body(self, country: str, form: str) -> GazetteerEntry | None:
        """The body of ``country`` that ``form`` names once the country is understood: "Senate"
        is the "US Senate" in an American story, "Parliament" the "UK Parliament" in a British one."""
        return self._home_forms().get((country, self.normal(form)))

    def _home_forms(self) -> dict[tuple[str, str], GazetteerEntry]:
        if self._home is None:
            self._home = {}
            for entry in self.entries.values():
                home = self.entries.get(entry.country or "")
                if entry.type != "Organization" or home is None:
                    continue
                country_words = sorted({home.name, *home.aliases, *home.demonyms}, key=len, reverse=True)
                for form in (entry.name, *entry.aliases):
                    bare = self.normal(form)
                    for word in country_words:  # "US Senate" → "Senate"; "Supreme Court of the United States" → "Supreme Court"
                        bare = re.sub(rf"^{re.escape(word)}\s+", "", bare)
                        suffix = re.sub(rf"\s+of\s+(?:the\s+)?{re.escape(word)}$", "", bare)
                        bare = suffix if " " in suffix else bare
                    if bare != self.normal(form) and bare not in self._by_form:
                        self._home.setdefault((home.name, bare), entry)
        return self._home

    def forms(self) -> list[str]:
        """Every name and alias as written (what the phrase matcher looks for in text)."""
        return sorted({form for e in self.entries.values() for form in (e.name, *e.aliases)})


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (cell or "").split("|") if x.strip())


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    entries = [
        GazetteerEntry(
            name=row["name"],
            type=row["type"],
            subtype=row["subtype"] or None,
            wikidata=row["wikidata"] or None,
            aliases=_split(row["aliases"]),
            demonyms=_split(row["demonyms"]),
            country=row["country"] or None,
        )
        for row in read_table("gazetteer.tsv")
        if row.get("name")
    ]
    listed = {Gazetteer.normal(form) for e in entries for form in (e.name, *e.aliases)}
    entries += [
        GazetteerEntry(
            name=row["name"],
            type="Place",
            subtype="AdministrativeArea",
            wikidata=None,
            aliases=_split(row["aliases"]),
            demonyms=(),
            country=row["country"] or None,
        )
        for row in read_table("admin_divisions.tsv")
        if Gazetteer.normal(row["name"]) not in listed  # gazetteer.tsv's own row (with its Wikidata id) comes first
    ]
    return Gazetteer(entries)


@lru_cache(maxsize=1)
def load_seats_of_government() -> dict[str, str]:
    """Seat of government → the body it stands for ("" for the country the gazetteer gives the city)."""
    return {row["city"]: row["government"] for row in read_table("seats_of_government.tsv")}


def government_seated_in(gazetteer: Gazetteer, city: GazetteerEntry) -> GazetteerEntry | None:
    """The country or body a seat of government stands for ("Beijing" → China, "Brussels" → the EU)."""
    seats = load_seats_of_government()
    if city.name not in seats:
        return None
    return gazetteer.entries.get(seats[city.name] or city.country or "")
