"""Writing query results: an aligned table for people, the W3C formats for programs.

SELECT and ASK results go out as a table or as SPARQL Results CSV, TSV, JSON or XML (written
by pyoxigraph's own serialisers); CONSTRUCT and DESCRIBE results as Turtle, N-Triples or
JSON-LD with the project's prefixes.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import BinaryIO, TextIO

import pyoxigraph

from kg.errors import HlkgError
from kg.namespaces import PREFIXES

RESULT_FORMATS = {
    "csv": pyoxigraph.QueryResultsFormat.CSV,
    "tsv": pyoxigraph.QueryResultsFormat.TSV,
    "json": pyoxigraph.QueryResultsFormat.JSON,
    "xml": pyoxigraph.QueryResultsFormat.XML,
}
GRAPH_FORMATS = {
    "turtle": pyoxigraph.RdfFormat.TURTLE,
    "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
    "jsonld": pyoxigraph.RdfFormat.JSON_LD,
}
FORMATS = ("table", *RESULT_FORMATS, *GRAPH_FORMATS)
CELL_WIDTH = 90
"""Longer literals are shortened in the table (the machine formats keep them whole)."""

_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_CANONICAL_BOOLEAN = {"1": "true", "0": "false", "true": "true", "false": "false"}
_COMPACT = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def compact(term: object | None) -> str:
    """A term as a person reads it: prefixed names, bare literal values, one line."""
    if term is None:
        return ""
    if isinstance(term, pyoxigraph.NamedNode):
        for prefix, iri in _COMPACT:
            if term.value.startswith(iri) and len(term.value) > len(iri):
                return f"{prefix}:{term.value[len(iri) :]}"
        return f"<{term.value}>"
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, pyoxigraph.Literal):
        if term.datatype.value == _BOOLEAN:
            # The canonical form: Virtuoso answers "1" and "0", which XSD also allows.
            return _CANONICAL_BOOLEAN.get(term.value.strip(), term.value)
        text = " ".join(term.value.split())
        return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1].rstrip() + "…"
    return str(term)


TABLE_SIZING_ROWS = 1000
"""The table's columns are sized to its first rows; later rows are written as they come, so
memory stays flat however many rows a query gives (a longer cell just shifts its line)."""


def write_table(
    variables: list[str], rows: Iterable[list[str]], out: BinaryIO, err: TextIO | None
) -> int:
    """Left-aligned columns, two spaces apart, with a header and a rule; returns the row count.

    Rows beyond the first TABLE_SIZING_ROWS are streamed, not buffered, with a note on `err`
    that the columns were sized before them.
    """
    rows = iter(rows)
    first = list(itertools.islice(rows, TABLE_SIZING_ROWS))
    widths = [len(v) for v in variables]
    for row in first:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Iterable[str]) -> bytes:
        text = "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
        return (text + "\n").encode("utf-8")

    out.write(line(variables))
    out.write(("  ".join("-" * w for w in widths) + "\n").encode("utf-8"))
    count = 0
    for row in itertools.chain(first, rows):
        out.write(line(row))
        count += 1
    if count > len(first) and err is not None:
        err.write(f"(columns sized to the first {len(first):,} rows)\n")
    return count


def is_graph_result(results: object) -> bool:
    return isinstance(results, pyoxigraph.QueryTriples | list)


def write(results: object, fmt: str, out: BinaryIO, err: TextIO | None) -> int | None:
    """Write `results` in `fmt`; returns the number of rows written for a table."""
    if is_graph_result(results):
        if fmt == "table":
            fmt = "turtle"
        if fmt not in GRAPH_FORMATS:
            raise HlkgError(
                f"--format {fmt} is for SELECT and ASK; a CONSTRUCT or DESCRIBE query gives "
                f"{'|'.join(GRAPH_FORMATS)}",
                2,
            )
        triples = list(results)
        out.write(
            pyoxigraph.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=PREFIXES) or b""
        )
        if err is not None:
            err.write(f"{len(triples)} triples\n")
            err.flush()
        return len(triples)
    if fmt in GRAPH_FORMATS:
        raise HlkgError(
            f"--format {fmt} is for CONSTRUCT and DESCRIBE; a SELECT or ASK query gives "
            f"table|{'|'.join(RESULT_FORMATS)}",
            2,
        )
    if isinstance(results, pyoxigraph.QueryBoolean):
        if fmt == "table":
            out.write(b"true\n" if bool(results) else b"false\n")
        else:
            results.serialize(out, RESULT_FORMATS[fmt])
        return None
    if fmt != "table":
        results.serialize(out, RESULT_FORMATS[fmt])
        return None
    variables = [v.value for v in results.variables]
    rows = ([compact(solution[v]) for v in variables] for solution in results)
    count = write_table(variables, rows, out, err)
    if err is not None:
        err.write(f"{count} row{'' if count == 1 else 's'}\n")
        err.flush()
    return count
