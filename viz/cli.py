"""`hlkg view` and `hlkg site`, registered through the hlkg.commands entry point.

Kept light at import time: `hlkg --help` imports this module, so pyvis, networkx and jinja2
load only when a command runs.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import build_dir_option, open_graph, reading_user_option

KINDS = ("concepts", "concept", "document", "cooccurrence", "claims", "ontology")
NEEDS_NAME = {"concept", "document"}
MAY_NAME = {"claims"}
OPTION_KINDS = {
    "contested": {"claims"},
    "relation": {"concepts", "concept", "document"},
    "min_confidence": {"concepts", "concept", "document"},
    "document": {"concepts", "concept", "cooccurrence"},
    "depth": {"concept"},
    "min_count": {"cooccurrence"},
}


@click.command("view")
@click.argument("kind", type=click.Choice(KINDS), metavar="KIND")
@click.argument("name", required=False)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file to write (default: KIND.html, or concept-NAME.html).",
)
@build_dir_option
@reading_user_option
@click.option("--relation", help="Keep one relation and its sub-relations (e.g. supports).")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Drop statements less confident than this.",
)
@click.option("--document", help="Keep what one document says (file name, title or IRI).")
@click.option(
    "--depth",
    type=click.IntRange(1, 6),
    default=1,
    show_default=True,
    help="concept: how many relations away from the concept to show.",
)
@click.option(
    "--min-count",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="cooccurrence: keep pairs mentioned together in at least K sentences.",
)
@click.option("--contested", is_flag=True, help="claims: only the contested ones.")
@click.pass_context
def view(
    ctx: click.Context,
    kind: str,
    name: str | None,
    output: Path | None,
    build_dir: Path | None,
    user: str | None,
    relation: str | None,
    min_confidence: float,
    document: str | None,
    depth: int,
    min_count: int,
    contested: bool,
) -> None:
    """Write an interactive HTML view of the graph (one file, works offline).

    \b
    KIND is one of:
      concepts            the concept map: concepts and the relations the texts assert
      concept NAME        one concept's neighbourhood (label, local name or IRI)
      document NAME       the concepts and relations of one document
      cooccurrence        concepts mentioned in the same sentences
      claims [NAME]       claims across documents (about one concept); contested ones
                          drawn as split lines, a click shows both sides' sentences
      ontology            the class hierarchy and the framework mappings

    \b
    Examples:
      hlkg view concepts --min-confidence 0.6
      hlkg view concept "clinical leadership" --depth 2 --output leadership.html
      hlkg view cooccurrence --min-count 2
      hlkg view claims --contested
      hlkg view concepts --user dba   # a graph built with --store-endpoint
    """
    if kind in NEEDS_NAME and not name:
        raise click.UsageError(f"`hlkg view {kind}` needs a NAME (e.g. hlkg view {kind} autonomy)")
    if kind not in NEEDS_NAME | MAY_NAME and name:
        raise click.UsageError(f"`hlkg view {kind}` takes no NAME (got {name!r})")
    for option, kinds in OPTION_KINDS.items():
        source = ctx.get_parameter_source(option)
        if source == click.core.ParameterSource.COMMANDLINE and kind not in kinds:
            flag = "--" + option.replace("_", "-")
            raise click.UsageError(f"{flag} does not apply to `hlkg view {kind}`")

    from kg.atomic import write_text_atomically
    from viz.render import render_view
    from viz.views import (
        claims_view,
        concept_view,
        concepts_view,
        cooccurrence_view,
        document_view,
        ontology_view,
    )

    store = open_graph(build_dir, user)
    if kind == "concepts":
        spec = concepts_view(
            store, relation=relation, min_confidence=min_confidence, document=document
        )
    elif kind == "concept":
        spec = concept_view(
            store,
            name,
            depth=depth,
            relation=relation,
            min_confidence=min_confidence,
            document=document,
        )
    elif kind == "document":
        spec = document_view(store, name, relation=relation, min_confidence=min_confidence)
    elif kind == "cooccurrence":
        spec = cooccurrence_view(store, min_count=min_count, document=document)
    elif kind == "claims":
        spec = claims_view(store, contested_only=contested, concept=name)
    else:
        spec = ontology_view(store)
    target = output or Path(default_file_name(kind, spec.centre, name))
    write_text_atomically(target, render_view(spec))
    click.echo(f"wrote {target}: {len(spec.nodes)} nodes, {len(spec.edges)} edges")


def default_file_name(kind: str, centre: str | None, name: str | None) -> str:
    from viz.site import slug

    if kind == "concept" and centre:
        return f"concept-{slug(centre.rsplit('#', 1)[-1])}.html"
    if kind == "document" and name:
        return f"document-{slug(Path(name).stem)}.html"
    if kind == "claims" and name:
        return f"claims-{slug(name)}.html"
    return f"{kind}.html"


@click.command("site")
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@build_dir_option
@reading_user_option
def site(outdir: Path, build_dir: Path | None, user: str | None) -> None:
    """Write a static explorer: an index, a page per concept and a page per document.

    Plain HTML and CSS that open from file:// with no network. OUTDIR is replaced as a whole
    once the new site is complete; a folder that is not an earlier hlkg site is left alone.

    \b
    Example:
      hlkg site explorer && open explorer/index.html
      HLKG_USER=dba hlkg site explorer   # a graph built with --store-endpoint
    """
    from viz.site import write_site

    summary = write_site(open_graph(build_dir, user), outdir)
    click.echo(
        f"wrote {outdir}/index.html: {summary['concepts']} concept pages, "
        f"{summary['documents']} document pages, {summary['views']} views"
    )
