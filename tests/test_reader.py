import datetime as dt
from pathlib import Path

import pytest

from newskb.errors import InputError
from newskb.nlp.annotate import prose
from newskb.reader import after_deck, article_paths, parse_article, read_article


def test_inline_date_header_is_read_and_kept_in_the_offsets():
    text = " date 2025-10-28 Leaders met in Paris on Monday."
    a = parse_article(text)
    assert a.date_published == dt.date(2025, 10, 28)
    assert text[a.body_start :].startswith("Leaders met")
    assert a.text == text  # nothing removed: offsets count in the text as read


def test_date_header_on_its_own_line():
    a = parse_article("date 2024-01-05\nThe ministry said on Friday that exports fell.")
    assert a.date_published == dt.date(2024, 1, 5)
    assert a.text[a.body_start :].startswith("The ministry")


def test_title_line_after_header_becomes_headline():
    a = parse_article("date 2024-01-05\nExports fall for a third month\n\nThe ministry said on Friday that exports fell.")
    assert a.headline == "Exports fall for a third month"


def test_a_first_sentence_is_not_a_title():
    a = parse_article("The ministry said on Friday that exports fell.\n\nAnalysts were surprised.")
    assert a.headline is None


def test_no_header_means_no_date_and_prose_from_the_start():
    a = parse_article("Dated reports say the date was moved.")
    assert a.date_published is None and a.body_start == 0


def test_impossible_date_is_not_a_header():
    a = parse_article("date 2024-13-45 Something happened.")
    assert a.date_published is None and a.body_start == 0


def test_header_is_blanked_not_removed_for_the_parser():
    a = parse_article(" date 2025-10-28 Leaders met.")
    seen = prose(a)
    assert len(seen) == len(a.text) and seen.strip() == "Leaders met."


def test_folder_expands_to_sorted_article_files(tmp_path: Path):
    for name in ("b.txt", "a.txt", "notes.md", "page.HTML", "data.csv", "kb.ttl"):
        (tmp_path / name).write_text("Text.", encoding="utf-8")
    assert [p.name for p in article_paths([tmp_path])] == ["a.txt", "b.txt", "notes.md", "page.HTML"]


def test_missing_path_is_an_input_error(tmp_path: Path):
    with pytest.raises(InputError, match="no such file"):
        article_paths([tmp_path / "nope.txt"])


def test_empty_file_is_an_input_error(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        read_article(path)


def test_sha256_is_of_the_source_bytes(tmp_path: Path):
    import hashlib

    path = tmp_path / "a.txt"
    path.write_bytes("Kyiv said “no”.".encode())
    assert read_article(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    "text, body",
    [
        ("MAPUTO — Police fired tear gas.", "Police fired tear gas."),
        (" date 2025-01-02 WASHINGTON (AP) — The Treasury acted.", "The Treasury acted."),
        ("KYIV, Ukraine, March 3 (Reuters) - Russia struck.", "Russia struck."),
        ("US - China talks resumed.", None),
        ("US President Joe Biden — who else — spoke.", None),
    ],
)
def test_dateline_dash_becomes_a_line_break_for_the_parser(text, body):
    seen = prose(parse_article(text))
    assert len(seen) == len(text)
    if body is None:
        assert "\n" not in seen
    else:
        assert seen.split("\n", 1)[1].strip() == body


def test_a_wikinews_pages_closing_sources_are_no_prose():
    text = ("Strike shuts ports\n\nUnions began a strike on Monday.\n\nSources\n\n"
            " \"Labour shuts down Nigeria over power tariff hike\" — Punch, March 9, 2026\n")
    seen = prose(parse_article(text))
    assert len(seen) == len(text)
    assert "Unions began a strike" in seen and "Punch" not in seen and "Sources" not in seen


def test_the_word_sources_inside_a_sentence_ends_nothing():
    text = "Strike shuts ports\n\nSources said the unions would strike.\n\nPolice in Lagos fired tear gas."
    assert prose(parse_article(text)).endswith("Police in Lagos fired tear gas.")


@pytest.mark.parametrize(
    "text, prose_begins",
    [
        # a press release's deck under its title is headline matter
        ("Two Charged with Exporting Parts\n\nMiami Man Arrested; Commerce Adds Three Firms to Entity List\n\nMIAMI — A man was arrested.",
         "MIAMI — A man"),
        ("Sanctions on a Network\n\nJane Roe, Secretary of State\n\nToday we act.", "Today we act."),
        # a lead sentence without its full stop, or a paragraph of two lines, is prose
        ("Port to Reopen\n\nThe minister said the port would reopen in May\n\nMore later.", "The minister said"),
        ("Port to Reopen\n\nPort Reopens Today\nThe Minister Said So\n\nMore later.", "Port Reopens Today"),
    ],
)
def test_a_deck_under_the_headline_is_not_prose(text, prose_begins):
    article = parse_article(text)
    headline_end = text.index(article.headline) + len(article.headline)
    assert text[after_deck(text, headline_end):].lstrip().startswith(prose_begins)
