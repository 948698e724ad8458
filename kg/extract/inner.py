"""Concepts named inside another concept's phrase: "engaged doctors" are doctors as well as a
mention of clinical engagement, and "hospital performance" names the hospital whose
performance it is, so the span names both (tests/gold/README.md: "the span means two
concepts"; modifiers such as "patient" in "patient care" are mentions). data/
inner-mentions.txt says which concepts' phrases name what, and at which end.

Only a phrase of one leading word and a label names its last words so ("engaged doctors",
"engaging clinicians"), and only a phrase whose first word alone is a label its first word
("hospital performance"): in "physician engagement" or "engagement of doctors" the people
modify or complement the head, and readers mark the engagement alone."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kg.lexicon import Lexicon, Match, fold
from kg.model import Mention
from kg.namespaces import HLKG
from kg.text.wordlists import word_pairs


def inner_mentions(text: str, matches: Sequence[Match], lexicon: Lexicon) -> list[Match]:
    """The mentions inside the phrases of data/inner-mentions.txt (returned alone; each
    phrase's own mention stays)."""
    rules = _rules()
    found = []
    for match in matches:
        for side, inner in rules.get(match.concept, ()):
            words = text[match.begin : match.end].split(" ")
            if len(words) != 2:
                continue
            begin = match.begin if side == "first" else match.end - len(words[1])
            end = match.begin + len(words[0]) if side == "first" else match.end
            concept = lexicon.lookup(text[begin:end])
            if concept is not None and not _names(concept, inner, lexicon):
                # A word with a counted sense counts one thing as a modifier: the "trust" of
                # "trust board" and "trust performance" is an NHS trust, not the feeling.
                counted = _counted_senses().get(fold(text[begin:end]))
                concept = lexicon.lookup(counted) if counted else None
            if concept is not None and _names(concept, inner, lexicon):
                found.append(Match(begin, end, concept))
    return found


def _names(concept: str, inner: frozenset[str], lexicon: Lexicon) -> bool:
    return concept in inner or bool(lexicon.ancestors(concept) & inner)


@cache
def _counted_senses() -> dict[str, str]:
    """word -> the label of what it names counted (data/count-senses.txt)."""
    return dict(word_pairs("count-senses", "kg.extract"))


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


@cache
def _rules() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """phrase concept -> (which end, the concepts it may name there, subclasses included)."""
    rules: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
    for phrase, rest in word_pairs("inner-mentions", "kg.extract"):
        side, *concepts = rest.split()
        entry = (side, frozenset(HLKG + c for c in concepts))
        rules[HLKG + phrase] = (*rules.get(HLKG + phrase, ()), entry)
    return rules
