"""Shared helpers for the view, site and network tests: a tiny graph and a headless Chromium.

The graph (tests/fixtures/viz-graph.trig) is small enough to know every count by heart and
carries an XSS probe document; it does not depend on the extractor.
"""

from __future__ import annotations

import shutil
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "viz-graph.trig"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def make_build(build_dir: Path, trig: Path = FIXTURE) -> Path:
    """A build folder, as `hlkg build` leaves one, holding the quads of `trig`."""
    import pyoxigraph

    from kg.buildstore import build_lock, new_build, store_path, write_manifest

    with build_lock(build_dir), new_build(build_dir) as build:
        store = pyoxigraph.Store(str(store_path(build)))
        store.bulk_load(path=str(trig), format=pyoxigraph.RdfFormat.TRIG)
        store.flush()
        del store
        write_manifest(build, {"fixture": trig.name})
    return build_dir


def chromium_available() -> bool:
    return Path(CHROMIUM).is_file() and shutil.which(CHROMIUM) is not None
