"""Status words on unseen text: a claim is denied, hedged or affirmed as its words say,
found by judging every statement made on a survey of real pages (sentences our own)."""

from __future__ import annotations

import pytest
from extraction import triples
from test_extract_status import statuses


def test_a_negation_that_says_a_claim_could_not_be_stronger_affirms_it(extractor) -> None:
    assert statuses(
        extractor, "The need for clinical leadership in hospitals could not be more urgent."
    ) == {("HealthcareOrganisation", "requires", "ClinicalLeadership", "asserted")}
    assert statuses(
        extractor, "The need for clinical leadership in hospitals has never been greater."
    ) == {("HealthcareOrganisation", "requires", "ClinicalLeadership", "asserted")}
    assert statuses(
        extractor, "The importance of clinical governance to patient safety cannot be overstated."
    ) == {("ClinicalGovernance", "supports", "PatientSafety", "asserted")}


def test_a_plain_denial_or_overstatement_still_counts(extractor) -> None:
    assert statuses(
        extractor, "The importance of clinical governance to patient safety is overstated."
    ) == {("ClinicalGovernance", "supports", "PatientSafety", "rejected")}
    assert statuses(extractor, "Clinical governance does not improve patient safety any more.") == {
        ("ClinicalGovernance", "improves", "PatientSafety", "negated")
    }


def test_a_gerund_subject_acting_on_people_does_not_make_them_the_cause(extractor) -> None:
    # The training improves safety, not the workforce it trains.
    assert triples(extractor, "Training the medical workforce improves patient safety.") == set()
    assert (
        triples(
            extractor,
            "Training the medical workforce is an essential part of ensuring patient safety.",
        )
        == set()
    )
    # A gerund whose object is a thing stands for that thing.
    assert triples(extractor, "Introducing clinical audit improves patient safety.") == {
        ("Audit", "improves", "PatientSafety")
    }


def test_a_tentative_adjective_on_a_cue_noun_hedges_the_claim(extractor) -> None:
    assert statuses(
        extractor, "Perceived barriers to clinical engagement include distrust of managers."
    ) == {("ClinicalEngagement", "requires", "Trust", "hedged")}
    assert statuses(extractor, "Clinical audit has potential benefits for patient safety.") == {
        ("Audit", "supports", "PatientSafety", "hedged")
    }
    # Without one, the claim is the author's; an adjective on another noun does not count.
    assert statuses(
        extractor, "The benefits of clinical audit include better patient safety."
    ) == {("Audit", "supports", "PatientSafety", "asserted")}
    assert statuses(
        extractor, "The best possible patient outcomes require clinical leadership."
    ) == {("PatientOutcome", "requires", "ClinicalLeadership", "asserted")}


def test_a_noun_or_adjective_that_looks_like_a_cue_verb_is_not_read_again_as_one(
    extractor,
) -> None:
    # "scores" (a cue verb's form) and "reduced" are a noun and an adjective here: the
    # sentence has its verb, and reporting better scores is no cause of them.
    text = (
        "Trusts running leadership programmes report improved patient satisfaction scores, "
        "reduced costs and enhanced financial performance."
    )
    assert triples(extractor, text) == set()
    # A cue verb misread as a noun or adjective after "and" is still read again as a verb.
    assert triples(extractor, "Regulation lowers morale and undermines teamwork.") == {
        ("Regulation", "undermines", "Teamwork")
    }
    assert triples(extractor, "Regulation lowered morale and undermined teamwork.") == {
        ("Regulation", "undermines", "Teamwork")
    }


def test_a_clause_said_to_be_ensured_is_not_its_people(extractor) -> None:
    # What is ensured is that nurses feel valued, not the nurses.
    assert triples(extractor, "Good communication ensures that nurses feel valued.") == set()
    assert triples(extractor, "Good communication ensures that clinical governance works.") == {
        ("Communication", "supports", "ClinicalGovernance")
    }
    assert triples(extractor, "Clinical governance protects patients.") == {
        ("ClinicalGovernance", "supports", "Patient")
    }


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what is done to it is nothing
        ("Clinical engagement does little to improve patient safety.", "negated"),
        ("Clinical engagement does much to improve patient safety.", None),
        # a denied restriction leaves the claim standing; a denied claim does not
        ("Clinical engagement is not the only driver of patient safety.", "asserted"),
        ("Clinical engagement is not the sole driver of patient safety.", "asserted"),
        ("Clinical engagement is not a driver of patient safety.", "negated"),
        ("Clinical engagement is not a single driver of patient safety.", "negated"),
    ],
)
def test_doing_little_and_denying_only_a_restriction(extractor, text: str, status) -> None:
    found = {s for *_, s in statuses(extractor, text)}
    assert found == ({status} if status else set())


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Few doctors see managers as a threat to clinical autonomy.", "negated"),
        ("No doctor sees managers as a threat to clinical autonomy.", "negated"),
        ("Many doctors see managers as a threat to clinical autonomy.", "hedged"),
    ],
)
def test_a_way_of_seeing_few_hold_is_denied(extractor, text: str, status: str) -> None:
    assert statuses(extractor, text) == {("Manager", "threatens", "Autonomy", status)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a possibility judged by the extraposing copula
        ("It is possible that clinical engagement improves patient safety.", "hedged"),
        ("It is likely that clinical engagement improves patient safety.", "hedged"),
        ("It is not possible that clinical engagement improves patient safety.", "negated"),
        # an idea, not what happens
        ("In theory, clinical engagement improves patient safety.", "hedged"),
        ("On paper, clinical engagement improves patient safety.", "hedged"),
        ("In practice, clinical engagement improves patient safety.", "asserted"),
    ],
)
def test_possibility_and_theory_hedge(extractor, text: str, status: str) -> None:
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "improves", "PatientSafety", status)
    }


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Managers are accused of undermining clinical autonomy.", "hedged"),
        ("Managers are blamed for undermining clinical autonomy.", "hedged"),
        ("Managers are wrongly blamed for undermining clinical autonomy.", "rejected"),
    ],
)
def test_a_charge_laid_on_someone_is_reported(extractor, text: str, status: str) -> None:
    assert statuses(extractor, text) == {("Manager", "undermines", "Autonomy", status)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one blamed or credited did it, and the blame or credit is someone's
        ("Doctors blamed managers for undermining clinical autonomy.",
         {("Manager", "undermines", "Autonomy", "hedged")}),
        ("The report credited nurses with improving patient safety.",
         {("Nurse", "improves", "PatientSafety", "hedged")}),
        # not a verb of blame or credit: the subject still does it
        ("Doctors left the trust after improving patient safety.",
         {("Doctor", "improves", "PatientSafety", "asserted")}),
    ],
)
def test_blame_and_credit_fall_on_the_object(extractor, text: str, expected: set) -> None:
    assert statuses(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a doubt or a denial that few hold, or that is itself denied, affirms the claim
        ("Few would dispute that teamwork improves patient safety.", "asserted"),
        ("Nobody doubts that teamwork improves patient safety.", "asserted"),
        ("Few would deny that teamwork improves patient safety.", "asserted"),
        ("Managers did not deny that teamwork improves patient safety.", "asserted"),
        # a doubt or a denial held
        ("Critics doubt that teamwork improves patient safety.", "negated"),
        ("Managers denied that teamwork improves patient safety.", "negated"),
        # a claim few would make is denied
        ("Few would argue that teamwork improves patient safety.", "negated"),
    ],
)
def test_a_doubt_few_hold_affirms(extractor, text: str, status: str) -> None:
    assert {s for *_, s in statuses(extractor, text)} == {status}
