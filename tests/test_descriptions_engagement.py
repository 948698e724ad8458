"""Clinicians' say in their organisation, named by a description rather than a label
(kg/extract/data/descriptions.toml): the input, voice or buy-in of any health professional,
clinicians who are involved, engaged or consulted, who take part in or shape decisions, or
who have a seat at the table. Patients, managers and bare verbs of other senses are none.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.text.reader import document_from_bytes


@pytest.fixture(scope="module")
def lexicon():
    from kg.extract import Extractor
    from kg.ontology import load_ontology

    return Extractor.from_ontology(load_ontology()).lexicon


def found(lexicon, sentence: str) -> list[tuple[str, str]]:
    document = document_from_bytes(sentence.encode(), "t.txt", ".txt")
    return [
        (m.surface, m.concept.rsplit("#", 1)[-1])
        for m in find_mentions(document.text, document.sentences, lexicon)
    ]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The input of consultants changed the outpatient plan.", "input of consultants"),
        ("Nurses' voice was missing from the redesign.", "Nurses' voice"),
        ("Buy-in from surgeons came late.", "Buy-in from surgeons"),
        ("Nurse participation rose after the new forum began.", "Nurse participation"),
        ("Consultants felt involved for the first time.", "Consultants felt involved"),
        ("GPs were consulted on the new contract.", "GPs were consulted"),
        ("Doctors should be actively involved at every stage.",
         "Doctors should be actively involved"),
        ("Clinicians took part in decisions about the budget.",
         "Clinicians took part in decisions"),
        ("Junior doctors helped shape the service design.",
         "Junior doctors helped shape the service design"),
        ("Physicians want a seat at the table.", "Physicians want a seat at the table"),
        # taking part in improvement, and working with management, are engagement too
        ("Few were willing to engage in service improvement.",
         "engage in service improvement"),
        ("Consultants engage with managers only in a crisis.",
         "Consultants engage with managers"),
        # a pattern may start inside a slot's next word ("Nurses took": not "to")
        ("Nurses took part in quality improvement on every ward.",
         "took part in quality improvement"),
    ],
)
def test_clinicians_say_is_engagement(lexicon, sentence, surface):
    assert (surface, "ClinicalEngagement") in found(lexicon, sentence)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # The actor of a verbal frame stays a mention of its own.
        ("Clinicians took part in decisions about the budget.", ("Clinicians", "Doctor")),
        ("GPs were consulted on the new contract.", ("GPs", "Doctor")),
        ("Consultants engage with managers only in a crisis.", ("managers", "Manager")),
        ("Few were willing to engage in service improvement.",
         ("service improvement", "QualityImprovement")),
    ],
)
def test_the_clinicians_of_a_verbal_frame_stay_mentions(lexicon, sentence, kept):
    assert kept in found(lexicon, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Patients deciding on their care and managers shaping a strategy are no engagement
        # of clinicians.
        "Patients took part in decisions about their treatment.",
        "Managers shaped the strategy without anyone else.",
        # A patient who consults a doctor, and a case that involved a doctor, are care.
        "The patient consulted her GP twice last month.",
        "The complaint involved two surgeons and a nurse.",
        # Clinicians' input to a patient's care, in other words.
        "Surgeons shaped the wound with care.",
        # Managers working with managers, and doctors with patients.
        "Managers work with managers across the region.",
        "Doctors work with patients every day.",
    ],
)
def test_no_engagement_where_clinicians_have_no_say(lexicon, sentence):
    assert "ClinicalEngagement" not in {c for _, c in found(lexicon, sentence)}
