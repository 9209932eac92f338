"""Bad, hostile and huge input: one test per row of docs/bad-input.md.

Every row ends either in a correct export or in one ``Error: <what> — <what to do>``
line with the documented exit code; nothing half-written is left and nothing
reaches the network.
"""
from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from typer.testing import CliRunner

from newskb.cli import app
from newskb.errors import QueryError
from newskb.sparql import check_query
from newskb.rdf.vocab import NKB

runner = CliRunner()
STORY = (
    "The Norwegian foreign minister, Ingrid Dahl, said on Monday that talks in Oslo had failed. "
    '"We will not sign this," Dahl told reporters.\n'
)


def export(*args: str):
    return runner.invoke(app, ["export", *args])


def one_error_line(result) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert lines and all(" — " in line for line in lines), result.stderr
    assert "Traceback" not in result.output + result.stderr
    return lines[0]


def outputs(folder: Path) -> list[str]:
    """The exported files in a folder (not the export's own hidden bookkeeping)."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def turtle(result) -> Graph:
    return Graph().parse(data=result.stdout, format="turtle")


def encoding_of(graph: Graph) -> str:
    return str(next(graph.objects(None, NKB.encoding)))


def assert_grounded(graph: Graph, text: str) -> int:
    """Every exported span's start/end select its exact text in ``text``; returns how many there are."""
    rows = graph.query(
        "SELECT ?s ?e ?x WHERE { ?sp oa:hasSelector ?p, ?q . ?p oa:start ?s ; oa:end ?e . ?q oa:exact ?x }",
        initNs={"oa": "http://www.w3.org/ns/oa#"},
    )
    count = 0
    for start, end, exact in rows:
        assert text[int(start) : int(end)] == str(exact)
        count += 1
    return count


# --- inputs that are not articles ---------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty article"),
        (b"  \n\t\r\n  ", "empty article"),
        (b"Header\x00\x01\x02 and NUL bytes", "binary data"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary data"),
        (bytes(range(128, 256)) * 8, "binary data"),
    ],
    ids=["empty", "whitespace", "nul-bytes", "png-renamed-txt", "high-bytes-noise"],
)
def test_not_an_article_is_one_clear_error_and_nothing_written(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    out = tmp_path / "out.ttl"
    result = export(str(path), "--output", str(out))
    assert result.exit_code == 1
    line = one_error_line(result)
    assert str(path) in line and reason in line
    assert "0 article(s) exported, 1 failed." in result.stderr


# --- encodings and line endings: offsets count in the decoded text ------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        ("Le ministre français, Jean Dupont, a déclaré que la réunion à Genève était terminée. "
         "The Brazilian president, João Silva, said the talks in São Paulo had ended.\n".encode("cp1252"), "cp1252"),
        ((STORY + "Zoë Berg said “no”.\n").replace("Dahl told", "Dahl’s aide told").encode("utf-8").replace("’".encode(), b"\x92"),
         "utf-8+cp1252"),
        (b"\xef\xbb\xbf" + STORY.encode("utf-8"), "utf-8-sig"),
        (STORY.encode("utf-16"), "utf-16"),
        (STORY.encode("utf-16-le"), "utf-16-le"),
        (b"\xff\xfe\x00\x00" + STORY.encode("utf-32-le"), "utf-32"),
    ],
    ids=["latin-cp1252", "utf8-with-stray-cp1252-bytes", "utf8-bom", "utf16-bom", "utf16-no-bom", "utf32-bom"],
)
def test_other_encodings_are_decoded_and_recorded(tmp_path, raw, encoding):
    path = tmp_path / "enc.txt"
    path.write_bytes(raw)
    result = export(str(path))
    assert result.exit_code == 0, result.output
    graph = turtle(result)
    assert encoding_of(graph) == encoding
    from newskb.reader import read_article

    article = read_article(path)
    assert article.encoding == encoding and not article.text.startswith("\ufeff")
    assert assert_grounded(graph, article.text) > 0


@pytest.mark.model
def test_crlf_line_endings_keep_offsets_in_the_text_as_read(tmp_path):
    text = "date 2024-03-01\r\n" + STORY.replace("\n", "\r\n") + "Officials in Oslo said talks would resume.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    result = export(str(path))
    assert result.exit_code == 0, result.output
    graph = turtle(result)
    assert "2024-03-01" in result.stdout
    assert assert_grounded(graph, text) > 0


# --- huge input -----------------------------------------------------------------------------------
def test_pieces_join_back_and_prefer_paragraphs_then_sentences():
    from newskb.nlp.annotate import pieces

    paragraphs = "\n\n".join(f"Paragraph {i} says the minister spoke. Then it ends." for i in range(4000))
    cut = pieces(paragraphs, size=10_000)
    assert "".join(cut) == paragraphs and all(len(p) <= 10_000 for p in cut)
    assert all(p.endswith("\n\n") for p in cut[:-1])
    one_line = " ".join(["The minister spoke at length."] * 7000)  # a single ~200,000-character line
    cut = pieces(one_line, size=10_000)
    assert "".join(cut) == one_line and all(p.endswith(". ") for p in cut[:-1])
    unbroken = "x" * 25_000
    assert pieces(unbroken, size=10_000) == ["x" * 10_000, "x" * 10_000, "x" * 5_000]


@pytest.mark.model
def test_article_longer_than_a_piece_is_parsed_in_pieces_with_correct_offsets(nlp, monkeypatch):
    """The same code path as an article over spaCy's 1,000,000-character max_length, at a small scale."""
    import newskb.nlp.annotate as annotate_module
    from newskb.pipeline import extract_articles
    from newskb.reader import parse_article

    monkeypatch.setattr(annotate_module, "PIECE_CHARS", 400)
    paragraphs = [f"Officials in Oslo met on day {i}. The Norwegian minister, Ingrid Dahl, said talks went on." for i in range(12)]
    long_text = "\n\n".join(paragraphs) + "\n"
    one_line = " ".join(paragraphs)  # one long line: cut at sentence ends
    articles = [parse_article(long_text, source="long"), parse_article("Short one. Dahl spoke in Oslo.", source="short"),
                parse_article(one_line, source="line")]
    doc = annotate_module.annotate(articles[0], nlp)
    assert doc.text == long_text and len(annotate_module.pieces(long_text, 400)) >= 3
    extractions = list(extract_articles(articles))
    assert [x.article.source for x in extractions] == ["long", "short", "line"]
    for extraction in (extractions[0], extractions[2]):
        spans = [m for e in extraction.entities for m in e.mentions]
        assert max(s.start for s in spans) > len(extraction.article.text) - 200  # entities found in the last piece
        assert all(s.grounded_in(extraction.article.text) for s in extraction.spans())


@pytest.mark.model
def test_a_parsed_article_keeps_the_text_it_was_parsed_from(nlp, monkeypatch):
    """``base.doc_text`` reads the text the parse kept, whole or in pieces: it is ``Doc.text``."""
    import newskb.nlp.annotate as annotate_module
    from newskb.nlp.base import doc_text
    from newskb.reader import parse_article

    monkeypatch.setattr(annotate_module, "PIECE_CHARS", 200)
    long_text = "date 2025-01-02\n\n" + "\n\n".join(f"Officials met in Oslo on day {i}. Talks went on." for i in range(12))
    articles = [parse_article(long_text, source="long"), parse_article("WASHINGTON (AP) — Dahl spoke in Oslo.", source="short")]
    docs = [doc for doc, _ in annotate_module.annotate_many(articles, nlp)] + [annotate_module.annotate(articles[1], nlp)]
    assert [doc_text(doc) for doc in docs] == [doc.text for doc in docs]
    assert len(docs[0].text) == len(long_text) and docs[1].text == docs[2].text != articles[1].text  # the dateline's dash blanked


@pytest.mark.model
def test_model_max_length_is_never_reached(nlp):
    from newskb.nlp.annotate import PIECE_CHARS

    assert PIECE_CHARS < nlp.max_length


# --- odd text -------------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "— — — 12345 !!! ???\n",
        "no capitals no full stop just words running on and on",
        '"We will fight," the minister said. "And we will win, he added. Dahl said "no.\n',
        "Владимир Путин встретился с Ахмедом. Officials said Владимир Путин and "
        "محمد بن سلمان met in Riyadh. Zoë Ångström 👍🏽 said e\u0301 and the \u200dfamily 👨\u200d👩\u200d👧 cheered.\n",
    ],
    ids=["no-sentence", "no-punctuation", "unbalanced-quotes", "unusual-unicode"],
)
def test_odd_text_exports_grounded_and_conforms(tmp_path, text):
    path = tmp_path / "odd.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "kb"
    result = export(str(path), "--output", f"{out}/", "-f", "turtle", "-f", "jsonld", "-f", "nt")
    assert result.exit_code == 0, result.output
    graph = Graph().parse(out / "odd.ttl", format="turtle")
    assert_grounded(graph, text)
    assert len(Graph().parse(out / "odd.jsonld", format="json-ld")) == len(graph) == len(Graph().parse(out / "odd.nt", format="nt"))
    validated = runner.invoke(app, ["validate", str(out)])
    assert validated.exit_code == 0, validated.output


@pytest.mark.model
def test_names_with_iri_illegal_characters_and_literals_with_quotes_round_trip(tmp_path):
    """Entity names become slugged IRI segments; odd literals survive every format, in rdflib and Oxigraph."""
    import pyoxigraph as ox

    from newskb.pipeline import extract
    from newskb.models import Entity, Extraction
    from newskb.rdf.mapping import to_graph
    from newskb.rdf.serialize import serialize
    from newskb.ids import entity_key

    nasty = 'Ma<r>k "Q" {R}|u\\t^t`e Jr.\nII'
    extraction = extract('The envoy, Mark Rutte, said "back\\slash \\"quoted\\" \\u0041" twice.\n')
    entity = Entity(key=entity_key("Person", nasty), name=nasty, type="Person", alternate_names=('x"""y', "a\\b", "l1\r\nl2"))
    extraction = Extraction(**{**extraction.model_dump(), "entities": (*extraction.model_dump()["entities"], entity.model_dump())})
    assert all(ch not in entity.key for ch in '<>"{}|\\^` \n')
    graph = to_graph(extraction)
    names = {str(o) for o in graph.objects()}
    assert nasty in names and "l1\r\nl2" in names
    for fmt, rdflib_fmt, ox_fmt in (("turtle", "turtle", ox.RdfFormat.TURTLE), ("jsonld", "json-ld", ox.RdfFormat.JSON_LD),
                                    ("nt", "nt", ox.RdfFormat.N_TRIPLES)):
        text = serialize(graph, fmt)
        back = Graph().parse(data=text, format=rdflib_fmt)
        assert len(back) == len(graph) and Literal(nasty) in set(back.objects())
        assert len(list(ox.parse(text.encode("utf-8"), format=ox_fmt))) == len(graph)


def test_invalid_base_iri_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    result = export(str(path), "--base", "http://example.org/my kb/")
    assert result.exit_code == 2 and "--base" in one_error_line(result)


# --- folders --------------------------------------------------------------------------------------
@pytest.mark.model
def test_folder_with_unreadable_file_link_loops_and_a_pipe_exports_the_rest(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text(STORY, encoding="utf-8")
    (corpus / "sub" / "b.txt").write_text("Officials in Lima said the talks ended.\n", encoding="utf-8")
    locked = corpus / "locked.txt"
    locked.write_text(STORY, encoding="utf-8")
    (corpus / "sub" / "up").symlink_to(corpus, target_is_directory=True)  # a folder loop
    (corpus / "self.txt").symlink_to(corpus / "self.txt")  # a link looping onto itself
    (corpus / "gone.txt").symlink_to(corpus / "nowhere.txt")  # a broken link
    os.mkfifo(corpus / "pipe.txt")  # reading it would block forever
    if os.geteuid() == 0:  # root reads anything: make the read fail as it would for a user
        real = Path.read_bytes
        monkeypatch.setattr(Path, "read_bytes", lambda p: (_ for _ in ()).throw(PermissionError(errno.EACCES, "Permission denied"))
                            if p.name == "locked.txt" else real(p))
    else:
        locked.chmod(0)
    out = tmp_path / "out"
    result = export(str(corpus), "--output", f"{out}/")
    assert result.exit_code == 1, result.output
    assert outputs(out) == ["a.ttl", "b.ttl"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 3 and all(" — " in e for e in errors)
    assert any("locked.txt" in e and "Permission denied" in e for e in errors)
    assert any("self.txt" in e for e in errors) and any("gone.txt" in e for e in errors)
    assert "2 article(s) exported, 3 failed." in result.stderr


@pytest.mark.model
def test_same_file_name_in_two_folders_gives_two_outputs(tmp_path):
    for folder, text in (("x", STORY), ("y", "Officials in Lima said the talks ended.\n")):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "story.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = export(str(tmp_path / "in"), "--output", f"{out}/")
    assert result.exit_code == 0, result.output
    names = outputs(out)
    assert len(names) == 2 and "story.ttl" in names and any(n.startswith("story-") for n in names)


@pytest.mark.model
def test_one_bad_article_in_a_batch_is_reported_and_the_rest_exported(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "in" / "c.txt").write_text("Officials in Lima said the talks ended.\n", encoding="utf-8")
    result = export(str(tmp_path / "in"), "--output", str(tmp_path / "all.ttl"))
    assert result.exit_code == 1
    assert "b.txt" in one_error_line(result) and "2 article(s) exported, 1 failed." in result.stderr
    assert len(set(Graph().parse(tmp_path / "all.ttl").subjects(NKB.encoding, None))) == 2


@pytest.mark.model
def test_an_article_failing_in_extraction_is_reported_and_the_rest_exported(tmp_path, monkeypatch):
    import newskb.nlp.events as extract_module

    real = extract_module.find_events

    def fragile(ctx):
        if "EXPLODE" in ctx.article.text:
            raise RuntimeError("boom")
        return real(ctx)

    monkeypatch.setattr(extract_module, "find_events", fragile)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("EXPLODE said the minister.\n", encoding="utf-8")
    result = export(str(tmp_path / "in"), "--output", f"{tmp_path / 'out'}/")
    assert result.exit_code == 1
    line = one_error_line(result)
    assert "b.txt" in line and "extraction failed (RuntimeError: boom)" in line
    assert outputs(tmp_path / "out") == ["a.ttl"]


# --- outputs: nothing lost ------------------------------------------------------------------------
@pytest.mark.model
def test_output_in_a_folder_that_does_not_exist_is_created(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    out = tmp_path / "new" / "deeper" / "kb.ttl"
    result = export(str(path), "--output", str(out))
    assert result.exit_code == 0, result.output
    assert len(Graph().parse(out)) > 0


@pytest.mark.model
def test_output_under_a_file_is_a_clear_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    result = export(str(path), "--output", str(path / "kb.ttl"))
    assert result.exit_code == 2 and "cannot write" in one_error_line(result)


@pytest.mark.parametrize("failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()], ids=["disk-full", "interrupted"])
def test_a_failed_write_leaves_the_old_output_untouched(tmp_path, monkeypatch, failure):
    from newskb import output

    target = tmp_path / "kb.ttl"
    target.write_text("old and complete\n", encoding="utf-8")

    def fail(_fd):
        raise failure

    monkeypatch.setattr(output.os, "fsync", fail)
    with pytest.raises(type(failure) if isinstance(failure, KeyboardInterrupt) else output.OutputError) as caught:
        output.write_atomic(target, "new")
    if not isinstance(failure, KeyboardInterrupt):
        assert "No space left" in str(caught.value) and " — " in str(caught.value)
    assert target.read_text(encoding="utf-8") == "old and complete\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kb.ttl"]  # no temporary file left behind


@pytest.mark.model
def test_read_only_output_folder_is_a_clear_error_and_old_output_stays(tmp_path, monkeypatch):
    from newskb import output

    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    target = tmp_path / "kb.ttl"
    target.write_text("old\n", encoding="utf-8")
    if os.geteuid() == 0:  # root writes anywhere: fail the temporary file as a read-only folder would
        monkeypatch.setattr(output.tempfile, "mkstemp", lambda **_: (_ for _ in ()).throw(PermissionError(errno.EACCES, "Permission denied")))
    else:
        tmp_path.chmod(0o555)
    result = export(str(path), "--output", str(target))
    tmp_path.chmod(0o755)
    assert result.exit_code == 2 and "Permission denied" in one_error_line(result)
    assert target.read_text(encoding="utf-8") == "old\n"


def test_written_files_get_the_usual_permissions(tmp_path):
    from newskb.output import write_atomic

    old = os.umask(0o022)
    try:
        write_atomic(tmp_path / "x.ttl", "x")
    finally:
        os.umask(old)
    assert (tmp_path / "x.ttl").stat().st_mode & 0o777 == 0o644


@pytest.mark.slow
def test_output_closed_early_stops_quietly(tmp_path):
    kb = tmp_path / "kb.nt"
    kb.write_text("".join(f"<http://e/s{i}> <http://e/p> \"{i}\" .\n" for i in range(20000)), encoding="utf-8")
    pipe = subprocess.Popen([sys.executable, "-m", "newskb", "query", str(kb), "-q", "SELECT * WHERE { ?s ?p ?o }"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    pipe.stdout.read(100)
    pipe.stdout.close()
    stderr = pipe.stderr.read().decode()
    assert pipe.wait(timeout=60) in (0, 1) and stderr == ""


# --- no way out -----------------------------------------------------------------------------------
REFUSED_QUERIES = {
    "service": "SELECT * WHERE { SERVICE <http://127.0.0.1:{port}/sparql> { ?s ?p ?o } }",
    "service-lowercase-silent": "select * where { service silent <http://127.0.0.1:{port}/x> { ?s ?p ?o } }",
    "service-hidden-after-less-than": "SELECT * WHERE { FILTER(1<2)SERVICE?x#>\n{ ?s ?p ?o } }",
    "service-after-comment": "# a comment\nSELECT * WHERE { ?s ?p ?o . SERVICE <http://127.0.0.1:{port}/y> { ?a ?b ?c } }",
    "service-after-iri-with-hash": "SELECT * WHERE { ?s <http://a#b> ?o . SERVICE <http://127.0.0.1:{port}/z> { ?a ?b ?c } }",
    "service-string-escape": 'SELECT * WHERE { ?s ?p "\\u0022 } SERVICE <http://127.0.0.1:{port}/w> { ?a ?b ?c } # " }',
    "from": "SELECT * FROM <http://127.0.0.1:{port}/g> WHERE { ?s ?p ?o }",
    "from-named": "SELECT * FROM NAMED <http://127.0.0.1:{port}/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "load": "LOAD <http://127.0.0.1:{port}/data.ttl>",
    "insert": "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }",
    "delete-where": "DELETE WHERE { ?s ?p ?o }",
    "drop": "DROP ALL",
    "clear": "clear default",
}
ALLOWED_QUERIES = [
    "SELECT ?add ?delete ?service WHERE { ?add ?delete ?service }",
    'SELECT * WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), "INSERT the customer service; DROP it")) }',
    "SELECT * WHERE { ?s ex:load ?o } # insert, delete and service in a comment",
    "PREFIX service: <http://e/> SELECT * WHERE { ?s service:from ?o }",
    "SELECT * WHERE { ?s ?p ?o FILTER(?o < 3 || ?o > 5) }",
]


@pytest.fixture
def listener():
    """A local TCP server that records every connection made to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    hits: list[str] = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            hits.append(conn.recv(200).decode(errors="replace"))
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], hits
    stop.set()
    thread.join()
    server.close()


@pytest.fixture
def no_python_sockets(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("newskb tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(scope="module")
def small_kb(tmp_path_factory) -> Path:
    kb = tmp_path_factory.mktemp("kb") / "kb.ttl"
    kb.write_text('<http://e/a> <http://e/b> 4 .\n<http://e/a> <http://e/c> "x" .\n', encoding="utf-8")
    return kb


@pytest.mark.parametrize("name", sorted(REFUSED_QUERIES))
def test_query_refuses_updates_and_remote_access_and_fetches_nothing(name, small_kb, listener):
    port, hits = listener
    sparql = REFUSED_QUERIES[name].replace("{port}", str(port))
    with pytest.raises(QueryError):
        check_query(sparql)
    result = runner.invoke(app, ["query", str(small_kb), "-q", sparql])
    assert result.exit_code == 2 and "not allowed" in one_error_line(result)
    assert hits == []


@pytest.mark.parametrize("sparql", ALLOWED_QUERIES)
def test_query_allows_keywords_as_variables_strings_comments_and_prefixes(sparql, small_kb):
    check_query(sparql)
    result = runner.invoke(app, ["query", str(small_kb), "-q", f"PREFIX ex: <http://e/>\n{sparql}"])
    assert result.exit_code == 0, result.output


HOSTILE_JSONLD = {
    "remote-context": {"@context": "http://127.0.0.1:{port}/ctx.jsonld", "@id": "http://e/a", "name": "x"},
    "remote-context-in-list": {"@context": [{"@vocab": "http://e/"}, "http://127.0.0.1:{port}/c"], "@id": "http://e/a", "name": "x"},
    "import": {"@context": {"@version": 1.1, "@import": "http://127.0.0.1:{port}/i"}, "@id": "http://e/a", "http://e/p": "x"},
    "scoped-context": {"@context": {"p": {"@id": "http://e/p", "@context": "http://127.0.0.1:{port}/s"}},
                       "@id": "http://e/a", "p": {"@id": "http://e/b"}},
    "nested-in-graph": {"@graph": [{"@context": "http://127.0.0.1:{port}/g", "@id": "http://e/a"}]},
}


@pytest.mark.parametrize("name", sorted(HOSTILE_JSONLD))
def test_jsonld_never_fetches_a_remote_context(name, tmp_path, listener, no_python_sockets):
    port, hits = listener
    kb = tmp_path / "hostile.jsonld"
    kb.write_text(json.dumps(HOSTILE_JSONLD[name]).replace("{port}", str(port)), encoding="utf-8")
    for args in (["validate", str(kb)], ["query", str(kb), "-q", "SELECT * WHERE { ?s ?p ?o }"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, result.output
        line = one_error_line(result)
        assert "remote" in line and "never fetches" in line
    assert hits == []


@pytest.mark.model
def test_export_validate_query_never_open_a_socket(tmp_path, no_python_sockets):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    out = tmp_path / "kb"
    assert export(str(path), "--output", f"{out}/", "-f", "jsonld", "-f", "turtle").exit_code == 0
    assert runner.invoke(app, ["validate", str(out)]).exit_code == 0
    assert runner.invoke(app, ["query", str(out), "-q", "ASK { ?s ?p ?o }"]).exit_code == 0


def test_deeply_nested_json_is_a_clear_error(tmp_path):
    kb = tmp_path / "deep.jsonld"
    kb.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(kb)])
    assert result.exit_code == 2 and "nested too deeply" in one_error_line(result)


# --- determinism ----------------------------------------------------------------------------------
@pytest.mark.model
def test_exporting_twice_and_in_any_file_order_gives_identical_bytes(tmp_path):
    texts = {"a.txt": STORY, "b.txt": "Officials in Lima said the talks ended.\n", "c.txt": "Zoë Ångström said “no” in Kyiv.\n"}
    outputs = []
    for run, order in enumerate((sorted(texts), sorted(texts, reverse=True))):
        folder = tmp_path / f"in{run}"
        folder.mkdir()
        for name in order:  # files created in a different order
            (folder / name).write_text(texts[name], encoding="utf-8")
        for fmt in ("turtle", "jsonld", "nt", "nq"):
            result = export(str(folder), "-f", fmt)
            assert result.exit_code == 0, result.output
            outputs.append((fmt, result.stdout))
    by_format: dict[str, set[str]] = {}
    for fmt, text in outputs:
        by_format.setdefault(fmt, set()).add(text)
    assert all(len(texts_) == 1 for texts_ in by_format.values())


@pytest.mark.model  # in the export it starts as a process
def test_export_does_not_depend_on_the_hash_seed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY + "The European Union and Japan imposed sanctions on Iran, officials in Brussels said.\n", encoding="utf-8")
    runs = [
        subprocess.run([sys.executable, "-m", "newskb", "export", str(path), "-f", "nt"], capture_output=True, text=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}, timeout=120)
        for seed in ("1", "2")
    ]
    assert runs[0].returncode == 0, runs[0].stderr
    assert runs[0].stdout == runs[1].stdout


def test_a_byte_order_mark_followed_by_invalid_bytes_is_a_clear_error(tmp_path):
    from newskb.errors import InputError
    from newskb.reader import read_article

    path = tmp_path / "odd.txt"
    path.write_bytes(b"\xff\xfeA\x00B")  # an odd number of UTF-16 bytes
    with pytest.raises(InputError, match="invalid UTF-16 text") as caught:
        read_article(path)
    assert "save the article as UTF-8" in str(caught.value)


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, monkeypatch):
    import newskb.reader as reader

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "secret").mkdir()
    real = os.scandir
    monkeypatch.setattr(reader.os, "scandir", lambda p: (_ for _ in ()).throw(PermissionError(errno.EACCES, "Permission denied"))
                        if Path(p).name == "secret" else real(p))
    found = reader.article_paths([tmp_path])
    assert [p.name for p in found] == ["a.txt", "secret"]
    with pytest.raises(reader.InputError, match="cannot list this folder"):
        reader.read_article(found[1])
