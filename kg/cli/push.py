"""`hlkg push`: upload the graph to a SPARQL 1.1 server (Graph Store HTTP Protocol)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import build_dir_option


@click.command()
@click.option(
    "--endpoint",
    required=True,
    metavar="URL",
    help="The server's base URL; the Graph Store is at URL/store unless --gsp says otherwise.",
)
@click.option("--gsp", metavar="URL", help="The Graph Store Protocol URL (Fuseki: .../data).")
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
@build_dir_option
@click.option("--timeout", type=float, default=300.0, show_default=True, metavar="SECONDS")
def push(
    endpoint: str,
    gsp: str | None,
    graph_per_document: bool,
    replace: bool,
    build_dir: Path | None,
    timeout: float,
) -> None:
    """Upload the built graph to any SPARQL 1.1 server (Oxigraph, Fuseki, GraphDB, Virtuoso).

    Then `hlkg query NAME --endpoint URL/query` runs the named queries there; start Oxigraph
    with --union-default-graph so that they see every named graph, as they do locally.

    \b
    Examples:
      oxigraph serve --location data --bind 127.0.0.1:7878 --union-default-graph
      hlkg push --endpoint http://127.0.0.1:7878 --replace
      hlkg query statistics --endpoint http://127.0.0.1:7878/query
    """
    from kg import remote
    from kg.buildstore import open_store

    store = open_store(build_dir)
    target = gsp or endpoint.rstrip("/") + "/store"
    uploads = remote.push(target, remote.graphs_of(store, graph_per_document), replace, timeout)
    triples = sum(u.triples for u in uploads)
    click.echo(f"pushed {triples:,} triples in {len(uploads)} graph(s) to {target}", err=True)
