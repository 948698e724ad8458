"""Claims said without a classic cue verb, by whole classes of frame: a condition of purpose
("if Y is to succeed, X must ..."), and the others added with it. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract, triples

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "If patient safety is to improve, trusts must invest in clinical leadership.",
            {("PatientSafety", "requires", "ClinicalLeadership")},
        ),
        (
            "Clinical engagement must grow if quality of care is to be sustained.",
            {("QualityOfCare", "requires", "ClinicalEngagement")},
        ),
        (
            "Doctors must be more involved in management if efficiency is to be achieved.",
            {("Efficiency", "requires", "ClinicalEngagement")},
        ),
        (
            "Teamwork must be strengthened if patient outcomes are to improve.",
            {("PatientOutcome", "requires", "Teamwork")},
        ),
    ],
)
def test_what_must_come_about_if_a_purpose_is_to_be_met_is_required(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(extractor, text) == expected
    # An aim, stated plainly: no hedge for the "if".
    assert not any(r.hedged for r in extract(extractor, text).relations)


def test_a_purpose_with_its_own_subject_after_for(extractor: Extractor) -> None:
    text = "For integrated care to succeed, managers need the trust of doctors."
    found = triples(extractor, text)
    assert ("IntegratedCare", "requires", "Trust") in found
    # Who needs it is not what is needed.
    assert ("IntegratedCare", "requires", "Manager") not in found


def test_an_organisation_that_must_act_is_not_what_is_needed(extractor: Extractor) -> None:
    text = "If patient safety is to improve, hospitals must act."
    assert triples(extractor, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # A plain supposition, no purpose: nothing is said to be needed.
        "If doctors lead, quality of care improves.",
        "If clinical engagement is high, managers listen to doctors.",
        # A purpose of the main clause's own action, not a condition.
        "Managers met doctors to improve teamwork.",
    ],
)
def test_a_supposition_is_no_condition_of_purpose(extractor: Extractor, text: str) -> None:
    assert not any(p == "requires" for _, p, _ in triples(extractor, text))


def test_a_denied_requirement_under_a_purpose_is_negated(extractor: Extractor) -> None:
    text = "Clinical engagement need not grow if quality of care is to be sustained."
    relations = extract(extractor, text).relations
    assert relations and all(r.negated for r in relations)


def test_a_hedged_requirement_under_a_purpose_is_hedged(extractor: Extractor) -> None:
    text = "Doctors might be more involved in management if efficiency is to be achieved."
    relations = extract(extractor, text).relations
    assert relations and all(r.hedged and not r.negated for r in relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When clinical leadership is in place, patient safety improves.",
            ("ClinicalLeadership", "supports", "PatientSafety"),
        ),
        (
            "Where teamwork is strong, patient outcomes improved markedly.",
            ("Teamwork", "supports", "PatientOutcome"),
        ),
        (
            "Once doctors become engaged, patient experience improves as well.",
            ("ClinicalEngagement", "supports", "PatientExperience"),
        ),
        (
            "After the introduction of clinical governance, patient safety improved.",
            ("ClinicalGovernance", "supports", "PatientSafety"),
        ),
        (
            "Following the appointment of clinical directors, scores for efficiency rose.",
            ("ClinicalLeader", "supports", "Efficiency"),
        ),
        (
            "Where bureaucracy is widespread, trust declines.",
            ("Bureaucracy", "hinders", "Trust"),
        ),
        (
            "After the introduction of performance targets, teamwork deteriorated.",
            ("PerformanceTarget", "hinders", "Teamwork"),
        ),
    ],
)
def test_what_changes_under_or_after_a_condition_is_credited_to_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # A condition that says nothing of its subject's presence or strength.
        "Where managers work, patient safety improved.",
        # A time, not a thing brought in.
        "After the winter, patient safety improved.",
        # A condition that names an act, not a presence: "when doctors complain" is no
        # credit to doctors.
        "When doctors complain, patient safety improves.",
    ],
)
def test_a_bare_time_or_place_credits_nothing(extractor: Extractor, text: str) -> None:
    assert not any(o == "PatientSafety" for _, _, o in triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two consultants sit on the multidisciplinary team.",
            ("Doctor", "partOf", "MultidisciplinaryTeam"),
        ),
        (
            "General practitioners joined the clinical network in 2010.",
            ("Doctor", "partOf", "ClinicalNetwork"),
        ),
        (
            "Nurses have joined the multidisciplinary team.",
            ("Nurse", "partOf", "MultidisciplinaryTeam"),
        ),
    ],
)
def test_a_seat_on_a_body_or_joining_it_is_membership(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # Company, not membership: a person is no body.
        "Managers joined doctors on the ward round.",
        # "board" is read as managers: no claim that doctors are part of them.
        "Doctors sit on the trust board.",
        "Doctors serve patients on the ward.",
        "The medical director sat on the fence.",
    ],
)
def test_no_membership_of_a_person_or_an_idiom(extractor: Extractor, text: str) -> None:
    assert not any(p == "partOf" for _, p, _ in triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poor leadership is to blame for the decline in quality of care.",
            ("Leadership", "supports", "QualityOfCare"),
        ),
        (
            "Performance targets were blamed for the decline in teamwork.",
            ("PerformanceTarget", "hinders", "Teamwork"),
        ),
        (
            "The decline in patient safety was blamed on performance targets.",
            ("PerformanceTarget", "hinders", "PatientSafety"),
        ),
        (
            "Clinical engagement makes for safer care.",
            ("ClinicalEngagement", "supports", "PatientSafety"),
        ),
        (
            "Teamwork accounts for the improvement in patient safety.",
            ("Teamwork", "supports", "PatientSafety"),
        ),
        (
            "Gains in patient safety came from better teamwork.",
            ("Teamwork", "supports", "PatientSafety"),
        ),
        (
            "Poor communication lies behind many failures of patient safety.",
            ("Communication", "supports", "PatientSafety"),
        ),
        (
            "Clinical leadership is behind the improvement in patient safety.",
            ("ClinicalLeadership", "supports", "PatientSafety"),
        ),
        (
            "Bureaucracy takes a heavy toll on clinical engagement.",
            ("Bureaucracy", "hinders", "ClinicalEngagement"),
        ),
        (
            "Hospitals where doctors are engaged have better patient outcomes.",
            ("ClinicalEngagement", "supports", "PatientOutcome"),
        ),
        (
            "Wards where teamwork is strong have better patient outcomes.",
            ("Teamwork", "supports", "PatientOutcome"),
        ),
    ],
)
def test_verbs_and_idioms_of_cause_credit_the_cause(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Most managers come from nursing.",
        "Doctors came from the ward to the board meeting.",
        "Managers account for a small share of NHS staff.",
        "Doctors make for good managers.",
        "Managers make time for doctors.",
        "Doctors sit behind managers at meetings.",
        "The hospital is behind other trusts on patient safety.",
        "Doctors took a toll on their own health.",
    ],
)
def test_the_same_words_of_place_origin_or_people_are_no_cause(
    extractor: Extractor, text: str
) -> None:
    assert triples(extractor, text) == set()


def test_a_denied_cause_is_negated(extractor: Extractor) -> None:
    relations = extract(extractor, "Teamwork is not to blame for the decline in trust.").relations
    assert relations and all(r.negated for r in relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Performance targets drive down teamwork.",
            ("PerformanceTarget", "hinders", "Teamwork"),
        ),
        ("Bureaucracy brings down teamwork.", ("Bureaucracy", "hinders", "Teamwork")),
        (
            "Performance targets drive up patient safety.",
            ("PerformanceTarget", "promotes", "PatientSafety"),
        ),
        (
            "Regulation puts patient safety at risk.",
            ("Regulation", "threatens", "PatientSafety"),
        ),
        # A lack that endangers a thing is what the thing needs.
        (
            "Poor communication puts patient safety at risk.",
            ("PatientSafety", "requires", "Communication"),
        ),
        (
            "Clinical engagement holds the key to better patient outcomes.",
            ("PatientOutcome", "requires", "ClinicalEngagement"),
        ),
    ],
)
def test_the_direction_a_verb_moves_a_thing_gives_the_sign(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Managers put doctors in charge of budgets.",
        "Doctors put patients at the centre of care.",
        "Teamwork held steady despite the performance targets.",
    ],
)
def test_putting_and_holding_without_risk_or_key_say_nothing(
    extractor: Extractor, text: str
) -> None:
    assert triples(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Improvements in patient safety followed the introduction of clinical governance.",
            ("ClinicalGovernance", "supports", "PatientSafety"),
        ),
        (
            "Integrated care is unthinkable without clinical engagement.",
            ("IntegratedCare", "requires", "ClinicalEngagement"),
        ),
        (
            "Teamwork is the first casualty of performance targets.",
            ("PerformanceTarget", "hinders", "Teamwork"),
        ),
        (
            "Managers have a part to play in patient safety.",
            ("Manager", "supports", "PatientSafety"),
        ),
        (
            "Performance targets have taken their toll on teamwork.",
            ("PerformanceTarget", "hinders", "Teamwork"),
        ),
    ],
)
def test_results_victims_and_parts_to_play(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


def test_following_closely_is_no_result(extractor: Extractor) -> None:
    text = "Doctors followed the introduction of performance targets closely."
    assert triples(extractor, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Teamwork is not a casualty of audit.",
        "Managers have no part to play in clinical practice.",
    ],
)
def test_a_denied_victim_or_part_is_negated(extractor: Extractor, text: str) -> None:
    relations = extract(extractor, text).relations
    assert relations and all(r.negated for r in relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trust is a building block of teamwork.", ("Teamwork", "requires", "Trust")),
        (
            "Clinical engagement is a critical success factor for integrated care.",
            ("ClinicalEngagement", "supports", "IntegratedCare"),
        ),
        (
            "Teamwork is a safeguard for patient safety.",
            ("Teamwork", "supports", "PatientSafety"),
        ),
        (
            "Performance targets are the bane of clinical autonomy.",
            ("PerformanceTarget", "hinders", "Autonomy"),
        ),
    ],
)
def test_nouns_of_building_guarding_and_harming(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # A factor for people is something they weigh, not something it helps.
        "Patient safety is a major factor for doctors.",
        # "The problem of X" names X as the problem; "bane of" does not make it one.
        "The problem of bureaucracy is well known.",
    ],
)
def test_factors_for_people_and_problems_of_things_are_no_claims(
    extractor: Extractor, text: str
) -> None:
    assert triples(extractor, text) == set()


def test_who_is_in_a_role_plays_it(extractor: Extractor) -> None:
    text = "Nurses are increasingly in leadership positions."
    assert triples(extractor, text) == {("Nurse", "playsRole", "LeadershipRole")}
    denied = extract(extractor, "Doctors are not in leadership roles at this trust.").relations
    assert [r.negated for r in denied] == [True]
    # A position that is no role.
    assert triples(extractor, "The hospital is in a strong position.") == set()


def test_what_offers_a_chance_to_improve_a_thing_may_improve_it(extractor: Extractor) -> None:
    text = "Clinical engagement offers an opportunity to improve patient outcomes."
    relations = extract(extractor, text).relations
    assert {(r.subject.split("#")[-1], r.object.split("#")[-1]) for r in relations} == {
        ("ClinicalEngagement", "PatientOutcome")
    }
    assert all(r.hedged for r in relations)
    # The chance offered to someone is theirs to take.
    offered = "Managers offer doctors the chance to improve patient safety."
    assert triples(extractor, offered) == set()
