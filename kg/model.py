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
    """The words that made it negated, rejected or hedged ("not", "may", "the idea that")."""
    rejected: bool = False
    """The author names the claim in order to reject it ("the idea that X ... is mistaken",
    "rather than seeing X as Y"): unlike a negation, the opposite is not asserted either."""
    attributed_to: tuple[str, ...] = field(default=())
    """Concept IRIs of whoever the sentence says holds the claim ("doctors perceive that ...")."""

    @property
    def asserted(self) -> bool:
        """Whether the statement stands as a plain triple: neither denied nor rejected."""
        return not (self.negated or self.rejected)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
