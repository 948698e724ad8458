"""Talking to a SPARQL 1.1 server: queries over the Protocol, uploads over the Graph Store
HTTP Protocol. Any conforming server works (Oxigraph, Fuseki, GraphDB, Virtuoso); the
standard library's urllib is enough, so no HTTP dependency is added.

Every function takes an `opener` from `kg.httpauth.connect` (credentials, one-line errors).
Without one, a URL's own user-info and ~/.netrc are used, and nothing is prompted.
"""

from __future__ import annotations

import hashlib
import json
import re
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph

from kg.errors import HlkgError
from kg.httpauth import Opener, ServerError, check_url, connect, split_user_info
from kg.namespaces import DATA, PREFIXES
from kg.sparql.text import prefix_declarations, tokens

__all__ = [
    "METHODS",
    "Upload",
    "ask",
    "check_url",
    "delete_graph",
    "graphs_of",
    "probe_triple",
    "push",
    "put_graph",
    "query",
    "select_rows",
    "store_url",
    "visible_in_default_graph",
]

METHODS = ("post", "get", "direct")
"""How a query is sent (SPARQL 1.1 Protocol): `post` URL-encoded in the body (every server
answers it; the default), `get` in the URL, `direct` as the body with Content-Type
application/sparql-query (Virtuoso 7 never answers it)."""

_RESULTS_ACCEPT = "application/sparql-results+json"
_GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.9"
"""Asked for by form: Virtuoso answers a CONSTRUCT with SPARQL results JSON if offered it."""


_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")

_MAX_ROWS_HEADER = "X-SPARQL-MaxRows"
"""Virtuoso sends it when an answer reached its ResultSetMaxRows (10,000 as Debian ships it)
and was cut there without an error: hlkg refuses such an answer rather than show part of it."""


def _complete_at_cap(
    endpoint: str, text: str, method: str, opener: Opener, timeout: float, cap: str
) -> bool:
    """Whether a SELECT that Virtuoso flagged at its row limit had exactly that many rows (it
    flags an answer that merely reaches the limit): its rows counted in a subquery say so."""
    if _form(text) != "SELECT" or not cap.strip().isdigit():
        return False
    start = next(t.offset for t in tokens(text) if t.value.upper() == "SELECT")
    counting = f"{text[:start]}SELECT (COUNT(*) AS ?hlkgRows) WHERE {{ {text[start:]}\n}}"
    request = _query_request(endpoint, counting, method)
    with opener.open(request, timeout, "query") as response:
        body = response.read()
    try:
        (row,) = pyoxigraph.parse_query_results(body, format=pyoxigraph.QueryResultsFormat.JSON)
        return int(row["hlkgRows"].value) == int(cap)
    except (SyntaxError, ValueError, TypeError, KeyError):
        return False


_BLANK_NODE_LABEL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?<!\.)")
"""What a blank node's label may be in pyoxigraph (Turtle's BLANK_NODE_LABEL, ASCII part)."""


def _with_valid_blank_nodes(body: bytes) -> bytes:
    """The JSON results with each blank node label that pyoxigraph rejects ("nodeID://b10006",
    as Virtuoso writes them) replaced by a label made from it, the same label for the same node
    throughout the answer."""
    if b'"bnode"' not in body:
        return body
    try:
        results = json.loads(body)
        rows = results["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        return body  # not results as expected: let the parser say what is wrong
    for row in rows:
        for value in row.values() if isinstance(row, dict) else ():
            if not isinstance(value, dict) or value.get("type") != "bnode":
                continue
            label = value.get("value")
            if isinstance(label, str) and not _BLANK_NODE_LABEL.fullmatch(label):
                value["value"] = "b" + hashlib.sha256(label.encode()).hexdigest()[:20]
    return json.dumps(results).encode()


def _opener_for(url: str, opener: Opener | None) -> tuple[Opener, str]:
    if opener is not None:
        return opener, split_user_info(check_url(url))[0]
    made, (clean,) = connect(url, interactive=False)
    return made, clean


def _form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the query's first form keyword."""
    for token in tokens(text):
        if token.kind == "word" and token.value.upper() in _FORMS:
            return token.value.upper()
    return "SELECT"


def _query_request(endpoint: str, text: str, method: str) -> urllib.request.Request:
    accept = _GRAPH_ACCEPT if _form(text) in ("CONSTRUCT", "DESCRIBE") else _RESULTS_ACCEPT
    if method == "get":
        separator = "&" if "?" in endpoint else "?"
        url = f"{endpoint}{separator}{urllib.parse.urlencode({'query': text})}"
        return urllib.request.Request(url, headers={"Accept": accept})  # noqa: S310 (http(s))
    if method == "post":
        body = urllib.parse.urlencode({"query": text}).encode("ascii")
        content_type = "application/x-www-form-urlencoded"
    elif method == "direct":
        body, content_type = text.encode("utf-8"), "application/sparql-query"
    else:
        raise HlkgError(f"unknown request method {method!r}: one of {', '.join(METHODS)}", 2)
    return urllib.request.Request(  # noqa: S310 (check_url allows http(s) only)
        endpoint,
        data=body,
        method="POST",
        headers={"Content-Type": content_type, "Accept": accept},
    )


def query(
    endpoint: str,
    text: str,
    timeout: float = 60.0,
    *,
    method: str = "post",
    opener: Opener | None = None,
):
    """Send the query (SPARQL 1.1 Protocol) and parse the answer into pyoxigraph results.

    Returns QuerySolutions or QueryBoolean for SELECT/ASK, a list of Triples otherwise, so
    the same writers serve local and remote results.
    """
    opener, endpoint = _opener_for(endpoint, opener)
    request = _query_request(endpoint, text, method)
    with opener.open(request, timeout, "query") as response:
        body = response.read()
        content_type = response.headers.get_content_type()
        cap = response.headers.get(_MAX_ROWS_HEADER)
    if cap is not None and not _complete_at_cap(endpoint, text, method, opener, timeout, cap):
        raise HlkgError(
            f"query: {endpoint} cut its answer at its limit of {cap.strip()} rows "
            f"({_MAX_ROWS_HEADER}), so the results would be incomplete: raise the server's "
            "limit (Virtuoso: ResultSetMaxRows in virtuoso.ini's [SPARQL] section) or ask for "
            "fewer rows"
        )
    try:
        if content_type == "application/sparql-results+json":
            return pyoxigraph.parse_query_results(
                _with_valid_blank_nodes(body), format=pyoxigraph.QueryResultsFormat.JSON
            )
        if content_type in ("application/n-triples", "text/plain"):
            return list(pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.N_TRIPLES))
        if content_type == "text/turtle":
            return list(pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.TURTLE))
    except (SyntaxError, ValueError) as error:
        raise HlkgError(
            f"query: {endpoint} sent an unreadable {content_type} answer: {error}"
        ) from None
    raise HlkgError(f"query: {endpoint} answered with unexpected content type {content_type}")


def ask(
    endpoint: str,
    text: str,
    timeout: float = 60.0,
    *,
    method: str = "post",
    opener: Opener | None = None,
) -> bool:
    """The answer to an ASK query."""
    answer = query(endpoint, text, timeout, method=method, opener=opener)
    if not isinstance(answer, pyoxigraph.QueryBoolean):
        raise HlkgError(f"query: {endpoint} answered an ASK query with something else")
    return bool(answer)


def select_rows(
    endpoint: str,
    text: str,
    timeout: float = 60.0,
    *,
    method: str = "post",
    opener: Opener | None = None,
) -> list[tuple]:
    """Rows of a SELECT sent with our prefixes declared (for parameter look-ups)."""
    results = query(
        endpoint, f"{prefix_declarations(PREFIXES)} {text}", timeout, method=method, opener=opener
    )
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


def put_graph(
    gsp: str,
    graph: str | None,
    ntriples: bytes,
    replace: bool,
    timeout: float,
    *,
    opener: Opener | None = None,
    what: str = "push",
) -> None:
    """PUT (replace) or POST (merge) one graph as N-Triples (Graph Store HTTP Protocol);
    `what` names the operation in an error ("push", or "store" for a build)."""
    opener, gsp = _opener_for(gsp, opener)
    opener.prime(store_url(gsp, graph), timeout)
    request = urllib.request.Request(  # noqa: S310 (check_url allows http(s) only)
        store_url(gsp, graph),
        data=ntriples,
        method="PUT" if replace else "POST",
        headers={"Content-Type": "application/n-triples"},
    )
    with opener.open(request, timeout, what):
        pass


def delete_graph(
    gsp: str,
    graph: str | None,
    timeout: float,
    *,
    opener: Opener | None = None,
    missing_ok: bool = True,
    what: str = "delete",
) -> bool:
    """DELETE one graph (Graph Store HTTP Protocol); False if the server did not have it."""
    opener, gsp = _opener_for(gsp, opener)
    request = urllib.request.Request(  # noqa: S310 (check_url allows http(s) only)
        store_url(gsp, graph), method="DELETE"
    )
    try:
        with opener.open(request, timeout, what):
            return True
    except ServerError as error:
        if missing_ok and error.status == 404:
            return False
        raise


def push(
    gsp: str,
    graphs: Iterable[tuple[str | None, list[bytes]]],
    replace: bool = False,
    timeout: float = 300.0,
    *,
    opener: Opener | None = None,
) -> list[Upload]:
    """Upload graph after graph; a failure names how far it got, so no partial success hides."""
    opener, gsp = _opener_for(gsp, opener)
    done: list[Upload] = []
    for graph, lines in graphs:
        data = b"".join(line + b"\n" for line in lines)
        try:
            put_graph(gsp, graph, data, replace, timeout, opener=opener)
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


_DOCUMENT_TYPE = (
    b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/hlkg/ontology#Document>"
)


def probe_triple(graphs: Iterable[tuple[str | None, list[bytes]]]) -> bytes | None:
    """One N-Triples line to look for after a push: a document's type if there is one (it lives
    in the document's named graph), else the shortest line of the first graph."""
    first: bytes | None = None
    for graph, lines in graphs:
        if not lines:
            continue
        if graph is None or graph.startswith(DATA + "doc/"):
            typed = next((line for line in lines if _DOCUMENT_TYPE in line), None)
            if typed is not None:
                return typed
        if first is None:
            first = min(lines, key=len)
    return first


def visible_in_default_graph(
    endpoint: str,
    ntriples_line: bytes,
    timeout: float = 60.0,
    *,
    method: str = "post",
    opener: Opener | None = None,
) -> bool:
    """Whether a query without FROM sees this triple: whether the server's default graph
    holds the named graphs (Oxigraph --union-default-graph, Fuseki unionDefaultGraph,
    Virtuoso), or the triple was pushed into the default graph itself."""
    pattern = ntriples_line.decode("utf-8").strip().removesuffix(".").strip()
    return ask(endpoint, f"ASK {{ {pattern} }}", timeout, method=method, opener=opener)
