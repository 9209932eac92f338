"""PLOVER JSON lines: one record per event, with the specification's required fields and grounded offsets."""
from __future__ import annotations

import pytest
import json

from typer.testing import CliRunner

from newskb.cli import app
from newskb.models import PLOVER_TYPES

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

runner = CliRunner()
ARTICLE = (
    "date 2025-10-22\n\n"
    "Russian forces shelled Kharkiv on Monday, killing three civilians. "
    "Ukrainian President Volodymyr Zelensky condemned the attack. "
    "The two foreign ministers will meet in Geneva next week.\n"
)


def test_plover_records_carry_the_required_fields_and_offsets_into_the_text(tmp_path):
    path = tmp_path / "kharkiv.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["export", str(path), "-f", "plover"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records
    for record in records:
        for field in ("id", "date", "source", "event"):  # required by the PLOVER manual
            assert field in record, field
        assert len(record["event"]) == 1 and record["event"][0] in PLOVER_TYPES
        assert record["status"] in {"occurred", "planned", "cancelled", "hypothetical", "negated"}
        for info, text in zip(record["text_info"], record["event_text"]):
            assert ARTICLE[info["start"] : info["end"]] == text
    by_type = {r["event"][0]: r for r in records}
    assault = by_type["ASSAULT"]
    assert assault["date"] == "2025-10-20" and assault["date_precision"] == "day"
    assert [a["identifier_id"] for a in assault["actor"]] == ["Q159"]  # Russia, from "Russian forces"
    assert by_type["ACCUSE"]["actor"][0]["entity_text"] == "Volodymyr Zelensky"
    assert by_type["CONSULT"]["status"] == "planned"

