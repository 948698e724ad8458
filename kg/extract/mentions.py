"""Concept mentions: the lexicon's matches, placed in their sentences, plus elided modifiers.

Coordinated modifiers share one head noun in running text: "primary, secondary and tertiary
care" names three concepts although only "tertiary care" is a whole label. When a modifier in
such a list completes a label with the mention's head ("primary care"), it becomes a mention
of that label's concept; when the mention's own head is a label of its concept ("junior and
middle management"), the modifier names the same concept.

Words of a proper name are not mentions: a capitalised label in a run of capitalised words
(joined by "of", "for", "and", "the") that holds a head word of a name ("Junior Doctors
Committee", "School of Medicine", "Centre for Public Policy and Management"). Nor are the
words of a job title's field ("professor of health policy and management"). Both word lists
are data: kg/extract/data/name-heads.txt and title-words.txt.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from kg.lexicon import Lexicon, Match, lower_keeping_offsets
from kg.model import Mention, Sentence
from kg.text.wordlists import word_list

_TOKEN = re.compile(r"[^\W\d_][\w-]*|,|[^\w\s,]")
_LOOKBACK = 80
_NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|&|[^\w\s]")
_NAME_GLUE = frozenset(["of", "for", "and", "&", "the", "in", "on", "'s", "\u2019s"])
_NAME_REACH = 8
"""Words looked at on each side of a capitalised label for a name's head word."""
_TITLE_FIELD = re.compile(r"\s+(?:of|in|for)\s+((?:[^\W\d_][\w-]*(?:,?\s+|$)){1,7})")
_FIELD_END = frozenset(["at", "from", "with", "who", "which", "is", "was", "has", "said", "says"])


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
    matches = _outside_names(text, matches, word_list("name-heads", "kg.extract"))
    matches = _outside_titles(text, matches, word_list("title-words", "kg.extract"))
    matches = _outside_credentials(text, matches, lexicon)
    matches = _outside_matter(text, matches, word_list("matter-markers", "kg.extract"))
    matches = _outside_quoted_titles(text, matches, word_list("publication-words", "kg.extract"))
    matches.extend(_elided_modifiers(text, matches, lexicon))
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


def _outside_names(text: str, matches: list[Match], heads: frozenset[str]) -> list[Match]:
    """The matches that are not words of a proper name (see the module's docstring)."""
    return [m for m in matches if not _in_name(text, m, heads)]


def _in_name(text: str, match: Match, heads: frozenset[str]) -> bool:
    surface = text[match.begin : match.end]
    if not text[match.begin].isupper():
        return False
    if _name_runs_on(text, match, surface, heads):
        return True
    if not _title_case(surface):
        return False
    after = _NAME_WORD.finditer(text, match.end, min(len(text), match.end + 120))
    before = list(_NAME_WORD.finditer(text, max(0, match.begin - 120), match.begin))[::-1]
    # After the label only capitalised words may come before the head ("Junior Doctors
    # Committee"); before it, the joining words of a name too ("Centre for Public Policy and
    # Management"), but not past the name's first word.
    for words, glue in ((after, frozenset()), (before, _NAME_GLUE)):
        for count, word in enumerate(words):
            value = word.group()
            lower = value.lower()
            if count >= _NAME_REACH:
                break
            if value[0].isupper():
                if lower in heads:
                    return True
            elif lower not in glue:
                break
    return False


_NAME_RUNS_ON = re.compile(r"[ \t]+(?:(?:of|for)[ \t]+)?[A-Z]")
_NAME_BEFORE = re.compile(r"([A-Z][\w'\u2019.-]*)[ \t]+$")
_DETERMINERS = frozenset(
    ["the", "a", "an", "this", "that", "each", "every", "any", "no", "our", "your", "their"]
)


def _name_runs_on(text: str, match: Match, surface: str, heads: frozenset[str]) -> bool:
    """A label holding a name's head word names one body of its kind when the name runs on
    ("Royal College of Physicians", "Department of Health Policy and Management") or starts
    before it ("St Mary's Hospital")."""
    words = surface.lower().split()
    if not heads.intersection(words):
        return False
    if _NAME_RUNS_ON.match(text, match.end):
        return True
    if len(words) > 1:
        return False
    before = _NAME_BEFORE.search(text, max(0, match.begin - 40), match.begin)
    if before is None or before.group(1).lower() in _DETERMINERS:
        return False
    edge = text[: before.start()].rstrip()
    return bool(edge) and edge[-1] not in ".!?:\n"  # not the first word of a sentence


def _title_case(surface: str) -> bool:
    """ "Junior Doctors", "Medicine", "NHS": every word capitalised (an acronym too: the NHS
    of "NHS Institute for Innovation" is a word of another body's name)."""
    return all(w[0].isupper() for w in surface.split())


def _outside_titles(text: str, matches: list[Match], titles: frozenset[str]) -> list[Match]:
    """The matches that are not the field of a job title ("professor of ... management")."""
    if not matches:
        return matches
    lowered = lower_keeping_offsets(text)
    fields: list[tuple[int, int]] = []
    for title in titles:
        at = lowered.find(title)
        while at >= 0:
            end = at + len(title)
            word_edge = (at == 0 or not lowered[at - 1].isalpha()) and (
                end == len(lowered) or not lowered[end].isalpha()
            )
            found = _TITLE_FIELD.match(lowered, end) if word_edge else None
            if found is not None:
                fields.append((found.start(1), _field_end(lowered, found.start(1), found.end(1))))
            at = lowered.find(title, end)
    if not fields:
        return matches
    return [m for m in matches if not any(b <= m.begin < e for b, e in fields)]


def _field_end(lowered: str, begin: int, end: int) -> int:
    """Where a title's field stops: before a word such as "at" or "who"."""
    for word in re.finditer(r"[^\W\d_][\w-]*", lowered[begin:end]):
        if word.group() in _FIELD_END:
            return begin + word.start()
    return end


_ACRONYM_RUN = re.compile(
    r"(?<![\w-])[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?:,?[ \t]+[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?![\w-]))+"
)
_NEXT_WORD = re.compile(r"\s*([^\W\d_]?)")


def _outside_credentials(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """The matches that are not a degree in a list of someone's letters ("MBBS MBA DIC,
    Senior Lecturer"): an acronym in a run of two or more words in capitals, one of them no
    label, not followed by a lower-case word ("NHS IT systems" is no list of letters; in
    "DOCTORS AND MANAGEMENT" the words are no acronyms)."""
    runs: list[tuple[int, int]] = []
    for run in _ACRONYM_RUN.finditer(text):
        following = _NEXT_WORD.match(text, run.end()).group(1)
        if following and following.islower():
            continue
        words = re.findall(r"[A-Za-z]+", run.group())
        if any(lexicon.lookup(word) is None for word in words):
            runs.append(run.span())
    if not runs:
        return matches
    text_lower = text.lower()
    return [
        m
        for m in matches
        if not any(b <= m.begin and m.end <= e for b, e in runs)
        or lexicon.lookup(text_lower[m.begin : m.end])  # a word in capitals, not an acronym
    ]


def _outside_matter(text: str, matches: list[Match], markers: frozenset[str]) -> list[Match]:
    """The matches outside an article's front and back matter: licence, citation,
    correspondence and affiliation lines (a short paragraph holding one of the markers of
    data/matter-markers.txt, or in a long one the sentence that holds it)."""
    if not matches:
        return matches
    lowered = lower_keeping_offsets(text)
    spans = [_matter_span(lowered, begin, end) for begin, end in _markers_in(lowered, markers)]
    if not spans:
        return matches
    return [m for m in matches if not any(b <= m.begin < e for b, e in spans)]


def _markers_in(lowered: str, markers: frozenset[str]) -> list[tuple[int, int]]:
    """Where the markers (at the start of a word) and e-mail addresses are: plain string
    search, one pass per marker, cheaper than one expression of them all."""
    found = []
    for marker in markers:
        at = lowered.find(marker)
        while at >= 0:
            if at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] in "_-"):
                found.append((at, at + len(marker)))
            at = lowered.find(marker, at + len(marker))
    if "@" in lowered:
        found.extend(email.span() for email in _EMAIL.finditer(lowered))
    return found


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _matter_span(lowered: str, at: int, end_of_marker: int) -> tuple[int, int]:
    """The short paragraph around a marker, or in a long one its sentence."""
    begin = lowered.rfind("\n\n", 0, at) + 1
    end = lowered.find("\n\n", end_of_marker)
    end = len(lowered) if end < 0 else end
    if end - begin > _SHORT_PARAGRAPH:
        begin = max(begin, _sentence_edge(lowered, begin, at))
        stop = re.search(r"[.!?](?=\s)", lowered[end_of_marker:end])
        end = end_of_marker + stop.end() if stop else end
    return begin, end


_QUOTED = re.compile(r"[\"\u201c]([A-Z][^\"\u201c\u201d\n]{8,200})[\"\u201d]")
_WORDS_BEFORE = re.compile(r"([^\W\d_][\w-]*)[^\w\"\u201c]*$")


def _outside_quoted_titles(
    text: str, matches: list[Match], publications: frozenset[str]
) -> list[Match]:
    """The matches outside the quoted title of a publication: 'a recent study, "Understanding
    physician leadership in Canada," found ...' (a title in quotes of three or more words,
    right after a word of data/publication-words.txt)."""
    if not matches or ('"' not in text and "\u201c" not in text):
        return matches
    spans = []
    for quoted in _QUOTED.finditer(text):
        if len(quoted.group(1).split()) < 3:
            continue
        before = _WORDS_BEFORE.search(text, max(0, quoted.start() - 30), quoted.start())
        if before is not None and before.group(1).lower() in publications:
            spans.append(quoted.span(1))
    if not spans:
        return matches
    return [m for m in matches if not any(b <= m.begin < e for b, e in spans)]


_SHORT_PARAGRAPH = 400
"""Characters: a paragraph this short that holds a marker is matter as a whole (a citation
line restates the title in several "sentences")."""


def _sentence_edge(lowered: str, begin: int, at: int) -> int:
    stops = list(re.finditer(r"[.!?]\s", lowered[begin:at]))
    return begin + stops[-1].end() if stops else begin


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
                if concept is None and lexicon.lookup(rest[-1]) == match.concept:
                    concept = match.concept
            if concept is not None:
                found.append(Match(begin, end, concept))
    return found


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
