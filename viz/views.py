"""The view kinds: from the store (through kg.network) to a ViewSpec ready to render.

concepts       the concept map: concepts and the relations the corpus asserts
concept NAME   one concept's neighbourhood (--depth relations away)
document NAME  the concepts and relations of one document
cooccurrence   concepts mentioned in the same sentences (kept apart from asserted relations)
claims         claims across documents; contested ones drawn as split lines
ontology       the class hierarchy under hlkg:Concept and the framework mappings
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from html import escape
from typing import Any

from kg import network as kgn
from viz import style
from viz.render import ViewSpec

LinkFor = Callable[[str], str | None]
EDGE_LABELS_UP_TO = 40
"""Write relation names on the lines only while there are few enough to read."""


def palette_for(store: Any) -> dict[str, tuple[str, str]]:
    return style.category_palette(kgn.upper_categories(store))


def _category_entries(
    nodes: list[tuple[str, dict[str, Any]]],
    palette: dict[str, tuple[str, str]],
    lighten: float = 0.0,
    drawn: set[str] | None = None,
) -> list[dict[str, Any]]:
    """Legend entries for `nodes` (node, data) pairs: `count` is what the page draws at first
    (`drawn`, default every node), `total` every node of the category, so a legend never
    counts concepts it hides."""
    totals = Counter(data.get("category", "") for _, data in nodes)
    counts = Counter(
        data.get("category", "") for node, data in nodes if drawn is None or node in drawn
    )
    named = [(key, label, style.shade(colour, lighten)) for key, (label, colour) in palette.items()]
    named.append(("", style.NO_CATEGORY[1], style.NO_CATEGORY[2]))
    return [
        {"key": key, "label": label, "colour": colour, "count": counts[key], "total": totals[key]}
        for key, label, colour in named
        if totals.get(key)
    ]


def _concept_node(
    iri: str,
    data: dict[str, Any],
    palette,
    size: float,
    *,
    lighten: float = 0.0,
    link_for: LinkFor | None = None,
    centre: bool = False,
) -> dict[str, Any]:
    colour = palette.get(data.get("category", ""), (None, style.NO_CATEGORY[2]))[1]
    node: dict[str, Any] = {
        "id": iri,
        "label": data["label"],
        "title": style.concept_tooltip(data),
        "color": style.node_colour(style.shade(colour, lighten)),
        "size": size,
        "category": data.get("category", ""),
        "shape": "dot",
    }
    if centre:
        node["borderWidth"] = 4
        node["font"] = {"size": 18, "bold": True}
    if link_for is not None and (href := link_for(iri)):
        node["href"] = href
    return node


def concept_graph_spec(
    graph: Any,
    palette: dict[str, tuple[str, str]],
    *,
    kind: str,
    title: str,
    subtitle: str,
    note: str = "",
    centre: str | None = None,
    link_for: LinkFor | None = None,
    hide_isolated: bool = False,
) -> ViewSpec:
    """A view of a kg.network.concept_graph (whole, one document's, or a neighbourhood).

    With `hide_isolated`, concepts in no relation start hidden: the page shows them on demand.
    """
    highest = max((d["centrality"] for _, d in graph.nodes(data=True)), default=0.0)
    nodes = [
        _concept_node(
            iri,
            data,
            palette,
            style.node_size(data["centrality"], highest),
            link_for=link_for,
            centre=iri == centre,
        )
        for iri, data in sorted(graph.nodes(data=True))
    ]
    edge_count = graph.number_of_edges()
    pair_index: Counter[frozenset[str]] = Counter()
    edges, relation_counts, relation_info = [], Counter(), {}
    for subject, obj, key, data in sorted(graph.edges(keys=True, data=True)):
        pair = frozenset((subject, obj))
        nth = pair_index[pair]
        pair_index[pair] += 1
        base = kgn.local_name(data["base"]) if data["base"] else ""
        colour = style.relation_colour(base, data["sign"])
        relation_key = kgn.local_name(data["predicate"])
        relation_counts[relation_key] += 1
        relation_info[relation_key] = (data["predicate_label"], colour)
        symmetric = base == "conflictsWith"
        edge: dict[str, Any] = {
            "id": f"{subject} {key} {obj}",
            "from": subject,
            "to": obj,
            "title": style.relation_tooltip(
                graph.nodes[subject]["label"], graph.nodes[obj]["label"], data
            ),
            "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 1.0},
            "width": style.edge_width(data["evidence_count"]),
            "dashes": style.HEDGED_DASHES if data["hedged"] else False,
            "arrows": {
                "to": {
                    "enabled": not symmetric,
                    "scaleFactor": 0.7,
                    "type": "bar" if data["sign"] < 0 else "arrow",
                },
            },
            "relationKey": relation_key,
            "confidence": data["confidence"],
            "evidence": data["evidence_count"],
        }
        if nth:
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.18 * nth}
        if edge_count <= EDGE_LABELS_UP_TO:
            edge["label"] = data["predicate_label"]
        edges.append(edge)
    relations = [
        {
            "key": key,
            "label": relation_info[key][0],
            "colour": relation_info[key][1],
            "count": relation_counts[key],
            "total": relation_counts[key],
            "dashed": False,
        }
        for key in sorted(relation_counts, key=lambda k: relation_info[k][0])
    ]
    hide = hide_isolated and bool(edges)
    return ViewSpec(
        kind=kind,
        title=title,
        subtitle=subtitle,
        nodes=nodes,
        edges=edges,
        categories=_category_entries(
            list(graph.nodes(data=True)), palette, drawn=_drawn_at_first(graph, hide, centre)
        ),
        relations=relations,
        note=note,
        centre=centre,
        confidence_filter=bool(edges),
        hide_isolated=hide,
    )


def _drawn_at_first(graph: Any, hide_isolated: bool, centre: str | None) -> set[str] | None:
    """The nodes a page shows before anyone touches a filter (None: all of them)."""
    if not hide_isolated:
        return None
    return {node for node in graph if graph.degree(node) or node == centre}


def summary(graph: Any) -> str:
    statements = sum(d["evidence_count"] for *_, d in graph.edges(data=True))
    linked = sum(1 for node in graph if graph.degree(node))
    unlinked = graph.number_of_nodes() - linked
    text = (
        f"{linked} concepts linked by {graph.number_of_edges()} relations "
        f"from {statements} evidence statements"
    )
    return text + (f" · {unlinked} more mentioned in no relation" if unlinked else "")


def _filters_note(relation: str | None, min_confidence: float, document: str | None) -> str:
    parts = []
    if relation:
        parts.append(f"relation: {relation}")
    if min_confidence:
        parts.append(f"confidence ≥ {min_confidence:g}")
    if document:
        parts.append(f"document: {document}")
    return ("Filtered by " + "; ".join(parts)) if parts else ""


def concepts_view(
    store: Any,
    *,
    relation: str | None = None,
    min_confidence: float = 0.0,
    document: str | None = None,
    link_for: LinkFor | None = None,
) -> ViewSpec:
    graph = kgn.concept_graph(
        store, relation=relation, min_confidence=min_confidence, document=document
    )
    return concept_graph_spec(
        graph,
        palette_for(store),
        kind="concepts",
        title="Concept map",
        subtitle=summary(graph) + " · node size: centrality; colour: category",
        note=_filters_note(relation, min_confidence, document),
        link_for=link_for,
        hide_isolated=True,
    )


def concept_view(
    store: Any,
    name: str,
    *,
    depth: int = 1,
    relation: str | None = None,
    min_confidence: float = 0.0,
    document: str | None = None,
    link_for: LinkFor | None = None,
) -> ViewSpec:
    centre = kgn.resolve_concept(store, name)
    graph = kgn.concept_graph(
        store, relation=relation, min_confidence=min_confidence, document=document
    )
    if centre not in graph:
        graph.add_node(centre, **kgn.concept_table(store)[centre])
    sub = kgn.neighbourhood(graph, centre, depth)
    label = sub.nodes[centre]["label"]
    within = "1 relation" if depth == 1 else f"{depth} relations"
    return concept_graph_spec(
        sub,
        palette_for(store),
        kind="concept",
        title=f"Around “{label}”",
        subtitle=f"{summary(sub)} · concepts within {within}",
        note=_filters_note(relation, min_confidence, document),
        centre=centre,
        link_for=link_for,
    )


def document_view(
    store: Any,
    name: str,
    *,
    relation: str | None = None,
    min_confidence: float = 0.0,
    link_for: LinkFor | None = None,
) -> ViewSpec:
    doc = kgn.resolve_document(store, name)
    graph = kgn.concept_graph(
        store, relation=relation, min_confidence=min_confidence, document=doc.iri
    )
    return concept_graph_spec(
        graph,
        palette_for(store),
        kind="document",
        title=doc.title or doc.source or doc.identifier,
        subtitle=f"{doc.source} · {summary(graph)}",
        note=_filters_note(relation, min_confidence, None),
        link_for=link_for,
        hide_isolated=True,
    )


def cooccurrence_view(
    store: Any, *, min_count: int = 1, document: str | None = None, link_for: LinkFor | None = None
) -> ViewSpec:
    graph = kgn.cooccurrence_graph(store, min_count=min_count)
    if document:
        doc = kgn.resolve_document(store, document)
        mentioned = set(kgn.document_mentions(store).get(doc.iri, {}))
        graph = graph.subgraph(sorted(set(graph) & mentioned)).copy()
    palette = palette_for(store)
    highest = max((d["mention_count"] for _, d in graph.nodes(data=True)), default=0)
    nodes = [
        _concept_node(
            iri,
            data,
            palette,
            style.node_size(data["mention_count"], highest),
            lighten=0.35,
            link_for=link_for,
        )
        for iri, data in sorted(graph.nodes(data=True))
    ]
    top = max((d["count"] for *_, d in graph.edges(data=True)), default=1)
    edges = []
    for a, b, data in sorted(graph.edges(data=True)):
        label_a, label_b = graph.nodes[a]["label"], graph.nodes[b]["label"]
        edges.append(
            {
                "id": f"{a} {b}",
                "from": a,
                "to": b,
                "title": style.cooccurrence_tooltip(label_a, label_b, data["count"]),
                "color": {
                    "color": style.COOCCURRENCE_COLOUR,
                    "highlight": "#5c6670",
                    "hover": "#5c6670",
                    "opacity": 1.0,
                },
                "width": round(1 + 7 * (data["count"] / top) ** 0.7, 2),
                "arrows": {"to": {"enabled": False}},
                "relationKey": "coOccursWith",
                "count": data["count"],
            }
        )
    note = (
        "Co-occurrence, not assertion: a line means two concepts are mentioned in the same "
        "sentence. Line width: number of sentences. Node size: mentions."
    )
    if document:
        note += f" Limited to concepts mentioned in {document}."
    return ViewSpec(
        kind="cooccurrence",
        title="Co-occurrence network",
        subtitle=f"{graph.number_of_nodes()} concepts · "
        f"{graph.number_of_edges()} co-occurring pairs"
        + (f" (in at least {min_count} sentences)" if min_count > 1 else ""),
        nodes=nodes,
        edges=edges,
        categories=_category_entries(list(graph.nodes(data=True)), palette, lighten=0.35),
        relations=[
            {
                "key": "coOccursWith",
                "label": "co-occurs with (same sentence)",
                "colour": style.COOCCURRENCE_COLOUR,
                "count": len(edges),
                "dashed": False,
            }
        ],
        note=note,
        count_filter=bool(edges),
    )


CLAIM_KEYS = (
    ("contested", "contested (split line)"),
    ("positive", "positive claim"),
    ("negative", "negative claim"),
    ("neutral", "neutral claim (part of, plays role)"),
)


def claims_view(
    store: Any,
    *,
    contested_only: bool = False,
    concept: str | None = None,
    link_for: LinkFor | None = None,
) -> ViewSpec:
    """Claims across documents: a line per claim, coloured by its sign, and a contested claim
    as two lines curving apart, one in its own colour and one in the colour of what opposes it
    (the opposite sign, or dark for denials). A click shows both sides' sentences side by side.
    """
    from kg.claim_report import Names, claim_count, read_claims

    every = claim_count(store)
    entries = read_claims(store, concept=concept, contested=contested_only, limit=every)
    names = Names(store)
    table = kgn.concept_table(store)
    palette = palette_for(store)
    concepts = sorted({e.subject for e in entries} | {e.object for e in entries})
    highest = max((table[c]["centrality"] for c in concepts if c in table), default=0.0)
    nodes = []
    for iri in concepts:
        data = table.get(iri) or {"label": names.concept(iri), "centrality": 0.0}
        nodes.append(
            _concept_node(
                iri, data, palette, style.node_size(data["centrality"], highest), link_for=link_for
            )
        )
    edges: list[dict[str, Any]] = []
    keys: Counter[str] = Counter()
    pair_index: Counter[frozenset[str]] = Counter()
    for entry in entries:
        tooltip = _claim_tooltip(entry, names)
        pair = frozenset((entry.subject, entry.object))
        nth = pair_index[pair]
        pair_index[pair] += 1
        colour = style.SIGN_COLOURS.get(entry.sign, style.SIGN_COLOURS[0])
        common = {
            "from": entry.subject,
            "to": entry.object,
            "title": tooltip,
            "claim": entry.iri,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.7,
                              "type": "bar" if entry.sign < 0 else "arrow"}},
        }
        if entry.contested:
            keys["contested"] += 1
            opposed = any(e.side == "opposed" for e in entry.against)
            against = style.SIGN_COLOURS[-entry.sign] if opposed else style.DENIED_COLOUR
            roundness = 0.22 + 0.12 * nth
            for half, half_colour, curve, dashes in (
                ("for", colour, "curvedCW", False),
                ("against", against, "curvedCCW", False if opposed else style.HEDGED_DASHES),
            ):
                edges.append(
                    common
                    | {
                        "id": f"{entry.iri} {half}",
                        "half": half,
                        "color": _edge_colour(half_colour),
                        "width": 3.5,
                        "dashes": dashes,
                        "smooth": {"enabled": True, "type": curve, "roundness": roundness},
                        "relationKey": "contested",
                    }
                )
            continue
        key = entry.sign_word
        keys[key] += 1
        edge = common | {
            "id": entry.iri,
            "color": _edge_colour(colour),
            "width": style.edge_width(entry.firm + entry.hedged),
            "dashes": style.HEDGED_DASHES if entry.firm == 0 else False,
            "relationKey": key,
        }
        if nth:
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.18 * nth}
        edges.append(edge)
    relations = [
        {
            "key": key,
            "label": label,
            "colour": style.SIGN_COLOURS.get({"positive": 1, "negative": -1}.get(key, 0)),
            "count": keys[key],
            "total": keys[key],
            "dashed": False,
            "split": key == "contested",
        }
        for key, label in CLAIM_KEYS
        if keys[key]
    ]
    contested = keys["contested"]
    consensus = sum(1 for e in entries if e.consensus)
    about = f" about {names.concept(kgn.resolve_concept(store, concept))}" if concept else ""
    return ViewSpec(
        kind="claims",
        title=("Where the literature disagrees" if contested_only else "Claims across documents")
        + about,
        subtitle=f"{style.plural(len(entries), 'claim')} between "
        f"{style.plural(len(nodes), 'concept')} · {contested} contested (split lines) · "
        f"{consensus} consensus",
        nodes=nodes,
        edges=edges,
        categories=_category_entries(
            [(n["id"], {"category": n.get("category", "")}) for n in nodes], palette
        ),
        relations=relations,
        note="A claim is a pair of concepts and a sign. Contested: two documents take opposite "
        "positions. Click a line for the sentences on both sides.",
    )


def _edge_colour(colour: str) -> dict[str, Any]:
    return {"color": colour, "highlight": colour, "hover": colour, "opacity": 1.0}


def _claim_tooltip(entry: Any, names: Any) -> str:
    status = "contested" if entry.contested else "consensus" if entry.consensus else ""
    figures = (
        f"{entry.sign_word} claim ({entry.relations})"
        + (f" · {status}" if status else "")
        + f" · for: {entry.firm} firm, {entry.hedged} hedged"
        + f" · against: {entry.denied} denying, {entry.opposite} opposite"
        + " (documents)"
    )

    def items(evidence: list[Any]) -> list[tuple[str, str, str]]:
        return [(e.sentence, e.title or e.source, names.facts(e)) for e in evidence]

    return style.claim_tooltip(
        names.claim(entry),
        figures,
        [
            (f"For: {style.plural(len(entry.affirmed), 'statement')}", items(entry.affirmed)),
            (f"Against: {style.plural(len(entry.against), 'statement')}", items(entry.against)),
        ],
    )


SCHEME_COLOURS = ("#6c5ce7", "#00a3a3", "#d9480f", "#2b8a3e", "#c2255c")
ONTOLOGY_EDGES = {
    # relation: (legend label, colour, dashes, spring length)
    "subClassOf": ("is a kind of", "#adb5bd", False, 70),
    "broader": ("framework: part of", "#b9a8f0", [2, 4], 60),
    "exactMatch": ("framework: exact match", "#7048e8", False, 170),
    "closeMatch": ("framework: close match", "#7048e8", False, 170),
    "relatedMatch": ("framework: related match", "#9775fa", [5, 5], 200),
    "broadMatch": ("framework: broad match", "#9775fa", [5, 5], 200),
    "narrowMatch": ("framework: narrow match", "#9775fa", [5, 5], 200),
}


def _framework_tooltip(data: dict[str, Any]) -> str:
    code = f" ({data['notation']})" if data.get("notation") else ""
    parts = [
        f'<div class="tip-title">{escape(data["label"])}</div>',
        f'<div class="tip-kind">{escape(data["scheme_label"] + code)}</div>',
    ]
    if data.get("definition"):
        parts.append(f"<p>{escape(data['definition'])}</p>")
    return "".join(parts)


def ontology_view(store: Any, *, link_for: LinkFor | None = None) -> ViewSpec:
    """The class hierarchy as a tree of springs, framework items (boxes) tied to what they map."""
    graph = kgn.ontology_graph(store)
    palette = palette_for(store)
    schemes = sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "scheme")
    scheme_colour = {s: SCHEME_COLOURS[i % len(SCHEME_COLOURS)] for i, s in enumerate(schemes)}
    nodes, categories = [], Counter()
    for iri, data in sorted(graph.nodes(data=True)):
        kind = data.get("kind")
        if kind == "scheme":
            continue
        if kind == "framework":
            key = "scheme:" + data["scheme"]
            categories[key] += 1
            colour = style.shade(scheme_colour[data["scheme"]], 0.6)
            nodes.append(
                {
                    "id": iri,
                    "label": data["label"],
                    "shape": "box",
                    "margin": 5,
                    "title": _framework_tooltip(data),
                    "color": style.node_colour(colour),
                    "font": {"size": 12, "strokeWidth": 0},
                    "category": key,
                }
            )
        elif kind == "root":
            nodes.append(
                {
                    "id": iri,
                    "label": "concept",
                    "shape": "star",
                    "size": 24,
                    "color": style.node_colour("#343a40"),
                    "category": "",
                    "font": {"size": 18, "bold": True},
                    "title": '<div class="tip-title">hlkg:Concept</div>'
                    '<div class="tip-kind">the root of the concept hierarchy</div>',
                }
            )
        else:
            is_category = data["category"] == data["local_name"]
            categories[data.get("category", "")] += 1
            size = 22.0 if is_category else 10.0
            node = _concept_node(iri, data, palette, size, link_for=link_for)
            if is_category:
                node["font"] = {"size": 19, "bold": True}
            nodes.append(node)
    edges, relation_counts = [], Counter()
    for source, target, data in sorted(graph.edges(data=True)):
        relation = data["relation"]
        if relation not in ONTOLOGY_EDGES:
            continue
        label, colour, dashes, length = ONTOLOGY_EDGES[relation]
        relation_counts[relation] += 1
        says = "is a kind of" if relation == "subClassOf" else label.removeprefix("framework: ")
        edges.append(
            {
                "id": f"{source} {relation} {target}",
                "from": source,
                "to": target,
                "color": {
                    "color": colour,
                    "highlight": "#495057",
                    "hover": "#495057",
                    "opacity": 1.0,
                },
                "dashes": dashes,
                "arrows": {
                    "to": {"enabled": relation in {"subClassOf", "broader"}, "scaleFactor": 0.45}
                },
                "width": 1.3,
                "length": length,
                "relationKey": relation,
                "title": f'<div class="tip-title">{escape(graph.nodes[source]["label"])} '
                f"<em>{escape(says)}</em> {escape(graph.nodes[target]['label'])}</div>",
            }
        )
    category_entries = [
        {"key": key, "label": label, "colour": colour, "count": categories[key]}
        for key, (label, colour) in palette.items()
        if categories.get(key)
    ] + [
        {
            "key": "scheme:" + s,
            "label": graph.nodes[s]["label"],
            "colour": style.shade(scheme_colour[s], 0.6),
            "count": categories["scheme:" + s],
        }
        for s in schemes
    ]
    relations = [
        {
            "key": key,
            "label": ONTOLOGY_EDGES[key][0],
            "colour": ONTOLOGY_EDGES[key][1],
            "count": relation_counts[key],
            "dashed": bool(ONTOLOGY_EDGES[key][2]),
        }
        for key in ONTOLOGY_EDGES
        if relation_counts.get(key)
    ]
    classes = sum(1 for _, d in graph.nodes(data=True) if d.get("kind") == "class")
    items = sum(1 for _, d in graph.nodes(data=True) if d.get("kind") == "framework")
    return ViewSpec(
        kind="ontology",
        title="Ontology: concepts and frameworks",
        subtitle=f"{classes} concept classes · {len(schemes)} frameworks with {items} items",
        nodes=nodes,
        edges=edges,
        categories=category_entries,
        relations=relations,
        note="Grey lines: the class hierarchy, from each category out to its narrower concepts "
        "(Mintzberg's ten roles sit in his three groups). Boxes: items of the NHS leadership "
        "frameworks, tied by purple lines to the concepts they map to.",
    )
