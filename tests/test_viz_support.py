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


CLAIMS_CORPUS = {
    "a.txt": "Management training improves teamwork. Clinical leadership requires trust.\n",
    "b.txt": "Management training undermines teamwork.\n",
    "c.txt": "Clinical leadership depends on trust.\n",
    "d.txt": "Management training does not improve teamwork.\n",
}
"""Four documents of our own that the real extractor turns into one contested claim (with its
opposite), a consensus and nothing else: a states what b contradicts and d denies."""


def build_claims_corpus(root: Path) -> Path:
    """`hlkg build` of CLAIMS_CORPUS under `root`; returns the build folder."""
    from kg.build import build_graph

    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    for name, text in CLAIMS_CORPUS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_graph([corpus], root / "hlkg-build", quiet=True)
    return root / "hlkg-build"


def chromium_available() -> bool:
    return Path(CHROMIUM).is_file() and shutil.which(CHROMIUM) is not None
