"""Deciding whether a hyphen at a line break belongs to the word or only to the line break.

Printed pages break words at syllables ("man-" / "agers") and also at the real hyphen of a
compound ("High-" / "quality"). The rule: drop the hyphen when the joined word is an English
word (pyspellchecker's frequency list, with British spellings mapped to the American ones that
list holds); keep it when both halves are words and the joined form is not ("high" + "quality");
otherwise the halves are syllables, so join them. A few prefixes (data/hyphen-prefixes.txt)
always keep their hyphen.
"""

from __future__ import annotations

import re
from functools import cache

from kg.text.wordlists import word_list

_BRITISH = (
    (re.compile(r"isation(s?)$"), r"ization\1"),
    (re.compile(r"is(e|es|ed|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"our(s?|ed|ing|ful|able)$"), r"or\1"),
    (re.compile(r"tre(s?)$"), r"ter\1"),
    (re.compile(r"ogue(s?)$"), r"og\1"),
    (re.compile(r"yse(s|d)?$"), r"yze\1"),
)


@cache
def _vocabulary() -> frozenset[str]:
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language="en", distance=1).word_frequency.keys())


def is_word(word: str) -> bool:
    """Whether `word` (any case) is in the English word list, British spellings included."""
    vocabulary = _vocabulary()
    lower = word.lower()
    if lower in vocabulary:
        return True
    for pattern, american in _BRITISH:
        variant = pattern.sub(american, lower)
        if variant != lower and variant in vocabulary:
            return True
    return False


def keeps_hyphen(left: str, right: str) -> bool:
    """Whether "left-" at a line end followed by "right" is a compound, not a broken word.

    `left` and `right` are the letters on either side of the break.
    """
    if not right[:1].islower():
        return True
    if left.lower() in word_list("hyphen-prefixes"):
        return True
    if is_word(left + right):
        return False
    return len(left) > 1 and len(right) > 1 and is_word(left) and is_word(right)
