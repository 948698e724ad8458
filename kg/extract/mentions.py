"""Concept mentions: the lexicon's matches, placed in their sentences, plus modifiers shared
across lists (kg.extract.modifiers), degrees in a field, and abbreviations the text defines.

Longer descriptions the field builds from a head noun and concepts the lexicon finds ("the
gulf between consultants and trust managers") come from kg.extract.descriptions.

Labels inside proper names, job titles, someone's letters, licence and citation lines and the
quoted titles of publications name no concept: kg.extract.names drops them first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from operator import attrgetter

from kg.extract.attributive import attributive_senses
from kg.extract.descriptions import describe
from kg.extract.frameworks import framework_senses
from kg.extract.inner import inner_mentions
from kg.extract.modifiers import Spans, distant_modifiers, modifier_mentions, noun_modifiers
from kg.extract.names import outside_names
from kg.extract.overlaps import one_head
from kg.extract.senses import (
    coordinated_senses,
    counted_senses,
    holder_senses,
    idiom_senses,
    people_company_senses,
    short_names,
    verb_senses,
)
from kg.extract.settings import setting_senses
from kg.extract.unheld import unheld_senses
from kg.lexicon import Lexicon, Match
from kg.model import Mention, Sentence
from kg.text.wordlists import word_list


def find_mentions(text: str, sentences: Sequence[Sentence], lexicon: Lexicon) -> list[Mention]:
    """Every concept mention inside a sentence, sorted by offset (two overlap only where one
    label starts inside another and runs past it)."""
    matches = [m for m in lexicon.finditer(text) if not _around_an_article(text, m)]
    matches.extend(distant_modifiers(text, matches, lexicon))
    matches.sort(key=attrgetter("span"))  # the rules below bisect them
    matches = one_head(text, matches)
    matches = outside_names(text, matches, lexicon)
    matches = counted_senses(text, matches, lexicon)
    matches = people_company_senses(text, matches, lexicon)
    matches = verb_senses(text, matches)
    matches = idiom_senses(text, matches)
    matches = setting_senses(text, matches, lexicon)
    matches = attributive_senses(text, matches)
    matches = unheld_senses(text, matches, lexicon)
    matches = holder_senses(text, matches)
    matches = _qualifications(
        text, matches, lexicon, word_list("qualification-words", "kg.extract")
    )
    matches = describe(text, matches, lexicon)
    matches = framework_senses(text, matches, lexicon)
    matches = noun_modifiers(text, matches, lexicon)
    matches.extend(modifier_mentions(text, matches, lexicon))
    matches.extend(inner_mentions(text, matches, lexicon))
    matches.sort(key=attrgetter("span"))
    matches.extend(coordinated_senses(text, matches, lexicon))
    matches.sort(key=attrgetter("span"))
    matches.extend(short_names(text, matches, lexicon))
    matches.sort(key=attrgetter("span"))
    matches.extend(_defined_abbreviations(text, matches))
    matches.sort(key=attrgetter("span"))
    # Both lists are sorted: walk them together instead of bisecting for every match.
    mentions = []
    index, count = 0, len(sentences)
    for match in matches:
        while index < count and sentences[index].end <= match.begin:
            index += 1
        if index == count:
            break
        sentence = sentences[index]
        if match.begin < sentence.begin or match.end > sentence.end:
            continue
        mentions.append(
            Mention(match.concept, match.begin, match.end, text[match.begin : match.end], sentence)
        )
    return mentions


_DANGLING = frozenset(["of", "the", "a", "an"])


def _around_an_article(text: str, match: Match) -> bool:
    """Whether a match ends in "of" or an article: a form built around a label's article
    ("the state" read as "the current state of the relationship", "state of the"), which
    names no concept; no label of the ontology ends so."""
    return text[match.begin : match.end].rsplit(None, 1)[-1].lower() in _DANGLING


_QUALIFIED_IN = re.compile(r"([^\W\d_][\w'\u2019]*)\s+in\s+(?:[^\W\d_][\w-]*\s+){0,3}$")


def _qualifications(
    text: str, matches: list[Match], lexicon: Lexicon, qualifications: frozenset[str]
) -> list[Match]:
    """ "a Masters in health care leadership", "a diploma in hospital management": a degree or
    qualification in a field is that field's education, the concept of "training in <field>"
    (data/qualification-words.txt lists the words); the field's bare concept inside it is no
    mention of its own."""
    if _qualified_anywhere(qualifications).search(text.lower()) is None:
        return matches  # most texts: no qualification word before an "in"
    found: list[Match] = []
    dropped: set[Match] = set()
    for match in matches:
        at = text.rfind(" in ", max(0, match.begin - 60), match.begin)
        if at < 0:
            continue  # most mentions: no "in" before them
        before = _QUALIFIED_IN.search(text, max(0, at - 30), match.begin)
        if before is None or before.group(1).lower() not in qualifications:
            continue
        field = text[match.begin : match.end].split()[-1]
        training = lexicon.lookup(f"training in {field}")
        bare = lexicon.lookup(field)
        if training is None or match.concept not in (bare, training):
            continue  # "a degree in change management" is no management degree
        span = Match(before.start(), match.end, training)
        found.append(span)
        dropped.update(
            m
            for m in matches
            if span.begin <= m.begin and m.end <= span.end and m.concept in (bare, training)
        )
    if not found:
        return matches
    return sorted([m for m in matches if m not in dropped] + found, key=attrgetter("span"))


@cache
def _qualified_anywhere(qualifications: frozenset[str]) -> re.Pattern[str]:
    """A qualification word right before "in", at any place in a lower-cased text, even
    inside a longer word (the rule's own search may start mid-word): without one the rule has
    nothing to do, and one pass over the text spares a search before every mention. (On the
    lower-cased text: the same expression with re.IGNORECASE cost more than the rule.)"""
    words = "|".join(
        re.escape(w) for w in sorted({w.lower() for w in qualifications}, key=len, reverse=True)
    )
    return re.compile(rf"(?:{words or '(?!)'})\s+in\s")


_DEFINITION = re.compile(r"\s*\(\s*([A-Z][A-Za-z]*[A-Z])(s?)\s*\)")
_MINOR_WORDS = frozenset(["of", "and", "for", "in", "the", "to", "with", "between", "&"])


def _defined_abbreviations(text: str, matches: list[Match]) -> list[Match]:
    """An abbreviation the text defines for a mention, "clinician managers (CMs)", names the
    same concept wherever it is used after ("CMs juggle two roles"): its letters must be the
    initials of the mention's words."""
    defined: dict[str, str] = {}
    for match in matches:
        found = _DEFINITION.match(text, match.end)
        if found is None or found.group(1) in defined:
            continue
        if found.group(1).upper() == _initials(text[match.begin : match.end]):
            defined[found.group(1)] = match.concept
    if not defined:
        return []
    taken = Spans(sorted(matches, key=attrgetter("span")))
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(defined)) + r")(?:s|'s)?(?![\w-])"
    )
    return [
        Match(hit.start(), hit.end(), defined[hit.group(1)])
        for hit in pattern.finditer(text)
        if not taken.overlap(hit.start(), hit.end())
    ]


def _initials(surface: str) -> str:
    """ "clinician managers" -> "CM"; "doctor-manager relationship" -> "DMR"."""
    words = [w for w in re.split(r"[\s\-\u2010-\u2015]+", surface) if w]
    return "".join(w[0] for w in words if w.lower() not in _MINOR_WORDS).upper()
