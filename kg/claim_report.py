"""Claims as people read them: each with its figures and the evidence on each side, read from
the built graph through the named queries (claims, contested-claims, consensus-claims,
claims-about, claim-evidence), for `hlkg claims`, the claims view and the site.

A claim and its mirror (the same pair with the opposite sign) are one disagreement seen from
both ends: each one's statements are the other's opposite evidence. When both are listed they
become one entry, led by the one listed first (more evidence, then the positive one).
"""

from __future__ import annotations

import textwrap
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg import network as kgn
from kg.claims import SIGN_WORDS
from kg.errors import HlkgError


@dataclass(frozen=True)
class Evidence:
    """One statement behind a claim, with its sentence and source."""

    statement: str
    side: str
    """affirmed, denied or opposed (kg.claims)."""
    subject: str
    predicate: str
    object: str
    sentence: str
    document: str
    source: str
    title: str
    confidence: float
    hedged: bool
    negated: bool
    rejected: bool
    holders: tuple[str, ...] = ()
    """Who the sentence says holds the view (hlkg:attributedTo), when it reports one."""

    @property
    def strength(self) -> tuple:
        """Sort key: firm before hedged, then the most confident, then by source."""
        return (self.hedged, -self.confidence, self.source, self.sentence, self.statement)


@dataclass
class ClaimEntry:
    iri: str
    subject: str
    object: str
    sign: int
    relations: str
    """The labels of the properties its statements use, comma-separated."""
    firm: int
    hedged: int
    denied: int
    opposite: int
    """Documents on each side (the graph's hlkg:...DocumentCount)."""
    contested: bool
    consensus: bool
    affirmed: list[Evidence] = field(default_factory=list)
    against: list[Evidence] = field(default_factory=list)
    """Denied and opposed statements, strongest first."""
    mirror: str | None = None
    """The opposite claim folded into this entry, when it was listed too."""

    @property
    def sign_word(self) -> str:
        return SIGN_WORDS.get(self.sign, "neutral")

    def strongest_for(self) -> Evidence | None:
        return self.affirmed[0] if self.affirmed else None

    def strongest_against(self) -> Evidence | None:
        return self.against[0] if self.against else None


def claims_query(concept: str | None, contested: bool, consensus: bool) -> tuple[str, dict]:
    """The named query (and its parameters) that lists the claims asked for."""
    if contested and consensus:
        raise HlkgError("a claim is either contested or a consensus: pick one of the two", 2)
    given = {"concept": concept} if concept else {}
    if contested:
        return "contested-claims", given
    if consensus:
        return "consensus-claims", given
    return ("claims-about" if concept else "claims"), given


def read_claims(
    store: Any,
    *,
    concept: str | None = None,
    contested: bool = False,
    consensus: bool = False,
    limit: int | None = None,
) -> list[ClaimEntry]:
    """The claims asked for, in the named query's order, mirrors folded, with evidence."""
    name, given = claims_query(concept, contested, consensus)
    if limit is not None:
        given["limit"] = str(limit)
    return entries_of(store, name, given)


CLAIM_QUERIES = ("claims", "contested-claims", "consensus-claims", "claims-about")
"""The named queries that list claims (one row per claim, the same columns)."""


def entries_of(store: Any, name: str, given: dict[str, str]) -> list[ClaimEntry]:
    """The claims one of CLAIM_QUERIES lists, mirrors folded, with their evidence."""
    return fold_mirrors(claims_with_evidence(store, name, given))


def claims_with_evidence(store: Any, name: str, given: dict[str, str]) -> list[ClaimEntry]:
    """The claims one of CLAIM_QUERIES lists, each with its evidence, strongest first."""
    entries = [_entry(row) for row in select(store, name, given)]
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    for row in select(store, "claim-evidence", {}):
        evidence[row["claim"]].append(_evidence(row))
    for entry in entries:
        rows = evidence.get(entry.iri, [])
        entry.affirmed = sorted((e for e in rows if e.side == "affirmed"), key=_strength)
        entry.against = sorted((e for e in rows if e.side != "affirmed"), key=_strength)
    return entries


def fold_mirrors(entries: list[ClaimEntry]) -> list[ClaimEntry]:
    """An entry whose mirror (same pair, opposite sign) was listed first joins that one."""
    listed = {entry.iri for entry in entries}
    folded: list[ClaimEntry] = []
    leading: set[str] = set()
    for entry in entries:
        mirror = _mirror_of(entry, listed)
        if mirror in leading:
            continue
        leading.add(entry.iri)
        entry.mirror = mirror
        folded.append(entry)
    return folded


def _strength(evidence: Evidence) -> tuple:
    return evidence.strength


def _mirror_of(entry: ClaimEntry, listed: set[str]) -> str | None:
    if not entry.sign:
        return None
    from kg.claims import claim_iri

    mirror = claim_iri(entry.subject, -entry.sign, entry.object)
    return mirror if mirror in listed else None


def select(store: Any, name: str, given: dict[str, str]) -> Iterable[dict[str, Any]]:
    """Rows of a named query as Python values (kg.network.python_value)."""
    from kg.sparql import library, run

    results = run.execute(library.find(name), given, store=store)
    variables = [v.value for v in results.variables]
    for solution in results:
        yield {v: kgn.python_value(solution[v]) for v in variables}


def _entry(row: dict[str, Any]) -> ClaimEntry:
    return ClaimEntry(
        iri=row["claim"],
        subject=row["subject"],
        object=row["object"],
        sign=int(row["sign"]),
        # SPARQL leaves GROUP_CONCAT's order to the engine (Virtuoso's differs from Oxigraph's).
        relations=", ".join(sorted(str(row["relations"] or "").split(", "))),
        firm=int(row["firm"]),
        hedged=int(row["hedged"]),
        denied=int(row["denied"]),
        opposite=int(row["opposite"]),
        contested=bool(row["contested"]),
        consensus=bool(row["consensus"]),
    )


def _evidence(row: dict[str, Any]) -> Evidence:
    return Evidence(
        statement=row["statement"],
        side=row["side"],
        subject=row["subject"],
        predicate=row["property"],
        object=row["object"],
        sentence=str(row["sentence"]),
        document=row["document"],
        source=str(row["source"] or ""),
        title=str(row["title"] or ""),
        confidence=float(row["confidence"]),
        hedged=bool(row["hedged"]),
        negated=bool(row["negated"]),
        rejected=bool(row["rejected"]),
        holders=tuple(sorted(str(row["holders"] or "").split())),
    )


def claim_count(store: Any) -> int:
    """How many claims the graph holds: the `limit` that lists every one (the named queries'
    own defaults are for people). A huge LIMIT would do locally, but Virtuoso 7 refuses an
    ORDER BY whose LIMIT passes its MaxSortedTopRows (10,000 unless its configuration says
    otherwise), so the limit is the real count."""
    from kg.namespaces import PREFIXES

    count = "SELECT (COUNT(DISTINCT ?claim) AS ?n) WHERE { ?claim a hlkg:Claim }"
    rows = store.query(count, prefixes=PREFIXES, use_default_graph_as_union=True)
    return int(next(iter(rows))["n"].value)


def claims_missing(store: Any) -> bool:
    """Statements but no claim at all: a graph built before hlkg computed claims."""
    from kg.namespaces import PREFIXES

    ask = "ASK { ?s a rdf:Statement FILTER NOT EXISTS { ?c a hlkg:Claim } }"
    return bool(store.query(ask, prefixes=PREFIXES, use_default_graph_as_union=True))


STALE_GRAPH = (
    "the graph has statements but no claims: it was built by an older hlkg; "
    "run `hlkg build` again"
)


# --- as text ---------------------------------------------------------------------------------


class Names:
    """Labels of concepts and relation properties, for people."""

    def __init__(self, store: Any) -> None:
        self.concepts = {iri: c["label"] for iri, c in kgn.concept_table(store).items()}
        self.properties = {iri: p.label for iri, p in kgn.relation_properties(store).items()}

    def concept(self, iri: str) -> str:
        return self.concepts.get(iri) or kgn.local_name(iri)

    def relation(self, iri: str) -> str:
        return self.properties.get(iri) or kgn.local_name(iri)

    def claim(self, entry: ClaimEntry) -> str:
        """ "management training → teamwork (positive: improves, enables)"."""
        return (
            f"{self.concept(entry.subject)} → {self.concept(entry.object)} "
            f"({entry.sign_word}: {entry.relations})"
        )

    def statement(self, evidence: Evidence) -> str:
        """ "management training improves teamwork", as the statement has it."""
        words = self.relation(evidence.predicate)
        if evidence.rejected:
            words = f"{words}, rejected"
        elif evidence.negated:
            words = f"not {words}"
        return f"{self.concept(evidence.subject)} {words} {self.concept(evidence.object)}"

    def facts(self, evidence: Evidence) -> str:
        """What to know about a piece of evidence besides its sentence."""
        parts = [self.statement(evidence)]
        if evidence.hedged:
            parts.append("hedged")
        if evidence.holders:
            parts.append("attributed to " + ", ".join(self.concept(h) for h in evidence.holders))
        parts.append(f"confidence {evidence.confidence:.2f}")
        return "; ".join(parts)


def status(entry: ClaimEntry) -> str:
    return "contested" if entry.contested else "consensus" if entry.consensus else "-"


def format_claims(entries: list[ClaimEntry], names: Names, width: int = 100) -> str:
    """`hlkg claims`' table: one row per claim, then its strongest evidence on each side."""
    header = ("claim", "for: firm/hedged", "against: denied/opposite", "status")
    rows = [
        (
            names.claim(entry),
            f"{entry.firm}/{entry.hedged} doc",
            f"{entry.denied}/{entry.opposite} doc",
            status(entry) + (" (and its opposite)" if entry.mirror else ""),
        )
        for entry in entries
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for entry, row in zip(entries, rows, strict=True):
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        for label, evidence in (
            ("for", entry.strongest_for()),
            ("against", entry.strongest_against()),
        ):
            if evidence is not None:
                lines.extend(_evidence_lines(label, evidence, names, width))
        lines.append("")
    return "\n".join(lines)


def _evidence_lines(label: str, evidence: Evidence, names: Names, width: int) -> list[str]:
    indent = " " * 13
    quoted = textwrap.wrap(
        f"“{' '.join(evidence.sentence.split())}”",
        width=width,
        initial_indent=f"    {label:<8} ",
        subsequent_indent=indent,
    )
    where = evidence.source or evidence.title or evidence.document
    detail = textwrap.wrap(
        f"— {where} ({names.facts(evidence)})",
        width=width,
        initial_indent=indent,
        subsequent_indent=indent + "  ",
    )
    return quoted + detail
