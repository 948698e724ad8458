"""Text and title of a PDF, through pypdf."""

from __future__ import annotations

import io
import logging
import re
from typing import NamedTuple

from kg.text.errors import SkippedFile

_PLACEHOLDER_TITLE = re.compile(
    r"^(untitled|microsoft (word|powerpoint) - |document\d*$)|\.(docx?|odt|rtf|tex|dvi|pdf|indd)$",
    re.IGNORECASE,
)
"""Titles that word processors write by themselves: the file name is a better title."""


_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)
"""A page's first or last line that is only its number ("12", "Page 3", "3 of 10")."""


def _without_page_numbers(page: str) -> str:
    """A page number printed above or below the text would land inside the sentence that runs
    on to the next page."""
    lines = page.strip().split("\n")
    if lines and _PAGE_NUMBER.fullmatch(lines[-1].strip()):
        lines.pop()
    if lines and _PAGE_NUMBER.fullmatch(lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines)


class PdfText(NamedTuple):
    text: str
    title: str | None
    """The document information dictionary's /Title, when it has one."""


def pdf_to_text(data: bytes) -> PdfText:
    """Pages are joined by a line break, so that `normalise` heals a sentence running across a
    page boundary (a blank line would end it)."""
    from pypdf import PdfReader

    # pypdf logs every oddity of a damaged file; the build reports one line per file instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SkippedFile("encrypted PDF (needs a password)")
        pages = [_without_page_numbers(page.extract_text() or "") for page in reader.pages]
        metadata = reader.metadata
        title = metadata.title if metadata else None
    except SkippedFile:
        raise
    except Exception as error:  # pypdf raises many types for damaged files
        message = " ".join(str(error).split()) or type(error).__name__
        raise SkippedFile(f"not a readable PDF: {message}") from None
    text = "\n".join(pages)
    if not text.strip():
        raise SkippedFile("PDF has no extractable text (scanned images?)")
    title = " ".join(str(title).split()) if title else None
    if title and _PLACEHOLDER_TITLE.search(title):
        title = None
    return PdfText(text, title or None)
