"""Where a build extracts its documents: this process, a local process pool or a Dask cluster.

One interface, `WorkerPool`: `start(context)` installs the build's per-document context (the
extractor and what turns an extraction into quads) on every worker once, and gives a
`Running` pool, a `concurrent.futures.Executor` and how many documents to keep in flight.
`in_order` then feeds it tasks and yields their results in the build's order, so every pool
gives the same graph. The Dask pool lives in kg.dask_workers, imported only when asked for.

A task is a batch of files (`batches`), carrying their bytes and names, never their paths,
so workers need not share the corpus's filesystem; what comes back is each file's N-Quads
text, tallies and cache entry, which the build writes where it runs.
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from kg.errors import HlkgError

T = TypeVar("T")

IN_FLIGHT_PER_WORKER = 4
"""Tasks queued per worker: enough to keep workers busy, few enough to bound memory."""

BATCH_BYTES = 64_000
"""A task's documents, by their files' size: a batch of small documents (the parser's
batches then fill up: one 2 KB abstract has a handful of sentences to parse) or one larger
document. 32-64 KB made extraction about 15% cheaper than a document per task."""

LOCAL_CLUSTER = re.compile(r"local:(\d+)")
"""`--scheduler local:N`: a Dask LocalCluster of N workers on this machine."""


@dataclass(frozen=True)
class Running:
    """A started pool: submit `run_task` to `executor`, at most `in_flight` at once."""

    executor: Executor
    in_flight: int
    workers: int
    """Workers that extract (0: this process), for the build's summary and manifest."""
    explain: Callable[[BaseException], BaseException | None] = lambda error: None
    """The pool's own failures (a worker that kept dying) as a user-facing error, or None."""


class WorkerPool(Protocol):
    """Where documents are extracted. `start` installs `context` on each worker once."""

    def start(self, context: Any) -> contextlib.AbstractContextManager[Running]: ...


def batches(items: Iterable[T], size: Callable[[T], int], limit: int = BATCH_BYTES
            ) -> Iterator[list[T]]:
    """`items` in order, in lists of at most `limit` total size (a larger item alone)."""
    batch: list[T] = []
    total = 0
    for item in items:
        if batch and total + size(item) > limit:
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += size(item)
    if batch:
        yield batch


def in_order(running: Running, tasks: Iterable[Any]) -> Iterator[Any]:
    """Each task's result, in the order of `tasks`, with at most `in_flight` submitted."""
    pending: deque[Future] = deque()
    queue = iter(tasks)
    try:
        for task in queue:
            pending.append(running.executor.submit(run_task, task))
            if len(pending) >= running.in_flight:
                break
        while pending:
            try:
                result = pending.popleft().result()
            except BaseException as error:
                explained = running.explain(error)
                if explained is None:
                    raise
                raise explained from None
            for task in queue:
                pending.append(running.executor.submit(run_task, task))
                break
            yield result
    finally:
        for future in pending:
            future.cancel()


_installed: Any = None
_lock = threading.Lock()


class WorkerNotReady(RuntimeError):
    """A worker was asked to extract without the build's context installed (on a cluster:
    one whose hlkg differs from the building machine's, so that it refused the context)."""


def install(context: Any) -> None:
    """Make `context` the one `run_task` uses in this process (a worker's start-up)."""
    global _installed
    _installed = context


def run_task(task: Any) -> Any:
    """A worker's job: one task (a batch of documents) through the installed context.

    One at a time per process: a Dask worker may run tasks in several threads, and the
    parser is neither thread-safe nor faster in threads (the GIL).
    """
    with _lock:
        if _installed is None:
            raise WorkerNotReady("a worker without the build's context was given a document")
        return _installed.process_tasks(task)


@dataclass(frozen=True)
class InThisProcess:
    """Extraction in the building process itself: small corpora, and `--jobs 1`."""

    def start(self, context: Any) -> contextlib.AbstractContextManager[Running]:
        return _in_this_process(context)


@contextlib.contextmanager
def _in_this_process(context: Any) -> Iterator[Running]:
    previous = _installed
    install(context)
    try:
        yield Running(_ImmediateExecutor(), in_flight=1, workers=0)
    finally:
        install(previous)


class _ImmediateExecutor(Executor):
    """Runs each call as it is submitted: the in-process pool's executor."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as error:
            future.set_exception(error)
        return future


@dataclass(frozen=True)
class ProcessPool:
    """`count` worker processes on this machine.

    Workers start with "spawn" (a fork would copy the building process's Oxigraph threads
    and locks); each receives the context, with its extractor, once, through the initializer.
    """

    count: int

    def start(self, context: Any) -> contextlib.AbstractContextManager[Running]:
        return _process_pool(self.count, context)


@contextlib.contextmanager
def _process_pool(count: int, context: Any) -> Iterator[Running]:
    import multiprocessing

    with ProcessPoolExecutor(
        max_workers=count,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=install,
        initargs=(context,),
    ) as pool:
        yield Running(pool, in_flight=count * IN_FLIGHT_PER_WORKER, workers=count)


def parse_scheduler(address: str) -> str:
    """`address` checked: `local:N` with N >= 1, or a scheduler address Dask can read."""
    address = address.strip()
    local = LOCAL_CLUSTER.fullmatch(address)
    if local:
        if int(local.group(1)) < 1:
            raise HlkgError(f"--scheduler {address}: local:N needs N >= 1 workers", 2)
        return address
    if address.startswith("local"):
        raise HlkgError(f"--scheduler {address}: write local:N, N the number of workers", 2)
    if not address or " " in address:
        raise HlkgError(f"--scheduler {address!r}: not a scheduler address (tcp://HOST:8786)", 2)
    return address
