"""The people a concept's phrase is about: "engaged doctors" are doctors as well as a mention
of clinical engagement, so the span names both (tests/gold/README.md: "the span means two
concepts"). data/people-in-phrases.txt says which concepts' phrases name their people so.

Only a phrase of one leading word (a verb or participle) and a label of a group of people
("engaged doctors", "engaging clinicians", "involve physicians") names them: in "physician
engagement" or "engagement of doctors" the people modify or complement the head, and readers
mark the engagement alone."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kg.lexicon import Lexicon, Match
from kg.model import Mention
from kg.namespaces import HLKG
from kg.text.wordlists import word_pairs


def people_in_phrases(text: str, matches: Sequence[Match], lexicon: Lexicon) -> list[Match]:
    """The mentions of people inside the phrases of data/people-in-phrases.txt (returned
    alone; each phrase's own mention stays)."""
    rules = _rules(lexicon)
    found = []
    for match in matches:
        people = rules.get(match.concept)
        if people is None:
            continue
        head, _, rest = text[match.begin : match.end].partition(" ")
        concept = lexicon.lookup(rest) if rest else None
        if concept is not None and (concept in people or lexicon.ancestors(concept) & people):
            begin = match.begin + len(head) + 1
            found.append(Match(begin, match.end, concept))
    return found


def without_people_in_phrases(mentions: Sequence[Mention], lexicon: Lexicon) -> list[Mention]:
    """`mentions` (sorted) less the people that people_in_phrases found inside a phrase: the
    relations read the phrase ("hospitals with engaged doctors achieve better outcomes" is
    about the engagement), the people stay mentions of the text."""
    rules = _rules(lexicon)
    if not rules:
        return list(mentions)
    kept = []
    for index, mention in enumerate(mentions):
        earlier = mentions[max(0, index - 4) : index]
        if not any(
            m.concept in rules and m.begin < mention.begin and m.end == mention.end
            for m in earlier
        ):
            kept.append(mention)
    return kept


def _rules(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """phrase concept -> the concepts (with their subclasses) of the people it may name."""
    return {
        HLKG + phrase: frozenset(HLKG + c for c in people.split())
        for phrase, people in _pairs()
    }


@cache
def _pairs() -> tuple[tuple[str, str], ...]:
    return word_pairs("people-in-phrases", "kg.extract")
