"""`hlkg diff`: what adding, editing and removing documents changes in statements and claims,
and the difference as two named graphs that patch the old graph into the new one."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest
from test_query_cli import run_main

from kg.build import build_graph
from kg.buildstore import current_build
from kg.diff import ADDED_GRAPH, REMOVED_GRAPH, diff_builds, resolve_build, triple_difference
from kg.errors import HlkgError
from kg.namespaces import HLKG

H = HLKG


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build 1: two documents; build 2: a third one added, which contests the first."""
    root = tmp_path_factory.mktemp("diff")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Management training improves teamwork. Clinical leadership requires trust.\n",
        encoding="utf-8",
    )
    (corpus / "c.txt").write_text("Clinical leadership depends on trust.\n", encoding="utf-8")
    build_dir = root / "hlkg-build"
    build_graph([corpus], build_dir, quiet=True)
    (corpus / "b.txt").write_text("Management training undermines teamwork.\n", encoding="utf-8")
    build_graph([corpus], build_dir, quiet=True)
    return build_dir


def test_adding_one_document(builds: Path) -> None:
    old, new = resolve_build(builds, None, "previous"), resolve_build(builds, None, "current")
    assert (old.name, new.name) == ("0001", "0002")
    diff = diff_builds(old, new)
    assert [source for _, source in diff.documents_added] == ["b.txt"]
    assert diff.documents_removed == [] and diff.statements_removed == []
    (added,) = diff.statements_added
    assert (added.source, added.sentence, added.key[3]) == (
        "b.txt", "Management training undermines teamwork.", H + "undermines"
    )
    changes = {(c.subject.removeprefix(H), c.sign): c for c in diff.claims}
    assert set(changes) == {("ManagementTraining", 1), ("ManagementTraining", -1)}
    positive, negative = changes[("ManagementTraining", 1)], changes[("ManagementTraining", -1)]
    assert positive.changes == ["now contested", "new evidence"]
    assert [(e.side, e.source) for e in positive.gained] == [("opposed", "b.txt")]
    assert negative.changes == ["added"]
    assert {(e.side, e.source) for e in negative.gained} == {
        ("affirmed", "b.txt"), ("opposed", "a.txt")
    }


def test_the_text_gives_documents_and_sentences(builds: Path) -> None:
    result = run_main(["diff", "--build-dir", str(builds)])
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "documents +1 -0 · statements +1 -0 ~0 · claims changed 2" in text
    assert "  + document b.txt" in text
    assert "  + b.txt: management training undermines teamwork [firm]" in text
    assert "      “Management training undermines teamwork.”" in text
    assert "  management training → teamwork (positive): now contested, new evidence" in text
    assert "      + against, opposite: b.txt: “Management training undermines teamwork.”" in text
    same = run_main(["diff", "2", "2", "--build-dir", str(builds)])
    assert "no difference in documents, statements or claims" in same.stdout


def test_the_difference_as_two_named_graphs_patches_old_into_new(
    builds: Path, tmp_path: Path
) -> None:
    target = tmp_path / "changes.trig"
    result = run_main(
        ["diff", "1", "2", "-f", "turtle", "-o", str(target), "--build-dir", str(builds)]
    )
    assert result.exit_code == 0, result.stderr
    dataset = pyoxigraph.Store()
    dataset.load(target.read_bytes(), format=pyoxigraph.RdfFormat.TRIG)
    assert {g.value for g in dataset.named_graphs()} == {ADDED_GRAPH, REMOVED_GRAPH}
    added, removed = triple_difference(builds / "builds" / "0001", builds / "builds" / "0002")
    graph = {
        name: {(q.subject, q.predicate, q.object)
               for q in dataset.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(name))}
        for name in (ADDED_GRAPH, REMOVED_GRAPH)
    }
    assert graph[ADDED_GRAPH] == {(t.subject, t.predicate, t.object) for t in added}
    assert graph[REMOVED_GRAPH] == {(t.subject, t.predicate, t.object) for t in removed}

    def triples(number: str) -> set:
        store = pyoxigraph.Store.read_only(str(builds / "builds" / number / "store"))
        return {(t.subject, t.predicate, t.object) for t in store.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)}

    assert (triples("0001") - graph[REMOVED_GRAPH]) | graph[ADDED_GRAPH] == triples("0002")
    claim = pyoxigraph.NamedNode("https://w3id.org/hlkg/data/claim/ManagementTraining--positive--Teamwork")
    contested = pyoxigraph.NamedNode(H + "contested")
    flags = {q.graph_name.value: q.object.value
             for q in dataset.quads_for_pattern(claim, contested, None, None)}
    assert flags == {ADDED_GRAPH: "true", REMOVED_GRAPH: "false"}
    again = run_main(["diff", "1", "2", "-f", "turtle", "--build-dir", str(builds)])
    assert again.stdout_bytes == target.read_bytes()  # byte for byte the same


def test_edits_flip_a_sign_change_a_status_and_remove_a_document(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Management training improves teamwork.\n", encoding="utf-8")
    (corpus / "c.txt").write_text("Clinical leadership requires trust.\n", encoding="utf-8")
    (corpus / "d.txt").write_text("Trust supports dialogue.\n", encoding="utf-8")
    build_dir = tmp_path / "hlkg-build"
    build_graph([corpus], build_dir, quiet=True)
    (corpus / "a.txt").write_text("Management training undermines teamwork.\n", encoding="utf-8")
    (corpus / "c.txt").write_text("Clinical leadership may require trust.\n", encoding="utf-8")
    (corpus / "d.txt").unlink()
    build_graph([corpus], build_dir, quiet=True)
    diff = diff_builds(resolve_build(build_dir, "1", ""), current_build(build_dir))
    assert [source for _, source in diff.documents_removed] == ["d.txt"]
    # The edited sentences of a.txt and c.txt are other sentences: removed, and added.
    assert [(s.source, s.status()) for s in diff.statements_removed] == [
        ("a.txt", "firm"), ("c.txt", "firm"), ("d.txt", "firm")
    ]
    assert [(s.source, s.key[3].removeprefix(H), s.status()) for s in diff.statements_added] == [
        ("a.txt", "undermines", "firm"), ("c.txt", "requires", "hedged")
    ]
    (changed,) = [c for c in diff.claims if c.subject == H + "ManagementTraining"]
    assert (changed.sign, changed.changes) == (-1, ["sign flipped (was positive)"])
    by_subject = {c.subject.removeprefix(H): c.changes for c in diff.claims}
    assert by_subject["Trust"] == ["removed"]
    assert by_subject["ClinicalLeadership"] == ["new evidence", "lost evidence"]


def test_a_statement_whose_flags_change_is_changed_not_added(builds: Path, tmp_path: Path) -> None:
    """What a new extractor does to the same sentence: here, hedging it."""
    from test_viz_support import make_build

    store = pyoxigraph.Store()
    store.extend(pyoxigraph.Store.read_only(str(builds / "builds" / "0002" / "store"))
                 .quads_for_pattern(None, None, None, None))
    hedged = pyoxigraph.NamedNode(H + "hedged")
    boolean = pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
    (quad,) = [q for q in store.quads_for_pattern(None, hedged, None, None)
               if "/doc/b/" in q.subject.value]
    store.remove(quad)
    store.add(pyoxigraph.Quad(quad.subject, hedged, pyoxigraph.Literal("true", datatype=boolean),
                              quad.graph_name))
    trig = tmp_path / "hedged.trig"
    trig.write_bytes(store.dump(format=pyoxigraph.RdfFormat.TRIG))
    other = make_build(tmp_path / "hlkg-build", trig)
    diff = diff_builds(builds / "builds" / "0002", current_build(other))
    assert (diff.statements_added, diff.statements_removed) == ([], [])
    ((was, now),) = diff.statements_changed
    assert (was.source, was.status(), now.status()) == ("b.txt", "firm", "hedged")


def test_bad_build_references_are_one_line_errors(builds: Path, tmp_path: Path) -> None:
    with pytest.raises(HlkgError, match=r"no build '7': .* \(the build folder has 0001, 0002\)"):
        resolve_build(builds, "7", "current")
    result = run_main(["diff", str(tmp_path / "nowhere"), "--build-dir", str(builds)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    single = tmp_path / "single"
    (single / "corpus").mkdir(parents=True)
    (single / "corpus" / "a.txt").write_text("Trust supports dialogue.\n", encoding="utf-8")
    build_graph([single / "corpus"], single / "hlkg-build", quiet=True)
    result = run_main(["diff", "--build-dir", str(single / "hlkg-build")])
    assert result.exit_code == 1
    assert "no build before the current one (0001)" in result.stderr
