"""Where the data files that ship with hlkg live, in a wheel and in a source checkout alike.

In a wheel the top-level `ontology/` and `queries/` folders are installed as `kg/_data/...`;
in a checkout (or an editable install) they sit next to the `kg` package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder `name` (`ontology` or `queries`) of the installed or checked-out project."""
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE_DIR.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"hlkg data folder {name!r} is missing from this installation")


def ontology_dir() -> Path:
    return data_dir("ontology")


def queries_dir() -> Path:
    return data_dir("queries")


def sample_corpus_dir() -> Path:
    """The small corpus we wrote ourselves, built when no --corpus is given."""
    return _PACKAGE_DIR / "sample_corpus"
