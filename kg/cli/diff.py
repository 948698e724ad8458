"""`hlkg diff [OLD] [NEW]`: what changed between two builds, in statements and claims."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import build_dir_option


@click.command()
@click.argument("old", required=False)
@click.argument("new", required=False)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "turtle"]),
    default="text",
    show_default=True,
    help="text for people; turtle: the triples added and removed, as two named graphs (TriG).",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here.")
@build_dir_option
def diff(
    old: str | None, new: str | None, fmt: str, output: Path | None, build_dir: Path | None
) -> None:
    """Show what changed between two builds: documents, statements and claims.

    OLD and NEW are build numbers of the build folder (3 or 0003) or paths to build folders;
    by default the build before the current one, and the current one. Statements added,
    removed or changed (negated, hedged, rejected, attributed); claims added or removed,
    turned contested or consensus, with a flipped sign, or with new evidence, each with its
    documents and sentences. The build folder keeps the current build and the one before it.

    \b
    Examples:
      hlkg build --corpus articles && cp new-article.txt articles/ && hlkg build --corpus articles
      hlkg diff
      hlkg diff 1 2 --format turtle --output changes.trig
    """
    from kg.atomic import write_bytes_atomically
    from kg.diff import diff_builds, diff_lines, difference_trig, resolve_build

    old_build = resolve_build(build_dir, old, "previous")
    new_build = resolve_build(build_dir, new, "current")
    if fmt == "turtle":
        data = difference_trig(old_build, new_build)
    else:
        from kg.claim_report import Names
        from kg.diff import open_build

        changes = diff_builds(old_build, new_build)
        data = ("\n".join(diff_lines(changes, Names(open_build(new_build)))) + "\n").encode()
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    write_bytes_atomically(output, data)
    click.echo(f"wrote {output}", err=True)
