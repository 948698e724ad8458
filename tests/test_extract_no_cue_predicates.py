"""Claims carried by an idiom or a comparison rather than a cue verb of their own: "X and Y go
hand in hand", "X and Y reinforce each other", "wards with X do better on Y". Every sentence
here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract, triples

from kg.extract import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "Mutual respect and teamwork go hand in hand.",
        "Mutual respect goes hand in hand with teamwork.",
        "In most trusts, mutual respect went hand in hand with teamwork.",
    ],
)
def test_going_hand_in_hand_is_the_first_supporting_the_second(
    extractor: Extractor, text: str
) -> None:
    assert triples(extractor, text) == {("MutualRespect", "supports", "Teamwork")}


def test_a_coordinated_subject_read_as_one_noun_phrase_is_still_a_pair(
    extractor: Extractor,
) -> None:
    # The small parser makes "clinical engagement and good" modifiers of "outcomes".
    text = "Clinical engagement and good patient outcomes go hand in hand."
    assert triples(extractor, text) == {("ClinicalEngagement", "supports", "PatientOutcome")}
    # A modifier with no coordination is no pair.
    assert triples(extractor, "Patient outcomes go hand in hand.") == set()


def test_going_elsewhere_with_someone_is_no_claim(extractor: Extractor) -> None:
    assert triples(extractor, "Doctors go to the board meeting with managers.") == set()
    assert triples(extractor, "Nurses went hand in hand into the ward.") == set()


@pytest.mark.parametrize("other", ["each other", "one another"])
def test_a_reciprocal_object_gives_both_directions(extractor: Extractor, other: str) -> None:
    text = f"Clinical governance and audit strengthen {other}."
    assert triples(extractor, text) == {
        ("ClinicalGovernance", "supports", "Audit"),
        ("Audit", "supports", "ClinicalGovernance"),
    }


def test_supporting_each_others_aims_is_not_reciprocal_support(extractor: Extractor) -> None:
    assert triples(extractor, "Audit and appraisal serve each other's purposes.") == set()


def test_a_denied_idiom_is_negated_in_both_directions(extractor: Extractor) -> None:
    relations = extract(extractor, "Audit and appraisal do not reinforce each other.").relations
    assert len(relations) == 2 and all(r.negated for r in relations)
    denied = extract(extractor, "Regulation does not go hand in hand with autonomy.").relations
    assert [r.negated for r in denied] == [True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wards with visible clinical leadership do better on patient safety.",
            ("ClinicalLeadership", "supports", "PatientSafety"),
        ),
        (
            "Practices with strong teamwork perform better in patient experience.",
            ("Teamwork", "supports", "PatientExperience"),
        ),
        (
            "Hospitals with heavy bureaucracy perform worse on efficiency.",
            ("Bureaucracy", "hinders", "Efficiency"),
        ),
    ],
)
def test_those_with_x_doing_better_on_y_credits_x(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


def test_doing_better_without_x_or_without_a_comparison_credits_nothing(
    extractor: Extractor,
) -> None:
    without = "Wards without clinical leadership do better on patient safety."
    assert triples(extractor, without) == set()
    no_comparison = "Wards with clinical leadership do audits on patient safety."
    assert triples(extractor, no_comparison) == set()
    hedged = extract(extractor, "Teams with good communication may do better on quality of care.")
    assert [r.hedged for r in hedged.relations] == [True]


def test_in_a_question_an_idioms_verb_is_a_cue_only_with_the_idioms_words() -> None:
    from kg.extract.patterns import CueSet

    cues = CueSet.load()
    plain = "what does clinical leadership depend on?"
    assert [plain[b:e] for b, e, _ in cues.words_in(plain)] == ["depend"]
    idiom = "what goes hand in hand with teamwork?"
    assert [idiom[b:e] for b, e, _ in cues.words_in(idiom)] == ["goes"]
    found = cues.words_in("which wards do better on safety?")
    assert found[0][2].id == "those with X do better on Y"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Practices that share leadership achieve safer care.",
            ("Leadership", "supports", "PatientSafety"),
        ),
        (
            "Trusts which practise clinical audit deliver better patient outcomes.",
            ("Audit", "supports", "PatientOutcome"),
        ),
        (
            "Wards that have strong teamwork perform better on patient experience.",
            ("Teamwork", "supports", "PatientExperience"),
        ),
    ],
)
def test_a_subject_singled_out_by_what_it_practises_stands_for_that(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(extractor, text) == {expected}


def test_a_relative_clause_of_another_verb_singles_nothing_out(extractor: Extractor) -> None:
    text = "Wards that resent audit perform better on patient experience."
    assert triples(extractor, text) == set()
