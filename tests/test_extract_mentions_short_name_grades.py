"""A concept's short name graded after the text has named it in full
(kg/extract/data/standing-after.txt): "such engagement", "poor engagement", "effective
governance" name the concept, as a bare head word does; a noun before the head word still
makes another kind. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import mentions


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Medical engagement is patchy. Such engagement needs time in the job plan.",
         "engagement", "ClinicalEngagement"),
        ("Physician engagement fell. Poor engagement shows in the turnover of consultants.",
         "engagement", "ClinicalEngagement"),
        ("Clinical engagement is an aim. Greater engagement brings better rotas.",
         "engagement", "ClinicalEngagement"),
        ("Clinical governance was new then. Effective governance took a decade to build.",
         "governance", "ClinicalGovernance"),
    ],
)
def test_a_graded_short_name_is_the_concept(extractor, text, surface, concept) -> None:
    found = mentions(extractor, text)
    assert found.count((surface, concept)) == 1
    assert [c for _, c in found].count(concept) == 2


@pytest.mark.parametrize(
    "text",
    [
        # not named in full first
        "Poor engagement with the app worried its makers.",
        # a noun of its own before it: employees' engagement in general
        "Medical engagement is low. Poor employee engagement is a wider problem.",
    ],
)
def test_no_short_name_without_its_full_name_or_after_a_noun(extractor, text) -> None:
    found = [c for _, c in mentions(extractor, text)]
    assert found.count("ClinicalEngagement") == text.count("Medical engagement")


def test_facilities_after_health_facilities_are_organisations(extractor) -> None:
    text = (
        "Health facilities in the valley lack nurses. All facilities must report monthly. "
        "Facilities in the district share two doctors."
    )
    found = [c for _, c in mentions(extractor, text)]
    assert found.count("HealthcareOrganisation") == 3


def test_facilities_without_health_facilities_are_none(extractor) -> None:
    text = "All facilities must report monthly. The facilities of the building were old."
    assert "HealthcareOrganisation" not in [c for _, c in mentions(extractor, text)]
