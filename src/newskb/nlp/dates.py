"""Resolve the date a clause gives ("on Wednesday", "last month", "since 2011") against the
article's publication date, at the precision the text gives (contract v1.1): "2011" is a year,
"last month" and "late July" a month ("2025-09"), "on Wednesday" a day; a day is never invented.
dateparser does the reading, offline, English only."""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from .base import sentence_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

VAGUE = re.compile(r"\b(recent(ly)?|past|coming|decades?|centur(y|ies)|years?\s+ago|for\s+\w+\s+years?|now|today's|era|season|time)\b", re.IGNORECASE)
WEEKDAYS = {name: i for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
LEADING = re.compile(r"^(?:on|in|at|since|from|by|until|during|as of|the)\s+", re.IGNORECASE)
#: "late July", "early 2020", "mid-March": a part of a month or year is that month or year.
ORDINAL = re.compile(r"^(?:the\s+)?\d+(?:st|nd|rd|th)$", re.IGNORECASE)
PART_OF = re.compile(r"^(?:late|early|mid|the\s+end\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+", re.IGNORECASE)
YEAR = re.compile(r"(1[89]|20)\d\d")
MONTHS = {name: i for i, name in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                              "september", "october", "november", "december"), start=1)}
DAY_WORDS = {"yesterday": -1, "today": 0, "tomorrow": 1}
NEAR_PERIOD = re.compile(r"(last|this|next) (month|year)")
NEAR_WEEK = {"last week": -7, "this week": 0, "next week": 7}
#: a month by its name or its usual short form ("Sept.", "Dec")
MONTH_FORMS = {**MONTHS, **{name[:3]: i for name, i in MONTHS.items()}, "sept": 9}
MONTH = r"(?P<month>[a-z]+)\.?"
MONTH_YEAR = re.compile(MONTH + r" (?P<year>\d{4})")
# "Dec 18", "18 December", "December 18, 2024", "18 December 2024"
DAY_OF_MONTH = re.compile(rf"(?:{MONTH} (?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}}) {MONTH.replace('month', 'month2')})(?:,? (?P<year>\d{{4}}))?")
COUNTED_DAYS = re.compile(r"(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) days?")
COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


@lru_cache(maxsize=32)
def _parser(published: dt.date, future: bool):
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time(12)),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
    }
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def resolve_expression(expression: str, published: dt.date | None, *, future: bool = False) -> str | None:
    """The date an expression names, relative to ``published``, as ISO text at the precision it
    gives — "2011", "2025-09" or "2025-10-27"; None when it names none."""
    text = LEADING.sub("", expression.strip()).strip(" ,.")
    part = PART_OF.match(text)
    text = text[part.end():] if part else text
    if not text or VAGUE.search(text) or not re.search(r"[A-Za-z0-9]", text):
        return None
    if YEAR.fullmatch(text):
        return text
    weekday = WEEKDAYS.get(text.lower())
    if weekday is not None and published is not None and published.weekday() == weekday:
        return published.isoformat()  # "on Wednesday" in a Wednesday paper is that day
    if published is None and not re.search(r"\b(1[89]|20)\d\d\b", text):
        return None  # a relative date needs the publication date to mean anything
    common = _common_form(text.lower(), published, future) if published is not None and not part else None
    return common if common is not None else parsed(text, published, future=future, part=bool(part))


def parsed(text: str, published: dt.date | None, *, future: bool = False, part: bool = False) -> str | None:
    """What dateparser makes of a date expression, at the precision it gives."""
    try:
        data = _parser(published or dt.date(2000, 1, 1), future).get_date_data(text)
    except (ValueError, TypeError, OverflowError):
        return None
    if data is None or data.date_obj is None:
        return None
    value = data.date_obj.date()
    if data.period == "year":
        return f"{value.year:04d}"
    if data.period == "week":
        monday = value - dt.timedelta(days=value.weekday())
        sunday = monday + dt.timedelta(days=6)
        return f"{monday.year:04d}-{monday.month:02d}" if (monday.year, monday.month) == (sunday.year, sunday.month) else None
    if data.period == "month" or part:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def _common_form(text: str, published: dt.date, future: bool) -> str | None:
    """The forms news dates most often take — a weekday, a month, "yesterday", "last month",
    "next year", "last week", "two days", "January 2025", "Dec 18", "18 December 2024" — resolved by
    calendar arithmetic as dateparser resolves them (a test compares the two over a year of
    publication dates), at a thousandth of its cost; None for any other form. One difference: after 29 February, "February" to come is next year's, where dateparser
    waits for the next 29th."""
    weekday = WEEKDAYS.get(text)
    if weekday is not None:
        shift = (weekday - published.weekday()) % 7 if future else -((published.weekday() - weekday) % 7)
        return (published + dt.timedelta(days=shift)).isoformat()
    month = MONTHS.get(text)
    if month is not None:
        later_in_year = month > published.month
        if future:
            year = published.year if later_in_year else published.year + 1
        else:
            year = published.year - 1 if later_in_year else published.year
        return f"{year:04d}-{month:02d}"
    if text in DAY_WORDS:
        return (published + dt.timedelta(days=DAY_WORDS[text])).isoformat()
    near = NEAR_PERIOD.fullmatch(text)
    if near:
        step = {"last": -1, "this": 0, "next": 1}[near.group(1)]
        if near.group(2) == "year":
            return f"{published.year + step:04d}"
        months = published.year * 12 + published.month - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if text in NEAR_WEEK:  # a week is named by its month when it lies within one
        monday = published + dt.timedelta(days=NEAR_WEEK[text] - published.weekday())
        sunday = monday + dt.timedelta(days=6)
        return f"{monday.year:04d}-{monday.month:02d}" if monday.month == sunday.month else None
    counted = COUNTED_DAYS.fullmatch(text)
    if counted:  # "two days" back from the paper's date, or ahead of it in a clause about what is to come
        days = COUNTS.get(counted.group(1)) or int(counted.group(1))
        return (published + dt.timedelta(days=days if future else -days)).isoformat()
    named = MONTH_YEAR.fullmatch(text)
    if named and named.group("month") in MONTH_FORMS:
        return f"{int(named.group('year')):04d}-{MONTH_FORMS[named.group('month')]:02d}"
    return _day_of_month(text, published, future)


def _day_of_month(text: str, published: dt.date, future: bool) -> str | None:
    """"December 18, 2024" as written; "Dec 18" or "18 December" in the year that puts it on the side of
    the paper's date the clause looks to (as dateparser has it, the paper's own day is this year's looking
    back and next year's looking ahead)."""
    named = DAY_OF_MONTH.fullmatch(text)
    month = named and MONTH_FORMS.get(named.group("month") or named.group("month2"))
    if not named or not month:
        return None
    day = int(named.group("day") or named.group("day2"))
    if named.group("year"):
        year = int(named.group("year"))
    elif (month, day) == (2, 29):
        return None  # a leap day without its year: dateparser's own rule
    else:
        ahead = (month, day) > (published.month, published.day)
        year = published.year + (0 if ahead else 1) if future else published.year - (1 if ahead else 0)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _date_entities_in(doc: Doc, start: int, end: int) -> list[Span]:
    """The DATE entities within tokens [start, end), in text order. Their offsets are found once
    per document (``Span.ents`` rescans them all) and kept as plain numbers, so the Doc stays
    serialisable; entities are sorted and never overlap, so a sentence's are found by bisection."""
    if "newskb_dates" not in doc.user_data:
        dates = [(ent.start, ent.end) for ent in doc.ents if ent.label_ == "DATE"]
        doc.user_data["newskb_dates"] = ([s for s, _ in dates], [e for _, e in dates])
    starts, ends = doc.user_data["newskb_dates"]
    out = []
    for k in range(bisect_left(starts, start), len(starts)):
        if starts[k] >= end:
            break
        if ends[k] <= end:
            out.append(doc[starts[k] : ends[k]])
    return out


def _counts_a_thing(ent: Span) -> bool:
    """A bare ordinal the tagger took for a day that modifies a noun: "its 22nd sanctions package",
    "the 3rd round" count, not date ("on the 22nd" is a day)."""
    return bool(ORDINAL.match(ent.text)) and ent.root.dep_ in ("amod", "nummod", "compound")


def date_for(token: Token, published: dt.date | None, *, future: bool = False) -> str | None:
    """The date attached to a trigger's clause: a DATE entity that depends on the trigger or its verb."""
    sent_start, sent_end = sentence_tokens(token)
    anchors = {token.i}
    head = token
    for _ in range(3):
        if head.head.i == head.i:
            break
        if head.dep_ in ("dobj", "pobj", "nsubjpass", "xcomp", "prep"):
            head = head.head
            anchors.add(head.i)
        else:
            break
    for ent in _date_entities_in(token.doc, sent_start, sent_end):
        if _counts_a_thing(ent):
            continue
        node = ent.root
        for _ in range(3):
            if node.head.i in anchors:
                return resolve_expression(ent.text, published, future=future)
            if node.head is node:
                break
            node = node.head
    return None
