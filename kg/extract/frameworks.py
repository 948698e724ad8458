"""A framework's concept named by everyday words only in a text about the framework:
"management tasks" are Mintzberg's managerial roles in a text on Mintzberg, and elsewhere
management itself ("consultants resent management tasks"); data/framework-senses.toml holds
the frameworks' concepts, the words that mark a text as one about them, and what the words
mean outside."""

from __future__ import annotations

from kg.lexicon import Lexicon, Match, fold
from kg.namespaces import HLKG
from kg.text.wordlists import word_table, words_pattern


def framework_senses(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """`matches` with each everyday wording of a framework's concept given its everyday sense
    in a text that does not name the framework (same spans, same order)."""
    result = matches
    for name, rule in word_table("framework-senses", "kg.extract").items():
        concept = HLKG + name
        if not any(m.concept == concept for m in result):
            continue
        if _names_the_framework(text, result, concept, rule["markers"], lexicon):
            continue
        heads = {
            word: lexicon.lookup(label)
            for label, words in rule["heads"].items()
            for word in words
        }
        modifiers = set(rule["modifiers"])
        changed = []
        for match in result:
            words = fold(text[match.begin : match.end]).split()
            meant = heads.get(words[-1]) if match.concept == concept else None
            if meant is not None and len(words) > 1 and words[0] in modifiers:
                match = Match(match.begin, match.end, meant)
            changed.append(match)
        result = changed
    return result


def _names_the_framework(
    text: str, matches: list[Match], concept: str, markers: list[str], lexicon: Lexicon
) -> bool:
    """Whether the text names one of the concept's kinds ("the monitor role") or a marker."""
    if any(m.concept != concept and concept in lexicon.ancestors(m.concept) for m in matches):
        return True
    return words_pattern(tuple(markers)).search(text) is not None
