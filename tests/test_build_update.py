"""An update of the previous build's store (kg.local_store) writes exactly what a fresh build
writes: the exports are byte-identical, with the real extractor on sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from kg.build import build_graph
from kg.buildstore import current_build, read_manifest
from kg.export import export
from kg.local_store import replace_graph_lines

DOCUMENTS = {
    "ward-audit.txt": "Clinical leadership supports patient safety on our wards.\n\n"
    "Good teamwork improves patient outcomes, and audit supports clinical governance.\n",
    "board-paper.txt": "The board believes that management training supports clinical"
    " leadership.\n\nBureaucracy undermines clinical autonomy in every trust.\n",
    "nursing-note.md": "# Nursing note\n\nTeamwork supports patient safety.\n\n"
    "Accountability requires clear governance.\n",
    "commentary.txt": "Clinical engagement improves the quality of care. " * 6 + "\n",
}


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def exports(build_dir: Path) -> dict[str, bytes]:
    return {fmt: export("all", fmt, build_dir) for fmt in ("turtle", "trig", "nquads")}


def test_one_edited_document_updates_to_the_graph_of_a_fresh_build(tmp_path: Path) -> None:
    corpus = write(tmp_path / "corpus", DOCUMENTS)
    build_dir = tmp_path / "b"
    build_graph([corpus], build_dir, quiet=True)
    before = exports(build_dir)
    # The edit denies a claim another document makes, and drops a statement: the corpus
    # graph's claims, counts and centrality change, not only the document's own graph.
    (corpus / "ward-audit.txt").write_text(
        "Clinical leadership does not support patient safety on our wards.\n", encoding="utf-8"
    )
    updated = build_graph([corpus], build_dir, quiet=True)
    assert updated.kept == 3
    assert read_manifest(current_build(build_dir))["updated_from"] == "0001"
    fresh = tmp_path / "fresh"
    build_graph([corpus], fresh, quiet=True, fresh=True)
    after = exports(build_dir)
    assert after != before
    assert after == exports(fresh)
    # Removing a document, and adding one: the same.
    (corpus / "nursing-note.md").unlink()
    write(corpus, {"new.txt": "Management training supports clinical leadership.\n"})
    assert build_graph([corpus], build_dir, quiet=True).kept == 3
    build_graph([corpus], fresh, quiet=True, fresh=True)
    assert exports(build_dir) == exports(fresh)


def test_replace_graph_lines_touches_only_the_difference() -> None:
    store = pyoxigraph.Store()
    graph = pyoxigraph.NamedNode("https://example.org/g")
    other = pyoxigraph.NamedNode("https://example.org/other")
    terms = [pyoxigraph.NamedNode(f"https://example.org/{n}") for n in range(4)]
    count = pyoxigraph.Literal("3", datatype=pyoxigraph.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer"))
    kept = pyoxigraph.Quad(terms[0], terms[1], terms[2], graph)
    gone = pyoxigraph.Quad(terms[0], terms[1], count, graph)
    elsewhere = pyoxigraph.Quad(terms[0], terms[1], count, other)
    store.extend([kept, gone, elsewhere])
    new = pyoxigraph.Triple(terms[3], terms[1], pyoxigraph.Literal("née ✓ \"x\""))
    lines = {
        line
        for triple in (kept.triple, new)
        for line in (pyoxigraph.serialize([triple], format=pyoxigraph.RdfFormat.N_TRIPLES) or b"")
        .splitlines()
    }
    assert replace_graph_lines(store, graph, lines) == (1, 1)
    assert {q.triple for q in store.quads_for_pattern(None, None, None, graph)} == {
        kept.triple, new,
    }
    assert elsewhere in store  # other graphs are left alone
    assert replace_graph_lines(store, graph, lines) == (0, 0)
    assert replace_graph_lines(store, graph, set()) == (2, 0)
    assert not list(store.quads_for_pattern(None, None, None, graph))


@pytest.mark.parametrize("line", [b"<https://example.org/a> <https://example.org/b> 1 ."])
def test_corpus_quads_must_be_in_the_corpus_graph(tmp_path: Path, line: bytes) -> None:
    from kg.local_store import LocalLoader

    build = tmp_path / "build"
    build.mkdir()
    source = tmp_path / "previous"
    (source / "store").mkdir(parents=True)
    pyoxigraph.Store(str(source / "store")).flush()
    loader = LocalLoader(build, (), previous=source)
    with pytest.raises(ValueError, match="not a quad of the corpus graph"):
        loader.load_corpus(line)
