"""Being made part of something in the passive ("patients are involved in the network"), and
nouns that stand for their complement ("the success of", "the design of", "network
meetings"). Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract, triples

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Carers and patients are involved in clinical networks.",
            ("Patient", "partOf", "ClinicalNetwork"),
        ),
        (
            "Appraisal is included in clinical governance.",
            ("Appraisal", "partOf", "ClinicalGovernance"),
        ),
        (
            "Leadership development was embedded in medical education.",
            ("LeadershipDevelopment", "partOf", "MedicalEducation"),
        ),
        (
            "Nurses should be represented on the multidisciplinary team.",
            ("Nurse", "partOf", "MultidisciplinaryTeam"),
        ),
    ],
)
def test_being_made_part_of_something_in_the_passive(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


def test_a_denied_or_unrelated_passive_is_no_firm_part(extractor: Extractor) -> None:
    denied = extract(extractor, "Patients are rarely involved in clinical networks.").relations
    assert [(r.predicate.rsplit("#", 1)[-1], r.negated) for r in denied] == [("partOf", True)]
    # Involved with, not in: no part.
    assert triples(extractor, "Nurses are involved with clinical networks by chance.") == set()
    # A participle modifying a noun makes no claim.
    assert triples(extractor, "Doctors involved in clinical networks value teamwork.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Clinical leadership is the key factor in the success of clinical networks.",
        "Clinical leadership is the key factor in the design of clinical networks.",
        "Clinical leadership is the key factor in clinical network meetings.",
    ],
)
def test_a_noun_that_only_carries_its_complement_or_modifier(
    extractor: Extractor, text: str
) -> None:
    found = {(s, o) for s, _, o in triples(extractor, text)}
    assert found == {("ClinicalLeadership", "ClinicalNetwork")}
