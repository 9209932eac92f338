"""The on-disk store kept between folder queries answers as the in-memory store would, and is
rebuilt as soon as any of its files changes, appears or goes."""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from newskb import query_cache
from newskb.cli import app
from newskb.query_cache import query_source

pytestmark = pytest.mark.slow  # starts processes or servers, or runs a whole external suite: minutes, not seconds

runner = CliRunner()

E = "https://w3id.org/newskb/id/"
SCHEMA = "https://schema.org/"
QUERIES = [
    "SELECT ?s ?p ?o WHERE { ?s ?p ?o }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?g ?n WHERE { GRAPH ?g { ?e schema:name ?n } }",
    "SELECT ?n WHERE { ?c owl:sameAs ?m ; schema:alternateName ?n }",
    "ASK { ?e schema:name \"Ana\" }",
]


def nquads(key: str, people: list[str]) -> str:
    graph = f"<{E}article/{key}>"
    lines = [f'_:q{key} <{SCHEMA}text> "Said in {key}."@en {graph} .']
    for person in people:
        node = f"<{E}entity/{key}-{person.lower()}>"
        lines += [f'{node} <{SCHEMA}name> "{person}" {graph} .', f"{graph} <{SCHEMA}mentions> {node} {graph} ."]
    return "\n".join(lines) + "\n"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """Two exports and a links file, with every size cached and no wait for settled files."""
    monkeypatch.setenv("NEWSKB_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(query_cache, "MIN_BYTES", 0)
    monkeypatch.setattr(query_cache, "SETTLED_SECONDS", 0.0)
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "a.nq").write_text(nquads("a", ["Ana", "Ben"]), encoding="utf-8")
    (kb / "b.nq").write_text(nquads("b", ["Ana"]), encoding="utf-8")
    (kb / "links.ttl").write_text(
        f"<{E}canon/ana> a <https://w3id.org/newskb/ns#CanonicalEntity> ;\n"
        f"    <http://www.w3.org/2002/07/owl#sameAs> <{E}entity/a-ana>, <{E}entity/b-ana> .\n",
        encoding="utf-8",
    )
    return kb


def answer(folder, sparql: str, *args: str) -> list[str]:
    done = runner.invoke(app, ["query", str(folder), "-q", sparql, "-f", "csv", *args])
    assert done.exit_code == 0, done.output
    blank = re.compile(r"\b[0-9a-f]{20,32}\b")  # a blank node, named afresh by each load
    return sorted(blank.sub("_:", line) for line in done.stdout.splitlines())


@pytest.mark.parametrize("sparql", QUERIES)
@pytest.mark.parametrize("links", ["--links", "--no-links"])
def test_the_cached_store_answers_as_the_files(folder, sparql, links):
    uncached = answer(folder, sparql, links, "--no-cache")
    assert answer(folder, sparql, links) == uncached  # builds the entry
    assert answer(folder, sparql, links) == uncached  # reads it
    assert list((folder.parent / "cache").iterdir())


def test_an_unchanged_folder_is_not_loaded_again(folder, monkeypatch):
    first = query_source([folder], named_graphs=False, links=True)
    monkeypatch.setattr(query_cache, "load_store", lambda *args, **kwargs: pytest.fail("loaded again"))
    assert query_source([folder], named_graphs=False, links=True) == first


def test_what_the_store_holds_names_its_own_entry(folder):
    sources = {query_source([folder], named_graphs=graphs, links=links) for graphs in (False, True) for links in (False, True)}
    assert len(sources) == 4


@pytest.mark.parametrize(
    "change",
    [
        lambda kb: (kb / "b.nq").write_text(nquads("b", ["Ana", "Cy"]), encoding="utf-8"),
        lambda kb: (kb / "c.nq").write_text(nquads("c", ["Cy"]), encoding="utf-8"),
        lambda kb: (kb / "b.nq").unlink(),
        lambda kb: (kb / "b.nq").rename(kb / "b2.nq"),
    ],
    ids=["rewritten", "added", "removed", "renamed"],
)
def test_a_changed_folder_is_loaded_again(folder, change):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    answer(folder, count)
    change(folder)
    assert answer(folder, count) == answer(folder, count, "--no-cache")


def test_a_file_changed_a_moment_ago_is_not_cached(folder, monkeypatch):
    """A second write within the same timestamp tick would leave its times as they were."""
    monkeypatch.setattr(query_cache, "SETTLED_SECONDS", 3600.0)
    assert not isinstance(query_source([folder], named_graphs=False, links=True), type(folder))
    assert not (folder.parent / "cache").exists()


def test_small_files_are_not_cached(folder, monkeypatch):
    monkeypatch.undo()  # the default size floor
    monkeypatch.setenv("NEWSKB_CACHE_DIR", str(folder.parent / "cache"))
    assert answer(folder, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert not (folder.parent / "cache").exists()


def test_a_cache_folder_that_cannot_be_written_leaves_the_query_in_memory(folder, monkeypatch):
    blocked = folder.parent / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("NEWSKB_CACHE_DIR", str(blocked / "cache"))
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert answer(folder, count) == answer(folder, count, "--no-cache")
    assert not isinstance(query_source([folder], named_graphs=False, links=True), type(folder))


def test_without_a_home_folder_nothing_is_cached(folder, monkeypatch):
    for name in ("NEWSKB_CACHE_DIR", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("os.path.expanduser", lambda path: path)  # as when no home folder is known
    monkeypatch.chdir(folder)
    assert not isinstance(query_source([folder], named_graphs=False, links=True), type(folder))
    assert not (folder / "~").exists()
