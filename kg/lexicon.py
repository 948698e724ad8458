"""The ontology's concept labels as one fast matcher: which concept each span of a text names.

The labels (rdfs:label, skos:prefLabel, skos:altLabel, skos:hiddenLabel) of every class under
hlkg:Concept are the only synonym list, less its hlkg:genericLabel values (a category's bare
name, "practice", too general to count as a mention); this module adds what the ontology
should not have to spell out: plurals of the head noun ("networks", "roles for the manager"),
verb forms of a leading gerund ("managing change" -> "manage change"), a noun-noun label's
modifier after "of" ("safety of patients"), any dash for a hyphen,
line breaks and quotes between words.
Acronyms (labels or words with two or more capitals: NHS, BMA, KP, BSc) match case-sensitively
so that "kp" or "nhs" inside ordinary words never match; everything else ignores case.
A concept's hlkg:excludedPhrase values ("in practice", "organisation of") are phrases in which a
label does not name it: they are matched like labels and then dropped, so the longest-match rule
keeps the label inside them from matching.

All variants go into one regular expression, factored as a trie and run over the lower-cased
text (the case of acronym words is checked on each match): one pass, several MB/s, and the
longest label wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from kg.namespaces import HLKG, RDFS, SKOS

if TYPE_CHECKING:
    import rdflib

CONCEPT_ROOT = HLKG + "Concept"
LABEL_PROPERTIES = (RDFS + "label", SKOS + "prefLabel", SKOS + "altLabel", SKOS + "hiddenLabel")
EXCLUDED_PHRASE = HLKG + "excludedPhrase"
GENERIC_LABEL = HLKG + "genericLabel"

_PREPOSITIONS = frozenset(
    [
        "of",
        "for",
        "in",
        "between",
        "with",
        "to",
        "on",
        "by",
        "within",
        "among",
        "from",
        "about",
        "across",
        "into",
        "at",
    ]
)
"""A label's head noun is the word before its first preposition ("role for the manager")."""

_FAMILY = 3
"""Longer labels of another concept ending in a word that take its plural from a one-word
label ("NHS trust", "foundation trust"...: "trusts" are organisations)."""

_NEGATING_PREFIXES = frozenset(["non", "anti", "un", "dis", "semi", "quasi", "pseudo", "counter"])
"""A concept word glued to one of these by a hyphen is not a mention ("non-clinical staff")."""

_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_HYPHEN = f"[{_DASHES}]"
_SPACE = r"(?:['\"\u2018\u2019\u201c\u201d]?\s+['\"\u2018\u2019\u201c\u201d]?)"
"""Between two words of a label: any whitespace, possibly with a quote (scare quotes)."""
_WORD_CHAR = r"[^\W_]"
_BEFORE = rf"(?<!{_WORD_CHAR})"
_AFTER = rf"(?!{_WORD_CHAR})"


def is_acronym(word: str) -> bool:
    """NHS, BMA, KP, BSc, AoMRC: words whose case carries meaning. (A word in lower case,
    most words, has no capital to count: one C-level test spares the count.)"""
    return not word.islower() and sum(1 for ch in word if ch.isupper()) >= 2


def plurals(word: str) -> list[str]:
    """English plural forms of a noun (regular rules; the ontology lists irregular ones)."""
    if not word or not word[-1].isalpha():
        return []
    if is_acronym(word):
        return [word + "s"]
    lower = word.lower()
    if lower.endswith("man") and len(lower) > 4:
        return [word[:-3] + "men", word + "s"]
    if lower.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es"]
    if lower.endswith("y") and len(lower) > 2 and lower[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    return [word + "s"]


def verb_forms_of_gerund(word: str) -> list[str]:
    """ "managing" -> manage, manages, managed; "working" -> work, works, worked."""
    lower = word.lower()
    if not lower.endswith("ing") or len(lower) < 6:
        return []
    stem = lower[:-3]
    bases = {stem, stem + "e"}
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        bases.add(stem[:-1])
    forms: set[str] = set()
    for base in bases:
        forms.add(base)
        forms.add(base + ("es" if base.endswith(("s", "x", "ch", "sh")) else "s"))
        forms.add(base + ("d" if base.endswith("e") else "ed"))
    return sorted(forms)


def head_index(words: list[str]) -> int:
    """The index of a label's head noun: before the first preposition, else the last word."""
    for index, word in enumerate(words):
        if index > 0 and word.lower() in _PREPOSITIONS:
            return index - 1
    return len(words) - 1


def variants(label: str) -> set[str]:
    """The surface forms one label stands for (whitespace-normalised, case as given), in
    each of its spellings (British and American, "healthcare" and "health care")."""
    forms: set[str] = set()
    for spelling in label_spellings(label):
        forms.update(_variants(spelling))
    return forms


def label_spellings(label: str) -> set[str]:
    """ "organisational change" -> also "organizational change"; "healthcare system" -> also
    "health care system" and "health-care system" (kg/extract/data/spellings.txt)."""
    found = {" ".join(label.split())}
    endings, wholes = _spelling_table()
    for _ in range(3):  # a label with up to three words spelled otherwise
        more = set()
        for form in found:
            words = form.split(" ")
            for index, word in enumerate(words):
                lower = word.lower()
                for ending, other in endings:
                    if lower.endswith(ending) and len(lower) > len(ending) + 1:
                        more.add(" ".join([*words[:index], word[: -len(ending)] + other,
                                           *words[index + 1 :]]))
            padded = f" {form.lower()} "
            for whole, other in wholes:
                at = padded.find(f" {whole} ")
                if at >= 0:
                    more.add(form[:at] + other + form[at + len(whole) :])
        if more <= found:
            break
        found |= more
    return found


@cache
def _spelling_table() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(endings, whole words) of spellings.txt, each pair in both directions."""
    from kg.text.wordlists import word_pairs

    endings: list[tuple[str, str]] = []
    wholes: list[tuple[str, str]] = []
    for one, other in word_pairs("spellings", "kg.extract"):
        if one.startswith("-"):
            endings += [(one[1:], other[1:]), (other[1:], one[1:])]
        else:
            wholes += [(one, other), (other, one)]
    return tuple(endings), tuple(wholes)


def _variants(label: str) -> set[str]:
    """The forms of one spelling of a label: plurals, verb forms, articles, either order."""
    words = label.split()
    if not words:
        return set()
    forms = {" ".join(words)}
    head = head_index(words)
    last = words[head]
    # Inflect the last part of a hyphenated head: "decision-maker" -> "decision-makers".
    parts = re.split(f"({_HYPHEN})", last)
    for plural in plurals(parts[-1]):
        forms.add(" ".join([*words[:head], "".join([*parts[:-1], plural]), *words[head + 1 :]]))
    if len(words) > 1:
        for form in verb_forms_of_gerund(words[0]):
            forms.add(" ".join([form, *words[1:]]))
    forms.update(_of_phrases(words))
    for form in list(forms):
        forms.update(_with_or_without_article(form.split()))
    for form in list(forms):
        forms.update(_between_either_way(form.split()))
    return forms


def _of_phrases(words: list[str]) -> set[str]:
    """ "patient safety" -> "safety of patients", "safety of patient"; "leadership
    development" -> "development of leadership"; "NHS reform" -> "reform of the NHS" (the
    article before a common noun comes with the other variants): English names a noun-noun
    compound's modifier after "of" as readily as before it. Not when the first word is an
    adjective by its ending ("clinical leadership") or a label has other than two words."""
    if len(words) != 2 or not all(word.isalpha() for word in words):
        return set()
    modifier, head = words
    lower = modifier.lower()
    if lower in _ARTICLES:
        return set()  # "the state" is no compound: "state of the" names no government
    if not is_acronym(modifier) and lower.endswith(tuple(_modifier_endings())):
        return set()
    heads = [head, *plurals(head)]
    # The article before an acronym is not added later ("reform of the NHS" is, though).
    acronym = is_acronym(modifier)
    modifiers = [modifier, f"the {modifier}"] if acronym else [modifier, *plurals(modifier)]
    return {f"{h} of {m}" for h in heads for m in modifiers}


@cache
def _modifier_endings() -> frozenset[str]:
    from kg.text.wordlists import word_list

    return word_list("modifier-endings", "kg.extract")


def _between_either_way(words: list[str]) -> set[str]:
    """ "divide between doctors and managers" -> "divide between managers and doctors": what
    lies between two groups lies between them in either order."""
    lowered = [word.lower() for word in words]
    if "between" not in lowered:
        return set()
    at = lowered.index("between")
    if "and" not in lowered[at + 2 : -1]:
        return set()
    joint = lowered.index("and", at + 2)
    first, second = words[at + 1 : joint], words[joint + 1 :]
    return {" ".join([*words[: at + 1], *second, "and", *first])}


_ARTICLES = frozenset(["the"])
_ARTICLE_AFTER = frozenset(["of", "for", "in", "between", "with", "by", "among", "within"])


def _with_or_without_article(words: list[str]) -> set[str]:
    """ "quality of care" -> "quality of the care"; "role of the manager" -> "role of manager":
    the article after a label's preposition is optional in English noun phrases. Not a
    possessive: in "the management of their organisations" the organisations are a mention."""
    for index, word in enumerate(words[:-1]):
        if index and word.lower() in _ARTICLE_AFTER:
            following = words[index + 1].lower()
            if following in _ARTICLES:
                return {" ".join(words[: index + 1] + words[index + 2 :])}
            if not is_acronym(words[index + 1]):
                return {
                    " ".join([*words[: index + 1], article, *words[index + 1 :]])
                    for article in _ARTICLES
                }
    return set()


_JOIN = f"(?:{_SPACE}|{_HYPHEN}|/)"
"""For a hyphen between two words of a label, a space, any dash or a slash: writers join the
same compound either way ("decision-making", "decision making"; "patient-centred"; "the
doctor/manager relationship"). Not the other way round: a "clinician manager" is a person, a
"clinician-manager" tension is between two."""


@cache
def _object_determiners() -> frozenset[str]:
    from kg.text.wordlists import word_list

    return word_list("object-determiners", "kg.extract")


@cache
def _determiner_slot() -> str:
    """The optional determiner after a leading verb, built once: every such form has it."""
    words = "|".join(re.escape(w) for w in sorted(_object_determiners()))
    return rf"(?:\s+(?:{words}))?"


def _leading_verbs(forms: Iterable[str]) -> frozenset[str]:
    """The first words of labels led by a gerund ("engaging doctors", "managing change") and
    the verb forms generated from them ("engage doctors", "managed change")."""
    verbs: set[str] = set()
    for form in forms:
        first = form.split(" ", 1)[0]
        if " " in form and first.endswith("ing") and len(first) > 5:
            verbs.add(first)
            verbs.update(verb_forms_of_gerund(first))
    return frozenset(verbs)


def _units(form: str, verbs: frozenset[str] = frozenset()) -> list[str]:
    """A form as regex units: one per character, one per space, and a joint (a space or any
    dash) for a hyphen between two letters; after a leading verb (one of `verbs`), an optional
    determiner of data/object-determiners.txt."""
    units: list[str] = []
    words = form.split()
    for index, word in enumerate(words):
        if index == 1 and words[0] in verbs and word not in _object_determiners():
            units.append(_determiner_slot())
        if index:
            units.append(_SPACE)
        for at, ch in enumerate(word):
            if ch in _DASHES and 0 < at < len(word) - 1:
                units.append(_JOIN)
            else:
                units.append(_HYPHEN if ch in _DASHES else re.escape(ch))
    return units


def trie_pattern(forms: Iterable[list[str]]) -> str:
    """One alternation, factored by common prefixes, so the engine tries few branches at a
    time; a greedy optional tail makes the longest form win.

    The trie is emitted children first from an explicit stack, not by recursion: a label of a
    few hundred characters would otherwise exceed Python's recursion limit.
    """
    trie: dict[str, dict] = {}
    end = ""  # marks the end of a form; no unit is empty
    for units in forms:
        node = trie
        for unit in units:
            node = node.setdefault(unit, {})
        node[end] = {}

    emitted: dict[int, str] = {}  # id(node) -> its pattern; every node stays alive meanwhile
    stack: list[tuple[dict[str, dict], bool]] = [(trie, False)]
    while stack:
        node, children_done = stack.pop()
        if not children_done:
            stack.append((node, True))
            stack.extend((child, False) for unit, child in node.items() if unit != end)
            continue
        branches = [
            unit + emitted[id(child)] for unit, child in sorted(node.items()) if unit != end
        ]
        if not branches:
            emitted[id(node)] = ""
            continue
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        emitted[id(node)] = f"(?:{body})?" if end in node else body
    return emitted[id(trie)] or "(?!)"  # no forms: an expression that never matches


def lower_keeping_offsets(text: str) -> str:
    """`text` lower-cased, every offset kept: the few characters that change length when
    lower-cased ("İ") stay as they are."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return lowered


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """The key a surface form is looked up by: lower case, one space for a space or a dash
    between words, one kind of dash elsewhere. Remembered: the rules fold the same mention
    surfaces over and over, and four substitutions cost more than a look-up."""
    return " ".join(_fold_marks(text).split()).casefold()


class Match(NamedTuple):
    """A span of the text and the concept it names. A named tuple, not a frozen dataclass:
    the rules make thousands per document and a tuple is made in half the time (equality,
    hash and repr are the same)."""

    begin: int
    end: int
    concept: str

    @property
    def span(self) -> tuple[int, int]:
        """The sort key the extractor's rules bisect matches by (the concept breaks no ties)."""
        return self.begin, self.end


@dataclass
class Lexicon:
    """Concept IRIs with their labels, plus the class hierarchy among them.

    Picklable (the compiled expressions are rebuilt lazily), so worker processes get it cheaply.
    """

    labels: Mapping[str, tuple[str, ...]]
    """concept IRI -> its labels, preferred label first."""
    parents: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """concept IRI -> its direct superclasses that are concepts."""
    reserved: frozenset[str] = frozenset()
    """Words no generated variant may start with: the extractor's cue verbs, so that
    "improving quality" does not become "improved quality" and swallow the cue in
    "audit improved quality of care". Labels written in the ontology are never affected."""
    excluded: tuple[str, ...] = ()
    """Phrases that contain a label but name no concept ("in practice"): matched, then dropped."""
    excluding: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """excluded phrase -> the concepts whose labels it excludes ("manage patients" excludes
    Management, not the patients in it)."""
    _compiled: tuple[re.Pattern[str], dict[str, str]] | None = field(
        default=None, repr=False, compare=False
    )

    # -- construction -------------------------------------------------------------------

    @classmethod
    def from_graph(
        cls, graph: rdflib.Graph, root: str = CONCEPT_ROOT, reserved: frozenset[str] = frozenset()
    ) -> Lexicon:
        """Every class under `root` (transitively, the user's extension classes included)."""
        from rdflib import Literal, URIRef
        from rdflib.namespace import RDFS as RDFS_NS

        root_ref = URIRef(root)
        concepts = set(graph.transitive_subjects(RDFS_NS.subClassOf, root_ref)) - {root_ref}
        labels: dict[str, tuple[str, ...]] = {}
        parents: dict[str, tuple[str, ...]] = {}
        excluded: set[str] = set()
        excluding: dict[str, set[str]] = {}
        for concept in concepts:
            if not isinstance(concept, URIRef):
                continue
            phrases = {
                " ".join(str(value).split())
                for value in graph.objects(concept, URIRef(EXCLUDED_PHRASE))
                if isinstance(value, Literal) and _is_english(value.language) and value.strip()
            }
            excluded.update(phrases)
            for phrase in phrases:
                excluding.setdefault(phrase, set()).add(str(concept))
            generic = {
                " ".join(str(value).split()).casefold()
                for value in graph.objects(concept, URIRef(GENERIC_LABEL))
            }
            found: list[str] = []
            for prop in LABEL_PROPERTIES:
                values = sorted(
                    str(value)
                    for value in graph.objects(concept, URIRef(prop))
                    if isinstance(value, Literal) and _is_english(value.language)
                )
                found.extend(
                    value
                    for value in values
                    if value.strip()
                    and value not in found
                    and " ".join(value.split()).casefold() not in generic
                )
            if found:
                labels[str(concept)] = tuple(found)
            parents[str(concept)] = tuple(
                sorted(
                    str(parent)
                    for parent in graph.objects(concept, RDFS_NS.subClassOf)
                    if parent in concepts
                )
            )
        return cls(
            labels=dict(sorted(labels.items())),
            parents=parents,
            reserved=reserved,
            excluded=tuple(sorted(excluded)),
            excluding={phrase: tuple(sorted(c)) for phrase, c in sorted(excluding.items())},
        )

    def __getstate__(self) -> dict[str, object]:
        return {
            "labels": dict(self.labels),
            "parents": dict(self.parents),
            "reserved": self.reserved,
            "excluded": self.excluded,
            "excluding": dict(self.excluding),
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        self.labels = state["labels"]  # type: ignore[assignment]
        self.parents = state["parents"]  # type: ignore[assignment]
        self.reserved = state.get("reserved", frozenset())  # type: ignore[assignment]
        self.excluded = state.get("excluded", ())  # type: ignore[assignment]
        self.excluding = state.get("excluding", {})  # type: ignore[assignment]
        self._compiled = None

    # -- queries ------------------------------------------------------------------------

    @property
    def concepts(self) -> list[str]:
        return sorted(self.labels)

    def ancestors(self, concept: str) -> set[str]:
        seen: set[str] = set()
        todo = list(self.parents.get(concept, ()))
        while todo:
            parent = todo.pop()
            if parent not in seen:
                seen.add(parent)
                todo.extend(self.parents.get(parent, ()))
        return seen

    def depth(self, concept: str) -> int:
        return len(self.ancestors(concept))

    def lookup(self, phrase: str) -> str | None:
        """The concept that `phrase` (any case, any variant) names exactly, if any; a
        determiner between a label's leading verb and its object is no part of the label
        ("engaging other clinicians", data/object-determiners.txt).

        Remembered per lexicon: the rules look up the same words and labels in every
        document, and folding a phrase costs more than finding it again."""
        memo = self._lookups
        if phrase in memo:
            return memo[phrase]
        table = self._tables()[1]
        found = table.get(_key(phrase)) or table.get(fold(phrase))
        if found is None:
            words = phrase.split()
            if len(words) > 2 and words[1].lower() in _object_determiners():
                found = self.lookup(" ".join([words[0], *words[2:]]))
        memo[phrase] = found or None
        return found or None

    def heads(self) -> dict[str, list[str]]:
        """Folded head noun (singular and plural) -> concepts whose labels end in it, for
        resolving "such training" or "these networks" to a concept named earlier."""
        result: dict[str, list[str]] = {}
        for concept, labels in self.labels.items():
            for label in labels:
                words = label.split()
                if len(words) < 2 or is_acronym(label):
                    continue
                head = words[head_index(words)]
                for form in [head, *plurals(head)]:
                    bucket = result.setdefault(fold(form), [])
                    if concept not in bucket:
                        bucket.append(concept)
        return result

    def modifier_heads(self) -> dict[str, dict[str, str]]:
        """Folded modifier (one or two words) -> folded head noun (singular and plural) ->
        concept, for labels made of modifiers and a final head ("high-quality care", "primary
        care"): a modifier can stand apart from its head ("high-quality, affordable care")."""
        cached = self.__dict__.get("_modifier_heads")
        if cached is not None:
            return cached
        result: dict[str, dict[str, str]] = {}
        for label in sorted({label for labels in self.labels.values() for label in labels}):
            words = label.split()
            if not 2 <= len(words) <= 3 or is_acronym(label) or head_index(words) != len(words) - 1:
                continue
            concept = self.lookup(label)
            if concept is None:
                continue
            modifiers = fold(" ".join(words[:-1]))
            for form in [words[-1], *plurals(words[-1])]:
                result.setdefault(modifiers, {}).setdefault(fold(form), concept)
        self.__dict__["_modifier_heads"] = result
        return result

    def _countable_elsewhere(
        self, concept: str, label: str, form: str, heads: dict[str, dict[str, int]]
    ) -> bool:
        """Whether the generated plural of a one-word label more likely names another,
        unrelated concept whose longer labels mostly end in that word: "trusts" are NHS,
        foundation or hospital trusts (organisations), not kinds of mutual trust; "doctors"
        stay doctors although "student doctor" is another concept, because most labels
        ending in "doctor" name doctors; "consultants" stay doctors although a "lead
        consultant" is a clinical leader and a "nurse consultant" a nurse: two labels make no
        family."""
        if " " in label.strip() or " " in form:
            return False
        family = mine = 0
        for other, count in heads.get(fold(label), {}).items():
            related = (
                other == concept
                or concept in self.ancestors(other)
                or other in self.ancestors(concept)
            )
            if related:
                mine += count
            else:
                family += count
        return family > mine and family >= _FAMILY

    def _head_counts(self) -> dict[str, dict[str, int]]:
        """Folded head word -> concept -> how many of its multi-word labels end in it."""
        result: dict[str, dict[str, int]] = {}
        for concept, labels in self.labels.items():
            for label in labels:
                words = label.split()
                if len(words) < 2:
                    continue
                counts = result.setdefault(fold(words[head_index(words)]), {})
                counts[concept] = counts.get(concept, 0) + 1
        return result

    # -- matching -----------------------------------------------------------------------

    def _tables(self) -> tuple[re.Pattern[str], dict[str, str]]:
        if self._compiled is None:
            self._compiled = self._compile()
        return self._compiled

    def _compile(self) -> tuple[re.Pattern[str], dict[str, str]]:
        # Who owns each surface form: a label given outright beats a generated variant; then
        # a preferred label beats an alternative one; then the more specific concept wins.
        owners: dict[str, tuple[tuple[int, int, int, str], str, str]] = {}
        spellings: dict[str, set[str]] = {}  # key -> every form with it ("tax payer", "tax-payer")
        heads = self._head_counts()
        # A generated form that an excluded phrase begins ("organisation of care", made from
        # "care organisation", begins "organisation of") is that phrase's reading, not a name.
        excluded_starts = tuple(f"{phrase.casefold()} " for phrase in self.excluded)
        for concept, labels in self.labels.items():
            depth = self.depth(concept)
            for rank, label in enumerate(labels):
                label_form = " ".join(label.split())
                for form in variants(label):
                    generated = 0 if form == label_form else 1
                    if generated and self._countable_elsewhere(concept, label, form, heads):
                        continue
                    if generated and form.casefold().startswith(excluded_starts):
                        continue
                    first = form.split()[0].casefold()
                    if (
                        generated
                        and first != label.split()[0].casefold()
                        and first in self.reserved
                    ):
                        continue
                    key = _key(form)
                    spellings.setdefault(key, set()).add(form.casefold())
                    priority = (generated, min(rank, 1), -depth, concept)
                    current = owners.get(key)
                    if current is None or priority < current[0]:
                        owners[key] = (priority, concept, form)
        # An excluded phrase owns its forms unless a label written in the ontology has the
        # same form (it beats a generated one: "medicines" are drugs, not the plural of
        # medicine the practice): it maps to "", which finditer and lookup treat as no concept.
        excluding: dict[str, tuple[str, ...]] = {}
        for phrase in self.excluded:
            written = owners.get(_key(phrase))
            if written is not None and written[0][0] == 0:
                continue  # also a label ("trust board"): its plural is the label's too
            for form in _excluded_forms(phrase):
                key = _key(form)
                spellings.setdefault(key, set()).add(form.casefold())
                current = owners.get(key)
                if current is None or current[0][0] == 1:
                    owners[key] = ((2, 1, 0, ""), "", form)
                    excluding[key] = tuple(self.excluding.get(phrase, ()))
        self.__dict__["_excluding_keys"] = excluding
        table: dict[str, str] = {}
        forms: set[str] = set()
        for key, (_, concept, _form) in owners.items():
            table[key] = concept
            forms.update(spellings[key])
        # One expression over the lower-cased text (faster than re.IGNORECASE); the case of
        # acronym words is checked afterwards, against the table, on the original text.
        verbs = _leading_verbs(forms)
        body = trie_pattern(_units(form, verbs) for form in forms) if forms else "(?!)"
        pattern = re.compile(f"{_BEFORE}{body}{_AFTER}")
        return pattern, table

    def finditer(self, text: str) -> Iterator[Match]:
        """Concept mentions in `text`, in order; the longest match wins.

        A label that starts inside a longer match and runs past its end names a concept too:
        "clinical leadership development" is ClinicalLeadership and LeadershipDevelopment.
        Matches overlap only so; a label wholly inside another match is not a mention.
        """
        pattern, _ = self._tables()
        lowered = lower_keeping_offsets(text)
        covered = 0  # where the last overlapping match ended
        for found in pattern.finditer(lowered):
            begin, end = found.span()
            if begin < covered:
                continue
            match = self._match(text, begin, end)
            if match is None:
                # In an excluded phrase, labels of other concepts still count: the patients
                # of "manage patients", the health system of "the public health system".
                for inner in self._inside_excluded(text, lowered, begin, end):
                    yield inner
                    covered = max(covered, inner.end)
                continue
            yield match
            if lowered[begin:end].isalnum():
                continue  # one word (most matches): no label can start inside it
            for start in _word_starts(lowered, begin + 1, end):
                longer = pattern.match(lowered, start)
                if longer is None or longer.end() <= end:
                    continue
                extension = self._match(text, start, longer.end())
                if extension is None:
                    continue
                if extension.concept != match.concept:
                    yield extension
                # The same concept running on ("positional leadership roles") is one
                # mention: what it covers is not searched again for a shorter label ("roles").
                covered = longer.end()
                break

    def _inside_excluded(self, text: str, lowered: str, begin: int, end: int) -> list[Match]:
        excluding = self._excluding_keys_for(text[begin:end])
        if excluding is None:
            return []  # not an excluded phrase ("non-" before a label)
        pattern, _ = self._tables()
        found: list[Match] = []
        reach = begin
        # A label at the phrase's own start is shorter than the phrase: found by its words
        # ("patient" of "patient management").
        for stop in reversed(_word_starts(lowered, begin + 1, end)):
            prefix = self._match(text, begin, len(text[:stop].rstrip(" -\u2010\u2011")))
            if prefix is not None and prefix.concept not in excluding:
                found.append(prefix)
                reach = prefix.end
                break
        for start in _word_starts(lowered, begin + 1, end):
            if start < reach:
                continue
            stop = len(lowered)  # an inner label may run past the phrase ("health system")
            while (inner := pattern.match(lowered, start, stop)) is not None:
                match = self._match(text, start, inner.end())
                if match is not None and match.concept not in excluding:
                    found.append(match)
                    reach = inner.end()
                    break
                # The excluded concept's own label here ("doctors in management" inside
                # "involve doctors in management"): a shorter label may still start here.
                stop = len(lowered[: inner.end()].rsplit(" ", 1)[0])
                if stop <= start:
                    break
        return found

    def _excluding_keys_for(self, surface: str) -> tuple[str, ...] | None:
        self._tables()
        return self.__dict__["_excluding_keys"].get(_key(surface))

    def _match(self, text: str, begin: int, end: int) -> Match | None:
        if begin and text[begin - 1] in _DASHES and _after_negating_prefix(text, begin):
            return None
        surface = text[begin:end]
        cache = self._surface_cache
        concept = cache.get(surface)
        if concept is None:
            concept = cache[surface] = self.lookup(surface) or ""
        return Match(begin, end, concept) if concept else None

    @property
    def _lookups(self) -> dict[str, str | None]:
        """phrase -> what `lookup` found: the labels and tables are fixed once made."""
        memo = self.__dict__.get("_lookup_memo")
        if memo is None:
            memo = self.__dict__["_lookup_memo"] = {}
        return memo

    @property
    def _surface_cache(self) -> dict[str, str]:
        cache = self.__dict__.get("_cache")
        if cache is None:
            cache = self.__dict__["_cache"] = {}
        return cache


_WORD_START = re.compile(rf"(?<![^\W_]){_WORD_CHAR}")


def _word_starts(lowered: str, begin: int, end: int) -> list[int]:
    """Where words begin in `lowered[begin:end]`."""
    return [found.start() for found in _WORD_START.finditer(lowered, begin, end)]


def _excluded_forms(phrase: str) -> set[str]:
    """An excluded phrase and, unless it ends in a preposition ("organisation of", whose plural
    "organisations of" means institutions), its plural ("management consultants")."""
    words = phrase.split()
    if not words or words[-1].lower() in _PREPOSITIONS:
        return {" ".join(words)} if words else set()
    return variants(phrase)


def _key(surface: str) -> str:
    """The lookup key of a surface form: acronym words keep their case, others are folded."""
    words = _fold_marks(surface).split()
    return " ".join(word if is_acronym(word) else word.casefold() for word in words)


def _fold_marks(text: str) -> str:
    """Quotes dropped, a dash or a slash between two words read as a space ("decision-making"
    and "doctor/manager" are "decision making" and "doctor manager"), any other dash as a
    hyphen."""
    text = _INNER_DASH.sub(" ", text)
    text = _INNER_SLASH.sub(" ", text)
    text = _ANY_DASH.sub("-", text)
    return _QUOTES.sub("", text)


_INNER_DASH = re.compile(rf"(?<=[^\W_]){_HYPHEN}(?=[^\W_])")
_INNER_SLASH = re.compile(r"(?<=[^\W_])/(?=[^\W_])")
_ANY_DASH = re.compile(_HYPHEN)
_QUOTES = re.compile(r"['\"\u2018\u2019\u201c\u201d]")


_PREFIX_BEFORE = re.compile(rf"({_WORD_CHAR}+){_HYPHEN}$")


def _after_negating_prefix(text: str, begin: int) -> bool:
    """After "non-", or inside a compound joined by a function word ("fee-for-service model",
    "out-of-hospital care"), a label names nothing of its own."""
    found = _PREFIX_BEFORE.search(text, max(0, begin - 12), begin)
    if found is None:
        return False
    word = found.group(1).casefold()
    return word in _NEGATING_PREFIXES or word in _PREPOSITIONS or word in _JOINING_WORDS


_JOINING_WORDS = frozenset(["and", "or", "the", "a"])


def _is_english(language: str | None) -> bool:
    return language is None or language.lower() == "en" or language.lower().startswith("en-")


__all__ = ["Lexicon", "Match", "fold", "is_acronym", "label_spellings", "plurals", "variants"]
