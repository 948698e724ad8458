"""Where a build's time goes: CPU seconds per MB of text for each stage, on one core, and a
whole build on two cores against the store's bulk load alone.

A build reads each file (decode, normalise, split sentences), finds mentions, parses the
sentences that could hold a relation and reads the relations from the parse, writes the
document's quads as N-Quads text and bulk-loads that text into the on-disk Oxigraph store.
Part 1 runs the stages one after the other over a corpus (a synthetic one by default, or
`--corpus DIR`, e.g. copies of real articles) and prints each stage's CPU time per MB, quads
per MB, the store's cost per quad, and the extraction's cost against spaCy's parse alone on
the same sentences. Those two are measured `--rounds` times, alternately, and their medians
are shown with each round's ratio: other processes on a shared machine move a single round's
CPU time by several per cent. Part 2 times `build_graph` on two cores (the default jobs, then
`--jobs 2`) and then Oxigraph alone bulk-loading the same quads, in the same run. The
machine's load average is printed before and after: other processes slow wall times.

    python bench/bench_stages.py                     # 200 synthetic documents
    python bench/bench_stages.py --corpus ../shared/corpus-dev --copies 100
    python bench/bench_stages.py --corpus ../shared/corpus-dev --copies 20 --rounds 5
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


class _StoreTarget:
    """An on-disk Oxigraph store as the build's loader target (kg.build._LocalStore's load)."""

    def __init__(self, path: Path) -> None:
        import pyoxigraph

        self.store = pyoxigraph.Store(str(path))

    def load(self, nquads: bytes) -> None:
        from pyoxigraph import RdfFormat

        self.store.bulk_load(nquads, format=RdfFormat.N_QUADS, lenient=True)


def corpus_folder(args: argparse.Namespace, work: Path) -> Path:
    """The corpus to measure: copies of `--corpus`'s text files, or a synthetic corpus."""
    folder = work / "corpus"
    if args.corpus:
        folder.mkdir()
        sources = sorted(p for p in Path(args.corpus).rglob("*.txt") if p.is_file())
        if not sources:
            raise SystemExit(f"no .txt files in {args.corpus}")
        for copy in range(args.copies):
            for source in sources:
                shutil.copyfile(source, folder / f"{source.stem}-{copy}.txt")
        return folder
    sys.path.insert(0, str(HERE))
    from synthetic_corpus import write_corpus

    write_corpus(folder, args.docs)
    return folder


def measure(corpus: Path, work: Path, rounds: int) -> list[bytes]:
    from kg.build import _BackgroundLoader
    from kg.extract import Extractor
    from kg.ontology import load_ontology
    from kg.provenance import document_ids, extraction_nquads
    from kg.text import discover, read_document
    from kg.workers import batches

    extractor = Extractor.from_ontology(load_ontology([]))
    files, _ = discover([corpus])
    # Warm up: spaCy's pipeline and the matchers' expressions are made on first use.
    extractor.extract(read_document(files[0]))
    megabytes = sum(f.path.stat().st_size for f in files) / 1e6
    ids = document_ids([f.source for f in files])

    clock = time.process_time
    started = clock()
    documents = [read_document(f) for f in files]
    read = clock() - started
    extracts, parses = [], []
    for _ in range(rounds):
        started = clock()
        # In the build's batches (kg.workers.batches): their sentences share the parser's
        # batches.
        extractions = [e for batch in batches(documents, lambda d: len(d.text.encode()))
                       for e in extractor.extract_all(batch)]
        extracts.append(clock() - started)
        parse, parsed_bytes = parse_alone(extractor, documents)
        parses.append(parse)
    extract, parse = statistics.median(extracts), statistics.median(parses)
    started = clock()
    activity = "https://w3id.org/hlkg/data/activity/bench"
    texts = [extraction_nquads(e, i, activity).encode() for e, i in zip(extractions, ids,
                                                                         strict=True)]
    serialise = clock() - started
    quads = sum(t.count(b"\n") for t in texts)

    target = _StoreTarget(work / "store")
    started = clock()  # CPU time of every thread: the build's loader thread is measured too
    with _BackgroundLoader(target) as loader:
        for text in texts:
            loader.add(text, text.count(b"\n"))
    target.store.flush()
    load = clock() - started

    total = read + extract + serialise + load
    print(f"{len(files)} documents, {megabytes:.2f} MB, {quads:,} quads"
          f" ({quads / megabytes:,.0f} per MB); {parsed_bytes / 1e6 / megabytes:.0%} of the"
          " text parsed")
    print(f"{'stage':<44} {'cpu s':>7} {'cpu s/MB':>9} {'share':>6}")
    for name, seconds in [
        ("read, normalise, split sentences", read),
        ("extract: mentions, parse, relations", extract),
        ("  of which spaCy's parse alone", parse),
        ("write N-Quads", serialise),
        ("bulk-load the on-disk store", load),
        ("total", total),
    ]:
        print(f"{name:<44} {seconds:>7.2f} {seconds / megabytes:>9.2f} {seconds / total:>6.0%}")
    ratios = ", ".join(f"{e / p:.2f}" for e, p in zip(extracts, parses, strict=True))
    print(f"extraction / parse alone on the same sentences: {extract / parse:.2f}x"
          f" (medians of {rounds} rounds; each round: {ratios})")
    print(f"store: {load / quads * 1e6:.1f} µs of CPU per quad;"
          f" one core end to end: {megabytes / total:.2f} MB/s"
          f" ({megabytes / (total - load):.2f} MB/s without the store)")
    return texts


def parse_alone(extractor, documents) -> tuple[float, int]:
    """CPU seconds of spaCy's pipeline over the sentences the extractor parses, and their
    bytes: the floor the extraction stage is measured against."""
    from kg.extract.mentions import find_mentions
    from kg.extract.parser import pipeline
    from kg.extract.relations import PARSE_BATCH

    texts = []
    for document in documents:
        by_sentence: dict = {}
        for mention in find_mentions(document.text, document.sentences, extractor.lexicon):
            by_sentence.setdefault(mention.sentence, []).append(mention)
        chosen = extractor._relations.candidates(document.text, document.sentences, by_sentence)
        texts += [document.text[s.begin : s.end] for s in chosen]
    nlp = pipeline()
    started = time.process_time()
    for _ in nlp.pipe(texts, batch_size=PARSE_BATCH):
        pass
    return time.process_time() - started, sum(len(t.encode()) for t in texts)


def two_cores(corpus: Path, work: Path, texts: list[bytes]) -> None:
    """Whole builds on two cores, the default way (on two cores: extraction in this process,
    loading in a thread) and with two worker processes, then Oxigraph alone loading the same
    quads (wall time, all in the same run)."""
    from kg.build import _BackgroundLoader, build_graph

    builds = []
    for jobs in (None, 2):
        started = time.perf_counter()
        summary = build_graph([corpus], work / f"build-{jobs}", quiet=True, jobs=jobs, fresh=True)
        builds.append((jobs, summary, time.perf_counter() - started))
    target = _StoreTarget(work / "store-alone")
    started = time.perf_counter()
    with _BackgroundLoader(target) as loader:
        for text in texts:
            loader.add(text, text.count(b"\n"))
    target.store.flush()
    alone = time.perf_counter() - started
    print(f"Oxigraph alone loading the same quads: {alone:.1f} s")
    for jobs, summary, seconds in builds:
        megabytes = summary.bytes_read / 1e6
        how = "default jobs" if jobs is None else f"--jobs {jobs}"
        print(f"two cores, {how}: build {seconds:.1f} s ({megabytes / seconds:.2f} MB/s,"
              f" {summary.workers} workers); build / load alone = {seconds / alone:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="synthetic documents")
    parser.add_argument("--corpus", type=Path, help="use copies of this folder's .txt files")
    parser.add_argument("--copies", type=int, default=50, help="copies of --corpus")
    parser.add_argument("--rounds", type=int, default=3,
                        help="times the extraction and the parse alone are measured")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    with tempfile.TemporaryDirectory(prefix="hlkg-stages-") as temporary:
        work = Path(temporary)
        corpus = corpus_folder(args, work)
        print(f"load average {load_average()}")
        texts = measure(corpus, work, args.rounds)
        two_cores(corpus, work, texts)
        print(f"load average {load_average()}")


def load_average() -> str:
    import os

    return ", ".join(f"{n:.2f}" for n in os.getloadavg())


if __name__ == "__main__":
    main()
