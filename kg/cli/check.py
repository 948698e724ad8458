"""`hlkg check`: lint, reason over and validate the ontology and the built graph."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.option(
    "--build-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Build folder whose graph to validate with SHACL; an error if nothing is built there "
    "(default: $HLKG_BUILD_DIR or ./hlkg-build, where SHACL is skipped if nothing is built).",
)
@click.option(
    "--ontology",
    "extra",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="An extension of the ontology, in Turtle, checked with the same rules (repeatable).",
)
@click.option(
    "--no-reasoner", is_flag=True, help="Skip HermiT (consistency, unsatisfiable classes)."
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="One line per finding, or a JSON document.",
)
@click.pass_context
def check(
    ctx: click.Context,
    build_dir: Path | None,
    extra: tuple[Path, ...],
    no_reasoner: bool,
    output_format: str,
) -> None:
    """Check the ontology and the built graph; exit 1 on any ERROR, 2 on a syntax error.

    Prints one line per finding, `ERROR|WARN|INFO rule entity message`, then a summary.
    The ontology is reasoned over with HermiT (Java; without it, an OWL 2 RL closure),
    linted (labels, definitions, synonyms, hierarchy, domains and ranges, undeclared IRIs),
    its files are read by a strict parser (invalid IRIs: FILE:LINE:COL; the reasoner is then
    skipped), and the built graph, if any, is validated against ontology/shapes.ttl with SHACL.

    \b
    Examples:
      hlkg check
      hlkg check --ontology my-extension.ttl --no-reasoner
      hlkg check --build-dir ./hlkg-build --format json
    """
    from kg.check import run_check
    from kg.check.findings import as_json, as_text

    findings = run_check(
        build_dir,
        extra,
        reasoner=not no_reasoner,
        build_required=build_dir is not None,
    )
    click.echo(as_json(findings) if output_format == "json" else as_text(findings), nl=False)
    if any(f.severity == "ERROR" for f in findings):
        ctx.exit(1)
