"""Validate a built graph against ontology/shapes.ttl, one finding per violation.

The store holds quads; SHACL validates one graph, so we validate the union of all named
graphs (ontology included: the shapes recognise concepts through rdfs:subClassOf*). `hlkg check`
validates a build in chunks of documents' graphs on two processes, with the same findings as
the whole union (kg.check.shacl_chunks).

pyshacl checks the SHACL Core constraints. The SHACL-SPARQL constraints of shapes.ttl (the
anchor invariant and its kin) we run ourselves, once per constraint over the whole graph in
Oxigraph, with the shape's targets joined in: pyshacl parses a constraint's query again for
every focus node (about 30 ms each), which would take minutes on a corpus of any size.

A build is converted once: its store writes its triples out as N-Triples once, and both the
rdflib graph pyshacl needs and the in-memory Oxigraph store of the SPARQL constraints read those
same bytes. rdflib's graph is never written back out (that took longer than loading). The
constraints do not run on the build's own store: the union of its on-disk graphs answers them
about ten times slower than an in-memory store with one graph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import rdflib
from rdflib.namespace import RDF, RDFS, SH

from kg.check.findings import Finding, short
from kg.ontology import parse_turtle, shapes_file

_SEVERITY = {SH.Violation: "ERROR", SH.Warning: "WARN", SH.Info: "INFO"}
_TEMPLATE = re.compile(r"\{[?$](\w+)\}")


def read_build(
    build_dir: Path | str | None = None, extra: Sequence[Path] = ()
) -> tuple[rdflib.Graph, Any]:
    """The build's triples, all graphs merged (read-only, safe during a build), plus the
    `extra` ontology files, as an rdflib graph for pyshacl and an in-memory Oxigraph store
    holding the same triples for the SPARQL constraints, both read from one N-Triples dump of
    the build's store."""
    import pyoxigraph

    from kg.buildstore import open_store

    store = open_store(build_dir)
    triples = store.query(
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
    ).serialize(format=pyoxigraph.RdfFormat.N_TRIPLES)
    graph = parse_n_triples(triples)
    memory = pyoxigraph.Store()
    memory.bulk_load(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
    if extra:
        extensions = rdflib.Graph()
        for path in extra:  # concepts a user's extension adds are concepts of the build too
            parse_turtle(Path(path), extensions)
        graph += extensions
        memory.bulk_load(_n_triples(extensions), format=pyoxigraph.RdfFormat.N_TRIPLES)
    return graph, memory


def validate(
    data: rdflib.Graph, shapes: rdflib.Graph | None = None, *, store: Any = None
) -> list[Finding]:
    """One finding per SHACL result; an empty list when the data conforms.

    `store`: an Oxigraph store holding the same triples as `data` in its default graph (see
    read_build), where the SPARQL constraints run; without it, `data` is written out and
    loaded into a new one.
    """
    shapes = parse_turtle(shapes_file()) if shapes is None else shapes
    core_shapes, sparql = split_shapes(shapes)
    return [*core_findings(data, core_shapes), *sparql_findings(data, shapes, sparql, store)]


# --------------------------------------------------------------------------------------------
# SHACL Core, through pyshacl


def core_findings(data: rdflib.Graph, shapes: rdflib.Graph) -> list[Finding]:
    from pyshacl import validate as pyshacl_validate

    _conforms, results, _text = pyshacl_validate(
        data, shacl_graph=shapes, inference="none", allow_warnings=True
    )
    nested = set(results.objects(None, SH.detail))
    return [
        _finding(results, result)
        for result in results.subjects(RDF.type, SH.ValidationResult)
        if result not in nested
    ]


def _finding(results: rdflib.Graph, result: rdflib.term.Node) -> Finding:
    severity = _SEVERITY.get(results.value(result, SH.resultSeverity), "ERROR")
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    value = results.value(result, SH.value)
    message = results.value(result, SH.resultMessage)
    component = results.value(result, SH.sourceConstraintComponent)
    text = str(message) if message is not None else short(str(component))
    details = []
    if isinstance(path, rdflib.URIRef):
        details.append(f"path {short(str(path))}")
    if value is not None and value != focus:
        details.append(f"value {_show(value)}")
    for detail in sorted(results.objects(result, SH.detail)):
        inner = results.value(detail, SH.resultMessage)
        if inner is not None:
            details.append(str(inner))
    if details:
        text = f"{text} ({'; '.join(details)})"
    return Finding(severity, "shacl", str(focus) if focus is not None else "-", text)


# --------------------------------------------------------------------------------------------
# SHACL-SPARQL, once per constraint


def split_shapes(shapes: rdflib.Graph) -> tuple[rdflib.Graph, list[tuple]]:
    """The shapes without their sh:sparql constraints, and those constraints with their shape."""
    core = rdflib.Graph()
    constraints = []
    skip = set()
    for shape, constraint in shapes.subject_objects(SH.sparql):
        constraints.append((shape, constraint))
        skip.add((shape, SH.sparql, constraint))
    for triple in shapes:
        if triple not in skip:
            core.add(triple)
    return core, sorted(constraints)


def _n_triples(graph: rdflib.Graph) -> bytes:
    return graph.serialize(format="nt", encoding="utf-8")


def sparql_findings(
    data: rdflib.Graph | None,
    shapes: rdflib.Graph,
    constraints,
    store: Any = None,
    *,
    union: bool = False,
) -> list[Finding]:
    """`union`: the store holds quads, and the constraints run over the union of its graphs."""
    if not constraints:
        return []
    if store is None:
        import pyoxigraph

        store = pyoxigraph.Store()
        store.load(_n_triples(data), format=pyoxigraph.RdfFormat.N_TRIPLES)
    findings = []
    for shape, constraint in constraints:
        for target in _targets(shapes, shape):
            findings.extend(_run_constraint(store, shapes, constraint, target, union))
    return findings


def _targets(shapes: rdflib.Graph, shape: rdflib.term.Node) -> Iterator[str]:
    """Graph patterns that bind $this to the shape's focus nodes."""
    for cls in sorted(shapes.objects(shape, SH.targetClass)):
        yield f"$this a/<{RDFS.subClassOf}>* <{cls}> ."
    for prop in sorted(shapes.objects(shape, SH.targetSubjectsOf)):
        yield f"$this <{prop}> [] ."
    for prop in sorted(shapes.objects(shape, SH.targetObjectsOf)):
        yield f"[] <{prop}> $this ."
    for node in sorted(shapes.objects(shape, SH.targetNode)):
        yield f"BIND (<{node}> AS $this)"


def _run_constraint(
    store, shapes: rdflib.Graph, constraint, target: str, union: bool = False
) -> list[Finding]:
    select = str(shapes.value(constraint, SH.select))
    message = str(shapes.value(constraint, SH.message) or "SPARQL constraint violated")
    severity = _SEVERITY.get(shapes.value(constraint, SH.severity), "ERROR")
    prefixes = "".join(
        f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
        for source in shapes.objects(constraint, SH.prefixes)
        for d in shapes.objects(source, SH.declare)
    )
    query = f"{prefixes}SELECT * WHERE {{ {target} {{ {_strip_prologue(select)} }} }}"
    findings = []
    solutions = store.query(query, use_default_graph_as_union=union)
    variables = solutions.variables
    for solution in solutions:
        values = {v.value: solution[v] for v in variables if solution[v] is not None}
        focus = values.get("this")
        text = _fill(message, values)
        findings.append(Finding(severity, "shacl", focus.value if focus else "-", text))
    return findings


def _fill(message: str, values: dict) -> str:
    """sh:message with its {?var} / {$this} placeholders replaced by the solution's values."""
    return _TEMPLATE.sub(lambda m: _show_term(values.get(m.group(1))), message)


def _strip_prologue(select: str) -> str:
    """The SELECT of a constraint without PREFIX lines (they move to the outer query)."""
    return re.sub(r"(?im)^\s*PREFIX\s+\S*\s*<[^>]*>\s*$", "", select).strip()


class _Labels(dict):
    """A bnode context for rdflib's N-Triples parser that keeps each blank node's label, so
    that a blank node is the same node in every chunk and in the store it came from."""

    def get(self, key, default=None):
        return key


def parse_n_triples(data: bytes) -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(data=data, format="nt", bnode_context=_Labels())
    return graph


# --------------------------------------------------------------------------------------------
# Terms


def _show(node: rdflib.term.Node) -> str:
    if isinstance(node, rdflib.Literal):
        shown = str(node)
        return repr(shown if len(shown) <= 60 else shown[:57] + "...")
    return short(str(node))


def _show_term(term) -> str:  # pyoxigraph term or None
    if term is None:
        return "?"
    return str(term.value) if hasattr(term, "value") else str(term)
