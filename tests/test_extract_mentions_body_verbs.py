"""A bare "the trust" followed by what only an organisation does is an NHS trust
(kg/extract/data/body-verbs.txt); followed by anything the feeling takes, it stays trust.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import concepts


@pytest.mark.parametrize(
    "text",
    [
        "The trust appointed a new medical director.",
        "The trust employs nine hundred nurses.",
        "The trust reported a deficit for the third year.",
        "The trust commissioned a review of its surgery.",
    ],
)
def test_the_trust_that_acts_as_a_body_is_an_organisation(extractor, text) -> None:
    found = concepts(extractor, text)
    assert "HealthcareOrganisation" in found
    assert "Trust" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The trust between doctors and managers grew.",
        "The trust grew slowly between the two groups.",
        "The trust they built took years.",
    ],
)
def test_the_trust_as_a_feeling_stays_trust(extractor, text) -> None:
    found = concepts(extractor, text)
    assert "Trust" in found
    assert "HealthcareOrganisation" not in found
