"""Relations from cue phrases, on sentences written for these tests (not from the seed articles)."""

from __future__ import annotations

import pickle

import pytest
from extraction import extract, triples

from kg.extract import EXTRACTOR_VERSION, Extractor, data_files
from kg.namespaces import HLKG


def only(extractor: Extractor, text: str):
    (relation,) = extract(extractor, text).relations
    return relation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # supports family, forward
        (
            "Clinical leadership improves patient safety.",
            ("ClinicalLeadership", "improves", "PatientSafety"),
        ),
        ("Teamwork enables shared decision making.", ("Teamwork", "enables", "DecisionMaking")),
        ("Mutual trust supports collaboration.", ("Trust", "supports", "Partnership")),
        ("Appraisal promotes accountability.", ("Appraisal", "promotes", "Accountability")),
        (
            "Dialogue strengthens the doctor-manager relationship.",
            ("Dialogue", "supports", "DoctorManagerRelationship"),
        ),
        (
            "Clinical audit leads to better patient outcomes.",
            ("Audit", "supports", "PatientOutcome"),
        ),
        (
            "Good communication contributes to patient safety.",
            ("Communication", "supports", "PatientSafety"),
        ),
        # reverse: the subject follows the cue
        (
            "Primary care would benefit from better integrated care.",
            ("IntegratedCare", "benefits", "PrimaryCare"),
        ),
        ("Patient safety stems from teamwork.", ("Teamwork", "supports", "PatientSafety")),
        ("Mutual trust is essential to partnership.", ("Partnership", "requires", "Trust")),
        # passives
        ("Quality of care is improved by clinical audit.", ("Audit", "improves", "QualityOfCare")),
        (
            "Professional autonomy is undermined by bureaucracy.",
            ("Bureaucracy", "undermines", "Autonomy"),
        ),
        # hinders family
        ("Bureaucracy impedes change management.", ("Bureaucracy", "impedes", "ChangeManagement")),
        ("Performance targets hinder teamwork.", ("PerformanceTarget", "hinders", "Teamwork")),
        ("Market reform threatens equity.", ("MarketBasedPolicy", "threatens", "Equity")),
        ("Restructuring damages trust.", ("NHSReform", "damages", "Trust")),
        ("Regulation is an attack on clinical autonomy.", ("Regulation", "hinders", "Autonomy")),
        (
            "Dialogue helps to overcome the doctor-manager divide.",
            ("Dialogue", "overcomes", "DoctorManagerDivide"),
        ),
        (
            "Clinical networks bridge the doctor-manager divide.",
            ("ClinicalNetwork", "overcomes", "DoctorManagerDivide"),
        ),
        # requires family
        (
            "Integrated care depends on clinical engagement.",
            ("IntegratedCare", "dependsOn", "ClinicalEngagement"),
        ),
        ("Integrated care relies on teamwork.", ("IntegratedCare", "dependsOn", "Teamwork")),
        ("Revalidation requires appraisal.", ("Regulation", "requires", "Appraisal")),
        (
            "Partnership is dependent on mutual respect.",
            ("Partnership", "dependsOn", "MutualRespect"),
        ),
        (
            "The price of clinical freedom is public accountability.",
            ("Autonomy", "requires", "Accountability"),
        ),
        # conflict family
        (
            "Managerialism conflicts with professionalism.",
            ("Management", "conflictsWith", "Professionalism"),
        ),
        (
            "There is a tension between autonomy and accountability.",
            ("Autonomy", "conflictsWith", "Accountability"),
        ),
        (
            "Paperwork is a diversion from patient care and from clinical work.",
            ("Bureaucracy", "divertsFrom", "Patient"),
        ),
        # part and role
        ("Audit is part of clinical governance.", ("Audit", "partOf", "ClinicalGovernance")),
        (
            "The clinical director acts as a liaison.",
            ("ClinicalLeader", "playsRole", "LiaisonRole"),
        ),
    ],
)
def test_each_cue_family_gives_direction_and_property(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


def test_negation_is_a_flag_not_a_drop(extractor) -> None:
    relation = only(extractor, "Management training does not improve patient safety.")
    assert relation.negated and "not" in relation.hedge_cues
    assert only(extractor, "Appraisal has little to contribute to patient safety.").negated
    assert only(extractor, "Regulation never undermines professionalism.").negated
    text = "Appraisal not only improves accountability but also trust."
    relations = extract(extractor, text).relations
    # "not only ... but also" neither negates nor ends the clause: both objects, unnegated.
    assert {r.object.removeprefix(HLKG) for r in relations} == {"Accountability", "Trust"}
    assert not any(r.negated for r in relations)


def test_hedging_and_attribution_are_flags(extractor) -> None:
    relation = only(extractor, "Performance targets may undermine professionalism.")
    assert relation.hedged and not relation.negated and "may" in relation.hedge_cues
    assert only(extractor, "Some argue that bureaucracy hinders teamwork.").hedged
    assert only(extractor, "Regulation can be seen as an attack on autonomy.").hedged
    plain = only(extractor, "Regulation is an attack on autonomy.")
    hedged = only(extractor, "Regulation could be seen as an attack on autonomy.")
    assert hedged.confidence < plain.confidence


def test_coordinated_subjects_and_objects(extractor) -> None:
    assert triples(extractor, "Audit and appraisal improve accountability and patient safety.") == {
        ("Audit", "improves", "Accountability"),
        ("Audit", "improves", "PatientSafety"),
        ("Appraisal", "improves", "Accountability"),
        ("Appraisal", "improves", "PatientSafety"),
    }


def test_head_noun_before_a_preposition_is_the_subject(extractor) -> None:
    assert triples(extractor, "Dialogue between nurses and managers improves patient safety.") == {
        ("Dialogue", "improves", "PatientSafety")
    }


def test_no_self_relations(extractor) -> None:
    assert triples(extractor, "Leadership improves leadership.") == set()
    assert triples(extractor, "Managers depend on NHS managers.") == set()


def test_clause_boundaries_block(extractor) -> None:
    assert triples(extractor, "Doctors value autonomy; bureaucracy improves nothing.") == set()
    assert triples(extractor, "Managers count costs, whereas doctors improve care.") == set()
    assert triples(extractor, "Bureaucracy (a pet hate of doctors) undermines trust.") == set()


def test_pronoun_next_to_the_cue_is_not_skipped(extractor) -> None:
    # The pronoun is the subject, standing for the concept it refers to: never the farther,
    # disagreeing "Doctors".
    text = "Doctors disliked management because it conflicts with autonomy."
    assert triples(extractor, text) == {("Management", "conflictsWith", "Autonomy")}
    assert triples(extractor, "Teamwork is vital, and it improves patient safety.") == {
        ("Teamwork", "improves", "PatientSafety")
    }
    # A demonstrative pronoun stands for a whole proposition: it blocks, resolving to nothing.
    assert triples(extractor, "Doctors discuss audit; this undermines trust.") == set()


def test_far_concepts_and_mere_cooccurrence_are_not_relations(extractor) -> None:
    assert triples(extractor, "Doctors and managers met to discuss patient safety.") == set()
    text = "Audit improves, in the view of the board's long report on its wards, patient safety."
    assert triples(extractor, text) == set()


def test_the_clause_subject_reaches_its_verb_across_a_relative_clause(extractor) -> None:
    text = "Audit, which the committee discussed at length over several meetings, improves safety."
    assert triples(extractor, text.replace("safety", "patient safety")) == {
        ("Audit", "improves", "PatientSafety")
    }


def test_object_of_an_infinitive_and_participle_subject(extractor) -> None:
    assert ("ClinicalNetwork", "enables", "Partnership") in triples(
        extractor,
        "Clinical networks connect hospitals, enabling doctors and nurses to work together.",
    )
    assert ("Partnership", "requires", "LeadershipRole") in triples(
        extractor, "Partnership will require doctors to take on leadership roles."
    )


def test_anaphora_with_a_demonstrative(extractor) -> None:
    text = (
        "Many trusts now offer management training. "
        "Such training can help overcome the doctor-manager divide."
    )
    assert ("ManagementTraining", "overcomes", "DoctorManagerDivide") in triples(extractor, text)


def test_categories_are_mentions_but_not_relation_arguments(extractor) -> None:
    extraction = extract(extractor, "This role requires accountability.")
    assert [m.concept.removeprefix(HLKG) for m in extraction.mentions] == ["Role", "Accountability"]
    assert extraction.relations == ()


def test_relation_fields_are_consistent(extractor) -> None:
    text = "Intro sentence here. Clinical audit is improved by peer review."
    extraction = extract(extractor, text)
    (relation,) = extraction.relations
    doc = extraction.document.text
    assert doc[relation.cue_begin : relation.cue_end] == "improved"  # the cue's word
    assert relation.cue == "improve"
    assert relation.sentence.begin <= relation.subject_mention.begin < relation.sentence.end
    assert relation.subject_mention.surface == "peer review"
    assert 0 < relation.confidence <= 1


def test_mentions_are_sorted_and_inside_their_sentences(extractor) -> None:
    text = (
        "Doctors and managers. The NHS, primary and secondary care; junior and middle management."
    )
    extraction = extract(extractor, text)
    begins = [m.begin for m in extraction.mentions]
    assert begins == sorted(begins)
    for m in extraction.mentions:
        assert m.sentence.begin <= m.begin < m.end <= m.sentence.end
        assert extraction.document.text[m.begin : m.end] == m.surface
    # Elided modifiers in a coordination name the full concept.
    assert [(m.surface, m.concept.removeprefix(HLKG)) for m in extraction.mentions][-4:] == [
        ("primary", "PrimaryCare"),
        ("secondary care", "SecondaryCare"),
        ("junior", "Management"),
        ("middle management", "Management"),
    ]


def test_extractor_pickles_and_declares_its_data(extractor) -> None:
    copy = pickle.loads(pickle.dumps(extractor))
    text = "Clinical leadership improves patient safety."
    assert triples(copy, text) == triples(extractor, text)
    assert EXTRACTOR_VERSION
    assert all(path.is_file() for path in data_files())


def test_same_input_same_output(extractor) -> None:
    text = "Audit and appraisal improve accountability. Bureaucracy may hinder teamwork."
    assert extract(extractor, text) == extract(extractor, text)


def test_a_comma_and_conjunction_starts_a_new_clause(extractor) -> None:
    text = "Appraisal encourages reflection, and revalidation follows later."
    assert triples(extractor, text) == set()
    text = "Doctors plan rotas, and teamwork improves patient safety."
    assert triples(extractor, text) == {("Teamwork", "improves", "PatientSafety")}


def test_a_subordinate_clause_between_commas_is_stepped_over(extractor) -> None:
    text = (
        "Heavy performance management, especially when it is driven by national targets, "
        "tends to undermine trust between clinicians and managers."
    )
    assert triples(extractor, text) == {("PerformanceManagement", "undermines", "Trust")}
    assert ("Bureaucracy", "divertsFrom", "Patient") in triples(
        extractor, "Bureaucracy diverts time from patients."
    )


def test_coordinated_verbs_share_their_subject(extractor) -> None:
    text = "Regulation lowers morale and undermines teamwork."
    assert triples(extractor, text) == {("Regulation", "undermines", "Teamwork")}
    text = "Bureaucracy conflicts with professional values and impedes change management."
    assert triples(extractor, text) == {
        ("Bureaucracy", "conflictsWith", "ProfessionalValue"),
        ("Bureaucracy", "impedes", "ChangeManagement"),
    }


def test_neither_nor_coordinates_and_negates(extractor) -> None:
    relations = extract(extractor, "Neither bureaucracy nor market forces support integrated care.")
    found = {(r.subject.removeprefix(HLKG), r.negated) for r in relations.relations}
    assert found == {("Bureaucracy", True), ("MarketBasedPolicy", True)}


def test_a_cue_may_contain_a_concept_word(extractor) -> None:
    # "role" is a concept label, yet "plays the role of" stays a cue.
    assert triples(extractor, "The medical director plays the role of liaison.") == {
        ("ClinicalLeader", "playsRole", "LiaisonRole")
    }


def test_a_generated_verb_form_never_swallows_a_cue(extractor) -> None:
    # "improving quality" is a label; "improved quality" must stay cue + concept.
    assert triples(extractor, "Audit improved quality of care.") == {
        ("Audit", "improves", "QualityOfCare")
    }
    mentions = extract(extractor, "They manage change and work together.").mentions
    assert [m.concept.removeprefix(HLKG) for m in mentions] == ["ChangeManagement", "Partnership"]


def test_attribution_with_a_gap_is_hedging(extractor) -> None:
    relation = only(extractor, "Doctors often see new management systems as a threat to autonomy.")
    assert relation.hedged and relation.hedge_cues == ("see as",)
    assert relation.attributed_to == (HLKG + "Doctor",)  # the seers hold the view
    assert not only(extractor, "Management is a threat to autonomy.").hedged


def test_a_capitalised_verb_after_a_heading_colon_takes_the_heading(extractor) -> None:
    # The small model reads "Ensures" as a proper noun; the second reading in lower case
    # makes it a verb whose subject is the heading ("the power of" passes to its complement).
    found = triples(
        extractor, "The Power of Clinical Leadership: Ensures patient safety and teamwork."
    )
    assert found == {
        ("ClinicalLeadership", "supports", "PatientSafety"),
        ("ClinicalLeadership", "supports", "Teamwork"),
    }


def test_a_conjunct_inside_a_label_is_an_argument_of_its_own(extractor) -> None:
    # "quality of clinical care" is one label; "patient satisfaction" is coordinated with
    # its last word, and names a second object.
    found = triples(
        extractor,
        "Clinical leaders protect the quality of clinical care and patient satisfaction.",
    )
    assert found == {
        ("ClinicalLeader", "supports", "QualityOfCare"),
        ("ClinicalLeader", "supports", "PatientExperience"),
    }


def test_the_need_for_x_in_y(extractor) -> None:
    assert triples(extractor, "There is a need for clinical leadership in the NHS.") == {
        ("NHS", "requires", "ClinicalLeadership")
    }
