"""Relations a sentence asserts, read from its dependency parse.

A cue pattern (ontology/cues.toml, compiled by patterns.py) finds the word that carries a
relation and, by dependency paths, its object and sometimes its subject. The rest follows the
grammar, not distances:

- The subject is the clause's own: the cue's nsubj, or found by climbing from the cue word
  through copulas ("X is essential to Y"), "as" phrases ("seeing X as a threat to Y"), light
  verbs ("X poses a threat to Y"), control verbs ("enables doctors to improve Y"), coordinated
  verbs, relative clauses ("X, which improves Y") and participles.
- An argument word stands for the concept mentioned on it; a coordination for each of its
  members; an apposition for its own concept as well; a light noun ("the use of guidelines")
  for its complement; a light head ("accountability systems") for its modifier; a relative
  pronoun for the noun it modifies; a pronoun or "such training" for the concept named before.
  A word that is none of these (a noun the ontology does not name) is no argument.
- A claim's status comes from the words around the cue in the parse (see `_Status`): denied
  ("not", "no", "little", "without", "fail to", "rather than"), rejected ("the idea that ...
  needs to be challenged", "rather than seeing X as Y"), hedged ("may", "seems to", "is seen
  as") or reported ("doctors perceive that ...", "according to managers"), with the holder of
  a reported claim when it is a concept.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from kg.extract.patterns import Cue, CueSet, Pattern, Words
from kg.extract.rebuttals import contradicted, rebuttal, rebutted
from kg.extract.repair import is_plural, misread, with_pronouns
from kg.lexicon import Lexicon, head_index, is_acronym
from kg.model import Mention, Relation, Sentence
from kg.namespaces import HLKG
from kg.text.wordlists import word_list

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_OVERLAP = 4
"""Mentions overlap at most this deep (a label inside a longer one, a second concept)."""
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|n't", re.UNICODE)
_DEFINITE = re.compile(r"\b([^\W\d_]+)\s+([^\W\d_]+)", re.UNICODE)
"""A word and the next: a determiner and its noun ("the networks"), for `_repeats`."""
PARSE_BATCH = 64
"""Sentences per batch of spaCy's parser: 64 to 256 parse equally fast here, 1,000 slower
(bench/bench_stages.py parses alone with the same batches)."""
_CLIMB = 10
"""At most this many steps up the tree from a cue word (parse trees of real sentences are
shallow; the bound keeps a pathological parse from looping)."""
_ACTORS = frozenset(["Actor"])
"""The category whose concepts hold views: a quotation's source may be one of them."""
_SETTING_APART = frozenset([",", "–", "—", "-", ";"])
"""Punctuation before a "not" that sets a phrase against what came before it."""
_INFERRED = 0.9
"""Confidence factor for an argument found through a pronoun or an earlier sentence."""
_HEDGED = 0.8
_BE = frozenset(["be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re"])
_HAVE = frozenset(["have", "has", "had", "having"])
_AUXILIARIES = frozenset(["do", "does", "did", "has", "have", "had", "can", "will", "would"])
_CONCEDING = frozenset(["though", "although", "but", "yet"])
_PARTITIVES = frozenset(["much", "most", "some", "all", "part", "many", "any"])


@dataclass(frozen=True, slots=True)
class _Argument:
    mention: Mention
    inferred: bool = False
    """Found through a pronoun, an anaphor or an earlier sentence."""
    flipped: bool = False
    """Reached through a privative ("a lack of X", "poor X"): the claim is about X's absence."""


@dataclass
class _Status:
    negated: bool = False
    rejected: bool = False
    hedged: bool = False
    unasserted: bool = False
    """The clause is asked about or supposed, not claimed ("whether X improves Y")."""
    cues: list[str] = field(default_factory=list)
    holders: list[Mention] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    """Which flag each cue set, so that a later reading can take it back."""

    def add(self, kind: str, words: str) -> None:
        setattr(self, kind, True)
        words = " ".join(words.split())
        if words not in self.cues:
            self.cues.append(words)
            self.kinds[words] = kind

    def drop(self, kind: str) -> None:
        """Take back a flag and its cues: a report the author rejects is the author's foil,
        not a tentative claim; a denial that is itself denied is no denial."""
        setattr(self, kind, False)
        self.cues = [c for c in self.cues if self.kinds.get(c) != kind]

    def since(self, cues: list[str], hedged: bool) -> None:
        """Undo the hedges added after a snapshot (`cues`, `hedged`)."""
        self.cues = [c for c in self.cues if c in cues or self.kinds.get(c) != "hedged"]
        self.hedged = hedged


class RelationFinder:
    """Finds relations in the parsed sentences of one document at a time."""

    def __init__(
        self,
        lexicon: Lexicon,
        cues: CueSet,
        families: dict[str, str] | None = None,
        signatures: dict[str, tuple[str | None, str | None]] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.cues = cues
        self.signatures = signatures or {}
        """property -> (domain, range) where the ontology narrows them (kg.extract)."""
        self.words: Words = cues.words
        self.families = families or {}
        """property -> its base family: "supports", "hinders", "requires" (see kg.extract)."""
        self._matcher: Any = None
        self._light_nouns = _light_nouns(self.words["light_nouns"])
        self._heads = lexicon.heads()
        self._personal = _under(lexicon, self.words["personal_categories"])
        self._participants = _under(lexicon, self.words["participant_categories"])
        self._outcomes = _under(lexicon, self.words["outcome_categories"])
        self._shell_kinds = self._shell_noun_kinds()
        self._capacities = _with_plurals(self.words["capacity_nouns"])
        self._reporting = self.words["report_verbs"] | self.words["hedge_verbs"]
        """Verbs by which others say or hold a claim ("allege", "is said", "believed")."""
        self._endeavours = word_list("endeavour-nouns", "kg.extract")
        self._introducing = word_list("introducing-verbs", "kg.extract")
        self._noun_families = self._cue_noun_families()
        self._categories: dict[frozenset[str], frozenset[str]] = {}
        self._privatives: dict[tuple[str, str], bool] = {}
        """(surface, concept) -> whether it names the concept's absence (a cache)."""
        self._cause_phrases = frozenset(
            " ".join(w for w in p.split() if w not in ("a", "an", "the"))
            for p in self.words["cause_phrases"]
        )
        self._found: dict[Sentence, list[Relation]] = {}
        """The relations found so far in the document being read, by sentence."""
        self._resolved: dict[Sentence, list[Mention]] = {}
        """The references resolved so far in the document being read, by sentence, whether
        or not a relation came of them ("The networks link ... They ...")."""
        self._verbs = cues.verb_forms - _BE
        """Cue verbs proper: the copula of "is a (role)" carries no clause of its own, and an
        "is" read as an auxiliary is no misreading."""
        self._misreadable = self._verbs | self.words["failing_words"]
        """Verb forms worth a second parse when read as nouns (kg.extract.repair)."""
        self._anaphors = (
            self.words["singular_pronouns"]
            | self.words["plural_pronouns"]
            | self.words["anaphora_determiners"]
        )
        self._side_nouns = self.words["two_sides_nouns"]
        self._side_counts = self.words["two_sides_determiners"]

    def _shell_noun_kinds(self) -> dict[str, frozenset[str]]:
        """Each form of a general noun ("approach", "schemes") -> the concepts it can sum up:
        those under its kind's categories and those named by a label headed by one of its
        kind's nouns (cues.toml's `shell_<kind>` and `shell_<kind>_under` lists)."""
        table: dict[str, frozenset[str]] = {}
        for key, nouns in sorted(self.words.lists.items()):
            if not key.startswith("shell_") or key.endswith("_under"):
                continue
            forms = _with_plurals(nouns)
            concepts = _under(self.lexicon, self.words[f"{key}_under"]) | {
                c for form in forms for c in self._heads.get(form, ())
            }
            for form in forms:
                table[form] = table.get(form, frozenset()) | concepts
        return table

    def _cue_noun_families(self) -> dict[str, str]:
        """Each form of a cue noun -> its relation family, where it has one family only."""
        table: dict[str, set[str]] = {}
        for pattern, spec in self.cues.patterns.values():
            family = self.families.get(pattern.cue.property)
            if pattern.cue.kind == "noun" and family is not None:
                for form in spec[0]["RIGHT_ATTRS"]["LOWER"]["IN"]:
                    table.setdefault(form, set()).add(family)
        return {form: next(iter(f)) for form, f in table.items() if len(f) == 1}

    def under(self, categories: frozenset[str]) -> frozenset[str]:
        """The concepts under any of the categories (cached)."""
        found = self._categories.get(categories)
        if found is None:
            found = self._categories[categories] = _under(self.lexicon, categories)
        return found

    def fits(self, predicate: str, subject: str, obj: str) -> bool:
        """Whether the concepts are of the kinds the property links (its domain and range)."""
        domain, range_ = self.signatures.get(predicate, (None, None))
        return self._within(subject, domain) and self._within(obj, range_)

    def _within(self, concept: str, kind: str | None) -> bool:
        return kind is None or concept == kind or kind in self.lexicon.ancestors(concept)

    # -- which sentences to parse ------------------------------------------------------

    def candidates(
        self, text: str, sentences: Sequence[Sentence], by_sentence: dict[Sentence, list[Mention]]
    ) -> list[Sentence]:
        """The sentences worth parsing: two concepts (or one and an anaphor), and a cue word.

        A sentence without a word a cue pattern can start from cannot yield a relation, so the
        check loses nothing; it spares the parser about half of the text."""
        anchors = self.cues.anchors
        chosen = []
        recent: list[set[str]] = []
        """The head words and concepts named in the last few sentences (for "the X")."""
        for sentence in sentences:
            mentions = by_sentence.get(sentence, ())
            recent = [*recent[-3:], self._head_words(mentions) | {m.concept for m in mentions}]
            concepts = {m.concept for m in mentions}
            if not concepts and not self._sides_possible(text, sentence):
                continue
            words = {w.lower() for w in _WORD.findall(text, sentence.begin, sentence.end)}
            # "tension between the two groups": two sides named before, none here.
            sides = bool(words & self._side_nouns and words & self._side_counts)
            if (
                len(concepts) < 2
                and not words & self._anaphors
                and not sides
                and not (
                    words & self.words["definite_determiners"]
                    and self._repeats(text, sentence, set().union(*recent))
                )
            ):
                continue
            if words & anchors and self.cues.could_match(words):
                chosen.append(sentence)
        return chosen

    def _head_words(self, mentions: Iterable[Mention]) -> set[str]:
        """The singular head words of the mentions ("network" for "clinical networks"), for
        `_repeats`."""
        found = set()
        for mention in mentions:
            words = mention.surface.split()
            if words:
                found.add(_singular(words[head_index(words)].lower(), self._heads))
        return found

    def _repeats(self, text: str, sentence: Sentence, heads: set[str]) -> bool:
        """Whether the sentence has "the" before a head word of a concept named just before
        ("The networks now ...") or before a shell noun of its kind ("the reforms"); `heads`
        holds both head words and concepts. Such a sentence may name an argument that way."""
        if not heads:
            return False
        for match in _DEFINITE.finditer(text, sentence.begin, sentence.end):
            if match.group(1).lower() not in self.words["definite_determiners"]:
                continue
            noun = match.group(2).lower()
            if _singular(noun, self._heads) in heads or self._shell_kinds.get(noun, set()) & heads:
                return True
        return False

    def _sides_possible(self, text: str, sentence: Sentence) -> bool:
        """Whether a sentence with no concept may still name two sides ("both groups"): the
        cheap test first, as most such sentences have neither word."""
        part = text[sentence.begin : sentence.end].lower()
        if not any(noun in part for noun in self._side_nouns):
            return False
        words = set(_WORD.findall(part))
        return bool(words & self._side_nouns and words & self._side_counts)

    # -- finding ----------------------------------------------------------------------

    def find_all(
        self,
        documents: Sequence[tuple[str, Sequence[Sentence], Sequence[Mention]]],
        nlp: Any,
    ) -> list[list[Relation]]:
        """Each document's relations, from its text, sentences and mentions.

        The candidate sentences of all the documents go through the parser together: spaCy
        parses a batch of many short documents' sentences faster than each document's few
        sentences on their own. Each document is then read as if alone (its own sentences,
        in order, and its own earlier findings)."""
        readings = [_Reading(self, *document) for document in documents]
        if not any(r.chosen for r in readings):
            return [[] for _ in readings]
        if self._matcher is None:
            self._matcher = self.cues.matcher()
        queue = [(r, s) for r in readings for s in r.chosen]
        # Parsed to the end before any is read: reading between the parser's batches made
        # the parse itself about 3% slower (each evicts the other's data from the caches).
        docs = list(
            nlp.pipe((r.text[s.begin : s.end] for r, s in queue), batch_size=PARSE_BATCH)
        )
        for (reading, sentence), doc in zip(queue, docs, strict=True):
            self._found, self._resolved = reading.found, reading.resolved
            context = _Sentence(
                self, reading.text, sentence, doc, reading.by_sentence, reading.previous[sentence]
            )
            reading.found[sentence] = context.relations(self._matcher(doc))
            before, after = misread(
                doc,
                sentence.begin,
                reading.by_sentence.get(sentence, []),
                self._misreadable,
                self.words["report_verbs"],
                self.words["authorial_subjects"],
            )
            if before:
                reading.misreadings.append((sentence, doc, [before, before + after]))
        # Sentences read again with pronouns (kg.extract.repair): each way of masking in one
        # batch, the first that finds at least as much as the first reading kept.
        parsed: dict[tuple[_Reading, Sentence], tuple[list, Doc, list]] = {}
        for attempt in range(2):
            pending = [
                (r, s, d, ways[attempt])
                for r in readings
                for s, d, ways in r.misreadings
                if s not in r.fixed
            ]
            if not pending:
                break
            # A second way that is the first (no word after the verb to replace) gives the
            # same words: their parse is read again (what earlier sentences were found to say
            # may have changed), not made again.
            fresh = [p for p in pending if parsed.get((p[0], p[1]), (None,))[0] != p[3]]
            masked = [with_pronouns(nlp, d, s.begin, spans) for _, s, d, spans in fresh]
            again = list(nlp.pipe((m[0] for m in masked), batch_size=PARSE_BATCH))
            for (reading, sentence, _, spans), (_, offsets), doc in zip(
                fresh, masked, again, strict=True
            ):
                parsed[reading, sentence] = (spans, doc, offsets)
            for reading, sentence, _, _ in pending:
                _, doc, offsets = parsed[reading, sentence]
                self._found, self._resolved = reading.found, reading.resolved
                second = _Sentence(
                    self,
                    reading.text,
                    sentence,
                    doc,
                    reading.by_sentence,
                    reading.previous[sentence],
                    offsets,
                )
                repaired = second.relations(self._matcher(doc))
                if repaired and len(repaired) >= len(reading.found[sentence]):
                    reading.found[sentence] = repaired
                    reading.fixed.add(sentence)
                elif attempt == 0 and _infinitive_object_masked(doc):
                    # The pronoun before the verb stands for an infinitive's object ("Efforts
                    # to improve it undermine autonomy"): masking the words after the verb too
                    # would make it the subject of the verb ("to improve it undermine it").
                    reading.fixed.add(sentence)
        self._found, self._resolved = {}, {}
        return [
            contradicted(
                r.text,
                r.sentences,
                rebutted(
                    r.text, r.sentences, [rel for s in r.chosen for rel in r.found[s]], self.words
                ),
                self.words,
                self.families,
            )
            for r in readings
        ]


class _Reading:
    """One document's state while `find_all` reads it: its candidate sentences, what each
    yielded so far, and the sentences to parse again."""

    def __init__(
        self,
        finder: RelationFinder,
        text: str,
        sentences: Sequence[Sentence],
        mentions: Sequence[Mention],
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.by_sentence: dict[Sentence, list[Mention]] = {}
        for mention in mentions:
            self.by_sentence.setdefault(mention.sentence, []).append(mention)
        self.chosen = finder.candidates(text, sentences, self.by_sentence)
        self.previous = _previous_sentences(sentences) if self.chosen else {}
        self.found: dict[Sentence, list[Relation]] = {}
        self.resolved: dict[Sentence, list[Mention]] = {}
        self.misreadings: list[tuple[Sentence, Doc, list]] = []
        self.fixed: set[Sentence] = set()


def _previous_sentences(sentences: Sequence[Sentence]) -> dict[Sentence, tuple[Sentence, ...]]:
    """Each sentence's up to three predecessors, nearest first (for anaphora)."""
    return {s: tuple(reversed(sentences[max(0, i - 3) : i])) for i, s in enumerate(sentences)}


def _with_plurals(nouns: Iterable[str]) -> frozenset[str]:
    from kg.lexicon import plurals

    return frozenset(f.lower() for noun in nouns for f in (noun, *plurals(noun)))


def _light_nouns(entries: Iterable[str]) -> dict[str, frozenset[str]]:
    """ "use of" -> {"use": {"of"}, "uses": {"of"}}: a light noun, in the singular and the
    plural, and the prepositions it passes through."""
    from kg.lexicon import plurals

    table: dict[str, set[str]] = {}
    for entry in entries:
        words = entry.split()
        if len(words) >= 2:
            for noun in (words[-2], *plurals(words[-2])):
                table.setdefault(noun.lower(), set()).add(words[-1])
    return {noun: frozenset(preps) for noun, preps in table.items()}


def _under(lexicon: Lexicon, categories: Iterable[str]) -> frozenset[str]:
    """The concepts under the given categories (local names), the categories included:
    people, which "it" is not; outcomes."""
    names = {c.lower() for c in categories}

    def named(concept: str) -> bool:
        return concept.rsplit("#", 1)[-1].lower() in names

    return frozenset(
        c for c in lexicon.labels if named(c) or any(named(a) for a in lexicon.ancestors(c))
    )


class _Sentence:
    """One parsed sentence: its tokens, its mentions, and the relations read from them."""

    def __init__(
        self,
        finder: RelationFinder,
        text: str,
        sentence: Sentence,
        doc: Doc,
        by_sentence: dict[Sentence, list[Mention]],
        previous: tuple[Sentence, ...],
        spans: list[tuple[int, int]] | None = None,
    ) -> None:
        self.finder = finder
        self.spans = spans
        """Document offsets of each token, where the parsed words are not the text's own."""
        self.words = finder.words
        self.text = text
        self.sentence = sentence
        self.doc = doc
        self.mentions = sorted(by_sentence.get(sentence, ()), key=lambda m: (m.begin, m.end))
        self._begins = [m.begin for m in self.mentions]
        self.previous = previous
        self.earlier_by_sentence = [by_sentence.get(s, []) for s in previous]
        last = len(doc) - 1
        while last >= 0 and doc[last].is_space:
            last -= 1
        self.question = last >= 0 and doc[last].text == "?"
        """A question asserts nothing (tests/gold/README.md)."""
        self.effect_claim = True
        """Whether the match being read claims an effect or a need (supports, hinders,
        requires): only such a claim about "better performing hospitals" is about performance;
        a part of them is a part of the hospitals."""

    # -- offsets ------------------------------------------------------------------------

    def begin(self, token: Token) -> int:
        if self.spans is not None:
            return self.spans[token.i][0]
        return self.sentence.begin + token.idx

    def end(self, token: Token) -> int:
        if self.spans is not None:
            return self.spans[token.i][1]
        return self.sentence.begin + token.idx + len(token)  # (len(token.text), unmade)

    def covering(self, token: Token) -> list[Mention]:
        """The mentions whose span holds the token (bisection: a sentence of a badly
        converted PDF may hold thousands)."""
        begin, end = self.begin(token), self.end(token)
        index = bisect.bisect_right(self._begins, begin)
        return [
            m
            for m in self.mentions[max(0, index - _OVERLAP) : index]
            if m.begin <= begin and end <= m.end
        ]

    # -- relations ----------------------------------------------------------------------

    def relations(self, matches: Iterable[tuple[str, list[int]]]) -> list[Relation]:
        patterns = self.finder.cues.patterns
        found: dict[tuple, Relation] = {}
        readings = [
            (patterns[key][0], relation)
            for key, token_ids in sorted(matches, key=lambda m: (m[1], m[0]))
            for relation in self._from_match(patterns[key][0], token_ids)
        ]
        # A subject its cue's own path names ("efficiency" in "pursued efficiency at the
        # expense of care") is the one meant, not the clause's ("managers").
        named = {
            (r.cue_begin, r.predicate, r.object_mention.begin)
            for p, r in readings
            if p.subject_node is not None
        }
        for pattern, relation in readings:
            place = (relation.cue_begin, relation.predicate, relation.object_mention.begin)
            if pattern.subject_node is None and not pattern.cue.reverse and place in named:
                continue
            key = (
                relation.subject_mention.begin,
                relation.object_mention.begin,
                relation.subject,
                relation.object,
                relation.cue_begin,
            )
            kept = found.get(key)
            if kept is None or relation.confidence > kept.confidence:
                found[key] = relation
        # The same claim made twice in a sentence is one statement ("ensures high-quality
        # care and medical excellence", both quality of care): the likeliest reading.
        best: dict[tuple, tuple] = {}
        for key in sorted(found):
            r = found[key]
            claim = (r.subject, r.predicate, r.object, r.negated, r.rejected)
            if claim not in best or r.confidence > found[best[claim]].confidence:
                best[claim] = key
        self._resolve_main_subject()
        return [found[key] for key in sorted(best.values())]

    def _resolve_main_subject(self) -> None:
        """Resolve the main clause's subject when it is a reference ("The networks", "They"),
        though no relation came of it: the next sentence's "they" continues it
        ("The networks link primary and secondary care. They improve ..."). What it stands
        for is recorded by `_anchored`."""
        for root in (t for t in self.doc if t.dep_ == "ROOT"):
            for subject in root.children:
                if (
                    subject.dep_ in ("nsubj", "nsubjpass")
                    and _may_refer(subject)
                    and not self.covering(subject)
                ):
                    self.arguments(subject)

    def _from_match(self, pattern: Pattern, token_ids: list[int]) -> list[Relation]:
        doc = self.doc
        cue = pattern.cue
        cue_token = doc[token_ids[pattern.cue_node]]
        object_token = doc[token_ids[pattern.object_node]]
        sides = object_token if cue.pair else None
        if cue.excludes(cue_token) or self._inside_a_name(cue_token, sides):
            return []
        self.effect_claim = cue.property in self.finder.families
        other = object_token.head
        shared = (
            object_token.dep_ == "dobj" and other.dep_ == "conj" and other.head.i == cue_token.i
        )
        if shared and not self._bare_coordinate(cue_token, other):
            return []  # the coordinated verb's object is shared only when it has nothing else
        if cue.kind != "verb" and object_token.tag_ == "VB" and self._carries_a_cue(object_token):
            return []  # "X is needed to overcome Y": the verb says what X does
        infinitive = object_token.tag_ == "VB" and object_token.dep_ in ("acl", "xcomp", "advcl")
        if cue.kind == "verb" and pattern.subject_node is not None and infinitive:
            # "systems that link professionals to deliver care": after a verb and its object,
            # "to" with a verb is the purpose, not the verb's "to" phrase.
            return []
        denial: str | None = None
        partial: str | None = None
        if cue.pair:
            members = [object_token, *object_token.conjuncts]
            members.sort(key=lambda t: t.i)
            if len(members) > 2 and self.finder.families.get(cue.property):
                # "close links between risk management, effectiveness, audit and quality":
                # the pair's directed reading (the first acts on the second) has no ground in
                # a list; an opposition among several still holds.
                return []
            subjects = self._member(members[0], cue_token)
            objects = [a for m in members[1:] for a in self._member(m, cue_token)]
            if len(members) == 1 and len(subjects) == 2 and all(a.inferred for a in subjects):
                subjects, objects = subjects[:1], subjects[1:]  # "the two groups"
        else:
            objects = self.objects(cue_token, object_token, cue) or self.colon_list(object_token)
            objects = [self._unflipped_by_cue(a, cue_token) for a in objects]
            if not objects:
                return []  # a third of the matches: no object, so the subject is not sought
            if pattern.subject_node is not None:
                subject_tokens = [doc[token_ids[pattern.subject_node]]]
            else:
                subject_tokens = self.clause_subjects(cue_token, cue)
            signed = self.finder.families.get(cue.property) in ("supports", "hinders")
            subjects = self.purpose(cue_token, cue, object_token) or [
                a
                for t in subject_tokens
                for a in (signed and self.differentiators(t)) or self.arguments(t)
            ]
            if not subjects and cue.kind == "noun" and pattern.subject_node is None:
                # "bureaucratic barriers to engagement": the name the cue noun ends.
                begin = self.begin(cue_token)
                subjects = [_Argument(m) for m in self.covering(cue_token) if m.begin < begin]
            if not subjects and cue.kind == "noun" and pattern.subject_node is None:
                subjects = self.noun_holder(cue_token, object_token)
            if not subjects and cue.kind == "noun":
                subjects = self.noun_examples(cue_token, object_token)
            if not subjects and cue.kind == "verb":
                subjects = self.causes(cue_token)
            if not subjects:
                subjects = [a for t in subject_tokens for a in self.colon_list(t)]
            if not subjects:
                subjects = self.heading(cue_token)
            if not cue.negated_host:
                denial = _denied(subject_tokens, self.words)
                partial = _partial(subject_tokens)
        if not objects:
            objects = self.colon_list(object_token)
        if cue.reverse:
            subjects, objects = objects, subjects
        subjects, objects = self._specific(subjects), self._specific(objects)
        if not subjects or not objects:
            return []  # most matches: the claim's status is worked out only for a claim
        status = self.status(cue_token, cue)
        if status is None:
            return []
        if denial:
            status.add("negated", denial)
        if partial:
            status.add("hedged", partial)
        flip = any(c.lower_ in self.words["flipping_adverbs"] for c in cue_token.children)
        result = []
        for subject in subjects:
            for obj in objects:
                if subject.mention.concept == obj.mention.concept:
                    continue
                if _same_span(subject.mention, obj.mention):
                    continue
                if not cue.pair and self._coordinated(subject.mention, obj.mention):
                    continue  # "the opposition of doctors and nurses to ...": one side
                scoped = self._contrasted(status, subject.mention, obj.mention)
                relation = self._relation(cue, cue_token, subject, obj, scoped, flip)
                if relation is not None:
                    result.append(relation)
        return result

    def _unflipped_by_cue(self, argument: _Argument, cue_token: Token) -> _Argument:
        """A cue verb of doing away with a thing ("reducing", "cutting") says what is done to
        its object; read as a modifier as well, it would turn the object into its absence
        too, and "leaders are reducing bureaucracy" would support bureaucracy."""
        mention = argument.mention
        if (
            not argument.flipped
            or not cue_token.tag_.startswith("VB")
            or cue_token.lower_ not in self.words["privative_modifiers"]
            or self._word_before(mention) != cue_token.lower_
        ):
            return argument
        return _Argument(mention, argument.inferred, self._privative(mention))

    def _member(self, token: Token, cue_token: Token) -> list[_Argument]:
        """The concepts one side of a pair stands for; a side named by what is done to a
        thing stands for the thing ("the tension between cost control and improving the
        standards of care": the standards). A mention that holds the cue word itself names
        the whole opposition ("the tension between doctors and managers" as the divide), not
        one side of it: the sides are the mentions inside it."""
        found = self._concepts(token, 0)
        if not found and token.tag_ == "VBG":
            found = [a for c in token.children if c.dep_ == "dobj" for a in self.arguments(c, 1)]
        if not found:
            found = self._two_sides(token)
        begin, end = self.begin(cue_token), self.end(cue_token)
        return [a for a in found if not (a.mention.begin <= begin and end <= a.mention.end)]

    def _two_sides(self, token: Token) -> list[_Argument]:
        """ "the two groups", "both sides", "the two professions": the two groups of people
        named last, in the nearest sentence (this one first) that names two. Uncertain, hence
        none: three there ("doctors, nurses and managers ... the two groups"), or only one.
        Each side is anchored on its own part of the phrase ("the two" and "groups"), so that
        the statement keeps two spans."""
        if token.lower_ not in self.finder._side_nouns or token.conjuncts:
            return []
        counts = self.finder._side_counts
        count = [c for c in token.children if c.i < token.i and c.lower_ in counts]
        if not count:
            return []
        nearest = None
        sides: dict[str, Mention] = {}
        for place, named, _ in self._antecedents(token):
            if named.concept in self.finder._personal:
                members = [named]
            else:
                members = self._sides_within(named)
            if not members:
                continue
            if nearest is not None and place != nearest:
                break
            nearest = place
            for mention in members:
                sides.setdefault(mention.concept, mention)
        if len(sides) != 2:
            return []
        first, second = sorted(sides.values(), key=lambda m: m.begin)
        begin, middle, end = self.begin(token.left_edge), self.begin(token), self.end(token)
        if not begin < middle:
            return []
        return [
            _Argument(Mention(m.concept, b, e, self.text[b:e], self.sentence), inferred=True)
            for m, (b, e) in (
                (first, (begin, self.end(self.doc[token.i - 1]))),
                (second, (middle, end)),
            )
        ]

    def _sides_within(self, mention: Mention) -> list[Mention]:
        """The groups of people a description of a pair names after "between" ("the gulf
        between clinicians and managers", "relationships between doctors and managers"): the
        two groups a later "the two groups" stands for, though the description is one
        mention. Nearest first, as `_antecedents` gives them."""
        surface = mention.surface
        lower = surface.lower()
        starts = [
            w.end() for w in _WORD.finditer(lower) if w.group() in self.words["two_sides_between"]
        ]
        if not starts:
            return []
        found = []
        for word in _WORD.finditer(surface, starts[0]):
            concept = self.finder.lexicon.lookup(word.group())
            if concept in self.finder._personal:
                begin, end = mention.begin + word.start(), mention.begin + word.end()
                found.append(Mention(concept, begin, end, word.group(), mention.sentence))
        return found[::-1]

    def _coordinated(self, first: Mention, second: Mention) -> bool:
        """Whether two mentions end on members of one coordination ("doctors and nurses"):
        such members stand on one side of a relation, and only a cue that names both sides
        with one phrase (`pair`) sets them against each other."""
        ends = self._tokens_by_end
        a, b = ends.get(first.end), ends.get(second.end)
        if a is None or b is None or b not in a.conjuncts:
            return False
        # A list after a colon, hung on the noun before it, is no member of its coordination
        # ("three things support engagement: trust, teamwork and time").
        low, high = sorted((a.i, b.i))
        return not any(t.text in (":", ";") for t in self.doc[low:high])

    def _contrasted(self, status: _Status, *mentions: Mention) -> _Status:
        """The status for one pair of arguments when a "not" denies one phrase and not the
        clause: "the key to safety is not regulation but teamwork" denies regulation's part
        and asserts teamwork's; "teamwork, not regulation, is the key" the same."""
        scopes = [self._scope(m) for m in mentions]
        # ("Neither X nor Y may improve Z": the clause's own reading already denies it.)
        neither = not status.negated and any(s[0] for s in scopes)
        denied = neither or any(s[1] for s in scopes)
        kept = any(s[2] for s in scopes)
        if not denied and not (kept and status.negated):
            return status
        scoped = _Status(
            negated=denied or (status.negated and not kept),
            rejected=status.rejected,
            hedged=status.hedged,
            unasserted=status.unasserted,
            cues=[c for c in status.cues if c.lower() not in ("not", "n't")],
            holders=status.holders,
        )
        if scoped.negated:
            scoped.cues.insert(0, "not")
        return scoped

    def _scope(self, mention: Mention) -> tuple[bool, bool, bool]:
        """Whether a mention is one of "neither X nor Y", is denied on its own ("not X but",
        "rather than X") and is the "but Y" of "not X but Y": worked out once per mention,
        not again for every pair and every match it takes part in."""
        key = (mention.begin, mention.end)
        scope = self._scopes.get(key)
        if scope is None:
            scope = self._scopes[key] = (
                self._neither(mention),
                self._not_before(mention) or self._contrasted_away(mention),
                self._after_but_not(mention),
            )
        return scope

    @cached_property
    def _scopes(self) -> dict[tuple[int, int], tuple[bool, bool, bool]]:
        return {}

    def _phrase_start(self, mention: Mention) -> Token | None:
        """The first word of the noun phrase a mention heads (its determiner, if any)."""
        last = mention.end - 1
        index = bisect.bisect_right(self._token_ends, last)  # the first token ending after it
        if index < len(self.doc) and self.begin(self.doc[index]) <= last:
            return self.doc[index].left_edge
        return None

    @cached_property
    def _token_ends(self) -> list[int]:
        """Each token's end offset, in order: a sentence of a badly converted PDF may hold
        thousands of tokens and mentions, and a scan per mention was quadratic."""
        return [self.end(token) for token in self.doc]

    def _contrasted_away(self, mention: Mention) -> bool:
        """Whether the mention is what "rather than" or "instead of" sets aside ("improves
        paperwork rather than safety"): the claim about it is denied."""
        head = self._mention_head(mention)
        return head is not None and _contrast(head, self.words["contrast_markers"]) is not None

    def _neither(self, mention: Mention) -> bool:
        """Whether the mention is one of "neither X nor Y" ("undermines neither X nor Y")."""
        head = self._mention_head(mention)
        if head is None:
            return False
        first = head.head if head.dep_ == "conj" else head
        return any(
            (c.dep_, c.lower_) in (("preconj", "neither"), ("cc", "nor")) for c in first.children
        )

    def _mention_head(self, mention: Mention) -> Token | None:
        """The word of a mention that hangs from a word outside it ("quality" in "the
        quality of care"); several rules ask it of the same mention, so it is found once."""
        key = (mention.begin, mention.end)
        if key in self._mention_heads:
            return self._mention_heads[key]
        found = None
        first = bisect.bisect_right(self._token_ends, mention.begin)
        for token in self.doc[first:]:
            if self.begin(token) >= mention.end:
                break
            if not (mention.begin <= self.begin(token.head) < mention.end):
                found = token
                break
        self._mention_heads[key] = found
        return found

    @cached_property
    def _mention_heads(self) -> dict[tuple[int, int], Token | None]:
        return {}

    def _not_before(self, mention: Mention) -> bool:
        """Whether "not" stands right before the mention's phrase, in a contrast ("not X but
        Y", "Y, not X,"): the denial is of that phrase."""
        head = self._mention_head(mention)
        start = head.left_edge if head is not None else self._phrase_start(mention)
        if start is None:
            return False
        negations = self.words["contrast_negations"]
        after = start
        while after.lower_ in _CONCEDING and after.i + 1 < len(self.doc):
            after = self.doc[after.i + 1]
        conceding = after is not start or (
            start.i > 0 and self.doc[start.i - 1].lower_ in _CONCEDING
        )
        if conceding and after.dep_ == "neg" and after.lower_ in negations:
            return True  # "improves X, though (but) not Y": Y's part is denied by ellipsis
        if start.dep_ == "neg" and start.lower_ in self.words["contrast_negations"]:
            head = start.head  # "improves not X but Y": the parser hangs the "not" on X itself
        elif start.i == 0 or self.doc[start.i - 1].lower_ not in self.words["contrast_negations"]:
            return False
        else:
            head = self.doc[start.i].head if start.dep_ == "det" else start
        # ("not the quality of care but Y": the parser may hang "but" inside the phrase.)
        contrast = any(c.dep_ == "cc" and c.lower_ == "but" for c in head.subtree)
        return contrast or head.dep_ == "appos"

    def _after_but_not(self, mention: Mention) -> bool:
        """Whether the mention is the "but Y" of "not X but Y"."""
        start = self._phrase_start(mention)
        if start is None:
            return False
        token = start
        while token.dep_ in ("det", "amod", "compound") and token.head.i != token.i:
            token = token.head
        if token.dep_ != "conj":
            return False
        first = token.head
        has_but = any(c.dep_ == "cc" and c.lower_ == "but" for c in first.children)
        left = first.left_edge
        negations = self.words["contrast_negations"]
        return has_but and left.i > 0 and self.doc[left.i - 1].lower_ in negations

    def _relation(
        self,
        cue: Cue,
        cue_token: Token,
        subject: _Argument,
        obj: _Argument,
        status: _Status,
        flip: bool,
    ) -> Relation | None:
        predicate = cue.property
        family = self.finder.families.get(predicate)
        if subject.flipped and not obj.flipped and not flip and family == "hinders":
            # "A lack of training prevents doctors from taking part": taking part needs it.
            subject, obj = obj, subject
            predicate = HLKG + "requires"
        elif family == "requires" and obj.flipped and not subject.flipped and not flip:
            # "Accountability entails a loss of autonomy": needing a thing's absence hinders it.
            predicate = HLKG + "hinders"
        elif flip ^ subject.flipped ^ obj.flipped:
            opposite = {"supports": "hinders", "hinders": "supports"}.get(family or "")
            if opposite is None:
                return None
            predicate = HLKG + opposite
        if not self.finder.fits(predicate, subject.mention.concept, obj.mention.concept):
            return None
        # (A concept named by its absence, "the lack of trust", is not of its kind here.)
        if (
            cue.not_under
            and not obj.flipped
            and obj.mention.concept in self.finder.under(cue.not_under)
        ):
            return None
        under = cue.subjects_not_under
        if under and subject.mention.concept in self.finder.under(under):
            return None
        confidence = cue.confidence
        if subject.inferred or obj.inferred:
            confidence *= _INFERRED
        if status.hedged:
            confidence *= _HEDGED
        holders = tuple(
            sorted(
                {
                    h.concept
                    for h in status.holders
                    if h.concept not in (subject.mention.concept, obj.mention.concept)
                }
            )
        )
        return Relation(
            subject=subject.mention.concept,
            predicate=predicate,
            object=obj.mention.concept,
            sentence=self.sentence,
            cue=cue.id,
            cue_begin=self.begin(cue_token),
            cue_end=self.end(cue_token),
            subject_mention=subject.mention,
            object_mention=obj.mention,
            confidence=round(confidence, 3),
            negated=status.negated,
            hedged=status.hedged or bool(holders),
            hedge_cues=tuple(status.cues),
            rejected=status.rejected,
            attributed_to=holders,
        )

    def _specific(self, arguments: list[_Argument]) -> list[_Argument]:
        """Arguments less the bare categories that only point back ("this role", "such
        organisations"): an anaphor stands for what it points to, or for nothing."""
        lexicon = self.finder.lexicon
        kept = []
        for argument in arguments:
            mention = argument.mention
            pointing = self._word_before(mention) in self.words["anaphora_determiners"]
            if not lexicon.parents.get(mention.concept) and pointing:
                continue
            kept.append(argument)
        return kept

    # -- the object, and where the subject is not the clause's own ----------------------

    def objects(self, cue_token: Token, object_token: Token, cue: Cue) -> list[_Argument]:
        """The object's concepts. "require doctors to take on leadership roles": what is
        required is the infinitive's own object when it names a concept; "depends on A and on
        B": both prepositions' objects."""
        if (
            object_token.dep_ == "dobj"
            and any(
                c.dep_ == "prep" and c.lower_ == "from" and _complement(c) is not None
                for c in cue_token.children
            )
            and self.finder.families.get(cue.property) == "hinders"
        ):
            # "discourages consultants from entering management": what is hindered is
            # entering management, not the consultants.
            return []
        if object_token.dep_ == "dobj":
            for clause in cue_token.children:
                if self._purpose_clause(clause, cue):
                    continue  # "require A to deliver B": A is required, B is the purpose
                if clause.dep_ in ("xcomp", "ccomp") and clause.i > object_token.i:
                    named = self.covering(clause)  # "to work together"
                    if named:
                        return [_Argument(m) for m in named]
                    found = [
                        a
                        for child in clause.children
                        if child.dep_ in ("dobj", "attr", "prep")
                        for a in self.arguments(
                            child if child.dep_ != "prep" else _complement(child) or child, 1
                        )
                    ]
                    if found:
                        return found
        found = self.arguments(object_token)
        if object_token.dep_ == "ccomp" and not self.covering(object_token):
            # "ensures that nurses feel valued": what is ensured is how the people fare, not
            # the people ("ensures that governance works" is about governance).
            people = {
                m.begin
                for c in object_token.children
                if c.dep_ in ("nsubj", "nsubjpass")
                for m in self.covering(c)
                if m.concept in self.finder._personal
            }
            found = [a for a in found if a.mention.begin not in people]
        if object_token.dep_ in ("dobj", "pobj", "pcomp"):
            # "improves not only accountability but also trust": the parser hangs the second
            # object on the verb as a conjunct.
            for child in cue_token.children:
                if (
                    child.dep_ == "conj"
                    and child.tag_.startswith("NN")
                    and child.i > object_token.i
                ):
                    found += self.arguments(child)
        head = object_token.head
        if object_token.dep_ in ("pobj", "pcomp") and head.dep_ == "prep":
            for other in head.children:
                if other.dep_ == "conj" and other.tag_ == "IN":
                    target = _complement(other)
                    if target is not None:
                        found += self.arguments(target)
        return found

    def purpose(self, cue_token: Token, cue: Cue, object_token: Token) -> list[_Argument]:
        """ "A is needed to deliver B", "will require A to deliver B": B requires A. Not when
        the object lies inside that clause: then A is the clause's own subject."""
        for clause in cue_token.children:
            if object_token in clause.subtree:
                continue
            if self._purpose_clause(clause, cue):
                found = [
                    a
                    for child in clause.children
                    if child.dep_ == "dobj"
                    for a in self.arguments(child)
                ]
                if found:
                    return found
        return []

    def _purpose_clause(self, clause: Token, cue: Cue) -> bool:
        """Whether `clause` under a cue of need says what the need is for ("to deliver")."""
        return (
            self.finder.families.get(cue.property) == "requires"
            and clause.dep_ in ("xcomp", "advcl")
            and clause.lower_ in self.words["purpose_verbs"]
            and _has_to(clause)
        )

    def noun_holder(self, cue_token: Token, object_token: Token) -> list[_Argument]:
        """ "doctors' distrust of managers", "the threat of regulation to autonomy", "the
        threat posed by regulation to autonomy": with no subject in its clause, a cue noun's
        possessor, its other "of/by" complement or its participle's agent acts."""
        found: list[_Argument] = []
        inside = set(t.i for t in object_token.subtree)
        for child in cue_token.children:
            if child.i in inside:
                continue
            if child.dep_ == "poss":
                found += self.arguments(child)
            elif child.dep_ == "prep" and child.lower_ in self.words["holder_prepositions"]:
                target = _complement(child)
                if target is not None and target.i not in inside:
                    found += self.arguments(target)
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                for agent in child.children:
                    if agent.dep_ == "agent":
                        target = _complement(agent)
                        if target is not None:
                            found += self.arguments(target)
        return found

    def noun_examples(self, cue_token: Token, object_token: Token) -> list[_Argument]:
        """ "barriers to engagement such as bureaucracy": the examples of a cue noun are its
        subjects. The parser often hangs them on the object instead; they are the cue's
        when they are no kind of the object ("engagement such as bureaucracy" makes no
        sense, "barriers such as bureaucracy" does)."""
        found = self._examples(cue_token)
        if found:
            return found
        objects = {m.concept for m in self.covering(object_token)}
        ancestors = self.finder.lexicon.ancestors
        return [
            a
            for a in self._examples(object_token)
            if not ({a.mention.concept} | ancestors(a.mention.concept)) & objects
        ]

    def causes(self, cue_token: Token) -> list[_Argument]:
        """ "doctors are deterred from leadership roles because of a lack of training": with
        no agent, the cause given is what acts (cause_phrases in cues.toml)."""
        phrases = self.finder._cause_phrases
        found: list[_Argument] = []
        for child in cue_token.children:
            if child.dep_ not in ("prep", "advmod", "npadvmod", "amod", "acomp"):
                continue
            words = [child]
            while True:  # "because of", "due to": the phrase runs on through its next word
                last = words[-1]
                more = next(
                    (c for c in last.children if c.dep_ in ("pcomp", "prep") and c.i == last.i + 1),
                    None,
                )
                if more is None:
                    break
                words.append(more)
            target = next(
                (c for w in reversed(words) for c in w.children if c.dep_ == "pobj"), None
            )
            if target is None:
                continue
            phrase = " ".join(w.lower_ for w in words)
            if phrase in phrases:
                found += self.arguments(target)
                continue
            # "as a result of X": the phrase runs on through its object's preposition.
            for prep in target.children:
                inner = _complement(prep)
                longer = f"{phrase} {target.lower_} {prep.lower_}"
                if prep.dep_ == "prep" and inner is not None and longer in phrases:
                    found += self.arguments(inner)
        return found

    def _frames(self, verb: Token, prep: Token) -> bool:
        """Whether a verb says of its subject what a cue noun under its preposition says:
        a copula or a frame verb ("is at the heart of", "came into conflict with", "stands
        in the way of"), or an "as" ("is seen as a threat to")."""
        if not verb.tag_.startswith(("VB", "MD")):
            return True  # an adjective or adverb head: climb on, as before
        lower = verb.lower_
        words = self.words
        return (
            lower in _BE
            or lower in words["light_verbs"]
            or lower in words["frame_verbs"]
            or prep.lower_ == "as"
        )

    def _bare_coordinate(self, verb: Token, other: Token) -> bool:
        """ "supports and strengthens teamwork": the first verb has no complement of its own
        and the second no subject of its own, so they share the object."""
        own = ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "oprd", "dative", "advcl")
        return not any(c.dep_ in own for c in verb.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in other.children
        )

    def _carries_a_cue(self, token: Token) -> bool:
        """Whether a word is a cue verb, or hands its clause to one ("to help overcome")."""
        verbs = self.finder._verbs
        if token.lower_ in verbs:
            return True
        return any(c.dep_ == "xcomp" and c.lower_ in verbs for c in token.children)

    def _inside_a_name(self, cue_token: Token, side: Token | None = None) -> bool:
        """A cue word that modifies inside a concept's name is part of the name ("evidence
        based care", "integrated care"); a name's last word may still carry a relation
        ("bureaucratic barriers to engagement"). A pair cue's word inside a mention that also
        holds one of its sides is the head of a description of the whole opposition ("the
        tension between doctors and managers" as the divide), whose sides it still sets
        against each other."""
        end = self.end(cue_token)
        covering = self.covering(cue_token)
        if side is not None:
            begin = self.begin(side)
            covering = [m for m in covering if not m.begin <= begin < m.end]
        return any(m.end > end for m in covering)

    def heading(self, cue_token: Token) -> list[_Argument]:
        """ "Physician leadership: ensures high-quality care": a verb with no subject after a
        colon takes the last concept before the colon."""
        colon = next((i for i in reversed(self._colons) if i < cue_token.i), None)
        if colon is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue_token.children):
            return []
        end = self.begin(self.doc[colon])
        before = [m for m in self.mentions if m.end <= end]
        return [_Argument(before[-1])] if before else []

    # -- the subject of a clause ---------------------------------------------------------

    def companions(self, subjects: list[Token], verb: Token) -> list[Token]:
        """ "Audit, alongside appraisal, improves ...", "audit together with appraisal":
        what a subject is said to act with, between it and its verb, acts as a subject too."""
        first = min(t.i for t in subjects)
        found = []
        for head in [*subjects, verb]:
            for prep in head.children:
                if prep.dep_ != "prep" or not first < prep.i < verb.i:
                    continue
                if prep.lower_ == "along":
                    prep = next((c for c in prep.children if c.lower_ == "with"), prep)
                if not self._companion(prep):
                    continue
                found += [c for c in prep.children if c.dep_ == "pobj"]
        return found

    def _companion(self, prep: Token) -> bool:
        if prep.lower_ == "with":
            return self.doc[prep.i - 1].lower_ in ("together", "along")
        return prep.lower_ in self.words["companion_prepositions"]

    def clause_subjects(self, cue: Token, cue_kind: Cue | None = None) -> list[Token]:
        """The words that act as the cue word's subject, following the clause upward."""
        words = self.words
        verb_cue = cue_kind is None or cue_kind.kind == "verb"
        token = cue
        for _ in range(_CLIMB):
            subjects = _nearest_subject(
                [c for c in token.children if c.dep_ in ("nsubj", "csubj")]
                or [s for s in _auxiliary_children(token) if s.dep_ in ("nsubj", "csubj")]
            )
            if token is not cue or cue.tag_.startswith("VB"):
                if not subjects and (token is not cue or not verb_cue) and _passive(token):
                    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
                if subjects:
                    return subjects + self.companions(subjects, token)
            if token is not cue or verb_cue:
                gerund = next(
                    (
                        c
                        for c in token.children
                        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == c.left_edge.i == 0
                    ),
                    None,
                )
                if gerund is not None and not subjects:
                    # "Embedding training in ..., would change ...": a sentence-opening
                    # gerund clause the parser took for an adverbial is the subject.
                    return [gerund]
            dep, head = token.dep_, token.head
            if dep == "ROOT" or head is token:
                return []
            if token is cue and not verb_cue and dep == "nsubj":
                # "The main barrier to engagement is bureaucracy", "threats to autonomy
                # include regulation": what the noun is said to be.
                if head.lower_ in _BE or head.lower_ in words["listing_verbs"]:
                    return [c for c in head.children if c.dep_ in ("attr", "dobj")]
                return []
            if dep in ("xcomp", "advcl") and self._needed_for(token):
                # "X is needed (vital, key) to improve Y": X is what someone needs, not who
                # improves (the "is needed to do" cue reads Y requires X).
                return []
            if _in_order_to(token):
                # "introduced audit in order to strengthen Y": read like "to strengthen Y".
                dep, head = "advcl", head.head.head
            if dep == "advcl" and _has_to(token):
                objects = [c for c in head.children if c.dep_ == "dobj"] or [
                    # "invest in teamwork to improve safety": the teamwork does.
                    target
                    for prep in head.children
                    if prep.dep_ == "prep"
                    and f"{head.lower_} {prep.lower_}" in words["means_verbs"]
                    for target in [_complement(prep)]
                    if target is not None
                ]
                if objects:
                    # "Redefining professionalism to incorporate X": professionalism does.
                    return objects
            if dep in ("pobj", "amod") and head.lower_ == "as":
                carrier = head.head
                # "sees X as a threat to Y", and any verb's object: "learn teamwork as part
                # of governance", "have skills as part of training" (what the as-phrase says
                # is of the object, not of the learner).
                objects = [c for c in carrier.children if c.dep_ == "dobj"] or [
                    # "spoke of bureaucracy as a barrier", "think of X as", "refer to X as"
                    target
                    for prep in carrier.children
                    if prep.dep_ == "prep"
                    and prep.lower_ in ("of", "about", "to")
                    and prep.i < head.i
                    for target in [_complement(prep)]
                    if target is not None
                ]
                if objects and (carrier.lower_ in words["as_verbs"] or not verb_cue):
                    return objects
                if carrier.lower_ in words["as_verbs"]:
                    if _passive(carrier):
                        return [c for c in carrier.children if c.dep_ == "nsubjpass"]
                    if carrier.dep_ == "acl" and carrier.head.i != carrier.i:
                        # "governments viewed as opposed to the profession"
                        return [carrier.head]
                token = head
            elif dep == "advcl" and self._put_in_place(token):
                # "Trusts adopted clinical audit, improving patient safety": what a trailing
                # participle says is said of what the clause put in place.
                return [c for c in head.children if c.dep_ == "dobj"]
            elif dep in ("acomp", "attr", "oprd", "pobj", "pcomp", "agent", "advcl", "conj"):
                folded = (
                    self._folded_content_subject(token) or _stranded_subject(token)
                    if dep == "conj"
                    else []
                )
                if folded:
                    return folded
                token = head
            elif dep == "advmod" and token is not cue and verb_cue and token.tag_[:2] == "RB":
                token = head  # "Far from improving Y, X ...": the adverb heads the phrase
            elif dep == "prep":
                controller = self._object_controller(token, head) if token is not cue else []
                if controller:
                    # "doctors blamed managers for undermining Y", "credited nurses with
                    # improving Y": the one blamed or credited did it, not the blamer.
                    return controller
                if token.lower_ == "for" and token is not cue and head.tag_.startswith("NN"):
                    # "networks are essential frameworks for improving outcomes": the noun's
                    # purpose is said of what the noun is said of.
                    return self._predicated(head)
                if head.tag_.startswith("NN") or head.tag_.startswith("PRP"):
                    return []
                if not verb_cue and not self._frames(head, token):
                    # "approaches do not fit with the basis of medicine": a cue noun under a
                    # verb's own preposition is not said of the verb's subject.
                    return []
                token = head
            elif dep == "dobj":
                if head.lower_ not in words["light_verbs"]:
                    return []
                token = head
            elif dep == "xcomp":
                objects = [c for c in head.children if c.dep_ == "dobj"]
                if objects and head.lower_ not in words["subject_control"]:
                    return objects
                token = head
            elif dep in ("relcl", "acl") and head.lower_ in words["negating_modifiers"]:
                token = head.head  # "has little to contribute to": the haver is the subject
            elif dep == "acl" and _has_to(token) and head.lower_ in words["failing_nouns"]:
                # "the failure (inability) of audit to improve safety": audit is the
                # infinitive's subject, and the noun denies it (see status).
                return [
                    target
                    for prep in head.children
                    if prep.dep_ == "prep" and prep.lower_ in ("of", "by")
                    for target in [_complement(prep)]
                    if target is not None
                ] or [c for c in head.children if c.dep_ == "poss"]
            elif dep == "acl" and _has_to(token) and self._potential(head):
                if (
                    head.dep_ == "dobj"
                    and head.head.lower_ in words["have_forms"]
                    and not _has(head.head, "dative")
                ):
                    # "networks have the potential to improve safety": the haver would do it
                    # (hedged, see status); "offer doctors the chance to ..." is theirs.
                    token = head.head
                    continue
                # "an organisation's ability to improve safety and quality": the ability
                # stands for what its infinitive names, so it is no subject of that very
                # infinitive (safety would improve quality).
                return []
            elif dep in ("relcl", "acl") and _has_to(token) and not self.covering(head):
                # "audit was adopted as a strategy to promote Y", "audit is a tool to
                # improve Y": an infinitive on a plain noun is the purpose of what the noun is
                # said of.
                return self._predicated(head) or [head]
            elif dep in ("relcl", "acl", "appos"):
                copula = self._copula_of_member(head) if self._predicating_clause(token) else None
                if dep == "acl" and copula is not None:
                    # "X is the main factor driving Y", "X is one of the forces undermining
                    # Y": a participle on a plain noun that the copula says X is.
                    return [c for c in copula.children if c.dep_ == "nsubj"]
                return [head]
            else:
                return []
        return []

    def _folded_content_subject(self, verb: Token) -> list[Token]:
        """ "The lesson is that teamwork, more than anything else, improves safety": after an
        aside the parser folds the "that" clause into the copula, with its subject as the
        copula's complement and its verb as a second conjunct. A verb with no subject of its
        own, joined to a copula whose complement opens with "that" before it, has that
        complement for its subject (not the copula's, when that names no concept: the lesson
        improves nothing)."""
        head = verb.head
        if head.lower_ not in _BE or _has(verb, "nsubj") or _has(verb, "nsubjpass"):
            return []
        if any(c.dep_ == "nsubj" and self.covering(c) for c in head.children):
            return []  # "Teamwork is that rare thing, and improves safety": a shared subject
        for attr in head.children:
            if attr.dep_ != "attr" or not head.i < attr.i < verb.i:
                continue
            first = attr.left_edge
            opener = first if first.lower_ == "that" else self.doc[max(first.i - 1, 0)]
            if opener.lower_ == "that" and opener.i > head.i:
                return [attr]
        return []

    def _needed_for(self, verb: Token) -> bool:
        """Whether an infinitive of bringing about says what its head's subject is needed
        for: "is needed to deliver", "is vital to ensure", "will be key to achieve"."""
        words = self.words
        if verb.lower_ not in words["purpose_verbs"] or not _has_to(verb):
            return False
        head = verb.head
        necessity = words["necessity_words"]
        return head.lower_ in necessity or (
            head.lower_ in _BE
            and any(c.dep_ == "acomp" and c.lower_ in necessity for c in head.children)
        )

    def _put_in_place(self, participle: Token) -> bool:
        """Whether a participle trails, after a comma, a clause whose verb puts its object in
        place ("introduced", "adopted", "enjoyed"), an object that names a concept and no
        people (in "consulted doctors, improving trust" the consulting does it)."""
        verb = participle.head
        if participle.tag_ != "VBG" or participle.i < verb.i or verb.lower_ not in (
            self.words["instituting_verbs"]
        ):
            return False
        if self.doc[participle.i - 1].text != "," or _has(participle, "nsubj"):
            return False
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return bool(objects) and not self._acts_on_people(verb) and all(
            self.covering(o) for o in objects
        )

    def _predicated(self, noun: Token) -> list[Token]:
        """What a plain noun is said to be: the subject of "X is a tool", the object of "use
        X as a tool", the subject of "X is adopted (grows) as a strategy"."""
        head = noun.head
        if noun.dep_ == "attr" and head.lower_ in _BE:
            return [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
        if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.i != head.i:
            carrier = head.head
            for deps in (("dobj",), ("nsubjpass",), ("nsubj",)):
                found = [c for c in carrier.children if c.dep_ in deps]
                if found:
                    return found
        return []

    def _potential(self, noun: Token) -> bool:
        """Whether a noun names what may be done, not what is: "the ability (scope,
        potential) to improve Y"."""
        lower = noun.lower_
        return lower in self.finder._capacities or lower in self.words["potential_nouns"]

    # -- arguments ------------------------------------------------------------------------

    def differentiators(self, token: Token) -> list[_Argument]:
        """ "hospitals with engaged doctors", "teams which have strong leadership": as the
        subject of a supporting or hindering claim, a noun singled out by what it has stands
        for what it has (that is what the claim is about). Only a noun of people, of a body
        or of no concept is singled out so: "dialogue with doctors" is dialogue held with
        them, not had by them."""
        found: list[_Argument] = []
        participants = self.finder._participants
        if any(m.concept not in participants for m in self.covering(token)):
            return found
        for child in token.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in self.words["having_prepositions"]
                and self.doc[child.i - 1].lower_ not in ("together", "along")
            ):
                # "audit together with appraisal" is a companion, not what audit has.
                target = _complement(child)
                if target is not None:
                    found += self.arguments(target)
            elif child.dep_ == "relcl" and child.lower_ in self.words["having_verbs"]:
                for grandchild in child.children:
                    if grandchild.dep_ == "dobj":
                        found += self.arguments(grandchild)
            elif (
                child.dep_ == "relcl"
                and child.lower_ in self.words["investing_verbs"]
                and not _has_to(child)  # "time to engage in X" is no X
            ):
                # "trusts that invest in leadership development", "doctors who engage in
                # management": what they put themselves into (or the clause, when it is a
                # concept's own name).
                named = self.covering(child)
                found += [_Argument(m) for m in named] or [
                    a
                    for prep in child.children
                    if prep.dep_ == "prep" and prep.lower_ == "in"
                    for target in [_complement(prep)]
                    if target is not None
                    for a in self.arguments(target)
                ]
        return found

    @cached_property
    def _colons(self) -> list[int]:
        """Where the sentence's colons are: found once, not from every word asked about (and
        most sentences have none, which their text tells without a walk over the words)."""
        if ":" not in self.text[self.sentence.begin : self.sentence.end]:
            return []
        return [token.i for token in self.doc if token.text == ":"]

    def colon_list(self, token: Token) -> list[_Argument]:
        """ "Three things undermine trust: poor communication, conflicting goals and
        bureaucracy": a plain noun ("things", "factors") stands for the list after the
        sentence's colon, wherever the parser hung it."""
        if not token.tag_.startswith("NN") or self.covering(token):
            return []
        at = next((i for i in self._colons if i > token.i), None)
        if at is None:
            return []
        first = next(
            (t for t in self.doc[at + 1 :] if t.tag_.startswith("NN") and t.head.i < at), None
        )
        return self.arguments(first) if first is not None else []

    def arguments(self, token: Token, depth: int = 0) -> list[_Argument]:
        """The concepts a word stands for as an argument, with its conjuncts and appositions
        (not a list after a colon hung on a word that names a concept: the list is not it)."""
        joined = [c for c in token.children if c.dep_ == "appos" and _dash_joined(token, c)]
        if joined:
            # "a manager–doctor partnership" read as "manager" with the apposition
            # "doctor partnership": one hyphenated word, whose head is the partnership.
            return self.arguments(joined[0], depth)
        found = self._concepts(token, depth)
        # An apposition counts when it names a concept itself ("the aim of clinical
        # governance" after a concept describes it, it is no second argument).
        appositions = [c for c in token.children if c.dep_ == "appos" and self.covering(c)]
        conjuncts = list(token.conjuncts)
        if found:
            appositions = [a for a in appositions if not self._after_colon(token, a)]
            # "three things support engagement: trust, training and time", with "trust"
            # hung on "engagement" as a conjunct: the list is not more of it.
            conjuncts = [c for c in conjuncts if not self._after_colon(token, c)]
        for other in [*conjuncts, *appositions]:
            if other.i != token.i and not _subject_of_the_next_clause(other):
                found += self._concepts(other, depth + 1)
        unique: dict[tuple[int, int, str], _Argument] = {}
        for argument in found:
            key = (argument.mention.begin, argument.mention.end, argument.mention.concept)
            unique.setdefault(key, argument)
        return list(unique.values())

    def _concepts(self, token: Token, depth: int) -> list[_Argument]:
        if depth > 4:
            return []
        words = self.words
        covering = self.covering(token)
        if covering:
            return self._covered(token, covering, depth)
        lower = token.lower_
        clause = token.head
        if lower == "what" and clause.dep_ == "csubj" and clause.head.lower_ in _BE:
            # "What doctors resent is the imposition of targets": what the copula names.
            return [
                a
                for child in clause.head.children
                if child.dep_ == "attr"
                for a in self.arguments(child, depth + 1)
            ]
        if lower == "what" and clause.dep_ in ("ccomp", "attr") and clause.head.lower_ in _BE:
            # "Leadership is what improves care": what the copula's subject is.
            return [
                a
                for child in clause.head.children
                if child.dep_ == "nsubj"
                for a in self.arguments(child, depth + 1)
            ]
        if token.dep_ == "pobj" and clause.dep_ == "prep":
            clause = clause.head  # "the method through which ..."
        if lower in words["relative_pronouns"] and clause.dep_ in ("relcl", "acl"):
            noun = clause.head
            found = self._concepts(noun, depth + 1)
            personal = self.finder._personal
            people_only = bool(found) and all(a.mention.concept in personal for a in found)
            # After a comma, "which" on a verb's adjunct that names nothing ("imposed targets
            # in 2004, which undermined ...") sums up the clause.
            summing_up = not found and self.doc[token.i - 1].text == ","
            if lower in words["thing_relatives"] and (people_only or summing_up):
                # "which" never stands for people: in "imposed targets on doctors, which
                # undermined trust" it is what the clause imposed.
                found = [
                    a
                    for thing in self._clause_object(noun, nouns=people_only)
                    for a in self.arguments(thing, depth + 1)
                    if a.mention.concept not in personal
                ]
            copula = self._copula_of_member(noun)
            if not found and copula is not None:
                # "X and Y are the two that most predict Z", "X is one of the tools that
                # improve Z", "X is among the factors that undermine Z": the copula's subject.
                found = [
                    a
                    for child in copula.children
                    if child.dep_ == "nsubj"
                    for a in self.arguments(child)
                ]
            if not found and noun.dep_ == "pobj" and noun.head.lower_ == "as":
                # "sees accountability as the method through which autonomy is preserved":
                # what is seen as the noun.
                carrier = noun.head.head
                if carrier.lower_ in words["as_verbs"]:
                    found = [
                        a
                        for child in carrier.children
                        if child.dep_ == "dobj"
                        for a in self.arguments(child, depth + 1)
                    ]
            listing = noun.head.lower_ in _BE or noun.head.lower_ in words["listing_verbs"]
            if not found and noun.dep_ == "nsubj" and listing:
                # "Factors that support engagement include trust and training": what the
                # plain noun is said to be.
                found = [
                    a
                    for child in noun.head.children
                    if child.dep_ in ("attr", "dobj")
                    for a in self.arguments(child, depth + 1)
                ]
            return found
        if token.tag_.startswith("PRP"):
            return self._pronoun(token)
        if lower in self.finder._capacities:
            # "the ability of physicians to practise medicine": what they are able to do.
            for child in token.children:
                if child.dep_ in ("acl", "relcl") and _has_to(child):
                    # The infinitive's own name or its object, not what it is done with:
                    # "opportunities to engage with leadership" are no leadership.
                    named = self._covered(child, self.covering(child), depth + 1)
                    found = named or [
                        a
                        for c in child.children
                        if c.dep_ in ("dobj", "attr")
                        for a in self.arguments(c, depth + 1)
                    ]
                    # "their ability to work effectively": an ability to do what names no
                    # concept is no argument (its holder is not what is helped or harmed).
                    return found
        passes = self.finder._light_nouns.get(lower)
        if passes is not None:
            # "a lack of X", and "risks to X" (what goes wrong with it, inverse_measures).
            flipped = lower in words["privative_nouns"] or lower in words["inverse_measures"]
            # "its aim", "the government's purpose": the possessive stands in for "of" (not
            # for "for": "their time" is not time for them), unless a modifier names what the
            # noun is about ("the hospital's quality improvement work").
            owned = "of" in passes and not self._modifying(token, ("compound", "amod", "nmod"))
            found = [
                a
                for child in token.children
                if child.dep_ == "poss" and owned
                for a in self.arguments(child)
            ]
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in passes:
                    target = _complement(child)
                    if target is not None:
                        found += [
                            _Argument(a.mention, a.inferred, a.flipped ^ flipped)
                            for a in self.arguments(target)
                        ]
            if found:
                return found
        if token.tag_.startswith("NN") or token.tag_ in ("CD", "PRP"):
            examples = self._examples(token)
            if examples:
                return examples
            means = self._means(token, depth)
            if means:
                return means
            if lower in words["light_heads"]:
                # "the trust's efficiency programme" is about efficiency: the owner stands
                # in only when no other modifier names a concept ("the trust's programme").
                modifiers = self._modifying(
                    token, ("compound", "amod", "nmod")
                ) or self._modifying(token, ("poss",))
                if modifiers:
                    return [_Argument(m) for m in modifiers]
                basis = self._basis(token, depth)
                if basis:
                    return basis
            if lower in words["inverse_measures"]:
                # "patient safety incidents", "quality failures": a count of what goes wrong
                # named by its concept, as "fewer errors" is safer care.
                modifiers = self._modifying(token, ("compound", "nmod"))
                if modifiers:
                    return [_Argument(m, flipped=True) for m in modifiers]
            determiners = {c.lower_ for c in token.children if c.dep_ in ("det", "amod", "predet")}
            if determiners & words["anaphora_determiners"] and not self._points_forward(token):
                return self._anaphor(token)
            if self._bare_definite(token):
                kind = self.finder._shell_kinds.get(lower)
                if kind is not None:
                    return self._of_kind(token, lower, kind)
                return self._repeated(token)
            return []
        if token.dep_ in ("csubj", "pcomp") and token.tag_ == "VBG" and self._acts_on_people(token):
            # In "training the workforce improves safety" what improves it is the training,
            # not the workforce ("giving doctors training helps": the training does); so for
            # a means ("improve care by bringing professionals together").
            return []
        if token.tag_.startswith(("VB", "JJ")) and _heads_clause(token):
            # A clause as an argument ("dependent on doctors being prepared to take leadership
            # roles", "a diversion from having a real dialogue") stands for what it is about:
            # its object, or else its complement, or else its subject.
            # Doing away with a thing stands for its absence, like "a lack of" ("reducing
            # bureaucracy would improve engagement": bureaucracy hinders it).
            removing = token.lower_ in words["privative_verbs"]
            for deps in (("dobj", "attr", "oprd"), ("xcomp", "ccomp", "prep"), ("nsubj",)):
                found = []
                for child in token.children:
                    if child.dep_ in deps:
                        target = _complement(child) if child.dep_ == "prep" else child
                        if target is not None:
                            found += self.arguments(target, depth + 1)
                if found and removing and deps[0] == "dobj":
                    # (Right after the gerund, the mention is flipped by it already, as by
                    # "reduced" in "reduced bureaucracy".)
                    found = [
                        a
                        if self._word_before(a.mention) == token.lower_
                        else _Argument(a.mention, a.inferred, not a.flipped)
                        for a in found
                    ]
                if found:
                    return found
        return []

    def _means(self, noun: Token, depth: int) -> list[_Argument]:
        """ "attempts to improve quality through audit", "efforts to cut costs by closing
        wards": a plain noun of an endeavour is what it is done with, the means its infinitive
        names; what the infinitive aims at (quality) is no argument of the noun. The parser
        often hangs the means on the infinitive's object ("improve quality by audit", with
        "by" under "quality"): a noun takes no "by" or "through" phrase of its own there.
        With no means named, an endeavour noun ("efforts", "schemes designed to", "moves")
        stands for an infinitive that is a concept's own name ("to engage doctors") or that
        puts a thing in place ("to introduce targets")."""
        means = self.words["means_prepositions"]
        endeavour = noun.lower_ in self.finder._endeavours
        found: list[_Argument] = []
        for clause in _infinitives(noun):
            holders = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
            found += [
                a
                for holder in holders
                for prep in holder.children
                if prep.dep_ == "prep" and prep.lower_ in means and prep.i > holder.i
                for target in [_complement(prep)]
                if target is not None
                for a in self.arguments(target, depth + 1)
            ]
            if found or not endeavour or _has(clause, "neg"):
                continue
            named = self.covering(clause)
            if named:
                found += [_Argument(m) for m in named]
            elif clause.lower_ in self.finder._introducing:
                found += [
                    a
                    for c in clause.children
                    if c.dep_ == "dobj"
                    for a in self.arguments(c, depth + 1)
                ]
        return found

    def _clause_object(self, noun: Token, nouns: bool = True) -> list[Token]:
        """What a clause acted on, when its prepositional phrase ends with `noun`: the noun
        the phrase hangs on ("targets on doctors", unless `nouns` is false), or the verb's
        direct object."""
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return []
        head = noun.head.head
        if head.tag_.startswith("NN"):
            return [head] if nouns else []
        return [c for c in head.children if c.dep_ == "dobj"] if head.tag_.startswith("VB") else []

    def _copula_of_member(self, noun: Token) -> Token | None:
        """The copula that says what the plain noun's group counts: "are the two", "is one of
        the tools", "is among the factors"."""
        head = noun.head
        if noun.dep_ == "attr" and head.lower_ in _BE:
            return head
        if noun.dep_ != "pobj" or head.dep_ != "prep":
            return None
        if head.lower_ == "among" and head.head.lower_ in _BE:
            return head.head
        part = head.head
        counted = part.tag_ == "CD" or part.lower_ in self.words["partitive_heads"]
        if head.lower_ == "of" and counted and part.dep_ == "attr" and part.head.lower_ in _BE:
            return part.head
        return None

    def _basis(self, noun: Token, depth: int) -> list[_Argument]:
        """ "a culture focused on targets", "a system built around audit": a general noun's
        participle of basis names what the noun is about (not "a culture shaped by
        managers": an agent made it, it is not about them)."""
        return [
            a
            for participle in noun.children
            if participle.dep_ == "acl" and participle.tag_ == "VBN"
            for prep in participle.children
            if prep.dep_ == "prep" and prep.lower_ in self.words["basis_prepositions"]
            for target in [_complement(prep)]
            if target is not None
            for a in self.arguments(target, depth + 1)
        ]

    def _modifying(self, noun: Token, deps: tuple[str, ...]) -> list[Mention]:
        """The mentions that the noun's modifiers of the given relations name."""
        return [m for child in noun.children if child.dep_ in deps for m in self.covering(child)]

    def _acts_on_people(self, verb: Token) -> bool:
        """Whether a verb's direct object names people (an Actor), who undergo what it does."""
        personal = self.finder._personal
        return any(
            m.concept in personal
            for child in verb.children
            if child.dep_ == "dobj"
            for m in self.covering(child)
        )

    def _covered(self, token: Token, covering: list[Mention], depth: int) -> list[_Argument]:
        """A word on a mention: its concept; a category of a member named after "of" ("the
        key professional value of autonomy") the member; and concepts coordinated among its
        modifiers ("organisational, management and leadership skills")."""
        words = self.words
        flipped = any(
            c.dep_ in ("amod", "advmod") and c.lower_ in words["privative_modifiers"]
            for c in token.children
        ) or any(
            self._word_before(m) in words["privative_modifiers"] or self._privative(m)
            for m in covering
        )
        measures = words["inverse_measures"]
        if any(_measured_by(m.surface, measures, words["privative_nouns"]) for m in covering):
            flipped = not flipped  # "lower mortality" is a better outcome
        lexicon = self.finder.lexicon
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                target = _complement(child)
                members = self.covering(target) if target is not None else []
                if members and all(
                    any(c.concept in lexicon.ancestors(m.concept) for c in covering)
                    for m in members
                ):
                    return [_Argument(m, flipped=flipped) for m in members]
        judged = self._judged(token, covering)
        if judged:
            return [_Argument(m, flipped=flipped) for m in judged]
        found = [_Argument(m, flipped=flipped) for m in covering]
        concepts = {m.concept for m in covering}
        # "professional values, including autonomy": what is said of a category is said of
        # the members it names as examples (only members: "leaders, including nurses" is not
        # said of nurses unless nurses are leaders in the ontology).
        for example in self._examples(token):
            concept = example.mention.concept
            if concept not in concepts and any(
                c in lexicon.ancestors(concept) for c in {m.concept for m in covering}
            ):
                concepts.add(concept)
                found.append(_Argument(example.mention, flipped=flipped or example.flipped))
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod"):
                if _has(child, "cc"):
                    # "accountability and patient safety", parsed with "accountability" as a
                    # modifier of "safety": a coordinated concept of its own.
                    for mention in self.covering(child):
                        if mention.concept not in concepts:
                            concepts.add(mention.concept)
                            found.append(_Argument(mention, flipped=flipped))
                others = list(child.conjuncts)
            elif child.dep_ == "prep" and (target := _complement(child)) is not None:
                # "the quality of clinical care and patient satisfaction": a conjunct of the
                # label's last word names a concept of its own.
                inside = any(m.begin <= self.begin(target) < m.end for m in covering)
                others = list(target.conjuncts) if inside else []
            else:
                others = []
            for other in others:
                for mention in self.covering(other):
                    if child.dep_ == "prep" and mention.concept in self.finder._participants:
                        # "outcomes for patients and hospitals": the hospitals are who else
                        # the outcomes are for, not a concept of their own.
                        continue
                    if mention.concept not in concepts:
                        concepts.add(mention.concept)
                        found.append(_Argument(mention, flipped=flipped))
        return found

    def _privative(self, mention: Mention) -> bool:
        """A mention that names its concept's absence: "lack of trust", "mistrust",
        "inefficiencies" (a negative prefix on one of the concept's own names)."""
        key = (mention.surface.lower(), mention.concept)
        known = self.finder._privatives.get(key)
        if known is None:
            known = self.finder._privatives[key] = self._names_absence(mention)
        return known

    def _names_absence(self, mention: Mention) -> bool:
        words = self.words
        parts = mention.surface.lower().split()
        if not parts:
            return False
        if parts[0] in words["privative_nouns"]:
            return True
        lookup = self.finder.lexicon.lookup
        for prefix in words["privative_prefixes"]:
            rest = parts[0][len(prefix) :]
            named = parts[0].startswith(prefix) and len(rest) > 3
            if named and lookup(" ".join([rest, *parts[1:]])) == mention.concept:
                return True
        return False

    def _after_colon(self, token: Token, other: Token) -> bool:
        low, high = sorted((token.i, other.i))
        return any(low <= i < high for i in self._colons)

    def _judged(self, token: Token, covering: list[Mention]) -> list[Mention]:
        """ "better performing hospitals", "efficient organisations": a noun that names no
        outcome, modified by words that name one, stands for the outcome (a claim about
        better performing hospitals is a claim about performance)."""
        outcomes = self.finder._outcomes
        if not self.effect_claim or any(m.concept in outcomes for m in covering):
            return []
        found = []
        for child in token.children:
            if child.dep_ not in ("amod", "compound", "nmod") or child.i > token.i:
                continue
            for word in child.subtree:
                for mention in self.covering(word):
                    fresh = mention not in covering and mention not in found
                    if mention.concept in outcomes and fresh:
                        found.append(mention)
        return found

    def _word_before(self, mention: Mention) -> str:
        """The word right before a mention in the text ("poor" in "poor communication");
        several rules ask it of the same mention, so it is found once."""
        word = self._words_before.get(mention.begin)
        if word is None:
            start = max(self.sentence.begin, mention.begin - 40)
            words = _WORD.findall(self.text, start, mention.begin)
            word = self._words_before[mention.begin] = words[-1].lower() if words else ""
        return word

    @cached_property
    def _words_before(self) -> dict[int, str]:
        return {}

    @cached_property
    def _tokens_by_end(self) -> dict[int, Token]:
        """Each token by the document offset where it ends."""
        return {self.end(t): t for t in self.doc}

    def _examples(self, token: Token) -> list[_Argument]:
        """ "the leaders (including clinicians and managers)": the examples given."""
        found = []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in self.words["example_words"]:
                target = _complement(child)
                if target is not None:
                    found += self.arguments(target)
        return found

    def _pronoun(self, token: Token) -> list[_Argument]:
        """A personal pronoun as the concept it most likely stands for: the subject of the
        clause its own clause is coordinated with ("X hinders Y and it undermines Z"); else
        the nearest noun before it that agrees in number, if that noun names a concept (a
        plain noun in between is likelier: then none), skipping its own clause's subject when
        it is an object ("mutual respect can overcome it"); else the first concept of the
        nearest sentence before that does not itself open with a pronoun."""
        lower = token.lower_
        words = self.words
        person = lower in words["person_pronouns"]
        if lower in words["singular_pronouns"] or person:
            plural = False
        elif lower in words["plural_pronouns"]:
            plural = True
        else:
            return []
        verb = token.head
        # The clause before its own in the sentence: the one its clause is coordinated with,
        # or one set before it with a semicolon or a dash ("X is not a luxury; it is a
        # condition of safe care"), parsed as a clause under its verb.
        before = [verb.head] if verb.dep_ == "conj" else []
        # So is a clause of condition or time set before it ("If clinicians are to run the
        # service, they need ..."): its subject is the one the pronoun continues.
        before += [
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "parataxis", "advcl") and c.i < token.i
        ]
        if token.dep_ in ("nsubj", "nsubjpass"):
            for clause in before:
                children = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                found = [
                    _Argument(self._anchored(token, a.mention), inferred=True)
                    for child in children
                    for a in self.arguments(child)
                    if self._agrees(a.mention, plural, person)
                ]
                if found:
                    return found
                if any(c.lower_ == lower for c in children):
                    # "It oversaw governance and it supported improvement": the second "it"
                    # is the first, which stands for nothing named; not the nearer object.
                    return []
        if token.dep_ == "poss" and plural:
            # "doctors have skills as part of their development": a possessive most often
            # stands for its own clause's subject, not for a nearer noun.
            found = [
                _Argument(self._anchored(token, a.mention), inferred=True)
                for subject in self._clause_subject_of(token)
                # Plural by its own word ("doctors in training"), and not the phrase holding
                # the pronoun ("their success depends on").
                if (subject.tag_ == "NNS" or subject.conjuncts) and token not in subject.subtree
                for a in self.arguments(subject)
            ]
            if found:
                return found
        skipped = self._own_subject(token) | self._own_adjuncts(token)
        for noun in reversed(self.doc[: token.i]):
            if not noun.tag_.startswith(("NN", "PRP")) or noun.i in skipped:
                continue
            if token in noun.subtree:
                continue  # "an argument that it ...": not the noun whose clause holds it
            if noun.tag_.startswith("PRP"):
                continue
            covering = self.covering(noun)
            if not covering:
                if is_plural(noun.text) != plural or noun.dep_ in ("compound", "amod"):
                    continue
                # A plain noun is likelier, unless it stands for concepts itself
                # ("accountability systems", with "guidelines and" before it).
                standing = [a for a in self._concepts(noun, 3) if not a.inferred]
                if standing:
                    standing = [a for a in self.arguments(noun, 3) if not a.inferred]
                if lower in words["singular_pronouns"]:
                    # "patient care ... it": care stands for patients, but "it" never for a
                    # person: the plain noun stops the search all the same.
                    personal = self.finder._personal
                    standing = [a for a in standing if a.mention.concept not in personal]
                return [
                    _Argument(self._anchored(token, a.mention), inferred=True) for a in standing
                ]
            mention = self._head_mention(noun, covering)
            if mention is not None and self._agrees(mention, plural, person):
                found = [_Argument(self._anchored(token, mention), inferred=True)]
                if plural:
                    for other in noun.conjuncts:  # "doctors and managers ... they"
                        for m in self.covering(other):
                            found.append(_Argument(self._anchored(token, m), inferred=True))
                return found
        # "Doctors resent targets. They see them as a threat": an object pronoun never
        # stands for what its own clause's subject pronoun stands for.
        bound = {
            a.mention.concept
            for subject in self.doc[: token.i]
            if subject.i in skipped and subject.tag_ == "PRP" and subject.dep_ == "nsubj"
            for a in self._pronoun(subject)
        }
        for sentence, mentions in zip(self.previous, self.earlier_by_sentence, strict=True):
            # What that sentence's own references were found to stand for counts as named
            # there, in its place: "Networks began in 1999. Many of them involve nurses. Yet
            # they have not ..." continues the networks, not the nurses.
            referred = self._referred(sentence, mentions)
            opens = _opens_with_pronoun(self.text, sentence, words)
            if opens and not referred and sentence != self.previous[-1]:
                continue
            ordered = sorted([*mentions, *referred], key=lambda m: (m.begin, m.end))
            if token.dep_ in ("dobj", "pobj", "attr", "dative") and not self._one_candidate(
                token, ordered, bound, plural, person
            ):
                return []
            for at, mention in enumerate(ordered):
                if mention.concept in bound:
                    continue
                if self._agrees(mention, plural, person):
                    group = [mention]
                    if plural:
                        group += self._joined(mention, ordered[at + 1 :])
                    return [_Argument(self._anchored(token, m), inferred=True) for m in group]
            break
        return []

    def _one_candidate(
        self, token: Token, mentions: list[Mention], bound: set[str], plural: bool, person: bool
    ) -> bool:
        """Whether an object pronoun has one antecedent of its number in the sentence before,
        its own clause's subject set aside. Unlike a subject pronoun, which continues the
        subject before it, an object one may stand for any of them ("Managers impose targets.
        Doctors resent them."): two or more, and which is meant is uncertain."""
        own = {
            a.mention.concept
            for i in self._own_subject(token)
            if self.doc[i].dep_ in ("nsubj", "nsubjpass")
            for a in self._concepts(self.doc[i], 3)
        }
        concepts = {
            m.concept
            for m in mentions
            if m.concept not in bound | own and self._agrees(m, plural, person)
        }
        return len(concepts) == 1

    def _joined(self, first: Mention, after: list[Mention]) -> list[Mention]:
        """The members coordinated with a plural antecedent in the text ("Doctors and
        managers rarely meet. They ..."): "they" is the whole group, not its first member.
        Only members that agree with "they" count (an acronym's number is unknown); a word in
        between that is no joiner ends the group."""
        group: list[Mention] = []
        last = first
        for mention in after:
            if mention.begin < last.end:
                continue  # a mention inside the one before ("patient" in "patient safety")
            between = " ".join(self.text[last.end : mention.begin].split()).lower()
            if between not in self.words["group_joiners"] or not self._agrees(mention, True):
                break
            if is_acronym(mention.surface):
                break  # "Doctors and the NHS": its final "S" makes no plural
            if mention.concept not in {first.concept, *(m.concept for m in group)}:
                group.append(mention)
            last = mention
        return group

    def _referred(self, sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
        """The mentions anchored on an earlier sentence's references (its pronouns and
        descriptions), as its relations resolved them or, with no relation, as reading its
        arguments did."""
        own = {(m.begin, m.end, m.concept) for m in mentions}
        found: dict[tuple[int, int, str], Mention] = {}
        for r in self.finder._found.get(sentence, ()):
            for m in (r.subject_mention, r.object_mention):
                found.setdefault((m.begin, m.end, m.concept), m)
        for m in self.finder._resolved.get(sentence, ()):
            found.setdefault((m.begin, m.end, m.concept), m)
        return [m for key, m in found.items() if key not in own]

    def _own_adjuncts(self, token: Token) -> set[int]:
        """The tokens of the prepositional phrases set before a subject pronoun's verb ("In
        many regions they involve nurses", "For patients, they offer ..."): the pronoun
        names something else than the nouns in them."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        return {
            t.i
            for child in token.head.children
            if child.dep_ == "prep" and child.i < token.i
            for t in child.subtree
        }

    def _object_controller(self, prep: Token, verb: Token) -> list[Token]:
        """The object of a verb of blame or credit whose preposition holds the gerund ("blamed
        managers for undermining Y"): what the gerund says is said of that object."""
        if verb.lower_ not in self.words["object_control_verbs"]:
            return []
        return [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i]

    def _clause_subject_of(self, token: Token) -> list[Token]:
        """The subject of the nearest clause above a word (none past a clause boundary)."""
        head = token.head
        for _ in range(_CLIMB):
            if head.tag_.startswith("VB"):
                return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if head.head is head:
                break
            head = head.head
        return []

    def _own_subject(self, token: Token) -> set[int]:
        """The tokens of the subject of the clause an object pronoun belongs to."""
        if token.dep_ not in ("dobj", "pobj", "attr"):
            return set()
        verb = token.head if token.dep_ != "pobj" else token.head.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        # An aside set off by a comma on the subject is not the subject ("Audit, far from
        # undermining autonomy, strengthens it": it is the autonomy).
        asides = {
            t.i
            for subject in subjects
            for child in subject.children
            if child.i > subject.i and self.doc[child.left_edge.i - 1].text == ","
            for t in child.subtree
        }
        return {t.i for subject in subjects for t in subject.subtree} - asides

    def _head_mention(self, noun: Token, covering: list[Mention]) -> Mention | None:
        """The mention a noun stands for as an antecedent: its own covering mention, or, for
        a noun inside a longer label ("management" in "involvement in management"), the
        concept its own word names."""
        begin, end = self.begin(noun), self.end(noun)
        head = noun.head
        for mention in covering:
            inside = mention.begin <= self.begin(head) and self.end(head) <= mention.end
            if head is noun or not inside:
                return mention
        concept = self.finder.lexicon.lookup(noun.text)
        if concept is not None:
            return Mention(concept, begin, end, self.text[begin:end], self.sentence)
        return covering[0]

    def _agrees(self, mention: Mention, plural: bool, person: bool = False) -> bool:
        """Whether a pronoun can stand for the mention: "it" never for a person, "she" and
        "he" only for one, each in its number."""
        if not plural and (mention.concept in self.finder._personal) != person:
            return False
        surface = mention.surface.lower()
        words = self.words
        if surface in words["plural_pronouns"]:  # a pronoun resolved before ("They ...")
            return plural
        if surface in words["singular_pronouns"] | words["person_pronouns"]:
            return not plural
        if mention.surface.isupper() and is_acronym(mention.surface):
            return not plural  # "the NHS": a final capital "S" makes no plural ("MCNs" does)
        return is_plural(mention.surface) == plural

    def _anaphor(self, token: Token) -> list[_Argument]:
        """ "such training", "these networks": the latest concept named before with this very
        head noun ("management training", "MCNs" for a concept so headed), or that an earlier
        reference was found to stand for; "this approach", "such schemes", "these reforms":
        the one concept of the noun's kind named last (see `_of_kind`); "these obstacles":
        what the sentence before said was one. "these leaders" after "leadership
        development" stands for nothing: the concept was not named with that noun."""
        lower = " ".join(token.lower_.split())
        kind = self.finder._shell_kinds.get(lower)
        if kind is not None:
            return self._of_kind(token, lower, kind)
        concepts = self.finder._heads.get(lower, [])
        if not concepts:
            return self._summarised(token)
        forms = _with_plurals([_singular(lower, self.finder._heads)])
        for _, mention, referred in self._antecedents(token):
            if mention.concept not in concepts:
                continue
            words = mention.surface.split()
            named = bool(words) and words[head_index(words)].lower() in forms
            if referred or named or is_acronym(mention.surface):
                return [_Argument(self._anchored(token, mention), inferred=True)]
        return []

    def _of_kind(self, token: Token, noun: str, kind: frozenset[str]) -> list[_Argument]:
        """ "this approach" after "a new model of care": the concept of the noun's kind named
        last, in the nearest sentence (this one first) that names any. Uncertain, hence none:
        two concepts of the kind there ("integrated care and primary care ... this model"),
        or the same noun written as a plain word in between ("a new scheme ... this scheme":
        the scheme is that plain one, not a concept named before it)."""
        nearest = None
        for place, mention, _ in self._antecedents(token):
            if nearest is not None and place != nearest[0]:
                break
            if mention.concept not in kind:
                continue
            if nearest is None:
                nearest = (place, mention)
            elif mention.concept != nearest[1].concept:
                return []
        if nearest is None:
            return []
        mention = nearest[1]
        if self._plain_between(mention.end, self.begin(token), _with_plurals([noun])):
            return []
        return [_Argument(self._anchored(token, mention), inferred=True)]

    def _bare_definite(self, token: Token) -> bool:
        """ "the networks", "the divide": a noun with a definite article and nothing else that
        narrows it (no modifier, no phrase or restrictive clause after it), which can only
        repeat what was named before. "The networks in Wales", "the new networks" may be
        others."""
        lefts = [c for c in token.children if c.i < token.i]
        if len(lefts) != 1 or lefts[0].dep_ != "det":
            return False
        if lefts[0].lower_ not in self.words["definite_determiners"]:
            return False
        narrowing = ("prep", "acl", "amod", "compound", "nmod", "nummod", "poss")
        rights = [c for c in token.children if c.i > token.i]
        return not any(c.dep_ in narrowing for c in rights) and not self._points_forward(token)

    def _repeated(self, token: Token) -> list[_Argument]:
        """ "Managed clinical networks began in 1999. The networks now ...": a bare definite
        description stands for the concept last named with the same head word, in the
        nearest sentence (this one first) that names one. Uncertain, hence none: two concepts
        so headed there ("primary care and integrated care ... the care"), or the noun written
        as a plain word in between."""
        lower = token.lower_
        heads = self.finder._heads
        forms = _with_plurals([_singular(lower, heads)])
        concepts = [c for c in heads.get(lower, ()) if self._named_by(c, forms)]
        if not concepts:
            return []
        nearest: tuple[int, Mention] | None = None
        for place, mention, _ in self._antecedents(token):
            if nearest is not None and place != nearest[0]:
                break
            if mention.concept not in concepts:
                continue
            words = mention.surface.split()
            if not words or words[head_index(words)].lower() not in forms:
                continue
            if nearest is None:
                nearest = (place, mention)
            elif mention.concept != nearest[1].concept:
                return []
        if nearest is None or self._plain_between(nearest[1].end, self.begin(token), forms):
            return []
        return [_Argument(self._anchored(token, nearest[1]), inferred=True)]

    def _named_by(self, concept: str, forms: frozenset[str]) -> bool:
        """Whether the noun names the concept itself, not a participant in it: the head of
        its preferred label ("the networks" for a clinical network, "the relationship"), or
        of any label of a group of people ("the profession"). "The services" after "safe
        services" is the services, not patient safety; "the staff" after "engaged staff" is
        no engagement."""
        labels = self.finder.lexicon.labels.get(concept, ())
        named = labels if concept in self.finder._personal else labels[:1]
        for label in named:
            words = label.split()
            if words and words[head_index(words)].lower() in forms:
                return True
        return False

    def _antecedents(self, token: Token) -> Iterator[tuple[int, Mention, bool]]:
        """What a reference may stand for, nearest first, with the sentence it is in (0 for
        the reference's own, 1 for the one before...) and whether it was itself a reference
        resolved there ("They involve nurses ... these networks")."""
        begin = self.begin(token)
        for mention in reversed(self.mentions):
            if mention.end <= begin:
                yield 0, mention, False
        for place, (sentence, mentions) in enumerate(
            zip(self.previous, self.earlier_by_sentence, strict=True), start=1
        ):
            referred = self._referred(sentence, mentions)
            named = [(m, False) for m in mentions] + [(m, True) for m in referred]
            for mention, inferred in sorted(named, key=lambda pair: -pair[0].begin):
                yield place, mention, inferred

    def _plain_between(self, begin: int, end: int, nouns: frozenset[str]) -> bool:
        """Whether one of the nouns is written between two offsets outside any mention."""
        named = [*self.mentions, *(m for ms in self.earlier_by_sentence for m in ms)]
        for word in _WORD.finditer(self.text, begin, end):
            if word.group().lower() in nouns and not any(
                m.begin <= word.start() < m.end for m in named
            ):
                return True
        return False

    def _points_forward(self, token: Token) -> bool:
        """ "those structures that assure quality", "such schemes as appraisal": a noun that
        what follows it defines (a relative clause with no comma before it, or "such ... as")
        refers forward, not back."""
        such = any(c.lower_ == "such" for c in token.children if c.i < token.i)
        for child in token.children:
            if child.i < token.i:
                continue
            edge = child.left_edge.i
            if child.dep_ == "relcl" and (edge == 0 or self.doc[edge - 1].text != ","):
                return True
            if such and child.dep_ == "prep" and child.lower_ == "as":
                return True
        return False

    def _summarised(self, token: Token) -> list[_Argument]:
        """ "Bureaucracy hampers hospitals. These obstacles create inefficiencies": a cue noun
        after a demonstrative sums up the subjects of the sentence before that the same kind
        of relation was found for (firm or hedged, not denied)."""
        family = self.finder._noun_families.get(token.lower_)
        if family is None or not self.previous:
            return []
        families = self.finder.families
        found = []
        for relation in self.finder._found.get(self.previous[0], ()):
            if relation.negated or relation.rejected:
                continue
            if families.get(relation.predicate) != family:
                continue
            argument = _Argument(self._anchored(token, relation.subject_mention), inferred=True)
            if argument.mention.concept not in {a.mention.concept for a in found}:
                found.append(argument)
        return found

    def _anchored(self, token: Token, mention: Mention) -> Mention:
        """A mention of `mention`'s concept on the words that refer to it here."""
        start = token
        lefts = [c for c in token.children if c.dep_ == "det" and c.i < token.i]
        if lefts:
            start = lefts[0]
        begin, end = self.begin(start), self.end(token)
        anchored = Mention(mention.concept, begin, end, self.text[begin:end], self.sentence)
        resolved = self.finder._resolved.setdefault(self.sentence, [])
        if anchored not in resolved:
            resolved.append(anchored)
        return anchored

    # -- status ---------------------------------------------------------------------------

    def status(self, cue_token: Token, cue: Cue) -> _Status | None:
        """Whether the claim is denied, rejected, hedged or reported (None: the frame's own
        condition, such as the negation "cannot ... without" needs, is not met)."""
        words = self.words
        status = _Status()
        chain = self._chain(cue_token)
        host_negation = False
        wrongly: str | None = None
        unresolved = self._unresolved(cue_token, cue)
        for token in chain:
            fails = cue.negated_host and token is not cue_token and self._fails(token)
            if self._emphatic(token):
                continue  # "could not be more critical": its negation and modal affirm
            if unresolved is not None and token.i == unresolved.i:
                continue  # "the tension cannot be resolved": the conflict stands
            for child in _clause_children(token):
                lower = child.lower_
                dep = child.dep_
                if (
                    dep == "neg"
                    and not _restricts(child, words["not_negations"])
                    and not _contrasts_a_later_phrase(child)
                    and not _followed_by(child, words["litotes_comparatives"])
                ):
                    if fails:
                        return None  # "did not falter without trust": no need is stated
                    if cue.negated_host and (token is not cue_token or cue.kind == "verb"):
                        host_negation = True  # (a verb's own: "X does not fit with Y")
                    else:
                        status.add("negated", child.text)
                elif dep == "advmod" and _phrase_before(child) in words["negating_phrases"]:
                    status.add("negated", _phrase_before(child))  # "no longer"
                elif dep == "det" and lower in words["negating_determiners"] and token is cue_token:
                    status.add("negated", child.text)
                elif dep == "dobj" and token is cue_token and token.tag_.startswith("VB"):
                    # "plays no (little) role in Y", "makes no difference to Y", "improves
                    # no outcomes": a denied object denies what the verb does with it.
                    for word in child.children:
                        if (word.dep_ == "det" and _denying_determiner(word, words)) or (
                            word.dep_ == "amod" and word.lower_ in words["negating_modifiers"]
                        ):
                            status.add("negated", word.text)
                elif (
                    dep == "det"
                    and lower in words["negating_determiners"]
                    and cue.negated_host
                    and token is not cue_token
                ):
                    host_negation = True  # "there can be no reform without engagement"
                elif (
                    dep == "cc" and lower == "nor" and child.i < token.i and token.tag_[:2] == "VB"
                ):
                    status.add("negated", child.text)  # "Nor does X improve Y"
                elif dep == "preconj" and lower == "neither" and token.tag_[:2] == "VB":
                    status.add("negated", child.text)  # "X neither improves Y nor ..."
                elif (
                    dep == "advmod"
                    and lower in words["wrongly_adverbs"]
                    and token.tag_.startswith("VB")
                ):
                    wrongly = child.text  # "audit is wrongly seen as a threat to autonomy"
                elif dep in ("advmod", "amod", "npadvmod") and lower in words["negating_modifiers"]:
                    if cue.negated_host and (token is not cue_token or cue.kind == "verb"):
                        host_negation = True  # (a verb's own: "X does not fit with Y")
                    else:
                        status.add("negated", child.text)
                elif (
                    cue.negated_host
                    and token is not cue_token
                    and dep in ("dobj", "pobj", "prep")
                    and _amounts_to_nothing(child, words)
                ):
                    host_negation = True  # "reforms mean (achieve) little without engagement"
                elif dep == "prep" and _with_object(child) in words["hedge_phrases"]:
                    status.add("hedged", _with_object(child))  # "in theory, X improves Y"
                elif (
                    (
                        dep == "aux"
                        and lower in words["hedge_modals"]
                        and not (lower in words["ability_modals"] and self._denied_ability(token))
                    )
                    or (dep == "advmod" and lower in words["hedge_adverbs"])
                    or (
                        dep == "amod"
                        and (lower in words["hedge_adjectives"] or _so_called(child))
                        and token.tag_.startswith("NN")
                    )
                ):
                    status.add("hedged", child.text)
            if token is not cue_token:
                pending = [
                    c
                    for c in token.children
                    if c.dep_ == "advmod" and c.lower_ in words["pending_words"]
                ]
                if pending and any(c.dep_ == "xcomp" and c in chain for c in token.children):
                    status.add("negated", f"{pending[0].text} to")  # "has yet to improve"
                nothing = self._nothing_subject(token)
                if nothing and cue.negated_host:
                    host_negation = True  # "no partnership can last without trust"
                elif nothing:
                    status.add("negated", nothing)
                lower = token.lower_
                if fails:
                    host_negation = True  # "without trust, engagement falters"
                elif lower in words["negating_verbs"] and not self._denied_report(token):
                    # ("few would deny that X", "did not deny that X": a denial denied)
                    status.add("negated", token.text)
                elif lower in words["hedge_verbs"] and not (
                    lower in words["finding_verbs"] and (_has(token, "neg") or self._pending(token))
                ):
                    # ("has not been shown (is yet to be shown) to improve" denies it, and is
                    # no hedge.)
                    status.add("hedged", token.text)
        adverbial = self._negating_adverbial(chain)
        if adverbial:
            status.add("negated", adverbial)  # "in no case did X improve Y"
        overstated = self._overstated(chain)
        if overstated:
            status.drop("hedged")
            status.add("rejected", overstated)  # "the book overstates the threat of X to Y"
        clause = chain[-1]
        futile = _does_nothing(clause, self.words["futile_objects"])
        if futile:
            status.add("negated", futile)  # "does little (has done nothing) to improve Y"
        if clause.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ == "nor" and clause.head.i < c.i < clause.i
            for c in clause.head.children
        ):
            status.add("negated", "nor")  # "X does not do A, nor does it improve Y"
        stranded = _stranded_negation(clause)
        if stranded is not None:
            status.add("negated", stranded.text)
        subject = _partitive_whole(cue_token)
        if (
            subject.dep_ in ("nsubj", "nsubjpass")
            and self._calls_wrong(subject.head)
            and not self._emphatic(subject.head)
        ):
            # "The supposed conflict between X and Y is illusory (a myth, overstated, a false
            # dichotomy, more apparent than real)", "much of the supposed conflict ... is
            # imaginary": a claim called unreal is rejected, not tentative ("the perceived
            # conflict ... is a myth").
            status.drop("hedged")
            status.add("rejected", cue_token.text)
        if cue.kind == "verb" and self._studies_say(cue_token):
            # "previous studies have linked X with Y": others' findings, like "studies show
            # that X improves Y" (not "this review links").
            status.add("hedged", "studies")
        if self._unasserted(chain) or self.question or self._defining(cue_token):
            return None  # kept from, asked to, asked about or defined: no claim
        top = chain[-1]
        if top.dep_ in ("relcl", "acl") and top.head.lower_ in words["negating_modifiers"]:
            status.add("negated", top.head.text)  # "has little to contribute to"
        failing = top.dep_ == "acl" and top.head.lower_ in words["failing_nouns"]
        if failing and _has_to(top):
            status.add("negated", top.head.text)  # "the failure of X to improve Y"
        elif top.dep_ in ("relcl", "acl", "advcl") and self._potential(top.head):
            status.add("hedged", top.head.text)  # "there is scope for X to improve Y"
        if cue.negated_host and not host_negation:
            return None
        view = self._view(chain, status)
        if not view:
            self._seen_as(chain[-1], status)
        self._embedding(chain, view, status)
        quoting = self._quoted_after(chain[-1])
        if quoting is not None:
            status.add("hedged", quoting)
        if status.unasserted:
            return None
        self._purpose_host(cue_token, status)
        as_said = self._as_said(chain)
        if as_said is not None and not status.negated:
            status.add("hedged", f"as ... {as_said.text}")  # "X is, as is often said, Y"
        elif not status.negated:
            # "X harms Y, as some fear", with "fear" read as a noun.
            trailing = self._against_belief(cue_token, _AS)
            if trailing:
                status.add("hedged", trailing)
        denied_report = self._denied_report_of_others(chain, as_said) if status.negated else None
        if denied_report:
            # "X does not, as critics allege, harm Y", "contrary to popular belief, X does not
            # harm Y": the author denies what others claim, so the claim is put forward to be
            # rejected, not merely denied.
            status.drop("negated")
            status.drop("hedged")
            status.add("rejected", denied_report)
            return status
        completed = _completed_verb(chain[-1])
        if completed is not None and completed.lower_ in words["credit_blame_verbs"]:
            status.add("hedged", completed.text)  # "managers are accused of undermining Y"
        elif cue_token.lower_ in words["credit_blame_verbs"]:
            status.add("hedged", cue_token.text)  # "managers are blamed for poor care"
        wrongly = (
            wrongly
            or self._wrongly_held(completed)
            or (self._wrongly_held(cue_token) if cue.kind == "verb" else None)
            or self._judging_apposition(cue_token)
        )
        if wrongly and not status.negated:
            # "wrongly seen as", "managers are wrongly blamed for undermining Y": the author
            # names the view to say it is wrong.
            status.drop("hedged")
            status.add("rejected", wrongly)
        return status

    def _denied_ability(self, verb: Token) -> bool:
        """ "could not (could hardly, could never) improve": a negation on the verb."""
        return any(
            c.dep_ == "neg"
            or (c.dep_ == "advmod" and c.lower_ in self.words["negating_modifiers"])
            for c in _clause_children(verb)
        )

    def _pending(self, verb: Token) -> bool:
        """ "is yet to be shown": a "yet" on the verb or on the copula it completes."""
        hosts = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        return any(
            c.dep_ == "advmod" and c.lower_ in self.words["pending_words"]
            for host in hosts
            for c in host.children
        )

    def _negating_adverbial(self, chain: list[Token]) -> str | None:
        """ "In no case (at no point, by no means) did X improve Y": a phrase with "no" that
        denies the clause, on its verbs or their auxiliaries, or on the auxiliary the parser
        takes for the main verb of an inverted clause ("did" in "in no case did X ...")."""
        hosts = [*chain, *(c for t in chain for c in t.children if c.dep_ in ("aux", "auxpass"))]
        top = chain[-1]
        if (
            top.dep_ == "ccomp"
            and top.head.lower_ in _AUXILIARIES
            and not _has(top.head, "nsubj")
        ):
            hosts.append(top.head)
        for host in hosts:
            for prep in host.children:
                if prep.dep_ != "prep":
                    continue
                for noun in prep.children:
                    if noun.dep_ == "pobj" and _has(noun, "det"):
                        det = next(c for c in noun.children if c.dep_ == "det")
                        phrase = f"{prep.lower_} {det.lower_} {noun.lower_}"
                        if phrase in self.words["negating_adverbials"]:
                            return phrase
        return None

    def _overstated(self, chain: list[Token]) -> str | None:
        """ "The book overstates (exaggerates) the threat of X to Y": the verb whose object
        is the noun that names the relation, said of a claim made too strongly."""
        for below, token in pairwise(chain):
            if (
                below.dep_ == "dobj"
                and token.lower_ in self.words["overstating_verbs"]
                and not _has(token, "neg")
            ):
                return token.text
        return None

    def _purpose_host(self, cue_token: Token, status: _Status) -> None:
        """ "X need not grow if Y is to be sustained", "X may need to change for Y to
        succeed": a cue that is itself the condition of purpose carries the claim of the
        clause it is hung on, so that clause's denial or hedge is the claim's."""
        if cue_token.dep_ != "advcl" or not (
            _purpose_condition(cue_token) or _own_subject_purpose(cue_token)
        ):
            return
        words = self.words
        hosts = [cue_token.head]
        while hosts[-1].dep_ == "xcomp" and len(hosts) < _CLIMB:
            hosts.append(hosts[-1].head)  # "may have to grow", "does not need to grow"
        for child in (c for host in hosts for c in host.children):
            if child.dep_ == "neg" or (
                child.dep_ == "advmod" and child.lower_ in words["negating_modifiers"]
            ):
                status.add("negated", child.text)
            elif child.dep_ == "aux" and child.lower_ in words["hedge_modals"]:
                status.add("hedged", child.text)

    def _judging_apposition(self, cue_token: Token) -> str | None:
        """ "Critics say that X harms Y, a view we do not share (a claim that does not
        survive scrutiny, an assumption that is simply wrong, a mistaken view)": a view noun
        set after a comma, later in the sentence, that its own relative clause or adjective
        calls wrong names the claim before it only to reject it; so does a closing ", which we
        do not share (accept)"."""
        words = self.words
        closing = self._closing_refusal(cue_token)
        if closing:
            return closing
        views = words["rejection_nouns"] | words["opinion_nouns"]
        doc = self.doc
        for noun in doc[cue_token.i + 1 :]:
            if noun.lower_ not in views or not noun.tag_.startswith("NN"):
                continue
            before = noun.i - 1
            while before > cue_token.i and doc[before].dep_ in ("det", "amod", "advmod"):
                before -= 1
            if doc[before].text != ",":
                continue
            judging = [
                c
                for c in noun.children
                if c.dep_ == "amod" and c.lower_ in words["rejection_predicates"]
            ]
            if judging:
                return f"{noun.text} ... {judging[0].text}"  # "..., a mistaken (unconvincing) view"
            for clause in noun.children:
                if clause.dep_ != "relcl":
                    continue
                lower = clause.lower_
                denial = self._denied_report(clause) if lower in words["accepting_verbs"] else None
                if denial:
                    return f"a {noun.text} {denial} {clause.text}"
                if lower in words["withstanding_verbs"] and _has(clause, "neg"):
                    return f"a {noun.text} that does not {clause.text}"
                judged = self._calls_wrong(clause)
                if judged:
                    return f"a {noun.text} that is {judged}"
        return None

    def _closing_refusal(self, cue_token: Token) -> str | None:
        """ "..., which we do not share (accept, believe)": a closing relative clause after a
        comma, wherever the parser hangs it, in which the author refuses what went before."""
        words = self.words
        for which in self.doc[cue_token.i + 1 :]:
            if which.lower_ != "which" or self.doc[which.i - 1].text != ",":
                continue
            verb = which.head
            if (
                verb.lower_ in words["accepting_verbs"]
                and self._authorial(verb)
                and self._denied_report(verb) is not None
            ):
                return f"which we do not {verb.text}"
        return None

    def _wrongly_held(self, verb: Token | None) -> str | None:
        """ "Managers are wrongly blamed for undermining Y", "doctors mistakenly believe
        that ...": an adverb of error on the verb the clause completes (`verb`)."""
        if verb is None:
            return None
        found = [c for c in verb.children if c.dep_ == "advmod"]
        # ("..., unfairly in our view", with the adverb hung on the phrase after it)
        found += [
            g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "advmod"
        ]
        wrong = [c for c in found if c.lower_ in self.words["wrongly_adverbs"]]
        return wrong[0].text if wrong else None

    def _unresolved(self, cue_token: Token, cue: Cue) -> Token | None:
        """The verb of resolving whose object a conflict noun is ("the tension between X and
        Y cannot be resolved", "cannot reconcile the competing demands of X and Y"), or of
        noticing it ("is rarely acknowledged"): its negation denies the resolving or the
        noticing, not the conflict, which it leaves standing."""
        head = cue_token.head
        words = self.words
        if (
            cue.kind == "noun"
            and cue.property == HLKG + "conflictsWith"
            and cue_token.dep_ in ("dobj", "nsubjpass")
            and head.lower_ in words["resolving_verbs"] | words["attending_verbs"]
        ):
            return head
        return None

    def _quoted_after(self, verb: Token) -> str | None:
        """The reporting verb of a quotation that names its source after the claim ("X should
        be central to Y, concludes a new report", "..., say critics"): the claim is reported,
        as with "the report concludes that". Only a source that names one (a report, a study,
        critics, or an actor of the ontology), so that a list of verbs is no quotation."""
        words = self.words
        reporting = words["report_verbs"] | words["finding_verbs"]
        sources = words["quoted_sources"] | words["evidence_nouns"]
        for child in verb.children:
            after_comma = child.i > 0 and self.doc[child.i - 1].text in _SETTING_APART
            if child.dep_ not in ("conj", "parataxis", "ccomp") or child.i < verb.i:
                continue
            if not after_comma or child.lower_ not in reporting:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < child.i for c in child.children):
                continue  # "..., and critics say": a clause of its own
            for source in child.children:
                if source.dep_ not in ("dobj", "nsubj") or source.i < child.i:
                    continue
                actors = self.finder.under(_ACTORS)
                actor = any(m.concept in actors for m in self.covering(source))
                if source.lower_ in sources or actor:
                    return f"{child.text} {source.text}"
        return None

    def _emphatic(self, verb: Token) -> bool:
        """Whether a negated verb says its claim could not be put too strongly ("could not be
        more critical", "has never been greater", "cannot be overstated"): the negation then
        affirms, and is no denial (nor the overstating a rejection)."""
        words = self.words
        if not any(
            c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in words["negating_modifiers"])
            for c in verb.children
        ):
            return False
        for token in _predicate(verb):
            if token.lower_ in words["emphatic_predicates"]:
                return True
            if token.dep_ in ("acomp", "attr", "oprd"):
                # (Only a copula's complement: "does not improve Y any more" stays denied.)
                degree = [token, *token.children]
                if token.dep_ == "attr":  # "could not be more critical time"
                    degree += [c for c in token.children if c.dep_ == "amod"]
                    degree += [g for c in token.children if c.dep_ == "amod" for g in c.children]
                if any(
                    t.lower_ in words["emphatic_comparatives"] and t.tag_ in ("JJR", "RBR")
                    for t in degree
                ) and not any(t.lower_ == "than" for t in token.subtree):
                    return True
        return False

    def _fails(self, verb: Token) -> bool:
        """Whether a clause says its subject fails or cannot be ("collapses", "is
        impossible"): like a negation, it makes "without X" say that the subject needs X."""
        failing = self.words["failing_words"]
        return verb.lower_ in failing or any(
            c.dep_ in ("acomp", "attr") and c.lower_ in failing for c in verb.children
        )

    def _unasserted(self, chain: list[Token]) -> bool:
        """Whether the cue's clause is what someone is kept from or asked to do ("deters
        doctors from taking on leadership roles", "will require doctors to take on leadership
        roles"): the clause is then no claim of its own (the verb's own relation is)."""
        verbs = self.words["unasserting_verbs"]
        passives = self.words["unasserting_passives"]
        for token in chain[1:]:
            if token.lower_ in verbs and _has(token, "dobj"):
                return True  # "require doctors to ...", not "X is needed to achieve Y"
            if token.lower_ in passives and _passive(token):
                return True  # "doctors are expected to take on ..."
        top = chain[-1]
        gerund = top.tag_ == "VBG" or any(c.lower_ == "being" for c in top.children)
        # "evidence (studies, work) linking X to Y": what the evidence shows is reported, not
        # an event named (see _embedding).
        reported = top.dep_ == "acl" and top.head.lower_ in self.words["evidence_nouns"]
        # "X is the main factor driving Y": the participle says what X is said to do.
        reported = reported or (
            self._predicating_clause(top) and self._copula_of_member(top.head) is not None
        )
        if gerund and top.dep_ in ("pcomp", "pobj", "acl") and not reported:
            # "barriers to doctors taking up leadership roles", "the challenge of managers
            # improving quality", "dependent on doctors being prepared to take roles": an
            # event named by a noun phrase, not said to happen.
            prep = top.head if top.dep_ != "acl" else top
            while prep.dep_ == "conj" and prep.head.tag_ == "IN" and prep.head.i != prep.i:
                prep = prep.head  # "dependent on X and on doctors taking ..."
            purpose = prep.lower_ == "for" and bool(self._predicated(prep.head))
            if prep.head.i != prep.i and prep.head.tag_.startswith(("NN", "JJ")) and not purpose:
                # ("a tool for improving Y", said of a thing, is what the thing is for.)
                return True
            if prep.lower_ in ("in", "for", "to") and _predicate_of_copula(prep.head):
                return True  # "is crucial in ensuring": the adjective's frame says it
        prep = top.head
        if top.dep_ == "pcomp" and prep.lower_ == "from" and prep.head.i != prep.i:
            verb = prep.head
            return verb.lower_ in verbs and (_passive(verb) or _has(verb, "dobj"))
        return self._restrictive(top)

    def _restrictive(self, clause: Token) -> bool:
        """Whether a relative clause only singles out some of a generic subject ("doctors who
        distrust managers are less likely to engage"): it says what those doctors do, not
        that doctors do it. A clause set off by a comma ("doctors, who ...") or on a noun
        that is not the sentence's subject ("audit is a tool that improves safety") asserts
        its claim."""
        if clause.dep_ != "relcl":
            return False
        if _content_clause_misread(clause):
            return False  # "claims that X harms Y are ...": a noun's content, no relative
        noun = clause.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.tag_ != "NNS":
            return False
        if any(c.dep_ == "det" and c.lower_ not in ("those", "these") for c in noun.children):
            return False
        marker = clause.left_edge
        if marker.i > 0 and self.doc[marker.i - 1].text in (",", "(", "-", "–", "—"):
            return False
        return marker.lower_ in self.words["relative_pronouns"]

    def _chain(self, cue_token: Token) -> list[Token]:
        """The cue word and the words its clause hangs from, up to the clause's verb and through
        the verbs that take it as their complement ("seems to", "failed to", "is seen to")."""
        chain = [cue_token]
        token = cue_token
        for _ in range(_CLIMB):
            if token.tag_.startswith("VB") and token.dep_ not in ("aux", "auxpass", "amod"):
                break
            if token.dep_ == "ROOT" or token.head is token:
                return chain
            if token.dep_ in ("relcl", "acl", "ccomp", "advcl", "appos", "conj"):
                return chain
            if token.dep_ == "pobj" and self._conceded(token.head):
                return chain  # "despite the strong link between X and Y, ...": granted
            token = token.head
            chain.append(token)
        for _ in range(_CLIMB):
            if token.dep_ not in ("xcomp",) or token.head is token:
                break
            token = token.head
            chain.append(token)
        if self._predicating_clause(token):
            copula = self._copula_of_member(token.head)
            if copula is not None:
                # "X is not (may be) the factor driving (that drives) Y": the clause says
                # what X is said to be, with the copula's own negation or modal.
                chain.append(copula)
                return chain
        if _in_order_to(token) or (
            token.dep_ == "advcl" and _has_to(token) and not _own_subject_purpose(token)
        ):
            # "did not invest in teamwork to improve safety": a purpose stands or falls with
            # the clause that pursues it.
            purpose_of = token.head.head.head if _in_order_to(token) else token.head
            if purpose_of.tag_.startswith("VB"):
                chain.append(purpose_of)
                return chain
        if token.dep_ in ("acomp", "oprd") and token.head is not token:
            chain.append(token.head)  # "is unable to improve": the copula's negation counts
        return chain

    def _predicating_clause(self, clause: Token) -> bool:
        """Whether a clause on a plain noun says what the copula's subject does: a participle
        with no subject ("X is the factor driving Y") or a relative clause whose pronoun is
        its subject ("X is one of the tools that improve Y"); not a "that" clause read as
        relative ("it is a myth that X improves Y", "there is evidence that ...")."""
        noun = clause.head
        if clause.dep_ not in ("acl", "relcl") or self.covering(noun):
            return False
        if noun.lower_ in self.words["evidence_nouns"]:
            return False  # "there is evidence linking X to Y": reported (_embedding)
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if clause.dep_ == "acl":
            return clause.tag_ == "VBG" and not subjects
        return any(c.lower_ in self.words["relative_pronouns"] for c in subjects)

    def _conceded(self, prep: Token) -> bool:
        """Whether a preposition concedes its object ("despite", "notwithstanding", "in spite
        of"): the author grants it, whatever the main clause then says or hedges."""
        concessive = self.words["concessive_prepositions"]
        return prep.lower_ in concessive or (prep.lower_ == "of" and prep.head.lower_ in concessive)

    def _view(self, chain: list[Token], status: _Status) -> bool:
        """ "sees accountability as the method", "can be seen as an attack": a way of seeing,
        hedged, and held by the seer when the seer is a concept."""
        words = self.words
        for token in chain:
            # "is viewed as critical in": the small parser hangs a bare adjective from "as"
            # as its modifier.
            if token.dep_ in ("pobj", "amod") and token.head.lower_ == "as":
                carrier = token.head.head
                seeing = carrier.lower_ in words["view_verbs"] | words["view_nouns"]
                if seeing and not self._authorial(carrier):
                    status.add("hedged", f"{carrier.text} {token.head.text}")
                    # (a passive seer's subject is what is seen: "no surprise X is viewed as")
                    active = not _has(carrier, "neg") and not _passive(carrier)
                    few = self._denied_report(carrier) if active else None
                    if few:
                        status.add("negated", few)  # "few doctors see X as a threat to Y"
                    if not _passive(carrier):
                        for child in carrier.children:
                            if child.dep_ == "nsubj":
                                status.holders += [a.mention for a in self.arguments(child)]
                    return True
        # "nurses view (describe) the relationship between X and Y as adversarial": the cue
        # noun is what is seen, its "as" on it or on the verb of seeing.
        cue = chain[0] if chain else None
        if cue is not None and cue.dep_ == "dobj" and cue.head.lower_ in words["view_verbs"]:
            carrier = cue.head
            seen_as = any(
                c.dep_ == "prep" and c.lower_ == "as" for c in (*cue.children, *carrier.children)
            )
            if seen_as and not self._authorial(carrier):
                status.add("hedged", f"{carrier.text} as")
                for child in carrier.children:
                    if child.dep_ == "nsubj":
                        denial = _denied([child], words)  # "few nurses see it as ..."
                        if denial:
                            status.add("negated", denial)
                        if not _passive(carrier):
                            status.holders += [a.mention for a in self.arguments(child)]
                return True
        return False

    def _seen_as(self, clause: Token, status: _Status) -> None:
        """A clause inside a way of seeing: "governments viewed as opposed to ...", "sees X
        as the method through which Y is preserved": hedged, like the view itself."""
        views = self.words["view_verbs"]
        head = clause.head
        marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
        seer = None
        if marked and clause.dep_ == "advcl":
            seer = head
        elif clause.dep_ == "relcl" and head.dep_ == "pobj" and head.head.lower_ == "as":
            seer = head.head.head
        if seer is None or seer.lower_ not in views:
            return
        status.add("hedged", f"{seer.text} as")
        if not _passive(seer):
            for child in seer.children:
                if child.dep_ == "nsubj":
                    status.holders += [a.mention for a in self.arguments(child)]

    def _embedding(self, chain: list[Token], view: bool, status: _Status) -> None:
        """What the clause holding the cue is part of: a report, a view being rejected, the
        complement of "rather than" or "without"."""
        words = self.words
        clause = chain[-1]
        view_cues = list(status.cues) if view else []
        if view:
            # The seeing verb's own clause: "rather than seeing X as a threat to Y".
            for token in chain:
                if token.dep_ == "pobj" and token.head.lower_ == "as":
                    clause = token.head.head
                    break
        seen: set[int] = set()
        token = clause
        for _ in range(_CLIMB):
            self._supposed(token, status)
            if status.unasserted:
                return
            if token.i in seen or token.dep_ == "ROOT" or token.head is token:
                break
            seen.add(token.i)
            head = token.head
            dep = token.dep_
            objects = sum(1 for c in token.children if c.dep_ == "dobj")
            if dep == "relcl" and any(
                c.lower_ == "that" and (c.dep_ == "mark" or (c.dep_ == "dobj" and objects > 1))
                for c in token.children
            ):
                # "a myth that managers undermine Y": a clause led by the conjunction "that"
                # completes the noun; the parser sometimes calls it a relative clause (and
                # "that" its object, beside the object the clause already has).
                dep = "acl"
            if _set_apart(token):
                # "It is not true that X opposes Y: X protects Y", "critics claim that X
                # harms Y; we find little evidence for this": a clause on the far side of a
                # colon or semicolon is asserted on its own, save that the other side may
                # dispute it.
                # ("It is not true that X: Y" disputes X, not the Y after it.)
                disputed = self._disputed(head) or (
                    head.i > token.i
                    and (self._disputes(head) or self._rebuts(head, token.right_edge.i + 1))
                )
                if disputed:
                    status.drop("hedged")  # "critics argue that X; we disagree": a foil
                    status.add("rejected", disputed)
                break
            marker = _contrast(token, words["contrast_markers"])
            if marker:
                if view:
                    # "rather than seeing X as a threat to Y": the way of seeing is the author's
                    # own foil, rejected, not a claim made tentatively.
                    status.hedged = False
                    status.cues = [c for c in status.cues if c not in view_cues]
                status.add("rejected" if view else "negated", marker)
                return
            if dep in ("pcomp", "pobj") and head.lower_ in words["negating_prepositions"]:
                status.add("negated", head.text)
                return
            rejected_view = (
                (dep in ("acl", "ccomp", "appos") or _content_clause_misread(token))
                and head.lower_ in words["rejection_nouns"]
                and head.tag_.startswith("NN")  # ("naive to claim that": a verb, a report)
            )
            # "The argument (the fear) that X harms Y falls apart": an opinion noun, though
            # it may be the author's own ("there is an argument that"), can be called wrong.
            judged_view = (
                (dep in ("acl", "ccomp", "appos") or _content_clause_misread(token))
                and head.lower_ in words["opinion_nouns"]
                and head.tag_.startswith("NN")
            )
            if (rejected_view or judged_view) and self._rejected(head):
                status.add("rejected", f"the {head.text} that")
                return
            # "the fear (concern, hope) that X harms Y": someone's attitude to a claim.
            attitude = (
                (dep in ("acl", "ccomp") or _content_clause_misread(token))
                and head.lower_ in words["attitude_nouns"]
                and head.tag_.startswith("NN")
            )
            if (rejected_view or attitude) and dep != "appos":
                # "the claim that X improves Y is popular": someone's view, not the author's.
                status.add("hedged", f"the {head.text} that")
            if dep in ("acl", "relcl", "ccomp") and self._lacking_evidence(head):
                status.add("negated", head.text)  # "a lack of evidence that X improves Y"
                return
            if dep in ("acl", "ccomp", "appos") and head.lower_ in words["evidence_nouns"]:
                # "little evidence that X improves Y" denies it; "evidence that ..." reports it.
                denial = self._unfound(head)
                status.add("negated" if denial else "hedged", denial or f"{head.text} that")
                if denial:
                    return
            if dep == "ccomp" and head.lower_ in words["doubting_words"]:
                if self._denied_report(head):
                    return  # "few would dispute (nobody doubts) that X": affirmed
                status.add("negated", head.text)  # "critics doubt that X improves Y"
                status.holders += self._subjects_of(head)
                return
            held = self._held_view(head) if dep in ("ccomp", "attr") else None
            if held is not None:
                # "the BMA's view is that X": a view someone holds, not the author's claim
                status.add("hedged", f"the {held.text} is that")
                status.holders += [
                    a.mention for c in held.children if c.dep_ == "poss" for a in self.arguments(c)
                ]
            far = self._far_from_conviction(head) if dep == "ccomp" else None
            if far:
                status.add("negated", far)  # "it is far from clear that ..."
                return
            if dep == "ccomp" and head.lower_ in words["conviction_words"]:
                denial = self._denied_report(head) or (
                    head.dep_ in ("acomp", "attr", "oprd") and self._denied_report(head.head)
                )
                if denial:
                    status.add("negated", f"{denial} {head.text}")  # "not convinced that"
                    # "she did not accept that", "many doctors are not convinced that":
                    # theirs, unless the author's ("we do not accept that").
                    holder = head.head if head.dep_ in ("acomp", "attr", "oprd") else head
                    held = any(
                        c.dep_ in ("nsubj", "nsubjpass")
                        for c in [*holder.children, *_auxiliary_children(holder)]
                    )
                    if held and not self._authorial(holder, passive=True):
                        status.add("hedged", head.text)
                    return
            if dep == "ccomp" and self._judged_clause(token, head, status):
                return
            if dep == "ccomp":
                before = (list(status.cues), status.hedged)
                reported = (
                    head.lower_ in words["report_verbs"] or head.lower_ in words["hedge_verbs"]
                ) and not (head.lower_ in words["finding_verbs"] and self._authorial(head))
                found = head.lower_ in words["finding_verbs"] and not self._authorial(head)
                # "most respondents agreed that": someone else's agreement is a report.
                agreed = (
                    head.lower_ in words["conviction_words"]
                    and head.tag_.startswith("VB")
                    and _has(head, "nsubj")
                    and not self._authorial(head)
                )
                if reported and self._holder_called_wrong(head):
                    # "critics who claim that X are mistaken", "those who argue that X are
                    # wrong": the report's holders are said to be wrong.
                    status.since(*before)
                    status.add("rejected", f"{head.text} ... {self._holder_called_wrong(head)}")
                    return
                warning = self._warned_off(head)
                if warning:
                    # "we should not assume that X", "do not conclude that X": the author
                    # names a way of thinking to warn against it; rejected, not denied (nor,
                    # for a verb of the author's own findings, left firm).
                    status.add("rejected", warning)
                    return
                entailing = head.lower_ in words["finding_verbs"] | words["entailing_verbs"]
                denied_entailment = self._denied_report(head) if entailing else None
                if denied_entailment and not (reported or found):
                    # "we could not show that X", "it does not follow that X": whoever denies
                    # finding it, or that it follows, denies the claim.
                    status.add("negated", denied_entailment)
                    return
                if reported or found or agreed:
                    status.add("hedged", head.text)
                    for child in head.children:
                        if child.dep_ == "nsubj":
                            status.holders += [a.mention for a in self.arguments(child)]
                    denial = self._denied_report(head)
                    if denial:
                        # "few would argue that", "no study has shown that": the author
                        # denies the claim; the report is not a hedge on it.
                        status.since(*before)
                        status.add("negated", denial)
                        return
                if self._rejecting_frame(head):
                    if self._denied_affirmation(head) and status.negated:
                        # "It is not true that X never improves Y": two denials make a claim.
                        status.drop("negated")
                        return
                    status.add("rejected", head.text)
                    return
                if _has_to(head) and self._judged_infinitive(head):
                    # "It would be wrong to conclude that CLAUSE", "it is a mistake to think
                    # that", "to say that CLAUSE would be an exaggeration": the way of thinking
                    # named in order to be called wrong, not a report.
                    status.since(*before)
                    status.add("rejected", f"wrong to {head.text}")
                    return
            self._according(token, status)
            self._aside(token, status)
            if (
                dep in ("acl", "relcl")
                and head.dep_ in ("attr", "acomp")
                and head.lower_ in words["affirming_predicates"]
                and self._rejecting_frame(head.head)
            ):
                # "It is not the case that X": the parser hangs the clause on "case", not on
                # the copula that denies it.
                if status.negated:
                    status.drop("negated")  # "it is not the case that X never improves Y"
                    return
                status.add("rejected", f"not the {head.text} that")
                return
            if dep == "csubj" and head.lower_ in _BE:
                # "What doctors resent, managers claim, is X": the copula is the claim's
                # clause; a report set into it is about the whole.
                token = head
                break
            if dep in ("advcl", "relcl", "acl", "csubj", "parataxis"):
                break  # past the clause: only reports and rejections reach further up
            token = head
        # ("X is often seen as Y, but ...", "X is said to harm Y, but it does not")
        reported = token is not clause or view or status.hedged
        disputed = self._disputing_conjunct(token) if reported else None
        if disputed:
            # "It is often said that X, but this is not so": the report is the author's foil.
            status.drop("hedged")
            status.add("rejected", disputed)
            return
        self._according(token, status)
        self._aside(token, status)

    def _judged_clause(self, clause: Token, verb: Token, status: _Status) -> bool:
        """ "It remains unproven that X", "it is not clear that X" (denied: True, the
        reading stops), "it is uncertain that X" (hedged): an adjective judging the clause
        that the copula extraposes."""
        words = self.words
        adjectives = list(verb.children)
        if verb.dep_ in ("acomp", "attr") and verb.i < clause.i:
            # The parser may hang the clause on the adjective itself ("it is not unlikely
            # that X"), with the negation on the copula.
            adjectives, verb = [verb], verb.head
        denied = _has(verb, "neg")
        for adjective in adjectives:
            if adjective.dep_ not in ("acomp", "attr") or adjective.i > clause.i:
                continue
            lower = adjective.lower_
            if lower in words["unproven_words"] and not denied:
                status.add("negated", adjective.text)
                return True
            if lower in words["conviction_words"] and denied:
                status.add("negated", f"not {adjective.text}")
                return True
            if lower in words["improbable_words"]:
                # "it is unlikely that X" denies it; "it is not unlikely that X" hedges it.
                litotes = denied or _has(adjective, "neg")
                status.add("hedged" if litotes else "negated", adjective.text)
                return not litotes
            if lower in words["uncertain_words"] and not denied:
                status.add("hedged", adjective.text)
            if lower in words["possibility_words"]:
                if denied:
                    status.add("negated", f"not {adjective.text}")  # "it is not possible that"
                    return True
                status.add("hedged", adjective.text)
        return False

    def _disputing_conjunct(self, verb: Token) -> str | None:
        """A clause joined to a report that says the report is wrong ("..., but this is not
        so", "...; we disagree"): the words that say so."""
        for child in verb.children:
            if child.dep_ not in ("conj", "parataxis") or child.i < verb.i:
                continue
            disputed = self._disputed(child) or self._disputes(child) or self._rebuts(child)
            if disputed:
                return disputed
        return None

    def _rebuts(self, clause: Token, start: int | None = None) -> str | None:
        """ "..., but the evidence does not bear this out", "...; this view is mistaken": a
        clause joined by "but" or "yet", or set after a semicolon (its words from `start`),
        that says, in the words a rebutting sentence would use (kg.extract.rebuttals), that
        the report before it is wrong."""
        joined = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in clause.head.children)
        if clause.dep_ == "conj" and not joined:
            return None
        doc = clause.doc
        begin = max(clause.left_edge.i, start or 0)
        return rebuttal(doc[begin : clause.right_edge.i + 1].text, self.words)

    def _supposed(self, clause: Token, status: _Status) -> None:
        """ "whether X improves Y", "if X improves Y, ...": asked about or supposed, not
        claimed; a clause that holds such a condition is hedged."""
        words = self.words
        marks = self._condition_marks(clause)
        # ("X, especially when it is driven by Y, ...": the small parser may hang such a
        # clause on the noun before it, as an acl.)
        # ("if Y is to succeed" is a purpose, not a supposition: what it says must come
        # about is an aim, stated plainly.)
        supposed = (
            marks
            and clause.dep_ in ("advcl", "ccomp", "acl", "pcomp")
            and not _purpose_condition(clause)
        )
        question = any(
            c.dep_ == "mark" and c.lower_ in words["question_marks"] for c in clause.children
        ) or self._degree_asked(clause)
        if question or supposed:
            status.unasserted = True
        for child in clause.children:
            if child.dep_ == "advcl" and not _purpose_condition(child):
                # "X improves Y if ...": hedged; "X does Y when budgets are tight" only says
                # when it holds.
                for mark in self._condition_marks(child):
                    if mark.lower() in words["condition_marks"]:
                        status.add("hedged", mark)
                    if mark.lower() in words["exception_marks"]:
                        # "X cannot improve Y unless Z": X improves Y if Z, so the clause's
                        # negation states a condition, not a denial.
                        status.drop("negated")

    def _degree_asked(self, clause: Token) -> bool:
        """ "the extent (degree) to which X improves Y", "how far X improves Y", "to what
        extent X improves Y": an indirect question of degree, asked, not claimed."""
        degrees = self.words["degree_nouns"]
        if clause.dep_ == "relcl" and clause.head.lower_ in degrees:
            return True
        # The small parser hangs "how far" and "to what extent" anywhere, so read the words
        # that open the clause (or come right before it).
        if clause.dep_ == "ROOT":
            return False  # ("How far we go, X improves Y": the clause is the sentence's own)
        left = clause.left_edge.i
        for start in (left - 1, left):
            if start < 0:
                continue
            opening = " ".join(t.lower_ for t in self.doc[start : start + 3])
            if any(
                opening == q or opening.startswith(q + " ")
                for q in self.words["degree_questions"]
            ):
                return True
        return False

    def _condition_marks(self, clause: Token) -> list[str]:
        """The words that make a clause a condition: "if", "unless"; "when" in the present
        tense ("when doctors lead, ..."), not in the past ("when the reforms came")."""
        words = self.words
        present = clause.tag_ in ("VBP", "VBZ") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in clause.children
        )
        if clause.dep_ == "pcomp" and clause.head.lower_ in words["condition_marks"]:
            return [clause.head.text]  # "provided that X improves Y, ..."
        if clause.dep_ in ("advcl", "ccomp") and clause.i < clause.head.i:
            # "Should X improve Y, ...": the auxiliary before the subject.
            first = clause.left_edge
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if (
                first.dep_ == "aux"
                and first.head.i == clause.i
                and first.lower_ in words["inverted_condition_auxiliaries"]
                and subjects
                and first.i < subjects[0].i
            ):
                return [first.text]
        return [
            c.text
            for c in clause.children
            if c.dep_ in ("mark", "advmod")
            and (
                c.lower_ in words["condition_marks"]
                or (present and c.lower_ in words["generic_condition_marks"])
            )
        ]

    def _held_view(self, verb: Token) -> Token | None:
        """The opinion noun whose content a copula gives ("the view is that ..."), if any."""
        if verb.lower_ not in _BE:
            return None
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in self.words["opinion_nouns"]:
                return child
        return None

    def _far_from_conviction(self, verb: Token) -> str | None:
        """ "It is far from clear that ...", "by no means certain": how the parser hangs
        such a phrase on the copula, with the conviction word under "from"."""
        word = _far_from([verb], self.words["conviction_words"])
        return f"far from {word.text}" if word is not None else None

    def _lacking_evidence(self, noun: Token) -> bool:
        """ "a lack (an absence, a paucity) of evidence that ...": the parser may hang the
        clause on the lack as well as on the evidence. "No shortage of evidence" is none."""
        words = self.words
        lacks = words["privative_nouns"] | words["scarcity_nouns"]
        if noun.lower_ in words["evidence_nouns"]:
            prep = noun.head
            return (
                noun.dep_ == "pobj"
                and prep.lower_ == "of"
                and prep.head.lower_ in lacks
                and self._scarce(prep.head) is None
            )
        return noun.lower_ in lacks and self._scarce(noun) is None and any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(o.lower_ in words["evidence_nouns"] for o in c.children)
            for c in noun.children
        )

    def _disputes(self, clause: Token) -> str | None:
        """ "we disagree", "this is not so (not the case, not true)": a clause after a
        report that says it is wrong (the words that say so)."""
        words = self.words
        if (
            clause.lower_ in words["disputing_verbs"]
            and not _has(clause, "neg")
            and self._authorial(clause)  # ("managers disagree" is a dispute among others)
        ):
            return f"{clause.left_edge.text} {clause.text}"
        subjects = {c.lower_ for c in clause.children if c.dep_ in ("nsubj", "expl")}
        if (
            clause.lower_ in _BE
            and subjects & {"this", "that", "it"}
            and self._denied_affirmation(clause)
        ):
            return "not so"
        # "..., but they do not", "..., but it is not": the report's verb denied by ellipsis.
        rest = [c for c in clause.children if c.dep_ not in ("nsubj", "neg", "punct", "advmod")]
        negation = next((c for c in clause.children if c.dep_ == "neg"), None)
        if (
            negation is not None
            and not rest
            and subjects & {"they", "it", "this", "that", "he", "she"}
            and clause.lower_ in _BE | _AUXILIARIES
        ):
            return f"{clause.text} {negation.text}"
        return None

    def _disputed(self, clause: Token) -> str | None:
        """ "we find little evidence for this", "there is no evidence for that": a clause
        that says what went before lacks support (the words that say so)."""
        for noun in clause.children:
            if noun.dep_ not in ("dobj", "attr", "nsubj") or noun.lower_ not in self.words[
                "evidence_nouns"
            ]:
                continue
            scarce = self._scarce(noun)
            pointing = [
                target
                for prep in noun.children
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of")
                for target in prep.children
                if target.dep_ == "pobj" and target.lower_ in ("this", "that", "it")
            ]
            if scarce and pointing:
                return f"{scarce} {noun.text} for {pointing[0].text}"
        return None

    def _unfound(self, noun: Token) -> str | None:
        """Evidence said to be missing, and the words that say so: "no (little) evidence",
        "we lack evidence", "we did not see (nobody found) evidence", "evidence that ... is
        lacking (scarce)"."""
        words = self.words
        scarce = self._scarce(noun)
        if scarce:
            return scarce
        verb = noun.head
        if noun.dep_ == "dobj":
            if verb.lower_ in words["lacking_evidence_verbs"]:
                return verb.text
            return self._denied_report(verb)
        if noun.dep_ in ("nsubj", "nsubjpass"):
            for word in (verb, *verb.children):
                if word.dep_ in ("ROOT", "acomp", "conj") and word.lower_ in words["scarce_words"]:
                    return word.text
        return None

    def _scarce(self, noun: Token) -> str | None:
        """ "no evidence", "little evidence", "few studies": the word that says there is none."""
        for child in noun.children:
            lower = child.lower_
            if child.dep_ in ("det", "amod", "advmod", "neg") and (
                lower in self.words["negating_determiners"]
                or lower in self.words["negating_modifiers"]
                or lower in self.words["scarce_words"]
            ):
                return child.text
        return None

    def _denied_report(self, verb: Token) -> str | None:
        """ "no study has shown that", "few doctors believe that", "did not find that",
        "failed to show that": the report denies the clause."""
        for child in verb.children:
            if child.dep_ == "neg" and not _restricts(child, self.words["not_negations"]):
                return child.text
            if child.dep_ in ("nsubj", "nsubjpass"):
                scarce = self._scarce(child)
                if scarce:
                    return scarce
                if child.lower_ in self.words["scarce_words"]:
                    return child.text  # "few would argue that"
                if child.lower_ in self.words["negating_pronouns"] | {"little"}:
                    return child.text  # "nothing (little) suggests that"
                denied = _denied([child], self.words)
                if denied:
                    return denied  # "not a single study shows that", "hardly any doctor"
        head = verb.head
        if verb.dep_ == "xcomp" and head.lower_ in self.words["negating_verbs"]:
            return head.text
        if verb.dep_ in ("xcomp", "acl", "relcl"):
            # "there is little (nothing) to suggest that": the copula's "little", or the
            # infinitive's own noun.
            holders = [verb.head] if verb.dep_ != "xcomp" else []
            holders += [c for c in head.children if c.dep_ in ("attr", "nsubj")]
            nothing = self.words["negating_modifiers"] | self.words["negating_pronouns"]
            for noun in holders:
                if noun.lower_ in nothing:
                    return f"{noun.text} to"
                scarce = self._scarce(noun)
                if scarce:
                    return f"{scarce} {noun.text} to"  # "there is no reason to believe that"
        return None

    def _studies_say(self, verb: Token) -> bool:
        """Whether a cue verb's own subject is research that is not the author's ("studies
        link X to Y", "research associates X with Y")."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return (
            bool(subjects)
            and all(
                s.lower_ in self.words["evidence_nouns"] and not self.covering(s)
                for s in subjects  # "peer review supports accountability" is a practice
            )
            and not self._authorial(verb)
        )

    def _authorial(self, verb: Token, passive: bool = False) -> bool:
        """Whether a finding verb's subject is the author ("we show that", "this paper
        shows that"): the author's own claim, not a report. (The subject may hang on the
        verb's auxiliary: "we are not convinced"; with `passive`, a passive's subject counts:
        "the reviewer is not persuaded", though "it was shown that" is no author's.)"""
        deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
        for child in [*verb.children, *_auxiliary_children(verb)]:
            if child.dep_ in deps:
                if child.lower_ in self.words["authorial_subjects"]:
                    return True
                determiners = {c.lower_ for c in child.children if c.dep_ in ("det", "poss")}
                return bool(determiners & self.words["authorial_determiners"])
        return False

    def _according(self, token: Token, status: _Status) -> None:
        """ "according to nurses", "in the view of managers" (attribution_phrases): a
        reported view, held by whoever the phrase names."""
        phrases = self.words["attribution_phrases"]
        for child in token.children:
            if child.dep_ != "prep":
                continue
            perspective = self._perspective(child, token)
            if perspective:
                # "For many doctors, targets are a threat to autonomy": their view.
                status.add("hedged", f"for {perspective[0].surface}")
                status.holders += perspective
                continue
            for words, holder in _attributions(child):
                if " ".join(words) in phrases:
                    status.add("hedged", " ".join(words))
                    if not holder.tag_.startswith("PRP"):  # "in their view": whose is unsaid
                        status.holders += [a.mention for a in self.arguments(holder)]

    def _perspective(self, prep: Token, verb: Token) -> list[Mention]:
        """The people a clause-opening "for ..., " speaks for ("for many doctors, X is Y"):
        set off by a comma before its clause, and naming people."""
        if prep.lower_ != "for" or prep.i > verb.i or prep.i != prep.left_edge.i:
            return []
        after = prep.right_edge.i + 1
        if after >= len(self.doc) or self.doc[after].text != ",":
            return []
        target = _complement(prep)
        if target is None:
            return []
        return [m for m in self.covering(target) if m.concept in self.finder._personal]

    def _aside(self, verb: Token, status: _Status) -> None:
        """ "X, critics claim, restricts Y", "X, the authors suggest, improves Y": a report
        set into the clause it reports is as much a report as "critics claim that ..."."""
        words = self.words
        for child in verb.children:
            if child.dep_ != "parataxis" or (child.i > verb.i and _has(child, "ccomp")):
                continue
            lower = child.lower_
            finding = lower in words["finding_verbs"]
            reported = lower in words["report_verbs"] or (
                lower in words["hedge_verbs"] and not finding
            )
            found = finding and not self._authorial(child)
            if lower in words["doubting_words"]:
                status.add("negated", child.text)
            elif reported or found:
                status.add("hedged", child.text)
            else:
                continue
            status.holders += self._subjects_of(child)

    def _subjects_of(self, verb: Token) -> list[Mention]:
        """The concepts that hold a reported claim: the reporting verb's subject."""
        return [a.mention for c in verb.children if c.dep_ == "nsubj" for a in self.arguments(c)]

    def _nothing_subject(self, verb: Token) -> str | None:
        """ "no partnership can last", "nothing improves": a subject that names nothing."""
        for child in verb.children:
            if child.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if child.lower_ in self.words["negating_pronouns"]:
                return child.text
            for det in child.children:
                if det.dep_ == "det" and _denying_determiner(det, self.words):
                    return det.text
        return None

    def _defining(self, cue_token: Token) -> bool:
        """Whether the cue is inside a definition ("the definition of X is ...", "X is
        defined as ..."): it says what a word means, not what is so. The parser attaches a
        quoted definition in odd ways, so a definition noun as a subject anywhere in the
        sentence counts, unless the cue is inside that subject ("a definition that sees X as
        Y" makes a claim)."""
        if any(t.lower_ in self.words["defining_verbs"] for t in cue_token.ancestors):
            return True
        if not self._definition_subjects:
            return False  # most sentences: no definition noun (spaCy's .sent is not cheap)
        sentence = cue_token.sent.start
        return any(
            start == sentence and not (left <= cue_token.i <= right)
            for start, left, right in self._definition_subjects
        )

    @cached_property
    def _definition_subjects(self) -> list[tuple[int, int, int]]:
        """(spaCy sentence start, first, last token) of each definition noun that is a
        subject: found once, not once per cue (a long sentence has hundreds of cues)."""
        nouns = self.words["definition_nouns"]
        lowered = self.text[self.sentence.begin : self.sentence.end].lower()
        if not any(noun in lowered for noun in nouns):
            return []  # most sentences: no definition noun, and no walk over every word
        return [
            (t.sent.start, t.left_edge.i, t.right_edge.i)
            for t in self.doc
            if t.lower_ in nouns and t.dep_ in ("nsubj", "nsubjpass")
        ]

    def _rejected(self, noun: Token) -> bool:
        """Whether "the idea that ..." is called wrong: it is the subject of a rejecting
        predicate ("needs to be challenged", "is a myth"), the object of a rejecting verb, or
        follows a rejection marker ("contrary to the view that")."""
        words = self.words
        head = noun.head
        if noun.lower_ in words["rejection_predicates"]:
            return True  # "the myth that ...", "it is a misconception that ..."
        if noun.dep_ in ("nsubj", "nsubjpass"):
            if head.lower_ in words["withstanding_verbs"] and self._denied_verb(head):
                # "the claim that ... does not survive scrutiny (hold up, no longer holds)"
                return True
            if head.lower_ in words["lacking_verbs"] and any(
                c.dep_ == "dobj"
                and c.lower_ in words["grounding_nouns"]
                and (head.lower_ not in _HAVE or self._scarce(c) is not None)
                for c in head.children
            ):
                return True  # "the belief that ... has little basis (lacks foundation)"
            denied_support = head.lower_ in words["supporting_verbs"] and _has(head, "neg")
            if noun.dep_ == "nsubjpass" and denied_support:
                # "the view that ... is not supported (borne out) by the evidence", "cannot
                # be sustained (justified)"
                return True
            if self._far_from_true(head):
                return True  # "the idea that ... is far from the truth"
            return self._calls_wrong(head) is not None
        if noun.dep_ == "dobj":
            return (
                head.lower_ in words["rejecting_verbs"]
                or head.lower_ in words["rejection_predicates"]
                # "the evidence does not support (little evidence supports) the view that"
                or (
                    head.lower_ in words["supporting_verbs"]
                    and self._denied_report(head) is not None
                )
                # "few now accept the argument that ...", "we do not share the view that"
                or (
                    head.lower_ in words["accepting_verbs"]
                    and self._denied_report(head) is not None
                )
            )
        if noun.dep_ == "pobj":
            phrase = f"{head.head.lower_} {head.lower_}"
            if phrase in words["rejection_markers"]:
                return True
            # "there is little basis (no evidence, no justification) for the claim that":
            # support denied to a claim named as such rejects it.
            ground = head.head
            # "no truth in (no substance behind) the claim that"
            return (
                head.lower_ in ("for", "in", "behind", "to")
                and ground.lower_ in words["grounding_nouns"]
                and self._scarce(ground) is not None
            )
        return False

    def _calls_wrong(self, verb: Token) -> str | None:
        """The words by which a verb says that its subject (a view, or a relation a noun
        names) is wrong: a rejecting predicate ("is mistaken", "is a myth", "needs to be
        challenged"), one qualified so ("is a false dichotomy", "is too simple", "is more
        apparent than real"), or a verb of missing or collapsing ("ignores the evidence",
        "misses the point", "falls apart")."""
        words = self.words
        denied = _has(verb, "neg")
        for token in _predicate(verb):
            if token.lower_ in words["rejection_predicates"]:
                return token.text
            if denied:
                continue  # ("is not too simple", "is not a false dichotomy")
            qualifiers = {c.lower_: c for c in token.children if c.dep_ in ("amod", "advmod")}
            if token.dep_ == "attr" and qualifiers.keys() & words["rejection_predicates"]:
                return token.text  # "a false dichotomy", "a mistaken belief"
            overreaching = token.lower_ in words["overreaching_adjectives"]
            if token.dep_ == "acomp" and "too" in qualifiers and overreaching:
                return f"too {token.text}"
            if token.dep_ == "acomp" and "more" in qualifiers and _than_real(token):
                return f"more {token.text} than real"
        if denied:
            return None
        particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]
        phrases = {verb.lower_} | {f"{verb.lower_} {p}" for p in particles}
        found = phrases & words["failing_claim_verbs"]
        return min(found) if found else None

    def _holder_called_wrong(self, verb: Token) -> str | None:
        """The words calling wrong the people a report's relative clause describes ("critics
        who claim that ... are mistaken")."""
        holder = verb.head
        if verb.dep_ != "relcl" or holder.dep_ not in ("nsubj", "nsubjpass"):
            return None
        return self._calls_wrong(holder.head)

    def _denied_report_of_others(self, chain: list[Token], said: Token | None) -> str | None:
        """The words that give a denied claim to others: an "as" clause of saying (`said`)
        after the negation ("not, as critics allege, ..."; "reportedly" where a misread aside
        was read again so), or an opening "contrary to" a belief."""
        negations = [c.i for t in chain for c in _clause_children(t) if c.dep_ == "neg"]
        if not negations:
            return self._contrary_to_belief(chain[0])
        first = min(negations)
        if said is not None and said.i > first:
            return f"not, as ... {said.text}"
        adverbs = self.words["reporting_adverbs"]
        for token in chain:
            for child in _clause_children(token):
                if child.i > first and child.dep_ == "advmod" and child.lower_ in adverbs:
                    return f"not {child.text}"
        return self._contrary_to_belief(chain[0])

    def _contrary_to_belief(self, cue_token: Token) -> str | None:
        """ "Contrary to popular belief (to what many assume), ..." before the cue; after it,
        "..., contrary to (despite) what many believe", "..., whatever critics say", "X is
        not the threat to Y that some claim" (read from the words: the parser hangs such a
        tail anywhere)."""
        trailing = self._against_belief(cue_token)
        if trailing:
            return trailing
        for token in self.doc[: cue_token.i]:
            if token.lower_ != "contrary":
                continue
            for prep in token.children:
                if prep.dep_ != "prep" or prep.lower_ != "to":
                    continue
                for target in prep.children:
                    believed = target.lower_ in self.words["rejection_nouns"]
                    reporting = self.finder._reporting
                    said = any(t.lower_ in reporting and t.i < cue_token.i for t in target.subtree)
                    if believed or said:
                        return f"contrary to {target.text}"
        return None

    def _against_belief(
        self, cue_token: Token, opening: frozenset[str] | None = None
    ) -> str | None:
        """A phrase after the cue, up to the next punctuation, that opens with one of
        `against_belief_words` ("contrary to", "despite", "whatever") or "that" and names
        others' saying or a belief: the words that say so."""
        words = self.words
        doc = self.doc
        if opening is None:
            opening = words["against_belief_words"] | {"that", "as"}
        for marker in doc[cue_token.i + 1 :]:
            if marker.lower_ not in opening:
                continue
            if marker.lower_ == "as" and doc[marker.i - 1].text != ",":
                continue  # "not as much as managers claim" grades the claim
            end = marker.i
            while end + 1 < len(doc) and not doc[end + 1].is_punct:
                end += 1
            span = doc[marker.i + 1 : end + 1]
            if marker.lower_ in ("that", "as"):
                # "... that some (critics, many) claim", "..., as some fear (as is often
                # claimed)": a reporting verb ends the phrase (the parser may read it as a
                # noun: "as some fear").
                said = len(span) in (2, 3) and span[-1].lower_ in self.finder._reporting
                said = said and not any(t.lower_ in words["authorial_subjects"] for t in span)
            else:
                said = any(
                    t.lower_ in self.finder._reporting or t.lower_ in words["rejection_nouns"]
                    for t in span
                )
            if said:
                return f"{marker.text} ... {span[-1].text}"
        return None

    def _as_said(self, chain: list[Token]) -> Token | None:
        """The verb of an "as" clause of others' saying set into the claim's clause ("as
        critics allege", "as is often said"; not the author's "as we argue")."""
        for token in chain:
            for child in _clause_children(token):
                if (
                    child.dep_ == "advcl"
                    and child.lower_ in self.finder._reporting
                    and any(c.dep_ == "mark" and c.lower_ == "as" for c in child.children)
                    and not self._authorial(child)
                ):
                    return child
        return None

    def _judged_infinitive(self, verb: Token) -> bool:
        """Whether a reporting infinitive is called wrong by the copula it hangs on: "it is
        wrong (a mistake) to say", "it would be an exaggeration to claim" (the parser hangs the
        infinitive on the copula, on the adjective or on the noun), "to claim that ... would be
        a mistake" (the infinitive the copula's subject)."""
        if verb.dep_ == "csubj":
            copula = verb.head
            return copula.lower_ in _BE and not _has(copula, "neg") and bool(
                self._calls_wrong(copula)
            )
        if verb.dep_ == "acl" and verb.head.dep_ not in ("acomp", "attr"):
            return False  # "the decision to say that": no judgement of the saying
        if verb.dep_ not in ("xcomp", "acl"):
            return False
        frame = verb.head.head if verb.head.dep_ in ("acomp", "attr") else verb.head
        return self._rejecting_frame(frame) or self._tempting(verb)

    def _tempting(self, verb: Token) -> bool:
        """ "It is tempting (easy) to conclude that CLAUSE": a way of thinking named to be
        set aside; `verb` is the infinitive of thinking."""
        # The parser hangs the infinitive on the adjective or on the copula beside it.
        copula = verb.head.head if verb.head.dep_ == "acomp" else verb.head
        return (
            verb.lower_ in self.words["supposing_verbs"]
            and copula.lower_ in _BE
            and not _has(copula, "neg")
            and any(
                c.dep_ == "acomp" and c.lower_ in self.words["tempting_words"]
                for c in copula.children
            )
            and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)
        )

    def _warned_off(self, verb: Token) -> str | None:
        """ "We should not assume that", "one must not conclude that", "do not assume that":
        a verb of supposing the author tells the reader not to use (the words that say so)."""
        words = self.words
        if not _has(verb, "neg"):
            return None
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if (
            passive
            and passive[0].lower_ == "it"
            and verb.lower_ in words["supposed_participles"]
            and {c.lower_ for c in verb.children if c.dep_ == "aux"}
            & (words["warning_modals"] | {"can", "ca"})
        ):
            return f"not {verb.text}"  # "it cannot (should not) be assumed that"
        if verb.lower_ not in words["supposing_verbs"]:
            return None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and not all(s.lower_ in words["warned_subjects"] for s in subjects):
            return None
        modals = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        if subjects and not set(modals) & words["warning_modals"]:
            return None
        if not subjects and "do" not in modals:
            return None  # an imperative: "do not assume that"
        return f"not {verb.text}"

    def _far_from_true(self, verb: Token) -> bool:
        """ "is far from the truth (true, accurate, the case)": said to be untrue."""
        truth = self.words["affirming_predicates"] | {"truth", "reality"}
        return _far_from(_predicate(verb), truth) is not None

    def _rejecting_frame(self, verb: Token) -> bool:
        """ "It is a myth that CLAUSE", "it is wrong to think that CLAUSE", "it is not true
        that CLAUSE"."""
        if verb.lower_ not in _BE:
            return False
        subjects = [c.lower_ for c in verb.children if c.dep_ in ("nsubj", "expl")]
        if "it" not in subjects:
            return False
        predicates = [c.lower_ for c in verb.children if c.dep_ in ("attr", "acomp")]
        denied = _has(verb, "neg")
        if any(p in self.words["rejection_predicates"] for p in predicates):
            return not denied  # "it is not wrong to say that ..." rejects nothing
        return self._denied_affirmation(verb)

    def _denied_verb(self, verb: Token) -> bool:
        """A verb denied by "not" or by a negating phrase ("no longer holds")."""
        phrases = self.words["negating_phrases"]
        return _has(verb, "neg") or any(
            c.dep_ == "advmod" and _phrase_before(c) in phrases for c in verb.children
        )

    def _denied_affirmation(self, verb: Token) -> bool:
        """ "It is not true (the case) that ...": the copula of a denied affirmation."""
        predicates = [c.lower_ for c in verb.children if c.dep_ in ("attr", "acomp")]
        # "Nor (neither) is it true that ...": denied by its conjunction.
        denied = _has(verb, "neg") or any(
            c.dep_ in ("cc", "preconj", "advmod")
            and c.lower_ in ("nor", "neither")
            and c.i < verb.i
            for c in verb.children
        )
        return denied and any(p in self.words["affirming_predicates"] for p in predicates)


def _attributions(prep: Token) -> Iterator[tuple[list[str], Token]]:
    """The words from a preposition to each noun it leads to, through at most one noun and
    its own preposition ("according to X": according, to; "in the view of X": in, the,
    view, of), with that noun."""
    for first in prep.children:
        if first.dep_ == "prep":  # "according to X"
            for target in first.children:
                if target.dep_ == "pobj":
                    yield [prep.lower_, first.lower_], target
        elif first.dep_ == "pobj":
            yield [prep.lower_], first  # "for many"
            for owner in first.children:
                if owner.dep_ == "poss":  # "in their view", "in the minds of"'s short form
                    yield [prep.lower_, owner.lower_, first.lower_], owner
            determiners = [c.lower_ for c in first.children if c.dep_ == "det"]
            for inner in first.children:
                if inner.dep_ == "prep":
                    for target in inner.children:
                        if target.dep_ == "pobj":
                            yield [prep.lower_, *determiners, first.lower_, inner.lower_], target


def _set_apart(clause: Token) -> bool:
    """Whether a colon or semicolon stands between a clause and the word it hangs from."""
    head = clause.head
    if head is clause:
        return False
    if head.i < clause.i:
        between = range(head.i + 1, clause.left_edge.i)
    else:
        between = range(clause.right_edge.i + 1, head.i)
    return any(clause.doc[i].text in (":", ";") for i in between)


def _phrase_before(token: Token) -> str:
    """A word with the one before it ("no longer")."""
    return f"{token.nbor(-1).lower_} {token.lower_}" if token.i > 0 else token.lower_


def _predicate(verb: Token) -> list[Token]:
    """A verb and what it predicates: its complements, down through xcomp ("needs to be
    challenged"), acomp ("is mistaken") and attr ("is a myth"), and a complement's conjuncts
    ("is widespread but mistaken")."""
    found = [verb]
    todo = [verb]
    while todo and len(found) < 12:
        token = todo.pop()
        for child in token.children:
            joined = child.dep_ == "conj" and token.dep_ in ("acomp", "attr", "oprd")
            if joined or child.dep_ in ("xcomp", "acomp", "attr", "oprd", "auxpass", "ccomp"):
                found.append(child)
                todo.append(child)
    return found


def _partitive_whole(noun: Token) -> Token:
    """ "much (most, some) of the conflict": the word that stands for the noun in its clause,
    the partitive it hangs from; else the noun itself."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in _PARTITIVES:
        return prep.head
    return noun


def _stranded_negation(clause: Token) -> Token | None:
    """ "X does not, contrary to popular belief, improve Y": the small parser makes the
    parenthesis the head and the verb its conjunct, leaving "does not" on the parenthesis.
    The negation of a non-verb head with an auxiliary, over a conjunct verb with neither an
    auxiliary nor a subject of its own, belongs to the verb."""
    head = clause.head
    if clause.dep_ != "conj" or not clause.tag_.startswith("VB") or head.tag_.startswith("VB"):
        return None
    if any(c.dep_ in ("aux", "nsubj", "nsubjpass", "neg") for c in clause.children):
        return None
    auxiliaries = [c for c in head.children if c.dep_ == "aux"]
    if not auxiliaries:
        return None
    # ("not" hangs from the parenthesis or from its auxiliary.)
    owners = [head, *auxiliaries]
    return next((c for o in owners for c in o.children if c.dep_ == "neg"), None)


def _than_real(adjective: Token) -> bool:
    """ "more apparent (imagined) than real": "than" after the adjective, comparing it with
    what is real."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "than"
        and any(t.lower_ in ("real", "reality", "actual") for t in c.subtree)
        for c in adjective.children
    )


def _far_from(heads: Iterable[Token], words: frozenset[str]) -> Token | None:
    """The word of `words` in "far from WORD" hung on one of the heads ("far from clear",
    "far from the truth"), if any."""
    for far in (c for head in heads for c in head.children):
        if far.dep_ != "advmod" or far.lower_ != "far":
            continue
        for prep in far.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                for word in prep.children:
                    if word.lower_ in words:
                        return word
    return None


def _complement(prep: Token) -> Token | None:
    """A preposition's object (a noun, or a clause: "from having a real dialogue")."""
    return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)


def _heads_clause(token: Token) -> bool:
    """Whether a word heads a clause of its own (has a subject, an object or a complement)."""
    return token.tag_.startswith("VB") or any(
        c.dep_ in ("nsubj", "nsubjpass", "xcomp", "ccomp", "dobj", "auxpass")
        for c in token.children
    )


def _singular(noun: str, heads: dict[str, list[str]]) -> str:
    """A head noun's singular, where the plural's own letters show it ("networks")."""
    for cut in ("ies", "es", "s"):
        stem = noun[: -len(cut)] + ("y" if cut == "ies" else "")
        if noun.endswith(cut) and stem in heads:
            return stem
    return noun


def _opens_with_pronoun(text: str, sentence: Sentence, words: Words) -> bool:
    first = _WORD.match(text, sentence.begin)
    return first is not None and first.group().lower() in (
        words["plural_pronouns"] | words["singular_pronouns"]
    )


def _measured_by(surface: str, measures: frozenset[str], privatives: frozenset[str]) -> bool:
    """Whether a mention is named by a measure of what goes wrong, as its head: the last
    word ("patient harm") or the first before a preposition ("harm to patients"; not a
    privative noun such as "failures of care", already turned around as an absence)."""
    parts = surface.lower().split()
    if not parts:
        return False
    first_heads = len(parts) > 2 and parts[1] in ("to", "of", "in", "among", "for")
    first = first_heads and parts[0] in measures and parts[0] not in privatives
    return parts[-1] in measures or first


_DO = frozenset(["do", "does", "did", "done", "doing"])


def _does_nothing(token: Token, objects: frozenset[str]) -> str | None:
    """ "does little to improve", "have done nothing to improve": "little" or "nothing" as what
    is done (the parser may make "little" the head, with "does" its auxiliary); `token` is the
    infinitive's clause."""
    if not (_has_to(token) and token.dep_ in ("advcl", "relcl", "xcomp", "acl")):
        return None
    token = token.head
    if token.lower_ not in objects:
        return None
    if token.dep_ == "dobj" and token.head.lower_ in _DO:
        return f"{token.head.text} {token.text}"
    done = next((c for c in token.children if c.dep_ == "aux" and c.lower_ in _DO), None)
    return f"{done.text} {token.text}" if done is not None else None


def _with_object(prep: Token) -> str:
    """A preposition with its object's word ("in theory"), or the preposition alone."""
    target = _complement(prep)
    return f"{prep.lower_} {target.lower_}" if target is not None else prep.lower_


def _completed_verb(clause: Token) -> Token | None:
    """The verb a clause completes through prepositions and complements ("blamed for
    undermining Y": "blamed"), if any."""
    token = clause
    for _ in range(_CLIMB):
        if token.dep_ not in ("pcomp", "pobj", "prep", "ccomp", "xcomp") or token.head is token:
            return None
        token = token.head
        if token.tag_.startswith("VB"):
            return token
    return None


def _so_called(word: Token) -> bool:
    """ "the so-called threat": the writer keeps the name at a distance."""
    return word.lower_ == "called" and any(c.lower_ == "so" for c in word.children)


def _clause_children(verb: Token) -> list[Token]:
    """A verb's children, with the negation and asides the parser hangs on its auxiliary
    instead ("does not, as critics allege, threaten": "not" and the aside hang on "does")."""
    hung = [c for c in _auxiliary_children(verb) if c.dep_ in ("neg", "advcl", "advmod")]
    # "X cannot by itself (in practice) improve Y": the parser may hang the modal and its
    # "not" on a phrase set between them and the verb.
    hung += [
        c
        for phrase in verb.children
        if phrase.i < verb.i
        and phrase.dep_ in ("prep", "advmod", "npadvmod")
        and _has(phrase, "aux")
        for c in phrase.children
        if c.dep_ == "neg"
    ]
    return [*verb.children, *hung]


def _auxiliary_children(verb: Token) -> list[Token]:
    """What the parser hangs on a verb's auxiliaries before it, when an aside comes between
    ("X has, arguably, damaged Y": the subject on "has")."""
    return [
        c
        for aux in verb.children
        if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i
        for c in aux.children
    ]


def _infinitives(noun: Token) -> list[Token]:
    """The infinitive clauses a noun heads: "efforts to engage", and through a participle of
    design, "schemes designed (intended, meant) to engage"."""
    found = []
    for clause in noun.children:
        if clause.dep_ not in ("acl", "relcl"):
            continue
        if _has_to(clause):
            found.append(clause)
        elif clause.tag_ == "VBN":
            found += [c for c in clause.children if c.dep_ == "xcomp" and _has_to(c)]
    return found


def _infinitive_object_masked(doc: Doc) -> bool:
    """Whether a pronoun of a masked parse is the object of an infinitive."""
    return any(
        t.dep_ == "dobj" and t.lower_ in ("it", "they") and _has_to(t.head) for t in doc
    )


def _has_to(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _in_order_to(verb: Token) -> bool:
    """Whether the verb is the infinitive of "in order to" (parsed as an acl of "order")."""
    order = verb.head
    return (
        verb.dep_ == "acl"
        and _has_to(verb)
        and order.lower_ == "order"
        and order.dep_ == "pobj"
        and order.head.lower_ == "in"
        and order.head.head.i != order.head.i
    )


def _purpose_condition(clause: Token) -> bool:
    """Whether an if-clause states a purpose, not a supposition: "X is crucial if Y is to
    succeed" says firmly what Y needs (the clause is "be" with a to-infinitive)."""
    return clause.lower_ in _BE and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in clause.children
    )


def _own_subject_purpose(clause: Token) -> bool:
    """Whether an infinitive clause has a subject of its own after "for" ("for integrated
    care to succeed, managers need trust"): what it says must come about is an aim in its own
    right, not the purpose of the main clause's action, and the main verb's needs and
    denials are not its own."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
    )


def _predicate_of_copula(verb: Token) -> bool:
    """Whether a verb is a copula with an adjective as its predicate: a phrase hung on it
    ("is crucial in ensuring Y", where the parser hangs "in" on "is") belongs to that
    adjective, as it would if hung on the adjective itself."""
    return verb.lower_ in _BE and any(
        c.dep_ == "acomp" and c.tag_.startswith("JJ") for c in verb.children
    )


def _has(token: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in token.children)


def _passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def _restricts(negation: Token, words: frozenset[str]) -> bool:
    """Whether a "not" denies only a restriction ("not only", "not just", "not the only
    driver", "not the sole cause"): the claim itself stands."""
    if _followed_by(negation, words):
        return True
    doc = negation.doc
    after = negation.i + 1
    return (
        after + 1 < len(doc)
        and doc[after].lower_ in ("the", "a", "an")
        and doc[after + 1].lower_ in words
    )


def _followed_by(token: Token, words: frozenset[str]) -> bool:
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in words


def _contrast(token: Token, markers: frozenset[str]) -> str | None:
    """ "rather than X", "instead of X": the marker whose complement `token` is, if any."""
    head = token.head
    if token.dep_ not in ("pcomp", "pobj", "conj", "prep") or head is token:
        return None
    words = [head.lower_]
    for child in head.children:
        if child.dep_ in ("advmod", "amod", "prep", "cc") and child.i < head.i:
            words.insert(0, child.lower_)
    phrase = " ".join(words)
    previous = head.nbor(-1).lower_ if head.i > 0 else ""
    for candidate in (phrase, f"{previous} {head.lower_}"):
        if candidate in markers:
            return candidate
    if token.dep_ == "conj":
        # "X protects Y rather than threatening it": the parser makes "than" the
        # coordinator of the two verbs, with "rather" under it.
        for cc in head.children:
            if cc.dep_ == "cc" and head.i < cc.i < token.i:
                before = [c.lower_ for c in cc.children if c.i < cc.i]
                candidate = " ".join([*before, cc.lower_])
                if candidate in markers:
                    return candidate
    return None


def _content_clause_misread(clause: Token) -> bool:
    """Whether a relative clause is a content clause the parser misread ("the idea that audit
    threatens autonomy", with "that" taken for a determiner): a relative "that" would be the
    clause's subject or object, not a word before its own subject."""
    if clause.dep_ != "relcl" or clause.head.i + 1 >= len(clause.doc):
        return False
    that = clause.doc[clause.head.i + 1]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        that.lower_ == "that"
        and that.dep_ not in ("nsubj", "nsubjpass", "dobj")
        and any(s.i > that.i for s in subjects)
    )


def _amounts_to_nothing(word: Token, words: Words) -> bool:
    """Whether a verb's object says it comes to nothing: "means little", "achieves nothing",
    "counts for nothing" (through its preposition)."""
    if word.dep_ == "prep":
        word = _complement(word) or word
    nothing = words["negating_modifiers"] | words["negating_pronouns"]
    return word.lower_ in nothing and not any(c.dep_ == "prep" for c in word.children)


def _contrasts_a_later_phrase(neg: Token) -> bool:
    """Whether a "not" after a comma or dash opens a phrase set against what came before
    ("X should be a central part of Y, not an optional extra"): it denies that phrase, not
    the clause (a concept in the phrase is denied by its own reading, `_contrasted`)."""
    doc = neg.doc
    if neg.i == 0 or neg.i + 1 >= len(doc) or doc[neg.i - 1].text not in _SETTING_APART:
        return False
    if neg.i < neg.head.i:
        return False  # ", not improving Y": the verb after it is what is denied
    phrase = doc[neg.i + 1]
    while phrase.head.i != phrase.i and phrase.head.left_edge.i > neg.i:
        phrase = phrase.head
    return phrase.left_edge.i == neg.i + 1 and phrase.dep_ in ("appos", "conj", "npadvmod", "dep")


def _denying_determiner(det: Token, words: Words) -> bool:
    """Whether "no" ("neither", "nor") denies its noun phrase: not in "it is no surprise X is
    ...", which the small parser, given no "that", reads as one noun phrase."""
    if det.lower_ not in words["negating_determiners"]:
        return False
    following = det.nbor(1).lower_ if det.i + 1 < len(det.doc) else ""
    return following not in words["affirming_after_no"]


def _denied(subjects: list[Token], words: Words) -> str | None:
    """ "Neither X nor Y supports Z", "no doctor supports Z", "hardly any trusts", "few
    trusts": the word that denies it."""
    for token in subjects:
        own = [c for c in token.children if c.dep_ in ("advmod", "neg", "nummod")]
        for child in [*_subject_phrase(token), *own]:
            lower = child.lower_
            if child.dep_ in ("det", "preconj") and _denying_determiner(child, words):
                return child.text
            if child.dep_ == "cc" and lower == "nor":
                return child.text  # "Neither X nor Y" with "neither" parsed elsewhere
            if child.dep_ in ("det", "amod") and lower in words["scarce_words"]:
                article = any(c.dep_ == "det" and c.lower_ == "a" for c in child.children)
                if not article and child.head.i == token.i and not _has(token, "det"):
                    return child.text  # "few trusts", not "a few trusts"
            if child.dep_ == "det" and lower == "any":
                hardly = [c for c in child.children if c.lower_ in words["negating_modifiers"]]
                if hardly:
                    return f"{hardly[0].text} {child.text}"
            if child.head.i == token.i and (
                (child.dep_ == "advmod" and lower in words["negating_modifiers"])
                or (
                    child.dep_ == "neg"
                    and child.i < token.i
                    and not _restricts(child, words["not_negations"])
                    and _partial([token]) is None
                )
            ):
                # "hardly any manager", "not a single study", "not one trust" (the parser
                # hangs the word on the noun); not "not only managers", "not all managers",
                # nor the "not" of "X, not Y" after the noun.
                return child.text
            if (
                child.dep_ in ("nummod", "det", "amod")
                and child.head.i == token.i
                and _has(child, "neg")
                and lower not in words["not_negations"] | {"all", "every"}
            ):
                return f"not {child.text}"  # "not one manager", the "not" on "one"
    return None


def _partial(subjects: list[Token]) -> str | None:
    """ "Not all managers undermine Y": some do; the claim is not made of them all."""
    for token in subjects:
        for child in token.children:
            quantifier = child.dep_ in ("det", "predet") and child.lower_ in ("all", "every")
            if quantifier and (_has(child, "neg") or _has(token, "neg")):
                return f"not {child.lower_}"
    return None


def _may_refer(subject: Token) -> bool:
    """Whether a subject can refer back at all: a pronoun, or a noun with a determiner ("the
    networks", "these reforms", "the two groups"); a bare noun names, it does not refer."""
    if subject.tag_.startswith("PRP"):
        return True
    determined = any(c.dep_ in ("det", "nummod") for c in subject.children)
    return subject.tag_.startswith("NN") and determined


_AS = frozenset(["as"])
_FINITE = frozenset(["VBP", "VBZ", "VBD", "MD"])


def _subject_of_the_next_clause(conjunct: Token) -> bool:
    """A last conjunct right before a finite verb that has no subject is that verb's subject,
    which the parser joined to the list before it ("require management skills and doctors
    are not prepared": the doctors are not required)."""
    after = conjunct.right_edge.i + 1
    if after >= len(conjunct.doc) or conjunct.doc[after].tag_ not in _FINITE:
        return False
    verb = conjunct.doc[after]
    clause = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl")
        for head in (verb, clause)
        for c in head.children
    )


def _stranded_subject(verb: Token) -> list[Token]:
    """The subject of a conjoined verb that the parser joined to the list before it
    ("requires audit and managers must support it": the managers support it)."""
    before = verb.i - 1
    while before > 0 and verb.doc[before].dep_ in ("aux", "auxpass", "neg", "advmod"):
        before -= 1
    noun = verb.doc[before]  # the head of an English noun phrase is its last word
    if noun.dep_ != "conj" or not noun.tag_.startswith(("NN", "PRP")):
        return []
    return [noun] if _subject_of_the_next_clause(noun) else []


def _nearest_subject(subjects: list[Token]) -> list[Token]:
    """A clause has one subject (its conjuncts hang from it): two are a misparse that hung
    another clause's subject on the verb too ("The divide matters to patients because good
    care produces better outcomes" with "divide" and "care" both on "produces"), and the one
    nearest the verb is its own."""
    if len(subjects) < 2:
        return subjects
    return [max(subjects, key=lambda s: s.i)]


def _subject_phrase(token: Token) -> Iterator[Token]:
    """The words of a subject's own noun phrase: its modifiers and conjuncts, not what a
    relative clause or a preposition adds ("doctors who have no time")."""
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in ("det", "preconj", "predet", "cc", "amod", "nmod", "compound", "conj"):
                yield child
                stack.append(child)


def _dash_joined(token: Token, other: Token) -> bool:
    """Whether `other` follows `token` across a dash with no space either side and opens
    with a bare word: the two are one hyphenated word that the parser split
    ("manager–doctor partnership"), not an aside ("audit–a form of review–improves ...":
    the text's em dashes are en dashes by then)."""
    first = other.left_edge
    if first.i != token.i + 2 or token.whitespace_ or not first.tag_.startswith(("NN", "JJ")):
        return False
    dash = token.nbor(1)
    return dash.is_punct and not dash.whitespace_ and dash.text in ("-", "\u2013")


def _same_span(a: Mention, b: Mention) -> bool:
    return a.begin < b.end and b.begin < a.end


__all__ = ["RelationFinder"]
