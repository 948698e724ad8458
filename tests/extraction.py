"""Running the real extractor on a few sentences written for a test: shared by the
extraction tests (the `extractor` fixture itself is in conftest.py)."""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Document, Extraction
from kg.namespaces import HLKG


def document(text: str, source: str = "t.txt") -> Document:
    """`text`, normalised and split into sentences, as the reader would make it."""
    from kg.text import normalise, split_sentences

    text = normalise(text)
    return Document(source, source.rsplit(".", 1)[0], text, split_sentences(text))


def extract(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(document(text))


def triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """(subject, relation, object) of each relation found, as local names."""
    return {
        (r.subject.removeprefix(HLKG), r.predicate.removeprefix(HLKG), r.object.removeprefix(HLKG))
        for r in extract(extractor, text).relations
    }


def mentions(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    """(surface, concept) of each mention found, the concept as a local name."""
    return [(m.surface, m.concept.removeprefix(HLKG)) for m in extract(extractor, text).mentions]


def concepts(extractor: Extractor, text: str) -> list[str]:
    """The concepts of the mentions found, in order, as local names."""
    return [concept for _, concept in mentions(extractor, text)]


def flags_of(relation) -> str:
    """A statement's flags as the gold files write them ("negated,hedged", or "-")."""
    names = [n for n in ("negated", "rejected", "hedged") if getattr(relation, n)]
    return ",".join(names) or "-"


def polarity_of(flags: str) -> str:
    """What flags say the author does with a claim: rejected, negated or asserted."""
    if "rejected" in flags:
        return "rejected"
    return "negated" if "negated" in flags else "asserted"
