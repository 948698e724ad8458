"""Spans that look like concepts but name none: titles in capitals, job titles, another sense
of a concept word. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract

from kg.extract import Extractor
from kg.namespaces import HLKG


def mentions(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.concept.removeprefix(HLKG)) for m in extract(extractor, text).mentions]


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
