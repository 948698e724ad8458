"""Turn a prepared view (nodes, edges, legend) into one self-contained HTML page.

pyvis builds the network (nodes, edges, options); the page itself comes from our own template,
not pyvis's, because pyvis's links Bootstrap and vis-network from CDNs. vis-network's script
and stylesheet are inlined from the copies bundled in the pyvis package, so the page makes no
request at all and opens from file:// with no network.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import HlkgError

TEMPLATES = Path(__file__).resolve().parent / "templates"
LAYOUT_SEED = 20260501
"""vis-network's layout.randomSeed: the same graph always settles into the same picture."""
LARGE = 400
"""Above this many nodes, start from a rough placement and settle in fewer physics steps."""
LABEL_FLOOR_PX = 12
"""The smallest size, in screen pixels, the page lets a node's label shrink to when the graph
is zoomed out (at the initial fit, say): vis-network scales text with the zoom, so a picture
of a hundred nodes fitted into a window would otherwise show 3-pixel labels."""


@dataclass
class ViewSpec:
    """Everything a page shows: vis node and edge dicts plus the words around them."""

    kind: str
    title: str
    subtitle: str
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    categories: list[dict[str, Any]] = field(default_factory=list)
    """Legend and filter entries for nodes: {key, label, colour, count}."""
    relations: list[dict[str, Any]] = field(default_factory=list)
    """Legend and filter entries for edges: {key, label, colour, sign, count}."""
    note: str = ""
    centre: str | None = None
    hierarchical: bool = False
    confidence_filter: bool = False
    count_filter: bool = False
    hide_isolated: bool = False
    """Start with concepts that take part in no relation hidden (the page has a toggle)."""


def vis_asset(name: str) -> Path:
    """A file of the vis-network release bundled with pyvis (we ship no copy of our own)."""
    import pyvis

    path = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2" / name
    if not path.is_file():
        raise HlkgError(f"vis-network's {name} is missing from the pyvis installation ({path})")
    return path


@cache
def _asset_text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def own_asset(name: str) -> str:
    return _asset_text(TEMPLATES / name)


@cache
def _environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=jinja2.select_autoescape(["html"]),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def render_template(name: str, **context: Any) -> str:
    return _environment().get_template(name).render(**context)


def vis_options(spec: ViewSpec) -> dict[str, Any]:
    """Physics that settles the layout and then stops, seeded so it is the same every time."""
    count = len(spec.nodes)
    if spec.hide_isolated:
        count = len({edge["from"] for edge in spec.edges} | {edge["to"] for edge in spec.edges})
    big = count > LARGE
    # Labels stay legible once the whole graph is fitted into the window.
    font_size = 15 if count <= 20 else 19 if count <= 150 else 14
    options: dict[str, Any] = {
        "autoResize": True,
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": count <= 150},
        "nodes": {
            "shape": "dot",
            "borderWidth": 1.5,
            "font": {
                "face": "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
                "size": font_size,
                "color": "#1f2933",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
            },
            "scaling": {"label": {"enabled": False}},
        },
        "edges": {
            "smooth": {"enabled": not big, "type": "dynamic"},
            "color": {"inherit": False},
            "font": {"size": 13, "color": "#495057", "strokeWidth": 4, "align": "middle"},
            "selectionWidth": 1.5,
            "hoverWidth": 1.2,
        },
        "interaction": {
            "hover": not big,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "multiselect": False,
        },
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -90 if not big else -45,
                "centralGravity": 0.012,
                "springLength": 130 if not big else 60,
                "springConstant": 0.06,
                "damping": 0.5,
                "avoidOverlap": 0.35 if not big else 0.0,
                "theta": 0.5 if not big else 0.9,
            },
            "maxVelocity": 60,
            "minVelocity": 1.0,
            "stabilization": {
                "enabled": True,
                "iterations": 400 if count <= 60 else 250 if count <= LARGE else 60,
                "updateInterval": 25,
                "fit": True,
            },
        },
    }
    if spec.hierarchical:
        options["layout"]["hierarchical"] = {
            "enabled": True,
            "direction": "LR",
            "sortMethod": "directed",
            "shakeTowards": "leaves",
            "levelSeparation": 230,
            "nodeSpacing": 34,
        }
        options["physics"]["solver"] = "hierarchicalRepulsion"
        options["physics"]["hierarchicalRepulsion"] = {"nodeDistance": 60, "avoidOverlap": 0.6}
        options["edges"]["smooth"] = {
            "enabled": True,
            "type": "cubicBezier",
            "forceDirection": "horizontal",
            "roundness": 0.4,
        }
    return options


def label_floor(spec: ViewSpec) -> int:
    """LABEL_FLOOR_PX, or 0 (labels shrink with the zoom, as vis-network draws them) for large
    graphs, where thousands of legible labels would bury the picture and slow every redraw."""
    return LABEL_FLOOR_PX if len(spec.nodes) <= LARGE else 0


def rough_positions(nodes: list[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    """A cheap, seeded starting layout for large graphs: one sector of a disc per category,
    central concepts nearer the middle. Physics then only has to polish it, which takes a
    fraction of the steps that settling from vis-network's random start needs."""
    import math
    import random

    rng = random.Random(LAYOUT_SEED)  # noqa: S311 - a layout, not a secret
    categories = sorted({str(node.get("category", "")) for node in nodes})
    largest = max((float(node.get("size", 1)) for node in nodes), default=1.0)
    radius = 40 * math.sqrt(len(nodes))
    positions = {}
    for node in sorted(nodes, key=lambda n: str(n["id"])):
        sector = categories.index(str(node.get("category", "")))
        angle = 2 * math.pi * (sector + 0.1 + 0.8 * rng.random()) / len(categories)
        reach = (
            radius
            * (0.15 + 0.85 * math.sqrt(rng.random()))
            * (1.2 - float(node.get("size", 1)) / largest / 2)
        )
        positions[node["id"]] = (
            round(reach * math.cos(angle), 1),
            round(reach * math.sin(angle), 1),
        )
    return positions


def build_network(spec: ViewSpec):
    """The pyvis Network for a view: pyvis keeps the node and edge dicts vis-network reads."""
    from pyvis.network import Network

    net = Network(directed=True, height="100%", width="100%", heading=spec.title)
    start = rough_positions(spec.nodes) if len(spec.nodes) > LARGE and not spec.hierarchical else {}
    for node in spec.nodes:
        attrs = {k: v for k, v in node.items() if k not in {"id", "label"}}
        if node["id"] in start:
            attrs["x"], attrs["y"] = start[node["id"]]
        net.add_node(node["id"], label=node["label"], **attrs)
    for edge in spec.edges:
        attrs = {k: v for k, v in edge.items() if k not in {"from", "to"}}
        net.add_edge(edge["from"], edge["to"], **attrs)
    net.options = vis_options(spec)
    return net


def render_view(spec: ViewSpec, *, assets_href: str | None = None, embedded: bool = False) -> str:
    """The HTML page of a view.

    With `assets_href` (the static site), vis-network and our script are linked from that
    folder instead of inlined; `embedded` renders only the network panel for a site page.
    """
    net = build_network(spec)
    nodes, edges, _heading, _height, _width, _options = net.get_network_data()
    data = {
        "kind": spec.kind,
        "nodes": nodes,
        "edges": edges,
        "options": net.options,
        "categories": spec.categories,
        "relations": spec.relations,
        "centre": spec.centre,
        "confidenceFilter": spec.confidence_filter,
        "countFilter": spec.count_filter,
        "hideIsolated": spec.hide_isolated,
        "labelFloor": label_floor(spec),
    }
    context = {
        "spec": spec,
        "data": data,
        "labels": sorted({n["label"] for n in spec.nodes}, key=str.casefold),
        "assets_href": assets_href,
        "embedded": embedded,
    }
    if assets_href is None:
        context |= {
            "vis_js": _asset_text(vis_asset("vis-network.min.js")),
            "vis_css": _asset_text(vis_asset("vis-network.css")),
            "view_js": own_asset("view.js"),
            "view_css": own_asset("view.css"),
        }
    return render_template("view.html", **context)
