"""Two labels that overlap on one head noun name one thing: in "hospital doctors in management
roles" the lexicon finds "hospital doctors" (Doctor) and, starting inside it, "doctors in
management roles" (ClinicalLeader), but the doctors are one group, described further by what
follows the head. The later, post-modified label says what the noun phrase names (the
reader's "one concept per span, the longest name"); the earlier one is no mention of its own.

Overlaps that share a modifier rather than a head stay two mentions: "clinical leadership
development" is clinical leadership and the development of it (kg/lexicon.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.lexicon import Match
from kg.text.wordlists import word_list

_WORD = re.compile(r"[^\W\d_][\w'\u2019]*")


def one_head(text: str, matches: Sequence[Match]) -> list[Match]:
    """`matches` (sorted by span) less each match whose last words are the whole head of the
    next match, which starts inside it and runs past it."""
    dropped: set[int] = set()
    for index in range(len(matches) - 1):
        first, second = matches[index], matches[index + 1]
        if not first.begin < second.begin < first.end < second.end:
            continue  # most matches: no overlap
        if _head_end(text, second) == first.end:
            dropped.add(index)
    if not dropped:
        return list(matches)
    return [m for i, m in enumerate(matches) if i not in dropped]


def _head_end(text: str, match: Match) -> int | None:
    """Where the head of a label ends: before the first word that opens what follows a head
    ("in", "with", "who": data/post-head-words.txt), or None when no such word follows it."""
    words = [(w.start(), w.end()) for w in _WORD.finditer(text, match.begin, match.end)]
    head = up_to_head(text, words)
    return head[-1][1] if len(head) < len(words) else None


def up_to_head(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words (offsets) of a noun phrase up to its head: those before the first later word
    that opens what follows a head (data/post-head-words.txt), or all of them."""
    ends = word_list("post-head-words", "kg.extract")
    for index, (begin, end) in enumerate(words[1:], 1):
        if text[begin:end].lower() in ends:
            return words[:index]
    return words
