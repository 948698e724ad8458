"""The quality gate: the real extractor against the hand annotations, set by set.

The gates are regression floors at what the extractor measured when they were set (see the
README's "Extraction and its quality" for the figures and the issue's targets), not targets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import HlkgError
from kg.evaluate import (
    evaluate,
    format_table,
    load_gold,
    pooled_relations,
    read_gold_mentions,
    read_gold_relations,
)

GOLD = Path(__file__).resolve().parent / "gold"
DEV_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus-dev"


@pytest.fixture(scope="module")
def sets(seed_corpus: Path):
    if not (DEV_CORPUS / "atun-doctors-and-management-mintzberg.txt").is_file():
        pytest.skip("the development corpus ../shared/corpus-dev is not beside this checkout")
    return {s.name: s for s in evaluate(GOLD)}


FLOORS = {
    # set: (mentions P, R, relations P, R), regression floors a little below what the
    # extractor measured when each was set, for the sets we read and tune on.
    "seeds": (0.98, 0.98, 0.94, 0.77),
    "tune": (0.96, 0.95, 0.95, 0.65),
    # Written for the project and annotated before the extractor first ran on it (2.22.0:
    # relations P 0.923, R 0.471, one polarity error).
    "written": (0.98, 0.95, 0.95, 0.78),
    # The same way, later (2.23.0: relations P 0.867, R 0.520, no polarity error).
    "written-2": (0.95, 0.95, 0.95, 0.88),
}

HELD_OUT_MENTION_FLOORS = {
    # set: (mentions P, R) for the held-out sets, each with 100-300 gold mentions, so that a
    # point is a few mentions. Their relations are too few for a floor each (4-31 gold, where
    # one statement moves precision by 10-25 points: such a floor either fails on noise or
    # steers whoever sees it fail); they have one floor together, below. The blind sets'
    # first scores are in tests/gold/README.md.
    "test": (0.79, 0.84),
    "written-3": (0.91, 0.85),
    "written-4": (0.85, 0.74),
    "written-5": (0.87, 0.84),
    "written-6": (0.83, 0.75),
    "written-7": (0.90, 0.90),
    "written-8": (0.88, 0.78),
    "written-9": (0.86, 0.73),
    "written-10": (0.79, 0.80),
    "written-11": (0.80, 0.81),
    # First scored with 2.88.0: mentions P 0.833, R 0.775 (100 matched of 120 found, 129 in
    # gold); relations P 0.615, R 0.276 (8 of 13 found, 29 in gold); three polarity errors.
    "written-12": (0.81, 0.75),
}

HELD_OUT_RELATION_FLOOR = (0.60, 0.20)
"""Relations P and R over every held-out set together (about 300 gold relations, so that a
floor a few statements below the figure it was set at is one no change passes by chance)."""


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_set_meets_its_floors(sets, name: str) -> None:
    mentions_p, mentions_r, relations_p, relations_r = FLOORS[name]
    found = sets[name]
    assert found.mentions.precision >= mentions_p and found.mentions.recall >= mentions_r
    assert found.relations.precision >= relations_p and found.relations.recall >= relations_r


# A held-out failure names no figure, so that running the suite shows a developer tuning the
# extractor no more of a held-out set than `hlkg evaluate` does.


@pytest.mark.parametrize("name", sorted(HELD_OUT_MENTION_FLOORS))
def test_each_held_out_set_meets_its_mention_floors(sets, name: str) -> None:
    precision, recall = HELD_OUT_MENTION_FLOORS[name]
    found = sets[name]
    met = found.mentions.precision >= precision and found.mentions.recall >= recall
    assert met, f"{name} fell below a mention floor (its figures: hlkg evaluate)"


def test_the_held_out_sets_together_meet_the_relation_floor(sets) -> None:
    pooled = pooled_relations([s for s in sets.values() if s.held_out])
    precision, recall = HELD_OUT_RELATION_FLOOR
    met = pooled.precision >= precision and pooled.recall >= recall
    assert met, "the held-out sets together fell below the relation floor"


def test_every_set_has_floors(sets) -> None:
    assert sorted(sets) == sorted(FLOORS | HELD_OUT_MENTION_FLOORS)
    assert all(sets[name].held_out for name in HELD_OUT_MENTION_FLOORS)
    assert not any(sets[name].held_out for name in FLOORS)


def test_no_denied_or_rejected_claim_is_given_another_status(sets) -> None:
    with_one = {"written-3", "written-4", "written-6", "written-7", "written-9", "written-11"}
    with_more = {"written-12": 3}
    others = [s.polarity_errors for n, s in sets.items() if n not in with_one | set(with_more)]
    assert others == [0] * len(others)
    # written-3, written-4, written-6, written-7 and written-11 each had one at their first
    # score; written-9 has one since 2.89.0's wider lexicon first reached a claim there whose
    # status is read wrong (a rejection read as a denial). A floor until the extractor earns
    # zero there too.
    assert all(sets[name].polarity_errors <= 1 for name in with_one)
    # written-12 had three at its first score (2.88.0): the same kind of floor.
    assert all(sets[name].polarity_errors <= most for name, most in with_more.items())


def test_the_split_follows_the_rule_in_the_readme() -> None:
    sets = {s.name: s for s in load_gold(GOLD, corpus=GOLD)}
    dev = sorted(sets["tune"].sources + sets["test"].sources)
    assert sets["tune"].sources == dev[0::2] and sets["test"].sources == dev[1::2]
    assert sets["test"].held_out and not sets["tune"].held_out


def test_every_document_is_scored(sets) -> None:
    for name, evaluation in sets.items():
        assert [d.source for d in evaluation.documents] == {s.name: s for s in load_gold(GOLD)}[
            name
        ].sources
    assert all(d.mentions.gold > 10 and d.relations.gold >= 1 for d in sets["tune"].documents)


def test_negation_and_hedging_flags_agree_on_most_matched_relations(sets) -> None:
    agree, total = sets["seeds"].flags
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


def test_cli_prints_the_table_and_errors(sets) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    outcome = CliRunner().invoke(cli, ["evaluate", str(GOLD), "--show-errors"])
    assert outcome.exit_code == 0, outcome.output
    assert "relations P" in outcome.output and "test (held out)" in outcome.output
    assert "FN relation" in outcome.output
    # A held-out set shows its totals only: no rows or errors of its documents.
    held_out = {s.name: s for s in load_gold(GOLD)}["test"].sources
    assert not any(source in outcome.output for source in held_out)
    shown = CliRunner().invoke(cli, ["evaluate", str(GOLD), "--set", "test", "--show-held-out"])
    assert all(source in shown.output for source in held_out)


def test_an_unknown_set_is_a_usage_error() -> None:
    from kg.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["evaluate", str(GOLD), "--set", "nope", "--corpus", str(GOLD)])
    assert stopped.value.code == 2


def test_a_row_repeating_a_surface_with_another_concept_is_a_second_concept_of_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "x.mentions.tsv"
    path.write_text(
        "surface\tconcept\nleadership\tLeadership\nleadership\tLeadershipRole\n"
        "leadership\tLeadership\n",
        encoding="utf-8",
    )
    first, second, third = read_gold_mentions(path, "leadership and leadership")
    assert (first.begin, second.begin, third.begin) == (0, 0, 15)


def test_cli_rejects_a_folder_without_gold(tmp_path: Path) -> None:
    from kg.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(["evaluate", str(tmp_path)])
    assert stopped.value.code == 2


def _scored(tmp_path: Path, extractor, text: str, mentions: str = "", relations: str = ""):
    """One document of our own, extracted and scored against the gold rows given (TSV
    bodies without their header)."""
    from kg.evaluate import GoldDocument, base_relations, score_document
    from kg.ontology import load_ontology
    from kg.text import CorpusFile, read_document

    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(CorpusFile(tmp_path, path, "a.txt"))
    mention_file = tmp_path / "a.mentions.tsv"
    mention_file.write_text("surface\tconcept\n" + mentions, encoding="utf-8")
    relation_file = tmp_path / "a.relations.tsv"
    relation_file.write_text("anchor\tsubject\trelation\tobject\tflags\n" + relations, "utf-8")
    gold = GoldDocument(
        "a.txt",
        read_gold_mentions(mention_file, document.text),
        read_gold_relations(relation_file, document.text),
    )
    return score_document(extractor.extract(document), gold, base_relations(load_ontology()))


def test_a_relation_is_within_reach_only_when_both_concepts_are_found_in_its_sentence(
    tmp_path: Path, extractor
) -> None:
    result = _scored(
        tmp_path,
        extractor,
        "Clinical leadership improves patient safety. Nothing here helps autonomy. "
        "Clinical leadership, patient safety: one page.\n",
        relations="improves patient safety\tClinicalLeadership\tsupports\tPatientSafety\t-\n"
        "helps autonomy\tClinicalLeadership\tsupports\tAutonomy\t-\n"
        "one page\tClinicalLeadership\tsupports\tPatientSafety\t-\n",
    )
    assert result.relations_in_reach == 2
    assert result.unread_in_reach == 1  # the third sentence yields no statement


def test_relations_out_of_reach_are_told_apart_by_why(tmp_path: Path, extractor) -> None:
    """An argument named only by a pronoun is resolution's work; one the gold names in the
    sentence but the extractor does not find is the lexicon's."""
    result = _scored(
        tmp_path,
        extractor,
        "Clinical leadership matters. It improves patient safety. "
        "Frobnication improves patient safety.\n",
        mentions="Clinical leadership\tClinicalLeadership\npatient safety\tPatientSafety\n"
        "Frobnication\tClinicalLeadership\npatient safety\tPatientSafety\n",
        relations="It improves\tClinicalLeadership\tsupports\tAutonomy\t-\n"
        "Frobnication improves\tClinicalLeadership\tsupports\tPatientSafety\t-\n",
    )
    reach = (result.relations_in_reach, result.referred_arguments, result.missed_arguments)
    assert reach == (0, 1, 1)


def test_wrong_statements_are_told_apart_by_how_far_they_are_from_the_gold(
    tmp_path: Path, extractor
) -> None:
    """A statement on a gold pair read the wrong way round, one with an argument the reader
    does not see, and one where the reader sees no relation at all."""
    result = _scored(
        tmp_path,
        extractor,
        "Clinical leadership improves patient safety. Teamwork improves trust. "
        "Clinical audit improves efficiency.\n",
        relations="Clinical leadership improves\tClinicalLeadership\tsupports\tTeamwork\t-\n"
        "Teamwork improves\tTrust\tsupports\tTeamwork\t-\n",
    )
    assert result.relations.true_positives == 0
    kinds = (result.misread_pair, result.one_argument_wrong, result.no_such_relation)
    assert kinds == (1, 1, 1)


def test_a_polarity_error_says_which_way_it_went(tmp_path: Path, extractor) -> None:
    result = _scored(
        tmp_path,
        extractor,
        "Clinical leadership improves patient safety.\n",
        relations="improves\tClinicalLeadership\tsupports\tPatientSafety\trejected\n",
    )
    assert result.polarity_errors == 1
    assert result.polarity_kinds == ["rejected read as asserted"]


def _quarrel(tmp_path: Path, extractor):
    """A sentence whose reader marks a description where the extractor finds its parts, a
    word the lexicon lacks, and one mention both agree on."""
    return _scored(
        tmp_path,
        extractor,
        "The quarrel between doctors and managers worries patients.\n",
        mentions="quarrel between doctors and managers\tDoctorManagerDivide\n"
        "worries\tTrust\npatients\tPatient\n",
    )


def test_unmatched_mentions_are_told_apart_by_kind(tmp_path: Path, extractor) -> None:
    """A found mention on a gold span of another concept is a wrong choice of concept; a gold
    mention with nothing found on its span is a wording the lexicon lacks."""
    result = _quarrel(tmp_path, extractor)
    assert result.mentions.true_positives == 1  # patients
    assert result.wrong_concept == 2  # doctors, managers inside the divide's span
    assert result.unseen_spans == 1  # worries


def test_a_set_shows_only_its_totals_when_printed(sets) -> None:
    """pytest prints a failing assertion's operands: a held-out set's errors must not show."""
    shown = repr(sets["test"])
    assert "FP " not in shown and "FN " not in shown and ".txt" not in shown
    assert shown.startswith("Evaluation('test', held_out=True, mentions=Score(")


def test_the_table_scores_the_held_out_sets_together(sets) -> None:
    table = format_table(list(sets.values()))
    row = next(line for line in table.splitlines() if line.startswith("held out, together"))
    held_out = [s for s in sets.values() if s.held_out]
    assert row.split()[3:5] == [
        str(sum(len(s.documents) for s in held_out)),
        str(sum(s.sentences for s in held_out)),
    ]
    pooled = pooled_relations(held_out)
    assert f"{pooled.precision:.3f}" in row.split()[8:9]
    assert row.split()[-1] == str(sum(s.polarity_errors for s in held_out))


def test_mentions_are_scored_per_concept_with_what_was_found_instead(
    tmp_path: Path, extractor
) -> None:
    """The per-concept breakdown: which concept a reader named where the extractor found
    another, and which concepts it finds that the reader does not name."""
    from kg.evaluate import Evaluation, format_concepts
    from kg.namespaces import HLKG

    result = _quarrel(tmp_path, extractor)
    divide, doctor = HLKG + "DoctorManagerDivide", HLKG + "Doctor"
    assert result.confusions == {(divide, doctor): 1, (divide, HLKG + "Manager"): 1}
    scores = result.concepts
    assert (scores[doctor].gold, scores[doctor].predicted, scores[doctor].true_positives) == (
        0,
        1,
        0,
    )
    assert (scores[divide].gold, scores[divide].true_positives) == (1, 0)
    assert scores[HLKG + "Patient"].recall == 1.0
    table = format_concepts([Evaluation([result, result], "mine", held_out=True)])
    lines = table.splitlines()
    assert lines[0] == "mine (held out): mentions by concept, most errors first"
    divide_row = next(line for line in lines if line.startswith("DoctorManagerDivide"))
    assert divide_row.split()[1:6] == ["2", "0", "0", "1.00", "0.00"]
    assert divide_row.endswith("Doctor 2, Manager 2")
    assert not any(line.startswith("Patient ") for line in lines)  # no error, no row
    assert "a.txt" not in table and "quarrel" not in table  # counts only, held-out safe
    # Several held-out sets are also pooled: one set's counts are small.
    two = [Evaluation([result], "one", held_out=True), Evaluation([result], "two", held_out=True)]
    pooled = format_concepts(two).split("all held-out sets (held out): mentions by concept")[1]
    divide_row = next(line for line in pooled.splitlines() if line.startswith("DoctorManager"))
    assert divide_row.split()[1:4] == ["2", "0", "0"]
    assert "all held-out sets" not in format_concepts([two[0]])


def test_relations_are_scored_per_kind(tmp_path: Path, extractor) -> None:
    from kg.evaluate import Evaluation, format_concepts

    result = _scored(
        tmp_path,
        extractor,
        "Clinical leadership improves patient safety. Bureaucracy hinders teamwork.\n",
        relations="improves patient safety\tClinicalLeadership\tsupports\tPatientSafety\t-\n"
        "hinders teamwork\tBureaucracy\tconflictsWith\tTeamwork\t-\n",
    )
    kinds = {base: (s.gold, s.predicted, s.true_positives) for base, s in result.bases.items()}
    assert kinds == {"supports": (1, 1, 1), "hinders": (0, 1, 0), "conflictsWith": (1, 0, 0)}
    table = format_concepts([Evaluation([result], "mine")]).splitlines()
    start = table.index("mine: relations by kind")
    rows = [line.split() for line in table[start + 2 :]]
    assert rows == [
        ["conflictsWith", "1", "0", "0", "1.00", "0.00"],
        ["hinders", "0", "1", "0", "0.00", "1.00"],
        ["supports", "1", "1", "1", "1.00", "1.00"],
    ]


def test_cli_prints_the_concepts_breakdown(sets) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    out = CliRunner().invoke(cli, ["evaluate", "tests/gold", "--set", "seeds", "--by-concept"])
    assert out.exit_code == 0, out.output
    assert "seeds: mentions by concept, most errors first" in out.output
