"""Frames of the field's general language found by surveying real pages the extractor was
never tuned on (issue #10, relations on unseen text). Every sentence is written for these
tests, each rule with a case it must not fire on."""

from __future__ import annotations

from test_extract_status import statuses


def test_an_ability_to_do_is_no_subject_of_its_own_infinitive(extractor) -> None:
    # "ability" stands for what its infinitive names; the infinitive's conjoined objects
    # must not become each other's subject (safety improving quality).
    text = (
        "An organisation's ability to improve patient safety and quality of care"
        " requires clinical leadership."
    )
    assert statuses(extractor, text) == {
        ("PatientSafety", "requires", "ClinicalLeadership", "asserted"),
        ("QualityOfCare", "requires", "ClinicalLeadership", "asserted"),
    }
    # A plain verb with the same coordinated objects still gives both claims.
    assert statuses(extractor, "Clinical audit improves patient safety and quality of care.") == {
        ("Audit", "improves", "PatientSafety", "asserted"),
        ("Audit", "improves", "QualityOfCare", "asserted"),
    }


def test_an_effect_of_size_alone_is_no_support(extractor) -> None:
    for adjective in ("significant", "major", "profound", "considerable"):
        text = f"Clinical leadership has a {adjective} impact on patient safety."
        assert statuses(extractor, text) == set(), adjective
    assert statuses(extractor, "Clinical leadership has a positive effect on patient safety.") == {
        ("ClinicalLeadership", "supports", "PatientSafety", "asserted")
    }
    # A contribution is help whatever its size.
    assert statuses(extractor, "Audit made a major contribution to patient safety.") == {
        ("Audit", "supports", "PatientSafety", "asserted")
    }
