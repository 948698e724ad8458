"""Mentions on prose the extractor was not fitted to: the field's wordings, and the words that
only look like concepts (names, letters after a name, licence and citation lines). Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import concepts, mentions

# -- overlapping labels -------------------------------------------------------------------


def test_a_label_running_on_as_the_same_concept_hides_no_shorter_label(extractor) -> None:
    # "positional leadership" and "leadership roles" are both LeadershipRole: one mention,
    # not a third one for the bare category "roles".
    found = mentions(extractor, "Few nurses hold positional leadership roles in small wards.")
    assert ("roles", "Role") not in found
    assert "LeadershipRole" in [c for _, c in found]


def test_a_label_that_runs_on_into_another_concept_keeps_both(extractor) -> None:
    found = mentions(extractor, "Better performing hospitals tend to engage their consultants.")
    assert ("Better performing", "Effectiveness") in found
    assert ("hospitals", "HealthcareOrganisation") in found


# -- proper names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The scheme was run by the NHS Institute for Quality Reform in Leeds.",
        "Last year the NHS National Workforce Council met twice.",
        "She wrote the Griffiths NHS Inquiry brief.",
    ],
)
def test_an_acronym_inside_another_bodys_name_is_no_mention(extractor, text) -> None:
    assert "NHS" not in concepts(extractor, text)


def test_the_nhs_on_its_own_is_still_a_mention(extractor) -> None:
    assert "NHS" in concepts(extractor, "Managers in the NHS face new targets every year.")


@pytest.mark.parametrize(
    "text",
    [
        "The Regional Leadership Model was adopted by three trusts.",
        "He became a Deanery Leadership Fellow after his exams.",
        "The Clinical Management Service advises every network.",
        "They followed the Quality Leadership Standards for surgeons.",
    ],
)
def test_concept_words_in_names_of_models_services_and_fellowships_are_no_mentions(
    extractor, text
) -> None:
    found = concepts(extractor, text)
    assert "Leadership" not in found and "Management" not in found


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "The Royal College of Anaesthetists wrote to every trust.",
            "AcademyOfMedicalRoyalColleges",
        ),
        ("She works in the Department of Health Economics at Leeds.", "Government"),
        ("He was a porter at St Luke's Hospital for ten years.", "HealthcareOrganisation"),
        ("The Canadian Society of Hospital Pharmacists met in May.", "Public"),
    ],
)
def test_a_label_holding_a_names_head_is_no_mention_when_the_name_runs_on(
    extractor, text, concept
) -> None:
    assert concept not in concepts(extractor, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Every royal college sets its own curriculum.", "AcademyOfMedicalRoyalColleges"),
        ("The Department of Health and Social Care issued guidance.", "Government"),
        ("Who should run a Hospital? Surgeons, some say.", "HealthcareOrganisation"),
        ("The Hospital was closed in 1990.", "HealthcareOrganisation"),
    ],
)
def test_the_same_labels_count_where_no_name_runs_on(extractor, text, concept) -> None:
    assert concept in concepts(extractor, text)


def test_a_concept_word_after_a_capitalised_word_outside_a_name_still_counts(extractor) -> None:
    assert "Leadership" in concepts(extractor, "In Scotland leadership is shared by boards.")


# -- letters after a name ------------------------------------------------------------------


def test_a_degree_among_someones_letters_is_no_mention(extractor) -> None:
    text = "Jane Roe\n\nMBChB MBA FRCP, Honorary Lecturer in Surgery"
    assert "ManagementTraining" not in concepts(extractor, text)


def test_a_degree_in_running_text_is_a_mention(extractor) -> None:
    text = "Several consultants took an MBA to prepare for the role of manager."
    assert "ManagementTraining" in concepts(extractor, text)


def test_an_acronym_followed_by_a_lower_case_word_is_no_list_of_letters(extractor) -> None:
    assert "NHS" in concepts(extractor, "NHS IT projects rarely involve clinicians.")


def test_a_heading_in_capitals_is_not_a_list_of_letters(extractor) -> None:
    found = concepts(extractor, "NURSES AND MANAGEMENT\n\nNurses now run most wards.")
    assert found[:2] == ["Nurse", "Management"]


# -- licence, citation and correspondence lines --------------------------------------------


@pytest.mark.parametrize(
    "matter",
    [
        "Citation: Roe J (2021). Clinical leadership in small hospitals. Health Rev 3(2): 1-9.",
        "Copyright © 2021 Roe. This open access article about clinical leadership is"
        " distributed under the terms of the Creative Commons Attribution License.",
        "Correspondence to: J Roe, Department of Surgery, clinical.leadership@example.org",
    ],
)
def test_concepts_in_licence_citation_and_correspondence_lines_are_no_mentions(
    extractor, matter
) -> None:
    text = f"Clinical leadership matters to patients.\n\n{matter}\n\nDoctors need management."
    found = concepts(extractor, text)
    assert found == ["ClinicalLeadership", "Patient", "Doctor", "Management"]


def test_a_long_paragraph_loses_only_the_sentence_with_the_marker(extractor) -> None:
    body = " ".join(["Clinical leadership improves care for patients."] * 9)
    text = f"{body} Copyright 2020 the Health Press, about management. Doctors agree."
    found = concepts(extractor, text)
    assert found.count("ClinicalLeadership") == 9
    assert "Management" not in found
    assert found[-1] == "Doctor"


# -- the field's wordings ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Who ought to manage a district hospital?", "manage", "Management"),
        ("Few surgeons enjoy managing a busy directorate.", "managing", "Management"),
        ("Do consultants really want to lead?", "lead", "Leadership"),
        ("The trust board asked the medical director for a plan.", "trust board", "Manager"),
        ("Executives and CEOs rarely train as doctors.", "Executives", "Manager"),
        ("Lead clinicians chair each weekly meeting.", "Lead clinicians", "ClinicalLeader"),
        ("Administrative and managerial reforms followed.", "managerial reforms", "NHSReform"),
        (
            "Tensions between doctors and managers are old.",
            "Tensions between doctors and managers",
            "DoctorManagerDivide",
        ),
        ("Physician-led wards were compared.", "Physician-led", "ClinicalLeadership"),
        ("Risk management was weak in both wards.", "Risk management", "ClinicalGovernance"),
        ("Health inequalities widened in the north.", "Health inequalities", "Equity"),
        ("She cut her clinical duties to two days.", "clinical duties", "ClinicalPractice"),
        (
            "Accountable care organizations pay doctors salaries.",
            "Accountable care organizations",
            "HealthcareOrganisation",
        ),
        ("Autonomous professionals resist targets.", "Autonomous", "Autonomy"),
        ("Care needs better coordination across sites.", "coordination", "IntegratedCare"),
        ("Clinicians should lead the transformation.", "transformation", "ChangeManagement"),
        ("Wards led by clinicians did better.", "led by clinicians", "ClinicalLeadership"),
        ("Clinicians who manage budgets are rare.", "Clinicians who manage", "ClinicalLeader"),
        ("The CFO and the COO signed off the plan.", "CFO", "Manager"),
        ("The CFO and the COO signed off the plan.", "COO", "Manager"),
        ("Our chief nursing officer joined in May.", "chief nursing officer", "Nurse"),
        ("The senior leadership team met weekly.", "senior leadership team", "Manager"),
        ("Two medication errors reached the ward.", "medication errors", "PatientSafety"),
        ("Every near miss is reported within a day.", "near miss", "PatientSafety"),
        ("Each adverse event was reviewed.", "adverse event", "PatientSafety"),
        ("Doctors' engagement rose after the merger.", "Doctors' engagement",
         "ClinicalEngagement"),
        ("Hospital-physician relationships soured in the strike.",
         "Hospital-physician relationships", "DoctorManagerRelationship"),
        ("Boards track quality metrics every month.", "quality metrics",
         "PerformanceManagement"),
        ("Each health service organisation keeps a risk register.",
         "health service organisation", "HealthcareOrganisation"),
        # a title that is a label with its field ("director of nursing") takes no more words
        # as its field
        ("The director of nursing and the CNO briefed the non-executives.", "CNO", "Nurse"),
        ("The director of nursing and the CNO briefed the non-executives.", "non-executives",
         "Manager"),
    ],
)
def test_wordings_of_the_field_name_their_concepts(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Staff shortages can lead to delays in theatre.", "Leadership"),
        ("She managed to finish the audit on time.", "Management"),
        ("Most GPs manage patients with asthma alone.", "Management"),
        ("Nurses learn to manage pain after surgery.", "Management"),
        ("The trust board met on Monday.", "Trust"),
        ("The surgeon missed the near bus stop.", "PatientSafety"),
        ("The professor of patient safety spoke at noon.", "PatientSafety"),
        ("The quality of the measures was poor.", "PerformanceManagement"),
        ("The health service was reorganised twice.", "HealthcareOrganisation"),
    ],
)
def test_other_senses_of_those_words_are_no_mentions(extractor, text, concept) -> None:
    assert concept not in concepts(extractor, text)


def test_one_longer_label_does_not_take_a_plural_from_its_word(extractor) -> None:
    # "lead clinician" (ClinicalLeader) ends in "clinician", yet "clinicians" stay doctors.
    assert mentions(extractor, "Clinicians and lead clinicians disagree.") == [
        ("Clinicians", "Doctor"),
        ("lead clinicians", "ClinicalLeader"),
    ]


def test_mutual_trust_is_still_trust(extractor) -> None:
    assert "Trust" in concepts(extractor, "Trust between doctors and managers takes years.")


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Patients with asthma are taught self-management.", "Management"),
        ("Pain management improved after the new protocol.", "Management"),
        ("Nurses check the administration of medicines twice.", "Management"),
        ("New medicines are expensive.", "ClinicalPractice"),
        ("Health and safety training is compulsory.", "PatientSafety"),
        ("There was a high level of local discretion.", "Autonomy"),
        ("NHS Improvement asked trusts for plans.", "NHS"),
    ],
)
def test_clinical_and_other_senses_of_concept_words_are_no_mentions(
    extractor, text, concept
) -> None:
    assert concept not in concepts(extractor, text)


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Medicine is an art as well as a science.", "Medicine", "ClinicalPractice"),
        ("Hospital administration attracts few doctors.", "Hospital administration", "Management"),
        ("Managers learn project management at work.", "management", "Management"),
        ("Surgeons value patient safety above all.", "patient safety", "PatientSafety"),
    ],
)
def test_the_same_words_in_their_concept_sense_still_count(
    extractor, text, surface, concept
) -> None:
    assert (surface, concept) in mentions(extractor, text)


def test_concept_words_in_a_quoted_title_of_a_publication_are_no_mentions(extractor) -> None:
    text = 'A survey, "Clinical leadership in small hospitals," found that nurses lead wards.'
    found = concepts(extractor, text)
    assert "ClinicalLeadership" not in found and "HealthcareOrganisation" not in found
    assert "Nurse" in found


def test_quoted_speech_keeps_its_mentions(extractor) -> None:
    text = '"Clinical leadership is everyone\'s job," the chief nurse said.'
    assert "ClinicalLeadership" in concepts(extractor, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Unlike the fee-for-service model, salaries reward teamwork.", "CareModel"),
        ("More out-of-hospital care is planned.", "HealthcareOrganisation"),
        ("Doctors direct care teams on every ward.", "Teamwork"),
        ("The board valued its independence from ministers.", "Autonomy"),
    ],
)
def test_words_inside_compounds_and_groups_of_people_are_no_mentions(
    extractor, text, concept
) -> None:
    assert concept not in concepts(extractor, text)


def test_both_halves_of_a_coordinate_compound_are_mentions(extractor) -> None:
    found = mentions(extractor, "The doctor-patient relationship is changing.")
    assert found == [("doctor", "Doctor"), ("patient", "Patient")]


def test_the_verb_and_its_object_are_two_mentions(extractor) -> None:
    found = mentions(extractor, "Who should be managing hospitals in future?")
    assert found == [("managing", "Management"), ("hospitals", "HealthcareOrganisation")]


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        (
            "She holds a Masters in public sector leadership.",
            "Masters in public sector leadership",
            "LeadershipDevelopment",
        ),
        (
            "He earned a diploma in hospital management last year.",
            "diploma in hospital management",
            "ManagementTraining",
        ),
    ],
)
def test_a_degree_in_a_field_is_that_fields_education(extractor, text, surface, concept) -> None:
    found = mentions(extractor, text)
    assert (surface, concept) in found
    assert [c for _, c in found] == [concept]  # the field itself is no second mention


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Juniors attend short courses in leadership.", "Leadership"),
        ("He holds a degree in change management.", "ChangeManagement"),
    ],
)
def test_a_course_or_another_field_keeps_the_fields_own_concept(extractor, text, concept) -> None:
    assert concepts(extractor, text) == [concept]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nurse consultants and specialist nurses met physician assistants.",
            ["Nurse", "Nurse", "HealthProfessional"],
        ),
        ("The public sector differs from the public health system.", ["HealthSystem"]),
        ("Most GP practices now work in networks.", ["PrimaryCare"]),
    ],
)
def test_titles_holding_another_professions_word(extractor, text, expected) -> None:
    assert concepts(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("A spokesperson for the college said little.", "SpokespersonRole"),
        ("Students learn the critical appraisal of trials.", "Appraisal"),
        ("Specialist services were moved to the city.", "Doctor"),
        ("Wards work in liaison with social services.", "LiaisonRole"),
    ],
)
def test_everyday_senses_of_role_and_review_words_are_no_mentions(extractor, text, concept) -> None:
    assert concept not in concepts(extractor, text)


def test_a_plural_noun_before_and_is_no_elided_modifier(extractor) -> None:
    assert mentions(extractor, "They cut specialist services and specialist nurses.") == [
        ("specialist nurses", "Nurse")
    ]
    assert ("junior", "Management") in mentions(extractor, "junior and middle management")


def test_a_mark_before_and_is_no_elided_modifier(extractor) -> None:
    # the apostrophe of "doctors'" was taken as a modifier of "managers"
    assert mentions(extractor, "Doctors' and managers' salaries differ.") == [
        ("Doctors", "Doctor"),
        ("managers", "Manager"),
    ]
    assert ("Middle", "Manager") in mentions(extractor, "Middle and senior managers met.")


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Teams give high-quality, affordable, local care.", "high-quality", "QualityOfCare"),
        (
            "Networks give high quality clinically effective services.",
            "high quality",
            "QualityOfCare",
        ),
        ("Wards must give safe, timely and kind care.", "safe", "PatientSafety"),
    ],
)
def test_a_modifier_apart_from_its_head_across_a_list_names_the_label(
    extractor, text, surface, concept
) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # "leadership" is no head here: "leadership skills" is a label of its own.
        (
            "It takes organisational, financial and leadership skills.",
            ("organisational", "Leadership"),
        ),
        # A comma between clauses, then a name: no list of modifiers.
        ("Unlike health care, Kaiser Permanente's model pays salaries.", ("care", "CareModel")),
        # A plain noun after the modifier makes another compound.
        ("Patient waiting experience was measured.", ("Patient", "PatientExperience")),
    ],
)
def test_no_distant_head_across_compounds_clauses_or_names(extractor, text, wrong) -> None:
    assert wrong not in mentions(extractor, text)


def test_an_abbreviation_the_text_defines_names_the_concept_where_it_is_used(extractor) -> None:
    text = "Clinician managers (CMs) juggle two jobs. Most CMs keep a clinic."
    assert [m for m in mentions(extractor, text) if m[1] == "ClinicalLeader"] == [
        ("Clinician managers", "ClinicalLeader"),
        ("CMs", "ClinicalLeader"),
        ("CMs", "ClinicalLeader"),
    ]


def test_letters_in_brackets_that_are_not_the_initials_define_nothing(extractor) -> None:
    text = "Clinician managers (see CX) juggle two jobs; the CX team and JB agree (JB)."
    assert [c for _, c in mentions(extractor, text)] == ["ClinicalLeader"]
