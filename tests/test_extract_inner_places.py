"""Concepts inside a longer phrase by their place in it, whatever its length
(kg/extract/data/inner-mentions.txt): the people after a phrase's leading verb ("engaging
medical staff"), the patients a modifier names inside a phrase about their care ("better
patient care"), but not the people or patients that are part of the concept's own name
("patient safety", "physician engagement"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import mentions, triples


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("The ward gave better patient care after the move.",
         ("better patient care", "QualityOfCare"), ("patient", "Patient")),
        ("Inspectors judged the quality of patient care on each ward.",
         ("quality of patient care", "QualityOfCare"), ("patient", "Patient")),
        ("Safe patient care depends on enough nurses.",
         ("Safe patient care", "PatientSafety"), ("patient", "Patient")),
        ("Effective patient care needs good records.",
         ("Effective patient care", "Effectiveness"), ("patient", "Patient")),
        ("The trust spent a year engaging medical staff in the redesign.",
         ("engaging medical staff", "ClinicalEngagement"), ("medical staff", "Doctor")),
        ("Disengaged medical staff rarely come to the board.",
         ("Disengaged medical staff", "ClinicalEngagement"), ("medical staff", "Doctor")),
        ("Involving their doctors helped the managers.",
         ("Involving their doctors", "ClinicalEngagement"), ("doctors", "Doctor")),
    ],
)
def test_the_concept_at_its_place_is_a_mention_too(extractor, text, outer, inner) -> None:
    found = mentions(extractor, text)
    assert outer in found
    assert inner in found


@pytest.mark.parametrize(
    ("text", "outer", "absent"),
    [
        # the modifier and its head are the concept's own name
        ("Patient safety improved when the rota changed.", "PatientSafety", "Patient"),
        ("Medical staff engagement fell last year.", "ClinicalEngagement", "Doctor"),
        ("Physician engagement rose after the merger.", "ClinicalEngagement", "Doctor"),
        ("Patient satisfaction rose on the new ward.", "PatientExperience", "Patient"),
        # the people after "of" complement the head: the engagement alone
        ("The engagement of medical staff took three years.", "ClinicalEngagement", "Doctor"),
        # no place of the rule holds the patients of an outcome
        ("Patient outcomes improved on the new ward.", "PatientOutcome", "Patient"),
    ],
)
def test_a_concept_s_own_name_is_one_mention(extractor, text, outer, absent) -> None:
    found = [c for _, c in mentions(extractor, text)]
    assert outer in found
    assert absent not in found


def test_relations_read_the_phrase_not_the_patients_inside(extractor) -> None:
    found = triples(extractor, "Safe patient care depends on enough nurses.")
    assert found
    assert all(s == "PatientSafety" for s, _, _ in found)
    assert not any("Patient" in (s, o) for s, _, o in found)


def test_an_unknown_place_is_refused(monkeypatch) -> None:
    from kg.extract import inner

    inner._rules.cache_clear()
    monkeypatch.setattr(inner, "word_pairs", lambda *_: (("QualityOfCare", "middle Patient"),))
    try:
        with pytest.raises(ValueError, match="unknown place 'middle'"):
            inner._rules()
    finally:
        inner._rules.cache_clear()


def test_the_groups_a_trust_is_between_are_mentions_too(extractor) -> None:
    found = mentions(extractor, "Trust between doctors and managers grew slowly.")
    assert ("Trust between doctors and managers", "Trust") in found
    assert ("doctors", "Doctor") in found
    assert ("managers", "Manager") in found


def test_the_groups_of_a_relationship_are_part_of_its_name(extractor) -> None:
    found = mentions(extractor, "The relationship between doctors and managers is poor.")
    assert [c for _, c in found] == ["DoctorManagerRelationship"]


def test_relations_read_the_trust_not_the_groups_inside(extractor) -> None:
    found = triples(extractor, "Trust between doctors and managers supports partnership.")
    assert ("Trust", "supports", "Partnership") in found
    assert not any({"Doctor", "Manager"} & {s, o} for s, _, o in found)


def test_the_people_worked_with_are_mentions_too(extractor) -> None:
    found = mentions(extractor, "Nurses enjoy working with doctors on the ward.")
    assert ("working with doctors", "Partnership") in found
    assert ("doctors", "Doctor") in found
    assert [c for _, c in mentions(extractor, "Collaboration improves care.")] == ["Partnership"]
