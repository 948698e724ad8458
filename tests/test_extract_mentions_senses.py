"""Words with two senses, and the field's wordings added for texts the extractor was not
fitted to. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract, mentions

from kg.lexicon import variants

# -- "trust": the feeling, or an NHS trust when counted ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Morale among the nurses working within the trust has fallen since the merger.",
        "Each trust must publish its waiting times every quarter.",
        "The trust's medical director resigned in the spring.",
        "Patients were moved to another trust for their operations.",
        "Staff across the Trust were told about the new rota.",
    ],
)
def test_a_counted_trust_is_a_healthcare_organisation(extractor, text) -> None:
    found = mentions(extractor, text)
    trusts = [c for s, c in found if s.lower().startswith("trust")]
    assert trusts == ["HealthcareOrganisation"]


@pytest.mark.parametrize(
    "text",
    [
        "Trust between doctors and managers takes years to build.",
        "The trust between the two professions was badly damaged.",
        "Patients place a great deal of trust in their surgeons.",
        "Without trust, no reform of the wards will succeed.",
        "Nurses lost the trust of the families after the inquiry.",
        "A trust in managers grew slowly among the consultants.",
    ],
)
def test_the_feeling_stays_trust(extractor, text) -> None:
    found = mentions(extractor, text)
    assert "HealthcareOrganisation" not in [c for _, c in found]
    assert "Trust" in [c for _, c in found]


# One sense per discourse: a text that speaks of NHS trusts means one by a bare "the trust".


@pytest.mark.parametrize(
    "text",
    [
        "Two NHS trusts merged. The panel advised that the trust appoint a chief nurse.",
        "Each trust sets a budget, and the trust decides how much goes to training.",
    ],
)
def test_the_trust_in_a_text_about_trusts_is_the_organisation(extractor, text) -> None:
    found = [c for s, c in mentions(extractor, text) if "trust" in s.lower()]
    assert found == ["HealthcareOrganisation", "HealthcareOrganisation"]


@pytest.mark.parametrize(
    "text",
    [
        # no organisation named anywhere in the text
        "The panel advised that the trust be rebuilt slowly.",
        # what follows or the verb before takes only the feeling
        "Two NHS trusts merged. The trust between their surgeons did not survive.",
        "Two NHS trusts merged. Their managers had to earn the trust of the surgeons again.",
        "Two NHS trusts merged. The new board worked to rebuild the trust.",
    ],
)
def test_the_feeling_in_a_text_about_trusts_stays_trust(extractor, text) -> None:
    found = [c for s, c in mentions(extractor, text) if s.lower() == "trust"]
    assert found[-1] == "Trust"


# -- governance: only clinical governance is ClinicalGovernance ----------------------------


def test_bare_and_corporate_governance_are_no_clinical_governance(extractor) -> None:
    text = "The board reviewed its corporate governance and the governance of its data."
    assert "ClinicalGovernance" not in [c for _, c in mentions(extractor, text)]


def test_clinical_governance_is_still_found(extractor) -> None:
    text = "Clinical governance asks every ward to learn from its incidents."
    assert ("Clinical governance", "ClinicalGovernance") in mentions(extractor, text)


# -- the field's wordings ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Surveys still find a gulf between clinicians and managers in most hospitals.",
         "gulf between clinicians and managers", "DoctorManagerDivide"),
        ("The rift between managers and physicians widened after the cuts.",
         "rift between managers and physicians", "DoctorManagerDivide"),
        ("Few trusts pay doctors with management responsibilities for their extra hours.",
         "doctors with management responsibilities", "ClinicalLeader"),
        ("Clinicians in managerial roles often keep a clinical list.",
         "Clinicians in managerial roles", "ClinicalLeader"),
        ("Medically qualified managers remain rare in the private sector.",
         "Medically qualified managers", "ClinicalLeader"),
        ("Plans drawn up without clinical input rarely survive contact with the wards.",
         "clinical input", "ClinicalEngagement"),
        ("Good ward leadership shows in how the night shift runs.",
         "ward leadership", "ClinicalLeadership"),
        ("The region embarked on transformational change of its stroke services.",
         "transformational change", "ChangeManagement"),
        ("She discussed the case with her clinical colleagues before deciding.",
         "clinical colleagues", "HealthProfessional"),
    ],
)
def test_the_fields_wordings_name_their_concepts(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The course trains doctors in management of their own time.",
        "Employee engagement surveys are common in retail firms.",
    ],
)
def test_near_wordings_that_name_no_clinical_leader_or_engagement(extractor, text) -> None:
    found = [c for _, c in mentions(extractor, text)]
    assert "ClinicalLeader" not in found
    assert "ClinicalEngagement" not in found


def test_a_label_between_two_groups_matches_them_in_either_order() -> None:
    forms = variants("divide between doctors and managers")
    assert "divide between managers and doctors" in forms
    # nothing to swap without two groups
    assert not any(" and " in form for form in variants("communication between professionals"))


# -- names that begin before their label ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("The inquiry into Northfield General NHS Foundation Trust took two years.",
         "HealthcareOrganisation"),
        ("She trained at Riverside Medical Center before moving north.", "HealthcareOrganisation"),
        ("He now works in the Division of Health Policy and Management at a large university.",
         "Management"),
        ("The Institute of Health Policy, Management and Evaluation ran the survey.",
         "Management"),
        ("A review by the Harbourside Trust found that boards rarely ask doctors.", "Trust"),
        ("Money from the Lowfield NHS Trust paid for two fellowships.",
         "HealthcareOrganisation"),
        ("Ashcombe Medical Center trained its surgeons in management. Ashcombe grew fast.",
         "HealthcareOrganisation"),
        ("Dr Rosa Kaiser Mendes chaired the panel on surgical audit.", "KaiserPermanente"),
    ],
)
def test_a_label_inside_a_longer_name_is_no_mention(extractor, text, concept) -> None:
    assert concept not in [c for _, c in mentions(extractor, text)]


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Most foundation trusts now publish their accounts.", "foundation trusts",
         "HealthcareOrganisation"),
        ("The report was written by Jane Holt. Service improvements followed within a year.",
         "Service improvements", "QualityImprovement"),
        ("Every NHS trust has a medical director.", "NHS trust", "HealthcareOrganisation"),
        # a word that ends a body's name is still the feeling where no name comes before it,
        # or where a heading capitalises every word
        ("Trust between nurses and managers took years to build.", "Trust", "Trust"),
        ("How Surgeons Regain Trust\n\nThe story began in a small ward.", "Trust", "Trust"),
        ("The Trust appointed a new medical director.", "Trust", "HealthcareOrganisation"),
        # a sentence's first word that the text also writes in lower case is no name's word
        ("Several Hospital boards met. Several more will meet.", "Hospital boards", "Manager"),
        ("Clearly Hospital boards matter. They clearly do.", "Hospital boards", "Manager"),
        # a one-word label amid no run of capitalised words is kept
        ("Patients of Kaiser value its integrated care.", "Kaiser", "KaiserPermanente"),
        ("In the UK Government ministers set targets.", "Government", "Government"),
    ],
)
def test_a_label_after_a_sentence_or_a_determiner_is_still_a_mention(
    extractor, text, surface, concept
) -> None:
    assert (surface, concept) in mentions(extractor, text)


# -- a general word listed beside a concept ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Quality and safety are standing items on the agenda of every meeting.",
        "The ward reports on patient safety and quality each month.",
        "Efficiency, quality and equity pull in different directions.",
    ],
)
def test_quality_listed_beside_a_concept_is_quality_of_care(extractor, text) -> None:
    found = mentions(extractor, text)
    assert [c for s, c in found if s.lower() == "quality"] == ["QualityOfCare"]


@pytest.mark.parametrize(
    "text",
    [
        "Data quality and patient safety were both audited.",
        "The quality of the evidence and the safety record were questioned.",
        "The quality of the food was poor.",
        "Quality varied between the two hospitals.",
    ],
)
def test_quality_on_its_own_or_of_something_else_is_no_mention(extractor, text) -> None:
    assert "quality" not in [s.lower() for s, _ in mentions(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Cost and patient safety are weighed at every meeting.",
        "Finance and hospital management were merged into one directorate.",
    ],
)
def test_a_noun_before_a_coordinated_mention_is_no_elided_modifier(extractor, text) -> None:
    first = text.split()[0]
    assert first not in [s for s, _ in mentions(extractor, text)]


def test_an_adjective_before_a_coordinated_mention_still_shares_its_head(extractor) -> None:
    found = mentions(extractor, "Senior and middle management met the inspectors.")
    assert ("Senior", "Management") in found


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("The plan depends on involving consultants from the start.", "involving consultants",
         "ClinicalEngagement"),
        ("Cultural change takes longer than any restructuring.", "Cultural change",
         "ChangeManagement"),
        ("Dyad leadership pairs a physician with an administrator.", "Dyad leadership",
         "Leadership"),
    ],
)
def test_more_of_the_fields_wordings(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


def test_a_label_in_a_named_instrument_is_no_mention(extractor) -> None:
    found = mentions(extractor, "The trust scored well on the Medical Engagement Scale last year.")
    assert "ClinicalEngagement" not in [c for _, c in found]
    found = mentions(extractor, "Scores of medical engagement rose last year.")
    assert "ClinicalEngagement" in [c for _, c in found]


# -- spellings, and a phrase excluded for one concept that is another's label --------------


@pytest.mark.parametrize(
    ("label", "other"),
    [
        ("organisational change", "organizational change"),
        ("leadership behaviour", "leadership behavior"),
        ("medical centre", "medical center"),
        ("leadership programme", "leadership program"),
        ("high quality healthcare", "high quality health care"),
        ("health care system", "healthcare system"),
    ],
)
def test_a_label_matches_in_either_spelling(label, other) -> None:
    from kg.lexicon import label_spellings

    assert other in label_spellings(label)
    assert label in label_spellings(other)


def test_spellings_leave_other_words_alone() -> None:
    from kg.lexicon import label_spellings

    assert label_spellings("mutual trust") == {"mutual trust"}


def test_american_spellings_are_mentions(extractor) -> None:
    text = "Standardized care and organizational change were the program's two aims."
    found = mentions(extractor, text)
    assert ("Standardized care", "SystematicCare") in found
    assert ("organizational change", "ChangeManagement") in found


def test_trust_boards_are_managers_not_the_feeling(extractor) -> None:
    found = mentions(extractor, "Trust boards must pay close attention to the wards.")
    assert ("Trust boards", "Manager") in found


# -- reference lists -----------------------------------------------------------------------

_BODY = (
    "Clinical leadership matters to patients on every ward. Doctors who lead well raise the "
    "quality of care, and managers who listen to them earn their trust.\n\n"
)


def test_a_reference_list_after_its_heading_holds_no_mentions(extractor) -> None:
    text = _BODY + (
        "References\n\n"
        "1. Mole R. Leadership by doctors and the performance of hospitals. Ward J 2004;12:1-9.\n"
        "2. Vane T. Medical engagement in three trusts. Leeds: Tarn Press, 2010.\n"
    )
    found = extract(extractor, text).mentions
    assert found
    assert all(m.begin < text.index("References") for m in found)


def test_a_paragraph_of_journal_references_holds_no_mentions(extractor) -> None:
    text = _BODY + (
        "Mole R. Clinical leadership in acute care. Ward J 2004;12:1-9. Vane T. Medical "
        "engagement and patient safety. Care Rev 2010;8(2):33-41. Pike S. Trust between "
        "doctors and managers. Health Pap 2012;3:7-15.\n"
    )
    found = extract(extractor, text).mentions
    assert found
    assert all(m.begin < text.index("Mole R.") for m in found)


def test_a_contents_list_naming_references_is_no_reference_list(extractor) -> None:
    text = "Contents\n\nReferences\n\n" + _BODY + _BODY + _BODY
    assert len(extract(extractor, text).mentions) >= 12


def test_an_inline_citation_in_prose_keeps_the_paragraphs_mentions(extractor) -> None:
    text = _BODY.strip() + (
        " One survey (Ward J 2004;12:1-9) found that clinical leadership raised morale, "
        "and later work found the same for nurses on medical wards across several regions "
        "of the country, in large and small hospitals alike, over more than a decade of "
        "reorganisation, budget cuts and changing targets, although the effect varied from "
        "one specialty to another and from year to year.\n"
    )
    surfaces = [m.surface for m in extract(extractor, text).mentions]
    assert surfaces.count("clinical leadership") == 1


# -- a concept's name shortened to its head ------------------------------------------------

_NETWORKS = "Managed clinical networks link hospitals and general practices across a region. "


@pytest.mark.parametrize(
    "after",
    [
        "Networks improve access for rural patients.",
        "Each network has a lead clinician.",
        "Nurses take part in network meetings.",
        "The review found that six networks had met their targets.",
    ],
)
def test_a_bare_network_after_clinical_networks_is_one(extractor, after) -> None:
    found = mentions(extractor, _NETWORKS + after)
    assert [c for s, c in found if s.lower().startswith("network") or s == "networks"][-1:] == [
        "ClinicalNetwork"
    ]
    assert sum(c == "ClinicalNetwork" for _, c in found) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Networks improve access for rural patients.",  # no clinical network named before
        _NETWORKS + "These networks are young.",  # refers back
        _NETWORKS + "Nurses rely on social networks for support.",  # another kind
        _NETWORKS + "A network of friends helped her.",
        _NETWORKS + "The National Network Office keeps the register.",  # a name
    ],
)
def test_other_networks_are_no_clinical_network(extractor, text) -> None:
    found = mentions(extractor, text)
    assert sum(c == "ClinicalNetwork" for _, c in found) == (1 if text.startswith("Managed") else 0)


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Surveys ask about the experience of patients on the ward.", "experience of patients",
         "PatientExperience"),
        ("Guidelines limit the freedom of doctors to choose a treatment.", "freedom of doctors",
         "Autonomy"),
    ],
)
def test_of_wordings(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


# -- a determiner between a label's leading verb and its object ----------------------------


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("She saw the value of engaging other clinicians early.", "engaging other clinicians",
         "ClinicalEngagement"),
        ("The trust succeeded by involving its senior doctors.", None, None),
        ("Involving their doctors helped the managers.", "Involving their doctors",
         "ClinicalEngagement"),
        ("Managing the change took two years.", "Managing the change", "ChangeManagement"),
    ],
)
def test_a_determiner_after_a_leading_verb_keeps_the_label(extractor, text, surface, concept):
    found = mentions(extractor, text)
    if surface is None:  # two words between: no label
        assert "ClinicalEngagement" not in [c for _, c in found]
    else:
        assert (surface, concept) in found


def test_a_determiner_slot_only_follows_a_leading_verb(extractor) -> None:
    # no slot after a label's first word unless that word is a verb
    found = mentions(extractor, "Patient other safety was discussed.")
    assert "Patient other safety" not in [s for s, _ in found]
    assert ("safety", "PatientSafety") in found


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Clinical governance is now a board duty. Governance covers audit and complaints.",
         "Governance", "ClinicalGovernance"),
        ("Care pathways were agreed for stroke. Pathways cut the time to treatment.",
         "Pathways", "PatientPathway"),
        ("Each ward sister leads a team of nurses. Sisters report to the matron.",
         "Sisters", "Nurse"),
        ("Leadership development is patchy. Development starts too late for most doctors.",
         "Development", "LeadershipDevelopment"),
    ],
)
def test_more_short_names_after_the_full_name(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Governance covers audit and complaints.",  # no clinical governance named
        "Clinical governance is a board duty. Corporate governance is another.",
        "Clinical governance is a board duty. The governance of data is another.",
    ],
)
def test_other_governance_is_no_clinical_governance(extractor, text) -> None:
    found = mentions(extractor, text)
    assert sum(c == "ClinicalGovernance" for _, c in found) == text.count("Clinical governance")


# -- job titles in bylines -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("By Jane Holt, Medical Director, Riverside Hospitals.", "ClinicalLeader"),
        ("Amir Shah, Chief Nurse of the region, spoke first.", "Nurse"),
        ("Dr A. Shah, Clinical Director for surgery, agreed.", "ClinicalLeader"),
    ],
)
def test_a_job_title_after_a_persons_name_is_no_mention(extractor, text, concept) -> None:
    assert concept not in [c for _, c in mentions(extractor, text)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Jane Holt, a medical director, agreed.", "medical director"),
        ("In England, Scotland and Wales, Clinical Leadership differs.", "Clinical Leadership"),
        ("The Medical Director met the nurses.", "Medical Director"),
    ],
)
def test_a_title_in_prose_or_after_places_is_still_a_mention(extractor, text, surface) -> None:
    assert surface in [s for s, _ in mentions(extractor, text)]


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Nurse leaders on each ward chair the huddle.", "Nurse leaders", "ClinicalLeader"),
        ("A culture of safety takes years to build.", "culture of safety", "PatientSafety"),
        ("She briefed her management colleagues.", "management colleagues", "Manager"),
    ],
)
def test_leaders_safety_culture_and_colleagues(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("The doctor/manager relationship is fragile.", "doctor/manager relationship",
         "DoctorManagerRelationship"),
        ("The clinician/manager divide persists.", "clinician/manager divide",
         "DoctorManagerDivide"),
        ("The hospital hired a new CMO last spring.", "CMO", "ClinicalLeader"),
    ],
)
def test_a_slash_joins_a_compound_like_a_hyphen(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


def test_and_or_joins_no_label(extractor) -> None:
    found = mentions(extractor, "Doctors and/or managers decide.")
    assert found == [("Doctors", "Doctor"), ("managers", "Manager")]


def test_other_development_is_no_leadership_development(extractor) -> None:
    text = "Leadership development is patchy. Professional development and the development of "
    text += "services come first."
    found = mentions(extractor, text)
    assert sum(c == "LeadershipDevelopment" for _, c in found) == 1
