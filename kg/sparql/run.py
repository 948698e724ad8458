"""Running a query safely: read-only, no network unless allowed, parameters bound as terms.

Parameters are bound with a VALUES block inserted just inside the query's WHERE group, built
from RDF terms that pyoxigraph itself serialises (validated IRIs, escaped literals), never from
the user's text. The same prepared text runs on the local store, on a remote endpoint and on
rdflib, so all three see identical queries. The block goes on the same line as the brace, so
line numbers in error messages still refer to the user's text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph

from kg.errors import HlkgError
from kg.namespaces import PREFIXES
from kg.sparql.text import Token, caret_excerpt, position, prefix_declarations, tokens

UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_SYNTAX_POSITION = re.compile(r"error at (\d+):(\d+):?\s*(.*)", re.DOTALL)


class Prepared:
    """A query checked for safety, with its parameters bound, ready for any engine.

    (A plain class: dataclasses cost start-up time that `hlkg query` cannot spare.)
    """

    __slots__ = ("body", "form", "missing_prefixes", "original")

    def __init__(
        self, original: str, body: str, form: str, missing_prefixes: dict[str, str]
    ) -> None:
        self.original = original
        self.body = body
        """The user's text with the VALUES block and LIMIT added (no extra PREFIX lines)."""
        self.form = form
        self.missing_prefixes = missing_prefixes

    def standalone(self) -> str:
        """The text with the project's prefixes declared, for engines without a prefix option.

        The declarations go on the first line so that line numbers still match the user's text.
        """
        declarations = prefix_declarations(self.missing_prefixes)
        return f"{declarations} {self.body}" if declarations else self.body


def prepare(
    text: str,
    bindings: dict[str, pyoxigraph.NamedNode | pyoxigraph.Literal] | None = None,
    limit: int | None = None,
    allow_service: bool = False,
) -> Prepared:
    """Check that `text` is a read-only query and bind its parameters."""
    toks = list(tokens(text))
    _refuse_unsafe(text, toks, allow_service)
    form = next(
        (t.value.upper() for t in toks if t.kind == "word" and t.value.upper() in _FORMS), ""
    )
    declared = _declared_prefixes(toks)
    missing = {p: iri for p, iri in PREFIXES.items() if p not in declared}
    check_syntax(text, missing)
    body = text
    if bindings:
        body = _insert_values(text, toks, bindings)
    if limit is not None:
        if form not in ("SELECT", "CONSTRUCT", "DESCRIBE"):
            raise HlkgError("a `limit` parameter needs a SELECT, CONSTRUCT or DESCRIBE query", 2)
        body = f"{body}\nLIMIT {int(limit)}"
    return Prepared(original=text, body=body, form=form, missing_prefixes=missing)


def _declared_prefixes(toks: list[Token]) -> set[str]:
    """The prefixes the query's own PREFIX lines declare."""
    return {
        toks[i + 1].value[:-1]
        for i, t in enumerate(toks[:-1])
        if t.kind == "word" and t.value.upper() == "PREFIX" and toks[i + 1].kind == "pname"
    }


def check_safe(text: str, allow_service: bool = False) -> None:
    """Refuse SPARQL Update, and SERVICE unless allowed, before anything runs."""
    _refuse_unsafe(text, list(tokens(text)), allow_service)


def _refuse_unsafe(text: str, toks: list[Token], allow_service: bool) -> None:
    for token in toks:
        if token.kind != "word":
            continue
        word = token.value.upper()
        line, column = position(text, token.offset)
        if word in UPDATE_KEYWORDS:
            raise HlkgError(
                f"SPARQL Update ({word} at line {line}, column {column}) is refused: "
                "`hlkg query` is read-only",
                2,
            )
        if word == "SERVICE" and not allow_service:
            raise HlkgError(
                f"SERVICE (line {line}, column {column}) would make the query reach the network: "
                "refused unless you pass --allow-service",
                2,
            )


def check_syntax(text: str, prefixes: dict[str, str]) -> None:
    """Parse without evaluating: a syntax error becomes one line with the place and a caret."""
    try:
        # Evaluation is lazy: parsing against an empty store costs microseconds.
        pyoxigraph.Store().query(text, prefixes=prefixes)
    except SyntaxError as error:
        raise syntax_error(text, str(error)) from None


def syntax_error(text: str, message: str) -> HlkgError:
    match = _SYNTAX_POSITION.search(message)
    if not match:
        return HlkgError(f"SPARQL syntax error: {message}", 2)
    line, column, detail = int(match.group(1)), int(match.group(2)), match.group(3).strip()
    unknown = _unknown_prefix(text)
    if unknown is not None:
        (line, column), detail = (
            position(text, unknown.offset),
            (f"undeclared prefix {unknown.value.split(':')[0]}:"),
        )
    return QuerySyntaxError(
        f"SPARQL syntax error at line {line}, column {column}: {detail}",
        caret_excerpt(text, line, column),
    )


class QuerySyntaxError(HlkgError):
    """A syntax error, with the offending line and a caret for the CLI to print below it."""

    def __init__(self, message: str, excerpt: str) -> None:
        super().__init__(message, 2)
        self.excerpt = excerpt


def _unknown_prefix(text: str) -> Token | None:
    """pyoxigraph reports an undeclared prefix vaguely; find it ourselves."""
    toks = list(tokens(text))
    declared = _declared_prefixes(toks) | set(PREFIXES)
    for i, t in enumerate(toks):
        if t.kind == "pname" and t.value.split(":")[0] not in declared:
            previous = toks[i - 1] if i else None
            if previous is None or previous.value.upper() != "PREFIX":
                return t
    return None


def _insert_values(
    text: str, toks: list[Token], bindings: dict[str, pyoxigraph.NamedNode | pyoxigraph.Literal]
) -> str:
    brace = _where_brace(toks)
    if brace is None:
        raise HlkgError("cannot bind parameters: the query has no WHERE { ... } group", 2)
    names = " ".join(f"?{name}" for name in bindings)
    values = " ".join(str(term) for term in bindings.values())
    block = f" VALUES ({names}) {{ ({values}) }} "
    return text[: brace.offset + 1] + block + text[brace.offset + 1 :]


def _where_brace(toks: list[Token]) -> Token | None:
    for i, t in enumerate(toks):
        if t.kind == "word" and t.value.upper() == "WHERE":
            return next((u for u in toks[i + 1 :] if u.value == "{"), None)
    for i, t in enumerate(toks):
        if t.kind == "word" and t.value.upper() in ("SELECT", "ASK"):
            return next((u for u in toks[i + 1 :] if u.value == "{"), None)
    return None


def run_local(store: pyoxigraph.Store, prepared: Prepared):
    """Evaluate on the local store over the union of its graphs; results are lazy."""
    try:
        return store.query(
            prepared.body, prefixes=prepared.missing_prefixes, use_default_graph_as_union=True
        )
    except SyntaxError as error:
        raise syntax_error(prepared.body, str(error)) from None
    except OSError as error:
        raise HlkgError(f"the query failed: {error}") from error


def read_query_source(ref: str | None, inline: str | None, stdin_text: str | None = None):
    """The NamedQuery for NAME, FILE.rq, `-` (stdin) or -e TEXT."""
    from kg.sparql import library

    if inline is not None:
        if ref is not None:
            raise HlkgError("give either a query (NAME, FILE.rq, -) or -e TEXT, not both", 2)
        return library.parse_query_text(inline, "-e", "-e")
    if ref is None:
        raise HlkgError(
            "which query? give NAME, FILE.rq, - (stdin) or -e TEXT; `hlkg queries` lists names", 2
        )
    if ref == "-":
        return library.parse_query_text(stdin_text or "", "-", "<stdin>")
    path = Path(ref)
    if ref.endswith(".rq") or path.is_file() or "/" in ref:
        if not path.is_file():
            raise HlkgError(f"no query file {ref}", 2)
        return library.load_file(path)
    return library.find(ref)


def local_select(store: pyoxigraph.Store):
    """A `Select` over the local store, for parameter look-ups."""

    def select(text: str) -> list[tuple]:
        results = store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        # A solution iterates over its values in the variables' order (None when unbound):
        # faster than looking each one up by name, which a concept parameter does ~2,500 times.
        return [tuple(solution) for solution in results]

    return select


def execute(
    named,
    given: dict[str, str] | None = None,
    *,
    store: pyoxigraph.Store | None = None,
    endpoint: str | None = None,
    allow_service: bool = False,
    timeout: float = 60.0,
    method: str = "post",
    opener=None,
):
    """Bind, check and run a query on the local store or a remote endpoint.

    Returns pyoxigraph results (QuerySolutions, QueryBoolean, triples), lazily evaluated for
    the local store. `timeout` applies to the network only; the CLI stops local queries.
    `method` and `opener` (a kg.httpauth.Opener, with credentials) are for the endpoint.
    """
    from kg.sparql.params import bind

    check_safe(named.text, allow_service)
    if endpoint:
        from kg import remote

        def select(text: str) -> list[tuple]:
            return remote.select_rows(endpoint, text, timeout, method=method, opener=opener)

        bindings, limit = bind(named, given or {}, select)
        prepared = prepare(named.text, bindings, limit, allow_service)
        return remote.query(
            endpoint, prepared.standalone(), timeout, method=method, opener=opener
        )
    if store is None:
        raise ValueError("execute() needs a store or an endpoint")
    bindings, limit = bind(named, given or {}, local_select(store))
    return run_local(store, prepare(named.text, bindings, limit, allow_service))
