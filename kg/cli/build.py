"""`hlkg build`: the CLI face of kg.build.build_graph."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import typed, user_option


@click.command()
@click.option(
    "--corpus",
    "corpus_dirs",
    multiple=True,
    type=click.Path(path_type=Path),
    metavar="DIR",
    help="Folder of .txt, .md and .pdf files, read recursively (repeatable). "
    "Default: the bundled sample corpus.",
)
@click.option(
    "--build-dir",
    "--out",
    "build_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    metavar="DIR",
    help="Build folder to write (default: $HLKG_BUILD_DIR or ./hlkg-build).",
)
@click.option(
    "--ontology",
    "extra_ontologies",
    multiple=True,
    type=click.Path(path_type=Path),
    metavar="EXTRA.ttl",
    help="Turtle file extending the ontology; its concepts and synonyms are matched too "
    "(repeatable).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Processes that extract: 1 = this one; N > 1 starts N workers (default: one per "
    "core but one with 3+ cores, when more than 50 files or 2 MB need extracting).",
)
@click.option(
    "--scheduler",
    envvar="HLKG_SCHEDULER",
    metavar="ADDRESS",
    help="Extract on a Dask cluster: its scheduler (tcp://HOST:8786), or local:N to start "
    "N workers on this machine (127.0.0.1). Every worker needs hlkg installed, the same "
    "version; none needs the corpus. Default: $HLKG_SCHEDULER, else --jobs.",
)
@click.option(
    "--scheduler-timeout",
    type=click.FloatRange(min=0.1),
    default=None,
    metavar="SECONDS",
    help="Give up on an unreachable scheduler, or one with no workers, after this long "
    "(default 10).",
)
@click.option(
    "--store-endpoint",
    metavar="URL",
    help="Load the graph into this SPARQL server instead of the build folder, one named "
    "graph per document over the Graph Store Protocol (URL/store; queries at URL/query). "
    "The build folder keeps the manifest, tallies and cache, and `hlkg query`, `view` and "
    "`site` then read from the server.",
)
@click.option(
    "--store-gsp",
    metavar="URL",
    help="The server's Graph Store Protocol URL, if not URL/store (Fuseki: .../data).",
)
@click.option(
    "--store-query",
    metavar="URL",
    help="The server's SPARQL query URL, if not "
    "URL/query (Fuseki: .../query, Virtuoso: .../sparql).",
)
@user_option("the --store-endpoint server")
@click.option(
    "--exclude",
    multiple=True,
    metavar="GLOB",
    help="Leave out files whose path in the corpus folder, or one of whose folders, matches "
    "GLOB, matched from the right: SOURCES.md, drafts, 'notes/*.md' (repeatable).",
)
@click.option(
    "--fresh",
    is_flag=True,
    help="Extract every file again and write the graph from scratch, ignoring the cache "
    "and the previous build.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
def build(
    corpus_dirs: tuple[Path, ...],
    build_dir: Path | None,
    extra_ontologies: tuple[Path, ...],
    jobs: int | None,
    scheduler: str | None,
    scheduler_timeout: float | None,
    store_endpoint: str | None,
    store_gsp: str | None,
    store_query: str | None,
    user: str | None,
    exclude: tuple[str, ...],
    fresh: bool,
    quiet: bool,
) -> None:
    """Read a corpus, extract mentions and relations, and write the graph.

    The graph goes to a build folder that `hlkg query`, `view`, `export` and `check` read.
    The previous graph stays in use until the new one is complete. Unchanged files reuse
    the previous build's extraction, and when most of the corpus is unchanged the previous
    graph is updated (in a copy) rather than written again. Files that cannot be read are
    skipped and listed. --scheduler extracts on a Dask cluster; --store-endpoint loads the
    graph into a SPARQL server (start Oxigraph with --union-default-graph).

    \b
    Example:
      hlkg build --corpus ../shared/corpus --build-dir hlkg-build
      hlkg build --corpus articles/ --ontology my-concepts.ttl --jobs 2
      hlkg build --corpus ../shared/corpus --exclude SOURCES.md
      hlkg build --corpus articles/ --scheduler tcp://10.0.0.5:8786
      hlkg build --corpus articles/ --scheduler local:2
      hlkg build --corpus articles/ --store-endpoint http://127.0.0.1:7878
    \b
    Virtuoso (its Graph Store wants HTTP Digest; the password comes from $HLKG_PASSWORD,
    ~/.netrc or a prompt, never from an option; the build folder keeps no credentials, so
    reads log in again, with --user, $HLKG_USER or ~/.netrc):
      hlkg build --corpus articles/ --store-endpoint http://127.0.0.1:8890 --user dba \\
        --store-gsp http://127.0.0.1:8890/sparql-graph-crud-auth \\
        --store-query http://127.0.0.1:8890/sparql-auth
      hlkg query statistics --user dba
    """
    from kg.build import build_graph
    from kg.buildstore import resolve_build_dir
    from kg.errors import HlkgError

    target = resolve_build_dir(build_dir)
    server = None
    if store_endpoint:
        from kg.server_store import GraphServer

        # Before the build starts: a password prompt comes first, a bad URL stops it.
        server = GraphServer.at(store_endpoint, gsp=store_gsp, query=store_query, user=user)
    elif store_gsp or store_query or (user and typed("user")):
        raise HlkgError("--store-gsp, --store-query and --user go with --store-endpoint URL", 2)
    try:
        summary = build_graph(
            list(corpus_dirs) or None,
            target,
            extra_ontologies=list(extra_ontologies),
            quiet=quiet,
            jobs=jobs,
            fresh=fresh,
            exclude=exclude,
            scheduler=scheduler,
            scheduler_timeout=scheduler_timeout,
            server=server,
        )
    except OSError as error:  # a full disk mid-build: the previous graph stays current
        detail = " ".join(str(error).split())
        kept = "previous graph kept" if (target / "current").exists() else "nothing written"
        raise HlkgError(f"the build in {target}/ failed, {kept}: {detail}") from error
    if quiet:
        for source, reason in summary.skipped:
            click.echo(f"hlkg: skipped {source}: {reason}", err=True)
        return
    for line in summary.lines():
        click.echo(line)
