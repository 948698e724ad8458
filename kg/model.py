"""The values passed between the stages of a build: text -> extraction -> provenance graph.

Offsets are character offsets (Python string indices) into `Document.text`, the normalised
text that the graph stores in `nif:isString`; `text[begin:end]` is always the anchored string.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Sentence:
    begin: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    source: str
    """The file's path relative to its corpus folder, with forward slashes."""
    title: str
    text: str
    """The normalised text (hyphenation joined, reference numbers dropped, quotes unified)."""
    sentences: tuple[Sentence, ...]
    content_hash: str = ""
    """sha256 of the raw file bytes, used to reuse earlier work on an unchanged file."""


@dataclass(frozen=True, slots=True)
class Mention:
    concept: str
    """The concept's IRI."""
    begin: int
    end: int
    surface: str
    """Exactly `Document.text[begin:end]`."""
    sentence: Sentence


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation that one sentence asserts between two concepts."""

    subject: str
    predicate: str
    object: str
    """IRIs: two concepts and one of the ontology's relation properties."""
    sentence: Sentence
    cue: str
    """The cue phrase as written in the cue file (its identifier there)."""
    cue_begin: int
    cue_end: int
    subject_mention: Mention
    object_mention: Mention
    confidence: float
    negated: bool = False
    hedged: bool = False
    hedge_cues: tuple[str, ...] = field(default=())
    """The words that made it negated or hedged ("not", "may", "perceived"...)."""


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
