"""Qualities of care listed with words of degree (kg/extract/data/degree-words.txt): a
general word of coordinated-senses.txt beside a mention still names its concept when
"more", "less" or "most" grades either of them; and the performance of systems and units
(ontology/paraphrases.ttl). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import concepts, mentions


@pytest.mark.parametrize(
    ("text", "surface", "concept"),
    [
        ("The service became more effective and more efficient.", "effective",
         "Effectiveness"),
        ("Networks promise care that is more effective and less costly.", "effective",
         "Effectiveness"),
        ("The unit grew efficient and most effective within a year.", "effective",
         "Effectiveness"),
        ("Health system performance lags behind spending.", "Health system performance",
         "Effectiveness"),
        ("Unit performance is reported to the board monthly.", "Unit performance",
         "Effectiveness"),
    ],
)
def test_graded_lists_and_performance_name_their_concepts(
    extractor, text, surface, concept
) -> None:
    assert (surface, concept) in mentions(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # graded but listed with no mention
        "The drug was more effective and more popular.",
        # a graded adjective of a person, beside nothing the lexicon names
        "She became a more effective speaker.",
    ],
)
def test_a_graded_word_alone_names_nothing(extractor, text) -> None:
    assert "Effectiveness" not in concepts(extractor, text)
