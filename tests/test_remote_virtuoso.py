"""`hlkg push` and `hlkg query --endpoint` against Debian's Virtuoso 7, with the credentials its
Graph Store demands (HTTP Digest); skipped where the package virtuoso-opensource is missing."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
from servers import virtuoso_server
from test_query_library import EXAMPLES
from test_remote import run_main

from kg.buildstore import open_store
from kg.sparql import library, run
from kg.sparql.results import compact

pytestmark = pytest.mark.slow
PASSWORD = "Vx-" + secrets.token_hex(8)
"""A fresh dba password per run: the tests look for it in everything hlkg prints."""


def hlkg(args: list[str], password: str | None = PASSWORD) -> tuple[int, str, str]:
    """Run the CLI; whatever happens, the password must not be in what it printed."""
    env = {"HLKG_PASSWORD": password or ""}
    code, out, err = run_main(args, env)
    assert PASSWORD not in out + err
    return code, out, err


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One Virtuoso for the module: it takes seconds to start."""
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso"), PASSWORD) as base:
        yield base


@pytest.fixture(scope="module")
def pushed(virtuoso: str, mini_build: Path) -> str:
    gsp, sparql = f"{virtuoso}/sparql-graph-crud-auth", f"{virtuoso}/sparql"
    code, _, err = hlkg(
        ["push", "--endpoint", virtuoso, "--gsp", gsp, "--sparql", sparql, "--user", "dba",
         "--replace", "--build-dir", str(mini_build)]
    )
    assert code == 0, err
    # Virtuoso's default graph is the union of its graphs: the check finds the triples.
    sent = len(open_store(mini_build))  # the ontology's size changes as it grows
    assert err.splitlines() == [
        f"pushed {sent:,} triples in 4 graph(s) to {virtuoso}/sparql-graph-crud-auth"
    ]
    return f"{virtuoso}/sparql"


def comparable(results) -> list[tuple[str, ...]]:
    """Rows to compare across engines: whole literal values, and the parts of a
    GROUP_CONCAT in sorted order (SPARQL leaves their order to the engine)."""
    names = [v.value for v in results.variables]

    def cell(term) -> str:
        if isinstance(term, pyoxigraph.Literal) and term.datatype.value.endswith("#string"):
            return " | ".join(sorted(term.value.split(" | ")))
        return compact(term)

    return [tuple(cell(solution[n]) for n in names) for solution in results]


def assert_same_rows(name: str, given: dict[str, str], build: Path, endpoint: str) -> None:
    """A named query gives the same rows on the server as on the local build."""
    named = library.find(name)
    local = comparable(run.execute(named, given, store=open_store(build)))
    assert comparable(run.execute(named, given, endpoint=endpoint)) == local


@pytest.mark.parametrize("name", library.query_names())
def test_every_named_query_gives_the_same_rows_on_virtuoso(
    pushed: str, mini_build: Path, name: str
) -> None:
    assert_same_rows(name, EXAMPLES.get(name, {}), mini_build, pushed)


def test_the_default_request_is_answered_and_tables_read_the_same(
    pushed: str, mini_build: Path
) -> None:
    """Virtuoso 7 never answers a direct POST; the default URL-encoded POST and GET work."""
    args = ["query", "supports", "-p", "concept=clinical leadership"]
    _, local, _ = hlkg([*args, "--build-dir", str(mini_build)])
    for method in ("post", "get"):
        code, out, err = hlkg([*args, "--endpoint", pushed, "--method", method])
        assert code == 0, err
        assert out == local  # booleans too: Virtuoso's 0 and 1 show as false and true
    # A CONSTRUCT asks for RDF: offered results JSON first, Virtuoso answered with bindings.
    construct = ["query", "-e", "CONSTRUCT WHERE { ?d a hlkg:Document }", "-f", "ntriples"]
    code, out, err = hlkg([*construct, "--endpoint", pushed])
    assert code == 0, err
    _, local_triples, _ = hlkg([*construct, "--build-dir", str(mini_build)])
    assert sorted(out.splitlines()) == sorted(local_triples.splitlines())
    assert len(out.splitlines()) == 2


def test_a_wrong_or_missing_password_is_one_line(virtuoso: str, mini_build: Path) -> None:
    gsp = f"{virtuoso}/sparql-graph-crud-auth"
    base = ["push", "--endpoint", virtuoso, "--gsp", gsp, "--build-dir", str(mini_build)]
    code, _, err = hlkg([*base, "--user", "dba"], password="not-" + PASSWORD)
    assert code == 1
    assert err.count("\n") == 1
    assert "HTTP 401" in err and "refused" in err and "upload incomplete: 0 graph(s)" in err
    code, _, err = hlkg(base, password=None)
    assert code == 1
    assert "pass --user NAME" in err


def test_credentials_in_the_url(virtuoso: str, mini_build: Path) -> None:
    gsp = f"{virtuoso}/sparql-graph-crud-auth".replace("http://", f"http://dba:{PASSWORD}@")
    sparql = f"{virtuoso}/sparql"
    code, _, err = hlkg(
        ["push", "--endpoint", virtuoso, "--gsp", gsp, "--sparql", sparql, "--replace",
         "--build-dir", str(mini_build)],
        password=None,
    )
    assert code == 0, err
    assert f"to {virtuoso}/sparql-graph-crud-auth" in err


def test_a_large_upload_carries_its_credentials_from_the_first_byte(virtuoso: str) -> None:
    """Virtuoso cuts off an upload of a megabyte or more sent without credentials (broken
    pipe), so urllib's answer-the-challenge-and-resend could never finish one."""
    from kg import remote
    from kg.httpauth import connect

    opener, (gsp, sparql) = connect(
        f"{virtuoso}/sparql-graph-crud-auth", f"{virtuoso}/sparql", user="dba",
        environ={"HLKG_PASSWORD": PASSWORD},
    )
    lines = [
        f'<https://example.org/s{n}> <https://example.org/p> "a value of some length, {n}" .'
        for n in range(60_000)
    ]
    data = "\n".join(lines).encode("utf-8")
    assert len(data) > 4_000_000
    graph = "https://example.org/large"
    remote.put_graph(gsp, graph, data, True, 300, opener=opener)
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    assert remote.select_rows(sparql, count, opener=opener)[0][0].value == "60000"
    assert remote.delete_graph(gsp, graph, 300, opener=opener)
    assert remote.select_rows(sparql, count, opener=opener)[0][0].value == "0"
    assert not remote.delete_graph(gsp, graph, 60, opener=opener)  # gone: no error
