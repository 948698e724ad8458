"""The quality gate: the real extractor on the seed corpus against the hand annotations."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import HlkgError
from kg.evaluate import GoldSet, evaluate, read_gold_mentions, read_gold_relations

GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="module")
def result(seed_corpus: Path):
    return evaluate(GOLD, corpus=seed_corpus)


def test_mentions_meet_the_targets(result) -> None:
    assert result.mentions.precision >= 0.90
    assert result.mentions.recall >= 0.90


def test_relations_meet_the_targets(result) -> None:
    assert result.relations.precision >= 0.80
    assert result.relations.recall >= 0.70


def test_every_document_is_scored(result) -> None:
    assert [d.source for d in result.documents] == GoldSet.load(GOLD).sources
    assert all(d.mentions.gold > 50 and d.relations.gold >= 10 for d in result.documents)


def test_negation_and_hedging_flags_agree_on_most_matched_relations(result) -> None:
    agree, total = result.flags
    assert total and agree / total >= 0.8


def test_a_surface_missing_from_the_text_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "x.mentions.tsv"
    path.write_text("surface\tconcept\ndoctors\tDoctor\nnurses\tNurse\n", encoding="utf-8")
    with pytest.raises(HlkgError, match=r"x\.mentions\.tsv:3: 'nurses' not found"):
        read_gold_mentions(path, "Doctors and managers.")


def test_gold_mentions_are_found_in_reading_order_across_quotes_and_dashes(tmp_path: Path) -> None:
    path = tmp_path / "x.mentions.tsv"
    path.write_text(
        "surface\tconcept\ndoctor-manager divide\tDoctorManagerDivide\ndoctors\tDoctor\n",
        encoding="utf-8",
    )
    text = "Doctors and the doctor\u2013manager divide; doctors again."
    first, second = read_gold_mentions(path, text)
    assert text[first.begin : first.end] == "doctor\u2013manager divide"
    assert second.begin == text.index("doctors again")


def test_bad_relation_rows_are_one_line_errors(tmp_path: Path) -> None:
    path = tmp_path / "x.relations.tsv"
    path.write_text(
        "anchor\tsubject\trelation\tobject\tflags\nboth sides\tDoctor\tlikes\tManager\t-\n",
        encoding="utf-8",
    )
    with pytest.raises(HlkgError, match=r"x\.relations\.tsv:2: relation 'likes'"):
        read_gold_relations(path, "Doctors like managers on both sides.")
    path.write_text("anchor\tsubject\n", encoding="utf-8")
    path.write_text("h\th\th\th\th\nonly two\tcolumns\n", encoding="utf-8")
    with pytest.raises(HlkgError, match="expected 5 tab-separated columns"):
        read_gold_relations(path, "only two columns")


def test_unknown_concepts_in_the_gold_are_rejected(tmp_path: Path) -> None:
    path = tmp_path / "x.mentions.tsv"
    path.write_text("surface\tconcept\ndoctors\tDoktor\n", encoding="utf-8")
    with pytest.raises(HlkgError, match="unknown concept 'Doktor'"):
        read_gold_mentions(path, "doctors", known={"https://w3id.org/hlkg/ontology#Doctor"})


def test_cli_prints_the_table_and_errors(seed_corpus: Path) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    outcome = CliRunner().invoke(
        cli, ["evaluate", str(GOLD), "--corpus", str(seed_corpus), "--show-errors"]
    )
    assert outcome.exit_code == 0, outcome.output
    assert "overall" in outcome.output and "relations P" in outcome.output
    assert "FN relation" in outcome.output


def test_cli_rejects_a_folder_without_gold(tmp_path: Path) -> None:
    from kg.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["evaluate", str(tmp_path)])
    assert stopped.value.code == 2
