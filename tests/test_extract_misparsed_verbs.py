"""Verbs the small parser misreads around a short word, read again (kg.extract.repair):
"since" between a perfect's "have" and its participle ("Managers have since undermined
clinical engagement"), read as a preposition swallowing the clause, and "need" before a
participle ("Trusts need engaged clinicians"), read as a modal. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest
from extraction import triples

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Managers have since undermined clinical engagement.",
            {("Manager", "undermines", "ClinicalEngagement")},
        ),
        (
            "Clinical leadership has since improved patient safety.",
            {("ClinicalLeadership", "improves", "PatientSafety")},
        ),
        # "since" as the preposition or conjunction it also is stays so.
        (
            "Clinical leadership has improved patient safety since the merger.",
            {("ClinicalLeadership", "improves", "PatientSafety")},
        ),
        ("Managers have had little say since the merger of the trusts.", set()),
    ],
)
def test_since_after_have_is_an_adverb(extractor: Extractor, text: str, expected: set) -> None:
    assert triples(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trusts need engaged clinicians.",
            {("HealthcareOrganisation", "requires", "ClinicalEngagement")},
        ),
        (
            "Quality improvement needs committed clinical leaders.",
            {("QualityImprovement", "requires", "ClinicalLeader")},
        ),
    ],
)
def test_need_before_a_participle_is_the_verb(extractor: Extractor, text: str, expected) -> None:
    # The parser reads "need engaged" as a modal and its verb, with the people as the object
    # of "engaged": a modal "need" never takes a participle.
    assert triples(extractor, text) == expected
