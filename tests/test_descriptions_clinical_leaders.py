"""Health professionals of any kind who hold or take up a management or leadership post are
clinical leaders (data/descriptions.toml, the ClinicalLeader rule): nurses as well as
doctors, whether the post is held ("in leadership roles"), being taken ("taking on management
responsibilities") or become ("who become managers"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import mentions


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Nurses in leadership roles shape ward culture.", "Nurses in leadership roles"),
        ("Therapists who take on management roles need support.",
         "Therapists who take on management roles"),
        ("Doctors taking on management responsibilities need training.",
         "Doctors taking on management responsibilities"),
        ("Consultants who become managers often keep a clinical list.",
         "Consultants who become managers"),
        ("Surgeons who are also managers face two ways.", "Surgeons who are also managers"),
        ("Pharmacists holding leadership posts were interviewed.",
         "Pharmacists holding leadership posts"),
    ],
)
def test_professionals_in_posts_are_clinical_leaders(extractor, text, surface) -> None:
    found = mentions(extractor, text)
    assert (surface, "ClinicalLeader") in found
    assert not {"Doctor", "Nurse", "HealthProfessional"} & {c for _, c in found}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Nurses who value leadership roles stay longer.", "Nurse"),  # no post held
        ("Consultants who praise managers are rare.", "Doctor"),
        ("Trusts should involve nurses in management early.", "Nurse"),  # engagement
        ("Patients who become managers of their own care need support.", "Patient"),
    ],
)
def test_no_post_taken_keeps_the_people(extractor, text, people) -> None:
    found = [c for _, c in mentions(extractor, text)]
    assert people in found
    assert "ClinicalLeader" not in found
