"""The qualities of care listed together ("safe, effective and efficient") name their concepts
when the list holds a mention, read from the mention outwards (kg/extract/senses.py,
data/coordinated-senses.txt); alone, or of a drug or of data, they name nothing. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import mentions


def test_a_list_of_qualities_is_read_from_its_mention_outwards(extractor) -> None:
    found = mentions(extractor, "Governance makes sure services are safe, effective and efficient.")
    assert ("safe", "PatientSafety") in found
    assert ("effective", "Effectiveness") in found
    assert ("efficient", "Efficiency") in found


def test_high_quality_in_such_a_list_is_quality_of_care(extractor) -> None:
    found = mentions(extractor, "Wards were efficient, safe and high quality.")
    assert ("high quality", "QualityOfCare") in found
    assert ("safe", "PatientSafety") in found


@pytest.mark.parametrize(
    "text",
    [
        "The drug was safe and effective in the trial.",
        "The data are safe and secure.",
        "It is safe to say that the plan is effective.",
    ],
)
def test_qualities_with_no_mention_in_their_list_name_nothing(extractor, text) -> None:
    found = [c for _, c in mentions(extractor, text)]
    assert "PatientSafety" not in found
    assert "Effectiveness" not in found
