"""Relation frames of the field's language beyond single cue verbs: whole verb and noun
classes, nominal frames, what an argument stands for, and clauses that assert nothing. Every
sentence here is written for these tests, each rule with a case it must not fire on."""

from __future__ import annotations

import pytest
from extraction import extract, triples

from kg.namespaces import HLKG

# -- verb and noun classes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peer review helps junior doctors.", ("PeerReview", "enables", "JuniorDoctor")),
        (
            "Collective leadership spurs quality improvement.",
            ("Leadership", "promotes", "QualityImprovement"),
        ),
        ("Performance targets disrupt teamwork.", ("PerformanceTarget", "hinders", "Teamwork")),
        ("Nurses suffer from bureaucracy.", ("Bureaucracy", "hinders", "Nurse")),
        (
            "Bureaucracy is a problem for clinical engagement.",
            ("Bureaucracy", "hinders", "ClinicalEngagement"),
        ),
        ("Regulation had a negative impact on teamwork.", ("Regulation", "hinders", "Teamwork")),
        (
            "Audit made a positive contribution to patient safety.",
            ("Audit", "supports", "PatientSafety"),
        ),
        (
            "The importance of teamwork for patient safety is clear.",
            ("Teamwork", "supports", "PatientSafety"),
        ),
        (
            "Engaged clinicians deliver better patient outcomes.",
            ("ClinicalEngagement", "supports", "PatientOutcome"),
        ),
    ],
)
def test_verb_and_noun_classes_of_the_field(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        # An impact with no sign is no claim either way.
        ("Audit had an impact on clinical autonomy.", {"supports", "hinders"}),
        # Delivering without anything made better asserts nothing.
        ("Consultants deliver care to patients.", {"supports"}),
        # "against" under a verb other than a copula: no opposition.
        ("Regulation protects patients against harm.", {"conflictsWith"}),
    ],
)
def test_words_without_a_signed_frame_give_no_such_relation(extractor, text, forbidden) -> None:
    assert not {r for _, r, _ in triples(extractor, text)} & forbidden


# -- opposition ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Many surgeons are against clinical governance.",
            ("Doctor", "conflictsWith", "ClinicalGovernance"),
        ),
        (
            "Doctors have long resisted performance targets.",
            ("Doctor", "conflictsWith", "PerformanceTarget"),
        ),
        (
            "Nurses' resistance to performance management is well known.",
            ("Nurse", "conflictsWith", "PerformanceManagement"),
        ),
    ],
)
def test_an_actors_opposition_is_a_conflict(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


def test_against_under_a_verb_is_no_opposition(extractor) -> None:
    assert triples(extractor, "Managers weighed audit against clinical autonomy.") == set()


# -- part of ------------------------------------------------------------------------------------


def test_integrating_one_thing_into_another_makes_it_a_part(extractor) -> None:
    text = "Deaneries should integrate leadership development into medical education."
    assert ("LeadershipDevelopment", "partOf", "MedicalEducation") in triples(extractor, text)


def test_a_part_of_better_performing_organisations_is_a_part_of_the_organisations(
    extractor,
) -> None:
    """Only a claim of effect or need about "better performing hospitals" is about
    performance; a part of them is a part of the hospitals."""
    text = "Clinical leadership is a key feature of high-performing organisations."
    assert triples(extractor, text) == {("ClinicalLeadership", "partOf", "Organisation")}
    text = "Strong clinical leadership leads to better performing hospitals."
    assert triples(extractor, text) == {("ClinicalLeadership", "supports", "Effectiveness")}


def test_a_post_split_between_two_things_has_both_as_parts(extractor) -> None:
    found = triples(extractor, "Her role is divided between clinical practice and management.")
    assert {("ClinicalPractice", "partOf", "Role"), ("Management", "partOf", "Role")} <= found
    # The person who divides their time is not what the time is part of.
    text = "Doctors divide their time between clinical practice and management."
    assert triples(extractor, text) == set()


# -- what an argument stands for ---------------------------------------------------------------


def test_an_outcome_modifier_carries_the_claim(extractor) -> None:
    text = "Physician engagement is linked with better performing hospitals."
    assert triples(extractor, text) == {("ClinicalEngagement", "supports", "Effectiveness")}
    # No outcome among the modifiers: the noun itself.
    text = "Physician engagement is linked with teaching hospitals."
    assert triples(extractor, text) == {
        ("ClinicalEngagement", "supports", "HealthcareOrganisation")
    }


def test_a_subject_singled_out_by_what_it_has_stands_for_it(extractor) -> None:
    text = "Hospitals with engaged doctors deliver better patient outcomes."
    assert triples(extractor, text) == {("ClinicalEngagement", "supports", "PatientOutcome")}
    text = "Trusts that have strong clinical leadership improve patient safety."
    assert ("ClinicalLeadership", "improves", "PatientSafety") in triples(extractor, text)
    # Not for a relation without a sign: the hospitals are the part.
    text = "Hospitals with engaged doctors are part of the NHS."
    assert ("ClinicalEngagement", "partOf", "NHS") not in triples(extractor, text)


# -- clauses that assert nothing -----------------------------------------------------------------


def test_what_someone_is_kept_from_or_asked_to_do_is_not_asserted(extractor) -> None:
    text = "Bureaucracy deters consultants from taking on leadership roles."
    found = triples(extractor, text)
    assert ("Doctor", "playsRole", "LeadershipRole") not in found
    text = "The reform will require consultants to take on leadership roles."
    assert ("Doctor", "playsRole", "LeadershipRole") not in triples(extractor, text)
    # Asserted: what they do take on, and a need with no object of its own.
    text = "Consultants take on leadership roles."
    assert triples(extractor, text) == {("Doctor", "playsRole", "LeadershipRole")}
    # What the need is for needs it ("is essential to sustaining Y" is Y requires X).
    text = "Investment in teamwork is needed to improve patient safety."
    assert triples(extractor, text) == {("PatientSafety", "requires", "Teamwork")}


# -- more frames over the parse ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cue noun as the subject of a copula or a listing verb: what it is said to be.
        (
            "The main barrier to clinical engagement is bureaucracy.",
            ("Bureaucracy", "impedes", "ClinicalEngagement"),
        ),
        (
            "Threats to clinical autonomy include regulation.",
            ("Regulation", "threatens", "Autonomy"),
        ),
        # A role with no adjective is still a contribution.
        ("Nurses play a part in quality improvement.", ("Nurse", "supports", "QualityImprovement")),
        # Making something hard or easy.
        (
            "Bureaucracy makes clinical engagement difficult.",
            ("Bureaucracy", "hinders", "ClinicalEngagement"),
        ),
        ("Good communication makes teamwork easier.", ("Communication", "supports", "Teamwork")),
    ],
)
def test_frames_over_the_parse(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


def test_a_cue_noun_that_is_not_the_subject_names_nothing_by_its_copula(extractor) -> None:
    # The barrier is what the sentence is about, not what it is said to be.
    assert triples(extractor, "Bureaucracy is a barrier to clinical engagement.") == {
        ("Bureaucracy", "impedes", "ClinicalEngagement")
    }
    # "make" with an adjective that is no cue: nothing.
    assert triples(extractor, "Bureaucracy makes clinical engagement visible.") == set()


def test_the_examples_of_a_cue_noun_are_its_subjects(extractor) -> None:
    text = "Threats to clinical autonomy, such as regulation, are growing."
    assert ("Regulation", "threatens", "Autonomy") in triples(extractor, text)
    # An example of the object's own kind is not the cue's.
    text = "Threats to professional values such as autonomy are growing."
    assert ("Autonomy", "threatens", "ProfessionalValue") not in triples(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A negative prefix on the concept's own name: its absence, as with "a lack of".
        ("Mistrust undermines teamwork.", ("Teamwork", "requires", "Trust")),
        ("Audit creates inefficiencies.", ("Audit", "hinders", "Efficiency")),
        ("Regulation creates distrust.", ("Regulation", "hinders", "Trust")),
    ],
)
def test_a_concept_named_by_its_absence_turns_the_claim(extractor, text, expected) -> None:
    found = triples(extractor, text)
    assert expected in found
    assert ("Regulation", "supports", "Trust") not in found


def test_a_word_that_only_starts_like_a_negation_is_no_absence(extractor) -> None:
    # "integrated" is not "grated" negated, "improvement" not a negated "provement".
    assert triples(extractor, "Audit drives quality improvement.") == {
        ("Audit", "promotes", "QualityImprovement")
    }


# -- what a description refers back to -------------------------------------------------------


def test_a_cue_noun_after_a_demonstrative_sums_up_the_claim_before(extractor) -> None:
    text = "Hospitals are hampered by bureaucracy. These obstacles erode teamwork."
    assert ("Bureaucracy", "undermines", "Teamwork") in triples(extractor, text)
    # Only a relation of the same kind: "drivers" are not what hampered the wards.
    text = "Hospitals are hampered by bureaucracy. These drivers erode teamwork."
    assert ("Bureaucracy", "undermines", "Teamwork") not in triples(extractor, text)
    # A denied claim sums up nothing.
    text = "Hospitals are not hampered by bureaucracy. These obstacles erode teamwork."
    assert ("Bureaucracy", "undermines", "Teamwork") not in triples(extractor, text)


def test_a_general_head_after_a_demonstrative_stands_for_a_concept_of_its_kind(extractor) -> None:
    text = "The trust adopted a new care model. This approach benefits patients."
    assert ("CareModel", "benefits", "Patient") in triples(extractor, text)
    # Nothing of the kind named before: no argument.
    text = "The trust hired nurses. This approach benefits patients."
    assert triples(extractor, text) == set()


def test_an_ability_stands_for_what_it_is_an_ability_to_do(extractor) -> None:
    text = "Bureaucracy limits the ability of doctors to practise medicine."
    found = triples(extractor, text)
    assert ("Bureaucracy", "hinders", "ClinicalPractice") in found
    assert ("Bureaucracy", "hinders", "Doctor") not in found
    # An ability to do something that names no concept is no argument: limiting what doctors
    # can do is not hindering doctors (the seeds' gold has no such relation for "damage their
    # ability to work effectively").
    text = "Bureaucracy limits the ability of doctors to sleep."
    assert triples(extractor, text) == set()


# -- what the ontology allows, and more clauses that assert nothing ---------------------------


def test_a_relation_links_only_the_kinds_its_property_allows(extractor) -> None:
    # "plays role" links an actor to a role (its rdfs:domain and rdfs:range).
    assert triples(extractor, "Consultants take on leadership roles.") == {
        ("Doctor", "playsRole", "LeadershipRole")
    }
    # Management responsibilities are a role (the manager's); management itself is a
    # practice, not a role; managers are actors.
    assert triples(extractor, "Consultants take on management responsibilities.") == {
        ("Doctor", "playsRole", "ManagerRole")
    }
    assert triples(extractor, "Consultants take on management.") == set()
    assert triples(extractor, "Consultants work as managers.") == set()


def test_an_event_named_by_a_noun_phrase_is_not_said_to_happen(extractor) -> None:
    text = "Barriers to consultants taking on leadership roles are well known."
    assert ("Doctor", "playsRole", "LeadershipRole") not in triples(extractor, text)
    text = "Consultants are now asked to take on leadership roles."
    assert ("Doctor", "playsRole", "LeadershipRole") not in triples(extractor, text)


def test_curtailing_is_hindering(extractor) -> None:
    text = "Clinical autonomy has been curtailed by performance targets."
    assert triples(extractor, text) == {("PerformanceTarget", "hinders", "Autonomy")}


# -- measures of what goes wrong, links, benefits ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "lower mortality" is a better outcome; raising it hinders outcomes.
        (
            "Good teamwork is associated with lower mortality.",
            ("Teamwork", "supports", "PatientOutcome"),
        ),
        ("Bureaucracy increases mortality.", ("Bureaucracy", "hinders", "PatientOutcome")),
        # ... and a privative subject turns it once more.
        ("Poor teamwork increases mortality.", ("Teamwork", "supports", "PatientOutcome")),
    ],
)
def test_a_measure_of_what_goes_wrong_turns_the_claim(extractor, text, expected) -> None:
    assert triples(extractor, text) == {expected}


def test_a_link_between_two_things(extractor) -> None:
    text = "There is a strong link between teamwork and patient safety."
    assert triples(extractor, text) == {("Teamwork", "supports", "PatientSafety")}
    # A bare relationship is no claim ("the relationship between X and Y is complex").
    text = "The relationship between teamwork and patient safety is complex."
    assert triples(extractor, text) == set()


def test_the_benefits_of_x_include_y(extractor) -> None:
    text = "The benefits of clinical networks include better patient outcomes."
    assert triples(extractor, text) == {("ClinicalNetwork", "supports", "PatientOutcome")}


def test_the_support_of_someone_is_theirs_not_given_to_them(extractor) -> None:
    text = "Without the support of doctors, change management fails."
    assert ("ChangeManagement", "supports", "Doctor") not in triples(extractor, text)


# -- causes and means ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # With no agent, the cause given acts (a lack of it: what is hindered requires it).
        (
            "Nurses are deterred from taking on leadership roles because of a lack of training "
            "in leadership.",
            ("LeadershipRole", "requires", "LeadershipDevelopment"),
        ),
        # The means by which something improves.
        (
            "Patient safety was improved through clinical audit.",
            ("Audit", "supports", "PatientSafety"),
        ),
        # Something that improves or declines because of something else.
        (
            "Teamwork has improved as a result of clinical leadership.",
            ("ClinicalLeadership", "supports", "Teamwork"),
        ),
        ("Teamwork declined because of bureaucracy.", ("Bureaucracy", "hinders", "Teamwork")),
    ],
)
def test_causes_and_means_act(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


def test_a_cause_of_a_transitive_verb_does_not_act_on_its_subject(extractor) -> None:
    # The trusts improve safety; the audit is the means, not something the trusts gain from.
    found = triples(extractor, "Trusts improve patient safety through clinical audit.")
    assert ("Audit", "supports", "PatientSafety") in found
    assert ("Audit", "supports", "HealthcareOrganisation") not in found
    # A cause phrase that names no concept: nothing.
    assert triples(extractor, "Teamwork improved because of the weather.") == set()


# -- lists, relative clauses, copulas -------------------------------------------------------------


def test_a_plain_noun_stands_for_the_list_after_the_colon(extractor) -> None:
    text = "Two things undermine teamwork: bureaucracy and performance targets."
    assert triples(extractor, text) == {
        ("Bureaucracy", "undermines", "Teamwork"),
        ("PerformanceTarget", "undermines", "Teamwork"),
    }
    # A list hung on a word that names a concept is not that concept's apposition.
    text = "Audit undermines teamwork: it takes time."
    assert triples(extractor, text) == {("Audit", "undermines", "Teamwork")}


def test_a_relative_clause_on_a_plain_noun_takes_what_the_noun_is_said_to_be(extractor) -> None:
    text = "The factors that erode teamwork include bureaucracy."
    assert triples(extractor, text) == {("Bureaucracy", "undermines", "Teamwork")}
    # A plain noun said to be nothing that names a concept: nothing.
    assert triples(extractor, "The factors that erode teamwork are many.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for" hung on the copula rather than the adjective.
        (
            "Most managers accept that audit is necessary for clinical governance.",
            ("ClinicalGovernance", "requires", "Audit"),
        ),
        # "regarded as essential for".
        (
            "Teamwork is widely regarded as essential for patient safety.",
            ("PatientSafety", "requires", "Teamwork"),
        ),
        (
            "Good care is only possible with mutual respect.",
            ("QualityOfCare", "requires", "MutualRespect"),
        ),
        (
            "Performance targets go against professional values.",
            ("PerformanceTarget", "conflictsWith", "ProfessionalValue"),
        ),
    ],
)
def test_copular_frames(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


# -- both sides as one subject, results, aims, benefits ---------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Managers and nurses often clash.", "asserted"),
        ("Managers and nurses are often at odds.", "asserted"),
        ("Managers and nurses are not incompatible.", "negated"),
    ],
)
def test_both_sides_of_a_conflict_as_one_subject(extractor, text, status) -> None:
    (relation,) = extract(extractor, text).relations
    found = "negated" if relation.negated else "asserted"
    assert (relation.subject, relation.object) == (HLKG + "Manager", HLKG + "Nurse")
    assert relation.predicate == HLKG + "conflictsWith" and found == status


def test_a_single_subject_of_a_conflict_verb_is_no_pair(extractor) -> None:
    assert triples(extractor, "Managers often clash over budgets.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bureaucracy is the result of market reforms.",
            ("MarketBasedPolicy", "supports", "Bureaucracy"),
        ),
        (
            "The aim of clinical audit is to improve patient safety.",
            ("Audit", "improves", "PatientSafety"),
        ),
        (
            "Clinical networks offer real benefits to patients.",
            ("ClinicalNetwork", "supports", "Patient"),
        ),
        ("Bureaucracy is bad for teamwork.", ("Bureaucracy", "damages", "Teamwork")),
    ],
)
def test_results_aims_and_benefits(extractor, text, expected) -> None:
    assert expected in triples(extractor, text)


def test_the_aim_of_something_that_is_no_concept_is_nothing(extractor) -> None:
    assert triples(extractor, "The aim of this essay is to improve patient safety.") == set()


# -- precision: words that only look like cues ---------------------------------------------------


def test_a_cue_word_inside_a_concepts_name_is_part_of_the_name(extractor) -> None:
    # "based" modifies inside "evidence based care": no "is based on" relation.
    text = "Hospitals adopted evidence based care in the NHS."
    assert ("EvidenceBasedCare", "requires", "NHS") not in triples(extractor, text)
    # A name's last word may carry a relation of its own.
    text = "Bureaucratic barriers to clinical engagement are widespread."
    assert ("Bureaucracy", "impedes", "ClinicalEngagement") in triples(extractor, text)


def test_making_people_is_no_support_of_them(extractor) -> None:
    assert triples(extractor, "Medical schools produce doctors.") == set()
    assert ("Audit", "supports", "Trust") in triples(extractor, "Audit builds trust.")


def test_involving_someone_in_something_is_not_being_made_of_them(extractor) -> None:
    text = "Consultants involve patients in decision making."
    assert ("Patient", "partOf", "Doctor") not in triples(extractor, text)
    text = "Clinical governance involves audit."
    assert ("Audit", "partOf", "ClinicalGovernance") in triples(extractor, text)


def test_a_need_to_do_something_is_read_from_what_is_done(extractor) -> None:
    text = "Investment in management training is needed to help overcome the doctor-manager divide."
    found = triples(extractor, text)
    assert ("ManagementTraining", "overcomes", "DoctorManagerDivide") in found
    assert ("DoctorManagerDivide", "requires", "ManagementTraining") not in found


def test_a_cue_noun_under_a_verbs_own_preposition_says_nothing_of_its_subject(extractor) -> None:
    text = "Systematic care does not fit with the basis of clinical practice."
    assert triples(extractor, text) == set()
    # A copula or a frame verb does say it.
    text = "Teamwork lies at the heart of patient safety."
    assert triples(extractor, text) == {("PatientSafety", "requires", "Teamwork")}


def test_the_same_claim_twice_in_a_sentence_is_one_statement(extractor) -> None:
    text = "Clinical leadership ensures high-quality care and good care."
    relations = extract(extractor, text).relations
    assert [(r.subject, r.object) for r in relations] == [
        (HLKG + "ClinicalLeadership", HLKG + "QualityOfCare")
    ]


# -- ways of seeing ----------------------------------------------------------------------------


def test_the_means_through_which_something_is_kept(extractor) -> None:
    (relation,) = extract(
        extractor, "Nurses see audit as the method through which patient safety is preserved."
    ).relations
    assert (relation.subject, relation.object) == (HLKG + "Audit", HLKG + "PatientSafety")
    assert relation.hedged and relation.attributed_to == (HLKG + "Nurse",)


def test_a_noun_viewed_as_opposed_to_something(extractor) -> None:
    (relation,) = extract(
        extractor, "Audit is the tool of governments viewed as opposed to nurses."
    ).relations
    assert (relation.subject, relation.object) == (HLKG + "Government", HLKG + "Nurse")
    assert relation.predicate == HLKG + "conflictsWith" and relation.hedged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clinical governance gives nurses a central role in quality improvement.",
            ("Nurse", "supports", "QualityImprovement"),
        ),
        ("Managers depend on nurses to run wards.", ("Manager", "dependsOn", "Nurse")),
        ("Trust is built through regular dialogue.", ("Dialogue", "supports", "Trust")),
    ],
)
def test_roles_given_dependence_on_someone_to_act_trust_built_through(
    extractor, text, expected
) -> None:
    assert expected in triples(extractor, text)


def test_a_role_given_in_something_that_is_no_concept(extractor) -> None:
    text = "Clinical governance gives nurses a central role in the canteen."
    assert triples(extractor, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The threat of regulation to clinical autonomy is real.",
            {("Regulation", "threatens", "Autonomy")},
        ),
        ("Nurses' distrust of managers runs deep.", {("Nurse", "conflictsWith", "Manager")}),
        ("The NHS's reliance on nurses is growing.", {("NHS", "dependsOn", "Nurse")}),
    ],
)
def test_a_cue_noun_without_a_clause_subject_takes_its_holder(extractor, text, expected) -> None:
    assert triples(extractor, text) == expected


def test_a_one_word_name_is_not_its_own_subject(extractor) -> None:
    # "distrust" names trust (its absence) and is the cue: it does not distrust managers.
    found = triples(extractor, "Distrust of managers is common.")
    assert not any(subject == "Trust" for subject, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A change in something stands for it; a fall in it is its absence.
        ("Audit led to a rise in trust.", ("Audit", "supports", "Trust")),
        ("Bureaucracy causes a decline in teamwork.", ("Bureaucracy", "hinders", "Teamwork")),
        # A fall in what goes wrong is a gain.
        (
            "Teamwork is associated with reductions in mortality.",
            ("Teamwork", "supports", "PatientOutcome"),
        ),
    ],
)
def test_changes_in_something(extractor, text, expected) -> None:
    assert triples(extractor, text) == {expected}


def test_holding_a_role_and_holding_back(extractor) -> None:
    assert triples(extractor, "Nurses hold leadership roles.") == {
        ("Nurse", "playsRole", "LeadershipRole")
    }
    # Holding is no hindrance without "back"; views are no role.
    assert triples(extractor, "Doctors hold strong views on management.") == set()
    text = "Bureaucracy slows down decision making."
    assert triples(extractor, text) == {("Bureaucracy", "hinders", "DecisionMaking")}


def test_a_disposition_named_under_an_adjective_is_not_asserted(extractor) -> None:
    text = (
        "Good care is dependent on teamwork and on nurses being prepared to take leadership roles."
    )
    assert ("Nurse", "playsRole", "LeadershipRole") not in triples(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Nurses report better teamwork.",  # a report is no cause
        "Managers keep doctors informed.",  # keeping is no exclusion without "from"
        "Nurses get better training in leadership.",  # getting is no cause
    ],
)
def test_common_verbs_that_are_no_cue_alone(extractor, text) -> None:
    assert not {r for _, r, _ in triples(extractor, text)} & {"supports", "hinders"}


def test_coordinated_verbs_share_an_object_only_when_the_first_has_none(extractor) -> None:
    text = "Audit supports and strengthens teamwork."
    assert triples(extractor, text) == {("Audit", "supports", "Teamwork")}
    text = "Training helps overcome the doctor-manager divide and improve management."
    assert ("ManagementTraining", "overcomes", "Management") not in triples(extractor, text)
    text = "Audit supports patients and strengthens teamwork."
    assert triples(extractor, text) == {
        ("Audit", "supports", "Patient"),
        ("Audit", "supports", "Teamwork"),
    }


def test_the_involvement_of_someone_in_something(extractor) -> None:
    text = (
        "Clinical networks began in 1999. The involvement of patients in these networks is vital."
    )
    assert ("Patient", "partOf", "ClinicalNetwork") in triples(extractor, text)
    # Without "of", the involvement is engagement, a concept of its own: no part.
    text = "Physician involvement in decision making improves patient safety."
    assert not any(r == "partOf" for _, r, _ in triples(extractor, text))


def test_a_description_finds_what_earlier_pronouns_stood_for(extractor) -> None:
    text = (
        "Clinical networks spread quickly. They involve nurses. They include doctors. "
        "They cover wards. The involvement of patients in these networks is vital."
    )
    assert ("Patient", "partOf", "ClinicalNetwork") in triples(extractor, text)
    # Named too long before, with nothing standing for it since: nothing.
    text = (
        "Clinical networks spread quickly. Wards opened. Beds closed. Rotas changed. "
        "The involvement of patients in these networks is vital."
    )
    assert triples(extractor, text) == set()
