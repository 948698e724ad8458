"""The shipped ontology: its inventory, its shape, its relation signs, and how it is loaded."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from kg.errors import HlkgError
from kg.namespaces import HLKG
from kg.ontology import (
    load_ontology,
    ontology_files,
    parse_turtle,
    property_sign,
    relation_properties,
    to_rdfxml,
)

H = rdflib.Namespace(HLKG)

# issue 2's required inventory, local names exactly as written there
REQUIRED = [
    "Autonomy",
    "Accountability",
    "Professionalism",
    "Trust",
    "Deference",
    "Ethics",
    "Partnership",
    "Dialogue",
    "Communication",
    "DoctorManagerDivide",
    "Leadership",
    "ClinicalLeadership",
    "Management",
    "ManagementTraining",
    "Teamwork",
    "ChangeManagement",
    "Doctor",
    "Manager",
    "Patient",
    "Government",
    "ManagerRole",
    "InterpersonalRole",
    "InformationalRole",
    "DecisionalRole",
    "FigureheadRole",
    "LeaderRole",
    "LiaisonRole",
    "MonitorRole",
    "DisseminatorRole",
    "SpokespersonRole",
    "EntrepreneurRole",
    "DisturbanceHandlerRole",
    "ResourceAllocatorRole",
    "NegotiatorRole",
    "ClinicalNetwork",
    "PatientPathway",
    "ClinicalGuideline",
    "IntegratedCare",
    "PrimaryCare",
    "SecondaryCare",
    "TertiaryCare",
    "MultidisciplinaryTeam",
    "Audit",
    "Appraisal",
    "PeerReview",
    "PerformanceManagement",
    "MarketBasedPolicy",
    "ManagedCare",
    "Bureaucracy",
    "QualityOfCare",
    "PatientOutcome",
    "Efficiency",
    "Equity",
    "ResourceAllocation",
    "NHS",
    "KaiserPermanente",
    "BritishMedicalAssociation",
    "ImperialCollegeLondon",
]

UPPER = [
    "Actor",
    "Role",
    "ProfessionalValue",
    "Practice",
    "CareModel",
    "Policy",
    "Outcome",
    "Organisation",
]

MINTZBERG = {
    "InterpersonalRole": {"FigureheadRole", "LeaderRole", "LiaisonRole"},
    "InformationalRole": {"MonitorRole", "DisseminatorRole", "SpokespersonRole"},
    "DecisionalRole": {
        "EntrepreneurRole",
        "DisturbanceHandlerRole",
        "ResourceAllocatorRole",
        "NegotiatorRole",
    },
}


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    return load_ontology()


def _concepts(graph: rdflib.Graph) -> set[rdflib.URIRef]:
    return set(graph.transitive_subjects(RDFS.subClassOf, H.Concept)) - {H.Concept}


def _superclasses(graph: rdflib.Graph, cls: rdflib.URIRef) -> set[rdflib.URIRef]:
    return set(graph.transitive_objects(cls, RDFS.subClassOf)) - {cls}


def test_core_files_exclude_shapes():
    names = [p.name for p in ontology_files()]
    assert "hlkg.ttl" in names
    assert "shapes.ttl" not in names
    assert names == sorted(names)


def test_header(graph):
    ontology = rdflib.URIRef("https://w3id.org/hlkg/ontology")
    assert (ontology, RDF.type, OWL.Ontology) in graph
    assert graph.value(ontology, OWL.versionIRI) == rdflib.URIRef(
        "https://w3id.org/hlkg/ontology/0.1.0"
    )
    assert str(graph.value(ontology, OWL.versionInfo)) == "0.1.0"
    assert graph.value(ontology, DCTERMS.license) == rdflib.URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.creator):
        assert graph.value(ontology, prop) is not None, prop


@pytest.mark.parametrize("name", REQUIRED)
def test_required_concept_is_complete(graph, name):
    concept = H[name]
    assert (concept, RDF.type, OWL.Class) in graph
    assert (concept, RDF.type, OWL.NamedIndividual) in graph, "concepts are punned"
    labels = list(graph.objects(concept, RDFS.label))
    pref = list(graph.objects(concept, SKOS.prefLabel))
    assert len(labels) == 1 and len(pref) == 1
    assert str(labels[0]) == str(pref[0]) and pref[0].language == "en"
    assert graph.value(concept, SKOS.definition) is not None
    assert H.Concept in _superclasses(graph, concept)


def test_every_concept_under_exactly_one_upper_category(graph):
    concepts = _concepts(graph) - {H[u] for u in UPPER}
    assert len(concepts) > len(REQUIRED)
    for concept in concepts:
        categories = [u for u in UPPER if H[u] in _superclasses(graph, concept)]
        assert len(categories) == 1, (concept, categories)
    direct = set(graph.subjects(RDFS.subClassOf, H.Concept))
    assert direct == {H[u] for u in UPPER}


def test_upper_categories_are_pairwise_disjoint(graph):
    members = set()
    for axiom in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        listed = set(rdflib.collection.Collection(graph, graph.value(axiom, OWL.members)))
        if H.Actor in listed:
            members = listed
    assert members == {H[u] for u in UPPER}


def test_mintzberg_roles_in_three_groups(graph):
    for group, roles in MINTZBERG.items():
        assert (H[group], RDFS.subClassOf, H.ManagerRole) in graph
        assert {
            str(s).removeprefix(HLKG) for s in graph.subjects(RDFS.subClassOf, H[group])
        } == roles
    assert (H.ManagerRole, RDFS.subClassOf, H.Role) in graph


def test_concepts_are_not_typed_with_their_own_classes(graph):
    for concept in _concepts(graph):
        types = set(graph.objects(concept, RDF.type))
        assert types <= {OWL.Class, OWL.NamedIndividual}, (concept, types)


def test_lexicon_has_no_duplicate_labels(graph):
    counts = Counter(
        str(label).casefold()
        for concept in _concepts(graph) | {H.Concept}
        for prop in (SKOS.prefLabel, SKOS.altLabel)
        for label in graph.objects(concept, prop)
    )
    assert [label for label, n in counts.items() if n > 1] == []


@pytest.mark.parametrize(
    ("concept", "synonym"),
    [
        ("ClinicalNetwork", "managed clinical network"),
        ("ClinicalNetwork", "managed network"),
        ("ClinicalNetwork", "MCN"),
        ("NHS", "National Health Service"),
        ("BritishMedicalAssociation", "BMA"),
        ("KaiserPermanente", "KP"),
        ("Doctor", "clinician"),
        ("Doctor", "physician"),
        ("Doctor", "medical profession"),
        ("Manager", "chief executive"),
        ("HealthcareOrganisation", "healthcare organization"),
        ("DoctorManagerDivide", "doctor-manager divide"),
        ("Teamwork", "team-working"),
    ],
)
def test_lexicon_synonyms(graph, concept, synonym):
    assert rdflib.Literal(synonym, lang="en") in set(graph.objects(H[concept], SKOS.altLabel))


def test_clinical_network_not_matched_by_bare_network(graph):
    alts = {str(a).casefold() for a in graph.objects(H.ClinicalNetwork, SKOS.altLabel)}
    assert "network" not in alts and "networks" not in alts


POSITIVE = {"supports", "enables", "improves", "benefits", "promotes", "requires", "dependsOn"}
NEGATIVE = {
    "hinders",
    "impedes",
    "undermines",
    "damages",
    "threatens",
    "overcomes",
    "conflictsWith",
    "divertsFrom",
}
UNSIGNED = {"relatedTo", "partOf", "hasPart", "playsRole", "rolePlayedBy"}


def test_relation_signs_derive_from_subproperty_chain(graph):
    names = {p.removeprefix(HLKG) for p in relation_properties(graph)}
    assert names >= POSITIVE | NEGATIVE | UNSIGNED
    for name in names:
        sign = property_sign(graph, HLKG + name)
        if name in UNSIGNED:
            assert sign is None, name
        else:
            assert sign in (1, -1), name
            if name in POSITIVE:
                assert sign == 1, name
            if name in NEGATIVE:
                assert sign == -1, name
    # only the four base properties and their inverses carry the annotation themselves
    annotated = {str(s).removeprefix(HLKG) for s in graph.subjects(H.sign, None)}
    assert annotated == {
        "supports",
        "hinders",
        "requires",
        "conflictsWith",
        "supportedBy",
        "hinderedBy",
        "requiredBy",
    }


def test_sign_of_a_user_subproperty(tmp_path):
    extension = tmp_path / "ext.ttl"
    extension.write_text(
        "@prefix hlkg: <https://w3id.org/hlkg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "hlkg:erodes rdfs:subPropertyOf hlkg:undermines .\n",
        encoding="utf-8",
    )
    graph = load_ontology([extension])
    assert property_sign(graph, HLKG + "erodes") == -1


def test_relation_vocabulary(graph):
    assert (H.conflictsWith, RDF.type, OWL.SymmetricProperty) in graph
    assert (H.divertsFrom, RDF.type, OWL.SymmetricProperty) not in graph
    assert (H.partOf, OWL.inverseOf, H.hasPart) in graph
    assert graph.value(H.playsRole, RDFS.domain) == H.Actor
    assert graph.value(H.playsRole, RDFS.range) == H.Role
    assert (H.coOccursWith, RDF.type, OWL.SymmetricProperty) in graph
    assert H.coOccursWith not in set(graph.transitive_subjects(RDFS.subPropertyOf, H.relatedTo))
    for prop in relation_properties(graph):
        node = rdflib.URIRef(prop)
        assert (node, RDF.type, OWL.ObjectProperty) in graph
        assert graph.value(node, SKOS.definition) is not None
        assert graph.value(node, RDFS.label) is not None


def test_provenance_vocabulary(graph):
    for cls in ("Document", "Mention", "CoOccurrence"):
        assert (H[cls], RDF.type, OWL.Class) in graph
    for prop in ("mentions", "coOccursWith", "concept"):
        assert (H[prop], RDF.type, OWL.ObjectProperty) in graph
    for prop in (
        "confidence",
        "cue",
        "negated",
        "hedged",
        "hedgeCue",
        "sentenceCount",
        "mentionCount",
        "documentCount",
        "centrality",
        "contentHash",
    ):
        assert (H[prop], RDF.type, OWL.DatatypeProperty) in graph
        assert graph.value(H[prop], RDFS.range) is not None


def test_syntax_error_is_one_line_with_position(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix a: <http://x#> .\na:b a:c a:d .\na:e a:f ]\n", encoding="utf-8")
    with pytest.raises(HlkgError) as caught:
        load_ontology([bad])
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{bad}:3:")
    assert caught.value.exit_code == 2


def test_undeclared_prefix_is_reported_at_its_line(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix a: <http://x#> .\n\nb:c a:d a:e .\n", encoding="utf-8")
    with pytest.raises(HlkgError, match=r"bad\.ttl:3:1: .*b:"):
        parse_turtle(bad)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(HlkgError, match="cannot read"):
        load_ontology([tmp_path / "nope.ttl"])


def test_rdfxml_is_deterministic_across_processes(graph, tmp_path):
    script = (
        "import sys; from kg.ontology import load_ontology, to_rdfxml; "
        "sys.stdout.buffer.write(to_rdfxml(load_ontology()))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            check=True,
            capture_output=True,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
    assert outputs == {to_rdfxml(graph)}


def test_rdfxml_round_trips_with_same_triples(graph):
    reparsed = rdflib.Graph().parse(data=to_rdfxml(graph), format="xml")
    assert len(reparsed) == len(graph)
    assert rdflib.compare.isomorphic(reparsed, graph)


def test_turtle_parses_in_an_independent_parser():
    import pyoxigraph

    for path in ontology_files():
        store = pyoxigraph.Store()
        store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
        assert len(store) == len(parse_turtle(Path(path)))


def test_rdfxml_loads_in_owlready2(graph, tmp_path):
    import owlready2

    path = tmp_path / "hlkg.owl"
    path.write_bytes(to_rdfxml(graph))
    world = owlready2.World()
    ontology = world.get_ontology(path.as_uri()).load()
    doctor = world[HLKG + "Doctor"]
    assert doctor is not None
    assert world[HLKG + "HealthProfessional"] in doctor.is_a
    assert world[HLKG + "conflictsWith"] is not None
    assert len(list(ontology.classes())) >= len(REQUIRED)
