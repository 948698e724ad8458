"""`hlkg query` and `hlkg queries`: SPARQL from the command line, locally or on a server.

Only click, pyoxigraph and the standard library are imported on this path.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from pathlib import Path

import click

from kg.cli import build_dir_option, open_graph, user_option
from kg.errors import HlkgError
from kg.sparql.results import FORMATS

METHODS = ("post", "get", "direct")
"""kg.remote.METHODS, repeated so that `hlkg query` on a local build never imports kg.remote
(a test checks they agree)."""

format_option = click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="table",
    show_default=True,
    help="table, W3C SPARQL results (csv, tsv, json, xml) or RDF for CONSTRUCT.",
)
"""The --format option of the commands that print query results (query, ask)."""

TIMEOUT_EXIT = 124
"""Exit status when --timeout stops a query (as GNU timeout does)."""


class _Watchdog:
    """Stops the whole process at the time limit, even mid-evaluation.

    pyoxigraph releases the GIL while it evaluates, so a timer thread wakes on time; it removes
    a half-written --output temporary file and exits at once with a clear message.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.temporary: Path | None = None
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True

    def _expire(self) -> None:
        if self.temporary is not None:
            with contextlib.suppress(OSError):
                self.temporary.unlink()
        message = (
            f"hlkg: error: the query ran longer than {self.seconds:g} s and was stopped "
            "(raise --timeout, or add a LIMIT)\n"
        )
        os.write(2, message.encode())
        os._exit(TIMEOUT_EXIT)


@click.command()
@click.argument("query_ref", metavar="NAME|FILE.rq|-", required=False)
@click.option("-e", "--expression", "inline", metavar="TEXT", help="Run this SPARQL text.")
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="KEY=VALUE",
    help="Bind a parameter (repeatable); a concept may be a label, local name or IRI.",
)
@format_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here.")
@build_dir_option
@click.option("--endpoint", metavar="URL", help="Run on this SPARQL 1.1 query endpoint instead.")
@user_option("--endpoint, or to the server of a graph built with --store-endpoint,")
@click.option(
    "--method",
    type=click.Choice(METHODS),
    default="post",
    show_default=True,
    help="How the query is sent to --endpoint: post (URL-encoded form), get (in the URL) or "
    "direct (body of type application/sparql-query, which Virtuoso 7 never answers).",
)
@click.option(
    "--allow-service", is_flag=True, help="Allow SERVICE (queries that reach the network)."
)
@click.option(
    "--timeout",
    type=float,
    default=60.0,
    show_default=True,
    metavar="SECONDS",
    help="Stop the query after this long (0: no limit).",
)
def query(
    query_ref: str | None,
    inline: str | None,
    params: tuple[str, ...],
    fmt: str,
    output: Path | None,
    build_dir: Path | None,
    endpoint: str | None,
    user: str | None,
    method: str,
    allow_service: bool,
    timeout: float,
) -> None:
    """Run a named query, a .rq file, stdin (-) or -e TEXT over the graph.

    Prefixes hlkg:, hlkgd:, nif:, itsrdf:, prov:, dcterms:, skos:, rdf:, rdfs:, owl: and xsd:
    need no declaration. Queries are read-only; SPARQL Update is refused.

    \b
    Examples:
      hlkg query concept-relations --param concept="clinical leadership"
      hlkg query evidence -p subject=Autonomy -p object=Accountability -f csv
      hlkg query -e 'SELECT ?c WHERE { ?c a hlkg:Document }'
      hlkg query statistics --endpoint http://localhost:7878/query
      hlkg query statistics --endpoint http://127.0.0.1:8890/sparql --user dba
      HLKG_USER=dba hlkg query statistics   # a build made with --store-endpoint ... --user dba
    """
    from kg.sparql import params as parameters
    from kg.sparql import results as writers
    from kg.sparql import run

    # Before the --timeout watchdog starts: a password prompt may take a while.
    opener = store = None
    if endpoint:
        from kg.httpauth import connect

        opener, (endpoint,) = connect(endpoint, user=user)
    else:
        store = open_graph(build_dir, user)
    with _reporting_errors(timeout) as watchdog:
        stdin_text = sys.stdin.read() if query_ref == "-" and inline is None else None
        named = run.read_query_source(query_ref, inline, stdin_text)
        given = parameters.parse_assignments(params)
        if endpoint:
            results = run.execute(
                named,
                given,
                endpoint=endpoint,
                allow_service=allow_service,
                timeout=timeout or 3600.0,
                method=method,
                opener=opener,
            )
        else:
            run.check_safe(named.text, allow_service)
            results = run.execute(named, given, store=store, allow_service=allow_service)
        err = sys.stderr
        if output is None:
            out = sys.stdout.buffer
            writers.write(results, fmt, out, err)
            out.flush()
        else:
            _write_file(output, lambda handle: writers.write(results, fmt, handle, err), watchdog)


@contextlib.contextmanager
def _reporting_errors(timeout: float):
    """Run under the --timeout watchdog (yielded, or None); failures become one-line errors."""
    from kg.sparql import run

    watchdog = _Watchdog(timeout) if timeout > 0 else None
    if watchdog is not None:
        watchdog.timer.start()
    try:
        yield watchdog
    except run.QuerySyntaxError as error:
        # One line saying what and where, then the offending line with a caret under the spot.
        click.echo(f"hlkg: error: {error}\n{error.excerpt}", err=True)
        raise click.exceptions.Exit(2) from None
    except OSError as error:
        if isinstance(error, BrokenPipeError):
            raise
        raise HlkgError(f"the query failed: {error}") from None
    finally:
        if watchdog is not None:
            watchdog.timer.cancel()


def _write_file(path: Path, write, watchdog: _Watchdog | None) -> None:
    """Write atomically; the watchdog learns the temporary file so a timeout can remove it."""
    from kg.atomic import atomic_output

    def remember(temporary: Path) -> None:
        if watchdog is not None:
            watchdog.temporary = temporary

    with atomic_output(path, on_temporary=remember) as handle:
        write(handle)


@click.command()
def queries() -> None:
    """List the named queries with their descriptions and parameters.

    \b
    Example:
      hlkg queries
      hlkg query concept-definition --param concept=Autonomy
    """
    from kg.sparql.library import list_queries

    for named in list_queries():
        click.echo(f"{named.name}  {named.description}")
        for param in named.params:
            click.echo(f"    --param {param.describe()}  {param.help}")
