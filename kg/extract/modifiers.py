"""Modifiers shared across a coordination or a list, which name a label's concept away from
its head.

"primary, secondary and tertiary care" names three concepts although only "tertiary care" is a
whole label (elided modifiers: a modifier in a list before a mention completes a label with
the mention's head, or names the mention's concept when the mention's own head is a label of
it, "junior and middle management"); "clinical leadership and engagement" shares "clinical"
forward (shared modifiers); "high-quality, affordable, accessible care" and "high quality
clinically effective services" put words between a label's modifier and its head (distant
modifiers).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from itertools import islice
from operator import attrgetter

from kg.lexicon import Lexicon, Match, fold, lower_keeping_offsets
from kg.text.wordlists import word_list

_TOKEN = re.compile(r"[^\W\d_][\w-]*|,|[^\w\s,]")
_LOOKBACK = 80


def modifier_mentions(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """The elided and shared modifiers of `matches` (sorted), as new matches."""
    found = _elided_modifiers(text, matches, lexicon)
    return found + _shared_modifiers(text, sorted(matches + found, key=attrgetter("span")), lexicon)


def _elided_modifiers(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    # Only a mention with "and"/"or" as its previous word, or the one before, can follow a
    # list of modifiers (most follow none): the conjunctions are found once, by plain string
    # search, and each mention bisects them.
    conjunctions = _conjunction_ends(text)
    if not conjunctions:
        return []
    taken = Spans(matches)
    found: list[Match] = []
    for match in matches:
        index = bisect.bisect_right(conjunctions, match.begin) - 1
        if index < 0:
            continue
        gap = text[conjunctions[index] : match.begin]
        if len(gap) > 24 or len(gap.split()) > 1:
            continue
        words = text[match.begin : match.end].split()
        rest = words[1:]
        for begin, end in _listed_modifiers(text, match.begin):
            word = text[begin:end]
            if taken.overlap(begin, end):
                continue
            concept = lexicon.lookup(" ".join([word, *words])) if len(words) == 1 else None
            if concept is None and rest:
                concept = lexicon.lookup(" ".join([word, *rest]))
                if (
                    concept is None
                    and _adjective_like(word)
                    and lexicon.lookup(rest[-1]) == match.concept
                ):
                    concept = match.concept
            if concept is not None:
                found.append(Match(begin, end, concept))
    return found


def noun_modifiers(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """`matches` (sorted) with each singular people noun listed before a label and sharing
    its head given the concept of its own full name: in "physician and nurse executives" the
    physicians are executives (a "physician executive" is a clinical leader), not doctors,
    as "primary" in "primary and secondary care" is primary care. A plural is a head of its
    own ("physicians and nurse executives"), as is a word naming no people ("leadership and
    leadership development"), and a word whose full name is no label keeps its sense
    ("doctor and manager partnerships")."""
    conjunctions = _conjunction_ends(text)
    if not conjunctions:
        return matches
    people = {lexicon.lookup(label) for label in word_list("people-concepts", "kg.extract")}
    at = {(m.begin, m.end): i for i, m in enumerate(matches)}
    result = list(matches)
    for match in matches:
        index = bisect.bisect_right(conjunctions, match.begin) - 1
        if index < 0 or len(text[conjunctions[index] : match.begin].split()) > 0:
            continue  # the list's last conjunct starts right after "and"/"or"
        words = text[match.begin : match.end].split()
        if len(words) < 2:
            continue
        for begin, end in _listed_modifiers(text, match.begin):
            word = text[begin:end]
            listed = at.get((begin, end))
            if listed is None or fold(word).endswith("s"):
                continue
            usual = matches[listed].concept
            if usual not in people and not lexicon.ancestors(usual) & people:
                continue
            concept = lexicon.lookup(" ".join([word, *words[1:]]))
            if concept is not None and concept != usual:
                result[listed] = Match(begin, end, concept)
    return result


_WORD_OR_COMMA = re.compile(r"[^\W\d_][\w'\u2019-]*|,|[.;:!?()\[\]\"\u201c\u201d]")
_GAP = 4
"""Words at most between a modifier and its head ("high quality clinically effective")."""


def distant_modifiers(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """A label's modifier standing apart from its head across a list or an adverb: "high-quality,
    affordable, accessible care" and "high quality clinically effective services" name the
    quality of care. The modifier must be followed by a comma, "and", "or" or an -ly adverb
    (a plain noun after it makes another compound), the words between be lower case, and the
    head end its noun phrase ("organisational, management and leadership skills" is about
    skills: "leadership skills" is a label)."""
    table = lexicon.modifier_heads()
    last_words = _last_words(lexicon)
    lowered = lower_keeping_offsets(text)
    taken = Spans(sorted(matches, key=attrgetter("span")))
    ending = {(m.end, m.concept) for m in matches}
    found: list[Match] = []
    for at in _joiners(lowered):
        space = lowered.rfind(" ", max(0, at - 30), at)
        if lowered[space + 1 : at] not in last_words:
            continue  # most words before a comma or "and" end no modifier
        candidates = _words_before(lowered, at)
        for begin, end in candidates:
            words = lowered[begin:end]
            heads = table.get(fold(words) if "-" in words or "\n" in words else words)
            if heads is None:
                continue
            head = _distant_head(text, end, heads, lexicon)
            if (
                head is not None
                and not taken.overlap(begin, end)
                # a mention ending at the head names it already: "strong, effective leadership"
                and (head[0], heads[head[1]]) not in ending
            ):
                found.append(Match(begin, end, heads[head[1]]))
            break
    return found


def _last_words(lexicon: Lexicon) -> frozenset[str]:
    """How the text may write the last word of a modifier of lexicon.modifier_heads():
    "quality" of "high quality", or "high-quality" whole."""
    words = lexicon.__dict__.get("_modifier_last_words")
    if words is None:
        modifiers = lexicon.modifier_heads()
        words = frozenset(
            [m.split()[-1] for m in modifiers] + [m.replace(" ", "-") for m in modifiers]
        )
        lexicon.__dict__["_modifier_last_words"] = words
    return words


def _joiners(lowered: str) -> list[int]:
    """Where a comma, " and ", " or " or an -ly adverb follows a word (at the end of that
    word), found by plain string search."""
    ends: list[int] = []
    for joiner, back in ((",", 0), (" and ", 0), (" or ", 0), ("ly ", None)):
        at = lowered.find(joiner)
        while at >= 0:
            if back is None:  # "clinically ": the joint is before the adverb
                word = lowered.rfind(" ", max(0, at - 20), at)
                if word > 0 and at - word > 3:
                    ends.append(word)
            else:
                ends.append(at)
            at = lowered.find(joiner, at + 1)
    return sorted(set(ends))


_WORD = re.compile(r"[^\W\d_][\w-]*")


def _words_before(lowered: str, at: int) -> list[tuple[int, int]]:
    """The spans of the two words before `at` taken together, then of the last one alone
    (plain string work: this runs at every comma and conjunction)."""
    start = max(0, at - 40)
    words = lowered[start:at].split()
    if not words or not _WORD.fullmatch(words[-1]):
        return []
    last_begin = at - len(words[-1])
    spans = [(last_begin, at)]
    if len(words) > 1 and _WORD.fullmatch(words[-2]) and (len(words) > 2 or start == 0):
        spans.insert(0, (lowered.rfind(words[-2], start, last_begin), at))
    return spans


def _distant_head(
    text: str, end: int, heads: dict[str, str], lexicon: Lexicon
) -> tuple[int, str] | None:
    """Where the modifier's head ends and what it is, among the next few lower-case words."""
    # Only the first few words can be the head, and one more follows it: no need to read on.
    words = list(islice(_WORD_OR_COMMA.finditer(text, end, min(len(text), end + 90)), _GAP + 2))
    for at, token in enumerate(words[: _GAP + 1]):
        word = token.group().lower()
        if word in heads:
            following = words[at + 1].group() if at + 1 < len(words) else ""
            if at and not (following[:1].isalpha() and lexicon.lookup(f"{word} {following}")):
                return token.end(), word
            return None
        if word != "," and not (word[0].isalpha() and word[0].islower()):
            return None  # punctuation that ends the phrase, or a name
    return None


def _adjective_like(word: str) -> bool:
    """A modifier of "junior and middle management", not a noun coordinated with a whole
    mention ("quality and patient safety" is no "quality safety", "specialist services and
    specialist nurses" no "specialist services nurses"): the endings of English adjectives
    (and of the comparatives "lower", "upper"), not those of nouns such as "-ment"."""
    lower = word.lower()
    if lower.endswith(_NOUN_ENDINGS):
        return False
    return lower.endswith(_ADJECTIVE_ENDINGS) or "-" in lower


_ADJECTIVE_ENDINGS = (
    "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ory", "ior", "ant",
    "ent", "ile", "ish", "ed", "er", "dle", "ate", "ern", "ar", "est",
)
"""Endings of adjectives ("clinical", "junior", "middle", "upper", "frontline-" compounds)."""
_NOUN_ENDINGS = ("ment", "ship", "ness", "ity", "ism", "tion", "sion", "ance", "ence", "ts")


_NEXT_CONJUNCT = re.compile(r"\s+(?:and|or|&)\s+([^\W\d_][\w-]*)(?![\w-])", re.IGNORECASE)


def _shared_modifiers(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """ "clinical leadership and engagement": a word coordinated after a label shares the
    label's modifier when the two make a label ("clinical engagement")."""
    taken = Spans(matches)
    found: list[Match] = []
    for match in matches:
        words = text[match.begin : match.end].split()
        if len(words) < 2:
            continue
        following = _NEXT_CONJUNCT.match(text, match.end)
        if following is None:
            continue
        begin, end = following.span(1)
        if taken.overlap(begin, end):
            continue
        concept = lexicon.lookup(" ".join([*words[:-1], following.group(1)]))
        if concept is not None and concept != match.concept:
            found.append(Match(begin, end, concept))
    return found


def _conjunction_ends(text: str) -> list[int]:
    """Where the text after each " and " and " or " begins (any case), in order."""
    lowered = lower_keeping_offsets(text)
    ends: list[int] = []
    for word in (" and ", " or "):
        at = lowered.find(word)
        while at >= 0:
            ends.append(at + len(word))
            at = lowered.find(word, at + 1)
    ends.sort()
    return ends


def _listed_modifiers(text: str, begin: int) -> list[tuple[int, int]]:
    """The words of "A, B and (C) <mention>" before `begin`: A and B (C may be a modifier the
    mention's label lacks, as "lower" in "middle and lower management")."""
    start = max(0, begin - _LOOKBACK)
    window = text[start:begin].lower()  # once, not once per token
    if len(window) == begin - start:
        tokens = [(t.start() + start, t.end() + start, t.group()) for t in _TOKEN.finditer(window)]
    else:  # a character changed length when lower-cased: offsets need the original
        tokens = [
            (t.start(), t.end(), t.group().lower()) for t in _TOKEN.finditer(text, start, begin)
        ]
    if tokens and tokens[-1][2] not in ("and", "or"):
        tokens.pop()  # one word between the conjunction and the mention
    if not tokens or tokens[-1][2] not in ("and", "or"):
        return []
    tokens.pop()
    if tokens and tokens[-1][2] == ",":
        tokens.pop()
    found = []
    # a modifier is a word: a mark before "and" ("doctors' and managers'") ends the list
    while tokens and tokens[-1][2][0].isalpha() and tokens[-1][2] not in ("and", "or"):
        if len(found) == 5:
            break
        start, end, _ = tokens.pop()
        found.append((start, end))
        if not tokens or tokens[-1][2] != ",":
            break
        tokens.pop()
    return found


class Spans:
    """The spans of matches in their given order (sorted by span for a right answer), with
    their begins kept beside them for bisecting."""

    def __init__(self, matches: Iterable[Match]) -> None:
        self._spans = [(m.begin, m.end) for m in matches]
        self._begins = [begin for begin, _ in self._spans]

    def overlap(self, begin: int, end: int) -> bool:
        """Whether [begin, end) overlaps one of the spans."""
        index = bisect.bisect_right(self._begins, begin) - 1
        for neighbour in self._spans[max(0, index) : index + 2]:
            if begin < neighbour[1] and neighbour[0] < end:
                return True
        return False
