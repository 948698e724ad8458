"""What a claim's status is, read from the parse: denied, rejected, hedged, reported."""

from __future__ import annotations

import pytest
from extraction import extract, triples

from kg.namespaces import HLKG


def statuses(extractor, text: str) -> set[tuple[str, str, str, str]]:
    """(subject, property, object, status) of each relation, status one of asserted,
    negated, rejected, hedged."""
    found = set()
    for r in extract(extractor, text).relations:
        status = (
            "rejected"
            if r.rejected
            else "negated"
            if r.negated
            else ("hedged" if r.hedged else "asserted")
        )
        found.add(
            (
                r.subject.removeprefix(HLKG),
                r.predicate.removeprefix(HLKG),
                r.object.removeprefix(HLKG),
                status,
            )
        )
    return found


def test_rather_than_seeing_x_as_y_is_a_rejected_view(extractor) -> None:
    text = (
        "Rather than seeing guidelines and accountability systems as a threat to autonomy "
        "there is an argument that they are an essential adjunct to it."
    )
    assert statuses(extractor, text) == {
        ("ClinicalGuideline", "threatens", "Autonomy", "rejected"),
        ("Accountability", "threatens", "Autonomy", "rejected"),
        ("Autonomy", "requires", "ClinicalGuideline", "asserted"),
        ("Autonomy", "requires", "Accountability", "asserted"),
    }


def test_the_idea_that_needs_to_be_challenged_is_rejected(extractor) -> None:
    text = (
        "The idea that autonomy is at the other end of a scale from accountability "
        "needs to be challenged."
    )
    assert statuses(extractor, text) == {
        ("Autonomy", "conflictsWith", "Accountability", "rejected")
    }


def test_the_seed_sentence_the_issue_quotes_is_rejected_not_firm(
    extractor, seed_corpus
) -> None:
    """The real sentence, read from the seed article rather than copied here."""
    from kg.text import CorpusFile, read_document

    path = seed_corpus / "edwards-2005-doctors-and-managers.txt"
    document = read_document(CorpusFile(seed_corpus, path, path.name))
    (sentence,) = [
        s for s in document.sentences if "needs to be challenged" in document.text[s.begin : s.end]
    ]
    found = {
        (r.subject.removeprefix(HLKG), r.object.removeprefix(HLKG), r.rejected, r.negated)
        for r in extract(extractor, document.text[sentence.begin : sentence.end]).relations
    }
    assert ("Autonomy", "Accountability", True, False) in found
    assert all(rejected or negated for _, _, rejected, negated in found)


@pytest.mark.parametrize(
    "text",
    [
        "It is a myth that management undermines professionalism.",
        "The view that management undermines professionalism is mistaken.",
        "We reject the notion that management undermines professionalism.",
    ],
)
def test_other_ways_of_rejecting_a_claim(extractor, text: str) -> None:
    assert statuses(extractor, text) == {
        ("Management", "undermines", "Professionalism", "rejected")
    }


def test_an_endorsed_view_is_not_rejected(extractor) -> None:
    text = "The view that management undermines professionalism is widely shared."
    assert ("Management", "undermines", "Professionalism", "rejected") not in statuses(
        extractor, text
    )


def test_a_reported_claim_is_hedged_and_attributed_to_its_holder(extractor) -> None:
    (relation,) = extract(
        extractor, "Doctors perceive that management conflicts with professional values."
    ).relations
    assert relation.hedged and relation.attributed_to == (HLKG + "Doctor",)
    (according,) = extract(
        extractor, "According to managers, bureaucracy hinders teamwork."
    ).relations
    assert according.hedged and according.attributed_to == (HLKG + "Manager",)
    # The author's own finding is no report; others' findings are (tests/gold/README.md:
    # "reported findings" are hedged).
    (shown,) = extract(extractor, "We show that bureaucracy hinders teamwork.").relations
    assert not shown.hedged and shown.attributed_to == ()
    (shown,) = extract(extractor, "Studies show that bureaucracy hinders teamwork.").relations
    assert shown.hedged and shown.attributed_to == ()


def test_a_frame_that_needs_its_negation_is_not_denied(extractor) -> None:
    text = "Quality of care cannot be achieved without clinical leadership."
    assert statuses(extractor, text) == {
        ("QualityOfCare", "requires", "ClinicalLeadership", "asserted")
    }
    # Without the negation the frame says nothing.
    assert triples(extractor, "Quality of care was achieved without clinical leadership.") == set()


def test_denial_by_the_subject_and_by_little(extractor) -> None:
    assert statuses(extractor, "No manager undermines professionalism.") == {
        ("Manager", "undermines", "Professionalism", "negated")
    }
    assert statuses(extractor, "Appraisal has little to contribute to patient safety.") == {
        ("Appraisal", "supports", "PatientSafety", "negated")
    }


def test_the_absence_of_a_concept_turns_the_claim_around(extractor) -> None:
    # What the lack of training prevents is what needs training.
    text = "A lack of management training prevents doctors from participating in management."
    assert ("ClinicalEngagement", "requires", "ManagementTraining") in triples(extractor, text)
    # Poor communication undermining teamwork says that teamwork needs communication.
    text = "Poor communication undermines teamwork."
    assert triples(extractor, text) == {("Teamwork", "requires", "Communication")}
    # A claim about a lack that leads to something bad turns supports into hinders.
    text = "A lack of leadership leads to bureaucracy."
    assert triples(extractor, text) == {("Leadership", "hinders", "Bureaucracy")}


def test_a_label_inside_a_longer_one_that_runs_past_it_is_a_mention_too(extractor) -> None:
    mentions = extract(extractor, "Clinical leadership development is funded.").mentions
    assert {(m.surface, m.concept.removeprefix(HLKG)) for m in mentions} == {
        ("Clinical leadership", "ClinicalLeadership"),
        ("leadership development", "LeadershipDevelopment"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "She works at the Centre for Public Policy and Management.",
        "He is professor of health policy and management at a university.",
        "The Royal College of Physicians met.",
    ],
)
def test_names_and_job_titles_are_not_mentions(extractor, text: str) -> None:
    concepts = {m.concept.removeprefix(HLKG) for m in extract(extractor, text).mentions}
    assert not concepts & {"Management", "Policy", "Doctor", "HealthSystem"}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Evidence: reported when there is some, denied when there is little or none.
        ("There is evidence that regulation improves teamwork.", "hedged"),
        ("There is little evidence that regulation improves teamwork.", "negated"),
        ("There is no evidence that regulation improves teamwork.", "negated"),
        # Findings of others are reports; none, few or a failure to find denies them.
        ("Research has shown that regulation improves teamwork.", "hedged"),
        ("Few studies show that regulation improves teamwork.", "negated"),
        ("No study has found that regulation improves teamwork.", "negated"),
        ("Trials failed to show that regulation improves teamwork.", "negated"),
        ("Surveys did not find that regulation improves teamwork.", "negated"),
        # The author's own finding is the author's claim.
        ("We show that regulation improves teamwork.", "asserted"),
        ("This paper shows that regulation improves teamwork.", "asserted"),
        # A claim made under a condition is tentative.
        ("If it is done well, regulation improves teamwork.", "hedged"),
    ],
)
def test_evidence_findings_and_conditions(extractor, text: str, status: str) -> None:
    assert statuses(extractor, text) == {("Regulation", "improves", "Teamwork", status)}


@pytest.mark.parametrize(
    "text",
    [
        "Does regulation improve teamwork?",
        "It is unclear whether regulation improves teamwork.",
        "Whether regulation improves teamwork remains unknown.",
        "Managers asked if regulation improves teamwork.",
        "If regulation improves teamwork, nurses will notice.",
    ],
)
def test_a_claim_asked_about_or_supposed_is_no_claim(extractor, text: str) -> None:
    assert ("Regulation", "improves", "Teamwork") not in {s[:3] for s in statuses(extractor, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "seem" over an adjective cue parsed as its predicate: hedged.
        ("Many nurses seem opposed to clinical governance.", "hedged"),
        # Unwilling or reluctant to do something: not doing it.
        ("Nurses are unwilling to resist clinical governance.", "negated"),
        ("Managers are reluctant to support clinical governance.", "negated"),
    ],
)
def test_seeming_and_unwillingness(extractor, text: str, expected: str) -> None:
    (found,) = statuses(extractor, text)
    assert found[3] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regulation no longer improves teamwork.", "negated"),
        ("Regulation is unlikely to improve teamwork.", "negated"),
        ("It is not true that regulation improves teamwork.", "rejected"),
        # The affirmation itself: the author's claim.
        ("It is true that regulation improves teamwork.", "asserted"),
    ],
)
def test_no_longer_unlikely_and_not_true(extractor, text: str, expected: str) -> None:
    assert statuses(extractor, text) == {("Regulation", "improves", "Teamwork", expected)}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("In the view of managers, regulation improves teamwork.", "Manager"),
        ("In the eyes of nurses, regulation improves teamwork.", "Nurse"),
        ("Regulation has been shown to improve teamwork.", None),
        ("Regulation is expected to improve teamwork.", None),
    ],
)
def test_reported_views_and_findings_are_hedged(extractor, text: str, holder) -> None:
    (relation,) = extract(extractor, text).relations
    assert relation.hedged and not relation.negated
    assert relation.attributed_to == ((HLKG + holder,) if holder else ())


def test_a_place_is_no_holder(extractor) -> None:
    (relation,) = extract(extractor, "In the NHS, regulation improves teamwork.").relations
    assert not relation.hedged and relation.attributed_to == ()


def test_wrong_to_conclude_that_rejects_the_clause(extractor) -> None:
    text = "It would be wrong to conclude that performance targets improve patient safety."
    assert statuses(extractor, text) == {
        ("PerformanceTarget", "improves", "PatientSafety", "rejected")
    }
    text = "It is a mistake to think that performance targets improve patient safety."
    assert statuses(extractor, text) == {
        ("PerformanceTarget", "improves", "PatientSafety", "rejected")
    }
    # Not wrong, or fair, to say it: no rejection.
    text = "It is not wrong to say that teamwork improves patient safety."
    assert statuses(extractor, text) == {("Teamwork", "improves", "PatientSafety", "hedged")}


def test_not_x_but_y_denies_x_only(extractor) -> None:
    text = "The key to patient safety is not regulation but teamwork."
    assert statuses(extractor, text) == {
        ("PatientSafety", "requires", "Regulation", "negated"),
        ("PatientSafety", "requires", "Teamwork", "asserted"),
    }
    text = "Teamwork, not regulation, is the key to patient safety."
    assert statuses(extractor, text) == {
        ("PatientSafety", "requires", "Teamwork", "asserted"),
        ("PatientSafety", "requires", "Regulation", "negated"),
    }
    assert statuses(extractor, "The key to patient safety is not regulation.") == {
        ("PatientSafety", "requires", "Regulation", "negated")
    }


def test_a_clause_after_a_colon_or_semicolon_is_asserted_on_its_own(extractor) -> None:
    # The denial before the colon rejects its own clause, not the author's claim after it.
    rejected_then_claimed = (
        "It is not true, however, that audit and autonomy are simply opposites: audit can "
        "protect autonomy."
    )
    assert statuses(extractor, rejected_then_claimed) == {
        ("Audit", "conflictsWith", "Autonomy", "rejected"),
        ("Audit", "supports", "Autonomy", "asserted"),
    }
    found = statuses(
        extractor, "It is not true that bureaucracy destroys teamwork; teamwork improves safety."
    )
    assert ("Bureaucracy", "hinders", "Teamwork", "rejected") in found
    assert ("Teamwork", "improves", "PatientSafety", "asserted") in found
    # Without the colon the denial still reaches the clause it governs.
    assert statuses(extractor, "It is not true that bureaucracy destroys teamwork.") == {
        ("Bureaucracy", "hinders", "Teamwork", "rejected"),
    }


def test_a_report_followed_by_little_evidence_for_this_is_rejected(extractor) -> None:
    disputed = "Critics claim that audit undermines autonomy; we find little evidence for this."
    assert statuses(extractor, disputed) == {("Audit", "undermines", "Autonomy", "rejected")}
    # Evidence that is not scarce disputes nothing.
    supported = "Critics claim that audit undermines autonomy; we find strong evidence for this."
    assert statuses(extractor, supported) == {("Audit", "undermines", "Autonomy", "hedged")}


def test_a_coordinated_subject_said_to_be_opposites_conflicts(extractor) -> None:
    assert statuses(extractor, "Autonomy and accountability are polar opposites.") == {
        ("Autonomy", "conflictsWith", "Accountability", "asserted")
    }
    assert statuses(extractor, "Managers and doctors are not enemies.") == {
        ("Manager", "conflictsWith", "Doctor", "negated")
    }
    # Being allies is no conflict, and no cue of support either.
    assert statuses(extractor, "Teamwork and trust are allies.") == set()


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the author reports how autonomy is used, not that the reason holds
        ("Professional autonomy is often invoked as a reason to resist performance management.",
         "hedged"),
        ("Consultants invoke autonomy as a reason to resist performance management.", "hedged"),
        # said by the author
        ("Professional autonomy is a reason to resist performance management.", "asserted"),
    ],
)
def test_what_a_concept_is_invoked_as_is_its_users_reason(extractor, text, status) -> None:
    assert statuses(extractor, text) == {
        ("Autonomy", "conflictsWith", "PerformanceManagement", status)
    }


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the parser makes the parenthesis the head and leaves "does not" on it; what is
        # denied is what others are said to hold, so the claim is named to be rejected
        (
            "Clinical leadership does not, contrary to popular belief, improve patient safety.",
            "rejected",
        ),
        ("Teamwork does not, as many assume, strengthen patient safety.", "rejected"),
        # no negation to strand
        ("Clinical leadership, contrary to popular belief, improves patient safety.", "asserted"),
    ],
)
def test_a_negation_split_from_its_verb_by_an_aside_is_never_firm(
    extractor, text: str, status: str
) -> None:
    assert {s[3] for s in statuses(extractor, text)} == {status}


def test_a_condition_hung_on_a_noun_is_supposed_not_claimed(extractor) -> None:
    # The small parser hangs "when it is driven by targets" on the noun before it (an acl):
    # still a present-tense condition, no claim of its own.
    text = (
        "Performance management, especially when it is driven by targets, tends to erode "
        "trust."
    )
    found = statuses(extractor, text)
    assert ("PerformanceTarget", "promotes", "PerformanceManagement", "asserted") not in found
    assert {claim[:3] for claim in found} == {("PerformanceManagement", "undermines", "Trust")}
    assert statuses(extractor, "Performance management is driven by targets.") == {
        ("PerformanceTarget", "promotes", "PerformanceManagement", "asserted")
    }


# -- a clause on a plain noun that the copula says its subject is ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bureaucracy is one of the factors undermining clinical engagement.",
            ("Bureaucracy", "undermines", "ClinicalEngagement", "asserted"),
        ),
        (
            "Bureaucracy is not the factor undermining clinical engagement.",
            ("Bureaucracy", "undermines", "ClinicalEngagement", "negated"),
        ),
        (
            "Bureaucracy may be one of the factors undermining clinical engagement.",
            ("Bureaucracy", "undermines", "ClinicalEngagement", "hedged"),
        ),
        (
            "Bureaucracy is not the factor that undermines clinical engagement.",
            ("Bureaucracy", "undermines", "ClinicalEngagement", "negated"),
        ),
    ],
)
def test_a_participle_on_a_predicate_noun_is_said_of_the_subject(extractor, text, expected):
    assert statuses(extractor, text) == {expected}
