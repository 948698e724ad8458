"""Benchmark `hlkg build` end to end on synthetic corpora of growing size.

For each size it writes a synthetic corpus (bench/synthetic_corpus.py), builds it with one
process pinned to one core, with one process, and with two, then rebuilds the unchanged
corpus twice: as `hlkg build` does (the previous graph is copied) and with no previous graph
(every document from the cache), and finally rebuilds after editing one document (the
previous graph is updated).
Each build runs in a fresh Python process so that its peak memory is its own. Prints MB of
text per second of wall time and per CPU-second (all processes: steadier on a busy machine),
documents per second, triples, peak RSS of the main process and of the largest worker, and
how they grow with the corpus.

    python bench/bench_build.py                       # quick: 10 and 100 documents
    python bench/bench_build.py --sizes 10,100,1000,10000
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_one(corpus: Path, build_dir: Path, jobs: int, one_core: bool = False) -> dict:
    """Build in a child process (pinned to one core if asked) and return its figures."""
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(corpus), str(build_dir),
         str(jobs), str(int(one_core))],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"build failed: {done.stderr.strip()}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def child(corpus: Path, build_dir: Path, jobs: int, one_core: bool) -> None:
    """The measured build: wall time includes imports, as a user's `hlkg build` would."""
    if one_core:  # every thread of this process (and Oxigraph's) on the first core
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    started = time.perf_counter()
    from kg.build import build_graph
    from kg.buildstore import open_store

    summary = build_graph([corpus], build_dir, quiet=True, jobs=jobs or None)
    seconds = time.perf_counter() - started
    triples = len(open_store(build_dir))
    self_usage = resource.getrusage(resource.RUSAGE_SELF)
    child_usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = self_usage.ru_maxrss / 1024
    workers = child_usage.ru_maxrss / 1024
    cpu = sum(u.ru_utime + u.ru_stime for u in (self_usage, child_usage))
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu,
                "build_seconds": summary.seconds,
                "documents": summary.documents,
                "reused": summary.reused,
                "bytes": summary.bytes_read,
                "triples": triples,
                "workers": summary.workers,
                "rss_mb": own,
                "worker_rss_mb": workers,
                "relations": summary.relations,
                "mentions": summary.mentions,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark hlkg build on synthetic corpora.")
    parser.add_argument("--sizes", default="10,100", help="comma-separated document counts")
    parser.add_argument("--workdir", type=Path, default=None, help="keep corpora and builds here")
    parser.add_argument(
        "--rows",
        default="core1,cold1,cold2,cold-auto,unchanged,doc-cache,edit-one",
        help="which builds to run per size: core1 (one process pinned to one core), cold1"
        " (one process), cold2 (two workers), cold-auto (the default: one worker per core but"
        " one, for large corpora), unchanged (rebuild, graph copied), doc-cache (rebuild,"
        " every document from the cache), edit-one (rebuild after editing one document: the"
        " previous graph is updated)",
    )
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), int(args.child[2]),
              args.child[3] == "1")
        return

    sys.path.insert(0, str(HERE))
    from synthetic_corpus import write_corpus

    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="hlkg-bench-") as temporary:
        work = args.workdir or Path(temporary)
        header = (
            f"{'docs':>6} {'MB':>7} {'triples':>9} {'wrk':>4} {'s':>7} {'MB/s':>6}"
            f" {'cpu s':>7} {'MB/cpu-s':>8}"
            f" {'docs/s':>7} {'RSS MB':>7} {'wRSS MB':>7}  note"
        )
        print(header)
        rows = []
        for size in sizes:
            corpus = work / f"corpus-{size}"
            if not corpus.exists():
                write_corpus(corpus, size)
            rows_wanted = args.rows.split(",")
            plan = [
                (jobs, note)
                for jobs, note, name in [
                    (1, "cold, one core", "core1"),
                    (1, "cold", "cold1"),
                    (2, "cold", "cold2"),
                    (0, "cold, default jobs", "cold-auto"),
                    (1, "unchanged", "unchanged"),
                    (1, "doc-cache", "doc-cache"),
                    (1, "one document edited", "edit-one"),
                ]
                if name in rows_wanted
            ]
            # The rebuild rows rebuild whatever the last cold row built.
            build_dir = work / f"build-{size}"
            for jobs, note in plan:
                if note.startswith("cold"):
                    subprocess.run(["rm", "-rf", str(build_dir)], check=True)
                if note == "doc-cache":
                    # No previous graph to copy: every document comes from the cache.
                    (build_dir / "current").unlink()
                edited = sorted(corpus.rglob("*.txt"))[0] if note.startswith("one doc") else None
                if edited:
                    # New words each run, so that the document is extracted, not found in the
                    # cache of an earlier run's edit.
                    original = edited.read_bytes()
                    added = f"\nManagers support clinical leadership (run {time.time_ns()}).\n"
                    edited.write_bytes(original + added.encode())
                try:
                    figures = run_one(corpus, build_dir, jobs, one_core="one core" in note)
                finally:
                    if edited:
                        edited.write_bytes(original)
                mb = figures["bytes"] / 1e6
                rate = mb / figures["seconds"]
                rows.append((size, jobs, note, figures))
                print(
                    f"{size:>6} {mb:>7.2f} {figures['triples']:>9} {figures['workers']:>4}"
                    f" {figures['seconds']:>7.2f} {rate:>6.2f}"
                    f" {figures['cpu_seconds']:>7.2f} {mb / figures['cpu_seconds']:>8.2f}"
                    f" {figures['documents'] / figures['seconds']:>7.1f}"
                    f" {figures['rss_mb']:>7.0f} {figures['worker_rss_mb']:>7.0f}"
                    f"  {note}" + (f" ({figures['reused']} reused)" if figures["reused"] else "")
                    + f", load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
        cold = [(size, f) for size, jobs, note, f in rows if note == "cold" and jobs == 1]
        cold = cold or [(size, f) for size, jobs, note, f in rows if note.startswith("cold")]
        if len(cold) > 1:
            (small, first), (large, last) = cold[0], cold[-1]
            print(
                f"growth {small} -> {large} docs: time x{last['seconds'] / first['seconds']:.1f},"
                f" main RSS {first['rss_mb']:.0f} -> {last['rss_mb']:.0f} MB,"
                f" triples per doc {last['triples'] / last['documents']:.0f}"
            )


if __name__ == "__main__":
    main()
