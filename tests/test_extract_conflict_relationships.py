"""Conflict as the field states it between two sides: a relationship named by its enmity
("relations between X and Y are fraught", "have soured", "are marked by mistrust", "X's uneasy
relationship with Y"), nouns of division with their sides hung on the clause ("tensions exist
between X and Y", "a disconnect between X and Y"), reciprocals ("X and Y distrust each
other"), quarrels ("X fights with Y", "X and Y argue about"), sides split or torn ("divided
over", "torn between X and Y"), and aims that point apart ("X and Y have different goals",
"X's priorities compete with Y"). A difference or a shared aim is no conflict, and a denied or
rejected one never comes out firm. Every sentence here is written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from extraction import extract, triples

from kg.extract import Extractor


def _conflicts(extractor: Extractor, text: str) -> list:
    return [r for r in extract(extractor, text).relations if r.predicate.endswith("conflictsWith")]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The relationship between surgeons and managers has become strained.",
            ("Doctor", "Manager"),
        ),
        ("Relations between nurses and managers are often fraught.", ("Nurse", "Manager")),
        (
            "Strained relationships between nurses and managers slowed the reform.",
            ("Nurse", "Manager"),
        ),
        (
            "Relations between nurses and managers have soured in recent years.",
            ("Nurse", "Manager"),
        ),
        (
            "Relations between surgeons and managers are characterised by mistrust.",
            ("Doctor", "Manager"),
        ),
        ("Tensions exist between surgeons and managers over budgets.", ("Doctor", "Manager")),
        (
            "The reforms created friction between clinical autonomy and accountability.",
            ("Autonomy", "Accountability"),
        ),
        (
            "There is a disconnect between performance targets and patient safety.",
            ("PerformanceTarget", "PatientSafety"),
        ),
        (
            "Surveys show a marked division between surgeons and the government on funding.",
            ("Doctor", "Government"),
        ),
        ("Surgeons and managers distrust each other.", ("Doctor", "Manager")),
        ("Nurses and managers are wary of one another.", ("Nurse", "Manager")),
        ("Surgeons fight with managers over theatre time.", ("Doctor", "Manager")),
        ("Nurses often argue with managers about staffing.", ("Nurse", "Manager")),
        ("Nurses and managers often argue about staffing.", ("Nurse", "Manager")),
        ("Surgeons and managers are divided over the reforms.", ("Doctor", "Manager")),
        (
            "Clinical directors are torn between patient safety and efficiency.",
            ("PatientSafety", "Efficiency"),
        ),
        ("The feuding surgeons and managers met again.", ("Doctor", "Manager")),
        ("Surgeons and managers have different goals.", ("Doctor", "Manager")),
        ("Managers' priorities often compete with patient safety.", ("Manager", "PatientSafety")),
        (
            "The priorities of managers compete with those of doctors.",
            ("Manager", "Doctor"),
        ),
        (
            "Many nurses describe the relationship between surgeons and managers as adversarial.",
            ("Doctor", "Manager"),
        ),
    ],
)
def test_the_fields_ways_of_stating_a_conflict_between_two_sides(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    found = {(s, o) for s, p, o in triples(extractor, text) if p == "conflictsWith"}
    assert pair in found or pair[::-1] in found
    assert not any(r.negated or r.rejected for r in _conflicts(extractor, text))


@pytest.mark.parametrize(
    "text",
    [
        # A difference, or an aim held in common, is no conflict.
        "Surgeons and managers have different training.",
        "Surgeons and managers share common goals.",
        "The relationship between surgeons and managers matters for patient safety.",
        # Good relations, and work shared out, set no side against the other.
        "Relations between nurses and managers are cordial.",
        # Relations that grow worse are graded, as "poor" ones are, not set side against side.
        "Relations between nurses and managers have deteriorated.",
        "The division of labour between surgeons and managers is clear.",
        # Fighting side by side, or for a cause, is no quarrel between the fighters.
        "Surgeons and nurses fight for better patient care.",
        "Nurses and surgeons fought against the closure.",
        # Saying what both believe is no argument between them.
        "Surgeons and managers argue that patient safety comes first.",
        # Split into groups is no split over a question.
        "Surgeons and nurses are divided into small teams.",
        # Torn between two clauses: the aims are the clauses', not the concepts inside them.
        "Managers are torn between keeping patient safety first and making sure that hospitals"
        " balance their books.",
    ],
)
def test_no_conflict_where_nothing_is_set_against_anything(extractor: Extractor, text: str) -> None:
    assert not _conflicts(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The relationship between surgeons and managers is not strained.",
        "Surgeons and managers do not distrust each other.",
        "Nurses do not fight with managers.",
        "Nurses and managers are not divided over the reforms.",
        "Doctors do not disagree with managers.",
    ],
)
def test_a_denied_conflict_between_two_sides_stays_denied(extractor: Extractor, text: str) -> None:
    relations = _conflicts(extractor, text)
    assert relations
    assert all(r.negated for r in relations)


def test_a_rejected_conflict_between_two_sides_stays_rejected(extractor: Extractor) -> None:
    relations = _conflicts(
        extractor, "The idea that relations between nurses and managers are hostile is a myth."
    )
    assert relations
    assert all(r.rejected for r in relations)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Surgeons and managers have a strained relationship.", ("Doctor", "Manager")),
        ("Nurses have a fractious relationship with the government.", ("Nurse", "Government")),
        ("Surgeons and managers rarely see eye to eye.", ("Doctor", "Manager")),
        ("Nurses do not see eye to eye with managers.", ("Nurse", "Manager")),
        (
            "Clinical autonomy and accountability are uneasy bedfellows.",
            ("Autonomy", "Accountability"),
        ),
        ("Consultants protested against performance targets.", ("Doctor", "PerformanceTarget")),
        ("Nurses fought against performance targets.", ("Nurse", "PerformanceTarget")),
        ("GPs objected to performance targets.", ("Doctor", "PerformanceTarget")),
        ("The reforms pitted nurses against managers.", ("Nurse", "Manager")),
        (
            "Financial targets cut across professional values.",
            ("PerformanceTarget", "ProfessionalValue"),
        ),
        ("The reforms drove a wedge between surgeons and managers.", ("Doctor", "Manager")),
        ("There was open war between nurses and managers.", ("Nurse", "Manager")),
        ("Nurses often disagree with managers about staffing.", ("Nurse", "Manager")),
        ("Surgeons and managers are at war.", ("Doctor", "Manager")),
        ("Doctors and managers are in dispute over pay.", ("Doctor", "Manager")),
        ("Many doctors are hostile towards managers.", ("Doctor", "Manager")),
        ("Consultants denounced the performance targets.", ("Doctor", "PerformanceTarget")),
        ("Many GPs take issue with performance targets.", ("Doctor", "PerformanceTarget")),
        ("Surgeons took exception to clinical guidelines.", ("Doctor", "ClinicalGuideline")),
    ],
)
def test_enmity_had_voiced_or_denied_agreement_is_a_firm_conflict(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    # "rarely see eye to eye": the denial is the frame's own, so the conflict is firm.
    relations = _conflicts(extractor, text)
    found = {(r.subject.rsplit("#", 1)[-1], r.object.rsplit("#", 1)[-1]) for r in relations}
    assert pair in found or pair[::-1] in found
    assert not any(r.negated or r.rejected for r in relations)


@pytest.mark.parametrize(
    "text",
    [
        # Agreement is no conflict.
        "Surgeons and managers see eye to eye on patient safety.",
        # A good relationship had, and shielding from harm, set nothing against anything.
        "Surgeons and managers have a good relationship.",
        "Clinical governance protects patients against harm.",
        "Performance targets were measured against patient outcomes.",
        # Disputing a claim is no conflict with what the claim is about.
        "Managers dispute that performance targets harm patient safety.",
    ],
)
def test_no_conflict_in_agreement_or_protection(extractor: Extractor, text: str) -> None:
    assert not _conflicts(extractor, text)


@pytest.fixture(scope="module")
def keeping_sides() -> Iterator[Extractor]:
    """An extractor whose descriptions of a divide or a relationship keep the people inside
    them as mentions of their own ("the tension between physicians and managers" is the
    divide, and Doctor and Manager too), as a reader marks them."""
    import copy
    import re

    from kg.extract import descriptions
    from kg.ontology import load_ontology

    data = copy.deepcopy(descriptions._data())
    for rule in data["rule"]:
        if rule["concept"] in ("DoctorManagerDivide", "DoctorManagerRelationship"):
            rule["patterns"] = [re.sub(r"\{(\w[\w-]*)\}", r"{\1+}", p) for p in rule["patterns"]]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(descriptions, "_data", lambda: data)
        yield Extractor.from_ontology(load_ontology())


@pytest.mark.parametrize(
    "text",
    [
        "There has been tension between physicians and managers for years.",
        "A deep gulf between consultants and trust managers remains.",
    ],
)
def test_the_sides_inside_a_description_of_the_opposition_are_set_against_each_other(
    keeping_sides: Extractor, text: str
) -> None:
    found = {(s, o) for s, p, o in triples(keeping_sides, text) if p == "conflictsWith"}
    assert found & {("Doctor", "Manager"), ("Manager", "Doctor")}
    assert not any(r.negated or r.rejected for r in _conflicts(keeping_sides, text))


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        (
            "Doctors and managers work in different worlds. There is deep mistrust between the"
            " two groups.",
            False,
        ),
        ("Surgeons and managers met last week. The two groups distrust each other.", False),
        ("Nurses and managers were asked. Friction between both sides has grown.", False),
        (
            "Doctors and managers work together. There is no tension between the two groups.",
            True,
        ),
    ],
)
def test_the_two_groups_named_before_are_the_two_sides(
    extractor: Extractor, text: str, negated: bool
) -> None:
    relations = _conflicts(extractor, text)
    assert relations
    sides = {frozenset((r.subject.rsplit("#")[-1], r.object.rsplit("#")[-1])) for r in relations}
    assert sides in ({frozenset(("Doctor", "Manager"))}, {frozenset(("Nurse", "Manager"))})
    assert all(r.negated is negated for r in relations)


@pytest.mark.parametrize(
    "text",
    [
        # Three groups named before: which two is not said.
        "Doctors, nurses and managers were asked. There is tension between the two groups.",
        # Nobody named before.
        "There is tension between the two groups.",
        # One group named, and "two groups" of it.
        "Doctors were asked. There is tension between the two groups of doctors.",
    ],
)
def test_no_sides_where_the_two_groups_are_not_two_named_before(
    extractor: Extractor, text: str
) -> None:
    assert not _conflicts(extractor, text)


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("It is often claimed that surgeons and managers distrust each other.", "hedged"),
        ("Some argue that relations between nurses and managers are hostile.", "hedged"),
        ("Surgeons and managers may have different goals.", "hedged"),
        ("The notion that surgeons and managers are at war is a myth.", "rejected"),
        ("Rather than fighting with managers, nurses should work with them.", "negated"),
        ("Few consultants protested against performance targets.", "negated"),
    ],
)
def test_the_new_frames_keep_the_claims_status(extractor: Extractor, text: str, flag: str) -> None:
    relations = _conflicts(extractor, text)
    assert relations
    assert all(getattr(r, flag) for r in relations)
    if flag == "hedged":
        assert not any(r.negated or r.rejected for r in relations)


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        (
            "Many nurses view the relationship between surgeons and managers as negative and"
            " adversarial.",
            False,
        ),
        (
            "Many nurses describe the relationship between surgeons and managers as adversarial.",
            False,
        ),
        ("Few nurses see the relationship between surgeons and managers as adversarial.", True),
        (
            "Nurses do not see the relationship between surgeons and managers as adversarial.",
            True,
        ),
    ],
)
def test_a_relationship_seen_as_hostile_is_the_seers_view(
    extractor: Extractor, text: str, negated: bool
) -> None:
    relations = _conflicts(extractor, text)
    assert relations
    assert all(r.hedged and r.negated is negated and not r.rejected for r in relations)


def test_a_relationship_said_to_be_hostile_is_the_authors_claim(extractor: Extractor) -> None:
    relations = _conflicts(
        extractor, "The relationship between surgeons and managers is tense and adversarial."
    )
    assert relations
    assert not any(r.hedged or r.negated or r.rejected for r in relations)
