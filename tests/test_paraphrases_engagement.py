"""Clinical engagement in more of the field's wordings (ontology/paraphrases.ttl): engaging
"with" clinicians, the engagement of the other clinical professions, disengaged doctors; each
beside a sentence where the same words name no engagement of clinicians. Every sentence here
is written for these tests."""

from __future__ import annotations

import pytest
from extraction import concepts, mentions


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Engaging with clinicians early saves months of argument.", "Engaging with clinicians"),
        ("Engagement with consultants fell after the merger.", "Engagement with consultants"),
        ("Nurse engagement rose on the surgical wards.", "Nurse engagement"),
        ("The engagement of clinical staff took two years.", "engagement of clinical staff"),
        ("The involvement of nurses in rota design cut sickness.", "involvement of nurses"),
        ("Disengaged consultants left within two years.", "Disengaged consultants"),
    ],
)
def test_the_fields_wordings_name_clinical_engagement(extractor, text, surface) -> None:
    assert (surface, "ClinicalEngagement") in mentions(extractor, text)


def test_disengaged_doctors_are_doctors_too(extractor) -> None:
    found = mentions(extractor, "Many disengaged doctors stopped going to meetings.")
    assert ("disengaged doctors", "ClinicalEngagement") in found
    assert ("doctors", "Doctor") in found


@pytest.mark.parametrize(
    "text",
    [
        "Engaging with the evidence takes time.",
        "Patients felt engaged by the new booking website.",
        "The gears disengaged when the motor stopped.",
        "Two incidents involving nurses were reported to the board.",
    ],
)
def test_other_engagement_is_no_clinical_engagement(extractor, text) -> None:
    assert "ClinicalEngagement" not in concepts(extractor, text)
