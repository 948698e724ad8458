"""The concept graph as networkx graphs, read from the built store.

Views, the static site and the GraphML/GEXF export all draw the same picture of the corpus: the
concepts (nodes, with their annotations and corpus figures) and the relations the texts assert
between them (edges, each carrying its evidence sentences). Building that picture once, here,
keeps them in agreement. The SPARQL lives in `kg/network_sparql/*.rq`.

Node attributes: iri, local_name, label, category (the upper category's local name),
category_label, definition, source (all its sources joined by "; "), sources (list), synonyms
(list), mention_count, document_count, centrality.
Edge attributes (one edge per subject, relation property and object; key = the property's IRI):
predicate, predicate_label, base (the ancestor property that carries the sign), base_label,
sign (1, -1 or 0), confidence (the highest of its statements), hedged (every statement hedged),
evidence (list of Evidence), evidence_count. `flatten_for_export` turns the lists into strings
for GraphML and GEXF.
"""

from __future__ import annotations

import difflib
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from kg.errors import HlkgError
from kg.namespaces import HLKG, PREFIXES, local_name

if TYPE_CHECKING:
    import networkx as nx

_SPARQL_DIR = Path(__file__).resolve().parent / "network_sparql"
RELATED_TO = HLKG + "relatedTo"
CONCEPT = HLKG + "Concept"


class Evidence(NamedTuple):
    """One sentence that asserts a relation, and where it comes from."""

    sentence: str
    title: str
    source: str
    document: str
    """The document's IRI."""


@dataclass(frozen=True, slots=True)
class RelationProperty:
    iri: str
    label: str
    base: str
    """The nearest property up the rdfs:subPropertyOf chain (itself included) carrying hlkg:sign."""
    base_label: str
    sign: int


@dataclass(frozen=True, slots=True)
class Document:
    iri: str
    title: str
    source: str

    @property
    def identifier(self) -> str:
        """The last part of the document's IRI: stable, and safe in a file name once quoted."""
        return self.iri.rstrip("/").rsplit("/", 1)[-1]


# --- reading the store ---------------------------------------------------------------------


@cache
def _query_text(name: str) -> str:
    return (_SPARQL_DIR / f"{name}.rq").read_text(encoding="utf-8")


def _select(store: Any, name: str) -> Iterator[dict[str, Any]]:
    """Run a named query over the union of all graphs; yield rows of Python values."""
    solutions = store.query(_query_text(name), prefixes=PREFIXES, use_default_graph_as_union=True)
    variables = [variable.value for variable in solutions.variables]
    for solution in solutions:
        yield {name: python_value(solution[name]) for name in variables}


def python_value(term: Any) -> Any:
    """An RDF term as a plain Python value (IRIs and strings as str, numbers, booleans)."""
    if term is None:
        return None
    value = term.value
    datatype = getattr(term, "datatype", None)
    if datatype is None:
        return value
    kind = datatype.value.rsplit("#", 1)[-1]
    try:
        if kind in {"integer", "int", "long", "nonNegativeInteger", "positiveInteger", "short"}:
            return int(value)
        if kind in {"decimal", "double", "float"}:
            return float(value)
        if kind == "boolean":
            return value in {"true", "1"}
    except ValueError:
        return value
    return value


def statement_rows(store: Any) -> Iterator[dict[str, Any]]:
    """Every statement with its flags (holders: the attributedTo IRIs, space-separated), its
    sentence (`sentence` the node, `text` its words) and its document."""
    return _select(store, "statements")


def _first(values: Iterable[Any]) -> Any:
    """The smallest of the non-empty values: picks one label deterministically."""
    present = sorted(v for v in values if v not in (None, ""))
    return present[0] if present else None


def concept_table(store: Any) -> dict[str, dict[str, Any]]:
    """Every concept of the ontology with its annotations and figures, keyed by IRI."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _select(store, "concepts"):
        rows[row["concept"]].append(row)
    synonyms: dict[str, set[str]] = defaultdict(set)
    for row in _select(store, "synonyms"):
        synonyms[row["concept"]].add(row["synonym"])
    categories = concept_categories(store)
    sources = {
        iri: sorted({str(r["source"]) for r in group if r["source"]}) for iri, group in rows.items()
    }
    table: dict[str, dict[str, Any]] = {}
    for iri in sorted(rows):
        group = rows[iri]
        name = local_name(iri)
        label = _first(r["prefLabel"] for r in group) or _first(r["label"] for r in group) or name
        category, category_label = categories.get(iri, ("", ""))
        table[iri] = {
            "iri": iri,
            "local_name": name,
            "label": str(label),
            "category": category,
            "category_label": category_label,
            "definition": str(_first(r["definition"] for r in group) or ""),
            "source": "; ".join(sources[iri]),
            "sources": sources[iri],
            "synonyms": sorted(synonyms.get(iri, set()) - {label}),
            "mention_count": int(_first(r["mentions"] for r in group) or 0),
            "document_count": int(_first(r["documents"] for r in group) or 0),
            "centrality": float(_first(r["centrality"] for r in group) or 0.0),
        }
    return table


def upper_categories(store: Any) -> list[tuple[str, str]]:
    """The direct subclasses of hlkg:Concept as (local name, label), in name order."""
    found = {
        row["category"]: row["categoryLabel"] or local_name(row["category"])
        for row in _select(store, "categories")
    }
    return sorted((local_name(iri), str(label)) for iri, label in found.items())


def concept_categories(store: Any) -> dict[str, tuple[str, str]]:
    """Each concept's upper category as (local name, label).

    A concept under two categories gets the one whose name sorts first, so colours are stable.
    """
    choices: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for row in _select(store, "categories"):
        label = row["categoryLabel"] or local_name(row["category"])
        choices[row["concept"]].add((local_name(row["category"]), str(label)))
    return {concept: min(options) for concept, options in choices.items()}


def relation_properties(store: Any) -> dict[str, RelationProperty]:
    """hlkg:relatedTo and its sub-properties, each with the sign found up its ancestry."""
    labels: dict[str, str] = {}
    parents: dict[str, set[str]] = defaultdict(set)
    signs: dict[str, int] = {}
    for row in _select(store, "relation-properties"):
        iri = row["property"]
        if row["label"] and (iri not in labels or str(row["label"]) < labels[iri]):
            labels[iri] = str(row["label"])
        if row["parent"]:
            parents[iri].add(row["parent"])
        if row["sign"] is not None:
            signs[iri] = 1 if float(row["sign"]) > 0 else -1 if float(row["sign"]) < 0 else 0
        parents.setdefault(iri, set())
    properties = {}
    for iri in sorted(parents):
        base = _nearest_signed(iri, parents, signs)
        properties[iri] = RelationProperty(
            iri=iri,
            label=labels.get(iri, local_name(iri)),
            base=base or "",
            base_label=labels.get(base, local_name(base)) if base else "",
            sign=signs.get(base, 0) if base else 0,
        )
    return properties


def _nearest_signed(iri: str, parents: dict[str, set[str]], signs: dict[str, int]) -> str | None:
    """Breadth-first up rdfs:subPropertyOf: the closest property with an hlkg:sign."""
    frontier, seen = [iri], {iri}
    while frontier:
        signed = sorted(p for p in frontier if p in signs)
        if signed:
            return signed[0]
        upward = sorted({q for p in frontier for q in parents.get(p, ()) if q not in seen})
        seen.update(upward)
        frontier = upward
    return None


def documents(store: Any) -> list[Document]:
    """The corpus's documents, ordered by file name."""
    found: dict[str, Document] = {}
    for row in _select(store, "documents"):
        iri = row["document"]
        title = str(row["title"] or "")
        source = str(row["source"] or "")
        if iri in found:
            title = min(filter(None, (title, found[iri].title)), default="")
            source = min(filter(None, (source, found[iri].source)), default="")
        found[iri] = Document(iri, title, source)
    return sorted(found.values(), key=lambda d: (d.source, d.title, d.iri))


def document_mentions(store: Any) -> dict[str, dict[str, int]]:
    """For each document IRI, the concepts it mentions and in how many of its sentences."""
    result: dict[str, dict[str, int]] = defaultdict(dict)
    for row in _select(store, "document-mentions"):
        result[row["document"]][row["concept"]] = int(row["sentences"])
    return dict(result)


# --- finding things by the names people type --------------------------------------------------


def resolve_concept(store: Any, name: str, table: dict[str, dict[str, Any]] | None = None) -> str:
    """The IRI of the concept called `name` (a label, synonym, local name or IRI).

    Raises HlkgError (exit 2) naming the closest matches when nothing fits.
    """
    table = table if table is not None else concept_table(store)
    wanted = " ".join(name.split()).casefold()
    names: dict[str, str] = {}
    for iri, concept in sorted(table.items()):
        for candidate in (iri, concept["local_name"], concept["label"], *concept["synonyms"]):
            names.setdefault(" ".join(str(candidate).split()).casefold(), iri)
    if wanted in names:
        return names[wanted]
    shown = {c["label"].casefold(): c["label"] for c in table.values()}
    shown.update({c["local_name"].casefold(): c["local_name"] for c in table.values()})
    close = difflib.get_close_matches(wanted, sorted(shown), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(repr(shown[c]) for c in close)}?" if close else ""
    raise HlkgError(f"unknown concept {name!r}{hint}", 2)


def resolve_document(store: Any, name: str) -> Document:
    """The document called `name`: its IRI, id, file name (with or without folder) or title."""
    docs = documents(store)
    wanted = name.strip().casefold()
    for doc in docs:
        keys = {
            doc.iri,
            doc.identifier,
            doc.source,
            Path(doc.source).name,
            Path(doc.source).stem,
            doc.title,
        }
        if wanted in {k.casefold() for k in keys if k}:
            return doc
    choices = sorted({Path(d.source).name or d.identifier for d in docs})
    close = difflib.get_close_matches(name, choices, n=3, cutoff=0.4)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    known = "" if hint else f"; the graph holds {', '.join(repr(c) for c in choices[:5]) or 'none'}"
    raise HlkgError(f"unknown document {name!r}{hint}{known}", 2)


def resolve_relation(store: Any, name: str) -> set[str]:
    """The relation property called `name` (label, local name or IRI) and its sub-properties."""
    properties = relation_properties(store)
    wanted = " ".join(name.split()).casefold()
    chosen = next(
        (
            iri
            for iri, prop in sorted(properties.items())
            if wanted in {iri.casefold(), local_name(iri).casefold(), prop.label.casefold()}
        ),
        None,
    )
    if chosen is None:
        choices = sorted(local_name(iri) for iri in properties)
        close = difflib.get_close_matches(name, choices, n=3, cutoff=0.4)
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise HlkgError(f"unknown relation {name!r}{hint} (known: {', '.join(choices)})", 2)
    children: dict[str, set[str]] = defaultdict(set)
    for row in _select(store, "relation-properties"):
        if row["parent"]:
            children[row["parent"]].add(row["property"])
    found, frontier = {chosen}, [chosen]
    while frontier:
        frontier = [c for p in frontier for c in children.get(p, ()) if c not in found]
        found.update(frontier)
    return found


# --- the graphs ------------------------------------------------------------------------------


def concept_graph(
    store: Any,
    *,
    relation: str | None = None,
    min_confidence: float = 0.0,
    document: str | None = None,
    include_unrelated: bool = True,
) -> nx.MultiDiGraph:
    """The concepts and the relations the corpus asserts between them (negated claims left out).

    `relation` keeps one relation property and its sub-properties (a name or IRI);
    `min_confidence` drops statements below it; `document` (a name or IRI) keeps what one
    document says. With `include_unrelated`, concepts mentioned in scope but in no relation
    stay as lone nodes.
    """
    table = concept_table(store)
    properties = relation_properties(store)
    wanted_relations = resolve_relation(store, relation) if relation else None
    doc = resolve_document(store, document) if document else None
    rows = _asserted_rows(store, table, properties, wanted_relations, min_confidence)
    if doc is not None:
        rows = [row for row in rows if row["document"] == doc.iri]
    scope: set[str] = set()
    if include_unrelated:
        if doc is not None:
            scope = set(document_mentions(store).get(doc.iri, {}))
        else:
            scope = _mentioned(table, document_mentions(store))
    return _assemble(table, properties, rows, scope)


def _mentioned(table: dict[str, dict[str, Any]], mentions: dict[str, dict[str, int]]) -> set[str]:
    """The concepts the corpus mentions: the lone nodes of the whole concept graph."""
    scope = {iri for iri, c in table.items() if c["mention_count"] > 0}
    return scope | {c for counts in mentions.values() for c in counts}


def document_graphs(store: Any) -> dict[str, nx.MultiDiGraph]:
    """For each document's IRI, what `concept_graph(store, document=IRI)` gives, reading the
    store once for all of them: the statements are grouped by document in one pass, so a
    site's document pages cost one read of the statements, not one per document."""
    table, docs, mentions = concept_table(store), documents(store), document_mentions(store)
    return corpus_graphs(store, table, docs, mentions)[1]


def corpus_graphs(
    store: Any,
    table: dict[str, dict[str, Any]],
    docs: list[Document],
    mentions: dict[str, dict[str, int]],
) -> tuple[nx.MultiDiGraph, dict[str, nx.MultiDiGraph]]:
    """`concept_graph(store)` and `document_graphs(store)` from one read of the statements,
    given the store's concept_table, documents and document_mentions (a site reads those
    anyway: on a large corpus each read of the statements or the mentions takes seconds)."""
    properties = relation_properties(store)
    rows = _asserted_rows(store, table, properties, None, 0.0)
    by_document: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_document[row["document"]].append(row)
    whole = _assemble(table, properties, rows, _mentioned(table, mentions))
    return whole, {
        doc.iri: _assemble(
            table, properties, by_document.get(doc.iri, []), set(mentions.get(doc.iri, {}))
        )
        for doc in docs
    }


def _asserted_rows(
    store: Any,
    table: dict[str, dict[str, Any]],
    properties: dict[str, RelationProperty],
    wanted_relations: set[str] | None,
    min_confidence: float,
) -> list[dict[str, Any]]:
    """The statements a concept graph draws: neither negated nor rejected, a known relation
    property between known concepts, confident enough; `confidence` made a float (1.0 when
    absent)."""
    rows = []
    for row in statement_rows(store):
        predicate = row["predicate"]
        if row["negated"] is True or row["rejected"] is True or predicate not in properties:
            continue
        if wanted_relations is not None and predicate not in wanted_relations:
            continue
        confidence = row["confidence"]
        confidence = float(confidence) if confidence is not None else 1.0
        if confidence < min_confidence:
            continue
        if row["subject"] not in table or row["object"] not in table:
            continue
        rows.append(row | {"confidence": confidence})
    return rows


def _assemble(
    table: dict[str, dict[str, Any]],
    properties: dict[str, RelationProperty],
    rows: list[dict[str, Any]],
    scope: set[str],
) -> nx.MultiDiGraph:
    """The graph of `rows` (one edge per subject, property and object), plus the concepts of
    `scope` as lone nodes where they take part in no relation."""
    import networkx as nx

    graph = nx.MultiDiGraph()
    graph.graph["kind"] = "concepts"
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[(row["subject"], row["predicate"], row["object"])].append(row)
    for iri in sorted(scope & set(table)):
        graph.add_node(iri, **table[iri])
    for (subject, predicate, obj), group in sorted(grouped.items()):
        for iri in (subject, obj):
            if iri not in graph:
                graph.add_node(iri, **table[iri])
        prop = properties[predicate]
        evidence = sorted(
            {
                Evidence(
                    str(r["text"] or ""),
                    str(r["title"] or ""),
                    str(r["source"] or ""),
                    str(r["document"] or ""),
                )
                for r in group
            }
        )
        graph.add_edge(
            subject,
            obj,
            key=predicate,
            predicate=predicate,
            predicate_label=prop.label,
            base=prop.base,
            base_label=prop.base_label,
            sign=prop.sign,
            confidence=round(max(r["confidence"] for r in group), 4),
            hedged=all(r["hedged"] is True for r in group),
            evidence=evidence,
            evidence_count=len({r["statement"] for r in group}),
        )
    _fill_centrality(graph)
    return graph


def _fill_centrality(graph: nx.MultiDiGraph) -> None:
    """Use PageRank over this graph where the store holds no centrality (a hand-made graph)."""
    import networkx as nx

    if graph.number_of_nodes() == 0 or any(d["centrality"] > 0 for _, d in graph.nodes(data=True)):
        return
    ranks = nx.pagerank(nx.DiGraph(graph)) if graph.number_of_edges() else {}
    for node, data in graph.nodes(data=True):
        data["centrality"] = round(ranks.get(node, 0.0), 6)


def cooccurrence_graph(store: Any, min_count: int = 1) -> nx.Graph:
    """Concepts linked when they are mentioned in the same sentences (edge attr `count`).

    Co-occurrence is not an asserted relation; the graph says so in graph["kind"].
    """
    import networkx as nx

    table = concept_table(store)
    graph = nx.Graph()
    graph.graph["kind"] = "cooccurrence"
    for row in sorted(_select(store, "cooccurrence"), key=lambda r: (r["a"], r["b"])):
        count = int(row["count"])
        if count < min_count or row["a"] not in table or row["b"] not in table:
            continue
        for iri in (row["a"], row["b"]):
            if iri not in graph:
                graph.add_node(iri, **table[iri])
        graph.add_edge(row["a"], row["b"], count=count, relation="co-occurs with")
    return graph


def neighbourhood(graph: nx.MultiDiGraph, concept: str, depth: int = 1) -> nx.MultiDiGraph:
    """The concepts within `depth` relations of `concept`, either direction, and their edges."""
    import networkx as nx

    if concept not in graph:
        return graph.subgraph([]).copy()
    reach = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), concept, depth)
    sub = graph.subgraph(sorted(reach)).copy()
    sub.graph["centre"] = concept
    return sub


def framework_items(store: Any) -> dict[str, dict[str, str]]:
    """The items of framework schemes, keyed by IRI: scheme, scheme_label, label, notation,
    definition and broader (the parent item's IRI, or "")."""
    items: dict[str, dict[str, str]] = {}
    for row in sorted(_select(store, "framework-items"), key=lambda r: sorted(map(str, r.items()))):
        iri = row["item"]
        item = items.setdefault(iri, {"iri": iri, "scheme": row["scheme"]})
        for key, value in (
            ("scheme_label", row["schemeLabel"] or local_name(row["scheme"])),
            ("label", row["itemLabel"] or local_name(iri)),
            ("notation", row["notation"] or ""),
            ("definition", row["definition"] or ""),
            ("broader", row["broader"] or ""),
        ):
            if not item.get(key):
                item[key] = str(value)
    return dict(sorted(items.items()))


def framework_mappings(store: Any) -> list[dict[str, str]]:
    """Framework items and the concepts they map to, one row per mapping.

    Rows carry the item's fields (see framework_items) as scheme, scheme_label, item,
    item_label, notation, definition, plus match (the SKOS property's local name), concept,
    comment and source (the mapping axiom's rationale and source, or ""). An item that maps
    to nothing gives one row with empty match and concept.
    """
    items = framework_items(store)
    found: dict[tuple[str, str, str], dict[str, str]] = {}
    for row in _select(store, "framework-mappings"):
        key = (row["item"], local_name(row["match"]), row["concept"])
        mapping = found.setdefault(key, {"comment": "", "source": ""})
        for field in ("comment", "source"):
            if row[field] and (not mapping[field] or str(row[field]) < mapping[field]):
                mapping[field] = str(row[field])
    def item_fields(iri: str) -> dict[str, str]:
        item = items[iri]
        return {
            "scheme": item["scheme"],
            "scheme_label": item["scheme_label"],
            "item": iri,
            "item_label": item["label"],
            "notation": item["notation"],
            "definition": item["definition"],
        }

    unmapped = {"match": "", "concept": "", "comment": "", "source": ""}
    rows = []
    mapped = {item for item, _, _ in found}
    for iri in items:
        if iri not in mapped:
            rows.append(item_fields(iri) | unmapped)
    for (iri, match, concept), mapping in sorted(found.items()):
        if iri in items:
            rows.append({**item_fields(iri), "match": match, "concept": concept, **mapping})
    return sorted(rows, key=lambda r: (r["scheme_label"], r["notation"], r["item"], r["concept"]))


def ontology_graph(store: Any) -> nx.DiGraph:
    """The class hierarchy (edges child -> parent, `relation`="subClassOf") plus framework items
    linked to the concepts they map to (`relation` = the SKOS match property)."""
    import networkx as nx

    table = concept_table(store)
    graph = nx.DiGraph()
    graph.graph["kind"] = "ontology"
    graph.add_node(
        CONCEPT,
        iri=CONCEPT,
        local_name="Concept",
        label="concept",
        category="",
        category_label="",
        definition="",
        source="",
        sources=[],
        synonyms=[],
        mention_count=0,
        document_count=0,
        centrality=0.0,
        kind="root",
    )
    for iri in sorted(table):
        graph.add_node(iri, **table[iri], kind="class")
    for row in sorted(_select(store, "hierarchy"), key=lambda r: (r["child"], r["parent"])):
        if row["child"] in graph and row["parent"] in graph:
            graph.add_edge(row["child"], row["parent"], relation="subClassOf")
    items = framework_items(store)
    for iri, item in items.items():
        scheme = item["scheme"]
        if scheme not in graph:
            graph.add_node(
                scheme,
                iri=scheme,
                local_name=local_name(scheme),
                label=item["scheme_label"],
                kind="scheme",
            )
        graph.add_node(
            iri,
            iri=iri,
            local_name=local_name(iri),
            label=item["label"],
            scheme=scheme,
            scheme_label=item["scheme_label"],
            notation=item["notation"],
            definition=item["definition"],
            kind="framework",
        )
        graph.add_edge(iri, scheme, relation="inScheme")
    for iri, item in items.items():
        if item["broader"] in items:
            graph.add_edge(iri, item["broader"], relation="broader")
    for mapping in framework_mappings(store):
        if mapping["concept"] in graph and mapping["match"]:
            graph.add_edge(mapping["item"], mapping["concept"], relation=mapping["match"])
    return graph


def flatten_for_export(graph: nx.Graph) -> nx.Graph:
    """A copy whose attributes are all str, int, float or bool, as GraphML and GEXF need.

    Lists of synonyms become one "; "-joined string; evidence becomes a JSON array of
    {sentence, title, source} objects; None becomes "".
    """
    flat = graph.copy()
    for _, data in flat.nodes(data=True):
        _flatten(data)
    for *_, data in flat.edges(data=True):
        _flatten(data)
    flat.graph = {k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float, bool))}
    return flat


def _flatten(data: dict[str, Any]) -> None:
    for key, value in list(data.items()):
        if value is None:
            data[key] = ""
        elif key == "evidence":
            data[key] = json.dumps(
                [{"sentence": e.sentence, "title": e.title, "source": e.source} for e in value],
                ensure_ascii=False,
            )
        elif isinstance(value, (list, tuple, set)):
            data[key] = "; ".join(str(v) for v in value)
