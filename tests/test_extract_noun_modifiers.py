"""A singular noun listed before a label and sharing its head names its own full name
(kg/extract/modifiers.py, noun_modifiers): "physician" in "physician and nurse executives"
is a physician executive, a clinical leader. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import mentions


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Physician and nurse executives bridge the gap.", "Physician"),
        ("Nurse and physician leaders met the board.", "Nurse"),
    ],
)
def test_a_listed_noun_modifier_names_its_full_name(extractor, text, surface) -> None:
    assert (surface, "ClinicalLeader") in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        # a plural is a head of its own
        ("Physicians and nurse executives bridge the gap.", "Physicians", "Doctor"),
        # no label of the full name ("doctor partnerships")
        ("A doctor and manager partnership runs each ward.", "doctor", "Doctor"),
        # no "and" right before the label
        ("The physician met nurse executives on Monday.", "physician", "Doctor"),
    ],
)
def test_a_noun_that_heads_its_own_phrase_keeps_its_sense(extractor, text, surface, concept):
    assert (surface, concept) in mentions(extractor, text)


def test_a_word_naming_no_people_is_a_head_of_its_own(extractor) -> None:
    found = mentions(extractor, "The review covers leadership and leadership development.")
    assert ("leadership", "Leadership") in found
