"""Our vocabulary's and data's IRIs, as plain strings: the query path need not import rdflib."""

from __future__ import annotations

HLKG = "https://w3id.org/hlkg/ontology#"
"""Concepts, relation properties and the classes of our provenance model."""

DATA = "https://w3id.org/hlkg/data/"
"""Documents, sentences, mentions and statements minted by the extractor."""

ONTOLOGY_GRAPH = "https://w3id.org/hlkg/graph/ontology"
CORPUS_GRAPH = "https://w3id.org/hlkg/graph/corpus"
"""Named graphs: the ontology; corpus-wide facts (co-occurrence, centrality, the activity).
Each document's own triples sit in a named graph whose IRI is the document's IRI."""

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
ITSRDF = "http://www.w3.org/2005/11/its/rdf#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SH = "http://www.w3.org/ns/shacl#"

PREFIXES: dict[str, str] = {
    "hlkg": HLKG,
    "hlkgd": DATA,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "prov": PROV,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
}
"""The prefixes every query may use undeclared and every Turtle export declares."""


def local_name(iri: str) -> str:
    """The part of an IRI after its last '#' or '/' (all of it if it has neither), as written:
    the name people read, type and see in file names. kg.provenance percent-encodes it
    where it becomes part of an IRI we mint."""
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[cut + 1 :]
