""" "since" between a perfect's "have" and its participle ("Managers have since undermined
clinical engagement"), which the small parser reads as a preposition swallowing the clause:
the sentence is read again with the adverb it is (kg.extract.repair). Every sentence here is
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
