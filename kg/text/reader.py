"""One corpus file to one Document: read, decode, strip markup, normalise, split."""

from __future__ import annotations

import hashlib

from kg.model import Document
from kg.text.clean import normalise
from kg.text.corpus import CorpusFile
from kg.text.decode import decode_text
from kg.text.errors import SkippedFile
from kg.text.sentences import split_sentences
from kg.text.title import choose_title

MAX_FILE_BYTES = 50 * 1024 * 1024
"""Files larger than this are skipped, not read: a corpus text is rarely more than a few MB,
and a huge file is more likely a data dump that would stall the build."""

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size:,} bytes"
    return f"{size / 1024 / 1024:.1f} MB"


def _read_bytes(file: CorpusFile, max_bytes: int) -> bytes:
    try:
        size = file.path.stat().st_size
        if size > max_bytes:
            raise SkippedFile(f"too large: {_size(size)} (limit {_size(max_bytes)})")
        if size == 0:
            raise SkippedFile("empty file")
        with file.path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except PermissionError:
        raise SkippedFile("cannot read: permission denied") from None
    except OSError as error:
        raise SkippedFile(f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise SkippedFile(f"too large: over the limit of {_size(max_bytes)}")
    if not data:
        raise SkippedFile("empty file")
    return data


def read_document(file: CorpusFile, max_bytes: int | None = None) -> Document:
    """The Document of `file`; raises SkippedFile with a one-line reason when it is not a text."""
    return document_from_bytes(read_file_bytes(file, max_bytes), file.source, file.path.suffix)


def read_file_bytes(file: CorpusFile, max_bytes: int | None = None) -> bytes:
    """The file's bytes, or SkippedFile when it is empty, too large or unreadable.

    Split from `document_from_bytes` so that a build can read a file where the corpus is
    and make its Document elsewhere (a Dask worker that shares no filesystem with it).
    """
    return _read_bytes(file, MAX_FILE_BYTES if max_bytes is None else max_bytes)


def document_from_bytes(data: bytes, source: str, suffix: str) -> Document:
    """The Document of a file's bytes; `suffix` (".pdf", ".md"...) says how to read them."""
    suffix = suffix.lower()
    declared: str | None = None
    if suffix == ".pdf":
        from kg.text.pdf import pdf_to_text

        raw, declared = pdf_to_text(data)
    else:
        raw = decode_text(data)
        if not raw.strip():
            raise SkippedFile("only whitespace")
        if suffix in _MARKDOWN_SUFFIXES:
            from kg.text.markdown import markdown_to_text

            raw, declared = markdown_to_text(raw)
    text = normalise(raw)
    if not text:
        raise SkippedFile("no text left once markup and control characters are removed")
    return Document(
        source=source,
        title=choose_title(source, text, declared and normalise(declared)),
        text=text,
        sentences=split_sentences(text),
        content_hash=hashlib.sha256(data).hexdigest(),
    )
