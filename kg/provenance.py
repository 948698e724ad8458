"""One document's extraction as quads, following README's data model (the contract).

Everything a document contributes sits in the named graph whose IRI is the document's IRI,
except `activity prov:used document`, which belongs with the other corpus-wide facts.
IRIs are minted from the document's id (a slug of its file name) and character offsets, so the
same corpus always gives the same quads. Quads are built with pyoxigraph terms directly:
building them through rdflib would cost more than the extraction itself.

Literal datatypes: offsets and counts are xsd:integer (Oxigraph stores every integer subtype
as xsd:integer anyway, and SPARQL's `0` is an xsd:integer, so patterns match), confidence is
xsd:decimal rounded to 3 places, flags are xsd:boolean, texts are plain strings.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from pathlib import PurePosixPath
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from kg.model import Extraction, Mention, Relation, Sentence
from kg.namespaces import CORPUS_GRAPH, DATA, DCTERMS, HLKG, ITSRDF, NIF, PROV, RDF, RDFS, XSD

XSD_INTEGER = NamedNode(XSD + "integer")
XSD_DECIMAL = NamedNode(XSD + "decimal")
XSD_BOOLEAN = NamedNode(XSD + "boolean")

A = NamedNode(RDF + "type")
RDF_STATEMENT = NamedNode(RDF + "Statement")
RDF_SUBJECT = NamedNode(RDF + "subject")
RDF_PREDICATE = NamedNode(RDF + "predicate")
RDF_OBJECT = NamedNode(RDF + "object")
RDFS_LABEL = NamedNode(RDFS + "label")

HLKG_DOCUMENT = NamedNode(HLKG + "Document")
HLKG_MENTION = NamedNode(HLKG + "Mention")
HLKG_MENTIONS = NamedNode(HLKG + "mentions")
HLKG_CONTENT_HASH = NamedNode(HLKG + "contentHash")
HLKG_CONFIDENCE = NamedNode(HLKG + "confidence")
HLKG_CUE = NamedNode(HLKG + "cue")
HLKG_NEGATED = NamedNode(HLKG + "negated")
HLKG_HEDGED = NamedNode(HLKG + "hedged")
HLKG_HEDGE_CUE = NamedNode(HLKG + "hedgeCue")

NIF_CONTEXT = NamedNode(NIF + "Context")
NIF_SENTENCE_CLASS = NamedNode(NIF + "Sentence")
NIF_PHRASE = NamedNode(NIF + "Phrase")
NIF_IS_STRING = NamedNode(NIF + "isString")
NIF_BEGIN = NamedNode(NIF + "beginIndex")
NIF_END = NamedNode(NIF + "endIndex")
NIF_ANCHOR_OF = NamedNode(NIF + "anchorOf")
NIF_REFERENCE_CONTEXT = NamedNode(NIF + "referenceContext")
NIF_SENTENCE = NamedNode(NIF + "sentence")
ITSRDF_TA_IDENT_REF = NamedNode(ITSRDF + "taIdentRef")

DCTERMS_TITLE = NamedNode(DCTERMS + "title")
DCTERMS_SOURCE = NamedNode(DCTERMS + "source")
DCTERMS_IS_PART_OF = NamedNode(DCTERMS + "isPartOf")

PROV_ACTIVITY = NamedNode(PROV + "Activity")
PROV_USED = NamedNode(PROV + "used")
PROV_WAS_DERIVED_FROM = NamedNode(PROV + "wasDerivedFrom")
PROV_WAS_GENERATED_BY = NamedNode(PROV + "wasGeneratedBy")

CORPUS = NamedNode(CORPUS_GRAPH)
TRUE = Literal("true", datatype=XSD_BOOLEAN)
FALSE = Literal("false", datatype=XSD_BOOLEAN)


@functools.lru_cache(maxsize=1 << 16)
def integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD_INTEGER)


@functools.lru_cache(maxsize=1 << 14)
def _concept(iri: str) -> NamedNode:
    """Concept and property IRIs recur in every document: build each node once."""
    return NamedNode(iri)


def decimal(value: float, places: int) -> Literal:
    """A decimal rounded to `places`, written without exponent or trailing zeros noise."""
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(repr(float(value))).quantize(quantum)
    text = format(rounded.normalize(), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD_DECIMAL)


def document_iri(doc_id: str) -> str:
    return f"{DATA}doc/{doc_id}"


def activity_iri(extractor_version: str) -> str:
    return f"{DATA}activity/extractor-{quote(extractor_version, safe='.-_~+') or 'unknown'}"


def slug(text: str) -> str:
    """Lower-case ASCII letters, digits and single hyphens: safe in an IRI path segment."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def document_ids(sources: Sequence[str]) -> list[str]:
    """An id per source path, in the same order: its slug without the file extension.

    Sources with the same slug (`a b.txt`, `a_b.txt`) are told apart by `-2`, `-3`... given
    in sorted order of the sources and never clashing with another file's own slug, so the
    ids depend on the set of files, never on the order they were found in.
    """
    bases = [_base_id(source) for source in sources]
    order = sorted(range(len(sources)), key=lambda i: (bases[i], sources[i], i))
    ids: dict[int, str] = {}
    taken = set(bases)
    seen: set[str] = set()
    for index in order:
        base = bases[index]
        if base not in seen:
            seen.add(base)
            ids[index] = base
            continue
        n = 2
        while f"{base}-{n}" in taken:
            n += 1
        ids[index] = f"{base}-{n}"
        taken.add(ids[index])
    return [ids[i] for i in range(len(sources))]


def _base_id(source: str) -> str:
    path = PurePosixPath(source)
    return slug(str(path.with_suffix("")) if path.suffix else source) or "document"


def graph_mentions(extraction: Extraction) -> list[Mention]:
    """The mentions the graph records: the extractor's, plus the relation arguments it found
    otherwise (an anaphor such as "these networks" standing for a concept named earlier).

    Recording the latter keeps the model's promise that a statement's sentence mentions its
    subject and object, with a mention node anchored on the words that did.
    """
    mentions = list(extraction.mentions)
    seen = {(m.concept, m.begin, m.end) for m in mentions}
    for relation in extraction.relations:
        for mention in (relation.subject_mention, relation.object_mention):
            key = (mention.concept, mention.begin, mention.end)
            if key not in seen:
                seen.add(key)
                mentions.append(mention)
    return mentions


def extraction_quads(extraction: Extraction, doc_id: str, activity: str) -> Iterator[Quad]:
    """Every quad one document contributes to the graph."""
    document = extraction.document
    text = document.text
    doc_iri = document_iri(doc_id)
    doc = NamedNode(doc_iri)
    graph = doc
    context = NamedNode(f"{doc_iri}/text")

    yield Quad(doc, A, HLKG_DOCUMENT, graph)
    yield Quad(doc, DCTERMS_TITLE, Literal(document.title), graph)
    yield Quad(doc, DCTERMS_SOURCE, Literal(document.source), graph)
    if document.content_hash:
        yield Quad(doc, HLKG_CONTENT_HASH, Literal(document.content_hash), graph)
    yield Quad(NamedNode(activity), PROV_USED, doc, CORPUS)

    yield Quad(context, A, NIF_CONTEXT, graph)
    yield Quad(context, NIF_IS_STRING, Literal(text), graph)
    yield Quad(context, NIF_BEGIN, integer(0), graph)
    yield Quad(context, NIF_END, integer(len(text)), graph)
    yield Quad(context, DCTERMS_IS_PART_OF, doc, graph)

    sentences: dict[Sentence, NamedNode] = {}

    def sentence_node(sentence: Sentence) -> NamedNode:
        node = sentences.get(sentence)
        if node is None:
            node = sentences[sentence] = NamedNode(
                f"{doc_iri}/sentence/{sentence.begin}-{sentence.end}"
            )
        return node

    for sentence in document.sentences:
        node = sentence_node(sentence)
        yield Quad(node, A, NIF_SENTENCE_CLASS, graph)
        yield Quad(node, NIF_BEGIN, integer(sentence.begin), graph)
        yield Quad(node, NIF_END, integer(sentence.end), graph)
        yield Quad(node, NIF_ANCHOR_OF, Literal(text[sentence.begin : sentence.end]), graph)
        yield Quad(node, NIF_REFERENCE_CONTEXT, context, graph)
        yield Quad(node, DCTERMS_IS_PART_OF, doc, graph)

    for mention in graph_mentions(extraction):
        node = NamedNode(f"{doc_iri}/mention/{mention.begin}-{mention.end}")
        concept = _concept(mention.concept)
        sentence = sentence_node(mention.sentence)
        yield Quad(sentence, HLKG_MENTIONS, concept, graph)
        yield Quad(node, A, HLKG_MENTION, graph)
        yield Quad(node, A, NIF_PHRASE, graph)
        yield Quad(node, NIF_BEGIN, integer(mention.begin), graph)
        yield Quad(node, NIF_END, integer(mention.end), graph)
        yield Quad(node, NIF_ANCHOR_OF, Literal(text[mention.begin : mention.end]), graph)
        yield Quad(node, NIF_REFERENCE_CONTEXT, context, graph)
        yield Quad(node, NIF_SENTENCE, sentence, graph)
        yield Quad(node, ITSRDF_TA_IDENT_REF, concept, graph)

    generated_by = NamedNode(activity)
    for (sentence, n), relation in numbered_relations(extraction.relations):
        node = NamedNode(f"{doc_iri}/statement/{sentence.begin}-{sentence.end}/{n}")
        subject, predicate, obj = (
            _concept(relation.subject),
            _concept(relation.predicate),
            _concept(relation.object),
        )
        if not relation.negated:
            yield Quad(subject, predicate, obj, graph)
        yield Quad(node, A, RDF_STATEMENT, graph)
        yield Quad(node, RDF_SUBJECT, subject, graph)
        yield Quad(node, RDF_PREDICATE, predicate, graph)
        yield Quad(node, RDF_OBJECT, obj, graph)
        yield Quad(node, PROV_WAS_DERIVED_FROM, sentence_node(sentence), graph)
        yield Quad(node, PROV_WAS_GENERATED_BY, generated_by, graph)
        yield Quad(node, HLKG_CONFIDENCE, decimal(relation.confidence, 3), graph)
        yield Quad(node, HLKG_CUE, Literal(relation.cue), graph)
        yield Quad(node, HLKG_NEGATED, TRUE if relation.negated else FALSE, graph)
        yield Quad(node, HLKG_HEDGED, TRUE if relation.hedged else FALSE, graph)
        for cue in relation.hedge_cues:
            yield Quad(node, HLKG_HEDGE_CUE, Literal(cue), graph)


def numbered_relations(
    relations: Iterable[Relation],
) -> list[tuple[tuple[Sentence, int], Relation]]:
    """Relations keyed by (sentence, n): n counts from 1 within a sentence in text order.

    Sorting first makes the statement IRIs independent of the order the extractor listed
    the relations in.
    """
    ordered = sorted(relations, key=_relation_order)
    counts: dict[Sentence, int] = {}
    numbered = []
    for relation in ordered:
        n = counts[relation.sentence] = counts.get(relation.sentence, 0) + 1
        numbered.append(((relation.sentence, n), relation))
    return numbered


def _relation_order(relation: Relation) -> tuple:
    return (
        relation.sentence.begin,
        relation.sentence.end,
        relation.subject_mention.begin,
        relation.object_mention.begin,
        relation.cue_begin,
        relation.predicate,
        relation.subject,
        relation.object,
        relation.negated,
        relation.hedged,
    )
