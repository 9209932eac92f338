"""The evaluation command: its scorer equals the reference scorer, and its error lists on hand-made exports and gold."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import rdflib
import yaml
from typer.testing import CliRunner

from newskb.cli import app
from newskb.errors import InputError
from newskb.evaluate import normalise_name, normalise_text, pair_folder, pair_gold, pool, score

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "eval" / "real"
REFERENCE = ROOT.parent / "shared" / "eval" / "score.py"
runner = CliRunner()

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


@pytest.mark.model
def test_evaluate_command_reports_pooled_scores_as_text_and_json(tmp_path):
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
    text = runner.invoke(app, ["evaluate", str(gold), str(article)])
    assert text.exit_code == 0, text.output
    assert text.stdout.splitlines()[1].split()[:4] == ["entities", "1.000", "1.000", "1.000"]
    folder = runner.invoke(app, ["evaluate", str(tmp_path), "--format", "json"])
    assert folder.exit_code == 0, folder.output
    assert json.loads(folder.stdout)["statements_attributed"]["f1"] == 1.0


# --- one scorer: the project's numbers are the reference scorer's ------------------------------------------


@pytest.fixture(scope="module")
def real_exports(nlp, tmp_path_factory):
    """Each development article extracted once and exported as Turtle: (gold, turtle path, text, graph)."""
    if not REAL.is_dir() or not REFERENCE.is_file():
        pytest.skip("the shared development set and reference scorer (../shared/eval) are not beside the repository")
    from newskb.evaluate import load_gold
    from newskb.pipeline import extract_doc
    from newskb.nlp.annotate import annotate
    from newskb.rdf.mapping import to_graph
    from newskb.rdf.serialize import serialize
    from newskb.reader import read_article

    folder = tmp_path_factory.mktemp("real")
    out = []
    for gold_path, article_path in pair_folder(REAL):
        article = read_article(article_path)
        graph = to_graph([extract_doc(article, annotate(article, nlp), nlp)])
        turtle = folder / f"{article_path.stem}.ttl"
        turtle.write_text(serialize(graph, "turtle"), encoding="utf-8")
        out.append((load_gold(gold_path), turtle, article.text))
    return out


@pytest.fixture(scope="module")
def real_results(real_exports):
    """Each development export scored once by this project's scorer, read back from its Turtle:
    (gold, turtle path, text, result)."""
    return [(gold, turtle, text, score(gold, rdflib.Graph().parse(turtle, format="turtle"), text))
            for gold, turtle, text in real_exports]


@pytest.mark.model
def test_scores_equal_the_reference_scorer_on_every_development_article(real_results):
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    for gold, turtle, text, ours in real_results:
        expected = reference.score(gold, reference.load_graph(str(turtle)), text)
        assert set(ours) - {"errors"} == set(expected), turtle.name
        for kind, values in expected.items():
            assert {k: ours[kind][k] for k in values} == values, (turtle.name, kind)


@pytest.mark.model
def test_error_counts_agree_with_the_scores_on_the_development_set(real_results):
    """Misses and false positives are read off the same matching as the counts, so they must add up."""
    for _, turtle, _, result in real_results:
        for kind in ("entities", "statements_detected", "statements_attributed", "sanctions", "events"):
            errors = [f.error for f in result["errors"][kind]]
            r = result[kind]
            assert errors.count("miss") == r["gold"] - r["tp_gold"], (turtle.name, kind)
            wrong = errors.count("false positive") + errors.count("duplicate")
            assert wrong == r["sys"] - r["tp_sys"], (turtle.name, kind)


# --- the error lists, on an export and gold written here ---------------------------------------------------

STORY = ("The Harbour Board met on Tuesday.\n"
         "Mara Lind said the harbour would reopen soon.\n"
         "Police in Tromso arrested two men on Monday.\n"
         "Lind later threatened the Harbour Authority with fines.\n"
         "In the end Lind fined the Harbour Board.\n")


def _evidence(phrase: str, shift: int = 0) -> str:
    start = STORY.index(phrase) + shift
    return f'nkb:evidence [ oa:hasSelector [ oa:start {start} ; oa:end {start + len(phrase)} ] , [ oa:exact "{phrase}" ] ]'


STORY_EXPORT = f"""
@prefix nkb: <https://w3id.org/newskb/ns#> .
@prefix schema: <https://schema.org/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <https://example.org/> .

ex:lind a schema:Person ; schema:name "Mara Lind" ; schema:alternateName "Lind" .
ex:lind2 a schema:Person ; schema:name "Lind" .
ex:tromso a schema:Person ; schema:name "Tromso" .
ex:authority a schema:Organization ; schema:name "Harbour Authority" .

ex:s1 a nkb:Statement ; schema:text "the harbour would reopen soon" ; nkb:speaker ex:tromso ; nkb:speakerText "Tromso" ;
    {_evidence("Mara Lind said the harbour would reopen soon.")} .
ex:s2 a nkb:Statement ; schema:text "two men on Monday" ; nkb:speakerText "Police" ;
    {_evidence("Police in Tromso arrested two men on Monday.")} .

ex:sa a nkb:Sanction ; nkb:imposedBy ex:lind ; nkb:target ex:authority ; nkb:status nkb:Threatened ;
    {_evidence("Lind later threatened the Harbour Authority with fines.")} .

ex:e1 a nkb:Event ; nkb:eventType [ skos:notation "ASSAULT" ] ; nkb:status nkb:Occurred ; nkb:trigger "arrested" ;
    {_evidence("Police in Tromso arrested two men on Monday.")} .
ex:e2 a nkb:Event ; nkb:eventType [ skos:notation "THREATEN" ] ; nkb:status nkb:Planned ; nkb:actor ex:tromso ;
    {_evidence("Lind later threatened the Harbour Authority with fines.", shift=1)} .
"""

STORY_GOLD = {
    "document": "story.txt",
    "entities": [
        {"id": "lind", "name": "Mara Lind", "type": "Person", "aliases": ["Lind"]},
        {"id": "tromso", "name": "Tromso", "type": "Place"},
        {"id": "board", "name": "Harbour Board", "type": "Organization"},
    ],
    "statements": [{"speaker": "lind", "key": "the harbour would reopen", "kind": "indirect"}],
    "sanctions": [{"imposer": ["lind"], "targets": ["board"], "status": "imposed"}],
    "events": [
        {"types": ["COERCE"], "actors": [], "status": "occurred", "anchor": "arrested two men"},
        {"types": ["THREATEN"], "actors": ["lind"], "status": "occurred", "anchor": "threatened the Harbour Authority"},
    ],
}


@pytest.fixture(scope="module")
def story_errors():
    return score(STORY_GOLD, rdflib.Graph().parse(data=STORY_EXPORT, format="turtle"), STORY)["errors"]


def _one(findings, error, **fields):
    found = [f for f in findings if f.error == error and all(getattr(f, k) == v for k, v in fields.items())]
    assert len(found) == 1, findings
    return found[0]


def test_an_entity_typed_wrongly_is_a_miss_and_a_false_positive_naming_each_other(story_errors):
    miss = _one(story_errors["entities"], "miss", gold="Tromso (Place)")
    assert miss.nearest == ("Tromso (Person)  [same name, another type]",)
    assert miss.sentence == "Police in Tromso arrested two men on Monday."
    wrong = _one(story_errors["entities"], "false positive", system="Tromso (Person)")
    assert wrong.nearest == ("gold Tromso (Place)  [same name, another type]",)


def test_an_entity_miss_names_the_system_entity_sharing_a_name_word(story_errors):
    miss = _one(story_errors["entities"], "miss", gold="Harbour Board (Organization)")
    assert miss.nearest == ("Harbour Authority (Organization)  [shares a name word]",)


def test_a_second_node_for_one_entity_is_listed_as_a_duplicate_not_a_miss(story_errors):
    duplicate = _one(story_errors["entities"], "duplicate", system="Lind (Person)")
    assert duplicate.nearest == ("Mara Lind (Person)",)
    assert not [f for f in story_errors["entities"] if f.gold == "Mara Lind (Person)" and f.error == "miss"]


def test_a_statement_with_the_wrong_speaker_is_an_attribution_miss_showing_that_speaker(story_errors):
    assert not [f for f in story_errors["statements_detected"] if f.error == "miss"]
    miss = _one(story_errors["statements_attributed"], "miss")
    assert miss.gold == "“the harbour would reopen” — Mara Lind"
    assert miss.nearest == ("“the harbour would reopen soon” — Tromso  [holds the key]",)
    assert miss.sentence == "Mara Lind said the harbour would reopen soon."


def test_a_statement_no_gold_holds_is_a_false_positive_with_its_sentence(story_errors):
    wrong = _one(story_errors["statements_detected"], "false positive")
    assert wrong.system == "“two men on Monday” — unnamed: Police"
    assert wrong.sentence == "Police in Tromso arrested two men on Monday."


def test_an_event_of_another_type_over_the_anchor_is_the_nearest_record_of_the_miss(story_errors):
    miss = _one(story_errors["events"], "miss")
    assert miss.nearest == ("ASSAULT (occurred) “arrested” actors: none; targets: none  [holds the anchor, another type]",)
    wrong = _one(story_errors["events"], "false positive", sentence="Police in Tromso arrested two men on Monday.")
    assert wrong.nearest == ("gold COERCE (occurred) “arrested two men” actors: none; targets: none"
                             "  [anchor in its evidence, another type]",)


def test_a_statement_with_the_wrong_speaker_is_also_an_attribution_false_positive_naming_the_gold(story_errors):
    wrong = _one(story_errors["statements_attributed"], "false positive", system="“the harbour would reopen soon” — Tromso")
    assert wrong.nearest == ("gold “the harbour would reopen” — Mara Lind  [holds its key]",)


def test_a_matched_event_with_the_wrong_status_and_actors_is_listed_for_each(story_errors):
    status = _one(story_errors["events"], "wrong status")
    actors = _one(story_errors["events"], "wrong actors")
    assert status.system == actors.system == "THREATEN (planned) “” actors: Tromso; targets: none"


def test_a_sanction_miss_shows_the_pair_found_with_another_status(story_errors):
    miss = _one(story_errors["sanctions"], "miss")
    assert miss.gold == "Mara Lind → Harbour Board"
    assert miss.nearest == ("Mara Lind → Harbour Authority (threatened)  [same imposer]",)
    assert miss.sentence == "In the end Lind fined the Harbour Board."  # its target beside its imposer
    assert not [f for f in story_errors["sanctions"] if f.error == "false positive"]


def test_a_span_whose_offsets_miss_its_text_is_listed_under_grounding(story_errors):
    bad = _one(story_errors["grounding"], "ungrounded")
    assert bad.system.startswith(f"[{STORY.index('Lind later') + 1}, ")


# --- the command: lists as text and json, gold and texts apart, one-line errors ----------------------------

FEW_WORDS = 'Jacinda Ardern visited Wellington. "We are ready," Ardern said.'
FEW_WORDS_GOLD = (
    "document: a.txt\n"
    "entities:\n"
    "  - {id: ardern, name: Jacinda Ardern, type: Person, aliases: [Ardern]}\n"
    "  - {id: wellington, name: Wellington, type: Place}\n"
    "  - {id: auckland, name: Auckland Harbour, type: Place}\n"
    "statements:\n"
    "  - {speaker: ardern, key: We are ready, kind: direct}\n"
)


@pytest.fixture
def apart(tmp_path):
    """A gold folder and a texts folder, kept apart."""
    gold, texts = tmp_path / "gold", tmp_path / "texts"
    gold.mkdir()
    texts.mkdir()
    (gold / "a.yaml").write_text(FEW_WORDS_GOLD, encoding="utf-8")
    (texts / "a.txt").write_text(FEW_WORDS, encoding="utf-8")
    return gold, texts


@pytest.mark.model
def test_text_report_keeps_the_score_table_first_then_lists_the_errors(apart):
    gold, texts = apart
    done = runner.invoke(app, ["evaluate", str(gold), "--texts", str(texts)])
    assert done.exit_code == 0, done.output
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["P", "R", "F1", "sys", "gold"] and lines[1].split()[0] == "entities"
    assert "== entities: 1 miss" in done.stdout
    assert "  MISS: Auckland Harbour (Place)" in lines
    assert "-- a.txt" in lines


@pytest.mark.model
def test_json_carries_scores_and_error_lists_and_measure_selects_them(apart):
    gold, texts = apart
    done = runner.invoke(app, ["evaluate", str(gold), "--texts", str(texts), "-f", "json", "--measure", "entities"])
    assert done.exit_code == 0, done.output
    data = json.loads(done.stdout)
    assert data["entities"]["tp_gold"] == 2 and data["entities"]["gold"] == 3
    assert list(data["errors"]) == ["entities"]
    miss = [f for f in data["errors"]["entities"] if f["error"] == "miss"]
    assert [(f["gold"], f["article"]) for f in miss] == [("Auckland Harbour (Place)", "a.txt")]
    quiet = runner.invoke(app, ["evaluate", str(gold), "--texts", str(texts), "-f", "json", "--no-errors"])
    assert json.loads(quiet.stdout)["errors"] == {}
    both = runner.invoke(app, ["evaluate", str(gold), "--texts", str(texts), "-f", "json", "-m", "statements"])
    assert sorted(json.loads(both.stdout)["errors"]) == ["statements_attributed", "statements_detected"]


def _fails_in_one_line(args, *words):
    done = runner.invoke(app, ["evaluate", *args])
    assert done.exit_code == 2, done.output
    assert done.stdout == "" and len(done.stderr.strip().splitlines()) == 1, done.stderr
    for word in words:
        assert word in done.stderr
    return done.stderr


def test_a_folder_without_gold_files_is_a_one_line_error(tmp_path):
    (tmp_path / "a.txt").write_text(FEW_WORDS, encoding="utf-8")
    _fails_in_one_line([str(tmp_path)], "no gold files")


def test_a_gold_naming_another_article_is_a_one_line_error(apart, tmp_path):
    gold, texts = apart
    other = tmp_path / "b.txt"
    other.write_text(FEW_WORDS, encoding="utf-8")
    _fails_in_one_line([str(gold / "a.yaml"), str(other)], "annotates a.txt, not b.txt")
    (texts / "a.txt").rename(texts / "b.txt")
    _fails_in_one_line([str(gold), "--texts", str(texts)], "a.txt")


def test_bad_options_and_bad_gold_are_one_line_errors(apart):
    gold, texts = apart
    _fails_in_one_line([str(gold), "--texts", str(texts), "--measure", "quotes"], "unknown measure")
    _fails_in_one_line([str(gold), "--texts", str(gold / "a.yaml")], "not a folder")
    (gold / "a.yaml").write_text("document: a.txt\nevents:\n  - {types: [PROTEST], status: occurred}\n", encoding="utf-8")
    _fails_in_one_line([str(gold), "--texts", str(texts)], "events item 1 has no anchor")


def test_pair_gold_finds_the_article_a_single_gold_file_names(apart):
    gold, texts = apart
    assert pair_gold(gold / "a.yaml", texts=texts) == [(gold / "a.yaml", texts / "a.txt")]


def test_records_listed_together_come_in_text_order_whatever_order_the_export_holds_them():
    """Two events holding one anchor, both of the wrong status, are named in text order whichever the store
    gives first."""
    gold = {**STORY_GOLD, "events": [{"types": ["THREATEN"], "actors": ["lind"], "status": "planned",
                                      "anchor": "threatened the Harbour Authority"}]}
    events = [f"""ex:{name} a nkb:Event ; nkb:eventType [ skos:notation "THREATEN" ] ; nkb:status nkb:Occurred ;
        nkb:trigger "{trigger}" ; {_evidence("Lind later threatened the Harbour Authority with fines.")} ."""
              for name, trigger in (("e1", "threatened"), ("e2", "fines"))]
    head = STORY_EXPORT.split("ex:s1")[0]
    listed = set()
    for order in (events, events[::-1]):
        errors = score(gold, rdflib.Graph().parse(data=head + "\n".join(order), format="turtle"), STORY)["errors"]
        listed.add(tuple(f.system for f in errors["events"] if f.error == "wrong status"))
    assert len(listed) == 1 and all(listed), listed
