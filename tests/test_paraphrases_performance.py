"""How the field words an organisation's performance, its safety and its targets
(ontology/paraphrases.ttl): ranked and compared performance, safety as an adjective of care,
targets met and missed and the NHS's waiting-time standards; each beside a sentence where the
same words name something else. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import concepts, mentions


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        # ranked and compared performance of organisations
        ("The lowest-performing trusts had the weakest boards.", "lowest-performing",
         "Effectiveness"),
        ("The lowest performing trusts had the weakest boards.", "lowest performing",
         "Effectiveness"),
        ("Top-performing hospitals keep their chief executives longer.", "Top-performing",
         "Effectiveness"),
        ("Underperforming hospitals were put under new boards.", "Underperforming",
         "Effectiveness"),
        ("Units led by nurses and doctors together perform better.", "perform better",
         "Effectiveness"),
        ("Two of the trusts performed poorly for years.", "performed poorly", "Effectiveness"),
        ("Clinical governance exists to deliver effective care.", "effective care",
         "Effectiveness"),
        ("Effective organisations listen to their staff.", "Effective organisations",
         "Effectiveness"),
        ("Operational performance fell over the winter.", "Operational performance",
         "Effectiveness"),
        # with money, it is efficiency
        ("Hospitals with stable boards perform better financially.",
         "perform better financially", "Efficiency"),
        # safety as an adjective of care
        ("The board answers for safe services in every ward.", "safe services",
         "PatientSafety"),
        ("Managers and clinicians share the work of safer healthcare.", "safer healthcare",
         "PatientSafety"),
        # targets in their guises
        ("Waiting-time standards crowd out other aims at board meetings.",
         "Waiting-time standards", "PerformanceTarget"),
        ("The hospital missed the four-hour target all winter.", "four-hour target",
         "PerformanceTarget"),
        ("Managers meet the target by opening extra beds.", "meet the target",
         "PerformanceTarget"),
        ("The hospital met its target for the first time.", "met its target",
         "PerformanceTarget"),
        ("Hitting the target became the only aim of the board.", "Hitting the target",
         "PerformanceTarget"),
    ],
)
def test_the_fields_wordings_name_their_concepts(extractor, text, surface, concept) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # a surgeon performs an operation; a performance "on" or "in" a measure is the measure
        ("The surgeon was performing an operation when the lights failed.", "Effectiveness"),
        ("She performed well in her final examinations.", "Effectiveness"),
        ("Wards with engaged consultants perform better on infection rates.", "Effectiveness"),
        ("Her performance in the role was judged weak.", "Effectiveness"),
        # "safe" of anything but care, and a target that is no performance target
        ("It is safe to say that few consultants read the minutes.", "PatientSafety"),
        ("The campaign chose a target audience of young parents.", "PerformanceTarget"),
    ],
)
def test_other_senses_of_those_words_are_no_mentions(extractor, text, concept) -> None:
    assert concept not in concepts(extractor, text)


def test_the_measure_of_a_performance_is_still_a_mention(extractor) -> None:
    # the excluded "perform better on" keeps the concept it is measured on
    found = concepts(extractor, "Trusts that engage doctors perform better on patient safety.")
    assert "PatientSafety" in found
    assert "Effectiveness" not in found
