"""The field's wordings for its concepts that a survey of real pages found the lexicon lacked
(ontology/paraphrases.ttl), each beside a sentence where the same words mean something else.
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import concepts, mentions

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        # collective names of the professions, trainees by grade
        ("Rural clinics rely on scarce healthcare personnel.", "healthcare personnel",
         "HealthProfessional"),
        ("AHPs ran the new fracture service.", "AHPs", "HealthProfessional"),
        ("The head of nursing chaired the panel.", "head of nursing", "Nurse"),
        ("The nursing workforce is ageing fast.", "nursing workforce", "Nurse"),
        ("Junior residents rotate every month.", "Junior residents", "JuniorDoctor"),
        ("The chief resident drew up the rota.", "chief resident", "JuniorDoctor"),
        ("Trainees seldom see a budget.", "Trainees", "JuniorDoctor"),
        # titles and posts
        ("She became vice president of medical affairs in 2019.",
         "vice president of medical affairs", "ClinicalLeader"),
        ("A medical administrator heads each region.", "medical administrator",
         "ClinicalLeader"),
        ("Executive leaders signed the compact.", "Executive leaders", "Manager"),
        ("Few surgeons reach the executive suite.", "executive suite", "Manager"),
        ("The directorate manager booked extra lists.", "directorate manager", "Manager"),
        ("He resents administrative work on clinic days.", "administrative work",
         "ManagerRole"),
        ("An executive role suits some consultants.", "executive role", "ManagerRole"),
        ("Two GPs sat on the panel in a managerial capacity.", "in a managerial capacity",
         "ManagerRole"),
        # management as capability and as running things
        ("Trusts lack management capabilities in analytics.", "management capabilities",
         "Management"),
        # providers and government in other systems' words
        ("Each DHB funds its own hospitals.", "DHB", "HealthcareOrganisation"),
        ("The district health board cut its deficit.", "district health board",
         "HealthcareOrganisation"),
        ("Community health centers serve the uninsured.", "Community health centers",
         "HealthcareOrganisation"),
        ("Staff left the healthcare facility at noon.", "healthcare facility",
         "HealthcareOrganisation"),
        ("The primary care group set new budgets.", "primary care group",
         "HealthcareOrganisation"),
        ("State health departments publish the figures.", "health departments", "Government"),
        # practices and qualities
        ("Physician leaders now focus on performance improvement.", "performance improvement",
         "QualityImprovement"),
        ("Better healthcare outcomes followed the merger.", "healthcare outcomes",
         "PatientOutcome"),
        ("Patients move along a continuum of care.", "continuum of care", "IntegratedCare"),
        ("Hospitals moved toward clinical integration.", "clinical integration",
         "IntegratedCare"),
        ("Inspectors looked at medical work in detail.", "medical work", "ClinicalPractice"),
        ("Boards sit far from frontline care.", "frontline care", "ClinicalPractice"),
        ("Incident reporting rose after the campaign.", "Incident reporting", "PatientSafety"),
        ("Policies on managing risk were rewritten.", "managing risk", "ClinicalGovernance"),
        ("Annual performance evaluations were late.", "performance evaluations", "Appraisal"),
        ("Nurses follow the care protocols closely.", "care protocols", "ClinicalGuideline"),
        ("Accreditation visits take two days.", "Accreditation", "Regulation"),
        ("Directors kept monitoring performance monthly.", "monitoring performance",
         "PerformanceManagement"),
        ("Physicians must help in implementing change.", "implementing change",
         "ChangeManagement"),
        ("Management budgeting came after the inquiry.", "Management budgeting",
         "ResourceAllocation"),
        ("Each unit ran cost-improvement plans.", "cost-improvement", "Efficiency"),
        ("Public confidence in surgeons fell.", "Public confidence", "Trust"),
        # adjective forms
        ("Care should be equitable and timely.", "equitable", "Equity"),
        ("Care that is person-centred takes longer.", "person-centred", "PatientExperience"),
        ("Health consumers sit on the committee.", "Health consumers", "Patient"),
        # training, and the relationship between two sides
        ("Few physicians hold a master of business administration.",
         "master of business administration", "ManagementTraining"),
        ("Training doctors in leadership pays off.", "Training doctors in leadership",
         "LeadershipDevelopment"),
        ("The relationship between clinicians and management is tense.",
         "relationship between clinicians and management", "DoctorManagerRelationship"),
        ("Leaders tried to engage their medical workforce.", "engage their medical workforce",
         "ClinicalEngagement"),
        ("Physician buy-in was low at first.", "Physician buy-in", "ClinicalEngagement"),
        ("Physician alignment is a board priority.", "Physician alignment",
         "ClinicalEngagement"),
        ("Tick-box audits annoy consultants.", "Tick-box", "Bureaucracy"),
        ("Licensure differs between states.", "Licensure", "Regulation"),
        ("Multi-source feedback is part of revalidation.", "Multi-source feedback", "Appraisal"),
        ("The acute sector absorbed most of the money.", "acute sector", "SecondaryCare"),
        ("Health disparities widened in the cities.", "Health disparities", "Equity"),
        ("Budgeting moved to the directorates.", "Budgeting", "ResourceAllocation"),
        ("Their improvement work reduced falls.", "improvement work", "QualityImprovement"),
        ("Doctors guard their freedom to practise.", "freedom to practise", "Autonomy"),
        # a second sample of pages
        ("Hybrid professionals straddle two worlds.", "Hybrid professionals", "ClinicalLeader"),
        ("Advanced practice providers staff the night shift.", "Advanced practice providers",
         "HealthProfessional"),
        ("Surgeons and APPs share the clinic.", "APPs", "HealthProfessional"),
        ("Interprofessional working needs shared goals.", "Interprofessional working",
         "Teamwork"),
        ("Accrediting bodies set the standards.", "Accrediting bodies", "Regulation"),
        ("Ethical dilemmas face every medical director.", "Ethical", "Ethics"),
        ("Clinical values shape their choices.", "Clinical values", "ProfessionalValue"),
        ("Surgeons must account for their results.", "account for their", "Accountability"),
        ("Regulators want more oversight of trusts.", "oversight", "Regulation"),
        # general vocabulary of other health systems and of the quality literature
        ("The director of medical services chairs the committee.",
         "director of medical services", "ClinicalLeader"),
        ("Each RMO works a night shift.", "RMO", "JuniorDoctor"),
        ("Staff specialists cover the emergency department.", "Staff specialists", "Doctor"),
        ("The nurse unit manager set the roster.", "nurse unit manager", "Nurse"),
        ("Her line manager signed the form.", "line manager", "Manager"),
        ("The practice manager runs the surgery's budget.", "practice manager", "Manager"),
        ("A just culture helps staff report errors.", "just culture", "PatientSafety"),
        ("Hospital-acquired infections fell by half.", "Hospital-acquired infections",
         "PatientSafety"),
        ("Readmission rates rose in winter.", "Readmission", "PatientOutcome"),
        ("PROMs were collected after each operation.", "PROMs", "PatientOutcome"),
        ("Executive coaching helped the new directors.", "Executive coaching",
         "LeadershipDevelopment"),
        ("The clinical voice must shape the strategy.", "clinical voice", "ClinicalEngagement"),
        # a third sample
        ("She reports to the managing director.", "managing director", "Manager"),
        ("A senior executive chaired the inquiry.", "senior executive", "Manager"),
        ("Acute providers carried most of the deficit.", "Acute providers",
         "HealthcareOrganisation"),
        ("Inspectors visited the ward twice.", "Inspectors", "Regulation"),
    ],
)
def test_the_fields_wordings_name_their_concepts(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("The management trainee shadowed the director.", "JuniorDoctor"),
        ("A trainee nurse joined the ward in May.", "JuniorDoctor"),
        ("Residents of the care home were moved.", "JuniorDoctor"),
        ("The executive branch of government set the rules.", "ManagerRole"),
        ("The board met on Tuesday.", "Manager"),
        ("The managerial agenda was plain to all.", "Management"),
        ("Who should run the hospital, doctors or managers?", "Management"),
        ("Care delivery varied between the two wards.", "CareModel"),
        ("The organisation of care differs by region.", "CareModel"),
        ("The centre of the town was quiet.", "HealthcareOrganisation"),
        ("The business school opened a new wing.", "ManagementTraining"),
        ("Our research protocol was approved in March.", "ClinicalGuideline"),
        ("He was put on a performance improvement plan.", "QualityImprovement"),
        ("Two trainee pharmacists joined the ward.", "JuniorDoctor"),
        ("Consumers pay more for fuel this year.", "Patient"),
        ("Investor confidence fell after the merger.", "Trust"),
        ("Teams need psychological safety to speak up.", "PatientSafety"),
        ("Download the app before the visit.", "HealthProfessional"),
        ("Hybrid professionalism spread across the wards.", "ClinicalLeader"),
        ("She reports to the managing director.", "Management"),
        ("The executive summary lists the findings.", "Manager"),
        ("The study received ethical approval in 2020.", "Ethics"),
        ("Managers account for a third of the pay bill.", "Accountability"),
        ("Leaving her off the list was an oversight.", "Regulation"),
        ("First-line treatment failed in two patients.", "Manager"),
        ("Proms are held in June at most schools.", "PatientOutcome"),
        ("The singer lost her voice before the concert.", "ClinicalEngagement"),
        ("Directors provide operational oversight of the wards.", "Regulation"),
        ("This accounts for the gap in the figures.", "Accountability"),
        ("Two trust medical directors resigned.", "Trust"),
        ("The trust chief executive wrote to staff.", "Trust"),
    ],
)
def test_other_senses_of_those_words_are_no_mentions(extractor, text, concept) -> None:
    assert concept not in concepts(extractor, text)


def test_an_excluded_phrase_keeps_the_other_concepts_inside_it(extractor) -> None:
    # "trainee nurse" is no junior doctor, but the nurse in it is still a nurse
    found = mentions(extractor, "Each trainee nurse keeps a log.")
    assert ("nurse", "Nurse") in found
    assert "JuniorDoctor" not in [c for _, c in found]


def test_the_title_inside_a_trust_post_still_counts(extractor) -> None:
    assert ("medical director", "ClinicalLeader") in mentions(
        extractor, "The trust medical director chaired the review."
    )


def test_a_capability_of_management_leaves_its_owner_a_mention(extractor) -> None:
    found = mentions(extractor, "Hospitals need managerial capabilities to grow.")
    assert found == [("Hospitals", "HealthcareOrganisation"),
                     ("managerial capabilities", "Management")]


def test_a_network_named_by_its_condition_is_a_clinical_network(extractor: Extractor) -> None:
    found = mentions(
        extractor, "The regional stroke network shortened treatment times across five sites."
    )
    assert ("stroke network", "ClinicalNetwork") in found
    assert "ClinicalNetwork" in concepts(extractor, "Major trauma networks need managers.")
    # a network of people is no network of care
    assert "ClinicalNetwork" not in concepts(
        extractor, "Her professional network of friends found her the job."
    )


def test_decision_makers_are_people_not_the_practice_of_deciding(extractor: Extractor) -> None:
    assert "DecisionMaking" not in concepts(extractor, "Key decision-makers were absent.")
    assert "DecisionMaking" not in concepts(extractor, "Key decision makers were absent.")
    assert "DecisionMaking" in concepts(extractor, "Doctors resent shared decision-making.")
