"""Effects credited in the field's general language beyond verbs of effect: a lever or force
for Y, what follows from X, the way to Y, value added to Y, dividends paid in Y. Sentences
written for the test, with look-alikes that credit nothing."""

from __future__ import annotations

from test_extract_status import statuses


def test_credit_frames_read_supports(extractor) -> None:
    cases = {
        "Leadership development is a lever for clinical engagement.": (
            "LeadershipDevelopment", "supports", "ClinicalEngagement", "asserted"
        ),
        "Clinical leadership is a force for quality improvement.": (
            "ClinicalLeadership", "supports", "QualityImprovement", "asserted"
        ),
        "Better quality of care follows from clinical engagement.": (
            "ClinicalEngagement", "supports", "QualityOfCare", "asserted"
        ),
        "Teamwork is the way to safer care.": (
            "Teamwork", "supports", "PatientSafety", "asserted"
        ),
        "Clinical leadership adds value to quality improvement.": (
            "ClinicalLeadership", "supports", "QualityImprovement", "asserted"
        ),
        "Investment in leadership development pays dividends in quality of care.": (
            "LeadershipDevelopment", "supports", "QualityOfCare", "asserted"
        ),
        "Clinical leadership adds little value to quality improvement.": (
            "ClinicalLeadership", "supports", "QualityImprovement", "negated"
        ),
    }
    for text, claim in cases.items():
        assert statuses(extractor, text) == {claim}, text


def test_look_alikes_credit_nothing(extractor) -> None:
    for text in (
        "Doctors follow clinical guidelines from the royal colleges.",
        "Patient safety is a way of life for nurses.",
        "Managers add value to doctors.",
        "Teamwork has value in itself.",
    ):
        assert statuses(extractor, text) == set(), text


def test_what_is_delivered_or_improved_is_what_the_claim_is_about(extractor) -> None:
    cases = {
        "The delivery of high quality care depends on teamwork.": (
            "QualityOfCare", "dependsOn", "Teamwork", "asserted"
        ),
        "Teamwork is essential to the provision of safe care.": (
            "PatientSafety", "requires", "Teamwork", "asserted"
        ),
        # The parser hangs "in" on the verb of "plays a critical role in".
        "Teamwork plays a critical role in the maintenance of patient safety.": (
            "Teamwork", "supports", "PatientSafety", "asserted"
        ),
    }
    for text, claim in cases.items():
        assert statuses(extractor, text) == {claim}, text


def test_results_put_down_to_x_and_irregular_participles(extractor) -> None:
    cases = {
        # Irregular participles of the cue verbs: "driven", "drawn", "upheld".
        "Patient safety is driven by teamwork.": (
            "Teamwork", "promotes", "PatientSafety", "asserted"
        ),
        "Improvements in patient safety were attributed to teamwork.": (
            "Teamwork", "supports", "PatientSafety", "asserted"
        ),
        "Improvements in patient safety were not attributed to teamwork.": (
            "Teamwork", "supports", "PatientSafety", "negated"
        ),
        "Patient safety owes much to teamwork.": (
            "Teamwork", "supports", "PatientSafety", "asserted"
        ),
    }
    for text, claim in cases.items():
        assert statuses(extractor, text) == {claim}, text
    # A duty owed to people, or a fall put down to people, credits nothing.
    assert statuses(extractor, "Doctors owe a duty to patients.") == set()
    assert statuses(extractor, "The decline in morale was attributed to managers.") == set()
