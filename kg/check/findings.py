"""A finding of `hlkg check`, and how findings are printed.

One finding is one line, `SEVERITY rule entity message`, so that the output can be grepped,
diffed between versions of the ontology, and read by someone fixing the Turtle by hand.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass

from kg.namespaces import PREFIXES

SEVERITIES = ("ERROR", "WARN", "INFO")

_PREFIXES = {namespace: f"{prefix}:" for prefix, namespace in PREFIXES.items()}


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    severity: str
    rule: str
    entity: str
    message: str

    def line(self) -> str:
        message = " ".join(self.message.split())
        return f"{self.severity} {self.rule} {short(self.entity)} {message}"


def short(iri: str) -> str:
    """A compact name for an IRI (hlkg:Doctor), or the IRI itself when no prefix fits."""
    for namespace, prefix in _PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return prefix + iri[len(namespace) :]
    return iri or "-"


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then by rule and entity: stable output that diffs well."""
    rank = {severity: i for i, severity in enumerate(SEVERITIES)}
    return sorted(set(findings), key=lambda f: (rank[f.severity], f.rule, f.entity, f.message))


def summary(findings: Sequence[Finding]) -> str:
    counts = Counter(f.severity for f in findings)
    parts = [f"{counts.get(s, 0)} {label}" for s, label in zip(SEVERITIES, _LABELS, strict=True)]
    verdict = "FAILED" if counts.get("ERROR") else "OK"
    return f"hlkg check: {verdict}: " + ", ".join(parts)


_LABELS = ("errors", "warnings", "info")


def as_text(findings: Sequence[Finding]) -> str:
    lines = [f.line() for f in findings]
    return "\n".join([*lines, summary(findings)]) + "\n"


def as_json(findings: Sequence[Finding]) -> str:
    counts = Counter(f.severity for f in findings)
    document = {
        "ok": not counts.get("ERROR"),
        "counts": {s: counts.get(s, 0) for s in SEVERITIES},
        "findings": [asdict(f) for f in findings],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
