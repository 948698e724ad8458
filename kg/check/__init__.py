"""`hlkg check`: is the ontology sound, and does the built graph keep the data model's promises?

Four kinds of check, each a module: what a strict RDF parser rejects in the ontology files
(strict: bad IRIs that rdflib lets through), lint rules over the ontology (lint), consistency
and coherence with a reasoner (reasoner), and SHACL validation of the built graph (shacl).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kg.check.findings import Finding, ordered

__all__ = ["Finding", "run_check"]


def run_check(
    build_dir: Path | str | None = None,
    extra: Sequence[Path] = (),
    *,
    reasoner: bool = True,
    build_required: bool = False,
) -> list[Finding]:
    """Every finding about the ontology (plus `extra` extension files) and the current build.

    Without a build the SHACL part is skipped with an INFO finding, unless `build_required`
    (the user named a build folder), in which case the missing build is an error.
    """
    from kg.check.lint import lint
    from kg.check.strict import strict_findings
    from kg.ontology import load_ontology, ontology_files

    graph = load_ontology(extra)
    findings = strict_findings([*ontology_files(), *map(Path, extra)])
    findings += lint(graph)
    if reasoner and any(f.rule == "invalid-iri" for f in findings):
        # The reasoner reads the ontology through a strict writer, which refuses them.
        findings.append(Finding("INFO", "reasoner", "-", "skipped: the ontology has invalid IRIs"))
    elif reasoner:
        from kg.check.reasoner import reason

        findings += reason(graph)
    findings += _validate_build(build_dir, extra, build_required)
    return ordered(findings)


def _validate_build(
    build_dir: Path | str | None, extra: Sequence[Path], build_required: bool
) -> list[Finding]:
    from kg.buildstore import current_build, resolve_build_dir
    from kg.errors import HlkgError

    try:
        current_build(build_dir)
    except HlkgError:
        if build_required:
            raise
        where = resolve_build_dir(build_dir)
        return [Finding("INFO", "shacl", "-", f"no graph built in {where}/: SHACL skipped")]
    from kg.check.shacl_chunks import validate_build

    return validate_build(build_dir, extra)
