"""Tables of an export: read back with the csv module, every row grounded in its article's text."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newskb.cli import app
from newskb.tabular import ENTITY_COLUMNS, EVENT_COLUMNS, SANCTION_COLUMNS, STATEMENT_COLUMNS, tables

runner = CliRunner()
ARTICLE = (
    "date 2025-10-22\n\n"
    "The European Union imposed sanctions on Rosneft on Monday. "
    '"This is a warning," EU foreign policy chief Kaja Kallas said. '
    "Russian forces shelled Kharkiv overnight, the Ukrainian military said.\n"
)


@pytest.fixture(scope="module")
def export_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("tables")
    (folder / "oil.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["export", str(folder / "oil.txt"), "-o", f"{folder / 'kb'}/", "-f", "nq"])
    assert result.exit_code == 0, result.output
    return folder / "kb"


def _read_csv(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


@pytest.mark.model
@pytest.mark.parametrize(
    ("kind", "columns"),
    [("statements", STATEMENT_COLUMNS), ("events", EVENT_COLUMNS), ("sanctions", SANCTION_COLUMNS)],
)
def test_record_tables_read_back_and_point_at_their_text(export_folder, kind, columns):
    result = runner.invoke(app, ["table", kind, str(export_folder)])
    assert result.exit_code == 0, result.output
    rows = _read_csv(result.stdout)
    assert rows and list(rows[0]) == columns
    for row in rows:
        assert row["article"] == "oil.txt" and row["published"] == "2025-10-22"
        assert ARTICLE[int(row["start"]) : int(row["end"])] == row["text"]


@pytest.mark.model
def test_the_statement_row_names_its_speaker_by_name_and_iri(export_folder):
    rows = _read_csv(runner.invoke(app, ["table", "statements", str(export_folder), "-f", "tsv"]).stdout, "\t")
    (kallas,) = [r for r in rows if "a warning" in r["text"]]
    assert kallas["speaker"] == "Kaja Kallas" and kallas["speaker_iri"].endswith("/person/Kaja_Kallas")
    assert kallas["quote_type"] == "Direct"


@pytest.mark.model
def test_the_sanction_row_joins_imposers_and_targets(export_folder):
    (row,) = tables(export_folder, ["sanctions"])["sanctions"].rows
    assert row["imposers"] == "European Union" and row["targets"] == "Rosneft"
    assert row["status"] == "Imposed" and row["targets_iris"].endswith("/organization/Rosneft")


@pytest.mark.model
def test_entities_table_counts_articles_and_mentions(export_folder):
    result = runner.invoke(app, ["table", "entities", str(export_folder), "-f", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert list(rows[0]) == ENTITY_COLUMNS
    eu = next(r for r in rows if r["name"] == "European Union")
    assert eu["type"] == "Organization" and eu["wikidata"] == "Q458" and eu["articles"] == 1 and eu["mentions"] >= 1


@pytest.mark.model
def test_an_unknown_table_or_format_is_one_line_and_exit_2(export_folder):
    for args in (["table", "quotes", str(export_folder)], ["table", "events", str(export_folder), "-f", "xlsx"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2 and result.stderr.startswith("Error:") and len(result.stderr.splitlines()) == 1
