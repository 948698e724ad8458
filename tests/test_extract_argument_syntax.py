"""Where a cue matched but one argument was lost to the syntax around it: the argument follows
the construction (a passive under a raising verb, a general noun that only says where its
complement stands or is headed). Every sentence here is written for these tests, each rule
with counter-examples where the construction holds a concept that is not the argument."""

from __future__ import annotations

import pytest
from extraction import extract, triples

# -- a passive infinitive under a raising or control verb ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hospital managers seem to be undermined by performance targets.",
            ("PerformanceTarget", "undermines", "Manager"),
        ),
        (
            "Clinical autonomy appears to be eroded by league tables.",
            ("PerformanceManagement", "undermines", "Autonomy"),
        ),
        (
            "Nurses want to be supported by clinical leadership.",
            ("ClinicalLeadership", "supports", "Nurse"),
        ),
    ],
)
def test_a_passive_infinitive_takes_the_subject_of_its_verb(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # Without an agent there is nothing to turn round: "seem to be undermined" alone
        # names no one who undermines.
        ("Hospital managers seem to be undermined in meetings.", "Manager"),
        # An active infinitive keeps its own reading: the targets undermine, not the managers.
        ("Performance targets seem to undermine hospital managers.", "PerformanceTarget"),
    ],
)
def test_a_passive_infinitive_needs_its_agent(extractor, text, absent) -> None:
    found = triples(extractor, text)
    assert all(o != absent for _, _, o in found), found


def test_the_raising_verb_still_hedges_the_passive(extractor) -> None:
    text = "Hospital managers seem to be undermined by performance targets."
    [relation] = [r for r in extract(extractor, text).relations if r.object.endswith("Manager")]
    assert relation.hedged and not relation.negated


# -- a general noun that says where its complement stands or is headed -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Performance targets threaten the future of clinical autonomy.",
            ("PerformanceTarget", "threatens", "Autonomy"),
        ),
        (
            # Time or money set aside stands for what it is set aside for.
            "Protected time for quality improvement is essential to safe care.",
            ("PatientSafety", "requires", "QualityImprovement"),
        ),
        (
            "Cuts in funding for management training undermine clinical leadership.",
            ("ClinicalLeadership", "requires", "ManagementTraining"),
        ),
        (
            "League tables have weakened the position of clinical autonomy.",
            ("PerformanceManagement", "undermines", "Autonomy"),
        ),
        (
            "A move towards distributed leadership has strengthened accountability.",
            ("Leadership", "supports", "Accountability"),
        ),
        (
            "The shift towards clinical governance improved patient safety.",
            ("ClinicalGovernance", "improves", "PatientSafety"),
        ),
        (
            "Clinical audit is the sort of tool that improves patient safety.",
            ("Audit", "improves", "PatientSafety"),
        ),
    ],
)
def test_a_general_noun_stands_for_its_complement(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # "future" and "position" with no "of": the noun names no concept, nothing is said.
        "Performance targets threaten the future in many hospitals.",
        # "towards" after a verb, not after the noun "move": the subject is the managers' own.
        "Hospitals moved towards distributed leadership after the targets eroded trust.",
    ],
)
def test_the_general_noun_needs_its_own_preposition(extractor, text) -> None:
    found = triples(extractor, text)
    assert ("PerformanceTarget", "threatens", "Autonomy") not in found
    assert not any(s == "Leadership" for s, _, _ in found), found


# -- an endeavour stands for its means ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Attempts to raise standards through clinical audit have eroded professional autonomy.",
            {("Audit", "undermines", "Autonomy")},
        ),
        (
            "Efforts to cut waiting times by clinical audit and appraisal have weakened trust.",
            {("Audit", "undermines", "Trust"), ("Appraisal", "undermines", "Trust")},
        ),
        (
            "Moves to modernise services via clinical networks improved patient safety.",
            {("ClinicalNetwork", "improves", "PatientSafety")},
        ),
    ],
)
def test_an_endeavour_stands_for_the_means_its_infinitive_names(extractor, text, expected) -> None:
    assert expected <= triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "not_subject"),
    [
        # What the endeavour aims at is not what acts: safety does not undermine autonomy.
        (
            "Attempts to improve patient safety have undermined professional autonomy.",
            "PatientSafety",
        ),
        ("Efforts to strengthen clinical governance have eroded trust.", "ClinicalGovernance"),
        # "by" on the endeavour itself names who made it, read as before (managers), not a means.
        ("Attempts by managers to improve quality have undermined clinical autonomy.", "Audit"),
        # A means under a verb's own infinitive, not a noun's: no endeavour stands for it.
        (
            "Managers tried to raise standards through clinical audit, which eroded trust.",
            "Manager",
        ),
    ],
)
def test_an_endeavour_is_not_what_it_aims_at(extractor, text, not_subject) -> None:
    found = triples(extractor, text)
    assert all(s != not_subject for s, _, _ in found), found


# -- an endeavour whose means the parser hangs on the infinitive's object ---------------------


def test_a_means_hung_on_the_infinitives_object_is_still_the_means(extractor) -> None:
    # The parser hangs "by clinical audit" on "quality", not on "raise".
    text = "Attempts to raise quality by clinical audit undermine professional autonomy."
    found = triples(extractor, text)
    assert ("Audit", "undermines", "Autonomy") in found
    assert not any(s == "QualityOfCare" for s, _, _ in found), found


def test_a_repaired_parse_does_not_make_an_infinitives_object_a_subject(extractor) -> None:
    # The parser reads "undermine" as an adjective; read again with pronouns, the object of
    # "to improve" must not become the subject of "undermine".
    text = "Efforts to improve patient safety undermine professional autonomy."
    found = triples(extractor, text)
    assert not any(s == "PatientSafety" for s, _, _ in found), found


# -- an endeavour stands for an infinitive that names a concept or puts a thing in place ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Efforts to engage doctors improve the quality of care.",
            ("ClinicalEngagement", "improves", "QualityOfCare"),
        ),
        (
            "Programmes designed to engage doctors improve the quality of care.",
            ("ClinicalEngagement", "improves", "QualityOfCare"),
        ),
        (
            "Attempts to impose performance targets have undermined trust.",
            ("PerformanceTarget", "undermines", "Trust"),
        ),
    ],
)
def test_an_endeavour_stands_for_what_its_infinitive_names_or_puts_in_place(
    extractor, text, expected
) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "not_subject"),
    [
        # Only an endeavour noun: a promise to engage is no engagement.
        ("A promise to engage doctors has damaged the quality of care.", "ClinicalEngagement"),
        # A denied infinitive does not stand for what it would do.
        ("Plans not to engage doctors have damaged the quality of care.", "ClinicalEngagement"),
        # Adding to a thing is not putting it in place: the efforts eroded trust.
        ("Efforts to develop clinical governance have eroded trust.", "ClinicalGovernance"),
    ],
)
def test_an_endeavour_stands_for_nothing_else(extractor, text, not_subject) -> None:
    found = triples(extractor, text)
    assert all(s != not_subject for s, _, _ in found), found


# -- a participle trailing a clause that put something in place ----------------------------


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "The board introduced clinical audit in 2012, improving patient safety.",
            ("Audit", "improves", "PatientSafety"),
            ("HealthcareOrganisation", "improves", "PatientSafety"),
        ),
        (
            "The government imposed performance targets, eroding professional autonomy.",
            ("PerformanceTarget", "undermines", "Autonomy"),
            ("Government", "undermines", "Autonomy"),
        ),
        (
            # Creating a basis for Y prepares the ground for it (cues.toml, "create the
            # conditions for"): what the clause built enables Y.
            "Both hospitals built strong clinical leadership, creating a firm basis for "
            "quality improvement.",
            ("ClinicalLeadership", "enables", "QualityImprovement"),
            ("HealthcareOrganisation", "enables", "QualityImprovement"),
        ),
    ],
)
def test_a_trailing_participle_is_said_of_what_the_clause_put_in_place(
    extractor, text, expected, not_expected
) -> None:
    found = triples(extractor, text)
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The object names people: the consulting, by the managers, builds the trust.
        (
            "Managers consulted senior doctors, strengthening mutual trust.",
            ("Manager", "supports", "Trust"),
        ),
        # A verb that takes its object away is no verb of putting in place.
        (
            "The government abolished clinical audit, undermining patient safety.",
            ("Government", "undermines", "PatientSafety"),
        ),
        # No comma: the participle is no trailing clause of the sentence.
        (
            "Managers used league tables when undermining clinical autonomy.",
            ("Manager", "undermines", "Autonomy"),
        ),
    ],
)
def test_a_trailing_participle_otherwise_keeps_the_clause_subject(
    extractor, text, expected
) -> None:
    assert expected in triples(extractor, text)


# -- a relative clause on a group the copula's subject belongs to --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clinical audit is one of the tools that improve patient safety.",
            ("Audit", "improves", "PatientSafety"),
        ),
        (
            "League tables are among the factors that erode clinical autonomy.",
            ("PerformanceManagement", "undermines", "Autonomy"),
        ),
        (
            "Shared leadership is one of several approaches that strengthen trust.",
            ("Leadership", "supports", "Trust"),
        ),
        (
            "Clinical leadership is what improves quality of care.",
            ("ClinicalLeadership", "improves", "QualityOfCare"),
        ),
    ],
)
def test_a_member_of_the_group_is_the_relative_clauses_subject(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # The group belongs to no copula: "the report of the tools" says nothing of audit.
        "Clinical audit featured in the report of the tools that improve patient safety.",
        # "the quality of" is no partitive: the tools are not said to be audit.
        "Clinical audit is the quality of the tools that improve patient safety.",
        # The question names no subject of "improves".
        "The question is what improves patient safety in clinical audit.",
    ],
)
def test_a_group_not_counted_by_the_copula_gives_it_no_subject(extractor, text) -> None:
    assert ("Audit", "improves", "PatientSafety") not in triples(extractor, text)


# -- a general noun's participle of basis --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A culture focused on performance targets undermines professional autonomy.",
            ("PerformanceTarget", "undermines", "Autonomy"),
        ),
        (
            "A system built around clinical audit improves patient safety.",
            ("Audit", "improves", "PatientSafety"),
        ),
    ],
)
def test_a_general_noun_stands_for_what_it_is_based_on(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "not_subject"),
    [
        # An agent made the culture; the culture is not about the managers.
        ("A culture shaped by managers undermines professional autonomy.", "Manager"),
        # A noun that names no kind of arrangement keeps its own reading.
        ("A doctor focused on clinical audit improves patient safety.", "Audit"),
    ],
)
def test_a_participle_of_agency_is_not_a_basis(extractor, text, not_subject) -> None:
    found = triples(extractor, text)
    assert all(s != not_subject for s, _, _ in found), found


# -- a passive's agent that is a gerund clause ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Patient safety is improved by investing in clinical audit.",
            ("Audit", "improves", "PatientSafety"),
        ),
        (
            "Professional autonomy was eroded by imposing performance targets.",
            ("PerformanceTarget", "undermines", "Autonomy"),
        ),
    ],
)
def test_a_gerund_agent_stands_for_what_it_does(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


def test_by_with_a_date_is_no_agent(extractor) -> None:
    # "by 2010" says when; nothing acted on patient safety.
    found = triples(extractor, "Patient safety was improved by 2010 in most trusts.")
    assert not any(o == "PatientSafety" for _, _, o in found), found


# -- "which" never stands for people ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Managers imposed performance targets on doctors, which undermined trust.",
            ("PerformanceTarget", "undermines", "Trust"),
            ("Doctor", "undermines", "Trust"),
        ),
        (
            "The board introduced league tables for surgeons, which eroded clinical autonomy.",
            ("PerformanceManagement", "undermines", "Autonomy"),
            ("Doctor", "undermines", "Autonomy"),
        ),
    ],
)
def test_which_after_people_is_what_the_clause_acted_on(extractor, text, expected, wrong) -> None:
    found = triples(extractor, text)
    assert expected in found
    assert wrong not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "who" does stand for people.
        (
            "Managers listened to senior doctors, who strengthened clinical governance.",
            ("Doctor", "supports", "ClinicalGovernance"),
        ),
        # "which" after a thing is that thing, as before.
        (
            "Doctors resisted the performance targets, which undermined trust.",
            ("PerformanceTarget", "undermines", "Trust"),
        ),
    ],
)
def test_who_and_which_after_a_thing_keep_their_antecedent(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


def test_which_after_a_date_sums_up_the_clause(extractor) -> None:
    text = "The government imposed performance targets in 2004, which undermined clinical autonomy."
    assert ("PerformanceTarget", "undermines", "Autonomy") in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # No comma: a restrictive "which" on the date is no summing up of the clause.
        "The government imposed performance targets in the year which undermined clinical "
        "autonomy.",
        # The date hangs on a noun, not on the verb: nothing sums up what was imposed.
        "The government published a report on performance targets in 2004, which undermined "
        "clinical autonomy.",
    ],
)
def test_which_sums_up_only_a_verbs_clause_after_a_comma(extractor, text) -> None:
    assert ("PerformanceTarget", "undermines", "Autonomy") not in triples(extractor, text)


# -- a cue verb of doing away with a thing acts on its object once --------------------------


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Managers are reducing bureaucracy.",
            ("Manager", "hinders", "Bureaucracy"),
            ("Manager", "supports", "Bureaucracy"),
        ),
        (
            "Clinical leaders improve efficiency by cutting bureaucracy.",
            ("ClinicalLeader", "hinders", "Bureaucracy"),
            ("ClinicalLeader", "supports", "Bureaucracy"),
        ),
    ],
)
def test_a_privative_cue_verb_does_not_also_flip_its_object(extractor, text, expected, wrong):
    found = triples(extractor, text)
    assert expected in found and wrong not in found, found


def test_a_privative_gerund_as_an_argument_still_names_an_absence(extractor) -> None:
    found = triples(extractor, "Reducing bureaucracy improves clinical engagement.")
    assert ("Bureaucracy", "hinders", "ClinicalEngagement") in found


# -- "with" singles out only people, bodies and plain nouns --------------------------------


def test_a_concept_held_with_people_is_not_had_by_them(extractor) -> None:
    text = "Managers can strengthen clinical engagement through dialogue with doctors."
    found = triples(extractor, text)
    assert ("Dialogue", "supports", "ClinicalEngagement") in found
    assert not any(s == "Doctor" for s, _, _ in found), found


def test_a_body_with_engaged_people_still_stands_for_what_it_has(extractor) -> None:
    text = "Hospitals with engaged doctors deliver better patient outcomes."
    assert ("ClinicalEngagement", "supports", "PatientOutcome") in triples(extractor, text)


# -- "by" with a gerund names the means; "by" with a noun stays the agent ------------------


def test_by_with_a_gerund_is_the_means_of_improving(extractor) -> None:
    found = triples(extractor, "Trusts improve the quality of care by engaging doctors.")
    assert ("ClinicalEngagement", "supports", "QualityOfCare") in found


def test_by_with_a_noun_is_still_the_passive_agent(extractor) -> None:
    found = triples(extractor, "Patient safety was improved by clinical audit.")
    assert found == {("Audit", "improves", "PatientSafety")}


# -- a "that" clause the parser folds into the copula after an aside -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The lesson is that teamwork, more than anything else, improves patient safety.",
            ("Teamwork", "improves", "PatientSafety"),
        ),
        (
            "Our argument is that heavy management, in most trusts, is a diversion from "
            "honest dialogue with consultants.",
            ("Management", "divertsFrom", "Dialogue"),
        ),
    ],
)
def test_a_folded_that_clause_keeps_its_own_subject(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


def test_a_concept_subject_of_the_copula_is_shared_not_folded(extractor) -> None:
    text = "Teamwork is that rare thing, and improves patient safety."
    assert ("Teamwork", "improves", "PatientSafety") in triples(extractor, text)


# -- a misread verb after a noun's prepositional phrase keeps the phrase's head as subject --


@pytest.mark.parametrize(
    "text",
    [
        "Poor communication between doctors and managers undermines trust.",
        "Poor communication with managers undermines trust.",
    ],
)
def test_people_in_the_subjects_phrase_are_not_the_subject(extractor, text) -> None:
    found = triples(extractor, text)
    assert ("Trust", "requires", "Communication") in found
    assert not any(s in ("Doctor", "Manager") for s, _, _ in found), found


def test_a_means_done_to_people_is_not_the_people(extractor) -> None:
    text = "Clinical networks improve the quality of care by bringing professionals together."
    found = triples(extractor, text)
    assert ("ClinicalNetwork", "improves", "QualityOfCare") in found
    assert not any(s == "HealthProfessional" for s, p, _ in found if p != "partOf"), found


# -- a body named by its work stands for that work -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clinical governance groups were established to improve the quality of care.",
            ("ClinicalGovernance", "improves", "QualityOfCare"),
        ),
        (
            "An audit committee was set up to strengthen accountability.",
            ("Audit", "supports", "Accountability"),
        ),
    ],
)
def test_a_group_named_by_its_work_stands_for_it(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


def test_a_plain_group_stands_for_nothing(extractor) -> None:
    found = triples(extractor, "The group was set up to strengthen accountability.")
    assert not found, found


def test_a_participle_on_a_subject_noun_is_no_claim_of_another(extractor) -> None:
    # The factors are not said to be the subject's: no claim about bureaucracy.
    text = "Bureaucracy worries managers, and the factors undermining clinical engagement vary."
    found = triples(extractor, text)
    assert not any(s == "Bureaucracy" and o == "ClinicalEngagement" for s, _, o in found), found


# -- a verb given two subjects by a misparse ------------------------------------------------


def test_of_two_subjects_the_nearer_is_the_verbs_own(extractor) -> None:
    # The parser hangs the first clause's subject on the "because" clause's verb as well.
    text = (
        "The divide between management and medicine matters to patients because clinical"
        " leadership generally produces better outcomes than chaotic care."
    )
    assert triples(extractor, text) == {("ClinicalLeadership", "supports", "PatientOutcome")}


# -- a clause's subject joined to the list before it ----------------------------------------


def test_a_noun_before_a_verb_without_subject_is_its_subject_not_a_conjunct(extractor) -> None:
    text = "Quality improvement requires audit and managers are seldom willing to fund it."
    assert triples(extractor, text) == {("QualityImprovement", "requires", "Audit")}
    text = "Quality improvement requires audit and managers must support it."
    assert ("QualityImprovement", "requires", "Manager") not in triples(extractor, text)
    assert ("Manager", "supports", "Audit") in triples(extractor, text)
    # A plain list stays a list, and so does a coordinated subject.
    assert triples(extractor, "Quality improvement requires audit and managers.") == {
        ("QualityImprovement", "requires", "Audit"),
        ("QualityImprovement", "requires", "Manager"),
    }
    assert triples(extractor, "Audit and appraisal are linked to patient safety.") == {
        ("Audit", "supports", "PatientSafety"),
        ("Appraisal", "supports", "PatientSafety"),
    }


# -- an owner and a modifier on one general noun --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Integrated care is central to the trust's efficiency programme.",
            {("Efficiency", "requires", "IntegratedCare")},
        ),
        (
            "Clinical audit strengthens the hospital's quality improvement work.",
            {("Audit", "supports", "QualityImprovement")},
        ),
        # With no modifier naming a concept, the owner stands for the noun's concept.
        (
            "Integrated care is central to the trust's programme.",
            {("HealthcareOrganisation", "requires", "IntegratedCare")},
        ),
        (
            "Clinical audit strengthens the hospital's work.",
            {("Audit", "supports", "HealthcareOrganisation")},
        ),
    ],
)
def test_a_modifier_naming_a_concept_outranks_the_owner(extractor, text, expected) -> None:
    assert triples(extractor, text) == expected


# -- what is needed for a purpose that names a concept ---------------------------------------


def test_what_is_needed_to_do_a_concept_is_needed_by_it(extractor) -> None:
    text = "Doctors need management training to lead effectively."
    assert triples(extractor, text) == {("Leadership", "requires", "ManagementTraining")}
    denied = extract(extractor, "Nurses do not need a management degree to lead well.")
    assert [(r.predicate.rsplit("#")[-1], r.negated) for r in denied.relations] == [
        ("requires", True)
    ]
    assert denied.relations[0].subject.endswith("Leadership")
    # A purpose that names no concept leaves the plain reading.
    text = "Doctors need management training to cope."
    assert triples(extractor, text) == {("Doctor", "requires", "ManagementTraining")}
