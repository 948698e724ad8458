"""Talking to a SPARQL 1.1 server: queries over the Protocol, uploads over the Graph Store
HTTP Protocol. Any conforming server works (Oxigraph, Fuseki, GraphDB, Virtuoso); the
standard library's urllib is enough, so no HTTP dependency is added."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph

from kg.errors import HlkgError
from kg.namespaces import PREFIXES
from kg.sparql.text import prefix_declarations

_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


def _open(request: urllib.request.Request, timeout: float, what: str):
    try:
        return urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 (http(s) checked)
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read(400).decode("utf-8", "replace").split())
        raise HlkgError(
            f"{what}: {request.full_url} answered HTTP {error.code} {error.reason}"
            + (f": {detail}" if detail else "")
        ) from None
    except urllib.error.URLError as error:
        raise HlkgError(f"{what}: cannot reach {request.full_url}: {error.reason}") from None
    except TimeoutError:
        raise HlkgError(f"{what}: {request.full_url} did not answer within {timeout:g} s") from None
    except OSError as error:
        raise HlkgError(f"{what}: {request.full_url}: {error}") from None


def check_url(url: str) -> str:
    scheme = urllib.parse.urlsplit(url).scheme
    if scheme not in ("http", "https"):
        raise HlkgError(f"endpoint {url!r} must be an http:// or https:// URL", 2)
    return url


def query(endpoint: str, text: str, timeout: float = 60.0):
    """POST the query (SPARQL 1.1 Protocol) and parse the answer into pyoxigraph results.

    Returns QuerySolutions or QueryBoolean for SELECT/ASK, a list of Triples otherwise, so
    the same writers serve local and remote results.
    """
    request = urllib.request.Request(  # noqa: S310 (check_url allows http(s) only)
        check_url(endpoint),
        data=text.encode("utf-8"),
        method="POST",
        headers={"Content-Type": "application/sparql-query", "Accept": _ACCEPT},
    )
    with _open(request, timeout, "query") as response:
        body = response.read()
        content_type = response.headers.get_content_type()
    try:
        if content_type == "application/sparql-results+json":
            return pyoxigraph.parse_query_results(body, format=pyoxigraph.QueryResultsFormat.JSON)
        if content_type in ("application/n-triples", "text/plain"):
            return list(pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.N_TRIPLES))
        if content_type == "text/turtle":
            return list(pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.TURTLE))
    except (SyntaxError, ValueError) as error:
        raise HlkgError(
            f"query: {endpoint} sent an unreadable {content_type} answer: {error}"
        ) from None
    raise HlkgError(f"query: {endpoint} answered with unexpected content type {content_type}")


def select_rows(endpoint: str, text: str, timeout: float = 60.0) -> list[tuple]:
    """Rows of a SELECT sent with our prefixes declared (for parameter look-ups)."""
    results = query(endpoint, f"{prefix_declarations(PREFIXES)} {text}", timeout)
    names = [v.value for v in results.variables]
    return [tuple(solution[n] for n in names) for solution in results]


@dataclass(frozen=True, slots=True)
class Upload:
    graph: str | None
    """A graph name, or None for the server's default graph."""
    triples: int


def store_url(gsp: str, graph: str | None) -> str:
    query_part = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    return f"{gsp}{'&' if '?' in gsp else '?'}{query_part}"


def put_graph(gsp: str, graph: str | None, ntriples: bytes, replace: bool, timeout: float) -> None:
    """PUT (replace) or POST (merge) one graph as N-Triples (Graph Store HTTP Protocol)."""
    request = urllib.request.Request(  # noqa: S310 (check_url allows http(s) only)
        store_url(check_url(gsp), graph),
        data=ntriples,
        method="PUT" if replace else "POST",
        headers={"Content-Type": "application/n-triples"},
    )
    with _open(request, timeout, "push"):
        pass


def push(
    gsp: str,
    graphs: Iterable[tuple[str | None, list[bytes]]],
    replace: bool = False,
    timeout: float = 300.0,
) -> list[Upload]:
    """Upload graph after graph; a failure names how far it got, so no partial success hides."""
    done: list[Upload] = []
    for graph, lines in graphs:
        data = b"".join(line + b"\n" for line in lines)
        try:
            put_graph(gsp, graph, data, replace, timeout)
        except HlkgError as error:
            raise HlkgError(
                f"{error} (upload incomplete: {len(done)} graph(s) sent before "
                f"{graph or 'the default graph'} failed)"
            ) from None
        done.append(Upload(graph, len(lines)))
    return done


def graphs_of(
    store: pyoxigraph.Store, per_document: bool = True
) -> list[tuple[str | None, list[bytes]]]:
    """(graph name, N-Triples lines) to upload: each graph as the export dumps it, or all merged."""
    from kg.export import graph_lines

    graphs = graph_lines(store)
    if not per_document:
        return [(None, sorted({line for lines in graphs.values() for line in lines}))]
    return list(graphs.items())



def open_through(
    opener: urllib.request.OpenerDirector | None,
    request: urllib.request.Request,
    timeout: float,
    what: str,
    missing_ok: bool = False,
) -> bytes | None:
    """Send `request` through `opener` (one that carries credentials, say; None: urllib's
    default) and return the answer's body; every failure is one line naming the URL.
    `missing_ok`: a 404 answers None instead (a graph that is already gone)."""
    try:
        with (opener or urllib.request.build_opener()).open(request, timeout=timeout) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        if missing_ok and error.code == 404:
            return None
        detail = " ".join(error.read(400).decode("utf-8", "replace").split())
        raise HlkgError(
            f"{what}: {request.full_url} answered HTTP {error.code} {error.reason}"
            + (f": {detail}" if detail else "")
        ) from None
    except urllib.error.URLError as error:
        raise HlkgError(f"{what}: cannot reach {request.full_url}: {error.reason}") from None
    except TimeoutError:
        raise HlkgError(f"{what}: {request.full_url} did not answer within {timeout:g} s") from None
    except OSError as error:
        raise HlkgError(f"{what}: {request.full_url}: {error}") from None


def graph_request(
    method: str,
    gsp: str,
    graph: str | None,
    ntriples: bytes | None = None,
    *,
    timeout: float,
    opener: urllib.request.OpenerDirector | None = None,
    what: str = "store",
) -> None:
    """PUT (replace), POST (merge) or DELETE one graph (Graph Store HTTP Protocol) through
    `opener`. Deleting a graph the server does not have is not an error."""
    headers = {"Content-Type": "application/n-triples"} if ntriples is not None else {}
    request = urllib.request.Request(  # noqa: S310 (check_url allows http(s) only)
        store_url(check_url(gsp), graph), data=ntriples, method=method, headers=headers
    )
    open_through(opener, request, timeout, what, missing_ok=method == "DELETE")
