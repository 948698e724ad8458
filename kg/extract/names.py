"""Where a concept's label names no concept: proper names, job titles, letters after a name,
an article's front and back matter, and the quoted titles of publications.

Words of a proper name are not mentions, nor a job title in capitals after a person's name
("Jane Holt, Medical Director"): a capitalised label in a run of capitalised words
(joined by "of", "for", "and", "the") that holds a head word of a name ("Junior Doctors
Committee", "School of Medicine", "Centre for Public Policy and Management"), or a label
holding such a word when the name runs on ("Royal College of Physicians"). Nor are the words
of a job title's field ("professor of health policy and management"), a degree among someone's
letters ("MBBS MBA DIC"), concept words in licence, citation and correspondence lines, in a
reference list, in the quoted title of a study, a speaker's tag or a web address. The word
lists are data, in
kg/extract/data/: name-heads.txt, name-final-heads.txt, name-openers-not.txt, title-words.txt,
matter-markers.txt, reference-headings.txt and publication-words.txt.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kg.extract.modifiers import Spans
from kg.lexicon import Lexicon, Match, is_acronym, lower_keeping_offsets
from kg.text.wordlists import word_list

_NAME_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*|&|[^\w\s]")
_NAME_GLUE = frozenset(["of", "for", "and", "&", "the", "in", "on", "'s", "\u2019s", ","])
"""Words that join a name's capitalised words ("Institute of Health Policy, Management and
Evaluation")."""
_NAME_REACH = 8
"""Words looked at on each side of a capitalised label for a name's head word."""
_TITLE_FIELD = re.compile(r"\s+(?:of|in|for)\s+((?:[^\W\d_][\w-]*(?:,?\s+|$)){1,7})")
_FIELD_END = frozenset(["at", "from", "with", "who", "which", "is", "was", "has", "said", "says"])


def outside_names(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """The matches that name a concept: not words of a name, a title, someone's letters, an
    article's front or back matter or a publication's quoted title."""
    matches = _outside_names(
        text,
        matches,
        word_list("name-heads", "kg.extract"),
        word_list("name-final-heads", "kg.extract"),
    )
    matches = _outside_capitalised_titles(
        text,
        matches,
        word_list("name-heads", "kg.extract") | word_list("name-final-heads", "kg.extract"),
    )
    matches = _outside_titles(text, matches, word_list("title-words", "kg.extract"))
    matches = _outside_bylines(text, matches, word_list("job-title-heads", "kg.extract"))
    matches = _outside_credentials(text, matches, lexicon)
    matches = _outside_matter(
        text,
        matches,
        word_list("matter-markers", "kg.extract"),
        word_list("matter-headings", "kg.extract"),
    )
    matches = _outside_references(text, matches, word_list("reference-headings", "kg.extract"))
    matches = _outside_tags(text, matches)
    matches = _outside_addresses(text, matches)
    return _outside_quoted_titles(text, matches, word_list("publication-words", "kg.extract"))


def _outside_names(
    text: str, matches: list[Match], heads: frozenset[str], final_heads: frozenset[str]
) -> list[Match]:
    """The matches that are not words of a proper name (see the module's docstring)."""
    # Only a capitalised label can be a name's word: the test spares a call for most.
    return [
        m
        for m in matches
        if not (text[m.begin].isupper() and _in_name(text, m, heads, final_heads))
    ]


_TITLE_GLUE_AFTER = frozenset(["of", "for", "and", "&", "the", "'s", "\u2019s"])
_TITLE_GLUE_BEFORE = _TITLE_GLUE_AFTER | {"in"}
"""Words that join a title's capitalised words. After a label "in", "at" or a comma may lead
to a place or a person ("Managed Clinical Networks in Scotland", "the Medical Director, Dr
Lee"), so they end the run there; before it "in" joins a title's words ("Enhancing Engagement
in Medical Leadership"). "To" and "on" join two names, not one ("a Chief Quality Officer to
the Executive Team")."""
_CLAUSE_OPENERS = ".!?:;\n\u2022*([\"'\u2018\u201c-\u2013\u2014"
"""Characters after which a capital is the start of a sentence, clause or list item."""


def _outside_capitalised_titles(
    text: str, matches: list[Match], heads: frozenset[str]
) -> list[Match]:
    """The matches that are not words of the title of a project, course, programme or
    publication written in capitals in running prose ("joined the Enhancing Engagement in
    Medical Leadership project", "a Management Principles for Physician workshop",
    "Leadership in Healthcare by Jones"): a capitalised label mid-sentence, in a run of
    capitalised words on its line that holds a word no label covers. These words don't count:
    one right before the label ("the Welsh Government", "Henry Ford Health System": other
    rules judge those), a sentence's first word, an acronym, and the bodies of
    data/name-heads.txt that house style capitalises ("the Senior Management Team and
    Board"). Nor does a heading in Title Case, where capitals say nothing, nor a label that
    is one such body's word ("Chief Quality Officers in Trusts")."""
    if not matches:
        return matches
    taken = Spans(matches)
    return [
        m
        for m in matches
        if not (text[m.begin].isupper() and _in_capitalised_title(text, m, taken, heads))
    ]


def _in_capitalised_title(text: str, match: Match, taken: Spans, heads: frozenset[str]) -> bool:
    surface = text[match.begin : match.end]
    if not _title_case(surface) or all(is_acronym(word) for word in surface.split()):
        return False
    word = surface.lower()
    if word in heads or word.removesuffix("s") in heads:
        return False  # a body's word in house style ("Officers in Trusts"): no title's word
    if _starts_clause(text, match.begin) or title_case_segment(text, match.begin):
        return False  # capitalised by its place, not as a name's word
    line_begin = text.rfind("\n", 0, match.begin) + 1
    line_end = text.find("\n", match.end)
    line_end = len(text) if line_end < 0 else line_end
    after = _NAME_WORD.finditer(text, match.end, min(line_end, match.end + 120))
    if _uncovered_capital(text, after, _TITLE_GLUE_AFTER, taken, heads, skip_adjacent=False):
        return True
    before = _NAME_WORD.finditer(text, max(line_begin, match.begin - 120), match.begin)
    return _uncovered_capital(
        text, reversed(list(before)), _TITLE_GLUE_BEFORE, taken, heads, skip_adjacent=True
    )


def _starts_clause(text: str, at: int) -> bool:
    """Whether the word at `at` opens the text, a sentence, a clause or a list item."""
    edge = last_mark(text, at)
    return edge < 0 or text[edge] in _CLAUSE_OPENERS


def last_mark(text: str, at: int) -> int:
    """Where the last character before `at` that is no whitespace is (-1 if none): what
    `text[:at].rstrip()` ends with, without copying the text up to `at` for every mention."""
    edge = at - 1
    while edge >= 0 and text[edge].isspace():
        edge -= 1
    return edge


def title_case_segment(text: str, at: int) -> bool:
    """Whether the part of its line holding `at`, between colons, is written in Title Case
    ("The Power of Physician Leadership: how it ensures ..."): a heading's capitals."""
    begin = max(text.rfind("\n", 0, at), text.rfind(": ", 0, at)) + 1
    ends = [e for e in (text.find("\n", at), text.find(": ", at)) if e >= 0]
    return _capitalised_throughout(text[begin : min(ends) if ends else len(text)].strip())


def _capitalised_throughout(segment: str, without_words: bool = False) -> bool:
    """Whether every word of four letters or more in `segment` is capitalised (`without_words`
    if it has none): read word by word and stopped at the first in lower case, since in prose
    it comes within a few words and a paragraph is one line."""
    found = without_words
    for word in _NAME_WORD.finditer(segment):
        value = word.group()
        if len(value) >= 4 and value[0].isalpha():
            if not value[0].isupper():
                return False
            found = True
    return found


def _uncovered_capital(
    text: str,
    words: Iterator[re.Match[str]],
    glue: frozenset[str],
    taken: Spans,
    heads: frozenset[str],
    skip_adjacent: bool,
) -> bool:
    """Whether the run of capitalised words and `glue` in `words` (read away from a label)
    holds a capitalised word that counts (see _outside_capitalised_titles). With
    `skip_adjacent`, capitalised words touching the label (before any glue) don't count."""
    glued = not skip_adjacent
    for count, word in enumerate(words):
        value = word.group()
        if count >= _NAME_REACH:
            return False
        if value.lower() in glue:
            glued = True
            continue
        if not (value[0].isupper() and value.isalpha()):
            return False
        if (
            not glued
            or len(value) < 2
            or is_acronym(value)
            or value.lower() in heads
            or taken.overlap(word.start(), word.end())
        ):
            continue
        return not _starts_clause(text, word.start())
    return False


def _in_name(
    text: str, match: Match, heads: frozenset[str], final_heads: frozenset[str]
) -> bool:
    surface = text[match.begin : match.end]
    if not text[match.begin].isupper():
        return False
    if (
        _name_runs_on(text, match, surface, heads)
        or _name_ends_with(text, match, surface, final_heads)
        or _inside_a_persons_name(text, match, surface)
    ):
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


def _name_runs_on(text: str, match: Match, surface: str, heads: frozenset[str]) -> bool:
    """A label holding a name's head word names one body of its kind when the name runs on
    ("Royal College of Physicians", "Department of Health Policy and Management") or starts
    before it ("St Mary's Hospital", "Enloe Medical Center", "Mid Staffordshire NHS
    Foundation Trust")."""
    words = surface.lower().split()
    if not heads.intersection(words):
        return False
    if _NAME_RUNS_ON.match(text, match.end):
        return True
    return _name_before(text, match.begin) is not None


def _name_ends_with(text: str, match: Match, surface: str, final_heads: frozenset[str]) -> bool:
    """A label ending in a word that ends a body's name only when a name starts before it
    ("the Harbourside Trust", "Northfield NHS Trust"): unlike the heads of name-heads.txt,
    such a word is a concept's name of its own ("Trust" in a heading, "Trust between ...")."""
    if surface.lower().split()[-1] not in final_heads:
        return False
    return _name_before(text, match.begin) is not None and not _title_case_line(text, match.begin)


_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _inside_a_persons_name(text: str, match: Match, surface: str) -> bool:
    """A one-word label, no acronym, amid a run of capitalised words in running prose, is a
    word of someone's name ("Dr Maria Kaiser Lopez said"): a name's word before it (see
    _starts_a_name) and a capitalised word after it ("UK Government policy" keeps its
    concept)."""
    if " " in surface or is_acronym(surface) or not _NAME_AFTER.match(text, match.end):
        return False
    before = _name_before(text, match.begin)
    return (
        before is not None
        and not is_acronym(before)
        and not _title_case_line(text, match.begin)
    )


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding `at` is a heading in Title Case ("Rebuilding Doctors' Trust
    in Management"), where capitals say nothing of a name: no closing stop, and every word of
    four letters or more capitalised."""
    begin = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[begin : len(text) if end < 0 else end].strip()
    if not line or line[-1] in ".!?":
        return False
    return _capitalised_throughout(line, without_words=True)


def _name_before(text: str, at: int) -> str | None:
    """The capitalised word right before `at` when it is a name's word: not a determiner or
    quantifier (data/name-openers-not.txt), not the last word of the sentence before, and, as
    a sentence's first word (capitalised anyway), one the text never writes in lower case
    ("Enloe Medical Center trained ...", not "Several Hospital boards ...")."""
    before = _NAME_BEFORE.search(text, max(0, at - 40), at)
    if before is None:
        return None
    word = before.group(1)
    if word.lower() in word_list("name-openers-not", "kg.extract"):
        return None
    if word.endswith(".") and len(word) > 3:
        return None  # the last word of the sentence before ("... wrote Smith."), not "St."
    edge = last_mark(text, before.start())
    if edge >= 0 and text[edge] not in ".!?:\n":
        return word  # inside a sentence, a capitalised word before a capitalised label
    lower = word.lower().rstrip(".")
    never_lower = re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", text) is None
    return word if never_lower else None


def _title_case(surface: str) -> bool:
    """ "Junior Doctors", "Medicine", "NHS": every word capitalised (an acronym too: the NHS
    of "NHS Institute for Innovation" is a word of another body's name). Most labels start
    in lower case: the first character answers for them."""
    if surface and not surface[0].isupper() and not surface[0].isspace():
        return False
    return all(w[0].isupper() for w in surface.split())


def _outside_titles(text: str, matches: list[Match], titles: frozenset[str]) -> list[Match]:
    """The matches that are not the field of a job title ("professor of ... management")."""
    if not matches:
        return matches
    lowered = lower_keeping_offsets(text)
    label_ends = {m.begin: m.end for m in matches}
    fields: list[tuple[int, int]] = []
    for title in titles:
        at = lowered.find(title)
        while at >= 0:
            end = at + len(title)
            word_edge = (at == 0 or not lowered[at - 1].isalpha()) and (
                end == len(lowered) or not lowered[end].isalpha()
            )
            # A title that is a concept's label with its field ("director of nursing") has
            # no field beyond that label.
            labelled = label_ends.get(at, 0) > end
            found = _TITLE_FIELD.match(lowered, end) if word_edge and not labelled else None
            if found is not None:
                fields.append((found.start(1), _field_end(lowered, found.start(1), found.end(1))))
            at = lowered.find(title, end)
    return _starting_outside(matches, fields)


_NAME_THEN_COMMA = re.compile(
    r"(?<![\w'\u2019.-])(?:[A-Z][\w'\u2019.-]*[ \t]+){1,4}[A-Z][\w'\u2019-]*[ \t]*,[ \t]*$"
)
"""A person's name and a comma: "Jane Holt, ", "Huw T O Davies, ", "Dr A. Shah, "."""


def _outside_bylines(text: str, matches: list[Match], heads: frozenset[str]) -> list[Match]:
    """The matches that are not a job title after a person's name and a comma, as bylines
    and introductions write them: in capitals ("Jane Holt, Medical Director, Riverside
    Trust"; "Amir Shah, Chief Nurse of the trust"), or in lower case when the label ends in a
    word of data/job-title-heads.txt and the title ends there ("Mira Patel, clinical
    director, Northfield Health Board"; with an article it describes her: "Jane Holt, a
    medical director, agreed" keeps its mention).
    A signature's title in capitals ending in such a word, right after a name in capital
    letters ("LIAM J DONALDSON Chief Medical Officer") or a name opening its paragraph
    ("Jane Holt Medical Director", lines the reader joined), is one too: a title, not talk of
    the concept."""
    kept = []
    for match in matches:
        surface = text[match.begin : match.end]
        if not surface.islower() and all(is_acronym(word) for word in surface.split()):
            kept.append(match)
            continue
        if _title_case(surface):
            byline = _name_then_comma(text, match.begin) or (
                surface.split()[-1].lower() in heads
                and _SIGNATURE_ENDS.match(text, match.end) is not None
                and _SIGNATURE_NAME.search(text, max(0, match.begin - 60), match.begin)
            )
        else:
            byline = (
                surface.split()[-1].lower() in heads
                and _TITLE_ENDS.match(text, match.end) is not None
                and _name_then_comma(text, match.begin)
            )
        if not byline:
            kept.append(match)
    return kept


def _name_then_comma(text: str, at: int) -> bool:
    """Whether a person's name and a comma end right before `at` (_NAME_THEN_COMMA). The
    expression is tried only after a comma (spaces, tabs and a line break after it): most
    capitalised labels follow none, and searching back over sixty characters costs more."""
    edge = at - 1
    while edge >= 0 and text[edge] in " \t\n":
        edge -= 1
    if edge < 0 or text[edge] != ",":
        return False
    return _NAME_THEN_COMMA.search(text, max(0, at - 60), at) is not None


_SIGNATURE_NAME = re.compile(
    r"(?:(?<![\w'\u2019.-])(?:[A-Z][A-Z'\u2019.-]*[ \t]+){1,3}[A-Z][A-Z'\u2019-]+"
    r"|(?:^|\n)[ \t]*(?:[A-Z][\w'\u2019.-]*[ \t]+){1,3}[A-Z][\w'\u2019-]+)\s+$"
)
"""A person's name right before a job title with nothing between: in capital letters, or
opening a paragraph ("SIR DAVID CARTER ", "Jane Holt ")."""
_SIGNATURE_ENDS = re.compile(r"[ \t]*(?:[,;)\n]|$|[A-Z])|[ \t]+(?:at|of|for)[ \t]+[A-Z]")
"""Where a signature's title ends: punctuation, the line's end, or the next name."""

_TITLE_ENDS = re.compile(
    r"[ \t]*(?:[,;)\n]|$)|[ \t]+(?:at|of|for|in|with)[ \t]+(?:the[ \t]+)?[A-Z]"
)
"""Where a job title ends: a comma, a bracket or the line's end, or "at"/"of" and a name."""


_FIELD_WORD = re.compile(r"[^\W\d_][\w-]*")


def _field_end(lowered: str, begin: int, end: int) -> int:
    """Where a title's field stops: before a word such as "at" or "who", and before the word
    ahead of a determiner that opens another noun phrase ("the chair of the board thanked
    the medical director": the field is "the board", not the director thanked)."""
    previous = begin
    for index, word in enumerate(_FIELD_WORD.finditer(lowered, begin, end)):
        if word.group() in _FIELD_END:
            return word.start()
        if index >= 2 and word.group() in _FIELD_DETERMINERS:
            return previous
        previous = word.start()
    return end


_FIELD_DETERMINERS = frozenset(
    ["the", "a", "an", "their", "its", "his", "her", "our", "this", "these", "those"]
)


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
    windows = sorted(
        {
            (max(0, m.begin - 60), m.end + 60)
            for m in matches
            if text[m.begin].isupper() and is_acronym(text[m.begin : m.end])
        }
    )
    for run in (r for b, e in windows for r in _ACRONYM_RUN.finditer(text, b, e)):
        following = _NEXT_WORD.match(text, run.end()).group(1)
        if following and following.islower():
            continue
        words = _LETTERS.findall(run.group())
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


def _outside_matter(
    text: str, matches: list[Match], markers: frozenset[str], headings: frozenset[str]
) -> list[Match]:
    """The matches outside an article's front and back matter: licence, citation,
    correspondence and affiliation lines (a short paragraph holding one of the markers of
    data/matter-markers.txt, or heading a line with one of data/matter-headings.txt; in a
    long paragraph the sentence that holds it)."""
    if not matches:
        return matches
    lowered = lower_keeping_offsets(text)
    found = _markers_in(lowered, markers) + _headings_in(lowered, headings)
    spans = [_matter_span(lowered, begin, end) for begin, end in found]
    return _starting_outside(matches, spans)


_LINE_LEAD = re.compile(r"(?:^|\n)[ \t\u2022*-]*$")
"""What may stand between a line's start and a heading marker: spaces or a bullet."""


def _headings_in(lowered: str, headings: frozenset[str]) -> list[tuple[int, int]]:
    """Where the markers of data/matter-headings.txt head a line."""
    found = []
    for heading in headings:
        at = lowered.find(heading)
        while at >= 0:
            if _LINE_LEAD.search(lowered, max(0, at - 8), at):
                found.append((at, at + len(heading)))
            at = lowered.find(heading, at + len(heading))
    return found


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


_LETTERS = re.compile(r"[A-Za-z]+")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _matter_span(lowered: str, at: int, end_of_marker: int) -> tuple[int, int]:
    """The short paragraph around a marker, or in a long one its sentence."""
    begin = lowered.rfind("\n\n", 0, at) + 1
    end = lowered.find("\n\n", end_of_marker)
    end = len(lowered) if end < 0 else end
    if end - begin > _SHORT_PARAGRAPH:
        begin = max(begin, _sentence_edge(lowered, begin, at))
        stop = _SENTENCE_STOP.search(lowered, end_of_marker, end)
        end = stop.end() if stop else end
    return begin, end


_CITATION = re.compile(
    r"\b(?:19|20)\d\d[a-z]?\s*[;,]\s*\d+\s*(?:\(\s*[\w-]+\s*\))?\s*:\s*[A-Za-z]?\d+"
)
"""A journal reference's year, volume, issue and pages: "2003;361:1978-80", "2011;73(4):535"."""
_CITATIONS_IN_A_LIST = 3
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")


def _outside_references(text: str, matches: list[Match], headings: frozenset[str]) -> list[Match]:
    """The matches outside an article's reference list: everything after a heading of
    data/reference-headings.txt standing as a paragraph of its own past the text's first
    quarter (a contents list names "References" too), and any paragraph holding three journal
    references ("Lancet 2003;361:1978-80"), or one if the paragraph is short."""
    if not matches:
        return matches
    spans: list[tuple[int, int]] = []
    for paragraph in _PARAGRAPH.finditer(text):
        line = paragraph.group().strip().rstrip(":").strip().lower()
        if line in headings and paragraph.start() >= len(text) // 4:
            spans.append((paragraph.start(), len(text)))
            break
        # A reference's year starts "19" or "20": a paragraph without either holds none.
        body = paragraph.group()
        citations = len(_CITATION.findall(body)) if "19" in body or "20" in body else 0
        short = len(paragraph.group()) <= _SHORT_PARAGRAPH
        if citations >= _CITATIONS_IN_A_LIST or (citations and short):
            spans.append(paragraph.span())
    return _starting_outside(matches, spans)


_QUOTED = re.compile(r"[\"\u201c]([A-Z][^\"\u201c\u201d\n]{8,200})[\"\u201d]")
_WORDS_BEFORE = re.compile(r"([^\W\d_][\w-]*)[^\w\"\u201c]*$")


def _outside_quoted_titles(
    text: str, matches: list[Match], publications: frozenset[str]
) -> list[Match]:
    """The matches outside the quoted title of a publication: 'a recent study, "Understanding
    physician leadership in Canada," found ...' (a title in quotes of three or more words,
    right after a word of data/publication-words.txt, or written in Title Case)."""
    if not matches or ('"' not in text and "\u201c" not in text):
        return matches
    spans = []
    for quoted in _QUOTED.finditer(text):
        if len(quoted.group(1).split()) < 3:
            continue
        before = _WORDS_BEFORE.search(text, max(0, quoted.start() - 30), quoted.start())
        if (before is not None and before.group(1).lower() in publications) or _a_title(
            quoted.group(1)
        ):
            spans.append(quoted.span(1))
    return _starting_outside(matches, spans)


_BRACKETS = re.compile(r"\(([^()\n]{2,80})\)")
_TAG_KEY = re.compile(
    r"[^\W\d_]+[ \t]+(?:\d+|[A-Z])(?![\w-])|(?<![\w-])[A-Z]{1,4}\d+(?![\w-])"
    r"|,[ \t]*(?:19|20)\d\d[a-z]?(?![\w-])"
)
"""What marks a bracket as a tag or a citation: a word and a number or letter ("site B",
"trust 2"), a participant's code ("CD4"), or a year after a comma ("Department of Health,
1998")."""
_QUOTE_DASH_TAG = re.compile(
    r"[.,!?\u2026][\"\u201d\u2019'][ \t]+[\u2013\u2014-][ \t]*([^\n]{2,80}?)[ \t]*(?=\n|$)"
)
_TAG_WORDS = 8


def _outside_tags(text: str, matches: list[Match]) -> list[Match]:
    """The matches outside the tag naming who said a quotation ('"Managers listen now."
    (Medical director, trust 2)', '... this job." - Clinical director, hospital 3') and
    outside a citation in brackets ("(Department of Health, 1998)"): a short bracket holding
    a tag's key (_TAG_KEY), or a short line's end after a quotation's closing stop or comma,
    its closing quote and a dash (not a scare quote's: "'managerialism' - public policy").
    Either names who spoke or wrote, not the concept."""
    if not matches or ("(" not in text and "\u2013" not in text and " -" not in text):
        return matches
    spans = [
        found.span(1)
        for found in _BRACKETS.finditer(text)
        if len(found.group(1).split()) <= _TAG_WORDS and _TAG_KEY.search(found.group(1))
    ]
    spans.extend(
        found.span(1)
        for found in _QUOTE_DASH_TAG.finditer(text)
        if len(found.group(1).split()) <= _TAG_WORDS
    )
    return _starting_outside(matches, spans)


def _a_title(quoted: str) -> bool:
    """Whether quoted words are written as a title, whatever comes before them: every word of
    four letters or more capitalised, three such words at least ('according to "Physician
    Executives: The Evolution and Impact of a Hybrid Profession"'). Speech and scare quotes
    are in sentence case."""
    words = [w for w in _NAME_WORD.findall(quoted) if len(w) >= 4 and w[0].isalpha()]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


_WEB_ADDRESS = re.compile(r"(?<![\w@.-])(?:https?://|www\.)[^\s<>\"\u201d]+", re.IGNORECASE)


def _outside_addresses(text: str, matches: list[Match]) -> list[Match]:
    """The matches outside a web address: "www.example.org/publications/doctors-managers"
    names a page, not doctors or managers."""
    if not matches or ("://" not in text and "www." not in text.lower()):
        return matches
    return _starting_outside(matches, [found.span() for found in _WEB_ADDRESS.finditer(text)])


_SHORT_PARAGRAPH = 400
"""Characters: a paragraph this short that holds a marker is matter as a whole (a citation
line restates the title in several "sentences")."""


def _sentence_edge(lowered: str, begin: int, at: int) -> int:
    """Where the sentence holding `at` begins: past the last stop and its space."""
    stops = list(_SENTENCE_STOP.finditer(lowered, begin, at))
    return stops[-1].end() + 1 if stops else begin


def _starting_outside(matches: list[Match], spans: list[tuple[int, int]]) -> list[Match]:
    """The matches that begin in none of `spans` (a title's field, front matter, a quoted
    title): one test for every rule that drops what a stretch of text holds."""
    if not spans:
        return matches
    merged: list[list[int]] = []
    for begin, end in sorted(spans):
        if merged and begin <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([begin, end])
    starts = [begin for begin, _ in merged]
    kept = []
    for match in matches:
        index = bisect.bisect_right(starts, match.begin) - 1
        if index < 0 or match.begin >= merged[index][1]:
            kept.append(match)
    return kept
