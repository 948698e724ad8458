"""A subject's companion between it and its verb acts as a subject too: "audit, alongside
appraisal, improves ...". Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract, triples

from kg.extract import Extractor

BOTH = {("Audit", "improves", "PatientSafety"), ("Appraisal", "improves", "PatientSafety")}


@pytest.mark.parametrize(
    "text",
    [
        "Audit, alongside appraisal, improves patient safety.",
        "Audit, together with appraisal, improves patient safety.",
        "Audit along with appraisal improves patient safety.",
        "Audit, besides appraisal, improves patient safety.",
    ],
)
def test_a_companion_of_the_subject_is_a_subject(extractor: Extractor, text: str) -> None:
    assert triples(extractor, text) == BOTH


def test_a_companion_after_the_verb_or_a_plain_with_is_not(extractor: Extractor) -> None:
    after = "Audit improves patient safety alongside appraisal."
    assert triples(extractor, after) == {("Audit", "improves", "PatientSafety")}
    # "Hospitals with X": what the subject has, not a companion.
    having = "Hospitals with strong teamwork improve patient safety."
    assert triples(extractor, having) == {("Teamwork", "improves", "PatientSafety")}


def test_a_denial_covers_the_companion_too(extractor: Extractor) -> None:
    text = "Audit, alongside appraisal, does not improve patient safety."
    relations = extract(extractor, text).relations
    assert len(relations) == 2 and all(r.negated for r in relations)
