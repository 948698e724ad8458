"""`hlkg push` and `hlkg query --endpoint` against a real SPARQL server (oxigraph, from PyPI)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from servers import free_port, oxigraph_server
from test_query_library import EXAMPLES

from kg.cli import main
from kg.sparql import library, run
from kg.sparql.results import compact


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh oxigraph server on a free loopback port; queries see the union of graphs."""
    location = tmp_path_factory.mktemp("oxigraph")
    with oxigraph_server(location, union_default_graph=True) as base:
        yield base


def run_main(args: list[str]) -> tuple[int, str, str]:
    with CliRunner().isolation() as (out, err, _):
        try:
            main(args)
            code = 0
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        return code, out.getvalue().decode(), err.getvalue().decode()


@pytest.fixture(scope="module")
def pushed(server: str, mini_build: Path) -> str:
    code, _, err = run_main(
        ["push", "--endpoint", server, "--replace", "--build-dir", str(mini_build)]
    )
    assert code == 0, err
    assert "in 4 graph(s)" in err
    return server


def rows_of(results) -> list[tuple[str, ...]]:
    names = [v.value for v in results.variables]
    return [tuple(compact(s[n]) for n in names) for s in results]


@pytest.mark.parametrize("name", library.query_names())
def test_every_named_query_gives_the_same_rows_remotely(
    pushed: str, mini_build: Path, name: str
) -> None:
    from kg.buildstore import open_store

    named = library.find(name)
    given = EXAMPLES.get(name, {})
    local = rows_of(run.execute(named, given, store=open_store(mini_build)))
    remote = rows_of(run.execute(named, given, endpoint=f"{pushed}/query"))
    assert remote == local


def test_push_keeps_named_graphs(pushed: str) -> None:
    code, out, _ = run_main(
        [
            "query",
            "-e",
            "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
            "-f",
            "csv",
            "--endpoint",
            f"{pushed}/query",
        ]
    )
    assert code == 0
    assert out.splitlines() == ["n", "4"]


def test_query_endpoint_formats_and_labels(pushed: str) -> None:
    code, out, err = run_main(
        ["query", "supports", "-p", "concept=clinical leadership", "--endpoint", f"{pushed}/query"]
    )
    assert code == 0, err
    assert "hlkg:QualityOfCare" in out
    assert err.strip() == "3 rows"
    code, out, _ = run_main(
        [
            "query",
            "-e",
            "CONSTRUCT WHERE { ?d a hlkg:Document }",
            "-f",
            "ntriples",
            "--endpoint",
            f"{pushed}/query",
        ]
    )
    assert code == 0
    assert out.count("\n") == 2


def test_push_to_the_default_graph_appends_or_replaces(server: str, mini_build: Path) -> None:
    gsp = f"{server}/store"
    for _ in range(2):
        code, _, err = run_main(
            [
                "push",
                "--endpoint",
                server,
                "--default-graph",
                "--replace",
                "--gsp",
                gsp,
                "--build-dir",
                str(mini_build),
            ]
        )
        assert code == 0, err
        assert "in 1 graph(s)" in err


def test_unreachable_endpoint_is_one_line(mini_build: Path) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    code, _, err = run_main(["query", "statistics", "--endpoint", f"{dead}/query"])
    assert code == 1
    assert err.count("\n") == 1
    assert "cannot reach" in err and "Traceback" not in err
    code, _, err = run_main(["push", "--endpoint", dead, "--build-dir", str(mini_build)])
    assert code == 1
    assert err.count("\n") == 1
    assert "cannot reach" in err
    assert "pushed" not in err


def test_http_error_is_one_line_and_partial_upload_is_not_success(
    server: str, mini_build: Path
) -> None:
    code, _, err = run_main(
        ["push", "--endpoint", f"{server}/nothing", "--build-dir", str(mini_build)]
    )
    assert code == 1
    assert "HTTP 404" in err
    assert "upload incomplete: 0 graph(s) sent" in err
    assert "pushed" not in err
    code, _, err = run_main(
        ["query", "-e", "SELECT * WHERE { ?s ?p ?o }", "--endpoint", f"{server}/nothing"]
    )
    assert code == 1
    assert "HTTP 404" in err


def test_update_and_service_are_refused_before_reaching_the_server() -> None:
    dead = f"http://127.0.0.1:{free_port()}/query"
    code, _, err = run_main(["query", "-e", "DROP ALL", "--endpoint", dead])
    assert code == 2
    assert "read-only" in err
    code, _, err = run_main(
        ["query", "-e", "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", "--endpoint", dead]
    )
    assert code == 2
    assert "--allow-service" in err


def test_non_http_endpoints_are_refused() -> None:
    code, _, err = run_main(["query", "statistics", "--endpoint", "file:///etc/passwd"])
    assert code == 2
    assert "http://" in err
