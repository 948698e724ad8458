"""Verbs and frames that credit one concept with an effect on another without a sign of
their own (influence, shape, make a difference to, matter for, translate into), each with
sentences written for the test: the claim, its status, and look-alikes that assert nothing."""

from __future__ import annotations

from test_extract_status import statuses


def test_shaping_verbs_credit_the_subject_with_the_effect(extractor) -> None:
    assert statuses(extractor, "Trust shapes teamwork.") == {
        ("Trust", "supports", "Teamwork", "asserted")
    }
    assert statuses(extractor, "Teamwork is strongly influenced by trust.") == {
        ("Trust", "supports", "Teamwork", "asserted")
    }
    assert statuses(extractor, "Clinical leadership may influence patient outcomes.") == {
        ("ClinicalLeadership", "supports", "PatientOutcome", "hedged")
    }
    assert statuses(extractor, "Clinical leadership does not influence patient outcomes.") == {
        ("ClinicalLeadership", "supports", "PatientOutcome", "negated")
    }
    # Influencing people is persuasion, not support.
    assert statuses(extractor, "Managers influence doctors.") == set()


def test_a_subject_read_as_a_modifier_of_the_verb_is_read_again(extractor) -> None:
    # The small parser hangs "leadership" from "influences" as a compound, leaving no subject.
    assert statuses(extractor, "Clinical leadership influences patient outcomes.") == {
        ("ClinicalLeadership", "supports", "PatientOutcome", "asserted")
    }


def test_affect_carries_a_claim_only_with_an_adverb_of_sign(extractor) -> None:
    assert statuses(extractor, "Bureaucracy adversely affects clinical engagement.") == {
        ("Bureaucracy", "hinders", "ClinicalEngagement", "asserted")
    }
    assert statuses(extractor, "Good teamwork positively affects patient safety.") == {
        ("Teamwork", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Bureaucracy affects clinical engagement.") == set()


def test_a_difference_made_to_a_thing_is_an_effect_on_it(extractor) -> None:
    assert statuses(extractor, "Clinical leadership makes a difference to patient outcomes.") == {
        ("ClinicalLeadership", "supports", "PatientOutcome", "asserted")
    }
    assert statuses(extractor, "Clinical leadership made no difference to patient outcomes.") == {
        ("ClinicalLeadership", "supports", "PatientOutcome", "negated")
    }
    # A comparison, not an effect.
    text = "There is a difference between clinical leadership and patient outcomes."
    assert statuses(extractor, text) == set()


def test_what_a_thing_matters_for_or_turns_into_is_what_it_supports(extractor) -> None:
    assert statuses(extractor, "Clinical engagement matters for patient safety.") == {
        ("ClinicalEngagement", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Trust matters to doctors.") == set()
    text = "Clinical engagement translates into better patient outcomes."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "supports", "PatientOutcome", "asserted")
    }
    text = "Clinical engagement never translates into better patient outcomes."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "supports", "PatientOutcome", "negated")
    }
