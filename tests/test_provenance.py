"""The provenance model (README's data model) holds: on hand-made extractions and on real builds."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import pyoxigraph
import pytest

from kg.cache import decode_extraction, encode_extraction
from kg.claims import RelationRules
from kg.corpus_facts import CorpusFacts, cooccurrence_iri
from kg.model import Document, Extraction, Mention, Relation, Sentence
from kg.namespaces import CORPUS_GRAPH, DATA, HLKG, PREFIXES
from kg.provenance import activity_iri, decimal, document_ids, extraction_quads

PREFIX_LINES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
ACTIVITY = activity_iri("9.9.9")

needs_extractor = pytest.mark.skipif(
    importlib.util.find_spec("kg.extract") is None, reason="kg.extract is not written yet"
)


def _mention(text: str, concept: str, word: str, sentence: Sentence, nth: int = 0) -> Mention:
    begin = sentence.begin - 1
    for _ in range(nth + 1):
        begin = text.index(word, begin + 1)
    assert begin < sentence.end
    end = begin + len(word)
    return Mention(HLKG + concept, begin, end, text[begin:end], sentence)


def hand_made_extraction(source: str = "notes/divide essay.txt") -> Extraction:
    """Two sentences: one asserted relation, one negated one, and a hedged one."""
    text = (
        "Dialogue overcomes the divide between doctors and managers. "
        "Bureaucracy does not support autonomy, and trust may improve autonomy."
    )
    first = Sentence(0, text.index(".") + 1)
    second = Sentence(first.end + 1, len(text))
    dialogue = _mention(text, "Dialogue", "Dialogue", first)
    divide = _mention(text, "DoctorManagerDivide", "divide", first)
    doctors = _mention(text, "Doctor", "doctors", first)
    managers = _mention(text, "Manager", "managers", first)
    bureaucracy = _mention(text, "Bureaucracy", "Bureaucracy", second)
    autonomy = _mention(text, "Autonomy", "autonomy", second)
    trust = _mention(text, "Trust", "trust", second)
    autonomy2 = _mention(text, "Autonomy", "autonomy", second, nth=1)

    def relation(subject: Mention, predicate: str, obj: Mention, cue: str, **flags) -> Relation:
        cue_begin = text.index(cue, subject.sentence.begin)
        return Relation(
            subject=subject.concept,
            predicate=HLKG + predicate,
            object=obj.concept,
            sentence=subject.sentence,
            cue=cue,
            cue_begin=cue_begin,
            cue_end=cue_begin + len(cue),
            subject_mention=subject,
            object_mention=obj,
            confidence=flags.pop("confidence", 0.85),
            **flags,
        )

    relations = (
        relation(trust, "improves", autonomy2, "improve", hedged=True, hedge_cues=("may",),
                 confidence=0.6),
        relation(dialogue, "overcomes", divide, "overcomes", confidence=0.91234),
        relation(bureaucracy, "supports", autonomy, "support", negated=True,
                 hedge_cues=("not",)),
    )
    document = Document(source, "Divide essay", text, (first, second), content_hash="ab" * 32)
    mentions = (dialogue, divide, doctors, managers, bureaucracy, autonomy, trust, autonomy2)
    return Extraction(document, mentions, relations)


def store_of(*extractions: Extraction) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    facts = CorpusFacts(ACTIVITY, "9.9.9")
    ids = document_ids([e.document.source for e in extractions])
    for extraction, doc_id in zip(extractions, ids, strict=True):
        store.extend(extraction_quads(extraction, doc_id, ACTIVITY))
        facts.add(extraction, doc_id)
    store.extend(facts.quads(facts.claims(shipped_rules())))
    return store


@functools.cache
def shipped_rules() -> RelationRules:
    from kg.ontology import load_ontology

    return RelationRules.from_ontology(load_ontology())


def select(store: pyoxigraph.Store, query: str) -> list[dict[str, str]]:
    solutions = store.query(PREFIX_LINES + query, use_default_graph_as_union=True)
    return [
        {str(v.value): s[v].value for v in solutions.variables if s[v] is not None}
        for s in solutions
    ]


def ask(store: pyoxigraph.Store, query: str) -> bool:
    return bool(store.query(PREFIX_LINES + query, use_default_graph_as_union=True))


def assert_provenance_invariants(store: pyoxigraph.Store) -> None:
    """The contract the queries and views rely on, checked on any built graph."""
    contexts = {
        row["c"]: row["s"]
        for row in select(store, "SELECT ?c ?s { ?c a nif:Context ; nif:isString ?s }")
    }
    assert contexts, "no document text in the graph"
    anchored = select(
        store,
        """SELECT ?x ?c ?b ?e ?a {
             ?x nif:referenceContext ?c ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?a
           }""",
    )
    assert anchored
    for row in anchored:
        text = contexts[row["c"]]
        assert text[int(row["b"]) : int(row["e"])] == row["a"], row["x"]
    # Every mention lies inside its sentence, and that sentence says it mentions the concept.
    assert not ask(
        store,
        """ASK { ?m a hlkg:Mention ; nif:sentence ?s ; itsrdf:taIdentRef ?c ;
                   nif:beginIndex ?mb ; nif:endIndex ?me .
                 ?s nif:beginIndex ?sb ; nif:endIndex ?se .
                 FILTER(?mb < ?sb || ?me > ?se || NOT EXISTS { ?s hlkg:mentions ?c }) }""",
    )
    # Every statement's sentence mentions both its subject and its object.
    assert not ask(
        store,
        """ASK { ?st a rdf:Statement ; rdf:subject ?a ; rdf:object ?b ;
                     prov:wasDerivedFrom ?s .
                 FILTER NOT EXISTS { ?s a nif:Sentence ; hlkg:mentions ?a , ?b } }""",
    )
    # A plain triple exists in a document's graph exactly for its statements that are neither
    # negated nor rejected.
    assert not ask(
        store,
        """ASK { GRAPH ?g { ?st a rdf:Statement ; rdf:subject ?a ; rdf:predicate ?p ;
                             rdf:object ?b ; hlkg:negated false ; hlkg:rejected false .
                            FILTER NOT EXISTS { ?a ?p ?b } } }""",
    )
    assert not ask(
        store,
        """ASK { { SELECT DISTINCT ?p { ?st rdf:predicate ?p } }
                 GRAPH ?g { ?g a hlkg:Document . ?a ?p ?b .
                   FILTER NOT EXISTS { ?st rdf:subject ?a ; rdf:predicate ?p ; rdf:object ?b ;
                                           hlkg:negated false ; hlkg:rejected false } } }""",
    )
    # Each statement carries the whole record.
    assert not ask(
        store,
        """ASK { ?st a rdf:Statement .
                 FILTER NOT EXISTS { ?st hlkg:confidence ?c ; hlkg:cue ?cue ; hlkg:negated ?n ;
                                         hlkg:hedged ?h ; prov:wasGeneratedBy ?act .
                                     ?act a prov:Activity .
                                     FILTER(datatype(?c) = xsd:decimal && ?c >= 0 && ?c <= 1) }
               }""",
    )
    # Co-occurrence never poses as an asserted relation.
    assert not ask(store, "ASK { ?st rdf:predicate hlkg:coOccursWith }")
    assert not ask(store, "ASK { hlkg:coOccursWith rdfs:subPropertyOf+ hlkg:relatedTo }")
    assert not ask(
        store,
        """ASK { GRAPH <https://w3id.org/hlkg/graph/corpus> { ?a hlkg:coOccursWith ?b }
                 FILTER(STR(?a) >= STR(?b)) }""",
    )


def test_hand_made_extraction_meets_the_model() -> None:
    store = store_of(hand_made_extraction())
    assert_provenance_invariants(store)


def test_iris_follow_the_readme_table() -> None:
    store = store_of(hand_made_extraction())
    doc = f"{DATA}doc/notes-divide-essay"
    rows = select(
        store, "SELECT ?g ?d ?src { GRAPH ?g { ?d a hlkg:Document ; dcterms:source ?src } }"
    )
    assert rows == [{"g": doc, "d": doc, "src": "notes/divide essay.txt"}]
    sentence = f"{doc}/sentence/0-59"
    assert ask(store, f"ASK {{ <{sentence}> a nif:Sentence ; nif:anchorOf ?a ; "
                      f"nif:referenceContext <{doc}/text> ; dcterms:isPartOf <{doc}> }}")
    assert ask(store, f"ASK {{ <{doc}/mention/0-8> itsrdf:taIdentRef hlkg:Dialogue ; "
                      f"nif:sentence <{sentence}> ; nif:anchorOf \"Dialogue\" }}")
    statements = select(
        store, "SELECT ?st ?p { ?st rdf:predicate ?p } ORDER BY ?st"
    )
    second = f"{doc}/sentence/60-130"
    assert [r["st"] for r in statements] == [
        f"{doc}/statement/0-59/1",
        f"{doc}/statement/60-130/1",
        f"{doc}/statement/60-130/2",
    ]
    assert ask(store, f"ASK {{ <{doc}/statement/60-130/1> prov:wasDerivedFrom <{second}> ;"
                      " rdf:predicate hlkg:supports ; hlkg:negated true ; hlkg:hedgeCue 'not' }")
    assert ask(store, f"ASK {{ <{doc}/statement/0-59/1> hlkg:confidence 0.912 ;"
                      f" prov:wasGeneratedBy <{ACTIVITY}> }}")
    assert activity_iri("9.9.9") == f"{DATA}activity/extractor-9.9.9"
    # Plain triples: the asserted and the hedged relation, not the negated one.
    assert ask(store, "ASK { hlkg:Dialogue hlkg:overcomes hlkg:DoctorManagerDivide }")
    assert ask(store, "ASK { hlkg:Trust hlkg:improves hlkg:Autonomy }")
    assert not ask(store, "ASK { hlkg:Bureaucracy hlkg:supports hlkg:Autonomy }")
    # Offsets are xsd:integer, so SPARQL's plain numbers match them.
    assert ask(store, f"ASK {{ <{doc}/text> nif:beginIndex 0 ; nif:endIndex 130 }}")


def test_corpus_facts_count_sentences_and_rank_concepts() -> None:
    first = hand_made_extraction("a.txt")
    second = hand_made_extraction("b.md")
    store = store_of(first, second)
    pair = cooccurrence_iri(HLKG + "Manager", HLKG + "Doctor")
    assert pair == f"{DATA}cooccurrence/Doctor--Manager"
    rows = select(store, f"SELECT ?n {{ GRAPH <{CORPUS_GRAPH}> {{ <{pair}> a hlkg:CoOccurrence ;"
                         " hlkg:concept hlkg:Doctor, hlkg:Manager ; hlkg:sentenceCount ?n } }")
    assert rows == [{"n": "2"}]
    assert ask(store, "ASK { hlkg:Doctor hlkg:coOccursWith hlkg:Manager }")
    # Autonomy is mentioned twice in one sentence: one pair per sentence, not per mention.
    rows = select(store, "SELECT ?n { ?c hlkg:concept hlkg:Autonomy, hlkg:Trust ;"
                         " hlkg:sentenceCount ?n }")
    assert rows == [{"n": "2"}]
    figures = select(store, "SELECT ?m ?d { hlkg:Autonomy hlkg:mentionCount ?m ;"
                            " hlkg:documentCount ?d }")
    assert figures == [{"m": "4", "d": "2"}]
    ranks = {
        r["c"].removeprefix(HLKG): float(r["r"])
        for r in select(store, "SELECT ?c ?r { ?c hlkg:centrality ?r }")
    }
    # The negated relation (Bureaucracy supports Autonomy) adds no edge: Autonomy's rank comes
    # from Trust only, and the targets of asserted relations outrank everything else.
    assert ranks["Autonomy"] > ranks["Trust"]
    assert ranks["DoctorManagerDivide"] > ranks["Dialogue"]
    assert ranks["Bureaucracy"] == ranks["Doctor"]
    assert abs(sum(ranks.values()) - 1) < 1e-4
    assert ask(store, f"ASK {{ <{ACTIVITY}> a prov:Activity ; rdfs:label ?l ;"
                      f" prov:used <{DATA}doc/a>, <{DATA}doc/b> }}")


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        (["Edwards 2005.txt", "bmj.md"], ["edwards-2005", "bmj"]),
        (["a b.txt", "a_b.txt", "a-b.md"], ["a-b", "a-b-3", "a-b-2"]),
        (["x/a.txt", "y/a.txt"], ["x-a", "y-a"]),
        (["Ünïcode – é.txt", "?.txt"], ["unicode-e", "document"]),
        (["a.txt", "a-2.txt", "a.md"], ["a-3", "a-2", "a"]),
    ],
)
def test_document_ids_are_slugs_with_deterministic_collisions(
    sources: list[str], expected: list[str]
) -> None:
    assert document_ids(sources) == expected
    # The same files found in another order get the same ids.
    assert document_ids(sources[::-1]) == expected[::-1]
    assert len(set(expected)) == len(expected)


def test_decimal_literals_are_rounded_plainly() -> None:
    assert decimal(0.91234, 3).value == "0.912"
    assert decimal(1, 3).value == "1.0"
    assert decimal(0.0000001, 6).value == "0.0"
    assert decimal(0.1 + 0.2, 3).value == "0.3"


def test_cache_encoding_round_trips() -> None:
    extraction = hand_made_extraction()
    assert decode_extraction(encode_extraction(extraction)) == extraction


@needs_extractor
def test_seed_build_meets_the_model(seed_build: Path) -> None:
    from kg.buildstore import open_store

    assert_provenance_invariants(open_store(seed_build))


@needs_extractor
def test_sample_build_meets_the_model(sample_build: Path) -> None:
    from kg.buildstore import open_store

    assert_provenance_invariants(open_store(sample_build))


def test_relation_arguments_found_by_anaphora_are_recorded_as_mentions() -> None:
    """ "such networks" stands for a concept named earlier: the graph anchors it there."""
    text = "Clinical networks matter. Such networks improve trust."
    first, second = Sentence(0, 25), Sentence(26, len(text))
    named = Mention(HLKG + "ClinicalNetwork", 0, 17, text[0:17], first)
    anaphor = Mention(HLKG + "ClinicalNetwork", 31, 39, text[31:39], second)
    trust = Mention(HLKG + "Trust", 48, 53, text[48:53], second)
    relation = Relation(HLKG + "ClinicalNetwork", HLKG + "improves", HLKG + "Trust", second,
                        "improve", 40, 47, anaphor, trust, 0.7)
    document = Document("n.txt", "N", text, (first, second))
    store = store_of(Extraction(document, (named, trust), (relation,)))
    assert_provenance_invariants(store)
    doc = f"{DATA}doc/n"
    assert ask(store, f"ASK {{ <{doc}/mention/31-39> nif:anchorOf 'networks' ;"
                      f" nif:sentence <{doc}/sentence/26-54> ;"
                      " itsrdf:taIdentRef hlkg:ClinicalNetwork }")
    rows = select(store, "SELECT ?n { ?c hlkg:concept hlkg:ClinicalNetwork, hlkg:Trust ;"
                         " hlkg:sentenceCount ?n }")
    assert rows == [{"n": "1"}]
