"""`hlkg diff`: what changed between two builds, in statements and in claims.

A statement is known across builds by its document, its sentence's words and its triple (its
IRI holds offsets, which an edit earlier in the file shifts); it is added, removed, or changed
when its flags (negated, hedged, rejected, attributed to) differ. A claim is known by its IRI
(its pair and sign): added, removed, turned contested or consensus (or no longer), given new
evidence or losing some; a pair whose only sign turned into the opposite one is a sign flip.

`triple_difference` gives the whole difference of the two graphs (the union of their named
graphs) as the triples only one of them holds, for `--format turtle`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import HlkgError

ADDED_GRAPH = "https://w3id.org/hlkg/graph/diff/added"
REMOVED_GRAPH = "https://w3id.org/hlkg/graph/diff/removed"

StatementKey = tuple[str, str, str, str, str]
"""document IRI, sentence words, subject, predicate, object."""


@dataclass(frozen=True)
class Statement:
    key: StatementKey
    source: str
    negated: bool
    hedged: bool
    rejected: bool
    holders: tuple[str, ...]

    @property
    def document(self) -> str:
        return self.key[0]

    @property
    def sentence(self) -> str:
        return self.key[1]

    def status(self) -> str:
        """ "firm", "hedged", "negated", "rejected, hedged", plus who holds it."""
        words = [w for w, on in (("negated", self.negated), ("rejected", self.rejected)) if on]
        words += ["hedged"] if self.hedged else []
        text = ", ".join(words) or "firm"
        if self.holders:
            text += " (attributed to " + ", ".join(_local(h) for h in self.holders) + ")"
        return text


@dataclass
class ClaimChange:
    iri: str
    subject: str
    object: str
    sign: int
    changes: list[str]
    """What happened: added, removed, now contested, no longer contested, now a consensus,
    no longer a consensus, sign flipped (was negative), new evidence, lost evidence."""
    gained: list[Any] = field(default_factory=list)
    lost: list[Any] = field(default_factory=list)
    """kg.claim_report.Evidence that joined or left the claim (any side)."""


@dataclass
class BuildDiff:
    old: Path
    new: Path
    documents_added: list[tuple[str, str]] = field(default_factory=list)
    documents_removed: list[tuple[str, str]] = field(default_factory=list)
    """(IRI, file name)."""
    statements_added: list[Statement] = field(default_factory=list)
    statements_removed: list[Statement] = field(default_factory=list)
    statements_changed: list[tuple[Statement, Statement]] = field(default_factory=list)
    claims: list[ClaimChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.documents_added or self.documents_removed or self.statements_added
            or self.statements_removed or self.statements_changed or self.claims
        )


def resolve_build(build_dir: Path | str | None, ref: str | None, default: str) -> Path:
    """A build of the build folder: a number (3 or 0003), a path to a build folder, or None
    for `default` ("current" or "previous": the newest other build that has a store)."""
    from kg.buildstore import current_build, resolve_build_dir, store_path

    root = resolve_build_dir(build_dir)
    if ref is None:
        current = current_build(root)
        if default == "current":
            return current
        older = sorted(
            (p for p in (root / "builds").iterdir()
             if p.name.isdigit() and p.resolve() != current and store_path(p).is_dir()
             and int(p.name) < int(current.name)),
            key=lambda p: int(p.name),
        ) if (root / "builds").is_dir() else []
        if not older:
            raise HlkgError(
                f"no build before the current one ({current.name}) in {root}/builds: "
                "give two builds, as numbers or paths"
            )
        return older[-1]
    if ref.isdigit():
        path = root / "builds" / f"{int(ref):04d}"
    else:
        path = Path(ref)
        if (path / "current").exists():
            path = (path / "current").resolve()
    if not store_path(path).is_dir():
        have = sorted(p.name for p in (root / "builds").glob("[0-9]*")) if (
            root / "builds"
        ).is_dir() else []
        hint = f" (the build folder has {', '.join(have)})" if have else ""
        raise HlkgError(f"no build {ref!r}: {path} holds no graph store{hint}", 2)
    return path


def open_build(path: Path) -> Any:
    import pyoxigraph

    from kg.buildstore import store_path

    try:
        return pyoxigraph.Store.read_only(str(store_path(path)))
    except OSError as error:
        raise HlkgError(f"cannot open the graph store of {path}: {error}") from error


def diff_builds(old_path: Path, new_path: Path) -> BuildDiff:
    """Statements and claims that differ between two builds."""
    old, new = open_build(old_path), open_build(new_path)
    result = BuildDiff(old_path, new_path)
    old_docs, new_docs = _documents(old), _documents(new)
    result.documents_added = sorted((d, new_docs[d]) for d in new_docs.keys() - old_docs.keys())
    result.documents_removed = sorted((d, old_docs[d]) for d in old_docs.keys() - new_docs.keys())
    before, after = _statements(old), _statements(new)
    for key in sorted(before.keys() | after.keys()):
        was, now = before.get(key, []), after.get(key, [])
        statuses = Counter(s.status() for s in was), Counter(s.status() for s in now)
        common = min(len(was), len(now))
        if len(now) > len(was):
            result.statements_added += now[common:]
        elif len(was) > len(now):
            result.statements_removed += was[common:]
        if statuses[0] != statuses[1]:
            result.statements_changed += [
                (a, b) for a, b in zip(was[:common], now[:common], strict=True)
                if a.status() != b.status()
            ]
    result.claims = _claim_changes(old, new)
    return result


def _documents(store: Any) -> dict[str, str]:
    from kg import network as kgn

    return {doc.iri: doc.source for doc in kgn.documents(store)}


def _statements(store: Any) -> dict[StatementKey, list[Statement]]:
    from kg import network as kgn

    found: dict[StatementKey, list[Statement]] = defaultdict(list)
    for row in kgn.statement_rows(store):
        key = (
            str(row["document"] or ""), " ".join(str(row["text"] or "").split()),
            row["subject"], row["predicate"], row["object"],
        )
        found[key].append(
            Statement(
                key=key,
                source=str(row["source"] or ""),
                negated=row["negated"] is True,
                hedged=row["hedged"] is True,
                rejected=row["rejected"] is True,
                holders=tuple(sorted(str(row["holders"] or "").split())),
            )
        )
    for statements in found.values():
        statements.sort(key=lambda s: (s.status(), s.source))
    return found


def _evidence_key(evidence: Any) -> tuple:
    return (
        evidence.side, evidence.document, " ".join(evidence.sentence.split()),
        evidence.subject, evidence.predicate, evidence.object,
    )


def _claim_changes(old: Any, new: Any) -> list[ClaimChange]:
    from kg.claim_report import claim_count, claims_with_evidence

    before = {
        c.iri: c for c in claims_with_evidence(old, "claims", {"limit": str(claim_count(old))})
    }
    after = {
        c.iri: c for c in claims_with_evidence(new, "claims", {"limit": str(claim_count(new))})
    }
    signs_before: dict[tuple[str, str], set[int]] = defaultdict(set)
    signs_after: dict[tuple[str, str], set[int]] = defaultdict(set)
    for claims, signs in ((before, signs_before), (after, signs_after)):
        for claim in claims.values():
            signs[(claim.subject, claim.object)].add(claim.sign)
    changes: list[ClaimChange] = []
    for iri in sorted(before.keys() | after.keys()):
        was, now = before.get(iri), after.get(iri)
        claim = now or was
        assert claim is not None
        change = ClaimChange(iri, claim.subject, claim.object, claim.sign, [])
        pair = (claim.subject, claim.object)
        old_signs, new_signs = signs_before[pair], signs_after[pair]
        flipped = (
            old_signs and new_signs and 0 not in old_signs | new_signs
            and {-s for s in old_signs} == new_signs
        )
        if was is None:
            change.changes.append(
                f"sign flipped (was {_sign_word(-claim.sign)})" if flipped else "added"
            )
        elif now is None:
            if flipped:
                continue  # told once, on the claim of the new sign
            change.changes.append("removed")
        else:
            for flag, yes, no in (
                ("contested", "now contested", "no longer contested"),
                ("consensus", "now a consensus", "no longer a consensus"),
            ):
                if getattr(was, flag) != getattr(now, flag):
                    change.changes.append(yes if getattr(now, flag) else no)
        old_evidence = {_evidence_key(e): e for e in _all(was)}
        new_evidence = {_evidence_key(e): e for e in _all(now)}
        change.gained = [new_evidence[k] for k in sorted(new_evidence.keys() - old_evidence.keys())]
        change.lost = [old_evidence[k] for k in sorted(old_evidence.keys() - new_evidence.keys())]
        if was is not None and now is not None:
            if change.gained:
                change.changes.append("new evidence")
            if change.lost:
                change.changes.append("lost evidence")
        if change.changes:
            changes.append(change)
    return changes


def _all(claim: Any) -> list[Any]:
    return [] if claim is None else [*claim.affirmed, *claim.against]


def _sign_word(sign: int) -> str:
    from kg.claims import SIGN_WORDS

    return SIGN_WORDS[sign]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


# --- as text ---------------------------------------------------------------------------------


def diff_lines(diff: BuildDiff, names: Any) -> Iterator[str]:
    """The difference for people (names: a kg.claim_report.Names of the new build)."""
    old, new = diff.old.resolve(), diff.new.resolve()
    if old.parent == new.parent:
        yield f"hlkg diff: build {old.name} → build {new.name} (in {old.parent})"
    else:
        yield f"hlkg diff: {old} → {new}"
    yield (
        f"documents +{len(diff.documents_added)} -{len(diff.documents_removed)} · "
        f"statements +{len(diff.statements_added)} -{len(diff.statements_removed)} "
        f"~{len(diff.statements_changed)} · claims changed {len(diff.claims)}"
    )
    if diff.empty:
        yield "no difference in documents, statements or claims"
        return
    for sign, documents in (("+", diff.documents_added), ("-", diff.documents_removed)):
        for _iri, source in documents:
            yield f"  {sign} document {source}"
    sections = (
        ("added statements", "+", diff.statements_added),
        ("removed statements", "-", diff.statements_removed),
    )
    for title, mark, statements in sections:
        if statements:
            yield ""
            yield title
            for statement in statements:
                yield from _statement_lines(mark, statement, names, statement.status())
    if diff.statements_changed:
        yield ""
        yield "statements that changed status"
        for was, now in diff.statements_changed:
            yield from _statement_lines("~", now, names, f"{was.status()} → {now.status()}")
    if diff.claims:
        yield ""
        yield "claims"
        for change in diff.claims:
            claim = (
                f"{names.concept(change.subject)} → {names.concept(change.object)} "
                f"({_sign_word(change.sign)})"
            )
            yield f"  {claim}: {', '.join(change.changes)}"
            marked = [("+", e) for e in change.gained] + [("-", e) for e in change.lost]
            for mark, evidence in marked:
                side = _SIDES[evidence.side]
                sentence = " ".join(evidence.sentence.split())
                yield f"      {mark} {side}: {evidence.source}: “{sentence}”"


_SIDES = {"affirmed": "for", "denied": "against, denies", "opposed": "against, opposite"}


def _statement_lines(mark: str, statement: Statement, names: Any, status: str) -> Iterator[str]:
    _document, sentence, subject, predicate, obj = statement.key
    yield (
        f"  {mark} {statement.source}: {names.concept(subject)} {names.relation(predicate)} "
        f"{names.concept(obj)} [{status}]"
    )
    yield f"      “{sentence}”"


# --- as RDF ----------------------------------------------------------------------------------


def triple_difference(old_path: Path, new_path: Path) -> tuple[list[Any], list[Any]]:
    """(added, removed): the triples of the union of graphs that only the new build holds, and
    that only the old one holds, sorted."""
    old, new = open_build(old_path), open_build(new_path)
    before, after = _triples(old), _triples(new)
    return sorted(after - before, key=str), sorted(before - after, key=str)


def _triples(store: Any) -> set[Any]:
    return set(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                           use_default_graph_as_union=True))


def difference_trig(old_path: Path, new_path: Path) -> bytes:
    """The difference as TriG: the named graphs ADDED_GRAPH and REMOVED_GRAPH."""
    from pyoxigraph import NamedNode, Quad, RdfFormat, serialize

    from kg.namespaces import PREFIXES

    added, removed = triple_difference(old_path, new_path)
    quads = [
        Quad(t.subject, t.predicate, t.object, NamedNode(graph))
        for graph, triples in ((ADDED_GRAPH, added), (REMOVED_GRAPH, removed))
        for t in triples
    ]
    return serialize(quads, format=RdfFormat.TRIG, prefixes=PREFIXES) or b""
