"""Cleaning text pulled from printed pages so that offsets, matching and sentences work.

`normalise` is idempotent (normalising twice changes nothing), which lets any stage call it on
text that may already be clean. Its output has single spaces inside paragraphs, paragraphs
separated by exactly one blank line ("\\n\\n"), and no leading or trailing whitespace.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from kg.text.dehyphenate import keeps_hyphen
from kg.text.wordlists import word_list

_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028]")
_SOFT_HYPHEN_BREAK = re.compile("\u00ad *\n *")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_REFERENCE = re.compile(rf"[{_SUPERSCRIPTS}]+(?:[,⁻–-][{_SUPERSCRIPTS}]+)*")
"""Superscript reference numbers ("autonomy⁴", "care.¹⁻³"); a lone letter keeps its "m²"."""

_GLUED_REFERENCE = re.compile(r"\d{1,3}(?:[,–-]\d{1,3})*(?=[\s.,;:!?)]|$)")
"""A reference number stuck to a lowercase word of 4 letters or more ("difficulties2");
"COVID-19", "H2O", "B12", "mp3" and "utf8" stay (hyphen, capital, letter after, too short)."""

_PUNCTUATED_REFERENCE = re.compile(r"[.,;:!?]\d{1,3}(?:[,–-]\d{1,3})*(?=\s|$)")
"""A reference number after a word's punctuation ("autonomy.4,5", "Winyard,6", "(box).3").

The patterns start with a character class, not a look-behind, so that the regex engine can
scan for them quickly; what comes before a match is checked in Python, on the few matches."""

_BULLETS = frozenset("•◦▪▫‣⁃●○■□►▸")
_DASHES = "‒–—―⸺⸻"
_HYPHENS = "‐‑−﹣－"
_CONTINUES_AFTER = frozenset(",-–(")
"""A paragraph ending in a letter, digit or one of these runs on if the next starts lowercase."""

_CHARACTER_MAP: dict[str, str] = {
    **dict.fromkeys("‘’‚‛′‹›`´", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys(_DASHES, "–"),
    **dict.fromkeys(_HYPHENS, "-"),
    "ﬀ": "ff",
    "ﬁ": "fi",
    "ﬂ": "fl",
    "ﬃ": "ffi",
    "ﬄ": "ffl",
    "ﬅ": "st",
    "ﬆ": "st",
    "\t": " ",
}
"""Typographic variants unified: one apostrophe, one double quote, one dash, one hyphen."""

_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068"
    "\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff"
)
"""Soft hyphens, zero-width and direction marks: invisible, and they split words."""


_LAST_SPACE_OR_CONTROL = 0x3000
"""Every whitespace and control character of Unicode lies at or below U+3000."""


@cache
def _translation() -> dict[int, str | None]:
    """Map every odd space to " ", drop control and zero-width characters, unify the rest."""
    table: dict[int, str | None] = {}
    for code in range(_LAST_SPACE_OR_CONTROL + 1):
        char = chr(code)
        if char in "\n ":
            continue
        if char.isspace():
            table[code] = " "
        elif unicodedata.category(char) == "Cc":
            table[code] = None
    for char in _INVISIBLE:
        table[ord(char)] = None
    for char, replacement in _CHARACTER_MAP.items():
        table[ord(char)] = replacement
    return table


@cache
def _translatable() -> re.Pattern[str]:
    """The characters `_translation` changes: rare in most texts, so found by one regex scan,
    which is several times faster than `str.translate` over every character."""
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_translation())) + "]")


def _leading_letters(text: str) -> str:
    end = 0
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[:end]


def _trailing_letters(text: str) -> str:
    start = len(text)
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:]


_REFERENCE_AFTER_JOIN = re.compile(rf"[^\W\d_]*[.,;:!?]?[0-9{_SUPERSCRIPTS}]")
"""A line that, glued to the end of the line before, may put a reference number after a word
that was too short on its own to count ("abc-" + "d12")."""


def _join(pieces: list[str], line: str) -> bool:
    """Append `line` to the paragraph being built, healing a word broken at the line end.

    Returns whether the join may have exposed a reference number (see _REFERENCE_AFTER_JOIN).
    """
    previous = pieces[-1]
    if len(previous) >= 2 and previous[-1] in "-–" and previous[-2] != " ":
        if previous[-1] == "-" and previous[-2].isalpha() and line[0].isalpha():
            left = _trailing_letters(previous[:-1])
            if not keeps_hyphen(left, _leading_letters(line)):
                pieces[-1] = previous[:-1]
        pieces.append(line)
        return _REFERENCE_AFTER_JOIN.match(line) is not None
    pieces.append(" ")
    pieces.append(line)
    return False


def _blocks(lines: list[str]) -> list[list[str]]:
    """Group stripped lines into paragraphs.

    A blank line ends a paragraph; so does a line indented deeper than the one before (a run-in
    heading or a first-line indent) and a line opening with a bullet.
    """
    blocks: list[list[str]] = []
    current: list[str] = []
    previous_indent = 0
    for line in lines:
        stripped = line.strip(" ")
        if not stripped:
            if current:
                blocks.append(current)
                current = []
            previous_indent = 0
            continue
        indent = len(line) - len(line.lstrip(" "))
        if current and (indent > previous_indent or stripped[0] in _BULLETS):
            blocks.append(current)
            current = []
        current.append(stripped)
        previous_indent = indent
    if current:
        blocks.append(current)
    return blocks


_HEADING_SHARE = 0.6
"""A line shorter than this share of the text's median line is short for hard-wrapped text."""
_WRAPPED_MEDIAN = 30
"""Below this median line length, lines are not hard-wrapped prose and keep their blocks."""
_HEADING_WORDS = 12


def _is_heading(line: str, following: str, limit: float) -> bool:
    """A short line inside a hard-wrapped block, capitalised, with no closing punctuation, and
    followed by a capitalised line: a heading or byline run into the text ("Introduction")."""
    return (
        len(line) < limit
        and line[0].isupper()
        and line[-1].isalnum()
        and following[0].isupper()
        and len(line.split()) <= _HEADING_WORDS
    )


def _split_headings(blocks: list[list[str]]) -> list[list[str]]:
    """Give a run-in heading its own paragraph, so it does not join the sentence after it.

    In hard-wrapped text only a paragraph's last line is short; a short line inside a block
    is a heading. Markdown and unwrapped text (long lines) are left as they are.
    """
    lengths = sorted(len(line) for block in blocks for line in block)
    if not lengths or lengths[len(lengths) // 2] < _WRAPPED_MEDIAN:
        return blocks
    limit = _HEADING_SHARE * lengths[len(lengths) // 2]
    result: list[list[str]] = []
    for block in blocks:
        start = 0
        for index in range(len(block) - 1):
            if _is_heading(block[index], block[index + 1], limit):
                if index > start and block[index - 1][-1] in ".!?":
                    result.append(block[start:index])
                    start = index
                result.append(block[start : index + 1])
                start = index + 1
        result.append(block[start:])
    return result


def _last_base_character(line: str) -> str:
    """The last character that is not a combining mark (an accent belongs to its letter)."""
    for char in reversed(line):
        if not unicodedata.combining(char):
            return char
    return line[-1]


def _runs_on(block: list[str], following: list[str]) -> bool:
    """Whether a paragraph break falls mid-sentence (a page or column break in a print)."""
    last = _last_base_character(block[-1])
    return (last.isalnum() or last in _CONTINUES_AFTER) and following[0][0].islower()


_INSERT_BLOCKS = 12
"""How many paragraphs a box, caption or pull quote printed mid-sentence may span."""


def _dangles(block: list[str]) -> bool:
    """Whether a paragraph stops on a word no sentence ends on ("the effect of each")."""
    words = block[-1].rsplit(" ", 1)
    return words[-1] in word_list("dangling-words")


def _starts_lowercase(block: list[str]) -> bool:
    return block[0][0].islower()


def _box_ends(blocks: list[list[str]]) -> set[int]:
    """Paragraphs that start lowercase right after a box, caption or pull quote printed
    mid-sentence: they do not run on into the box's last paragraph.

    Such a paragraph continues an earlier one that was cut off on a dangling word ("the
    effect of each"), with only paragraphs starting otherwise between (the box). The text
    keeps the order of the print: joining the continuation to its true beginning would move
    text, so the two halves stay sentences of their own and the box stays clean.
    Paragraphs starting uppercase never join their neighbours, so normalising the result
    again finds the same boxes.
    """
    return {
        index
        for index in range(1, len(blocks))
        if _starts_lowercase(blocks[index])
        and not _dangles(blocks[index - 1])
        and _cut_off_before(blocks, index)
    }


def _cut_off_before(blocks: list[list[str]], end: int) -> bool:
    """Whether one of the few paragraphs before `end` was cut off, with only paragraphs that
    start otherwise than lowercase after it."""
    for index in range(end - 2, max(0, end - 1 - _INSERT_BLOCKS) - 1, -1):
        if _starts_lowercase(blocks[index + 1]):
            return False
        if _dangles(blocks[index]):
            return True
    return False


def _paragraphs(blocks: list[list[str]]) -> tuple[list[str], bool]:
    """The paragraphs' text, and whether a join may have exposed a reference number."""
    paragraphs: list[str] = []
    pieces: list[str] = []
    previous: list[str] | None = None
    exposed = False
    box_ends = _box_ends(blocks)
    for index, block in enumerate(blocks):
        if previous is not None and (index in box_ends or not _runs_on(previous, block)):
            paragraphs.append("".join(pieces))
            pieces = []
        for line in block:
            if pieces:
                exposed = _join(pieces, line) or exposed
            else:
                pieces.append(line)
        previous = block
    if pieces:
        paragraphs.append("".join(pieces))
    return [re.sub(" {2,}", " ", paragraph) for paragraph in paragraphs], exposed


_ADDRESS_WINDOW = 200
"""How far back to look for the start of a URL or DOI (bounded: a look back to the start of a
long paragraph for every match would make the removal quadratic)."""


def _in_address(text: str, position: int) -> bool:
    """Whether `position` lies in a URL, DOI or path ("doi:10.7861/clinmedicine.5-6-577")."""
    window = max(0, position - _ADDRESS_WINDOW)
    start = max(text.rfind(" ", window, position), text.rfind("\n", window, position)) + 1
    return "/" in text[start:position] or "@" in text[start:position]


def _word_before(text: str, position: int) -> str:
    start = position
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:position]


def _drop_glued(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    letters = start
    while letters > 0 and "a" <= text[letters - 1] <= "z":
        letters -= 1
    word_start = letters == 0 or not (text[letters - 1].isalnum() or text[letters - 1] == "_")
    if start - letters >= 4 and word_start:
        return ""
    return match[0]


def _drop_punctuated(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    punct = match[0][0]
    if start > 0 and text[start - 1] == ")":
        return punct
    word = _word_before(text, start)
    if len(word) < 2 or (punct == "." and word.lower() in word_list("numbered-abbreviations")):
        return match[0]
    if _in_address(text, start):
        return match[0]
    return punct


def _drop_superscript(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if (
        start >= 2
        and text[start - 2].isalpha()
        and (text[start - 1].isalpha() or text[start - 1] in ".,;:!?)")
    ):
        return ""
    return match[0]


def drop_reference_numbers(text: str) -> str:
    """Remove citation numbers stuck to words, keeping numbers that are content.

    One removal can expose another ("care12.³"), and removing a superscript can bring a letter
    and a combining accent together, so it repeats until nothing changes: that keeps
    `normalise` idempotent. Real text needs one round.
    """
    while True:
        cleaned = _GLUED_REFERENCE.sub(_drop_glued, text)
        cleaned = _PUNCTUATED_REFERENCE.sub(_drop_punctuated, cleaned)
        # The first two removals leave punctuation or a space after the word, which exposes
        # nothing; only a removed superscript calls for another round.
        without_superscripts = _SUPERSCRIPT_REFERENCE.sub(_drop_superscript, cleaned)
        if without_superscripts == cleaned:
            return cleaned
        text = unicodedata.normalize("NFC", without_superscripts)


def normalise(raw: str) -> str:
    """Clean `raw` text: see the module docstring for the shape of the result."""
    text = _NEWLINES.sub("\n", raw).replace("\u2029", "\n\n")
    text = _SOFT_HYPHEN_BREAK.sub("", text)
    table = _translation()
    text = _translatable().sub(lambda match: table[ord(match[0])] or "", text)
    # References go before lines are joined, so that paragraph-end decisions see the final
    # characters, and again only if a join glued a reference to a longer word.
    text = drop_reference_numbers(unicodedata.normalize("NFC", text))
    paragraphs, exposed = _paragraphs(_split_headings(_blocks(text.split("\n"))))
    text = "\n\n".join(paragraphs)
    return drop_reference_numbers(text) if exposed else text
