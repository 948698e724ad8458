"""`hlkg site`: a static explorer of the graph, in plain HTML and CSS that work from file://.

Like what pyLODE or Ontospy write for an ontology (a page per concept with its definition,
synonyms and mappings), plus what only we have: the relations the corpus asserts, each with
the sentences and documents that back it, and the neighbourhood drawn as a graph.

Layout of OUTDIR:
    index.html            counts, the most central concepts, concepts by category, documents
    disagreements.html    where the literature disagrees: contested claims, both sides' evidence
    concepts/NAME.html    one page per concept (NAME: the IRI's local name)
    documents/ID.html     one page per document (ID: the last part of its IRI)
    views/*.html          the concept map, claims, co-occurrence and ontology views
    assets/               vis-network (from pyvis), our script and stylesheets
    .hlkg-site            marks the folder as ours, so a later run may replace it
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from kg import network as kgn
from kg.claim_report import Names, claim_count, read_claims
from kg.errors import HlkgError
from viz import style, views
from viz.render import (
    own_asset,
    render_template,
    render_view,
    vis_asset,
)

MARKER = ".hlkg-site"
TOP_CENTRAL = 15


def slug(name: str) -> str:
    """A file-name-safe form of a local name or document id (letters, digits, - _ .)."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")
    return cleaned or "item"


def _unique_slugs(iris: list[str]) -> dict[str, str]:
    """Slugs for IRIs; a clash (two IRIs, one local name) gets a short hash of the IRI."""
    by_slug: dict[str, list[str]] = defaultdict(list)
    for iri in sorted(iris):
        by_slug[slug(kgn.local_name(iri))].append(iri)
    result = {}
    for name, group in by_slug.items():
        for iri in group:
            suffix = "" if len(group) == 1 else "-" + hashlib.sha256(iri.encode()).hexdigest()[:8]
            result[iri] = name + suffix
    return result


def write_site(store: Any, outdir: Path) -> dict[str, int]:
    """Write the whole site next to OUTDIR, then swap it into place in one step."""
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise HlkgError(f"cannot write the site to {outdir}: it is a file")
    if outdir.is_dir() and any(outdir.iterdir()) and not (outdir / MARKER).exists():
        raise HlkgError(
            f"{outdir}/ exists and is not an hlkg site (no {MARKER}): choose a new or empty folder"
        )
    parent = outdir.resolve().parent
    if not parent.is_dir():
        raise HlkgError(f"cannot write the site to {outdir}: folder {parent} does not exist")
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.", dir=parent))
    except OSError as error:  # a read-only folder, say
        detail = " ".join(str(error).split())
        raise HlkgError(f"cannot write the site {outdir}/: {detail}") from error
    try:
        summary = _write_pages(store, staging)
        (staging / MARKER).write_text("written by `hlkg site`; safe to replace\n", encoding="utf-8")
        os.chmod(staging, 0o755)  # noqa: S103 - a web folder others may read, like mkdir's
        _swap_into_place(staging, outdir)
    except OSError as error:  # a full disk: one line; the previous site stays as it was
        shutil.rmtree(staging, ignore_errors=True)
        detail = " ".join(str(error).split())
        raise HlkgError(f"cannot write the site {outdir}/: {detail}") from error
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return summary


def _swap_into_place(staging: Path, outdir: Path) -> None:
    if outdir.exists():
        retired = outdir.with_name(f".{outdir.name}.old")
        shutil.rmtree(retired, ignore_errors=True)
        os.replace(outdir, retired)
        os.replace(staging, outdir)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.replace(staging, outdir)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def _write_pages(store: Any, root: Path) -> dict[str, int]:
    table = kgn.concept_table(store)
    docs = kgn.documents(store)
    mentions = kgn.document_mentions(store)
    # The statements are read once, for the whole graph and every document's page.
    graph, by_document = kgn.corpus_graphs(store, table, docs, mentions)
    cooccurrence = kgn.cooccurrence_graph(store)
    mappings = kgn.framework_mappings(store)
    hierarchy = kgn.ontology_graph(store)
    palette = views.palette_for(store)
    concept_slugs = _unique_slugs(list(table))
    doc_slugs: dict[str, str] = {}
    for doc in docs:
        name = slug(doc.identifier)
        doc_slugs[doc.iri] = (
            name
            if name not in doc_slugs.values()
            else (name + "-" + hashlib.sha256(doc.iri.encode()).hexdigest()[:8])
        )

    assets = root / "assets"
    assets.mkdir(parents=True)
    shutil.copyfile(vis_asset("vis-network.min.js"), assets / "vis-network.min.js")
    shutil.copyfile(vis_asset("vis-network.css"), assets / "vis-network.css")
    for name in ("view.js", "view.css", "site.css"):
        _write(assets / name, own_asset(name))

    def concept_href(prefix: str):
        return lambda iri: (
            f"{prefix}concepts/{concept_slugs[iri]}.html" if iri in concept_slugs else None
        )

    doc_by_iri = {d.iri: d for d in docs}
    common = {
        "doc_by_iri": doc_by_iri,
        "doc_slugs": doc_slugs,
        "concept_slugs": concept_slugs,
        "table": table,
    }

    # Views of the whole graph.
    full_views = {
        "concepts": views.concept_graph_spec(
            graph,
            palette,
            kind="concepts",
            title="Concept map",
            subtitle=views.summary(graph) + " · node size: centrality; colour: category",
            link_for=concept_href("../"),
            hide_isolated=True,
        ),
        "claims": views.claims_view(store, link_for=concept_href("../")),
        "cooccurrence": views.cooccurrence_view(store, link_for=concept_href("../")),
        "ontology": views.ontology_view(store, link_for=concept_href("../")),
    }
    for name, spec in full_views.items():
        _write(root / "views" / f"{name}.html", render_view(spec, assets_href="../assets"))

    # Concept pages.
    by_category: dict[str, list[dict[str, Any]]] = defaultdict(list)
    mapped: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in mappings:
        if row["concept"]:
            mapped[row["concept"]].append(row)
    for iri, concept in sorted(table.items()):
        by_category[concept["category"]].append(concept)
        outgoing = (
            [
                _relation_row(graph, s, o, d, o)
                for s, o, d in sorted(graph.out_edges(iri, data=True), key=_edge_key)
            ]
            if iri in graph
            else []
        )
        incoming = (
            [
                _relation_row(graph, s, o, d, s)
                for s, o, d in sorted(graph.in_edges(iri, data=True), key=_edge_key)
            ]
            if iri in graph
            else []
        )
        together = (
            sorted(
                (
                    (cooccurrence.nodes[n], cooccurrence.edges[iri, n]["count"])
                    for n in cooccurrence.neighbors(iri)
                ),
                key=lambda pair: (-pair[1], pair[0]["label"]),
            )
            if iri in cooccurrence
            else []
        )
        in_docs = sorted(
            (
                (doc_by_iri[d], counts[iri])
                for d, counts in mentions.items()
                if iri in counts and d in doc_by_iri
            ),
            key=lambda pair: (-pair[1], pair[0].source),
        )
        neighbourhood = None
        if iri in graph and graph.degree(iri):
            sub = kgn.neighbourhood(graph, iri, 1)
            spec = views.concept_graph_spec(
                sub,
                palette,
                kind="concept",
                title="Neighbourhood",
                subtitle=views.summary(sub),
                centre=iri,
                link_for=concept_href("../"),
            )
            neighbourhood = render_view(spec, assets_href="../assets", embedded=True)
        broader = sorted(
            (
                table[p]
                for _, p, d in hierarchy.out_edges(iri, data=True)
                if d["relation"] == "subClassOf" and p in table
            ),
            key=lambda c: c["label"].casefold(),
        )
        narrower = sorted(
            (
                table[c]
                for c, _, d in hierarchy.in_edges(iri, data=True)
                if d["relation"] == "subClassOf" and c in table
            ),
            key=lambda c: c["label"].casefold(),
        )
        page = render_template(
            "site-concept.html",
            broader=broader,
            narrower=narrower,
            root="../",
            concept=concept,
            category=palette.get(
                concept["category"], (concept["category_label"], style.NO_CATEGORY[2])
            ),
            outgoing=outgoing,
            incoming=incoming,
            together=together,
            documents=in_docs,
            mappings=mapped.get(iri, []),
            neighbourhood=neighbourhood,
            **common,
        )
        _write(root / "concepts" / f"{concept_slugs[iri]}.html", page)

    # Document pages.
    for doc in docs:
        sub = by_document[doc.iri]
        relations = [
            _relation_row(sub, s, o, d, o)
            for s, o, d in sorted(sub.edges(data=True), key=_edge_key)
        ]
        for row in relations:
            row["evidence"] = [e for e in row["evidence"] if e.document == doc.iri]
        concepts = sorted(
            ((table[c], n) for c, n in mentions.get(doc.iri, {}).items() if c in table),
            key=lambda pair: (-pair[1], pair[0]["label"]),
        )
        spec = views.concept_graph_spec(
            sub,
            palette,
            kind="document",
            title="What this document relates",
            subtitle=views.summary(sub),
            link_for=concept_href("../"),
            hide_isolated=True,
        )
        view_html = (
            render_view(spec, assets_href="../assets", embedded=True)
            if sub.number_of_edges()
            else None
        )
        page = render_template(
            "site-document.html",
            root="../",
            doc=doc,
            concepts=concepts,
            relations=relations,
            neighbourhood=view_html,
            **common,
        )
        _write(root / "documents" / f"{doc_slugs[doc.iri]}.html", page)

    # Where the literature disagrees.
    names = Names(store)
    contested = read_claims(store, contested=True, limit=claim_count(store))
    _write(
        root / "disagreements.html",
        render_template(
            "site-disagreements.html",
            root="",
            entries=contested,
            names=names,
            colours=style.SIGN_COLOURS,
            **common,
        ),
    )

    # The index.
    central = sorted(
        (c for c in table.values() if c["centrality"] > 0),
        key=lambda c: (-c["centrality"], c["label"]),
    )[:TOP_CENTRAL]
    if not central:
        central = sorted(table.values(), key=lambda c: (-c["mention_count"], c["label"]))[
            :TOP_CENTRAL
        ]
    highest = max((c["centrality"] for c in central), default=0.0) or 1.0
    statements = sum(d["evidence_count"] for *_, d in graph.edges(data=True))
    categories = [
        {
            "key": key,
            "label": label,
            "colour": colour,
            "concepts": sorted(by_category.get(key, []), key=lambda c: c["label"].casefold()),
        }
        for key, (label, colour) in palette.items()
    ]
    if by_category.get(""):
        categories.append(
            {
                "key": "",
                "label": "other",
                "colour": style.NO_CATEGORY[2],
                "concepts": sorted(by_category[""], key=lambda c: c["label"].casefold()),
            }
        )
    schemes: dict[str, dict[str, Any]] = {}
    for row in mappings:
        scheme = schemes.setdefault(row["scheme"], {"label": row["scheme_label"], "items": {}})
        item = scheme["items"].setdefault(row["item"], {"label": row["item_label"], "concepts": []})
        if row["concept"] and row["concept"] in table:
            item["concepts"].append((row["match"], table[row["concept"]]))
    figures = {
        "concepts in the ontology": len(table),
        "concepts found in the texts": sum(1 for c in table.values() if c["mention_count"]),
        "documents": len(docs),
        "asserted relations": graph.number_of_edges(),
        "evidence statements": statements,
        "co-occurring pairs": cooccurrence.number_of_edges(),
        "contested claims": len(contested),
    }
    _write(
        root / "index.html",
        render_template(
            "site-index.html",
            root="",
            figures=figures,
            central=central,
            highest=highest,
            categories=categories,
            documents=docs,
            mentions=mentions,
            schemes=schemes,
            **common,
        ),
    )
    return {"concepts": len(table), "documents": len(docs), "views": len(full_views)}


def _edge_key(edge: tuple[str, str, dict[str, Any]]) -> tuple[str, str, str]:
    return edge[0], edge[1], edge[2]["predicate"]


def _relation_row(graph: Any, subject: str, obj: str, data: dict[str, Any], other: str):
    base = kgn.local_name(data["base"]) if data["base"] else ""
    return {
        "subject": graph.nodes[subject],
        "object": graph.nodes[obj],
        "other": graph.nodes[other],
        "label": data["predicate_label"],
        "colour": style.relation_colour(base, data["sign"]),
        "sign": style.sign_word(data["sign"]),
        "confidence": data["confidence"],
        "hedged": data["hedged"],
        "evidence": list(data["evidence"]),
    }
