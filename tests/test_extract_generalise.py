"""Rules meant for articles the project has never seen: pronouns, proper names, light nouns,
cue phrases common in health-policy prose. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract, mentions, triples

from kg.extract import Extractor

# -- pronoun subjects ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" agrees with a singular concept that is not a person: the nearest one.
        (
            "Consultants accept appraisal because it rarely threatens clinical autonomy.",
            ("Appraisal", "threatens", "Autonomy"),
        ),
        # "they" agrees with a plural.
        (
            "Audit is unpopular with nurses, yet they rely on clinical guidelines.",
            ("Nurse", "dependsOn", "ClinicalGuideline"),
        ),
        # After "and", a parallel clause: the pronoun is the first clause's subject.
        (
            "Regulation hinders teamwork and it undermines mutual trust.",
            ("Regulation", "undermines", "Trust"),
        ),
        # At the start of a sentence: the first agreeing concept of the sentence before.
        (
            "Clinical governance arrived in 1999 after several scandals. It requires audit.",
            ("ClinicalGovernance", "requires", "Audit"),
        ),
        # Nothing in its own sentence agrees ("surgeons" are people, and plural): the one before.
        (
            "General management reshaped hospitals. Surgeons felt that it eroded autonomy.",
            ("Management", "undermines", "Autonomy"),
        ),
        # The object of a preposition inside a label is the nearer noun phrase.
        (
            "Few surgeons want involvement in management, feeling that it erodes autonomy.",
            ("Management", "undermines", "Autonomy"),
        ),
        # Passive after the pronoun.
        (
            "Trusts prize teamwork, but it is often undermined by bureaucracy.",
            ("Bureaucracy", "undermines", "Teamwork"),
        ),
    ],
)
def test_a_pronoun_subject_stands_for_its_antecedent(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


def test_pronouns_that_must_not_yield_a_relation(extractor) -> None:
    # "it" never stands for a person: nothing else agrees, so no relation.
    assert triples(extractor, "Managers said it improves patient safety.") == set()
    # The empty "it" of an adjective cue.
    assert triples(extractor, "It is essential to involve doctors in management.") == set()
    # "they" with only singular concepts before it.
    assert triples(extractor, "Audit matters, and they improve patient safety.") == set()
    # A pronoun far from the cue is not its subject.
    text = "Governance matters because it is, in the view of many observers, central to safety."
    assert triples(extractor, text) == set()


def test_a_pronoun_subject_is_a_weaker_guess_with_its_own_negation(extractor) -> None:
    (direct,) = extract(extractor, "Appraisal threatens clinical autonomy.").relations
    (via,) = extract(
        extractor, "Doctors dislike appraisal because it threatens clinical autonomy."
    ).relations
    assert via.confidence < direct.confidence
    assert via.subject_mention.surface == "it"
    # A negation of the main clause does not reach the pronoun's clause; its own does.
    (kept,) = extract(
        extractor, "Doctors have little time for appraisal, perceiving that it threatens autonomy."
    ).relations
    assert not kept.negated and kept.hedged
    (denied,) = extract(
        extractor, "Doctors like appraisal because it does not threaten autonomy."
    ).relations
    assert denied.negated


# -- proper names --------------------------------------------------------------------------


def test_words_of_proper_names_are_not_mentions(extractor) -> None:
    text = (
        "The Junior Doctors Committee wrote to the School of Medicine, the Care Quality "
        "Commission and the Faculty of Medical Leadership and Management about junior doctors."
    )
    assert mentions(extractor, text) == [("junior doctors", "JuniorDoctor")]
    # Capitalised at the start of a sentence, or before an ordinary word, they still are.
    assert mentions(extractor, "Medicine needs managers. Leadership Matters is a slogan.") == [
        ("Medicine", "ClinicalPractice"),
        ("managers", "Manager"),
        ("Leadership", "Leadership"),
    ]


def test_labels_in_the_title_of_a_framework_or_programme_are_not_mentions(extractor) -> None:
    # Publications and programmes are proper names, like organisations (name-heads.txt).
    text = "The Clinical Leadership Competency Framework named the Clinical Leadership Awards."
    assert mentions(extractor, text) == []
    assert mentions(extractor, "Clinical leadership frameworks vary.") == [
        ("Clinical leadership", "ClinicalLeadership")
    ]


# -- passives ------------------------------------------------------------------------------


def test_passives_with_an_adverb_or_without_be(extractor) -> None:
    assert triples(extractor, "Clinical autonomy is often undermined by bureaucracy.") == {
        ("Bureaucracy", "undermines", "Autonomy")
    }
    assert triples(extractor, "Teamwork, weakened by market forces, declined.") == {
        ("MarketBasedPolicy", "undermines", "Teamwork")
    }
    # "improved by" with a measure, not an agent: no relation.
    assert triples(extractor, "Patient safety improved by ten percent after audit began.") == set()


# -- cue phrases common in health-policy prose ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peer review reinforces accountability.", ("PeerReview", "supports", "Accountability")),
        ("Dialogue boosts mutual trust.", ("Dialogue", "improves", "Trust")),
        ("Appraisal nurtures professionalism.", ("Appraisal", "promotes", "Professionalism")),
        ("Clinical networks empower nurses.", ("ClinicalNetwork", "enables", "Nurse")),
        (
            "Integrated care paves the way for shared decision making.",
            ("IntegratedCare", "enables", "DecisionMaking"),
        ),
        ("Mutual trust is a key driver of teamwork.", ("Trust", "supports", "Teamwork")),
        (
            "Trust is the cornerstone of partnership.",
            ("Partnership", "requires", "Trust"),
        ),
        (
            "Performance targets limit clinical autonomy.",
            ("PerformanceTarget", "hinders", "Autonomy"),
        ),
        (
            "Market forces constrain integrated care.",
            ("MarketBasedPolicy", "hinders", "IntegratedCare"),
        ),
        ("Bureaucracy stifles change management.", ("Bureaucracy", "impedes", "ChangeManagement")),
        ("Red tape hampers teamwork.", ("Bureaucracy", "impedes", "Teamwork")),
        ("Restructuring jeopardises patient safety.", ("NHSReform", "threatens", "PatientSafety")),
        ("Rationing is detrimental to equity.", ("ResourceAllocation", "damages", "Equity")),
        ("Paperwork gets in the way of patient care.", ("Bureaucracy", "impedes", "Patient")),
        ("Integrated care necessitates teamwork.", ("IntegratedCare", "requires", "Teamwork")),
        ("Partnership hinges on mutual respect.", ("Partnership", "dependsOn", "MutualRespect")),
        # An adverb between the verb and its particle.
        (
            "Integrated care relies heavily on teamwork.",
            ("IntegratedCare", "dependsOn", "Teamwork"),
        ),
        ("Efficiency came at the expense of equity.", ("Efficiency", "conflictsWith", "Equity")),
        (
            "Market reform runs counter to professionalism.",
            ("MarketBasedPolicy", "conflictsWith", "Professionalism"),
        ),
        (
            "Managerialism is the antithesis of autonomy.",
            ("Management", "conflictsWith", "Autonomy"),
        ),
        (
            "There is a trade-off between efficiency and equity.",
            ("Efficiency", "conflictsWith", "Equity"),
        ),
        ("Paperwork detracts from patient care.", ("Bureaucracy", "divertsFrom", "Patient")),
        ("Audit is integral to clinical governance.", ("Audit", "partOf", "ClinicalGovernance")),
        ("Clinical governance consists of audit.", ("Audit", "partOf", "ClinicalGovernance")),
        (
            "The medical director took on the role of negotiator.",
            ("ClinicalLeader", "playsRole", "NegotiatorRole"),
        ),
    ],
)
def test_more_cues(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # An -ed form after a preposition is an adjective, not the clause's verb.
        "Autonomy with limited accountability worries the public.",
        "Doctors welcomed audit with improved patient outcomes in mind.",
        # "limited to" describes.
        "Management training has been limited to leadership courses.",
        # A noun, not a verb.
        "The compromise pleased managers and doctors alike.",
        # "contrary to" with no concept on one side.
        "Contrary to expectations, audit was popular.",
    ],
)
def test_cue_words_that_must_not_yield_a_relation(extractor, text) -> None:
    assert triples(extractor, text) == set()


def test_coordination_through_determiners_and_light_nouns(extractor) -> None:
    text = "Autonomy conflicts with accountability and the use of clinical guidelines."
    assert triples(extractor, text) == {
        ("Autonomy", "conflictsWith", "Accountability"),
        ("Autonomy", "conflictsWith", "ClinicalGuideline"),
    }
    text = "Audit improves patient safety and the patient experience."
    assert ("Audit", "improves", "PatientExperience") in triples(extractor, text)
    # Without a conjunction, a determiner is no coordination: an appositive is not an object.
    text = "Audit improves patient safety, the aim of clinical governance."
    assert triples(extractor, text) == {("Audit", "improves", "PatientSafety")}


def test_the_object_after_from_and_a_gerund(extractor) -> None:
    # The regard deters clinicians from management: clinicians are not what is hindered.
    text = "Bureaucracy discourages consultants from entering general management."
    assert triples(extractor, text) == {("Bureaucracy", "hinders", "Management")}


def test_comma_and_joins_a_list_but_otherwise_starts_a_clause(extractor) -> None:
    assert triples(extractor, "Audit, appraisal, and peer review improve accountability.") == {
        ("Audit", "improves", "Accountability"),
        ("Appraisal", "improves", "Accountability"),
        ("PeerReview", "improves", "Accountability"),
    }
    assert triples(extractor, "Audit improves accountability, patient safety, and teamwork.") == {
        ("Audit", "improves", "Accountability"),
        ("Audit", "improves", "PatientSafety"),
        ("Audit", "improves", "Teamwork"),
    }
    # Two items with ", and": the second opens a clause of its own, on either side of a cue.
    assert triples(
        extractor, "Audit improves patient safety, and appraisal reduces bureaucracy."
    ) == {
        ("Audit", "improves", "PatientSafety"),
        ("Appraisal", "hinders", "Bureaucracy"),
    }
    text = "Leadership matters to every clinician, and audit is embedded in clinical governance."
    assert triples(extractor, text) == {("Audit", "partOf", "ClinicalGovernance")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Market reform created a divide between doctors and managers.",
            ("MarketBasedPolicy", "supports", "DoctorManagerDivide"),
        ),
        ("Restructuring causes tribalism.", ("NHSReform", "supports", "DoctorManagerDivide")),
        # A problem made greater is supported, one made smaller is overcome.
        (
            "Market reform exacerbated the doctor-manager divide.",
            ("MarketBasedPolicy", "supports", "DoctorManagerDivide"),
        ),
        (
            "Joint seminars on leadership narrow the doctor-manager divide.",
            ("Leadership", "overcomes", "DoctorManagerDivide"),
        ),
        ("Dialogue mitigates tribalism.", ("Dialogue", "overcomes", "DoctorManagerDivide")),
        ("Mutual trust is central to partnership.", ("Partnership", "requires", "Trust")),
        (
            "Good communication is important for patient safety.",
            ("Communication", "supports", "PatientSafety"),
        ),
    ],
)
def test_cues_of_cause_and_remedy(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


def test_a_concept_modifying_another_noun_is_no_object(extractor) -> None:
    # The tension was resolved, not the managers (the lexicon names the tension between the two
    # groups, in either order, as their divide); the confidence was undermined, not patients.
    assert triples(extractor, "Dialogue resolved the tension between managers and clinicians.") == {
        ("Dialogue", "overcomes", "DoctorManagerDivide")
    }
    assert triples(extractor, "Regulation undermines the confidence of patients.") == set()
    # A light noun carries the concept after it.
    assert triples(extractor, "Regulation undermines the majority of doctors.") == {
        ("Regulation", "undermines", "Doctor")
    }
    assert triples(extractor, "Audit improves the quality of leadership.") == {
        ("Audit", "improves", "Leadership")
    }
    # The empty "it" of "it is important to".
    assert triples(extractor, "It is important to involve clinicians in management.") == set()


def test_contracted_negations_negate(extractor) -> None:
    # "doesn't" was one word to the splitter, so its "n't" never counted.
    (relation,) = extract(extractor, "Audit doesn't improve patient safety.").relations
    assert relation.negated and "n't" in relation.hedge_cues
    (plain,) = extract(extractor, "Audit improves patient safety, doesn't it.").relations
    assert not plain.negated  # after the object: not in the relation's clause


def test_an_object_pronoun_stands_for_an_earlier_concept_not_the_subject(extractor) -> None:
    text = "The doctor-manager divide is not inevitable: mutual respect can overcome it."
    assert triples(extractor, text) == {("MutualRespect", "overcomes", "DoctorManagerDivide")}
    text = "Clinical autonomy matters to surgeons, and regulation threatens it."
    assert triples(extractor, text) == {("Regulation", "threatens", "Autonomy")}
    # Never across sentences: the nearer plain noun ("challenges") is likelier.
    text = "Nurses met twice. Audit faces challenges and teamwork helps in tackling them."
    assert triples(extractor, text) == set()
    # Only the subject before it: no relation of a concept with itself.
    assert triples(extractor, "Regulation threatens it.") == set()


def test_no_object_pronoun_after_a_participle(extractor) -> None:
    # The participle's subject is unsaid: "it" is not resolved against a guessed one.
    text = "Accountability protects autonomy rather than threatening it."
    assert ("Autonomy", "threatens", "Accountability") not in triples(extractor, text)
    assert ("Accountability", "supports", "Autonomy") in triples(extractor, text)


def test_not_only_but_also_keeps_one_clause(extractor) -> None:
    assert triples(
        extractor, "Audit not only improves patient safety but also strengthens teamwork."
    ) == {
        ("Audit", "improves", "PatientSafety"),
        ("Audit", "supports", "Teamwork"),
    }
    # Without "not only", "but" ends the clause: no "but also" coordination across it.
    assert triples(extractor, "Audit improves patient safety but teamwork suffers.") == {
        ("Audit", "improves", "PatientSafety")
    }


def test_a_comma_and_before_the_cue_ends_the_subjects_clause(extractor) -> None:
    # The ", and" check on the subject's side only worked after a subordinate clause.
    text = (
        "The board includes doctors and managers, and its work is embedded in clinical governance."
    )
    assert triples(extractor, text) == set()
    text = "Audit and appraisal, which boards like, are embedded in clinical governance."
    assert ("Appraisal", "partOf", "ClinicalGovernance") in triples(extractor, text)


# -- participles and relative clauses -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # The agent of a participle before the cue is not the subject: the noun it describes is.
        (
            "Performance targets imposed by government can undermine trust.",
            ("PerformanceTarget", "undermines", "Trust"),
            ("Government", "undermines", "Trust"),
        ),
        (
            "Guidelines written by specialists often improve teamwork.",
            ("ClinicalGuideline", "improves", "Teamwork"),
            ("Specialist", "improves", "Teamwork"),
        ),
    ],
)
def test_the_agent_of_a_participle_is_not_the_subject(
    extractor: Extractor, text: str, expected: tuple, wrong: tuple
) -> None:
    found = triples(extractor, text)
    assert expected in found
    assert wrong not in found


def test_a_concept_inside_a_relative_clause_is_no_object(extractor: Extractor) -> None:
    text = "Shared decision making requires time that busy general practitioners may not have."
    assert triples(extractor, text) == set()
    # Paperwork is what revalidation demands; the consultants who resent it are not.
    text = "Revalidation demands paperwork which consultants resent."
    assert triples(extractor, text) == {("Regulation", "requires", "Bureaucracy")}


def test_a_concept_before_a_relative_clause_is_still_the_object(extractor: Extractor) -> None:
    text = "Clinical networks require leadership that managers can support."
    assert ("ClinicalNetwork", "requires", "Leadership") in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bureaucracy distracts from patients.",
        "Bureaucracy distracted hospital staff from patients.",
        "Bureaucracy diverts time and money from patients.",
    ],
)
def test_a_verb_with_from_spans_its_own_object(extractor: Extractor, text: str) -> None:
    assert triples(extractor, text) == {("Bureaucracy", "divertsFrom", "Patient")}


def test_the_verbs_own_object_may_be_long_but_not_in_another_clause(extractor: Extractor) -> None:
    clause = "Audit distracted the team for an hour, and patients waited."
    assert triples(extractor, clause) == set()
    # The parse, not a window of words, says where the object of "from" is.
    text = "Bureaucracy distracted the very busy hospital staff from patients."
    assert triples(extractor, text) == {("Bureaucracy", "divertsFrom", "Patient")}
