"""`hlkg build --store-endpoint` into Debian's Virtuoso 7, whose Graph Store (writes) and
`/sparql-auth` endpoint (reads) both demand HTTP Digest, then `hlkg query` and `hlkg claims`
on that build in other commands; skipped where the package virtuoso-opensource is missing."""

from __future__ import annotations

import secrets
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from own_corpus import write_corpus
from servers import virtuoso_server
from test_remote import run_main

from kg.build import build_graph
from kg.buildstore import current_build, read_manifest

pytestmark = pytest.mark.slow
PASSWORD = "Vs-" + secrets.token_hex(8)
"""A fresh dba password per run: the test looks for it in everything hlkg prints or writes."""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One Virtuoso for the module (it takes seconds to start); only the one test below
    writes to it, so that xdist workers never share its data."""
    with virtuoso_server(tmp_path_factory.mktemp("virtuoso-store"), PASSWORD) as base:
        yield base


def hlkg(args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    """Run the CLI with no ~/.netrc to fall back on; the password must not be in its output."""
    code, out, err = run_main(args, env)
    assert PASSWORD not in out + err
    assert urllib.parse.quote(PASSWORD, safe="") not in out + err
    return code, out, err


def test_a_build_on_virtuoso_with_digest_is_read_back_with_credentials(
    virtuoso: str, tmp_path: Path
) -> None:
    home = tmp_path / "home"  # no ~/.netrc: the password comes only from where each run says
    home.mkdir()
    corpus = write_corpus(tmp_path / "corpus", 6, 4)
    build_dir, local_dir = tmp_path / "on-server", tmp_path / "local"
    gsp, sparql = f"{virtuoso}/sparql-graph-crud-auth", f"{virtuoso}/sparql-auth"
    where = ["--store-gsp", gsp, "--store-query", sparql]
    with_password = {"HOME": str(home), "HLKG_PASSWORD": PASSWORD}

    # Written with the password in the URL's user-info, which is accepted and never kept.
    with_user_info = virtuoso.replace("//", f"//dba:{urllib.parse.quote(PASSWORD)}@")
    code, out, err = hlkg(
        ["build", "--corpus", str(corpus), "--build-dir", str(build_dir),
         "--store-endpoint", with_user_info, *where],
        {"HOME": str(home)},
    )
    assert code == 0, err
    assert read_manifest(current_build(build_dir))["server"] == {"gsp": gsp, "query": sparql}
    build_graph([corpus], local_dir, quiet=True)

    # Read in other commands: --user, or $HLKG_USER, with the password from $HLKG_PASSWORD.
    def same_as_local(args: list[str], login: list[str], env: dict[str, str]) -> None:
        code, remote, err = hlkg([*args, "--build-dir", str(build_dir), *login], env)
        assert code == 0, err
        code, local, err = hlkg([*args, "--build-dir", str(local_dir)], {"HOME": str(home)})
        assert code == 0, err
        assert remote == local

    same_as_local(["query", "statistics", "-f", "csv"], ["--user", "dba"], with_password)
    same_as_local(
        ["query", "concept-documents", "-p", "concept=teamwork", "-f", "csv"],
        [],
        {**with_password, "HLKG_USER": "dba"},
    )
    # The views read with kg.network's queries and list every claim: the same pages. (`hlkg
    # claims` and `site` read the same ways; each costs Virtuoso's planner seconds here.)
    for view in (["view", "concepts", "--output"], ["view", "claims", "--output"]):
        pages = []
        for folder, login in ((build_dir, ["--user", "dba"]), (local_dir, [])):
            target = tmp_path / f"{'-'.join(view[:2])}-{folder.name}"
            code, _, err = hlkg(
                [*view, str(target), "--build-dir", str(folder), *login], with_password
            )
            assert code == 0, err
            pages.append(target.read_bytes())
        assert pages[0] == pages[1], view

    # An answer Virtuoso cuts at its ResultSetMaxRows (10,000) is refused, not shown in part.
    pairs = "SELECT ?a ?b WHERE { ?a a owl:Class . ?b a owl:Class }"  # ~100 classes, squared
    code, out, err = hlkg(
        ["query", "-e", pairs, "--build-dir", str(build_dir), "--user", "dba"], with_password
    )
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "cut its answer at its limit of 10000 rows" in err and "ResultSetMaxRows" in err
    # Virtuoso's blank node labels ("nodeID://b10006") are no labels to pyoxigraph: renamed.
    for form in ("SELECT ?x ?p", "CONSTRUCT { ?x ?p ?o }"):
        code, out, err = hlkg(
            ["query", "-e", form + " WHERE { ?x ?p ?o FILTER(isBlank(?x)) } LIMIT 3",
             "--build-dir", str(build_dir), "--user", "dba", "--format", "ntriples"
             if form.startswith("CONSTRUCT") else "tsv"],
            with_password,
        )
        assert code == 0, err
        assert len(out.splitlines()) == 3 + form.startswith("SELECT") and "_:" in out
    # One that has exactly as many rows as the limit is whole, and shown.
    code, out, err = hlkg(
        ["query", "-e", pairs + " LIMIT 10000", "--build-dir", str(build_dir), "--user", "dba",
         "--format", "tsv"],
        with_password,
    )
    assert code == 0, err
    assert len(out.splitlines()) == 1 + 10000

    # Without a login the server's refusal is one line that says what to do.
    code, _, err = hlkg(["query", "statistics", "--build-dir", str(build_dir)], {"HOME": str(home)})
    assert code == 1 and err.count("\n") == 1
    assert f"{sparql} answered HTTP 401" in err and "pass --user NAME" in err

    # An update of one document replaces its graph: its old text is gone from the server.
    (corpus / "note-002.txt").write_text(
        "A revised note\n\nTeamwork supports patient safety. Trust improves teamwork.\n",
        encoding="utf-8",
    )
    code, out, err = hlkg(
        ["build", "--corpus", str(corpus), "--build-dir", str(build_dir),
         "--store-endpoint", virtuoso, *where, "--user", "dba"],
        with_password,
    )
    assert code == 0, err
    assert "(5 kept from the previous graph" in out, out
    build_graph([corpus], local_dir, quiet=True)
    texts = (
        "SELECT ?text WHERE { GRAPH <https://w3id.org/hlkg/data/doc/note-002> "
        "{ ?context nif:isString ?text } }"
    )
    same_as_local(["query", "-e", texts, "-f", "csv"], ["--user", "dba"], with_password)
    code, out, _ = hlkg(
        ["query", "-e", texts, "-f", "csv", "--build-dir", str(build_dir), "--user", "dba"],
        with_password,
    )
    assert out.count("\r\n") == 2 and "A revised note" in out  # the header and one row
    same_as_local(["query", "statistics", "-f", "csv"], ["--user", "dba"], with_password)

    # Nothing in the build folder holds the password or the user-info.
    for path in build_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert PASSWORD.encode() not in data and b"dba:" not in data, path
