"""The corpus graph a build writes: every document's `prov:used` quad, co-occurrence, concept
figures and claims (kg.corpus_facts, kg.claims); and, for a build that updates the previous
one's store, only what changes in it.

At 10,000 documents the corpus graph holds about 500,000 quads, while one edited document
changes a few hundred of them. Dropping and loading it whole took 19 of the 24 seconds of
such an update; comparing it whole with the stored graph still took about 10 (writing half
a million quads twice, and reading them from the store). `changes` compares the previous
build's tallies with this one's part by part instead, and writes quads only for the parts
that differ: claims are recomputed only for the pairs of concepts that the changed documents'
statements are about, since a claim counts only statements about its own pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from pyoxigraph import Quad, RdfFormat, parse

from kg.claims import Claim, RelationRules, StatementRecord, aggregate
from kg.corpus_facts import CorpusFacts, changed_quads
from kg.provenance import document_usage_nquads

BATCH_QUADS = 10_000
"""Quads of the corpus graph per load or upload: claims make it large (about 170,000 quads for
1,000 synthetic documents), and one bulk load of it all took 160 MB more memory than the
rest of the build."""


@dataclass(frozen=True)
class PreviousCorpus:
    """What an update knows of the corpus graph already in the store."""

    documents: frozenset[str]
    """The previous build's documents (ids): each has its `prov:used` quad there."""
    stale: CorpusFacts
    """The previous build's tallies of the documents whose graphs this build drops."""


class CorpusGraph:
    """The corpus graph of a build's documents: `kept` are those whose graphs stay in an
    updated store (or, in a fresh build, nothing), `changed` the rest."""

    def __init__(
        self,
        kept: CorpusFacts,
        changed: CorpusFacts,
        documents: Iterable[str],
        rules: RelationRules,
        previous: PreviousCorpus | None = None,
    ) -> None:
        self.kept, self.changed, self.rules, self.previous = kept, changed, rules, previous
        self.documents = sorted(documents)
        self.facts = _merged(kept, changed)
        self.claims: list[Claim] = self.facts.claims(rules)

    def quads(self) -> Iterator[Quad]:
        """The whole graph, in a stable order."""
        yield from self._usage(self.documents)
        yield from self.facts.quads(self.claims)

    def batches(self) -> Iterator[list[Quad]]:
        """The whole graph in lists of at most BATCH_QUADS, for a store to load one by one."""
        from kg.workers import batches

        return batches(self.quads(), lambda _: 1, BATCH_QUADS)

    def changes(self) -> tuple[set[Quad], set[Quad]]:
        """(quads to remove, quads to add) that turn the previous build's corpus graph into
        this one. Needs `previous`."""
        if self.previous is None:
            raise ValueError("no previous corpus graph to compare with")
        before = _merged(self.kept, self.previous.stale)
        pairs = self._pairs(self.previous.stale.statements) | self._pairs(self.changed.statements)
        removed, added = changed_quads(
            before,
            self.facts,
            aggregate(self._about(before.statements, pairs), self.rules),
            aggregate(self._about(self.facts.statements, pairs), self.rules),
        )
        now = set(self.documents)
        removed.update(self._usage(sorted(self.previous.documents - now)))
        added.update(self._usage(sorted(now - self.previous.documents)))
        return removed, added

    def _usage(self, documents: Iterable[str]) -> Iterator[Quad]:
        """The `prov:used` quads of these documents, parsed: the store takes Quad objects."""
        activity = self.facts.activity
        usage = "".join(document_usage_nquads(d, activity) for d in documents)
        return parse(usage.encode(), format=RdfFormat.N_QUADS)

    def _pairs(self, records: Sequence[StatementRecord]) -> set[frozenset[str]]:
        return {frozenset(self._oriented(record)) for record in records}

    def _about(
        self, records: Sequence[StatementRecord], pairs: set[frozenset[str]]
    ) -> list[StatementRecord]:
        """The statements about these pairs of concepts: all that their claims count."""
        return [r for r in records if frozenset(self._oriented(r)) in pairs]

    def _oriented(self, record: StatementRecord) -> tuple[str, str]:
        subject, _, obj = self.rules.orient(record)
        return subject, obj


def _merged(*parts: CorpusFacts) -> CorpusFacts:
    whole = CorpusFacts(parts[0].activity, parts[0].extractor_version)
    for part in parts:
        whole.merge(part)
    return whole
