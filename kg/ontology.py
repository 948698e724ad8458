"""The hlkg ontology as an rdflib graph: which files make it up, loading them, converting them.

The ontology is kept as hand-written Turtle under `ontology/`. Users may extend it with their
own Turtle files; a syntax error in any of them is reported as one `FILE:LINE:COL: message`
line, because the people who edit these files by hand need to know exactly where to look.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import rdflib
from rdflib.namespace import RDFS

from kg.errors import HlkgError
from kg.namespaces import HLKG
from kg.resources import ontology_dir

CORE_FILES = ("frameworks.ttl", "hlkg.ttl", "paraphrases.ttl")
"""The core ontology; shapes.ttl (SHACL for the built graph) is not part of it."""


def ontology_files() -> list[Path]:
    """The core ontology's Turtle files, sorted, as installed or checked out."""
    directory = ontology_dir()
    return sorted(directory / name for name in CORE_FILES if (directory / name).is_file())


def shapes_file() -> Path:
    """The SHACL shapes that the built graph must conform to."""
    return ontology_dir() / "shapes.ttl"


def parse_turtle(path: Path, graph: rdflib.Graph | None = None) -> rdflib.Graph:
    """Parse one Turtle file into `graph` (a new one by default), with a one-line error."""
    graph = rdflib.Graph() if graph is None else graph
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise HlkgError(f"{path}: cannot read: {error.strerror or error}") from error
    try:
        graph.parse(data=data, format="turtle", publicID=Path(path).resolve().as_uri())
    except Exception as error:  # rdflib raises BadSyntax and assorted others
        raise HlkgError(_syntax_message(path, data, error), exit_code=2) from error
    return graph


def load_ontology(extra: Sequence[Path] = ()) -> rdflib.Graph:
    """The core ontology plus the user's extension files, merged into one graph."""
    graph = rdflib.Graph()
    bind_prefixes(graph)
    for path in [*ontology_files(), *extra]:
        parse_turtle(Path(path), graph)
    return graph


def bind_prefixes(graph: rdflib.Graph) -> None:
    from kg.namespaces import PREFIXES

    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)


def to_rdfxml(graph: rdflib.Graph) -> bytes:
    """RDF/XML for owlready2 and Protégé, which cannot read Turtle; byte-identical per input.

    rdflib's RDF/XML writer follows its store's set order, which changes from run to run, so
    the sorted triples go through pyoxigraph's writer, which keeps the order it is given;
    blank nodes (owl:AllDisjointClasses lists, axiom annotations) get content-derived labels.
    """
    import pyoxigraph

    triples = sorted(
        (pyoxigraph.Triple(*map(_to_oxigraph, triple)) for triple in canonical(graph)),
        key=str,
    )
    from kg.namespaces import PREFIXES

    prefixes = {prefix: PREFIXES[prefix] for prefix in sorted(PREFIXES)}
    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.RDF_XML, prefixes=prefixes)


def canonical(graph: rdflib.Graph) -> rdflib.Graph:
    """A copy of `graph` whose blank nodes carry labels derived from their content."""
    from rdflib.compare import to_canonical_graph

    return to_canonical_graph(graph)


def _to_oxigraph(term):  # rdflib term -> pyoxigraph term
    import pyoxigraph

    if isinstance(term, rdflib.URIRef):
        return pyoxigraph.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return pyoxigraph.BlankNode(str(term))
    if term.language:
        return pyoxigraph.Literal(str(term), language=term.language)
    if term.datatype:
        return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)))
    return pyoxigraph.Literal(str(term))


def property_sign(graph: rdflib.Graph, prop: str) -> int | None:
    """+1 or -1 from the nearest hlkg:sign up the rdfs:subPropertyOf chain; None if unsigned.

    Breadth-first, so a property's own sign wins over an ancestor's; cycles are harmless.
    """
    sign = rdflib.URIRef(HLKG + "sign")
    frontier, seen = [rdflib.URIRef(prop)], set()
    while frontier:
        for node in frontier:
            for value in graph.objects(node, sign):
                return int(value)
        seen.update(frontier)
        frontier = sorted(
            {parent for node in frontier for parent in graph.objects(node, RDFS.subPropertyOf)}
            - seen
        )
    return None


def relation_properties(graph: rdflib.Graph) -> list[str]:
    """hlkg:relatedTo and every property under it, sorted: the relations between concepts."""
    top = rdflib.URIRef(HLKG + "relatedTo")
    found = set(graph.transitive_subjects(RDFS.subPropertyOf, top))
    return sorted(str(p) for p in found | {top})


def _syntax_message(path: Path, data: bytes, error: Exception) -> str:
    """`FILE:LINE:COL: what` from an rdflib parser error, as precisely as it allows."""
    why = getattr(error, "_why", None)
    position = getattr(error, "_i", None)
    text = getattr(error, "_str", None)
    if why is not None and isinstance(position, int) and isinstance(text, bytes):
        line = text.count(b"\n", 0, position) + 1
        column = position - (text.rfind(b"\n", 0, position) + 1) + 1
        return f"{path}:{line}:{column}: Turtle syntax error: {why}"
    if isinstance(error, UnicodeDecodeError):
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        return f"{path}:{line}:{column}: not valid UTF-8"
    message = " ".join(str(error).split()) or type(error).__name__
    return f"{path}:1:1: Turtle syntax error: {message}"
