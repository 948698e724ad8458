"""Longer descriptions built from a head noun and concepts the lexicon finds
(kg/extract/data/descriptions.toml): found as one mention, their words no mentions of their
own; and where the grammar must not reach. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.text.reader import document_from_bytes


@pytest.fixture(scope="module")
def lexicon():
    from kg.extract import Extractor
    from kg.ontology import load_ontology

    return Extractor.from_ontology(load_ontology()).lexicon


def placed(lexicon, sentence: str) -> list[tuple[str, str, int, int]]:
    document = document_from_bytes(sentence.encode(), "t.txt", ".txt")
    return [
        (m.surface, m.concept.rsplit("#", 1)[-1], m.begin, m.end)
        for m in find_mentions(document.text, document.sentences, lexicon)
    ]


def found(lexicon, sentence: str) -> list[tuple[str, str]]:
    return [(surface, concept) for surface, concept, _, _ in placed(lexicon, sentence)]


@pytest.mark.parametrize(
    ("sentence", "surface", "concept"),
    [
        ("A widening gulf between consultants and trust managers worried the board.",
         "gulf between consultants and trust managers", "DoctorManagerDivide"),
        ("Tensions between senior clinicians and the executive team grew all year.",
         "Tensions between senior clinicians and the executive team", "DoctorManagerDivide"),
        ("The clinician–management tensions were plain at every meeting.",
         "clinician–management tensions", "DoctorManagerDivide"),
        ("Surgeons' working relationship with hospital managers improved.",
         "Surgeons' working relationship with hospital managers",
         "DoctorManagerRelationship"),
        ("The surgeon-management relationship improved.",
         "surgeon-management relationship", "DoctorManagerRelationship"),
        ("GPs' involvement has grown since the reforms.", "GPs' involvement",
         "ClinicalEngagement"),
        ("The participation of hospital consultants was voluntary.",
         "participation of hospital consultants", "ClinicalEngagement"),
        ("Ward doctors were asked to take part in the management of the unit.",
         "take part in the management", "ClinicalEngagement"),
        ("Surgeons who take on management roles need protected time.",
         "Surgeons who take on management roles", "ClinicalLeader"),
        ("Anaesthetists with leadership responsibilities met monthly.",
         "Anaesthetists with leadership responsibilities", "ClinicalLeader"),
        ("Education in healthcare management is rare in medical schools.",
         "Education in healthcare management", "ManagementTraining"),
        ("Training surgeons in management took two years.",
         "Training surgeons in management", "ManagementTraining"),
        ("Consultants' freedom to decide how they treat patients is prized.",
         "Consultants' freedom to decide", "Autonomy"),
        ("Relations between medical and managerial camps stayed cool.",
         "Relations between medical and managerial camps", None),
        ("The tension between clinical and managerial priorities never eased.",
         "tension between clinical and managerial priorities", "DoctorManagerDivide"),
        ("Surgeons' relationships with the executive team soured.",
         "Surgeons' relationships with the executive team", "DoctorManagerRelationship"),
        ("Clinically trained executives ran two of the hospitals.",
         "Clinically trained executives", "ClinicalLeader"),
        ("Managers with a clinical background were trusted more.",
         "Managers with a clinical background", "ClinicalLeader"),
        ("Nurses turned managers and clinicians turned managers met.",
         "clinicians turned managers", "ClinicalLeader"),
        ("The medical staff leaders voted against the plan.",
         "medical staff leaders", "ClinicalLeader"),
        ("Two consultant managers ran the surgical division.",
         "consultant managers", "ClinicalLeader"),
    ],
)
def test_a_description_is_one_mention(lexicon, sentence, surface, concept):
    mentions = found(lexicon, sentence)
    if concept is None:  # "camps" is no word of the sides: no relationship, nothing made up
        assert not any(s == surface for s, _ in mentions)
        return
    assert (surface, concept) in mentions
    begin = sentence.index(surface)
    end = begin + len(surface)
    inside = [
        s for s, _, b, e in placed(lexicon, sentence) if begin <= b and e <= end and s != surface
    ]
    assert not inside, f"component words stayed mentions: {inside}"


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # A possessive: the groups own the salaries; no divide, the groups are mentions.
        ("A gap between doctors' and managers' salaries opened up.", ("doctors", "Doctor")),
        ("The gap between doctors and managers' expectations was wide.", ("doctors", "Doctor")),
        # Readers keep both groups of a partnership (tests/gold/README.md).
        ("We need a partnership between doctors and managers.", ("doctors", "Doctor")),
        # A course in a field is no training rule: readers keep the field.
        ("She took courses in leadership at night.", ("leadership", "Leadership")),
        # An engagement already named keeps the management it is in.
        ("Clinician involvement in NHS management rose.", ("NHS management", "Management")),
        # A determiner before a bare relationship's other side: readers keep the managers.
        ("She spoke of relationships with their managers.", ("managers", "Manager")),
        # Doctors who lead something, and a list of doctors and managers, hold no post.
        ("Surgeons lead the weekly audit meeting.", ("Surgeons", "Doctor")),
        ("Doctors, managers and nurses attended.", ("Doctors", "Doctor")),
        # Not holding a post is no clinical leader.
        ("Consultants who do not hold leadership positions were surveyed.",
         ("Consultants", "Doctor")),
    ],
)
def test_no_description_where_the_grammar_does_not_reach(lexicon, sentence, kept):
    mentions = found(lexicon, sentence)
    assert kept in mentions
    assert not {c for _, c in mentions} & {
        "DoctorManagerDivide", "DoctorManagerRelationship", "LeadershipDevelopment",
        "ClinicalLeader",
    }


def test_a_pattern_may_not_start_with_an_optional_item():
    from kg.extract.descriptions import _compile

    with pytest.raises(ValueError, match="starts with an optional item"):
        _compile("working? @relation", {}, {"relation": ["relationship"]}, {})


def test_divide_needs_doctors_and_managers(lexicon):
    mentions = found(lexicon, "The tension between autonomy and accountability is old.")
    assert "DoctorManagerDivide" not in {c for _, c in mentions}
    assert ("autonomy", "Autonomy") in mentions


def test_patients_freedom_to_choose_is_no_autonomy(lexicon):
    mentions = found(lexicon, "Patients want the freedom to choose their hospital.")
    assert "Autonomy" not in {c for _, c in mentions}


def test_a_scare_quoted_divide_keeps_its_label(lexicon):
    mentions = found(lexicon, "The 'divide' between management and medicine is old.")
    assert [c for _, c in mentions] == ["DoctorManagerDivide"]
