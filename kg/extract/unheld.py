"""Words that name a concept only where someone holds it: "the role" with no holder, "a pivotal
role" name no one's duties (data/unheld-senses.txt); "my role", "a dual role", "this role",
"the role of doctors" do."""

from __future__ import annotations

import re

from kg.lexicon import Lexicon, Match, fold
from kg.text.wordlists import word_list, word_sets

_ARTICLES = frozenset(["the", "a", "an"])
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'\u2019-]*[ \t]+){1,4}$")
_HOLDER_AFTER = re.compile(
    r"[ \t]+(?:of|as|for)[ \t]+(?:(?:the|a|an|their|its|our|each|every|all|individual)[ \t]+)?"
)


def unheld_senses(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """`matches` less the words of data/unheld-senses.txt that nobody holds: after an article
    and only the listed words, with no people after "of", "as" or "for"."""
    between = word_sets("unheld-senses", "kg.extract")
    if not between:
        return matches
    people_roots = {lexicon.lookup(label) for label in word_list("people-concepts", "kg.extract")}
    people_roots.discard(None)
    people_begins = {
        m.begin
        for m in matches
        if m.concept in people_roots or lexicon.ancestors(m.concept) & people_roots
    }
    return [m for m in matches if not _unheld(text, m, between, people_begins)]


def _unheld(
    text: str, match: Match, between: dict[str, frozenset[str]], people_begins: set[int]
) -> bool:
    word = fold(text[match.begin : match.end])
    allowed = between.get(word)
    if allowed is None and word.endswith("s"):
        allowed = between.get(word[:-1])
    if allowed is None:
        return False  # most mentions: not a word of the table ("leadership role" is a label)
    before = _WORDS_BEFORE.search(text, max(0, match.begin - 60), match.begin)
    words = before.group().lower().split() if before else []
    for found in reversed(words):
        if found in _ARTICLES:
            break
        if found not in allowed:
            return False  # a holder or a kind: "my role", "a dual role", "this role"
    else:
        return False  # no article: "roles and duties", "doctors take on roles"
    after = _HOLDER_AFTER.match(text, match.end)
    return after is None or after.end() not in people_begins
