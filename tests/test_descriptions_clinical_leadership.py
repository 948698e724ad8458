"""The leadership of a health professional named by the group that gives it
(kg/extract/data/descriptions.toml, ontology/paraphrases.ttl): clinical leadership, as
"physician leadership" is; leadership of other kinds and people leading other things stay
apart. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import mentions


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Consultants' leadership of the rota helped.", "Consultants' leadership"),
        ("Doctor leadership is uneven across the region.", "Doctor leadership"),
        ("Leadership from GPs shaped the new service.", "Leadership from GPs"),
        ("Leadership by the nurses kept the ward open.", "Leadership by the nurses"),
        ("Surgical leadership was weak in the unit.", "Surgical leadership"),
    ],
)
def test_a_professions_leadership_is_clinical_leadership(extractor, text, surface) -> None:
    assert (surface, "ClinicalLeadership") in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # leadership with no clinician as its holder
        "Leadership from the board was missing.",
        "She showed leadership in a crisis.",
        # clinicians named beside leadership, not as its holders
        "Doctors and leadership rarely meet in the curriculum.",
    ],
)
def test_other_leadership_is_not_clinical(extractor, text) -> None:
    assert "ClinicalLeadership" not in [c for _, c in mentions(extractor, text)]
