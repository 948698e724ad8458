"""Benchmark `hlkg build` on a Dask cluster against this machine's own ways of extracting.

Copies ../shared/corpus-dev (18 excerpts) N times (default 200: 3,600 documents) and builds
the copy from scratch (--fresh, own build folder) four ways, in one run so the machine's load
is comparable: in this process (--jobs 1), today's process pool of two workers (--jobs 2),
and a Dask LocalCluster of one and of two single-threaded workers on 127.0.0.1 (started
before the build is timed; its start-up is printed apart). It prints wall seconds, documents
per second, CPU seconds of every process involved, the overhead Dask adds per document, and
the bytes a document's task and result take on the wire (pickled), for docs/scaling.md.

The machine is shared: the load average before and after each build is printed with it.

    python bench/bench_dask.py                 # 200 copies
    python bench/bench_dask.py --copies 20     # a quick look
"""

from __future__ import annotations

import argparse
import os
import pickle
import resource
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus-dev"


def copy_corpus(source: Path, copies: int, target: Path) -> int:
    """`copies` folders of the corpus's texts (SOURCES.md left out): distinct documents."""
    files = sorted(p for p in source.iterdir() if p.suffix == ".txt")
    for number in range(copies):
        folder = target / f"copy-{number:03d}"
        folder.mkdir(parents=True)
        for path in files:
            shutil.copyfile(path, folder / path.name)
    return len(files) * copies


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (pool workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(name: str, documents: int, build: Callable[[], object]) -> dict:
    load_before = os.getloadavg()[0]
    cpu = cpu_seconds()
    started = time.perf_counter()
    summary = build()
    wall = time.perf_counter() - started
    row = {
        "name": name,
        "wall": wall,
        "cpu": cpu_seconds() - cpu,
        "per_doc_ms": wall / documents * 1000,
        "docs_per_s": documents / wall,
        "load": (load_before, os.getloadavg()[0]),
        "workers": getattr(summary, "workers", 0),
    }
    print(
        f"{name:<34} {wall:8.1f} s {row['docs_per_s']:8.1f} doc/s"
        f" {row['per_doc_ms']:7.1f} ms/doc   load {load_before:.2f} -> {row['load'][1]:.2f}",
        flush=True,
    )
    return row


def dask_build(
    corpus: Path, work: Path, workers: int, documents: int, profiler: bool = False
) -> tuple[dict, float]:
    """A build on a fresh LocalCluster of `workers` with hlkg's worker settings (or with
    Dask's profiler on, as Dask has it by default); returns its row and the cluster's start."""
    import dask
    from distributed import Client, LocalCluster

    from kg.build import build_graph
    from kg.dask_workers import local_cluster

    started = time.perf_counter()
    cpu = cpu_seconds()
    if profiler:
        with dask.config.set({"distributed.worker.profile.enabled": True}):
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",
            )
    else:
        cluster = local_cluster(workers, dashboard="127.0.0.1:0")
    with cluster:
        with Client(cluster.scheduler_address, set_as_default=False) as client:
            client.wait_for_workers(workers)
        start_up = time.perf_counter() - started
        row = measure(
            f"dask, {workers} worker(s)" + (", Dask's profiler on" if profiler else ""),
            documents,
            lambda: build_graph(
                [corpus],
                work / f"dask-{workers}",
                quiet=True,
                fresh=True,
                scheduler=cluster.scheduler_address,
            ),
        )
    # Workers are reaped once the cluster closes: their CPU is in RUSAGE_CHILDREN now.
    row["cpu"] = cpu_seconds() - cpu
    return row, start_up


def wire_bytes(corpus: Path) -> tuple[float, float]:
    """Mean pickled size of a document's task (its bytes and names) and of its result
    (N-Quads, tallies and cache entry), over one copy of the corpus."""
    from kg.build import _DocumentContext, _Task
    from kg.cache import DocumentCache
    from kg.extract import EXTRACTOR_VERSION
    from kg.ontology import load_ontology
    from kg.provenance import activity_iri

    context = _DocumentContext(
        load_ontology([]),
        DocumentCache(Path(tempfile.mkdtemp()), "bench"),
        activity_iri(EXTRACTOR_VERSION),
        EXTRACTOR_VERSION,
    )
    tasks = [
        _Task(source=p.name, suffix=p.suffix, doc_id=p.stem, sha256="", data=p.read_bytes())
        for p in sorted((corpus / "copy-000").iterdir())
    ]
    sent = sum(len(pickle.dumps(task)) for task in tasks)
    back = sum(len(pickle.dumps(context.process_tasks([task]))) for task in tasks)
    return sent / len(tasks), back / len(tasks)


def task_round_trip(tasks: int = 2000, payload: int = 2000) -> float:
    """Milliseconds Dask adds per task: a trivial task with a document-sized payload, through
    the same executor and in-flight bound as a build, on one worker."""
    from distributed import Client

    from kg.dask_workers import local_cluster

    with (
        local_cluster(1, dashboard="127.0.0.1:0") as cluster,
        Client(cluster.scheduler_address, set_as_default=False) as client,
    ):
        client.wait_for_workers(1)
        with client.get_executor(pure=False) as executor:
            data = os.urandom(payload)
            started = time.perf_counter()
            pending = []
            for _ in range(tasks):
                pending.append(executor.submit(len, data))
                if len(pending) >= 4:
                    pending.pop(0).result()
            for future in pending:
                future.result()
            return (time.perf_counter() - started) / tasks * 1000


def store_load(corpus: Path, work: Path, documents: int) -> None:
    """The load alone, local store against a SPARQL server (oxigraph serve on 127.0.0.1):
    both builds take every extraction from a filled cache, so they differ by where the
    quads go."""
    import shutil as sh
    import socket
    import subprocess
    import sys
    import urllib.request

    from kg.build import build_graph
    from kg.buildstore import open_store
    from kg.server_store import GraphServer

    filled = work / "filled"
    build_graph([corpus], filled, quiet=True, jobs=1)
    quads = len(open_store(filled))
    binary = sh.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            binary,
            "serve",
            "--location",
            str(work / "oxigraph"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        rows = []
        for name, target in (("local store", None), ("oxigraph server", GraphServer.at(base))):
            folder = work / f"load-{len(rows)}"
            sh.copytree(filled / "cache", folder / "cache")
            rows.append(
                measure(
                    f"from cache into {name}",
                    documents,
                    lambda f=folder, t=target: build_graph(
                        [corpus], f, quiet=True, jobs=1, server=t
                    ),
                )
            )
        local, remote = rows
        print(
            f"{quads:,} quads: local store {local['wall'] / quads * 1e6:.1f} µs per quad of"
            f" wall time, server {remote['wall'] / quads * 1e6:.1f} µs (one PUT per document)"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--store-only", action="store_true", help="only the load: local store against a server"
    )
    args = parser.parse_args()

    from kg.build import build_graph

    work = Path(tempfile.mkdtemp(prefix="hlkg-bench-dask-"))
    try:
        corpus = work / "corpus"
        documents = copy_corpus(args.corpus, args.copies, corpus)
        megabytes = sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 1e6
        print(
            f"{documents:,} documents ({args.copies} copies of {args.corpus}), "
            f"{megabytes:.1f} MB; {os.cpu_count()} cores; load {os.getloadavg()}"
        )
        if args.store_only:
            store_load(corpus, work, documents)
            return
        # Imports and the parser loaded once in this process, as in a user's build, before
        # anything is timed (workers still load their own: that is part of their cost).
        build_graph([corpus / "copy-000"], work / "warm-up", quiet=True, fresh=True, jobs=1)
        rows = [
            measure(
                "this process (--jobs 1)",
                documents,
                lambda: build_graph([corpus], work / "one", quiet=True, fresh=True, jobs=1),
            ),
            measure(
                "process pool (--jobs 2)",
                documents,
                lambda: build_graph([corpus], work / "pool", quiet=True, fresh=True, jobs=2),
            ),
        ]
        starts = []
        for count in (1, 2):
            row, start_up = dask_build(corpus, work, count, documents)
            rows.append(row)
            starts.append(start_up)
        rows.append(dask_build(corpus, work, 1, documents, profiler=True)[0])
        print()
        print(f"{'build':<34} {'wall s':>8} {'cpu s':>8} {'doc/s':>8} {'MB/s':>6}")
        for row in rows:
            print(
                f"{row['name']:<34} {row['wall']:8.1f} {row['cpu']:8.1f} "
                f"{row['docs_per_s']:8.1f} {megabytes / row['wall']:6.2f}"
            )
        print(
            f"LocalCluster start-up (not in the builds' wall time): "
            f"{starts[0]:.1f} s (1 worker), {starts[1]:.1f} s (2 workers)"
        )
        one, pool, dask1, dask2, profiled = rows
        print(
            f"Dask, 1 worker against this process: "
            f"{(dask1['wall'] - one['wall']) / documents * 1000:+.2f} ms of wall time per doc"
        )
        print(
            f"Dask, 2 workers against the process pool of 2: "
            f"{(dask2['wall'] - pool['wall']) / documents * 1000:+.2f} ms per doc"
        )
        print(
            f"Dask's profiler on its workers (its default): "
            f"{(profiled['wall'] - dask1['wall']) / documents * 1000:+.2f} ms per doc, "
            f"{profiled['cpu'] / dask1['cpu'] - 1:+.0%} CPU (1 worker)"
        )
        print(
            f"Dask round trip of a trivial task (2 kB payload, 4 in flight, 1 worker): "
            f"{task_round_trip():.2f} ms per task"
        )
        sent, back = wire_bytes(corpus)
        print(
            f"on the wire per document (pickled): task {sent / 1000:.1f} kB, "
            f"result {back / 1000:.1f} kB (text {megabytes * 1000 / documents:.1f} kB)"
        )
        store_load(corpus, work, documents)
        print(f"load average at the end: {os.getloadavg()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
