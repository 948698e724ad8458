"""A small SPARQL lexer: enough to see keywords, prefixes and braces outside strings, IRIs and
comments, so that safety checks and parameter binding never look inside a literal."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w+)
  | (?P<pname>(?:[^\W\d_][\w.\-]*)?:(?:[\w.\-:%]|\\.)*)
  | (?P<word>[A-Za-z_]\w*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


class Token(NamedTuple):
    kind: str
    value: str
    offset: int


def tokens(text: str) -> Iterator[Token]:
    """The significant tokens of `text` (no spaces, no comments)."""
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind in ("space", "comment"):
            continue
        yield Token(kind, match.group(), match.start())


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def caret_excerpt(text: str, line: int, column: int) -> str:
    """The offending line and a caret under the column, for a one-glance error."""
    lines = text.splitlines() or [""]
    source = lines[min(max(line, 1), len(lines)) - 1].replace("\t", " ")
    column = min(max(column, 1), len(source) + 1)
    return f"{source}\n{' ' * (column - 1)}^"


def prefix_declarations(prefixes: dict[str, str]) -> str:
    """`PREFIX p: <iri>` for each prefix, on one line (so line numbers after it still match)."""
    return " ".join(f"PREFIX {p}: <{iri}>" for p, iri in prefixes.items())
