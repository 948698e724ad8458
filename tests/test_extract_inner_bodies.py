"""The organisation named inside a phrase about its board, its managers or its quality
(kg/extract/data/inner-mentions.txt): "hospital board", "trust board", "hospital quality"
are mentions of the phrase's concept and of the organisation, since a modifier is a mention
(tests/gold/README.md); "trust" there is the NHS trust, counted, not the feeling. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from extraction import mentions, triples


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("The hospital board met in private.", ("hospital board", "Manager"),
         ("hospital", "HealthcareOrganisation")),
        ("The trust board approved the plan.", ("trust board", "Manager"),
         ("trust", "HealthcareOrganisation")),
        ("Trust performance fell over the winter.", ("Trust performance", "Effectiveness"),
         ("Trust", "HealthcareOrganisation")),
        ("Hospital quality varies between regions.", ("Hospital quality", "QualityOfCare"),
         ("Hospital", "HealthcareOrganisation")),
    ],
)
def test_the_organisation_inside_is_a_mention_too(extractor, text, outer, inner) -> None:
    found = mentions(extractor, text)
    assert outer in found
    assert inner in found


@pytest.mark.parametrize(
    "text",
    [
        # the feeling, where no phrase holds the word as a modifier
        "Trust between the board and the surgeons grew slowly.",
        # a longer phrase is no two-word phrase of the rule
        "The board of directors met twice.",
    ],
)
def test_no_organisation_without_the_phrase(extractor, text) -> None:
    assert "HealthcareOrganisation" not in [c for _, c in mentions(extractor, text)]


def test_relations_read_the_whole_phrase(extractor) -> None:
    # the board, not the hospital inside its name, is what supports the change
    found = triples(extractor, "The hospital board supports clinical leadership.")
    assert not any(s == "HealthcareOrganisation" for s, _, _ in found)
