"""Predicates and frames by which the field relates two concepts without a cue verb of the
kinds already known: preparing the ground ("creates the conditions for"), renewal
("transforms"), succeeding only with something, "no X without Y", trade-offs and misfits
("prioritise X over Y", "sit uneasily with", "the competing demands of X and Y"), and results
stated of those that have something ("Y was higher in trusts with X"). Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract, triples

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clinical leadership creates the conditions for safer care.",
            ("ClinicalLeadership", "enables", "PatientSafety"),
        ),
        (
            "Clinical governance lays the foundations for high quality care.",
            ("ClinicalGovernance", "enables", "QualityOfCare"),
        ),
        (
            "Medical engagement sets the stage for service improvement.",
            ("ClinicalEngagement", "enables", "QualityImprovement"),
        ),
        (
            "Teamwork opens the door to better patient outcomes.",
            ("Teamwork", "enables", "PatientOutcome"),
        ),
        (
            "Good teamwork goes a long way towards safer care.",
            ("Teamwork", "supports", "PatientSafety"),
        ),
        (
            "Clinical leadership transforms the quality of care.",
            ("ClinicalLeadership", "improves", "QualityOfCare"),
        ),
        (
            "Engaged clinicians unlock service improvement.",
            ("ClinicalEngagement", "enables", "QualityImprovement"),
        ),
        (
            "Good leadership is predictive of better staff engagement.",
            ("Leadership", "supports", "ClinicalEngagement"),
        ),
    ],
)
def test_preparing_the_ground_and_renewal_are_support(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


def test_a_condition_for_something_is_still_a_prerequisite(extractor: Extractor) -> None:
    # Only the ground a verb of preparing lays is the new frame; the copular one stays.
    assert triples(extractor, "Trust is a condition for effective teamwork.") == {
        ("Teamwork", "requires", "Trust")
    }


@pytest.mark.parametrize(
    "text",
    [
        # Conditions that are illnesses, and a change into something else, are no claim.
        "Nurses with long-term conditions described the stage of their career.",
        "The trust transformed its clinical governance into a system of clinical audit.",
    ],
)
def test_the_ground_nouns_and_renewal_verbs_alone_are_no_claim(
    extractor: Extractor, text: str
) -> None:
    assert triples(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Integrated care can only succeed with strong clinical engagement.",
            ("IntegratedCare", "requires", "ClinicalEngagement"),
        ),
        (
            "There can be no quality improvement without clinical engagement.",
            ("QualityImprovement", "requires", "ClinicalEngagement"),
        ),
    ],
)
def test_succeeding_only_with_and_no_x_without_y_are_requirements(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    relations = extract(extractor, text).relations
    assert triples(extractor, text) == {expected}
    assert not any(r.negated for r in relations)  # the frame's negation is no denial


@pytest.mark.parametrize(
    "text",
    [
        "Doctors work with managers on service redesign.",
        "Hospitals only work with managers from the private sector.",
        "There is no conflict between clinical autonomy and accountability without regulation.",
    ],
)
def test_working_with_people_and_a_denied_conflict_are_no_requirement(
    extractor: Extractor, text: str
) -> None:
    assert not any(p == "requires" for _, p, _ in triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Financial targets sit uneasily with professional autonomy.",
            ("PerformanceTarget", "conflictsWith", "Autonomy"),
        ),
        (
            "Managers prioritise efficiency over quality of care.",
            ("Efficiency", "conflictsWith", "QualityOfCare"),
        ),
        (
            "Efficiency must be balanced against quality of care.",
            ("Efficiency", "conflictsWith", "QualityOfCare"),
        ),
        (
            "Ward staff must reconcile the competing demands of efficiency and quality of care.",
            ("Efficiency", "conflictsWith", "QualityOfCare"),
        ),
    ],
)
def test_trade_offs_and_misfits_are_conflicts(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


def test_a_denied_trade_off_is_negated(extractor: Extractor) -> None:
    relations = extract(extractor, "Managers do not prioritise efficiency over quality of care.")
    assert [r.negated for r in relations.relations] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Doctors must balance clinical work and management.",
        "Managers put patient safety on the board agenda.",
        "The demands of efficiency and quality of care grew over the decade.",
    ],
)
def test_moving_apart_balancing_two_tasks_and_plain_demands_are_no_conflict(
    extractor: Extractor, text: str
) -> None:
    assert triples(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Patient safety was higher in trusts with strong clinical leadership.",
            ("ClinicalLeadership", "supports", "PatientSafety"),
        ),
        (
            "Staff engagement was lower in trusts with heavy bureaucracy.",
            ("Bureaucracy", "hinders", "ClinicalEngagement"),
        ),
        (
            # A measure of what goes wrong turns the reading round.
            "Mortality was lower in trusts with strong clinical leadership.",
            ("ClinicalLeadership", "supports", "PatientOutcome"),
        ),
        (
            "Physician-led hospitals had higher quality of care than manager-led hospitals.",
            ("ClinicalLeadership", "supports", "QualityOfCare"),
        ),
        (
            "Trusts with strong clinical leadership demonstrated greater staff engagement.",
            ("ClinicalLeadership", "supports", "ClinicalEngagement"),
        ),
    ],
)
def test_results_stated_of_those_that_have_x_credit_x(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Mortality was higher in trusts.",
        "Trusts with strong clinical leadership demonstrated their plans to the regulator.",
    ],
)
def test_a_result_with_nothing_that_singles_them_out_is_no_claim(
    extractor: Extractor, text: str
) -> None:
    assert triples(extractor, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The tension between autonomy and accountability cannot be resolved.",
        "Managers cannot ignore the tension between autonomy and accountability.",
        "Ward staff cannot reconcile the competing demands of efficiency and quality of care.",
    ],
)
def test_a_conflict_that_cannot_be_resolved_still_stands(extractor: Extractor, text: str) -> None:
    conflicts = [
        r for r in extract(extractor, text).relations if r.predicate.endswith("conflictsWith")
    ]
    assert len(conflicts) == 1 and not conflicts[0].negated


@pytest.mark.parametrize(
    "text",
    [
        "There is no tension between autonomy and accountability.",
        "The tension between autonomy and accountability does not exist.",
    ],
)
def test_a_conflict_denied_outright_is_still_negated(extractor: Extractor, text: str) -> None:
    assert [r.negated for r in extract(extractor, text).relations] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Hospitals with high levels of clinical engagement outperform other hospitals.",
        "Hospitals which have high levels of clinical engagement outperform the rest.",
    ],
)
def test_those_with_x_outperforming_credits_x_with_performance(
    extractor: Extractor, text: str
) -> None:
    # "outperform" is itself a word for performance: the verb names its own object.
    assert triples(extractor, text) == {("ClinicalEngagement", "supports", "Effectiveness")}


@pytest.mark.parametrize(
    "text",
    [
        "Clinical leadership outperforms management.",
        "Nurses outperform doctors in communication.",
        "Doctors perform audits with managers.",
    ],
)
def test_outperforming_with_nothing_that_singles_them_out_is_no_claim(
    extractor: Extractor, text: str
) -> None:
    assert triples(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each clinical network should agree a shared patient pathway.",
            ("ClinicalNetwork", "requires", "PatientPathway"),
        ),
        (
            "Integrated care systems should have strong clinical leadership.",
            ("IntegratedCare", "requires", "ClinicalLeadership"),
        ),
    ],
)
def test_a_recommendation_to_have_or_adopt_a_thing_is_a_need(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    relations = extract(extractor, text).relations
    assert triples(extractor, text) == {expected}
    assert not any(r.negated or r.hedged for r in relations)  # a need carries no flag


@pytest.mark.parametrize(
    "text",
    [
        "Clinical networks have a shared patient pathway.",  # a fact, not a recommendation
        "Each network should appoint a manager.",  # a person put in place is no need of it
        "Doctors must have been aware of the audit.",  # "must have" of a guess
    ],
)
def test_having_without_a_recommendation_or_of_people_is_no_need(
    extractor: Extractor, text: str
) -> None:
    assert not any(p == "requires" for _, p, _ in triples(extractor, text))
