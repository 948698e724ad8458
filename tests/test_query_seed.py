"""End to end on the graph built from the seed articles: queries, evidence and exports."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest

from kg.buildstore import open_store
from kg.export import export
from kg.sparql import library, run
from kg.sparql.results import compact

SEED_EXAMPLES = {
    "claims-about": {"concept": "autonomy"},
    "concept-definition": {"concept": "clinical leadership"},
    "concept-documents": {"concept": "doctors"},
    "concept-relations": {"concept": "Management"},
    "concept-sentences": {"concept": "Doctor"},
    "conflicts": {"concept": "Doctor"},
    "document-concepts": {"document": "edwards-2005-doctors-and-managers.txt"},
    "evidence": {"subject": "Doctor", "object": "Manager"},
    "hinders": {"concept": "Management"},
    "paths": {"from": "Leadership", "to": "Management"},
    "relations-from": {"concept": "autonomy", "relation": "hlkg:partOf"},
    "relations-into": {"concept": "autonomy", "relation": "hlkg:hinders"},
    "requires": {"concept": "Leadership"},
    "supports": {"concept": "clinical leadership"},
}


def rows(build: Path, name: str, given: dict[str, str]) -> list[dict[str, str]]:
    results = run.execute(library.find(name), given, store=open_store(build))
    names = [v.value for v in results.variables]
    return [{n: compact(s[n]) for n in names} for s in results]


@pytest.mark.parametrize("name", library.query_names())
def test_every_named_query_runs_on_the_seed_graph(seed_build: Path, name: str) -> None:
    rows(seed_build, name, SEED_EXAMPLES.get(name, {}))


def test_statistics_of_the_seed_graph(seed_build: Path) -> None:
    (stats,) = rows(seed_build, "statistics", {})
    assert int(stats["documents"]) >= 2
    assert int(stats["sentences"]) > 50
    assert int(stats["mentions"]) > int(stats["sentences"])
    assert int(stats["statements"]) > 0
    assert 0 < int(stats["mentionedConcepts"]) <= int(stats["concepts"])


def test_evidence_sentences_are_exact_slices_of_their_documents(seed_build: Path) -> None:
    """Every statement's sentence, as a query shows it, is its document's text at its offsets."""
    store = open_store(seed_build)
    text = """
    SELECT ?anchor ?begin ?end ?string WHERE {
      ?statement prov:wasDerivedFrom ?sentence .
      ?sentence nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end ;
          nif:referenceContext ?context .
      ?context nif:isString ?string .
    }"""
    found = list(run.run_local(store, run.prepare(text)))
    assert found
    for solution in found:
        begin, end = int(solution["begin"].value), int(solution["end"].value)
        assert solution["string"].value[begin:end] == solution["anchor"].value


def test_relations_carry_evidence_with_their_source(seed_build: Path) -> None:
    signed = rows(seed_build, "signed-relations", {"limit": "1000"})
    assert signed
    first = signed[0]
    evidence = rows(
        seed_build, "evidence", {"subject": first["subject"], "object": first["object"]}
    )
    assert evidence
    assert all(r["source"].endswith((".txt", ".md", ".pdf")) for r in evidence)
    assert all(r["sentence"] for r in evidence)


def test_cli_on_the_seed_graph(seed_build: Path) -> None:
    done = subprocess.run(
        [
            str(Path(sys.executable).parent / "hlkg"),
            "query",
            "concept-documents",
            "-p",
            "concept=doctors",
            "--build-dir",
            str(seed_build),
            "-f",
            "csv",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "document,title,source,mentions,sentences"
    assert any("edwards-2005-doctors-and-managers.txt" in line for line in lines[1:])


def test_seed_exports_parse_with_the_store_counts(seed_build: Path, tmp_path: Path) -> None:
    store = open_store(seed_build)
    quads = list(store.quads_for_pattern(None, None, None, None))
    for fmt, syntax, expected in [
        ("turtle", "turtle", len({q.triple for q in quads})),
        ("nquads", "nquads", len(quads)),
    ]:
        path = tmp_path / f"seed.{fmt}"
        path.write_bytes(export("all", fmt, seed_build))
        done = subprocess.run(
            ["rapper", "-i", syntax, "-c", path.as_uri()],
            capture_output=True,
            text=True,
            check=True,
        )
        assert int(re.search(r"returned (\d+) triples", done.stderr).group(1)) == expected
    assert export("all", "turtle", seed_build) == export("all", "turtle", seed_build)
    trig = export("all", "trig", seed_build)
    graphs = {q.graph_name.value for q in pyoxigraph.parse(trig, format=pyoxigraph.RdfFormat.TRIG)}
    documents = {
        r["document"] for r in rows(seed_build, "concept-documents", {"concept": "doctors"})
    }
    assert {"https://w3id.org/hlkg/graph/ontology", "https://w3id.org/hlkg/graph/corpus"} <= graphs
    assert {d.replace("hlkgd:", "https://w3id.org/hlkg/data/") for d in documents} <= graphs
