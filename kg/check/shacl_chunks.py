"""`hlkg check`'s SHACL validation of a build, in chunks of documents' graphs on two
processes, with the same findings as validating the whole union (kg.check.shacl).

Every shape of shapes.ttl looks at its focus node's own triples, at the triples pointing at
it through an inverse path (dcterms:isPartOf), at the types of the nodes its properties point
to (sh:class), and at the class and property hierarchy (rdfs:subClassOf*, sh:class). A node
whose triples all sit in one document's graph ("local") is therefore validated exactly as in
the whole graph by a chunk holding its document's graph plus: the hierarchy, the triples of
other graphs pointing at it through those predicates, and the types of the nodes it points
to. Every other node (concepts, the activity, co-occurrences: "shared") is validated in one
more chunk built the same way around them. A chunk keeps only the findings about the nodes it
owns, and about nodes that are never a subject (they have no triples of their own, so every
chunk that targets them finds the same). _reach checks that the shapes stay that local; if
they do not, the build is validated whole.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH

from kg import namespaces as ns
from kg.check.findings import Finding
from kg.check.shacl import (
    core_findings,
    parse_n_triples,
    read_build,
    sparql_findings,
    split_shapes,
    validate,
)
from kg.ontology import parse_turtle, shapes_file

_SCHEMA = (str(RDFS.subClassOf),)
_VALUE_COMPONENTS = (
    "class datatype nodeKind minLength maxLength pattern flags languageIn in hasValue "
    "minInclusive maxInclusive minExclusive maxExclusive message severity deactivated name "
    "description"
)
_LOCAL_COMPONENTS = {str(SH[name]) for name in _VALUE_COMPONENTS.split()} | {
    str(RDF.type),
    str(RDFS.comment),
    str(RDFS.label),
}
_NESTING = (SH["or"], SH["and"], SH.xone, SH["not"], SH.qualifiedValueShape, SH.node)


@dataclass
class _Reach:
    """What the shapes read beyond a focus node's own triples."""

    schema: set[str]  # predicates read transitively (the hierarchy)
    inverse: set[str]  # predicates read backwards, every such triple counts
    targeted_objects: set[str]  # sh:targetObjectsOf: one such triple counts


def _reach(shapes: rdflib.Graph) -> _Reach | None:
    """The predicates the shapes read beyond each focus node, or None if they read further."""
    schema, inverse = set(_SCHEMA), set()
    if any(shapes.subjects(SH.target, None)):
        return None
    for _shape, path in shapes.subject_objects(SH.path):
        if isinstance(path, rdflib.URIRef):
            continue
        steps = list(shapes.predicate_objects(path))
        if len(steps) != 1 or not isinstance(steps[0][1], rdflib.URIRef):
            return None
        kind, predicate = steps[0]
        if kind == SH.inversePath:
            inverse.add(str(predicate))
        elif kind in (SH.zeroOrMorePath, SH.oneOrMorePath):
            schema.add(str(predicate))
        else:
            return None
    if not all(_value_shape_is_local(shapes, nested) for nested in _nested_shapes(shapes)):
        return None
    if inverse and _inverse_path_on_unowned_nodes(shapes):
        return None
    targeted = {str(p) for p in shapes.objects(None, SH.targetObjectsOf)}
    return _Reach(schema, inverse, targeted)


def _inverse_path_on_unowned_nodes(shapes: rdflib.Graph) -> bool:
    """Whether a shape reads triples pointing at a node that may have none of its own (a target
    by name or as an object): every chunk naming it would see only its own such triples."""
    for shape in {
        *shapes.subjects(SH.targetObjectsOf, None),
        *shapes.subjects(SH.targetNode, None),
    }:
        for property_shape in (shape, *shapes.objects(shape, SH.property)):
            path = shapes.value(property_shape, SH.path)
            if path is not None and shapes.value(path, SH.inversePath) is not None:
                return True
    return False


def _nested_shapes(shapes: rdflib.Graph) -> Iterator[rdflib.term.Node]:
    for predicate in _NESTING:
        for value in shapes.objects(None, predicate):
            if predicate in (SH["or"], SH["and"], SH.xone):
                yield from Collection(shapes, value)
            else:
                yield value


def _value_shape_is_local(shapes: rdflib.Graph, shape: rdflib.term.Node) -> bool:
    """A shape applied to a value node reads only that node's types and the hierarchy."""
    return all(str(p) in _LOCAL_COMPONENTS for p in shapes.predicates(shape, None))


def validate_build(
    build_dir: Path | str | None = None,
    extra: Sequence[Path] = (),
    *,
    chunk_docs: int | None = 50,
    workers: int = 2,
) -> list[Finding]:
    """Every SHACL finding about the build (plus `extra` ontology files), without duplicates.

    `chunk_docs` documents' graphs are validated at a time, in `workers` processes; with
    `chunk_docs=None` the build is validated whole (the reference the chunks must match).
    """
    shapes = parse_turtle(shapes_file())
    core, sparql = split_shapes(shapes)
    reach = _reach(core) if chunk_docs else None
    if reach is None:
        data, store = read_build(build_dir, extra)
        return sorted(set(validate(data, shapes, store=store)))
    with _pool(workers) as pool:  # its processes start while the store loads
        store = _quad_store(build_dir, extra)
        planner = _Planner(store, reach)
        findings = set(_run_chunks(pool, planner, planner.chunks(chunk_docs), workers))
        findings.update(sparql_findings(None, shapes, sparql, store, union=True))
    return sorted(findings)


@contextlib.contextmanager
def _pool(workers: int) -> Iterator[Any]:
    """A pool of `workers` processes, each already past its imports; None for one worker."""
    if workers <= 1:
        yield None
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")  # the parent holds Oxigraph's threads
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        for _ in range(workers):
            pool.submit(_core_shapes)
        yield pool


def _run_chunks(pool, planner: _Planner, chunks: Iterator[_Chunk], workers: int):
    """pyshacl on each chunk, in the pool's processes, at most two chunks waiting per worker
    so that memory stays flat; only the findings about the nodes a chunk owns."""
    if pool is None:
        for chunk in chunks:
            yield from _kept(planner, chunk, _chunk_findings(chunk.data))
        return
    from concurrent.futures import FIRST_COMPLETED, wait

    waiting: dict = {}
    for chunk in chunks:
        if len(waiting) >= 2 * workers:
            done, _ = wait(waiting, return_when=FIRST_COMPLETED)
            for future in done:
                yield from _kept(planner, waiting.pop(future), future.result())
        waiting[pool.submit(_chunk_findings, chunk.data)] = chunk
        chunk.data = b""
    for future, chunk in waiting.items():
        yield from _kept(planner, chunk, future.result())


def _kept(planner: _Planner, chunk: _Chunk, found: list[Finding]) -> Iterator[Finding]:
    return (f for f in found if planner.keep(chunk, f))


def _chunk_findings(data: bytes) -> list[Finding]:
    """pyshacl's findings on one chunk's N-Triples (run in a worker process)."""
    return core_findings(parse_n_triples(data), _core_shapes())


@functools.cache
def _core_shapes() -> rdflib.Graph:
    return split_shapes(parse_turtle(shapes_file()))[0]


_EXTENSION_GRAPH = "urn:hlkg:check:extension"


def _quad_store(build_dir: Path | str | None, extra: Sequence[Path]) -> Any:
    """An in-memory copy of the build's quads, with the extension files in a graph of their
    own (the on-disk store answers the planner's lookups far slower)."""
    import pyoxigraph

    from kg.buildstore import open_store

    memory = pyoxigraph.Store()
    quads = open_store(build_dir).dump(format=pyoxigraph.RdfFormat.N_QUADS)
    memory.bulk_load(quads, format=pyoxigraph.RdfFormat.N_QUADS)
    for path in extra:
        memory.bulk_load(
            path=str(path),
            format=pyoxigraph.RdfFormat.TURTLE,
            base_iri=Path(path).resolve().as_uri(),
            to_graph=pyoxigraph.NamedNode(_EXTENSION_GRAPH),
        )
    return memory


_SHARED = object()  # the home of a node whose triples are not all in one document's graph


@dataclass
class _Chunk:
    """The N-Triples of one chunk and the nodes whose findings it reports."""

    data: bytes
    owned: set[str]


class _Planner:
    """Which node lives where, and what each chunk needs beyond its documents' graphs."""

    def __init__(self, store: Any, reach: _Reach):
        import pyoxigraph

        self.ox = pyoxigraph
        self.store = store
        self.reach = reach
        self.rdf_type = pyoxigraph.NamedNode(str(RDF.type))
        self.home: dict[Any, Any] = {}
        shared_graphs = {ns.ONTOLOGY_GRAPH, ns.CORPUS_GRAPH, _EXTENSION_GRAPH}
        for solution in store.query("SELECT DISTINCT ?s ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            node, graph = solution[0], solution[1]
            if graph.value in shared_graphs:
                graph = _SHARED
            if self.home.setdefault(node, graph) != graph:
                self.home[node] = _SHARED
        for quad in store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()):
            self.home[quad.subject] = _SHARED
        self.documents = sorted(
            {g for g in self.home.values() if g is not _SHARED}, key=lambda g: g.value
        )
        self.subjects = {_key(node) for node in self.home}
        self.types: dict[Any, list] = {}

    def chunks(self, size: int) -> Iterator[_Chunk]:
        """The shared chunk, then the documents' graphs `size` at a time (made as needed)."""
        extra = self._incoming()
        schema = self._schema()
        yield self._shared_chunk(extra.get(_SHARED, []), schema)
        by_home: dict[Any, set[str]] = {}
        for node, home in self.home.items():
            by_home.setdefault(home, set()).add(_key(node))
        for start in range(0, len(self.documents), size):
            batch = self.documents[start : start + size]
            yield self._document_chunk(batch, extra, schema, by_home)

    def _schema(self) -> bytes:
        triples = []
        for predicate in self.reach.schema:
            for quad in self.store.quads_for_pattern(None, self.ox.NamedNode(predicate), None):
                triples.append(quad.triple)
        return self._n_triples(triples)

    def _incoming(self) -> dict[Any, list]:
        """For each home, the triples of other graphs pointing at its nodes that the shapes read:
        all of those on an inverse path (and their subjects' types), one per sh:targetObjectsOf."""
        extra: dict[Any, list] = {}
        witnessed = set()
        for predicate in sorted(self.reach.inverse | self.reach.targeted_objects):
            inverse = predicate in self.reach.inverse
            for quad in self.store.quads_for_pattern(None, self.ox.NamedNode(predicate), None):
                home = self.home.get(quad.object)
                if home is None or home == quad.graph_name:
                    continue  # never a subject, or pointed at from its own graph
                if not inverse:
                    if (quad.object, predicate) in witnessed:
                        continue
                    witnessed.add((quad.object, predicate))
                extra.setdefault(home, []).append(quad.triple)
                if inverse:
                    extra[home].extend(self._types_of(quad.subject))
        return extra

    def _types_of(self, node: Any) -> list:
        if node not in self.types:
            self.types[node] = [
                q.triple for q in self.store.quads_for_pattern(node, self.rdf_type, None)
            ]
        return self.types[node]

    def _document_chunk(self, batch: list, extra: dict, schema: bytes, by_home) -> _Chunk:
        parts, triples, owned = [schema], [], set()
        members = set(batch)
        for graph in batch:
            parts.append(self.store.dump(format=self.ox.RdfFormat.N_TRIPLES, from_graph=graph))
            triples.extend(extra.get(graph, []))
            owned |= by_home[graph]
            for value in self._values(graph):
                if self.home.get(value) not in members:
                    triples.extend(self._types_of(value))
        parts.append(self._n_triples(triples))
        return _Chunk(b"".join(parts), owned)

    def _values(self, graph: Any) -> Iterator[Any]:
        """The nodes (not literals) that the triples of `graph` point to."""
        if isinstance(graph, self.ox.NamedNode):
            query = f"SELECT DISTINCT ?o {{ GRAPH {graph} {{ ?s ?p ?o }} FILTER (!isLiteral(?o)) }}"
            yield from (solution[0] for solution in self.store.query(query))
            return
        for quad in self.store.quads_for_pattern(None, None, None, graph):
            if not isinstance(quad.object, self.ox.Literal):
                yield quad.object

    def _shared_chunk(self, incoming: list, schema: bytes) -> _Chunk:
        shared = [n for n, home in self.home.items() if home is _SHARED]
        triples = list(incoming)
        for node in shared:
            for quad in self.store.quads_for_pattern(node, None, None):
                triples.append(quad.triple)
                if not isinstance(quad.object, self.ox.Literal):
                    triples.extend(self._types_of(quad.object))
        return _Chunk(schema + self._n_triples(triples), {_key(n) for n in shared})

    def _n_triples(self, triples: list) -> bytes:
        unique = list(dict.fromkeys(triples))
        return self.ox.serialize(unique, format=self.ox.RdfFormat.N_TRIPLES) or b""

    def keep(self, chunk: _Chunk, finding: Finding) -> bool:
        return finding.entity in chunk.owned or finding.entity not in self.subjects


def _key(node: Any) -> str:
    return node.value
