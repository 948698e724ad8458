"""A build's graph in the build folder's own Oxigraph store (the default; the other place is a
SPARQL server, kg.server_store).

A fresh build bulk-loads everything into a new store. An update copies the previous build's
store (hard links: milliseconds), drops the graphs of documents that changed or went away,
loads the new ones, and removes and adds only the corpus graph's quads that change
(kg.corpus_graph), so that the store holds exactly the quads a fresh build writes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.buildstore import store_path


def copy_store(previous: Path, build: Path) -> None:
    """Oxigraph's backup hard-links the store's immutable files: milliseconds, any size."""
    import pyoxigraph

    source = pyoxigraph.Store.read_only(str(store_path(previous)))
    source.backup(str(store_path(build)))


class LocalLoader:
    """kg.build's loader for the build folder's store: `load` takes documents' quads as
    N-Quads text, `finish` writes the corpus graph.

    With `previous` (the previous build folder) and `stale` (ids of its documents whose
    graphs go), the store is a copy of the previous one, updated.
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

    def abandon(self) -> None:
        """Nothing to undo: the failed build's folder, store and all, is removed."""

    def finish(self, documents: set[str], corpus: Any) -> None:
        """Write the corpus graph (kg.corpus_graph.CorpusGraph): whole in a new store, only
        its changes in an updated one."""
        from pyoxigraph import RdfFormat, serialize


        if self.updating:
            removed, added = corpus.changes()
            for quad in sorted(removed, key=str):
                self.store.remove(quad)
            self.store.extend(sorted(added, key=str))
        else:
            for batch in corpus.batches():
                text = serialize(batch, format=RdfFormat.N_QUADS) or b""
                self.store.bulk_load(text, format=RdfFormat.N_QUADS, lenient=True)
        self.store.flush()
