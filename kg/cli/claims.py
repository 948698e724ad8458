"""`hlkg claims`: what the sources agree and disagree on, with the evidence on each side."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import build_dir_option, open_graph, reading_user_option


@click.command()
@click.option("--concept", metavar="NAME", help="Only claims about this concept (label or IRI).")
@click.option("--contested", is_flag=True, help="Only claims the sources disagree on.")
@click.option("--consensus", is_flag=True, help="Only claims two or more sources agree on.")
@click.option(
    "--limit",
    type=click.IntRange(1),
    default=100,
    show_default=True,
    help="The most claims to list.",
)
@build_dir_option
@reading_user_option
def claims(
    concept: str | None,
    contested: bool,
    consensus: bool,
    limit: int,
    build_dir: Path | None,
    user: str | None,
) -> None:
    """List claims across documents with the strongest evidence sentence on each side.

    A claim is an ordered pair of concepts plus a sign (positive, negative, neutral). "for"
    counts the documents that state it firmly or hedged; "against" those that deny it
    (negated or rejected) or state the opposite sign. Contested: two documents take
    opposite positions. Consensus: two or more state it and none is against.

    \b
    Examples:
      hlkg claims --contested
      hlkg claims --concept autonomy
      hlkg claims --concept "management training" --consensus
      hlkg claims --contested --user dba   # a graph built with --store-endpoint
    """
    from kg.claim_report import STALE_GRAPH, Names, claims_missing, format_claims, read_claims
    from kg.errors import HlkgError

    store = open_graph(build_dir, user)
    entries = read_claims(
        store, concept=concept, contested=contested, consensus=consensus, limit=limit
    )
    what = "contested claim" if contested else "consensus claim" if consensus else "claim"
    about = f" about {concept}" if concept else ""
    if not entries:
        if claims_missing(store):
            raise HlkgError(STALE_GRAPH)
        click.echo(f"no {what}s{about} in the graph")
        return
    # A claim shown with its opposite is two claims in the graph (and in hlkg build's count).
    folded = sum(1 for entry in entries if entry.mirror)
    also = f" ({len(entries) + folded} in the graph: an opposite is shown with its claim)"
    plural = "" if len(entries) == 1 else "s"
    click.echo(f"{len(entries)} {what}{plural}{about}{also if folded else ''}\n")
    click.echo(format_claims(entries, Names(store)).rstrip("\n"))
