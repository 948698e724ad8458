"""kg.network: the concept graphs that views, the site and the GraphML export draw from."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx
import pytest
from test_viz_support import make_build

from kg import network as kgn
from kg.buildstore import open_store
from kg.errors import HlkgError

H = "https://w3id.org/hlkg/ontology#"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    return open_store(make_build(tmp_path_factory.mktemp("viz") / "hlkg-build"))


def test_concept_graph_holds_the_asserted_relations_with_their_evidence(store) -> None:
    graph = kgn.concept_graph(store)
    assert sorted(kgn.local_name(n) for n in graph) == [
        "Accountability",
        "Audit",
        "Autonomy",
        "ClinicalLeadership",
        "Doctor",
        "Manager",
    ]
    edges = {
        (kgn.local_name(u), kgn.local_name(k), kgn.local_name(v)): d
        for u, v, k, d in graph.edges(keys=True, data=True)
    }
    # The negated "doctors conflict with managers" is not an asserted relation.
    assert set(edges) == {
        ("Autonomy", "requires", "Accountability"),
        ("ClinicalLeadership", "improves", "Audit"),
        ("Manager", "hinders", "Autonomy"),
    }
    requires = edges["Autonomy", "requires", "Accountability"]
    assert requires["evidence_count"] == 2
    assert requires["confidence"] == 0.9
    assert {e.source for e in requires["evidence"]} == {
        "a.txt",
        '<img src=x onerror="window.__xss=1">.txt',
    }
    improves = edges["ClinicalLeadership", "improves", "Audit"]
    # The sign comes from walking rdfs:subPropertyOf up to supports.
    assert (improves["base"], improves["sign"], improves["base_label"]) == (
        H + "supports",
        1,
        "supports",
    )
    hinders = edges["Manager", "hinders", "Autonomy"]
    assert (hinders["sign"], hinders["hedged"]) == (-1, True)
    doctor = graph.nodes[H + "Doctor"]
    assert doctor["category"] == "Actor"
    assert doctor["synonyms"] == ["clinician", "physician"]
    assert doctor["mention_count"] == 1
    assert graph.nodes[H + "Accountability"]["centrality"] == pytest.approx(0.3)


def test_filters_keep_one_relation_family_one_document_or_confident_claims(store) -> None:
    supports = kgn.concept_graph(store, relation="supports", include_unrelated=False)
    assert [(kgn.local_name(u), kgn.local_name(v)) for u, v in supports.edges()] == [
        ("ClinicalLeadership", "Audit")
    ]
    confident = kgn.concept_graph(store, min_confidence=0.75)
    assert confident.number_of_edges() == 2
    xss_only = kgn.concept_graph(store, document="xss")
    assert xss_only.number_of_edges() == 1
    edge = next(iter(xss_only.edges(data=True)))[2]
    assert edge["evidence_count"] == 1 and edge["confidence"] == 0.7
    assert sorted(kgn.local_name(n) for n in xss_only) == ["Accountability", "Autonomy"]


def _same_graph(one: nx.MultiDiGraph, other: nx.MultiDiGraph) -> bool:
    return sorted(one.nodes(data=True)) == sorted(other.nodes(data=True)) and sorted(
        one.edges(keys=True, data=True)
    ) == sorted(other.edges(keys=True, data=True))


def test_document_graphs_are_each_documents_concept_graph(store, seed_build: Path) -> None:
    for each in (store, open_store(seed_build)):
        graphs = kgn.document_graphs(each)
        docs = kgn.documents(each)
        assert sorted(graphs) == sorted(d.iri for d in docs) and len(docs) >= 2
        for doc in docs:
            assert _same_graph(graphs[doc.iri], kgn.concept_graph(each, document=doc.iri))
        assert sum(g.number_of_edges() for g in graphs.values()) > 0


def test_corpus_graphs_are_the_whole_and_each_documents_concept_graph(store) -> None:
    docs, mentions = kgn.documents(store), kgn.document_mentions(store)
    whole, graphs = kgn.corpus_graphs(store, kgn.concept_table(store), docs, mentions)
    assert _same_graph(whole, kgn.concept_graph(store)) and whole.number_of_edges() > 0
    assert all(_same_graph(graphs[d.iri], kgn.concept_graph(store, document=d.iri)) for d in docs)


def test_one_local_name_and_an_encoded_one_for_minted_iris() -> None:
    from kg import corpus_facts, namespaces, provenance

    assert kgn.local_name is namespaces.local_name
    assert provenance.local_name is namespaces.local_name  # no second function of that name
    for iri, name, minted in (
        (H + "ClinicalLeadership", "ClinicalLeadership", "ClinicalLeadership"),
        ("https://example.org/onto/Caf\u00e9", "Caf\u00e9", "Caf%C3%A9"),
        ("https://example.org/a#b/c?d", "c?d", "c%3Fd"),
        ("https://example.org/a/b#x-y_z.1", "x-y_z.1", "x-y_z.1"),
        ("urn:example:thing", "urn:example:thing", "urn%3Aexample%3Athing"),
    ):
        assert (kgn.local_name(iri), provenance.minted_local_name(iri)) == (name, minted)
    assert corpus_facts.cooccurrence_iri(H + "Trust", H + "Audit") == (
        namespaces.DATA + "cooccurrence/Audit--Trust"
    )


def test_cooccurrence_graph_is_undirected_and_counts_sentences(store) -> None:
    graph = kgn.cooccurrence_graph(store)
    assert not graph.is_directed()
    assert graph.number_of_edges() == 5
    assert graph.edges[H + "Autonomy", H + "Accountability"]["count"] == 2
    assert kgn.cooccurrence_graph(store, min_count=2).number_of_edges() == 1


def test_neighbourhood_reaches_depth_relations_either_way(store) -> None:
    graph = kgn.concept_graph(store)
    one = kgn.neighbourhood(graph, H + "Accountability", 1)
    assert sorted(kgn.local_name(n) for n in one) == ["Accountability", "Autonomy"]
    two = kgn.neighbourhood(graph, H + "Accountability", 2)
    assert sorted(kgn.local_name(n) for n in two) == ["Accountability", "Autonomy", "Manager"]


def test_names_resolve_by_label_synonym_local_name_or_iri(store) -> None:
    for name in ("autonomy", "Autonomy", "clinical  freedom", H + "Autonomy"):
        assert kgn.resolve_concept(store, name) == H + "Autonomy"
    with pytest.raises(HlkgError) as error:
        kgn.resolve_concept(store, "autonmy")
    assert error.value.exit_code == 2
    assert "did you mean 'Autonomy'" in str(error.value)
    assert kgn.resolve_document(store, "a.txt").iri.endswith("/doc/a")
    assert kgn.resolve_document(store, "Doctors & managers").iri.endswith("/doc/a")
    with pytest.raises(HlkgError, match="unknown document"):
        kgn.resolve_document(store, "nowhere.txt")
    with pytest.raises(HlkgError, match="unknown relation 'helps'"):
        kgn.concept_graph(store, relation="helps")


def test_ontology_graph_has_the_hierarchy_and_framework_mappings(store) -> None:
    graph = kgn.ontology_graph(store)
    assert graph.edges[H + "Doctor", H + "Actor"]["relation"] == "subClassOf"
    assert graph.edges[H + "Actor", H + "Concept"]["relation"] == "subClassOf"
    assert graph.edges[H + "FrameworkDimension", H + "Accountability"]["relation"] == "closeMatch"
    assert [name for name, _ in kgn.upper_categories(store)] == [
        "Actor",
        "Practice",
        "ProfessionalValue",
    ]


def test_flattened_graph_round_trips_through_graphml(store) -> None:
    flat = kgn.flatten_for_export(kgn.concept_graph(store))
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer)
    back = nx.read_graphml(io.BytesIO(buffer.getvalue()), force_multigraph=True)
    assert back.number_of_nodes() == 6 and back.number_of_edges() == 3
    assert back.nodes[H + "Doctor"]["synonyms"] == "clinician; physician"
    evidence = [json.loads(d["evidence"]) for *_, d in back.edges(data=True)]
    assert sorted(len(e) for e in evidence) == [1, 1, 2]
    nx.write_gexf(flat, io.BytesIO())


def test_mini_build_concept_graph_matches_its_statements(mini_build: Path) -> None:
    """The query engineer's exact fixture: every statement neither negated nor rejected
    becomes evidence."""
    store = open_store(mini_build)
    graph = kgn.concept_graph(store)
    rows = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { ?s a rdf:Statement ; rdf:predicate ?p . "
        "?p rdfs:subPropertyOf* hlkg:relatedTo . "
        "FILTER NOT EXISTS { ?s hlkg:negated true } FILTER NOT EXISTS { ?s hlkg:rejected true } }",
        prefixes={
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "hlkg": H,
        },
        use_default_graph_as_union=True,
    )
    expected = int(next(iter(rows))["n"].value)
    assert expected > 0
    assert sum(d["evidence_count"] for *_, d in graph.edges(data=True)) == expected
    for *_, data in graph.edges(data=True):
        assert data["sign"] in (-1, 0, 1)
