"""The evaluation command's scorer on a small hand-made export and gold."""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
import yaml

from newskb.errors import InputError
from newskb.evaluate import normalise_name, normalise_text, pair_folder, pool, score

TEXT = "Anna Berg said the plan was “bold”. The ministry said talks would resume. Oslo hosted a summit."

EXPORT = """
@prefix nkb: <https://w3id.org/newskb/ns#> .
@prefix schema: <https://schema.org/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <https://example.org/> .

ex:berg a schema:Person ; schema:name "Anna Berg" ; schema:alternateName "Berg" .
ex:berg2 a schema:Person ; schema:name "Berg" .
ex:oslo a schema:City ; schema:name "Oslo" .
ex:norway a schema:Country ; schema:name "Norway" .
ex:acme a schema:Organization ; schema:name "Acme" .

ex:s1 a nkb:Statement ; schema:text "the plan was “bold”" ; nkb:speaker ex:berg ; nkb:speakerText "Anna Berg" .
ex:s2 a nkb:Statement ; schema:text "talks would resume" ; nkb:speakerText "The ministry" .
ex:s3 a nkb:Statement ; schema:text "nothing in gold" ; nkb:speakerText "someone" .

ex:sa a nkb:Sanction ; nkb:imposedBy ex:norway ; nkb:target ex:acme ; nkb:status nkb:Imposed .

ex:e1 a nkb:Event ; nkb:eventType [ skos:notation "CONSULT" ] ; nkb:status nkb:Occurred ; nkb:actor ex:oslo ;
    nkb:evidence [ oa:hasSelector [ oa:start 74 ; oa:end 95 ] , [ oa:exact "Oslo hosted a summit." ] ] .
ex:e2 a nkb:Event ; nkb:eventType [ skos:notation "ASSAULT" ] ; nkb:status nkb:Occurred ;
    nkb:evidence [ oa:hasSelector [ oa:start 0 ; oa:end 4 ] , [ oa:exact "Oslo" ] ] .
"""

GOLD = {
    "document": "a.txt",
    "entities": [
        {"id": "berg", "name": "Anna Berg", "type": "Person", "aliases": ["Berg"]},
        {"id": "oslo", "name": "Oslo", "type": "Place"},
        {"id": "norway", "name": "Norway", "type": "Place", "optional": True},
        {"id": "acme", "name": "Acme", "type": "Organization"},
        {"id": "missing", "name": "Nobody", "type": "Person"},
    ],
    "statements": [
        {"speaker": "berg", "key": "plan was \"bold\"", "kind": "mixed"},
        {"speaker": None, "speaker_text": "the ministry", "key": "talks would resume", "kind": "indirect"},
        {"speaker": "berg", "key": "never said", "kind": "direct"},
    ],
    "sanctions": [{"imposer": ["norway"], "targets": ["acme"], "status": "imposed"}],
    "events": [{"types": ["CONSULT"], "actors": ["oslo"], "status": "occurred", "anchor": "hosted a summit"}],
}


@pytest.fixture(scope="module")
def result():
    graph = rdflib.Graph().parse(data=EXPORT, format="turtle")
    return score(GOLD, graph, TEXT)


def test_normalisation_drops_quotes_case_and_the():
    assert normalise_text("  The “Bold”\n plan ") == "the bold plan"
    assert normalise_name("The Kremlin’s") == "kremlin"


def test_entities_count_duplicates_and_skip_optional(result):
    ents = result["entities"]
    # berg (tp), berg2 (duplicate), oslo (tp), acme (tp); norway matches only optional gold: skipped
    assert (ents["sys"], ents["tp_sys"], ents["duplicates"]) == (4, 3, 1)
    assert (ents["gold"], ents["tp_gold"]) == (4, 3)


def test_statements_detected_and_attributed(result):
    det, att = result["statements_detected"], result["statements_attributed"]
    assert (det["sys"], det["tp_sys"], det["gold"], det["tp_gold"]) == (3, 2, 3, 2)
    assert (att["sys"], att["tp_sys"], att["gold"], att["tp_gold"]) == (3, 2, 3, 2)


def test_unnamed_source_fails_when_a_wrong_speaker_is_named():
    graph = rdflib.Graph().parse(data=EXPORT.replace(
        'schema:text "talks would resume" ;', 'schema:text "talks would resume" ; nkb:speaker ex:berg ;'), format="turtle")
    assert score(GOLD, graph)["statements_attributed"]["tp_gold"] == 1


def test_sanctions_and_events(result):
    assert result["sanctions"]["f1"] == 1.0
    ev = result["events"]
    assert (ev["sys"], ev["tp_sys"], ev["gold"], ev["tp_gold"]) == (2, 1, 1, 1)
    assert ev["status_acc"] == 1.0 and ev["actor_acc"] == 1.0


def test_grounding_checks_offsets(result):
    assert result["grounding"] == {"spans": 2, "mismatched": 1}


def test_pool_sums_counts(result):
    pooled = pool([result, result])
    assert pooled["statements_detected"]["sys"] == 6
    assert pooled["statements_detected"]["f1"] == result["statements_detected"]["f1"]
    assert pooled["grounding"] == {"spans": 4, "mismatched": 2}


def test_pair_folder_uses_the_document_field(tmp_path: Path):
    (tmp_path / "g1.yaml").write_text(yaml.safe_dump({"document": "story.txt"}), encoding="utf-8")
    (tmp_path / "story.txt").write_text("x", encoding="utf-8")
    (tmp_path / "g2.yaml").write_text(yaml.safe_dump({"entities": []}), encoding="utf-8")
    (tmp_path / "g2.txt").write_text("y", encoding="utf-8")
    assert pair_folder(tmp_path) == [(tmp_path / "g1.yaml", tmp_path / "story.txt"), (tmp_path / "g2.yaml", tmp_path / "g2.txt")]


def test_pair_folder_reports_a_missing_article(tmp_path: Path):
    (tmp_path / "g.yaml").write_text(yaml.safe_dump({"document": "gone.txt"}), encoding="utf-8")
    with pytest.raises(InputError):
        pair_folder(tmp_path)


def test_evaluate_command_reports_pooled_scores_as_text_and_json(tmp_path):
    import json

    from typer.testing import CliRunner

    from newskb.cli import app

    article = tmp_path / "a.txt"
    article.write_text('Jacinda Ardern visited Wellington. "We are ready," Ardern said.', encoding="utf-8")
    gold = tmp_path / "a.yaml"
    gold.write_text(
        "document: a.txt\n"
        "entities:\n"
        "  - {id: ardern, name: Jacinda Ardern, type: Person, aliases: [Ardern]}\n"
        "  - {id: wellington, name: Wellington, type: Place}\n"
        "statements:\n"
        "  - {speaker: ardern, key: We are ready, kind: direct}\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    text = runner.invoke(app, ["evaluate", str(gold), str(article)])
    assert text.exit_code == 0, text.output
    assert text.stdout.splitlines()[1].split()[:4] == ["entities", "1.000", "1.000", "1.000"]
    folder = runner.invoke(app, ["evaluate", str(tmp_path), "--format", "json"])
    assert folder.exit_code == 0, folder.output
    assert json.loads(folder.stdout)["statements_attributed"]["f1"] == 1.0
