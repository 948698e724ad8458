"""Relation frames of the field's general language beyond cue verbs (antecedents, strength
of association, one thing pursued at the expense of another, means named by their end),
each with sentences written for the test: what the frame asserts, its status, and look-alikes
that assert nothing."""

from __future__ import annotations

from test_extract_status import statuses


def test_what_comes_before_and_brings_about_a_thing_supports_it(extractor) -> None:
    text = "The antecedents of clinical engagement include trust and communication."
    assert statuses(extractor, text) == {
        ("Trust", "supports", "ClinicalEngagement", "asserted"),
        ("Communication", "supports", "ClinicalEngagement", "asserted"),
    }
    assert statuses(extractor, "Teamwork may be a precursor of patient safety.") == {
        ("Teamwork", "supports", "PatientSafety", "hedged")
    }
    assert statuses(extractor, "Teamwork is not a precursor of patient safety.") == {
        ("Teamwork", "supports", "PatientSafety", "negated")
    }
    # Not a claim: a question about antecedents.
    assert statuses(extractor, "We asked whether trust is an antecedent of teamwork.") == set()


def test_a_relation_of_stated_strength_or_direction_is_an_association(extractor) -> None:
    assert statuses(extractor, "Clinical engagement is positively related to patient safety.") == {
        ("ClinicalEngagement", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Medical engagement is inversely related to patient safety.") == {
        ("ClinicalEngagement", "hinders", "PatientSafety", "asserted")
    }
    # "related to" alone names a topic, not an association.
    assert statuses(extractor, "Hospital management is related to clinical engagement.") == set()
    assert statuses(
        extractor, "Critics doubt that teamwork is closely tied to patient safety."
    ) == {("Teamwork", "supports", "PatientSafety", "negated")}


def test_what_is_pursued_at_the_expense_of_a_thing_conflicts_with_it(extractor) -> None:
    text = "Managers pursued efficiency at the expense of the quality of care."
    assert statuses(extractor, text) == {
        ("Efficiency", "conflictsWith", "QualityOfCare", "asserted")
    }
    text = "A focus on efficiency at the expense of patient safety is a mistake."
    assert ("Efficiency", "conflictsWith", "PatientSafety", "asserted") in statuses(extractor, text)
    text = "Hospitals never put performance targets first at the expense of patient safety."
    assert statuses(extractor, text) == {
        ("PerformanceTarget", "conflictsWith", "PatientSafety", "negated")
    }
    # Who pursues it is not what conflicts: no Manager conflictsWith QualityOfCare.
    text = "Managers improved teamwork at the expense of nothing."
    assert all(s[1] != "conflictsWith" for s in statuses(extractor, text))


def test_a_means_named_by_what_it_serves_stands_for_that(extractor) -> None:
    assert statuses(extractor, "Robust communication methods drive clinical engagement.") == {
        ("Communication", "promotes", "ClinicalEngagement", "asserted")
    }
    assert statuses(extractor, "Audit tools support clinical governance.") == {
        ("Audit", "supports", "ClinicalGovernance", "asserted")
    }


def test_without_x_y_fails_says_that_y_needs_x(extractor) -> None:
    assert statuses(extractor, "Without trust, clinical engagement falters.") == {
        ("ClinicalEngagement", "requires", "Trust", "asserted")
    }
    text = "Without clinical leadership, quality improvement is impossible."
    assert statuses(extractor, text) == {
        ("QualityImprovement", "requires", "ClinicalLeadership", "asserted")
    }
    assert statuses(extractor, "Without trust, clinical engagement may collapse.") == {
        ("ClinicalEngagement", "requires", "Trust", "hedged")
    }
    # Growing without it, or not failing without it, states no need.
    assert statuses(extractor, "Without trust, clinical engagement grew.") == set()
    assert statuses(extractor, "Clinical engagement did not falter without trust.") == set()
    text = "Without clinical leadership, quality improvement is not impossible."
    assert statuses(extractor, text) == set()


def test_struggling_or_suffering_without_x_is_failing_without_it(extractor) -> None:
    text = "Without adequate management training, clinical leaders struggle to influence strategy."
    assert statuses(extractor, text) == {
        ("ClinicalLeader", "requires", "ManagementTraining", "asserted")
    }
    assert statuses(extractor, "Without clinical engagement, quality improvement suffers.") == {
        ("QualityImprovement", "requires", "ClinicalEngagement", "asserted")
    }
    # Not suffering without it states no need; struggling with no "without" names none.
    text = "Without clinical leadership, patient safety does not suffer."
    assert statuses(extractor, text) == set()
    text = "Clinical leaders struggle to find time for management training."
    assert statuses(extractor, text) == set()


def test_failures_and_breakdowns_of_a_thing_say_its_opposite(extractor) -> None:
    assert statuses(extractor, "Weak leadership contributed to failures of care.") == {
        ("Leadership", "supports", "QualityOfCare", "asserted")
    }
    assert statuses(extractor, "Leadership contributed to failures of care.") == {
        ("Leadership", "hinders", "QualityOfCare", "asserted")
    }
    assert statuses(extractor, "A breakdown of trust damaged teamwork.") == {
        ("Teamwork", "requires", "Trust", "asserted")
    }


def test_an_opportunity_to_work_with_a_thing_is_not_the_thing(extractor) -> None:
    text = "Chances to work with clinical leadership help empower junior doctors."
    assert not any(s[0] == "ClinicalLeadership" for s in statuses(extractor, text))
    text = "Time to engage in clinical leadership improves teamwork."
    assert statuses(extractor, text) == set()


def test_people_embracing_a_role_do_not_make_it_part_of_anything(extractor) -> None:
    text = "If doctors are to run the NHS, they must embrace managerial roles."
    assert not any(s[1] == "partOf" for s in statuses(extractor, text))
    assert statuses(extractor, "Clinical governance includes clinical audit.") == {
        ("Audit", "partOf", "ClinicalGovernance", "asserted")
    }


def test_the_key_to_a_thing_is_doing_another(extractor) -> None:
    text = "The key to high-quality care is fostering teamwork among nurses."
    assert statuses(extractor, text) == {("QualityOfCare", "requires", "Teamwork", "asserted")}
    text = "The secret of clinical engagement may be building trust."
    assert statuses(extractor, text) == {("ClinicalEngagement", "requires", "Trust", "hedged")}
    text = "The key to patient safety is not improving efficiency."
    assert statuses(extractor, text) == {("PatientSafety", "requires", "Efficiency", "negated")}
    # A plain progressive is no such frame, and a bare key has no complement.
    assert statuses(extractor, "The board is fostering teamwork among nurses.") == set()
    assert statuses(extractor, "The key is fostering teamwork among nurses.") == set()


def test_a_route_or_means_to_a_thing_supports_it(extractor) -> None:
    text = "Compassionate leadership is the path to better quality of care."
    assert statuses(extractor, text) == {("Leadership", "supports", "QualityOfCare", "asserted")}
    assert statuses(extractor, "Clinical audit is a means of improving patient safety.") == {
        ("Audit", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Audit is not a route to quality improvement.") == {
        ("Audit", "supports", "QualityImprovement", "negated")
    }
    # A means of communication is a kind of it, not a support.
    assert statuses(extractor, "Email is a means of communication between doctors.") == set()


def test_a_key_role_to_play_in_a_thing_supports_it(extractor) -> None:
    assert statuses(extractor, "Nurses have a key role to play in clinical leadership.") == {
        ("Nurse", "supports", "ClinicalLeadership", "asserted")
    }
    assert statuses(extractor, "Nurses have a role to play in the canteen.") == set()


def test_a_culture_named_by_what_it_values_stands_for_that(extractor) -> None:
    assert statuses(extractor, "Such leadership cultures encourage staff engagement.") == {
        ("Leadership", "promotes", "ClinicalEngagement", "asserted")
    }


def test_an_actor_said_to_be_a_managerial_role_plays_it(extractor) -> None:
    text = "Clinical directors are resource allocators and negotiators."
    assert statuses(extractor, text) == {
        ("ClinicalLeader", "playsRole", "ResourceAllocatorRole", "asserted"),
        ("ClinicalLeader", "playsRole", "NegotiatorRole", "asserted"),
    }
    assert statuses(extractor, "The medical director is not a figurehead.") == {
        ("ClinicalLeader", "playsRole", "FigureheadRole", "negated")
    }
    # A copula between two actors, or naming no role, plays none.
    assert statuses(extractor, "The manager is a doctor.") == set()
    assert statuses(extractor, "Clinical audit is a monitor of quality.") == set()


def test_needing_the_loss_of_a_thing_hinders_it(extractor) -> None:
    text = "Some erosion of clinical autonomy is the price of accountability."
    assert statuses(extractor, text) == {("Accountability", "hinders", "Autonomy", "asserted")}
    text = "Accountability may entail a loss of professional autonomy."
    assert statuses(extractor, text) == {("Accountability", "hinders", "Autonomy", "hedged")}
    assert statuses(extractor, "Trust is the price of teamwork.") == {
        ("Teamwork", "requires", "Trust", "asserted")
    }
    assert statuses(extractor, "The cost of clinical audit is high.") == set()


def test_necessary_for_a_thing_to_happen_is_needed_by_it(extractor) -> None:
    text = "Mutual respect is necessary for trust to be established between managers and doctors."
    assert statuses(extractor, text) == {("Trust", "requires", "MutualRespect", "asserted")}
    text = "Mutual respect is not necessary for trust to grow."
    assert statuses(extractor, text) == {("Trust", "requires", "MutualRespect", "negated")}


def test_people_moved_to_act_are_not_promoted(extractor) -> None:
    assert statuses(extractor, "Market forces drive doctors to collaborate with managers.") == set()
    assert statuses(extractor, "Clinical leadership inspires nurses.") == set()
    assert statuses(extractor, "Clinical leadership inspires teamwork.") == {
        ("ClinicalLeadership", "promotes", "Teamwork", "asserted")
    }


def test_what_a_pseudo_cleft_names_is_the_argument(extractor) -> None:
    text = "What doctors resent is the imposition of performance targets."
    assert statuses(extractor, text) == {
        ("Doctor", "conflictsWith", "PerformanceTarget", "asserted")
    }
    assert statuses(extractor, "What improves patient safety is teamwork.") == {
        ("Teamwork", "improves", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "What doctors do not resent is clinical audit.") == {
        ("Doctor", "conflictsWith", "Audit", "negated")
    }
    assert statuses(extractor, "What doctors resent is unclear.") == set()


def test_a_subject_pronoun_after_a_semicolon_continues_the_subject_before(extractor) -> None:
    text = "Clinical audit is not a burden for busy surgeons; it is a foundation of patient safety."
    assert statuses(extractor, text) == {("PatientSafety", "requires", "Audit", "asserted")}
    text = "Doctors value autonomy; they resent performance targets."
    assert statuses(extractor, text) == {
        ("Doctor", "conflictsWith", "PerformanceTarget", "asserted")
    }


def test_vital_in_doing_a_thing_with_in_on_the_copula(extractor) -> None:
    assert statuses(extractor, "Teamwork is vital in improving patient outcomes.") == {
        ("PatientOutcome", "requires", "Teamwork", "asserted")
    }
    assert statuses(extractor, "Clinical leadership is crucial in the NHS.") == set()


def test_a_restrictive_relative_clause_on_a_generic_subject_asserts_nothing(extractor) -> None:
    text = "Doctors who distrust managers are less likely to engage in management."
    assert statuses(extractor, text) == set()
    text = "Managers who undermine clinical autonomy lose the trust of doctors."
    assert ("Manager", "undermines", "Autonomy", "asserted") not in statuses(extractor, text)
    # Set off by commas, or on a noun that is not the subject, the clause is a claim.
    assert statuses(extractor, "Doctors, who distrust managers, avoid management.") == {
        ("Doctor", "conflictsWith", "Manager", "asserted")
    }
    assert statuses(extractor, "Clinical audit is a tool that improves patient safety.") == {
        ("Audit", "improves", "PatientSafety", "asserted")
    }


def test_the_new_frames_keep_their_claim_status(extractor) -> None:
    text = "Managers argue that the antecedents of clinical engagement include trust."
    assert statuses(extractor, text) == {("Trust", "supports", "ClinicalEngagement", "hedged")}
    text = "According to nurses, teamwork may be a route to patient safety."
    assert statuses(extractor, text) == {("Teamwork", "supports", "PatientSafety", "hedged")}
    text = (
        "The idea that performance targets are pursued at the expense of patient safety is a myth."
    )
    assert statuses(extractor, text) == {
        ("PerformanceTarget", "conflictsWith", "PatientSafety", "rejected")
    }
    text = "What doctors resent, managers claim, is the imposition of performance targets."
    assert statuses(extractor, text) == {("Doctor", "conflictsWith", "PerformanceTarget", "hedged")}


def test_harm_to_patients_is_a_measure_of_what_goes_wrong(extractor) -> None:
    # "harm to patients" names patient safety by its failure, like "patient harm".
    assert statuses(extractor, "Poor communication results in harm to patients.") == {
        ("Communication", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Teamwork reduces harm to patients.") == {
        ("Teamwork", "supports", "PatientSafety", "asserted")
    }


def test_what_underlies_a_thing_supports_it(extractor) -> None:
    assert statuses(extractor, "Trust underlies effective teamwork.") == {
        ("Trust", "supports", "Teamwork", "asserted")
    }


def test_a_measure_named_by_what_it_measures_stands_for_that(extractor) -> None:
    assert statuses(extractor, "Clinical engagement scores predict patient experience scores.") == {
        ("ClinicalEngagement", "supports", "PatientExperience", "asserted")
    }


def test_doing_more_for_y_supports_it(extractor) -> None:
    text = "Clinical networks may do more for patient outcomes than any single appointment."
    assert statuses(extractor, text) == {
        ("ClinicalNetwork", "supports", "PatientOutcome", "hedged")
    }
    assert statuses(extractor, "Engaged doctors do much for patient safety.") == {
        ("ClinicalEngagement", "supports", "PatientSafety", "asserted")
    }
    # Doing little is a denial this frame does not read; doing more for people is a service
    # to them; a question asserts nothing.
    assert statuses(extractor, "Audit does little for patient safety.") == set()
    assert statuses(extractor, "Managers did more for doctors than the colleges did.") == set()
    assert statuses(extractor, "What more can managers do for clinical engagement?") == set()
