"""Arguments named by a reference back: a description repeating a concept's head ("such
training"), a general noun of a kind ("this approach", "these reforms"), and where the
antecedent is too uncertain to name. A wrong antecedent is worse than none. Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract, triples

from kg.namespaces import HLKG

# -- a description repeating the head of the concept's name --------------------------------


def test_a_description_repeats_the_head_of_the_name_it_refers_to(extractor) -> None:
    text = (
        "Many trusts now offer management training. "
        "Such training can help overcome the doctor-manager divide."
    )
    assert ("ManagementTraining", "overcomes", "DoctorManagerDivide") in triples(extractor, text)
    # An acronym names its concept's head too.
    text = "Hospitals formed MCNs in 2002. The involvement of patients in these networks is vital."
    assert ("Patient", "partOf", "ClinicalNetwork") in triples(extractor, text)


def test_a_description_with_another_head_refers_to_nothing_named(extractor) -> None:
    # "leaders" heads one of leadership development's labels, but the text named it
    # "leadership development": these leaders are people, not the programme.
    text = "Trusts invested in leadership development. These leaders improved teamwork."
    assert triples(extractor, text) == set()
    # "process" heads a label of management; "this process" is not that management.
    text = (
        "Trusts reorganised health services management. "
        "Managerial reforms were central to this process."
    )
    assert not any("Management" in (s, o) for s, _, o in triples(extractor, text))


# -- a general noun of a kind ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The trust adopted a new care model. This model improves patient safety.",
            ("CareModel", "improves", "PatientSafety"),
        ),
        (
            "The government introduced performance targets. These reforms undermined trust.",
            ("PerformanceTarget", "undermines", "Trust"),
        ),
        (
            "Many trusts run a management course for consultants. "
            "This programme improves teamwork.",
            ("ManagementTraining", "improves", "Teamwork"),
        ),
    ],
)
def test_a_general_noun_sums_up_the_concept_of_its_kind(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # Not of the noun's kind: a care model is no reform, a course no reform.
        "The trust adopted a new care model. These reforms undermined trust.",
        "Many trusts run a management course for consultants. This reform improves teamwork.",
        # Two concepts of the kind: which one is meant is uncertain.
        "The board backed integrated care and primary care. This approach improves patient safety.",
        # The same noun written plainly in between: "this model" is the rota model.
        "The trust adopted a new care model. Its managers then drew up a model for rotas. "
        "This model improves patient safety.",
    ],
)
def test_a_general_noun_without_one_certain_antecedent_stands_for_none(extractor, text) -> None:
    found = triples(extractor, text)
    assert not any(s in ("CareModel", "IntegratedCare", "PrimaryCare") for s, _, _ in found)
    assert not any(s in ("ManagementTraining", "PerformanceTarget") for s, _, _ in found)
    assert not any(r == "undermines" for _, r, _ in found)


def test_a_noun_defined_by_what_follows_points_forward(extractor) -> None:
    # "those approaches that doctors design" are defined by the relative clause: not the care
    # model named before.
    text = (
        "The trust adopted a new care model. Audit improves those approaches that doctors design."
    )
    assert triples(extractor, text) == set()
    text = "The trust adopted a new care model. Audit improves such approaches as appraisal."
    assert ("Audit", "improves", "CareModel") not in triples(extractor, text)
    # With a comma, the clause adds to a noun already known: the model.
    text = (
        "The trust adopted a new care model. Audit improves this approach, which doctors designed."
    )
    assert ("Audit", "improves", "CareModel") in triples(extractor, text)


def test_a_resolved_reference_is_no_mention_of_the_extractor(extractor) -> None:
    text = "The government introduced performance targets. These reforms undermined trust."
    extraction = extract(extractor, text)
    (relation,) = extraction.relations
    assert relation.subject_mention.surface == "These reforms"
    assert relation.subject_mention not in extraction.mentions
    assert [m.concept.removeprefix(HLKG) for m in extraction.mentions] == [
        "Government",
        "PerformanceTarget",
        "Trust",
    ]


# -- pronouns across sentences ---------------------------------------------------------------


def test_a_pronoun_continues_what_the_sentence_before_referred_to(extractor) -> None:
    # "they" continues the networks that "them" and "They" stood for, not the nurses the
    # sentence before also names.
    for text in (
        "Clinical networks began in 1999. Many of them involve nurses. "
        "Yet they have improved patient safety.",
        "Clinical networks began in 1999. They involve nurses. They benefit patients.",
    ):
        found = triples(extractor, text)
        assert ("Nurse", "partOf", "ClinicalNetwork") in found
        assert any(s == "ClinicalNetwork" and r in ("improves", "benefits") for s, r, _ in found)
        assert not any(s == "Nurse" and r in ("improves", "benefits") for s, r, _ in found)
    # Its status stays its own.
    text = (
        "Clinical networks began in 1999. Many of them involve nurses. "
        "Yet they have not improved patient safety."
    )
    (claim,) = [r for r in extract(extractor, text).relations if r.object.endswith("PatientSafety")]
    assert claim.subject == HLKG + "ClinicalNetwork" and claim.negated
    # A sentence that names nothing the pronoun can stand for ends the search.
    text = "Clinical networks began in 1999. Wards opened. They involve nurses."
    assert triples(extractor, text) == set()


def test_a_subject_pronoun_is_not_the_noun_of_a_phrase_set_before_its_verb(extractor) -> None:
    text = "Clinical networks began in 1999. Across many regions they benefit patients."
    assert ("ClinicalNetwork", "benefits", "Patient") in triples(extractor, text)
    text = "Clinical networks began in 1999. Across many hospitals they improve patient safety."
    assert ("ClinicalNetwork", "improves", "PatientSafety") in triples(extractor, text)
    # Not the hospitals the phrase names, even with nothing else before.
    text = "Across many hospitals they improve patient safety."
    assert triples(extractor, text) == set()


def test_an_object_pronoun_is_not_what_its_clauses_subject_pronoun_is(extractor) -> None:
    text = "Doctors resent targets. They see them as a threat to their autonomy."
    found = triples(extractor, text)
    assert ("PerformanceTarget", "threatens", "Autonomy") in found
    assert ("Doctor", "threatens", "Autonomy") not in found
    # A subject that is no pronoun leaves the object pronoun to the sentence before.
    text = "Clinical networks are popular. Many managers see them as a threat to accountability."
    assert ("ClinicalNetwork", "threatens", "Accountability") in triples(extractor, text)
