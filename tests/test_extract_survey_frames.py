"""Frames surveyed on real pages of the field that the extractor had never read (issue #10,
relations whose concepts it finds in a sentence that yielded nothing). Every sentence is
written for these tests, each frame with cases it must not fire on."""

from __future__ import annotations

from test_extract_status import statuses


def test_a_coordinated_pair_said_to_be_linked_is_an_association(extractor) -> None:
    assert statuses(extractor, "Accountability and professionalism are closely linked.") == {
        ("Accountability", "supports", "Professionalism", "asserted")
    }
    assert statuses(extractor, "Autonomy and accountability are intertwined.") == {
        ("Autonomy", "supports", "Accountability", "asserted")
    }
    # Denied, it is denied; reported, it is hedged.
    assert statuses(extractor, "Autonomy and accountability are not linked.") == {
        ("Autonomy", "supports", "Accountability", "negated")
    }
    assert statuses(
        extractor, "Many argue that accountability and professionalism are closely linked."
    ) == {("Accountability", "supports", "Professionalism", "hedged")}


def test_a_linked_pair_needs_two_things_not_people_or_a_list(extractor) -> None:
    # Ties between people are no claim about concepts.
    assert statuses(extractor, "Doctors and managers are closely connected.") == set()
    # A list of three has no first and second to read a direction from.
    assert statuses(extractor, "Audit, appraisal and teamwork are linked.") == set()
    # With a to-phrase the one-sided frame reads it, once.
    assert statuses(extractor, "Trust and communication are linked to teamwork.") == {
        ("Trust", "supports", "Teamwork", "asserted"),
        ("Communication", "supports", "Teamwork", "asserted"),
    }


def test_organisations_led_by_x_that_report_better_y_credit_x(extractor) -> None:
    assert statuses(extractor, "Hospitals led by doctors have better patient outcomes.") == {
        ("ClinicalLeadership", "supports", "PatientOutcome", "asserted")
    }
    assert statuses(
        extractor, "Trusts with strong clinical leadership report better patient safety."
    ) == {("ClinicalLeadership", "supports", "PatientSafety", "asserted")}
    assert statuses(
        extractor, "Trusts with engaged doctors did not report better patient outcomes."
    ) == {("ClinicalEngagement", "supports", "PatientOutcome", "negated")}
    # No comparison of the outcome, no claim; nor is a group reporting better care its cause.
    assert statuses(extractor, "Hospitals led by doctors have larger budgets.") == set()
    assert statuses(extractor, "Hospitals led by doctors report patient outcomes.") == set()
    assert statuses(extractor, "Doctors report better teamwork.") == set()


def test_improvements_delivered_in_y_improve_y(extractor) -> None:
    assert statuses(
        extractor, "Leadership training delivers measurable improvements in patient outcomes."
    ) == {("LeadershipDevelopment", "improves", "PatientOutcome", "asserted")}
    assert statuses(extractor, "Appraisal has not delivered improvements in teamwork.") == {
        ("Appraisal", "improves", "Teamwork", "negated")
    }
    # Improvements with nothing named, or improvements the subject only reports, are none.
    assert statuses(extractor, "Managers deliver improvements.") == set()
    assert statuses(extractor, "Managers reported improvements in teamwork.") == set()


def test_no_surprise_affirms_what_follows(extractor) -> None:
    # Without "that" the parser reads "no surprise clinical leadership" as one noun phrase.
    text = "It is no surprise clinical leadership is viewed as critical to patient safety."
    assert statuses(extractor, text) == {
        ("PatientSafety", "requires", "ClinicalLeadership", "hedged")
    }
    assert statuses(extractor, "No doctors support clinical audit.") == {
        ("Doctor", "supports", "Audit", "negated")
    }


def test_a_denied_comparative_with_nothing_compared_is_emphasis(extractor) -> None:
    assert statuses(extractor, "Teamwork has never been more important to patient safety.") == {
        ("Teamwork", "supports", "PatientSafety", "asserted")
    }
    # Its modal is part of the emphasis, not a hedge.
    assert statuses(
        extractor, "Clinical leadership could not be more critical to patient safety."
    ) == {("PatientSafety", "requires", "ClinicalLeadership", "asserted")}
    # Compared with something, or with no comparative, the denial stands.
    assert statuses(extractor, "Teamwork is not more important to patient safety than trust.") == {
        ("Teamwork", "supports", "PatientSafety", "negated")
    }
    assert statuses(extractor, "Clinical leadership is not critical to patient safety.") == {
        ("PatientSafety", "requires", "ClinicalLeadership", "negated")
    }


def test_a_not_after_a_comma_denies_the_phrase_it_opens(extractor) -> None:
    text = (
        "Clinical engagement should be a central element of hospital leadership,"
        " not an optional extra."
    )
    assert statuses(extractor, text) == {("ClinicalEngagement", "partOf", "Leadership", "asserted")}
    # Said of the element itself, the denial stands; a concept set apart is denied alone.
    assert statuses(extractor, "Appraisal is not a core element of hospital management.") == {
        ("Appraisal", "partOf", "Management", "negated")
    }
    assert statuses(extractor, "Clinical audit improves patient safety, not efficiency.") == {
        ("Audit", "improves", "PatientSafety", "asserted"),
        ("Audit", "improves", "Efficiency", "negated"),
    }


def test_perceptions_of_a_thing_stand_for_the_thing(extractor) -> None:
    # Staff surveys relate what staff perceive: teamwork and safety, not "perceptions".
    text = (
        "Perceptions of leadership and teamwork were associated with perceptions of patient safety."
    )
    assert statuses(extractor, text) == {
        ("Leadership", "supports", "PatientSafety", "asserted"),
        ("Teamwork", "supports", "PatientSafety", "asserted"),
    }
    # Whose perceptions they are is no argument.
    assert statuses(extractor, "Doctors' perceptions of managers are poor.") == set()


def test_a_perception_of_x_as_y_is_a_way_of_seeing(extractor) -> None:
    for noun in ("The perception", "Perceptions", "The image"):
        text = f"{noun} of managers as a threat to autonomy persists."
        assert statuses(extractor, text) == {("Manager", "threatens", "Autonomy", "hedged")}
    assert statuses(extractor, "Managers are a threat to autonomy.") == {
        ("Manager", "threatens", "Autonomy", "asserted")
    }


def test_what_a_concession_grants_is_the_authors(extractor) -> None:
    # The main clause's hedge or denial is about something else.
    text = (
        "In spite of a clear link between teamwork and patient safety, trusts rarely fund training."
    )
    assert statuses(extractor, text) == {("Teamwork", "supports", "PatientSafety", "asserted")}
    text = (
        "Despite the strong connection between clinical engagement and organisational"
        " performance, trusts may struggle."
    )
    assert statuses(extractor, text) == {
        ("ClinicalEngagement", "supports", "Effectiveness", "asserted")
    }
    # Denied or reported inside the concession, it stays so.
    text = "Despite no clear link between teamwork and patient safety, trusts fund training."
    assert statuses(extractor, text) == {("Teamwork", "supports", "PatientSafety", "negated")}
    text = (
        "Critics argue that, despite a strong link between teamwork and patient safety,"
        " trusts cut training."
    )
    assert statuses(extractor, text) == {("Teamwork", "supports", "PatientSafety", "hedged")}


def test_a_count_of_what_goes_wrong_named_by_its_concept_turns_the_sign(extractor) -> None:
    assert statuses(extractor, "Teamwork reduces patient safety incidents.") == {
        ("Teamwork", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Performance targets cause patient safety incidents.") == {
        ("PerformanceTarget", "hinders", "PatientSafety", "asserted")
    }
    # A measure of what goes well keeps the sign; finding incidents claims nothing.
    assert statuses(extractor, "Teamwork improves patient safety scores.") == {
        ("Teamwork", "improves", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Clinical audit identifies patient safety incidents.") == set()


def test_organisations_investing_in_x_that_report_better_y_credit_x(extractor) -> None:
    # The parser first reads "development report" as one noun and "improved" as the verb;
    # read again, the organisations are singled out by what they invest in.
    text = "Trusts investing in leadership development report improved patient satisfaction."
    assert statuses(extractor, text) == {
        ("LeadershipDevelopment", "supports", "PatientExperience", "asserted")
    }
    assert statuses(extractor, "Hospitals using clinical audit have lower mortality.") == {
        ("Audit", "supports", "PatientOutcome", "asserted")
    }
    # Reporting better care credits nothing the organisations are not said to have.
    assert statuses(extractor, "Trusts report improved patient satisfaction.") == set()


def test_a_person_appointed_or_brought_into_a_role_plays_it(extractor) -> None:
    # "to leadership roles" is first read as the infinitive "to lead(ership) roles"; a word
    # ending "-ship" is no verb, so the sentence is read again.
    assert statuses(extractor, "Physicians are typically appointed to leadership roles.") == {
        ("Doctor", "playsRole", "LeadershipRole", "asserted")
    }
    assert statuses(extractor, "Trusts recruit nurses into management roles.") == {
        ("Nurse", "playsRole", "ManagerRole", "asserted")
    }
    assert statuses(extractor, "Trusts rarely appoint doctors to leadership roles.") == {
        ("Doctor", "playsRole", "LeadershipRole", "negated")
    }
    # Not a role: no role played, and a person brought into a role is no part of it.
    assert statuses(extractor, "Trusts appointed doctors to the board.") == set()
    assert statuses(extractor, "Bringing doctors into leadership roles is hard.") == {
        ("Doctor", "playsRole", "LeadershipRole", "asserted")
    }
    # A real infinitive after "to" is left alone.
    assert statuses(extractor, "Doctors are encouraged to engage in management.") == set()


def test_playing_a_kind_of_role_is_playing_that_role(extractor) -> None:
    text = "Our clinical leaders play a vital and visible leadership role."
    assert statuses(extractor, text) == {
        ("ClinicalLeader", "playsRole", "LeadershipRole", "asserted")
    }
    assert statuses(extractor, "Nurses perform managerial roles.") == {
        ("Nurse", "playsRole", "ManagerRole", "asserted")
    }
    # An important role in Y is a contribution to Y, and a bare role is no kind of role.
    assert statuses(extractor, "Doctors play an important role in patient safety.") == {
        ("Doctor", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Doctors play a central role.") == set()


def test_an_effect_or_association_denied_outright_is_a_denied_support(extractor) -> None:
    assert statuses(extractor, "Clinical audit had no effect on patient safety.") == {
        ("Audit", "supports", "PatientSafety", "negated")
    }
    text = "The study found no association between clinical leadership and patient safety."
    assert statuses(extractor, text) == {
        ("ClinicalLeadership", "supports", "PatientSafety", "negated")
    }
    assert statuses(extractor, "There is no link between teamwork and efficiency.") == {
        ("Teamwork", "supports", "Efficiency", "negated")
    }
    # Undenied and unsigned, an effect says nothing; nor does an effect on people.
    assert statuses(extractor, "Clinical audit had an effect on patient safety.") == set()
    assert statuses(extractor, "Clinical audit has no effect on doctors.") == set()


def test_what_a_thing_is_said_to_combine_is_part_of_it(extractor) -> None:
    text = (
        "Clinical governance is the system of leadership, accountability and audit that"
        " trusts use to deliver safe care."
    )
    assert statuses(extractor, text) == {
        ("Leadership", "partOf", "ClinicalGovernance", "asserted"),
        ("Accountability", "partOf", "ClinicalGovernance", "asserted"),
        ("Audit", "partOf", "ClinicalGovernance", "asserted"),
    }
    text = "Clinical governance is not a combination of audit and appraisal."
    assert statuses(extractor, text) == {
        ("Audit", "partOf", "ClinicalGovernance", "negated"),
        ("Appraisal", "partOf", "ClinicalGovernance", "negated"),
    }
    # Not what the copula says the subject is; and people are no part of a thing here.
    assert statuses(extractor, "Trusts use a combination of audit and appraisal.") == set()
    assert statuses(extractor, "The board is a mix of doctors and managers.") == set()


def test_what_is_put_at_the_heart_of_y_is_what_y_requires(extractor) -> None:
    text = "Trusts place patient safety at the heart of decision-making."
    assert statuses(extractor, text) == {
        ("DecisionMaking", "requires", "PatientSafety", "asserted")
    }
    # Said to lie or be there, the subject is what is required.
    assert statuses(extractor, "Teamwork is at the core of patient safety.") == {
        ("PatientSafety", "requires", "Teamwork", "asserted")
    }


def test_an_actor_committed_to_a_thing_supports_it(extractor) -> None:
    assert statuses(extractor, "Managers are committed to patient safety.") == {
        ("Manager", "supports", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Managers showed strong commitment to clinical audit.") == {
        ("Manager", "supports", "Audit", "asserted")
    }
    assert statuses(extractor, "Managers are not committed to clinical audit.") == {
        ("Manager", "supports", "Audit", "negated")
    }
    # Loyalty to an organisation, or a commitment with no holder, is no claim.
    assert statuses(extractor, "Doctors were committed to the hospital.") == set()
    assert statuses(extractor, "A commitment to patient safety requires teamwork.") == set()


def test_a_claim_quoted_before_its_source_is_reported(extractor) -> None:
    text = "Clinical engagement should be central to patient safety, concludes a new report."
    assert statuses(extractor, text) == {
        ("PatientSafety", "requires", "ClinicalEngagement", "hedged")
    }
    assert statuses(extractor, "Clinical audit improves patient safety, say managers.") == {
        ("Audit", "improves", "PatientSafety", "hedged")
    }
    assert statuses(
        extractor, "The report states that clinical engagement improves patient safety."
    ) == {("ClinicalEngagement", "improves", "PatientSafety", "hedged")}
    # A clause of its own after the claim, or a plain claim, reports nothing.
    assert statuses(extractor, "Clinical audit improves patient safety, and critics say so.") == {
        ("Audit", "improves", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Clinical audit improves patient safety, supports staff.") == {
        ("Audit", "improves", "PatientSafety", "asserted")
    }


def test_a_risk_to_a_thing_is_that_thing_turned_around(extractor) -> None:
    text = "Performance targets are associated with risks to patient safety."
    assert statuses(extractor, text) == {
        ("PerformanceTarget", "hinders", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Teamwork reduces patient safety risks.") == {
        ("Teamwork", "supports", "PatientSafety", "asserted")
    }
    # "pose risks to": the parser hangs the to-phrase on the verb.
    assert statuses(extractor, "Performance targets pose risks to patient safety.") == {
        ("PerformanceTarget", "threatens", "PatientSafety", "asserted")
    }
    # Managing risk is no risk.
    assert statuses(extractor, "Risk management improves patient safety.") == {
        ("ClinicalGovernance", "improves", "PatientSafety", "asserted")
    }


def test_coming_to_nothing_without_x_requires_x(extractor) -> None:
    for text in (
        "NHS reforms mean little without clinical engagement.",
        "NHS reforms achieve little without clinical engagement.",
        "Without clinical engagement, NHS reforms are pointless.",
    ):
        assert statuses(extractor, text) == {
            ("NHSReform", "requires", "ClinicalEngagement", "asserted")
        }, text
    # Coming to something, or succeeding, without it says no need.
    assert statuses(extractor, "NHS reforms achieve a lot without clinical engagement.") == set()
    assert statuses(extractor, "NHS reforms succeeded without clinical engagement.") == set()


def test_far_from_doing_y_denies_it(extractor) -> None:
    text = "Far from improving patient safety, clinical audit distracted doctors."
    assert statuses(extractor, text) == {("Audit", "improves", "PatientSafety", "negated")}
    # A phrase that adds to the claim keeps it.
    text = "Along with improving patient safety, clinical audit engages doctors."
    assert ("Audit", "improves", "PatientSafety", "asserted") in statuses(extractor, text)
    # Not said of a noun phrase after "far from" ("is far from a threat").
    assert statuses(extractor, "Clinical audit is far from a threat to autonomy.") == set()


def test_an_idea_called_far_from_the_truth_is_rejected(extractor) -> None:
    text = "The idea that clinical audit threatens autonomy is far from the truth."
    assert statuses(extractor, text) == {("Audit", "threatens", "Autonomy", "rejected")}
    # With "that" misread as a determiner ("that audit"), the clause is still the idea's.
    assert statuses(extractor, "The idea that audit threatens autonomy is a myth.") == {
        ("Audit", "threatens", "Autonomy", "rejected")
    }
    assert statuses(extractor, "The idea that audit threatens autonomy is popular.") == {
        ("Audit", "threatens", "Autonomy", "hedged")
    }


def test_no_guarantee_of_y_denies_bringing_it_about(extractor) -> None:
    assert statuses(extractor, "Clinical audit is no guarantee of patient safety.") == {
        ("Audit", "supports", "PatientSafety", "negated")
    }
    assert statuses(extractor, "Clinical audit is a guarantee of patient safety.") == {
        ("Audit", "supports", "PatientSafety", "asserted")
    }


def test_paying_off_in_y_supports_y(extractor) -> None:
    text = "Investment in leadership development pays off in patient safety."
    assert statuses(extractor, text) == {
        ("LeadershipDevelopment", "supports", "PatientSafety", "asserted")
    }
    text = "Investment in leadership development did not pay off in patient safety."
    assert statuses(extractor, text) == {
        ("LeadershipDevelopment", "supports", "PatientSafety", "negated")
    }
    # Paying for a thing is no return on it.
    assert statuses(extractor, "Doctors paid for leadership development.") == set()


def test_making_x_more_y_supports_the_concept_y_names(extractor) -> None:
    assert statuses(extractor, "Clinical networks made services more efficient.") == {
        ("ClinicalNetwork", "supports", "Efficiency", "asserted")
    }
    assert statuses(extractor, "Performance targets left doctors less autonomous.") == {
        ("PerformanceTarget", "hinders", "Autonomy", "asserted")
    }
    assert statuses(extractor, "Clinical audit has not made doctors more accountable.") == {
        ("Audit", "supports", "Accountability", "negated")
    }
    # An adjective that names no concept says nothing of the people it describes.
    assert statuses(extractor, "Managers made doctors more angry.") == set()
