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
