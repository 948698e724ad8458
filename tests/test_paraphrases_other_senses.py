"""The other senses of the field's common words (ontology/paraphrases.ttl's excluded phrases):
bodily, emotional and other sectors' regulation, managers of funds and files, spin doctors,
nurse sharks, software providers and the lead of "lead times"; each beside the field's own
sense, which stays a mention. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract

from kg.extract import Extractor
from kg.namespaces import HLKG


def concepts(extractor: Extractor, text: str) -> list[str]:
    return [m.concept.removeprefix(HLKG) for m in extract(extractor, text).mentions]


@pytest.mark.parametrize(
    ("other", "field", "concept"),
    [
        ("The regulation of blood pressure depends on the kidneys.",
         "The regulation of hospitals changed after the inquiry.", "Regulation"),
        ("Emotional regulation is taught in the first module.",
         "Professional regulation is the council's business.", "Regulation"),
        ("Financial regulation of banks tightened after 2008.",
         "Regulation of surgeons tightened after the scandal.", "Regulation"),
        ("The asset manager invested the pension fund in property.",
         "The general manager invested in new staff.", "Manager"),
        ("Open the file manager and copy the data.",
         "Ask the service manager for the data.", "Manager"),
        ("Spin doctors briefed the press before the vote.",
         "Hospital doctors briefed the press before the strike.", "Doctor"),
        ("She holds a doctor of philosophy in history.",
         "She is a doctor in the emergency department.", "Doctor"),
        ("Nurse sharks live in shallow water.", "Nurses live near the hospital.", "Nurse"),
        ("Internet service providers keep logs.", "Healthcare providers keep records.",
         "HealthcareOrganisation"),
        ("Training providers bid for the leadership contract.",
         "Acute providers bid for the stroke contract.", "HealthcareOrganisation"),
        ("Lead times for diagnostic tests grew over the winter.",
         "Doctors must learn to lead.", "Leadership"),
        ("The trust hired external consultants to review its finances.",
         "The trust hired two consultants to run the stroke unit.", "Doctor"),
        ("The IT specialist fixed the booking system.",
         "The specialist saw her within a week.", "Doctor"),
        ("On closer inspection, the savings were small.",
         "The inspection of the hospital found dirty wards.", "Regulation"),
        ("The figures came under close scrutiny from the press.",
         "External scrutiny of trusts has grown.", "Regulation"),
        ("Clinical oversight of the ward fell to one registrar.",
         "Regulators' oversight of surgeons was tightened.", "Regulation"),
        ("The system administrator reset the passwords.",
         "The hospital administrator reset the budgets.", "Manager"),
        ("Drug company executives met the minister.",
         "Hospital executives met the minister.", "Manager"),
        ("The managing partner of the law firm advised the board.",
         "Few consultants want to spend their week managing.", "Management"),
    ],
)
def test_another_sense_is_no_mention_and_the_fields_stays(extractor, other, field,
                                                          concept) -> None:
    assert concept not in concepts(extractor, other)
    assert concept in concepts(extractor, field)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Therapists and paramedics joined the redesign group.", "Therapists"),
        ("Therapists and paramedics joined the redesign group.", "paramedics"),
        ("Speech and language therapists are scarce in rural areas.",
         "Speech and language therapists"),
        ("Radiographers and health visitors were consulted.", "health visitors"),
        ("Non-medical clinicians now run many clinics.", "Non-medical clinicians"),
    ],
)
def test_the_other_health_professions_are_health_professionals(extractor, text,
                                                               surface) -> None:
    found = [(m.surface, m.concept.removeprefix(HLKG)) for m in extract(extractor, text).mentions]
    assert (surface, "HealthProfessional") in found


def test_a_psychologist_of_organisations_is_no_health_professional(extractor) -> None:
    assert "HealthProfessional" not in concepts(
        extractor, "An organisational psychologist studied the board."
    )
    assert "HealthProfessional" in concepts(extractor, "A psychologist ran the pain clinic.")


@pytest.mark.parametrize(
    "text",
    [
        "Failures in one ward can lead quickly to failures elsewhere.",
        "Such pressure could lead some to resign.",
    ],
)
def test_a_cause_that_leads_to_an_effect_is_no_leadership(extractor, text) -> None:
    assert "Leadership" not in concepts(extractor, text)
    assert "Leadership" in concepts(extractor, "Nurses lead many of the improvement projects.")
