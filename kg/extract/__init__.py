"""From a document to what it says: concept mentions and the relations its sentences assert.

`Extractor.from_ontology(graph)` builds the lexicon from the ontology's labels and reads the
cue phrases from ontology/cues.toml (or the file given); `extract(document)` returns an
`Extraction`. An Extractor pickles to its data (labels and the cue file's content), so worker
processes rebuild it cheaply. Bump EXTRACTOR_VERSION whenever the output for the same input
and data files changes: it keys the build cache.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kg.extract.cues import CueSet, default_cue_file
from kg.extract.mentions import find_mentions
from kg.extract.relations import RelationFinder
from kg.lexicon import Lexicon
from kg.model import Document, Extraction

if TYPE_CHECKING:
    import rdflib

EXTRACTOR_VERSION = "1.5.3"


def data_files() -> list[Path]:
    """The data files whose content the extraction depends on (besides the ontology)."""
    return [default_cue_file()]


class Extractor:
    """Mentions by the lexicon, relations by the cue phrases; one document at a time."""

    def __init__(self, lexicon: Lexicon, cues: CueSet) -> None:
        self.lexicon = lexicon
        self.cues = cues
        self._relations = RelationFinder(lexicon, cues)

    @classmethod
    def from_ontology(cls, graph: rdflib.Graph, cue_file: Path | None = None) -> Extractor:
        from rdflib import OWL, RDF

        properties = {str(p) for p in graph.subjects(RDF.type, OWL.ObjectProperty)}
        cues = CueSet.load(cue_file, known_properties=properties or None)
        return cls(Lexicon.from_graph(graph, reserved=cues.first_words), cues)

    def extract(self, document: Document) -> Extraction:
        mentions = find_mentions(
            document.text, document.sentences, self.lexicon, self.cues.settings.name_heads
        )
        relations = self._relations.find(document.text, document.sentences, mentions)
        return Extraction(document, tuple(mentions), tuple(relations))

    def __reduce__(self):
        return (_rebuild, (self.lexicon, self.cues.path, self.cues.source))


def _rebuild(lexicon: Lexicon, path: Path, data: dict) -> Extractor:
    return Extractor(lexicon, CueSet.from_data(data, path))


__all__ = ["EXTRACTOR_VERSION", "Extractor", "data_files"]
