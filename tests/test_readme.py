"""The README's commands say what they do: the tour builds articles, not a list of sources."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from kg.text.corpus import discover

REPO = Path(__file__).resolve().parent.parent


def _build_commands() -> list[list[str]]:
    text = (REPO / "README.md").read_text("utf-8")
    return [shlex.split(m) for m in re.findall(r"`(hlkg build --corpus [^`]+)`", text)]


def test_the_tour_builds_no_sources_list_as_a_document() -> None:
    commands = _build_commands()
    assert commands, "the README's tour has no `hlkg build --corpus ...` command"
    for argv in commands:
        corpus = REPO / argv[argv.index("--corpus") + 1]
        if not corpus.is_dir():
            pytest.skip(f"{corpus} is not on this machine")
        exclude = [argv[i + 1] for i, a in enumerate(argv) if a == "--exclude"]
        files, _ = discover([corpus], exclude)
        sources = [f.source for f in files]
        assert "SOURCES.md" not in sources, " ".join(argv)
