"""The small word lists that steer cleaning, splitting and mention finding, kept as data in
the `data/` folder of the package that uses them."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources


@cache
def word_list(name: str, package: str = "kg.text") -> frozenset[str]:
    """The entries of {package}/data/{name}.txt: one a line, "#" starts a comment line."""
    text = resources.files(package).joinpath(f"data/{name}.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def word_pairs(name: str, package: str = "kg.text") -> tuple[tuple[str, str], ...]:
    """The tab-separated pairs of {package}/data/{name}.txt, in file order, each side
    stripped; "#" starts a comment line. One reader for every table of pairs."""
    text = resources.files(package).joinpath(f"data/{name}.txt").read_text("utf-8")
    pairs = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            first, second = (part.strip() for part in line.split("\t"))
            pairs.append((first, second))
    return tuple(pairs)


@cache
def word_sets(name: str, package: str = "kg.text") -> dict[str, frozenset[str]]:
    """The pairs of {package}/data/{name}.txt read as a word (case-folded) and the set of
    words written after it: "role<TAB>key pivotal central" -> {"role": {"key", ...}}."""
    return {word.casefold(): frozenset(rest.split()) for word, rest in word_pairs(name, package)}


@cache
def word_table(name: str, package: str = "kg.text") -> dict:
    """The tables of {package}/data/{name}.toml (rules kept as data: senses, descriptions)."""
    return tomllib.loads(resources.files(package).joinpath(f"data/{name}.toml").read_text("utf-8"))


@cache
def words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words or phrases as one case-blind expression of whole words, compiled once."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
