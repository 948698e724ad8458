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
from kg.namespaces import (
    CORPUS_GRAPH,
    DATA,
    DCTERMS,
    HLKG,
    ITSRDF,
    NIF,
    PROV,
    RDF,
    RDFS,
    XSD,
    local_name,
)

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
HLKG_REJECTED = NamedNode(HLKG + "rejected")
HLKG_ATTRIBUTED_TO = NamedNode(HLKG + "attributedTo")

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


def decimal(value: float, places: int) -> Literal:
    """A decimal rounded to `places`, written without exponent or trailing zeros noise."""
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(repr(float(value))).quantize(quantum)
    text = format(rounded.normalize(), "f")
    if "." not in text:
        text += ".0"
    return Literal(text, datatype=XSD_DECIMAL)


def minted_local_name(iri: str) -> str:
    """kg.namespaces.local_name percent-encoded (every character but letters, digits, - _ . ~)
    for use inside an IRI we mint: a concept of a user's ontology may have a '?' or '%' in its
    name, which would break or change the co-occurrence IRI (non-ASCII letters are encoded
    too). Only minting needs this; changing it would change the IRIs existing builds hold."""
    return quote(local_name(iri), safe="")


def document_iri(doc_id: str) -> str:
    return f"{DATA}doc/{doc_id}"


def statement_path(sentence_begin: int, sentence_end: int, n: int) -> str:
    """A statement's IRI after its document's: `statement/{begin}-{end}/{n}` (README)."""
    return f"statement/{sentence_begin}-{sentence_end}/{n}"


def statement_iri(doc_id: str, sentence_begin: int, sentence_end: int, n: int) -> str:
    return f"{document_iri(doc_id)}/{statement_path(sentence_begin, sentence_end, n)}"


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
    """Every quad one document contributes to the graph (parsed from `extraction_nquads`)."""
    from pyoxigraph import RdfFormat, parse

    text = extraction_nquads(extraction, doc_id, activity)
    yield from parse(text.encode("utf-8"), format=RdfFormat.N_QUADS)


def extraction_nquads(extraction: Extraction, doc_id: str, activity: str) -> str:
    """Every quad one document contributes to the graph, as N-Quads text.

    Text rather than Quad objects because a build loads text: making a Python object per
    quad and serializing it cost more than the store's load. Every term is written by
    pyoxigraph (`str()` of a term is its N-Triples form, escapes included); only the
    `subject predicate object graph .` frame and the offsets of minted IRIs are put
    together here, and a minted IRI extends the document's, which NamedNode validated.
    """
    document = extraction.document
    text = document.text
    doc_iri = document_iri(doc_id)
    doc = _term(NamedNode(doc_iri))
    graph = doc
    context = _term(NamedNode(f"{doc_iri}/text"))
    node_prefix = f"<{doc_iri}/"
    lines: list[str] = []
    add = lines.append

    def quad(subject: str, predicate: str, obj: str) -> None:
        add(f"{subject} {predicate} {obj} {graph} .\n")

    quad(doc, _T_A, _T_HLKG_DOCUMENT)
    quad(doc, _T_DCTERMS_TITLE, _term(Literal(document.title)))
    quad(doc, _T_DCTERMS_SOURCE, _term(Literal(document.source)))
    if document.content_hash:
        quad(doc, _T_HLKG_CONTENT_HASH, _term(Literal(document.content_hash)))
    add(document_usage_nquads(doc_id, activity))
    activity_node = _term(NamedNode(activity))

    quad(context, _T_A, _T_NIF_CONTEXT)
    quad(context, _T_NIF_IS_STRING, _term(Literal(text)))
    quad(context, _T_NIF_BEGIN, _integer_term(0))
    quad(context, _T_NIF_END, _integer_term(len(text)))
    quad(context, _T_DCTERMS_IS_PART_OF, doc)

    def span(node: str, begin: int, end: int) -> None:
        """A NIF string of the context: its offsets, its text and the context itself."""
        quad(node, _T_NIF_BEGIN, _integer_term(begin))
        quad(node, _T_NIF_END, _integer_term(end))
        quad(node, _T_NIF_ANCHOR_OF, _term(Literal(text[begin:end])))
        quad(node, _T_NIF_REFERENCE_CONTEXT, context)

    def sentence_node(sentence: Sentence) -> str:
        return f"{node_prefix}sentence/{sentence.begin}-{sentence.end}>"

    for sentence in document.sentences:
        node = sentence_node(sentence)
        quad(node, _T_A, _T_NIF_SENTENCE_CLASS)
        span(node, sentence.begin, sentence.end)
        quad(node, _T_DCTERMS_IS_PART_OF, doc)

    for mention in graph_mentions(extraction):
        node = f"{node_prefix}mention/{mention.begin}-{mention.end}>"
        concept = _concept_term(mention.concept)
        sentence = sentence_node(mention.sentence)
        quad(sentence, _T_HLKG_MENTIONS, concept)
        quad(node, _T_A, _T_HLKG_MENTION)
        quad(node, _T_A, _T_NIF_PHRASE)
        span(node, mention.begin, mention.end)
        quad(node, _T_NIF_SENTENCE, sentence)
        quad(node, _T_ITSRDF_TA_IDENT_REF, concept)

    for (sentence, n), relation in numbered_relations(extraction.relations):
        node = f"{node_prefix}{statement_path(sentence.begin, sentence.end, n)}>"
        subject, predicate, obj = (
            _concept_term(relation.subject),
            _concept_term(relation.predicate),
            _concept_term(relation.object),
        )
        if relation.asserted:
            quad(subject, predicate, obj)
        quad(node, _T_A, _T_RDF_STATEMENT)
        quad(node, _T_RDF_SUBJECT, subject)
        quad(node, _T_RDF_PREDICATE, predicate)
        quad(node, _T_RDF_OBJECT, obj)
        quad(node, _T_PROV_WAS_DERIVED_FROM, sentence_node(sentence))
        quad(node, _T_PROV_WAS_GENERATED_BY, activity_node)
        quad(node, _T_HLKG_CONFIDENCE, _term(decimal(relation.confidence, 3)))
        quad(node, _T_HLKG_CUE, _term(Literal(relation.cue)))
        quad(node, _T_HLKG_NEGATED, _T_TRUE if relation.negated else _T_FALSE)
        quad(node, _T_HLKG_HEDGED, _T_TRUE if relation.hedged else _T_FALSE)
        quad(node, _T_HLKG_REJECTED, _T_TRUE if relation.rejected else _T_FALSE)
        for holder in sorted(relation.attributed_to):
            quad(node, _T_HLKG_ATTRIBUTED_TO, _concept_term(holder))
        for cue in relation.hedge_cues:
            quad(node, _T_HLKG_HEDGE_CUE, _term(Literal(cue)))
    return "".join(lines)


def document_usage_nquads(doc_id: str, activity: str) -> str:
    """The one quad a document puts in the corpus graph: the extraction activity used it."""
    doc = _term(NamedNode(document_iri(doc_id)))
    return f"{_term(NamedNode(activity))} {_T_PROV_USED} {doc} {_term(CORPUS)} .\n"


def _term(term: NamedNode | Literal) -> str:
    """A term's N-Triples form, written by pyoxigraph."""
    return str(term)


@functools.lru_cache(maxsize=1 << 16)
def _integer_term(value: int) -> str:
    return str(integer(value))


@functools.lru_cache(maxsize=1 << 14)
def _concept_term(iri: str) -> str:
    """Concept and property IRIs recur in every document: write each one once."""
    return str(NamedNode(iri))


_T_A = _term(A)
_T_TRUE, _T_FALSE = _term(TRUE), _term(FALSE)
_T_HLKG_DOCUMENT = _term(HLKG_DOCUMENT)
_T_HLKG_MENTION = _term(HLKG_MENTION)
_T_HLKG_MENTIONS = _term(HLKG_MENTIONS)
_T_HLKG_CONTENT_HASH = _term(HLKG_CONTENT_HASH)
_T_HLKG_CONFIDENCE = _term(HLKG_CONFIDENCE)
_T_HLKG_CUE = _term(HLKG_CUE)
_T_HLKG_NEGATED = _term(HLKG_NEGATED)
_T_HLKG_HEDGED = _term(HLKG_HEDGED)
_T_HLKG_HEDGE_CUE = _term(HLKG_HEDGE_CUE)
_T_HLKG_REJECTED = _term(HLKG_REJECTED)
_T_HLKG_ATTRIBUTED_TO = _term(HLKG_ATTRIBUTED_TO)
_T_RDF_STATEMENT = _term(RDF_STATEMENT)
_T_RDF_SUBJECT = _term(RDF_SUBJECT)
_T_RDF_PREDICATE = _term(RDF_PREDICATE)
_T_RDF_OBJECT = _term(RDF_OBJECT)
_T_NIF_CONTEXT = _term(NIF_CONTEXT)
_T_NIF_SENTENCE_CLASS = _term(NIF_SENTENCE_CLASS)
_T_NIF_PHRASE = _term(NIF_PHRASE)
_T_NIF_IS_STRING = _term(NIF_IS_STRING)
_T_NIF_BEGIN = _term(NIF_BEGIN)
_T_NIF_END = _term(NIF_END)
_T_NIF_ANCHOR_OF = _term(NIF_ANCHOR_OF)
_T_NIF_REFERENCE_CONTEXT = _term(NIF_REFERENCE_CONTEXT)
_T_NIF_SENTENCE = _term(NIF_SENTENCE)
_T_ITSRDF_TA_IDENT_REF = _term(ITSRDF_TA_IDENT_REF)
_T_DCTERMS_TITLE = _term(DCTERMS_TITLE)
_T_DCTERMS_SOURCE = _term(DCTERMS_SOURCE)
_T_DCTERMS_IS_PART_OF = _term(DCTERMS_IS_PART_OF)
_T_PROV_USED = _term(PROV_USED)
_T_PROV_WAS_DERIVED_FROM = _term(PROV_WAS_DERIVED_FROM)
_T_PROV_WAS_GENERATED_BY = _term(PROV_WAS_GENERATED_BY)


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
        relation.rejected,
        relation.attributed_to,
    )
