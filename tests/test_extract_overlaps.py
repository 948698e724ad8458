"""Two labels overlapping on one head noun are one mention, the post-modified one
(kg/extract/overlaps.py); labels overlapping on a modifier stay two. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from extraction import mentions


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Hospital doctors in management roles rarely have time.",
         ("doctors in management roles", "ClinicalLeader"), "Doctor"),
        ("Senior doctors with management responsibilities were surveyed.",
         ("doctors with management responsibilities", "ClinicalLeader"), "Doctor"),
    ],
)
def test_one_head_is_one_mention(extractor, text, kept, gone) -> None:
    found = mentions(extractor, text)
    assert kept in found
    assert gone not in [c for _, c in found]


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("Clinical leadership development is costly.",
         {"ClinicalLeadership", "LeadershipDevelopment"}),
        ("Senior doctors met the board on Monday.", {"Doctor"}),
    ],
)
def test_overlaps_on_a_modifier_stay_two(extractor, text, both) -> None:
    assert both <= {c for _, c in mentions(extractor, text)}
