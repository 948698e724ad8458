"""Turning `--param KEY=VALUE` into RDF terms: typed, validated, never spliced as text.

A concept may be named by its label ("clinical network", any case), an alternative label, its
local name (ClinicalNetwork), a prefixed name (hlkg:ClinicalNetwork) or its full IRI; a document
by its id, its source file name, its title or its IRI. An unknown name is a one-line error
that suggests the closest ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import pyoxigraph

from kg.errors import HlkgError
from kg.namespaces import DATA, HLKG, PREFIXES, XSD
from kg.sparql.library import NamedQuery, Param

Term = pyoxigraph.NamedNode | pyoxigraph.Literal
Select = Callable[[str], Iterable[tuple[Term | None, ...]]]
"""Runs a SELECT (with our prefixes declared) and yields its rows: a local or remote engine."""

CONCEPT_NAMES = """
SELECT ?thing ?name ?main WHERE {
  VALUES (?property ?main) { (rdfs:label true) (skos:prefLabel false) (skos:altLabel false) }
  ?thing ?property ?name .
  FILTER(isIRI(?thing))
  FILTER(STRSTARTS(STR(?thing), "https://w3id.org/hlkg/"))
}"""
DOCUMENT_NAMES = """
SELECT ?thing ?name ?main WHERE {
  VALUES (?property ?main) { (dcterms:source true) (dcterms:title false) }
  ?thing a hlkg:Document ; ?property ?name .
}"""


def parse_assignments(pairs: Iterable[str]) -> dict[str, str]:
    """`KEY=VALUE` strings into a dict; a pair without `=` is a usage error naming it."""
    values: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise HlkgError(f"--param {pair!r}: expected KEY=VALUE", 2)
        values[key.strip()] = value.strip()
    return values


def bind(
    query: NamedQuery, given: dict[str, str], select: Select
) -> tuple[dict[str, Term], int | None]:
    """The VALUES bindings and the LIMIT for a query from the user's `--param` values."""
    declared = {p.name: p for p in query.params}
    if not declared and not query.library:
        # An ad-hoc query without a header: bind each value as the term it looks like.
        return {name: guess_term(value) for name, value in given.items()}, None
    for name in given:
        if name not in declared:
            import difflib  # only for the error: it costs start-up time on every query

            close = difflib.get_close_matches(name, list(declared), n=2, cutoff=0.5)
            hint = f"did you mean {', '.join(close)}? " if close else ""
            takes = ", ".join(p.describe() for p in query.params) or "no parameters"
            raise HlkgError(f"{query.name} has no parameter {name!r}: {hint}it takes {takes}", 2)
    bindings: dict[str, Term] = {}
    limit = None
    resolvers: dict[str, NameIndex] = {}
    for param in query.params:
        raw = given.get(param.name, param.default)
        if raw is None and param.optional:
            continue  # unbound: the query matches any value there
        if raw is None:
            raise HlkgError(
                f"{query.name} needs the parameter {param.name!r} ({param.kind}: {param.help}): "
                f"pass --param {param.name}=VALUE",
                2,
            )
        term = convert(param, raw, select, resolvers)
        if param.name == "limit":
            limit = int(term.value)
        else:
            bindings[param.name] = term
    return bindings, limit


def convert(param: Param, raw: str, select: Select, resolvers: dict[str, NameIndex]) -> Term:
    where = f"parameter {param.name}"
    if param.kind in ("concept", "document"):
        if param.kind not in resolvers:
            query, namespace = (
                (CONCEPT_NAMES, HLKG)
                if param.kind == "concept"
                else (DOCUMENT_NAMES, DATA + "doc/")
            )
            resolvers[param.kind] = NameIndex(param.kind, select(query), namespace)
        return resolvers[param.kind].resolve(raw)
    if param.kind == "iri":
        return to_iri(raw, where)
    if param.kind == "integer":
        return pyoxigraph.Literal(
            str(to_count(raw, where)), datatype=pyoxigraph.NamedNode(XSD + "integer")
        )
    if param.kind == "decimal":
        from decimal import Decimal, InvalidOperation

        try:
            number = Decimal(raw)
        except InvalidOperation:
            raise HlkgError(f"{where}: {raw!r} is not a number", 2) from None
        return pyoxigraph.Literal(str(number), datatype=pyoxigraph.NamedNode(XSD + "decimal"))
    if param.kind == "boolean":
        lowered = raw.lower()
        if lowered not in ("true", "false", "yes", "no", "1", "0"):
            raise HlkgError(f"{where}: {raw!r} is not true or false", 2)
        value = "true" if lowered in ("true", "yes", "1") else "false"
        return pyoxigraph.Literal(value, datatype=pyoxigraph.NamedNode(XSD + "boolean"))
    return pyoxigraph.Literal(raw)


MAX_INTEGER = 2**63 - 1
"""The largest integer parameter: the largest LIMIT the engines accept (a signed 64-bit count)."""


def to_count(raw: str, where: str) -> int:
    """An integer parameter (a limit, a least number of documents): ASCII digits from 0 to
    MAX_INTEGER, checked here so that the SPARQL parser never sees `LIMIT -1` or 20 digits.

    (`int()` alone would take "-1", "1_000" and other scripts' digits such as "٣".)
    """
    if not (raw.isascii() and raw.isdigit()):
        raise HlkgError(f"{where}: {raw!r} is not a whole number (digits 0-9 only)", 2)
    value = int(raw)
    if value > MAX_INTEGER:
        raise HlkgError(f"{where}: {raw} is larger than the most allowed, {MAX_INTEGER}", 2)
    return value


def to_iri(raw: str, where: str) -> pyoxigraph.NamedNode:
    """A full IRI (with or without <>) or a prefixed name with one of our prefixes."""
    text = raw.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    prefix, sep, local = text.partition(":")
    if sep and prefix in PREFIXES and not local.startswith("//"):
        text = PREFIXES[prefix] + local
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", text):
        raise HlkgError(f"{where}: {raw!r} is neither an IRI nor a prefixed name", 2)
    try:
        return pyoxigraph.NamedNode(text)
    except ValueError as error:
        raise HlkgError(f"{where}: {raw!r} is not a valid IRI ({error})", 2) from None


def guess_term(raw: str) -> Term:
    """For an ad-hoc query without a header: an IRI, a prefixed name, an integer or a string."""
    text = raw.strip()
    if (text.startswith("<") and text.endswith(">")) or text.partition(":")[0] in PREFIXES:
        return to_iri(text, "parameter")
    if re.fullmatch(r"[+-]?\d+", text):
        return pyoxigraph.Literal(text, datatype=pyoxigraph.NamedNode(XSD + "integer"))
    return pyoxigraph.Literal(raw)


def _key(text: str) -> str:
    return " ".join(text.replace("-", " ").replace("_", " ").lower().split())


class NameIndex:
    """Every name of the concepts (or documents) in the graph, for forgiving look-ups."""

    def __init__(self, kind: str, rows: Iterable[tuple[Term | None, ...]], namespace: str) -> None:
        self.kind = kind
        self.iris: set[str] = set()
        self.by_name: dict[str, set[str]] = {}
        self.shown: dict[str, str] = {}
        """A readable name per IRI, for suggestions: its first label in sorted order."""
        main_names: dict[str, str] = {}
        for thing, name, main in rows:
            if thing is None or name is None:
                continue
            if main is not None and main.value == "true":
                main_names[thing.value] = name.value
            iri = thing.value
            self.iris.add(iri)
            local = iri.removeprefix(namespace)
            keys = {_key(name.value), _key(local), local.lower()}
            if kind == "document":
                keys.add(_key(name.value.rsplit("/", 1)[-1].rsplit(".", 1)[0]))
            for key in keys:
                self.by_name.setdefault(key, set()).add(iri)
            self.shown[iri] = min(self.shown.get(iri, name.value), name.value)
        self.shown.update(main_names)

    def resolve(self, raw: str) -> pyoxigraph.NamedNode:
        text = raw.strip()
        if text.startswith("<") or "://" in text or text.partition(":")[0] in PREFIXES:
            iri = to_iri(text, f"{self.kind} {raw!r}")
            if iri.value in self.iris:
                return iri
        else:
            found = self._lookup(text)
            if found:
                # A label shared by several: prefer the one whose local name matches exactly.
                best = sorted(found, key=lambda i: (not i.endswith(text), i))[0]
                return pyoxigraph.NamedNode(best)
        raise HlkgError(f"unknown {self.kind} {raw!r}: {self.suggest(text)}", 2)

    def _lookup(self, text: str) -> set[str] | None:
        """Exact name first, then a plural's singular ("doctors", "networks", "processes")."""
        key = _key(text)
        for candidate in (key, text.lower(), key.removesuffix("s"), key.removesuffix("es")):
            if candidate and candidate in self.by_name:
                return self.by_name[candidate]
        return None

    def suggest(self, text: str) -> str:
        import difflib

        close = difflib.get_close_matches(_key(text), list(self.by_name), n=12, cutoff=0.6)
        iris: list[str] = []
        for key in close:
            for iri in sorted(self.by_name[key]):
                if iri not in iris:
                    iris.append(iri)
        if not iris:
            return f"no {self.kind} in the graph has that label, local name or IRI"
        names = [f"{self.shown[i]!r} ({i.rsplit('#', 1)[-1].rsplit('/', 1)[-1]})" for i in iris[:3]]
        return f"did you mean {', '.join(names)}?"
