"""`hlkg ask "QUESTION"`: plain English to a named query, run, with the reasons shown."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import build_dir_option, open_graph, reading_user_option
from kg.cli.query import format_option


@click.command()
@click.argument("question", nargs=-1, required=True)
@click.option("--show-sparql", is_flag=True, help="Print the SPARQL that runs, parameters bound.")
@format_option
@build_dir_option
@reading_user_option
def ask(
    question: tuple[str, ...],
    show_sparql: bool,
    fmt: str,
    build_dir: Path | None,
    user: str | None,
) -> None:
    """Answer a question in plain English with a named query, and say which and why.

    Concepts are recognised with the extractor's lexicon (labels and synonyms), relation words
    with its cue phrases and the question words of queries/ask.toml; no language model. A
    question that cannot be mapped gets one line naming the closest queries, and exit 2.

    \b
    Examples:
      hlkg ask "what threatens clinical autonomy?"
      hlkg ask "what does clinical leadership depend on?"
      hlkg ask "where do the sources disagree about accountability?" --show-sparql
      hlkg ask "what threatens clinical autonomy?" --user dba   # built with --store-endpoint
    """
    from kg.ask import Asker
    from kg.sparql import library, params, run
    from kg.sparql import results as writers

    store = open_graph(build_dir, user)
    mapping = Asker.from_store(store).map(" ".join(question))
    named = library.find(mapping.query)
    # The explanation goes with a table; a machine format keeps stdout for the results.
    note = sys.stdout if fmt == "table" else sys.stderr
    lines = [
        f"query   {mapping.query}: {named.title}",
        "params  " + (" ".join(f"{k}={v}" for k, v in mapping.params.items()) or "none"),
        *[("why     " if i == 0 else "        ") + r for i, r in enumerate(mapping.reasons)],
        f"same as {mapping.command()}",
    ]
    if show_sparql:
        bindings, limit = params.bind(named, mapping.params, run.local_select(store))
        lines += ["sparql", run.prepare(named.text, bindings, limit).body.rstrip()]
    click.echo("\n".join(lines) + "\n", file=note)
    from kg.claim_report import CLAIM_QUERIES, Names, entries_of, format_claims

    if fmt == "table" and mapping.query in CLAIM_QUERIES:
        entries = entries_of(store, mapping.query, dict(mapping.params))
        if not entries:
            click.echo("no claims found")
            return
        click.echo(format_claims(entries, Names(store)).rstrip("\n"))
        return
    results = run.execute(named, mapping.params, store=store)
    out = sys.stdout.buffer
    writers.write(results, fmt, out, sys.stderr)
    out.flush()
