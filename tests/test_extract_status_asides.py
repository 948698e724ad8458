"""Claim status around asides and the words that report others: a trailing "as some fear",
"disagree that" and "disagree with the view that", an aside between a negation and its verb,
and an object pronoun after an aside on the subject. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest
from extraction import extract
from test_extract_status import statuses

CLAIM = ("Audit", "undermines", "Autonomy")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Denying what others fear or claim, in a trailing "as" phrase, is rejecting it ...
        ("Clinical audit does not undermine professional autonomy, as some fear.", "rejected"),
        (
            "Clinical audit does not undermine professional autonomy, as is often claimed.",
            "rejected",
        ),
        # ... but not the author's own argument, a finding, or a degree.
        ("Clinical audit does not undermine professional autonomy, as we argued above.", "negated"),
        (
            "Clinical audit does not undermine professional autonomy, as the survey shows.",
            "negated",
        ),
        (
            "Clinical audit does not undermine professional autonomy as much as managers claim.",
            "negated",
        ),
        # Others' fear of it, not denied, is theirs.
        ("Clinical audit undermines professional autonomy, as some fear.", "hedged"),
        # Disagreeing that a clause holds denies it; disagreeing with a view of it rejects it.
        ("I disagree that clinical audit undermines professional autonomy.", "negated"),
        (
            "We disagree with the view that clinical audit undermines professional autonomy.",
            "rejected",
        ),
        # An aside between the negation and its verb ("undermine" was read as an adjective).
        ("Clinical audit does not, in our view, undermine professional autonomy.", "negated"),
    ],
)
def test_status_around_asides(extractor, text: str, status: str) -> None:
    assert statuses(extractor, text) == {(*CLAIM, status)}


def test_an_object_pronoun_skips_only_the_subject_not_its_aside(extractor) -> None:
    text = "Clinical audit, far from undermining professional autonomy, strengthens it."
    assert ("Audit", "supports", "Autonomy", "asserted") in statuses(extractor, text)
    # Its own subject is never what an object pronoun stands for.
    text = "Clinical audit strengthens it."
    assert statuses(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A report answered by a finding that points the other way.
        (
            "It is often said that managers undermine clinical engagement, but our findings"
            " suggest otherwise.",
            ("Manager", "undermines", "ClinicalEngagement", "rejected"),
        ),
        # A view called wrong as the second of two predicates.
        (
            "The belief that doctors resist management is widespread but mistaken.",
            ("Doctor", "conflictsWith", "Management", "rejected"),
        ),
        # A closing apposition or relative clause that refuses the claim before it.
        (
            "Critics portray performance targets as the enemy of professional autonomy, a"
            " portrayal we find unconvincing.",
            ("PerformanceTarget", "conflictsWith", "Autonomy", "rejected"),
        ),
        (
            "There is a widespread perception that targets damage patient safety, which we do"
            " not share.",
            ("PerformanceTarget", "damages", "PatientSafety", "rejected"),
        ),
        # Blame is the blamers' view; blame called unfair is rejected.
        (
            "Managers are often blamed for poor quality of care.",
            ("Manager", "hinders", "QualityOfCare", "hedged"),
        ),
        (
            "Managers are often blamed for poor quality of care, unfairly in our view.",
            ("Manager", "hinders", "QualityOfCare", "rejected"),
        ),
    ],
)
def test_reports_answered_or_judged_later_in_the_sentence(extractor, text, expected) -> None:
    assert statuses(extractor, text) == {expected}


def test_a_finding_that_agrees_rejects_nothing(extractor) -> None:
    text = "It is often said that managers undermine clinical engagement, and our findings agree."
    assert statuses(extractor, text) == {("Manager", "undermines", "ClinicalEngagement", "hedged")}
    text = "There is a widespread perception that targets damage patient safety, which we share."
    assert statuses(extractor, text) == {
        ("PerformanceTarget", "damages", "PatientSafety", "hedged")
    }


def test_a_conviction_others_deny_is_theirs(extractor) -> None:
    claim = ("Audit", "undermines", "Autonomy")
    text = "Many doctors are not convinced that clinical audit undermines professional autonomy."
    found = extract(extractor, text).relations
    assert [(r.negated, r.hedged) for r in found] == [(True, True)]
    text = "We do not accept that clinical audit undermines professional autonomy."
    assert statuses(extractor, text) == {(*claim, "negated")}
    found = extract(extractor, text).relations
    assert [(r.negated, r.hedged) for r in found] == [(True, False)]


def test_a_unit_named_by_how_it_is_run_stands_for_that(extractor) -> None:
    text = "She did not accept that doctor-led divisions had improved the quality of care."
    found = extract(extractor, text).relations
    assert [(r.subject.rsplit("#")[-1], r.negated, r.hedged) for r in found] == [
        ("ClinicalLeadership", True, True)
    ]
    assert statuses(extractor, "Clinically led units improved efficiency.") == {
        ("ClinicalLeadership", "improves", "Efficiency", "asserted")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The failure of clinical audit to improve patient safety is well documented.",
        "The inability of clinical audit to improve patient safety is well documented.",
    ],
)
def test_a_failure_to_do_denies_the_doing(extractor, text: str) -> None:
    # Not "audit hinders safety": the noun denies its infinitive.
    assert statuses(extractor, text) == {("Audit", "improves", "PatientSafety", "negated")}


def test_a_failure_of_a_thing_is_still_its_lack(extractor) -> None:
    # As "a lack of X undermines Y": Y requires X (tests/gold/README.md).
    text = "The failure of clinical leadership undermined patient safety."
    assert statuses(extractor, text) == {
        ("PatientSafety", "requires", "ClinicalLeadership", "asserted")
    }


def test_a_scheme_stands_for_what_it_is_a_scheme_of(extractor) -> None:
    text = (
        "Few of the consultants we interviewed believed that the new appraisal scheme had"
        " improved patient safety."
    )
    found = extract(extractor, text).relations
    assert [(r.subject.rsplit("#")[-1], r.negated, r.hedged) for r in found] == [
        ("Appraisal", True, True)
    ]
