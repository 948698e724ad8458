"""Arguments named outside their own clause: a bare definite description repeating a
concept's head ("the networks"), "the" before a general noun of a kind ("the reforms"), and a
plural pronoun standing for a whole group named before ("Doctors and managers ... They").
Resolved only where one antecedent is certain. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest
from extraction import extract, triples

# -- "the networks": a bare definite description -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Managed clinical networks link hospitals with primary care. "
            "The networks improve patient pathways.",
            ("ClinicalNetwork", "improves", "PatientPathway"),
        ),
        (
            "Relationships between doctors and managers were strained last year. "
            "The relationship now undermines patient safety.",
            ("DoctorManagerRelationship", "undermines", "PatientSafety"),
        ),
    ],
)
def test_a_bare_definite_description_repeats_the_concept_named_before(
    extractor, text, expected
) -> None:
    assert expected in triples(extractor, text)


def test_a_resolved_description_is_an_argument_not_a_mention(extractor) -> None:
    text = (
        "Managed clinical networks link hospitals with primary care. "
        "The networks improve patient pathways."
    )
    extraction = extract(extractor, text)
    (relation,) = [r for r in extraction.relations if r.object.endswith("PatientPathway")]
    assert relation.subject_mention.surface == "The networks"
    assert relation.subject_mention.sentence == relation.sentence
    assert "The networks" not in {m.surface for m in extraction.mentions}


@pytest.mark.parametrize(
    "text",
    [
        # Narrowed by a phrase after it or a modifier before it: perhaps other networks.
        "Managed clinical networks link hospitals with primary care. "
        "The networks in rural areas improve patient pathways.",
        "Managed clinical networks link hospitals with primary care. "
        "The informal networks improve patient pathways.",
        # The same noun written as a plain word in between: the networks of volunteers.
        "Managed clinical networks link hospitals with primary care. "
        "Local charities also run networks of volunteers. "
        "The networks improve patient pathways.",
        # No concept named before with that head word.
        "Hospitals formed new groups in 2002. The networks improve patient pathways.",
    ],
)
def test_a_description_without_one_certain_antecedent_stands_for_none(extractor, text) -> None:
    assert not any("ClinicalNetwork" in (s, o) for s, _, o in triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "named_before"),
    [
        # The noun heads a paraphrase of a quality, but it names the participants.
        (
            "Trusts must provide safe services. The services now undermine professional autonomy.",
            "PatientSafety",
        ),
        (
            "Engaged staff deliver better care. The staff now resent performance targets.",
            "ClinicalEngagement",
        ),
    ],
)
def test_a_description_names_no_quality_its_noun_only_carries(
    extractor, text, named_before
) -> None:
    assert not any(
        s == named_before and o in ("Autonomy", "PerformanceTarget")
        for s, _, o in triples(extractor, text)
    )


def test_a_group_of_people_is_named_by_any_of_its_labels(extractor) -> None:
    text = (
        "The medical profession resisted general management. "
        "The profession now resents performance targets."
    )
    assert ("Doctor", "conflictsWith", "PerformanceTarget") in triples(extractor, text)


def test_two_concepts_with_the_head_make_the_description_uncertain(extractor) -> None:
    text = "The region funds integrated care and primary care. The care improves patient outcomes."
    found = triples(extractor, text)
    assert not any(s in ("IntegratedCare", "PrimaryCare") for s, _, _ in found)


# -- "the reforms": a definite general noun of a kind ---------------------------------------


def test_the_before_a_general_noun_sums_up_the_concept_of_its_kind(extractor) -> None:
    text = (
        "The government imposed performance targets on hospitals. "
        "The reforms undermined professional autonomy."
    )
    assert ("PerformanceTarget", "undermines", "Autonomy") in triples(extractor, text)
    # Not of the noun's kind: a care model is no reform.
    text = "The trust adopted a new care model. The reforms undermined professional autonomy."
    assert not any("CareModel" in (s, o) for s, _, o in triples(extractor, text))


# -- "They" for the whole group named before --------------------------------------------------


def test_a_plural_pronoun_stands_for_every_member_of_the_group_before(extractor) -> None:
    text = "Doctors and managers met every week in 2010. They improved patient safety together."
    found = triples(extractor, text)
    assert ("Doctor", "improves", "PatientSafety") in found
    assert ("Manager", "improves", "PatientSafety") in found


@pytest.mark.parametrize(
    "text",
    [
        # Not one group: the managers are what the doctors met.
        "Doctors met managers every week in 2010. They improved patient safety together.",
        # A singular member is no part of "they".
        "Doctors and the NHS agreed a plan in 2010. They improved patient safety together.",
    ],
)
def test_a_plural_pronoun_does_not_reach_past_its_group(extractor, text) -> None:
    found = triples(extractor, text)
    assert ("Doctor", "improves", "PatientSafety") in found
    assert not any(s in ("Manager", "NHS") for s, _, _ in found)


# -- "the two groups" after a description of the pair -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Good relationships between doctors and managers are vital. "
        "Yet tension between the two groups has grown.",
        "The gulf between clinicians and managers is wide. "
        "Conflict between the two groups undermines patient safety.",
    ],
)
def test_the_two_groups_are_those_a_description_names_after_between(extractor, text) -> None:
    assert ("Doctor", "conflictsWith", "Manager") in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # Three groups in reach: which two are meant is uncertain.
        "Relationships between doctors, nurses and managers are vital. "
        "Yet tension between the two groups has grown.",
        # No "between": patient safety names no group of people.
        "Doctors value patient safety. Yet tension between the two groups has grown.",
    ],
)
def test_the_two_groups_without_two_certain_sides_stand_for_none(extractor, text) -> None:
    assert not any(p == "conflictsWith" for _, p, _ in triples(extractor, text))


# -- a subject pronoun after a clause set before it; an acronym's number ---------------------


def test_a_subject_pronoun_continues_the_subject_of_a_clause_set_before_it(extractor) -> None:
    text = "If clinicians are to run hospitals, they need management training."
    found = triples(extractor, text)
    assert ("Doctor", "requires", "ManagementTraining") in found
    assert not any(s == "HealthcareOrganisation" for s, _, _ in found)


def test_an_acronym_ending_in_a_capital_s_is_no_plural_antecedent(extractor) -> None:
    # "They" are the programmes, a plain noun: not the NHS.
    text = "The NHS funds many programmes. They support leadership development."
    assert not any(s == "NHS" for s, _, _ in triples(extractor, text))
    # A lower-case plural "s" after the capitals is one.
    text = "MCNs were formed across the region in 2002. They improve patient pathways."
    assert ("ClinicalNetwork", "improves", "PatientPathway") in triples(extractor, text)


# -- an object pronoun across a sentence boundary ----------------------------------------------


def test_an_object_pronoun_with_two_antecedents_before_stands_for_none(extractor) -> None:
    # The managers or the targets: a reader sees the targets, the subject rule the managers.
    text = "Managers impose performance targets. Doctors resent them."
    assert not any("Manager" in (s, o) for s, _, o in triples(extractor, text))


def test_an_object_pronoun_with_one_antecedent_before_stands_for_it(extractor) -> None:
    text = "The government published new performance targets. Doctors resent them."
    assert ("Doctor", "conflictsWith", "PerformanceTarget") in triples(extractor, text)


def test_a_pronoun_repeating_an_unresolved_one_stays_unresolved(extractor) -> None:
    # The second "it" is the first (the board, no concept), not the nearer governance.
    text = (
        "The board met monthly. "
        "It oversaw clinical governance and it supported quality improvement."
    )
    assert not any(s == "ClinicalGovernance" for s, _, _ in triples(extractor, text))
    # Resolved, the first passes its antecedent on.
    text = (
        "Clinical networks began in 1999. "
        "They link hospitals with primary care and they improve patient pathways."
    )
    assert ("ClinicalNetwork", "improves", "PatientPathway") in triples(extractor, text)


def test_a_reference_resolved_without_a_relation_still_passes_its_antecedent_on(
    extractor,
) -> None:
    # "The networks" yields no relation in its own sentence (funding is no concept), but
    # "They" continues it, not the hospitals.
    text = (
        "Managed clinical networks began in 1999. "
        "The networks depend on funding from hospitals. They improve patient outcomes."
    )
    found = triples(extractor, text)
    assert ("ClinicalNetwork", "improves", "PatientOutcome") in found
    assert not any(s == "HealthcareOrganisation" for s, _, _ in found)
