"""`hlkg build`: corpus folders in, the persisted graph out (README's data model).

The stages: find the files, read and extract each document (reusing the cache for unchanged
files, in worker processes when the corpus is large), turn each extraction into quads, tally
the corpus-wide facts, and bulk-load it all into a fresh Oxigraph store that is published as
the build folder's `current` only when everything succeeded. Each document becomes N-Quads
text where it is extracted, and a thread loads that text in batches while the next
documents are extracted.

Loading the store is the costliest stage (Oxigraph's on-disk bulk load takes about 8 µs of CPU
per quad), so a build reuses the previous one's store when most of the corpus is unchanged: it
copies the store, drops the named graphs of documents that changed or went away, loads only
the new documents, and rewrites only the parts of the corpus-wide graph that change
(kg.corpus_graph, applied by kg.local_store). The result holds the same quads as a build
from scratch.

Documents stream through: at most a few extractions are in memory at once, whatever the
corpus size; only per-concept and per-pair tallies accumulate. When nothing changed since the
current build (same files and bytes, same ontology, cue files, extractor and text-handling
code), the new build is a hard-linked copy of the current graph instead.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import queue
import shutil
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import HlkgError

if TYPE_CHECKING:
    from pyoxigraph import Quad

    from kg.cache import DocumentCache
    from kg.corpus_facts import CorpusFacts
    from kg.corpus_graph import PreviousCorpus
    from kg.model import Document, Extraction
    from kg.server_store import GraphServer
    from kg.workers import WorkerPool

PARALLEL_MIN_DOCUMENTS = 50
PARALLEL_MIN_BYTES = 2_000_000
"""Below both, starting worker processes (each loads the ontology and spaCy) costs more than it
saves, so a default build extracts in this process."""

_PIPELINE_MODULES = ("text", "extract", "lexicon.py", "model.py")
"""What the cache key covers besides the extractor's version and data (see inputs_fingerprint)."""

_GRAPH_MODULES = ("provenance.py", "corpus_facts.py", "claims.py", "corpus_graph.py")
"""The code that turns extractions into the graph: the build signature covers it, so that a
new version of it (claims added, say) rebuilds an unchanged corpus instead of copying a graph
that it would have written differently, and writes a new store instead of updating one (an
update keeps documents' graphs and works out the corpus graph's changes from the previous
build's tallies: both assume the same code). The cache, which holds extractions, does not
depend on it."""

_BULK_BATCH_QUADS = 50_000
"""Quads per bulk load: Oxigraph's bulk loader holds a whole call's quads in memory (about
1 GB for 1.5 million), and up to three batches of N-Quads text (~12 MB each here) are held
while one loads. Small batches also shorten the start and end of a build, when extraction
and loading cannot overlap. 1,000 synthetic documents: 8.6-9.4 s and 274-278 MB RSS against
10.1-14.0 s and 412-415 MB with 200,000. The store is no slower to query: two SPARQL
group-by counts over the 3,000-document graph took 1.38 s against 1.41 s."""

_TALLIES = "tallies.txt"
"""In a build folder: each document's counts and corpus tallies, so that the next build can
keep the document's graph without reading its extraction again. A line per document, in the
build's order: its id, a tab, the tallies as JSON. Written as documents are done; read back as
text and parsed only when its document is kept (parsed, 10,000 documents' tallies took
130 MB; as text 26 MB)."""

_SERVER_LEFTOVERS = "server-leftovers.txt"
"""In the build folder: graphs that a failed build added to its server and could not delete
(kg.server_store); the next build to that server deletes them unless it writes them."""


@dataclass
class BuildSummary:
    """What a build made, for the CLI's summary line and for scripts."""

    build: Path
    documents: int = 0
    sentences: int = 0
    mentions: int = 0
    relations: int = 0
    asserted: int = 0
    negated: int = 0
    hedged: int = 0
    rejected: int = 0
    cooccurrence_pairs: int = 0
    claims: int = 0
    contested: int = 0
    consensus: int = 0
    """Claims across documents (kg.claims), and how many are contested or a consensus."""
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    reused: int = 0
    """Documents whose extraction came from the cache."""
    workers: int = 0
    """Worker processes that extracted documents (0: this process did)."""
    bytes_read: int = 0
    unchanged: bool = False
    """Nothing changed since the previous build: its graph was copied, not rebuilt."""
    kept: int = 0
    """Documents whose graph was kept from the previous build's store (an update)."""

    def lines(self) -> list[str]:
        text = [
            f"built {self.build}",
            f"  documents   {self.documents}"
            + self._reuse_note(),
            f"  sentences   {self.sentences}",
            f"  mentions    {self.mentions}",
            f"  relations   {self.relations} ({self.asserted} asserted, {self.negated} negated,"
            f" {self.rejected} rejected, {self.hedged} hedged)",
            f"  co-occurring pairs {self.cooccurrence_pairs}",
            f"  claims      {self.claims} ({self.contested} contested,"
            f" {self.consensus} consensus)",
            f"  skipped     {len(self.skipped)} file(s)",
        ]
        text += [f"    skipped {source}: {reason}" for source, reason in self.skipped]
        text.append(f"  seconds     {self.seconds:.2f}")
        return text

    def _reuse_note(self) -> str:
        if self.unchanged:
            return " (unchanged since the previous build: graph reused)"
        parts = [
            f"{self.kept} kept from the previous graph" if self.kept else "",
            f"{self.reused - self.kept} reused from cache" if self.reused > self.kept else "",
            f"{self.documents - self.reused} extracted" if self.kept else "",
        ]
        note = ", ".join(part for part in parts if part)
        return f" ({note})" if note else ""


@dataclass(frozen=True)
class _Planned:
    """One corpus file with what the build decided about it before extracting anything."""

    file: Any  # kg.text.CorpusFile
    label: str
    doc_id: str
    sha256: str
    size: int
    cache_key: str
    cached: bool
    in_store: bool = False
    """Its graph is in the previous build's store, which this build updates: its tallies come
    from that build's tallies file, and it is neither read nor extracted."""


def build_graph(
    corpus_dirs: Sequence[Path] | None,
    build_dir: Path,
    *,
    extra_ontologies: Sequence[Path] = (),
    quiet: bool = False,
    jobs: int | None = None,
    fresh: bool = False,
    exclude: Sequence[str] = (),
    scheduler: str | None = None,
    scheduler_timeout: float | None = None,
    server: GraphServer | None = None,
) -> BuildSummary:
    """Build the graph of `corpus_dirs` (the bundled sample corpus if None or empty).

    `fresh`: extract every file again and write the store from scratch, ignoring the cache
    and the previous build. `exclude`: glob patterns of paths to leave out
    (kg.text.corpus.excluded).

    `jobs`: processes that extract. 1 extracts in this process; N > 1 starts N workers.
    By default, a corpus with more than 50 files or 2 MB to extract gets one worker per
    core but one on machines with three cores or more (this process loads the store
    meanwhile); otherwise extraction runs here. `scheduler`: extract on a Dask cluster
    instead, `tcp://HOST:8786` or `local:N` (kg.dask_workers); `scheduler_timeout` bounds
    the wait for it (seconds). `server`: load the graph into this SPARQL server instead of
    the build folder's store (kg.server_store); the build folder records it.
    A progress bar goes to stderr when it is a terminal and `quiet` is false.
    """
    started = time.perf_counter()
    from kg import text
    from kg.cache import DocumentCache, file_sha256
    from kg.ontology import load_ontology, ontology_files
    from kg.provenance import document_ids

    if scheduler is not None:
        from kg.workers import parse_scheduler

        scheduler = parse_scheduler(scheduler)
    roots = [Path(d) for d in corpus_dirs] if corpus_dirs else [_sample_corpus()]
    extras = [Path(p) for p in extra_ontologies]
    for path in extras:
        if not path.is_file():
            raise HlkgError(f"ontology extension {path} does not exist", exit_code=2)

    files, found_skipped = text.discover(roots, exclude)
    skipped = [_skipped_pair(item) for item in found_skipped]
    if not files:
        where = ", ".join(str(r) for r in roots)
        raise HlkgError(f"no .txt, .md or .pdf files in {where}")
    ontology_paths = [*ontology_files(), *extras]
    salt = inputs_fingerprint(ontology_paths)

    from kg.buildstore import build_lock

    build_dir = Path(build_dir)
    with build_lock(build_dir):
        cache = DocumentCache(build_dir / "cache", salt, enabled=not fresh)
        labels = [_label(f, len(roots)) for f in files]
        ids = document_ids(labels)
        plan = []
        for corpus_file, label, doc_id in zip(files, labels, ids, strict=True):
            path = Path(corpus_file.path)
            try:
                sha, size = file_sha256(path), path.stat().st_size
            except OSError as error:  # gone or unreadable since it was found
                skipped.append((label, f"cannot read: {error.strerror or error}"))
                continue
            key = cache.key(sha, label)
            plan.append(_Planned(corpus_file, label, doc_id, sha, size, key, cache.has(key)))

        signature = _signature(salt, plan, skipped)
        summary = None if fresh else _copy_unchanged(build_dir, signature, started, server)
        if summary is not None:
            cache.used.update(p.cache_key for p in plan)
            cache.prune()
            return summary
        ontology = load_ontology(extras)  # validates the extensions: FILE:LINE:COL on error
        update = None if fresh else _plan_update(build_dir, salt, plan, server)
        if update is not None:
            plan = update.plan
        pool = _worker_pool(plan, jobs, scheduler, scheduler_timeout)
        summary = _write_build(
            build_dir,
            roots,
            plan,
            cache,
            ontology,
            ontology_paths,
            salt,
            signature,
            skipped,
            pool,
            quiet,
            started,
            update,
            server,
        )
        cache.prune()
    return summary


def _signature(salt: str, plan: list[_Planned], skipped: list[tuple[str, str]]) -> str:
    """Everything a graph is made from: equal signatures mean equal graphs."""
    digest = hashlib.sha256(f"{salt}\n{graph_fingerprint()}\n".encode())
    for planned in plan:
        digest.update(f"{planned.label}\0{planned.doc_id}\0{planned.sha256}\n".encode())
    for source, reason in skipped:
        digest.update(f"skipped {source}\0{reason}\n".encode())
    return digest.hexdigest()


def _copy_unchanged(
    build_dir: Path, signature: str, started: float, server: GraphServer | None
) -> BuildSummary | None:
    """When nothing changed since the current build, publish a copy of its graph.

    Oxigraph's backup hard-links the store's immutable files, so this takes milliseconds
    whatever the corpus size, and the new build is still a folder of its own. A graph on a
    server stays as it is: the new build folder holds the manifest and tallies.
    """
    from kg.buildstore import new_build, write_manifest

    found = _previous_build(build_dir, server)
    if found is None or found[1].get("signature") != signature:
        return None
    previous, manifest = found
    counts = manifest.get("counts", {})
    with new_build(build_dir) as build:
        if server is None:
            from kg.local_store import copy_store

            copy_store(previous, build)
        with contextlib.suppress(FileNotFoundError):
            shutil.copyfile(previous / _TALLIES, build / _TALLIES)
        manifest["counts"]["reused_from_cache"] = counts.get("documents", 0)
        manifest["copied_from"] = previous.name
        manifest["seconds"] = round(time.perf_counter() - started, 3)
        write_manifest(build, manifest)
    return BuildSummary(
        build=(build_dir / "current").resolve(),
        documents=counts.get("documents", 0),
        sentences=counts.get("sentences", 0),
        mentions=counts.get("mentions", 0),
        relations=counts.get("relations", 0),
        asserted=counts.get("asserted", 0),
        negated=counts.get("negated", 0),
        hedged=counts.get("hedged", 0),
        rejected=counts.get("rejected", 0),
        cooccurrence_pairs=counts.get("cooccurrence_pairs", 0),
        claims=counts.get("claims", 0),
        contested=counts.get("contested_claims", 0),
        consensus=counts.get("consensus_claims", 0),
        skipped=[(item["source"], item["reason"]) for item in manifest.get("skipped", [])],
        seconds=time.perf_counter() - started,
        reused=counts.get("documents", 0),
        bytes_read=sum(item.get("bytes", 0) for item in manifest.get("files", [])),
        unchanged=True,
    )


def _previous_build(
    build_dir: Path, server: GraphServer | None
) -> tuple[Path, dict[str, Any]] | None:
    """The current build and its manifest, if its graph is where this build's goes: a
    store in its folder to copy, or the same server."""
    from kg.buildstore import current_build, read_manifest, store_path

    try:
        previous = current_build(build_dir)
        manifest = read_manifest(previous)
    except (HlkgError, OSError, ValueError):
        return None
    if server is not None:
        return (previous, manifest) if manifest.get("server") == server.record() else None
    if manifest.get("server"):
        return None
    return (previous, manifest) if store_path(previous).is_dir() else None


def _documents_on(build_dir: Path, server: GraphServer) -> set[str]:
    """The documents whose graphs the current build put on `server` (none if it put them
    elsewhere: a graph this build folder did not put there is not ours to delete)."""
    found = _previous_build(build_dir, server)
    if found is None:
        return set()
    files = found[1].get("files", [])
    return {e["document"] for e in files if isinstance(e, dict) and "document" in e}


@dataclass(frozen=True)
class _Update:
    """How this build updates the previous build's store instead of writing a new one."""

    previous: Path
    """The previous build folder, whose store is copied."""
    plan: list[_Planned]
    """The plan, with `in_store` set for the documents whose graph is kept."""
    stale: list[str]
    """Ids of the previous build's documents whose graph must go (changed or removed)."""
    tallies: dict[str, str]
    """The previous build's tallies of each document (JSON text), by id."""
    corpus: PreviousCorpus
    """What the previous build's corpus graph was made from (kg.corpus_graph)."""


def _plan_update(
    build_dir: Path, salt: str, plan: list[_Planned], server: GraphServer | None
) -> _Update | None:
    """An update of the previous build's store, when one is possible and worth it.

    Possible when the previous build was made from the same ontology, cue phrases and
    extractor (same fingerprint). A document's graph is kept when the previous build had the
    same file (name and bytes) under the same document id, with its tallies. Worth it when
    the kept documents are at least half the corpus's bytes: dropping a graph costs about as
    much as loading it.
    """
    found = _previous_build(build_dir, server)
    if found is None or found[1].get("inputs_fingerprint") != salt:
        return None
    previous, manifest = found
    if manifest.get("graph_fingerprint") != graph_fingerprint():
        return None
    try:
        lines = (previous / _TALLIES).read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError):
        return None
    tallies = dict(line.split("\t", 1) for line in lines if "\t" in line)
    before = {
        (entry["source"], entry["document"], entry["sha256"])
        for entry in manifest.get("files", [])
        if isinstance(entry, dict) and {"source", "document", "sha256"} <= entry.keys()
    }
    updated = [
        replace(p, in_store=(p.label, p.doc_id, p.sha256) in before and p.doc_id in tallies)
        for p in plan
    ]
    kept_bytes = sum(p.size for p in updated if p.in_store)
    if not kept_bytes or 2 * kept_bytes < sum(p.size for p in updated):
        return None
    kept = {p.doc_id for p in updated if p.in_store}
    documents = {doc_id for _, doc_id, _ in before}
    stale = sorted(documents - kept)
    stale_facts = _facts_of(stale, tallies)
    if stale_facts is None:  # what they put in the corpus graph is not known: start afresh
        return None
    from kg.corpus_graph import PreviousCorpus

    corpus = PreviousCorpus(frozenset(documents), stale_facts)
    return _Update(previous, updated, stale, tallies, corpus)


def _facts_of(doc_ids: Sequence[str], tallies: dict[str, str]) -> CorpusFacts | None:
    """The corpus facts of these documents from a build's tallies; None if any is missing
    or damaged."""
    from kg.corpus_facts import CorpusFacts
    from kg.extract import EXTRACTOR_VERSION
    from kg.provenance import activity_iri

    facts = CorpusFacts(activity_iri(EXTRACTOR_VERSION), EXTRACTOR_VERSION)
    for doc_id in doc_ids:
        try:
            facts.add_tallies(json.loads(tallies[doc_id])["facts"])
        except (KeyError, IndexError, TypeError, ValueError):
            return None
    return facts


def graph_fingerprint() -> str:
    """A hash of the code that turns extractions into the graph (_GRAPH_MODULES)."""
    digest = hashlib.sha256()
    for path in _package_files(_GRAPH_MODULES):
        digest.update(f"{path.name}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _target(
    build_dir: Path,
    build: Path,
    ontology_paths: list[Path],
    update: _Update | None,
    server: GraphServer | None,
) -> Any:
    """The loader of this build's quads: the build folder's store (kg.local_store), or
    `server` (kg.server_store)."""
    if server is None:
        from kg.local_store import LocalLoader

        if update is None:
            return LocalLoader(build, ontology_quads(ontology_paths))
        return LocalLoader(build, (), previous=update.previous, stale=update.stale)
    from kg.server_store import ServerLoader

    return ServerLoader(
        server,
        ontology_quads(ontology_paths),
        _documents_on(build_dir, server),
        leftovers=build_dir / _SERVER_LEFTOVERS,
    )


def _write_build(
    build_dir: Path,
    roots: list[Path],
    plan: list[_Planned],
    cache: DocumentCache,
    ontology: Any,
    ontology_paths: list[Path],
    salt: str,
    signature: str,
    skipped: list[tuple[str, str]],
    pool: WorkerPool,
    quiet: bool,
    started: float,
    update: _Update | None,
    server: GraphServer | None,
) -> BuildSummary:
    from kg.buildstore import new_build, write_manifest
    from kg.claims import RelationRules
    from kg.corpus_facts import CorpusFacts
    from kg.corpus_graph import CorpusGraph
    from kg.extract import EXTRACTOR_VERSION
    from kg.provenance import activity_iri

    rules = RelationRules.from_ontology(ontology)
    activity = activity_iri(EXTRACTOR_VERSION)
    kept = CorpusFacts(activity, EXTRACTOR_VERSION)
    changed = CorpusFacts(activity, EXTRACTOR_VERSION)
    manifest_files: list[dict[str, Any]] = []

    context = _DocumentContext(ontology, cache, activity, EXTRACTOR_VERSION)
    with pool.start(context) as running, new_build(build_dir) as build:
        workers = running.workers
        summary = BuildSummary(build=build_dir / "current", skipped=skipped, workers=workers)
        target = _target(build_dir, build, ontology_paths, update, server)
        documents: set[str] = set()
        try:
            with (
                _BackgroundLoader(target) as loader,
                (build / _TALLIES).open("w", encoding="utf-8") as tallies,
            ):
                outcomes = _outcomes(plan, context, running, update.tallies if update else {})
                for planned, done in _progress(outcomes, len(plan), quiet):
                    entry = {
                        "source": planned.label,
                        "sha256": planned.sha256,
                        "bytes": planned.size,
                    }
                    manifest_files.append(entry)
                    summary.bytes_read += planned.size
                    if done.facts is None:
                        summary.skipped.append((planned.label, done.reason or "unreadable"))
                        entry["skipped"] = done.reason
                        continue
                    cache.used.add(planned.cache_key)
                    summary.reused += done.reused
                    summary.kept += done.kept
                    entry["document"] = planned.doc_id
                    documents.add(planned.doc_id)
                    _count(summary, done.counts)
                    # A document kept in the store adds what it added before: same bytes,
                    # same extraction (also when its tallies were damaged and it was read again).
                    (kept if planned.in_store else changed).merge(done.facts)
                    tallies.write(f"{planned.doc_id}\t{done.tallies}\n")
                    loader.add(done.nquads, done.quads)
                if summary.documents == 0:
                    raise HlkgError(
                        f"every file was skipped ({len(summary.skipped)}): nothing to build;"
                        f" first: {summary.skipped[0][0]}: {summary.skipped[0][1]}"
                        if summary.skipped
                        else "no documents to build"
                    )
            corpus = CorpusGraph(
                kept, changed, documents, rules, update.corpus if update else None
            )
            summary.claims = len(corpus.claims)
            summary.contested = sum(1 for claim in corpus.claims if claim.contested)
            summary.consensus = sum(1 for claim in corpus.claims if claim.consensus)
            target.finish(documents, corpus)
        except BaseException as error:
            _abandon(target, error)
            raise
        finally:
            del target  # a local store closes now
        summary.cooccurrence_pairs = corpus.facts.pair_count
        summary.seconds = time.perf_counter() - started
        write_manifest(
            build,
            {
                "corpus": [str(root) for root in roots],
                "files": manifest_files,
                "skipped": [{"source": s, "reason": r} for s, r in summary.skipped],
                "counts": {
                    "documents": summary.documents,
                    "sentences": summary.sentences,
                    "mentions": summary.mentions,
                    "relations": summary.relations,
                    "asserted": summary.asserted,
                    "negated": summary.negated,
                    "hedged": summary.hedged,
                    "rejected": summary.rejected,
                    "cooccurrence_pairs": summary.cooccurrence_pairs,
                    "claims": summary.claims,
                    "contested_claims": summary.contested,
                    "consensus_claims": summary.consensus,
                    "reused_from_cache": summary.reused,
                    "kept_from_previous": summary.kept,
                },
                "extractor_version": EXTRACTOR_VERSION,
                "ontology_files": [str(p) for p in ontology_paths],
                "inputs_fingerprint": salt,
                "graph_fingerprint": graph_fingerprint(),
                "signature": signature,
                "workers": workers,
                "server": server.record() if server else None,
                "updated_from": update.previous.name if update else None,
                "seconds": round(summary.seconds, 3),
            },
        )
    summary.build = (build_dir / "current").resolve()
    return summary


def _abandon(target: Any, error: BaseException) -> None:
    """Undo what a failed build wrote where it outlives the build folder (a server); the
    error then says whether the server is as it was."""
    try:
        target.abandon()
    except HlkgError as failed:
        raise HlkgError(f"{error}; {failed}", getattr(error, "exit_code", 1)) from error
    if isinstance(error, HlkgError):
        error.args = (f"{error.args[0]} (the server was put back as the previous build left it)",)


class _BackgroundLoader:
    """Loads batches of documents' N-Quads text into the build's target (its store, or a
    server's Graph Store) in a thread of its own.

    Oxigraph releases the GIL while it loads, so this process keeps extracting (or
    collecting the workers' documents) meanwhile: on two cores, loading and extraction
    overlap instead of taking turns. At most one batch waits while another loads, which
    keeps memory flat (Oxigraph holds a whole call's quads in memory).
    """

    def __init__(self, target: Any) -> None:
        self.target = target
        self.parts: list[bytes] = []
        self.quads = 0
        self.queue: queue.Queue[bytes | None] = queue.Queue(maxsize=1)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="hlkg-bulk-load", daemon=True)

    def __enter__(self) -> _BackgroundLoader:
        self.thread.start()
        return self

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        if kind is None:
            self._send()
        else:
            self.parts = []
            with contextlib.suppress(queue.Empty):
                self.queue.get_nowait()
        self.queue.put(None)
        self.thread.join()
        self.target = None  # a traceback keeps this object: let the store close now
        if kind is None and self.error is not None:
            raise self.error

    def _run(self) -> None:
        while (batch := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.target.load(batch)
                except BaseException as error:  # re-raised in the building thread
                    self.error = error

    def add(self, nquads: bytes, quads: int) -> None:
        self.parts.append(nquads)
        self.quads += quads
        if self.quads >= _BULK_BATCH_QUADS:
            self._send()

    def _send(self) -> None:
        if self.error is not None:
            raise self.error
        if self.parts:
            self.queue.put(b"".join(self.parts))
        self.parts, self.quads = [], 0


Counts = tuple[int, int, int, int, int, int, int]
"""sentences, mentions, relations, asserted, negated, hedged, rejected: one document's figures."""


def _counts(extraction: Extraction) -> Counts:
    from kg.provenance import graph_mentions

    relations = extraction.relations
    return (
        len(extraction.document.sentences),
        len(graph_mentions(extraction)),
        len(relations),
        sum(1 for r in relations if r.asserted),
        sum(1 for r in relations if r.negated),
        sum(1 for r in relations if r.hedged),
        sum(1 for r in relations if r.rejected),
    )


def _count(summary: BuildSummary, counts: Counts) -> None:
    summary.documents += 1
    summary.sentences += counts[0]
    summary.mentions += counts[1]
    summary.relations += counts[2]
    summary.asserted += counts[3]
    summary.negated += counts[4]
    summary.hedged += counts[5]
    summary.rejected += counts[6]


def ontology_quads(paths: Sequence[Path]) -> Iterator[Quad]:
    """The ontology files (core and extensions) as quads in the ontology graph.

    Parsers give blank nodes random labels; renaming them by file and position makes the
    stored ontology, and so every export of it, the same from one build to the next.
    """
    from pyoxigraph import BlankNode, NamedNode, Quad, RdfFormat, parse

    from kg.namespaces import ONTOLOGY_GRAPH

    graph = NamedNode(ONTOLOGY_GRAPH)
    for number, path in enumerate(paths, start=1):
        labels: dict[str, BlankNode] = {}

        def stable(term: Any, number: int = number, labels: dict = labels) -> Any:
            if isinstance(term, BlankNode):
                node = labels.get(term.value)
                if node is None:
                    node = labels[term.value] = BlankNode(f"o{number}b{len(labels) + 1}")
                return node
            return term

        try:
            parsed = list(
                parse(path=str(path), format=RdfFormat.TURTLE, base_iri=path.resolve().as_uri())
            )
        except SyntaxError as error:
            raise HlkgError(f"{path}: {error}", exit_code=2) from error
        for quad in parsed:
            yield Quad(stable(quad.subject), quad.predicate, stable(quad.object), graph)


def inputs_fingerprint(ontology_paths: Sequence[Path]) -> str:
    """A hash of what extraction depends on besides the text itself.

    Covers the extractor's version, spaCy's version and the parser model's files, the ontology
    files given, the extractor's data files (cue patterns) and the code and data of text
    reading and extraction, so that changing any of them invalidates the cache rather than
    serving stale extractions.
    """
    from kg.extract import data_files, identity

    digest = hashlib.sha256(f"{identity()}\n".encode())
    extractor_data = sorted(Path(p) for p in data_files())  # cue phrases..., as it declares
    paths = [Path(p) for p in ontology_paths] + extractor_data + _package_files(_PIPELINE_MODULES)
    for path in paths:
        digest.update(f"{path.name}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def code_fingerprint() -> str:
    """The extractor's identity (version, spaCy, parser model) and the code and data of text
    reading and extraction: what a worker on another machine must share with the building
    process to extract exactly as it would (kg.dask_workers checks it)."""
    from kg.extract import identity

    digest = hashlib.sha256(f"{identity()}\n".encode())
    for path in _package_files(_PIPELINE_MODULES):
        digest.update(f"{path.relative_to(Path(__file__).resolve().parent)}\n".encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _package_files(names: Sequence[str]) -> list[Path]:
    """The source and data files of these modules and packages of kg (kg.text, kg.extract...)."""
    package = Path(__file__).resolve().parent
    found: list[Path] = []
    for name in names:
        path = package / name
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"
            )
        elif path.is_file():
            found.append(path)
    return found


def _sample_corpus() -> Path:
    from kg.resources import sample_corpus_dir

    return sample_corpus_dir()


def _label(corpus_file: Any, roots: int) -> str:
    """The name a document goes by: its path in its corpus folder (with the folder's name
    in front when several folders are built together, so the names stay distinct)."""
    source = str(corpus_file.source)
    if roots > 1:
        return f"{Path(corpus_file.root).name}/{source}"
    return source


def _skipped_pair(item: Any) -> tuple[str, str]:
    return (str(item.source), str(item.reason))


def _worker_pool(
    plan: list[_Planned], jobs: int | None, scheduler: str | None, timeout: float | None
) -> WorkerPool:
    """Where this build extracts: a Dask cluster when `scheduler` names one, else worker
    processes or this process (`_worker_count`)."""
    from kg import workers

    misses = [p for p in plan if not p.cached and not p.in_store]
    if scheduler and misses:
        from kg.dask_workers import CONNECT_TIMEOUT, DaskCluster

        return DaskCluster(
            scheduler,
            timeout=timeout or CONNECT_TIMEOUT,
            fingerprint=code_fingerprint(),
        )
    count = _worker_count(plan, jobs)
    return workers.ProcessPool(count) if count else workers.InThisProcess()


def _worker_count(plan: list[_Planned], jobs: int | None) -> int:
    """Worker processes for extraction; 0 means extracting in this process.

    By default a large corpus gets one worker per core but one, and only with three cores
    or more: this process keeps a core busy too, Oxigraph's loader bulk-loading the store in
    a thread while extraction goes on here. On two cores that already uses both, and two
    workers cost more CPU (start-up, moving each document's N-Quads between processes):
    1,000 synthetic documents, 18.8-19.5 CPU-s against 14-17 (bench/bench_build.py).
    """
    misses = [p for p in plan if not p.cached and not p.in_store]
    if len(misses) < 2:
        return 0
    if jobs is not None:
        return min(jobs, len(misses)) if jobs > 1 else 0
    large = (
        len(misses) > PARALLEL_MIN_DOCUMENTS
        or sum(p.size for p in misses) > PARALLEL_MIN_BYTES
    )
    cores = os.cpu_count() or 1
    return min(cores - 1, len(misses)) if large and cores > 2 else 0


@dataclass
class _Done:
    """One document's share of the build: its quads as N-Quads text, ready to load, and its
    tallies. Workers send this back rather than the extraction: serializing is cheap in a
    worker, and loading text spares this process building a Python object per quad."""

    reason: str | None = None
    """Why the file was skipped (then `facts` is None)."""
    reused: bool = False
    kept: bool = False
    """Its graph was kept in the store: `nquads` is empty."""
    nquads: bytes = b""
    quads: int = 0
    facts: Any = None  # kg.corpus_facts.CorpusFacts of this document alone
    counts: Counts = (0, 0, 0, 0, 0, 0, 0)
    tallies: str = ""
    """`counts` and `facts` as one line of JSON, for the build folder's tallies file. Carried
    rather than made from them when written: a kept document's line goes back as it was read
    (making 10,000 lines again from parsed tallies took 1.3 s)."""
    cache_entry: str = ""
    """A newly extracted document's cache entry (kg.cache), written where the build runs:
    a worker on another machine has no access to the build folder."""


@dataclass(frozen=True)
class _Task:
    """What a worker needs to extract one file: its bytes and names, never its path."""

    source: str
    """The file's path in its corpus folder: the document's dcterms:source."""
    suffix: str
    doc_id: str
    sha256: str
    data: bytes = b""
    skipped: str | None = None
    """Why the file could not be read here (then `data` is empty)."""


class _DocumentContext:
    """What turning a file into a `_Done` needs; each worker receives it once, at start."""

    def __init__(self, ontology: Any, cache: DocumentCache, activity: str, version: str) -> None:
        self.ontology = ontology
        self.cache = cache
        self.activity = activity
        self.version = version
        self._extractor: Any = None

    @property
    def extractor(self) -> Any:
        """Made on first use: a build whose documents all come from the cache needs none."""
        if self._extractor is None:
            from kg.extract import Extractor

            self._extractor = Extractor.from_ontology(self.ontology)
        return self._extractor

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_extractor"] = self.extractor
        state["ontology"] = None  # the extractor is all a worker needs
        state["cache"] = None  # written where the build runs, from `_Done.cache_entry`
        return state

    def process_tasks(self, tasks: Sequence[_Task]) -> list[_Done]:
        """Read and extract a batch of files from their bytes (in a worker): each one's
        `_Done`, with the cache entry to write. The batch is extracted together
        (Extractor.extract_all): the parser works faster on many documents' sentences."""
        from kg.cache import encode_entry
        from kg.text import SkippedFile, document_from_bytes

        done: list[_Done | None] = []
        documents: list[tuple[_Task, Document]] = []
        for task in tasks:
            if task.skipped is not None:
                done.append(_Done(reason=task.skipped))
                continue
            try:
                documents.append((task, document_from_bytes(task.data, task.source, task.suffix)))
                done.append(None)
            except SkippedFile as skipped:
                done.append(_Done(reason=skipped.reason))
        try:
            extractions = iter(self.extractor.extract_all([d for _, d in documents]))
        except Exception as error:
            names = [t.source for t, _ in documents]
            more = f" and {len(names) - 3} more" if len(names) > 3 else ""
            error.add_note(f"while extracting {', '.join(names[:3])}{more}")
            raise
        for index, result in enumerate(done):
            if result is None:
                extraction = next(extractions)
                task = tasks[index]
                result = done[index] = self.process(
                    task.doc_id, task.sha256, extraction, reused=False
                )
                result.cache_entry = encode_entry(extraction)
        return [d for d in done if d is not None]

    def process(self, doc_id: str, sha256: str, extraction: Extraction, reused: bool) -> _Done:
        """One extraction (new, or from the cache) as quads and tallies."""
        from kg.corpus_facts import CorpusFacts
        from kg.provenance import extraction_nquads

        if not extraction.document.content_hash:
            document = replace(extraction.document, content_hash=sha256)
            extraction = replace(extraction, document=document)
        facts = CorpusFacts(self.activity, self.version)
        facts.add(extraction, doc_id)
        nquads = extraction_nquads(extraction, doc_id, self.activity).encode()
        counts = _counts(extraction)
        return _Done(
            reused=reused,
            nquads=nquads,
            quads=nquads.count(b"\n"),
            facts=facts,
            counts=counts,
            tallies=json.dumps(
                {"counts": list(counts), "facts": facts.tallies()}, separators=(",", ":")
            ),
        )

    def keep(self, planned: _Planned, tallies: str) -> _Done | None:
        """The `_Done` of a document whose graph stays in the store, from its tallies; None
        when they are damaged (then it is processed like any other document)."""
        from kg.corpus_facts import CorpusFacts

        facts = CorpusFacts(self.activity, self.version)
        try:
            data = json.loads(tallies)
            facts.add_tallies(data["facts"])
            counts = tuple(int(n) for n in data["counts"])
        except (KeyError, IndexError, TypeError, ValueError):
            return None
        if len(counts) != len(_Done.counts):
            return None
        # Its graph is already in the store, and the build writes its quad of the corpus graph.
        return _Done(
            reused=True,
            kept=True,
            facts=facts,
            counts=counts,  # type: ignore[arg-type]
            tallies=tallies,
        )


Outcome = tuple[_Planned, _Done]


def _outcomes(
    plan: list[_Planned], context: _DocumentContext, running: Any, kept: dict[str, str]
) -> Iterator[Outcome]:
    """Each planned file's `_Done`, in plan order: new extractions from the `running` pool
    (kg.workers), the rest here. `kept`: the previous build's tallies of the documents whose
    graph stays in the store."""
    misses = [p for p in plan if not p.cached and not p.in_store]
    with contextlib.closing(_extracted(running, misses)) as remote:
        for planned in plan:
            done = context.keep(planned, kept[planned.doc_id]) if planned.in_store else None
            if done is not None:
                yield planned, done
                continue
            extraction = None
            if planned.in_store or planned.cached:
                extraction = context.cache.get(planned.cache_key)
            if extraction is not None:
                yield planned, context.process(planned.doc_id, planned.sha256, extraction, True)
                continue
            done = next(remote) if not (planned.in_store or planned.cached) else None
            if done is None:  # a cache entry gone or damaged since it was planned
                (done,) = context.process_tasks([_task(planned)])
            if done.cache_entry:
                context.cache.put_entry(planned.cache_key, done.cache_entry)
            yield planned, done


def _extracted(running: Any, misses: list[_Planned]) -> Iterator[_Done]:
    """The `running` pool's `_Done` of each of `misses`, in order, extracted in batches:
    at most BATCH_BYTES each, and no fewer than the pool keeps in flight, so that every
    worker has work even when the corpus is small."""
    from kg.workers import BATCH_BYTES, batches, in_order

    limit = min(BATCH_BYTES, sum(p.size for p in misses) // running.in_flight)
    tasks = ([_task(p) for p in batch] for batch in batches(misses, lambda p: p.size, limit))
    with contextlib.closing(in_order(running, tasks)) as results:
        for batch in results:
            yield from batch


def _task(planned: _Planned) -> _Task:
    """A planned file as a worker's task: its bytes read here, where the corpus is."""
    from kg.text import SkippedFile, read_file_bytes

    path = Path(planned.file.path)
    common = {"source": planned.file.source, "suffix": path.suffix,
              "doc_id": planned.doc_id, "sha256": planned.sha256}
    try:
        return _Task(**common, data=read_file_bytes(planned.file))
    except SkippedFile as skipped:
        return _Task(**common, skipped=skipped.reason)


def _progress(outcomes: Iterator[Outcome], total: int, quiet: bool) -> Iterator[Outcome]:
    """A progress bar on stderr, only when a person is watching."""
    if quiet or total < 2 or not sys.stderr.isatty():
        yield from outcomes
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="doc", file=sys.stderr, leave=False, desc="building") as bar:
        for outcome in outcomes:
            yield outcome
            bar.update(1)
