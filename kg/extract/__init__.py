"""From a document to what it says: concept mentions and the relations its sentences assert.

`Extractor.from_ontology(graph)` builds the lexicon from the ontology's labels and reads the
cue patterns from ontology/cues.toml (or the file given); `extract(document)` returns an
`Extraction`, and `extract_all(documents)` one per document, parsing their sentences together.
Mentions come from the lexicon alone; relations from a dependency parse of the sentences that
could hold one (kg.extract.parser). An Extractor pickles to its data (labels,
the cue file's content), so a worker process rebuilds it cheaply and loads the parser once.
Bump EXTRACTOR_VERSION whenever the output for the same input and data files changes: with
`identity()` it keys the build cache.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kg.extract.inner import without_inner_mentions
from kg.extract.mentions import find_mentions
from kg.extract.patterns import CueSet, default_cue_file
from kg.extract.relations import RelationFinder
from kg.lexicon import Lexicon
from kg.model import Document, Extraction

if TYPE_CHECKING:
    import rdflib

EXTRACTOR_VERSION = "2.92.6"


def data_files() -> list[Path]:
    """The data files whose content the extraction depends on (besides the ontology)."""
    return [default_cue_file()]


def identity() -> str:
    """The extractor's version and the parser model it runs, for the build cache's key."""
    from kg.extract.parser import identity as parser_identity

    return f"hlkg extractor {EXTRACTOR_VERSION}; {parser_identity()}"


class Extractor:
    """Mentions by the lexicon, relations by cue patterns over the parse; a document at a time."""

    def __init__(
        self,
        lexicon: Lexicon,
        cues: CueSet,
        families: dict[str, str],
        signatures: dict[str, tuple[str | None, str | None]] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.cues = cues
        self.families = families
        self.signatures = signatures or {}
        self._relations = RelationFinder(lexicon, cues, families, self.signatures)

    @classmethod
    def from_ontology(cls, graph: rdflib.Graph, cue_file: Path | None = None) -> Extractor:
        from rdflib import OWL, RDF

        properties = {str(p) for p in graph.subjects(RDF.type, OWL.ObjectProperty)}
        cues = CueSet.load(cue_file, known_properties=properties or None)
        lexicon = Lexicon.from_graph(graph, reserved=cues.verb_forms)
        return cls(lexicon, cues, _families(graph), _signatures(graph))

    def extract(self, document: Document) -> Extraction:
        return self.extract_all([document])[0]

    def extract_all(self, documents: Sequence[Document]) -> list[Extraction]:
        """Several documents at once, each extracted as if alone: their sentences share the
        parser's batches, which is cheaper than a few sentences at a time (a build hands a
        worker a batch of documents, kg.workers.batches)."""
        from kg.extract.parser import pipeline

        mentions = [find_mentions(d.text, d.sentences, self.lexicon) for d in documents]
        relations = self._relations.find_all(
            [
                (d.text, d.sentences, without_inner_mentions(m))
                for d, m in zip(documents, mentions, strict=True)
            ],
            pipeline(),
        )
        return [
            Extraction(d, tuple(m), tuple(r))
            for d, m, r in zip(documents, mentions, relations, strict=True)
        ]

    def __reduce__(self):
        return (
            _rebuild,
            (self.lexicon, self.cues.path, self.cues.source, self.families, self.signatures),
        )


def _rebuild(
    lexicon: Lexicon,
    path: Path,
    data: dict,
    families: dict[str, str],
    signatures: dict[str, tuple[str | None, str | None]],
) -> Extractor:
    return Extractor(lexicon, CueSet.from_data(data, path), families, signatures)


FAMILIES = ("supports", "hinders", "requires")
"""The relation families whose claims the finder reasons about: a claim about a concept's
absence ("a lack of X hinders Y") turns supports into hinders and back, and "prevents"
with a missing subject into "requires"; a purpose clause names what requires something."""


def _families(graph: rdflib.Graph) -> dict[str, str]:
    """Each relation property under one of FAMILIES -> that family's name."""
    from rdflib import RDFS, URIRef

    from kg.namespaces import HLKG

    families: dict[str, str] = {}
    for name in FAMILIES:
        for prop in graph.transitive_subjects(RDFS.subPropertyOf, URIRef(HLKG + name)):
            families[str(prop)] = name
    return families


def _signatures(graph: rdflib.Graph) -> dict[str, tuple[str | None, str | None]]:
    """Each relation property whose rdfs:domain or rdfs:range is narrower than hlkg:Concept
    -> (domain, range), None where it is not: "plays role" links an actor to a role, so
    "doctors take on management responsibilities" is no role played."""
    from rdflib import OWL, RDF, RDFS, URIRef

    from kg.namespaces import HLKG

    top = URIRef(HLKG + "Concept")

    def narrower(value: object) -> str | None:
        return str(value) if isinstance(value, URIRef) and value != top else None

    result: dict[str, tuple[str | None, str | None]] = {}
    for prop in graph.subjects(RDF.type, OWL.ObjectProperty):
        domain = narrower(graph.value(prop, RDFS.domain))
        range_ = narrower(graph.value(prop, RDFS.range))
        if (domain or range_) and str(prop).startswith(HLKG):
            result[str(prop)] = (domain, range_)
    return result


__all__ = ["EXTRACTOR_VERSION", "Extractor", "data_files", "identity"]
