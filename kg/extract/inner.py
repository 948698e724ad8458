"""Concepts named inside another concept's phrase: "engaged doctors" are doctors as well as a
mention of clinical engagement, "hospital performance" names the hospital whose performance
it is, and "better patient care" the patients whose care it is, so the span names both
(tests/gold/README.md: "the span means two concepts"; modifiers such as "patient" in "patient
care" are mentions). data/inner-mentions.txt says which concepts' phrases name what, and at
which place in the phrase.

Three places, whatever the phrase's length:
- `last`: the words after the phrase's leading word, when they are a label ("engaged doctors",
  "engaging medical staff", "involving their doctors": the people the leading verb or
  participle acts on, a determiner between them skipped, and what follows their head left
  out: the doctors of "involve doctors in management");
- `first`: the leading word, when it alone is a label ("hospital performance", "trust board");
- `modifier`: a word inside the phrase that modifies the words after it ("patient" in "better
  patient care" and "the quality of patient care"), unless it and those words are themselves
  a label of the phrase's concept: in "patient safety", "physician engagement" or "medical
  staff engagement" the people are part of the concept's own name, and readers mark the
  phrase alone (as they do the people after "of" in "engagement of doctors");
- `complement`: each label joined by "and", "or" or a comma after the phrase's head ("the
  doctors" and "the managers" of "trust between doctors and managers", a trust between any
  two groups: the groups are no part of its name)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from kg.extract.overlaps import up_to_head
from kg.lexicon import Lexicon, Match, fold
from kg.model import Mention
from kg.namespaces import HLKG
from kg.text.wordlists import word_list, word_pairs

_WORD = re.compile(r"[^\s\-\u2010-\u2015]+")
"""A word of a phrase: hyphens and dashes part words ("patient-centred" has two)."""


def inner_mentions(text: str, matches: Sequence[Match], lexicon: Lexicon) -> list[Match]:
    """The mentions inside the phrases of data/inner-mentions.txt (returned alone; each
    phrase's own mention stays)."""
    rules = _rules()
    found = []
    for match in matches:
        places = rules.get(match.concept)
        if not places:
            continue
        words = [(w.start(), w.end()) for w in _WORD.finditer(text, match.begin, match.end)]
        if len(words) < 2:
            continue
        for place, inner in places:
            for begin, end in _candidates(text, words, place, match, lexicon):
                concept = _concept(text[begin:end], inner, lexicon)
                if concept is not None:
                    found.append(Match(begin, end, concept))
    return found


def _candidates(
    text: str, words: list[tuple[int, int]], place: str, match: Match, lexicon: Lexicon
) -> Iterator[tuple[int, int]]:
    """The spans at `place` in a phrase of `words` (offsets) that may name an inner concept."""
    if place == "first":
        yield words[0]
    elif place == "last":
        rest = words[1:]
        if len(rest) > 1 and fold(text[slice(*rest[0])]) in _object_determiners():
            rest = rest[1:]  # "involving their doctors"
        rest = up_to_head(text, rest)  # "involve doctors in management": the doctors
        yield rest[0][0], rest[-1][1]
    elif place == "modifier":
        for begin, end in words[:-1]:
            if lexicon.lookup(text[begin : match.end]) != match.concept:
                yield begin, end
    elif place == "complement":
        openers = word_list("post-head-words", "kg.extract")
        after = next(
            (i + 1 for i, w in enumerate(words[1:], 1) if fold(text[slice(*w)]) in openers), None
        )
        if after is None:
            return
        part: list[tuple[int, int]] = []
        for begin, end in words[after:]:
            word = text[begin:end]
            if fold(word.rstrip(",")) in _JOINERS:
                yield from _joined(part)
                part = []
                continue
            part.append((begin, end - (len(word) - len(word.rstrip(",")))))
            if word.endswith(","):
                yield from _joined(part)
                part = []
        yield from _joined(part)


def _joined(part: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The span of one conjunct's words, if it has any."""
    if part:
        yield part[0][0], part[-1][1]

def _concept(surface: str, inner: frozenset[str], lexicon: Lexicon) -> str | None:
    """The concept of `inner` (or a subclass) that `surface` names, if any. A word with a
    counted sense counts one thing as a modifier: the "trust" of "trust board" and "trust
    performance" is an NHS trust, not the feeling."""
    concept = lexicon.lookup(surface)
    if concept is not None and _names(concept, inner, lexicon):
        return concept
    counted = _counted_senses().get(fold(surface))
    concept = lexicon.lookup(counted) if counted else None
    return concept if concept is not None and _names(concept, inner, lexicon) else None


def _names(concept: str, inner: frozenset[str], lexicon: Lexicon) -> bool:
    return concept in inner or bool(lexicon.ancestors(concept) & inner)


@cache
def _counted_senses() -> dict[str, str]:
    """word -> the label of what it names counted (data/count-senses.txt)."""
    return dict(word_pairs("count-senses", "kg.extract"))


@cache
def _object_determiners() -> frozenset[str]:
    return word_list("object-determiners", "kg.extract")


def without_inner_mentions(mentions: Sequence[Mention]) -> list[Mention]:
    """`mentions` (sorted) less those inside a longer phrase of data/inner-mentions.txt: the
    relations read the phrase ("hospitals with engaged doctors achieve better outcomes" is
    about the engagement), the inner ones stay mentions of the text."""
    rules = _rules()
    kept = []
    for index, mention in enumerate(mentions):
        around = mentions[max(0, index - 4) : index + 4]
        if not any(
            m.concept in rules
            and m.begin <= mention.begin
            and mention.end <= m.end
            and (m.begin, m.end) != (mention.begin, mention.end)
            for m in around
        ):
            kept.append(mention)
    return kept


_PLACES = frozenset(["first", "last", "modifier", "complement"])
_JOINERS = frozenset(["and", "or"])


@cache
def _rules() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """phrase concept -> (the place in the phrase, the concepts it may name there, subclasses
    included)."""
    rules: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
    for phrase, rest in word_pairs("inner-mentions", "kg.extract"):
        place, *concepts = rest.split()
        if place not in _PLACES:
            raise ValueError(f"data/inner-mentions.txt: {phrase}: unknown place {place!r}")
        entry = (place, frozenset(HLKG + c for c in concepts))
        rules[HLKG + phrase] = (*rules.get(HLKG + phrase, ()), entry)
    return rules
