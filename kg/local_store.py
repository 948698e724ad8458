"""A build's graph in the build folder's own Oxigraph store (the default; the other place is a
SPARQL server, kg.server_store).

A fresh build bulk-loads everything into a new store. An update copies the previous build's
store (hard links: milliseconds), drops the graphs of documents that changed or went away and
loads the new ones. The corpus graph (co-occurrence, figures, claims: about 50 quads per
document) is not dropped and loaded again: one edited document changes a few hundred of its
quads, while dropping it whole took 19 of the 24 seconds of a one-document update at 10,000
documents. The update compares the stored corpus graph with the new one, line by line in
N-Quads, and removes and adds only the difference, so the store ends up holding exactly the
quads a fresh build writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.buildstore import store_path
from kg.namespaces import CORPUS_GRAPH

_CORPUS_SUFFIX = f" <{CORPUS_GRAPH}> .".encode()


def copy_store(previous: Path, build: Path) -> None:
    """Oxigraph's backup hard-links the store's immutable files: milliseconds, any size."""
    import pyoxigraph

    source = pyoxigraph.Store.read_only(str(store_path(previous)))
    source.backup(str(store_path(build)))


class LocalLoader:
    """kg.build's loader for the build folder's store: takes N-Quads text.

    `load` takes documents' quads (their graphs, and the one quad each puts in the corpus
    graph), `load_corpus` the corpus graph's quads, `finish` completes the graph. With
    `previous` (the previous build folder) and `stale` (ids of its documents whose graphs
    go), the store is a copy of the previous one, updated.
    """

    def __init__(
        self,
        build: Path,
        ontology: Iterable[Any],
        previous: Path | None = None,
        stale: Iterable[str] = (),
    ) -> None:
        import pyoxigraph

        from kg.provenance import document_iri

        path = str(store_path(build))
        self.updating = previous is not None
        self.corpus: set[bytes] = set()
        """An update's new corpus graph, as N-Triples lines (a fresh build loads it at once)."""
        if previous is None:
            self.store: Any = pyoxigraph.Store(path)
            # Blank nodes: a load of N-Quads text would relabel them, Quad objects keep them.
            self.store.bulk_extend(ontology)
            return
        copy_store(previous, build)
        self.store = pyoxigraph.Store(path)
        for doc_id in stale:
            self.store.remove_graph(pyoxigraph.NamedNode(document_iri(doc_id)))

    def load(self, nquads: bytes) -> None:
        from pyoxigraph import RdfFormat

        # Lenient: the text comes from pyoxigraph's own serializer of terms that were
        # validated when they were made.
        self.store.bulk_load(nquads, format=RdfFormat.N_QUADS, lenient=True)

    def load_corpus(self, nquads: bytes) -> None:
        """Quads of the corpus graph (N-Quads, every one in it)."""
        if not self.updating:
            self.load(nquads)
            return
        for line in nquads.splitlines():
            if not line.endswith(_CORPUS_SUFFIX):
                raise ValueError(f"not a quad of the corpus graph: {line[:200]!r}")
            self.corpus.add(line[: -len(_CORPUS_SUFFIX)] + b" .")

    def finish(self, documents: set[str]) -> None:
        """An update's corpus graph becomes the new one; stale document graphs went when the
        store was opened."""
        if self.updating:
            replace_graph_lines(self.store, _corpus_graph(), self.corpus)
            self.corpus = set()
        self.store.flush()


def replace_graph_lines(store: Any, graph: Any, lines: set[bytes]) -> tuple[int, int]:
    """Make `graph` in `store` hold exactly the triples of `lines` (N-Triples), touching only
    what differs: (triples removed, triples added).

    Removals go first, so a quad written differently in the store's dump and in `lines`
    (never seen with pyoxigraph's one serializer, but not ruled out) is removed and added
    back rather than lost.
    """
    from pyoxigraph import Quad, RdfFormat, parse

    stored = store.dump(format=RdfFormat.N_TRIPLES, from_graph=graph) or b""
    gone: list[bytes] = []
    present: set[bytes] = set()
    for line in stored.splitlines():
        if line in lines:
            present.add(line)
        else:
            gone.append(line)
    del stored
    for triple in parse(b"\n".join(gone), format=RdfFormat.N_TRIPLES, lenient=True):
        store.remove(Quad(triple.subject, triple.predicate, triple.object, graph))
    added = [line for line in lines if line not in present]
    if added:
        text = b"\n".join(sorted(added))
        store.bulk_load(text, format=RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)
    return len(gone), len(added)


def _corpus_graph() -> Any:
    from pyoxigraph import NamedNode

    return NamedNode(CORPUS_GRAPH)
