"""Benchmark of `hlkg check`: each stage on the ontology, and SHACL on growing built graphs.

    python bench/bench_check.py                      # 10, 100 and 500 synthetic documents
    python bench/bench_check.py --docs 10 100 1000 --naive 10
    python bench/bench_check.py --docs --naive --build-dir /tmp/build-300   # a real build only
    python bench/bench_check.py --docs --naive --build-dir B --chunk-docs 0 50 --stages no

Figures printed:
1. Loading the ontology (Turtle -> rdflib), the lint rules, HermiT (JVM start included) and
   the OWL 2 RL fallback (owlrl closure) on the shipped ontology.
2. SHACL validation (kg.check.shacl.validate: pyshacl for SHACL Core, our once-per-constraint
   runner for the SHACL-SPARQL constraints on Oxigraph) of synthetic graphs that follow
   README's data model: per document one text, 20 sentences, 3 mentions and 1 statement per
   sentence, generated directly as triples (deterministic), plus the ontology.
3. For --naive sizes, pyshacl alone with the SPARQL constraints left in, which parses each
   constraint's query again for every focus node: the reason for our runner.
4. For each --build-dir (say a build of bench/synthetic_corpus.py's documents), `hlkg check`'s
   SHACL path: the store dumped once and read by rdflib and an in-memory Oxigraph store,
   pyshacl, and the SPARQL constraints on that store; then those constraints again with the
   rdflib graph written back out to a second store, as `hlkg check` did before it converted
   the graph only once (--stages no skips this).
5. For each --build-dir and each --chunk-docs size (0: the whole graph at once, as before
   chunking), kg.check.shacl_chunks.validate_build in a fresh process: wall time, and peak memory of
   that process and of its largest worker process.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import time

import rdflib
from rdflib.namespace import DCTERMS as DCT
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg import namespaces as ns

H = rdflib.Namespace(ns.HLKG)
D = rdflib.Namespace(ns.DATA)
NIF = rdflib.Namespace(ns.NIF)
ITS = rdflib.Namespace(ns.ITSRDF)

CONCEPTS = [("doctors", H.Doctor), ("managers", H.Manager), ("trust", H.Trust)]
SENTENCE = "Here doctors and managers build trust together in sentence {n:04d}. "


def _int(n: int) -> rdflib.Literal:
    return rdflib.Literal(n, datatype=XSD.integer)


def synthetic(docs: int, sentences: int = 20) -> rdflib.Graph:
    """A graph of `docs` documents following the data model, plus the ontology."""
    from kg.ontology import load_ontology

    graph = load_ontology()
    activity = D["activity/extractor-bench"]
    graph.add((activity, RDF.type, PROV.Activity))
    graph.add((activity, RDFS.label, rdflib.Literal("bench")))
    for d in range(docs):
        doc = D[f"doc/d{d}"]
        context = D[f"doc/d{d}/text"]
        text = "".join(SENTENCE.format(n=n) for n in range(sentences))
        for triple in (
            (doc, RDF.type, H.Document),
            (doc, DCT.title, rdflib.Literal(f"d{d}")),
            (doc, DCT.source, rdflib.Literal(f"d{d}.txt")),
            (context, RDF.type, NIF.Context),
            (context, NIF.isString, rdflib.Literal(text)),
            (context, NIF.beginIndex, _int(0)),
            (context, NIF.endIndex, _int(len(text))),
            (context, DCT.isPartOf, doc),
            (activity, PROV.used, doc),
        ):
            graph.add(triple)
        offset = 0
        for n in range(sentences):
            sentence_text = SENTENCE.format(n=n)
            begin, end = offset, offset + len(sentence_text) - 1
            offset += len(sentence_text)
            sentence = D[f"doc/d{d}/sentence/{begin}-{end}"]
            _span(graph, sentence, begin, end, text, context)
            graph.add((sentence, RDF.type, NIF.Sentence))
            graph.add((sentence, DCT.isPartOf, doc))
            for phrase, concept in CONCEPTS:
                m_begin = begin + sentence_text.index(phrase)
                mention = D[f"doc/d{d}/mention/{m_begin}-{m_begin + len(phrase)}"]
                _span(graph, mention, m_begin, m_begin + len(phrase), text, context)
                graph.add((mention, RDF.type, H.Mention))
                graph.add((mention, RDF.type, NIF.Phrase))
                graph.add((mention, NIF.sentence, sentence))
                graph.add((mention, ITS.taIdentRef, concept))
                graph.add((sentence, H.mentions, concept))
            statement = D[f"doc/d{d}/statement/{begin}-{end}/1"]
            for triple in (
                (statement, RDF.type, RDF.Statement),
                (statement, RDF.subject, H.Doctor),
                (statement, RDF.predicate, H.supports),
                (statement, RDF.object, H.Trust),
                (statement, PROV.wasDerivedFrom, sentence),
                (statement, PROV.wasGeneratedBy, activity),
                (statement, H.confidence, rdflib.Literal("0.7", datatype=XSD.decimal)),
                (statement, H.cue, rdflib.Literal("build")),
                (statement, H.negated, rdflib.Literal(False)),
                (statement, H.hedged, rdflib.Literal(False)),
                (statement, H.rejected, rdflib.Literal(False)),
                (H.Doctor, H.supports, H.Trust),
            ):
                graph.add(triple)
    return graph


def _span(graph, node, begin, end, text, context):
    graph.add((node, NIF.beginIndex, _int(begin)))
    graph.add((node, NIF.endIndex, _int(end)))
    graph.add((node, NIF.anchorOf, rdflib.Literal(text[begin:end])))
    graph.add((node, NIF.referenceContext, context))


def timed(label: str, function, *args):
    start = time.perf_counter()
    result = function(*args)
    print(f"{label:<58} {time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="*", default=[10, 100, 500])
    parser.add_argument("--naive", type=int, nargs="*", default=[10])
    parser.add_argument("--build-dir", nargs="*", default=[], help="builds to check (section 4)")
    parser.add_argument("--chunk-docs", type=int, nargs="*", default=[0, 50])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--stages", choices=["yes", "no"], default="yes")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # section 5's child process
    args = parser.parse_args()
    if args.one:
        return validate_once(args.one, args.chunk_docs[0], args.workers)

    from kg.check.lint import lint
    from kg.check.reasoner import hermit_check, owl_rl_check
    from kg.check.shacl import split_shapes, validate
    from kg.ontology import load_ontology, parse_turtle, shapes_file

    print("1. the shipped ontology")
    graph = timed("load ontology (Turtle -> rdflib)", load_ontology)
    print(f"   {len(graph)} triples")
    findings = timed("lint rules", lint, graph)
    print(f"   {len(findings)} findings")
    if shutil.which("java"):
        timed("HermiT via owlready2 (JVM start included)", hermit_check, graph)
    timed("OWL 2 RL closure (owlrl, the fallback)", owl_rl_check, graph)

    if args.docs:
        print("2. SHACL on synthetic built graphs (kg.check.shacl.validate)")
    for docs in args.docs:
        data = synthetic(docs)
        found = timed(f"{docs} documents, {len(data)} triples", validate, data)
        assert not found, found[:3]

    if args.naive:
        from pyshacl import validate as pyshacl_validate

        print("3. pyshacl alone, SPARQL constraints evaluated per focus node")
        shapes = parse_turtle(shapes_file())
        _core, sparql = split_shapes(shapes)
        print(f"   ({len(sparql)} SPARQL constraints in shapes.ttl)")
        for docs in args.naive:
            data = synthetic(docs)
            timed(
                f"{docs} documents, {len(data)} triples",
                lambda d=data: pyshacl_validate(d, shacl_graph=shapes, inference="none"),
            )

    if args.build_dir and args.stages == "yes":
        check_builds(args.build_dir)
    if args.build_dir and args.chunk_docs:
        print("5. kg.check.shacl_chunks.validate_build, whole (0) and in chunks, one process each")
        for build in args.build_dir:
            for size in args.chunk_docs:
                command = [sys.executable, __file__, "--one", build, "--chunk-docs", str(size)]
                command += ["--workers", str(args.workers)]
                print(subprocess.run(command, check=True, capture_output=True, text=True).stdout)


def validate_once(build: str, chunk_docs: int, workers: int) -> None:
    """Section 5 for one build and chunk size, in this (fresh) process."""
    from kg.check.shacl_chunks import validate_build

    start = time.perf_counter()
    findings = validate_build(build, chunk_docs=chunk_docs or None, workers=workers)
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    how = f"chunks of {chunk_docs}, {workers} workers" if chunk_docs else "whole graph"
    print(
        f"{build}: {how}: {seconds:.1f} s, {len(findings)} findings, "
        f"peak memory {own:.0f} MB (largest worker {child:.0f} MB)",
        end="",
    )


def check_builds(builds: list[str]) -> None:
    from kg.check.shacl import core_findings, read_build, sparql_findings, split_shapes
    from kg.ontology import parse_turtle, shapes_file

    shapes = parse_turtle(shapes_file())
    core, sparql = split_shapes(shapes)
    print("4. SHACL of real builds, as `hlkg check` runs it")
    for build in builds:
        data, store = timed(f"{build}: store -> rdflib + in-memory store", read_build, build)
        print(f"   {len(data)} triples")
        timed("   pyshacl, SHACL Core", core_findings, data, core)
        timed(
            "   SPARQL constraints on that store",
            sparql_findings,
            data,
            shapes,
            sparql,
            store,
        )
        timed(
            "   ... on rdflib's graph written out again (before)",
            sparql_findings,
            data,
            shapes,
            sparql,
        )


if __name__ == "__main__":
    main()
