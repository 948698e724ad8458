"""`hlkg export`: the graph or the ontology in a standard format, for other tools."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import build_dir_option
from kg.export import FORMATS, WHATS


@click.command()
@click.option(
    "--what",
    type=click.Choice(WHATS),
    default="all",
    show_default=True,
    help="all: the built graph with the ontology; graph: without it; ontology: needs no build.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="turtle",
    show_default=True,
    help="RDF (turtle, trig, ntriples, nquads, jsonld, xml) or the concept network "
    "(graphml, gexf).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (atomically) instead of standard output.",
)
@build_dir_option
def export(what: str, fmt: str, output: Path | None, build_dir: Path | None) -> None:
    """Write the graph or the ontology as RDF, or the concept network for Gephi or Cytoscape.

    Turtle is sorted and deterministic; TriG and N-Quads keep one named graph per document,
    plus the corpus and ontology graphs; RDF/XML loads in owlready2 and Protégé.

    \b
    Examples:
      hlkg export --format turtle --output graph.ttl
      hlkg export --what ontology --format xml --output hlkg.owl
      hlkg export --format trig --output graph.trig
      hlkg export --format gexf --output concepts.gexf
    """
    from kg.atomic import write_bytes_atomically
    from kg.export import export as run_export

    data = run_export(what, fmt, build_dir)
    if output is None:
        stream = sys.stdout.buffer
        stream.write(data)
        stream.flush()
    else:
        write_bytes_atomically(output, data)
        click.echo(f"wrote {output} ({len(data):,} bytes)", err=True)
