"""`hlkg ask`: a question in plain English to a named query with bound parameters.

Deterministic and explainable, no language model: concepts are found with the extractor's
lexicon, documents by file name or title, relation words with the cue phrases of the extractor
and the question words of queries/ask.toml, and the intents of that file decide, in their
order, which named query answers. Every mapping says why it was made; a question that no
intent fits raises Unmappable, which names the closest queries and an example question.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import HlkgError
from kg.namespaces import DATA, HLKG, ONTOLOGY_GRAPH

if TYPE_CHECKING:
    import rdflib

    from kg.extract.patterns import CueSet
    from kg.lexicon import Lexicon

CONCEPT = "{c}"
"""How a concept stands in the words of an intent (and in the question's skeleton)."""
DOCUMENT = "{d}"
_PUNCTUATION = re.compile(r"[^\w\s{}'’-]+")
_RELATED_TO = HLKG + "relatedTo"
_MIN_TITLE_LENGTH = 12
"""A document's title shorter than this ("A", "Notes") is not looked for in questions."""


def questions_file() -> Path:
    from kg.resources import queries_dir

    return queries_dir() / "ask.toml"


class Unmappable(HlkgError):
    """A question no intent fits: one line with the closest named queries and an example."""

    def __init__(self, message: str, closest: Sequence[str], example: str) -> None:
        hint = f"; closest queries: {', '.join(closest)}" if closest else ""
        super().__init__(f'{message}{hint}; try: hlkg ask "{example}"', 2)
        self.closest = tuple(closest)
        self.example = example


@dataclass(frozen=True)
class Found:
    """Something recognised in the question: a concept, a document or a relation word."""

    begin: int
    end: int
    text: str
    iri: str
    why: str
    turned: bool = False
    """A relation word read in reverse (a reverse cue, or a passive "threatened by")."""


@dataclass(frozen=True)
class Mapping:
    query: str
    params: dict[str, str]
    """Parameter values as `--param` takes them (prefixed names)."""
    intent: str
    reasons: tuple[str, ...]

    def command(self) -> str:
        """The `hlkg query` command that runs the same query."""
        parts = [f"hlkg query {self.query}"]
        parts += [f"-p {name}={_shell(value)}" for name, value in self.params.items()]
        return " ".join(parts)


@dataclass(frozen=True)
class Intent:
    name: str
    query: str | dict[str, str]
    words: tuple[re.Pattern[str], ...] = ()
    phrases: tuple[str, ...] = ()
    concepts: tuple[int, int] = (0, 0)
    documents: int = 0
    relation: str = ""
    params: dict[str, str] = field(default_factory=dict)
    strict: bool = False
    example: str = ""

    def queries(self) -> list[str]:
        return sorted(set(self.query.values())) if isinstance(self.query, dict) else [self.query]


@dataclass
class Question:
    """A question as read: its text, what it names, and its skeleton (names as {c}, {d})."""

    text: str
    concepts: list[Found]
    documents: list[Found]
    relations: list[Found]
    skeleton: str


class Asker:
    """Reads questions with one ontology (and, from a build, its documents)."""

    def __init__(
        self,
        lexicon: Lexicon,
        cues: CueSet,
        families: dict[str, str],
        labels: dict[str, str],
        documents: Iterable[tuple[str, Sequence[str]]] = (),
        path: Path | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.cues = cues
        self.families = families
        """Relation property IRI -> its family: the property under hlkg:relatedTo it descends
        from (threatens -> hinders)."""
        self.labels = labels
        self.documents = [(iri, [n for n in names if n]) for iri, names in documents]
        self.path = path or questions_file()
        self.intents, self.relation_words = _load(self.path, set(families.values()))

    @classmethod
    def from_ontology(
        cls,
        graph: rdflib.Graph,
        documents: Iterable[tuple[str, Sequence[str]]] = (),
        path: Path | None = None,
    ) -> Asker:
        from kg.extract.patterns import CueSet
        from kg.lexicon import Lexicon
        from kg.ontology import relation_properties

        cues = CueSet.load()
        lexicon = Lexicon.from_graph(graph, reserved=cues.verb_forms)
        families = _families(graph, relation_properties(graph))
        labels = {iri: names[0] for iri, names in lexicon.labels.items()}
        return cls(lexicon, cues, families, labels, documents, path)

    @classmethod
    def from_store(cls, store: Any, path: Path | None = None) -> Asker:
        """The build's own ontology (extensions included) and documents."""
        import rdflib

        from kg import network as kgn

        triples = store.query(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"
        )
        from pyoxigraph import RdfFormat

        graph = rdflib.Graph()
        graph.parse(data=triples.serialize(format=RdfFormat.N_TRIPLES), format="nt")
        documents = [
            (doc.iri, _document_names(doc.source, doc.title, doc.identifier))
            for doc in kgn.documents(store)
        ]
        return cls.from_ontology(graph, documents, path)

    # -- reading a question -------------------------------------------------------------

    def read(self, question: str) -> Question:
        from kg.text import normalise

        text = normalise(question)
        lowered = text.lower()
        documents = self._documents(lowered)
        concepts = [
            Found(m.begin, m.end, text[m.begin : m.end], m.concept, "")
            for m in self.lexicon.finditer(text)
            if not _inside(m.begin, m.end, documents)
        ]
        concepts = [
            Found(c.begin, c.end, c.text, c.iri, f'"{c.text}" is the concept {self._name(c.iri)}')
            for c in concepts
        ]
        names = sorted([*documents, *concepts], key=lambda f: f.begin)
        masked = _mask(lowered, names)
        relations = self._relations(masked, text)
        skeleton_parts, last = [], 0
        for found in names:
            mark = DOCUMENT if found in documents else CONCEPT
            skeleton_parts += [lowered[last : found.begin], f" {mark} "]
            last = found.end
        skeleton_parts.append(lowered[last:])
        skeleton = " ".join(_PUNCTUATION.sub(" ", "".join(skeleton_parts)).split())
        return Question(text, concepts, documents, relations, skeleton)

    def _name(self, iri: str) -> str:
        return f"{self.labels.get(iri, iri.rsplit('#', 1)[-1])} ({_prefixed(iri)})"

    def _documents(self, lowered: str) -> list[Found]:
        found: list[Found] = []
        for iri, names in self.documents:
            for name in sorted(names, key=len, reverse=True):
                match = re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", lowered)
                if match and not _inside(match.start(), match.end(), found):
                    why = f'"{match.group()}" is the document {_prefixed(iri)}'
                    found.append(Found(match.start(), match.end(), match.group(), iri, why))
                    break
        return sorted(found, key=lambda f: f.begin)

    def _relations(self, masked: str, text: str) -> list[Found]:
        """Cue phrases and question words of a relation family in `masked` (the lower-cased
        question, names blotted out), as `text` writes them."""
        found: list[Found] = []
        for begin, end, cue in self.cues.words_in(masked):
            family = self.families.get(cue.property)
            if family is None:
                continue
            # "is threatened by" asks the other way round.
            turned = cue.reverse != _by_follows(masked, end)
            words = " ".join(text[begin:end].split())
            why = (
                f'"{words}" is a cue phrase of {_local(cue.property)}, '
                f"in the {_local(family)} family" + (", read in reverse" if turned else "")
            )
            found.append(Found(begin, end, words, family, why, turned))
        for family, pattern in self.relation_words:
            for match in pattern.finditer(masked):
                # A question word that holds a cue phrase says more: "makes * difficult" puts
                # the concept after the relation, where the cue "difficult" alone puts it before.
                held = [
                    f
                    for f in found
                    if match.start() <= f.begin and f.end <= match.end()
                    and f.end - f.begin < match.end() - match.start()
                ]
                others = [f for f in found if f not in held]
                if _inside(match.start(), match.end(), others):
                    continue
                found = others
                turned = _by_follows(masked, match.end())
                words = " ".join(text[match.start() : match.end()].split())
                why = f'"{words}" names the {_local(family)} family' + (
                    ", read in reverse" if turned else ""
                )
                found.append(Found(match.start(), match.end(), words, family, why, turned))
        return sorted(found, key=lambda f: f.begin)

    # -- choosing the query ---------------------------------------------------------------

    def map(self, question: str) -> Mapping:
        """The named query and parameters that answer `question`, or Unmappable."""
        read = self.read(question)
        if not read.text.strip():
            raise self._unmappable("the question is empty", read, [])
        near: list[tuple[Intent, str]] = []
        for intent in self.intents:
            if intent.relation:
                outcome = self._relation_intent(intent, read)
            else:
                outcome = self._word_intent(intent, read)
            if isinstance(outcome, Mapping):
                return outcome
            if outcome:
                if intent.strict:
                    raise self._unmappable(outcome, read, [(intent, outcome)])
                near.append((intent, outcome))
        if near:
            # The near miss whose words say the most ("what is" rather than "is") explains best.
            near.sort(key=lambda item: -len((self._hit(item[0], read) or "").split()))
            raise self._unmappable(near[0][1], read, near)
        return self._no_intent(read)

    def _word_intent(self, intent: Intent, read: Question) -> Mapping | str | None:
        """A Mapping, the reason it nearly fitted (its words occur), or None."""
        hit = self._hit(intent, read)
        if hit is None:
            return None
        if intent.documents != len(read.documents) and not intent.strict:
            return None
        problem = self._count_problem(intent, read)
        if problem:
            return problem
        reasons = [f.why for f in [*read.documents, *read.concepts]]
        reasons.append(f'"{hit}" asks for {intent.name}')
        return self._mapping(intent, intent.query, read, None, reasons)  # type: ignore[arg-type]

    @staticmethod
    def _hit(intent: Intent, read: Question) -> str | None:
        """The longest of the intent's phrases that occurs in the question."""
        hits = [
            phrase
            for phrase, pattern in zip(intent.phrases, intent.words, strict=True)
            if pattern.search(read.skeleton)
        ]
        return max(hits, key=lambda p: (len(p.split()), len(p)), default=None)

    def _relation_intent(self, intent: Intent, read: Question) -> Mapping | str | None:
        if not read.relations:
            return None
        families = sorted({r.iri for r in read.relations})
        problem = self._count_problem(intent, read)
        if problem:
            words = ", ".join(f'"{r.text}"' for r in read.relations)
            return f"{words} names a relation, but {problem.removeprefix('the question ')}"
        if len(families) > 1:
            names = " and ".join(_local(f) for f in families)
            return f"the question names relations of two families ({names}): ask one at a time"
        (concept,) = read.concepts
        relation = read.relations[0]
        after = (relation.begin >= concept.end) != relation.turned
        if (intent.relation == "after") != after:
            return None
        assert isinstance(intent.query, dict)
        family = families[0]
        query = intent.query.get(_local(family))
        if query is None:
            return f"no named query answers {intent.name} for the {_local(family)} family"
        side = (
            "the concept comes first: what it acts on"
            if after
            else "the concept comes after it: what acts on the concept"
        )
        reasons = [concept.why, relation.why, side]
        return self._mapping(intent, query, read, family, reasons)

    def _count_problem(self, intent: Intent, read: Question) -> str:
        if intent.documents != len(read.documents):
            named = ", ".join(f'"{d.text}"' for d in read.documents)
            has = f"names {len(read.documents)} ({named})" if read.documents else "names none"
            wanted = f"{intent.documents} document" + ("" if intent.documents == 1 else "s")
            return f"{intent.name} takes {wanted}; the question {has}"
        low, high = intent.concepts
        count = len(read.concepts)
        if low <= count <= high:
            return ""
        wanted = (
            f"{low}" if low == high else f"at most {high}" if low == 0 else f"{low} to {high}"
        )
        named = ", ".join(f'"{c.text}"' for c in read.concepts)
        has = f"names {count} ({named})" if count else "names none the ontology knows"
        plural = "" if high == 1 else "s"
        return f"{intent.name} takes {wanted} concept{plural}; the question {has}"

    def _mapping(
        self, intent: Intent, query: str, read: Question, family: str | None, reasons: list[str]
    ) -> Mapping:
        from kg.sparql import library

        declared = {p.name for p in library.find(query).params}
        sources = {
            "concept": read.concepts[0].iri if read.concepts else None,
            "concept2": read.concepts[1].iri if len(read.concepts) > 1 else None,
            "document": read.documents[0].iri if read.documents else None,
            "family": family,
        }
        params = {
            name: _prefixed(value)
            for name, source in intent.params.items()
            if name in declared and (value := sources[source]) is not None
        }
        return Mapping(query, params, intent.name, tuple(reasons))

    def _no_intent(self, read: Question) -> Mapping:
        names = [f.why for f in [*read.documents, *read.concepts, *read.relations]]
        what = "; ".join(names) if names else "no concept, no relation"
        raise self._unmappable(f"no intent fits the question (found: {what})", read, [])

    def _unmappable(
        self, why: str, read: Question, near: list[tuple[Intent, str]]
    ) -> Unmappable:
        ranked = [intent for intent, _ in near]
        words = set(read.skeleton.split()) - {CONCEPT, DOCUMENT}
        scored = sorted(
            (i for i in self.intents if i not in ranked),
            key=lambda i: -len(words & _intent_words(i)),
        )
        closest: list[str] = []
        for intent in [*ranked, *scored]:
            for query in intent.queries():
                if query not in closest:
                    closest.append(query)
        example = ([*ranked, *scored][0]).example
        return Unmappable(f'cannot map "{read.text.strip()}" to a named query: {why}',
                          closest[:3], example)


def _intent_words(intent: Intent) -> set[str]:
    text = " ".join([intent.name, *intent.phrases, intent.example]).lower()
    return set(_PUNCTUATION.sub(" ", text).split()) - {"{c}", "a", "the", "is", "of", "what"}


def _load(path: Path, families: set[str]) -> tuple[list[Intent], list[tuple[str, re.Pattern]]]:
    """The intents and the relation words of the question file, checked."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise HlkgError(f"{path}: cannot read the question file: {error}", 2) from error
    by_local = {_local(f): f for f in families}
    relation_words: list[tuple[str, re.Pattern]] = []
    for name, words in sorted(dict(data.get("relations", {})).items()):
        if name not in by_local:
            raise HlkgError(
                f"{path}: [relations] {name}: not a relation family of the ontology "
                f"({', '.join(sorted(by_local))})",
                2,
            )
        relation_words += [(by_local[name], _phrase(w, path)) for w in _strings(words, path)]
    intents = []
    for number, entry in enumerate(data.get("intent", []), start=1):
        where = f"{path}: intent {number} ({entry.get('name', '?')!r})"
        intents.append(_intent(entry, where, set(by_local)))
    if not intents:
        raise HlkgError(f"{path}: no [[intent]] entries", 2)
    return intents, relation_words


def _intent(entry: dict, where: str, families: set[str]) -> Intent:
    from kg.sparql import library

    phrases = tuple(_strings(entry.get("words", []), where))
    relation = str(entry.get("relation", ""))
    if relation not in ("", "after", "before"):
        raise HlkgError(f"{where}: relation is 'after' or 'before', not {relation!r}", 2)
    if not phrases and not relation:
        raise HlkgError(f"{where}: needs words or a relation", 2)
    query = entry.get("query")
    queries = list(query.values()) if isinstance(query, dict) else [query]
    if isinstance(query, dict) and not set(query) <= families:
        raise HlkgError(f"{where}: query keys must be relation families", 2)
    for name in queries:
        if not isinstance(name, str):
            raise HlkgError(f"{where}: query must name a named query", 2)
        library.find(name)  # an unknown name is a one-line error suggesting the closest
    concepts = entry.get("concepts", 0)
    if isinstance(concepts, str) and re.fullmatch(r"\d-\d", concepts):
        low, high = int(concepts[0]), int(concepts[2])
    elif isinstance(concepts, int):
        low = high = concepts
    else:
        raise HlkgError(f"{where}: concepts is a number or a range such as \"0-1\"", 2)
    params = dict(entry.get("params", {}))
    known = {"concept", "concept2", "document", "family"}
    if not set(params.values()) <= known:
        raise HlkgError(f"{where}: params take their values from {', '.join(sorted(known))}", 2)
    return Intent(
        name=str(entry.get("name", where)),
        query=query,
        words=tuple(_phrase(p, where) for p in phrases),
        phrases=phrases,
        concepts=(low, high),
        documents=int(entry.get("documents", 0)),
        relation=relation,
        params=params,
        strict=bool(entry.get("strict", False)),
        example=str(entry.get("example", "")),
    )


def _strings(values: Any, where: object) -> list[str]:
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise HlkgError(f"{where}: expected a list of phrases", 2)
    return list(values)


_ANY_WORDS = r"(?:(?:[^\W\d_][\w'-]*|#+)\s+){1,4}"
"""A `*` in a question phrase: one to four words, each with its own space; a name blotted out
by `_mask` counts as a word ("makes clinical leadership difficult")."""


def _phrase(phrase: str, where: object) -> re.Pattern[str]:
    """Whole words of the skeleton; `*` is one to four words, {c} a concept."""
    parts = []
    for word in phrase.lower().split():
        if word == "*":
            parts.append(_ANY_WORDS)
        else:
            parts.append(re.escape(word) + r"\s+")
    return re.compile(r"(?<![\w{}-])" + "".join(parts)[: -len(r"\s+")] + r"(?![\w{}-])")


def _families(graph: rdflib.Graph, properties: list[str]) -> dict[str, str]:
    """Each relation property -> the property right under hlkg:relatedTo that it descends
    from (itself, for those): the family a question asks about."""
    from rdflib import RDFS, URIRef

    families: dict[str, str] = {}
    for prop in properties:
        if prop == _RELATED_TO:
            continue
        frontier, seen = [prop], {prop}
        while frontier:
            top = [
                p for p in frontier
                if URIRef(_RELATED_TO) in graph.objects(URIRef(p), RDFS.subPropertyOf)
            ]
            if top:
                families[prop] = sorted(top)[0]
                break
            frontier = sorted(
                {str(q) for p in frontier for q in graph.objects(URIRef(p), RDFS.subPropertyOf)}
                - seen
            )
            seen.update(frontier)
    return families


def _document_names(source: str, title: str, identifier: str) -> list[str]:
    """The names a question may call a document by: its file name, and its stem, id and
    title when they cannot be an ordinary word ("sources" for SOURCES.md, a title "Notes")."""
    name = source.rsplit("/", 1)[-1]
    names = [source, name]
    names += [n for n in (name.rsplit(".", 1)[0], identifier) if re.search(r"[\d_.-]", n)]
    title = title.strip().rstrip("?.!")
    if len(title) >= _MIN_TITLE_LENGTH and len(title.split()) > 1:
        names.append(title)
    return sorted({n for n in names if n}, key=len, reverse=True)


def _by_follows(text: str, end: int) -> bool:
    """A passive: "threatened by", "supported by"."""
    return re.match(r"\s+by(?!\w)", text[end:]) is not None


def _inside(begin: int, end: int, spans: Sequence[Found]) -> bool:
    return any(begin < s.end and s.begin < end for s in spans)


def _mask(text: str, spans: Sequence[Found]) -> str:
    """Names blotted out with a mark that is neither a word nor a space, so that no cue
    matches in them or across them ("is autonomy threatened by" is no passive)."""
    chars = list(text)
    for span in spans:
        chars[span.begin : span.end] = "#" * (span.end - span.begin)
    return "".join(chars)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _prefixed(iri: str) -> str:
    for prefix, namespace in (("hlkg", HLKG), ("hlkgd", DATA)):
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def _shell(value: str) -> str:
    return value if re.fullmatch(r"[\w:/.#-]+", value) else "'" + value.replace("'", "'\\''") + "'"
