"""The field's words for what care costs and achieves, and for the bodies that give it
(ontology/paraphrases.ttl, kg/extract/data/coordinated-senses.txt): costs brought down,
an organisation's success, the quality of hospitals, NHS bodies and hospital systems; beside
sentences where the same words name nothing of the kind. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import concepts, mentions


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("Lower costs followed the merger of the two wards.", "Lower costs", "Efficiency"),
        ("The board wants to cut costs without closing beds.", "cut costs", "Efficiency"),
        ("Day surgery proved less costly than an overnight stay.", "less costly",
         "Efficiency"),
        ("A cost-efficient rota is hard to agree.", "cost-efficient", "Efficiency"),
        ("Commissioners ask for better value from every contract.", "better value",
         "Efficiency"),
        ("The success of the hospital rests on its nurses.", "success of the hospital",
         "Effectiveness"),
        ("Hospital quality varies between regions.", "Hospital quality", "QualityOfCare"),
        ("Engaged surgeons bring better patient care.", "better patient care",
         "QualityOfCare"),
        ("The new rota led to improved care on the ward.", "improved care", "QualityOfCare"),
        ("Quality ratings were published for each unit.", "Quality ratings", "QualityOfCare"),
        ("Engaged staff give patients more time.", "Engaged staff", "ClinicalEngagement"),
        ("The board is engaging staff in the redesign.", "engaging staff",
         "ClinicalEngagement"),
        ("NHS bodies must publish their board papers.", "NHS bodies",
         "HealthcareOrganisation"),
        ("Two hospital systems merged last year.", "hospital systems",
         "HealthcareOrganisation"),
        # a general word coordinated with a mention takes the concept it names there
        ("The report covers safety, quality and performance in every ward.", "performance",
         "Effectiveness"),
        ("Boards weigh patient safety and value when they buy services.", "value",
         "Efficiency"),
    ],
)
def test_the_fields_wordings_name_their_concepts(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # employees' engagement in general is no clinicians'
        ("Employee engagement is a retail idea.", "ClinicalEngagement"),
        # costs that are only named, and the value of a thing, are none
        ("The costs of the new building were published.", "Efficiency"),
        ("She valued the advice of her colleagues.", "Efficiency"),
        # success and performance of a person, or alone, are no organisation's
        ("Her success as a surgeon came early.", "Effectiveness"),
        ("His performance in the examination was poor.", "Effectiveness"),
        # graded patient care that modifies outcomes names the outcomes
        ("Engagement brings improved patient care outcomes.", "QualityOfCare"),
        # patient care named without a grade is care, not its quality
        ("Patient care takes most of a junior doctor's day.", "QualityOfCare"),
        # the quality of evidence is no quality of care
        ("The quality of the evidence was low.", "QualityOfCare"),
        # a practice of medicine is no organisation
        ("The practice of medicine has changed.", "HealthcareOrganisation"),
    ],
)
def test_other_senses_of_those_words_are_no_mentions(extractor, text, concept) -> None:
    assert concept not in concepts(extractor, text)
