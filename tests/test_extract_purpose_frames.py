"""What a thing is said to be crucial, needed or useful for when the frame names a purpose
("crucial if Y is to succeed", "crucial in ensuring Y", "useful in improving Y"), with
sentences written for the test: one claim per frame, its status, and look-alikes."""

from __future__ import annotations

from test_extract_status import statuses


def test_crucial_if_y_is_to_come_about_is_y_requiring_it_firmly(extractor) -> None:
    text = "Clinical engagement is crucial if quality improvement is to succeed."
    assert statuses(extractor, text) == {
        ("QualityImprovement", "requires", "ClinicalEngagement", "asserted")
    }
    assert statuses(extractor, "Trust is needed if teamwork is to flourish.") == {
        ("Teamwork", "requires", "Trust", "asserted")
    }
    text = "Clinical engagement is not essential if quality improvement is to succeed."
    assert statuses(extractor, text) == {
        ("QualityImprovement", "requires", "ClinicalEngagement", "negated")
    }
    # A supposition still hedges, and an if-clause naming no purpose gives no argument.
    assert statuses(extractor, "Trust improves teamwork if managers listen.") == {
        ("Trust", "improves", "Teamwork", "hedged")
    }
    assert statuses(extractor, "Clinical engagement is crucial if it is cheap.") == set()


def test_crucial_in_ensuring_is_one_claim_not_two(extractor) -> None:
    # "in" hung on the copula belongs to the adjective: the gerund is its complement, not a
    # claim that trust ensures teamwork beside the claim that teamwork requires trust.
    assert statuses(extractor, "Trust is crucial in ensuring teamwork.") == {
        ("Teamwork", "requires", "Trust", "asserted")
    }
    text = "Clinical engagement is vital in promoting quality improvement."
    assert statuses(extractor, text) == {
        ("QualityImprovement", "requires", "ClinicalEngagement", "asserted")
    }


def test_useful_in_doing_y_benefits_y(extractor) -> None:
    assert statuses(extractor, "Clinical audit is useful in improving patient safety.") == {
        ("Audit", "benefits", "PatientSafety", "asserted")
    }
    assert statuses(extractor, "Clinical audit is useful in practice.") == set()


def test_needed_to_bring_about_y_is_y_requiring_it_in_every_parse(extractor) -> None:
    # The infinitive hangs on the participle ("needed to"), on the adjective ("essential
    # to") or on the copula ("will be key to achieve"): what it brings about needs X, and X
    # is not also read as doing it.
    cases = {
        "Strong clinical leadership is needed to deliver high quality care.": (
            "QualityOfCare", "requires", "ClinicalLeadership", "asserted"
        ),
        "Teamwork is essential to deliver safe care.": (
            "PatientSafety", "requires", "Teamwork", "asserted"
        ),
        "Effective clinical leadership is required to improve patient safety.": (
            "PatientSafety", "requires", "ClinicalLeadership", "asserted"
        ),
        "Leadership development will be key to achieve better patient outcomes.": (
            "PatientOutcome", "requires", "LeadershipDevelopment", "asserted"
        ),
        "Teamwork is not needed to deliver safe care.": (
            "PatientSafety", "requires", "Teamwork", "negated"
        ),
    }
    for text, claim in cases.items():
        assert statuses(extractor, text) == {claim}, text
    text = "Good management is vital to ensure efficiency and patient safety."
    assert statuses(extractor, text) == {
        ("Efficiency", "requires", "Management", "asserted"),
        ("PatientSafety", "requires", "Management", "asserted"),
    }


def test_needed_to_do_keeps_what_x_does_and_names_no_person(extractor) -> None:
    # An infinitive that is no bringing about says what X does; one able (likely) to do
    # it does it; what is needed to produce or support people is nothing they need.
    text = "Clinical leadership is needed to overcome the divide between doctors and managers."
    assert statuses(extractor, text) == {
        ("ClinicalLeadership", "overcomes", "DoctorManagerDivide", "asserted")
    }
    assert statuses(extractor, "Clinical engagement is able to improve patient outcomes.") == {
        ("ClinicalEngagement", "improves", "PatientOutcome", "asserted")
    }
    assert statuses(extractor, "Formal training is needed to produce better doctors.") == set()


def test_what_is_invested_in_for_a_purpose_is_the_means(extractor) -> None:
    # A purpose infinitive, after or before its clause, is said of what the clause invests
    # in or focuses on, as of a direct object, not of the investors.
    cases = {
        "To improve patient safety, boards should invest in teamwork.": (
            "Teamwork", "improves", "PatientSafety", "asserted"
        ),
        "Boards should invest in teamwork to improve patient safety.": (
            "Teamwork", "improves", "PatientSafety", "asserted"
        ),
        "To improve quality of care, trusts must focus on clinical engagement.": (
            "ClinicalEngagement", "improves", "QualityOfCare", "asserted"
        ),
        "Trusts invest in leadership development in order to improve quality of care.": (
            "LeadershipDevelopment", "improves", "QualityOfCare", "asserted"
        ),
    }
    for text, claim in cases.items():
        assert statuses(extractor, text) == {claim}, text
    # Another preposition names no means; a denied purpose stays denied.
    found = statuses(extractor, "Trusts talk about teamwork to improve patient safety.")
    assert not any(claim[0] == "Teamwork" for claim in found)
    text = "Boards did not invest in teamwork to improve patient safety."
    assert statuses(extractor, text) == {("Teamwork", "improves", "PatientSafety", "negated")}


def test_for_a_better_y_is_meant_to_bring_it_about(extractor) -> None:
    cases = {
        "Teamwork for better patient outcomes.": (
            "Teamwork", "supports", "PatientOutcome", "asserted"
        ),
        "Clinical leadership for safer care.": (
            "ClinicalLeadership", "supports", "PatientSafety", "asserted"
        ),
        "Trusts should invest in teamwork for better patient outcomes.": (
            "Teamwork", "supports", "PatientOutcome", "asserted"
        ),
    }
    for text, claim in cases.items():
        assert statuses(extractor, text) == {claim}, text
    # A plain "for", or a better person, names no effect.
    assert statuses(extractor, "Teamwork for patients.") == set()
    assert statuses(extractor, "Clinical leadership for better doctors.") == set()
