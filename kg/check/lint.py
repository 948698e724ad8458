"""Lint rules for the ontology, in the spirit of ROBOT's report and the OOPS! pitfall catalogue.

Each rule is a small function from the ontology graph to findings, registered in RULES with
its name and default severity; adding a rule is adding one function. Rules look at "our"
entities: those declared in the hlkg namespace or in the namespace of any entity a user's
extension declares, never at the standard vocabularies we borrow (SKOS, Dublin Core, PROV...).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import namespaces
from kg.check.findings import Finding, short
from kg.namespaces import HLKG
from kg.ontology import property_sign

DCTERMS = rdflib.Namespace(namespaces.DCTERMS)
H = rdflib.Namespace(HLKG)

OUR_ROOT = "https://w3id.org/hlkg/"
BORROWED = (
    namespaces.OWL,
    namespaces.RDF,
    namespaces.RDFS,
    namespaces.SKOS,
    namespaces.XSD,
    namespaces.DCTERMS,
    "http://purl.org/dc/elements/1.1/",
    namespaces.PROV,
    namespaces.NIF,
    namespaces.ITSRDF,
    namespaces.SH,
)
ENTITY_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
    SKOS.Concept,
    SKOS.ConceptScheme,
    RDFS.Class,
    RDF.Property,
)
LABELLED_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept)
"""Entities that must carry a label and a definition (individuals are covered as concepts)."""
UNSIGNED_RELATIONS = ("partOf", "hasPart", "playsRole", "rolePlayedBy")
"""Relations that deliberately carry no sign; a sub-property of these needs none either.
hlkg:relatedTo itself is unsigned too, but its other sub-properties must have a sign."""


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    severity: str
    description: str
    check: Callable[[rdflib.Graph], Iterator[tuple[str, str]]]
    """Yields (entity IRI, message) pairs."""


RULES: list[Rule] = []


def rule(name: str, severity: str, description: str):
    def register(function: Callable[[rdflib.Graph], Iterator[tuple[str, str]]]):
        RULES.append(Rule(name, severity, description, function))
        return function

    return register


def lint(graph: rdflib.Graph) -> list[Finding]:
    """Every finding of every rule over `graph`."""
    return [
        Finding(r.severity, r.name, str(entity), message)
        for r in RULES
        for entity, message in r.check(graph)
    ]


# --------------------------------------------------------------------------------------------
# Which entities are ours


def is_borrowed(iri: rdflib.term.Node) -> bool:
    return not isinstance(iri, rdflib.URIRef) or str(iri).startswith(BORROWED)


def namespace_of(iri: str) -> str:
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]


def declared(graph: rdflib.Graph) -> set[rdflib.URIRef]:
    """IRIs typed as an ontology entity (or as an owl:Ontology), outside borrowed vocabularies."""
    found = set()
    for kind in (*ENTITY_TYPES, OWL.Ontology):
        found.update(s for s in graph.subjects(RDF.type, kind) if not is_borrowed(s))
    return found


def our_namespaces(graph: rdflib.Graph) -> set[str]:
    spaces = {namespace_of(str(e)) for e in declared(graph)}
    return {s for s in spaces if s} | {HLKG}


def ours(graph: rdflib.Graph, *kinds: rdflib.URIRef) -> list[rdflib.URIRef]:
    """Our entities of the given types, sorted."""
    found = {s for kind in kinds for s in graph.subjects(RDF.type, kind) if not is_borrowed(s)}
    return sorted(found)


def concepts(graph: rdflib.Graph) -> list[rdflib.URIRef]:
    """The lexicon's concepts: hlkg:Concept and every class under it."""
    return sorted(set(graph.transitive_subjects(RDFS.subClassOf, H.Concept)))


# --------------------------------------------------------------------------------------------
# Header


@rule("missing-ontology-header", "ERROR", "no owl:Ontology, or one without title or licence")
def missing_ontology_header(graph):
    ontologies = sorted(graph.subjects(RDF.type, OWL.Ontology))
    if not ontologies:
        yield "", "no owl:Ontology declared (OOPS! P38)"
    for ontology in ontologies:
        missing = [
            name
            for name, prop in (
                ("dcterms:title", DCTERMS.title),
                ("dcterms:description", DCTERMS.description),
                ("dcterms:license", DCTERMS.license),
            )
            if graph.value(ontology, prop) is None
        ]
        if missing:
            yield str(ontology), "ontology header lacks " + ", ".join(missing)


# --------------------------------------------------------------------------------------------
# Labels and definitions


@rule("missing-label", "ERROR", "an entity of ours has no rdfs:label")
def missing_label(graph):
    for entity in ours(graph, *LABELLED_TYPES):
        if graph.value(entity, RDFS.label) is None:
            yield str(entity), "has no rdfs:label (OOPS! P08)"


@rule("multiple-labels", "ERROR", "an entity has more than one rdfs:label in one language")
def multiple_labels(graph):
    for entity in ours(graph, *LABELLED_TYPES):
        by_language = defaultdict(list)
        for label in graph.objects(entity, RDFS.label):
            by_language[getattr(label, "language", None)].append(str(label))
        for language, labels in sorted(by_language.items(), key=lambda kv: str(kv[0])):
            if len(labels) > 1:
                shown = " | ".join(sorted(labels))
                where = language or "no language"
                yield str(entity), f"has {len(labels)} rdfs:labels in {where}: {shown}"


@rule("duplicate-label", "ERROR", "two entities share one rdfs:label")
def duplicate_label(graph):
    owners = defaultdict(set)
    for entity in ours(graph, *LABELLED_TYPES):
        for label in graph.objects(entity, RDFS.label):
            owners[_key(label)].add(entity)
    for label, entity, others in _shared(owners):
        yield entity, f'shares the label "{label}" with {others} (OOPS! P32)'


@rule("label-whitespace", "ERROR", "a label or synonym has leading, trailing or double spaces")
def label_whitespace(graph):
    for prop in (RDFS.label, SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
        for entity, label in sorted(graph.subject_objects(prop)):
            if is_borrowed(entity) or not isinstance(label, rdflib.Literal):
                continue
            text = str(label)
            problems = [
                problem
                for problem, found in (
                    ("leading whitespace", text != text.lstrip()),
                    ("trailing whitespace", text != text.rstrip()),
                    ("a double space", "  " in text),
                    ("a tab or line break", any(c in text for c in "\t\n\r")),
                )
                if found
            ]
            if problems:
                shown = " ".join(text.split())
                yield str(entity), f'{_qname(prop)} "{shown}" has ' + " and ".join(problems)


@rule("missing-pref-label", "WARN", "a concept lacks skos:prefLabel, or it differs from its label")
def missing_pref_label(graph):
    for concept in concepts(graph):
        if is_borrowed(concept):
            continue
        pref = sorted(str(p) for p in graph.objects(concept, SKOS.prefLabel))
        labels = sorted(str(p) for p in graph.objects(concept, RDFS.label))
        if not pref:
            yield str(concept), "has no skos:prefLabel: the extractor will not match its name"
        elif labels and pref != labels:
            yield str(concept), f"skos:prefLabel {pref} differs from rdfs:label {labels}"


@rule("missing-definition", "WARN", "an entity of ours has no skos:definition")
def missing_definition(graph):
    for entity in ours(graph, *LABELLED_TYPES):
        if graph.value(entity, SKOS.definition) is None:
            yield str(entity), "has no skos:definition"


@rule("duplicate-definition", "ERROR", "two entities share one skos:definition")
def duplicate_definition(graph):
    owners = defaultdict(set)
    for entity, definition in graph.subject_objects(SKOS.definition):
        if not is_borrowed(entity):
            owners[_key(definition)].add(entity)
    for _definition, entity, others in _shared(owners):
        yield entity, f"has the same skos:definition as {others}"


def _shared(owners: dict) -> Iterator[tuple[str, str, str]]:
    """(value, entity, the other entities) for each value that more than one entity holds."""
    for value, entities in sorted(owners.items()):
        if len(entities) > 1:
            names = sorted(str(e) for e in entities)
            for entity in names:
                yield value, entity, ", ".join(short(o) for o in names if o != entity)


@rule("duplicate-synonym", "WARN", "a synonym repeats within a concept or across concepts")
def duplicate_synonym(graph):
    owners = defaultdict(list)
    for concept in concepts(graph):
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
            for label in graph.objects(concept, prop):
                owners[_key(label)].append(concept)
    for label, entities in sorted(owners.items()):
        if len(entities) < 2:
            continue
        distinct = sorted(set(entities), key=str)
        if len(distinct) == 1:
            yield str(distinct[0]), f'lists "{label}" more than once as a label or synonym'
        else:
            names = [str(e) for e in distinct]
            for entity in names:
                others = ", ".join(short(o) for o in names if o != entity)
                yield entity, f'has the synonym "{label}", as does {others}: ambiguous lexicon'


# --------------------------------------------------------------------------------------------
# Structure


@rule("orphan-class", "WARN", "a class of ours has neither superclass nor subclass")
def orphan_class(graph):
    for cls in ours(graph, OWL.Class):
        has_parent = any(isinstance(p, rdflib.URIRef) for p in graph.objects(cls, RDFS.subClassOf))
        has_child = (None, RDFS.subClassOf, cls) in graph
        if not has_parent and not has_child:
            yield str(cls), "is not connected to the class hierarchy (OOPS! P04)"


@rule("upper-category", "ERROR", "a concept is not under exactly one upper category")
def upper_category(graph):
    categories = set(graph.subjects(RDFS.subClassOf, H.Concept))
    if not categories:
        return
    for concept in concepts(graph):
        if concept == H.Concept or concept in categories:
            continue
        ancestors = set(graph.transitive_objects(concept, RDFS.subClassOf))
        under = sorted(str(c) for c in categories & ancestors)
        if len(under) != 1:
            names = ", ".join(_qname(rdflib.URIRef(c)) for c in under)
            yield str(concept), f"sits under {len(under)} upper categories ({names}), not one"


@rule("hierarchy-cycle", "ERROR", "rdfs:subClassOf or rdfs:subPropertyOf goes round in a cycle")
def hierarchy_cycle(graph):
    for prop in (RDFS.subClassOf, RDFS.subPropertyOf):
        edges = defaultdict(set)
        for child, parent in graph.subject_objects(prop):
            if isinstance(child, rdflib.URIRef) and isinstance(parent, rdflib.URIRef):
                edges[child].add(parent)
        for cycle in _cycles(edges):
            path = " -> ".join(_qname(node) for node in [*cycle, cycle[0]])
            yield str(cycle[0]), f"{_qname(prop)} cycle {path} (OOPS! P06)"


@rule("missing-domain", "WARN", "an object property of ours has no rdfs:domain")
def missing_domain(graph):
    for prop in ours(graph, OWL.ObjectProperty):
        if graph.value(prop, RDFS.domain) is None and not _inherits(graph, prop, RDFS.domain):
            yield str(prop), "has no rdfs:domain (OOPS! P11)"


@rule("missing-range", "WARN", "an object property of ours has no rdfs:range")
def missing_range(graph):
    for prop in ours(graph, OWL.ObjectProperty):
        if graph.value(prop, RDFS.range) is None and not _inherits(graph, prop, RDFS.range):
            yield str(prop), "has no rdfs:range (OOPS! P11)"


@rule("multiple-domains", "WARN", "a property has several rdfs:domain or rdfs:range axioms")
def multiple_domains(graph):
    for prop in ours(graph, OWL.ObjectProperty, OWL.DatatypeProperty):
        for axiom in (RDFS.domain, RDFS.range):
            values = sorted(graph.objects(prop, axiom))
            if len(values) > 1:
                shown = ", ".join(_qname(v) for v in values)
                yield (
                    str(prop),
                    (
                        f"has {len(values)} {_qname(axiom)} axioms ({shown}): they intersect, "
                        "they do not unite (OOPS! P19)"
                    ),
                )


@rule("inverse-mismatch", "WARN", "an owl:inverseOf pair whose domains and ranges do not swap")
def inverse_mismatch(graph):
    for prop, inverse in sorted(graph.subject_objects(OWL.inverseOf)):
        if is_borrowed(prop):
            continue
        pairs = (
            (graph.value(prop, RDFS.domain), graph.value(inverse, RDFS.range), "domain", "range"),
            (graph.value(prop, RDFS.range), graph.value(inverse, RDFS.domain), "range", "domain"),
        )
        for mine, theirs, my_name, their_name in pairs:
            if mine is not None and theirs is not None and mine != theirs:
                yield (
                    str(prop),
                    (
                        f"{my_name} {_qname(mine)} is not the {their_name} {_qname(theirs)} "
                        f"of its inverse {_qname(inverse)} (OOPS! P05)"
                    ),
                )


@rule("unsigned-relation", "WARN", "a relation between concepts has no derivable sign")
def unsigned_relation(graph):
    top = H.relatedTo
    unsigned_families = set()
    for name in UNSIGNED_RELATIONS:
        unsigned_families |= set(graph.transitive_subjects(RDFS.subPropertyOf, H[name]))
    for prop in sorted(set(graph.transitive_subjects(RDFS.subPropertyOf, top))):
        if prop == top or prop in unsigned_families:
            continue
        if property_sign(graph, str(prop)) is None:
            yield str(prop), "no hlkg:sign on it or any super-property: is it for or against?"


@rule("missing-punning", "WARN", "a concept class is not also declared an owl:NamedIndividual")
def missing_punning(graph):
    for concept in concepts(graph):
        if concept == H.Concept or is_borrowed(concept):
            continue
        if (concept, RDF.type, OWL.NamedIndividual) not in graph:
            yield (
                str(concept),
                (
                    "is not declared owl:NamedIndividual: plain-triple relations to it need "
                    "that punning to stay OWL 2 DL"
                ),
            )


MAPPING_PROPERTIES = (
    SKOS.exactMatch,
    SKOS.closeMatch,
    SKOS.relatedMatch,
    SKOS.broadMatch,
    SKOS.narrowMatch,
)


@rule("unsourced-mapping", "WARN", "a SKOS mapping has no owl:Axiom annotation with dcterms:source")
def unsourced_mapping(graph):
    sourced = set()
    for axiom in graph.subjects(RDF.type, OWL.Axiom):
        if graph.value(axiom, DCTERMS.source) is not None:
            sourced.add(
                (
                    graph.value(axiom, OWL.annotatedSource),
                    graph.value(axiom, OWL.annotatedProperty),
                    graph.value(axiom, OWL.annotatedTarget),
                )
            )
    for prop in MAPPING_PROPERTIES:
        for subject, target in sorted(graph.subject_objects(prop)):
            if not is_borrowed(subject) and (subject, prop, target) not in sourced:
                yield str(subject), f"{_qname(prop)} {_qname(target)} has no sourced owl:Axiom"


@rule("undeclared-iri", "ERROR", "an IRI in our namespace is used but never declared")
def undeclared_iri(graph):
    spaces = our_namespaces(graph)
    known = declared(graph)
    used = defaultdict(set)
    for s, p, o in graph:
        for position, node in (("subject", s), ("predicate", p), ("object", o)):
            if not isinstance(node, rdflib.URIRef) or node in known:
                continue
            if namespace_of(node) in spaces:
                used[node].add(position)
    for node, positions in sorted(used.items()):
        where = "/".join(sorted(positions))
        yield str(node), f"is used (as {where}) but never declared with rdf:type (OOPS! P34/P35)"


# --------------------------------------------------------------------------------------------
# Helpers


def _key(literal: rdflib.term.Node) -> str:
    return " ".join(str(literal).split()).casefold()


def _qname(node: rdflib.term.Node) -> str:
    return short(str(node))


def _inherits(graph: rdflib.Graph, prop: rdflib.URIRef, axiom: rdflib.URIRef) -> bool:
    """Domain and range are inherited from super-properties, so a sub-property needs none."""
    ancestors = set(graph.transitive_objects(prop, RDFS.subPropertyOf)) - {prop}
    return any(graph.value(a, axiom) is not None for a in ancestors)


def _cycles(edges: dict[rdflib.URIRef, set[rdflib.URIRef]]) -> list[list[rdflib.URIRef]]:
    """One representative per cycle: each strongly connected component with a loop, sorted."""
    import networkx

    digraph = networkx.DiGraph()
    digraph.add_edges_from((child, parent) for child in edges for parent in edges[child])
    return sorted(
        sorted(component)
        for component in networkx.strongly_connected_components(digraph)
        if len(component) > 1 or digraph.has_edge(*[next(iter(component))] * 2)
    )
