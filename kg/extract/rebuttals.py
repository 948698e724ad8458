"""A claim the next sentence rebuts: "Many managers argue that X improves Y. This view is
mistaken." The author states or reports the claim only to reject it, so it is rejected, not
firm or merely hedged.

The rebuttal is read from the words of the short sentence that follows, without a parse (a
sentence naming no concept is not parsed): "we disagree", a pointing subject said to be wrong
("this view is mistaken", "that is a myth", "this assumption is too simple", "this is a false
dichotomy", "this view ignores the evidence", "this argument does not hold", "this misreads the
evidence"), the holders of a report said to be wrong ("they are wrong", which rejects only
the reported claims), a finding or saying that points the other way ("our findings suggest
otherwise"), what is so said to be more complex ("the reality is more complex"), a denied
affirmation ("this is not the case"), a claim said to be refuted ("this argument has been
refuted", "that claim was disproved long ago"), or evidence said not to support it ("the
evidence does not bear this out"). Connectives that only mark the turn ("but", "however",
"in practice") are set aside first. The word lists are the cue file's (`[status]` in
ontology/cues.toml). Only a sentence that says no more than that counts: "This view is
mistaken about nurses" rejects something else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from kg.extract.patterns import Words
from kg.model import Relation, Sentence

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|n't")
_LONGEST = 8
"""Words at most in a rebuttal sentence: a longer one says something of its own."""
_POINTING = frozenset(["this", "that", "these", "those", "such", "it"])
_HOLDERS = frozenset(["they", "he", "she"])
"""Subjects that point back at the holders of a report ("They are wrong", "he is mistaken"):
such a rebuttal rejects only the reported claims before it."""
_BE = frozenset(["is", "are", "was", "were", "be", "seems", "seem", "remains", "remain", "'s"])
_NEGATIONS = frozenset(["not", "n't", "never", "no"])
_PERFECT = frozenset(["has", "have", "had", "been", "being"])
_FILLERS = frozenset(["a", "an", "the", "simply", "plainly", "clearly", "surely", "also", "just"])
_FIRST_PERSON = frozenset(["we", "i"])
_AUXILIARIES = frozenset(
    ["do", "does", "did", "is", "are", "was", "were", "has", "have", "can", "will", "would"]
)


def rebuttal(sentence: str, words: Words) -> str | None:
    """The words by which a sentence rebuts the one before it, if that is all it does."""
    tokens = _without_connectives(_WORD.findall(sentence.lower()), words)
    if not tokens or len(tokens) > _LONGEST:
        return None
    phrase = " ".join(tokens)
    if phrase in words["rebuttal_sentences"]:
        return phrase
    negated = bool(_NEGATIONS & set(tokens))
    rest = [t for t in tokens if t not in _FILLERS]
    # "We disagree", "we strongly disagree"
    if rest[0] in _FIRST_PERSON and not negated:
        if any(t in words["disputing_verbs"] for t in rest[1:3]) and len(rest) <= 3:
            return phrase
        return None
    if _elliptical_denial(rest):
        return phrase  # "They do not.", "It is not.", "In fact, they don't."
    if _otherwise(rest, words) and not negated:
        return phrase  # "our findings suggest otherwise", "experience tells otherwise"
    if _more_complex(rest, words):
        return phrase  # "the reality is more complex", "the truth is rather different"
    if rest[0] in _HOLDERS:
        # "They are wrong", "he is mistaken": the holders of a report said to be wrong.
        predicate = rest[2:] if len(rest) > 1 and rest[1] in _BE else []
        wrong = len(predicate) == 1 and predicate[0] in words["rejection_predicates"]
        return phrase if wrong and not negated else None
    if rest[0] not in _POINTING:
        return _unsupported(rest, words, phrase)
    views = words["rejection_nouns"] | words["opinion_nouns"] | words["rebutted_nouns"]
    subject = rest[1:2] if len(rest) > 1 and rest[1] in views else []
    if subject and rest[2:3] in (["of"], ["about"]):
        # "that view of (NHS) managers is outdated", "this assumption about managers is flawed"
        be = next((i for i in (4, 5) if rest[i : i + 1] and rest[i] in _BE), 4)
        subject = rest[1:be]
    after = rest[1 + len(subject) :]
    # "this view ignores the evidence (misses the point, falls apart)"; a view named, as a
    # bare "this confused doctors" is about something else.
    verbs = words["failing_claim_verbs"]
    failing = bool(after) and (after[0] in verbs or " ".join(after[:2]) in verbs)
    if subject and not negated and failing:
        return phrase
    if not negated and after and after[0] in words["misjudging_verbs"]:
        return phrase  # "this misreads the evidence", "that overstates the case"
    if negated and _withstands(after, words):
        return phrase  # "this argument does not hold (survive scrutiny)"
    if not negated and _refuted(after, words):
        return phrase  # "this argument has been refuted", "that was disproved long ago"
    if not after or after[0] not in _BE:
        return None
    predicate = after[1:]
    # "This view is mistaken", "that is a myth", "this claim is overstated"
    if not negated and len(predicate) == 1 and predicate[0] in words["rejection_predicates"]:
        return phrase
    # "This assumption is too simple", "this is a false dichotomy"
    if not negated and len(predicate) == 2 and _qualified_wrong(predicate, words):
        return phrase
    # "This is not the case", "that is not so", "it is not true"
    denied_affirmation = len(predicate) == 2 and predicate[0] in _NEGATIONS
    if negated and denied_affirmation and predicate[1] in words["affirming_predicates"]:
        return phrase
    return None


def _otherwise(rest: list[str], words: Words) -> bool:
    """ "(but) our findings suggest otherwise", "the data say otherwise": a finding or a
    saying that points the other way."""
    saying = words["report_verbs"] | words["finding_verbs"]
    return len(rest) >= 2 and rest[-1] == "otherwise" and any(t in saying for t in rest[:-1])


def _without_connectives(tokens: list[str], words: Words) -> list[str]:
    """The words without the connectives that only mark a turn: "but", "yet" or "in
    practice" before the rest, "however" anywhere ("this view is, however, mistaken")."""
    connectives = words["rebuttal_connectives"]
    found = True
    while found and tokens:
        found = False
        for size in (2, 1):
            if " ".join(tokens[:size]) in connectives:
                tokens, found = tokens[size:], True
                break
    return [t for t in tokens if t not in ("however", "though")]


def _elliptical_denial(rest: list[str]) -> bool:
    """ "They do not", "it is not", "it doesn't": the claim's verb denied by ellipsis, and
    nothing more."""
    if not rest or rest[0] not in _POINTING | {"they", "he", "she"}:
        return False
    tail = rest[1:]
    if len(tail) == 2:
        return tail[0] in _AUXILIARIES and tail[1] in _NEGATIONS
    return len(tail) == 1 and tail[0].endswith("n't") and tail[0][:-3] in _AUXILIARIES | {"do"}


def _withstands(after: list[str], words: Words) -> bool:
    """ "does not hold (up)", "does not survive scrutiny", "cannot stand up": a denied verb of
    withstanding and at most one word after it."""
    rest = [t for t in after if t not in ("does", "do", "did", "can", "cannot", "not", "n't")]
    return bool(rest) and rest[0] in words["withstanding_verbs"] and len(rest) <= 2


def _refuted(after: list[str], words: Words) -> bool:
    """ "has been refuted", "was disproved long ago", "has since been debunked by later
    studies": a passive verb of disproof, with at most a short "by" phrase after it."""
    if not after or after[0] not in _BE | _PERFECT:
        return False
    rest = [t for t in after if t not in _BE | _PERFECT | words["refutation_adverbs"]]
    if not rest or rest[0] not in words["refuted_participles"]:
        return False
    tail = rest[1:]
    return not tail or (tail[0] == "by" and 2 <= len(tail) <= 4)


def _more_complex(rest: list[str], words: Words) -> bool:
    """ "(the) reality is more complex", "the truth is far more nuanced", "the picture is rather
    different": what is so said to be more than the claim allows."""
    if len(rest) < 4 or rest[0] not in words["reality_nouns"] or rest[1] not in _BE:
        return False
    degree = " ".join(rest[2:-1])
    return degree in words["complicating_degrees"] and rest[-1] in words["complicating_adjectives"]


def _qualified_wrong(predicate: list[str], words: Words) -> bool:
    """ "too simple", "a false dichotomy": a predicate that is wrong by its qualifier."""
    first, second = predicate
    if first == "too":
        return second in words["overreaching_adjectives"]
    return first in words["rejection_predicates"]


def _unsupported(rest: list[str], words: Words, phrase: str) -> str | None:
    """ "The evidence does not support this", "the data do not bear this out"."""
    if not rest or rest[0] not in words["evidence_nouns"]:
        return None
    tail = rest[1:]
    while tail and tail[0] in ("does", "do", "did", "has", "have"):
        tail = tail[1:]
    if len(tail) < 3 or tail[0] not in _NEGATIONS or tail[1] not in words["supporting_verbs"]:
        return None
    if tail[2] in _POINTING and tail[3:] in ([], ["out"]):
        return phrase
    return None


def rebutted(
    text: str, sentences: Sequence[Sentence], relations: list[Relation], words: Words
) -> list[Relation]:
    """The relations (in their order, a sentence's together), with those of a sentence the
    next one rebuts marked rejected: the reported ones when the sentence reports any (its
    author's own claims beside them stand), else all that are not already denied."""
    following = dict(pairwise(sentences))
    by_sentence: dict[Sentence, list[Relation]] = {}
    for relation in relations:
        by_sentence.setdefault(relation.sentence, []).append(relation)
    result = []
    for sentence, found in by_sentence.items():
        after = following.get(sentence)
        said = rebuttal(text[after.begin : after.end], words) if after is not None else None
        reported = any(r.hedged for r in found) or (
            said is not None and said.split()[0] in _HOLDERS
        )
        for relation in found:
            kept = relation.negated or relation.rejected or (reported and not relation.hedged)
            if said is None or kept:
                result.append(relation)
            else:
                cues = (*relation.hedge_cues, said)
                result.append(replace(relation, rejected=True, hedged=False, hedge_cues=cues))
    return result


_OPPOSITE = {"supports": "hinders", "hinders": "supports"}


def contradicted(
    text: str,
    sentences: Sequence[Sentence],
    relations: list[Relation],
    words: Words,
    families: dict[str, str],
) -> list[Relation]:
    """The relations, with a reported claim marked rejected when the next sentence opens with
    a turn to what is so ("in fact", "in reality") and firmly says the opposite of the same
    two concepts: "Many believe that targets harm safety. In fact, targets improve safety."
    (A reported claim the author then contradicts was put forward to be knocked down.)"""
    following = dict(pairwise(sentences))
    firm: dict[Sentence, set[tuple[str, str, str]]] = {}
    for relation in relations:
        if not (relation.hedged or relation.negated or relation.rejected):
            family = families.get(relation.predicate)
            if family in _OPPOSITE:
                pair = (relation.subject, family, relation.object)
                firm.setdefault(relation.sentence, set()).add(pair)
    result = []
    for relation in relations:
        after = following.get(relation.sentence)
        family = families.get(relation.predicate)
        opposite = (relation.subject, _OPPOSITE.get(family or "", ""), relation.object)
        if (
            relation.hedged
            and not (relation.negated or relation.rejected)
            and after is not None
            and opposite in firm.get(after, set())
            and _turns_to_fact(text[after.begin : after.end], words)
        ):
            cues = (*relation.hedge_cues, "contradicted")
            relation = replace(relation, rejected=True, hedged=False, hedge_cues=cues)
        result.append(relation)
    return result


def _turns_to_fact(sentence: str, words: Words) -> bool:
    """Whether a sentence opens with a turn to what is so: "In fact,", "In reality,",
    "Actually,", "The truth is that"."""
    tokens = _WORD.findall(sentence.lower())[:4]
    return any(" ".join(tokens[:size]) in words["fact_openers"] for size in (1, 2, 3, 4))

