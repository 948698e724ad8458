"""Frames of the field's general language found by surveying real pages the extractor was
never tuned on (issue #10, relations on unseen text). Every sentence is written for these
tests, each rule with a case it must not fire on."""

from __future__ import annotations

from test_extract_status import statuses


def test_an_ability_to_do_is_no_subject_of_its_own_infinitive(extractor) -> None:
    # "ability" stands for what its infinitive names; the infinitive's conjoined objects
    # must not become each other's subject (safety improving quality).
    text = (
        "An organisation's ability to improve patient safety and quality of care"
        " requires clinical leadership."
    )
    assert statuses(extractor, text) == {
        ("PatientSafety", "requires", "ClinicalLeadership", "asserted"),
        ("QualityOfCare", "requires", "ClinicalLeadership", "asserted"),
    }
    # A plain verb with the same coordinated objects still gives both claims.
    assert statuses(extractor, "Clinical audit improves patient safety and quality of care.") == {
        ("Audit", "improves", "PatientSafety", "asserted"),
        ("Audit", "improves", "QualityOfCare", "asserted"),
    }


def test_an_effect_of_size_alone_is_no_support(extractor) -> None:
    for adjective in ("significant", "major", "profound", "considerable"):
        text = f"Clinical leadership has a {adjective} impact on patient safety."
        assert statuses(extractor, text) == set(), adjective
    assert statuses(extractor, "Clinical leadership has a positive effect on patient safety.") == {
        ("ClinicalLeadership", "supports", "PatientSafety", "asserted")
    }
    # A contribution is help whatever its size.
    assert statuses(extractor, "Audit made a major contribution to patient safety.") == {
        ("Audit", "supports", "PatientSafety", "asserted")
    }


def test_struggling_to_do_is_not_doing(extractor) -> None:
    assert statuses(extractor, "Clinical networks struggle to sustain clinical audit.") == {
        ("ClinicalNetwork", "supports", "Audit", "hedged")
    }
    # An aim carries no flag (tests/gold/README.md).
    assert statuses(extractor, "Appraisal is designed to strengthen accountability.") == {
        ("Appraisal", "supports", "Accountability", "asserted")
    }
    # Said plainly, the same claims stand.
    assert statuses(extractor, "Clinical networks sustain clinical audit.") == {
        ("ClinicalNetwork", "supports", "Audit", "asserted")
    }


def test_scope_potential_and_ability_to_do_are_hedged(extractor) -> None:
    for text in (
        "There is scope for clinical networks to improve patient safety.",
        "Clinical networks have the potential to improve patient safety.",
        "Clinical networks have the ability to improve patient safety.",
    ):
        assert statuses(extractor, text) == {
            ("ClinicalNetwork", "improves", "PatientSafety", "hedged")
        }, text
    # Lacking the capacity gives no claim that it is done.
    assert statuses(extractor, "Doctors lack the capacity to improve teamwork.") == set()


def test_viewed_as_a_bare_adjective_is_a_view(extractor) -> None:
    # The parser hangs "critical" from "as" as a modifier: still a way of seeing.
    text = "Clinical leadership is viewed as critical in maintaining patient safety."
    assert statuses(extractor, text) == {
        ("PatientSafety", "requires", "ClinicalLeadership", "hedged")
    }
    text = "Clinical leadership is critical in maintaining patient safety."
    assert statuses(extractor, text) == {
        ("PatientSafety", "requires", "ClinicalLeadership", "asserted")
    }


def test_the_active_verb_of_association_links_one_thing_to_another(extractor) -> None:
    assert statuses(extractor, "Managers linked clinical audit with teamwork.") == {
        ("Audit", "supports", "Teamwork", "asserted")
    }
    # What evidence links is reported (hedged); little evidence denies it.
    # What studies link is their finding, reported (hedged); the author's own is a claim.
    text = "Several studies link clinical engagement to patient safety."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "supports", "PatientSafety", "hedged")
    }
    text = "This review links medical engagement with lower mortality."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "supports", "PatientOutcome", "asserted")
    }
    text = "There is evidence linking clinical engagement to patient safety."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "supports", "PatientSafety", "hedged")
    }
    text = "There is little evidence linking clinical audit to patient safety."
    assert statuses(extractor, text) == {("Audit", "supports", "PatientSafety", "negated")}
    # Networks that link people join them; no support between the people.
    assert statuses(extractor, "Clinical networks link doctors with nurses.") == set()


def test_to_with_a_verb_after_a_verb_and_its_object_is_a_purpose(extractor) -> None:
    text = (
        "Clinical networks are systems that link health professionals across regions"
        " to deliver patient-centred care."
    )
    assert statuses(extractor, text) == set()


def test_a_directed_pair_needs_two_members_an_opposition_does_not(extractor) -> None:
    text = "There are close links between clinical audit, teamwork and patient safety."
    assert statuses(extractor, text) == set()
    assert statuses(extractor, "There is a strong link between teamwork and patient safety.") == {
        ("Teamwork", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "There is tension between doctors, nurses and managers.") == {
        ("Doctor", "conflictsWith", "Nurse", "asserted"),
        ("Doctor", "conflictsWith", "Manager", "asserted"),
    }


def test_as_part_of_is_said_of_the_object_and_part_of_doing_is_a_contribution(
    extractor,
) -> None:
    assert statuses(extractor, "Doctors learn teamwork as part of clinical governance.") == {
        ("Teamwork", "partOf", "ClinicalGovernance", "asserted")
    }
    assert statuses(extractor, "Audit was introduced as part of clinical governance.") == {
        ("Audit", "partOf", "ClinicalGovernance", "asserted")
    }
    text = "Managers use performance targets as a threat to clinical autonomy."
    assert statuses(extractor, text) == {("PerformanceTarget", "threatens", "Autonomy", "asserted")}
    # A part of doing something is a contribution to it, not a part of it.
    assert statuses(extractor, "Teamwork is an essential part of ensuring patient safety.") == {
        ("Teamwork", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Teamwork is integral to delivering patient safety.") == {
        ("Teamwork", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Audit is integral to clinical governance.") == {
        ("Audit", "partOf", "ClinicalGovernance", "asserted")
    }


def test_a_purpose_is_said_of_what_serves_it(extractor) -> None:
    # Aims carry no flag (tests/gold/README.md); "in order to" reads like "to".
    text = "Trusts introduced clinical audit in order to strengthen accountability."
    assert statuses(extractor, text) == {("Audit", "supports", "Accountability", "asserted")}
    # A plain noun's purpose is said of what the noun is said of.
    text = "Clinical networks are essential frameworks for improving patient outcomes."
    assert statuses(extractor, text) == {
        ("ClinicalNetwork", "improves", "PatientOutcome", "asserted")
    }
    text = "Audit has been adopted as a strategy to promote evidence-based care."
    assert statuses(extractor, text) == {("Audit", "promotes", "EvidenceBasedCare", "asserted")}
    # An event named by a noun phrase is still no claim.
    assert statuses(extractor, "The barriers to doctors taking up leadership roles are many.") == (
        set()
    )


def test_resistance_as_a_predicate_is_opposition(extractor) -> None:
    assert statuses(extractor, "Many doctors are resistant to performance targets.") == {
        ("Doctor", "conflictsWith", "PerformanceTarget", "asserted")
    }
    # Singling out some doctors by it asserts nothing of doctors ("doctors who resist").
    text = "Doctors resistant to clinical governance rarely lead quality improvement."
    assert not {r for _, r, _, _ in statuses(extractor, text)} & {"conflictsWith"}


def test_conditions_and_tendencies(extractor) -> None:
    text = "Where clinical leadership is in place, patient safety tends to be better."
    assert statuses(extractor, text) == {
        ("ClinicalLeadership", "supports", "PatientSafety", "hedged")
    }
    assert statuses(extractor, "When teamwork is strong, patient safety is higher.") == {
        ("Teamwork", "supports", "PatientSafety", "asserted")
    }
    # A measure of what goes wrong flips it.
    assert statuses(extractor, "Where clinical engagement is strong, mortality is higher.") == {
        ("ClinicalEngagement", "hinders", "PatientOutcome", "asserted")
    }
    # The condition must say its subject is there, or name the concept by its predicate:
    # "doctors are engaged" is about engagement, not about the doctors.
    assert statuses(extractor, "When doctors are engaged, patient outcomes are better.") == {
        ("ClinicalEngagement", "supports", "PatientOutcome", "asserted")
    }
    assert statuses(extractor, "If clinicians are engaged, quality of care is better.") == {
        ("ClinicalEngagement", "supports", "QualityOfCare", "asserted")
    }
    assert statuses(extractor, "Where doctors are unhappy, patient safety is better.") == set()
    text = "Where clinical engagement is weak, patient safety is not better."
    assert statuses(extractor, text) == set()


def test_it_never_stands_for_a_person_named_inside_a_plain_noun(extractor) -> None:
    # "patient care" stands for patients as an argument, but "it" is no person: the plain
    # noun "care" stops the search and "it" stands for nothing.
    text = (
        "Many doctors regard administrative work as a distraction from patient care;"
        " some fear that it will erode their autonomy."
    )
    assert not any(s == "Patient" for s, _, _, _ in statuses(extractor, text))
    # A concept before it still resolves.
    assert ("Audit", "improves", "Teamwork", "asserted") in statuses(
        extractor, "Audit is central to patient safety, and it improves teamwork."
    )


def test_a_participant_coordinated_inside_a_label_is_no_concept_of_its_own(extractor) -> None:
    # Outcomes for patients and hospitals: the hospitals are who else they are for.
    assert statuses(extractor, "Clinical audit improves outcomes for patients and hospitals.") == {
        ("Audit", "improves", "PatientOutcome", "asserted")
    }
    # A concept coordinated inside a label still counts.
    text = "Teamwork improves the quality of clinical care and patient satisfaction."
    assert statuses(extractor, text) == {
        ("Teamwork", "improves", "QualityOfCare", "asserted"),
        ("Teamwork", "improves", "PatientExperience", "asserted"),
    }


def test_unlikely_to_succeed_without_x_is_a_need_for_x(extractor) -> None:
    for text in (
        "Without clinical engagement, quality improvement is unlikely to succeed.",
        "Quality improvement is unlikely to succeed without clinical engagement.",
    ):
        assert statuses(extractor, text) == {
            ("QualityImprovement", "requires", "ClinicalEngagement", "asserted")
        }, text
    text = "Clinical networks cannot hope to succeed without clinical leadership."
    assert statuses(extractor, text) == {
        ("ClinicalNetwork", "requires", "ClinicalLeadership", "asserted")
    }
    # Likely success without it states no need; "unlikely to improve" alone is a denial.
    text = "Quality improvement is likely to succeed without clinical engagement."
    assert statuses(extractor, text) == set()
    assert statuses(extractor, "Clinical audit is unlikely to improve patient safety.") == {
        ("Audit", "improves", "PatientSafety", "negated")
    }


def test_making_something_harder_or_easier(extractor) -> None:
    for text in (
        "Bureaucracy makes clinical engagement harder.",
        "Bureaucracy makes it harder for doctors to engage in management.",
    ):
        assert statuses(extractor, text) == {
            ("Bureaucracy", "hinders", "ClinicalEngagement", "asserted")
        }, text
    assert statuses(extractor, "Performance targets make patient safety worse.") == {
        ("PerformanceTarget", "hinders", "PatientSafety", "asserted")
    }
    # A comparison of effort, or a state found somewhere, makes nothing.
    assert statuses(extractor, "Managers work harder than doctors.") == set()
    assert statuses(extractor, "Patient safety is worse in large hospitals.") == set()


def test_what_participants_describe_as_a_barrier_is_their_account(extractor) -> None:
    text = "Participants described bureaucracy as a major barrier to clinical engagement."
    assert statuses(extractor, text) == {("Bureaucracy", "impedes", "ClinicalEngagement", "hedged")}
    from extraction import extract

    text = "Several consultants identified bureaucracy as the main obstacle to teamwork."
    (relation,) = extract(extractor, text).relations
    assert relation.hedged and relation.attributed_to == ("https://w3id.org/hlkg/ontology#Doctor",)
    # The author's own identification is a claim.
    text = "We identify bureaucracy as a barrier to clinical engagement."
    assert statuses(extractor, text) == {
        ("Bureaucracy", "impedes", "ClinicalEngagement", "asserted")
    }


def test_subjects_that_deny_or_limit_the_claim(extractor) -> None:
    text = "Neither regulation nor performance targets improve teamwork."
    assert statuses(extractor, text) == {
        ("Regulation", "improves", "Teamwork", "negated"),
        ("PerformanceTarget", "improves", "Teamwork", "negated"),
    }
    for text in (
        "Hardly any trusts have improved patient safety.",
        "Few trusts have improved patient safety.",
    ):
        assert statuses(extractor, text) == {
            ("HealthcareOrganisation", "improves", "PatientSafety", "negated")
        }, text
    # "a few" is some; "not all" limits the claim to some.
    assert statuses(extractor, "A few trusts have improved patient safety.") == {
        ("HealthcareOrganisation", "improves", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Not all managers undermine clinical autonomy.") == {
        ("Manager", "undermines", "Autonomy", "hedged")
    }
    # A denial inside a relative clause on the subject is not the claim's.
    assert statuses(extractor, "Doctors who have no time support clinical audit.") == {
        ("Doctor", "supports", "Audit", "asserted")
    }


def test_a_myth_that_with_the_clause_read_as_relative_is_rejected(extractor) -> None:
    assert statuses(extractor, "It is a myth that managers undermine clinical autonomy.") == {
        ("Manager", "undermines", "Autonomy", "rejected")
    }


def test_little_or_nothing_to_suggest_denies_the_clause(extractor) -> None:
    for text in (
        "There is little to suggest that performance targets improve patient safety.",
        "There is nothing to suggest that performance targets improve patient safety.",
        "Little suggests that performance targets improve patient safety.",
    ):
        assert statuses(extractor, text) == {
            ("PerformanceTarget", "improves", "PatientSafety", "negated")
        }, text
    text = "There is much to suggest that performance targets improve patient safety."
    assert statuses(extractor, text) == {
        ("PerformanceTarget", "improves", "PatientSafety", "hedged")
    }


def test_falling_comparatives_turn_the_sign(extractor) -> None:
    assert statuses(extractor, "Bureaucracy leads to worse patient outcomes.") == {
        ("Bureaucracy", "hinders", "PatientOutcome", "asserted")
    }
    assert statuses(extractor, "Bureaucracy results in weaker clinical engagement.") == {
        ("Bureaucracy", "hinders", "ClinicalEngagement", "asserted")
    }
    assert statuses(extractor, "Regulation leads to less bureaucracy.") == {
        ("Regulation", "hinders", "Bureaucracy", "asserted")
    }
    assert statuses(extractor, "Clinical audit leads to better patient safety.") == {
        ("Audit", "supports", "PatientSafety", "asserted")
    }


def test_covariation_and_the_falling_correlative(extractor) -> None:
    text = "The greater the bureaucracy, the weaker the clinical engagement."
    assert statuses(extractor, text) == {
        ("Bureaucracy", "hinders", "ClinicalEngagement", "asserted")
    }
    # A measure of what goes wrong turns it back.
    text = "The higher the level of medical engagement, the lower the mortality."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "supports", "PatientOutcome", "asserted")
    }
    assert statuses(extractor, "Patient safety improves as teamwork grows stronger.") == {
        ("Teamwork", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "As bureaucracy grows, clinical engagement declines.") == {
        ("Bureaucracy", "hinders", "ClinicalEngagement", "asserted")
    }
    # "as" of time with a verb of no growth gives nothing.
    assert statuses(extractor, "Patient safety improved as the reforms progressed.") == set()


def test_distrust_conflicting_priorities_and_moving_into_roles(extractor) -> None:
    assert statuses(extractor, "Doctors are often suspicious of managers.") == {
        ("Doctor", "conflictsWith", "Manager", "asserted")
    }
    # "critical of" is opposition, "critical to" a need.
    assert statuses(extractor, "Clinical leadership is critical to patient safety.") == {
        ("PatientSafety", "requires", "ClinicalLeadership", "asserted")
    }
    assert statuses(extractor, "Managers and doctors often have conflicting priorities.") == {
        ("Manager", "conflictsWith", "Doctor", "asserted")
    }
    assert statuses(extractor, "Managers and doctors have shared priorities.") == set()
    assert statuses(extractor, "Nurses step into leadership roles.") == {
        ("Nurse", "playsRole", "LeadershipRole", "asserted")
    }
    # Moving into management is no role (the property's range).
    assert statuses(extractor, "Doctors are moving into management.") == set()


def test_their_stands_for_its_clause_subject_and_nothing_is_part_of_a_person(
    extractor,
) -> None:
    # "their" is the doctors', not the skills' just before it; and nothing is part of them.
    # What they should have is a need, as with "need leadership skills" (no flag).
    text = (
        "All junior doctors should have leadership skills as part of their professional"
        " development."
    )
    assert statuses(extractor, text) == {("JuniorDoctor", "requires", "Leadership", "asserted")}
    assert statuses(extractor, text.replace("should have", "need")) == statuses(extractor, text)
    # Improving patient care improves care, not patients.
    assert statuses(extractor, "Clinical audit improves patient care.") == set()
    text = "Reorganisation into clinical networks promotes the uptake of evidence-based practice."
    assert statuses(extractor, text) == {("NHSReform", "promotes", "EvidenceBasedCare", "asserted")}
    # A possessive with no agreeing subject still finds its antecedent before it.
    text = "Clinical networks need strong leadership, and their success depends on clinical audit."
    assert ("ClinicalNetwork", "dependsOn", "Audit", "asserted") in statuses(extractor, text)


def test_what_studies_do_is_reported_but_a_practice_named_review_is_no_study(extractor) -> None:
    text = "Previous studies (Jones 2012; Patel 2015) have linked clinical audit with teamwork."
    assert statuses(extractor, text) == {("Audit", "supports", "Teamwork", "hedged")}
    text = "Peer review of mortality cases supports professional accountability."
    assert statuses(extractor, text) == {("PeerReview", "supports", "Accountability", "asserted")}


def test_a_list_after_a_colon_is_no_conjunct_of_a_concept(extractor) -> None:
    # The parser hangs "trust" on "engagement" as a conjunct; the list says what the things
    # are, not more of what they support.
    text = "Three things support clinical engagement: trust, teamwork and time."
    assert statuses(extractor, text) == {
        ("Trust", "supports", "ClinicalEngagement", "asserted"),
        ("Teamwork", "supports", "ClinicalEngagement", "asserted"),
    }


def test_their_agrees_by_the_subjects_own_word(extractor) -> None:
    # "doctors in training" ends in a singular word; the subject's head is plural.
    text = (
        "The college recommends that all doctors in training have leadership and management"
        " skills as part of their professional development."
    )
    assert statuses(extractor, text) == set()


def test_those_who_invest_in_x_stand_for_x(extractor) -> None:
    text = "Trusts that invest in leadership development are more likely to improve patient safety."
    assert statuses(extractor, text) == {
        ("LeadershipDevelopment", "improves", "PatientSafety", "hedged")
    }
    # Investing in what is no concept leaves the trusts themselves.
    assert statuses(extractor, "Trusts that invest in buildings improve patient safety.") == {
        ("HealthcareOrganisation", "improves", "PatientSafety", "asserted")
    }


def test_x_needs_y_to_succeed(extractor) -> None:
    assert statuses(extractor, "Clinical leaders need management training to succeed.") == {
        ("ClinicalLeader", "requires", "ManagementTraining", "asserted")
    }
    assert statuses(extractor, "Clinical networks need strong leadership to flourish.") == {
        ("ClinicalNetwork", "requires", "Leadership", "asserted")
    }
    # Kept from or asked to: no claim of the infinitive's own.
    text = "Regulation prevents doctors from needing management training."
    assert ("Doctor", "requires", "ManagementTraining", "asserted") not in statuses(extractor, text)


def test_what_respondents_say_agree_or_speak_of_is_their_account(extractor) -> None:
    text = "Several doctors spoke of bureaucracy as a barrier to clinical engagement."
    assert statuses(extractor, text) == {("Bureaucracy", "impedes", "ClinicalEngagement", "hedged")}
    text = "Most respondents agreed that clinical engagement improves patient safety."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "improves", "PatientSafety", "hedged")
    }
    text = "We agree that clinical engagement improves patient safety."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "improves", "PatientSafety", "asserted")
    }
    text = "In their view, performance targets undermine clinical autonomy."
    assert statuses(extractor, text) == {("PerformanceTarget", "undermines", "Autonomy", "hedged")}
    # A perfect read as a modifier is parsed again ("had improved teamwork").
    text = "Interviewees reported that clinical audit had improved teamwork."
    assert statuses(extractor, text) == {("Audit", "improves", "Teamwork", "hedged")}


def test_for_many_doctors_is_their_view(extractor) -> None:
    from extraction import extract

    text = "For many doctors, performance targets are a threat to clinical autonomy."
    (relation,) = extract(extractor, text).relations
    assert relation.hedged and relation.attributed_to == ("https://w3id.org/hlkg/ontology#Doctor",)
    # Not a reason, nor a beneficiary after the predicate.
    text = "For this reason, performance targets undermine clinical autonomy."
    assert statuses(extractor, text) == {
        ("PerformanceTarget", "undermines", "Autonomy", "asserted")
    }


def test_the_engagement_of_clinicians_is_not_the_clinicians(extractor) -> None:
    # A wording the lexicon misses ("your") leaves no argument rather than the clinicians.
    text = (
        "Effective engagement of your clinicians in strategic planning is essential for"
        " organisational performance."
    )
    assert statuses(extractor, text) == set()
    text = "The involvement of doctors in management improves patient safety."
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "improves", "PatientSafety", "asserted")
    }
