"""The small word lists that steer cleaning, splitting and mention finding, kept as data in
the `data/` folder of the package that uses them."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def word_list(name: str, package: str = "kg.text") -> frozenset[str]:
    """The entries of {package}/data/{name}.txt: one a line, "#" starts a comment line."""
    text = resources.files(package).joinpath(f"data/{name}.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
