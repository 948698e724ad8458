"""Claims made by comparison and by raising: the comparative correlative ("the greater the
X, the better the Y"), "raises Y", and "better on measures of Y", with sentences written for
the test and look-alikes that assert nothing."""

from __future__ import annotations

from test_extract_status import statuses


def test_the_more_x_the_better_y_credits_x_with_y(extractor) -> None:
    text = "The greater the clinical engagement, the better the patient outcomes."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "supports", "PatientOutcome", "asserted")
    }
    assert statuses(extractor, "The more trust there is, the better the quality of care.") == {
        ("Trust", "supports", "QualityOfCare", "asserted")
    }
    text = "The more engaged doctors are, the better the patient outcomes."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "supports", "PatientOutcome", "asserted")
    }
    # A plain comparison is no correlative.
    assert statuses(extractor, "Teamwork is better than the patient safety.") == set()
    assert statuses(extractor, "The better hospitals have the better outcomes.") == set()


def test_raising_a_thing_supports_it(extractor) -> None:
    assert statuses(extractor, "Clinical leadership raises the quality of care.") == {
        ("ClinicalLeadership", "supports", "QualityOfCare", "asserted")
    }
    assert statuses(extractor, "Clinical leadership never raises the quality of care.") == {
        ("ClinicalLeadership", "supports", "QualityOfCare", "negated")
    }
    # Raising a concern about a thing is no support of it.
    assert statuses(extractor, "Managers raised concerns about patient safety.") == set()


def test_doing_better_on_a_measure_of_y_is_doing_better_on_y(extractor) -> None:
    text = "Wards with strong clinical leadership do better on measures of patient safety."
    assert statuses(extractor, text) == {
        ("ClinicalLeadership", "supports", "PatientSafety", "asserted")
    }


def test_organisations_singled_out_by_what_they_have_credit_it_with_outcomes(extractor) -> None:
    text = "Organisations with strong clinical leadership have better patient outcomes."
    assert statuses(extractor, text) == {
        ("ClinicalLeadership", "supports", "PatientOutcome", "asserted")
    }
    text = "Organisations that invest in leadership development see better patient outcomes."
    assert statuses(extractor, text) == {
        ("LeadershipDevelopment", "supports", "PatientOutcome", "asserted")
    }
    text = "Hospitals with good teamwork did not have better patient outcomes."
    assert statuses(extractor, text) == {("Teamwork", "supports", "PatientOutcome", "negated")}
    # Having a thing, with no comparison, says nothing of what brings it.
    text = "Doctors with management training have patient outcomes."
    assert statuses(extractor, text) == set()


def test_lowering_a_measure_of_harm_supports_the_outcome(extractor) -> None:
    assert statuses(extractor, "Teamwork slashes mortality.") == {
        ("Teamwork", "supports", "PatientOutcome", "asserted")
    }
    assert statuses(extractor, "Good teamwork cuts mortality.") == {
        ("Teamwork", "supports", "PatientOutcome", "asserted")
    }


def test_a_relationship_of_stated_strength_is_an_association(extractor) -> None:
    text = "Clinical engagement has a strong relationship with patient safety."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "supports", "PatientSafety", "asserted")
    }
    text = "Clinical engagement shows a negative association with patient safety."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "hinders", "PatientSafety", "asserted")
    }
    text = "There is a negative association between bureaucracy and clinical engagement."
    assert statuses(extractor, text) == {
        ("Bureaucracy", "hinders", "ClinicalEngagement", "asserted")
    }
    # A relationship between people is no association of concepts.
    assert statuses(extractor, "Doctors have a relationship with managers.") == set()
