"""`hlkg push` and `hlkg query --endpoint` against a real SPARQL server (oxigraph, from PyPI)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from servers import basic_auth_proxy, free_port, oxigraph_server
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


def run_main(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str, str]:
    with CliRunner().isolation(env=env) as (out, err, _):
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


@pytest.mark.parametrize("method", ["post", "get", "direct"])
def test_every_request_method_gives_the_same_answer(pushed: str, method: str) -> None:
    args = ["query", "supports", "-p", "concept=clinical leadership", "-f", "csv"]
    code, out, err = run_main([*args, "--endpoint", f"{pushed}/query", "--method", method])
    assert code == 0, err
    assert out.splitlines()[0].startswith("object,property,")
    assert len(out.splitlines()) == 4


def test_the_cli_methods_are_the_library_methods() -> None:
    from kg import remote
    from kg.cli import query

    assert query.METHODS == remote.METHODS


def test_push_says_how_to_fix_a_default_graph_that_hides_the_named_graphs(
    tmp_path: Path, mini_build: Path
) -> None:
    with oxigraph_server(tmp_path / "plain") as base:  # no --union-default-graph
        args = ["push", "--endpoint", base, "--build-dir", str(mini_build), "--replace"]
        code, _, err = run_main(args)
        assert code == 0, err
        lines = err.splitlines()
        assert len(lines) == 2 and lines[0].startswith("pushed ")
        assert lines[1].startswith(f"hlkg: warning: queries at {base}/query do not see")
        for fix in ("--union-default-graph", "unionDefaultGraph", "--default-graph"):
            assert fix in lines[1]
        # Into the default graph itself, the queries see the triples: no warning.
        code, _, err = run_main([*args, "--default-graph"])
        assert code == 0, err
        assert len(err.splitlines()) == 1
        code, _, err = run_main([*args, "--no-check"])
        assert err.startswith("pushed ") and len(err.splitlines()) == 1
        # A query URL that is not one: the check says it could not look, the push stands.
        code, _, err = run_main([*args, "--sparql", f"{base}/nothing"])
        assert code == 0
        assert "could not check" in err.splitlines()[1] and "HTTP 404" in err


def test_no_warning_when_the_default_graph_is_the_union(server: str, mini_build: Path) -> None:
    code, _, err = run_main(["push", "--endpoint", server, "--build-dir", str(mini_build)])
    assert code == 0, err
    assert len(err.splitlines()) == 1


SECRET = "Correct-Horse-7731"


@pytest.fixture(scope="module")
def guarded(server: str, pushed: str) -> Iterator[str]:
    """The union-graph server behind a proxy that demands Basic credentials (alice)."""
    with basic_auth_proxy(server, "alice", SECRET) as base:
        yield base


def test_basic_credentials_from_the_environment(guarded: str, mini_build: Path) -> None:
    env = {"HLKG_PASSWORD": SECRET}
    outputs = []
    code, out, err = run_main(
        ["push", "--endpoint", guarded, "--user", "alice", "--build-dir", str(mini_build)], env
    )
    outputs += [out, err]
    assert code == 0, err
    assert "in 4 graph(s)" in err and "warning" not in err
    code, out, err = run_main(
        ["query", "statistics", "--endpoint", f"{guarded}/query", "--user", "alice", "-f", "csv"],
        env,
    )
    outputs += [out, err]
    assert code == 0, err
    assert len(out.splitlines()) == 2
    assert not any(SECRET in text for text in outputs)


def test_credentials_in_the_url_work_and_are_never_printed(guarded: str) -> None:
    url = guarded.replace("http://", f"http://alice:{SECRET}@") + "/query"
    code, out, err = run_main(["query", "statistics", "--endpoint", url, "-f", "csv"])
    assert code == 0, err
    # A URL whose server is down: the error names it without its user-info.
    dead = f"http://alice:{SECRET}@127.0.0.1:{free_port()}/query"
    code, out, err = run_main(["query", "statistics", "--endpoint", dead])
    assert code == 1
    assert SECRET not in out + err
    assert "cannot reach http://127.0.0.1:" in err and "alice" not in err
    code, _, err = run_main(["query", "statistics", "--endpoint", f"ftp://bob:{SECRET}@x/"])
    assert code == 2 and SECRET not in err and "ftp://***@x/" in err


def test_refused_and_missing_credentials_are_one_line(guarded: str) -> None:
    query_url = f"{guarded}/query"
    code, out, err = run_main(
        ["query", "statistics", "--endpoint", query_url, "--user", "alice"],
        {"HLKG_PASSWORD": "wrong-" + SECRET},
    )
    assert code == 1
    assert err.count("\n") == 1 and "HTTP 401" in err and "refused" in err
    assert SECRET not in out + err
    code, _, err = run_main(["query", "statistics", "--endpoint", query_url])
    assert code == 1 and "pass --user NAME" in err
    # No password anywhere and no terminal to ask on: say where one can come from.
    code, _, err = run_main(
        ["query", "statistics", "--endpoint", query_url, "--user", "alice"],
        {"HLKG_PASSWORD": "", "HOME": "/nonexistent"},
    )
    assert code == 2
    assert err.count("\n") == 1
    assert "HLKG_PASSWORD" in err and "~/.netrc" in err and "terminal" in err
    code, _, err = run_main(
        ["query", "statistics", "--endpoint", query_url.replace("//", "//bob@"), "--user", "eve"]
    )
    assert code == 2 and "different users" in err


def test_credentials_from_netrc(guarded: str, tmp_path: Path) -> None:
    host = "127.0.0.1"
    netrc = tmp_path / ".netrc"
    netrc.write_text(f"machine {host}\n  login alice\n  password {SECRET}\n", encoding="utf-8")
    netrc.chmod(0o600)
    env = {"HOME": str(tmp_path), "HLKG_PASSWORD": ""}
    args = ["query", "statistics", "--endpoint", f"{guarded}/query", "-f", "csv"]
    for extra in ([], ["--user", "alice"]):  # the entry names the user, or --user does
        code, out, err = run_main([*args, *extra], env)
        assert code == 0, err
        assert SECRET not in out + err
    # Another user's entry is not used for alice.
    netrc.write_text(f"machine {host} login carol password {SECRET}\n", encoding="utf-8")
    code, _, err = run_main([*args, "--user", "alice"], env)
    assert code == 2 and "no password for alice" in err
    # A file others can read is refused, as curl and Python refuse it.
    netrc.chmod(0o644)
    code, _, err = run_main(args, env)
    assert code == 1 and "access too permissive" in err and SECRET not in err
    # A malformed file is named by line, never quoted: Python's own message would quote it.
    netrc.write_text(f"machine {host} login alice password {SECRET} {SECRET}x\n", "utf-8")
    netrc.chmod(0o600)
    code, _, err = run_main(args, env)
    assert code == 1 and err.count("\n") == 1
    assert ".netrc, line 2: not a .netrc file" in err and SECRET not in err  # (its count)


def test_the_password_prompt_on_a_terminal(guarded: str, tmp_path: Path) -> None:
    """A real terminal (a pty): the prompt names the user and host; nothing echoes."""
    import os
    import pty
    import select
    import subprocess
    import sys

    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "HLKG_PASSWORD"}
    env["HOME"] = str(tmp_path)
    argv = ["query", "statistics", "-f", "csv", "--endpoint", f"{guarded}/query", "--user", "alice"]
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", *argv],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
        start_new_session=True,  # the pty becomes the child's controlling terminal
    )
    os.close(follower)
    seen = b""
    try:
        while b"password for alice at 127.0.0.1: " not in seen:
            ready, _, _ = select.select([leader], [], [], 30)
            assert ready, seen
            seen += os.read(leader, 1024)
        os.write(leader, SECRET.encode() + b"\n")
        while process.poll() is None or select.select([leader], [], [], 0.2)[0]:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        assert process.wait(timeout=60) == 0, seen
    finally:
        if process.poll() is None:
            process.kill()
        os.close(leader)
    text = seen.decode("utf-8", "replace")
    assert "documents" in text  # the statistics' header
    assert SECRET not in text


def test_even_an_internal_error_hides_user_info(
    monkeypatch: pytest.MonkeyPatch, mini_build: Path
) -> None:
    from kg import remote

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"unexpected answer from http://alice:{SECRET}@example.org/store")

    monkeypatch.setattr(remote, "push", broken)
    code, _, err = run_main(["push", "--endpoint", "http://127.0.0.1:9", "--build-dir",
                             str(mini_build)])
    assert code == 70
    assert "internal error" in err and SECRET not in err and "http://***@example.org" in err


@pytest.mark.parametrize("command", [["query", "statistics"], ["claims"], ["site", "out"]])
def test_user_for_a_local_graph_is_a_usage_error(
    command: list[str], mini_build: Path, tmp_path: Path
) -> None:
    if command[0] == "site":
        command = ["site", str(tmp_path / "out")]
    args = [*command, "--user", "alice", "--build-dir", str(mini_build)]
    code, _, err = run_main(args)
    assert code == 2 and "--user is for a graph on a SPARQL server" in err
    assert not (tmp_path / "out").exists()
    # $HLKG_USER may be set for other builds: a local graph just needs no login.
    code, _, err = run_main([*command, "--build-dir", str(mini_build)], {"HLKG_USER": "alice"})
    assert code == 0, err


def test_build_user_without_a_store_endpoint_is_a_usage_error(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Trust supports teamwork.\n", encoding="utf-8")
    args = ["build", "--corpus", str(corpus), "--build-dir", str(tmp_path / "b"), "--user", "al"]
    code, _, err = run_main(args)
    assert code == 2 and "go with --store-endpoint" in err and err.count("\n") == 1
    assert not (tmp_path / "b").exists()


def test_blank_node_labels_a_parser_rejects_are_renamed_consistently() -> None:
    import json

    import pyoxigraph

    from kg.remote import _with_valid_blank_nodes

    answer = {
        "head": {"vars": ["x", "y"]},
        "results": {"bindings": [
            {"x": {"type": "bnode", "value": "nodeID://b10006"},
             "y": {"type": "bnode", "value": "b7"}},
            {"x": {"type": "bnode", "value": "nodeID://b10006"},
             "y": {"type": "uri", "value": "nodeID://b10006"}},
        ]},
    }
    body = json.dumps(answer).encode()
    fixed = json.loads(_with_valid_blank_nodes(body))["results"]["bindings"]
    assert fixed[0]["x"]["value"] == fixed[1]["x"]["value"] != "nodeID://b10006"
    assert fixed[0]["y"]["value"] == "b7"  # a valid label is kept
    assert fixed[1]["y"]["value"] == "nodeID://b10006"  # an IRI is no blank node
    rows = list(pyoxigraph.parse_query_results(
        _with_valid_blank_nodes(body), format=pyoxigraph.QueryResultsFormat.JSON
    ))
    assert rows[0]["x"] == rows[1]["x"]
    assert _with_valid_blank_nodes(b'{"boolean": true}') == b'{"boolean": true}'
