"""A claim the next sentence rebuts is rejected (kg.extract.rebuttals); our own sentences."""

from __future__ import annotations

import pytest
from test_extract_status import statuses

from kg.extract.patterns import CueSet
from kg.extract.rebuttals import rebuttal


@pytest.mark.parametrize(
    ("second", "status"),
    [
        # a sentence that rebuts the report and says nothing else
        ("This view is mistaken.", "rejected"),
        ("That is a myth.", "rejected"),
        ("This claim is simply wrong.", "rejected"),
        ("We disagree.", "rejected"),
        ("We strongly disagree.", "rejected"),
        ("This is not the case.", "rejected"),
        ("That is not so.", "rejected"),
        ("The evidence does not support this.", "rejected"),
        ("The data do not bear this out.", "rejected"),
        ("Nothing could be further from the truth.", "rejected"),
        # the same after a connective that only marks the turn
        ("But this view is mistaken.", "rejected"),
        ("This view is, however, mistaken.", "rejected"),
        ("Yet the evidence does not support this.", "rejected"),
        ("However, this is not the case.", "rejected"),
        ("In practice, the opposite is true.", "rejected"),
        ("The reverse is true.", "rejected"),
        # a view said to claim too much, to miss something, or not to hold
        ("This assumption is too simple.", "rejected"),
        ("This is a false dichotomy.", "rejected"),
        ("This view ignores the evidence.", "rejected"),
        ("Such claims miss the point.", "rejected"),
        ("This argument does not hold.", "rejected"),
        ("This picture is misleading.", "rejected"),
        ("That view of audit is outdated.", "rejected"),
        ("This assumption about audit is flawed.", "rejected"),
        ("That view of clinical audit is outdated.", "rejected"),
        # a bare pointer doing what only a view can do wrong
        ("This misreads the evidence.", "rejected"),
        ("That overstates the case.", "rejected"),
        ("This ignored patients.", "hedged"),
        # the claim's verb denied by ellipsis
        ("It does not.", "rejected"),
        ("In fact, it doesn't.", "rejected"),
        # one that says something else, or denies nothing
        ("This view is widely shared.", "hedged"),
        ("This view is not mistaken.", "hedged"),
        ("This is not the only factor.", "hedged"),
        ("This view is mistaken about nurses in rural hospitals.", "hedged"),
        ("Managers disagree.", "hedged"),
        ("The evidence supports this.", "hedged"),
        ("But this view is widely shared.", "hedged"),
        ("This assumption is simple.", "hedged"),
        ("This is a real dichotomy.", "hedged"),
        ("This argument holds.", "hedged"),
        ("This does not hold for nurses in rural hospitals.", "hedged"),
        ("This confused many nurses.", "hedged"),
        ("In practice, the picture is similar.", "hedged"),
        ("The opposite view is rarely heard.", "hedged"),
        ("It does not always.", "hedged"),
        ("That view of clinical audit in hospitals is outdated.", "hedged"),
        ("This assumption about audit is common.", "hedged"),
        ("Managers do not.", "hedged"),
    ],
)
def test_a_reported_claim_the_next_sentence_rebuts_is_rejected(
    extractor, second: str, status: str
) -> None:
    """The rows marked hedged say something else: the report keeps its status."""
    text = f"Many managers argue that clinical audit threatens professional autonomy. {second}"
    assert statuses(extractor, text) == {("Audit", "threatens", "Autonomy", status)}


def test_a_plain_claim_put_up_to_be_knocked_down_is_rejected_too(extractor) -> None:
    text = "Clinical audit threatens professional autonomy. That is a myth."
    assert statuses(extractor, text) == {("Audit", "threatens", "Autonomy", "rejected")}


def test_the_authors_own_claim_beside_a_rebutted_report_stands(extractor) -> None:
    text = (
        "Teamwork improves patient safety, although critics argue that clinical audit "
        "threatens professional autonomy. We disagree."
    )
    found = statuses(extractor, text)
    assert ("Teamwork", "improves", "PatientSafety", "asserted") in found
    assert ("Audit", "threatens", "Autonomy", "rejected") in found


def test_a_rebuttal_is_the_whole_sentence() -> None:
    words = CueSet.load().words
    assert rebuttal("This view is mistaken.", words) == "this view is mistaken"
    assert rebuttal("This view, however, is mistaken in several ways that matter.", words) is None
    assert rebuttal("", words) is None


@pytest.mark.parametrize(
    ("tail", "status"),
    [
        # a view noun after a comma, judged wrong by its own relative clause
        ("a view we do not share", "rejected"),
        ("a view few now accept", "rejected"),
        ("a claim that does not survive scrutiny", "rejected"),
        ("an assumption that is simply wrong", "rejected"),
        ("a belief that is outdated", "rejected"),
        # one its relative clause does not judge, or judges well
        ("a view we share", "hedged"),
        ("a claim that many doctors make", "hedged"),
        ("an argument that holds up well", "hedged"),
    ],
)
def test_a_view_noun_set_after_a_report_can_reject_it(extractor, tail: str, status: str) -> None:
    text = f"Critics claim that clinical audit threatens professional autonomy, {tail}."
    assert statuses(extractor, text) == {("Audit", "threatens", "Autonomy", status)}


def test_the_authors_own_claim_with_an_approving_apposition_stands(extractor) -> None:
    text = "Clinical leadership improves patient safety, a view that is widely held."
    assert statuses(extractor, text) == {
        ("ClinicalLeadership", "improves", "PatientSafety", "asserted")
    }
    rejected = "Clinical audit threatens professional autonomy, an argument that does not hold up."
    assert statuses(extractor, rejected) == {("Audit", "threatens", "Autonomy", "rejected")}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a view laid at someone's door, said not to stand up
        ("The charge that {c} does not stand up.", "rejected"),
        ("The charge that {c} is widely heard.", "hedged"),
        # a view said to have lost its hold, or to have little ground
        ("The old assumption that {c} no longer holds.", "rejected"),
        ("The old assumption that {c} still holds.", "hedged"),
        ("The belief that {c} has little basis in fact.", "rejected"),
        ("The belief that {c} lacks foundation.", "rejected"),
        ("The belief that {c} has a strong basis.", "hedged"),
        # a conflict or a claim called a red herring
        ("The supposed threat of audit to autonomy is a red herring.", "rejected"),
        # "it is misleading to suggest": the infinitive hung on the adjective
        ("It is misleading to suggest that {c}.", "rejected"),
        ("It is not misleading to suggest that {c}.", "hedged"),
        ("It is helpful to suggest that {c}.", "hedged"),
        # "nor is it true that": a denied affirmation by its conjunction
        ("Nor is it true that {c}.", "rejected"),
        ("It is true that {c}.", "asserted"),
    ],
)
def test_more_of_the_fields_ways_of_rejecting_a_view(extractor, text: str, status: str) -> None:
    claim = "clinical audit threatens professional autonomy"
    found = statuses(extractor, text.format(c=claim))
    assert found == {("Audit", "threatens", "Autonomy", status)}


@pytest.mark.parametrize(
    ("second", "status"),
    [
        # a claim said to be disproved, in the passive
        ("This argument has been refuted.", "rejected"),
        ("That claim was disproved long ago.", "rejected"),
        ("This has since been debunked by later studies.", "rejected"),
        ("The idea is now widely discredited.", "hedged"),  # not a pointing subject
        # doubt reported, not the author's verdict; something else undone; no passive
        ("This argument has been questioned.", "hedged"),
        ("This policy has been discredited.", "hedged"),
        ("This argument refuted nothing.", "hedged"),
        ("This argument has been refuted in three hospitals out of five.", "hedged"),
    ],
)
def test_a_claim_the_next_sentence_calls_disproved_is_rejected(
    extractor, second: str, status: str
) -> None:
    text = f"Critics claim that clinical audit threatens professional autonomy. {second}"
    assert statuses(extractor, text) == {("Audit", "threatens", "Autonomy", status)}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the disproof in a clause joined by "but"
        ("Critics claim that {c}, but this argument has been refuted.", "rejected"),
        ("Critics claim that {c}, but this argument has been questioned.", "hedged"),
        # saying the claim called a mistake or an exaggeration, however the parser hangs it
        ("It would be an exaggeration to say that {c}.", "rejected"),
        ("To claim that {c} would be a mistake.", "rejected"),
        ("To claim that {c} is not wrong.", "hedged"),
        ("The decision to say that {c} was taken by the board.", "hedged"),
    ],
)
def test_saying_the_claim_is_called_wrong(extractor, text: str, status: str | None) -> None:
    claim = "clinical audit threatens professional autonomy"
    found = statuses(extractor, text.format(c=claim))
    assert found == ({("Audit", "threatens", "Autonomy", status)} if status else set())


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the author denies what others say: the claim is put forward to be rejected
        ("Clinical audit does not, as critics allege, threaten professional autonomy.", "rejected"),
        ("Clinical audit is not, as is often said, a threat to professional autonomy.", "rejected"),
        ("Contrary to popular belief, clinical audit does not threaten professional autonomy.",
         "rejected"),
        ("Contrary to what many doctors assume, clinical audit does not threaten professional "
         "autonomy.", "rejected"),
        # others' denial reported; a denial against an expectation or a rule; the author's own
        ("Clinical audit, critics say, does not threaten professional autonomy.", "negated"),
        ("Doctors do not believe that clinical audit threatens professional autonomy.", "negated"),
        ("Contrary to expectations, clinical audit did not threaten professional autonomy.",
         "negated"),
        ("Contrary to the guidance, clinical audit does not threaten professional autonomy.",
         "negated"),
        # the "as" clause without a denial is a report; the author's own is not
        ("Clinical audit is, as is often said, a threat to professional autonomy.", "hedged"),
        ("Clinical audit, as we argue below, threatens professional autonomy.", "asserted"),
        ("Clinical audit threatens professional autonomy, as the evidence shows.", "asserted"),
    ],
)
def test_a_denial_of_what_others_say_is_a_rejection(extractor, text: str, status: str) -> None:
    assert statuses(extractor, text) == {("Audit", "threatens", "Autonomy", status)}


def test_an_as_aside_that_swallowed_the_predicate_is_read_again(extractor) -> None:
    text = "Doctors are not, as is sometimes claimed, hostile to clinical audit."
    found = statuses(extractor, text)
    assert found and all(status == "rejected" for *_, status in found)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a bare plural view or attitude noun with its content clause
        ("Claims that {c} are largely unfounded.", "rejected"),
        ("Fears that {c} are unfounded.", "rejected"),
        ("Fears that {c} are widespread.", "hedged"),
        ("The concern that {c} is widespread.", "hedged"),
        ("Allegations that {c} surfaced last year.", "hedged"),
        # support denied by a scarce subject
        ("Little evidence supports the claim that {c}.", "rejected"),
        ("Much evidence supports the claim that {c}.", "hedged"),
        # a name kept at a distance, and said to be only words
        ("The so-called threat of clinical audit to professional autonomy is largely rhetorical.",
         "rejected"),
        ("The so-called threat of clinical audit to professional autonomy worries doctors.",
         "hedged"),
        # what is so said to be more than the claim allows
        ("Critics claim that {c}, but the reality is more complex.", "rejected"),
        ("Critics claim that {c}. The truth is far more nuanced.", "rejected"),
        ("Critics claim that {c}. The reality is more complex for nurses in rural wards.",
         "hedged"),
    ],
)
def test_views_named_by_bare_nouns_scarce_support_and_distance(
    extractor, text: str, status: str
) -> None:
    claim = "clinical audit threatens professional autonomy"
    found = statuses(extractor, text.format(c=claim))
    assert found == {("Audit", "threatens", "Autonomy", status)}


def test_a_restrictive_relative_clause_is_still_no_content_clause(extractor) -> None:
    text = "Doctors who distrust managers undermine clinical engagement."
    assert statuses(extractor, text) == {
        ("Doctor", "undermines", "ClinicalEngagement", "asserted")
    }


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # a turn to what is so, saying the opposite of the report: the report is knocked down
        (
            "In fact, clinical audit protects professional autonomy.",
            {("Audit", "threatens", "Autonomy", "rejected"),
             ("Audit", "supports", "Autonomy", "asserted")},
        ),
        (
            "In reality, clinical audit protects professional autonomy.",
            {("Audit", "threatens", "Autonomy", "rejected"),
             ("Audit", "supports", "Autonomy", "asserted")},
        ),
        # the same without the turn, or the turn saying something else
        (
            "Clinical audit protects professional autonomy.",
            {("Audit", "threatens", "Autonomy", "hedged"),
             ("Audit", "supports", "Autonomy", "asserted")},
        ),
        (
            "In fact, clinical audit protects patient safety.",
            {("Audit", "threatens", "Autonomy", "hedged"),
             ("Audit", "supports", "PatientSafety", "asserted")},
        ),
    ],
)
def test_a_report_the_next_sentence_contradicts_in_fact_is_rejected(
    extractor, second: str, expected: set
) -> None:
    text = f"Many believe that clinical audit threatens professional autonomy. {second}"
    assert statuses(extractor, text) == expected
