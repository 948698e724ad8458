"""Finding the text files of a corpus: which files a build reads, in a stable order."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from kg.errors import HlkgError

TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".markdown", ".pdf"})
"""File name endings read as texts (compared case-insensitively); every other file is ignored."""


class CorpusFile(NamedTuple):
    root: Path
    """The corpus folder the file was found under."""
    path: Path
    source: str
    """`path` relative to `root`, with forward slashes: the document's `dcterms:source`."""


class Skipped(NamedTuple):
    """A file that looks like a text but was not read, and why (one line)."""

    source: str
    reason: str


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def excluded(path: str, patterns: Sequence[str]) -> bool:
    """Whether a file or folder (its path relative to the corpus folder) matches a pattern.

    Patterns are globs matched from the right, as in .gitignore without a leading slash:
    `SOURCES.md` is that file in any folder, `drafts` any `drafts` folder (the walk does not
    enter an excluded folder), `notes/*.md` the Markdown files of any `notes` folder.
    """
    return bool(patterns) and any(PurePosixPath(path).match(p) for p in patterns)


def _walk(
    root: Path, exclude: Sequence[str] = ()
) -> tuple[list[CorpusFile], list[Skipped], int]:
    """The text files under `root`, plus symlinks leading out of it, and how many names matched.

    os.walk does not descend into symlinked folders, so a link can never take the walk outside
    the corpus or round a loop; a symlinked *file* is read only if it points inside the folder.
    """
    files: list[CorpusFile] = []
    skipped: list[Skipped] = []
    matched = 0
    resolved_root = root.resolve()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        folder = Path(dirpath).relative_to(root)
        dirnames[:] = sorted(
            d for d in dirnames
            if not _is_hidden(d) and not excluded((folder / d).as_posix(), exclude)
        )
        for name in sorted(filenames):
            if _is_hidden(name) or Path(name).suffix.lower() not in TEXT_SUFFIXES:
                continue
            path = Path(dirpath) / name
            source = path.relative_to(root).as_posix()
            if excluded(source, exclude):
                continue
            matched += 1
            if path.is_symlink():
                try:
                    target = path.resolve()
                except (RuntimeError, OSError):  # Python 3.11 raises RuntimeError on a loop
                    skipped.append(Skipped(source, "symlink loop"))
                    continue
                if not target.is_relative_to(resolved_root):
                    skipped.append(Skipped(source, "symlink leads outside the corpus folder"))
                    continue
                kind = _not_regular(target)
                if kind is not None:
                    skipped.append(Skipped(source, f"symlink to {kind}"))
                    continue
            else:
                kind = _not_regular(path)
                if kind is not None:
                    skipped.append(Skipped(source, kind))
                    continue
            files.append(CorpusFile(root, path, source))
    return files, skipped, matched


def _not_regular(path: Path) -> str | None:
    """What `path` is when it is no regular file, for the skipped list; None for a file.

    Found from stat alone, without opening: opening a FIFO would block the build.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "a missing file"
    except OSError as error:
        return f"an unreadable path ({error.strerror})"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file"
    if stat.S_ISDIR(mode):
        return "a folder, not a regular file"
    return "not a regular file"


def discover(
    corpus_dirs: Sequence[Path], exclude: Sequence[str] = ()
) -> tuple[list[CorpusFile], list[Skipped]]:
    """Every .txt, .md, .markdown and .pdf file under each folder, recursively.

    Hidden files and folders are left out, and so are paths matching an `exclude` pattern
    (see `excluded`). The order is by folder as given, then by source,
    so a build is deterministic. A file reached twice (the same folder given twice, or a folder
    and its subfolder) is read once, under the first folder that holds it.
    """
    files: list[CorpusFile] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    for given in corpus_dirs:
        root = Path(given)
        if not root.exists():
            raise HlkgError(f"corpus folder not found: {root}")
        if not root.is_dir():
            raise HlkgError(f"corpus path is not a folder: {root}")
        found, refused, matched = _walk(root, exclude)
        if matched == 0:
            suffixes = ", ".join(sorted(TEXT_SUFFIXES))
            left = " not excluded" if exclude else ""
            raise HlkgError(f"no text files ({suffixes}){left} in corpus folder: {root}")
        kept: list[CorpusFile] = []
        # A file and a symlink to it: keep the file itself, then restore the order by source.
        for file in sorted(found, key=lambda f: (f.path.is_symlink(), f.source)):
            key = file.path.resolve()
            if key not in seen:
                seen.add(key)
                kept.append(file)
        files.extend(sorted(kept, key=lambda f: f.source))
        skipped.extend(sorted(refused))
    return files, skipped
