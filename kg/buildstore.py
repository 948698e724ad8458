"""The build folder: where `hlkg build` leaves the graph that every other command reads.

Layout of a build folder (default `./hlkg-build`):

    hlkg-build/
      current -> builds/0003     symlink, swapped atomically when a build succeeds
      builds/0003/store/         the graph as a persisted Oxigraph store (quads), unless
                                 the build loaded it into a SPARQL server (manifest: "server")
      builds/0003/manifest.json  what was built from what, and the summary figures
      cache/                     per-document extraction results, reused by the next build
      .lock                      held while a build runs

Readers resolve `current` once and open that store read-only, so a query that runs while a
build is writing sees the old graph or the new one, never a half-written one; a killed build
leaves only an unreferenced `builds/` entry that the next build removes.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import HlkgError

DEFAULT_BUILD_DIR = Path("hlkg-build")
BUILD_DIR_ENV = "HLKG_BUILD_DIR"
_CURRENT = "current"
_BUILDS = "builds"
_KEEP_OLD_BUILDS = 1


def resolve_build_dir(path: Path | str | None = None) -> Path:
    """The build folder named on the command line, else $HLKG_BUILD_DIR, else ./hlkg-build."""
    if path is not None:
        return Path(path)
    return Path(os.environ.get(BUILD_DIR_ENV) or DEFAULT_BUILD_DIR)


def current_build(build_dir: Path | str | None = None) -> Path:
    """The folder of the last successful build, or a clear error if there is none."""
    root = resolve_build_dir(build_dir)
    link = root / _CURRENT
    if not link.exists():
        raise HlkgError(f"no graph built in {root}/: run `hlkg build` first (or pass --build-dir)")
    return link.resolve()


def store_path(build: Path) -> Path:
    return build / "store"


def read_manifest(build: Path) -> dict[str, Any]:
    import json  # here, not at the top: `hlkg query` imports this module and needs no json

    return json.loads((build / "manifest.json").read_text(encoding="utf-8"))


def open_store(
    build_dir: Path | str | None = None, *, user: str | None = None
):  # -> pyoxigraph.Store | EndpointStore
    """Open the current graph read-only; many processes may do so at once, also during a build.

    A build made with `--store-endpoint` has no store of its own: its graph is queried on
    the server its manifest names (kg.endpoint_store), logged in as `user` if one is named
    (the manifest holds no credentials: kg.httpauth finds the password, or with no user a
    ~/.netrc entry for the server). A local store needs no login and ignores `user`.
    """
    import pyoxigraph

    build = current_build(build_dir)
    path = store_path(build)
    if not path.exists():
        server = _server_of(build)
        if server is not None:
            from kg.endpoint_store import EndpointStore

            return EndpointStore.connect(server, user=user)
    try:
        return pyoxigraph.Store.read_only(str(path))
    except OSError as error:
        raise HlkgError(f"cannot open the graph store {path}: {error}") from error


def graph_server(build_dir: Path | str | None = None) -> str | None:
    """The query URL of the SPARQL server holding the current build's graph, or None when the
    graph is in the build folder."""
    build = current_build(build_dir)
    return None if store_path(build).exists() else _server_of(build)


def _server_of(build: Path) -> str | None:
    """The query endpoint of the server holding this build's graph, if it has one."""
    try:
        server = read_manifest(build).get("server")
    except (OSError, ValueError):
        return None
    return server.get("query") if isinstance(server, dict) else None


@contextlib.contextmanager
def build_lock(build_dir: Path) -> Iterator[None]:
    """Hold the build folder's lock: a second concurrent build fails at once, clearly."""
    try:
        build_dir.mkdir(parents=True, exist_ok=True)
        handle = (build_dir / ".lock").open("a+")
    except OSError as error:  # read-only, or a path under a file: one line, not a traceback
        raise HlkgError(
            f"cannot write the build folder {build_dir}/: {error.strerror or error}"
        ) from error
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise HlkgError(
                f"another `hlkg build` is running on {build_dir}/: try again when it ends"
            ) from error
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def new_build(build_dir: Path) -> Iterator[Path]:
    """A fresh folder to build into, published as `current` only if the block succeeds.

    Must be used inside `build_lock`. On any exception the half-built folder is removed and
    `current` still points at the previous build.
    """
    builds = build_dir / _BUILDS
    builds.mkdir(parents=True, exist_ok=True)
    _remove_unreferenced(build_dir)
    numbers = [int(p.name) for p in builds.iterdir() if p.name.isdigit()]
    target = builds / f"{max(numbers, default=0) + 1:04d}"
    target.mkdir()
    try:
        yield target
    except BaseException:
        import shutil

        shutil.rmtree(target, ignore_errors=True)
        raise
    _fsync_tree(target)
    temporary_link = build_dir / f".{_CURRENT}.tmp"
    with contextlib.suppress(FileNotFoundError):
        temporary_link.unlink()
    temporary_link.symlink_to(Path(_BUILDS) / target.name)
    os.replace(temporary_link, build_dir / _CURRENT)
    _fsync_dir(build_dir)
    _remove_unreferenced(build_dir, keep=_KEEP_OLD_BUILDS)


def write_manifest(build: Path, manifest: dict[str, Any]) -> None:
    import json

    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    (build / "manifest.json").write_text(text, encoding="utf-8")


def _remove_unreferenced(build_dir: Path, keep: int = 0) -> None:
    """Delete builds that `current` does not point at, except the newest `keep` of them.

    Keeping the previous build for a while lets a query that opened it just before the swap
    finish reading.
    """
    builds = build_dir / _BUILDS
    link = build_dir / _CURRENT
    current = link.resolve() if link.exists() else None
    others = sorted(
        (p for p in builds.iterdir() if p.is_dir() and p.resolve() != current),
        key=lambda p: p.name,
    )
    import shutil  # here, not at the top: `hlkg query` imports this module

    for old in others[: max(len(others) - keep, 0)]:
        shutil.rmtree(old, ignore_errors=True)


def _fsync_tree(root: Path) -> None:
    for path in sorted(root.rglob("*")):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
    _fsync_dir(root)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
