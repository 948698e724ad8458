"""An update of the previous build's store (kg.local_store) writes exactly what a fresh build
writes: the exports are byte-identical, with the real extractor on sentences of our own."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from kg.build import build_graph
from kg.buildstore import current_build, open_store, read_manifest
from kg.corpus_graph import CorpusGraph
from kg.export import export
from kg.namespaces import CORPUS_GRAPH

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


def test_one_edited_document_updates_to_the_graph_of_a_fresh_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changes: list[tuple[int, int]] = []
    original = CorpusGraph.changes

    def counted(self: CorpusGraph) -> tuple[set, set]:
        removed, added = original(self)
        changes.append((len(removed), len(added)))
        return removed, added

    monkeypatch.setattr(CorpusGraph, "changes", counted)
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
    # Only the parts that changed were written, not the corpus graph whole.
    corpus_quads = len(list(open_store(build_dir).quads_for_pattern(
        None, None, None, pyoxigraph.NamedNode(CORPUS_GRAPH))))
    (removed, added), = changes
    assert removed > 0 and added > 0 and removed + added < corpus_quads
    # Removing a document, and adding one: the same.
    (corpus / "nursing-note.md").unlink()
    write(corpus, {"new.txt": "Management training supports clinical leadership.\n"})
    assert build_graph([corpus], build_dir, quiet=True).kept == 3
    build_graph([corpus], fresh, quiet=True, fresh=True)
    assert exports(build_dir) == exports(fresh)
