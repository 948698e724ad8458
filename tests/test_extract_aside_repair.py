"""A cue verb after a short aside between commas ("X, by contrast, erodes Y"), which the small
parser reads as a noun of one long noun phrase: the sentence is read again (kg.extract.repair).
Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract, triples
from test_extract_status import statuses

from kg.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "Regulation, by contrast, erodes professional autonomy.",
        "Regulation, however, erodes professional autonomy.",
        "Regulation, in many hospitals, erodes professional autonomy.",
    ],
)
def test_a_verb_after_an_aside_is_read_as_the_verb(extractor: Extractor, text: str) -> None:
    assert triples(extractor, text) == {("Regulation", "undermines", "Autonomy")}


def test_the_second_reading_keeps_denial_and_reporting(extractor: Extractor) -> None:
    denied = extract(extractor, "Appraisal, in our view, does not erode mutual trust.")
    assert [(r.negated, r.hedged) for r in denied.relations] == [(True, False)]
    reported = extract(extractor, "Appraisal, in turn, erodes mutual trust, some argue.")
    assert [(r.negated, r.hedged) for r in reported.relations] == [(False, True)]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Managers, it is often said, undermine professional autonomy.", "hedged"),
        ("Managers, critics say, undermine professional autonomy.", "hedged"),
        ("Managers, some doctors believe, erode professional autonomy.", "hedged"),
        ("Managers, critics say, do not undermine professional autonomy.", "negated"),
    ],
)
def test_a_reporting_aside_is_read_as_a_report_of_the_claim(
    extractor: Extractor, text: str, status: str
) -> None:
    # The small parser reads "undermine" after such an aside as an adjective: the claim was
    # lost. Read again as "Managers reportedly undermine ...", it is kept, reported.
    found = statuses(extractor, text)
    assert {(s, o) for s, _, o, _ in found} == {("Manager", "Autonomy")}
    assert {st for *_, st in found} == {status}


def test_an_aside_that_is_too_long_or_a_list_is_left_alone(extractor: Extractor) -> None:
    # Commas of a list are no aside: nothing before them is the verb's subject.
    text = "Nurses, managers, doctors and patients, by contrast, meet weekly."
    assert triples(extractor, text) == set()


def test_a_mention_after_to_read_as_a_verb_phrase_is_read_again(extractor) -> None:
    # The small model reads "to patient safety" as an infinitive ("patient" its head).
    assert statuses(extractor, "Teamwork is central to patient safety.") == {
        ("PatientSafety", "requires", "Teamwork", "asserted")
    }
    assert statuses(extractor, "Teamwork is not central to patient safety.") == {
        ("PatientSafety", "requires", "Teamwork", "negated")
    }
    # A real infinitive is left alone.
    assert statuses(extractor, "Teamwork is central to improving patient safety.") == {
        ("PatientSafety", "requires", "Teamwork", "asserted")
    }
