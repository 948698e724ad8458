"""Scoring the extractor against hand annotations: precision, recall and F1.

A gold folder holds `gold.toml` (sets of documents, each with its corpus folder; a set may be
held out, so that only its totals are shown while the extractor is developed) and, per
document, two TSV files written by a human reader (see tests/gold/README.md for the
guidelines):

- `<stem>.mentions.tsv`: `surface<TAB>Concept`, in reading order. Each surface is searched
  for after the previous one (case, whitespace, quotes and dashes ignored), which pins every
  annotation to one span without offsets that break when normalisation changes.
- `<stem>.relations.tsv`: `anchor<TAB>subject<TAB>relation<TAB>object<TAB>flags`: the anchor is
  a short phrase (<= 8 words) of the sentence that asserts the relation; relation is a base
  relation (supports, hinders, requires, conflictsWith, partOf, playsRole); flags are
  `negated`, `rejected`, `hedged` (comma-separated) or `-`.

A predicted mention matches a gold one of the same concept whose span it overlaps. A predicted
relation matches a gold one with the same subject, base relation (the sign) and object
(either direction for the symmetric conflictsWith) whose anchor lies in the predicted
relation's sentence. Matching is one-to-one. Negation and hedging are scored separately, on
the matched pairs, so a wrong flag is visible without hiding a right relation; a polarity error
is a matched pair on which one side is negated or rejected and the other is not the same.
Each set also counts the gold relations within the extractor's reach (both concepts found among
the mentions of the anchor's sentence), a ceiling that tells a relation missed for want of a
mention from one the relation patterns missed.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import HlkgError
from kg.namespaces import HLKG

if TYPE_CHECKING:
    import rdflib

    from kg.extract import Extractor
    from kg.model import Extraction, Mention, Relation

BASE_RELATIONS = ("supports", "hinders", "requires", "conflictsWith", "partOf", "playsRole")
SYMMETRIC = frozenset({"conflictsWith"})
_DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2212]"
_QUOTE = "['\"\u2018\u2019\u201c\u201d]"


@dataclass(frozen=True)
class GoldMention:
    concept: str
    surface: str
    begin: int
    end: int
    line: int


@dataclass(frozen=True)
class GoldRelation:
    subject: str
    relation: str
    object: str
    negated: bool
    hedged: bool
    rejected: bool
    anchor: str
    offset: int
    line: int


@dataclass
class GoldDocument:
    source: str
    mentions: list[GoldMention]
    relations: list[GoldRelation]


@dataclass
class Score:
    true_positives: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.true_positives += other.true_positives
        self.predicted += other.predicted
        self.gold += other.gold


@dataclass
class DocumentResult:
    source: str
    mentions: Score
    relations: Score
    flags_agree: int = 0
    flags_total: int = 0
    polarity_errors: int = 0
    sentences: int = 0
    # gold relations whose two concepts the extractor found in the anchor's sentence: the
    # relations within its reach, which says whether a miss lies with mentions or relations
    relations_in_reach: int = 0
    unread_in_reach: int = 0
    # gold relations out of reach, by why: an argument the sentence names only by a pronoun,
    # a description or an earlier sentence (no gold mention of it there), or one it names
    # that the extractor missed
    referred_arguments: int = 0
    missed_arguments: int = 0
    # unmatched mentions by kind, which says whether misses are in the lexicon or in the
    # choice between concepts: found ones lying on a gold span of another concept, and gold
    # ones on whose span nothing at all was found
    wrong_concept: int = 0
    # unmatched statements by kind, which says whether wrong statements misread a relation the
    # reader sees (its pair with another relation or direction; one argument wrong) or make
    # one where the reader sees none between those concepts
    polarity_kinds: list[str] = field(default_factory=list)
    """Each polarity error as "<gold's> read as <found>" ("negated read as asserted"): which
    way the extractor errs, with no sentence named."""
    misread_pair: int = 0
    one_argument_wrong: int = 0
    no_such_relation: int = 0
    unseen_spans: int = 0
    mention_errors: list[str] = field(default_factory=list)
    relation_errors: list[str] = field(default_factory=list)
    concepts: dict[str, Score] = field(default_factory=dict)
    """Mentions scored per concept (its IRI): which concepts the lexicon serves well."""
    bases: dict[str, Score] = field(default_factory=dict)
    """Relations scored per base relation (supports, hinders ...): which kinds of claim the
    patterns read."""
    confusions: dict[tuple[str, str], int] = field(default_factory=dict)
    """(gold concept, concept found instead on its span) -> how often: a sense chosen
    wrongly, as against a wording the lexicon lacks."""


@dataclass(repr=False)
class Evaluation:
    """One gold set's documents, scored."""

    documents: list[DocumentResult]
    name: str = "gold"
    held_out: bool = False

    def __repr__(self) -> str:
        # Totals only: a failing assertion (pytest prints its operands) or a log line must
        # not show a held-out set's documents or errors.
        return (
            f"Evaluation({self.name!r}, held_out={self.held_out}, mentions={self.mentions}, "
            f"relations={self.relations}, polarity_errors={self.polarity_errors})"
        )

    @property
    def mentions(self) -> Score:
        return _sum(d.mentions for d in self.documents)

    @property
    def relations(self) -> Score:
        return _sum(d.relations for d in self.documents)

    def total(self, count: str) -> int:
        """One of DocumentResult's counts ("polarity_errors", "relations_in_reach" ...), summed
        over the set's documents."""
        return sum(getattr(d, count) for d in self.documents)

    @property
    def flags(self) -> tuple[int, int]:
        return self.total("flags_agree"), self.total("flags_total")

    @property
    def polarity_errors(self) -> int:
        return self.total("polarity_errors")

    @property
    def sentences(self) -> int:
        return self.total("sentences")

    @property
    def polarity_kinds(self) -> dict[str, int]:
        kinds: dict[str, int] = {}
        for document in self.documents:
            for kind in document.polarity_kinds:
                kinds[kind] = kinds.get(kind, 0) + 1
        return dict(sorted(kinds.items()))

    def per(self, breakdown: str) -> dict[str, Score]:
        """One of DocumentResult's breakdowns ("concepts", "bases"), summed key by key."""
        totals: dict[str, Score] = {}
        for document in self.documents:
            for key, score in getattr(document, breakdown).items():
                totals.setdefault(key, Score()).add(score)
        return totals

    @property
    def bases(self) -> dict[str, Score]:
        totals: dict[str, Score] = {}
        for document in self.documents:
            for base, score in document.bases.items():
                totals.setdefault(base, Score()).add(score)
        return totals

    @property
    def confusions(self) -> dict[tuple[str, str], int]:
        totals: dict[tuple[str, str], int] = {}
        for document in self.documents:
            for pair, n in document.confusions.items():
                totals[pair] = totals.get(pair, 0) + n
        return totals

    @property
    def statements_per_sentence(self) -> float:
        return self.relations.predicted / self.sentences if self.sentences else 0.0


def pooled_relations(evaluations: Iterable[Evaluation]) -> Score:
    """Relations scored over several sets together: the held-out sets are each too small for
    their relation figures to move by less than a statement's worth."""
    return _sum(e.relations for e in evaluations)


def _sum(scores: Iterable[Score]) -> Score:
    total = Score()
    for score in scores:
        total.add(score)
    return total


# -- reading the gold ---------------------------------------------------------------------


def _flexible(phrase: str) -> str:
    """A regex for `phrase` that ignores case-free differences of spacing, quotes and dashes."""
    out = []
    for word in phrase.split():
        pieces = []
        for ch in word:
            if re.fullmatch(_DASH, ch):
                pieces.append(rf"\s*{_DASH}?\s*")
            elif re.fullmatch(_QUOTE, ch):
                pieces.append(f"{_QUOTE}?")
            else:
                pieces.append(re.escape(ch))
        out.append("".join(pieces))
    return rf"\s*{_QUOTE}?\s*".join(out)


def _fold(surface: str) -> str:
    return " ".join(re.sub(f"{_DASH}|{_QUOTE}", " ", surface).split()).casefold()


def _rows(path: Path, columns: int) -> Iterable[tuple[int, list[str]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise HlkgError(f"{path}: cannot read: {error.strerror or error}") from error
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if not header_seen:
            header_seen = True
            continue
        if len(cells) != columns:
            raise HlkgError(
                f"{path}:{number}: expected {columns} tab-separated columns, found {len(cells)}",
                exit_code=2,
            )
        yield number, cells


def _concept(name: str, known: set[str] | None, path: Path, line: int) -> str:
    iri = name if "://" in name else HLKG + name
    if known is not None and iri not in known:
        raise HlkgError(f"{path}:{line}: unknown concept {name!r}", exit_code=2)
    return iri


def read_gold_mentions(path: Path, text: str, known: set[str] | None = None) -> list[GoldMention]:
    result: list[GoldMention] = []
    position = 0
    for line, (surface, concept) in _rows(path, 2):
        iri = _concept(concept, known, path, line)
        if (
            result
            and _fold(result[-1].surface) == _fold(surface)
            and iri not in {g.concept for g in result[-3:] if g.begin == result[-1].begin}
        ):
            last = result[-1]
            result.append(GoldMention(iri, surface, last.begin, last.end, line))
            continue
        pattern = re.compile(rf"(?<![^\W_]){_flexible(surface)}(?![^\W_])", re.IGNORECASE)
        found = pattern.search(text, position)
        if found is None:
            raise HlkgError(
                f"{path}:{line}: {surface!r} not found after offset {position} of the text",
                exit_code=2,
            )
        result.append(
            GoldMention(_concept(concept, known, path, line), surface, *found.span(), line)
        )
        position = found.end()
    return result


def read_gold_relations(path: Path, text: str, known: set[str] | None = None) -> list[GoldRelation]:
    result = []
    for line, (anchor, subject, relation, obj, flags) in _rows(path, 5):
        if len(anchor.split()) > 8:
            raise HlkgError(f"{path}:{line}: anchor longer than 8 words", exit_code=2)
        if relation not in BASE_RELATIONS:
            raise HlkgError(
                f"{path}:{line}: relation {relation!r} is not one of {', '.join(BASE_RELATIONS)}",
                exit_code=2,
            )
        flag_set = {f.strip() for f in flags.split(",")} - {"-", ""}
        if flag_set - {"negated", "rejected", "hedged"}:
            raise HlkgError(
                f"{path}:{line}: flags must be negated, rejected, hedged or -", exit_code=2
            )
        found = re.search(_flexible(anchor), text)
        if found is None:
            raise HlkgError(f"{path}:{line}: anchor {anchor!r} not found in the text", exit_code=2)
        result.append(
            GoldRelation(
                _concept(subject, known, path, line),
                relation,
                _concept(obj, known, path, line),
                "negated" in flag_set,
                "hedged" in flag_set,
                "rejected" in flag_set,
                anchor,
                found.start(),
                line,
            )
        )
    return result


@dataclass
class GoldSet:
    name: str
    folder: Path
    corpus: Path
    sources: list[str]
    held_out: bool = False


def load_gold(folder: Path, corpus: Path | None = None) -> list[GoldSet]:
    """The sets of a gold folder's gold.toml (`[[set]]` tables, or one unnamed set given by
    top-level `corpus` and `documents`); `corpus` replaces every set's corpus folder."""
    folder = Path(folder)
    manifest = folder / "gold.toml"
    if not manifest.is_file():
        raise HlkgError(f"{folder}: not a gold folder (no gold.toml)", exit_code=2)
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise HlkgError(f"{manifest}: {error}", exit_code=2) from error
    tables = data.get("set")
    if tables is None:
        tables = [{"name": "gold", **{k: v for k, v in data.items() if k != "set"}}]
    if not isinstance(tables, list) or not tables:
        raise HlkgError(f"{manifest}: [[set]] must be a list of tables", exit_code=2)
    sets = []
    for number, table in enumerate(tables, start=1):
        where = f"{manifest}: set {number}"
        name = table.get("name")
        sources = table.get("documents")
        if not isinstance(name, str) or not name.strip():
            raise HlkgError(f"{where}: no name", exit_code=2)
        if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
            raise HlkgError(f"{where} ({name}): documents must be a list of file names", 2)
        root = corpus
        if root is None:
            declared = table.get("corpus")
            if not isinstance(declared, str):
                raise HlkgError(f"{where} ({name}): no corpus folder declared; pass --corpus", 2)
            root = (folder / declared).resolve()
        root = Path(root)
        if not root.is_dir():
            raise HlkgError(f"{root}: corpus folder of gold set {name!r} not found", exit_code=2)
        sets.append(GoldSet(name, folder, root, sources, bool(table.get("held_out", False))))
    return sets


# -- scoring ------------------------------------------------------------------------------


def base_relations(graph: rdflib.Graph) -> dict[str, str]:
    """Each relation property's base relation, by following rdfs:subPropertyOf upwards."""
    from rdflib import URIRef
    from rdflib.namespace import RDFS

    bases = {HLKG + name: name for name in BASE_RELATIONS}
    result = dict(bases)
    for prop in set(graph.subjects(RDFS.subPropertyOf, None)):
        if not isinstance(prop, URIRef):
            continue
        for ancestor in graph.transitive_objects(prop, RDFS.subPropertyOf):
            if str(ancestor) in bases:
                result[str(prop)] = bases[str(ancestor)]
                break
    return result


def _short(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def score_document(
    extraction: Extraction, gold: GoldDocument, bases: dict[str, str]
) -> DocumentResult:
    text = extraction.document.text
    result = DocumentResult(gold.source, Score(), Score())
    # mentions
    predicted = list(extraction.mentions)
    unmatched_gold = list(gold.mentions)
    tp = 0
    for mention in predicted:
        match = next(
            (
                g
                for g in unmatched_gold
                if g.concept == mention.concept and g.begin < mention.end and mention.begin < g.end
            ),
            None,
        )
        if match is None:
            if any(g.begin < mention.end and mention.begin < g.end for g in gold.mentions):
                result.wrong_concept += 1
            result.mention_errors.append(
                f"FP mention {_short(mention.concept)} {mention.surface!r} at {mention.begin}"
            )
        else:
            unmatched_gold.remove(match)
            tp += 1
    for g in unmatched_gold:
        if not any(g.begin < m.end and m.begin < g.end for m in predicted):
            result.unseen_spans += 1
        result.mention_errors.append(
            f"FN mention {_short(g.concept)} {g.surface!r} at {g.begin} (gold line {g.line})"
        )
    result.mentions = Score(tp, len(predicted), len(gold.mentions))
    _tally_concepts(result, predicted, gold.mentions, unmatched_gold)
    # relations
    open_gold = list(gold.relations)
    tp = 0
    for relation in extraction.relations:
        base = bases.get(relation.predicate)
        sentence = relation.sentence

        def same(g: GoldRelation, base: str | None = base, relation=relation) -> bool:
            if g.relation != base:
                return False
            pairs = {(relation.subject, relation.object)}
            if base in SYMMETRIC:
                pairs.add((relation.object, relation.subject))
            return (g.subject, g.object) in pairs

        match = next(
            (g for g in open_gold if same(g) and sentence.begin <= g.offset < sentence.end), None
        )
        label = (
            f"{_short(relation.subject)} {base or _short(relation.predicate)} "
            f"{_short(relation.object)} [{relation.cue}]"
        )
        if match is None:
            _count_unmatched(result, relation, gold.relations)
            snippet = " ".join(text[relation.cue_begin : relation.cue_end].split())
            result.relation_errors.append(
                f"FP relation {label} at {relation.cue_begin} {snippet!r}"
            )
            continue
        open_gold.remove(match)
        tp += 1
        result.flags_total += 1
        if _polarity(match) != _polarity(relation):  # one side denies or rejects it
            result.polarity_errors += 1
            result.polarity_kinds.append(f"{_polarity(match)} read as {_polarity(relation)}")
        if _flags(match) == _flags(relation):
            result.flags_agree += 1
        else:
            result.relation_errors.append(
                f"flags {label}: gold {_flags(match)}, found {_flags(relation)} "
                f"{relation.hedge_cues}"
            )
    for g in open_gold:
        result.relation_errors.append(
            f"FN relation {_short(g.subject)} {g.relation} {_short(g.object)} "
            f"{g.anchor!r} (gold line {g.line})"
        )
    result.relations = Score(tp, len(extraction.relations), len(gold.relations))
    for relation in extraction.relations:
        base = bases.get(relation.predicate, _short(relation.predicate))
        result.bases.setdefault(base, Score()).predicted += 1
    for g in gold.relations:
        score = result.bases.setdefault(g.relation, Score())
        score.gold += 1
        score.true_positives += g not in open_gold
    result.sentences = len(extraction.document.sentences)
    reach = _reach(extraction, gold)
    result.relations_in_reach, result.unread_in_reach = reach[0], reach[1]
    result.referred_arguments, result.missed_arguments = reach[2], reach[3]
    return result


def _tally_concepts(
    result: DocumentResult,
    predicted: Sequence[Mention],
    gold: Sequence[GoldMention],
    unmatched_gold: Sequence[GoldMention],
) -> None:
    """Per-concept counts, and for each unmatched gold mention the concepts found on its span
    instead."""

    def score(concept: str) -> Score:
        return result.concepts.setdefault(concept, Score())

    for mention in predicted:
        score(mention.concept).predicted += 1
    for g in gold:
        score(g.concept).gold += 1
        score(g.concept).true_positives += g not in unmatched_gold
    for g in unmatched_gold:
        overlapping = {m.concept for m in predicted if g.begin < m.end and m.begin < g.end}
        for concept in sorted(overlapping):
            pair = (g.concept, concept)
            result.confusions[pair] = result.confusions.get(pair, 0) + 1


def _count_unmatched(
    result: DocumentResult, relation: Relation, gold: Sequence[GoldRelation]
) -> None:
    """Sort a statement no gold relation matched by how far it is from the nearest gold
    relation of its sentence."""
    sentence = relation.sentence
    found = {relation.subject, relation.object}
    nearest = 0
    for g in gold:
        if sentence.begin <= g.offset < sentence.end:
            nearest = max(nearest, len(found & {g.subject, g.object}))
    if nearest == 2:
        result.misread_pair += 1
    elif nearest == 1:
        result.one_argument_wrong += 1
    else:
        result.no_such_relation += 1


def _reach(extraction: Extraction, gold: GoldDocument) -> tuple[int, int, int, int]:
    """How many gold relations have both concepts among the extractor's mentions of the
    anchor's sentence, and how many of those lie in a sentence it read no statement from
    (a frame the patterns lack, rather than a wrong reading); of the rest, how many have an
    argument the sentence names only by reference (a pronoun, a description, an earlier
    sentence: resolution's work) and how many one the lexicon missed."""
    starts = [s.begin for s in extraction.document.sentences]

    def by_sentence(mentions: Iterable[Mention | GoldMention]) -> dict[int, set[str]]:
        concepts: dict[int, set[str]] = {}
        for mention in mentions:
            index = bisect_right(starts, mention.begin) - 1
            concepts.setdefault(index, set()).add(mention.concept)
        return concepts

    found_by, named_by = by_sentence(extraction.mentions), by_sentence(gold.mentions)
    read = {bisect_right(starts, r.sentence.begin) - 1 for r in extraction.relations}
    reached = unread = referred = missed = 0
    for g in gold.relations:
        index = bisect_right(starts, g.offset) - 1
        found, named = found_by.get(index, set()), named_by.get(index, set())
        if g.subject in found and g.object in found:
            reached += 1
            unread += index not in read
        elif g.subject in named and g.object in named:
            missed += 1
        else:
            referred += 1
    return reached, unread, referred, missed


def evaluate(
    gold_folder: Path,
    corpus: Path | None = None,
    extractor: Extractor | None = None,
    graph: rdflib.Graph | None = None,
    sets: Iterable[str] | None = None,
) -> list[Evaluation]:
    """Run the extractor on each gold set's documents (all sets, or those named) and score it."""
    from kg.text import CorpusFile, read_document

    gold_sets = load_gold(gold_folder, corpus)
    if sets is not None:
        wanted = list(sets)
        unknown = sorted(set(wanted) - {g.name for g in gold_sets})
        if unknown:
            names = ", ".join(g.name for g in gold_sets)
            raise HlkgError(f"no gold set {unknown[0]!r} (the sets are: {names})", exit_code=2)
        gold_sets = [g for g in gold_sets if g.name in wanted]
    if graph is None:
        from kg.ontology import load_ontology

        graph = load_ontology()
    if extractor is None:
        from kg.extract import Extractor

        extractor = Extractor.from_ontology(graph)
    known = set(extractor.lexicon.labels)
    bases = base_relations(graph)
    evaluations = []
    for gold_set in gold_sets:
        results = []
        for source in gold_set.sources:
            path = gold_set.corpus / source
            if not path.is_file():
                raise HlkgError(f"{path}: document named in {gold_set.folder}/gold.toml not found")
            document = read_document(CorpusFile(gold_set.corpus, path, source))
            stem = Path(source).stem
            folder = gold_set.folder
            gold = GoldDocument(
                source,
                read_gold_mentions(folder / f"{stem}.mentions.tsv", document.text, known),
                read_gold_relations(folder / f"{stem}.relations.tsv", document.text, known),
            )
            results.append(score_document(extractor.extract(document), gold, bases))
        evaluations.append(Evaluation(results, gold_set.name, gold_set.held_out))
    return evaluations


def format_table(
    evaluations: Sequence[Evaluation], show_errors: bool = False, show_held_out: bool = False
) -> str:
    """Per-document rows of each set that is not held out, then one line per set with its
    totals (and one for the held-out sets together, whose relations are too few to read one
    by one); errors (with `show_errors`) of the sets that are not held out, unless
    `show_held_out`."""
    header = ("document", "mentions P", "R", "F1", "relations P", "R", "F1")
    lines: list[str] = []
    for evaluation in evaluations:
        if evaluation.held_out and not show_held_out:
            continue
        rows = [
            (f"{evaluation.name}: {d.source}", *_figures(d.mentions, d.relations))
            for d in evaluation.documents
        ]
        lines += [*_aligned([header, *rows]), ""]
    summary = [
        (
            "set",
            "docs",
            "sentences",
            "mentions P",
            "R",
            "F1",
            "relations P",
            "R",
            "F1",
            "stmts/sent",
            "flags",
            "polarity err",
        )
    ]
    held_out = [e for e in evaluations if e.held_out]
    together = [Evaluation([d for e in held_out for d in e.documents], "held out, together")]
    for evaluation in [*evaluations, *(together if len(held_out) > 1 else [])]:
        agree, total = evaluation.flags
        name = evaluation.name + (" (held out)" if evaluation.held_out else "")
        summary.append(
            (
                name,
                str(len(evaluation.documents)),
                str(evaluation.sentences),
                *_figures(evaluation.mentions, evaluation.relations),
                f"{evaluation.statements_per_sentence:.3f}",
                f"{agree}/{total}",
                str(evaluation.polarity_errors),
            )
        )
    lines += _aligned(summary)
    lines.append("")
    lines += [_diagnosis(evaluation) for evaluation in evaluations]
    if show_errors:
        for evaluation in evaluations:
            if evaluation.held_out and not show_held_out:
                continue
            for document in evaluation.documents:
                lines.append("")
                lines.append(f"== {evaluation.name}: {document.source}")
                lines.extend(document.mention_errors)
                lines.extend(document.relation_errors)
    return "\n".join(lines)


def _diagnosis(evaluation: Evaluation) -> str:
    """A set's totals and its misses and wrong answers by kind, in one line (no document or
    sentence named, so that it may be shown for a held-out set)."""
    m, r, total = evaluation.mentions, evaluation.relations, evaluation.total
    polarity = "".join(
        f"; polarity error: {kind} ({n})" for kind, n in evaluation.polarity_kinds.items()
    )
    return (
        f"{evaluation.name}: mentions {m.true_positives} matched, {m.predicted} found, "
        f"{m.gold} in gold ({total('wrong_concept')} of the unmatched found lie on a gold "
        f"span of another concept; on {total('unseen_spans')} of the unmatched gold nothing "
        f"was found); relations {r.true_positives} matched, {r.predicted} found, {r.gold} in "
        f"gold ({total('relations_in_reach')} with both concepts found in their sentence, "
        f"{total('unread_in_reach')} of them in a sentence that yielded no statement; of the "
        f"others, {total('referred_arguments')} have an argument the sentence names only by a "
        f"pronoun, a description or an earlier sentence, and {total('missed_arguments')} one "
        f"it names that was not found; of the unmatched found, {total('misread_pair')} join a "
        "gold pair of their sentence with another relation or direction, "
        f"{total('one_argument_wrong')} share one concept with a gold relation of their "
        f"sentence, and {total('no_such_relation')} neither){polarity}"
    )


def format_concepts(evaluations: Sequence[Evaluation], top: int = 15) -> str:
    """Per set, the concepts with the most mention errors (gold, found, matched, P, R, and
    the concepts found instead on their gold spans), then the relations by kind; then the
    held-out sets pooled, when there are several (one set's counts are small). Counts only,
    no document or sentence, so a held-out set shows too: it tells which concepts' words and
    senses, and which kinds of claim, fail on new text."""
    lines: list[str] = []
    held_out = [e for e in evaluations if e.held_out]
    if len(held_out) > 1:
        pooled = [d for e in held_out for d in e.documents]
        evaluations = [*evaluations, Evaluation(pooled, "all held-out sets", held_out=True)]
    for evaluation in evaluations:
        name = evaluation.name + (" (held out)" if evaluation.held_out else "")
        confusions = evaluation.confusions
        ranked = sorted(
            evaluation.per("concepts").items(),
            key=lambda item: (
                -(item[1].predicted + item[1].gold - 2 * item[1].true_positives),
                _short(item[0]),
            ),
        )
        table = [("concept", *_COUNTS)]
        instead_column = ["found instead on its gold spans"]
        for concept, score in ranked[:top]:
            if score.predicted == score.gold == score.true_positives:
                break
            instead = sorted(
                ((n, _short(found)) for (gold, found), n in confusions.items() if gold == concept),
                key=lambda pair: (-pair[0], pair[1]),
            )
            table.append((_short(concept), *_counts(score)))
            instead_column.append(", ".join(f"{name} {n}" for n, name in instead) or "-")
        lines.append(f"{name}: mentions by concept, most errors first")
        lines += [
            f"{row}  {instead}"
            for row, instead in zip(_aligned(table), instead_column, strict=True)
        ]
        kinds = [("relation", *_COUNTS)]
        kinds += [
            (base, *_counts(score)) for base, score in sorted(evaluation.per("bases").items())
        ]
        lines += ["", f"{name}: relations by kind", *_aligned(kinds), ""]
    return "\n".join(lines).rstrip("\n")


_COUNTS = ("gold", "found", "matched", "P", "R")


def _counts(score: Score) -> tuple[str, ...]:
    return (
        str(score.gold),
        str(score.predicted),
        str(score.true_positives),
        f"{score.precision:.2f}",
        f"{score.recall:.2f}",
    )


def _figures(m: Score, r: Score) -> tuple[str, ...]:
    return tuple(
        f"{value:.3f}" for value in (m.precision, m.recall, m.f1, r.precision, r.recall, r.f1)
    )


def _aligned(rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        )
        for row in rows
    ]


def _polarity(claim: GoldRelation | Relation) -> str:
    if claim.rejected:
        return "rejected"
    return "negated" if claim.negated else "asserted"


def _flags(claim: GoldRelation | Relation) -> str:
    """A claim's status flags, written as in the gold files ("negated,hedged" or "-")."""
    names = [n for n in ("negated", "rejected", "hedged") if getattr(claim, n)]
    return ",".join(names) or "-"
