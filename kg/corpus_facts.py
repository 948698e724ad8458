"""Corpus-wide facts, gathered document by document: co-occurrence, concept figures, activity.

Only small tallies are kept (per concept and per pair of concepts), never the extractions,
so memory does not grow with the number of documents. The quads go to the corpus graph.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import combinations
from typing import Any
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from kg.model import Extraction
from kg.namespaces import DATA, HLKG, local_name
from kg.provenance import (
    CORPUS,
    PROV_ACTIVITY,
    RDFS_LABEL,
    A,
    decimal,
    graph_mentions,
    integer,
)

HLKG_CO_OCCURRENCE = NamedNode(HLKG + "CoOccurrence")
HLKG_CO_OCCURS_WITH = NamedNode(HLKG + "coOccursWith")
HLKG_CONCEPT = NamedNode(HLKG + "concept")
HLKG_SENTENCE_COUNT = NamedNode(HLKG + "sentenceCount")
HLKG_MENTION_COUNT = NamedNode(HLKG + "mentionCount")
HLKG_DOCUMENT_COUNT = NamedNode(HLKG + "documentCount")
HLKG_CENTRALITY = NamedNode(HLKG + "centrality")

CENTRALITY_PLACES = 6


def minted_local_name(iri: str) -> str:
    """kg.namespaces.local_name percent-encoded (every character but letters, digits, - _ . ~)
    for use inside an IRI we mint: a concept of a user's ontology may have a '?' or '%' in its
    name, which would break or change the co-occurrence IRI (non-ASCII letters are encoded
    too). Only minting needs this; changing it would change the IRIs existing builds hold."""
    return quote(local_name(iri), safe="")


def cooccurrence_iri(a: str, b: str) -> str:
    first, second = sorted((a, b))
    return f"{DATA}cooccurrence/{minted_local_name(first)}--{minted_local_name(second)}"


class CorpusFacts:
    """Tallies over every document of a build; `quads()` turns them into the corpus graph."""

    def __init__(self, activity: str, extractor_version: str) -> None:
        self.activity = activity
        self.extractor_version = extractor_version
        self.pair_sentences: Counter[tuple[str, str]] = Counter()
        self.mention_counts: Counter[str] = Counter()
        self.document_counts: Counter[str] = Counter()
        self.asserted_edges: Counter[tuple[str, str]] = Counter()

    def add(self, extraction: Extraction) -> None:
        mentions = graph_mentions(extraction)
        by_sentence: dict[tuple[int, int], set[str]] = {}
        for mention in mentions:
            self.mention_counts[mention.concept] += 1
            key = (mention.sentence.begin, mention.sentence.end)
            by_sentence.setdefault(key, set()).add(mention.concept)
        for concept in {m.concept for m in mentions}:
            self.document_counts[concept] += 1
        for concepts in by_sentence.values():
            for pair in combinations(sorted(concepts), 2):
                self.pair_sentences[pair] += 1
        for relation in extraction.relations:
            if relation.asserted:
                self.asserted_edges[(relation.subject, relation.object)] += 1

    def tallies(self) -> dict[str, Any]:
        """This object's tallies as JSON-ready data (one document's, kept in the build folder
        so that an update need not read the document's extraction again)."""
        concepts = sorted(self.mention_counts.keys() | _endpoints(self.pair_sentences)
                          | _endpoints(self.asserted_edges) | self.document_counts.keys())
        index = {concept: n for n, concept in enumerate(concepts)}

        def pairs(counter: Counter[tuple[str, str]]) -> list[list[int]]:
            return [[index[a], index[b], n] for (a, b), n in sorted(counter.items())]

        return {
            "concepts": concepts,
            "mentions": [[index[c], n] for c, n in sorted(self.mention_counts.items())],
            "documents": [[index[c], n] for c, n in sorted(self.document_counts.items())],
            "pairs": pairs(self.pair_sentences),
            "edges": pairs(self.asserted_edges),
        }

    def add_tallies(self, data: dict[str, Any]) -> None:
        """Add tallies made by `tallies()` (raises KeyError, IndexError or TypeError when the
        data is not theirs)."""
        concepts = data["concepts"]
        for counter, rows in (
            (self.mention_counts, data["mentions"]),
            (self.document_counts, data["documents"]),
        ):
            counter.update({concepts[i]: n for i, n in rows})
        self.pair_sentences.update({(concepts[a], concepts[b]): n for a, b, n in data["pairs"]})
        self.asserted_edges.update({(concepts[a], concepts[b]): n for a, b, n in data["edges"]})

    def merge(self, other: CorpusFacts) -> None:
        """Add another build part's tallies (a worker's documents): sums, so order-free."""
        self.pair_sentences.update(other.pair_sentences)
        self.mention_counts.update(other.mention_counts)
        self.document_counts.update(other.document_counts)
        self.asserted_edges.update(other.asserted_edges)

    @property
    def pair_count(self) -> int:
        return len(self.pair_sentences)

    def centrality(self) -> dict[str, float]:
        """PageRank over the asserted relations (neither negated nor rejected), weighted by
        statement count.

        Every mentioned concept is a node, so one without relations still gets a figure.
        Nodes and edges go in sorted order and the result is rounded, so it is reproducible.
        """
        import networkx as nx

        graph = nx.DiGraph()
        graph.add_nodes_from(sorted(set(self.mention_counts) | _endpoints(self.asserted_edges)))
        for (subject, obj), count in sorted(self.asserted_edges.items()):
            if subject != obj:
                graph.add_edge(subject, obj, weight=count)
        if graph.number_of_nodes() == 0:
            return {}
        ranks = nx.pagerank(graph, weight="weight", tol=1e-10, max_iter=1000)
        return {node: round(value, CENTRALITY_PLACES) for node, value in ranks.items()}

    def quads(self) -> Iterator[Quad]:
        activity = NamedNode(self.activity)
        yield Quad(activity, A, PROV_ACTIVITY, CORPUS)
        yield Quad(
            activity, RDFS_LABEL, Literal(f"hlkg extractor {self.extractor_version}"), CORPUS
        )
        for (first, second), count in sorted(self.pair_sentences.items()):
            node = NamedNode(cooccurrence_iri(first, second))
            a, b = NamedNode(first), NamedNode(second)
            yield Quad(node, A, HLKG_CO_OCCURRENCE, CORPUS)
            yield Quad(node, HLKG_CONCEPT, a, CORPUS)
            yield Quad(node, HLKG_CONCEPT, b, CORPUS)
            yield Quad(node, HLKG_SENTENCE_COUNT, integer(count), CORPUS)
            yield Quad(a, HLKG_CO_OCCURS_WITH, b, CORPUS)
        for concept, count in sorted(self.mention_counts.items()):
            node = NamedNode(concept)
            yield Quad(node, HLKG_MENTION_COUNT, integer(count), CORPUS)
            yield Quad(node, HLKG_DOCUMENT_COUNT, integer(self.document_counts[concept]), CORPUS)
        for concept, value in sorted(self.centrality().items()):
            figure = decimal(value, CENTRALITY_PLACES)
            yield Quad(NamedNode(concept), HLKG_CENTRALITY, figure, CORPUS)


def _endpoints(edges: Counter[tuple[str, str]]) -> set[str]:
    return {node for edge in edges for node in edge}
