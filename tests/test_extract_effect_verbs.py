"""Verbs and frames that credit one concept with an effect on another (affect with an adverb
of sign, make a difference to, matter for, translate into), and verbs of shaping that do not
say which way (influence, shape, impact), each with
sentences written for the test: the claim, its status, and look-alikes that assert nothing."""

from __future__ import annotations

from test_extract_status import statuses


def test_verbs_of_shaping_carry_no_sign_and_no_claim(extractor) -> None:
    # "shape", "influence" and "impact" name an effect without saying whether it helps or
    # harms: a signed statement would put words in the text's mouth.
    for text in (
        "Trust shapes teamwork.",
        "Teamwork is strongly influenced by trust.",
        "Clinical leadership influences patient outcomes.",
        "Performance targets impact clinical autonomy.",
    ):
        assert statuses(extractor, text) == set(), text
    # With an adverb of sign they do say it.
    assert statuses(extractor, "Clinical leadership positively influences patient outcomes.") == {
        ("ClinicalLeadership", "supports", "PatientOutcome", "asserted")
    }


def test_a_subject_read_as_a_modifier_of_the_verb_is_read_again(extractor) -> None:
    # The small parser hangs "leadership" from "damages" as a compound, leaving no subject.
    assert statuses(extractor, "Clinical leadership damages patient safety.") == {
        ("ClinicalLeadership", "damages", "PatientSafety", "asserted")
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
