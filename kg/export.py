"""Exporting the graph and the ontology in the standard RDF formats and as a network for Gephi.

Output is deterministic: blank nodes get content-derived labels (RDFC-1.0) and statements are
sorted before pyoxigraph writes them in the order given, so the same input gives byte-identical
files. Files are written beside the target and renamed into place, so an export that fails or
is killed leaves any earlier file intact.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import pyoxigraph

from kg.errors import HlkgError
from kg.namespaces import ONTOLOGY_GRAPH, PREFIXES

RDF_FORMATS: dict[str, pyoxigraph.RdfFormat] = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "trig": pyoxigraph.RdfFormat.TRIG,
    "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
    "nquads": pyoxigraph.RdfFormat.N_QUADS,
    "jsonld": pyoxigraph.RdfFormat.JSON_LD,
    "xml": pyoxigraph.RdfFormat.RDF_XML,
}
NETWORK_FORMATS = ("graphml", "gexf")
FORMATS = (*RDF_FORMATS, *NETWORK_FORMATS)
WHATS = ("all", "graph", "ontology")
DATASET_FORMATS = ("trig", "nquads")
"""Formats that keep the named graphs: one per document, the corpus graph, the ontology."""


def export(what: str = "all", fmt: str = "turtle", build_dir: Path | str | None = None) -> bytes:
    """The serialised export; `--what ontology` needs no build."""
    if fmt not in FORMATS:
        raise HlkgError(f"unknown export format {fmt!r}: one of {', '.join(FORMATS)}", 2)
    if what not in WHATS:
        raise HlkgError(f"--what must be one of {', '.join(WHATS)}, not {what!r}", 2)
    if fmt in NETWORK_FORMATS:
        if what == "ontology":
            raise HlkgError(f"--format {fmt} exports the concept network of a built graph", 2)
        from kg.buildstore import open_store

        return network_bytes(open_store(build_dir), fmt)
    if what == "ontology" and fmt == "xml":
        return ontology_rdfxml()
    quads = ontology_quads() if what == "ontology" else store_quads(build_dir, what)
    return rdf_bytes(quads, fmt)


def ontology_quads() -> list[pyoxigraph.Quad]:
    """The core ontology files, parsed into the ontology's named graph."""
    from kg.ontology import ontology_files

    graph = pyoxigraph.NamedNode(ONTOLOGY_GRAPH)
    quads: list[pyoxigraph.Quad] = []
    for path in ontology_files():
        try:
            for parsed in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE):
                quads.append(
                    pyoxigraph.Quad(parsed.subject, parsed.predicate, parsed.object, graph)
                )
        except SyntaxError as error:
            raise HlkgError(f"{path}: {error}", 2) from None
    return quads


def ontology_rdfxml() -> bytes:
    """RDF/XML of the ontology for owlready2 and Protégé, as the ontology module writes it."""
    from kg.ontology import load_ontology, to_rdfxml

    return to_rdfxml(load_ontology())


def store_quads(build_dir: Path | str | None, what: str) -> list[pyoxigraph.Quad]:
    from kg.buildstore import open_store

    store = open_store(build_dir)
    ontology = pyoxigraph.NamedNode(ONTOLOGY_GRAPH)
    return [
        q
        for q in store.quads_for_pattern(None, None, None, None)
        if what == "all" or q.graph_name != ontology
    ]


def canonical_sorted(quads: list[pyoxigraph.Quad]) -> list[pyoxigraph.Quad]:
    """Quads with content-derived blank node labels, sorted by graph, then as N-Quads text."""
    if any(
        isinstance(term, pyoxigraph.BlankNode)
        for q in quads
        for term in (q.subject, q.object, q.graph_name)
    ):
        dataset = pyoxigraph.Dataset(quads)
        dataset.canonicalize(pyoxigraph.CanonicalizationAlgorithm.RDFC_1_0)
        quads = list(dataset)
    return sorted(quads, key=lambda q: (str(q.graph_name), str(q)))


def rdf_bytes(quads: list[pyoxigraph.Quad], fmt: str) -> bytes:
    quads = canonical_sorted(quads)
    rdf_format = RDF_FORMATS[fmt]
    if fmt in DATASET_FORMATS:
        statements: list[Any] = quads
    else:
        # A triples format merges the graphs: each triple once, in sorted order.
        statements = sorted({q.triple for q in quads}, key=str)
    prefixes = PREFIXES if fmt in ("turtle", "trig", "xml") else None
    try:
        return pyoxigraph.serialize(statements, format=rdf_format, prefixes=prefixes) or b""
    except (ValueError, OSError) as error:
        raise HlkgError(f"cannot write {fmt}: {error}") from None


def network(store: Any):  # -> networkx.MultiDiGraph
    """The concept graph with only the attribute types GraphML and GEXF can carry."""
    import networkx as nx

    from kg.network import concept_graph

    source = concept_graph(store)
    graph = nx.MultiDiGraph()
    for node, data in source.nodes(data=True):
        graph.add_node(node, **_flat(data))
    for subject, obj, key, data in source.edges(keys=True, data=True):
        graph.add_edge(subject, obj, key=key, **_flat(data))
    return graph


def _flat(data: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in sorted(data.items()):
        if value is None:
            continue
        if isinstance(value, bool | int | float | str):
            flat[name] = value
        elif isinstance(value, list | tuple | set | frozenset):
            items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
            flat[name] = " | ".join(_text(item) for item in items)
        else:
            flat[name] = _text(value)
    return flat


def _text(value: Any) -> str:
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        # Evidence and other named tuples: their non-empty fields.
        return " — ".join(str(v) for v in value if v)
    return str(value)


def network_bytes(store: Any, fmt: str) -> bytes:
    import networkx as nx

    graph = network(store)
    if fmt == "graphml":
        text = "\n".join(nx.generate_graphml(graph))
    else:
        text = "\n".join(nx.generate_gexf(graph))
        # GEXF's meta carries today's date: drop it so the same graph gives the same bytes.
        text = re.sub(r'\s+lastmodifieddate="[^"]*"', "", text)
    return (text + "\n").encode("utf-8")


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside `path` and rename over it: readers see the old file or the new one."""
    directory = path.parent
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, then renamed)
            "wb", dir=directory, prefix=f".{path.name}.", suffix=".tmp", delete=False
        )
    except OSError as error:
        raise HlkgError(f"cannot write {path}: {error}") from None
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
