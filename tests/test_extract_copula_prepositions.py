"""An adjective's preposition that the small parser hangs on the copula ("quality of care is
reliant on leadership" parses "on" under "is") still completes the adjective, for every
adjective cue; a locative "in" on the copula does not. Sentences written for the test."""

from __future__ import annotations

from test_extract_status import statuses


def test_a_preposition_on_the_copula_completes_the_adjective(extractor) -> None:
    cases = {
        "Quality of care is reliant on clinical leadership.": (
            "QualityOfCare", "dependsOn", "ClinicalLeadership", "asserted"
        ),
        "Safe care is reliant on good teamwork.": (
            "PatientSafety", "dependsOn", "Teamwork", "asserted"
        ),
        "Quality of care is not reliant on clinical leadership.": (
            "QualityOfCare", "dependsOn", "ClinicalLeadership", "negated"
        ),
    }
    for text, claim in cases.items():
        assert statuses(extractor, text) == {claim}, text


def test_a_place_on_the_copula_is_no_complement(extractor) -> None:
    assert statuses(extractor, "Teamwork is essential in hospitals.") == set()
    assert statuses(extractor, "Teamwork is reliant in hospitals.") == set()
