"""`hlkg export`: every format parses in an independent parser with the right counts."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.atomic import write_bytes_atomically
from kg.cli import cli
from kg.errors import HlkgError
from kg.export import export, ontology_quads


def rapper_count(path: Path, syntax: str) -> int:
    done = subprocess.run(
        ["rapper", "-i", syntax, "-c", path.as_uri()], capture_output=True, text=True, check=True
    )
    return int(re.search(r"returned (\d+) triples", done.stderr).group(1))


@pytest.fixture(scope="module")
def store_counts(mini_build: Path) -> dict[str, int]:
    from kg.buildstore import open_store
    from kg.namespaces import ONTOLOGY_GRAPH

    store = open_store(mini_build)
    quads = list(store.quads_for_pattern(None, None, None, None))
    ontology = pyoxigraph.NamedNode(ONTOLOGY_GRAPH)
    data = [q for q in quads if q.graph_name != ontology]
    return {
        "all_quads": len(quads),
        "all_triples": len({q.triple for q in quads}),
        "graph_quads": len(data),
        "graph_triples": len({q.triple for q in data}),
        "graphs": len({q.graph_name for q in quads}),
    }


@pytest.mark.parametrize(
    ("fmt", "syntax", "kind"),
    [
        ("turtle", "turtle", "triples"),
        ("ntriples", "ntriples", "triples"),
        ("xml", "rdfxml", "triples"),
        ("trig", "trig", "quads"),
        ("nquads", "nquads", "quads"),
    ],
)
@pytest.mark.parametrize("what", ["all", "graph"])
def test_rdf_formats_parse_in_rapper_with_the_store_counts(
    mini_build: Path, tmp_path: Path, store_counts, fmt: str, syntax: str, kind: str, what: str
) -> None:
    path = tmp_path / f"out.{fmt}"
    result = CliRunner().invoke(
        cli,
        [
            "export",
            "--what",
            what,
            "--format",
            fmt,
            "-o",
            str(path),
            "--build-dir",
            str(mini_build),
        ],
    )
    assert result.exit_code == 0, result.output
    assert rapper_count(path, syntax) == store_counts[f"{what}_{kind}"]


def test_trig_keeps_one_named_graph_per_document_plus_corpus_and_ontology(mini_build: Path) -> None:
    data = export("all", "trig", mini_build)
    graphs = {q.graph_name.value for q in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.TRIG)}
    assert graphs == {
        "https://w3id.org/hlkg/data/doc/notes-on-networks",
        "https://w3id.org/hlkg/data/doc/divide-essay",
        "https://w3id.org/hlkg/graph/corpus",
        "https://w3id.org/hlkg/graph/ontology",
    }


def test_jsonld_parses_back_with_the_same_triples(mini_build: Path, store_counts) -> None:
    data = export("all", "jsonld", mini_build)
    assert (
        len(list(pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.JSON_LD)))
        == store_counts["all_triples"]
    )


def test_turtle_is_deterministic_sorted_and_uses_our_prefixes(mini_build: Path) -> None:
    first = export("all", "turtle", mini_build)
    assert first == export("all", "turtle", mini_build)
    text = first.decode()
    assert "@prefix hlkg: <https://w3id.org/hlkg/ontology#> ." in text
    assert "@prefix hlkgd: <https://w3id.org/hlkg/data/> ." in text
    # Blank nodes carry canonical, content-derived labels, so re-runs give the same bytes.
    assert re.findall(r"_:[A-Za-z0-9]+", text)[0].startswith("_:c14n")
    assert export("all", "trig", mini_build) == export("all", "trig", mini_build)


def test_turtle_is_byte_identical_across_processes(mini_build: Path) -> None:
    code = (
        "import sys; from kg.export import export; "
        "sys.stdout.buffer.write(export('all', 'turtle', sys.argv[1]))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, str(mini_build)], capture_output=True, check=True
        ).stdout
        for _ in range(2)
    }
    assert len(outputs) == 1


def test_ontology_exports_without_any_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HLKG_BUILD_DIR", raising=False)
    expected = len({q.triple for q in ontology_quads()})
    for fmt, syntax in [("turtle", "turtle"), ("ntriples", "ntriples"), ("xml", "rdfxml")]:
        path = tmp_path / f"ontology.{fmt}"
        result = CliRunner().invoke(
            cli, ["export", "--what", "ontology", "-f", fmt, "-o", str(path)]
        )
        assert result.exit_code == 0, result.output
        assert rapper_count(path, syntax) == expected, fmt
    assert export("ontology", "turtle") == export("ontology", "turtle")


def test_ontology_rdfxml_loads_in_owlready2(tmp_path: Path) -> None:
    import owlready2

    path = tmp_path / "hlkg.owl"
    path.write_bytes(export("ontology", "xml"))
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    names = {c.name for c in onto.classes()}
    assert {"ClinicalLeadership", "Autonomy", "LiaisonRole"} <= names


def test_graph_rdfxml_loads_in_owlready2(mini_build: Path, tmp_path: Path) -> None:
    import owlready2

    path = tmp_path / "graph.owl"
    path.write_bytes(export("all", "xml", mini_build))
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    assert world.search_one(iri="https://w3id.org/hlkg/ontology#ClinicalLeadership") is not None


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_concept_network_for_gephi(mini_build: Path, tmp_path: Path, fmt: str) -> None:
    import networkx as nx

    data = export("graph", fmt, mini_build)
    assert data == export("graph", fmt, mini_build)
    path = tmp_path / f"concepts.{fmt}"
    path.write_bytes(data)
    graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    # The 16 mentioned concepts; the 9 asserted relations (the negated and the rejected claim
    # are left out).
    assert graph.number_of_nodes() == 16
    assert graph.number_of_edges() == 9
    assert "lastmodifieddate" not in data.decode()


def test_network_needs_a_build_and_ontology_network_is_refused() -> None:
    with pytest.raises(HlkgError, match="concept network"):
        export("ontology", "gexf")


def test_a_failed_export_leaves_the_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("earlier\n")
    result = CliRunner().invoke(
        cli, ["export", "-o", str(target), "--build-dir", str(tmp_path / "no-build")]
    )
    assert result.exit_code != 0
    assert target.read_text() == "earlier\n"

    with pytest.raises(TypeError):
        write_bytes_atomically(target, "text, not bytes: the write fails half-way")  # type: ignore[arg-type]
    assert target.read_text() == "earlier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_a_killed_export_leaves_the_existing_file(mini_build: Path, tmp_path: Path) -> None:
    target = tmp_path / "graph.ttl"
    target.write_text("earlier\n")
    code = (
        "import os, sys, kg.export as e\n"
        "real = os.replace\n"
        "os.replace = lambda *a: os.kill(os.getpid(), 9)\n"
        "from kg.cli import main\n"
        "main(['export', '-o', sys.argv[2], '--build-dir', sys.argv[1]])\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(mini_build), str(target)], check=False)
    assert done.returncode == -9
    assert target.read_text() == "earlier\n"
