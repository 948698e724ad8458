"""The cue matcher's integer view of a parse (kg.extract.patterns._Words) agrees with spaCy's."""

from __future__ import annotations

from kg.extract.parser import pipeline
from kg.extract.patterns import _Words

SENTENCES = [
    "Ward sisters who trust their matrons rarely resist the new rota, and the board knows it.",
    "Budgets shrink.",
    "Because the clinic's director, a former surgeon, listens, junior staff speak up at audits.",
]


def test_every_words_children_and_head_are_spacys_in_order() -> None:
    for doc in pipeline().pipe(SENTENCES):
        words = _Words(doc)
        for token in doc:
            assert words.children(token.i) == [child.i for child in token.children], token.text
            assert words.heads[token.i] == token.head.i, token.text


def test_a_word_without_children_has_none_and_the_root_is_not_its_own_child() -> None:
    doc = pipeline()("Budgets shrink.")
    words = _Words(doc)
    root = next(token.i for token in doc if token.dep_ == "ROOT")
    assert root not in words.children(root)
    assert words.children(0) == []  # "Budgets" heads nothing
    assert sorted(words.children(root)) == [0, 2]
