"""Labels that name their concept only in a text of their setting: "chief of staff" is the
physician who leads a hospital's medical staff, and a minister's or a company's chief of staff
is no clinician (data/setting-senses.toml)."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from kg.lexicon import Lexicon, Match, fold, plurals
from kg.namespaces import HLKG


def setting_senses(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """`matches` less the setting-bound labels of a text that names none of their markers."""
    dropped: list[Match] = []
    for name, rule in _rules().items():
        concept = HLKG + name
        forms = _forms(tuple(rule["labels"]))
        bound = [
            m for m in matches if m.concept == concept and fold(text[m.begin : m.end]) in forms
        ]
        if bound and _marker_pattern(tuple(rule["markers"])).search(text) is None:
            dropped.extend(bound)
    if not dropped:
        return matches
    return [m for m in matches if m not in dropped]


@cache
def _forms(labels: tuple[str, ...]) -> frozenset[str]:
    return frozenset(form for label in labels for form in (label, *plurals(label)))


@cache
def _marker_pattern(markers: tuple[str, ...]) -> re.Pattern[str]:
    """The markers as one expression, compiled once rather than for every text."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, markers)) + r")\b", re.IGNORECASE)


@cache
def _rules() -> dict:
    data = resources.files("kg.extract").joinpath("data/setting-senses.toml").read_text("utf-8")
    return tomllib.loads(data)
