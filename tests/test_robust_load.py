"""Load: every named query run many times from several processes at once against one built
graph (the bundled sample corpus) gives exactly the answer a single process gives.

RUNS query runs go to WORKERS worker processes in a seeded shuffled order, each opening the
store read-only for every run, as `hlkg query` does; a few more run as real `hlkg query`
processes all started together.
"""

from __future__ import annotations

import io
import multiprocessing
import random
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

WORKERS = 4
RUNS = 240
CLI_RUNS = 12
PARAMS = {
    "concept": "clinical leadership",
    "subject": "autonomy",
    "object": "accountability",
    "from": "autonomy",
    "to": "accountability",
    "document": "managed-clinical-networks",
}


def _params(name: str) -> dict[str, str]:
    from kg.sparql import library

    named = library.find(name)
    return {p.name: PARAMS[p.name] for p in named.params if p.name in PARAMS}


def run_named(build_dir: str, name: str) -> tuple[str, bytes]:
    """One run, as a worker does it: open the store, bind, evaluate, write CSV."""
    from kg.buildstore import open_store
    from kg.errors import HlkgError
    from kg.sparql import library, run
    from kg.sparql import results as writers

    try:
        store = open_store(build_dir)
        results = run.execute(library.find(name), _params(name), store=store)
        out = io.BytesIO()
        writers.write(results, "csv", out, io.StringIO())
        return name, out.getvalue()
    except HlkgError as error:
        return name, f"error: {error}".encode()


@pytest.mark.slow
def test_concurrent_named_queries_match_the_single_process_answers(sample_build: Path) -> None:
    from kg.sparql import library

    names = library.query_names()
    reference = dict(run_named(str(sample_build), name) for name in names)
    answered = [n for n, body in reference.items() if not body.startswith(b"error")]
    assert len(answered) >= len(names) - 2, {n: reference[n][:200] for n in names}
    assert any(body.count(b"\n") > 2 for body in reference.values())

    rng = random.Random(6)
    work = [names[i % len(names)] for i in range(RUNS)]
    rng.shuffle(work)
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=WORKERS, mp_context=context) as pool:
        futures = [pool.submit(run_named, str(sample_build), name) for name in work]
        results = [future.result(timeout=120) for future in futures]
    mismatches = [name for name, body in results if body != reference[name]]
    assert len(results) == RUNS
    assert not mismatches, mismatches[:5]


@pytest.mark.slow
def test_concurrent_cli_processes_agree(sample_build: Path, tmp_path: Path) -> None:
    from kg.sparql import library

    names = library.query_names()
    reference = dict(run_named(str(sample_build), name) for name in names)
    chosen = [names[(i * 7) % len(names)] for i in range(CLI_RUNS)]
    processes = []
    for number, name in enumerate(chosen):
        target = tmp_path / f"{number}-{name}.csv"
        args = [sys.executable, "-m", "kg", "query", name, "-f", "csv", "-o", str(target)]
        args += ["--build-dir", str(sample_build)]
        for key, value in _params(name).items():
            args += ["-p", f"{key}={value}"]
        processes.append((name, target, subprocess.Popen(args, stderr=subprocess.PIPE, text=True)))
    for name, target, process in processes:
        _out, err = process.communicate(timeout=120)
        if reference[name].startswith(b"error"):
            assert process.returncode != 0 and len(err.strip().splitlines()) == 1, err
        else:
            assert process.returncode == 0, err
            assert target.read_bytes() == reference[name], name
