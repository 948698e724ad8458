"""A document's title: from its markup or metadata, its first line, or its file name."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

_MAX_TITLE_CHARS = 100
_SENTENCE_PUNCTUATION = ".,;:"


def first_line_title(text: str) -> str | None:
    """The first paragraph of normalised text, when it is short and reads like a heading."""
    first = text.split("\n\n", 1)[0].strip()
    if (
        not first
        or len(first) > _MAX_TITLE_CHARS
        or first[-1] in _SENTENCE_PUNCTUATION
        or not first[0].isupper()
        or "\n\n" not in text
    ):
        return None
    return first


def humanise_stem(source: str) -> str:
    """The file name as words: "reports/nhs_leadership-2013.txt" -> "Nhs leadership 2013"."""
    stem = PurePosixPath(source).stem
    words = " ".join(re.split(r"[\s_\-.]+", stem)).strip()
    if not words:
        return source
    return words[0].upper() + words[1:]


def choose_title(source: str, text: str, declared: str | None = None) -> str:
    """Never empty: the declared title (Markdown heading, PDF metadata), else the first line if
    heading-like, else the file name."""
    for candidate in (declared, first_line_title(text), humanise_stem(source)):
        if candidate and candidate.strip():
            return " ".join(candidate.split())
    return source
