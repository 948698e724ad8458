"""Markdown to plain text, so that offsets refer to what a reader sees, not to markup.

markdown-it-py parses (CommonMark plus tables); we keep the text of headings, paragraphs,
list items, block quotes and table cells, and link and image text, and drop code blocks, raw
HTML and the markup itself. Blocks become paragraphs; list items and table rows get a
bullet so that `normalise` keeps them apart.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_TITLE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.MULTILINE)


class MarkdownText(NamedTuple):
    text: str
    title: str | None
    """The front matter's `title:`, else the first heading's text."""


def _inline_text(children: list) -> str:
    parts: list[str] = []
    for token in children:
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            # Markdown's line breaks are the author's wrapping, not print layout: a space.
            parts.append(" ")
        elif token.type == "image":
            parts.append(_inline_text(token.children or []))
    return "".join(parts)


def markdown_to_text(source: str) -> MarkdownText:
    from markdown_it import MarkdownIt

    title = None
    front = _FRONT_MATTER.match(source)
    if front:
        found = _FRONT_TITLE.search(front.group(1))
        if found:
            title = found.group(1).strip().strip("\"'") or None
        source = source[front.end() :]
    parser = MarkdownIt("commonmark").enable("table")
    blocks: list[str] = []
    cells: list[str] = []
    in_heading = in_cell = bullet = False
    for token in parser.parse(source):
        kind = token.type
        if kind in ("heading_open", "heading_close"):
            in_heading = kind == "heading_open"
        elif kind in ("th_open", "td_open", "th_close", "td_close"):
            in_cell = kind.endswith("_open")
        elif kind == "list_item_open":
            bullet = True
        elif kind == "tr_open":
            cells = []
        elif kind == "tr_close":
            row = "; ".join(cell for cell in cells if cell)
            blocks.append("• " + row if row else "")
        elif kind == "inline":
            text = _inline_text(token.children or []).strip()
            if in_cell:
                cells.append(" ".join(text.split()))
                continue
            if in_heading and title is None and text:
                title = " ".join(text.split())
            if bullet:
                text = "• " + text
                bullet = False
            blocks.append(text)
    return MarkdownText("\n\n".join(block for block in blocks if block), title)
