"""A build's graph loaded into a SPARQL server (`hlkg build --store-endpoint`), for a graph
that outgrows one machine's disk, instead of the build folder's Oxigraph store.

The same named graphs as a local build go over the Graph Store HTTP Protocol (kg.remote):
the ontology graph and each new or changed document's graph are PUT (a PUT replaces the
graph whole, so a reader sees a document's old graph or its new one, never half of it);
when every document is done, the corpus graph is PUT again and the graphs of documents the
previous build had and this one has not are DELETEd. The build folder keeps the manifest,
tallies and cache, and records the server, so that the next build updates it and `hlkg
query`, `view` and `site` read from it (kg.endpoint_store).

A build that fails part way puts the server back as it was: before it first writes a graph,
the loader reads what the server holds there (when the previous build put it there, or it
is the ontology or corpus graph), and on failure it PUTs those graphs back and deletes the
ones it added. If that fails too (the server went away), the error says so, and which
graphs the failed build wrote; the previous build stays current in the build folder, and
the next build puts every document that differs from it again.
"""

from __future__ import annotations

import contextlib
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import remote
from kg.httpauth import Opener, check_url, connect

_CORPUS_CHUNK_BYTES = 16_000_000
"""The corpus graph goes in requests of about this size: one PUT, then POSTs that add."""


@dataclass(frozen=True)
class GraphServer:
    """Where a build loads its graph (`gsp`) and where commands then query it (`query`): URLs
    without user-info, so that they can be recorded; the credentials live in `opener`."""

    query: str
    gsp: str
    opener: Opener = field(default_factory=Opener, compare=False, repr=False)
    """Sends every request, with the credentials `at` found (kg.httpauth)."""
    timeout: float = field(default=300.0, compare=False)

    @classmethod
    def at(
        cls,
        base: str,
        *,
        gsp: str | None = None,
        query: str | None = None,
        user: str | None = None,
        interactive: bool | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> GraphServer:
        """A server by its base URL, with Oxigraph's layout (URL/store, URL/query) unless
        `gsp` and `query` say otherwise (Virtuoso: URL/sparql-graph-crud-auth and URL/sparql).

        `user` and the URLs' user-info name the login; the password comes from where
        `kg.httpauth.connect` looks (`interactive` and `environ` are passed to it).
        """
        root = check_url(base).rstrip("/")
        # The base URL goes too: its user-info counts when both other URLs are given.
        opener, (_, query_url, gsp_url) = connect(
            root,
            query or f"{root}/query",
            gsp or f"{root}/store",
            user=user,
            interactive=interactive,
            environ=environ,
        )
        return cls(query=query_url, gsp=gsp_url, opener=opener)

    def record(self) -> dict[str, str]:
        """What the build's manifest keeps of it (never credentials)."""
        return {"query": self.query, "gsp": self.gsp}

    def put(self, graph: str, ntriples: bytes, *, add: bool = False) -> None:
        """Replace `graph` with these triples, or `add` them to it."""
        remote.put_graph(
            self.gsp, graph, ntriples, not add, self.timeout, opener=self.opener, what="store"
        )

    def delete(self, graph: str) -> None:
        """Delete `graph`; one the server does not have is no error."""
        remote.delete_graph(self.gsp, graph, self.timeout, opener=self.opener, what="store")

    def get(self, graph: str) -> bytes | None:
        """`graph` as N-Triples, or None when the server does not have it."""
        import urllib.request

        from pyoxigraph import RdfFormat, parse, serialize

        from kg.httpauth import ServerError

        request = urllib.request.Request(  # noqa: S310 (check_url allows http(s) only)
            remote.store_url(self.gsp, graph), headers={"Accept": "application/n-triples"}
        )
        try:
            with self.opener.open(request, self.timeout, "store") as answer:
                data = answer.read()
                kind = answer.headers.get_content_type()
        except ServerError as error:
            if error.status == 404:
                return None
            raise
        # Whatever syntax the server answers in (Virtuoso may prefer Turtle), N-Triples out.
        rdf_format = RdfFormat.from_media_type(kind) or RdfFormat.N_TRIPLES
        triples = [quad.triple for quad in parse(data, format=rdf_format)]
        return serialize(triples, format=RdfFormat.N_TRIPLES) or b""


class ServerLoader:
    """kg.build's loader for a server: takes N-Quads text, sends graphs.

    `previous`: the documents (ids) whose graphs the previous build of this build folder put
    on this server; those this build does not have are deleted at the end. `leftovers`: a
    file in the build folder naming the graphs that a failed build added and could not
    delete; a build that succeeds deletes those it did not write, and the file.
    """

    def __init__(
        self,
        server: GraphServer,
        ontology: Iterable[Any],
        previous: set[str],
        leftovers: Path | None = None,
    ) -> None:
        from pyoxigraph import RdfFormat, serialize

        from kg.namespaces import CORPUS_GRAPH, ONTOLOGY_GRAPH
        from kg.provenance import document_iri

        self.server = server
        self.previous = previous
        self.leftovers = leftovers
        self.graphs = 0
        self.before: dict[str, bytes | None] = {}
        """Each graph this build wrote, as it was before (None: the server had none)."""
        self.known = {document_iri(d) for d in previous} | {ONTOLOGY_GRAPH, CORPUS_GRAPH}
        """The graphs worth reading before writing: others are new (this folder's ids)."""
        # One request: the ontology's blank nodes keep their links to each other.
        triples = [quad.triple for quad in ontology]
        self._put(ONTOLOGY_GRAPH, serialize(triples, format=RdfFormat.N_TRIPLES) or b"")

    def load(self, nquads: bytes) -> None:
        """PUT each document graph in this batch. Their quads of the corpus graph come again
        in `finish`'s."""
        from pyoxigraph import RdfFormat, parse, serialize

        from kg.namespaces import CORPUS_GRAPH

        graphs: dict[str, list[Any]] = defaultdict(list)
        for quad in parse(nquads, format=RdfFormat.N_QUADS):
            graphs[quad.graph_name.value].append(quad.triple)
        for graph, triples in graphs.items():
            if graph != CORPUS_GRAPH:
                self._put(graph, serialize(triples, format=RdfFormat.N_TRIPLES) or b"")
                self.graphs += 1

    def finish(self, documents: set[str], corpus: Any) -> None:
        """Replace the corpus graph (kg.corpus_graph.CorpusGraph) whole, then delete the
        graphs of documents gone since the previous build."""
        from pyoxigraph import RdfFormat, serialize

        from kg.namespaces import CORPUS_GRAPH
        from kg.provenance import document_iri

        parts = (
            serialize([quad.triple for quad in batch], format=RdfFormat.N_TRIPLES) or b""
            for batch in corpus.batches()
        )
        _put_in_chunks(self._put, CORPUS_GRAPH, parts)
        gone = {document_iri(d) for d in self.previous - documents} | (
            _read_lines(self.leftovers) - self.before.keys()
        )
        for graph in sorted(gone):
            self._remember(graph)
            self.server.delete(graph)
        if self.leftovers is not None:
            self.leftovers.unlink(missing_ok=True)

    def abandon(self) -> None:
        """Put back every graph this build wrote as it was before (the build failed).

        Raises HlkgError, saying what the server now holds, when that fails too."""
        from kg.errors import HlkgError

        for restored, (graph, content) in enumerate(reversed(list(self.before.items()))):
            try:
                if content is None:
                    self.server.delete(graph)
                else:  # in requests of bounded size, like the corpus graph's upload
                    _put_in_chunks(self.server.put, graph, content.splitlines(keepends=True))
            except HlkgError as error:
                left = len(self.before) - restored
                self._record_leftovers()
                raise HlkgError(
                    f"putting the server back failed too ({error}): {left} of the"
                    f" {len(self.before)} graphs this build wrote still hold its data (the"
                    " ontology, corpus and document graphs of a build that did not finish);"
                    " the next `hlkg build` of this build folder with this --store-endpoint"
                    " writes them again or deletes them"
                ) from error
        self.before = {}

    def _record_leftovers(self) -> None:
        """Name, for the next build, the graphs this one added: nothing else knows them."""
        if self.leftovers is None:
            return
        added = {graph for graph, content in self.before.items() if content is None}
        text = "".join(f"{g}\n" for g in sorted(added | _read_lines(self.leftovers)))
        with contextlib.suppress(OSError):  # the error already says what the server holds
            temporary = self.leftovers.with_suffix(".tmp")
            temporary.write_text(text, encoding="utf-8")
            os.replace(temporary, self.leftovers)

    def _put(self, graph: str, ntriples: bytes, *, add: bool = False) -> None:
        self._remember(graph)
        self.server.put(graph, ntriples, add=add)

    def _remember(self, graph: str) -> None:
        if graph not in self.before:
            self.before[graph] = self.server.get(graph) if graph in self.known else None


def _read_lines(path: Path | None) -> set[str]:
    try:
        return set(path.read_text(encoding="utf-8").split()) if path else set()
    except (OSError, ValueError):
        return set()


def _put_in_chunks(put: Callable[..., None], graph: str, parts: Iterable[bytes]) -> None:
    """`graph` set to these N-Triples in requests of about _CORPUS_CHUNK_BYTES: one PUT
    (empty when there are none, which still replaces the graph), then POSTs that add."""
    first = True
    for chunk in _chunks(parts, _CORPUS_CHUNK_BYTES):
        put(graph, chunk, add=not first)
        first = False
    if first:
        put(graph, b"")


def _chunks(parts: Iterable[bytes], size: int) -> Iterable[bytes]:
    batch: list[bytes] = []
    held = 0
    for part in parts:
        batch.append(part)
        held += len(part)
        if held >= size:
            yield b"".join(batch)
            batch, held = [], 0
    if batch:
        yield b"".join(batch)
