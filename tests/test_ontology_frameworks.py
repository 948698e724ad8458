"""The NHS leadership frameworks as SKOS schemes, and their sourced mappings to core concepts."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.namespaces import HLKG
from kg.ontology import load_ontology

H = rdflib.Namespace(HLKG)

HLM_DIMENSIONS = {
    "inspiring shared purpose",
    "leading with care",
    "evaluating information",
    "connecting our service",
    "sharing the vision",
    "engaging the team",
    "holding to account",
    "developing capability",
    "influencing for results",
}
MLCF_DOMAINS = {
    "demonstrating personal qualities",
    "working with others",
    "managing services",
    "improving services",
    "setting direction",
}


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return load_ontology()


def _labels(graph, members):
    return {str(graph.value(m, SKOS.prefLabel)) for m in members}


def test_healthcare_leadership_model_has_nine_dimensions(graph):
    scheme = H.HealthcareLeadershipModel
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    tops = set(graph.subjects(SKOS.topConceptOf, scheme))
    assert _labels(graph, tops) == HLM_DIMENSIONS


def test_mlcf_has_five_domains_of_four_elements(graph):
    scheme = H.MedicalLeadershipCompetencyFramework
    domains = set(graph.subjects(SKOS.topConceptOf, scheme))
    assert _labels(graph, domains) == MLCF_DOMAINS
    for domain in domains:
        elements = set(graph.subjects(SKOS.broader, domain))
        assert len(elements) == 4, domain
        for element in elements:
            assert (element, SKOS.inScheme, scheme) in graph


def test_every_framework_concept_is_defined(graph):
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        assert (concept, RDF.type, OWL.NamedIndividual) in graph
        assert graph.value(concept, SKOS.definition) is not None, concept
        assert graph.value(concept, RDFS.label) is not None, concept


def test_every_mapping_is_sourced_and_targets_a_core_concept(graph):
    core = set(graph.transitive_subjects(RDFS.subClassOf, H.Concept))
    mappings = [
        (s, p, o) for p in (SKOS.closeMatch, SKOS.relatedMatch) for s, o in graph.subject_objects(p)
    ]
    assert len(mappings) >= 9 + 5
    for s, p, o in mappings:
        assert o in core, o
        axioms = [
            a
            for a in graph.subjects(OWL.annotatedSource, s)
            if graph.value(a, OWL.annotatedProperty) == p
            and graph.value(a, OWL.annotatedTarget) == o
        ]
        assert len(axioms) == 1, (s, p, o)
        assert graph.value(axioms[0], DCTERMS.source) is not None


def test_every_framework_concept_is_mapped(graph):
    mapped = {s for p in (SKOS.closeMatch, SKOS.relatedMatch) for s in graph.subjects(p, None)}
    tops = set(graph.subjects(SKOS.topConceptOf, None))
    assert tops <= mapped
