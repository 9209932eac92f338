"""Checks on the shipped gazetteer data file (src/newskb/lexicons/gazetteer.tsv), stdlib only."""
from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

GAZETTEER = Path(__file__).resolve().parents[1] / "src" / "newskb" / "lexicons" / "gazetteer.tsv"
HEADER = ["name", "type", "subtype", "wikidata", "aliases", "demonyms", "country"]
PLACE_SUBTYPES = {"Country", "City", "AdministrativeArea", "Continent", ""}
ORG_SUBTYPES = {"GovernmentOrganization", "Organization", "Corporation"}
SUBTYPES_BY_TYPE = {"Place": PLACE_SUBTYPES, "Organization": ORG_SUBTYPES}
QID = re.compile(r"^Q[0-9]+$")
# Proper names whose leading "The" is part of the name itself.
NAMES_WITH_THE = {"The Hague"}

# Same normalisation as the loader (newskb.nlp.gazetteer.Gazetteer.normal), so that forms
# that differ only by a leading "the", a possessive or outer punctuation count as one.
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _normal(form: str) -> str:
    form = _LEADING_THE.sub("", form.strip())
    form = re.sub(r"(['’]s|['’])$", "", form)
    return re.sub(r"\s+", " ", form).strip(" ,.;:")


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def _read() -> tuple[list[str], list[list[str]]]:
    with GAZETTEER.open(encoding="utf-8", newline="") as handle:
        rows = [line for line in handle if not line.startswith("#")]
    lines = list(csv.reader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))
    return lines[0], lines[1:]


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    _, body = _read()
    return [dict(zip(HEADER, line)) for line in body]


def test_header_is_exact():
    header, _ = _read()
    assert header == HEADER
    first = next(line for line in GAZETTEER.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    assert first == "\t".join(HEADER)


def test_names_its_sources_and_date():
    comments = [line for line in GAZETTEER.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert any("source" in line.lower() for line in comments) and any("as of" in line.lower() for line in comments)


def test_every_row_has_seven_columns():
    _, body = _read()
    bad = [(i + 2, len(line)) for i, line in enumerate(body) if len(line) != len(HEADER)]
    assert not bad, f"lines with the wrong number of columns (line, columns): {bad}"


def test_no_blank_lines_or_padding():
    text = GAZETTEER.read_text(encoding="utf-8")
    assert text.endswith("\n")
    for number, line in enumerate(text.splitlines(), start=1):
        assert line.strip(), f"blank line {number}"
        for cell in line.split("\t"):
            assert cell == cell.strip(), f"padded cell on line {number}: {cell!r}"


def test_types_and_subtypes(rows):
    for row in rows:
        assert row["type"] in SUBTYPES_BY_TYPE, row
        assert row["subtype"] in SUBTYPES_BY_TYPE[row["type"]], row


def test_wikidata_ids_are_well_formed_and_unique(rows):
    qids = [row["wikidata"] for row in rows if row["wikidata"]]
    for qid in qids:
        assert QID.match(qid), qid
    dupes = [q for q, n in Counter(qids).items() if n > 1]
    assert not dupes, f"QIDs on more than one row: {dupes}"


def test_names_are_unique_and_have_no_leading_the(rows):
    names = [row["name"] for row in rows]
    assert all(names)
    dupes = [n for n, c in Counter(names).items() if c > 1]
    assert not dupes, dupes
    for name in names:
        if name not in NAMES_WITH_THE:
            assert not _LEADING_THE.match(name), name


def test_no_surface_form_on_two_rows(rows):
    owner: dict[str, str] = {}
    clashes = []
    for row in rows:
        for form in {_normal(f) for f in [row["name"], *_split(row["aliases"])]}:
            assert form, row["name"]
            if form in owner and owner[form] != row["name"]:
                clashes.append((form, owner[form], row["name"]))
            owner.setdefault(form, row["name"])
    assert not clashes, f"forms claimed by two rows: {clashes}"


def test_no_demonym_on_two_rows(rows):
    owner: dict[str, str] = {}
    clashes = []
    for row in rows:
        for word in _split(row["demonyms"]):
            if word in owner:
                clashes.append((word, owner[word], row["name"]))
            owner[word] = row["name"]
    assert not clashes, clashes


def test_demonyms_only_on_countries_regions_and_blocs(rows):
    # a region with a people's name of its own ("Hong Konger") may carry it too
    for row in rows:
        if row["demonyms"]:
            assert row["subtype"] in ("Country", "AdministrativeArea") or row["type"] == "Organization", row["name"]


def test_country_column_names_a_country_row(rows):
    countries = {row["name"] for row in rows if row["subtype"] == "Country"}
    for row in rows:
        if row["subtype"] == "Country":
            assert not row["country"], f"a country row has a country: {row['name']}"
        elif row["country"]:
            assert row["country"] in countries, (row["name"], row["country"])


def test_cities_name_their_country(rows):
    for row in rows:
        if row["subtype"] == "City":
            assert row["country"], f"city without a country: {row['name']}"


def test_coverage_of_countries_and_capitals(rows):
    countries = [row for row in rows if row["subtype"] == "Country"]
    cities = [row for row in rows if row["subtype"] == "City"]
    assert len(countries) >= 195
    assert len(cities) >= 190
    with_city = {row["country"] for row in cities}
    assert len(with_city) >= 190


@pytest.mark.parametrize(
    "form, name",
    [
        ("U.S.", "United States"),
        ("the United States", "United States"),
        ("Kiev", "Kyiv"),
        ("Burma", "Myanmar"),
        ("Ivory Coast", "Côte d'Ivoire"),
        ("Britain", "United Kingdom"),
        ("U.N.", "United Nations"),
        ("NATO", "North Atlantic Treaty Organization"),
        ("the Kremlin", "Kremlin"),
        ("Russian Security Council", "Security Council of Russia"),
        ("Washington", "Washington, D.C."),
        ("Pentagon", "United States Department of Defense"),
    ],
)
def test_known_forms(rows, form, name):
    owner = {}
    for row in rows:
        for f in [row["name"], *_split(row["aliases"])]:
            owner.setdefault(_normal(f), row["name"])
    assert owner.get(_normal(form)) == name


@pytest.mark.parametrize(
    "name, country",
    [("Moscow", "Russia"), ("Kremlin", "Russia"), ("White House", "United States"), ("Kyiv", "Ukraine")],
)
def test_known_countries(rows, name, country):
    by_name = {row["name"]: row for row in rows}
    assert by_name[name]["country"] == country
