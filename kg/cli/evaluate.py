"""`hlkg evaluate`: score the extractor against hand annotations (kg.evaluate does the work)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.errors import HlkgError


@click.command()
@click.argument(
    "gold_dir",
    required=False,
    type=click.Path(file_okay=False, path_type=Path),
)
@click.option(
    "--corpus",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder holding the annotated texts of the sets scored (default: each set's own).",
)
@click.option(
    "--ontology",
    "extra_ontology",
    multiple=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="An extra Turtle file extending the ontology (repeatable), as for hlkg build.",
)
@click.option(
    "--cues",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A cue-phrase file to use instead of the bundled ontology/cues.toml.",
)
@click.option(
    "--set",
    "sets",
    multiple=True,
    help="Score only this gold set (repeatable; default: all of gold.toml's sets).",
)
@click.option("--show-errors", is_flag=True, help="List false positives and negatives.")
@click.option(
    "--by-concept",
    is_flag=True,
    help="Also print, per set, the concepts with the most mention errors, the concepts "
    "found instead on their gold spans, and the relations by kind, then all held-out sets "
    "pooled (counts only, held-out sets too).",
)
@click.option(
    "--show-held-out",
    is_flag=True,
    help="Also show per-document rows and errors of held-out sets.",
)
def evaluate(
    gold_dir: Path | None,
    corpus: Path | None,
    extra_ontology: tuple[Path, ...],
    cues: Path | None,
    sets: tuple[str, ...],
    show_errors: bool,
    by_concept: bool,
    show_held_out: bool,
) -> None:
    """Print precision, recall and F1 of mentions and relations against GOLD_DIR.

    GOLD_DIR holds gold.toml and the annotations (TSV); it defaults to ./tests/gold when that
    exists (a source checkout). Each set of gold.toml is scored: per-document rows, then a
    line per set with its totals, statements per sentence, flag agreement and polarity errors
    (a denied or rejected claim given another status), and a paragraph per set sorting its
    misses and wrong answers by kind (a wording the lexicon lacks or the wrong concept; a
    relation out of reach, named by reference, or in a sentence that yielded nothing; a wrong
    statement on a gold pair, with one wrong argument, or with none right). A held-out set
    shows its totals only.

    \b
    Examples:
      hlkg evaluate tests/gold --show-errors
      hlkg evaluate tests/gold --by-concept
      hlkg evaluate tests/gold --set seeds --corpus ../shared/corpus
    """
    if gold_dir is None:
        gold_dir = Path("tests/gold")
        if not (gold_dir / "gold.toml").is_file():
            raise HlkgError("no gold folder given and ./tests/gold not found", exit_code=2)
    from kg.evaluate import evaluate as run
    from kg.evaluate import format_concepts, format_table
    from kg.extract import Extractor
    from kg.ontology import load_ontology

    graph = load_ontology(extra_ontology)
    extractor = Extractor.from_ontology(graph, cue_file=cues)
    result = run(gold_dir, corpus=corpus, extractor=extractor, graph=graph, sets=sets or None)
    click.echo(format_table(result, show_errors=show_errors, show_held_out=show_held_out))
    if by_concept:
        click.echo("")
        click.echo(format_concepts(result))
