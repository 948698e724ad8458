"""Partnership in the verbs of working together (ontology/paraphrases.ttl), beside verbs of
other cooperation that name none. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import mentions


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Doctors and managers solved problems collaboratively.", "collaboratively"),
        ("The trust partnered with local GPs to run the clinic.", "partnered with"),
        ("Clinicians should partner with managers on service design.", "partner with"),
        ("Managers worked closely with consultants on the new rota.", "worked closely with"),
        ("The two professions worked jointly on the business case.", "worked jointly"),
    ],
)
def test_the_verbs_of_working_together_name_partnership(extractor, text, surface) -> None:
    assert (surface, "Partnership") in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The trust co-operated fully with the inquiry.",
        "Nurses work alongside volunteers at weekends.",
    ],
)
def test_other_cooperation_is_no_partnership(extractor, text) -> None:
    assert "Partnership" not in [c for _, c in mentions(extractor, text)]
