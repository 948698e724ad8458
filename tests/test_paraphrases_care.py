"""The quality, safety and practice of care in more of the field's wordings (ontology/
paraphrases.ttl; data/inner-mentions.txt for the patients inside a phrase), each beside a
sentence where the same words name something else. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest
from extraction import mentions


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("The standard of nursing care fell after the cuts.", "standard of nursing care",
         "QualityOfCare"),
        ("The quality of clinical services is the board's first duty.",
         "quality of clinical services", "QualityOfCare"),
        ("Lapses in care went unreported for a year.", "Lapses in care", "QualityOfCare"),
        ("Patients received care of a high standard.", "care of a high standard",
         "QualityOfCare"),
        ("Avoidable deaths rose after the merger.", "Avoidable deaths", "PatientSafety"),
        ("Consultants kept their clinical sessions while running the directorate.",
         "clinical sessions", "ClinicalPractice"),
        ("Complication rates fell after the checklist came in.", "Complication rates",
         "PatientOutcome"),
    ],
)
def test_the_fields_wordings_name_their_concepts(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "phrase", "concept"),
    [
        ("Doctors spend most of their time seeing patients.", "seeing patients",
         "ClinicalPractice"),
        ("Harming patients is the worst failure of a board.", "Harming patients",
         "PatientSafety"),
    ],
)
def test_the_patients_inside_the_phrase_are_mentions_too(extractor, text, phrase,
                                                        concept) -> None:
    found = mentions(extractor, text)
    assert (phrase, concept) in found
    assert (phrase.split()[-1], "Patient") in found


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("The standard of the evidence was poor.", "QualityOfCare"),
        ("Avoidable delays in the post annoyed the staff.", "PatientSafety"),
        ("The therapy sessions ran late.", "ClinicalPractice"),
    ],
)
def test_other_senses_of_those_words_are_no_mentions(extractor, text, concept) -> None:
    assert concept not in [c for _, c in mentions(extractor, text)]
