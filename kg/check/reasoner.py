"""Consistency and coherence of the ontology: HermiT through owlready2, else an OWL 2 RL closure.

HermiT needs Java. Without it we still catch the commonest contradictions (an individual in
two disjoint classes, a property assertion against owl:propertyDisjointWith...) with owlrl's
OWL 2 RL rules, which are sound but incomplete, and say so in one line.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

import rdflib
from rdflib.namespace import OWL, RDF

from kg.check.findings import Finding, short
from kg.ontology import to_rdfxml

RULE = "reasoner"
ONTOLOGY_IRI = "https://w3id.org/hlkg/ontology"


def reason(graph: rdflib.Graph) -> list[Finding]:
    """Findings about consistency and unsatisfiable classes."""
    if shutil.which("java") is None:
        note = Finding(
            "WARN",
            RULE,
            "-",
            "java not found: HermiT cannot run; falling back to an OWL 2 RL closure (owlrl), "
            "which misses some contradictions (install a Java runtime for the full check)",
        )
        return [note, *owl_rl_check(graph)]
    return hermit_check(graph)


def hermit_check(graph: rdflib.Graph) -> list[Finding]:
    """Run HermiT in an owlready2 World of its own, so that nothing leaks between checks."""
    import owlready2

    subject = _ontology_iri(graph)
    with tempfile.TemporaryDirectory(prefix="hlkg-check-") as folder:
        path = Path(folder) / "ontology.owl"
        path.write_bytes(to_rdfxml(_without_imports(graph)))
        world = owlready2.World()
        try:
            ontology = world.get_ontology(path.as_uri()).load()
        except Exception as error:  # owlready2's parse errors carry multi-line messages
            detail = " ".join(str(error).split())[:300]
            message = f"owlready2 cannot load the ontology: {detail}"
            return [Finding("ERROR", RULE, subject, message)]
        try:
            with ontology:
                owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            # HermiT says only "inconsistent"; the OWL 2 RL rules usually name the culprit.
            culprits = [
                Finding("ERROR", "inconsistent", f.entity, f.message) for f in owl_rl_check(graph)
            ]
            headline = Finding(
                "ERROR",
                "inconsistent",
                subject,
                "HermiT: the ontology is inconsistent, no interpretation satisfies all its "
                "axioms (often an individual typed with two disjoint classes)",
            )
            return [headline, *culprits]
        except owlready2.OwlReadyJavaError as error:
            detail = " ".join(str(error).split())[-300:]
            return [Finding("ERROR", RULE, subject, f"HermiT failed to run: {detail}")]
        return [
            Finding(
                "ERROR",
                "unsatisfiable-class",
                cls.iri,
                "HermiT infers it equivalent to owl:Nothing: nothing can ever be an instance of it",
            )
            for cls in sorted(world.inconsistent_classes(), key=lambda c: c.iri)
            if cls.iri != str(OWL.Nothing)
        ]


def _without_imports(graph: rdflib.Graph) -> rdflib.Graph:
    """The graph minus owl:imports: owlready2 would fetch every import (a remote IRI over the
    network, file:///etc/passwd from disk), and the files we were given are already merged."""
    kept = rdflib.Graph()
    for triple in graph:
        if triple[1] != OWL.imports:
            kept.add(triple)
    return kept


def owl_rl_check(graph: rdflib.Graph) -> list[Finding]:
    """Contradictions that the OWL 2 RL rules derive, one finding each."""
    import owlrl

    closure = rdflib.Graph()
    for triple in graph:
        closure.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closure)
    errors = rdflib.Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
    findings = []
    for node in closure.subjects(RDF.type, errors.ErrorMessage):
        for message in closure.objects(node, errors.error):
            text = " ".join(str(message).split())
            entity = _entity_in(text, graph)
            findings.append(Finding("ERROR", "owl-rl", entity, f"OWL 2 RL: {_shorten(text)}"))
    for thing in closure.subjects(RDF.type, OWL.Nothing):
        if isinstance(thing, rdflib.URIRef):
            findings.append(
                Finding("ERROR", "owl-rl", str(thing), "OWL 2 RL: is an instance of owl:Nothing")
            )
    return sorted(set(findings))


def _entity_in(message: str, graph: rdflib.Graph) -> str:
    """The IRI an owlrl message is about: the individual if it names one, else the first IRI."""
    words = message.replace(",", " ").replace("(", " ").replace(")", " ").split()
    iris = [w for w in words if w.startswith(("http://", "https://"))]
    for before, word in itertools.pairwise(words):
        if before == "individual" and word in iris:
            return word
    return iris[0] if iris else "-"


def _shorten(message: str) -> str:
    words = message.split()
    return " ".join(short(w) if w.startswith(("http://", "https://")) else w for w in words)


def _ontology_iri(graph: rdflib.Graph) -> str:
    iris = sorted(str(o) for o in graph.subjects(RDF.type, OWL.Ontology))
    return ONTOLOGY_IRI if ONTOLOGY_IRI in iris or not iris else iris[0]
