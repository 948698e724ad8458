"""Claims: what the corpus as a whole says about two concepts, and where its sources disagree.

A claim is an ordered pair of concepts plus a sign: positive (the supports and requires
families), negative (hinders, conflicts with) or neutral (part of, plays role), the sign being
the ontology's hlkg:sign found up rdfs:subPropertyOf (a property without one is neutral). Every
statement belongs to the claim it states. For each claim we count, in documents and sentences,
the statements that state it firmly, that hedge it, that deny it (negated or rejected), and
that state the opposite sign for the same pair (a neutral claim has no opposite; a denied
statement of the opposite sign is no evidence either way, and counts nowhere).

Directions, as the ontology defines them: a statement of an inverse property (`B supportedBy
A`) is read as its declared forward form (`A supports B`); a statement of a symmetric property
(conflicts with) says the same of both orders, so its own claim takes the pair in sorted order
and it also counts for, or against, the claims stated in the other order.

A claim is *contested* when two different documents take opposite positions on it (one states
it, the other denies it or states the opposite); a *consensus* when at least two documents
state it and none denies it or states the opposite. Hedged statements count as stating it.

This runs in the build's reduce step over every document's statements (kg.corpus_facts keeps
them in the per-document tallies), so an update that keeps most documents' graphs computes the
same claims as a fresh build.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pyoxigraph import NamedNode, Quad

from kg.namespaces import DATA, HLKG, PROV
from kg.provenance import CORPUS, FALSE, TRUE, A, integer, minted_local_name, statement_iri

if TYPE_CHECKING:
    import rdflib

SIGN_WORDS = {1: "positive", -1: "negative", 0: "neutral"}

HLKG_CLAIM = NamedNode(HLKG + "Claim")
HLKG_CLAIM_SUBJECT = NamedNode(HLKG + "claimSubject")
HLKG_CLAIM_OBJECT = NamedNode(HLKG + "claimObject")
HLKG_CLAIM_RELATION = NamedNode(HLKG + "claimRelation")
HLKG_SIGN = NamedNode(HLKG + "sign")
HLKG_CONTESTED = NamedNode(HLKG + "contested")
HLKG_CONSENSUS = NamedNode(HLKG + "consensus")
HLKG_AFFIRMED_BY = NamedNode(HLKG + "affirmedBy")
HLKG_DENIED_BY = NamedNode(HLKG + "deniedBy")
HLKG_OPPOSED_BY = NamedNode(HLKG + "opposedBy")
PROV_WAS_GENERATED_BY = NamedNode(PROV + "wasGeneratedBy")

COUNT_PROPERTIES = tuple(
    (side, unit, NamedNode(f"{HLKG}{side}{unit.capitalize()}Count"))
    for side in ("firm", "hedged", "denied", "opposite")
    for unit in ("document", "sentence")
)
"""hlkg:firmDocumentCount, hlkg:firmSentenceCount, ... hlkg:oppositeSentenceCount."""


@dataclass(frozen=True, slots=True)
class StatementRecord:
    """What a claim needs to know of one statement: no text, so that tallies stay small."""

    document: str
    """The document's id (kg.provenance.document_ids)."""
    subject: str
    predicate: str
    object: str
    begin: int
    end: int
    """Its sentence's offsets."""
    n: int
    """Its number within the sentence (kg.provenance.numbered_relations)."""
    negated: bool = False
    hedged: bool = False
    rejected: bool = False

    @property
    def asserted(self) -> bool:
        return not (self.negated or self.rejected)

    @property
    def iri(self) -> str:
        return statement_iri(self.document, self.begin, self.end, self.n)

    @property
    def sentence(self) -> tuple[str, int, int]:
        return (self.document, self.begin, self.end)


@dataclass(frozen=True)
class RelationRules:
    """How each relation property counts in a claim, as the ontology says."""

    signs: Mapping[str, int] = field(default_factory=dict)
    """Property IRI -> 1, -1 or 0 (no hlkg:sign up its rdfs:subPropertyOf chain)."""
    symmetric: frozenset[str] = frozenset()
    """owl:SymmetricProperty, on the property itself (a sub-property need not be symmetric)."""
    forward: Mapping[str, str] = field(default_factory=dict)
    """An inverse property -> the property that declares it with owl:inverseOf."""

    @classmethod
    def from_ontology(cls, graph: rdflib.Graph) -> RelationRules:
        from rdflib import OWL, RDF, URIRef

        from kg.ontology import property_sign, relation_properties

        properties = relation_properties(graph)
        signs = {p: property_sign(graph, p) or 0 for p in properties}
        symmetric = frozenset(
            str(p) for p in graph.subjects(RDF.type, OWL.SymmetricProperty) if str(p) in signs
        )
        forward: dict[str, str] = {}
        pairs = sorted(
            (str(a), str(b))
            for a, b in graph.subject_objects(OWL.inverseOf)
            if isinstance(a, URIRef) and isinstance(b, URIRef)
        )
        for declaring, inverse in pairs:
            if declaring == inverse or inverse in symmetric:
                continue
            if forward.get(declaring) == inverse:  # declared both ways: the first IRI leads
                continue
            forward[inverse] = declaring
        return cls(signs=signs, symmetric=symmetric, forward=forward)

    def sign(self, predicate: str) -> int:
        return self.signs.get(predicate, 0)

    def orient(self, record: StatementRecord) -> tuple[str, str, str]:
        """(subject, property, object) with an inverse property turned into its forward one."""
        forward = self.forward.get(record.predicate)
        if forward is not None:
            return (record.object, forward, record.subject)
        return (record.subject, record.predicate, record.object)


@dataclass(frozen=True)
class Claim:
    subject: str
    object: str
    sign: int
    relations: tuple[str, ...]
    """The properties its own statements use (threatens, undermines... for a negative claim)."""
    affirmed: tuple[StatementRecord, ...]
    """Statements that state it, firmly or hedged."""
    denied: tuple[StatementRecord, ...]
    """Statements that negate or reject it."""
    opposed: tuple[StatementRecord, ...]
    """Asserted statements of the opposite sign about the same pair."""

    @property
    def iri(self) -> str:
        return claim_iri(self.subject, self.sign, self.object)

    @property
    def firm(self) -> tuple[StatementRecord, ...]:
        return tuple(r for r in self.affirmed if not r.hedged)

    @property
    def hedged(self) -> tuple[StatementRecord, ...]:
        return tuple(r for r in self.affirmed if r.hedged)

    def counts(self) -> dict[tuple[str, str], int]:
        """(side, "document"|"sentence") -> how many, for the four sides."""
        sides = {
            "firm": self.firm,
            "hedged": self.hedged,
            "denied": self.denied,
            "opposite": self.opposed,
        }
        result: dict[tuple[str, str], int] = {}
        for side, records in sides.items():
            result[(side, "document")] = len({r.document for r in records})
            result[(side, "sentence")] = len({r.sentence for r in records})
        return result

    @property
    def documents_for(self) -> set[str]:
        return {r.document for r in self.affirmed}

    @property
    def documents_against(self) -> set[str]:
        return {r.document for r in (*self.denied, *self.opposed)}

    @property
    def contested(self) -> bool:
        """Two different documents take opposite positions."""
        against = self.documents_against
        return any(against - {document} for document in self.documents_for)

    @property
    def consensus(self) -> bool:
        return len(self.documents_for) >= 2 and not self.documents_against


def claim_iri(subject: str, sign: int, obj: str) -> str:
    return (
        f"{DATA}claim/{minted_local_name(subject)}--{SIGN_WORDS[sign]}--{minted_local_name(obj)}"
    )


def aggregate(statements: Iterable[StatementRecord], rules: RelationRules) -> list[Claim]:
    """Every claim the statements make, with its evidence on each side, sorted by IRI parts."""
    keys: set[tuple[str, str, int]] = set()
    bearing: dict[tuple[str, str], list[tuple[StatementRecord, str, int]]] = defaultdict(list)
    for record in statements:
        subject, predicate, obj = rules.orient(record)
        sign = rules.sign(predicate)
        if predicate in rules.symmetric:
            first, second = sorted((subject, obj))
            keys.add((first, second, sign))
            bearing[(subject, obj)].append((record, predicate, sign))
            if subject != obj:
                bearing[(obj, subject)].append((record, predicate, sign))
        else:
            keys.add((subject, obj, sign))
            bearing[(subject, obj)].append((record, predicate, sign))
    claims = []
    for subject, obj, sign in sorted(keys):
        affirmed, denied, opposed, relations = [], [], [], set()
        for record, predicate, other in bearing[(subject, obj)]:
            if other == sign:
                (affirmed if record.asserted else denied).append(record)
                relations.add(predicate)
            elif sign and other == -sign and record.asserted:
                opposed.append(record)
        claims.append(
            Claim(
                subject=subject,
                object=obj,
                sign=sign,
                relations=tuple(sorted(relations)),
                affirmed=_ordered(affirmed),
                denied=_ordered(denied),
                opposed=_ordered(opposed),
            )
        )
    return claims


def _ordered(records: list[StatementRecord]) -> tuple[StatementRecord, ...]:
    return tuple(sorted(set(records), key=lambda r: (r.document, r.begin, r.end, r.n)))


def claim_quads(claims: Sequence[Claim], activity: str) -> Iterator[Quad]:
    """The claims as nodes of the corpus graph (README's data model)."""
    generated_by = NamedNode(activity)
    for claim in claims:
        node = NamedNode(claim.iri)
        yield Quad(node, A, HLKG_CLAIM, CORPUS)
        yield Quad(node, HLKG_CLAIM_SUBJECT, NamedNode(claim.subject), CORPUS)
        yield Quad(node, HLKG_CLAIM_OBJECT, NamedNode(claim.object), CORPUS)
        yield Quad(node, HLKG_SIGN, integer(claim.sign), CORPUS)
        for relation in claim.relations:
            yield Quad(node, HLKG_CLAIM_RELATION, NamedNode(relation), CORPUS)
        counts = claim.counts()
        for side, unit, prop in COUNT_PROPERTIES:
            yield Quad(node, prop, integer(counts[(side, unit)]), CORPUS)
        yield Quad(node, HLKG_CONTESTED, TRUE if claim.contested else FALSE, CORPUS)
        yield Quad(node, HLKG_CONSENSUS, TRUE if claim.consensus else FALSE, CORPUS)
        for link, records in (
            (HLKG_AFFIRMED_BY, claim.affirmed),
            (HLKG_DENIED_BY, claim.denied),
            (HLKG_OPPOSED_BY, claim.opposed),
        ):
            for record in records:
                yield Quad(node, link, NamedNode(record.iri), CORPUS)
        yield Quad(node, PROV_WAS_GENERATED_BY, generated_by, CORPUS)
