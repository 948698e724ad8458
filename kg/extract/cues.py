"""The cue-phrase file (ontology/cues.toml) as compiled expressions: what signals which relation.

The cues are data so that a user can add or tune them without touching code; this module only
expands them (verb inflections, passives, frames) and checks the file, reporting a mistake as
one line naming the file and the cue.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import HlkgError
from kg.lexicon import trie_pattern
from kg.namespaces import HLKG

_WORD = re.compile(r"[^\W\d_]+")
BE_FORMS = "is|are|was|were|be|been|being|become|becomes|became|get|gets|got"
_ADVERB = r"(?:[^\W\d_]+ly|often|also|still|not|never|always|further|sometimes|even|thus|too)"
"""Words that may stand between "is" and the participle of a passive ("is often undermined")."""
_BE_PASSIVE = -1
"""The word count _verb gives a passive with "be": only its participles, joined by from_data."""
_WORD_LIMIT = 8
"""At most this many words fill a frame slot ("the price of {subject} is ...")."""


def default_cue_file() -> Path:
    from kg.resources import ontology_dir

    return ontology_dir() / "cues.toml"


@dataclass(frozen=True, slots=True)
class Cue:
    """One way a cue can appear in text; a verb cue yields an active and a passive Cue."""

    id: str
    property: str
    """The relation property's IRI."""
    reverse: bool
    """True when the subject follows the cue and the object precedes it."""
    confidence: float
    kind: str
    """"verb", "phrase" or "frame"."""
    passive: bool = False


@dataclass(frozen=True, slots=True)
class Settings:
    subject_words: int
    object_words: int
    transparent: frozenset[str]
    noun_before: frozenset[str]
    adjective_before: frozenset[str]
    clause_marks: tuple[str, ...]
    clause_words: frozenset[str]
    negation_words: frozenset[str]
    negation_phrases: tuple[str, ...]
    negation_exceptions: tuple[str, ...]
    hedge_words: frozenset[str]
    hedge_phrases: tuple[str, ...]
    anaphora_determiners: frozenset[str]
    anaphora_sentences: int
    singular_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    pronouns: frozenset[str]
    light_nouns: tuple[str, ...]
    name_heads: frozenset[str]


def inflect(verb: str) -> dict[str, set[str]]:
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
    return {"base": {verb}, "third": {third}, "past": past, "ing": ing}


ANY_WORDS = r"(?:[^\W\d_][\w'-]*\s+){1,4}?"
"""A `*` in the words of a cue, a hedge or a negation: one to four words ("distract * from":
"distract hospital staff from"; "see * as"), ending in their own space."""


def _words(phrase: str) -> str:
    pattern = ""
    for word in phrase.lower().split():
        if pattern and not pattern.endswith(ANY_WORDS):
            pattern += r"\s+"
        pattern += ANY_WORDS if word == "*" else re.escape(word)
    return pattern


def _alternatives(text: str) -> str:
    return "|".join(_words(part) for part in text.split("|") if part.strip())


@dataclass
class CueSet:
    """All cues of one file, compiled into one expression per first word (one named group, c0,
    c1..., per cue form, numbered alike across the expressions)."""

    path: Path
    cues: tuple[Cue, ...]
    frames: tuple[tuple[Cue, re.Pattern[str]], ...]
    settings: Settings
    first_words: frozenset[str]
    """Every word a cue can begin with: the expression is tried only where one occurs."""
    first_word_pattern: re.Pattern[str]
    by_first_word: dict[str, re.Pattern[str]]
    """For each first word, an expression of only the cues that can begin with it (group
    cN is cue N of `cues`, so `cue_of` works on its matches)."""
    source: dict
    """The parsed cue file, from which `from_data` rebuilds this set (in a worker process)."""

    def finditer(self, lowered: str) -> Iterator[re.Match[str]]:
        """Cue matches in lower-cased text, left to right, not overlapping.

        Trying one big alternation at every character is slow in Python's engine; trying
        it only at the words a cue can start with keeps this at several MB/s."""
        by_word = self.by_first_word
        resume = 0
        for word in self.first_word_pattern.finditer(lowered):
            start = word.start()
            if start < resume:
                continue
            found = by_word[word.group()].match(lowered, start)
            if found is not None:
                resume = found.end()
                yield found

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
        settings = _settings(data, path)
        entries = data.get("cue")
        if not isinstance(entries, list) or not entries:
            raise HlkgError(f"{path}: no [[cue]] entries", exit_code=2)
        ranked: list[tuple[int, int, Cue, str]] = []
        be_passives: list[tuple[Cue, str]] = []
        frames: list[tuple[Cue, re.Pattern[str]]] = []
        for number, entry in enumerate(entries, start=1):
            where = f"{path}: cue {number} ({entry.get('id', '?')!r})"
            cue_id, prop, reverse, confidence = _common(entry, where, known_properties)
            if "frame" in entry:
                cue = Cue(cue_id, prop, reverse, confidence, "frame")
                frames.append((cue, _frame(str(entry["frame"]), where)))
            elif "verb" in entry:
                for cue, regex, words in _verb(entry, cue_id, prop, reverse, confidence):
                    if words == _BE_PASSIVE:
                        be_passives.append((cue, regex))
                    else:
                        ranked.append((words, len(regex), cue, regex))
            elif "phrase" in entry:
                regex = _alternatives(str(entry["phrase"]))
                words = max(len(part.split()) for part in str(entry["phrase"]).split("|"))
                cue = Cue(cue_id, prop, reverse, confidence, "phrase")
                ranked.append((words, len(regex), cue, regex))
            else:
                raise HlkgError(f"{where}: needs one of verb, phrase or frame", exit_code=2)
        # Python's alternation takes the first branch that matches: longer cues go first.
        ranked.sort(key=lambda item: (-item[0], -item[1], item[2].id))
        cues = tuple([item[2] for item in ranked] + [cue for cue, _ in be_passives])
        starts: dict[str, list[str]] = {}
        for index, item in enumerate(ranked):
            for word in sorted(_first_words(item[3])):
                starts.setdefault(word, []).append(f"(?P<c{index}>{item[3]})")
        if be_passives:
            # All passives in one branch per form of "be" ("is (often) undermined by"), the
            # participles of each cue a group of its own: trying the be-form and the adverbs
            # once, not once per verb, keeps frequent words like "is" cheap.
            inner = "|".join(
                f"(?P<c{len(ranked) + i}>{forms})" for i, (_, forms) in enumerate(be_passives)
            )
            # The look-ahead for "<word> by" fails most be-forms before the participles are
            # tried one by one.
            branch = (
                rf"(?:{BE_FORMS})\s+(?:{_ADVERB}\s+){{0,2}}"
                rf"(?=[^\W\d_]+\s+by(?![^\W_]))(?:{inner})\s+by"
            )
            for word in BE_FORMS.split("|"):
                starts.setdefault(word, []).insert(0, branch)
        by_first_word = {
            word: re.compile(rf"(?<![^\W_])(?:{'|'.join(parts)})(?![^\W_])")
            for word, parts in starts.items()
        }
        words = trie_pattern([re.escape(ch) for ch in word] for word in starts)
        first_word_pattern = re.compile(rf"(?<![^\W_]){words}(?![^\W_])")
        return cls(
            path,
            cues,
            tuple(frames),
            settings,
            frozenset(starts),
            first_word_pattern,
            by_first_word,
            data,
        )

    def cue_of(self, match: re.Match[str]) -> Cue:
        return self.cues[int(match.lastgroup[1:])]  # type: ignore[index]


def _first_words(regex: str) -> set[str]:
    """The words an expression built by this module can start with."""
    body = regex[3:] if regex.startswith("(?:") else regex
    words: set[str] = set()
    depth = 0
    current = ""
    for ch in body:
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                break
            depth -= 1
        elif ch == "|" and depth == 0:
            words.add(current)
            current = ""
            continue
        if depth == 0 and ch not in "()":
            current += ch
    words.add(current)
    return {re.split(r"\\s|\\", word.replace("\\ ", " "))[0] for word in words if word}


def _common(entry: dict, where: str, known: set[str] | None) -> tuple[str, str, bool, float]:
    cue_id = entry.get("id")
    prop = entry.get("property")
    if not isinstance(cue_id, str) or not cue_id.strip():
        raise HlkgError(f"{where}: missing id", exit_code=2)
    if not isinstance(prop, str) or not prop.strip():
        raise HlkgError(f"{where}: missing property", exit_code=2)
    iri = prop if "://" in prop else HLKG + prop
    if known is not None and iri not in known:
        raise HlkgError(f"{where}: unknown relation property {prop!r}", exit_code=2)
    direction = entry.get("direction", "forward")
    if direction not in ("forward", "reverse"):
        raise HlkgError(f"{where}: direction must be 'forward' or 'reverse'", exit_code=2)
    confidence = entry.get("confidence", 0.7)
    if not isinstance(confidence, int | float) or not 0 < confidence <= 1:
        raise HlkgError(f"{where}: confidence must be a number in (0, 1]", exit_code=2)
    return cue_id, iri, direction == "reverse", float(confidence)


def _verb(
    entry: dict, cue_id: str, prop: str, reverse: bool, confidence: float
) -> list[tuple[Cue, str, int]]:
    forms = inflect(str(entry["verb"]))
    irregular = [str(form).lower() for form in entry.get("irregular", [])]
    active = sorted(set().union(*forms.values(), irregular), key=lambda f: (-len(f), f))
    particle = entry.get("particle")
    regex = "(?:" + "|".join(map(re.escape, active)) + ")"
    if particle:
        # An adverb may come between: "relies heavily on", "conflicts directly with".
        regex += r"\s+(?:[^\W\d_]+ly\s+)?(?:" + _alternatives(str(particle)) + ")"
    not_followed = entry.get("not_followed_by")
    if not_followed:
        regex += rf"(?!\s+(?:{_alternatives(str(not_followed))})(?![^\W_]))"
    words = 1 + (len(str(particle).split("|")[0].split()) if particle else 0)
    result = [(Cue(cue_id, prop, reverse, confidence, "verb"), regex, words)]
    if entry.get("passive", not particle):
        participles = sorted(forms["past"] | set(irregular), key=lambda f: (-len(f), f))
        forms = "|".join(map(re.escape, participles))
        cue = Cue(cue_id, prop, not reverse, confidence, "verb", True)
        result.append((cue, forms, _BE_PASSIVE))  # "is undermined by": see CueSet.from_data
        # "teamwork, undermined by bureaucracy": a participle with "by" is passive without a
        # form of "be" too (an active verb takes its object without "by").
        result.append((cue, rf"(?:{forms})\s+by", 2))
    return result


def _frame(frame: str, where: str) -> re.Pattern[str]:
    if "{subject}" not in frame or "{object}" not in frame:
        raise HlkgError(f"{where}: a frame needs {{subject}} and {{object}}", exit_code=2)
    slot = rf"(?:[^\s;:.!?]+\s+){{0,{_WORD_LIMIT - 1}}}?[^\s;:.!?]+"
    parts = re.split(r"(\{subject\}|\{object\})", frame)
    regex = ""
    for part in parts:
        if part == "{subject}":
            regex += rf"(?P<subject>{slot})"
        elif part == "{object}":
            regex += rf"(?P<object>{slot.replace('}?', '}')})"
        elif part.strip():
            pieces = [f"(?:{_alternatives(piece)})" for piece in part.split()]
            regex += r"\s+" if regex else ""
            regex += r"\s+".join(pieces) + r"\s+"
    regex = regex.replace(r"\s+\s+", r"\s+")
    return re.compile(rf"(?<![^\W_]){regex}")


def _settings(data: dict, path: Path) -> Settings:
    def section(name: str) -> dict:
        value = data.get(name, {})
        if not isinstance(value, dict):
            raise HlkgError(f"{path}: [{name}] must be a table", exit_code=2)
        return value

    def words(table: dict, key: str) -> list[str]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise HlkgError(f"{path}: {key} must be a list of strings", exit_code=2)
        return [v.lower() for v in value]

    window, verbs, clause = section("window"), section("verbs"), section("clause")
    negation, hedge = section("negation"), section("hedge")
    anaphora, pronouns, names = section("anaphora"), section("pronouns"), section("names")
    return Settings(
        subject_words=int(window.get("subject_words", 6)),
        object_words=int(window.get("object_words", 5)),
        transparent=frozenset(words(window, "transparent")),
        noun_before=frozenset(words(verbs, "noun_before")),
        adjective_before=frozenset(words(verbs, "adjective_before")),
        clause_marks=tuple(m for m in clause.get("marks", []) if isinstance(m, str)),
        clause_words=frozenset(words(clause, "words")),
        negation_words=frozenset(words(negation, "words")),
        negation_phrases=tuple(words(negation, "phrases")),
        negation_exceptions=tuple(words(negation, "exceptions")),
        hedge_words=frozenset(words(hedge, "words")),
        hedge_phrases=tuple(words(hedge, "phrases")),
        anaphora_determiners=frozenset(words(anaphora, "determiners")),
        anaphora_sentences=int(anaphora.get("sentences_back", 3)),
        singular_pronouns=frozenset(words(anaphora, "singular_pronouns")),
        plural_pronouns=frozenset(words(anaphora, "plural_pronouns")),
        pronouns=frozenset(words(pronouns, "words")),
        light_nouns=tuple(words(window, "light_nouns")),
        name_heads=frozenset(words(names, "heads")),
    )
