"""Structural checks on the shipped office-holder table (lexicons/office_holders.tsv) and
lookups through it: who held an office on a day, and descriptions resolved at an article's date."""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from pathlib import Path

import pytest

from newskb.nlp.offices import holder_called, load_office_holders

LEXICONS = Path(__file__).resolve().parents[1] / "src" / "newskb" / "lexicons"
TABLE = LEXICONS / "office_holders.tsv"
GAZETTEER = LEXICONS / "gazetteer.tsv"
HEADER = ["country", "office", "title", "leader", "person", "aliases", "wikidata", "start", "end", "note"]
OFFICES = ("head_of_state", "head_of_government", "foreign_minister")
GAP_NOTES = {"head_of_state", "vacant", "collective", "unrecorded"}
NOTES = {"", "acting", "approx"} | GAP_NOTES
QID = re.compile(r"^Q[0-9]+$")
COVERAGE_START = dt.date(2015, 1, 1)
# States recognised by gazetteer.tsv that are not UN members: the table may list them, not must.
NON_MEMBERS = {"Palestine", "Taiwan", "Kosovo", "Vatican City", "Soviet Union"}
# International bodies and the offices each has (the body's chief executive is its head of government).
BODIES = {
    "United Nations": ("head_of_government",),
    "North Atlantic Treaty Organization": ("head_of_government",),
    "European Union": OFFICES,
    "International Monetary Fund": ("head_of_government",),
    "World Bank": ("head_of_government",),
    "World Health Organization": ("head_of_government",),
    "African Union": ("head_of_government",),
    "Arab League": ("head_of_government",),
}


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    assert header == HEADER
    return [dict(zip(header, row, strict=True)) for row in reader]


def _as_of() -> dt.date:
    found = re.search(r"^# As of: (\d{4}-\d\d-\d\d)", TABLE.read_text(encoding="utf-8"), re.MULTILINE)
    assert found, "the header states the date the table is correct as of"
    return dt.date.fromisoformat(found.group(1))


def _date(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _gazetteer() -> list[list[str]]:
    with GAZETTEER.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]
    return rows[1:]


def _un_members() -> set[str]:
    return {r[0] for r in _gazetteer() if r[2] == "Country"} - NON_MEMBERS


def _chains() -> dict[tuple[str, str], list[dict[str, str]]]:
    chains = defaultdict(list)
    for row in _rows():
        chains[row["country"], row["office"]].append(row)
    return {key: sorted(rows, key=lambda r: r["start"]) for key, rows in chains.items()}


def test_rows_are_well_formed():
    as_of = _as_of()
    for row in _rows():
        assert row["office"] in OFFICES, row
        assert row["leader"] in {"yes", "no"}, row
        assert row["note"] in NOTES, row
        assert bool(row["person"]) != (row["note"] in GAP_NOTES), row  # a gap row names nobody, a holder is named
        assert row["title"], row
        start, end = _date(row["start"]), _date(row["end"])
        assert end is None or start < end, row
        assert start <= as_of and (end is None or end <= as_of), row
        assert not row["wikidata"] or QID.match(row["wikidata"]), row
        assert not row["person"] or row["person"] == row["person"].strip() and "  " not in row["person"], row


def test_countries_are_gazetteer_names():
    """Office countries must be spelt as the gazetteer spells them, or "Turkish" finds no office."""
    assert set(BODIES) <= {r[0] for r in _gazetteer() if r[1] == "Organization"}
    for country in {row["country"] for row in _rows()}:
        assert country in _un_members() | NON_MEMBERS | set(BODIES), country


def test_one_holder_at_a_time_and_no_gaps():
    """Per country and office the rows follow each other: each ends the day the next starts."""
    broken = []
    for (country, office), rows in _chains().items():
        for before, after in zip(rows, rows[1:]):
            if not before["end"]:
                broken.append((country, office, before["person"], "open-ended but has a successor"))
            elif _date(after["start"]) > COVERAGE_START and before["end"] != after["start"]:
                broken.append((country, office, before["person"], before["end"], after["person"], after["start"]))
    assert not broken, broken


def test_every_un_member_and_body_is_covered_from_2015():
    """Every UN member state has all three offices, and every listed body its offices, from
    2015-01-01 to the as-of date (gaps only as documented rows)."""
    members = _un_members()
    assert len(members) == 193, sorted(members)
    chains = _chains()
    wanted = [(c, o) for c in members for o in OFFICES] + [(b, o) for b, offices in BODIES.items() for o in offices]
    missing = sorted(key for key in wanted if key not in chains)
    assert not missing, missing
    late = sorted(key for key in wanted if _date(chains[key][0]["start"]) > COVERAGE_START)
    assert not late, late
    for key in wanted:
        assert not chains[key][-1]["end"], (key, "the last row must be open: the holder as of the table date")


def test_one_leader_per_country_at_a_time():
    """Checked on every day a term starts, when leaders change."""
    terms = load_office_holders()
    for day in sorted({t.start for t in terms if t.start >= COVERAGE_START}):
        leaders = defaultdict(set)
        for t in terms:
            if t.leader and t.held_on(day):
                leaders[t.country].add(t.person)
        crowded = {c: p for c, p in leaders.items() if len(p) > 1}
        assert not crowded, (day, crowded)


def test_a_person_has_one_qid_and_a_qid_one_person():
    qids_of_person = defaultdict(set)
    people_of_qid = defaultdict(set)
    for row in _rows():
        if row["person"]:
            qids_of_person[row["person"]].add(row["wikidata"])
        if row["wikidata"]:
            people_of_qid[row["wikidata"]].add(row["person"])
    assert {p: q for p, q in qids_of_person.items() if len(q) > 1} == {}
    assert {q: p for q, p in people_of_qid.items() if len(p) > 1} == {}


def test_a_one_word_name_belongs_to_one_person():
    """A bare name ("Macron") shared by two people in the table would be a guess between them."""
    people_of_name = defaultdict(set)
    for row in _rows():
        for name in [row["person"], *row["aliases"].split("|")]:
            if name and " " not in name:
                people_of_name[name].add(row["person"])
    assert {n: p for n, p in people_of_name.items() if len(p) > 1} == {}


def test_gap_rows_are_not_holders():
    assert all(t.person for t in load_office_holders())


@pytest.mark.parametrize("country,office,day,person", [
    ("France", "foreign_minister", dt.date(2019, 6, 1), "Jean-Yves Le Drian"),
    ("France", "foreign_minister", dt.date(2025, 6, 1), "Jean-Noël Barrot"),
    ("Turkey", "foreign_minister", dt.date(2019, 6, 1), "Mevlüt Çavuşoğlu"),
    ("Nigeria", "head_of_state", dt.date(2020, 1, 1), "Muhammadu Buhari"),
    ("Nigeria", "head_of_state", dt.date(2024, 1, 1), "Bola Tinubu"),
    ("Ethiopia", "head_of_government", dt.date(2019, 1, 1), "Abiy Ahmed"),
    ("Kenya", "head_of_state", dt.date(2016, 1, 1), "Uhuru Kenyatta"),
    ("Sweden", "head_of_government", dt.date(2023, 1, 1), "Ulf Kristersson"),
    ("Chile", "head_of_state", dt.date(2019, 1, 1), "Sebastián Piñera"),
    ("Thailand", "head_of_government", dt.date(2020, 1, 1), "Prayut Chan-o-cha"),
    ("United Nations", "head_of_government", dt.date(2016, 6, 1), "Ban Ki-moon"),
])
def test_holder_on_a_day(country, office, day, person):
    holders = {t.person for t in load_office_holders() if (t.country, t.office) == (country, office) and t.held_on(day)}
    assert holders == {person}


def test_a_president_who_leads_the_government_is_not_listed_twice():
    """Presidential systems mark the head-of-government span instead of repeating the president."""
    day = dt.date(2022, 1, 1)
    rows = [r for r in _rows() if r["country"] == "United States" and r["office"] == "head_of_government"
            and _date(r["start"]) <= day and (not r["end"] or day < _date(r["end"]))]
    assert [(r["person"], r["note"]) for r in rows] == [("", "head_of_state")]
    assert {t.person for t in load_office_holders() if t.country == "United States" and t.held_on(day)} == {
        "Joe Biden", "Antony Blinken"}


def test_a_titled_surname_means_the_holder_only_through_a_listed_name():
    assert holder_called("Macron", dt.date(2019, 6, 1)).person == "Emmanuel Macron"
    assert holder_called("Le Drian", dt.date(2019, 6, 1)).person == "Jean-Yves Le Drian"
    assert holder_called("Kenyatta", dt.date(2016, 1, 1)).country == "Kenya"
    assert holder_called("Kenyatta", dt.date(2023, 1, 1)) is None  # out of office then
    assert holder_called("Risch", dt.date(2023, 1, 1)) is None  # Liechtenstein's prime minister goes by his full name


def test_a_patronymic_name_has_no_surname():
    """"King Salman" is the king, not his son Mohammed bin Salman (whose last name names his father)."""
    assert holder_called("Salman", dt.date(2020, 1, 1)).person == "Salman bin Abdulaziz"
    assert holder_called("Salman", dt.date(2020, 1, 1)).office == "head_of_state"


@pytest.fixture(scope="module")
def nlp():
    from newskb.nlp.annotate import load_model
    return load_model()


def _speaker_of(nlp, text: str, day: dt.date) -> str | None:
    """The entity the subject of the article's sentence resolves to, by name."""
    from newskb.nlp.annotate import annotate
    from newskb.nlp.speakers import resolve_reference
    from newskb.pipeline import article_context
    from newskb.reader import parse_article

    article = parse_article(f"date {day.isoformat()}\n{text}")
    doc = annotate(article, nlp)
    ctx = article_context(article, doc, nlp).for_extractor()
    start = article.text.index(text)
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.idx >= start)
    phrase_start = min(t.idx for t in subject.subtree)
    key = resolve_reference(ctx, phrase_start, subject.idx + len(subject.text))
    return ctx.entities.get(key).name if key else None


@pytest.mark.model
@pytest.mark.parametrize("text,day,person", [
    ("The French foreign minister said the talks would resume.", dt.date(2019, 6, 1), "Jean-Yves Le Drian"),
    ("The French foreign minister said the talks would resume.", dt.date(2025, 6, 1), "Jean-Noël Barrot"),
    ("The Kenyan president said the road would open next year.", dt.date(2016, 3, 1), "Uhuru Kenyatta"),
    ("The Kenyan president said the road would open next year.", dt.date(2023, 3, 1), "William Ruto"),
    ("The Swedish prime minister said the budget was fair.", dt.date(2023, 3, 1), "Ulf Kristersson"),
    ("The EU foreign policy chief said the sanctions would stay.", dt.date(2021, 3, 1), "Josep Borrell"),
    ("The EU foreign policy chief said the sanctions would stay.", dt.date(2025, 3, 1), "Kaja Kallas"),
    ("The Turkish foreign minister said the border was open.", dt.date(2024, 3, 1), "Hakan Fidan"),
])
def test_description_resolves_to_the_holder_at_the_article_date(nlp, text, day, person):
    assert _speaker_of(nlp, text, day) == person


@pytest.mark.model
def test_description_of_an_office_the_country_lacks_stays_unresolved(nlp):
    """The United States has no prime minister: "the American prime minister" is nobody."""
    assert _speaker_of(nlp, "The American prime minister said the plan was sound.", dt.date(2022, 3, 1)) is None
