"""Bytes to str for plain-text files, refusing what is not text.

Decision on encodings: UTF-8 is the only encoding read without a byte-order mark, because
guessing a legacy code page silently corrupts text (Windows-1252 and Latin-1 differ, and both
accept any byte). Files with a UTF-8, UTF-16 or UTF-32 BOM are decoded accordingly, and so is
UTF-16 without a BOM when its NUL bytes give it away (mostly-ASCII text). Anything
else that is not valid UTF-8 is skipped with the first bad byte's offset, line and column, and
a hint when the file reads as Windows-1252, so the user can re-save it as UTF-8.
"""

from __future__ import annotations

import codecs

from kg.text.errors import SkippedFile

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 65536
_BINARY_SHARE = 0.10
"""Above this share of control characters or undecodable bytes, a file is binary, not text."""
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when the bytes look like mostly-ASCII UTF-16: a NUL in
    (nearly) every other byte and none in between. Such files are text with a missing BOM."""
    sample = data[:_SAMPLE]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and others.count(0) == 0:
            return encoding
    return None


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:_SAMPLE].decode("utf-8", errors="replace")
    if not sample:
        return False
    odd = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (ch < " " and ch not in _TEXT_CONTROLS) or ch == "\x7f"
    )
    return odd / len(sample) > _BINARY_SHARE


def _position(data: bytes, offset: int) -> str:
    line = data.count(b"\n", 0, offset) + 1
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return f"byte offset {offset}, line {line}, column {column}"


def decode_text(data: bytes) -> str:
    """The text of a plain-text file's bytes; raises SkippedFile when it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise SkippedFile(
                    f"not valid {encoding.upper()} despite its byte-order mark "
                    f"({_position(data, error.start)})"
                ) from None
    encoding = _utf16_without_bom(data)
    if encoding:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise SkippedFile("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        hint = ""
        try:
            data.decode("cp1252")
            hint = "; it reads as Windows-1252: re-save it as UTF-8"
        except UnicodeDecodeError:
            pass
        raise SkippedFile(
            f"not valid UTF-8: byte 0x{bad:02X} at {_position(data, error.start)}{hint}"
        ) from None
