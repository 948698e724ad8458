"""Longer descriptions that stand for a concept: "the gulf between consultants and trust
managers" (DoctorManagerDivide), "GPs' involvement in management" (ClinicalEngagement),
"surgeons who take on management roles" (ClinicalLeader).

The lexicon cannot list every such phrase, and without one the extractor reads the phrase's
component words as other concepts. The field builds these names from a small grammar: a head
noun of a class (gap, gulf, tension / relationship, interface / involvement, engagement /
training, education ...) with arguments that the lexicon already finds (Doctor, Manager,
Management ...). data/descriptions.toml holds that grammar; this module compiles it once into
regular expressions (one per character a phrase can start with) run over a shadow of the
text, in which every lexicon match is a run of private-use characters naming its concept (so
offsets are kept and the match's words are no longer words), and replaces the component
matches inside a phrase by the phrase's concept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import attrgetter

from kg.lexicon import Lexicon, Match, trie_pattern
from kg.namespaces import HLKG
from kg.text.wordlists import word_table

_FIRST = 0xE000
"""The private-use code of the first slot concept; a match's first character in the shadow."""
_FILL = "\uf8ff"
"""The rest of a match's characters in the shadow."""
_QUOTES = "'\u2019\"\u201d"
_POSSESSIVE = r"['\u2019]s?"
_JOINT = r"(?:\s*[-\u2010-\u2015/]\s*)"
_END = r"(?![\w\-\u2010-\u2015\uf8ff])(?!['\u2019](?:s\b|\s))"
"""A phrase ends at a word's end, not before a possessive ("managers' salaries")."""


@dataclass(frozen=True)
class Grammar:
    """The compiled rules: one expression, a group per pattern, each group's concept."""

    by_first: Mapping[str, tuple[re.Pattern[str], tuple[int, ...]]]
    """A phrase's first character in the shadow -> one expression of the patterns that can
    start with it (in the rules' order, a group each), and each group's pattern index."""
    concepts: tuple[str, ...]
    """pattern index -> the concept the pattern names."""
    codes: Mapping[str, str]
    """concept IRI -> its private-use character in the shadow."""
    kept: tuple[frozenset[str], ...]
    """pattern index -> the concepts whose matches inside the phrase stay mentions."""
    starts: re.Pattern[str]
    """Where a pattern can start: a slot's code or one of the patterns' first words."""


def describe(text: str, matches: Sequence[Match], lexicon: Lexicon) -> list[Match]:
    """`matches` (sorted by span) with every description the grammar finds in `text` added, and
    the matches wholly inside it dropped, unless the rule keeps them. A slot of a concept takes
    its subclasses too (a slot of Doctor takes a JuniorDoctor)."""
    grammar = lexicon.__dict__.get("_descriptions")
    if grammar is None:
        grammar = lexicon.__dict__["_descriptions"] = _grammar(lexicon)
    if not grammar.concepts:
        return list(matches)
    matches = _possessive_ends(text, matches, lexicon, frozenset(grammar.concepts))
    shadow = _shadow(text, matches, grammar.codes)
    found: list[tuple[Match, frozenset[str]]] = []
    # The patterns are tried only where one can start (a slot's match or a first word), and
    # only those that can start with the character there: over every character, or all of
    # them at each start, their few dozen branches cost more than the lexicon itself.
    reached = 0
    for start in grammar.starts.finditer(shadow):
        at = start.start()
        if at < reached:
            continue
        pattern, indices = grammar.by_first.get(shadow[at], _NO_PATTERN)
        hit = pattern.match(shadow, at)
        if hit is None or hit.lastindex is None:
            continue
        index = indices[hit.lastindex - 1]
        begin, reached = hit.span()
        found.append((Match(begin, reached, grammar.concepts[index]), grammar.kept[index]))
    if not found:
        return list(matches)
    # A lexicon match of the same concept that the phrase overlaps is part of one mention:
    # "GPs' involvement" and the label "involvement in management" are one.
    merged: list[tuple[Match, frozenset[str]]] = []
    for phrase, kept in found:
        begin, end = phrase.begin, phrase.end
        for m in matches:
            if m.concept == phrase.concept and m.begin < end and begin < m.end:
                begin, end = min(begin, m.begin), max(end, m.end)
        merged.append((Match(begin, end, phrase.concept), kept))
    result = [
        m
        for m in matches
        if not any(
            d.begin <= m.begin and m.end <= d.end and m.concept not in kept
            for d, kept in merged
        )
    ]
    result.extend(d for d, _ in merged)
    return sorted(set(result), key=attrgetter("span", "concept"))


_BEFORE_POSSESSIVE = re.compile(r"['\u2019](?:s\b|\s)")
_INNER_POSSESSIVE = re.compile(r"(?:s['\u2019]|['\u2019]s)\s+and\s", re.IGNORECASE)
"""A possessive before "and": "doctors' and managers' salaries" (a scare quote is none)."""


def _possessive_ends(
    text: str, matches: Sequence[Match], lexicon: Lexicon, concepts: frozenset[str]
) -> Sequence[Match]:
    """A label of a rule's concept of three words or more is a description too, and it ends no
    better before a possessive: in "a gap between doctors' and managers' salaries" the label
    "gap between doctors and managers" names no divide, and its labels ("doctors",
    "managers") are mentions of their own."""
    kept: list[Match] = []
    for match in matches:
        surface = text[match.begin : match.end]
        if (
            match.concept in concepts
            and surface.count(" ") >= 2
            and (
                _BEFORE_POSSESSIVE.match(text, match.end)
                or (surface.endswith(tuple(_QUOTES)) and not surface.startswith(tuple(_QUOTES)))
                or _INNER_POSSESSIVE.search(surface)
            )
        ):
            tail = surface.index(" ") + 1  # past the head noun, which names no concept
            kept.extend(
                Match(match.begin + tail + m.begin, match.begin + tail + m.end, m.concept)
                for m in lexicon.finditer(surface[tail:])
                if m.concept != match.concept
            )
            continue
        kept.append(match)
    return sorted(kept, key=attrgetter("span")) if len(kept) != len(matches) else matches


def _shadow(text: str, matches: Sequence[Match], codes: Mapping[str, str]) -> str:
    """The lower-cased text with each match of a slot concept (or of a concept below one) as its
    code and fill characters, the same length; the first of overlapping matches wins."""
    pieces: list[str] = []
    at = 0
    for match in matches:
        if match.begin < at:
            continue
        code = codes.get(match.concept)
        if code is None:
            continue
        # A quote the match ends with stays itself: "managers'" is a possessive, which the
        # patterns must see.
        end = match.end
        while end - 1 > match.begin and text[end - 1] in _QUOTES:
            end -= 1
        pieces.append(text[at : match.begin].lower())
        pieces.append(code + _FILL * (end - match.begin - 1))
        at = end
    pieces.append(text[at:].lower())
    return "".join(pieces)


def _grammar(lexicon: Lexicon) -> Grammar:
    """The rules compiled for this lexicon's concepts: a slot takes a concept's subclasses, and
    a rule whose concept the ontology lacks names nothing."""
    data = _data()
    known = set(lexicon.labels)
    slots: dict[str, list[str]] = {}
    for name, values in data.get("slots", {}).items():
        named = {HLKG + c for c in values}
        slots[name] = sorted(c for c in known if c in named or lexicon.ancestors(c) & named)
    # One code per concept of any slot; a slot's character class lists its concepts' codes.
    codes = {
        concept: chr(_FIRST + index)
        for index, concept in enumerate(sorted({c for cs in slots.values() for c in cs}))
    }
    words: dict[str, list[str]] = data.get("words", {})
    branches: list[str] = []
    concepts: list[str] = []
    kept: list[frozenset[str]] = []
    firsts: list[set[str]] = []
    first_words: set[str] = set()
    slot_starts: set[str] = set()
    for rule in data.get("rule", []):
        concept = HLKG + rule["concept"]
        if concept not in known:
            continue  # an ontology without the concept: the rule names nothing
        for pattern in rule["patterns"]:
            body, keep = _compile(pattern, slots, words, codes)
            first = pattern.split()[0]
            if first.startswith("{"):
                # A slot starts a phrase only before the pattern's next item: most matches
                # of Doctor or Manager are none.
                slot_starts.add(_compile(" ".join(pattern.split()[:2]), slots, words, codes)[0])
            elif first.startswith("@"):
                first_words.update(words[first[1:]])
            elif not first.startswith("{"):
                first_words.update(first.rstrip("?").split("|"))
            branches.append(f"(?<![\\w\\uf8ff])({body}){_END}")
            firsts.append(_first_characters(pattern, slots, words, codes))
            concepts.append(concept)
            kept.append(frozenset(keep))
    slot_chars = "".join(sorted(codes.values()))
    # A slot's start only looks ahead: consuming its next item would hide a pattern that
    # starts inside it ("Nurses took part": an optional "to" read as the start of "took").
    starts = f"(?=[{slot_chars}])(?=(?:{'|'.join(sorted(slot_starts))}))" if slot_starts else "(?!)"
    first_chars = slot_chars if slot_starts else ""
    if first_words:
        initials = "".join(sorted({re.escape(w[0].lower()) for w in first_words}))
        starts += rf"|(?=[{initials}])(?<![\w\uf8ff]){_word_trie(first_words)}(?!\w)"
        first_chars += initials
    if first_chars:  # one test of the character first: most positions start neither branch
        starts = f"(?=[{first_chars}])(?:{starts})"
    return Grammar(
        _by_first(branches, firsts), tuple(concepts), codes, tuple(kept), re.compile(starts)
    )


_NO_PATTERN = (re.compile("(?!)"), ())


def _first_characters(
    pattern: str, slots: Mapping[str, list[str]], words: Mapping[str, list[str]],
    codes: Mapping[str, str],
) -> set[str]:
    """The characters of the shadow a pattern's match can start with: its first item's (a
    slot's codes or its words' first letters; `_compile` refuses an optional first item)."""
    item = _ITEM.fullmatch(_JOINED.split(pattern.split()[0])[0])
    assert item is not None  # (`_compile` read the same item)
    slot, _, _, klass, _, mods, word = item.groups()
    if slot:
        return {codes[c] for c in slots[slot]}
    values = words[klass or mods] if klass or mods else word.rstrip("?").split("|")
    return {v.lower().split()[0][0] for v in values if v.split()}


def _by_first(
    branches: list[str], firsts: list[set[str]]
) -> dict[str, tuple[re.Pattern[str], tuple[int, ...]]]:
    """Each first character -> the alternation of the branches that can start with it, in
    their order (the first that matches wins, as in one alternation of them all), and their
    indices. Characters with the same branches share one compiled expression."""
    indices: dict[str, list[int]] = {}
    for index, chars in enumerate(firsts):
        for char in chars:
            indices.setdefault(char, []).append(index)
    compiled: dict[tuple[int, ...], tuple[re.Pattern[str], tuple[int, ...]]] = {}
    table = {}
    for char, found in indices.items():
        key = tuple(found)
        if key not in compiled:
            compiled[key] = (re.compile("|".join(branches[i] for i in key)), key)
        table[char] = compiled[key]
    return table


_JOINED = re.compile(r"(?<=[}'])-(?=\{)")
"""A dash between two slots: "{doctor}-{manager}"."""
_ITEM = re.compile(r"\{([\w-]+)(\+?)\}(')?|@([\w-]+)(\?)?|\[([\w-]+)\]|([^\s{}@\[\]]+)")


def _compile(
    pattern: str, slots: Mapping[str, list[str]], words: Mapping[str, list[str]],
    codes: Mapping[str, str],
) -> tuple[str, set[str]]:
    """One pattern of data/descriptions.toml as a regular expression over the shadow, and the
    concepts of its kept slots."""
    out = ""
    keep: set[str] = set()
    for token in pattern.split():
        pieces = _JOINED.split(token)
        compiled: list[str] = []
        optional = repeated = False
        for piece in pieces:
            item = _ITEM.fullmatch(piece)
            if item is None:
                raise ValueError(f"descriptions.toml: cannot read {piece!r} in {pattern!r}")
            slot, plus, possessive, klass, maybe, mods, word = item.groups()
            if slot:
                chars = "".join(codes[c] for c in slots[slot])
                compiled.append(
                    f"[{chars}]{_FILL}*" + (_POSSESSIVE if possessive else r"(?!['\u2019])")
                )
                if plus:
                    keep.update(slots[slot])
            elif klass:
                compiled.append(_alternatives(words[klass]))
                optional = bool(maybe)
            elif mods:
                compiled.append(_alternatives(words[mods]))
                repeated = True
            else:
                optional = word.endswith("?")
                compiled.append(_alternatives(word.rstrip("?").split("|")))
        expr = _JOINT.join(compiled)
        # Each item after the first brings the whitespace before it, so an item that may be
        # absent takes its whitespace with it.
        if not out:
            if optional or repeated:
                raise ValueError(f"descriptions.toml: {pattern!r} starts with an optional item")
            out = expr
        elif repeated:
            out += rf"(?:\s+{expr}){{0,2}}"
        elif optional:
            out += rf"(?:\s+{expr})?"
        else:
            out += rf"\s+{expr}"
    return out, keep


def _alternatives(values: Sequence[str]) -> str:
    """Words or phrases (longest first), their spaces as any whitespace."""
    forms = sorted({v.lower() for v in values}, key=lambda v: (-len(v), v))
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in v.split()) for v in forms) + ")"


def _word_trie(values: Iterable[str]) -> str:
    """The words or phrases of `_alternatives` factored by their common prefixes: the same
    matches (the longest form that fits still wins), but at each word of the text the engine
    follows one branch instead of trying some eighty words in turn."""
    forms = sorted({v.lower() for v in values})
    return "(?:" + trie_pattern(_word_units(form) for form in forms) + ")"


def _word_units(form: str) -> list[str]:
    """A word or phrase as regex units for kg.lexicon.trie_pattern: one per character, any
    whitespace between words."""
    units: list[str] = []
    for index, word in enumerate(form.split()):
        if index:
            units.append(r"\s+")
        units.extend(re.escape(ch) for ch in word)
    return units


def _data() -> dict:
    return word_table("descriptions", "kg.extract")


__all__ = ["describe"]
