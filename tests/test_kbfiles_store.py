"""Loading exports into an in-memory store: N-Quads merged into the default graph in one update
hold exactly the quads that loading each file on its own gives."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from newskb.kbfiles import kb_files, load_into_store, load_store

NQ_A = """<http://e/x> <http://e/name> "X" <http://e/article/a> .
<http://e/x> <http://e/said> <http://e/s1> <http://e/article/a> .
"""
NQ_B = """<http://e/x> <http://e/name> "X" <http://e/article/b> .
<http://e/y> <http://e/name> "Y"@en <http://e/article/b> .
"""
NT = """<http://e/z> <http://e/name> "Z" .
<http://e/x> <http://e/name> "X" .
"""
# a named graph in JSON-LD stays out of the default graph, as before the merge by update
JSONLD = """{"@id": "http://e/article/j", "@graph": [{"@id": "http://e/w", "http://e/name": "W"}]}"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "a.nq").write_text(NQ_A, encoding="utf-8")
    (tmp_path / "b.nq").write_text(NQ_B, encoding="utf-8")
    (tmp_path / "c.nt").write_text(NT, encoding="utf-8")
    (tmp_path / "d.jsonld").write_text(JSONLD, encoding="utf-8")
    return tmp_path


def _file_by_file(folder, named_graphs: bool) -> set:
    store = ox.Store()
    for path in kb_files([folder]):
        load_into_store(store, path, named_graphs=named_graphs)
    return set(store)


@pytest.mark.parametrize("named_graphs", [True, False])
def test_load_store_holds_what_each_file_loaded_alone_holds(folder, named_graphs):
    assert set(load_store([folder], named_graphs=named_graphs)) == _file_by_file(folder, named_graphs)


def test_n_quads_are_in_their_graphs_and_once_in_the_default_graph(folder):
    store = load_store([folder])
    default = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    x_named = (ox.NamedNode("http://e/x"), ox.NamedNode("http://e/name"), ox.Literal("X"))
    assert x_named in default
    assert (ox.NamedNode("http://e/w"), ox.NamedNode("http://e/name"), ox.Literal("W")) not in default
    graphs = {q.graph_name for q in store.quads_for_pattern(*x_named)}
    assert graphs == {ox.DefaultGraph(), ox.NamedNode("http://e/article/a"), ox.NamedNode("http://e/article/b")}


# N-Quads layouts: the graph dropped line by line where it can be, parsed quad by quad where not
LAYOUTS = {
    "one graph": NQ_A,
    "several graphs": NQ_A + NQ_B,
    "a default-graph line with an IRI object": NQ_A + "<http://e/x> <http://e/knows> <http://e/y> .\n",
    "a literal that ends like a graph": '<http://e/x> <http://e/said> "see <http://e/g> ." <http://e/article/a> .\n',
    "a typed literal in the default graph": '<http://e/x> <http://e/n> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n',
    "a blank-node graph": '<http://e/x> <http://e/name> "X" _:g .\n',
    "tabs": '<http://e/x>\t<http://e/name>\t"X"\t<http://e/article/a>\t.\n',
    "a comment after a statement": '<http://e/x> <http://e/name> "X" <http://e/article/a> . # note\n',
    "CRLF line ends": NQ_A.replace("\n", "\r\n"),
    "no final line end": NQ_A.rstrip("\n"),
}


@pytest.mark.parametrize("text", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_n_quads_in_the_default_graph_are_their_triples(tmp_path, text):
    path = tmp_path / "a.nq"
    path.write_text(text, encoding="utf-8")
    store = load_store([path], named_graphs=False)
    expected = {(q.subject, q.predicate, q.object) for q in ox.parse(input=text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)}
    assert {(q.subject, q.predicate, q.object) for q in store} == expected
    assert all(q.graph_name == ox.DefaultGraph() for q in store)


def test_n_quads_that_are_no_utf8_are_refused_as_before(tmp_path):
    from newskb.errors import InputError

    path = tmp_path / "a.nq"
    path.write_bytes(b'<http://e/x> <http://e/name> "caf\xe9" <http://e/article/a> .\n')
    with pytest.raises(InputError, match="cannot read"):
        load_store([path], named_graphs=False)
