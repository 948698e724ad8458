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
