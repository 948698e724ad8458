"""The lexicon: concept labels from the ontology matched in text (kg.lexicon)."""

from __future__ import annotations

import itertools
import pickle

import pytest
import rdflib

from kg.lexicon import Lexicon, plurals, variants
from kg.namespaces import HLKG

EXTENSION = """
@prefix hlkg: <https://w3id.org/hlkg/ontology#> .
@prefix ex: <https://example.org/ext#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
ex:Burnout a owl:Class ; rdfs:subClassOf hlkg:Outcome ;
    rdfs:label "burnout"@en ; skos:altLabel "professional exhaustion"@en, "burn-out"@fr .
ex:Locum a owl:Class ; rdfs:subClassOf ex:Temporary .
ex:Temporary a owl:Class ; rdfs:subClassOf hlkg:Actor ; rdfs:label "temporary staff" .
ex:Locum rdfs:label "locum"@en .
"""


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    from kg.ontology import load_ontology

    return Lexicon.from_graph(load_ontology())


def found(lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(text[m.begin : m.end], m.concept.removeprefix(HLKG)) for m in lexicon.finditer(text)]


def test_plurals_and_simple_inflection(lexicon: Lexicon) -> None:
    assert found(lexicon, "Doctors, managers and networks of care.") == [
        ("Doctors", "Doctor"),
        ("managers", "Manager"),
        ("networks of care", "ClinicalNetwork"),
    ]
    assert found(lexicon, "They were managing change.") == [("managing change", "ChangeManagement")]
    assert ("manage change", "ChangeManagement") in found(lexicon, "to manage change well")


def test_longest_match_wins_and_nothing_overlaps(lexicon: Lexicon) -> None:
    text = "A managed clinical network needs clinical leadership, not just leadership."
    assert found(lexicon, text) == [
        ("managed clinical network", "ClinicalNetwork"),
        ("clinical leadership", "ClinicalLeadership"),
        ("leadership", "Leadership"),
    ]
    spans = [(m.begin, m.end) for m in lexicon.finditer(text * 3)]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_acronyms_are_case_sensitive_and_whole_words(lexicon: Lexicon) -> None:
    assert found(lexicon, "The NHS and the BMA met KP.") == [
        ("NHS", "NHS"),
        ("BMA", "BritishMedicalAssociation"),
        ("KP", "KaiserPermanente"),
    ]
    assert found(lexicon, "the nhs, kp, bma; sKPe and NHSX") == []


def test_hyphen_and_dash_compounds(lexicon: Lexicon) -> None:
    assert found(lexicon, "the doctor\u2013manager relationship") == [
        ("doctor\u2013manager relationship", "DoctorManagerRelationship")
    ]
    assert found(lexicon, "the doctor-manager divide") == [
        ("doctor-manager divide", "DoctorManagerDivide")
    ]
    # A compound that is no label still names both concepts.
    assert found(lexicon, "a doctor\u2013manager partnership") == [
        ("doctor", "Doctor"),
        ("manager", "Manager"),
        ("partnership", "Partnership"),
    ]
    # A negating prefix makes it another thing.
    assert found(lexicon, "non-clinical staff") == []


def test_unicode_text_and_offsets(lexicon: Lexicon) -> None:
    text = "Ärzte – İstanbul’s “clinical leadership” and the doctors’ managers."
    result = list(lexicon.finditer(text))
    assert [text[m.begin : m.end] for m in result] == ["clinical leadership", "doctors", "managers"]


def test_labels_across_line_breaks_and_scare_quotes(lexicon: Lexicon) -> None:
    assert found(lexicon, "a 'divide' between management and\nmedicine") == [
        ("divide' between management and\nmedicine", "DoctorManagerDivide")
    ]


def test_user_extension_concepts_are_matched() -> None:
    from kg.ontology import load_ontology

    graph = load_ontology()
    graph.parse(data=EXTENSION, format="turtle")
    lexicon = Lexicon.from_graph(graph)
    text = "Burnout and professional exhaustion among locums and temporary staff; burn-out."
    assert [(text[m.begin : m.end], m.concept.rsplit("#")[-1]) for m in lexicon.finditer(text)] == [
        ("Burnout", "Burnout"),
        ("professional exhaustion", "Burnout"),
        ("locums", "Locum"),
        ("temporary staff", "Temporary"),
    ]


def test_only_concepts_under_the_root_are_in_the_lexicon() -> None:
    graph = rdflib.Graph()
    graph.parse(
        data=f"""
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <{HLKG}Doctor> rdfs:subClassOf <{HLKG}Concept> ; rdfs:label "doctor" .
        <{HLKG}Sentence> rdfs:label "sentence" .
        <{HLKG}Concept> rdfs:label "concept" .
        """,
        format="turtle",
    )
    lexicon = Lexicon.from_graph(graph)
    assert lexicon.concepts == [HLKG + "Doctor"]
    assert [m.concept for m in lexicon.finditer("a concept, a sentence, a doctor")] == [
        HLKG + "Doctor"
    ]


def test_variant_generation() -> None:
    assert plurals("policy") == ["policies"]
    assert plurals("spokesman")[0] == "spokesmen"
    assert plurals("MDT") == ["MDTs"]
    assert "roles for the manager" in variants("role for the manager")
    assert "decision-makers" in variants("decision-maker")


def test_lexicon_pickles_without_its_compiled_expression(lexicon: Lexicon) -> None:
    list(lexicon.finditer("doctors"))
    copy = pickle.loads(pickle.dumps(lexicon))
    assert copy.labels == lexicon.labels
    assert found(copy, "NHS managers") == [("NHS managers", "Manager")]


def test_a_plural_that_mostly_names_another_concept_is_not_generated(lexicon: Lexicon) -> None:
    # "trusts" are NHS or foundation trusts (organisations), not kinds of mutual trust.
    assert found(lexicon, "Rivalry between trusts erodes trust.") == [
        ("trusts", "HealthcareOrganisation"),
        ("trust", "Trust"),
    ]
    assert found(lexicon, "NHS trusts") == [("NHS trusts", "HealthcareOrganisation")]


def test_an_excluded_phrase_hides_the_label_inside_it(lexicon: Lexicon) -> None:
    # The idiom and the process noun name no concept; the category words alone still do,
    # except a category's hlkg:genericLabel ("practice"), too general to count.
    assert found(lexicon, "In practice, the organisation of rotas is left to wards.") == []
    assert found(lexicon, "Each organisation sets its own practice.") == [
        ("organisation", "Organisation"),
    ]
    assert found(lexicon, "Good clinical practice") == [
        ("Good clinical practice", "ClinicalPractice")
    ]
    assert found(lexicon, "She became a role model; the role suits her.") == [("role", "Role")]
    # An excluded phrase gets its plural, unless it ends in a preposition: "organisations of
    # doctors" are institutions.
    assert found(lexicon, "Management consultants advised the consultants.") == [
        ("consultants", "Doctor")
    ]
    assert found(lexicon, "organisations of doctors") == [
        ("organisations", "Organisation"),
        ("doctors", "Doctor"),
    ]
    assert lexicon.lookup("in practice") is None
    assert lexicon.lookup("practice") is None  # a generic label: not in the lexicon
    assert lexicon.lookup("role") == HLKG + "Role"


def test_excluded_phrases_come_from_the_ontology_and_survive_pickling() -> None:
    graph = rdflib.Graph()
    graph.parse(
        data=f"""
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <{HLKG}Vision> rdfs:subClassOf <{HLKG}Concept> ; rdfs:label "vision" ;
            <{HLKG}excludedPhrase> "tunnel vision" .
        """,
        format="turtle",
    )
    lexicon = pickle.loads(pickle.dumps(Lexicon.from_graph(graph)))
    assert lexicon.excluded == ("tunnel vision",)
    assert found(lexicon, "a shared vision, not tunnel vision") == [("vision", "Vision")]


def test_synonyms_common_in_the_literature(lexicon: Lexicon) -> None:
    # Plural-only labels where the singular is mostly another part of speech.
    text = "Professionals dislike targets and markets; a professional target market."
    assert found(lexicon, text) == [
        ("Professionals", "HealthProfessional"),
        ("targets", "PerformanceTarget"),
        ("markets", "MarketBasedPolicy"),
    ]
    assert found(lexicon, "GPs and gps, an efficient service") == [
        ("GPs", "Doctor"),
        ("efficient", "Efficiency"),
    ]


def test_nhs_organisations_are_not_mutual_trust(lexicon: Lexicon) -> None:
    # "trust" alone is the value; the NHS's kinds of trust are organisations.
    text = "Primary care trusts and acute trusts hired trust managers despite low trust."
    assert found(lexicon, text) == [
        ("Primary care trusts", "HealthcareOrganisation"),
        ("acute trusts", "HealthcareOrganisation"),
        ("trust managers", "Manager"),
        ("trust", "Trust"),
    ]


def test_a_very_long_label_is_matched_not_a_recursion_error() -> None:
    from kg.ontology import load_ontology

    words = [f"word{n:04d}" for n in range(400)]  # ~3,600 characters
    label = " ".join(words)
    graph = load_ontology()
    graph.parse(
        data=EXTENSION
        + f'ex:Long a owl:Class ; rdfs:subClassOf hlkg:Outcome ; skos:altLabel "{label}" .',
        format="turtle",
    )
    text = f"Before it, {label}, and after it."
    matches = Lexicon.from_graph(graph).finditer(text)
    assert [(m.begin, m.end, m.concept.rsplit("#")[-1]) for m in matches] == [
        (11, 11 + len(label), "Long")
    ]


def test_a_hyphenated_label_matches_the_compound_written_open() -> None:
    lexicon = Lexicon(labels={"x#Staff": ("front-line staff",), "x#Leader": ("clinician manager",)})
    assert [m.concept for m in lexicon.finditer("Front line staff and front-line staff")] == [
        "x#Staff",
        "x#Staff",
    ]
    # Not the other way round: a "clinician-manager" tension is between two groups.
    assert list(lexicon.finditer("clinician-manager tensions")) == []
    assert lexicon.lookup("front line staff") == "x#Staff"


def test_the_article_after_a_labels_preposition_is_optional() -> None:
    lexicon = Lexicon(labels={"x#Q": ("quality of care",), "x#R": ("role of the manager",)})
    found = lexicon.finditer("The quality of the care and the role of manager matter.")
    assert [m.concept for m in found] == ["x#Q", "x#R"]
    assert list(lexicon.finditer("the quality of their care")) == []


def test_labels_of_other_concepts_inside_an_excluded_phrase_still_count() -> None:
    graph = rdflib.Graph()
    graph.parse(
        data=f"""
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <{HLKG}Management> rdfs:subClassOf <{HLKG}Concept> ; rdfs:label "manage" ;
            <{HLKG}excludedPhrase> "manage patients" .
        <{HLKG}Patient> rdfs:subClassOf <{HLKG}Concept> ; rdfs:label "patient" .
        <{HLKG}Safety> rdfs:subClassOf <{HLKG}Concept> ; rdfs:label "safety" ;
            <{HLKG}excludedPhrase> "health and safety" .
        """,
        format="turtle",
    )
    lexicon = pickle.loads(pickle.dumps(Lexicon.from_graph(graph)))
    assert found(lexicon, "GPs manage patients; they manage wards.") == [
        ("patients", "Patient"),
        ("manage", "Management"),
    ]
    assert found(lexicon, "Health and safety officers") == []


def test_a_label_at_the_start_of_an_excluded_phrase_counts_for_another_concept() -> None:
    graph = rdflib.Graph()
    graph.parse(
        data=f"""
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <{HLKG}Management> rdfs:subClassOf <{HLKG}Concept> ; rdfs:label "management" ;
            <{HLKG}excludedPhrase> "patient management" .
        <{HLKG}Patient> rdfs:subClassOf <{HLKG}Concept> ; rdfs:label "patient" .
        """,
        format="turtle",
    )
    lexicon = Lexicon.from_graph(graph)
    assert found(lexicon, "New patient management software") == [("patient", "Patient")]


def test_a_noun_noun_label_also_matches_with_its_modifier_after_of(lexicon: Lexicon) -> None:
    assert {"safety of patients", "safety of the patients", "development of leadership"} <= (
        variants("patient safety") | variants("leadership development")
    )
    assert "reform of the NHS" in variants("NHS reform")
    # An adjective first ("clinical leadership") or a longer label has no such form.
    assert not any(" of " in form for form in variants("clinical leadership"))
    assert not any(" of " in form for form in variants("integrated care"))
    assert not any(" of " in form for form in variants("doctor manager relationship"))
    assert found(lexicon, "It threatens the safety of patients.") == [
        ("safety of patients", "PatientSafety")
    ]
    # "organisation of" is an excluded phrase: the organisation of care is how care is
    # organised, not a care organisation.
    assert "HealthcareOrganisation" not in {
        concept for _, concept in found(lexicon, "They changed the organisation of care.")
    }


def test_a_label_led_by_an_article_makes_no_of_phrase(lexicon: Lexicon) -> None:
    # "the state" is Government, but "state of the" and "state of" name nothing
    assert not any(" of" in form for form in variants("the state"))
    assert found(lexicon, "It is a positive state of mind.") == []
    assert found(lexicon, "The state funds most hospitals.")[0] == ("The state", "Government")
