"""Conflict and harm in the field's general language: nominal frames of dispute and enmity
("mutual suspicion between X and Y", "a clash of X and Y", "X versus Y"), "X and Y pull in
different directions", adjectives of opposition ("antagonistic to"), verbs of trespass and
restraint ("encroach on", "stymie", "hijack", "violate"), a conflict taken for granted by
a verb of noticing it ("is rarely acknowledged"), a cue verb read as a noun after a
two-word name ("performance targets conflict with"), and two members of one coordination
never set against each other by a one-sided cue. Every sentence here is written for these
tests."""

from __future__ import annotations

import pytest
from extraction import extract, triples

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There is mutual suspicion between doctors and managers.",
            ("Doctor", "conflictsWith", "Manager"),
        ),
        (
            "The battle between efficiency and quality of care goes on.",
            ("Efficiency", "conflictsWith", "QualityOfCare"),
        ),
        (
            "Ward staff describe a mismatch between performance targets and professional values.",
            ("PerformanceTarget", "conflictsWith", "ProfessionalValue"),
        ),
        (
            "A clash of professional values and performance targets shaped the dispute.",
            ("ProfessionalValue", "conflictsWith", "PerformanceTarget"),
        ),
        (
            "Autonomy versus accountability is the oldest argument in medicine.",
            ("Autonomy", "conflictsWith", "Accountability"),
        ),
        (
            "Clinical autonomy and accountability pull in different directions.",
            ("Autonomy", "conflictsWith", "Accountability"),
        ),
        (
            "Performance targets are antagonistic to professional values.",
            ("PerformanceTarget", "conflictsWith", "ProfessionalValue"),
        ),
        (
            "Performance targets conflict with professional values.",
            ("PerformanceTarget", "conflictsWith", "ProfessionalValue"),
        ),
        (
            "Clinical guidelines conflict with clinical autonomy.",
            ("ClinicalGuideline", "conflictsWith", "Autonomy"),
        ),
        (
            "Managers face a trade-off between improving efficiency and maintaining quality of"
            " care.",
            ("Efficiency", "conflictsWith", "QualityOfCare"),
        ),
        (
            "Physicians often view administrators with suspicion.",
            ("Doctor", "conflictsWith", "Manager"),
        ),
        (
            "Many consultants regard performance targets with deep cynicism.",
            ("Doctor", "conflictsWith", "PerformanceTarget"),
        ),
        (
            "Managers are regarded with suspicion by doctors.",
            ("Doctor", "conflictsWith", "Manager"),
        ),
        (
            "Doctors look on clinical guidelines with distrust.",
            ("Doctor", "conflictsWith", "ClinicalGuideline"),
        ),
    ],
)
def test_the_fields_ways_of_naming_a_conflict(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    found = triples(extractor, text)
    flipped = (expected[2], expected[1], expected[0])
    assert expected in found or flipped in found
    assert all(r.negated is False for r in extract(extractor, text).relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regulation encroaches on clinical autonomy.",
            ("Regulation", "hinders", "Autonomy"),
        ),
        (
            "Performance targets impinge upon clinical practice.",
            ("PerformanceTarget", "hinders", "ClinicalPractice"),
        ),
        (
            "Targets stymie quality improvement.",
            ("PerformanceTarget", "hinders", "QualityImprovement"),
        ),
        ("Regulation hijacks professional autonomy.", ("Regulation", "hinders", "Autonomy")),
        ("Managers violate professional values.", ("Manager", "undermines", "ProfessionalValue")),
    ],
)
def test_verbs_of_trespass_and_restraint_hinder(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # Two members of one coordination are one side of a one-sided cue ("opposition of X").
        "The opposition of doctors and nurses to the reforms was strong.",
        # "versus" between things that are not concepts sets no concepts against each other.
        "Mortality in large hospitals versus small ones was compared.",
        # "of" after a conflict noun is no pair when the phrase names one side only.
        "The conflict of interest was declared to the board.",
        # Pulling together is no conflict.
        "Doctors pull together in the same direction as managers.",
        # An attitude that is no opposition.
        "Doctors view managers with respect.",
        "Trust boards treat clinical audit with great care.",
    ],
)
def test_no_conflict_where_the_words_set_nothing_against_each_other(
    extractor: Extractor, text: str
) -> None:
    assert not any(r[1] == "conflictsWith" for r in triples(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        "The conflict between efficiency and quality of care is rarely acknowledged.",
        "Boards seldom discuss the tension between financial targets and patient safety.",
        "Few managers recognise the conflict between performance targets and professional values.",
    ],
)
def test_a_conflict_not_noticed_still_stands(extractor: Extractor, text: str) -> None:
    relations = [
        r for r in extract(extractor, text).relations if r.predicate.endswith("conflictsWith")
    ]
    assert relations
    assert all(not r.negated and not r.rejected for r in relations)


@pytest.mark.parametrize(
    "text",
    [
        "There is no conflict between autonomy and accountability.",
        "The conflict between autonomy and accountability does not exist.",
        "Efficiency does not conflict with quality of care.",
        "Performance targets do not conflict with professional values.",
        "Doctors do not view managers with suspicion.",
    ],
)
def test_a_denied_conflict_stays_denied(extractor: Extractor, text: str) -> None:
    relations = extract(extractor, text).relations
    assert relations
    assert all(r.negated for r in relations)


@pytest.mark.parametrize(
    "text",
    [
        # Attending to a good is no overcoming of it.
        "Clinical governance addresses patient safety.",
        "Leadership development programmes address teamwork and communication.",
        # Replacing is substitution, not harm.
        "Clinical networks replace hierarchical management.",
        "Managers replaced doctors on many trust boards.",
    ],
)
def test_no_harm_where_nothing_is_worked_against(extractor: Extractor, text: str) -> None:
    assert not any(r[1] in ("hinders", "overcomes") for r in triples(extractor, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinical networks tackle bureaucracy.", ("ClinicalNetwork", "overcomes", "Bureaucracy")),
        (
            "Leadership training addresses the lack of trust between doctors and managers.",
            ("LeadershipDevelopment", "supports", "Trust"),
        ),
        (
            "Reducing bureaucracy improves clinical engagement.",
            ("Bureaucracy", "hinders", "ClinicalEngagement"),
        ),
        (
            "Reducing bureaucracy would improve clinical engagement.",
            ("Bureaucracy", "hinders", "ClinicalEngagement"),
        ),
        (
            "Cutting the amount of bureaucracy would improve clinical engagement.",
            ("Bureaucracy", "hinders", "ClinicalEngagement"),
        ),
    ],
)
def test_overcoming_a_problem_and_doing_away_with_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doctors often come into conflict with managers.", ("Doctor", "conflictsWith", "Manager")),
        (
            "Doctors are at loggerheads with managers over the budget.",
            ("Doctor", "conflictsWith", "Manager"),
        ),
        ("Doctors often have conflicts with managers.", ("Doctor", "conflictsWith", "Manager")),
        (
            "Consultants report growing friction with managers.",
            ("Doctor", "conflictsWith", "Manager"),
        ),
        (
            "Clinicians and managers are pitted against each other.",
            ("Doctor", "conflictsWith", "Manager"),
        ),
        ("Doctors see managers as the enemy.", ("Doctor", "conflictsWith", "Manager")),
        (
            "Performance targets are not compatible with professional values.",
            ("PerformanceTarget", "conflictsWith", "ProfessionalValue"),
        ),
        (
            "Managers put efficiency ahead of quality of care.",
            ("Efficiency", "conflictsWith", "QualityOfCare"),
        ),
        (
            "Efficiency often wins out over quality of care.",
            ("Efficiency", "conflictsWith", "QualityOfCare"),
        ),
        (
            "The drive for efficiency trumps patient safety.",
            ("Efficiency", "conflictsWith", "PatientSafety"),
        ),
    ],
)
def test_conflicts_had_fought_and_given_way_to(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    _read_firm(extractor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Doctors see managers as partners.",
        "Performance targets are compatible with professional values.",
        # A difference of background is no conflict (different aims are: see
        # test_extract_conflict_relationships.py).
        "Managers and doctors have different backgrounds.",
    ],
)
def test_no_conflict_in_a_fit_or_a_difference(extractor: Extractor, text: str) -> None:
    assert not any(r[1] == "conflictsWith" for r in triples(extractor, text))


def test_an_enemy_denied_is_no_enemy(extractor: Extractor) -> None:
    relations = extract(extractor, "Doctors do not see managers as the enemy.").relations
    assert relations and all(r.negated for r in relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Professional autonomy cannot coexist with tight financial control.",
            ("Autonomy", "conflictsWith", "ResourceAllocation"),
        ),
        (
            "Performance targets do not sit well with professional values.",
            ("PerformanceTarget", "conflictsWith", "ProfessionalValue"),
        ),
        (
            "Performance targets do not fit with professional values.",
            ("PerformanceTarget", "conflictsWith", "ProfessionalValue"),
        ),
    ],
)
def test_a_fit_denied_by_the_verb_is_a_conflict(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    _read_firm(extractor, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Performance targets fit with professional values.",
        "Performance targets sit well with professional values.",
        "Doctors do not sit with managers at board meetings.",
    ],
)
def test_a_fit_or_a_seat_is_no_conflict(extractor: Extractor, text: str) -> None:
    assert not any(r[1] == "conflictsWith" for r in triples(extractor, text))


def _read_firm(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    """The sentence gives the one statement expected, and not as a denial."""
    relations = extract(extractor, text).relations
    assert triples(extractor, text) == {expected}
    assert not any(r.negated for r in relations)
