"""Where a build's time goes: CPU seconds per MB of text for each stage, on one core.

A build reads each file (decode, normalise, split sentences), extracts mentions and relations,
writes the document's quads as N-Quads text and bulk-loads that text into the on-disk Oxigraph
store. This runs the stages one after the other (the load through the build's own loader, whose
thread is counted) over a corpus (a synthetic one by default, or `--corpus DIR`, e.g. copies of
real articles) and prints each stage's CPU time per MB, quads per MB and the store's cost per
quad: the figures that bound what one core can do.

    python bench/bench_stages.py                     # 200 synthetic documents
    python bench/bench_stages.py --corpus ../shared/corpus --copies 100
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


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


def measure(corpus: Path, work: Path) -> None:
    import pyoxigraph

    from kg.build import _BackgroundLoader
    from kg.extract import Extractor
    from kg.ontology import load_ontology
    from kg.provenance import document_ids, extraction_nquads
    from kg.text import discover, read_document

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
    started = clock()
    extractions = [extractor.extract(d) for d in documents]
    extract = clock() - started
    started = clock()
    activity = "https://w3id.org/hlkg/data/activity/bench"
    texts = [extraction_nquads(e, i, activity).encode() for e, i in zip(extractions, ids,
                                                                         strict=True)]
    serialise = clock() - started
    quads = sum(t.count(b"\n") for t in texts)

    store = pyoxigraph.Store(str(work / "store"))
    started = clock()  # CPU time of every thread: the build's loader thread is measured too
    with _BackgroundLoader(store) as loader:
        for text in texts:
            loader.add(text, text.count(b"\n"))
    store.flush()
    load = clock() - started

    total = read + extract + serialise + load
    print(f"{len(files)} documents, {megabytes:.2f} MB, {quads:,} quads"
          f" ({quads / megabytes:,.0f} per MB)")
    print(f"{'stage':<34} {'cpu s':>7} {'cpu s/MB':>9} {'share':>6}")
    for name, seconds in [
        ("read, normalise, split sentences", read),
        ("extract mentions and relations", extract),
        ("write N-Quads", serialise),
        ("bulk-load the on-disk store", load),
        ("total", total),
    ]:
        print(f"{name:<34} {seconds:>7.2f} {seconds / megabytes:>9.2f} {seconds / total:>6.0%}")
    print(f"store: {load / quads * 1e6:.1f} µs of CPU per quad;"
          f" one core end to end: {megabytes / total:.2f} MB/s"
          f" ({megabytes / (total - load):.2f} MB/s without the store)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="synthetic documents")
    parser.add_argument("--corpus", type=Path, help="use copies of this folder's .txt files")
    parser.add_argument("--copies", type=int, default=50, help="copies of --corpus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hlkg-stages-") as temporary:
        work = Path(temporary)
        measure(corpus_folder(args, work), work)


if __name__ == "__main__":
    main()
