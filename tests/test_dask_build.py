"""`hlkg build --scheduler`: extraction on a real dask.distributed cluster (a LocalCluster of
two worker processes on 127.0.0.1 started here), compared byte for byte with a local build."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from own_corpus import write_corpus
from servers import free_port

from kg.build import build_graph
from kg.export import export

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    """Two single-threaded worker processes (with nannies, which restart a killed worker)."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
    ) as running:
        yield running


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("dask") / "corpus", 12, 6)


@pytest.fixture(scope="module")
def local_turtle(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    build_dir = tmp_path_factory.mktemp("local") / "b"
    build_graph([small_corpus], build_dir, quiet=True, jobs=1)
    return export("all", "turtle", build_dir)


def test_a_cluster_build_equals_a_local_build(
    cluster: distributed.LocalCluster, small_corpus: Path, local_turtle: bytes, tmp_path: Path
) -> None:
    summary = build_graph(
        [small_corpus], tmp_path / "b", quiet=True, scheduler=cluster.scheduler_address
    )
    assert summary.workers == 2
    assert summary.relations > 0
    assert export("all", "turtle", tmp_path / "b") == local_turtle
    # The cluster's extractions went into this build folder's cache: a rebuild reuses them.
    again = build_graph([small_corpus], tmp_path / "b", quiet=True, fresh=False)
    assert again.unchanged


def test_a_local_cluster_started_by_the_build_gives_the_same_graph(
    small_corpus: Path, local_turtle: bytes, tmp_path: Path
) -> None:
    summary = build_graph([small_corpus], tmp_path / "b", quiet=True, scheduler="local:1")
    assert summary.workers == 1
    assert export("all", "turtle", tmp_path / "b") == local_turtle


def test_hlkg_worker_settings_turn_off_dasks_profiler() -> None:
    from kg.dask_workers import local_cluster

    with (
        local_cluster(1, dashboard="127.0.0.1:0") as cluster,
        distributed.Client(cluster.scheduler_address, set_as_default=False) as client,
    ):
        enabled = client.run(
            lambda: __import__("dask").config.get("distributed.worker.profile.enabled")
        )
    assert list(enabled.values()) == [False]


def test_a_worker_with_other_extraction_code_is_refused_in_one_line(
    cluster: distributed.LocalCluster, small_corpus: Path, tmp_path: Path
) -> None:
    from kg.build import _DocumentContext
    from kg.cache import DocumentCache
    from kg.dask_workers import DaskCluster
    from kg.errors import HlkgError
    from kg.ontology import load_ontology

    context = _DocumentContext(load_ontology([]), DocumentCache(tmp_path, "salt"), "urn:a", "1")
    other = DaskCluster(cluster.scheduler_address, timeout=5, fingerprint="not this code")
    with (
        pytest.raises(HlkgError, match="differs from the building machine's") as raised,
        other.start(context),
    ):
        pass
    assert cluster.scheduler_address in str(raised.value)
    assert "\n" not in str(raised.value)


def test_cache_entries_from_the_cluster_serve_a_local_update(
    cluster: distributed.LocalCluster, small_corpus: Path, local_turtle: bytes, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in small_corpus.iterdir():
        (corpus / path.name).write_bytes(path.read_bytes())
    changed = corpus / "note-000.txt"
    original = changed.read_bytes()
    changed.write_text("Teamwork supports patient safety.\n", encoding="utf-8")
    build_graph([corpus], tmp_path / "b", quiet=True, scheduler=cluster.scheduler_address)
    changed.write_bytes(original)
    summary = build_graph([corpus], tmp_path / "b", quiet=True, jobs=1)
    assert summary.kept == 11
    assert export("all", "turtle", tmp_path / "b") == local_turtle


def test_a_worker_killed_mid_build_is_replaced_and_the_graph_is_right(
    cluster: distributed.LocalCluster, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 60, 14)
    expected_dir = tmp_path / "local"
    build_graph([corpus], expected_dir, quiet=True, jobs=1)
    expected = export("all", "turtle", expected_dir)

    build_dir = tmp_path / "b"
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["summary"] = build_graph(
                [corpus], build_dir, quiet=True, scheduler=cluster.scheduler_address
            )
        except BaseException as error:
            outcome["error"] = error

    with distributed.Client(cluster.scheduler_address, set_as_default=False) as client:
        before = client.run(os.getpid)
        thread = threading.Thread(target=run)
        thread.start()
        cache = build_dir / "cache"
        deadline = time.monotonic() + 60
        victim = None
        while victim is None and time.monotonic() < deadline and thread.is_alive():
            busy = [w for w, keys in client.processing().items() if keys]
            done = len(list(cache.glob("*.json"))) if cache.is_dir() else 0
            if busy and done >= 3:
                victim = busy[0]
            else:
                time.sleep(0.02)
        assert victim is not None, "the build ended before a worker could be killed"
        os.kill(before[victim], signal.SIGKILL)
        killed_while_running = thread.is_alive()
        thread.join(120)
        assert not thread.is_alive()
        assert "error" not in outcome, outcome.get("error")
        client.wait_for_workers(2, timeout=30)
        after = client.run(os.getpid)
    assert killed_while_running
    assert before[victim] not in after.values()  # the nanny started a new worker process
    assert export("all", "turtle", build_dir) == expected


def hlkg(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    """The real command in a process of its own: what a user sees, exit status included."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=60,
    )


def test_an_unreachable_scheduler_is_one_line_naming_it(small_corpus: Path, tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{free_port()}"
    build_dir = tmp_path / "b"
    args = ["build", "--corpus", str(small_corpus), "--build-dir", str(build_dir)]
    result = hlkg([*args, "--scheduler", address, "--scheduler-timeout", "1"])
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [lines[0]] and lines[0].startswith("hlkg: error: "), result.stderr
    assert f"cannot reach the Dask scheduler at {address}" in lines[0]
    assert not (build_dir / "current").exists()


def test_the_scheduler_comes_from_the_environment_too(small_corpus: Path, tmp_path: Path) -> None:
    address = f"tcp://127.0.0.1:{free_port()}"
    args = ["build", "--corpus", str(small_corpus), "--build-dir", str(tmp_path / "b")]
    result = hlkg([*args, "--scheduler-timeout", "1"], HLKG_SCHEDULER=address)
    assert result.returncode == 1
    assert address in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("address", ["local:0", "local", "local:two", "tcp://a b"])
def test_a_malformed_scheduler_address_is_refused(
    address: str, small_corpus: Path, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    args = ["build", "--corpus", str(small_corpus), "--build-dir", str(tmp_path / "b")]
    with pytest.raises(Exception) as raised:
        CliRunner().invoke(
            cli, [*args, "--scheduler", address], standalone_mode=False, catch_exceptions=False
        )
    from kg.errors import HlkgError

    assert isinstance(raised.value, HlkgError)
    assert raised.value.exit_code == 2
    assert "--scheduler" in str(raised.value) and "\n" not in str(raised.value)
