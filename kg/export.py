"""Exporting the graph and the ontology in the standard RDF formats and as a network for Gephi.

Output is deterministic: blank nodes get content-derived labels (RDFC-1.0) and statements are
sorted before pyoxigraph writes them in the order given, so the same input gives byte-identical
files. Files are written beside the target and renamed into place, so an export that fails or
is killed leaves any earlier file intact.
"""

from __future__ import annotations

import os
import re
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
    if what == "ontology":
        graphs = graph_lines_of_quads(ontology_quads())
    else:
        from kg.buildstore import open_store

        graphs = graph_lines(open_store(build_dir), include_ontology=what == "all")
    return rdf_bytes(canonical(graphs), fmt)


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


GraphLines = dict[str | None, list[bytes]]
"""Each graph's triples as N-Triples lines (b"<s> <p> <o> ."), by graph IRI (None: default)."""


def graph_lines(store: pyoxigraph.Store, include_ontology: bool = True) -> GraphLines:
    """The store's graphs as N-Triples lines, dumped by pyoxigraph (fast, no Python terms).

    Reading the on-disk store dominates an export (each term's text is looked up on disk), and
    pyoxigraph releases the GIL while it dumps: the graphs are dumped on one thread per core.
    """
    from concurrent.futures import ThreadPoolExecutor

    names: list[pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.DefaultGraph] = [
        graph
        for graph in (pyoxigraph.DefaultGraph(), *sorted(store.named_graphs(), key=str))
        if include_ontology or graph != pyoxigraph.NamedNode(ONTOLOGY_GRAPH)
    ]

    def dump(graph: pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.DefaultGraph):
        return store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=graph) or b""

    graphs: GraphLines = {}
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        for graph, data in zip(names, pool.map(dump, names), strict=True):
            if data:
                key = None if isinstance(graph, pyoxigraph.DefaultGraph) else graph.value
                graphs[key] = data.splitlines()
    return graphs


def graph_lines_of_quads(quads: list[pyoxigraph.Quad]) -> GraphLines:
    graphs: dict[str | None, list[pyoxigraph.Triple]] = {}
    for quad in quads:
        name = (
            None if isinstance(quad.graph_name, pyoxigraph.DefaultGraph) else quad.graph_name.value
        )
        graphs.setdefault(name, []).append(quad.triple)
    return {
        name: (
            pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
        ).splitlines()
        for name, triples in graphs.items()
    }


def canonical(graphs: GraphLines) -> GraphLines:
    """Content-derived blank node labels (RDFC-1.0); graphs in name order (lines unsorted).

    Only lines that may hold a blank node (they contain "_:") go through the costly
    canonicalisation, as one dataset so that a node shared by two graphs keeps one label.
    """
    quads: list[pyoxigraph.Quad] = []
    for name, lines in graphs.items():
        candidates = [line for line in lines if b"_:" in line]
        if not candidates:
            continue
        graph = pyoxigraph.DefaultGraph() if name is None else pyoxigraph.NamedNode(name)
        graphs[name] = [line for line in lines if b"_:" not in line]
        for triple in pyoxigraph.parse(
            b"\n".join(candidates), format=pyoxigraph.RdfFormat.N_TRIPLES
        ):
            quads.append(pyoxigraph.Quad(triple.subject, triple.predicate, triple.object, graph))
    if quads:
        dataset = pyoxigraph.Dataset(quads)
        dataset.canonicalize(pyoxigraph.CanonicalizationAlgorithm.RDFC_1_0)
        for name, lines in graph_lines_of_quads(list(dataset)).items():
            graphs[name].extend(lines)
    return dict(sorted(graphs.items(), key=_graph_order))


def _graph_order(item: tuple[str | None, list[bytes]]) -> str:
    return "" if item[0] is None else item[0]


def rdf_bytes(graphs: GraphLines, fmt: str) -> bytes:
    """Serialise sorted lines; pyoxigraph writes statements in the order it is given them."""
    if fmt in DATASET_FORMATS:
        nquads = b"".join(
            (line if name is None else line[:-1] + b"<" + name.encode() + b"> .") + b"\n"
            for name, lines in graphs.items()
            for line in sorted(set(lines))
        )
        if fmt == "nquads":
            return nquads
        statements = pyoxigraph.parse(nquads, format=pyoxigraph.RdfFormat.N_QUADS)
    else:
        # A triples format merges the graphs: each triple once, in sorted order.
        merged = sorted({line for lines in graphs.values() for line in lines})
        ntriples = b"\n".join(merged) + b"\n" if merged else b""
        if fmt == "ntriples":
            return ntriples
        statements = pyoxigraph.parse(ntriples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    prefixes = PREFIXES if fmt in ("turtle", "trig", "xml") else None
    try:
        return pyoxigraph.serialize(statements, format=RDF_FORMATS[fmt], prefixes=prefixes) or b""
    except (ValueError, OSError, SyntaxError) as error:
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
