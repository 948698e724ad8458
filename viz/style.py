"""How graph elements look: colours by category and relation, sizes, widths, and tooltips.

Every string that comes from the corpus or the ontology goes through `html.escape` here before
it becomes part of a tooltip's markup; the page's script then rebuilds the tooltip from an
allow-list of tags, so a missed escape would still not run anything.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any

CATEGORY_COLOURS: dict[str, str] = {
    "Actor": "#3b7dd8",
    "Role": "#8e63c7",
    "ProfessionalValue": "#e0a21b",
    "Practice": "#1f9e89",
    "CareModel": "#5aa83f",
    "Policy": "#e0663a",
    "Outcome": "#cf4679",
    "Organisation": "#5f7388",
}
"""The upper categories we know by name; any other category takes the next spare colour."""
SPARE_COLOURS = ("#b07aa1", "#9c755f", "#76b7b2", "#c9b22e", "#ff8fa3", "#4e79a7", "#a0cbe8")
NO_CATEGORY = ("", "other", "#a3abb5")

RELATION_COLOURS: dict[str, str] = {
    "supports": "#2f9e44",
    "requires": "#1c7ed6",
    "hinders": "#e03131",
    "conflictsWith": "#f76707",
}
SIGN_COLOURS = {1: "#2f9e44", -1: "#e03131", 0: "#868e96"}
DENIED_COLOUR = "#343a40"
"""The half of a contested claim's line that stands for its denials (negated or rejected)."""
COOCCURRENCE_COLOUR = "#9aa1a9"
HEDGED_DASHES = [7, 6]


def category_palette(categories: list[tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Colour for each upper category (local name -> (label, colour)), stable for one ontology."""
    palette: dict[str, tuple[str, str]] = {}
    spare = iter(SPARE_COLOURS * 4)
    for name, label in categories:
        palette[name] = (label, CATEGORY_COLOURS.get(name) or next(spare))
    return palette


def node_colour(colour: str) -> dict[str, Any]:
    return {
        "background": colour,
        "border": shade(colour, -0.25),
        "highlight": {"background": shade(colour, 0.2), "border": shade(colour, -0.4)},
        "hover": {"background": shade(colour, 0.15), "border": shade(colour, -0.4)},
    }


def shade(colour: str, amount: float) -> str:
    """Lighter (amount > 0) or darker (amount < 0) version of a #rrggbb colour."""
    channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    if amount >= 0:
        channels = [round(c + (255 - c) * amount) for c in channels]
    else:
        channels = [round(c * (1 + amount)) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in channels)


def node_size(centrality: float, highest: float) -> float:
    """Area grows with centrality: the most central concept is about three times as wide."""
    if highest <= 0 or centrality <= 0:
        return 12.0
    return round(12 + 26 * math.sqrt(centrality / highest), 2)


def edge_width(evidence_count: int) -> float:
    return round(min(1.6 + 1.8 * math.log2(max(evidence_count, 1)), 9.0), 2)


def relation_colour(base_name: str, sign: int) -> str:
    return RELATION_COLOURS.get(base_name) or SIGN_COLOURS.get(sign, SIGN_COLOURS[0])


def sign_word(sign: int) -> str:
    return {1: "positive", -1: "negative"}.get(sign, "neutral")


# --- tooltips (HTML made only of our tags and escaped text) ---------------------------------


def concept_tooltip(data: dict[str, Any]) -> str:
    parts = [f'<div class="tip-title">{escape(data["label"])}</div>']
    if data.get("category_label"):
        parts.append(f'<div class="tip-kind">{escape(data["category_label"])}</div>')
    if data.get("definition"):
        parts.append(f"<p>{escape(data['definition'])}</p>")
    if data.get("synonyms"):
        synonyms = ", ".join(escape(s) for s in data["synonyms"][:12])
        more = " …" if len(data["synonyms"]) > 12 else ""
        parts.append(f'<div><span class="tip-key">Also called</span> {synonyms}{more}</div>')
    figures = plural(data.get("mention_count", 0), "mention")
    if data.get("document_count"):
        figures += f" in {plural(data['document_count'], 'document')}"
    if data.get("centrality"):
        figures += f" · centrality {data['centrality']:.3f}"
    parts.append(f'<div class="tip-figures">{escape(figures)}</div>')
    return "".join(parts)


def relation_tooltip(subject: str, obj: str, data: dict[str, Any], shown: int = 3) -> str:
    parts = [
        f'<div class="tip-title">{escape(subject)} <em>{escape(data["predicate_label"])}</em> '
        f"{escape(obj)}</div>"
    ]
    facts = [sign_word(data["sign"]) + " relation"]
    if data.get("base_label") and data["base_label"] != data["predicate_label"]:
        facts.append(f"a kind of “{data['base_label']}”")
    facts.append(f"confidence {data['confidence']:.2f}")
    if data.get("hedged"):
        facts.append("hedged claim")
    facts.append(plural(data["evidence_count"], "evidence sentence"))
    parts.append(f'<div class="tip-kind">{escape(" · ".join(facts))}</div>')
    parts.append(evidence_list(data["evidence"], shown))
    return "".join(parts)


def evidence_list(evidence: list[Any], shown: int = 3) -> str:
    items = []
    for item in evidence[:shown]:
        where = item.title or item.source
        source = f" ({item.source})" if item.source and item.source != where else ""
        items.append(
            f"<li><q>{escape(item.sentence)}</q> "
            f"<small>— {escape(where)}{escape(source)}</small></li>"
        )
    more = len(evidence) - shown
    if more > 0:
        items.append(f"<li><small>and {plural(more, 'more sentence')}</small></li>")
    return f'<ul class="tip-evidence">{"".join(items)}</ul>' if items else ""


def claim_tooltip(
    title: str, kind: str, sides: list[tuple[str, list[tuple[str, str, str]]]], shown: int = 4
) -> str:
    """A claim: its title and figures, then each side's sentences in a column of its own.

    `sides`: (heading, [(sentence, where, facts)]) for "for" and "against", strongest first.
    """
    parts = [
        f'<div class="tip-title">{escape(title)}</div>',
        f'<div class="tip-kind">{escape(kind)}</div>',
        '<div class="tip-sides">',
    ]
    for heading, items in sides:
        rows = [
            f"<li><q>{escape(sentence)}</q> <small>— {escape(where)} ({escape(facts)})</small></li>"
            for sentence, where, facts in items[:shown]
        ]
        if len(items) > shown:
            more = plural(len(items) - shown, "more sentence")
            rows.append(f"<li><small>and {more}</small></li>")
        if not rows:
            rows.append("<li><small>none</small></li>")
        parts.append(
            f'<div class="tip-side"><div class="tip-key">{escape(heading)}</div>'
            f'<ul class="tip-evidence">{"".join(rows)}</ul></div>'
        )
    parts.append("</div>")
    return "".join(parts)


def cooccurrence_tooltip(a: str, b: str, count: int) -> str:
    return (
        f'<div class="tip-title">{escape(a)} — {escape(b)}</div>'
        f'<div class="tip-kind">co-occurrence: mentioned together in '
        f"{escape(plural(count, 'sentence'))}; not an asserted relation</div>"
    )


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")
