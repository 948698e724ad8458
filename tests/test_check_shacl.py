"""SHACL validation of built graphs: a hand-made good graph conforms, each breakage is caught."""

from __future__ import annotations

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.namespace import DCTERMS as DCT
from rdflib.namespace import PROV, RDF, RDFS, SH

from kg import namespaces as ns
from kg.check.shacl import validate
from kg.cli import cli
from kg.ontology import load_ontology

H = rdflib.Namespace(ns.HLKG)
D = rdflib.Namespace(ns.DATA)
NIF = rdflib.Namespace(ns.NIF)
ITS = rdflib.Namespace(ns.ITSRDF)

TEXT = "Clinical networks build trust. Audit improves the quality of care."
DOC = D["doc/essay"]
CONTEXT = D["doc/essay/text"]
ACTIVITY = D["activity/extractor-0.1.0"]


def _int(n: int) -> rdflib.Literal:
    return rdflib.Literal(n, datatype=rdflib.XSD.integer)


def _span(graph, node, begin, end):
    graph.add((node, NIF.beginIndex, _int(begin)))
    graph.add((node, NIF.endIndex, _int(end)))
    graph.add((node, NIF.anchorOf, rdflib.Literal(TEXT[begin:end])))
    graph.add((node, NIF.referenceContext, CONTEXT))


def _sentence(graph, begin, end):
    node = D[f"doc/essay/sentence/{begin}-{end}"]
    graph.add((node, RDF.type, NIF.Sentence))
    graph.add((node, DCT.isPartOf, DOC))
    _span(graph, node, begin, end)
    return node


def _mention(graph, sentence, phrase, concept):
    begin = TEXT.index(phrase)
    end = begin + len(phrase)
    node = D[f"doc/essay/mention/{begin}-{end}"]
    graph.add((node, RDF.type, H.Mention))
    graph.add((node, RDF.type, NIF.Phrase))
    graph.add((node, NIF.sentence, sentence))
    graph.add((node, ITS.taIdentRef, concept))
    graph.add((sentence, H.mentions, concept))
    _span(graph, node, begin, end)
    return node


def _statement(graph, sentence, n, s, p, o, confidence="0.8"):
    node = D[f"doc/essay/statement/{sentence.split('/')[-1]}/{n}"]
    graph.add((node, RDF.type, RDF.Statement))
    graph.add((node, RDF.subject, s))
    graph.add((node, RDF.predicate, p))
    graph.add((node, RDF.object, o))
    graph.add((node, PROV.wasDerivedFrom, sentence))
    graph.add((node, PROV.wasGeneratedBy, ACTIVITY))
    graph.add((node, H.confidence, rdflib.Literal(confidence, datatype=rdflib.XSD.decimal)))
    graph.add((node, H.cue, rdflib.Literal("improves")))
    graph.add((node, H.negated, rdflib.Literal(False)))
    graph.add((node, H.hedged, rdflib.Literal(False)))
    graph.add((node, H.rejected, rdflib.Literal(False)))
    graph.add((s, p, o))
    return node


@pytest.fixture
def good() -> rdflib.Graph:
    """A one-document graph that follows README's data model exactly, plus the ontology."""
    graph = load_ontology()
    graph.add((DOC, RDF.type, H.Document))
    graph.add((DOC, DCT.title, rdflib.Literal("essay")))
    graph.add((DOC, DCT.source, rdflib.Literal("essay.txt")))
    graph.add((DOC, H.contentHash, rdflib.Literal("0" * 64)))
    graph.add((CONTEXT, RDF.type, NIF.Context))
    graph.add((CONTEXT, NIF.isString, rdflib.Literal(TEXT)))
    graph.add((CONTEXT, NIF.beginIndex, _int(0)))
    graph.add((CONTEXT, NIF.endIndex, _int(len(TEXT))))
    graph.add((CONTEXT, DCT.isPartOf, DOC))
    graph.add((ACTIVITY, RDF.type, PROV.Activity))
    graph.add((ACTIVITY, RDFS.label, rdflib.Literal("hlkg extractor 0.1.0")))
    graph.add((ACTIVITY, PROV.used, DOC))
    first = _sentence(graph, 0, TEXT.index(".") + 1)
    second = _sentence(graph, TEXT.index("Audit"), len(TEXT))
    _mention(graph, first, "Clinical networks", H.ClinicalNetwork)
    _mention(graph, first, "trust", H.Trust)
    _mention(graph, second, "Audit", H.Audit)
    _mention(graph, second, "quality of care", H.QualityOfCare)
    _statement(graph, first, 1, H.ClinicalNetwork, H.supports, H.Trust)
    _statement(graph, second, 1, H.Audit, H.improves, H.QualityOfCare)
    cooccurrence = D["cooccurrence/Audit--QualityOfCare"]
    graph.add((cooccurrence, RDF.type, H.CoOccurrence))
    graph.add((cooccurrence, H.concept, H.Audit))
    graph.add((cooccurrence, H.concept, H.QualityOfCare))
    graph.add((cooccurrence, H.sentenceCount, _int(1)))
    graph.add((H.Audit, H.coOccursWith, H.QualityOfCare))
    graph.add((H.Audit, H.mentionCount, _int(1)))
    graph.add((H.Audit, H.centrality, rdflib.Literal("0.25", datatype=rdflib.XSD.decimal)))
    return graph


def _messages(findings, entity_suffix):
    return [f.message for f in findings if f.entity.endswith(entity_suffix)]


def test_good_graph_conforms(good):
    assert [f.line() for f in validate(good)] == []


def test_anchor_that_is_not_the_slice_is_caught(good):
    sentence = D[f"doc/essay/sentence/0-{TEXT.index('.') + 1}"]
    good.set((sentence, NIF.anchorOf, rdflib.Literal("Clinical networks build trust!")))
    findings = validate(good)
    assert any("is not the slice" in m for m in _messages(findings, str(sentence)))


def test_mention_offsets_beyond_the_text_are_caught(good):
    mention = next(good.subjects(ITS.taIdentRef, H.Trust))
    good.set((mention, NIF.endIndex, _int(len(TEXT) + 5)))
    findings = validate(good)
    assert _messages(findings, str(mention))


def test_confidence_out_of_range_is_caught(good):
    statement = next(good.subjects(RDF.predicate, H.improves))
    good.set((statement, H.confidence, rdflib.Literal("1.2", datatype=rdflib.XSD.decimal)))
    assert any("between 0 and 1" in m for m in _messages(validate(good), str(statement)))


def test_unknown_concept_and_relation_are_caught(good):
    statement = next(good.subjects(RDF.predicate, H.improves))
    good.set((statement, RDF.predicate, H.frobnicates))
    mention = next(good.subjects(ITS.taIdentRef, H.Audit))
    good.set((mention, ITS.taIdentRef, H.NoSuchConcept))
    findings = validate(good)
    assert any("not one" in m for m in _messages(findings, "#frobnicates"))
    assert any("does not declare it" in m for m in _messages(findings, "#NoSuchConcept"))
    # the mention now names a concept its sentence does not list
    assert _messages(findings, str(mention))


def test_statement_without_its_plain_triple_is_caught(good):
    good.remove((H.Audit, H.improves, H.QualityOfCare))
    statement = next(good.subjects(RDF.predicate, H.improves))
    assert any("plain triple" in m for m in _messages(validate(good), str(statement)))


def test_missing_required_values_are_caught(good):
    statement = next(good.subjects(RDF.predicate, H.improves))
    good.remove((statement, H.negated, None))
    good.remove((DOC, DCT.source, None))
    findings = validate(good)
    assert any("negated" in m for m in _messages(findings, str(statement)))
    assert _messages(findings, str(DOC))


def test_cli_validates_a_built_store(mini_build, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", "--no-reasoner", "--build-dir", str(mini_build)])
    assert result.exit_code == 0, result.output
    assert "SHACL skipped" not in result.output
    assert not [line for line in result.output.splitlines() if line.startswith("ERROR")]


def test_the_seed_corpus_build_conforms(seed_build):
    from kg.check.shacl import read_build

    data, _store = read_build(seed_build)
    assert len(data) > 1000
    assert [f.line() for f in validate(data)] == []


def _broken_build(graph: rdflib.Graph, folder, extra_lines: str = "") -> object:
    """A build whose store holds `graph` in the essay's named graph, and the sentence with the
    wrong anchor a second time in another graph (the union then holds those triples twice)."""
    from test_viz_support import make_build

    sentence = D[f"doc/essay/sentence/0-{TEXT.index('.') + 1}"]
    graph.set((sentence, NIF.anchorOf, rdflib.Literal("Clinical networks build trust!")))
    again = rdflib.Graph()
    for triple in graph.triples((sentence, None, None)):
        again.add(triple)
    trig = folder / "broken.trig"
    trig.write_text(
        f"<{DOC}> {{\n{graph.serialize(format='nt')}{extra_lines}}}\n"
        f"<{D['other']}> {{\n{again.serialize(format='nt')}}}\n",
        encoding="utf-8",
    )
    return make_build(folder / "hlkg-build", trig), sentence


def test_a_build_is_converted_to_rdflib_once_and_never_back(good, tmp_path, monkeypatch):
    """The store's N-Triples feed both rdflib and the SPARQL constraints' store: rdflib's
    graph is not written out again to make a second copy."""
    from kg.check import run_check

    build, sentence = _broken_build(good, tmp_path)
    written: list[int] = []
    serialize = rdflib.Graph.serialize

    def counted(self: rdflib.Graph, *args, **options):
        written.append(len(self))
        return serialize(self, *args, **options)

    monkeypatch.setattr(rdflib.Graph, "serialize", counted)
    findings = run_check(build, reasoner=False)
    assert written == []
    assert any("is not the slice" in f.message for f in findings if f.entity == str(sentence))


def test_read_builds_store_and_a_copy_give_the_same_findings(good, tmp_path):
    """The store read_build loads holds what rdflib holds: the same findings, once each."""
    from kg.check.shacl import read_build

    build, _sentence = _broken_build(good, tmp_path)
    data, store = read_build(build)
    from_store = validate(data, store=store)
    assert sorted(f.line() for f in from_store) == sorted(f.line() for f in validate(data))
    assert sum("is not the slice" in f.message for f in from_store) == 1


def test_extension_classes_reach_the_sparql_constraints(good, tmp_path):
    """With extension files the constraints run on a store holding the build and them."""
    from kg.check import run_check

    para = D["doc/essay/para/0-5"]
    lines = (
        f"<{para}> <{RDF.type}> <https://example.org/ext#Para> .\n"
        f"<{para}> <{NIF.beginIndex}> {_int(0).n3()} .\n"
        f"<{para}> <{NIF.endIndex}> {_int(5).n3()} .\n"
        f'<{para}> <{NIF.anchorOf}> "Wrong" .\n'
        f"<{para}> <{NIF.referenceContext}> <{CONTEXT}> .\n"
    )
    build, _ = _broken_build(good, tmp_path, lines)
    extension = tmp_path / "ext.ttl"
    extension.write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        f"<https://example.org/ext#Para> a owl:Class ; <{RDFS.subClassOf}> <{NIF.Sentence}> .\n",
        encoding="utf-8",
    )
    slice_findings = [
        f for f in run_check(build, [extension], reasoner=False) if "is not the slice" in f.message
    ]
    assert str(para) in {f.entity for f in slice_findings}
    assert [f for f in run_check(build, reasoner=False) if f.entity == str(para)] == []


# --------------------------------------------------------------------------------------------
# Chunked validation of a build finds exactly what validating it whole finds

SECOND = D["doc/second"]


def _moved(graph: rdflib.Graph, old: str, new: str) -> rdflib.Graph:
    """`graph` with every IRI under `old` moved under `new` (a copy of a document)."""
    moved = rdflib.Graph()
    for triple in graph:
        moved.add(tuple(_move(term, old, new) for term in triple))
    return moved


def _move(term, old: str, new: str):
    if isinstance(term, rdflib.URIRef) and str(term).startswith(old):
        return rdflib.URIRef(new + str(term)[len(old) :])
    return term


def _spread_build(good: rdflib.Graph, folder) -> object:
    """A build whose violations are spread over three documents' graphs and the corpus graph,
    some of them visible only when graphs are read together."""
    from test_viz_support import make_build

    ontology = load_ontology()
    corpus_subjects = {ACTIVITY, D["cooccurrence/Audit--QualityOfCare"], H.Audit}
    corpus, essay = rdflib.Graph(), rdflib.Graph()
    for triple in good:
        if triple in ontology:
            continue
        in_corpus = triple[0] in corpus_subjects and triple[1] != H.improves
        (corpus if in_corpus else essay).add(triple)
    second = _moved(essay, str(DOC), str(SECOND))
    third = rdflib.Graph()
    # the essay: a wrong anchor, an unknown concept and relation, a confidence out of range
    sentence = D[f"doc/essay/sentence/0-{TEXT.index('.') + 1}"]
    essay.set((sentence, NIF.anchorOf, rdflib.Literal("Clinical networks build trust!")))
    statement = next(essay.subjects(RDF.predicate, H.improves))
    essay.set((statement, RDF.predicate, H.frobnicates))
    essay.set((statement, H.confidence, rdflib.Literal("1.2", datatype=rdflib.XSD.decimal)))
    mention = next(essay.subjects(ITS.taIdentRef, H.Audit))
    essay.set((mention, ITS.taIdentRef, H.NoSuchConcept))
    # the second: the same unknown concept, a statement derived from the essay's sentence,
    # and a document without source whose title is given again in the third graph
    mention = next(second.subjects(ITS.taIdentRef, H.Trust))
    second.set((mention, ITS.taIdentRef, H.NoSuchConcept))
    statement = next(second.subjects(RDF.predicate, H.supports))
    second.set((statement, PROV.wasDerivedFrom, sentence))
    second.remove((SECOND, DCT.source, None))
    third.add((SECOND, DCT.title, rdflib.Literal("another title")))
    # the third: a second text of the essay, and a sentence of the second split across graphs
    stray = D["doc/third/text"]
    third.add((stray, RDF.type, NIF.Context))
    third.add((stray, DCT.isPartOf, DOC))
    third.add((stray, NIF.isString, rdflib.Literal("x")))
    third.add((stray, NIF.beginIndex, _int(0)))
    third.add((stray, NIF.endIndex, _int(1)))
    split = next(second.subjects(RDF.type, NIF.Sentence))
    third.add((split, NIF.beginIndex, _int(999)))
    # the corpus: a co-occurrence of one concept, a centrality out of range
    corpus.remove((D["cooccurrence/Audit--QualityOfCare"], H.concept, H.QualityOfCare))
    corpus.set((H.Audit, H.centrality, rdflib.Literal("1.5", datatype=rdflib.XSD.decimal)))
    corpus.add((ACTIVITY, PROV.used, SECOND))
    graphs = {
        ns.ONTOLOGY_GRAPH: ontology,
        ns.CORPUS_GRAPH: corpus,
        str(DOC): essay,
        str(SECOND): second,
        str(D["doc/third"]): third,
    }
    trig = folder / "spread.trig"
    trig.write_text(
        "".join(f"<{name}> {{\n{g.serialize(format='nt')}}}\n" for name, g in graphs.items()),
        encoding="utf-8",
    )
    return make_build(folder / "hlkg-build", trig)


def test_chunks_find_exactly_what_the_whole_graph_finds(good, tmp_path):
    from kg.check.shacl_chunks import validate_build

    build = _spread_build(good, tmp_path)
    whole = [f.line() for f in validate_build(build, chunk_docs=None)]
    expected = (
        "is not the slice",
        "does not declare it",
        "not one",
        "between 0 and 1",
        "exactly one nif:Context",
        "exactly one dcterms:source",
        "exactly one dcterms:title",
        "co-occurrence is about exactly two",
    )
    missing = [text for text in expected if not any(text in line for line in whole)]
    assert missing == [], whole
    for size, workers in ((1, 1), (2, 1), (100, 1), (1, 2)):
        chunked = [f.line() for f in validate_build(build, chunk_docs=size, workers=workers)]
        assert chunked == whole, (size, workers)


def test_shapes_that_read_further_than_a_node_are_validated_whole():
    from kg.check.shacl import split_shapes
    from kg.check.shacl_chunks import _reach
    from kg.ontology import parse_turtle, shapes_file

    core = split_shapes(parse_turtle(shapes_file()))[0]
    reach = _reach(core)
    assert reach is not None
    assert str(DCT.isPartOf) in reach.inverse
    assert str(RDFS.subPropertyOf) in reach.schema
    two_hops = rdflib.BNode()
    core.add((two_hops, RDF.type, SH.NodeShape))
    core.add((two_hops, SH.property, rdflib.BNode("p")))
    nested = next(core.objects(None, SH.qualifiedValueShape))
    core.add((nested, SH.node, two_hops))  # a path from a value node: two hops
    assert _reach(core) is None
    core.remove((nested, SH.node, two_hops))
    assert _reach(core) is not None
    concept_shape = rdflib.URIRef("https://w3id.org/hlkg/shapes#ConceptReferenceShape")
    backwards = rdflib.BNode()
    core.add((concept_shape, SH.property, backwards))
    core.add((backwards, SH.path, rdflib.BNode("inverse")))
    core.add((rdflib.BNode("inverse"), SH.inversePath, H.mentions))
    assert _reach(core) is None  # an object with no triples of its own: its incoming vary
