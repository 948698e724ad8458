"""Every named query on Virtuoso 7 against the seed articles' graph: other data than the mini
graph gives Virtuoso other query plans (its 7.2 release lost rows of `paths` on this one)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import virtuoso_server
from test_query_seed import SEED_EXAMPLES
from test_remote_virtuoso import PASSWORD, assert_same_rows

from kg.sparql import library

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory, seed_build: Path) -> Iterator[str]:
    """A Virtuoso of its own holding the seed graph, pushed with Digest credentials."""
    from kg import remote
    from kg.buildstore import open_store
    from kg.httpauth import connect

    with virtuoso_server(tmp_path_factory.mktemp("virtuoso-seed"), PASSWORD) as base:
        opener, (gsp,) = connect(
            f"{base}/sparql-graph-crud-auth", user="dba", environ={"HLKG_PASSWORD": PASSWORD}
        )
        remote.push(gsp, remote.graphs_of(open_store(seed_build)), True, 120, opener=opener)
        yield f"{base}/sparql"


@pytest.mark.parametrize("name", library.query_names())
def test_every_named_query_gives_the_same_rows_on_virtuoso(
    endpoint: str, seed_build: Path, name: str
) -> None:
    assert_same_rows(name, SEED_EXAMPLES.get(name, {}), seed_build, endpoint)
