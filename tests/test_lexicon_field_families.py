"""Whole families of the field's wordings for its concepts, found missing by annotating real
pages of new genres blind (minutes, union statements, job descriptions, regulator and press
releases, parliamentary debates, Canadian, Australian, Irish, New Zealand and South African
pages): each wording here is the field's general vocabulary, with a sentence of another
sense beside it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import mentions

from kg.extract import Extractor


def found(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return mentions(extractor, text)


# Clinicians drawn into decisions by the verb ("involve clinicians in planning") and their
# share of a decision measured ("a say in", "a voice in"); kg/extract/data/descriptions.toml.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("We must involve clinicians in decisions about beds.",
         "involve clinicians in decisions"),
        ("The board engages consultants in planning each year.", "engages consultants"),
        ("The new chief executive involved surgeons in the management of theatres.",
         "involved surgeons in the management"),
        ("Consultants have little say in how budgets are set.",
         "Consultants have little say in how"),
        ("Doctors want a greater say in decisions.", "Doctors want a greater say in decisions"),
        ("Nurses had no voice in the strategy.", "Nurses had no voice in the strategy"),
        ("Frontline staff's say in the rota matters.", "Frontline staff's say"),
    ],
)
def test_clinicians_drawn_into_decisions_are_engagement(extractor, text, surface) -> None:
    assert (surface, "ClinicalEngagement") in found(extractor, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("We must involve clinicians in decisions about beds.", ("clinicians", "Doctor")),
        ("Frontline staff's say in the rota matters.", ("Frontline staff", "HealthProfessional")),
        ("The new chief executive involved surgeons in the management of theatres.",
         ("management", "Management")),
    ],
)
def test_the_clinicians_drawn_in_stay_mentions(extractor, text, kept) -> None:
    assert kept in found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Cases that involve doctors in training are reviewed weekly.",
        "The audit involved surgeons from three hospitals.",
        "Doctors say that the rota is unfair.",
        "Patients want a say in decisions about their care.",
        "Managers have little say in clinical matters.",
    ],
)
def test_other_involvement_and_saying_is_no_engagement(extractor, text) -> None:
    assert "ClinicalEngagement" not in [c for _, c in found(extractor, text)]


# Labels of ontology/paraphrases.ttl, concept by concept.
@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Waste reduction saved the ward a nurse's salary.", "Waste reduction", "Efficiency"),
        ("The plan is about reducing waste in theatres.", "reducing waste", "Efficiency"),
        ("Affordability worried the new board.", "Affordability", "Efficiency"),
        ("The utilization of resources varied between wards.", "utilization of resources",
         "Efficiency"),
        ("We want to improve the quality of our care.", "quality of our care", "QualityOfCare"),
        ("The quality of people's care suffered.", "quality of people's care", "QualityOfCare"),
        ("The clinical lead will performance manage the team.", "performance manage",
         "PerformanceManagement"),
        ("Teams share information at the daily huddle.", "share information", "Communication"),
        ("The change was communicated to every ward.", "communicated", "Communication"),
        ("Nurses and midwives signed the letter.", "midwives", "HealthProfessional"),
        ("The intensivist joined the board.", "intensivist", "Doctor"),
        ("The GP lead met the clinical chair.", "GP lead", "ClinicalLeader"),
        ("The GP lead met the clinical chair.", "clinical chair", "ClinicalLeader"),
        ("Training for doctors in management is rare.", "Training for doctors in management",
         "ManagementTraining"),
    ],
)
def test_the_fields_wordings_name_their_concepts(extractor, text, surface, concept) -> None:
    assert (surface, concept) in found(extractor, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("The Care Quality Commission rated the ward.", "QualityOfCare"),
        ("The bins take food waste on Mondays.", "Efficiency"),
        ("She shared her information pack with the panel.", "Communication"),
        ("The chair of the clinical audit group resigned.", "ClinicalLeader"),
        ("Training for doctors in management is rare.", "ClinicalLeader"),
    ],
)
def test_other_senses_of_those_words_are_none(extractor, text, concept) -> None:
    assert concept not in [c for _, c in found(extractor, text)]


# Training doctors and medical students named by whom it trains (descriptions.toml): medical
# education, with the learners a mention of their own.
@pytest.mark.parametrize(
    ("text", "surface", "learner"),
    [
        ("Training for junior doctors changed last year.", "Training for junior doctors",
         ("junior doctors", "JuniorDoctor")),
        ("The training of medical students moved online.", "training of medical students",
         ("medical students", "MedicalStudent")),
        ("The post includes teaching medical students.", "teaching medical students",
         ("medical students", "MedicalStudent")),
    ],
)
def test_training_of_doctors_is_medical_education(extractor, text, surface, learner) -> None:
    result = found(extractor, text)
    assert (surface, "MedicalEducation") in result
    assert learner in result


@pytest.mark.parametrize(
    "text",
    [
        "The education of patients about diabetes matters.",
        "Training for managers starts in May.",
        "Training for doctors in management is rare.",
    ],
)
def test_training_others_or_in_management_is_no_medical_education(extractor, text) -> None:
    assert "MedicalEducation" not in [c for _, c in found(extractor, text)]


# Bodies and people by more of their names: clinics by their kind, a board's chair, doctors
# in training by the collective and the grade's initials, "my trust" where only a body fits.
@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Three community clinics closed last year.", "community clinics",
         "HealthcareOrganisation"),
        ("A private clinic bought the scanner.", "private clinic", "HealthcareOrganisation"),
        ("The trust chair resigned in May.", "trust chair", "Manager"),
        ("The board chair met the governors.", "board chair", "Manager"),
        ("House staff covered the wards.", "House staff", "JuniorDoctor"),
        ("Two SHOs covered the wards.", "SHOs", "JuniorDoctor"),
        ("Across my trust, wards were short of nurses.", "trust", "HealthcareOrganisation"),
        ("My trust appointed a new medical director.", "trust", "HealthcareOrganisation"),
    ],
)
def test_bodies_and_people_by_more_names(extractor, text, surface, concept) -> None:
    assert (surface, concept) in found(extractor, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Running an outpatient clinic takes organisation.", "HealthcareOrganisation"),
        ("She runs clinics on Tuesdays and her clinic time was cut.", "HealthcareOrganisation"),
        ("I have lost my trust in the board.", "HealthcareOrganisation"),
        ("She earned my trust over many years.", "HealthcareOrganisation"),
        ("The chair of the meeting closed the session.", "Manager"),
    ],
)
def test_sessions_feelings_and_meetings_are_no_bodies(extractor, text, concept) -> None:
    assert concept not in [c for _, c in found(extractor, text)]


# Doctors by their specialty's name; consultants leading a specialty; managers who are doctors;
# clinicians brought on board; a hospital by its old British name.
@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("The geriatrician reviewed the notes.", "geriatrician", "Doctor"),
        ("Two haematologists and a neurosurgeon met the board.", "haematologists", "Doctor"),
        ("Two haematologists and a neurosurgeon met the board.", "neurosurgeon", "Doctor"),
        ("The gynecologist and the ophthalmologist agreed.", "gynecologist", "Doctor"),
        ("Specialty leads report to the clinical director.", "Specialty leads",
         "ClinicalLeader"),
        ("Chief executives who are doctors remain rare.", "Chief executives who are doctors",
         "ClinicalLeader"),
        ("Getting consultants on board took a year.", "Getting consultants on board",
         "ClinicalEngagement"),
        ("The infirmary closed its doors in 1990.", "infirmary", "HealthcareOrganisation"),
    ],
)
def test_specialists_leads_and_bodies_by_name(extractor, text, surface, concept) -> None:
    assert (surface, concept) in found(extractor, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("The doctors on board the ferry helped.", "ClinicalEngagement"),
        ("Managers who were accountants ran the wards.", "ClinicalLeader"),
        ("Getting patients on board with the plan took time.", "ClinicalEngagement"),
    ],
)
def test_other_people_on_board_or_in_posts_are_none(extractor, text, concept) -> None:
    assert concept not in [c for _, c in found(extractor, text)]


# How an organisation performs, saves and shares out its money; safe staffing; briefings.
@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("The hospital performed strongly last year.", "performed strongly", "Effectiveness"),
        ("Trusts that perform badly lose their boards.", "perform badly", "Effectiveness"),
        ("Every ward was asked to make savings.", "make savings", "Efficiency"),
        ("Spending decisions were made centrally.", "Spending decisions",
         "ResourceAllocation"),
        ("The allocation of funds was unfair.", "allocation of funds", "ResourceAllocation"),
        ("Safe staffing levels were agreed.", "Safe staffing", "PatientSafety"),
        ("Staff briefings were held weekly.", "Staff briefings", "Communication"),
    ],
)
def test_performance_money_safety_and_briefings(extractor, text, surface, concept) -> None:
    assert (surface, concept) in found(extractor, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Students performed strongly in the examinations.", "Effectiveness"),
        ("The surgeon performed badly on the simulator.", "Effectiveness"),
        ("She saved money by cycling to work.", "Efficiency"),
        ("The decision on spending the weekend at home was hers.", "ResourceAllocation"),
    ],
)
def test_other_performing_saving_and_deciding_is_none(extractor, text, concept) -> None:
    assert concept not in [c for _, c in found(extractor, text)]


# "The role of management" and "the role of leadership" are what they do, not posts.
@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("The role of management in the NHS has grown.", "management", "Management"),
        ("The role of leadership in shaping culture is clear.", "leadership", "Leadership"),
        ("The role of the manager has changed.", "role of the manager", "ManagerRole"),
        ("She took on a management role.", "management role", "ManagerRole"),
        ("Physician extenders now staff the clinic.", "Physician extenders",
         "HealthProfessional"),
        ("Medical staff leadership was weak.", "Medical staff leadership", "ClinicalLeadership"),
        ("Integration of health and care is the aim.", "Integration of health and care",
         "IntegratedCare"),
    ],
)
def test_roles_of_practices_and_more_names(extractor, text, surface, concept) -> None:
    assert (surface, concept) in found(extractor, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("The role of management in the NHS has grown.", "ManagerRole"),
        ("The role of leadership in shaping culture is clear.", "LeadershipRole"),
    ],
)
def test_the_role_of_a_practice_is_no_post(extractor, text, concept) -> None:
    assert concept not in [c for _, c in found(extractor, text)]


# Doctors who lead or manage by more of the field's wordings: hyphenated titles, leaders by
# their clinical background or qualification, doctors who became managers.
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Clinician-leaders met the board.", "Clinician-leaders"),
        ("A physician-leader chaired the meeting.", "physician-leader"),
        ("Leaders from clinical backgrounds were compared with others.",
         "Leaders from clinical backgrounds"),
        ("Leaders with a medical background were rare.", "Leaders with a medical background"),
        ("Clinically qualified leaders were studied.", "Clinically qualified leaders"),
        ("Surgeons who became chief executives were interviewed.",
         "Surgeons who became chief executives"),
    ],
)
def test_doctors_who_lead_by_more_wordings(extractor, text, surface) -> None:
    assert (surface, "ClinicalLeader") in found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Is a doctor who manages still a doctor?",
        "Leaders from the business world were compared with others.",
        "Surgeons who became ill were interviewed.",
        "The clinician-manager divide is old.",
        "A doctor-manager partnership ran the unit.",
    ],
)
def test_other_leaders_and_doctors_are_no_clinical_leaders(extractor, text) -> None:
    assert "ClinicalLeader" not in [c for _, c in found(extractor, text)]


# Change led and driven; the working names of ward safety practices.
@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Driving change took two years.", "Driving change", "ChangeManagement"),
        ("The change programme was led by the medical director.", "change programme",
         "ChangeManagement"),
        ("Infection control improved on every ward.", "Infection control", "PatientSafety"),
        ("Pressure ulcers fell by half.", "Pressure ulcers", "PatientSafety"),
    ],
)
def test_change_and_safety_by_their_working_names(extractor, text, surface, concept) -> None:
    assert (surface, concept) in found(extractor, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("The new rota led to change in morale.", "ChangeManagement"),
        ("Managers must lead change with care.", "ChangeManagement"),
        ("She changed the process for booking leave.", "ChangeManagement"),
        ("The infection spread quickly.", "PatientSafety"),
    ],
)
def test_other_changes_and_infections_are_none(extractor, text, concept) -> None:
    assert concept not in [c for _, c in found(extractor, text)]


# A single target in performance reports; senior doctors by the Australasian title.
@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Waiting times are within target.", "within target", "PerformanceTarget"),
        ("The target was breached again in May.", "target was breached", "PerformanceTarget"),
        ("The senior medical officer contracts changed.", "senior medical officer", "Doctor"),
        ("The SMOs objected to the roster.", "SMOs", "Doctor"),
    ],
)
def test_targets_and_senior_doctors_by_report_wordings(extractor, text, surface, concept) -> None:
    assert (surface, concept) in found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The target audience is young doctors.",
        "The campaign will target smokers.",
    ],
)
def test_a_bare_target_is_no_performance_target(extractor, text) -> None:
    assert "PerformanceTarget" not in [c for _, c in found(extractor, text)]
