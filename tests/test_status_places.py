"""A battery of claim status by the syntactic place of the word that denies, rejects, hedges or
attributes a claim: the main verb, an auxiliary or modal, a negative subject or quantifier, a
negated noun, a relative clause, a coordination, a content clause, a condition or time clause,
a nominalised claim, a comparison, a sentence-initial adverb, the next sentence, and the forms
of a debate, an inspection report, a review and a handbook. Every sentence is written for this
test (tests/test_status_battery.py crosses the *words* with claims in simple sentences).

Each case says what a careful reader following tests/gold/README.md sees: each statement with
its flags, or that none is made (a question, a supposition). The worst error is a denied or
rejected claim that comes out firm, or a firm one that comes out denied; a case where the
extractor reads no statement is a recall miss, not a polarity error. Known failures are
`xfail(strict=True)` with their kind, so that a fix turns them green."""

from __future__ import annotations

import pytest
from extraction import extract, flags_of, polarity_of

from kg.namespaces import HLKG

# A case: (place, sentence(s), expected statements). Each expected statement is
# "Subject base Object", its flags ("-", "negated", "rejected", "hedged", "negated,hedged"...;
# None: no statement of it is made) and the holder concept expected in attributedTo (or None).
Expected = tuple[str, str | None, str | None]
CASES: list[tuple[str, str, tuple[Expected, ...]]] = [
    # -- the main verb -------------------------------------------------------------------------
    (
        "verb",
        "Clinical leadership does not improve patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated", None),),
    ),
    (
        "verb",
        "Bureaucracy never undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "verb",
        "Management training may improve teamwork.",
        (("ManagementTraining supports Teamwork", "hedged", None),),
    ),
    (
        "verb",
        "Nurses believe that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "hedged", "Nurse"),),
    ),
    (
        "verb",
        "Teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "verb",
        "Clinical networks do not depend on trust.",
        (("ClinicalNetwork requires Trust", "negated", None),),
    ),
    (
        "verb",
        "Medical engagement failed to improve the quality of care.",
        (("ClinicalEngagement supports QualityOfCare", "negated", None),),
    ),
    (
        "verb",
        "Professional autonomy does not conflict with accountability.",
        (("Autonomy conflictsWith Accountability", "negated", None),),
    ),
    # -- an auxiliary or a modal ---------------------------------------------------------------
    (
        "modal",
        "Clinical leadership need not improve patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated", None),),
    ),
    (
        "modal",
        "Bureaucracy cannot be said to undermine professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "modal",
        "Management training has yet to improve teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "modal",
        "Medical engagement is unlikely to improve the quality of care.",
        (("ClinicalEngagement supports QualityOfCare", "negated", None),),
    ),
    (
        "modal",
        "Clinical governance is yet to be shown to improve patient safety.",
        (("ClinicalGovernance supports PatientSafety", "negated", None),),
    ),
    (
        "modal",
        "Teamwork will not strengthen patient safety.",
        (("Teamwork supports PatientSafety", "negated", None),),
    ),
    (
        "modal",
        "Clinical leadership does not seem to improve patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated,hedged", None),),
    ),
    (
        "modal",
        "Bureaucracy is not thought to undermine professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated,hedged", None),),
    ),
    (
        "modal",
        "Medical engagement has never been shown to improve the quality of care.",
        (("ClinicalEngagement supports QualityOfCare", "negated", None),),
    ),
    (
        "modal",
        "Clinical leadership would not necessarily improve patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated", None),),
    ),
    (
        "modal",
        "Management training is yet to improve teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "modal",
        "Clinical networks need not depend on trust.",
        (("ClinicalNetwork requires Trust", "negated", None),),
    ),
    (
        "modal",
        "Bureaucracy could hardly undermine professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "modal",
        "Teamwork can and does strengthen patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "modal",
        "Teamwork is bound to strengthen patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "modal",
        "Management training is not going to improve teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "modal",
        "Clinical leadership has not improved patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated", None),),
    ),
    # -- a negative subject or quantifier ------------------------------------------------------
    (
        "subject",
        "No manager undermines professional autonomy.",
        (("Manager hinders Autonomy", "negated", None),),
    ),
    (
        "subject",
        "None of the clinical networks depends on trust.",
        (("ClinicalNetwork requires Trust", "negated", None),),
    ),
    (
        "subject",
        "Nothing suggests that bureaucracy undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "subject",
        "Few studies show that management training improves teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "subject",
        "Neither bureaucracy nor audit undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "subject",
        "No study has found that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "negated", None),),
    ),
    (
        "subject",
        "Nobody has shown that clinical leadership improves patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated", None),),
    ),
    (
        "subject",
        "Hardly any manager undermines professional autonomy.",
        (("Manager hinders Autonomy", "negated", None),),
    ),
    (
        "subject",
        "No clinical network can work without trust.",
        (("ClinicalNetwork requires Trust", "-", None),),
    ),
    (
        "subject",
        "Nobody doubts that clinical leadership improves patient safety.",
        (("ClinicalLeadership supports PatientSafety", "-", None),),
    ),
    (
        "subject",
        "No form of bureaucracy improves patient safety.",
        (("Bureaucracy supports PatientSafety", "negated", None),),
    ),
    (
        "subject",
        "Little research suggests that medical engagement improves the quality of care.",
        (("ClinicalEngagement supports QualityOfCare", "negated", None),),
    ),
    (
        "subject",
        "Not a single study shows that management training improves teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "subject",
        "Every study shows that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "hedged", None),),
    ),
    # -- a negated noun --------------------------------------------------------------------------
    (
        "noun",
        "There is no evidence of clinical leadership improving patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated", None),),
    ),
    (
        "noun",
        "There is a lack of evidence that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "negated", None),),
    ),
    (
        "noun",
        "There is an absence of evidence that bureaucracy undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "noun",
        "There is no sign that medical engagement improves the quality of care.",
        (("ClinicalEngagement supports QualityOfCare", "negated", None),),
    ),
    (
        "noun",
        "The failure of management training to improve teamwork is well documented.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "noun",
        "There is a paucity of evidence that clinical leadership improves patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated", None),),
    ),
    (
        "noun",
        "There is a dearth of evidence that management training improves teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "noun",
        "Evidence that teamwork strengthens patient safety is lacking.",
        (("Teamwork supports PatientSafety", "negated", None),),
    ),
    (
        "noun",
        "Evidence that bureaucracy undermines professional autonomy is scarce.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "noun",
        "There is strong evidence that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "hedged", None),),
    ),
    (
        "noun",
        "There is no shortage of evidence that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "hedged", None),),
    ),
    (
        "noun",
        "We lack evidence that clinical leadership improves patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated", None),),
    ),
    (
        "noun",
        "There is little to suggest that management training improves teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "noun",
        "There is nothing to show that bureaucracy undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    # -- a relative clause -----------------------------------------------------------------------
    (
        "relative",
        "Bureaucracy, which does not undermine professional autonomy, is resented.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "relative",
        "Management training, which rarely improves teamwork, is costly.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "relative",
        "Clinical leadership, which may improve patient safety, is rare.",
        (("ClinicalLeadership supports PatientSafety", "hedged", None),),
    ),
    (
        "relative",
        "Clinical networks, which never depended on trust, fell apart.",
        (("ClinicalNetwork requires Trust", "negated", None),),
    ),
    (
        "relative",
        "Clinical leadership, which is not cheap, improves patient safety.",
        (("ClinicalLeadership supports PatientSafety", "-", None),),
    ),
    (
        "relative",
        "Bureaucracy, which nobody likes, undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "relative",
        "Teamwork, which no inspection measures, strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "relative",
        "Managers who do not undermine professional autonomy are rare.",
        (("Manager hinders Autonomy", None, None),),
    ),
    (
        "relative",
        "Doctors who say that bureaucracy undermines professional autonomy are common.",
        (("Bureaucracy hinders Autonomy", "hedged", "Doctor"),),
    ),
    (
        "relative",
        "Teamwork, which nobody doubts, strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "relative",
        "Management training, which cannot be rushed, improves teamwork.",
        (("ManagementTraining supports Teamwork", "-", None),),
    ),
    (
        "relative",
        "It is teamwork that does not strengthen patient safety here.",
        (("Teamwork supports PatientSafety", "negated", None),),
    ),
    (
        "relative",
        "Clinical leadership is something that has not improved patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated", None),),
    ),
    # -- a coordination --------------------------------------------------------------------------
    (
        "coordination",
        "Management training improves teamwork but does not improve patient safety.",
        (
            ("ManagementTraining supports Teamwork", "-", None),
            ("ManagementTraining supports PatientSafety", "negated", None),
        ),
    ),
    (
        "coordination",
        "Clinical leadership neither improves patient safety nor teamwork.",
        (
            ("ClinicalLeadership supports PatientSafety", "negated", None),
            ("ClinicalLeadership supports Teamwork", "negated", None),
        ),
    ),
    (
        "coordination",
        "Bureaucracy does not undermine professional autonomy but strengthens accountability.",
        (
            ("Bureaucracy hinders Autonomy", "negated", None),
            ("Bureaucracy supports Accountability", "-", None),
        ),
    ),
    (
        "coordination",
        "Clinical leadership improves patient safety and does not undermine teamwork.",
        (
            ("ClinicalLeadership supports PatientSafety", "-", None),
            ("ClinicalLeadership hinders Teamwork", "negated", None),
        ),
    ),
    (
        "coordination",
        "Teamwork strengthens patient safety, yet management training does not improve teamwork.",
        (
            ("Teamwork supports PatientSafety", "-", None),
            ("ManagementTraining supports Teamwork", "negated", None),
        ),
    ),
    (
        "coordination",
        "Bureaucracy neither undermines professional autonomy nor threatens accountability.",
        (
            ("Bureaucracy hinders Autonomy", "negated", None),
            ("Bureaucracy hinders Accountability", "negated", None),
        ),
    ),
    (
        "coordination",
        "Teamwork, not bureaucracy, strengthens patient safety.",
        (
            ("Teamwork supports PatientSafety", "-", None),
            ("Bureaucracy supports PatientSafety", "negated", None),
        ),
    ),
    (
        "coordination",
        "Clinical leadership improves not teamwork but patient safety.",
        (
            ("ClinicalLeadership supports PatientSafety", "-", None),
            ("ClinicalLeadership supports Teamwork", "negated", None),
        ),
    ),
    (
        "coordination",
        "Management training does not improve teamwork, and nor does it improve patient safety.",
        (
            ("ManagementTraining supports Teamwork", "negated", None),
            ("ManagementTraining supports PatientSafety", "negated", None),
        ),
    ),
    (
        "coordination",
        "Bureaucracy is costly and does not undermine professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "coordination",
        "Bureaucracy does not help, and it undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "coordination",
        "Teamwork strengthens patient safety and clinical leadership does not.",
        (
            ("Teamwork supports PatientSafety", "-", None),
            ("ClinicalLeadership supports PatientSafety", "negated", None),
        ),
    ),
    (
        "coordination",
        "Clinical networks depend on trust, not on money.",
        (("ClinicalNetwork requires Trust", "-", None),),
    ),
    (
        "coordination",
        "Medical engagement improves the quality of care, though not patient safety.",
        (
            ("ClinicalEngagement supports QualityOfCare", "-", None),
            ("ClinicalEngagement supports PatientSafety", "negated", None),
        ),
    ),
    # -- a content or subordinate clause ---------------------------------------------------------
    (
        "content",
        "It follows that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "content",
        "This does not mean that clinical networks depend on trust.",
        (("ClinicalNetwork requires Trust", "negated", None),),
    ),
    (
        "content",
        "It is not unlikely that management training improves teamwork.",
        (("ManagementTraining supports Teamwork", "hedged", None),),
    ),
    (
        "content",
        "We showed that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "noun",
        "We have evidence that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "hedged", None),),
    ),
    (
        "content",
        "We could not show that management training improves teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "content",
        "Whether clinical leadership improves patient safety is unclear.",
        (("ClinicalLeadership supports PatientSafety", None, None),),
    ),
    (
        "content",
        "It remains unproven that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "negated", None),),
    ),
    (
        "content",
        "It has not been established that bureaucracy undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "content",
        "The review did not find that clinical governance improves patient safety.",
        (("ClinicalGovernance supports PatientSafety", "negated", None),),
    ),
    (
        "content",
        "I doubt that bureaucracy undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "content",
        "It is unlikely that management training improves teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "content",
        "It is far from certain that medical engagement improves the quality of care.",
        (("ClinicalEngagement supports QualityOfCare", "negated", None),),
    ),
    (
        "content",
        "It does not follow that bureaucracy undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "content",
        "We are not convinced that clinical networks depend on trust.",
        (("ClinicalNetwork requires Trust", "negated", None),),
    ),
    (
        "content",
        "There is no reason to think that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "negated", None),),
    ),
    (
        "content",
        "It is clear that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "content",
        "It is not obvious that clinical leadership improves patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated", None),),
    ),
    (
        "content",
        "It cannot be assumed that management training improves teamwork.",
        (("ManagementTraining supports Teamwork", "rejected", None),),
    ),
    (
        "content",
        "That bureaucracy undermines professional autonomy is unproven.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "content",
        "We know that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "content",
        "There is no question that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "content",
        "There is no doubt that clinical leadership improves patient safety.",
        (("ClinicalLeadership supports PatientSafety", "-", None),),
    ),
    (
        "content",
        "It is no surprise that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "content",
        "We did not ask whether management training improves teamwork.",
        (("ManagementTraining supports Teamwork", None, None),),
    ),
    (
        "content",
        "It is debatable whether clinical leadership improves patient safety.",
        (("ClinicalLeadership supports PatientSafety", None, None),),
    ),
    (
        "content",
        "Although managers are not doctors, clinical leadership improves patient safety.",
        (("ClinicalLeadership supports PatientSafety", "-", None),),
    ),
    (
        "content",
        "Clinical leadership improves patient safety, although not every trust has it.",
        (("ClinicalLeadership supports PatientSafety", "-", None),),
    ),
    (
        "content",
        "Not because bureaucracy undermines professional autonomy, doctors resign.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    # -- a purpose, condition or time clause -----------------------------------------------------
    (
        "condition",
        "Unless clinical leadership improves patient safety, the programme will close.",
        (("ClinicalLeadership supports PatientSafety", None, None),),
    ),
    (
        "condition",
        "Until management training improves teamwork, the wards will struggle.",
        (("ManagementTraining supports Teamwork", None, None),),
    ),
    (
        "condition",
        "Without clinical leadership, patient safety cannot improve.",
        (("PatientSafety requires ClinicalLeadership", "-", None),),
    ),
    (
        "condition",
        "Without trust, clinical networks cannot function.",
        (("ClinicalNetwork requires Trust", "-", None),),
    ),
    (
        "condition",
        "If bureaucracy undermines professional autonomy, doctors leave.",
        (("Bureaucracy hinders Autonomy", None, None),),
    ),
    (
        "condition",
        "Even if management training improves teamwork, costs rise.",
        (("ManagementTraining supports Teamwork", None, None),),
    ),
    (
        "condition",
        "Should clinical leadership improve patient safety, funding will follow.",
        (("ClinicalLeadership supports PatientSafety", None, None),),
    ),
    (
        "condition",
        "Clinical networks work well without trust.",
        (("ClinicalNetwork requires Trust", "negated", None),),
    ),
    (
        "condition",
        "Because teamwork strengthens patient safety, wards invest in it.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "condition",
        "Since bureaucracy undermines professional autonomy, doctors resent it.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "condition",
        "Unless it is funded, management training cannot improve teamwork.",
        (("ManagementTraining supports Teamwork", "hedged", None),),
    ),
    (
        "condition",
        "Provided that teamwork strengthens patient safety, the cost is justified.",
        (("Teamwork supports PatientSafety", None, None),),
    ),
    # -- a nominalised claim -----------------------------------------------------------------------
    (
        "nominal",
        "The supposed link between clinical leadership and patient safety is a myth.",
        (("ClinicalLeadership supports PatientSafety", "rejected", None),),
    ),
    (
        "nominal",
        "The threat of bureaucracy to professional autonomy is exaggerated.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "nominal",
        "The conflict between professional autonomy and accountability is a myth.",
        (("Autonomy conflictsWith Accountability", "rejected", None),),
    ),
    (
        "nominal",
        "The so-called conflict between autonomy and accountability is largely rhetorical.",
        (("Autonomy conflictsWith Accountability", "rejected", None),),
    ),
    (
        "nominal",
        "The threat that bureaucracy poses to professional autonomy is real.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "nominal",
        "The alleged threat of bureaucracy to professional autonomy is overstated.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "nominal",
        "The conflict between professional autonomy and accountability is not inevitable.",
        (("Autonomy conflictsWith Accountability", "negated", None),),
    ),
    (
        "nominal",
        "There is no conflict between professional autonomy and accountability.",
        (("Autonomy conflictsWith Accountability", "negated", None),),
    ),
    (
        "nominal",
        "The tension between professional autonomy and accountability is real.",
        (("Autonomy conflictsWith Accountability", "-", None),),
    ),
    (
        "nominal",
        "Bureaucracy is no threat to professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "nominal",
        "Bureaucracy is hardly a threat to professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "nominal",
        "Bureaucracy is a threat to professional autonomy.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "nominal",
        "Bureaucracy is not a threat to professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "nominal",
        "The so-called threat of bureaucracy to professional autonomy is a fiction.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "nominal",
        "The perceived threat of bureaucracy to professional autonomy is real.",
        (("Bureaucracy hinders Autonomy", "hedged", None),),
    ),
    # -- a comparison ------------------------------------------------------------------------------
    (
        "comparison",
        "Management training does no more to improve teamwork than a team lunch does.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "comparison",
        "Clinical leadership does more to improve patient safety than regulation.",
        (("ClinicalLeadership supports PatientSafety", "-", None),),
    ),
    (
        "comparison",
        "Teamwork strengthens patient safety more than technology does.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "comparison",
        "Teamwork is no less important to patient safety than clinical leadership.",
        (("PatientSafety requires Teamwork", "-", None),),
    ),
    (
        "comparison",
        "Nothing improves patient safety more than teamwork.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "comparison",
        "Bureaucracy undermines professional autonomy less than people think.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "comparison",
        "Clinical leadership matters more to patient safety than to efficiency.",
        (("PatientSafety requires ClinicalLeadership", "-", None),),
    ),
    # -- a sentence-initial adverb or discourse marker -------------------------------------------
    (
        "adverb",
        "Not surprisingly, clinical leadership improves patient safety.",
        (("ClinicalLeadership supports PatientSafety", "-", None),),
    ),
    (
        "adverb",
        "Admittedly, bureaucracy undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "adverb",
        "Yet management training does not improve teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "adverb",
        "Nor do clinical networks depend on trust.",
        (("ClinicalNetwork requires Trust", "negated", None),),
    ),
    (
        "adverb",
        "Unsurprisingly, teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "adverb",
        "Not only does clinical leadership improve patient safety, it improves teamwork.",
        (("ClinicalLeadership supports PatientSafety", "-", None),),
    ),
    (
        "adverb",
        "Needless to say, medical engagement improves the quality of care.",
        (("ClinicalEngagement supports QualityOfCare", "-", None),),
    ),
    (
        "adverb",
        "No doubt bureaucracy undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "adverb",
        "Of course, clinical networks depend on trust.",
        (("ClinicalNetwork requires Trust", "-", None),),
    ),
    (
        "adverb",
        "Arguably, clinical leadership improves patient safety.",
        (("ClinicalLeadership supports PatientSafety", "hedged", None),),
    ),
    (
        "adverb",
        "Undoubtedly, teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "adverb",
        "Without question, teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "adverb",
        "However, bureaucracy does not undermine professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "adverb",
        "Hardly ever does management training improve teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "adverb",
        "Surprisingly, management training did not improve teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "adverb",
        "In no case did management training improve teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "adverb",
        "Not least, teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "adverb",
        "Bureaucracy undermines professional autonomy, not least in surgery.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    # -- across sentences --------------------------------------------------------------------------
    (
        "across",
        "Some claim that clinical leadership improves patient safety. They are wrong.",
        (("ClinicalLeadership supports PatientSafety", "rejected", None),),
    ),
    (
        "across",
        "Many argue that bureaucracy undermines professional autonomy. This is not the case.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "across",
        "Some say that management training improves teamwork. The evidence says otherwise.",
        (("ManagementTraining supports Teamwork", "rejected", None),),
    ),
    (
        "across",
        "Critics argue that clinical networks depend on trust. We disagree.",
        (("ClinicalNetwork requires Trust", "rejected", None),),
    ),
    (
        "across",
        "Some claim that clinical leadership improves patient safety. They are right.",
        (("ClinicalLeadership supports PatientSafety", "hedged", None),),
    ),
    (
        "across",
        "Managers believe that bureaucracy undermines autonomy. Nothing could be further"
        " from the truth.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "across",
        "It is often assumed that management training improves teamwork. It does not.",
        (("ManagementTraining supports Teamwork", "rejected", None),),
    ),
    (
        "across",
        "A common belief is that bureaucracy undermines professional autonomy. It doesn't.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "across",
        "Does teamwork strengthen patient safety? It does.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "across",
        "Bureaucracy undermines professional autonomy. This is not surprising.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "across",
        "Teamwork strengthens patient safety. Nobody disputes this.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    # -- the forms of a genre ----------------------------------------------------------------------
    (
        "genre",
        "Does the minister accept that bureaucracy undermines professional autonomy?",
        (("Bureaucracy hinders Autonomy", None, None),),
    ),
    (
        "genre",
        "Will the minister admit that management training has not improved teamwork?",
        (("ManagementTraining supports Teamwork", None, None),),
    ),
    (
        "genre",
        "We did not see evidence that clinical leadership improved patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated", None),),
    ),
    (
        "genre",
        "Inspectors found no evidence that teamwork strengthened patient safety.",
        (("Teamwork supports PatientSafety", "negated", None),),
    ),
    (
        "genre",
        "We were not assured that clinical governance improved patient safety.",
        (("ClinicalGovernance supports PatientSafety", "negated", None),),
    ),
    (
        "genre",
        "The book overstates the threat of bureaucracy to professional autonomy.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "genre",
        "The member claims that bureaucracy undermines autonomy, but he is mistaken.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "genre",
        "Staff told us that bureaucracy undermined professional autonomy.",
        (("Bureaucracy hinders Autonomy", "hedged", None),),
    ),
    (
        "genre",
        "We saw no evidence that managers undermined professional autonomy.",
        (("Manager hinders Autonomy", "negated", None),),
    ),
    (
        "genre",
        "The authors fail to show that medical engagement improves the quality of care.",
        (("ClinicalEngagement supports QualityOfCare", "negated", None),),
    ),
    (
        "genre",
        "The review finds little support for the idea that management training improves teamwork.",
        (("ManagementTraining supports Teamwork", "rejected", None),),
    ),
    (
        "genre",
        "The author overstates how much clinical leadership improves patient safety.",
        (("ClinicalLeadership supports PatientSafety", "rejected", None),),
    ),
    (
        "genre",
        "This module will not teach you that bureaucracy undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", None, None),),
    ),
    (
        "genre",
        "The trust could not demonstrate that clinical governance improved patient safety.",
        (("ClinicalGovernance supports PatientSafety", "negated", None),),
    ),
    (
        "genre",
        "Leaders were unable to show that teamwork strengthened patient safety.",
        (("Teamwork supports PatientSafety", "negated", None),),
    ),
    (
        "genre",
        "The minister does not accept that bureaucracy undermines professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "genre",
        "We found that teamwork strengthened patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "genre",
        "Inspectors found that teamwork strengthened patient safety.",
        (("Teamwork supports PatientSafety", "hedged", None),),
    ),
    (
        "genre",
        "Trainees will learn why teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "genre",
        "The reviewer is not persuaded that clinical networks depend on trust.",
        (("ClinicalNetwork requires Trust", "negated", None),),
    ),
    (
        "genre",
        "Is it not the case that bureaucracy undermines professional autonomy?",
        (("Bureaucracy hinders Autonomy", None, None),),
    ),
    # The other side of the readings above: wordings close to them that leave a claim firm
    # (or as the report has it).
    (
        "adverb",
        "In no time, teamwork strengthened patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "adverb",
        "With no fuss, teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "genre",
        "The book understates the threat of bureaucracy to professional autonomy.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "genre",
        "The book does not overstate the threat of bureaucracy to professional autonomy.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "genre",
        "Critics say that bureaucracy undermines professional autonomy, and they are right.",
        (("Bureaucracy hinders Autonomy", "hedged", None),),
    ),
    (
        "across",
        "Bureaucracy undermines professional autonomy. They are wrong to deny it.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "across",
        "Teamwork strengthens patient safety. They are wrong.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "condition",
        "Until 2010, teamwork strengthened patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "condition",
        "Had managers undermined professional autonomy, doctors would have left.",
        (("Manager hinders Autonomy", None, None),),
    ),
    (
        "condition",
        "Given that teamwork strengthens patient safety, wards invest in it.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "content",
        "It cannot be denied that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "content",
        "It should not be forgotten that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "subject",
        "Not only managers undermine professional autonomy.",
        (("Manager hinders Autonomy", "-", None),),
    ),
    (
        "subject",
        "Not one manager undermines professional autonomy.",
        (("Manager hinders Autonomy", "negated", None),),
    ),
    (
        "coordination",
        "Teamwork neither helps nor harms patient safety.",
        (
            ("Teamwork supports PatientSafety", "negated", None),
            ("Teamwork hinders PatientSafety", "negated", None),
        ),
    ),
    # Places found on a survey of real pages of the field (sentences our own).
    (
        "verb",
        "Clinical leadership alone does not improve patient safety.",
        (("ClinicalLeadership supports PatientSafety", "negated", None),),
    ),
    (
        "modal",
        "Management training cannot by itself improve teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "verb",
        "An inspection in itself does not improve patient safety.",
        (("Regulation supports PatientSafety", "negated", None),),
    ),
    (
        "coordination",
        "Bureaucracy can slow but not undermine professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "coordination",
        "Management training is neither necessary nor sufficient for teamwork.",
        (("Teamwork requires ManagementTraining", "negated", None),),
    ),
    (
        "content",
        "It is unrealistic to expect that management training improves teamwork.",
        (("ManagementTraining supports Teamwork", "rejected", None),),
    ),
    (
        "content",
        "It is naive to expect management training to improve teamwork.",
        (("ManagementTraining supports Teamwork", "rejected", None),),
    ),
    (
        "relative",
        "Weak clinical leadership, which undermined teamwork, was not addressed.",
        (("Teamwork requires ClinicalLeadership", "-", None),),
    ),
    (
        "content",
        "It is held that managers do not undermine professional autonomy.",
        (("Manager hinders Autonomy", "negated,hedged", None),),
    ),
    (
        "content",
        "Nobody should be surprised that teamwork strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "modal",
        "While management training does not necessarily improve teamwork, it helps.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "genre",
        "The trust had failed to address the threat of bureaucracy to professional autonomy.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
    (
        "genre",
        "Governance processes that supported patient safety were not fully embedded.",
        (("ClinicalGovernance supports PatientSafety", "-", None),),
    ),
    (
        "verb",
        "Management training made little difference to teamwork.",
        (("ManagementTraining supports Teamwork", "negated", None),),
    ),
    (
        "content",
        "It is realistic to expect that management training improves teamwork.",
        (("ManagementTraining supports Teamwork", "hedged", None),),
    ),
    (
        "modal",
        "Management training can in practice improve teamwork.",
        (("ManagementTraining supports Teamwork", "-", None),),
    ),
    (
        "coordination",
        "Management training improves teamwork but not patient safety.",
        (
            ("ManagementTraining supports Teamwork", "-", None),
            ("ManagementTraining supports PatientSafety", "negated", None),
        ),
    ),
    (
        "coordination",
        "Management training improves teamwork, though patient safety not at all.",
        (("ManagementTraining supports Teamwork", "-", None),),
    ),
    (
        "genre",
        "This review found that teamwork strengthened patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "modal",
        "Bureaucracy might not undermine professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated,hedged", None),),
    ),
    (
        "modal",
        "Teamwork could strengthen patient safety.",
        (("Teamwork supports PatientSafety", "hedged", None),),
    ),
    (
        "modal",
        "Teamwork is yet to be recognised, but it strengthens patient safety.",
        (("Teamwork supports PatientSafety", "-", None),),
    ),
    (
        "comparison",
        "Teamwork is no less vital to patient safety than clinical leadership is.",
        (("PatientSafety requires Teamwork", "-", None),),
    ),
    (
        "comparison",
        "Teamwork is no more than a slogan, and it does not strengthen patient safety.",
        (("Teamwork supports PatientSafety", "negated", None),),
    ),
    (
        "condition",
        "Teamwork does not strengthen patient safety unless leaders support it.",
        (("Teamwork supports PatientSafety", "hedged", None),),
    ),
    (
        "condition",
        "Teamwork does not strengthen patient safety if leaders ignore it.",
        (("Teamwork supports PatientSafety", "negated,hedged", None),),
    ),
    (
        "adverb",
        "Bureaucracy is not, as is often assumed, a threat to professional autonomy.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "adverb",
        "Bureaucracy does not undermine professional autonomy, whatever critics say.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "adverb",
        "Bureaucracy does not undermine professional autonomy, despite what doctors believe.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "adverb",
        "Bureaucracy does not undermine professional autonomy, contrary to what many think.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "nominal",
        "Bureaucracy is not the threat to professional autonomy that some claim.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "across",
        "Doctors often say that bureaucracy undermines professional autonomy."
        " That is not our experience.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "across",
        "Despite claims that bureaucracy undermines professional autonomy, it does not.",
        (("Bureaucracy hinders Autonomy", "rejected", None),),
    ),
    (
        "adverb",
        "Bureaucracy does not undermine professional autonomy, whatever the budget.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "adverb",
        "Despite the evidence, bureaucracy does not undermine professional autonomy.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "relative",
        "Bureaucracy does not undermine the professional autonomy that doctors value.",
        (("Bureaucracy hinders Autonomy", "negated", None),),
    ),
    (
        "adverb",
        "Bureaucracy undermines professional autonomy, contrary to what many think.",
        (("Bureaucracy hinders Autonomy", "-", None),),
    ),
]

# What is still wrong: sentence -> kind of failure, from running the battery.
POLARITY = "polarity error"
FLAG = "missing or extra hedge"
HOLDER = "wrong holder"
RECALL = "no statement (recall)"
UNASSERTED = "statement where none is made"
KNOWN: dict[str, str] = {
    "Bureaucracy cannot be said to undermine professional autonomy.": FLAG,
    "None of the clinical networks depends on trust.": RECALL,
    "There is no evidence of clinical leadership improving patient safety.": RECALL,
    # The small parser reads "measures" as a noun, "no inspection measures" as a subject.
    "Teamwork, which no inspection measures, strengthens patient safety.": POLARITY,
    "It is teamwork that does not strengthen patient safety here.": RECALL,
    "Teamwork strengthens patient safety and clinical leadership does not.": RECALL,
    "That bureaucracy undermines professional autonomy is unproven.": RECALL,
    "Clinical networks work well without trust.": RECALL,
    "The supposed link between clinical leadership and patient safety is a myth.": RECALL,
    "The threat that bureaucracy poses to professional autonomy is real.": RECALL,
    "Management training does no more to improve teamwork than a team lunch does.": RECALL,
    "Clinical leadership does more to improve patient safety than regulation.": RECALL,
    "Teamwork is no less important to patient safety than clinical leadership.": RECALL,
    "Nothing improves patient safety more than teamwork.": RECALL,
    "Clinical leadership matters more to patient safety than to efficiency.": RECALL,
    "Does teamwork strengthen patient safety? It does.": RECALL,
    "The author overstates how much clinical leadership improves patient safety.": RECALL,
    "This module will not teach you that bureaucracy undermines professional autonomy.": UNASSERTED,
    "The trust could not demonstrate that clinical governance improved patient safety.": FLAG,
    "The book does not overstate the threat of bureaucracy to professional autonomy.": RECALL,
    "Management training is neither necessary nor sufficient for teamwork.": RECALL,
    "The trust had failed to address the threat of bureaucracy to professional autonomy.": RECALL,
    "Governance processes that supported patient safety were not fully embedded.": RECALL,
    # The denial is an ellipsis ("it does not") in the clause the concession leads into.
    "Despite claims that bureaucracy undermines professional autonomy, it does not.": POLARITY,
}


def _matches(relation, expected: str, bases: dict[str, str]) -> bool:
    subject, base, obj = expected.split()
    found = (
        relation.subject.removeprefix(HLKG),
        bases.get(relation.predicate, relation.predicate).removeprefix(HLKG),
        relation.object.removeprefix(HLKG),
    )
    if found == (subject, base, obj):
        return True
    return base == "conflictsWith" and found == (obj, base, subject)


def judge(
    extractor, bases: dict[str, str], text: str, expected: tuple[Expected, ...]
) -> str | None:
    """The first kind of failure of one case, or None when the extractor reads it as expected:
    polarity (firm where denied or rejected, denied where firm, negated where rejected), flag
    (a missing or extra hedge), holder, no statement, or a statement where none is made."""
    relations = extract(extractor, text).relations
    kinds = []
    for statement, flags, holder in expected:
        found = [r for r in relations if _matches(r, statement, bases)]
        if flags is None:
            if found:
                kinds.append("statement where none")
            continue
        if not found:
            kinds.append("no statement")
            continue
        got = {flags_of(r) for r in found}
        if any(polarity_of(g) != polarity_of(flags) for g in got):
            kinds.append("polarity")
        elif got != {flags}:
            kinds.append("flag")
        elif holder is not None and not any(HLKG + holder in r.attributed_to for r in found):
            kinds.append("holder")
    order = ["polarity", "statement where none", "flag", "holder", "no statement"]
    return min(kinds, key=order.index) if kinds else None


@pytest.fixture(scope="module")
def bases():
    from kg.evaluate import base_relations
    from kg.ontology import load_ontology

    return base_relations(load_ontology())


def _cases():
    seen = set()
    for place, text, expected in CASES:
        assert text not in seen, text
        seen.add(text)
        kind = KNOWN.get(text)
        marks = [pytest.mark.xfail(strict=True, reason=kind)] if kind else []
        yield pytest.param(text, expected, id=f"{place}:{text[:60]}", marks=marks)


def test_battery_is_large_and_covers_every_place() -> None:
    assert len(CASES) >= 150
    assert {place for place, _, _ in CASES} == {
        "verb",
        "modal",
        "subject",
        "noun",
        "relative",
        "coordination",
        "content",
        "condition",
        "nominal",
        "comparison",
        "adverb",
        "across",
        "genre",
    }


@pytest.mark.parametrize(("text", "expected"), list(_cases()))
def test_status_place(extractor, bases, text: str, expected: tuple[Expected, ...]) -> None:
    assert judge(extractor, bases, text, expected) is None
