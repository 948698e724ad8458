"""Concept mentions: the lexicon's matches, placed in their sentences, plus elided modifiers.

Coordinated modifiers share one head noun in running text: "primary, secondary and tertiary
care" names three concepts although only "tertiary care" is a whole label. When a modifier in
such a list completes a label with the mention's head ("primary care"), it becomes a mention
of that label's concept; when the mention's own head is a label of its concept ("junior and
middle management"), the modifier names the same concept.

Labels inside proper names, job titles, someone's letters, licence and citation lines and the
quoted titles of publications name no concept: kg.extract.names drops them first.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from kg.extract.names import outside_names
from kg.lexicon import Lexicon, Match, fold, lower_keeping_offsets
from kg.model import Mention, Sentence
from kg.text.wordlists import word_list

_TOKEN = re.compile(r"[^\W\d_][\w-]*|,|[^\w\s,]")
_LOOKBACK = 80


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
    """Every concept mention inside a sentence, sorted by offset (two overlap only where one
    label starts inside another and runs past it)."""
    matches = list(lexicon.finditer(text))
    matches.extend(_distant_modifiers(text, matches, lexicon))
    matches.sort(key=lambda m: (m.begin, m.end))  # the rules below bisect them
    matches = outside_names(text, matches, lexicon)
    matches = _qualifications(
        text, matches, lexicon, word_list("qualification-words", "kg.extract")
    )
    matches.extend(_elided_modifiers(text, matches, lexicon))
    matches.extend(_defined_abbreviations(text, matches))
    matches.extend(_shared_modifiers(text, matches, lexicon))
    matches.sort(key=lambda m: (m.begin, m.end))
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


_QUALIFIED_IN = re.compile(r"([^\W\d_][\w'\u2019]*)\s+in\s+(?:[^\W\d_][\w-]*\s+){0,3}$")


def _qualifications(
    text: str, matches: list[Match], lexicon: Lexicon, qualifications: frozenset[str]
) -> list[Match]:
    """ "a Masters in health care leadership", "a diploma in hospital management": a degree or
    qualification in a field is that field's education, the concept of "training in <field>"
    (data/qualification-words.txt lists the words); the field's bare concept inside it is no
    mention of its own."""
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
    return sorted([m for m in matches if m not in dropped] + found, key=lambda m: (m.begin, m.end))


def _elided_modifiers(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    # Only a mention with "and"/"or" as its previous word, or the one before, can follow a
    # list of modifiers (most follow none): the conjunctions are found once, by plain string
    # search, and each mention bisects them.
    conjunctions = _conjunction_ends(text)
    if not conjunctions:
        return []
    taken = [(m.begin, m.end) for m in matches]
    starts = [m.begin for m in matches]
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
            if overlaps(taken, starts, begin, end):
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


_WORD_OR_COMMA = re.compile(r"[^\W\d_][\w'\u2019-]*|,|[.;:!?()\[\]\"\u201c\u201d]")
_GAP = 4
"""Words at most between a modifier and its head ("high quality clinically effective")."""


def _distant_modifiers(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """A label's modifier standing apart from its head across a list or an adverb: "high-quality,
    affordable, accessible care" and "high quality clinically effective services" name the
    quality of care. The modifier must be followed by a comma, "and", "or" or an -ly adverb
    (a plain noun after it makes another compound), the words between be lower case, and the
    head end its noun phrase ("organisational, management and leadership skills" is about
    skills: "leadership skills" is a label)."""
    table = lexicon.modifier_heads()
    last_words = _last_words(lexicon)
    lowered = lower_keeping_offsets(text)
    taken = sorted((m.begin, m.end) for m in matches)
    starts = [b for b, _ in taken]
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
                and not overlaps(taken, starts, begin, end)
                and not _head_is_the_same(matches, head[0], heads[head[1]])
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
    words = list(_WORD_OR_COMMA.finditer(text, end, min(len(text), end + 90)))
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


def _head_is_the_same(matches: list[Match], head_end: int, concept: str) -> bool:
    """Whether a mention ending at the head already names that concept ("strong, effective
    leadership" needs no second mention for "strong")."""
    return any(m.end == head_end and m.concept == concept for m in matches)


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
    taken = sorted((m.begin, m.end) for m in matches)
    starts = [b for b, _ in taken]
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(defined)) + r")(?:s|'s)?(?![\w-])"
    )
    return [
        Match(hit.start(), hit.end(), defined[hit.group(1)])
        for hit in pattern.finditer(text)
        if not overlaps(taken, starts, hit.start(), hit.end())
    ]


def _initials(surface: str) -> str:
    """ "clinician managers" -> "CM"; "doctor-manager relationship" -> "DMR"."""
    words = [w for w in re.split(r"[\s\-\u2010-\u2015]+", surface) if w]
    return "".join(w[0] for w in words if w.lower() not in _MINOR_WORDS).upper()


def _adjective_like(word: str) -> bool:
    """A modifier of "junior and middle management", not the plural noun of "specialist
    services and specialist nurses": English adjectives take no plural -s."""
    lower = word.lower()
    return not lower.endswith("s") or lower.endswith(("ss", "ous", "ics"))


_NEXT_CONJUNCT = re.compile(r"\s+(?:and|or|&)\s+([^\W\d_][\w-]*)(?![\w-])", re.IGNORECASE)


def _shared_modifiers(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """ "clinical leadership and engagement": a word coordinated after a label shares the
    label's modifier when the two make a label ("clinical engagement")."""
    taken = [(m.begin, m.end) for m in matches]
    starts = [m.begin for m in matches]
    found: list[Match] = []
    for match in matches:
        words = text[match.begin : match.end].split()
        if len(words) < 2:
            continue
        following = _NEXT_CONJUNCT.match(text, match.end)
        if following is None:
            continue
        begin, end = following.span(1)
        if overlaps(taken, starts, begin, end):
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
    while tokens and tokens[-1][2] not in (",", "and", "or") and len(found) < 5:
        start, end, _ = tokens.pop()
        found.append((start, end))
        if not tokens or tokens[-1][2] != ",":
            break
        tokens.pop()
    return found


def overlaps(taken: list[tuple[int, int]], starts: list[int], begin: int, end: int) -> bool:
    """Whether [begin, end) overlaps a span of `taken` (sorted, disjoint; `starts` their begins)."""
    index = bisect.bisect_right(starts, begin) - 1
    for neighbour in taken[max(0, index) : index + 2]:
        if begin < neighbour[1] and neighbour[0] < end:
            return True
    return False
