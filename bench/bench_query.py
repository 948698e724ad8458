"""Benchmark of the query path: cold `hlkg query` processes, and a ~1M-triple graph.

    python bench/bench_query.py                       # seed graph (built here) + 1M triples
    python bench/bench_query.py --seed-build DIR --triples 1000000 --rdflib-triples 100000

Figures printed:
1. Cold `hlkg query NAME` as a whole process on the seed graph (median of --runs) next to a bare
   `python -c` that opens the same store with pyoxigraph and runs the same prepared query, and
   `python -c pass` for the interpreter's own start-up.
2. On a synthetic graph of about --triples triples that follows README's data model (documents,
   sentences, mentions, statements with provenance, co-occurrences, concept figures; generated
   directly as quads, deterministic): store open time in a fresh process, each named query's
   time, and Turtle export time.
3. The same named queries on rdflib's in-memory engine over a graph of --rdflib-triples
   (rdflib needs ~1 GB and ~30 s just to parse 1M triples), with the ratio to pyoxigraph.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

import pyoxigraph

from kg.buildstore import build_lock, new_build, open_store, store_path, write_manifest
from kg.export import export, ontology_quads
from kg.namespaces import (
    CORPUS_GRAPH,
    DATA,
    DCTERMS,
    HLKG,
    ITSRDF,
    NIF,
    ONTOLOGY_GRAPH,
    PREFIXES,
    PROV,
    RDF,
    XSD,
)
from kg.sparql import library, params, run

REPO = Path(__file__).resolve().parent.parent
EXAMPLES: dict[str, dict[str, str]] = tomllib.loads(
    (REPO / "bench" / "query_examples.toml").read_text("utf-8")
)
"""Values for the named queries' required parameters (shared with the tests)."""

SEED_CORPUS = REPO.parent / "shared" / "corpus"
COLD_QUERIES = [
    ("statistics", {}),
    ("supports", {"concept": "clinical leadership"}),
    ("cooccurring-pairs", {}),
    ("concept-documents", {"concept": "Doctor"}),
]
WORDS = ("the", "of", "and", "care", "team", "service", "staff", "trust", "work", "board")


def median_time(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of a whole child process.

    CPU time is shown too because on a busy machine wall time mostly measures the queue.
    """
    import resource

    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def bare_command(build: Path, text: str, prefixes: dict[str, str]) -> list[str]:
    code = (
        "import sys, pyoxigraph\n"
        "s = pyoxigraph.Store.read_only(sys.argv[1])\n"
        "r = s.query(sys.argv[2], prefixes=eval(sys.argv[3]), use_default_graph_as_union=True)\n"
        "r.serialize(sys.stdout.buffer, pyoxigraph.QueryResultsFormat.CSV)\n"
    )
    store = store_path(Path(build / "current").resolve())
    return [sys.executable, "-c", code, str(store), text, repr(prefixes)]


def prepared_for(build: Path, name: str, given: dict[str, str]) -> run.Prepared:
    return prepared_in(open_store(build), name, given)


def prepared_in(store, name: str, given: dict[str, str]) -> run.Prepared:
    """The named query `name` with `given` bound (missing parameters found in `store`)."""
    named = library.find(name)
    bindings, row_limit = params.bind(named, given, run.local_select(store))
    return run.prepare(named.text, bindings, row_limit)


def cold_start(build: Path, runs: int) -> None:
    import compileall

    # An installed package has its bytecode compiled; with PYTHONDONTWRITEBYTECODE set (or a
    # fresh checkout) every run would compile our modules from source instead.
    compileall.compile_dir(str(REPO / "kg"), quiet=1)
    hlkg = str(Path(sys.executable).parent / "hlkg")
    print(f"\n== cold processes on {build} (median of {runs}, 2 cores)")
    wall, cpu = median_time([sys.executable, "-c", "pass"], runs)
    print(f"python -c pass                   wall {wall:6.3f} s  cpu {cpu:6.3f} s")
    for name, given in COLD_QUERIES:
        args = [hlkg, "query", name, "--build-dir", str(build), "-f", "csv"]
        for key, value in given.items():
            args += ["-p", f"{key}={value}"]
        ours, ours_cpu = median_time(args, runs)
        prepared = prepared_for(build, name, given)
        bare, bare_cpu = median_time(
            bare_command(build, prepared.body, prepared.missing_prefixes), runs
        )
        print(
            f"hlkg query {name:18s} wall {ours:6.3f} s  cpu {ours_cpu:6.3f} s | bare "
            f"pyoxigraph wall {bare:6.3f} s  cpu {bare_cpu:6.3f} s | ratio wall "
            f"{ours / bare:4.2f}  cpu {ours_cpu / bare_cpu:4.2f}"
        )


def concept_vocabulary() -> tuple[list[str], list[str]]:
    store = pyoxigraph.Store()
    store.extend(ontology_quads())

    def iris(text: str) -> list[str]:
        results = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        return sorted(solution[0].value for solution in results)

    return (
        iris("SELECT DISTINCT ?c WHERE { ?c rdfs:subClassOf+ hlkg:Concept }"),
        iris("SELECT DISTINCT ?p WHERE { ?p rdfs:subPropertyOf+ hlkg:relatedTo }"),
    )


def synthetic_quads(target_triples: int, seed: int = 7) -> list[pyoxigraph.Quad]:
    """Documents following README's data model, about `target_triples` quads in all."""
    rng = random.Random(seed)
    concepts, relations = concept_vocabulary()
    N = pyoxigraph.NamedNode
    L = pyoxigraph.Literal

    def integer(value: int) -> pyoxigraph.Literal:
        return L(str(value), datatype=N(XSD + "integer"))

    def boolean(value: bool) -> pyoxigraph.Literal:
        return L("true" if value else "false", datatype=N(XSD + "boolean"))

    a = N(RDF + "type")
    corpus = N(CORPUS_GRAPH)
    activity = N(DATA + "activity/extractor-bench")
    quads: list[pyoxigraph.Quad] = [pyoxigraph.Quad(activity, a, N(PROV + "Activity"), corpus)]
    mention_count: dict[str, int] = {}
    doc_count: dict[str, set[int]] = {}
    pairs: dict[tuple[str, str], int] = {}
    d = 0
    while len(quads) < target_triples:
        doc = N(f"{DATA}doc/synthetic-{d:05d}")
        g = doc
        ctx = N(f"{doc.value}/text")
        sentences = []
        offset = 0
        for s in range(50):
            chosen = rng.sample(concepts, 3)
            words = [rng.choice(WORDS) for _ in range(12)]
            labels = [c.rsplit("#", 1)[1] for c in chosen]
            text = (
                f"{labels[0]} {' '.join(words[:4])} {labels[1]} {' '.join(words[4:8])} {labels[2]}."
            )
            sentences.append((offset, text, chosen, labels, s))
            offset += len(text) + 1
        full = " ".join(t for _, t, _, _, _ in sentences)

        def add(subject, predicate, obj, graph=g) -> None:
            quads.append(pyoxigraph.Quad(subject, predicate, obj, graph))

        add(doc, a, N(HLKG + "Document"))
        add(doc, N(DCTERMS + "title"), L(f"Synthetic document {d}"))
        add(doc, N(DCTERMS + "source"), L(f"synthetic-{d:05d}.txt"))
        add(doc, N(HLKG + "contentHash"), L(f"{d:064x}"))
        add(ctx, a, N(NIF + "Context"))
        add(ctx, N(NIF + "isString"), L(full))
        add(ctx, N(NIF + "beginIndex"), integer(0))
        add(ctx, N(NIF + "endIndex"), integer(len(full)))
        add(ctx, N(DCTERMS + "isPartOf"), doc)
        add(activity, N(PROV + "used"), doc, corpus)
        for begin, text, chosen, labels, s in sentences:
            end = begin + len(text)
            sentence = N(f"{doc.value}/sentence/{begin}-{end}")
            add(sentence, a, N(NIF + "Sentence"))
            add(sentence, N(NIF + "beginIndex"), integer(begin))
            add(sentence, N(NIF + "endIndex"), integer(end))
            add(sentence, N(NIF + "anchorOf"), L(text))
            add(sentence, N(NIF + "referenceContext"), ctx)
            add(sentence, N(DCTERMS + "isPartOf"), doc)
            position = 0
            for concept, label in zip(chosen, labels, strict=True):
                start = text.index(label, position)
                position = start + len(label)
                mention = N(f"{doc.value}/mention/{begin + start}-{begin + position}")
                add(mention, a, N(HLKG + "Mention"))
                add(mention, a, N(NIF + "Phrase"))
                add(mention, N(NIF + "beginIndex"), integer(begin + start))
                add(mention, N(NIF + "endIndex"), integer(begin + position))
                add(mention, N(NIF + "anchorOf"), L(label))
                add(mention, N(NIF + "referenceContext"), ctx)
                add(mention, N(NIF + "sentence"), sentence)
                add(mention, N(ITSRDF + "taIdentRef"), N(concept))
                add(sentence, N(HLKG + "mentions"), N(concept))
                mention_count[concept] = mention_count.get(concept, 0) + 1
                doc_count.setdefault(concept, set()).add(d)
            for x, y in ((0, 1), (0, 2), (1, 2)):
                key = tuple(sorted((chosen[x], chosen[y])))
                pairs[key] = pairs.get(key, 0) + 1
            if s % 2 == 0:
                predicate = rng.choice(relations)
                negated = rng.random() < 0.1
                hedged = rng.random() < 0.2
                statement = N(f"{doc.value}/statement/{begin}-{end}/1")
                add(statement, a, N(RDF + "Statement"))
                add(statement, N(RDF + "subject"), N(chosen[0]))
                add(statement, N(RDF + "predicate"), N(predicate))
                add(statement, N(RDF + "object"), N(chosen[1]))
                add(statement, N(PROV + "wasDerivedFrom"), sentence)
                add(statement, N(PROV + "wasGeneratedBy"), activity)
                add(
                    statement,
                    N(HLKG + "confidence"),
                    L(f"{rng.uniform(0.5, 1):.2f}", datatype=N(XSD + "decimal")),
                )
                add(statement, N(HLKG + "cue"), L(predicate.rsplit("#", 1)[1]))
                add(statement, N(HLKG + "negated"), boolean(negated))
                add(statement, N(HLKG + "hedged"), boolean(hedged))
                if not negated:
                    add(N(chosen[0]), N(predicate), N(chosen[1]))
        d += 1
    for (x, y), n in sorted(pairs.items()):
        node = N(f"{DATA}cooccurrence/{x.rsplit('#', 1)[1]}--{y.rsplit('#', 1)[1]}")
        for triple in (
            (node, a, N(HLKG + "CoOccurrence")),
            (node, N(HLKG + "concept"), N(x)),
            (node, N(HLKG + "concept"), N(y)),
            (node, N(HLKG + "sentenceCount"), integer(n)),
            (N(x), N(HLKG + "coOccursWith"), N(y)),
        ):
            quads.append(pyoxigraph.Quad(*triple, corpus))
    for concept, count in sorted(mention_count.items()):
        quads.append(pyoxigraph.Quad(N(concept), N(HLKG + "mentionCount"), integer(count), corpus))
        quads.append(
            pyoxigraph.Quad(
                N(concept), N(HLKG + "documentCount"), integer(len(doc_count[concept])), corpus
            )
        )
        quads.append(
            pyoxigraph.Quad(
                N(concept),
                N(HLKG + "centrality"),
                L(f"{rng.random():.4f}", datatype=N(XSD + "double")),
                corpus,
            )
        )
    return quads


def build_synthetic(work: Path, triples: int) -> Path:
    build_dir = work / f"synthetic-{triples}"
    if (build_dir / "current").exists():
        return build_dir
    start = time.perf_counter()
    quads = synthetic_quads(triples)
    generated = time.perf_counter() - start
    with build_lock(build_dir), new_build(build_dir) as build:
        store = pyoxigraph.Store(str(store_path(build)))
        start = time.perf_counter()
        store.bulk_extend(quads)
        store.bulk_extend(
            pyoxigraph.Quad(q.subject, q.predicate, q.object, pyoxigraph.NamedNode(ONTOLOGY_GRAPH))
            for q in ontology_quads()
        )
        store.flush()
        store.optimize()
        loaded = time.perf_counter() - start
        del store
        write_manifest(build, {"synthetic_triples": len(quads)})
    print(f"generated {len(quads):,} quads in {generated:.1f} s, loaded in {loaded:.1f} s")
    return build_dir


def examples_for(build: Path) -> dict[str, dict[str, str]]:
    examples = dict(EXAMPLES)
    store = open_store(build)
    doc = next(
        iter(
            store.query(
                "SELECT ?s WHERE { ?d a <https://w3id.org/hlkg/ontology#Document> ; "
                "<http://purl.org/dc/terms/source> ?s } ORDER BY ?s LIMIT 1",
                use_default_graph_as_union=True,
            )
        )
    )["s"].value
    examples["document-concepts"] = {"document": doc}
    return examples


def time_queries(build: Path) -> dict[str, float]:
    store = open_store(build)
    examples = examples_for(build)
    timings = {}
    for name in library.query_names():
        prepared = prepared_in(store, name, examples.get(name, {}))
        start = time.perf_counter()
        rows = len(list(run.run_local(store, prepared)))
        timings[name] = time.perf_counter() - start
        print(f"  {name:28s} {timings[name]:7.3f} s  {rows:6d} rows")
    return timings


def big_graph(work: Path, triples: int) -> None:
    build = build_synthetic(work, triples)
    print(f"\n== synthetic graph of ~{triples:,} triples ({build})")
    code = (
        "import sys, time, pyoxigraph; t = time.perf_counter(); "
        "s = pyoxigraph.Store.read_only(sys.argv[1]); "
        "print(time.perf_counter() - t)"
    )
    store = store_path(Path(build / "current").resolve())
    opens = [
        float(
            subprocess.run(
                [sys.executable, "-c", code, str(store)], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    print(f"store open (fresh process, median of 5): {statistics.median(opens):.3f} s")
    print("named queries on pyoxigraph:")
    timings = time_queries(build)
    print(f"slowest query: {max(timings.values()):.3f} s ({max(timings, key=timings.get)})")
    start = time.perf_counter()
    data = export("all", "turtle", build)
    print(
        f"Turtle export (sorted, --what all): {time.perf_counter() - start:.1f} s, "
        f"{len(data) / 1e6:.0f} MB"
    )
    output_memory(build)


def output_memory(build: Path, rows: int = 1_000_000) -> None:
    """Peak memory of `hlkg query` writing many rows: the table streams, as the W3C formats do."""
    text = f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT {rows}"
    print(f"peak RSS of hlkg query writing up to {rows:,} rows (fresh process each):")
    for fmt in ("table", "csv", "json"):
        code = (
            "import resource, subprocess, sys, time; t = time.perf_counter(); "
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, "
            "check=True); "
            "print(time.perf_counter() - t, "
            "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        )
        command = [sys.executable, "-m", "kg", "query", "-e", text, "-f", fmt, "--timeout", "0"]
        command += ["--build-dir", str(build)]
        done = subprocess.run(
            [sys.executable, "-c", code, *command], capture_output=True, text=True, check=True
        )
        seconds, kilobytes = done.stdout.split()
        print(f"  {fmt:6} {int(kilobytes) / 1024:7.0f} MB  {float(seconds):6.1f} s")


def timed_in_child(run_query, limit: float) -> tuple[float | None, int]:
    """Run in a forked child so that a query rdflib cannot finish in `limit` s can be stopped."""
    import os
    import select

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: time the query, report, leave without cleanup
        os.close(read_end)
        start = time.perf_counter()
        rows = run_query()
        os.write(write_end, f"{time.perf_counter() - start} {rows}".encode())
        os._exit(0)
    os.close(write_end)
    ready, _, _ = select.select([read_end], [], [], limit)
    if not ready:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        os.close(read_end)
        return None, 0
    elapsed, rows = os.read(read_end, 100).decode().split()
    os.waitpid(pid, 0)
    os.close(read_end)
    return float(elapsed), int(rows)


def rdflib_ratio(work: Path, triples: int, limit: float = 120.0) -> None:
    import rdflib

    build = build_synthetic(work, triples)
    print(f"\n== rdflib vs pyoxigraph on ~{triples:,} triples")
    start = time.perf_counter()
    dataset = rdflib.Dataset(default_union=True)
    dataset.parse(data=export("all", "nquads", build), format="nquads")
    print(f"rdflib parse: {time.perf_counter() - start:.1f} s")
    store = open_store(build)
    examples = examples_for(build)
    ratios = []
    for name in library.query_names():
        prepared = prepared_in(store, name, examples.get(name, {}))
        start = time.perf_counter()
        fast = len(list(run.run_local(store, prepared)))
        ox_time = time.perf_counter() - start
        standalone = prepared.standalone()
        rdflib_time, slow = timed_in_child(
            lambda text=standalone: len(list(dataset.query(text))), limit
        )
        if rdflib_time is None:
            print(f"  {name:28s} pyoxigraph {ox_time:7.3f} s  rdflib > {limit:.0f} s (stopped)")
            ratios.append(limit / max(ox_time, 1e-6))
            continue
        ratios.append(rdflib_time / max(ox_time, 1e-6))
        print(
            f"  {name:28s} pyoxigraph {ox_time:7.3f} s  rdflib {rdflib_time:8.3f} s  "
            f"x{ratios[-1]:7.1f}  rows {fast}/{slow}"
        )
    print(
        f"median ratio rdflib/pyoxigraph: x{statistics.median(ratios):.1f} (stopped queries "
        f"counted at the limit)"
    )


def seed_build(work: Path) -> Path | None:
    build_dir = work / "seed"
    if (build_dir / "current").exists():
        return build_dir
    try:
        from kg.build import build_graph

        build_graph([SEED_CORPUS], build_dir, quiet=True)
    except Exception as error:  # the bench still reports the rest
        print(f"(cannot build the seed graph here: {type(error).__name__}: {error})")
        return None
    return build_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed-build", type=Path, help="a build folder of the seed corpus")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--rdflib-triples", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--rdflib-limit", type=float, default=120.0, help="seconds per query")
    parser.add_argument("--work", type=Path, help="where to keep built graphs (reused)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["cold", "big", "rdflib"])
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="hlkg-bench-query-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if "cold" not in args.skip:
            build = args.seed_build or seed_build(work)
            if build is not None:
                cold_start(build, args.runs)
        if "big" not in args.skip:
            big_graph(work, args.triples)
        if "rdflib" not in args.skip:
            rdflib_ratio(work, args.rdflib_triples, args.rdflib_limit)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
