"""Claims a sentence names without making them firm: a conviction denied ("not convinced
that"), a doubt, a report set into its own clause ("X, critics claim, ..."), a definition;
and a subject that is nothing ("no partnership can last without trust"). Sentences written
for these tests."""

from __future__ import annotations

import pytest
from extraction import extract
from test_extract_status import statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I am not convinced that an MBA improves clinical leadership.",
            ("ManagementTraining", "improves", "ClinicalLeadership", "negated"),
        ),
        (
            "We do not accept that audit undermines professional autonomy.",
            ("Audit", "undermines", "Autonomy", "negated"),
        ),
        (
            "Several surgeons doubt that appraisal improves the quality of care.",
            ("Appraisal", "improves", "QualityOfCare", "negated"),
        ),
        (
            "It is clear that audit improves patient safety.",
            ("Audit", "improves", "PatientSafety", "asserted"),
        ),
        (
            "We are convinced that audit improves patient safety.",
            ("Audit", "improves", "PatientSafety", "asserted"),
        ),
    ],
)
def test_a_denied_conviction_or_a_doubt_denies_the_clause(extractor, text, expected) -> None:
    assert statuses(extractor, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Managed care, critics claim, restricts professional autonomy.",
            ("ManagedCare", "hinders", "Autonomy", "hedged"),
        ),
        (
            "Clinical engagement, the authors suggest, improves patient safety.",
            ("ClinicalEngagement", "improves", "PatientSafety", "hedged"),
        ),
        (
            "Clinical audit, studies show, improves patient safety.",
            ("Audit", "improves", "PatientSafety", "hedged"),
        ),
        (
            "Clinical audit, we found, improves patient safety.",
            ("Audit", "improves", "PatientSafety", "asserted"),
        ),
        (
            "Clinical audit, in practice, improves patient safety.",
            ("Audit", "improves", "PatientSafety", "asserted"),
        ),
    ],
)
def test_a_report_set_into_the_clause_hedges_it(extractor, text, expected) -> None:
    assert statuses(extractor, text) == {expected}


def test_an_aside_names_who_holds_the_claim(extractor) -> None:

    (relation,) = extract(
        extractor, "Bureaucracy, doctors argue, undermines professional autonomy."
    ).relations
    assert relation.hedged and [a.rsplit("#", 1)[-1] for a in relation.attributed_to] == ["Doctor"]


def test_a_subject_that_is_nothing_is_the_negation_without_needs(extractor) -> None:
    assert statuses(extractor, "Without mutual trust, no partnership can last.") == {
        ("Partnership", "requires", "Trust", "asserted")
    }
    assert statuses(extractor, "Without mutual trust, a partnership can last.") == set()
    assert statuses(extractor, "No audit improves patient safety.") == {
        ("Audit", "improves", "PatientSafety", "negated")
    }


def test_a_definition_claims_nothing(extractor) -> None:
    assert (
        statuses(
            extractor,
            "The definition of a clinical network is a group of professionals working "
            "together to ensure equity of access.",
        )
        == set()
    )
    assert (
        statuses(
            extractor, "Clinical governance is defined as a system that improves patient safety."
        )
        == set()
    )
    assert statuses(extractor, "Clinical governance is a system that improves patient safety.") == {
        ("ClinicalGovernance", "improves", "PatientSafety", "asserted")
    }


def test_rather_than_after_a_verb_denies_the_verb_it_coordinates(extractor) -> None:
    assert statuses(extractor, "Audit supports teamwork rather than undermining it.") == {
        ("Audit", "supports", "Teamwork", "asserted"),
        ("Audit", "undermines", "Teamwork", "negated"),
    }
    assert statuses(extractor, "Audit supports teamwork and improves patient safety.") == {
        ("Audit", "supports", "Teamwork", "asserted"),
        ("Audit", "improves", "PatientSafety", "asserted"),
    }


def test_a_person_is_not_made_of_whom_a_person_involves(extractor) -> None:
    assert (
        statuses(extractor, "Consultants involve patients and their families in decisions.")
        == set()
    )
    assert statuses(extractor, "The managed clinical network involves nurses.") == {
        ("Nurse", "partOf", "ClinicalNetwork", "asserted")
    }


def test_what_improves_someone_s_experience_does_not_improve_them(extractor) -> None:
    assert statuses(extractor, "Good management improves the experience of doctors.") == set()


def test_a_dashed_compound_is_one_word_headed_by_its_last_part(extractor) -> None:
    assert statuses(extractor, "A good manager\u2013doctor partnership will require trust.") == {
        ("Partnership", "requires", "Trust", "asserted")
    }
    aside = "Audit\u2014a form of peer review\u2014improves patient safety."
    assert statuses(extractor, aside) == {("Audit", "improves", "PatientSafety", "asserted")}


def test_a_present_tense_when_clause_is_supposed_a_past_one_is_a_time(extractor) -> None:
    assert (
        statuses(extractor, "When doctors take on leadership roles, quality of care improves.")
        == set()
    )
    assert statuses(extractor, "When the reforms came, managers undermined clinical autonomy.") == {
        ("Manager", "undermines", "Autonomy", "asserted")
    }
    assert statuses(extractor, "Teamwork improves patient safety when doctors lead.") == {
        ("Teamwork", "improves", "PatientSafety", "asserted")
    }


def test_being_told_a_claim_reports_it(extractor) -> None:
    assert statuses(extractor, "Managers were told that audit improves patient safety.") == {
        ("Audit", "improves", "PatientSafety", "hedged")
    }


def test_the_content_of_a_claim_noun_is_someone_s_view(extractor) -> None:
    assert statuses(
        extractor, "The belief that targets improve efficiency is popular among ministers."
    ) == {("PerformanceTarget", "improves", "Efficiency", "hedged")}
    assert statuses(
        extractor, "The claim that targets improve efficiency has been widely criticised."
    ) == {("PerformanceTarget", "improves", "Efficiency", "rejected")}


@pytest.mark.parametrize(
    "text",
    [
        "There is a lack of evidence that appraisal improves the quality of care.",
        "Appraisal has yet to improve the quality of care.",
        "It is far from clear that appraisal improves the quality of care.",
    ],
)
def test_not_so_far_or_not_shown_is_no_firm_claim(extractor, text) -> None:
    assert statuses(extractor, text) == {("Appraisal", "improves", "QualityOfCare", "negated")}


def test_yet_as_a_conjunction_denies_nothing(extractor) -> None:
    text = "Appraisal has improved the quality of care, and yet doctors complain."
    assert ("Appraisal", "improves", "QualityOfCare", "asserted") in statuses(extractor, text)


def test_a_view_said_to_be_a_clause_is_someone_s_view(extractor) -> None:
    (relation,) = extract(
        extractor, "The BMA's view is that audit undermines professional autonomy."
    ).relations
    assert relation.hedged and not relation.negated
    assert [a.rsplit("#", 1)[-1] for a in relation.attributed_to] == ["BritishMedicalAssociation"]
    assert statuses(extractor, "The result is that audit undermines professional autonomy.") == {
        ("Audit", "undermines", "Autonomy", "asserted")
    }
