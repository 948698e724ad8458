"""`hlkg push`: upload the graph to a SPARQL 1.1 server (Graph Store HTTP Protocol)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import build_dir_option, user_option

INVISIBLE = (
    "hlkg: warning: queries at {sparql} do not see the pushed triples: they are in named "
    "graphs that the server's default graph leaves out; start Oxigraph with "
    "--union-default-graph, set Fuseki's unionDefaultGraph, or push with --default-graph"
)
UNCHECKED = (
    "hlkg: warning: could not check that queries see the pushed triples: {error} "
    "(give the query URL with --sparql URL, or pass --no-check)"
)


@click.command()
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="The server's base URL; the Graph Store is at URL/store unless --gsp says otherwise.",
)
@click.option("--gsp", metavar="URL", help="The Graph Store Protocol URL (Fuseki: .../data).")
@click.option(
    "--sparql",
    "sparql_url",
    metavar="URL",
    help="The server's SPARQL query URL, for the check after the push (default: URL/query; "
    "Virtuoso: URL/sparql, Fuseki: .../sparql).",
)
@user_option("the server")
@click.option(
    "--graph-per-document/--default-graph",
    default=True,
    show_default=True,
    help="Keep one named graph per document (plus corpus and ontology), or merge all "
    "into the server's default graph.",
)
@click.option(
    "--replace",
    is_flag=True,
    help="Replace each graph on the server (HTTP PUT) instead of adding to it (POST).",
)
@click.option(
    "--check/--no-check",
    default=True,
    show_default=True,
    help="Ask the server afterwards whether queries see a pushed document's triples.",
)
@build_dir_option
@click.option("--timeout", type=float, default=300.0, show_default=True, metavar="SECONDS")
def push(
    endpoint: str,
    gsp: str | None,
    sparql_url: str | None,
    user: str | None,
    graph_per_document: bool,
    replace: bool,
    check: bool,
    build_dir: Path | None,
    timeout: float,
) -> None:
    """Upload the built graph to any SPARQL 1.1 server (Oxigraph, Fuseki, GraphDB, Virtuoso).

    Then `hlkg query NAME --endpoint URL/query` runs the named queries there. They see the
    named graphs only if the server's default graph is their union: after the push, one ASK
    checks that a document's triples are visible and says how to fix it if not.

    \b
    Examples:
      oxigraph serve --location data --bind 127.0.0.1:7878 --union-default-graph
      hlkg push --endpoint http://127.0.0.1:7878 --replace
      hlkg query statistics --endpoint http://127.0.0.1:7878/query
    \b
    Virtuoso (its Graph Store wants HTTP Digest; the password comes from $HLKG_PASSWORD,
    ~/.netrc or a prompt):
      hlkg push --endpoint http://127.0.0.1:8890 --user dba --replace \\
        --gsp http://127.0.0.1:8890/sparql-graph-crud-auth --sparql http://127.0.0.1:8890/sparql
    """
    from kg import remote
    from kg.buildstore import open_store
    from kg.errors import HlkgError
    from kg.httpauth import connect

    base = endpoint.rstrip("/")
    opener, (target, sparql) = connect(
        gsp or f"{base}/store", sparql_url or f"{base}/query", user=user
    )
    store = open_store(build_dir)
    graphs = remote.graphs_of(store, graph_per_document)
    uploads = remote.push(target, graphs, replace, timeout, opener=opener)
    triples = sum(u.triples for u in uploads)
    click.echo(f"pushed {triples:,} triples in {len(uploads)} graph(s) to {target}", err=True)
    probe = remote.probe_triple(graphs) if check else None
    if probe is None:
        return
    try:
        visible = remote.visible_in_default_graph(sparql, probe, min(timeout, 60.0), opener=opener)
    except HlkgError as error:
        click.echo(UNCHECKED.format(error=error), err=True)
        return
    if not visible:
        click.echo(INVISIBLE.format(sparql=sparql), err=True)
