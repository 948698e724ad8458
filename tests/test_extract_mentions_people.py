"""How the field names its people who lead and the posts they hold (ontology/paraphrases.ttl,
kg/extract/data/descriptions.toml), each beside a sentence where like words name something
else. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import concepts, mentions


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        # nurses in executive posts stay with the nurses; the heads of the allied health
        # professions are their clinical leaders
        ("Our nurse directors meet every quarter.", "nurse directors", "Nurse"),
        ("An executive nurse sits on every board in the region.", "executive nurse", "Nurse"),
        ("The chief AHP reports to the board.", "chief AHP", "ClinicalLeader"),
        ("The director of AHPs reports to the board.", "director of AHPs", "ClinicalLeader"),
        # heads of clinical departments and the hybrid doctor-manager
        ("Each department head reports to the clinical chief.", "department head",
         "ClinicalLeader"),
        ("Each department head reports to the clinical chief.", "clinical chief",
         "ClinicalLeader"),
        ("The heads of department met after the audit.", "heads of department",
         "ClinicalLeader"),
        ("She was appointed deputy medical director last spring.", "deputy medical director",
         "ClinicalLeader"),
        ("A hybrid clinician manager juggles two jobs.", "hybrid clinician manager",
         "ClinicalLeader"),
        # the professions as a whole
        ("Health practitioners and allied health staff joined the review.",
         "Health practitioners", "HealthProfessional"),
        ("Health practitioners and allied health staff joined the review.",
         "allied health staff", "HealthProfessional"),
    ],
)
def test_the_people_who_lead_and_the_professions(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        # the ward's own leaders stay nurses
        ("The ward sister and the charge nurse led the handover.", "ward sister", "Nurse"),
        ("The ward sister and the charge nurse led the handover.", "charge nurse", "Nurse"),
        ("Two nurse managers covered the night shift.", "nurse managers", "Nurse"),
        # a general practitioner is a doctor, not a practitioner of the professions at large
        ("General practitioners run most of the clinics.", "General practitioners", "Doctor"),
    ],
)
def test_like_words_that_name_other_people(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


def test_a_directors_post_of_operations_is_no_clinical_leader(extractor) -> None:
    assert "ClinicalLeader" not in concepts(
        extractor, "A divisional director of operations ran the budget."
    )


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Few consultants apply for medical director posts.", "medical director posts",
         "LeadershipRole"),
        ("The medical director's role has grown.", "medical director's role",
         "LeadershipRole"),
        ("Medical leadership posts are hard to fill.", "Medical leadership posts",
         "LeadershipRole"),
        ("Clinical leadership roles grew in number.", "Clinical leadership roles",
         "LeadershipRole"),
        ("Two consultants now have a seat on the board.", "seat on the board",
         "LeadershipRole"),
        ("He stepped into a chief executive role.", "chief executive role", "ManagerRole"),
        ("The chief executive's post was vacant.", "chief executive's post", "ManagerRole"),
    ],
)
def test_a_post_named_by_who_holds_it(extractor, text, surface, concept) -> None:
    found = mentions(extractor, text)
    assert (surface, concept) in found
    # one mention: the holder's words are the post's, not a person of their own
    assert [c for _, c in found if c in ("ClinicalLeader", "Manager", "ClinicalLeadership")] == []


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        # no post: the holder alone, the kind of leadership alone, a group's situation
        ("The medical director chaired the meeting.", "medical director", "ClinicalLeader"),
        ("Medical leadership improves care.", "Medical leadership", "ClinicalLeadership"),
        ("The position of managers in the trust is weak.", "managers", "Manager"),
        # the people named after "of" and "as" stay people
        ("The role of the clinical director is poorly defined.", "clinical director",
         "ClinicalLeader"),
        ("Her role as clinical lead ends in May.", "clinical lead", "ClinicalLeader"),
    ],
)
def test_no_post_without_a_post_word(extractor, text, surface, concept) -> None:
    found = mentions(extractor, text)
    assert (surface, concept) in found
    assert not {c for _, c in found} & {"LeadershipRole", "ManagerRole"}


@pytest.mark.parametrize(
    "text",
    [
        "Yet preparation for the role is often minimal.",
        "For younger doctors it is a very challenging role.",
        "Nurses have a pivotal role in safety.",
        "The role of policy in quality is unclear.",
    ],
)
def test_a_role_nobody_holds_is_no_role(extractor, text) -> None:
    assert "Role" not in concepts(extractor, text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Doctors in management describe their dual role as a strain.", "role"),
        ("Doctors are given little preparation for this role.", "role"),
        ("The doctor's role prepares him for management.", "role"),
        ("The contract set out the role of the consultant as clinical director.", "role"),
        ("A new contract gave surgeons a clinical role and a teaching one.", "role"),
    ],
)
def test_a_role_someone_holds_is_a_role(extractor, text, surface) -> None:
    assert (surface, "Role") in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Surgeons who moved into senior management rarely return.",
         "Surgeons who moved into senior management"),
        ("Consultants who went into senior management left the rota.",
         "Consultants who went into senior management"),
        ("Doctors moving into management need training.", "Doctors moving into management"),
        ("Managers with a nursing background understand wards.",
         "Managers with a nursing background"),
    ],
)
def test_doctors_gone_into_management_or_leadership(extractor, text, surface) -> None:
    assert mentions(extractor, text) == [(surface, "ClinicalLeader")]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Doctors' involvement in management improves care.", "ClinicalEngagement"),
        ("Doctors in leadership development programmes learn fast.", "LeadershipDevelopment"),
        ("Trusts should involve consultants in management early.", "Management"),
        ("Surgeons who accept management are rare.", "Management"),
        ("Doctors work in management structures they did not design.", "Management"),
    ],
)
def test_doctors_beside_management_are_no_clinical_leaders(extractor, text, concept) -> None:
    found = concepts(extractor, text)
    assert concept in found and "ClinicalLeader" not in found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The hospital's chief of staff is elected by the medical staff every two years.",
         "chief of staff"),
        ("Chiefs of staff and department chairs met the physicians.", "Chiefs of staff"),
    ],
)
def test_a_chief_of_staff_in_a_hospital_leads_its_medical_staff(extractor, text, surface):
    assert (surface, "ClinicalLeader") in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The chief of staff drafted the minister's speech.",
        "The company's chief of staff runs the executive office.",
    ],
)
def test_a_chief_of_staff_elsewhere_is_no_clinical_leader(extractor, text) -> None:
    assert "ClinicalLeader" not in concepts(extractor, text)


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Ward leaders set the tone for the shift.", "Ward leaders", "Nurse"),
        ("The senior sister checked the drug round.", "senior sister", "Nurse"),
        ("Clinical and non-clinical leaders met.", "non-clinical leaders", "Manager"),
        ("The specialist saw her in clinic.", "specialist", "Doctor"),
        ("Specialist nurses ran the clinic.", "Specialist nurses", "Nurse"),
    ],
)
def test_more_names_of_the_fields_people(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Networks spread specialist expertise across the region.",
        "The trust cut specialist services last year.",
        "Ward leadership raises morale.",
    ],
)
def test_a_persons_word_as_an_adjective_names_no_one(extractor, text) -> None:
    found = concepts(extractor, text)
    assert "Doctor" not in found and "Nurse" not in found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("She served in a leadership capacity for years.", "in a leadership capacity"),
        ("Nurses rarely hold board-level roles.", "board-level roles"),
        ("Doctors want a seat on the board.", "seat on the board"),
    ],
)
def test_posts_of_leadership_by_place_and_capacity(extractor, text, surface) -> None:
    assert (surface, "LeadershipRole") in mentions(extractor, text)


def test_leadership_capacity_as_capability_is_no_post(extractor) -> None:
    assert "LeadershipRole" not in concepts(extractor, "The trust lacks leadership capacity.")
