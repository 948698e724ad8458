"""Fixtures shared by the whole suite: the corpora and built graphs to test against."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_CORPUS = REPO_ROOT.parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def seed_corpus() -> Path:
    """The two seed articles (../shared/corpus); the real input the graph is built from."""
    if not (SEED_CORPUS / "edwards-2005-doctors-and-managers.txt").is_file():
        pytest.skip("the seed corpus ../shared/corpus is not beside this checkout")
    return SEED_CORPUS


@pytest.fixture(scope="session")
def seed_build(seed_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder holding the graph built from the seed corpus (built once per session)."""
    from kg.build import build_graph

    build_dir = tmp_path_factory.mktemp("seed") / "hlkg-build"
    build_graph([seed_corpus], build_dir, quiet=True)
    return build_dir


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder holding the graph of the bundled sample corpus."""
    from kg.build import build_graph

    build_dir = tmp_path_factory.mktemp("sample") / "hlkg-build"
    build_graph(None, build_dir, quiet=True)
    return build_dir


@pytest.fixture(scope="session")
def mini_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build folder holding the ontology and the hand-made data of tests/fixtures/mini-graph.trig.

    It follows the provenance model exactly and does not depend on the extractor, so the
    query, export and view tests can assert exact results.
    """
    import pyoxigraph

    from kg.buildstore import build_lock, new_build, store_path, write_manifest
    from kg.namespaces import ONTOLOGY_GRAPH
    from kg.ontology import ontology_files

    build_dir = tmp_path_factory.mktemp("mini") / "hlkg-build"
    with build_lock(build_dir), new_build(build_dir) as build:
        store = pyoxigraph.Store(str(store_path(build)))
        store.bulk_load(path=str(FIXTURES / "mini-graph.trig"), format=pyoxigraph.RdfFormat.TRIG)
        ontology_graph = pyoxigraph.NamedNode(ONTOLOGY_GRAPH)
        for path in ontology_files():
            store.bulk_load(
                path=str(path), format=pyoxigraph.RdfFormat.TURTLE, to_graph=ontology_graph
            )
        store.flush()
        del store
        write_manifest(build, {"fixture": "mini-graph.trig"})
    return build_dir


@pytest.fixture(scope="session")
def extractor():  # -> kg.extract.Extractor
    """The real extractor on the shipped ontology, made once for every test that needs it."""
    from kg.extract import Extractor
    from kg.ontology import load_ontology

    return Extractor.from_ontology(load_ontology())
