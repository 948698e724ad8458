"""The views and the site in a real headless Chromium, with every network request blocked.

Each check: no console error, no failed or attempted network request, the vis network holds the
numbers of nodes and edges the store gives, selecting a node works, the XSS probe never runs,
and the drawing is not blank.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from test_viz_support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    build_claims_corpus,
    chromium_available,
    make_build,
)

from kg import network as kgn
from kg.atomic import write_text_atomically
from kg.buildstore import open_store
from viz.render import render_view
from viz.site import write_site
from viz.views import (
    claims_view,
    concepts_view,
    cooccurrence_view,
    document_view,
    ontology_view,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not chromium_available(), reason=f"headless Chromium not found at {CHROMIUM}"
    ),
]
H = "https://w3id.org/hlkg/ontology#"
SETTLED = "window.hlkgView && window.hlkgView.state.stabilized"


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    page: Any
    errors: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def counts(self) -> list[int]:
        return self.page.evaluate(
            "[network.body.data.nodes.length, network.body.data.edges.length]"
        )


@pytest.fixture
def open_page(browser) -> Iterator[Any]:
    pages: list[Any] = []

    def opener(path: Path, wait: str | None = SETTLED) -> Opened:
        page = browser.new_page(viewport={"width": 1280, "height": 820})
        pages.append(page)
        opened = Opened(page)
        page.on("console", lambda m: m.type == "error" and opened.errors.append(m.text))
        page.on("pageerror", lambda e: opened.errors.append(str(e)))
        page.on("requestfailed", lambda r: opened.errors.append("failed: " + r.url))

        def only_files(route: Any) -> None:
            if route.request.url.startswith("file://"):
                route.continue_()
            else:
                opened.blocked.append(route.request.url)
                route.abort()

        page.route("**/*", only_files)
        page.goto(path.resolve().as_uri())
        if wait:
            page.wait_for_function(wait, timeout=20_000)
        return opened

    yield opener
    for page in pages:
        page.close()


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_build(tmp_path_factory.mktemp("viz") / "hlkg-build")


def _write(spec: Any, path: Path) -> Path:
    write_text_atomically(path, render_view(spec))
    return path


def _not_blank(page: Any) -> None:
    """The canvas has drawn nodes: many coloured pixels, and the screenshot is not uniform."""
    from PIL import Image

    coloured = page.evaluate(
        """() => { const c = document.querySelector('#hv-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;
        for (let i = 0; i < d.length; i += 4) {
          const s = Math.max(d[i], d[i+1], d[i+2]) - Math.min(d[i], d[i+1], d[i+2]);
          if (d[i+3] > 200 && s > 60) n++; }
        return n; }"""
    )
    assert coloured > 500
    image = Image.open(io.BytesIO(page.screenshot())).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 50


def _legend(page: Any) -> dict[str, str]:
    """The count each category's legend entry shows, by category key."""
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('[data-category]')].map(
        b => [b.dataset.category, b.parentNode.querySelector('.hv-count').textContent]))"""
    )


def _drawn_by_category(page: Any) -> dict[str, str]:
    """What the legend should say: nodes drawn per category, "n of m" when some are hidden."""
    return page.evaluate(
        """() => { const drawn = {}, all = {};
        const ids = new Set(network.body.data.nodes.getIds());
        hlkgView.nodes.forEach(n => { all[n.category] = (all[n.category] || 0) + 1;
          if (ids.has(n.id)) drawn[n.category] = (drawn[n.category] || 0) + 1; });
        return Object.fromEntries(Object.keys(all).map(k => [k,
          (drawn[k] || 0) === all[k] ? String(all[k]) : `${drawn[k] || 0} of ${all[k]}`])); }"""
    )


def test_concept_map_draws_settles_and_selects(build: Path, tmp_path: Path, open_page) -> None:
    store = open_store(build)
    graph = kgn.concept_graph(store)
    opened = open_page(_write(concepts_view(store), tmp_path / "concepts.html"))
    page = opened.page
    linked = [n for n in graph if graph.degree(n)]
    # Concepts in no relation start hidden; the toggle brings them back.
    assert opened.counts() == [len(linked), graph.number_of_edges()]
    assert _legend(page) == _drawn_by_category(page)
    assert page.evaluate("network.physics.physicsEnabled") is False  # stopped after settling
    _not_blank(page)
    # Seeded: the same page settles into the same picture.
    again = open_page(tmp_path / "concepts.html")
    positions = "JSON.stringify(network.getPositions())"
    assert again.page.evaluate(positions) == page.evaluate(positions)

    # A real click on a node selects it and shows its details.
    box = page.evaluate(
        f"""() => {{ const p = network.canvasToDOM(network.getPosition('{H}Autonomy'));
        const r = document.querySelector('#hv-network').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }}"""
    )
    page.mouse.click(*box)
    assert page.evaluate("network.getSelectedNodes()") == [H + "Autonomy"]
    details = page.inner_text("#hv-details")
    assert "Freedom to decide on <b>one's</b> own practice." in details  # shown as text
    assert "clinical freedom" in details

    # The search box selects by label.
    page.fill("#hv-search", "clinical leadership")
    page.press("#hv-search", "Enter")
    assert page.evaluate("network.getSelectedNodes()") == [H + "ClinicalLeadership"]

    page.uncheck("#hv-isolated")
    assert opened.counts() == [graph.number_of_nodes(), graph.number_of_edges()]
    assert _legend(page) == _drawn_by_category(page)
    page.wait_for_function("!network.physics.physicsEnabled", timeout=10_000)
    # A category filter hides its nodes and their relations.
    page.uncheck("[data-category='ProfessionalValue']")
    assert opened.counts() == [graph.number_of_nodes() - 2, 1]
    assert _legend(page)["ProfessionalValue"] == "0 of 2"
    assert opened.errors == [] and opened.blocked == []


def test_xss_probe_never_runs_in_views(build: Path, tmp_path: Path, open_page) -> None:
    store = open_store(build)
    opened = open_page(_write(document_view(store, "xss"), tmp_path / "xss.html"))
    page = opened.page
    assert page.title().startswith("<script>window.__xss=1</script>")  # the title, as text
    assert opened.counts() == [2, 1]
    # Hover the relation so vis-network shows its tooltip, then click it for the details.
    point = page.evaluate(
        f"""() => {{ const a = network.getPosition('{H}Autonomy');
        const b = network.getPosition('{H}Accountability');
        const p = network.canvasToDOM({{x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}});
        const r = document.querySelector('#hv-network').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }}"""
    )
    page.mouse.move(*point)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    tooltip = page.inner_text("div.vis-tooltip")
    assert '<img src=x onerror="window.__xss=1">' in tooltip
    page.mouse.click(*point)
    assert '<img src=x onerror="window.__xss=1">' in page.inner_text("#hv-details")
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert opened.errors == [] and opened.blocked == []


def test_cooccurrence_view_is_undirected_and_grey(build: Path, tmp_path: Path, open_page) -> None:
    store = open_store(build)
    opened = open_page(_write(cooccurrence_view(store), tmp_path / "co.html"))
    graph = kgn.cooccurrence_graph(store)
    assert opened.counts() == [graph.number_of_nodes(), graph.number_of_edges()]
    arrows = opened.page.evaluate(
        "network.body.data.edges.get().map(e => [e.arrows.to.enabled, e.color.color])"
    )
    assert {tuple(a) for a in arrows} == {(False, "#9aa1a9")}
    assert "not an asserted relation" in opened.page.inner_text(".hv-note").replace(
        "Co-occurrence, not assertion", "not an asserted relation"
    )
    assert opened.errors == [] and opened.blocked == []


def test_site_pages_open_offline_and_stay_safe(build: Path, tmp_path: Path, open_page) -> None:
    store = open_store(build)
    root = tmp_path / "site"
    write_site(store, root)
    index = open_page(root / "index.html", wait=None)
    assert "Most central concepts" in index.page.inner_text("body")
    index.page.click("text=Doctors & managers")
    assert index.page.url.endswith("/documents/a.html")
    assert index.errors == [] and index.blocked == []

    concept = open_page(root / "concepts" / "Autonomy.html")
    neighbourhood = kgn.neighbourhood(kgn.concept_graph(store), H + "Autonomy", 1)
    assert concept.counts() == [neighbourhood.number_of_nodes(), neighbourhood.number_of_edges()]
    assert concept.page.evaluate("network.getSelectedNodes()") == [H + "Autonomy"]

    for page in (concept, open_page(root / "documents" / "xss.html")):
        assert '<img src=x onerror="window.__xss=1">' in page.page.inner_text("body")
        assert page.page.evaluate("typeof window.__xss") == "undefined"
        assert page.errors == [] and page.blocked == []
    concepts_map = open_page(root / "views" / "concepts.html")
    assert concepts_map.counts()[0] == kgn.concept_graph(store, include_unrelated=False).order()
    assert concepts_map.errors == [] and concepts_map.blocked == []


EMBEDDED_BOX = """() => {
    const v = document.querySelector('.hlkg-view.embedded').getBoundingClientRect();
    const c = document.querySelector('#hv-network canvas').getBoundingClientRect();
    return {width: v.width, height: v.height, canvas: c.width, canvasHeight: c.height,
            overflow: document.documentElement.scrollWidth - innerWidth}; }"""


def test_site_neighbourhood_follows_the_window(build: Path, tmp_path: Path, open_page) -> None:
    """The neighbourhood on a concept page fits a short window and a phone's width."""
    root = tmp_path / "site"
    write_site(open_store(build), root)
    opened = open_page(root / "concepts" / "Autonomy.html")
    page = opened.page
    page.set_viewport_size({"width": 1280, "height": 480})
    page.wait_for_function(f"({EMBEDDED_BOX})().height <= 480 * 0.8", timeout=5_000)
    wide = page.evaluate(EMBEDDED_BOX)
    assert wide["overflow"] <= 0 and wide["canvasHeight"] > 200
    page.set_viewport_size({"width": 390, "height": 740})  # a phone
    page.wait_for_function(
        f"(b => Math.abs(b.canvas - b.width) < 4)(({EMBEDDED_BOX})())", timeout=5_000
    )
    narrow = page.evaluate(EMBEDDED_BOX)
    assert narrow["overflow"] <= 0  # nothing sticks out sideways
    assert narrow["width"] > 330 and narrow["canvasHeight"] > 250  # the drawing has the width
    assert page.evaluate("network.getSelectedNodes()") == [H + "Autonomy"]
    assert opened.errors == [] and opened.blocked == []


def test_seed_concept_map_and_site_in_the_browser(
    seed_build: Path, tmp_path: Path, open_page
) -> None:
    store = open_store(seed_build)
    graph = kgn.concept_graph(store, include_unrelated=False)
    assert graph.number_of_edges() > 0
    opened = open_page(_write(concepts_view(store), tmp_path / "concepts.html"))
    assert opened.counts() == [graph.number_of_nodes(), graph.number_of_edges()]
    _not_blank(opened.page)
    central = max(graph.nodes(data=True), key=lambda item: item[1]["centrality"])
    assert opened.page.evaluate("label => hlkgView.select(label)", central[1]["label"])
    assert opened.page.evaluate("network.getSelectedNodes()") == [central[0]]
    assert central[1]["label"] in opened.page.inner_text("#hv-details")
    assert opened.errors == [] and opened.blocked == []

    root = tmp_path / "site"
    write_site(store, root)
    page = open_page(root / "concepts" / f"{kgn.local_name(central[0])}.html")
    around = kgn.neighbourhood(kgn.concept_graph(store), central[0], 1)
    assert page.counts() == [around.number_of_nodes(), around.number_of_edges()]
    assert page.errors == [] and page.blocked == []


LABELS_ON_SCREEN = """() => { const scale = network.getScale();
    const sizes = network.body.data.nodes.getIds().map(
      id => network.body.nodes[id].options.font.size).sort((a, b) => a - b);
    return {scale: scale, median: sizes[sizes.length >> 1] * scale, sizes: sizes}; }"""


def test_ontology_labels_are_legible_at_the_first_fit(
    seed_build: Path, tmp_path: Path, open_page
) -> None:
    """Fitted into the window, the whole ontology is drawn small; its labels must not be."""
    spec = ontology_view(open_store(seed_build))
    opened = open_page(_write(spec, tmp_path / "ontology.html"))
    page = opened.page
    fitted = page.evaluate(LABELS_ON_SCREEN)
    assert fitted["scale"] < 0.5  # the picture is zoomed out to fit ...
    assert fitted["median"] >= 11.9  # ... yet a typical label is at least 12 pixels high
    actor = page.evaluate(f"hlkgView.nodes.get('{H}Actor').font")
    assert actor["bold"] is True  # a category's label stays bold as it grows
    _not_blank(page)
    # Zoomed in, labels take their written sizes again instead of growing without end.
    page.evaluate("network.moveTo({scale: 2, animation: {duration: 50}})")
    page.wait_for_function("network.getScale() === 2 && hlkgView.labelFactor() === 1")
    written = sorted(n.get("font", {}).get("size", 0) or spec_font(spec) for n in spec.nodes)
    assert page.evaluate(LABELS_ON_SCREEN)["sizes"] == written
    assert opened.errors == [] and opened.blocked == []


def spec_font(spec: Any) -> int:
    from viz.render import vis_options

    return vis_options(spec)["nodes"]["font"]["size"]


def test_xss_probe_through_the_real_extractor(tmp_path: Path, open_page) -> None:
    """A corpus file whose name, title line and sentence carry markup, built by `hlkg build`."""
    from kg.build import build_graph

    probe = '<img src=x onerror="window.__xss=1">'
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / f"{probe}.txt").write_text(
        "<script>window.__xss=1</script>\n\n"
        f"Clinical leadership requires trust {probe}. "
        "Doctors and managers need dialogue to improve quality of care.\n",
        encoding="utf-8",
    )
    build_dir = tmp_path / "hlkg-build"
    build_graph([corpus], build_dir, quiet=True)
    store = open_store(build_dir)
    (doc,) = kgn.documents(store)
    evidence = [e for *_, d in kgn.concept_graph(store).edges(data=True) for e in d["evidence"]]
    assert any(probe in e.sentence for e in evidence)  # the probe reached the graph intact
    view = open_page(_write(document_view(store, doc.iri), tmp_path / "doc.html"))
    view.page.evaluate("hlkgView.select('clinical leadership')")
    root = tmp_path / "site"
    write_site(store, root)
    pages = [
        view,
        open_page(root / "index.html", wait=None),
        open_page(root / "documents" / f"{doc.identifier}.html"),
        open_page(root / "concepts" / "ClinicalLeadership.html"),
    ]
    assert probe in pages[2].page.inner_text("body")
    for opened in pages:
        assert opened.page.evaluate("document.querySelectorAll('img').length") == 0
        assert opened.page.evaluate("typeof window.__xss") == "undefined"
        assert opened.errors == [] and opened.blocked == []


SIDES = """() => [...document.querySelectorAll('#hv-details .tip-side')].map(side => {
    const r = side.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, width: r.width, text: side.innerText}; })"""


def test_claims_view_splits_a_contested_claim_and_shows_both_sides(
    tmp_path: Path, open_page
) -> None:
    store = open_store(build_claims_corpus(tmp_path / "claims"))
    spec = claims_view(store)
    opened = open_page(_write(spec, tmp_path / "claims.html"))
    page = opened.page
    assert opened.counts() == [len(spec.nodes), len(spec.edges)] == [4, 3]
    _not_blank(page)
    # The contested claim is drawn as two lines curving apart, green and red.
    halves = page.evaluate(
        """() => network.body.data.edges.get().filter(e => e.relationKey === 'contested')
        .map(e => [e.half, e.color.color, network.body.edges[e.id].options.smooth.type])"""
    )
    assert halves == [["for", "#2f9e44", "curvedCW"], ["against", "#e03131", "curvedCCW"]]
    # The legend counts one contested claim, not two lines.
    counts = page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll('[data-relation]')].map(
        b => [b.dataset.relation, b.parentNode.querySelector('.hv-count').textContent]))"""
    )
    assert counts == {"contested": "1", "positive": "1"}
    # A real click on the "against" half shows both sides' sentences side by side.
    against = next(e["id"] for e in spec.edges if e.get("half") == "against")
    point = page.evaluate(
        """id => { const p = network.canvasToDOM(network.body.edges[id].edgeType.getPoint(0.5));
        const r = document.querySelector('#hv-network').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }""",
        against,
    )
    page.mouse.click(*point)
    assert page.evaluate("network.getSelectedEdges()") == [against]
    left, right = page.evaluate(SIDES)
    assert abs(left["top"] - right["top"]) < 2 and left["right"] <= right["left"]
    assert min(left["width"], right["width"]) > 120
    assert left["text"].startswith("For") and "Management training improves teamwork." in left[
        "text"
    ]
    assert "Management training undermines teamwork." in right["text"]
    assert "Management training does not improve teamwork." in right["text"]
    # Unticking "contested" hides both halves at once.
    page.uncheck("[data-relation='contested']")
    assert opened.counts()[1] == 1
    assert opened.errors == [] and opened.blocked == []

    root = tmp_path / "site"
    write_site(store, root)
    disagreements = open_page(root / "disagreements.html", wait=None)
    boxes = disagreements.page.evaluate(
        """() => [...document.querySelectorAll('.side')].map(s => s.getBoundingClientRect().left)"""
    )
    assert len(boxes) == 2 and boxes[0] < boxes[1]  # side by side on a wide window
    assert disagreements.errors == [] and disagreements.blocked == []
    disagreements.page.click(".side:nth-child(2) .source a >> nth=0")
    assert re.search(r"/documents/[bd]\.html$", disagreements.page.url)
    drawn = open_page(root / "views" / "claims.html")
    assert drawn.counts() == [4, 3]
    assert drawn.errors == [] and drawn.blocked == []
