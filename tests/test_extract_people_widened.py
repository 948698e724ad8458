"""A people word of one kind that names the wider kind in company (data/people-company-
senses.txt, kg/extract/senses.py): "clinicians" are doctors beside managers, but health
professionals of every kind beside nurses, after "other", introducing pharmacists or narrowed
to doctors; a body word ("providers") introducing people in brackets names them too.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import mentions


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Nurses and clinicians met the board on Monday.", "clinicians"),
        ("Doctors and other clinicians signed the letter.", "clinicians"),
        ("Doctors, nurses and other clinicians signed the letter.", "clinicians"),
        ("Clinicians such as pharmacists now prescribe.", "Clinicians"),
        ("Clinicians (doctors and nurses) should lead the change.", "Clinicians"),
        ("The review asked clinicians - especially doctors - about the rota.", "clinicians"),
        ("The trust asked clinicians, and particularly doctors, to stay.", "clinicians"),
        ("Healthcare providers (physicians, nurses and therapists) share the records.",
         "Healthcare providers"),
    ],
)
def test_clinicians_in_wider_company_are_health_professionals(extractor, text, surface) -> None:
    assert (surface, "HealthProfessional") in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Clinicians and managers rarely agree on budgets.", "Clinicians", "Doctor"),
        ("Clinicians such as surgeons dislike targets.", "Clinicians", "Doctor"),
        ("The lead clinician and two nurses wrote the plan.", "lead clinician", "ClinicalLeader"),
        ("Providers (the hospitals) publish their figures.", "Providers",
         "HealthcareOrganisation"),
        ("Clinicians, for example, dislike targets.", "Clinicians", "Doctor"),
    ],
)
def test_clinicians_alone_or_beside_other_kinds_keep_their_sense(
    extractor, text, surface, concept
) -> None:
    found = mentions(extractor, text)
    assert (surface, concept) in found
    assert (surface, "HealthProfessional") not in found


def test_a_text_that_widens_clinicians_once_widens_them_throughout(extractor) -> None:
    text = (
        "Clinicians resent the new rota. Doctors, nurses and other clinicians signed a "
        "letter against it."
    )
    found = mentions(extractor, text)
    assert ("Clinicians", "HealthProfessional") in found
    assert ("Clinicians", "Doctor") not in found


def test_a_text_that_never_widens_clinicians_keeps_them_doctors(extractor) -> None:
    text = "Clinicians resent the new rota. Nurses signed a letter against it."
    assert ("Clinicians", "Doctor") in mentions(extractor, text)


def test_providers_are_read_one_use_at_a_time(extractor) -> None:
    text = (
        "Physicians, nurses and other providers disagreed about the rota. Providers must "
        "publish their waiting times."
    )
    found = mentions(extractor, text)
    assert ("providers", "HealthProfessional") in found
    assert ("Providers", "HealthcareOrganisation") in found


def test_people_named_by_a_post_widen_no_clinicians(extractor) -> None:
    found = mentions(extractor, "Clinicians and clinical directors disagree about the rota.")
    assert ("Clinicians", "Doctor") in found
