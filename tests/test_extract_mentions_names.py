"""Spans that look like concepts but name none: titles in capitals, job titles, another sense
of a concept word. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import mentions

# -- titles of projects, courses and publications written in capitals ----------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Staff joined the Enhancing Engagement in Medical Leadership project last spring.",
            "Medical Leadership",
        ),
        (
            "Registrars attended a Management Principles for Physician workshop in March.",
            "Management",
        ),
        (
            "Registrars attended a Management Principles for Physician workshop in March.",
            "Physician",
        ),
        (
            "The Chief Executive Letter of 2012 asked boards to fund the networks.",
            "Chief Executive",
        ),
        (
            "Each post holder reads the Clinical Governance Primer Series before starting.",
            "Clinical Governance",
        ),
    ],
)
def test_a_capitalised_label_inside_a_title_is_no_mention(extractor, text, gone) -> None:
    assert gone not in [surface for surface, _ in mentions(extractor, text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The concept written in capitals, a place after "in", a body, a name before it.
        (
            "Funding for Managed Clinical Networks in the NHS in Scotland was cut.",
            "Managed Clinical Networks",
        ),
        (
            "The rota was agreed by the Senior Management Team and Board in May.",
            "Senior Management Team",
        ),
        (
            "The letter was signed by the Medical Director, Dr Ann Lee, on Friday.",
            "Medical Director",
        ),
        ("The Welsh Government asked every Clinical Director to report.", "Clinical Director"),
        # Headings keep their mentions: capitals there say nothing.
        (
            "The Power of Physician Leadership: how doctors improve care\n\nThey do.",
            "Physician Leadership",
        ),
        ("Clinical Governance in Practice\n\nBoards own it.", "Clinical Governance"),
        # A sentence's first word is capitalised anyway.
        ("Clinical leaders met. Courses on Clinical Governance were full.", "Clinical Governance"),
    ],
)
def test_a_capitalised_label_outside_a_title_is_still_a_mention(extractor, text, kept) -> None:
    assert kept in [surface for surface, _ in mentions(extractor, text)]


# -- "trust": counted after modifiers, and as a compound's modifier -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The surgeons moved to an inner city trust, where the lists were shorter.",
        "In a large teaching trust, rotas are drawn up months ahead.",
        "Nurses in trust leadership posts were asked to join the review.",
        "The merger redrew boundaries across trust sites in the county.",
    ],
)
def test_a_trust_counted_or_modifying_a_part_is_an_organisation(extractor, text) -> None:
    senses = [c for s, c in mentions(extractor, text) if s.lower() == "trust"]
    assert senses == ["HealthcareOrganisation"]


@pytest.mark.parametrize(
    "text",
    [
        "Between the two professions there was a very fragile trust.",
        "Years of shared work built a genuine trust, slowly.",
        "A climate of trust helps every ward.",
        "Junior doctors learn to trust leadership when it listens.",
        "Consultants do not trust leadership that changes its mind.",
    ],
)
def test_trust_felt_stays_the_feeling(extractor, text) -> None:
    senses = [c for s, c in mentions(extractor, text) if s.lower() == "trust"]
    assert senses == ["Trust"]


# -- who said or wrote it: job titles after a name, speaker tags, citations, titles ---------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Mira Patel, clinical director at Northfield Health Board, opened the day.",
            "clinical director",
        ),
        (
            '"Nobody asked us about the rota," said one of them (clinical director, site B).',
            "clinical director",
        ),
        ('"Managers listen to us now." (Medical director, trust 2)', "Medical director"),
        (
            "\u201cI was never trained for this job.\u201d \u2013 Clinical director, hospital 3",
            "Clinical director",
        ),
        (
            "Governance was defined as a framework for care (Department of Health, 1998).",
            "Department of Health",
        ),
        (
            'According to "Doctors in Charge: The Rise of Clinical Leadership," boards changed.',
            "Clinical Leadership",
        ),
    ],
)
def test_who_said_or_wrote_it_is_no_mention(extractor, text, gone) -> None:
    assert gone not in [surface for surface, _ in mentions(extractor, text)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # Plural: they are spoken of. An organisation described after its name.
        ("In New Zealand, clinical directors hold their own budgets.", "clinical directors"),
        (
            "Kaiser Permanente, an integrated health system in California, trains doctors.",
            "health system",
        ),
        # With an article the words describe the person.
        (
            "Tom Reid, a consultant physician at Riverside, chaired the panel.",
            "consultant physician",
        ),
        # Brackets with no tag's key; a scare quote before a dash; speech in sentence case.
        ("We interviewed twelve doctors (all consultants) and managers (n = 9).", "managers"),
        ("Reforms brought 'managerialism' \u2013 public policy run by managers", "managers"),
        ('"Clinical leaders matter," she said, "and managers need them."', "Clinical leaders"),
    ],
)
def test_the_same_words_spoken_of_are_still_mentions(extractor, text, kept) -> None:
    assert kept in [surface for surface, _ in mentions(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Yours faithfully\n\nROSA M KERR\nChief Medical Officer\nPAUL O DENT\nDirector",
        "Notes on a new contract\n\n  ANNA B LOWE\n  Chief Medical Officer, Ministry of Care",
        "Ken Ford\nMedical Director\n\nThe board met twice.",
    ],
)
def test_a_signatures_title_is_no_mention(extractor, text) -> None:
    assert "ClinicalLeader" not in [concept for _, concept in mentions(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Chief Medical Officer wrote to every board in the spring.",
        "INTRODUCTION AND AIMS Clinical Director posts were cut last year.",
        "Ken Ford said Medical Director posts were cut.",
    ],
)
def test_a_title_spoken_of_is_still_a_mention(extractor, text) -> None:
    # the title itself, or the post it names ("Medical Director posts" are LeadershipRole)
    found = {concept for _, concept in mentions(extractor, text)}
    assert found & {"ClinicalLeader", "LeadershipRole"}


def test_names_joined_by_to_or_a_bodys_word_are_no_title(extractor) -> None:
    text = (
        "The board appointed a Chief Quality Officer to the Executive Team, and Chief Quality "
        "Officers in Trusts elsewhere followed."
    )
    found = mentions(extractor, text)
    assert ("Executive Team", "Manager") in found
    assert ("Trusts", "HealthcareOrganisation") in found


@pytest.mark.parametrize(
    "text",
    [
        "Targets in the five-year Trust improvement plan were met.",
        "Quality was assessed throughout the Trust and beyond it.",
        "Other trust CEOs backed the plan.",
    ],
)
def test_a_capitalised_trust_or_one_before_its_officers_is_an_organisation(extractor, text):
    senses = [c for s, c in mentions(extractor, text) if s.lower() == "trust"]
    assert senses == ["HealthcareOrganisation"]


# -- "lead": leadership as a verb, a post as a noun -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She is the lead for quality on the surgical wards.",
        "Each service lead reports to the board every month.",
        "A divisional lead chaired the meeting about rotas.",
    ],
)
def test_a_lead_as_a_post_is_no_leadership(extractor, text) -> None:
    assert "Leadership" not in [concept for _, concept in mentions(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Consultants took the lead in redesigning the clinic.",
        "The doctors lead their teams through each change.",
        "Managers must lead change with care.",
    ],
)
def test_lead_as_a_verb_or_in_take_the_lead_is_leadership(extractor, text) -> None:
    assert "Leadership" in [concept for _, concept in mentions(extractor, text)]


# -- web addresses, citations, forms built around an article --------------------------------


def test_words_of_a_web_address_are_no_mentions(extractor) -> None:
    text = (
        "The review is at www.example.org/reports/doctors-managers and "
        "https://example.com/nhs/clinical-leadership online."
    )
    assert mentions(extractor, text) == []


def test_a_citation_in_brackets_with_a_year_is_no_mention(extractor) -> None:
    text = "General management came in (Department of Health and Social Security 1984)."
    assert "Government" not in [concept for _, concept in mentions(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Nobody measured the current state of the relationship between the two groups.",
        "The wards were in a state of crisis all winter.",
    ],
)
def test_the_state_of_something_is_no_government(extractor, text) -> None:
    assert "Government" not in [concept for _, concept in mentions(extractor, text)]


def test_the_state_itself_is_still_government(extractor) -> None:
    assert ("The state", "Government") in mentions(extractor, "The state funds most hospitals.")


# -- autonomy held by patients is not professional autonomy --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Consent forms exist to protect patient autonomy on the ward.",
        "Nurses defended the autonomy of the patient during the ward round.",
        "The clinic respected each patients' autonomy over their treatment.",
        "Good teams honour the patient's autonomy in every decision.",
    ],
)
def test_a_patients_autonomy_is_no_professional_autonomy(extractor, text) -> None:
    found = [concept for _, concept in mentions(extractor, text)]
    assert "Autonomy" not in found
    assert "Patient" in found


@pytest.mark.parametrize(
    "text",
    [
        "Professional autonomy of surgeons is under threat.",
        "The autonomy of doctors shrank as audits grew.",
        "Patient care suffers when autonomy is lost.",
    ],
)
def test_professionals_autonomy_is_still_autonomy(extractor, text) -> None:
    assert "Autonomy" in [concept for _, concept in mentions(extractor, text)]


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("The chair of the board thanked the medical director.", "medical director",
         "ClinicalLeader"),
        ("The director of the programme praised the consultants.", "consultants", "Doctor"),
    ],
)
def test_a_titles_field_ends_before_another_noun_phrase(extractor, text, surface, concept):
    assert (surface, concept) in mentions(extractor, text)


def test_a_titles_field_still_holds_its_own_words(extractor) -> None:
    found = mentions(extractor, "The professor of health care management retired.")
    assert [c for _, c in found if c == "Management"] == []
