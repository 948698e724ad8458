"""A battery of claim status: a dozen of the field's common claims crossed with the ways its
writers deny, reject, hedge and attribute them. Every sentence is written for this test.

Each case states what a careful reader following tests/gold/README.md sees: the statement
with its flags, or that there is none (questions, suppositions). The worst error is a denied
or rejected claim that comes out firm (or a firm one that comes out denied); a case where the
extractor reads no statement is a recall miss, recorded here but not a polarity error.
Known failures are `xfail(strict=True)` with their kind, so a fix turns them green."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from extraction import extract, flags_of, polarity_of

from kg.namespaces import HLKG

_BASES = {
    "supports": "supports",
    "hinders": "hinders",
    "requires": "requires",
    "conflictsWith": "conflictsWith",
}


@dataclass(frozen=True)
class Claim:
    """One claim of the field, with the verb's forms its frames need."""

    subject: str
    verb: tuple[str, str, str, str, str]
    """base, third person (agreeing with the subject), past, -ing, past participle."""
    obj: str
    expected: tuple[str, str, str]
    plural: bool = False

    def forms(self) -> dict[str, str]:
        base, present, past, ing, participle = self.verb
        cap = self.subject[0].upper() + self.subject[1:]
        return {
            "S": self.subject,
            "Scap": cap,
            "O": self.obj,
            "V": base,
            "V3": present,
            "Ved": past,
            "Ving": ing,
            "Ven": participle,
            "does": "do" if self.plural else "does",
            "pronoun": "they" if self.plural else "it",
            "Does": "Do" if self.plural else "Does",
            "has": "have" if self.plural else "has",
            "is": "are" if self.plural else "is",
            "fails": "fail" if self.plural else "fails",
            "aims": "aim" if self.plural else "aims",
            "seems": "seem" if self.plural else "seems",
            "appears": "appear" if self.plural else "appears",
        }


CLAIMS = {
    "leadership-safety": Claim(
        "clinical leadership",
        ("improve", "improves", "improved", "improving", "improved"),
        "patient safety",
        ("ClinicalLeadership", "supports", "PatientSafety"),
    ),
    "bureaucracy-autonomy": Claim(
        "bureaucracy",
        ("undermine", "undermines", "undermined", "undermining", "undermined"),
        "professional autonomy",
        ("Bureaucracy", "hinders", "Autonomy"),
    ),
    "governance-accountability": Claim(
        "clinical governance",
        ("require", "requires", "required", "requiring", "required"),
        "accountability",
        ("ClinicalGovernance", "requires", "Accountability"),
    ),
    "autonomy-accountability": Claim(
        "professional autonomy",
        (
            "conflict with",
            "conflicts with",
            "conflicted with",
            "conflicting with",
            "conflicted with",
        ),
        "accountability",
        ("Autonomy", "conflictsWith", "Accountability"),
    ),
    "training-teamwork": Claim(
        "management training",
        ("improve", "improves", "improved", "improving", "improved"),
        "teamwork",
        ("ManagementTraining", "supports", "Teamwork"),
    ),
    "engagement-quality": Claim(
        "medical engagement",
        ("improve", "improves", "improved", "improving", "improved"),
        "the quality of care",
        ("ClinicalEngagement", "supports", "QualityOfCare"),
    ),
    "teamwork-safety": Claim(
        "teamwork",
        ("strengthen", "strengthens", "strengthened", "strengthening", "strengthened"),
        "patient safety",
        ("Teamwork", "supports", "PatientSafety"),
    ),
    "networks-trust": Claim(
        "clinical networks",
        ("depend on", "depend on", "depended on", "depending on", "depended on"),
        "trust",
        ("ClinicalNetwork", "requires", "Trust"),
        plural=True,
    ),
    "management-autonomy": Claim(
        "general management",
        ("undermine", "undermines", "undermined", "undermining", "undermined"),
        "clinical autonomy",
        ("Management", "hinders", "Autonomy"),
    ),
    "targets-autonomy": Claim(
        "targets",
        ("threaten", "threaten", "threatened", "threatening", "threatened"),
        "professional autonomy",
        ("PerformanceTarget", "hinders", "Autonomy"),
        plural=True,
    ),
    "leadership-engagement": Claim(
        "shared leadership",
        ("foster", "fosters", "fostered", "fostering", "fostered"),
        "medical engagement",
        ("Leadership", "supports", "ClinicalEngagement"),
    ),
    "doctors-managers": Claim(
        "doctors",
        ("distrust", "distrust", "distrusted", "distrusting", "distrusted"),
        "managers",
        ("Doctor", "conflictsWith", "Manager"),
        plural=True,
    ),
}

# (template, expected flags or None for "no statement", holder concept or None). The flags
# follow tests/gold/README.md: `negated` the text denies it; `rejected` the author puts it
# forward only to reject it; `hedged` tentative or attributed; aims carry no flag.
FRAMES: dict[str, tuple[str, str | None, str | None]] = {
    # plain
    "firm": ("{Scap} {V3} {O}.", "-", None),
    "firm-past": ("{Scap} {Ved} {O}.", "-", None),
    # denial
    "does-not": ("{Scap} {does} not {V} {O}.", "negated", None),
    "did-not": ("{Scap} did not {V} {O}.", "negated", None),
    "cannot": ("{Scap} cannot {V} {O}.", "negated", None),
    "never": ("{Scap} never {V3} {O}.", "negated", None),
    "rarely": ("{Scap} rarely {V3} {O}.", "negated", None),
    "seldom": ("{Scap} seldom {V3} {O}.", "negated", None),
    "hardly": ("{Scap} hardly {V3} {O}.", "negated", None),
    "no-longer": ("{Scap} no longer {V3} {O}.", "negated", None),
    "not-necessarily": ("{Scap} {does} not necessarily {V} {O}.", "negated", None),
    "not-always": ("{Scap} {does} not always {V} {O}.", "negated", None),
    "no-evidence": ("There is no evidence that {S} {V3} {O}.", "negated", None),
    "little-evidence": ("There is little evidence that {S} {V3} {O}.", "negated", None),
    "scant-evidence": ("There is scant evidence that {S} {V3} {O}.", "negated", None),
    "no-convincing-evidence": (
        "There is no convincing evidence that {S} {V3} {O}.",
        "negated",
        None,
    ),
    "not-shown": ("{Scap} {has} not been shown to {V} {O}.", "negated", None),
    "fails-to": ("{Scap} {fails} to {V} {O}.", "negated", None),
    "neither-nor": ("Neither {S} nor luck {V3} {O}.", "negated", None),
    "not-x-but-y": ("{Scap} {V3} not {O} but tidy spreadsheets.", "negated", None),
    "rather-than": ("{Scap} {V3} tidy spreadsheets rather than {O}.", "negated", None),
    "instead-of": ("{Scap} {V3} tidy spreadsheets instead of {O}.", "negated", None),
    "neither-nor-objects": ("{Scap} {V3} neither {O} nor tidy spreadsheets.", "negated", None),
    "nor-clause": ("Nor {does} {S} {V} {O}.", "negated", None),
    "nor-conjunct": ("{Scap} {does} not help, nor {does} {S} {V} {O}.", "negated", None),
    "not-clear-that": ("It is not clear that {S} {V3} {O}.", "negated", None),
    "remains-unproven": ("It remains unproven that {S} {V3} {O}.", "negated", None),
    "no-reason-to-believe": (
        "There is no reason to believe that {S} {V3} {O}.",
        "negated",
        None,
    ),
    # A denial of what others are said to hold: the claim is named to be rejected.
    "contrary-popular": (
        "Contrary to popular belief, {S} {does} not {V} {O}.",
        "rejected",
        None,
    ),
    "not-as-critics-allege": (
        "{Scap} {does} not, as critics allege, {V} {O}.",
        "rejected",
        None,
    ),
    # rejection
    "claim-unfounded": ("The claim that {S} {V3} {O} is unfounded.", "rejected", None),
    "idea-overstated": ("The idea that {S} {V3} {O} is overstated.", "rejected", None),
    "assumption-mistaken": (
        "The assumption that {S} {V3} {O} is mistaken.",
        "rejected",
        None,
    ),
    "myth": ("The myth that {S} {V3} {O} persists.", "rejected", None),
    "notion-simplistic": ("The notion that {S} {V3} {O} is simplistic.", "rejected", None),
    "claim-exaggerated": ("The claim that {S} {V3} {O} is exaggerated.", "rejected", None),
    "not-survive-scrutiny": (
        "The claim that {S} {V3} {O} does not survive scrutiny.",
        "rejected",
        None,
    ),
    "mistake-to-think": ("It is a mistake to think that {S} {V3} {O}.", "rejected", None),
    "naive-to-claim": ("It is naive to claim that {S} {V3} {O}.", "rejected", None),
    "wrong-to-assume": ("It is wrong to assume that {S} {V3} {O}.", "rejected", None),
    "misleading-to-think": (
        "It is misleading to think that {S} {V3} {O}.",
        "rejected",
        None,
    ),
    "contrary-received-view": (
        "Contrary to the received view that {S} {V3} {O}, the evidence is mixed.",
        "rejected",
        None,
    ),
    "evidence-not-support-view": (
        "The evidence does not support the view that {S} {V3} {O}.",
        "rejected",
        None,
    ),
    "critics-we-disagree": (
        "Critics argue that {S} {V3} {O}; we disagree.",
        "rejected",
        None,
    ),
    "often-said-but": (
        "It is often said that {S} {V3} {O}, but this is not so.",
        "rejected",
        None,
    ),
    "few-would-argue": ("Few would argue that {S} {V3} {O}.", "negated", None),
    "not-true-that": ("It is not true that {S} {V3} {O}.", "rejected", None),
    "not-the-case-that": ("It is not the case that {S} {V3} {O}.", "rejected", None),
    "too-simple": ("The idea that {S} {V3} {O} is too simple.", "rejected", None),
    "view-ignores": ("The view that {S} {V3} {O} ignores the evidence.", "rejected", None),
    "claim-misses-point": ("The claim that {S} {V3} {O} misses the point.", "rejected", None),
    "argument-falls-apart": (
        "The argument that {S} {V3} {O} falls apart on inspection.",
        "rejected",
        None,
    ),
    "fear-overstated": ("The fear that {S} {V3} {O} is overstated.", "rejected", None),
    "little-basis-for-claim": (
        "There is little basis for the claim that {S} {V3} {O}.",
        "rejected",
        None,
    ),
    "tempting-to-assume": ("It is tempting to assume that {S} {V3} {O}.", "rejected", None),
    "we-should-not-assume": ("We should not assume that {S} {V3} {O}.", "rejected", None),
    "do-not-conclude": ("Do not conclude that {S} {V3} {O}.", "rejected", None),
    "we-should-not-conclude": ("We should not conclude that {S} {V3} {O}.", "rejected", None),
    "said-but-they-do-not": (
        "It is often said that {S} {V3} {O}, but {pronoun} {does} not.",
        "rejected",
        None,
    ),
    "few-accept-argument": (
        "Few now accept the argument that {S} {V3} {O}.",
        "rejected",
        None,
    ),
    "those-who-argue-wrong": (
        "Those who argue that {S} {V3} {O} are wrong.",
        "rejected",
        None,
    ),
    "belief-not-supported": (
        "The belief that {S} {V3} {O} is not supported by the evidence.",
        "rejected",
        None,
    ),
    "claim-cannot-be-sustained": (
        "The claim that {S} {V3} {O} cannot be sustained.",
        "rejected",
        None,
    ),
    "no-truth-in-claim": ("There is no truth in the claim that {S} {V3} {O}.", "rejected", None),
    "mistakenly-believe": ("Many mistakenly believe that {S} {V3} {O}.", "rejected", None),
    "claimed-semicolon-mistaken": (
        "It is often claimed that {S} {V3} {O}; this view is mistaken.",
        "rejected",
        None,
    ),
    "believe-but-not-borne-out": (
        "Many believe that {S} {V3} {O}, but the evidence does not bear this out.",
        "rejected",
        None,
    ),
    # hedging
    "may": ("{Scap} may {V} {O}.", "hedged", None),
    "might": ("{Scap} might {V} {O}.", "hedged", None),
    "could": ("{Scap} could {V} {O}.", "hedged", None),
    "appears-to": ("{Scap} {appears} to {V} {O}.", "hedged", None),
    "seems-to": ("{Scap} {seems} to {V} {O}.", "hedged", None),
    "is-thought-to": ("{Scap} {is} thought to {V} {O}.", "hedged", None),
    "is-likely-to": ("{Scap} {is} likely to {V} {O}.", "hedged", None),
    "often-said": ("It is often said that {S} {V3} {O}.", "hedged", None),
    "unclear-that": ("It is unclear that {S} {V3} {O}.", "hedged", None),
    # attribution
    "according-to-nurses": ("According to nurses, {S} {V3} {O}.", "hedged", "Nurse"),
    "managers-argue": ("Some managers argue that {S} {V3} {O}.", "hedged", "Manager"),
    "critics-argue": ("Critics argue that {S} {V3} {O}.", "hedged", None),
    "the-report-argues": ("The report argues that {S} {V3} {O}.", "hedged", None),
    "in-the-view-of": ("In the view of nurses, {S} {V3} {O}.", "hedged", "Nurse"),
    "for-many-nurses": ("For many nurses, {S} {V3} {O}.", "hedged", "Nurse"),
    "nurses-believe": ("Nurses believe that {S} {V3} {O}.", "hedged", "Nurse"),
    # not claimed at all
    "question": ("{Does} {S} {V} {O}?", None, None),
    "whether": ("We asked whether {S} {V3} {O}.", None, None),
    "conditional": ("If {S} {Ved} {O}, the data would show it.", None, None),
    "extent-to-which": ("We examine the extent to which {S} {V3} {O}.", None, None),
    "how-far": ("This paper asks how far {S} {V3} {O}.", None, None),
    "to-what-extent": ("To what extent {S} {V3} {O} is unclear.", None, None),
    # aims carry no flag
    "aims-to": ("{Scap} {aims} to {V} {O}.", "-", None),
    # double negation
    "not-true-never": ("It is not true that {S} never {V3} {O}.", "-", None),
}

# Frames that make no sense for some claims.
_SKIP = {
    ("aims-to", "doctors-managers"),
    ("aims-to", "targets-autonomy"),
    ("aims-to", "autonomy-accountability"),
    ("aims-to", "networks-trust"),
    ("aims-to", "governance-accountability"),
}

# What is still wrong: (frame, claim) -> kind of failure, from running the battery.
KNOWN: dict[tuple[str, str], str] = {
    ("hardly", "autonomy-accountability"): "no statement (recall)",
    ("instead-of", "autonomy-accountability"): "no statement (recall)",
    ("instead-of", "bureaucracy-autonomy"): "no statement (recall)",
    ("instead-of", "doctors-managers"): "no statement (recall)",
    ("instead-of", "governance-accountability"): "no statement (recall)",
    ("instead-of", "leadership-engagement"): "no statement (recall)",
    ("instead-of", "leadership-safety"): "no statement (recall)",
    ("instead-of", "management-autonomy"): "no statement (recall)",
    ("instead-of", "networks-trust"): "no statement (recall)",
    ("instead-of", "targets-autonomy"): "no statement (recall)",
    ("instead-of", "teamwork-safety"): "no statement (recall)",
    ("instead-of", "training-teamwork"): "no statement (recall)",
    ("managers-argue", "doctors-managers"): "wrong holder",
    ("myth", "autonomy-accountability"): "no statement (recall)",
    ("myth", "governance-accountability"): "no statement (recall)",
    ("myth", "leadership-engagement"): "no statement (recall)",
    ("myth", "leadership-safety"): "no statement (recall)",
    ("myth", "networks-trust"): "no statement (recall)",
    ("myth", "training-teamwork"): "no statement (recall)",
    ("neither-nor", "autonomy-accountability"): "no statement (recall)",
    ("neither-nor", "doctors-managers"): "no statement (recall)",
    ("neither-nor", "leadership-engagement"): "no statement (recall)",
    ("no-longer", "autonomy-accountability"): "no statement (recall)",
    ("no-longer", "doctors-managers"): "no statement (recall)",
    ("no-longer", "leadership-engagement"): "no statement (recall)",
    ("nor-conjunct", "networks-trust"): "polarity error",
    ("not-survive-scrutiny", "leadership-engagement"): "no statement (recall)",
    ("not-survive-scrutiny", "management-autonomy"): "no statement (recall)",
    ("not-x-but-y", "leadership-engagement"): "no statement (recall)",
    ("not-x-but-y", "teamwork-safety"): "no statement (recall)",
    ("rather-than", "autonomy-accountability"): "no statement (recall)",
    ("rather-than", "bureaucracy-autonomy"): "no statement (recall)",
    ("rather-than", "doctors-managers"): "no statement (recall)",
    ("rather-than", "governance-accountability"): "no statement (recall)",
    ("rather-than", "leadership-engagement"): "no statement (recall)",
    ("rather-than", "leadership-safety"): "no statement (recall)",
    ("rather-than", "management-autonomy"): "no statement (recall)",
    ("rather-than", "networks-trust"): "no statement (recall)",
    ("rather-than", "targets-autonomy"): "no statement (recall)",
    ("rather-than", "teamwork-safety"): "no statement (recall)",
    ("rather-than", "training-teamwork"): "no statement (recall)",
    ("seldom", "autonomy-accountability"): "no statement (recall)",
    ("seldom", "doctors-managers"): "no statement (recall)",
    ("to-what-extent", "doctors-managers"): "statement where none is made",
    # The small parser misreads these sentences: "is too simple" as a clause inside the idea,
    # "misses the point" as a second object of the cue verb.
    ("too-simple", "doctors-managers"): "polarity error",
    ("claim-misses-point", "governance-accountability"): "polarity error",
    ("claim-misses-point", "networks-trust"): "no statement (recall)",
    ("view-ignores", "leadership-engagement"): "no statement (recall)",
    ("those-who-argue-wrong", "doctors-managers"): "no statement (recall)",
    ("belief-not-supported", "leadership-engagement"): "no statement (recall)",
}


def _same(relation, expected: tuple[str, str, str], bases: dict[str, str]) -> bool:
    subject, base, obj = expected
    found = (
        relation.subject.removeprefix(HLKG),
        bases.get(relation.predicate, relation.predicate),
        relation.object.removeprefix(HLKG),
    )
    if found == expected:
        return True
    return base == "conflictsWith" and found == (obj, base, subject)


def judge(extractor, bases, claim: Claim, frame: str) -> str | None:
    """The kind of failure of one case, or None when the extractor reads it as expected:
    polarity (firm where denied, denied where firm, or negated where rejected), flag (a
    missing or extra hedge), holder, no statement, or a statement where none is made."""
    template, flags, holder = FRAMES[frame]
    text = template.format(**claim.forms())
    found = [r for r in extract(extractor, text).relations if _same(r, claim.expected, bases)]
    if flags is None:
        return "statement where none" if found else None
    if not found:
        return "no statement"
    got = {flags_of(r) for r in found}
    if any(polarity_of(g) != polarity_of(flags) for g in got):
        return "polarity"
    if got != {flags}:
        return "flag"
    if holder is not None and not any(HLKG + holder in r.attributed_to for r in found):
        return "holder"
    return None


def _cases():
    for frame in FRAMES:
        for name in CLAIMS:
            if (frame, name) in _SKIP:
                continue
            kind = KNOWN.get((frame, name))
            marks = [pytest.mark.xfail(strict=True, reason=kind)] if kind else []
            yield pytest.param(frame, name, id=f"{frame}:{name}", marks=marks)


@pytest.fixture(scope="module")
def bases():
    from kg.evaluate import base_relations
    from kg.ontology import load_ontology

    return base_relations(load_ontology())


@pytest.mark.parametrize(("frame", "claim"), list(_cases()))
def test_status_battery(extractor, bases, frame: str, claim: str) -> None:
    template = FRAMES[frame][0]
    text = template.format(**CLAIMS[claim].forms())
    assert judge(extractor, bases, CLAIMS[claim], frame) is None, text


# The other side of each reading the battery relies on: wordings close to a denial or a
# rejection that leave the claim as it was.
NEAR_MISSES = [
    ("Critics argue that bureaucracy undermines professional autonomy; we agree.", "hedged"),
    ("Critics argue that bureaucracy undermines autonomy; managers disagree.", "hedged"),
    ("It is often said that bureaucracy undermines autonomy, and this is so.", "hedged"),
    ("The claim that bureaucracy undermines professional autonomy survives scrutiny.", "hedged"),
    ("The idea that bureaucracy undermines professional autonomy is widely held.", "hedged"),
    ("Many would argue that bureaucracy undermines professional autonomy.", "hedged"),
    ("Bureaucracy has been shown to undermine professional autonomy.", "hedged"),
    ("It is true that clinical leadership never improves patient safety.", "negated"),
    ("It is not true that clinical leadership improves patient safety.", "rejected"),
    ("It is sensible to think that bureaucracy undermines professional autonomy.", "hedged"),
    ("We show how bureaucracy undermines professional autonomy.", "-"),
    ("Bureaucracy undermines professional autonomy to a large extent.", "-"),
    ("Management training improves patient safety rather than tidy spreadsheets.", "-"),
    ("Management training improves not only teamwork but patient safety.", "-"),
    ("It is clear that bureaucracy undermines professional autonomy.", "-"),
    ("Bureaucracy undermines both professional autonomy and teamwork.", "-"),
    ("Bureaucracy does not help, and it undermines professional autonomy.", "-"),
    ("There is every reason to believe that bureaucracy undermines autonomy.", "hedged"),
    ("The evidence supports the view that bureaucracy undermines autonomy.", "hedged"),
    ("The conflict between professional autonomy and accountability is real.", "-"),
    ("The supposed conflict between autonomy and accountability is illusory.", "rejected"),
    ("The conflict between autonomy and accountability is a false dichotomy.", "rejected"),
    ("The conflict between autonomy and accountability is a real dichotomy.", "-"),
    ("The conflict between autonomy and accountability is more apparent than real.", "rejected"),
    ("The conflict between autonomy and accountability is more real than apparent.", "-"),
    ("The idea that bureaucracy undermines professional autonomy is simple.", "hedged"),
    ("The idea that bureaucracy undermines autonomy is not too simple.", "hedged"),
    ("The view that bureaucracy undermines professional autonomy fits the evidence.", "hedged"),
    ("There is a strong basis for the claim that bureaucracy undermines autonomy.", "hedged"),
    ("It is the case that bureaucracy undermines professional autonomy.", "-"),
    ("It is not the case that clinical leadership never improves patient safety.", "-"),
    ("It is reasonable to conclude that bureaucracy undermines professional autonomy.", "hedged"),
    ("It is not tempting to conclude that bureaucracy undermines autonomy.", "hedged"),
    ("We can assume that bureaucracy undermines professional autonomy.", "hedged"),
    ("We conclude that bureaucracy undermines professional autonomy.", "-"),
    ("Many believe that bureaucracy undermines autonomy, and the data bear this out.", "hedged"),
    ("Many believe that bureaucracy undermines autonomy, but nurses are unsure.", "hedged"),
    ("Bureaucracy is often seen as a threat to autonomy, but this is an illusion.", "rejected"),
    ("Bureaucracy is often seen as a threat to autonomy, and this is understandable.", "hedged"),
    ("It is often said that bureaucracy undermines autonomy, and it does.", "hedged"),
    ("It is often said that bureaucracy undermines autonomy, but it does not always.", "hedged"),
    ("We accept the argument that bureaucracy undermines autonomy.", "-"),
    ("Those who argue that bureaucracy undermines autonomy are right.", "hedged"),
    ("The stereotype of bureaucracy as a threat to autonomy lasts, but it is wrong.", "rejected"),
    ("The stereotype of bureaucracy as a threat to autonomy persists.", "hedged"),
    ("The belief that bureaucracy undermines autonomy is supported by the evidence.", "hedged"),
    ("There is some truth in the claim that bureaucracy undermines autonomy.", "hedged"),
    ("Much of the supposed conflict between autonomy and accountability is imaginary.", "rejected"),
    ("Much of the conflict between autonomy and accountability is real.", "-"),
    ("The perceived conflict between autonomy and accountability is largely a myth.", "rejected"),
    ("Audit is wrongly seen as a threat to autonomy.", "rejected"),
    ("Audit is widely seen as a threat to autonomy.", "hedged"),
    ("Managers are often presented as a threat to clinical autonomy.", "hedged"),
    ("Managers are often presented as a threat to autonomy; this view is mistaken.", "rejected"),
    ("Managers are often presented as a threat to autonomy; this view is common.", "hedged"),
    ("Rather than treating audit as a threat to autonomy, doctors should use it.", "rejected"),
]


@pytest.mark.parametrize(("text", "flags"), NEAR_MISSES)
def test_near_misses_keep_their_status(extractor, bases, text: str, flags: str) -> None:
    found = {
        flags_of(r)
        for r in extract(extractor, text).relations
        if r.object.removeprefix(HLKG) in ("Autonomy", "PatientSafety", "Accountability")
    }
    assert found == {flags}
