"""The small word lists that steer cleaning and splitting, kept as data in kg/text/data/."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def word_list(name: str) -> frozenset[str]:
    """The entries of kg/text/data/{name}.txt: one a line, "#" starts a comment line."""
    text = resources.files("kg.text").joinpath(f"data/{name}.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
