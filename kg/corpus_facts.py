"""Corpus-wide facts, gathered document by document: co-occurrence, concept figures, claims,
activity.

Only small tallies are kept (per concept, per pair of concepts, and per statement the few
fields a claim needs: no text), never the extractions. The quads go to the corpus graph.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import combinations
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad

from kg.claims import Claim, RelationRules, StatementRecord, aggregate, claim_quads
from kg.model import Extraction
from kg.namespaces import DATA, HLKG
from kg.provenance import (
    CORPUS,
    PROV_ACTIVITY,
    RDFS_LABEL,
    A,
    decimal,
    graph_mentions,
    integer,
    minted_local_name,
    numbered_relations,
)

HLKG_CO_OCCURRENCE = NamedNode(HLKG + "CoOccurrence")
HLKG_CO_OCCURS_WITH = NamedNode(HLKG + "coOccursWith")
HLKG_CONCEPT = NamedNode(HLKG + "concept")
HLKG_SENTENCE_COUNT = NamedNode(HLKG + "sentenceCount")
HLKG_MENTION_COUNT = NamedNode(HLKG + "mentionCount")
HLKG_DOCUMENT_COUNT = NamedNode(HLKG + "documentCount")
HLKG_CENTRALITY = NamedNode(HLKG + "centrality")

CENTRALITY_PLACES = 6


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
        self.statements: list[StatementRecord] = []

    def add(self, extraction: Extraction, doc_id: str) -> None:
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
        for (sentence, n), relation in numbered_relations(extraction.relations):
            self.statements.append(
                StatementRecord(
                    document=doc_id,
                    subject=relation.subject,
                    predicate=relation.predicate,
                    object=relation.object,
                    begin=sentence.begin,
                    end=sentence.end,
                    n=n,
                    negated=relation.negated,
                    hedged=relation.hedged,
                    rejected=relation.rejected,
                )
            )

    def tallies(self) -> dict[str, Any]:
        """This object's tallies as JSON-ready data (one document's, kept in the build folder
        so that an update need not read the document's extraction again)."""
        records = self.statements
        concepts = sorted(self.mention_counts.keys() | _endpoints(self.pair_sentences)
                          | _endpoints(self.asserted_edges) | self.document_counts.keys()
                          | {r.subject for r in records} | {r.object for r in records})
        index = {concept: n for n, concept in enumerate(concepts)}
        predicates = sorted({r.predicate for r in records})
        documents = sorted({r.document for r in records})
        predicate_index = {p: n for n, p in enumerate(predicates)}
        document_index = {d: n for n, d in enumerate(documents)}

        def pairs(counter: Counter[tuple[str, str]]) -> list[list[int]]:
            return [[index[a], index[b], n] for (a, b), n in sorted(counter.items())]

        return {
            "concepts": concepts,
            "mentions": [[index[c], n] for c, n in sorted(self.mention_counts.items())],
            "documents": [[index[c], n] for c, n in sorted(self.document_counts.items())],
            "pairs": pairs(self.pair_sentences),
            "edges": pairs(self.asserted_edges),
            "statement_documents": documents,
            "predicates": predicates,
            "statements": [
                [
                    document_index[r.document], index[r.subject], predicate_index[r.predicate],
                    index[r.object], r.begin, r.end, r.n,
                    int(r.negated), int(r.hedged), int(r.rejected),
                ]
                for r in records
            ],
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
        documents, predicates = data["statement_documents"], data["predicates"]
        for doc, subject, predicate, obj, begin, end, n, negated, hedged, rejected in data[
            "statements"
        ]:
            self.statements.append(
                StatementRecord(
                    document=documents[doc],
                    subject=concepts[subject],
                    predicate=predicates[predicate],
                    object=concepts[obj],
                    begin=int(begin),
                    end=int(end),
                    n=int(n),
                    negated=bool(negated),
                    hedged=bool(hedged),
                    rejected=bool(rejected),
                )
            )

    def merge(self, other: CorpusFacts) -> None:
        """Add another build part's tallies (a worker's documents): sums, so order-free."""
        self.pair_sentences.update(other.pair_sentences)
        self.mention_counts.update(other.mention_counts)
        self.document_counts.update(other.document_counts)
        self.asserted_edges.update(other.asserted_edges)
        self.statements.extend(other.statements)

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

    def claims(self, rules: RelationRules) -> list[Claim]:
        """The claims of every statement added so far (kg.claims)."""
        return aggregate(self.statements, rules)

    def quads(self, claims: Sequence[Claim]) -> Iterator[Quad]:
        """The corpus graph: these tallies' figures, and `claims` (from `self.claims`)."""
        activity = NamedNode(self.activity)
        yield Quad(activity, A, PROV_ACTIVITY, CORPUS)
        yield Quad(
            activity, RDFS_LABEL, Literal(f"hlkg extractor {self.extractor_version}"), CORPUS
        )
        for (first, second), count in sorted(self.pair_sentences.items()):
            yield from _pair_quads(first, second, count)
        for concept, count in sorted(self.mention_counts.items()):
            yield from _figure_quads(concept, count, self.document_counts[concept])
        for concept, value in sorted(self.centrality().items()):
            yield _centrality_quad(concept, value)
        yield from claim_quads(claims, self.activity)


def changed_quads(
    before: CorpusFacts,
    after: CorpusFacts,
    claims_before: Sequence[Claim],
    claims_after: Sequence[Claim],
) -> tuple[set[Quad], set[Quad]]:
    """The quads of `before`'s corpus graph that `after`'s lacks, and those it adds, found
    part by part (a pair's co-occurrence, a concept's figures, a claim) without writing
    either graph whole. The claims given may be those of some pairs only: any claim of
    those pairs that changed must be in them (one list or the other)."""
    removed: list[Quad] = []
    added: list[Quad] = []
    for pair in before.pair_sentences.keys() | after.pair_sentences.keys():
        old, new = before.pair_sentences.get(pair), after.pair_sentences.get(pair)
        if old != new:
            removed += _pair_quads(*pair, old) if old else ()
            added += _pair_quads(*pair, new) if new else ()
    for concept in before.mention_counts.keys() | after.mention_counts.keys():
        old = (before.mention_counts.get(concept), before.document_counts.get(concept, 0))
        new = (after.mention_counts.get(concept), after.document_counts.get(concept, 0))
        if old != new:
            removed += _figure_quads(concept, *old) if old[0] else ()
            added += _figure_quads(concept, *new) if new[0] else ()
    ranks_before, ranks_after = before.centrality(), after.centrality()
    for concept in ranks_before.keys() | ranks_after.keys():
        old, new = ranks_before.get(concept), ranks_after.get(concept)
        if old != new:
            removed += [_centrality_quad(concept, old)] if old is not None else []
            added += [_centrality_quad(concept, new)] if new is not None else []
    old_claims = {claim.iri: claim for claim in claims_before}
    new_claims = {claim.iri: claim for claim in claims_after}
    removed += claim_quads(
        [c for iri, c in old_claims.items() if new_claims.get(iri) != c], before.activity
    )
    added += claim_quads(
        [c for iri, c in new_claims.items() if old_claims.get(iri) != c], after.activity
    )
    # A part that changed keeps some quads (its type, its concepts): leave those alone.
    unchanged = set(removed) & set(added)
    return set(removed) - unchanged, set(added) - unchanged


def _pair_quads(first: str, second: str, count: int) -> list[Quad]:
    node = NamedNode(cooccurrence_iri(first, second))
    a, b = NamedNode(first), NamedNode(second)
    return [
        Quad(node, A, HLKG_CO_OCCURRENCE, CORPUS),
        Quad(node, HLKG_CONCEPT, a, CORPUS),
        Quad(node, HLKG_CONCEPT, b, CORPUS),
        Quad(node, HLKG_SENTENCE_COUNT, integer(count), CORPUS),
        Quad(a, HLKG_CO_OCCURS_WITH, b, CORPUS),
    ]


def _figure_quads(concept: str, mentions: int, documents: int) -> list[Quad]:
    node = NamedNode(concept)
    return [
        Quad(node, HLKG_MENTION_COUNT, integer(mentions), CORPUS),
        Quad(node, HLKG_DOCUMENT_COUNT, integer(documents), CORPUS),
    ]


def _centrality_quad(concept: str, value: float) -> Quad:
    return Quad(NamedNode(concept), HLKG_CENTRALITY, decimal(value, CENTRALITY_PLACES), CORPUS)


def _endpoints(edges: Counter[tuple[str, str]]) -> set[str]:
    return {node for edge in edges for node in edge}
