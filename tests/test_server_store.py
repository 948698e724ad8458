"""`hlkg build --store-endpoint`: the graph loaded into a real Oxigraph server (PyPI oxigraph)
over the Graph Store Protocol, updated document by document, and read back by the commands."""

from __future__ import annotations

import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from own_corpus import write_corpus
from servers import basic_auth_proxy, free_port, oxigraph_server

from kg.build import build_graph
from kg.buildstore import open_store, read_manifest, store_path
from kg.errors import HlkgError
from kg.namespaces import ONTOLOGY_GRAPH
from kg.server_store import GraphServer


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    with oxigraph_server(tmp_path / "oxigraph", union_default_graph=True) as base:
        yield base


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", 8, 5)


def server_graphs(base: str) -> dict[str, set]:
    """Every named graph on the server with its triples, read back over the Graph Store."""
    query = urllib.parse.quote("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    request = urllib.request.Request(
        f"{base}/query?query={query}", headers={"Accept": "application/sparql-results+json"}
    )
    with urllib.request.urlopen(request) as response:
        results = pyoxigraph.parse_query_results(
            response.read(), format=pyoxigraph.QueryResultsFormat.JSON
        )
    graphs = {}
    for solution in results:
        name = solution["g"].value
        request = urllib.request.Request(
            f"{base}/store?{urllib.parse.urlencode({'graph': name})}",
            headers={"Accept": "application/n-triples"},
        )
        with urllib.request.urlopen(request) as response:
            data = response.read()
        graphs[name] = {
            q.triple for q in pyoxigraph.parse(data, format=pyoxigraph.RdfFormat.N_TRIPLES)
        }
    return graphs


def local_graphs(build_dir: Path) -> dict[str, set]:
    store = open_store(build_dir)
    return {
        graph.value: {quad.triple for quad in store.quads_for_pattern(None, None, None, graph)}
        for graph in store.named_graphs()
    }


def assert_same_graphs(on_server: dict[str, set], local: dict[str, set]) -> None:
    """Equal graph by graph; the ontology's blank nodes get the server's labels, so its
    graph is compared with them set aside (and counted)."""
    assert on_server.keys() == local.keys()
    for name, triples in local.items():
        if name == ONTOLOGY_GRAPH:
            named = {t for t in triples if not _has_blank(t)}
            assert {t for t in on_server[name] if not _has_blank(t)} == named
            assert len(on_server[name]) == len(triples)
        else:
            assert on_server[name] == triples, name


def _has_blank(triple: pyoxigraph.Triple) -> bool:
    return isinstance(triple.subject, pyoxigraph.BlankNode) or isinstance(
        triple.object, pyoxigraph.BlankNode
    )


def test_a_build_loads_the_server_and_an_update_replaces_one_document(
    server: str, corpus: Path, tmp_path: Path
) -> None:
    build_dir = tmp_path / "b"
    first = build_graph([corpus], build_dir, quiet=True, server=GraphServer.at(server))
    assert first.documents == 8
    local_dir = tmp_path / "local"
    build_graph([corpus], local_dir, quiet=True)
    assert_same_graphs(server_graphs(server), local_graphs(local_dir))
    current = (build_dir / "current").resolve()
    assert not store_path(current).exists()
    assert sorted(p.name for p in current.iterdir()) == ["manifest.json", "tallies.txt"]
    assert read_manifest(current)["server"] == {
        "query": f"{server}/query",
        "gsp": f"{server}/store",
    }

    (corpus / "note-002.txt").write_text(
        "A new note\n\nTeamwork supports patient safety. Managers value trust.\n",
        encoding="utf-8",
    )
    (corpus / "note-005.txt").unlink()
    updated = build_graph([corpus], build_dir, quiet=True, server=GraphServer.at(server))
    assert updated.kept == 6 and updated.documents == 7
    fresh_dir = tmp_path / "fresh"
    build_graph([corpus], fresh_dir, quiet=True)
    expected = local_graphs(fresh_dir)
    on_server = server_graphs(server)
    assert_same_graphs(on_server, expected)
    assert not any(name.endswith("note-005") for name in on_server)

    again = build_graph([corpus], build_dir, quiet=True, server=GraphServer.at(server))
    assert again.unchanged
    assert_same_graphs(server_graphs(server), expected)
    # The same corpus built into the build folder instead: a graph of its own, not a copy.
    local = build_graph([corpus], build_dir, quiet=True)
    assert not local.unchanged and local.kept == 0
    assert local_graphs(build_dir) == local_graphs(fresh_dir)


def test_commands_read_the_graph_from_the_server_the_build_names(
    server: str, corpus: Path, tmp_path: Path
) -> None:
    from kg.cli import cli

    build_dir = tmp_path / "b"
    build_graph([corpus], build_dir, quiet=True, server=GraphServer.at(server))
    local_dir = tmp_path / "local"
    build_graph([corpus], local_dir, quiet=True)
    runner = CliRunner()
    for args in (["query", "statistics", "-f", "csv"], ["claims"]):
        remote = runner.invoke(cli, [*args, "--build-dir", str(build_dir)])
        local = runner.invoke(cli, [*args, "--build-dir", str(local_dir)])
        assert remote.exit_code == 0, remote.output
        assert remote.output == local.output
    pages = []
    for folder in (build_dir, local_dir):
        out = tmp_path / f"view-{folder.name}.html"
        result = runner.invoke(
            cli, ["view", "concepts", "--build-dir", str(folder), "--output", str(out)]
        )
        assert result.exit_code == 0, result.output
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
    with pytest.raises(HlkgError, match="on the SPARQL server"):
        open_store(build_dir).dump(format=pyoxigraph.RdfFormat.N_QUADS)


def test_an_unreachable_server_fails_in_one_line_and_keeps_the_previous_graph(
    server: str, corpus: Path, tmp_path: Path
) -> None:
    from kg.cli import main

    build_dir = tmp_path / "b"
    build_graph([corpus], build_dir, quiet=True)
    before = (build_dir / "current").resolve()
    (corpus / "note-001.txt").write_text("Trust improves teamwork.\n", encoding="utf-8")
    nowhere = f"http://127.0.0.1:{free_port()}"
    runner = CliRunner()
    with runner.isolation() as (_, err, _):
        with pytest.raises(SystemExit) as stop:
            main(
                [
                    "build",
                    "--corpus",
                    str(corpus),
                    "--build-dir",
                    str(build_dir),
                    "--store-endpoint",
                    nowhere,
                ]
            )
        message = err.getvalue().decode()
    assert stop.value.code == 1
    assert message.count("\n") == 1 and nowhere in message, message
    assert (build_dir / "current").resolve() == before
    assert len(list((build_dir / "builds").iterdir())) == 1


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--store-endpoint", "ftp://example.org/store"], "must be an http:// or https:// URL"),
        (["--store-gsp", "http://127.0.0.1:1/store"], "go with --store-endpoint"),
    ],
)
def test_bad_store_options_are_one_line_before_anything_is_built(
    args: list[str], expected: str, corpus: Path, tmp_path: Path
) -> None:
    from kg.cli import main

    build_dir = tmp_path / "b"
    with CliRunner().isolation() as (_, err, _):
        with pytest.raises(SystemExit) as stop:
            main(["build", "--corpus", str(corpus), "--build-dir", str(build_dir), *args])
        message = err.getvalue().decode()
    assert stop.value.code == 2
    assert message.count("\n") == 1 and expected in message, message
    assert not build_dir.exists()


def test_a_server_behind_basic_auth_is_written_and_read_with_the_users_credentials(
    server: str, corpus: Path, tmp_path: Path
) -> None:
    """Writes with --user and $HLKG_PASSWORD; then view, site and ask read with --user or
    $HLKG_USER: the build folder holds no credentials, so each command logs in itself."""
    from test_remote import run_main

    secret = "Basic-" + "7" * 12
    home = tmp_path / "home"  # no ~/.netrc
    home.mkdir()
    env = {"HOME": str(home), "HLKG_PASSWORD": secret}
    build_dir, local_dir = tmp_path / "b", tmp_path / "local"
    build_graph([corpus], local_dir, quiet=True)
    outputs = []
    with basic_auth_proxy(server, "alice", secret) as guarded:
        args = ["build", "--corpus", str(corpus), "--build-dir", str(build_dir), "-q"]
        code, out, err = run_main([*args, "--store-endpoint", guarded, "--user", "alice"], env)
        outputs += [out, err]
        assert code == 0, err
        assert read_manifest(build_dir / "current")["server"]["query"] == f"{guarded}/query"
        # view logs in with --user, site with $HLKG_USER: the same pages as a local build's.
        for name, login in (("view", ["--user", "alice"]), ("site", [])):
            pages = []
            for folder, extra in ((build_dir, login), (local_dir, [])):
                target = tmp_path / f"{name}-{folder.name}"
                command = ["view", "concepts", "--output"] if name == "view" else ["site"]
                code, out, err = run_main(
                    [*command, str(target), "--build-dir", str(folder), *extra],
                    {**env, "HLKG_USER": "alice"},
                )
                outputs += [out, err]
                assert code == 0, err
                page = target if name == "view" else target / "index.html"
                pages.append(page.read_bytes())
            assert pages[0] == pages[1], name
        question = ["ask", "what does teamwork support?"]
        login = ["--build-dir", str(build_dir), "--user", "alice"]
        code, remote, err = run_main([*question, *login], env)
        assert code == 0, err
        assert remote == run_main([*question, "--build-dir", str(local_dir)], env)[1]
        code, out, err = run_main([*question, "--build-dir", str(build_dir)], {"HOME": str(home)})
        outputs += [out, err]
        assert code == 1 and "401" in err and "pass --user NAME" in err
    assert not any(secret in text for text in outputs)


def test_user_info_of_the_base_url_logs_in_even_when_both_other_urls_are_given() -> None:
    server = GraphServer.at(
        "http://alice:s3cret@127.0.0.1:9",
        gsp="http://127.0.0.1:9/data",
        query="http://127.0.0.1:9/sparql",
    )
    assert server.record() == {
        "gsp": "http://127.0.0.1:9/data",
        "query": "http://127.0.0.1:9/sparql",
    }
    assert server.opener.credentials is not None
    assert server.opener.credentials.user == "alice" and "s3cret" not in repr(server)


def test_a_build_with_a_user_but_no_password_stops_before_anything_is_written(
    corpus: Path, tmp_path: Path
) -> None:
    from test_remote import run_main

    home = tmp_path / "home"  # no ~/.netrc, no $HLKG_PASSWORD, no terminal to prompt on
    home.mkdir()
    build_dir = tmp_path / "b"
    nowhere = f"http://127.0.0.1:{free_port()}"
    args = ["build", "--corpus", str(corpus), "--build-dir", str(build_dir)]
    code, out, err = run_main(
        [*args, "--store-endpoint", nowhere, "--user", "dba"],
        {"HOME": str(home), "HLKG_PASSWORD": ""},
    )
    assert code == 2 and err.count("\n") == 1, err
    assert "no password for dba at 127.0.0.1: set HLKG_PASSWORD" in err
    assert not build_dir.exists() and out == ""


def _failing_corpus_upload(monkeypatch: pytest.MonkeyPatch, after: int) -> None:
    """The server answers `after` PUTs or POSTs of the corpus graph, then fails one (the
    next, putting it back, succeeds)."""
    from kg.namespaces import CORPUS_GRAPH

    calls = {"corpus": 0}
    original = GraphServer.put

    def put(self: GraphServer, graph: str, ntriples: bytes, *, add: bool = False) -> None:
        if graph == CORPUS_GRAPH:
            calls["corpus"] += 1
            if calls["corpus"] == after + 1:
                raise HlkgError(f"store: {self.gsp} answered 503 Service Unavailable")
        original(self, graph, ntriples, add=add)

    monkeypatch.setattr(GraphServer, "put", put)


def test_a_build_that_fails_on_the_server_puts_it_back_as_it_was(
    server: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_dir = tmp_path / "b"
    build_graph([corpus], build_dir, quiet=True, server=GraphServer.at(server))
    before = server_graphs(server)
    current = (build_dir / "current").resolve()
    # An edited, a removed and a new document: their graphs are written before the corpus
    # graph, whose upload then fails.
    (corpus / "note-002.txt").write_text("Teamwork supports patient safety.\n", encoding="utf-8")
    (corpus / "note-005.txt").unlink()
    (corpus / "note-100.txt").write_text("Managers value trust.\n", encoding="utf-8")
    _failing_corpus_upload(monkeypatch, after=0)
    with pytest.raises(HlkgError) as failed:
        build_graph([corpus], build_dir, quiet=True, server=GraphServer.at(server))
    assert "answered 503" in str(failed.value)
    assert "the server was put back as the previous build left it" in str(failed.value)
    assert_same_graphs(server_graphs(server), before)
    assert (build_dir / "current").resolve() == current
    assert not (build_dir / "server-leftovers.txt").exists()


def test_when_putting_the_server_back_fails_too_the_error_says_so_and_the_next_build_mends_it(
    server: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_dir = tmp_path / "b"
    build_graph([corpus], build_dir, quiet=True, server=GraphServer.at(server))
    (corpus / "note-100.txt").write_text("Managers value trust.\n", encoding="utf-8")
    _failing_corpus_upload(monkeypatch, after=0)
    original_delete = GraphServer.delete

    def unreachable(self: GraphServer, graph: str) -> None:
        raise HlkgError(f"store: cannot reach {self.gsp}: Connection refused")

    monkeypatch.setattr(GraphServer, "delete", unreachable)
    with pytest.raises(HlkgError) as failed:
        build_graph([corpus], build_dir, quiet=True, server=GraphServer.at(server))
    message = str(failed.value)
    assert message.startswith(f"store: {server}/store answered 503")
    assert "putting the server back failed too (store: cannot reach" in message
    assert "graphs this build wrote still hold its data" in message
    assert "\n" not in message
    leftovers = (build_dir / "server-leftovers.txt").read_text(encoding="utf-8").split()
    assert leftovers == ["https://w3id.org/hlkg/data/doc/note-100"]
    assert leftovers[0] in server_graphs(server)
    # The server works again and the new document is gone: the next build deletes its graph.
    monkeypatch.setattr(GraphServer, "delete", original_delete)
    (corpus / "note-100.txt").unlink()
    (corpus / "note-001.txt").write_text("Trust improves teamwork.\n", encoding="utf-8")
    build_graph([corpus], build_dir, quiet=True, server=GraphServer.at(server))
    build_graph([corpus], tmp_path / "local", quiet=True)
    assert_same_graphs(server_graphs(server), local_graphs(tmp_path / "local"))
    assert not (build_dir / "server-leftovers.txt").exists()
