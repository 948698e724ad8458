"""Frames of the field's general language, tested with sentences written for the purpose."""

from __future__ import annotations

from test_extract_status import statuses


def test_the_spread_or_pressure_of_a_thing_acts_as_the_thing(extractor) -> None:
    assert statuses(
        extractor, "The spread of clinical guidelines has constrained professional autonomy."
    ) == {("ClinicalGuideline", "hinders", "Autonomy", "asserted")}
    assert statuses(
        extractor, "The relentless pressure of performance targets threatens patient safety."
    ) == {("PerformanceTarget", "threatens", "PatientSafety", "asserted")}
    assert statuses(extractor, "The spread of the building has improved nothing.") == set()


def test_she_and_he_stand_for_a_person_it_for_a_thing(extractor) -> None:
    text = "The medical director chairs the board. She also acts as a liaison with consultants."
    assert statuses(extractor, text) == {("ClinicalLeader", "playsRole", "LiaisonRole", "asserted")}
    assert statuses(extractor, "Clinical audit matters. She acts as a liaison.") == set()


def test_being_prepared_for_a_role_is_not_playing_it(extractor) -> None:
    text = "A surgeon's work prepares her to take on management roles."
    assert ("Doctor", "playsRole", "ManagerRole", "asserted") not in statuses(extractor, text)


def test_taking_part_in_something_is_being_part_of_it(extractor) -> None:
    assert statuses(extractor, "Nurses take part in multidisciplinary teams.") == {
        ("Nurse", "partOf", "MultidisciplinaryTeam", "asserted")
    }
    assert statuses(extractor, "Patients participate in the managed clinical network.") == {
        ("Patient", "partOf", "ClinicalNetwork", "asserted")
    }
    assert statuses(extractor, "Nurses take part of the blame for poor teamwork.") == set()


def test_an_obsession_with_a_thing_acts_as_the_thing_and_data_name_their_kind(extractor) -> None:
    assert statuses(extractor, "An obsession with targets has damaged the quality of care.") == {
        ("PerformanceTarget", "damages", "QualityOfCare", "asserted")
    }
    assert statuses(extractor, "Clinical governance depends on reliable audit data.") == {
        ("ClinicalGovernance", "dependsOn", "Audit", "asserted")
    }


def test_what_a_need_is_for_is_not_what_is_needed(extractor) -> None:
    text = "Hospitals will require teamwork and dialogue to deliver better care to patients."
    assert statuses(extractor, text) == {
        ("QualityOfCare", "requires", "Teamwork", "asserted"),
        ("QualityOfCare", "requires", "Dialogue", "asserted"),
    }


def test_what_a_thing_brings_together_is_part_of_it(extractor) -> None:
    assert statuses(extractor, "Managed clinical networks bring together nurses and doctors.") == {
        ("Nurse", "partOf", "ClinicalNetwork", "asserted"),
        ("Doctor", "partOf", "ClinicalNetwork", "asserted"),
    }
    assert statuses(extractor, "The medical director brought doctors and nurses together.") == set()
    assert statuses(extractor, "Managed clinical networks bring nurses to the table.") == set()


def test_a_subject_hung_on_the_auxiliary_by_an_aside_is_still_the_subject(extractor) -> None:
    text = "A fixation on targets has, arguably, damaged the quality of care."
    assert statuses(extractor, text) == {
        ("PerformanceTarget", "damages", "QualityOfCare", "hedged")
    }


def test_an_ability_to_do_what_names_no_concept_is_no_argument(extractor) -> None:
    text = "Poor management damages the ability of nurses to work effectively."
    assert statuses(extractor, text) == set()
    text = "Bureaucracy limits the ability of doctors to practise medicine."
    assert statuses(extractor, text) == {("Bureaucracy", "hinders", "ClinicalPractice", "asserted")}


def test_what_the_copula_says_something_is_a_member_of_it_is_part_of(extractor) -> None:
    assert statuses(extractor, "Nurses are full members of managed clinical networks.") == {
        ("Nurse", "partOf", "ClinicalNetwork", "asserted")
    }
    assert statuses(extractor, "Patients are not members of the managed clinical network.") == {
        ("Patient", "partOf", "ClinicalNetwork", "negated")
    }
    # a member of staff is no part of a concept; a relative clause is no claim of membership
    assert statuses(extractor, "Managers are members of staff.") == set()
    text = "Doctors who are members of the managed clinical network support integrated care."
    assert ("Doctor", "partOf", "ClinicalNetwork", "asserted") not in statuses(extractor, text)


def test_an_organisation_delivering_better_care_is_no_cause_of_it(extractor) -> None:
    text = "Organisations where clinicians are involved in decisions deliver safer care."
    assert not any(s == "Organisation" for s, *_ in statuses(extractor, text))
    # what singles the organisation out still does
    text = "Hospitals with strong clinical leadership deliver better patient outcomes."
    assert ("ClinicalLeadership", "supports", "PatientOutcome", "asserted") in statuses(
        extractor, text
    )
    # people still can
    assert statuses(extractor, "Nurses deliver safer care.") == {
        ("Nurse", "supports", "PatientSafety", "asserted")
    }


def test_the_better_of_better_patient_experience_may_hang_on_its_first_noun(extractor) -> None:
    # The small parser hangs "better" on "patient", not on "experience".
    for verb in ("deliver", "have"):
        text = f"Trusts with high levels of staff engagement {verb} better patient experience."
        assert statuses(extractor, text) == {
            ("ClinicalEngagement", "supports", "PatientExperience", "asserted")
        }
    # a comparative on no part of the object is still no claim
    text = "Trusts with high levels of staff engagement have patient experience teams."
    assert statuses(extractor, text) == set()


def test_a_pressure_named_by_whom_it_comes_from_is_about_them(extractor) -> None:
    assert statuses(extractor, "Management pressure undermines clinical autonomy.") == {
        ("Management", "undermines", "Autonomy", "asserted")
    }
    assert statuses(extractor, "Time pressures undermine clinical autonomy.") == set()
