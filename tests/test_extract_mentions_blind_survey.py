"""Wordings and senses found by annotating real pages of the field blind, before running the
extractor on them: each wording beside a sentence where the same words mean something else.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract, mentions

from kg.namespaces import HLKG


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Many doctors in management feel cut off from their wards.", "doctors in management",
         "ClinicalLeader"),
        ("Clinicians in management rarely return to full-time practice.",
         "Clinicians in management", "ClinicalLeader"),
        ("Managed care networks now cover every cancer in the region.", "Managed care networks",
         "ClinicalNetwork"),
        ("She studied business administration at night.", "business administration",
         "ManagementTraining"),
        ("The audit tracked patient mortality after hip surgery.", "patient mortality",
         "PatientOutcome"),
        ("Years of cost cutting left the wards short of beds.", "cost cutting", "Efficiency"),
        ("A consultant pharmacist reviews every prescription.", "consultant pharmacist",
         "HealthProfessional"),
        ("The consultant clinical scientist runs the genetics laboratory.",
         "consultant clinical scientist", "HealthProfessional"),
        ("We interviewed hybrid doctors in three hospitals.", "hybrid doctors",
         "ClinicalLeader"),
        ("Manager-professional hybrids guard their clinical credibility.",
         "Manager-professional hybrids", "ClinicalLeader"),
        ("Hybrid professional managers sit between two worlds.",
         "Hybrid professional managers", "ClinicalLeader"),
        ("Consultants join the setting of priorities for the region.",
         "setting of priorities", "ResourceAllocation"),
        ("The chief operations officer reports to the board.", "chief operations officer",
         "Manager"),
        ("Wards compete on the experience for patients.", "experience for patients",
         "PatientExperience"),
    ],
)
def test_the_fields_wordings_found_blind(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # involving or engaging doctors in management is no post held: the doctors stay
        ("Trusts should involve doctors in management from their first year.", "ClinicalLeader",
         ("doctors", "Doctor")),
        ("Engaging clinicians in management takes time.", "ClinicalLeader", None),
        ("The training of doctors in management has been patchy.", "ClinicalLeader",
         ("management", "Management")),
        # managed care without a network is the insurers' model
        ("Managed care organisations pay a fixed sum per member.", "ClinicalNetwork",
         ("Managed care organisations", "ManagedCare")),
        # administration of a hospital is management, not a degree
        ("Hospital administration grew quickly in the 1990s.", "ManagementTraining",
         ("Hospital administration", "Management")),
        # a patient before another noun stays the patient
        ("Patient transport was cut last winter.", "PatientOutcome", None),
        # cutting other things is no efficiency drive
        ("Ribbon cutting opened the new wing.", "Efficiency", None),
        # a setting that is a place, a patient's own experience of the work
        ("The setting of the new clinic is rural.", "ResourceAllocation", None),
        ("Nurses bring experience for the benefit of patients.", "PatientExperience",
         ("patients", "Patient")),
        # a hybrid way of working or model of care is no person
        ("Hybrid working suits some managers but not surgeons.", "ClinicalLeader",
         ("surgeons", "Doctor")),
        ("A hybrid model of care mixes clinics and video calls.", "ClinicalLeader", None),
        # the consultant grade of medicine stays a doctor
        ("A consultant surgeon leads the trauma team.", "HealthProfessional",
         ("consultant surgeon", "Doctor")),
    ],
)
def test_near_wordings_that_name_something_else(extractor, text, absent, present) -> None:
    found = mentions(extractor, text)
    assert absent not in [c for _, c in found]
    if present is not None:
        assert present in found


# -- "health service": the system, or one of the bodies that run hospitals when counted ------


@pytest.mark.parametrize(
    "text",
    [
        "Every health service must report its serious incidents to the board.",
        "A health service is answerable to the community it serves.",
        "A large rural health service runs six small hospitals.",
        "The report sets out a large public health service's plan for the winter.",
    ],
)
def test_a_counted_health_service_is_an_organisation(extractor, text) -> None:
    found = mentions(extractor, text)
    assert ("health service", "HealthcareOrganisation") in found
    assert "HealthSystem" not in [c for _, c in found]


def test_the_health_service_of_a_text_about_one_is_that_organisation(extractor) -> None:
    text = "A regional health service opened a clinic. The health service hired ten nurses."
    found = [c for s, c in mentions(extractor, text) if s == "health service"]
    assert found == ["HealthcareOrganisation", "HealthcareOrganisation"]


@pytest.mark.parametrize(
    "text",
    [
        "Doctors in the health service work long hours.",  # British: the NHS
        "Britain funds its health service from general taxation.",
        "The health service's budget rose again this year.",
        "Reform of the health service took a decade.",
    ],
)
def test_the_health_service_by_place_or_possessive_stays_the_system(extractor, text) -> None:
    found = mentions(extractor, text)
    assert ("health service", "HealthSystem") in found
    assert "HealthcareOrganisation" not in [c for _, c in found]


# -- "health system": a country's system, or (counted, listed with bodies, or owning a board) a
# North-American hospital group --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("A large health system in Ohio appointed a new chief nurse.", "health system"),
        ("Each health care system in the state reported its readmissions.", "health care system"),
        ("A highly integrated health system can share records easily.", "health system"),
        ("Local hospitals and health systems are merging.", "health systems"),
        ("Hospitals, health systems and insurers signed the pledge.", "health systems"),
        ("The health system board approved the new wing.", "health system"),
        ("Several boards of health systems now include nurses.", "health systems"),
    ],
)
def test_a_counted_health_system_is_an_organisation(extractor, text, surface) -> None:
    found = mentions(extractor, text)
    assert (surface, "HealthcareOrganisation") in found
    assert "HealthSystem" not in [c for _, c in found]


def test_health_systems_of_a_text_that_counts_them_are_organisations(extractor) -> None:
    text = "A large health system bought the clinic. Health systems now employ most surgeons."
    found = [c for s, c in mentions(extractor, text) if s.lower().startswith("health system")]
    assert found == ["HealthcareOrganisation", "HealthcareOrganisation"]


def test_health_systems_of_a_text_that_never_counts_them_stay_systems(extractor) -> None:
    text = "Health systems differ across Europe. The health systems of the north spend more."
    found = [c for s, c in mentions(extractor, text) if s.lower().startswith("health system")]
    assert found == ["HealthSystem", "HealthSystem"]


@pytest.mark.parametrize(
    "text",
    [
        "A national health system pays for every visit.",
        "Canada has a single-payer health care system.",
        "Doctors and health systems both gain from fewer tests.",  # no body in the list
        "Reform of the health system took a decade.",
        "Patients judge the health system by its waiting times.",
    ],
)
def test_a_health_system_that_is_a_country_s_stays_the_system(extractor, text) -> None:
    found = mentions(extractor, text)
    assert "HealthSystem" in [c for _, c in found]
    assert "HealthcareOrganisation" not in [c for _, c in found]


# -- "engaged doctors": a phrase of engagement that names its people names them too ----------


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Wards with engaged doctors had fewer falls last winter.", ("doctors", "Doctor")),
        ("The board spent a year engaging clinicians in the redesign.", ("clinicians", "Doctor")),
        ("Involving consultants early saved the project.", ("consultants", "Doctor")),
    ],
)
def test_engaged_people_are_mentions_of_both(extractor, text, people) -> None:
    found = mentions(extractor, text)
    assert people in found
    assert "ClinicalEngagement" in [c for _, c in found]


@pytest.mark.parametrize(
    "text",
    [
        "Physician engagement rose after the merger.",  # the people modify the head
        "The engagement of doctors took the trust three years.",
    ],
)
def test_engagement_headed_phrases_name_the_engagement_alone(extractor, text) -> None:
    found = [c for _, c in mentions(extractor, text)]
    assert "ClinicalEngagement" in found
    assert "Doctor" not in found


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("Hospital performance rose after the merger.", ("Hospital", "HealthcareOrganisation")),
        ("Poor hospital performance alarmed them.", ("hospital", "HealthcareOrganisation")),
    ],
)
def test_a_performance_names_the_body_that_performs(extractor, text, inner) -> None:
    found = mentions(extractor, text)
    assert inner in found
    assert "Effectiveness" in [c for _, c in found]


def test_organisational_performance_names_no_body(extractor) -> None:
    found = [c for _, c in mentions(extractor, "Organisational performance rose last year.")]
    assert found == ["Effectiveness"]


def test_the_people_inside_an_engagement_phrase_are_no_relation_argument(extractor) -> None:
    result = extract(extractor, "Clinics with engaged doctors achieve better patient outcomes.")
    subjects = {r.subject.removeprefix(HLKG) for r in result.relations}
    assert "Doctor" not in subjects
    assert ("doctors", "Doctor") in mentions(extractor, "Clinics with engaged doctors win.")


# -- "providers": the bodies that deliver care, or clinicians when listed with people --------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Providers must publish their waiting times each month.", "Providers"),
        ("Each service provider sends its figures to the regulator.", "service provider"),
        ("Two physician practices merged with the county hospital.", "physician practices"),
        ("The physician group hired a chief operating officer.", "physician group"),
    ],
)
def test_providers_and_practices_are_organisations(extractor, text, surface) -> None:
    assert (surface, "HealthcareOrganisation") in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Physicians, nurses and other providers disagreed about the rota.", "providers"),
        ("Doctors and healthcare providers must share records.", "healthcare providers"),
        ("Health care providers such as nurses need protected time.", "Health care providers"),
    ],
)
def test_providers_listed_with_people_are_clinicians(extractor, text, surface) -> None:
    found = mentions(extractor, text)
    assert (surface, "HealthProfessional") in found
    assert "HealthcareOrganisation" not in [c for _, c in found]


# -- Mintzberg's managerial roles only in a text about them ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Management tasks take a third of a clinical director's week.",
        "Consultants resent the managerial work that comes with the post.",
    ],
)
def test_management_tasks_outside_mintzberg_are_management(extractor, text) -> None:
    found = [c for _, c in mentions(extractor, text)]
    assert "Management" in found
    assert "ManagerRole" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Mintzberg watched five chief executives. Management tasks filled their days.",
        "The monitor role is one of ten. Management tasks vary by level.",
        "Many consultants avoid management roles.",  # a post or his roles: readers split
    ],
)
def test_managerial_roles_stay_in_a_text_about_them(extractor, text) -> None:
    assert "ManagerRole" in [c for _, c in mentions(extractor, text)]


# -- a bare "pathway" is the patients' route through services ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The team redesigned the pathways between the clinic and the ward.",
        "The stroke pathway was agreed by every hospital in the network.",
    ],
)
def test_a_bare_pathway_is_a_patient_pathway(extractor, text) -> None:
    assert "PatientPathway" in [c for _, c in mentions(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Her career pathway ran from the wards to the board.",
        "Pathways into leadership for nurses are poorly mapped.",
        "Training pathways for medical managers differ by country.",
        "There is no clear pathway to a chief executive post.",
        "Stroke care was redesigned. These pathways took a year to agree.",  # refers back
    ],
)
def test_routes_of_careers_and_training_are_no_patient_pathway(extractor, text) -> None:
    assert "PatientPathway" not in [c for _, c in mentions(extractor, text)]


# -- engagement's absence, and North-American physician posts --------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Surgeons are disengaging from management in many trusts.",
         "disengaging from management", "ClinicalEngagement"),
        ("Medical disengagement worries every board.", "Medical disengagement",
         "ClinicalEngagement"),
        ("Two department chairs and a division chief signed the letter.", "department chairs",
         "ClinicalLeader"),
        ("The chief of surgery opposed the plan.", "chief of surgery", "ClinicalLeader"),
    ],
)
def test_field_wordings_for_engagement_and_posts(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


def test_a_bare_chief_of_staff_is_no_clinical_leader(extractor) -> None:
    found = [c for _, c in mentions(extractor, "The chief of staff drafted the minister's speech.")]
    assert "ClinicalLeader" not in found


# -- "plays a key role in": an idiom of contributing, no role held ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Audit plays a key role in keeping wards safe.",
        "Nurses have a vital role to play in the redesign.",
        "Incentives played a major role in the change.",
    ],
)
def test_a_role_played_in_something_is_no_role(extractor, text) -> None:
    assert "Role" not in [c for _, c in mentions(extractor, text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Her role changed when she became a director.", ("role", "Role")),
        ("Consultants who play a leadership role are rare.", ("leadership role", "LeadershipRole")),
    ],
)
def test_a_role_held_stays(extractor, text, kept) -> None:
    assert kept in mentions(extractor, text)


# -- a declaration's label marks back matter only where it heads a line ----------------------


def test_conflicts_of_interest_in_prose_keep_the_sentences_mentions(extractor) -> None:
    text = (
        "Medical managers face stakeholder conflicts of interest, bureaucratisation of "
        "clinical practice and a lack of management training."
    )
    found = [c for _, c in mentions(extractor, text)]
    assert {"Bureaucracy", "ClinicalPractice", "ManagementTraining"} <= set(found)


@pytest.mark.parametrize(
    "heading",
    ["Conflicts of interest: ", "Competing interests: ", "Declaration of interest: "],
)
def test_a_declaration_heading_its_line_is_still_back_matter(extractor, heading) -> None:
    text = (
        "Doctors value their autonomy.\n\n"
        f"{heading}the author is a clinical director in a hospital trust."
    )
    found = [c for _, c in mentions(extractor, text)]
    assert found == ["Doctor", "Autonomy"]


# -- descriptions: developing leaders, integrated care in a setting, posts by seniority -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Few registrars get training in clinical leadership.",
         {("training in clinical leadership", "LeadershipDevelopment"),
          ("clinical leadership", "ClinicalLeadership")}),
        ("The board invested in developing clinical leadership.",
         {("developing clinical leadership", "LeadershipDevelopment"),
          ("clinical leadership", "ClinicalLeadership")}),
        ("Developing physician leaders takes years.",
         {("Developing physician leaders", "LeadershipDevelopment"),
          ("physician leaders", "ClinicalLeader")}),
        ("Rural areas need integrated primary care.",
         {("integrated primary care", "IntegratedCare"), ("primary care", "PrimaryCare")}),
        ("Surgeons in senior leadership positions earn more.",
         {("Surgeons in senior leadership positions", "ClinicalLeader")}),
        ("Nurses seldom reach senior management posts.",
         {("senior management posts", "ManagerRole")}),
        ("Inspectors judge the standard of clinical care on each ward.",
         {("standard of clinical care", "QualityOfCare")}),
    ],
)
def test_descriptions_and_posts_found_blind(extractor, text, expected) -> None:
    assert expected <= set(mentions(extractor, text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Clinical leadership is developing fast in the valleys.", "LeadershipDevelopment"),
        ("Primary care is integrated with hospital care in the new model.", "IntegratedCare"),
        ("Senior leadership rarely visits the wards.", "LeadershipRole"),
        ("Medical care on the island is run by two doctors.", "QualityOfCare"),
    ],
)
def test_near_descriptions_that_name_something_else(extractor, text, absent) -> None:
    assert absent not in [c for _, c in mentions(extractor, text)]


# -- a bare "engagement" after the text has named clinical engagement by that word ---------


@pytest.mark.parametrize(
    "text",
    [
        "Physician engagement varies. Engagement rises when doctors shape the budget.",
        "Medical engagement is low in most trusts. Low levels of engagement cost lives.",
    ],
)
def test_a_bare_engagement_after_its_full_name_is_clinical_engagement(extractor, text) -> None:
    found = [c for _, c in mentions(extractor, text)]
    assert found.count("ClinicalEngagement") == 2


@pytest.mark.parametrize(
    "text",
    [
        # named by another word: "involvement" licenses no bare "engagement"
        "Physician involvement varies. Engagement of customers is a retail idea.",
        # a noun of its own before it: another kind of engagement
        "Medical engagement is low. Patient engagement is a separate aim.",
        # not named at all
        "Engagement surveys are common in retail firms.",
    ],
)
def test_other_engagement_is_no_clinical_engagement(extractor, text) -> None:
    found = [c for _, c in mentions(extractor, text)]
    assert found.count("ClinicalEngagement") == text.count("Medical engagement") + text.count(
        "Physician involvement"
    )


def test_a_level_of_trust_is_the_feeling(extractor) -> None:
    found = mentions(extractor, "Low levels of trust hold back every reform.")
    assert ("levels of trust", "Trust") in found


def test_engagement_of_doctors_in_management_is_no_post(extractor) -> None:
    found = [c for _, c in mentions(extractor, "We need engagement of doctors in management.")]
    assert "ClinicalLeader" not in found
    assert "ClinicalEngagement" in found


# -- autonomy held by an organisation is no professional autonomy ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Foundation trusts were promised greater organisational autonomy.",
        "The autonomy of foundation trusts grew under the reforms.",
        "Hospital autonomy was curtailed by the regulator.",
        "The hospital's autonomy was limited by the new contract.",
    ],
)
def test_an_organisations_autonomy_is_no_professional_autonomy(extractor, text) -> None:
    assert "Autonomy" not in [c for _, c in mentions(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Surgeons in the hospital defend their clinical autonomy.",
        "Doctors in the trust value their autonomy.",
        "The autonomy of doctors in large hospitals is shrinking.",
    ],
)
def test_professionals_autonomy_in_an_organisation_stays(extractor, text) -> None:
    assert "Autonomy" in [c for _, c in mentions(extractor, text)]
