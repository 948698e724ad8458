"""Concept mentions: the lexicon's matches, placed in their sentences, plus elided modifiers.

Coordinated modifiers share one head noun in running text: "primary, secondary and tertiary
care" names three concepts although only "tertiary care" is a whole label. When a modifier in
such a list completes a label with the mention's head ("primary care"), it becomes a mention
of that label's concept; when the mention's own head is a label of its concept ("junior and
middle management"), the modifier names the same concept.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from kg.lexicon import Lexicon, Match
from kg.model import Mention, Sentence

_LIST_BEFORE = re.compile(
    r"((?:[^\W\d_][\w-]*,\s+){0,4}[^\W\d_][\w-]*,?\s+(?:and|or)\s+)(?:[^\W\d_][\w-]*\s+)?$",
    re.IGNORECASE,
)
_MODIFIER = re.compile(r"[^\W\d_][\w-]*")
_LOOKBACK = 120


def sentence_finder(sentences: Sequence[Sentence]):
    """A function from a character offset to the sentence that holds it (or None)."""
    begins = [sentence.begin for sentence in sentences]

    def find(offset: int) -> Sentence | None:
        index = bisect.bisect_right(begins, offset) - 1
        if index >= 0 and offset < sentences[index].end:
            return sentences[index]
        return None

    return find


def find_mentions(text: str, sentences: Sequence[Sentence], lexicon: Lexicon) -> list[Mention]:
    """Every concept mention inside a sentence, sorted by offset, none overlapping."""
    matches = list(lexicon.finditer(text))
    matches.extend(_elided_modifiers(text, matches, lexicon))
    matches.sort(key=lambda m: m.begin)
    find = sentence_finder(sentences)
    mentions = []
    for match in matches:
        sentence = find(match.begin)
        if sentence is None or match.end > sentence.end:
            continue
        mentions.append(
            Mention(match.concept, match.begin, match.end, text[match.begin : match.end], sentence)
        )
    return mentions


def _elided_modifiers(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    taken = [(m.begin, m.end) for m in matches]
    starts = [m.begin for m in matches]
    found: list[Match] = []
    for match in matches:
        listed = _LIST_BEFORE.search(text, max(0, match.begin - _LOOKBACK), match.begin)
        if listed is None:
            continue
        surface = text[match.begin : match.end]
        words = surface.split()
        rest = words[1:]
        for modifier in _MODIFIER.finditer(text, listed.start(1), listed.end(1)):
            word = modifier.group()
            if word.lower() in ("and", "or"):
                continue
            if _overlaps(taken, starts, modifier.start(), modifier.end()):
                continue
            concept = lexicon.lookup(" ".join([word, *words])) if len(words) == 1 else None
            if concept is None and rest:
                concept = lexicon.lookup(" ".join([word, *rest]))
                if concept is None and lexicon.lookup(rest[-1]) == match.concept:
                    concept = match.concept
            if concept is not None:
                found.append(Match(modifier.start(), modifier.end(), concept))
    return found


def _overlaps(taken: list[tuple[int, int]], starts: list[int], begin: int, end: int) -> bool:
    index = bisect.bisect_right(starts, begin) - 1
    for neighbour in taken[max(0, index) : index + 2]:
        if begin < neighbour[1] and neighbour[0] < end:
            return True
    return False
