"""Labels that name their concept only in a text of their setting: "chief of staff" is the
physician who leads a hospital's medical staff, and a minister's or a company's chief of staff
is no clinician (data/setting-senses.toml)."""

from __future__ import annotations

from functools import cache

from kg.lexicon import Lexicon, Match, fold, plurals
from kg.namespaces import HLKG
from kg.text.wordlists import word_table, words_pattern


def setting_senses(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """`matches` less the setting-bound labels of a text that names none of their markers."""
    dropped: list[Match] = []
    for name, rule in word_table("setting-senses", "kg.extract").items():
        concept = HLKG + name
        forms = _forms(tuple(rule["labels"]))
        bound = [
            m for m in matches if m.concept == concept and fold(text[m.begin : m.end]) in forms
        ]
        if bound and words_pattern(tuple(rule["markers"])).search(text) is None:
            dropped.extend(bound)
    if not dropped:
        return matches
    return [m for m in matches if m not in dropped]


@cache
def _forms(labels: tuple[str, ...]) -> frozenset[str]:
    return frozenset(form for label in labels for form in (label, *plurals(label)))
