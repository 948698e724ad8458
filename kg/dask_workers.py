"""A build's documents extracted on a Dask cluster (`hlkg build --scheduler`).

The kg.workers interface over `dask.distributed`: `Client.get_executor()` is the executor, and
a worker plugin installs the build's context on each worker when it joins (a worker that
replaces a dead one gets it too), checks that the worker runs the same extraction code and
parser model as this process, and loads the parser once. The scheduler re-runs the tasks of
a worker that dies elsewhere. This module imports `distributed` (a third of a second), so
kg.build imports it only for a build that asks for a cluster.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from kg import workers
from kg.errors import HlkgError

WORKER_SETTINGS = Path(__file__).resolve().parent / "data" / "dask-workers.yaml"
"""Dask configuration for hlkg's workers: applied to the LocalCluster of `local:N`."""

CONNECT_TIMEOUT = 10.0
"""Seconds to wait for the scheduler (and for a first worker) before giving up."""


@dataclass(frozen=True)
class DaskCluster:
    """A running cluster's scheduler (`tcp://HOST:8786`), or `local:N`: a LocalCluster of N
    single-threaded worker processes on 127.0.0.1, started and stopped with the build."""

    address: str
    timeout: float = CONNECT_TIMEOUT
    fingerprint: str = ""
    """The building process's extraction code and model (kg.build.code_fingerprint): a
    worker whose own differs refuses to start, rather than extract differently."""

    def start(self, context: Any) -> contextlib.AbstractContextManager[workers.Running]:
        return _start(self, context)


@contextlib.contextmanager
def _start(cluster: DaskCluster, context: Any) -> Iterator[workers.Running]:
    address = workers.parse_scheduler(cluster.address)
    with contextlib.ExitStack() as stack:
        local = workers.LOCAL_CLUSTER.fullmatch(address)
        if local:
            target: Any = stack.enter_context(local_cluster(int(local.group(1))))
        else:
            target = address
        client = stack.enter_context(_connect(target, address, cluster.timeout))
        try:
            client.register_plugin(
                _InstallContext(context, cluster.fingerprint), name="hlkg-build-context"
            )
            client.wait_for_workers(1, timeout=cluster.timeout)
        except HlkgError:
            raise
        except WorkerMismatch as error:
            raise HlkgError(f"a worker of the Dask cluster at {address}: {error}") from None
        except (OSError, TimeoutError) as error:
            raise HlkgError(f"the Dask cluster at {address}: {_reason(error)}") from None
        count = len(client.scheduler_info().get("workers", {}))
        executor = stack.enter_context(client.get_executor(pure=False))
        yield workers.Running(
            executor,
            in_flight=max(count, 1) * workers.IN_FLIGHT_PER_WORKER,
            workers=count,
            explain=lambda error: _explain(error, address),
        )


def local_cluster(workers: int, dashboard: str = "127.0.0.1:8787") -> LocalCluster:
    """A LocalCluster of single-threaded worker processes on 127.0.0.1 with hlkg's worker
    settings (WORKER_SETTINGS; a worker process takes the configuration it starts with)."""
    import dask
    import yaml

    settings = yaml.safe_load(WORKER_SETTINGS.read_text(encoding="utf-8"))
    with dask.config.set(_dotted(settings)):
        return LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=dashboard,
        )


def _dotted(tree: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """{"a": {"b": 1}} as {"a.b": 1}: dask.config.set replaces a whole subtree given as a
    nested mapping, and must change only the keys named."""
    flat: dict[str, Any] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            flat.update(_dotted(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


@contextlib.contextmanager
def _connect(target: Any, address: str, timeout: float) -> Iterator[Client]:
    try:
        client = Client(target, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise HlkgError(f"cannot reach the Dask scheduler at {address}: {_reason(error)}") from None
    with client:
        yield client


def _reason(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def _explain(error: BaseException, address: str) -> HlkgError | None:
    """A task the cluster gave up on (its workers kept dying) as one line."""
    from distributed import KilledWorker

    if isinstance(error, workers.WorkerNotReady):
        return HlkgError(
            f"a worker of the Dask cluster at {address} has a different hlkg from this "
            "machine's and refused the build: install the same hlkg version on every worker"
        )
    if isinstance(error, KilledWorker):
        return HlkgError(
            f"the Dask cluster at {address} gave up on a batch of documents: {_reason(error)}"
        )
    if isinstance(error, OSError | TimeoutError) and "connect" in str(error).lower():
        return HlkgError(f"lost the Dask scheduler at {address}: {_reason(error)}")
    return None


class WorkerMismatch(RuntimeError):
    """A worker's extraction code or parser model is not the building machine's."""


class _InstallContext(WorkerPlugin):
    """Installs the build's context in a worker process, once, when the worker starts."""

    def __init__(self, context: Any, fingerprint: str) -> None:
        self.context = context
        self.fingerprint = fingerprint

    def setup(self, worker: Any) -> None:
        from kg.build import code_fingerprint
        from kg.extract.parser import pipeline

        if self.fingerprint and code_fingerprint() != self.fingerprint:
            raise WorkerMismatch(
                "its hlkg extraction code or parser model differs from the building "
                "machine's: install the same hlkg version on every worker"
            )
        workers.install(self.context)
        pipeline()  # the parser, loaded now rather than by the first document
