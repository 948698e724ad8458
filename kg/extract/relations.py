"""Relations a sentence asserts: a cue phrase with a concept on each side, in one clause.

For each cue the subject is the nearest concept on its left and the object the nearest on its
right (swapped for "reverse" cues and passives), within a few words and never across a clause
boundary (";", a dash, "whereas", "but"...). Some English constructions move the real argument:
  - coordination: "X and Y improve Z" relates both X and Y;
  - a head noun with a prepositional phrase: "dialogue between doctors and managers is
    critical to..." has "dialogue" as its subject, not "managers";
  - "the value of autonomy": a category followed by "of" and one of its members means the member;
  - "require doctors to take on leadership roles": the object is what follows "to";
  - ", enabling ...": a participle after a comma takes the clause's first concept as subject;
  - "conflicts with X and impedes Y": coordinated verbs share their subject;
  - "such training", "these networks": the concept named shortly before with that head noun;
  - "it conflicts with", "they rely on": a personal pronoun just before a cue stands for the
    nearest concept before it that agrees in number (the first of its sentence after "and" or
    a comma, which opens a parallel clause; the first of the sentence before if none).
Any other pronoun next to the cue ("this conflicts with") is the argument: no farther concept
is taken.
Negation and hedging words in the clause (at most 1000 characters before the cue) become flags;
the confidence falls with distance, hedging and every construction that had to be guessed.
Each cue's work is bisection over the sentence's offsets, so a sentence of any length (a PDF
that lost its full stops) costs time linear in its length.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kg.extract.cues import ANY_WORDS, Cue, CueSet, Settings
from kg.extract.mentions import overlaps, sentence_finder
from kg.lexicon import Lexicon, lower_keeping_offsets, trie_pattern
from kg.model import Mention, Relation, Sentence
from kg.namespaces import HLKG

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|n't")
_CONJUNCTION = r"(?:and|or|nor|as well as|&|but\s+also)\s+(?:also\s+)?"
_NOT_ONLY = re.compile(r"(?<![^\W_])not\s+(?:only|just|merely|simply)(?![^\W_])")
"""After "not only ...", "but (also)" continues the clause: "improves not only A but also B"."""
_DETERMINER = r"(?:(?:the|a|an|its|their|our)\s+)?"


def _coordination(light_nouns: Sequence[str]) -> re.Pattern[str]:
    """The gap between two coordinated concepts: ", ", " and ", " and the ", and, with a
    light noun that only carries the concept after it, " and the use of "."""
    light = "|".join(r"\s+".join(map(re.escape, noun.split())) for noun in light_nouns)
    carrier = rf"(?:(?:{light})\s+(?:the\s+)?)?" if light else ""
    return re.compile(
        rf"\s*(?:,\s*)?(?:{_CONJUNCTION}(?:both\s+)?{_DETERMINER}{carrier}|(?:both\s+)?)", re.I
    )


_PREPOSITION_GAP = re.compile(
    r"\s+(?:between|of|among|amongst|by|with|within|in|for|from|across|at|on|about)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|its\s+)?",
    re.I,
)
_OTHER_HEAD = re.compile(
    r"(?<![^\W_])([^\W\d_]+)\s+(of|between|among|amongst)\s+" + _DETERMINER + "$"
)
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_PARTICIPLE_BY = re.compile(
    r"\s+(?:[^\W\d_]+ly\s+)?(?!(?:and|or|but|nor|not|also|only|as|is|are|was|were|be|been)\s)"
    r"[^\W\d_]+\s+by\s+" + _DETERMINER,
    re.I,
)
"""Between two concepts, a participle and its agent: "targets imposed by government"."""
_RELATIVE_PRONOUN = re.compile(r"[^\W\d_]+\s+(?:that|which|who|whom|whose)\s", re.I)
"""A noun and a relative pronoun: "requires time that doctors may not have"."""
_TO_VERB = re.compile(
    r"(?:\s+being|\s+are|\s+is|\s+able|\s+prepared|\s+willing|\s+ready)*"
    r"\s+(?:to|from(?=\s+[^\W\d_]+ing(?![^\W_])))\s+",
    re.I,
)
"""Between an object and what it is to do: "require doctors to take on leadership roles",
"discourage clinicians from entering management" (the real object follows)."""
_REPEATED_PREPOSITION = re.compile(r"\s+and\s+(?:on|upon|to|for|from|by|with|in)\s+", re.I)
_CAPITAL_BREAK = re.compile(r"\s+(?=[A-Z][a-z])")
"""A layout break where a lower-case letter precedes (checked on each match: an expression
that starts with its space scans far faster than one that starts with a look-behind)."""
_NAME_PAIR = re.compile(r"[A-Z][a-z]+\s+(?:[A-Z][a-z]*|of\b)")
_STARTS_CLAUSE = re.compile(
    r"\s+(?:is|are|was|were|have|has|had|will|would|can|could|may|might|should|must|do|does|"
    r"did)(?![^\W_])",
    re.I,
)
_APPOSITIVE = re.compile(
    r"\((?:including|includes|such as|e\.g\.,?|for example|notably|especially|mainly|mostly)"
    r"\s[^()]*\)"
)
_NEW_CLAUSE = re.compile(r",\s+(?:and|or|but|so)\s", re.I)
_INTERRUPTION = re.compile(
    r",\s+(?:[^\W\d_]+\s+)?(?:when|if|although|though|while|whilst|because|since|unless)"
    r"(?![^\W_])[^,;:()]*,"
)
_COMMA = re.compile(",")
_SPACE = re.compile(r"\s+")
_MEASURE = re.compile(
    r"\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"a\s+third|a\s+quarter|half|a\s+half|a\s+fifth|a\s+tenth)(?![^\W_]))"
)
_COMMA_CONJUNCTION = re.compile(r"\s*,\s*(?:and|or|but)\s", re.I)
"""", and" joins a list's last item ("A, B, and C") or starts a new clause ("X, and Y ...")."""
_PARALLEL_OPENER = re.compile(r"(?:,|(?<![^\W_])(?:and|but|or|yet))\s*$")
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])
_PREPOSITION_WORDS = frozenset(
    ["of", "for", "in", "between", "with", "to", "on", "by", "within", "among", "from", "about"]
)
_CONJUNCTION_BEFORE = re.compile(r"\s*(?:,\s*)?(?:and|or|but)\s+(?:also\s+)?", re.I)
_VERB_COORDINATION = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}\s*,?\s*(?:and|or|but)\s+(?:also\s+)?(?:[^\W\d_]+ly\s+)?", re.I
)

ACTOR = HLKG + "Actor"
DISTANCE_PENALTY = 0.03
HEDGE_FACTOR = 0.8
GUESS_FACTOR = 0.85
ANAPHORA_FACTOR = 0.85
REGION_REACH = 1000
"""Negation and hedging words count in the cue's clause, but at most this many characters
before the cue: a "clause" longer than that is text without punctuation (a badly extracted
PDF), and scanning it whole for every cue made such a sentence cost quadratic time."""


@dataclass(frozen=True, slots=True)
class _Side:
    mentions: tuple[Mention, ...]
    gap_words: int
    guessed: bool


@dataclass(frozen=True, slots=True)
class _Marks:
    """Negation and hedging words and phrases of one sentence, each as (begin, end, text) in
    text order, found once so that each relation only bisects for those of its region."""

    negation_words: list[tuple[int, int, str]]
    negation_phrases: list[tuple[int, int, str]]
    hedge_phrases: list[tuple[int, int, str]]
    hedge_words: list[tuple[int, int, str]]

    @staticmethod
    def within(marks: list[tuple[int, int, str]], begin: int, end: int) -> list[str]:
        """The texts of the marks that lie wholly in [begin, end)."""
        index = bisect.bisect_left(marks, (begin,))
        found = []
        while index < len(marks) and marks[index][0] < end:
            if marks[index][1] <= end:
                found.append(marks[index][2])
            index += 1
        return found

    def negations(self, begin: int, end: int) -> list[str]:
        found = self.within(self.negation_words, begin, end)
        found += self.within(self.negation_phrases, begin, end)
        return list(dict.fromkeys(found))

    def hedges(self, begin: int, end: int) -> list[str]:
        found = self.within(self.hedge_phrases, begin, end)
        covered = " ".join(found)
        found += [w for w in self.within(self.hedge_words, begin, end) if w not in covered]
        return list(dict.fromkeys(found))


class RelationFinder:
    """Finds relations in one document at a time; holds nothing but the compiled data."""

    def __init__(self, lexicon: Lexicon, cues: CueSet) -> None:
        self.lexicon = lexicon
        self.cues = cues
        self.settings: Settings = cues.settings
        self._categories = _categories(lexicon)
        self._heads = lexicon.heads()
        # Factored like the lexicon (a trie), because it runs over every character of the text.
        marks = trie_pattern([re.escape(ch) for ch in mark] for mark in self.settings.clause_marks)
        words = trie_pattern([re.escape(ch) for ch in word] for word in self.settings.clause_words)
        self._boundary = re.compile(rf"{marks}|(?<![^\W_]){words}(?![^\W_])")
        determiners = "|".join(sorted(map(re.escape, self.settings.anaphora_determiners)))
        # No leading word-start test (see _word_starts): the engine skips to the determiners.
        self._anaphor = re.compile(rf"(?:{determiners})\s+([^\W\d_]+)(?![^\W_])")
        self._ancestors = {concept: lexicon.ancestors(concept) for concept in lexicon.labels}
        self._coordination = _coordination(self.settings.light_nouns)
        self._light_nouns = frozenset(" ".join(noun.split()) for noun in self.settings.light_nouns)
        personal = sorted(self.settings.singular_pronouns | self.settings.plural_pronouns)
        self._personal = re.compile(
            rf"(?<![^\W_])(?:{'|'.join(map(re.escape, personal)) or '(?!)'})(?![^\W_])"
        )
        self._label_keys = frozenset(
            " ".join(label.split()).casefold()
            for labels in lexicon.labels.values()
            for label in labels
        )
        self._pronoun_begins: frozenset[int] = frozenset()
        # One pass per sentence finds the negations (phrases, then words; an exception such
        # as "not only" is taken first and dropped), one more the hedges.
        self._negation_marks = _marks_pattern(
            self.settings.negation_exceptions,
            self.settings.negation_phrases,
            self.settings.negation_words,
        )
        self._hedge_marks = _marks_pattern(
            (), self.settings.hedge_phrases, self.settings.hedge_words
        )
        self._anaphoric: frozenset[tuple[int, int]] = frozenset()
        # Each frame also without its leading word-start test, which keeps Python's engine from
        # skipping ahead to the frame's first letters: the scan then runs several times faster.
        self._frame_patterns = [
            (cue, pattern, _without_word_start(pattern)) for cue, pattern in self.cues.frames
        ]
        # Per-document state, reset by find().
        self._text = ""
        self._appositive: frozenset[int] = frozenset()
        self._mention_starts: set[int] = set()
        self._frames: dict[Sentence, list[tuple[Cue, re.Match[str]]]] = {}
        self._clauses: dict[Sentence, tuple[list[int], list[int], list[int]]] = {}
        self._marks: dict[Sentence, _Marks] = {}
        self._cue_starts: list[int] = []
        # Per-sentence state, set by _sentence(): offsets to bisect instead of scanning, so that
        # the work per cue does not grow with the sentence's length.
        self._begins: list[int] = []
        self._ends: list[int] = []
        self._free_cue_starts: list[int] = []
        self._interruptions: list[tuple[int, int]] = []
        self._interruption_ends: list[int] = []
        self._commas: list[int] = []

    # -- the document ----------------------------------------------------------------------

    def find(
        self, text: str, sentences: Sequence[Sentence], mentions: Sequence[Mention]
    ) -> list[Relation]:
        lowered = lower_keeping_offsets(text)
        self._text = text
        starts = {m.begin for m in mentions}
        # "the leaders (including clinicians and managers) have ...": the bracketed members
        # stand for the group, so these brackets do not end the clause.
        self._appositive = frozenset(
            position
            for found in _APPOSITIVE.finditer(lowered)
            for position in (found.start(), found.end() - 1)
        )
        self._cue_starts = []
        self._mention_starts = starts
        self._clauses = {}
        self._marks = {}
        spans = [(m.begin, m.end) for m in mentions]
        begins = [m.begin for m in mentions]
        find_sentence = sentence_finder(sentences)
        by_sentence: dict[Sentence, list[tuple[int, int, Cue]]] = {}
        for found in self.cues.finditer(lowered):
            begin, end = found.span()
            cue = self.cues.cue_of(found)
            if _within_mention(spans, begins, begin, end):
                continue
            if cue.kind == "verb" and not cue.passive and self._noun_use(lowered, begin):
                continue
            if cue.passive and _MEASURE.match(lowered, end):
                continue  # "improved by ten percent": a measure, not an agent
            sentence = find_sentence(begin)
            if sentence is not None and end <= sentence.end:
                by_sentence.setdefault(sentence, []).append((begin, end, cue))
        self._frames = {}
        for cue, pattern, unanchored in self._frame_patterns:
            for match in _finditer_anchored(pattern, unanchored, lowered):
                sentence = find_sentence(match.start())
                if sentence is not None and match.end() <= sentence.end:
                    self._frames.setdefault(sentence, []).append((cue, match))
        # Only sentences with a cue can hold a relation: the rest is not looked at again.
        active = sorted(set(by_sentence) | set(self._frames), key=lambda s: s.begin)
        anaphors = self._anaphors(text, lowered, sentences, mentions, active)
        pronouns = self._pronoun_subjects(text, lowered, sentences, mentions, by_sentence)
        self._pronoun_begins = frozenset(m.begin for m in pronouns)
        anaphors.extend(pronouns)
        self._anaphoric = frozenset((m.begin, m.end) for m in anaphors)
        arguments = sorted([*mentions, *anaphors], key=lambda m: m.begin)
        arguments = [
            m for m in arguments if m.concept not in self._categories or " " in m.surface.strip()
        ]
        arg_begins = [m.begin for m in arguments]
        relations: dict[tuple[str, str, str, Sentence], Relation] = {}
        for sentence in active:
            lo = bisect.bisect_left(arg_begins, sentence.begin)
            hi = bisect.bisect_left(arg_begins, sentence.end)
            in_sentence = arguments[lo:hi]
            if len(in_sentence) < 2:
                continue
            found_here = self._sentence(text, lowered, sentence, in_sentence, by_sentence)
            for relation in found_here:
                key = (relation.subject, relation.predicate, relation.object, sentence)
                if key not in relations or relation.confidence > relations[key].confidence:
                    relations[key] = relation
        return sorted(
            relations.values(),
            key=lambda r: (r.cue_begin, r.subject_mention.begin, r.object_mention.begin),
        )

    def _sentence(
        self,
        text: str,
        lowered: str,
        sentence: Sentence,
        mentions: list[Mention],
        by_sentence: dict[Sentence, list[tuple[int, int, Cue]]],
    ) -> list[Relation]:
        found: list[Relation] = []
        previous: tuple[int, _Side] | None = None  # where the last cue's object ended, its left
        last_cue_end: int | None = None
        cue_spans = by_sentence.get(sentence, [])
        self._cue_starts = [begin for begin, _, _ in cue_spans]
        self._free_cue_starts = [
            start for start in self._cue_starts if lowered[max(0, start - 3) : start] != "to "
        ]
        self._begins = [m.begin for m in mentions]
        self._ends = [m.end for m in mentions]
        # Arguments never overlap (mentions do not, anaphors lie outside them), so the ends are
        # sorted like the begins and both can be bisected.
        self._interruptions = [
            found.span() for found in _INTERRUPTION.finditer(lowered, sentence.begin, sentence.end)
        ]
        self._interruption_ends = [stop for _, stop in self._interruptions]
        self._commas = [
            found.start() for found in _COMMA.finditer(lowered, sentence.begin, sentence.end)
        ]
        for begin, end, cue in cue_spans:
            clause = self._clause(lowered, sentence, begin, end)
            if (
                previous is not None
                and not cue.passive
                and previous[0] <= begin
                and _VERB_COORDINATION.fullmatch(lowered[previous[0] : begin])
            ):
                left = previous[1]  # "conflicts with X and impedes Y": the same subject
            else:
                left = self._left(lowered, clause, mentions, begin, end, cue, sentence)
                if (
                    left.mentions
                    and last_cue_end is not None
                    and min(m.begin for m in left.mentions) >= last_cue_end
                    and _CONJUNCTION_BEFORE.fullmatch(
                        lowered, max(m.end for m in left.mentions), begin
                    )
                ):
                    # "... which conflicts with values and impedes change": the concept
                    # between two coordinated verbs is the first one's object, not the
                    # second one's subject.
                    left = _Side((), 0, False)
            right = self._right(lowered, clause, mentions, end)
            subjects, objects = (right, left) if cue.reverse else (left, right)
            if subjects.mentions and objects.mentions:
                found.extend(
                    self._relations(
                        text, lowered, sentence, clause, cue, begin, end, subjects, objects
                    )
                )
            last_cue_end = end
            if left.mentions and not cue.reverse and not cue.passive:
                object_end = max((m.end for m in right.mentions), default=end)
                previous = (object_end, left)
            else:
                previous = None
        for cue, match in self._frames.get(sentence, ()):
            subject = self._first_within(mentions, *match.span("subject"))
            obj = self._first_within(mentions, *match.span("object"))
            if subject is not None and obj is not None:
                clause = self._clause(lowered, sentence, match.start(), match.end())
                found.extend(
                    self._relations(
                        text,
                        lowered,
                        sentence,
                        clause,
                        cue,
                        match.start(),
                        match.end(),
                        _Side((subject,), 0, False),
                        _Side((obj,), 0, False),
                    )
                )
        return found

    # -- arguments -------------------------------------------------------------------------

    def _clause(self, lowered: str, sentence: Sentence, begin: int, end: int) -> tuple[int, int]:
        b_starts, b_ends, breaks = self._sentence_marks(lowered, sentence)
        start = sentence.begin
        index = bisect.bisect_right(b_ends, begin) - 1
        if index >= 0:
            start = max(start, b_ends[index])
        stop = sentence.end
        index = bisect.bisect_left(b_starts, end)
        if index < len(b_starts):
            stop = min(stop, b_starts[index])
        # A capitalised word after a lower-case one starts a run-in heading or a key-points
        # line that the page's layout, not punctuation, separated ("... healthcare Many ...").
        index = bisect.bisect_right(breaks, begin) - 1
        if index >= 0 and breaks[index] > start:
            start = breaks[index]
        index = bisect.bisect_left(breaks, end)
        if index < len(breaks) and breaks[index] < stop:
            stop = breaks[index]
        return start, stop

    def _sentence_marks(
        self, lowered: str, sentence: Sentence
    ) -> tuple[list[int], list[int], list[int]]:
        """The starts and ends of the clause boundaries and the layout breaks of one sentence
        (computed once, sorted: the boundaries do not overlap)."""
        cached = self._clauses.get(sentence)
        if cached is None:
            boundaries = [
                found.span()
                for found in self._boundary.finditer(lowered, sentence.begin, sentence.end)
                if found.start() not in self._appositive
                and not (
                    found.group() == "but"
                    and _NOT_ONLY.search(
                        lowered, max(sentence.begin, found.start() - 200), found.start()
                    )
                )
            ]
            text = self._text
            breaks = [
                found.end()
                for found in _CAPITAL_BREAK.finditer(text, sentence.begin, sentence.end)
                if found.start() > 0
                and "a" <= text[found.start() - 1] <= "z"
                and found.end() not in self._mention_starts
                and not _proper_name_follows(text, found.end())
            ]
            cached = self._clauses[sentence] = (
                [b_start for b_start, _ in boundaries],
                [b_end for _, b_end in boundaries],
                breaks,
            )
        return cached

    def _gap_words(self, gap: str) -> list[str]:
        transparent = self.settings.transparent
        return [w for w in _WORD.findall(gap) if w not in transparent]

    def _left(
        self,
        lowered: str,
        clause: tuple[int, int],
        mentions: list[Mention],
        begin: int,
        end: int,
        cue: Cue,
        sentence: Sentence,
    ) -> _Side:
        # The candidates are mentions[lo:hi]: in the clause, ending before the cue.
        lo = bisect.bisect_left(self._begins, clause[0])
        hi = bisect.bisect_right(self._ends, begin)
        skipped = (begin, begin)
        # "Heavy performance management, especially when it is driven by targets, tends to
        # undermine trust": a subordinate clause between commas interrupts the main clause,
        # whose subject stands before it.
        index = bisect.bisect_right(self._interruption_ends, begin) - 1
        if index >= 0 and not _any_within(self._commas, self._interruption_ends[index], begin):
            skipped = self._interruptions[index]
            outer = self._clause(lowered, sentence, skipped[0], skipped[0] + 1)[0]
            mentions = [
                *mentions[
                    bisect.bisect_left(self._begins, outer) : bisect.bisect_right(
                        self._ends, skipped[0]
                    )
                ],
                *mentions[
                    bisect.bisect_left(self._begins, skipped[1]) : bisect.bisect_right(
                        self._ends, begin
                    )
                ],
            ]
            lo, hi = 0, len(mentions)
            clause = (outer, clause[1])
        if lo >= hi:
            return _Side((), 0, False)
        # ", enabling ...": the participle's subject is the clause's subject.
        if (
            cue.kind == "verb"
            and lowered[begin:end].split()[0].endswith("ing")
            and _last_visible(lowered, clause[0], begin) == ","
        ):
            first = mentions[lo]
            if _words_up_to(lowered, clause[0], first.begin, 3) <= 2:
                return _Side(self._coordinated_right(lowered, mentions, lo, begin), 0, True)
        nearest = mentions[hi - 1]
        # (Without an interruption `skipped` is the empty span at the cue: search from the
        # concept, not from the cue, or the test never looks at anything.)
        after = max(nearest.end, skipped[1]) if skipped[0] < begin else nearest.end
        if _any_within(self._cue_starts, nearest.end, begin) or _NEW_CLAUSE.search(
            lowered, after, begin
        ):
            # Another cue stands between: "X enabled teams to improve Y" - X did not improve.
            return _Side((), 0, False)
        gap = lowered[nearest.end : begin]
        if nearest.end <= skipped[0]:
            gap = lowered[nearest.end : skipped[0]] + " " + lowered[skipped[1] : begin]
        words = self._gap_words(gap)
        raw = _WORD.findall(gap)
        if raw and raw[0] in ("who", "which", "that"):
            raw = raw[1:]
        if any(w in self.settings.pronouns for w in raw):
            return _Side((), 0, False)
        if len(words) > self.settings.subject_words:
            # Far from the cue, but opening the clause: the clause's grammatical subject
            # ("Redefining professionalism to ..., would improve ..."), when a verb follows.
            first = mentions[lo]
            if cue.kind == "verb" and _words_up_to(lowered, clause[0], first.begin, 2) <= 1:
                return _Side(
                    self._coordinated_right(lowered, mentions, lo, begin), len(words), True
                )
            return _Side((), 0, False)
        index = hi - 1
        chosen = [nearest]
        while index > lo and mentions[index].begin not in self._pronoun_begins:
            gap = lowered[mentions[index - 1].end : mentions[index].begin]
            if not self._coordination.fullmatch(gap) or not gap.strip():
                break
            if _COMMA_CONJUNCTION.match(gap) and not (
                index - 2 >= lo
                and "," in (earlier := lowered[mentions[index - 2].end : mentions[index - 1].begin])
                and self._coordination.fullmatch(earlier)
            ):
                break  # "integral to the work of X, and audit is ...": a new clause
            index -= 1
            chosen.insert(0, mentions[index])
        guessed = len(chosen) > 1
        if index > lo:
            head = mentions[index - 1]
            gap = lowered[head.end : mentions[index].begin]
            # "dialogue between doctors and managers": the head noun before the preposition;
            # "targets imposed by government undermine trust": the noun the participle
            # describes, not its agent.
            if _PREPOSITION_GAP.fullmatch(gap) or _PARTICIPLE_BY.fullmatch(gap):
                return _Side((head,), len(words), True)
        return _Side(tuple(chosen), len(words), guessed)

    def _right(
        self, lowered: str, clause: tuple[int, int], mentions: list[Mention], end: int
    ) -> _Side:
        # The candidates are mentions[lo:hi]: after the cue, ending inside the clause.
        lo = bisect.bisect_left(self._begins, end)
        hi = bisect.bisect_right(self._ends, clause[1])
        if lo >= hi:
            return _Side((), 0, False)
        nearest = mentions[lo]
        # A cue (not after "to ") that starts after this one's end, before the concept.
        if _any_within(self._free_cue_starts, end + 1, nearest.begin) or _NEW_CLAUSE.search(
            lowered, end, nearest.begin
        ):
            # "encourages reflection, and revalidation ...", "damages morale and undermines
            # quality": the concept belongs to another clause or another cue.
            return _Side((), 0, False)
        gap = lowered[end : nearest.begin]
        if self._modifies_other_noun(lowered, end, nearest.begin):
            return _Side((), 0, False)  # "resolved the tension between managers and ..."
        if _RELATIVE_PRONOUN.search(gap):
            return _Side((), 0, False)  # "requires time that doctors may not have"
        words = self._gap_words(gap)
        raw = _WORD.findall(gap)
        pronoun = [i for i, w in enumerate(raw) if w in self.settings.pronouns]
        if pronoun and raw[pronoun[-1] + 1 : pronoun[-1] + 2] != ["to"]:
            return _Side((), 0, False)
        if len(words) > self.settings.object_words:
            return _Side((), 0, False)
        guessed = False
        index = lo
        # "the key value of autonomy": a category, then one of its members.
        if (
            hi - lo > 1
            and _OF_GAP.fullmatch(lowered[nearest.end : mentions[lo + 1].begin])
            and nearest.concept in self._ancestors.get(mentions[lo + 1].concept, ())
        ):
            index = lo + 1
        chosen = self._coordinated_right(lowered, mentions, index, clause[1])
        # "require doctors to take on leadership roles": the object is the infinitive's.
        # The later candidates are mentions[later:hi].
        last = chosen[-1]
        later = bisect.bisect_left(self._begins, last.end, lo, hi)
        # Step over the object's own modifiers: "a partnership between doctors and managers".
        while later < hi and _PREPOSITION_GAP.fullmatch(lowered[last.end : mentions[later].begin]):
            attached = self._coordinated_right(lowered, mentions, later, clause[1])
            last = attached[-1]
            later += len(attached)
        if later < hi and not _REPEATED_PREPOSITION.match(
            lowered[last.end : mentions[later].begin]
        ):
            last = chosen[-1]
            later = bisect.bisect_left(self._begins, last.end, lo, hi)
        if later < hi:
            after = lowered[last.end : mentions[later].begin]
            to = _TO_VERB.match(after)
            again = _REPEATED_PREPOSITION.match(after)
            if again is not None and len(self._gap_words(after[again.end() :])) <= 2:
                # "dependent on A and on B": B is an object too.
                more = self._right(
                    lowered, (again.end() + last.end, clause[1]), mentions, again.end() + last.end
                )
                if more.mentions:
                    return _Side((*chosen, *more.mentions), len(words), True)
            if to is not None and len(self._gap_words(after[to.end() :])) <= 3:
                chosen = self._coordinated_right(lowered, mentions, later, clause[1])
                guessed = True
        return _Side(tuple(chosen), len(words), guessed or len(chosen) > 1)

    def _coordinated_right(
        self, lowered: str, candidates: list[Mention], index: int, limit: int
    ) -> tuple[Mention, ...]:
        chosen = [candidates[index]]
        while index + 1 < len(candidates) and candidates[index + 1].end <= limit:
            following = candidates[index + 1]
            gap = lowered[candidates[index].end : following.begin]
            if not gap.strip() or not self._coordination.fullmatch(gap):
                break
            if _COMMA_CONJUNCTION.match(gap) and not (
                len(chosen) > 1 and "," in lowered[candidates[index - 1].end : chosen[-1].begin]
            ):
                break  # "improves X, and Y reduces Z": a new clause, not a list "A, B, and C"
            if following.begin in self._pronoun_begins:
                break  # "... care and it undermines trust": the pronoun starts a clause
            if _STARTS_CLAUSE.match(lowered, following.end):
                break  # "... skills and doctors are often not prepared": a new clause
            index += 1
            chosen.append(following)
        return tuple(chosen)

    def _modifies_other_noun(self, lowered: str, start: int, begin: int) -> bool:
        """Whether the concept at `begin` follows "<noun> of/between" (after `start`), a noun
        that is neither a concept nor a light noun: the concept only modifies that noun."""
        found = _OTHER_HEAD.search(lowered, max(start, begin - 40), begin)
        if found is None:
            return False
        return f"{found.group(1)} {found.group(2)}" not in self._light_nouns

    def _first_within(self, mentions: list[Mention], begin: int, end: int) -> Mention | None:
        """The first mention inside [begin, end), if any."""
        index = bisect.bisect_left(self._begins, begin)
        if index < len(mentions) and mentions[index].end <= end:
            return mentions[index]
        return None

    def _noun_use(self, lowered: str, begin: int) -> bool:
        """Whether the verb cue at `begin` is used as a noun ("the support of") or, in -ed, as
        an adjective ("with limited accountability")."""
        before = _WORD.findall(lowered[max(0, begin - 20) : begin])
        if not before:
            return False
        if before[-1] in self.settings.noun_before:
            return True
        if before[-1] in self.settings.adjective_before:
            found = _WORD.match(lowered, begin)
            return found is not None and found.group().endswith("ed")
        return False

    def _anaphors(
        self,
        text: str,
        lowered: str,
        sentences: Sequence[Sentence],
        mentions: Sequence[Mention],
        active: Sequence[Sentence],
    ) -> list[Mention]:
        """ "such training" -> the concept named in the last few sentences whose label's head
        noun is "training"; only for relation arguments, never reported as mentions."""
        if not mentions:
            return []
        begins = [m.begin for m in mentions]
        spans = [(m.begin, m.end) for m in mentions]
        sentence_begins = [s.begin for s in sentences]
        by_concept: dict[str, list[int]] = {}
        for position, mention in enumerate(mentions):
            by_concept.setdefault(mention.concept, []).append(position)
        find_sentence = sentence_finder(sentences)
        found = []
        matches = (m for s in active for m in _word_starts(self._anaphor, lowered, s.begin, s.end))
        for match in matches:
            noun_begin, noun_end = match.span(1)
            concepts = self._heads.get(match.group(1))
            if not concepts or overlaps(spans, begins, noun_begin, noun_end):
                continue
            sentence = find_sentence(noun_begin)
            if sentence is None:
                continue
            index = bisect.bisect_left(sentence_begins, sentence.begin)
            earliest = sentences[max(0, index - self.settings.anaphora_sentences)].begin
            # The nearest earlier mention of one of the concepts, found per concept by
            # bisection rather than by walking back over every mention in between.
            before = bisect.bisect_left(begins, match.start())
            nearest = -1
            for concept in concepts:
                positions = by_concept.get(concept)
                if positions:
                    at = bisect.bisect_left(positions, before) - 1
                    if at >= 0 and positions[at] > nearest:
                        nearest = positions[at]
            if nearest >= 0 and mentions[nearest].begin >= earliest:
                found.append(
                    Mention(
                        mentions[nearest].concept,
                        noun_begin,
                        noun_end,
                        text[noun_begin:noun_end],
                        sentence,
                    )
                )
        return found

    def _pronoun_subjects(
        self,
        text: str,
        lowered: str,
        sentences: Sequence[Sentence],
        mentions: Sequence[Mention],
        by_sentence: dict[Sentence, list[tuple[int, int, Cue]]],
    ) -> list[Mention]:
        """ "it conflicts with": the pronoun before a cue, as a mention of the concept it stands
        for (see the module's docstring); only for relation arguments, never reported."""
        if not mentions or not (self.settings.singular_pronouns or self.settings.plural_pronouns):
            return []
        begins = [m.begin for m in mentions]
        sentence_begins = [s.begin for s in sentences]
        found: dict[int, Mention] = {}
        for sentence, cues in by_sentence.items():
            lo = bisect.bisect_left(begins, sentence.begin)
            at = bisect.bisect_left(sentence_begins, sentence.begin) - 1
            # The sentence before, its first concept first (the likeliest topic).
            first = bisect.bisect_left(begins, sentences[at].begin) if at >= 0 else lo
            before = mentions[first:lo]
            for begin, end, cue in cues:
                candidates: Sequence[Mention] = ()
                pronoun = self._pronoun_before(lowered, sentence.begin, begin, cue)
                if pronoun is not None:
                    here = mentions[lo : bisect.bisect_left(begins, pronoun.start())]
                    if not _PARALLEL_OPENER.search(
                        lowered, max(sentence.begin, pronoun.start() - 8), pronoun.start()
                    ):
                        here = here[::-1]  # the nearest first
                    candidates = (*here, *before)
                else:
                    pronoun = self._pronoun_after(lowered, end, sentence.end, cue)
                    if pronoun is not None:
                        # An object pronoun never stands for its verb's subject, the nearest
                        # concept before the cue ("respect can overcome it" is not respect).
                        # Only in its own sentence: across sentences, a nearer plain noun
                        # ("the challenges ... tackling them") is likelier than a concept.
                        here = mentions[lo : max(lo, bisect.bisect_left(begins, begin) - 1)]
                        candidates = here[::-1]
                if pronoun is None or pronoun.start() in found:
                    continue
                plural = pronoun.group() in self.settings.plural_pronouns
                concept = next(
                    (c for c in (self._agreeing(m, plural) for m in candidates) if c is not None),
                    "",
                )
                if concept:
                    found[pronoun.start()] = Mention(
                        concept, *pronoun.span(), text[pronoun.start() : pronoun.end()], sentence
                    )
        return sorted(found.values(), key=lambda m: m.begin)

    def _pronoun_after(
        self, lowered: str, cue_end: int, sentence_end: int, cue: Cue
    ) -> re.Match[str] | None:
        """The personal pronoun right after an active, finite verb cue: its object ("overcome
        it"). Not after a participle ("protects autonomy rather than threatening it"), whose
        subject is left unsaid."""
        if cue.kind != "verb" or cue.passive or lowered.endswith("ing", 0, cue_end):
            return None
        found = self._personal.match(lowered, cue_end + 1, sentence_end)
        if found is None or lowered[cue_end : found.start()].strip():
            return None
        return found

    def _pronoun_before(
        self, lowered: str, sentence_begin: int, cue_begin: int, cue: Cue
    ) -> re.Match[str] | None:
        """The personal pronoun that the cue follows with at most three transparent words,
        adverbs in -ly or negations between ("it rarely improves", "it does not support"),
        unless it is the empty "it" of "it is essential to ..." (a phrase cue)."""
        start = max(sentence_begin, cue_begin - 60)
        if self._personal.search(lowered, start, cue_begin) is None:
            return None  # the common case, found without splitting the words
        words = list(_WORD.finditer(lowered, start, cue_begin))
        skipped: list[str] = []
        settings = self.settings
        while words and len(skipped) < 3:
            word = words[-1].group()
            if not (
                word in settings.transparent
                or word in settings.negation_words
                or (word.endswith("ly") and len(word) > 4)
            ):
                break
            skipped.append(words.pop().group())
        if not words:
            return None
        last = words[-1]
        word = last.group()
        if word in self.settings.plural_pronouns:
            return last
        if word in self.settings.singular_pronouns:
            if cue.kind != "verb" and _BE.intersection(skipped):
                return None
            return last
        return None

    def _agreeing(self, mention: Mention, plural: bool) -> str | None:
        """The concept a pronoun stands for if `mention` is its antecedent, "" when the
        antecedent is a bare category (no argument at all), None when they do not agree."""
        surface = " ".join(mention.surface.split())
        if mention.concept in self._categories and " " not in surface:
            return ""
        if self._is_plural(surface) != plural:
            return None
        if plural:
            return mention.concept
        if ACTOR in self._ancestors.get(mention.concept, ()):
            return None  # "it" is never a person or a group of people
        # The nearest noun phrase is the object of a preposition inside the label, when that
        # object names a concept itself: "involvement in management ... it" is management.
        words = surface.split()
        cut = max((i for i, w in enumerate(words) if w.lower() in _PREPOSITION_WORDS), default=-1)
        if 0 < cut < len(words) - 1:
            tail = " ".join(words[cut + 1 :])
            inner = self.lexicon.lookup(tail)
            if (
                inner is not None
                and not self._is_plural(tail)
                and ACTOR not in self._ancestors.get(inner, ())
                and inner not in self._categories
            ):
                return inner
        return mention.concept

    def _is_plural(self, surface: str) -> bool:
        """Whether a surface form is a plural: not a label as written, with a word in -s."""
        if surface.casefold() in self._label_keys:
            return False
        return any(w.endswith("s") and not w.endswith("ss") for w in surface.lower().split())

    # -- the statement ---------------------------------------------------------------------

    def _relations(
        self,
        text: str,
        lowered: str,
        sentence: Sentence,
        clause: tuple[int, int],
        cue: Cue,
        begin: int,
        end: int,
        subjects: _Side,
        objects: _Side,
    ) -> list[Relation]:
        last = max(m.end for m in (*subjects.mentions, *objects.mentions))
        region_start = _region_start(lowered, clause[0], begin)
        stop = max(last, end)
        marks = self._sentence_flags(lowered, sentence)
        hedges = marks.hedges(region_start, stop)
        # A pronoun subject opens its own clause ("have little involvement in management,
        # perceiving that it conflicts with ..."): a negation before it is not this clause's,
        # while a verb of perception or attribution before it governs it.
        pronoun = next(
            (m.begin for m in subjects.mentions if m.begin in self._pronoun_begins), None
        )
        if pronoun is not None and pronoun > region_start:
            region_start = pronoun
        negations = marks.negations(region_start, stop)
        result = []
        for subject in subjects.mentions:
            for obj in objects.mentions:
                if subject.concept == obj.concept:
                    continue
                confidence = cue.confidence * (
                    1 - DISTANCE_PENALTY * (subjects.gap_words + objects.gap_words)
                )
                if hedges:
                    confidence *= HEDGE_FACTOR
                if subjects.guessed or objects.guessed:
                    confidence *= GUESS_FACTOR
                if {(m.begin, m.end) for m in (subject, obj)} & self._anaphoric:
                    confidence *= ANAPHORA_FACTOR
                result.append(
                    Relation(
                        subject=subject.concept,
                        predicate=cue.property,
                        object=obj.concept,
                        sentence=sentence,
                        cue=cue.id,
                        cue_begin=begin,
                        cue_end=end,
                        subject_mention=subject,
                        object_mention=obj,
                        confidence=round(max(0.05, min(0.99, confidence)), 2),
                        negated=bool(negations),
                        hedged=bool(hedges),
                        hedge_cues=tuple(dict.fromkeys([*negations, *hedges])),
                    )
                )
        return result

    def _sentence_flags(self, lowered: str, sentence: Sentence) -> _Marks:
        """The negation and hedging marks of a sentence (computed once; a negation inside an
        exception such as "not only" does not count)."""
        cached = self._marks.get(sentence)
        if cached is None:
            negation_words, negation_phrases = _split_marks(self._negation_marks, lowered, sentence)
            hedge_words, hedge_phrases = _split_marks(self._hedge_marks, lowered, sentence)
            cached = self._marks[sentence] = _Marks(
                negation_words, negation_phrases, hedge_phrases, hedge_words
            )
        return cached


def _marks_pattern(
    exceptions: Sequence[str], phrases: Sequence[str], words: frozenset[str]
) -> re.Pattern[str]:
    """Exceptions (group x), phrases (p) and words (w; "n't" also inside a word, as in
    "doesn't": group n), tried in that order at each place; all factored as tries. No branch
    starts with a look-behind, so that the engine skips to the places where one can start;
    _split_marks checks that a match starts a word."""
    groups = [f"(?P<p>{trie_pattern(_phrase_units(p) for p in sorted(set(phrases)))})"]
    if exceptions:
        groups.insert(
            0, f"(?P<x>{trie_pattern(_phrase_units(p) for p in sorted(set(exceptions)))})"
        )
    plain = trie_pattern([re.escape(ch) for ch in w] for w in sorted(words) if w != "n't")
    tail = "|(?P<n>n't)" if "n't" in words else ""
    return re.compile(
        rf"(?:{'|'.join(groups)})(?![^\W_])|(?P<w>{plain})(?![^\W\d_])(?!'[^\W\d_]){tail}"
    )


def _split_marks(
    pattern: re.Pattern[str], lowered: str, sentence: Sentence
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The words and the phrases `pattern` (see _marks_pattern) finds in a sentence, in
    order, as (begin, end, text); exceptions are dropped."""
    words: list[tuple[int, int, str]] = []
    phrases: list[tuple[int, int, str]] = []
    position, end = sentence.begin, sentence.end
    while (found := pattern.search(lowered, position, end)) is not None:
        start, kind = found.start(), found.lastgroup
        if kind != "n" and start and _continues_word(lowered[start - 1], kind == "w"):
            position = start + 1  # inside a word ("dismay"): look again one further on
            continue
        position = found.end() if found.end() > start else start + 1
        if kind == "p":
            phrases.append((found.start(), found.end(), found.group()))
        elif kind != "x":
            words.append((found.start(), found.end(), found.group()))
    return words, phrases


def _proper_name_follows(text: str, offset: int) -> bool:
    """ "Kaiser Permanente", "Graham Winyard", "School of Medicine": names, not line starts."""
    return _NAME_PAIR.match(text, offset) is not None


def _word_starts(
    pattern: re.Pattern[str], lowered: str, begin: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in lowered[begin:end] that start a word, as finditer would
    give them with a leading word-start test: a match inside a word is skipped by one character."""
    position = begin
    while (found := pattern.search(lowered, position, end)) is not None:
        start = found.start()
        if start and _continues_word(lowered[start - 1], False):
            position = start + 1
            continue
        yield found
        position = found.end() if found.end() > start else start + 1


def _continues_word(before: str, word: bool) -> bool:
    """Whether a match preceded by `before` starts inside a word: for a word as _WORD splits
    ("n't" aside), a letter or an apostrophe; for a phrase, a letter, digit or underscore."""
    if word:
        return before.isalpha() or before == "'"
    return before.isalnum() or before == "_"


def _phrase_units(phrase: str) -> list[str]:
    """A phrase as trie units; a `*` stands for one to four words: "see * as" matches "see
    new management systems as"."""
    units: list[str] = []
    for word in phrase.split():
        if units and units[-1] != ANY_WORDS:
            units.append(r"\s+")
        if word == "*":
            units.append(ANY_WORDS)
        else:
            units.extend(re.escape(ch) for ch in word)
    return units


def _any_within(starts: list[int], begin: int, end: int) -> bool:
    """Whether one of the sorted offsets `starts` lies in [begin, end)."""
    index = bisect.bisect_left(starts, begin)
    return index < len(starts) and starts[index] < end


def _within_mention(spans: list[tuple[int, int]], begins: list[int], begin: int, end: int) -> bool:
    """Whether [begin, end) lies inside one mention ("improving" in "improving services");
    a cue that merely contains a mention ("plays the role of") stays a cue."""
    index = bisect.bisect_right(begins, begin) - 1
    return index >= 0 and spans[index][0] <= begin and end <= spans[index][1]


def _categories(lexicon: Lexicon) -> frozenset[str]:
    """The upper categories (Actor, Role, Practice...): direct children of the root that have
    concepts under them. Texts use their one-word names loosely ("this role", "group
    practice"), so such mentions are never relation arguments; a longer name ("professional
    values") is. A user's leaf concept placed directly under the root is not a category."""
    has_children = {parent for parents in lexicon.parents.values() for parent in parents}
    return frozenset(
        concept
        for concept in lexicon.labels
        if not lexicon.parents.get(concept) and concept in has_children
    )


def _last_visible(lowered: str, begin: int, end: int) -> str:
    """The last non-space character of lowered[begin:end] ("" if none), without copying it."""
    index = end - 1
    while index >= begin and lowered[index].isspace():
        index -= 1
    return lowered[index] if index >= begin else ""


def _words_up_to(lowered: str, begin: int, end: int, limit: int) -> int:
    """How many words lowered[begin:end] holds, counting no further than `limit`."""
    return sum(1 for _ in itertools.islice(_WORD.finditer(lowered, begin, end), limit))


def _region_start(lowered: str, clause_begin: int, cue_begin: int) -> int:
    """Where the negation and hedging words of a cue's clause start counting: the clause's
    start, or the first whole word within REGION_REACH characters of the cue."""
    start = cue_begin - REGION_REACH
    if start <= clause_begin:
        return clause_begin
    space = _SPACE.search(lowered, start, cue_begin)
    return space.end() if space is not None else cue_begin


_WORD_START = r"(?<![^\W_])"


def _without_word_start(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    if not pattern.pattern.startswith(_WORD_START):
        return None
    return re.compile(pattern.pattern[len(_WORD_START) :], pattern.flags)


def _finditer_anchored(
    pattern: re.Pattern[str], unanchored: re.Pattern[str] | None, text: str
) -> Iterator[re.Match[str]]:
    """The same matches as pattern.finditer(text), found through `unanchored` (pattern minus
    its zero-width word-start test): where pattern matches, unanchored does, identically."""
    if unanchored is None:
        yield from pattern.finditer(text)
        return
    position = 0
    while True:
        candidate = unanchored.search(text, position)
        if candidate is None:
            return
        found = pattern.match(text, candidate.start())
        if found is None:
            position = candidate.start() + 1
        else:
            yield found
            position = found.end() if found.end() > found.start() else found.end() + 1
