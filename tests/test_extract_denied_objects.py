"""A denied direct object denies what the verb does with it: "plays no role in Y", "makes no
difference to Y", "improves no outcomes". Before, "Teamwork plays no role in patient safety"
came out as a firm claim. Sentences written for the test."""

from __future__ import annotations

from test_extract_status import statuses


def test_no_or_little_on_the_object_denies_the_claim(extractor) -> None:
    cases = {
        "Teamwork plays no role in patient safety.": (
            "Teamwork", "supports", "PatientSafety", "negated"
        ),
        "Teamwork plays no important role in patient safety.": (
            "Teamwork", "supports", "PatientSafety", "negated"
        ),
        "Teamwork makes no difference to patient safety.": (
            "Teamwork", "supports", "PatientSafety", "negated"
        ),
        "Audit improves no outcomes for patients.": (
            "Audit", "improves", "PatientOutcome", "negated"
        ),
    }
    for text, claim in cases.items():
        assert statuses(extractor, text) == {claim}, text


def test_an_affirmed_object_stays_affirmed(extractor) -> None:
    assert statuses(extractor, "Teamwork plays a critical role in patient safety.") == {
        ("Teamwork", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "It is no surprise that teamwork improves patient safety.") == {
        ("Teamwork", "improves", "PatientSafety", "asserted")
    }
