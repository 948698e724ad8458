"""A person's word used as an adjective names no one: "specialist services" are specialised
services, not specialists' (data/attributive-senses.txt)."""

from __future__ import annotations

import re

from kg.lexicon import Match, fold
from kg.text.wordlists import word_sets

_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w-]*)")


def attributive_senses(text: str, matches: list[Match]) -> list[Match]:
    """`matches` less the words of data/attributive-senses.txt right before one of their
    nouns."""
    nouns = word_sets("attributive-senses", "kg.extract")
    if not nouns:
        return matches
    return [m for m in matches if not _attributive(text, m, nouns)]


def _attributive(text: str, match: Match, nouns: dict[str, frozenset[str]]) -> bool:
    heads = nouns.get(fold(text[match.begin : match.end]))
    if heads is None:
        return False  # most mentions
    after = _NEXT_WORD.match(text, match.end)
    return after is not None and after.group(1).lower() in heads
