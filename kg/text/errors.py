"""The reason a single file is left out of a build (the rest of the corpus still builds)."""

from __future__ import annotations


class SkippedFile(Exception):
    """A file that cannot be read as a text; `reason` is one line for the build summary."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = " ".join(reason.split())

    def __str__(self) -> str:
        return self.reason
