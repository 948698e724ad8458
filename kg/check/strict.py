"""What rdflib's Turtle parser lets through and RDF forbids: IRIs with spaces, `|`, `{`...

rdflib keeps such an IRI (it only logs that serializing it "will break"), so the lint rules
and the reasoner would see an ontology that no other tool reads, and `hlkg build` would
refuse it. pyoxigraph's parser is strict, gives each error's line and columns, and goes on
to the next statement, so every bad IRI of a file is reported, each where it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.check.findings import Finding


def strict_findings(paths: Iterable[Path]) -> list[Finding]:
    """An ERROR for each statement of these Turtle files that a strict parser rejects:
    rule `invalid-iri` for a bad IRI, `strict-syntax` for anything else; the entity is
    `FILE:LINE:COLUMN`."""
    from pyoxigraph import RdfFormat, parse

    findings = []
    for path in paths:
        quads = parse(path=str(path), format=RdfFormat.TURTLE, base_iri=path.resolve().as_uri())
        while True:
            try:
                next(quads)
            except StopIteration:
                break
            except SyntaxError as error:
                findings.append(_finding(path, error))
    return findings


def _finding(path: Path, error: SyntaxError) -> Finding:
    message = str(error.msg)
    # "Parser error at line 5 between columns 1 and 31: Invalid IRI code point ' '"
    why = message.split(": ", 1)[1] if ": " in message else message
    rule = "invalid-iri" if "IRI" in why else "strict-syntax"
    where = f"{path}:{error.lineno or 1}:{error.offset or 1}"
    return Finding("ERROR", rule, where, why)
