"""The cue file (ontology/cues.toml): relation cues as patterns over a dependency parse.

Each `[[cue]]` names a relation property, the word that carries it (a verb, adjective, noun or
preposition, as a lemma whose forms are generated), and paths through the parse from that word
to its object and, where the clause's own subject is not it, to its subject. A path is steps
joined by `>`:

    dobj                 a child of the current word by that dependency
    prep(to|for)         ... whose lower-cased form is one of these
    pobj|pcomp           ... by any of these dependencies
    ^nsubj               up to the head, from a word attached to it as nsubj
    acl[aux(to)]         a child that has, itself, a child aux "to" (a constraint, not a step)

Paths compile to spaCy `DependencyMatcher` patterns whose nodes `cue`, `subject` and `object`
the relation finder reads (evaluated by `Matcher`, see there why). A verb whose object is its
direct object also gets its passive ("is undermined by X") and reduced passive ("trust
undermined by X") patterns. The sections
before the cues hold the word lists that the finder uses to follow arguments and to decide a
claim's status (negated, rejected, hedged, attributed).
"""

from __future__ import annotations

import functools
import itertools
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import HlkgError
from kg.namespaces import HLKG

KINDS = {"verb": "^VB", "adjective": "^(JJ|VBN|RB)", "noun": "^(NN|JJ)", "preposition": "^IN$"}
"""The cue word's kind and the tags the tagger may give it (an adjective such as "based" or
"dependent" can be tagged as a participle; the small model tags some nouns as adjectives)."""

_STEP = re.compile(
    r"\s*(?P<up>\^)?(?P<deps>[a-z]+(?:\|[a-z]+)*)(?:\((?P<words>[^()]*)\))?"
    r"(?P<constraints>(?:\[[^\[\]]*(?:\[[^\[\]]*\][^\[\]]*)*\])*)\s*$"
)
_QUESTION_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
_PLAIN_WORD = re.compile(r"[^\W\d_]+")
_VERB_ROLES = ("ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "pcomp", "acl")
"""Dependencies that only a verb (or a clause's head) takes."""
_CONSTRAINT = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]")


def default_cue_file() -> Path:
    from kg.resources import ontology_dir

    return ontology_dir() / "cues.toml"


@dataclass(frozen=True, slots=True)
class Cue:
    id: str
    property: str
    """The relation property's IRI."""
    reverse: bool
    """The word's grammatical object is the relation's subject ("X benefits from Y": Y
    benefits X)."""
    confidence: float
    kind: str
    pair: bool = False
    """The object path leads to a coordination whose first member is the subject and the
    others the objects ("tension between X and Y")."""
    negated_host: bool = False
    """The cue needs its clause to be negated, and that negation is part of the frame, not a
    denial ("Y cannot work without X": Y requires X)."""
    unless: tuple[tuple[frozenset[str], frozenset[str] | None, bool], ...] = ()
    """Children the cue word must not have, as (dependencies, words or None, False):
    "teamwork improved because of X" but not "trusts improved teamwork because of X" (no
    dobj); "the project involves audit" but not "involve patients in decisions" (no prep
    "in"). With True, the head it must not hang from: "trust is a condition for teamwork",
    but not "X creates the conditions for Y", which is another frame (no ^dobj(create))."""
    not_under: frozenset[str] = frozenset()
    """Categories (local names) whose concepts cannot be the cue's object ("produce
    doctors" is no support of doctors)."""
    subjects_not_under: frozenset[str] = frozenset()
    """Categories whose concepts cannot be the statement's subject ("hospitals deliver better
    care": what singles them out does; for a reversed cue, what its object path names:
    "needed to produce doctors" says nothing doctors need)."""
    needs: tuple[frozenset[str], ...] = ()
    """The words its frame requires below the cue word, one of each set ("hand" for "go
    hand in hand", "better" for "do better"): without them a question's "do" or "go" is no
    cue."""

    def excludes(self, token: Any) -> bool:
        """Whether the cue word has a child the cue rules out."""
        if not self.unless:
            return False  # most cues: no child to look at
        return any(
            (
                token.dep_ in deps and (words is None or token.head.lower_ in words)
                if up
                else any(
                    child.dep_ in deps and (words is None or child.lower_ in words)
                    for child in token.children
                )
            )
            for deps, words, up in self.unless
        )


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled pattern: which cue, and where its nodes sit in the match's token list."""

    cue: Cue
    cue_node: int
    subject_node: int | None
    object_node: int
    passive: bool


@dataclass(frozen=True)
class Words:
    """The word lists of the cue file's sections, lower-cased."""

    lists: dict[str, frozenset[str]]

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists.get(name, frozenset())


@dataclass
class CueSet:
    path: Path
    cues: tuple[Cue, ...]
    patterns: dict[str, tuple[Pattern, list[dict[str, Any]]]]
    """matcher key -> the pattern and its DependencyMatcher specification."""
    anchors: frozenset[str]
    """Every lower-cased form a cue word can take: a sentence without one has no relation."""
    verb_forms: frozenset[str]
    """The forms of the cue verbs alone (the lexicon keeps generated label variants from
    starting with one: "improving quality" must not become "improved quality")."""
    words: Words
    source: dict

    @classmethod
    def load(cls, path: Path | None = None, known_properties: set[str] | None = None) -> CueSet:
        path = Path(path) if path is not None else default_cue_file()
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise HlkgError(
                f"{path}: cannot read the cue file: {error.strerror or error}"
            ) from error
        except UnicodeDecodeError as error:
            raise HlkgError(f"{path}: the cue file is not UTF-8 ({error.reason})", 2) from error
        except tomllib.TOMLDecodeError as error:
            raise HlkgError(f"{path}: {error}", exit_code=2) from error
        return cls.from_data(data, path, known_properties)

    @classmethod
    def from_data(cls, data: dict, path: Path, known_properties: set[str] | None = None) -> CueSet:
        words = _words(data, path)
        entries = data.get("cue")
        if not isinstance(entries, list) or not entries:
            raise HlkgError(f"{path}: no [[cue]] entries", exit_code=2)
        cues: list[Cue] = []
        patterns: dict[str, tuple[Pattern, list[dict[str, Any]]]] = {}
        anchors: set[str] = set()
        verb_forms: set[str] = set()
        seen: set[str] = set()
        for number, entry in enumerate(entries, start=1):
            where = f"{path}: cue {number} ({entry.get('id', '?')!r})"
            if not isinstance(entry, dict):
                raise HlkgError(f"{where}: must be a table", exit_code=2)
            cue, forms, tags = _cue(entry, where, known_properties)
            if cue.id in seen:
                raise HlkgError(f"{where}: the id is used twice", exit_code=2)
            seen.add(cue.id)
            cues.append(cue)
            anchors.update(forms)
            if cue.kind == "verb":
                verb_forms.update(forms)
            for n, (pattern, spec) in enumerate(_patterns(entry, cue, forms, tags, where)):
                patterns[f"{cue.id}#{n}"] = (pattern, spec)
        return cls(
            path,
            tuple(cues),
            patterns,
            frozenset(anchors),
            frozenset(verb_forms),
            words,
            data,
        )

    def matcher(self) -> Matcher:
        return Matcher(self)

    def could_match(self, words: set[str]) -> bool:
        """Whether some pattern could match a sentence with these lower-cased words: its cue
        word and every other word it names occur ("give rise to" needs "rise", "deliver
        better" a comparative). A cheap test before parsing; it rejects no sentence a
        pattern can match."""
        for word in words & self.anchors:
            for needed in self._needs.get(word, ()):
                if all(choices & words for choices in needed):
                    return True
        return False

    @functools.cached_property
    def _needs(self) -> dict[str, list[list[frozenset[str]]]]:
        """Cue word form -> for each of its patterns, the word sets its other nodes name (a
        set holding anything the sentence splitter does not see as a word, such as "'s",
        names nothing here: it is always taken as present)."""
        table: dict[str, list[list[frozenset[str]]]] = {}
        for _, spec in self.patterns.values():
            needed = []
            for node in spec[1:]:
                choices = node["RIGHT_ATTRS"].get("LOWER", {}).get("IN")
                if choices and all(_PLAIN_WORD.fullmatch(c) for c in choices):
                    needed.append(frozenset(choices))
            for form in spec[0]["RIGHT_ATTRS"]["LOWER"]["IN"]:
                table.setdefault(form, []).append(needed)
        return table

    def words_in(self, lowered: str) -> list[tuple[int, int, Cue]]:
        """Cue words in plain lower-cased text, without a parse (for questions: "what
        threatens X?"): each word that is a form of a cue's word, with the cue whose
        preposition follows it ("result in" rather than "result from"), else the first."""
        found = []
        words = list(_QUESTION_WORD.finditer(lowered))  # one pass gives each word and the next
        present = {word.group() for word in words}
        for index, word in enumerate(words):
            cues = [
                c
                for c in self._by_form.get(word.group(), [])
                if all(need & present for need in c.needs)
            ]
            if not cues:
                continue
            after = words[index + 1].group() if index + 1 < len(words) else ""
            chosen = next((c for c in cues if after in self._particles[c.id]), cues[0])
            found.append((word.start(), word.end(), chosen))
        return found

    @functools.cached_property
    def _by_form(self) -> dict[str, list[Cue]]:
        table: dict[str, list[Cue]] = {}
        for pattern, spec in self.patterns.values():
            for form in spec[0]["RIGHT_ATTRS"]["LOWER"]["IN"]:
                bucket = table.setdefault(form, [])
                if pattern.cue not in bucket:
                    bucket.append(pattern.cue)
        return table

    @functools.cached_property
    def _particles(self) -> dict[str, frozenset[str]]:
        """Each cue's words right under its own word on its object paths ("from")."""
        table: dict[str, set[str]] = {cue.id: set() for cue in self.cues}
        for pattern, spec in self.patterns.values():
            for node in spec[1:]:
                if node.get("LEFT_ID") == "cue" and "LOWER" in node["RIGHT_ATTRS"]:
                    table[pattern.cue.id].update(node["RIGHT_ATTRS"]["LOWER"]["IN"])
        return {cue: frozenset(words) for cue, words in table.items()}


class Matcher:
    """Runs the compiled patterns over a parsed sentence.

    The patterns are spaCy `DependencyMatcher` specifications and mean what they mean there
    (tests/test_extract_patterns.py checks that this gives spaCy's matches on real
    sentences). They are evaluated here rather than by spaCy's matcher, which cost three times
    the parse itself when given every pattern, and half the parse when given only those whose
    cue word occurs in the sentence: it tries each node of each pattern at every token, where
    these patterns only ever walk from one cue word to a few of its neighbours.
    """

    def __init__(self, cues: CueSet, vocab: Any = None) -> None:
        from spacy.strings import get_string_id

        self.cues = cues
        self._by_form: dict[int, list[tuple[str, list[_Node]]]] = {}
        """The hash of a cue word's form -> the patterns that start from it."""
        tests: dict[tuple, _Test] = {}
        for key, (_, spec) in cues.patterns.items():
            nodes = _nodes(spec, tests, get_string_id)
            for form in spec[0]["RIGHT_ATTRS"]["LOWER"]["IN"]:
                self._by_form.setdefault(get_string_id(form), []).append((key, nodes))

    def __call__(self, doc: Any) -> list[tuple[str, list[int]]]:
        """(pattern key, token index of each node in the pattern's order) for every match."""
        found: list[tuple[str, list[int]]] = []
        if not len(doc):
            return found
        # The parse as plain integers, read once: walking spaCy's tokens made a Python
        # object and a string per attribute at every step of every pattern.
        words = _Words(doc)
        by_form = self._by_form
        # The few cue words first, in one comprehension: a loop body for every word cost more.
        for index in [i for i, lower in enumerate(words.values[0::4]) if lower in by_form]:
            for key, nodes in by_form[words.values[4 * index]]:
                if nodes[0].test.accepts(words, index):
                    _assign(nodes, words, [index], 1, key, found)
        return found


class _Words:
    """One sentence's parse as integers, four per word: its lower-cased form, dependency and
    tag (as spaCy's string ids) and its head's offset (stored unsigned); each word's head, and
    every word's children (in order), made in one pass when first asked for: a scan of the
    sentence for each word asked about cost more than the patterns' own steps."""

    def __init__(self, doc: Any) -> None:
        from spacy.attrs import DEP, HEAD, LOWER, TAG

        self.values: list[int] = doc.to_array([LOWER, DEP, TAG, HEAD]).ravel().tolist()
        self.strings = doc.vocab.strings
        self.heads: list[int] = [
            index + (offset if offset < _SIGN else offset - _WRAP)
            for index, offset in enumerate(self.values[3::4])
        ]
        self._children: list[list[int]] | None = None

    def children(self, index: int) -> list[int]:
        table = self._children
        if table is None:
            table = self._children = [[] for _ in self.heads]
            for child, head in enumerate(self.heads):
                if head != child:
                    table[head].append(child)
        return table[index]


_SIGN = 1 << 63
_WRAP = 1 << 64


class _Test:
    """What a node asks of a word: its lower-cased form, dependency and tag (string ids; a
    tag's expression is tried once per tag)."""

    def __init__(
        self,
        lower: frozenset[int] | None,
        deps: frozenset[int] | None,
        tag: re.Pattern[str] | None,
    ) -> None:
        self.lower = lower
        self.deps = deps
        self.tag = tag
        self._tags: dict[int, bool] = {}

    def accepts(self, words: _Words, index: int) -> bool:
        values, at = words.values, 4 * index
        if self.lower is not None and values[at] not in self.lower:
            return False
        if self.deps is not None and values[at + 1] not in self.deps:
            return False
        if self.tag is None:
            return True
        tag = values[at + 2]
        accepted = self._tags.get(tag)
        if accepted is None:
            accepted = self._tags[tag] = self.tag.search(words.strings[tag]) is not None
        return accepted


@dataclass(frozen=True)
class _Node:
    left: int
    """The index of the node this one is reached from (-1 for the cue word)."""
    down: bool
    """True: a child of the left node (REL_OP ">"); False: its head ("<")."""
    test: _Test


def _nodes(
    spec: list[dict[str, Any]], tests: dict[tuple, _Test], string_id: Callable[[str], int]
) -> list[_Node]:
    """A specification's nodes; one `_Test` for the same test in any pattern."""
    names = {node["RIGHT_ID"]: index for index, node in enumerate(spec)}
    nodes = []
    for node in spec:
        attrs = node["RIGHT_ATTRS"]
        lower = frozenset(attrs["LOWER"]["IN"]) if "LOWER" in attrs else None
        deps = frozenset(attrs["DEP"]["IN"]) if "DEP" in attrs else None
        tag = attrs["TAG"]["REGEX"] if "TAG" in attrs else None
        test = tests.get((lower, deps, tag))
        if test is None:
            test = tests[lower, deps, tag] = _Test(
                frozenset(string_id(w) for w in lower) if lower is not None else None,
                frozenset(string_id(d) for d in deps) if deps is not None else None,
                re.compile(tag) if tag is not None else None,
            )
        nodes.append(
            _Node(
                left=names[node["LEFT_ID"]] if "LEFT_ID" in node else -1,
                down=node.get("REL_OP", ">") == ">",
                test=test,
            )
        )
    return nodes


def _assign(
    nodes: list[_Node], words: _Words, chosen: list[int], index: int, key: str, found: list
) -> None:
    """Every way to give the nodes from `index` on words, depth first (as in spaCy, two nodes
    may fall on one word), added to `found` as (key, the words chosen)."""
    if index == len(nodes):
        found.append((key, list(chosen)))
        return
    node = nodes[index]
    left = chosen[node.left]
    if node.down:
        candidates = words.children(left)
    else:
        head = words.heads[left]
        candidates = [head] if head != left else []
    for word in candidates:
        if node.test.accepts(words, word):
            chosen.append(word)
            _assign(nodes, words, chosen, index + 1, key, found)
            chosen.pop()


def inflect(verb: str) -> set[str]:
    """Regular English forms of a verb: base, third person, past (and participle), -ing."""
    verb = verb.lower()
    third = verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z", "o")) else verb + "s"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        third = verb[:-1] + "ies"
        past = {verb[:-1] + "ied"}
    elif verb.endswith("e"):
        past = {verb + "d"}
    else:
        past = {verb + "ed"}
    if verb.endswith("ie"):
        ing = {verb[:-2] + "ying"}
    elif verb.endswith("e") and not verb.endswith("ee"):
        ing = {verb[:-1] + "ing"}
    else:
        ing = {verb + "ing"}
    # Consonant-vowel-consonant endings may double ("stem" -> "stemmed"): offer both forms;
    # the wrong one never occurs in text.
    if len(verb) >= 3 and re.search(r"[^aeiou][aeiou][bdgklmnprt]$", verb):
        past.add(verb + verb[-1] + "ed")
        ing.add(verb + verb[-1] + "ing")
    return {verb, third, *past, *ing}


def participles(verb: str) -> set[str]:
    """The -ed forms of `inflect` (past and participle)."""
    return {form for form in inflect(verb) if form.endswith("ed")}


def _noun_forms(noun: str) -> set[str]:
    from kg.lexicon import plurals

    return {noun.lower(), *(p.lower() for p in plurals(noun))}


_CUE_KEYS = frozenset(
    [
        *KINDS,
        "id", "property", "forms", "object", "subject", "with", "pair", "unless",
        "objects_not_under", "subjects_not_under", "negated_host", "direction", "passive",
        "tags", "confidence",
    ]
)  # fmt: skip
"""The keys a [[cue]] may have: a misspelt one is an error, not a silently ignored rule."""


def _cue(entry: dict, where: str, known: set[str] | None) -> tuple[Cue, set[str], str]:
    unknown = sorted(set(entry) - _CUE_KEYS)
    if unknown:
        raise HlkgError(f"{where}: unknown key {unknown[0]!r}", exit_code=2)
    cue_id = entry.get("id")
    prop = entry.get("property")
    if not isinstance(cue_id, str) or not cue_id.strip():
        raise HlkgError(f"{where}: missing id", exit_code=2)
    if not isinstance(prop, str) or not prop.strip():
        raise HlkgError(f"{where}: missing property", exit_code=2)
    iri = prop if "://" in prop else HLKG + prop
    if known is not None and iri not in known:
        raise HlkgError(f"{where}: unknown relation property {prop!r}", exit_code=2)
    kinds = [kind for kind in KINDS if kind in entry]
    if len(kinds) != 1:
        raise HlkgError(f"{where}: needs one of {', '.join(KINDS)}", exit_code=2)
    kind = kinds[0]
    lemmas = [w.strip() for w in str(entry[kind]).split("|") if w.strip()]
    if not lemmas:
        raise HlkgError(f"{where}: {kind} is empty", exit_code=2)
    extra = entry.get("forms", [])
    if not isinstance(extra, list) or not all(isinstance(f, str) for f in extra):
        raise HlkgError(f"{where}: forms must be a list of strings", exit_code=2)
    forms: set[str] = {f.lower() for f in extra}
    for lemma in lemmas:
        if kind == "verb":
            forms |= inflect(lemma)
        elif kind == "noun":
            forms |= _noun_forms(lemma)
        else:
            forms.add(lemma.lower())
    direction = entry.get("direction", "forward")
    if direction not in ("forward", "reverse"):
        raise HlkgError(f"{where}: direction must be 'forward' or 'reverse'", exit_code=2)
    confidence = entry.get("confidence", 0.7)
    if not isinstance(confidence, int | float) or not 0 < confidence <= 1:
        raise HlkgError(f"{where}: confidence must be a number in (0, 1]", exit_code=2)
    tags = entry.get("tags", KINDS[kind])
    cue = Cue(
        cue_id,
        iri,
        direction == "reverse",
        float(confidence),
        kind,
        pair="pair" in entry,
        negated_host=bool(entry.get("negated_host", False)),
        unless=_unless(entry, where),
        not_under=frozenset(_strings(entry, "objects_not_under", where)),
        subjects_not_under=frozenset(_strings(entry, "subjects_not_under", where)),
        needs=_needed_words(_paths(entry, "with", where)),
    )
    return cue, forms, str(tags)


def _needed_words(paths: list[str]) -> tuple[frozenset[str], ...]:
    """The word sets of the downward steps of a cue's `with` paths."""
    needs = []
    for path in paths:
        for step in path.split(">"):
            match = _STEP.match(step)
            if match and not match["up"] and match["words"]:
                needs.append(frozenset(_word_list(match["words"])))
    return tuple(needs)


def _strings(entry: dict, key: str, where: str) -> list[str]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise HlkgError(f"{where}: {key} must be a list of strings", exit_code=2)
    return value


def _unless(
    entry: dict, where: str
) -> tuple[tuple[frozenset[str], frozenset[str] | None, bool], ...]:
    """The `unless` steps: one dependency step each, down to a child ("dobj", "prep(in)")
    or up to the head ("^dobj(create|lay)")."""
    found = []
    for text in _strings(entry, "unless", where):
        step = _STEP.match(text)
        if step is None or step["constraints"]:
            raise HlkgError(
                f"{where}: unless takes single steps such as 'prep(in)' or '^dobj(set)': {text!r}",
                2,
            )
        words = _word_list(step["words"])
        found.append(
            (
                frozenset(step["deps"].split("|")),
                frozenset(words) if words else None,
                bool(step["up"]),
            )
        )
    return tuple(found)


CLAUSE_SUBJECT = "clause"
"""In a cue's list of subject paths: the clause's own subject, found by following the clause,
where none of the paths leads to one."""


def _paths(entry: dict, key: str, where: str) -> list[str]:
    value = entry.get(key, [])
    paths = [value] if isinstance(value, str) else value
    if not isinstance(paths, list) or not all(isinstance(p, str) and p.strip() for p in paths):
        raise HlkgError(f"{where}: {key} must be a path or a list of paths", exit_code=2)
    return paths


class _Builder:
    """DependencyMatcher node specifications, built step by step from one cue node."""

    def __init__(self, forms: set[str], tags: str, where: str) -> None:
        self.where = where
        self.nodes: list[dict[str, Any]] = [
            {
                "RIGHT_ID": "cue",
                "RIGHT_ATTRS": {"LOWER": {"IN": sorted(forms)}, "TAG": {"REGEX": tags}},
            }
        ]

    def attrs(self, node: int) -> dict[str, Any]:
        return self.nodes[node]["RIGHT_ATTRS"]

    def add(self, left: int, op: str, attrs: dict[str, Any]) -> int:
        self.nodes.append(
            {
                "LEFT_ID": self.nodes[left]["RIGHT_ID"],
                "REL_OP": op,
                "RIGHT_ID": f"n{len(self.nodes)}",
                "RIGHT_ATTRS": attrs,
            }
        )
        return len(self.nodes) - 1

    def constrain_dep(self, node: int, deps: list[str]) -> None:
        current = self.attrs(node).get("DEP")
        if current is not None and set(current["IN"]) != set(deps):
            raise HlkgError(f"{self.where}: two paths give the cue word two roles", exit_code=2)
        self.attrs(node)["DEP"] = {"IN": deps}

    def path(self, path: str, start: int = 0) -> int:
        """Add the nodes of `path` from node `start`; the index of the last one. The path "."
        is the start itself: a cue word that names its own object ("outperform" is a word for
        performance)."""
        if path.strip() == ".":
            return start
        node = start
        for text in path.split(">"):
            found = _STEP.match(text)
            if found is None:
                raise HlkgError(f"{self.where}: cannot read the path step {text.strip()!r}", 2)
            deps = found["deps"].split("|")
            words = _word_list(found["words"])
            if found["up"]:
                self.constrain_dep(node, deps)
                node = self.add(node, "<", {})
                if words:
                    self.attrs(node)["LOWER"] = {"IN": words}
            else:
                attrs: dict[str, Any] = {"DEP": {"IN": deps}}
                if words:
                    attrs["LOWER"] = {"IN": words}
                node = self.add(node, ">", attrs)
            for constraint in _CONSTRAINT.findall(found["constraints"] or ""):
                self.path(constraint, node)
        return node

    def rename(self, node: int, name: str) -> None:
        old = self.nodes[node]["RIGHT_ID"]
        self.nodes[node]["RIGHT_ID"] = name
        for spec in self.nodes:
            if spec.get("LEFT_ID") == old:
                spec["LEFT_ID"] = name


def _word_list(text: str | None) -> list[str]:
    return sorted({w.strip().lower() for w in (text or "").split("|") if w.strip()})


_TO_PHRASE = re.compile(r"^\s*prep\(([^()]*\bto\b[^()]*)\)\s*>\s*pobj(?:\|pcomp)?\s*$")


def _with_misparsed_to(paths: list[str]) -> list[str]:
    """Paths plus, for "prep(to) > pobj", the small model's other reading of "to" + noun as an
    infinitive ("a threat to autonomy", "critical to efficient functioning": the noun or
    adjective becomes an acl or xcomp with "to" as its aux)."""
    result = list(paths)
    for path in paths:
        if _TO_PHRASE.match(path):
            extra = "acl|xcomp|advcl[aux(to)]"
            if extra not in result:
                result.append(extra)
    return result


_ADJECTIVE_PHRASE = re.compile(r"^\s*prep\(([^()]*)\)\s*>\s*(pobj(?:\|pcomp)?|pcomp)\s*$")
_ON_THE_COPULA = frozenset({"to", "for", "on", "upon", "with", "of"})
"""Prepositions the small model may hang on the copula instead of the adjective they complete
("care is reliant on trust", "X is beneficial for Y"); not "in", "at" or "within", which on
the copula mostly say where."""


def _with_copula_preps(paths: list[str]) -> list[str]:
    """Paths plus, for an adjective's "prep(on) > pobj", the same phrase hung on the copula:
    "quality of care is reliant on leadership" parses "on" under "is"."""
    result = list(paths)
    for path in paths:
        found = _ADJECTIVE_PHRASE.match(path)
        if found is None:
            continue
        preps = [p for p in found[1].split("|") if p.strip() in _ON_THE_COPULA]
        extra = f"^acomp > prep({'|'.join(preps)}) > {found[2]}"
        if preps and extra not in result:
            result.append(extra)
    return result


def _patterns(
    entry: dict, cue: Cue, forms: set[str], tags: str, where: str
) -> list[tuple[Pattern, list[dict[str, Any]]]]:
    """Every pattern of one cue: each object path with each subject path (or none)."""
    objects = _with_misparsed_to(_paths(entry, "pair" if cue.pair else "object", where))
    if cue.kind == "adjective":
        objects = _with_copula_preps(objects)
    if not objects:
        raise HlkgError(f"{where}: needs an object path", exit_code=2)
    subjects: list[str | None] = [
        None if path == CLAUSE_SUBJECT else path for path in _paths(entry, "subject", where)
    ] or [None]
    requires = _paths(entry, "with", where)
    variants: list[tuple[str, str | None, bool, set[str], str]] = [
        (o, s, False, forms, tags) for o, s in itertools.product(objects, subjects)
    ]
    if cue.kind == "verb" and subjects == [None]:
        # The small model tags a present-tense verb after a noun as a plural noun and the noun
        # as its compound ("that management conflicts with"), keeping the verb's role in the
        # clause: such a word is the verb, its compound the subject.
        nounlike = "^NNS$"
        variants += [(o, "compound", False, forms, nounlike) for o in objects]
    if cue.kind == "verb" and "dobj" in objects:
        # "audit supports and strengthens teamwork": a verb coordinated before another shares
        # its object (the finder drops this reading when the verb has an object of its own).
        variants += [("conj > dobj", s, False, forms, tags) for s in subjects]
    passive = entry.get("passive", cue.kind == "verb" and "dobj" in objects)
    if passive:
        if cue.kind != "verb":
            raise HlkgError(f"{where}: only a verb has a passive", exit_code=2)
        past = {f for f in forms if f.endswith(("ed", "en", "wn", "ne"))} | {
            f.lower() for f in entry.get("forms", [])
        }
        # The agent is a noun or a gerund clause ("is improved by investing in audit", where
        # the parser calls "by" a plain preposition).
        for agent in ("agent > pobj|pcomp", "prep(by) > pcomp"):
            variants.append(("nsubjpass", agent, True, past, "^VBN"))
            variants.append(("^acl", agent, True, past, "^VBN"))
        # "Managers seem to be undermined by targets", "doctors want to be supported by
        # managers": a passive infinitive's subject is the subject of the verb it completes.
        variants.append(("^xcomp > nsubj", "agent > pobj|pcomp", True, past, "^VBN"))
    result = []
    for object_path, subject_path, is_passive, words, tag in variants:
        builder = _Builder(words, tag, where)
        if tag == "^NNS$":
            builder.constrain_dep(0, list(_VERB_ROLES))
        for constraint in requires:
            builder.path(constraint)
        object_node = builder.path(object_path)
        subject_node = builder.path(subject_path) if subject_path else None
        if object_node != 0:
            builder.rename(object_node, "object")
        if subject_node is not None:
            if subject_node == object_node:
                raise HlkgError(f"{where}: the subject and object paths meet", exit_code=2)
            builder.rename(subject_node, "subject")
        pattern = Pattern(cue, 0, subject_node, object_node, is_passive)
        result.append((pattern, builder.nodes))
    return result


def _words(data: dict, path: Path) -> Words:
    lists: dict[str, frozenset[str]] = {}
    for section in ("arguments", "status"):
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise HlkgError(f"{path}: [{section}] must be a table", exit_code=2)
        for key, value in table.items():
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise HlkgError(f"{path}: [{section}] {key} must be a list of strings", 2)
            lists[key] = frozenset(" ".join(v.lower().split()) for v in value)
    return Words(lists)
