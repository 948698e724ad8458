"""`hlkg view`: the pages it writes (self-contained, escaped, deterministic) and its errors.

What the pages do in a browser is tested in test_viz_browser.py.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_viz_support import make_build

from kg.buildstore import open_store
from kg.cli import main
from viz.render import render_view
from viz.views import claims_view, concepts_view, cooccurrence_view, ontology_view

XSS_MARKERS = ("<script>window.__xss", "<img src=x onerror")


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_build(tmp_path_factory.mktemp("viz") / "hlkg-build")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(args)
    out, err = capsys.readouterr()
    return done.value.code, out, err


class _Resources(HTMLParser):
    """Every URL the page would fetch: script src, link href, img src, iframe src."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "script":
            self.scripts += 1
        for name in ("src", "href", "data"):
            if found.get(name) and tag in {"script", "link", "img", "iframe", "object", "embed"}:
                self.urls.append(found[name] or "")


def data_of(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="hv-data">(.*?)</script>', html, re.S)
    assert match
    return json.loads(match.group(1))


@pytest.mark.parametrize(
    ("args", "nodes", "edges"),
    [
        (["concepts"], 6, 3),
        (["concept", "autonomy"], 3, 2),
        (["concept", "accountability", "--depth", "2"], 3, 2),
        (["document", "a.txt"], 6, 3),
        (["cooccurrence"], 6, 5),
        (["cooccurrence", "--min-count", "2"], 2, 1),
        (["ontology"], 11, 10),
        (["concepts", "--relation", "hinders"], 6, 1),
        (["concepts", "--min-confidence", "0.85"], 6, 1),
        (["concepts", "--document", "xss"], 2, 1),
        (["cooccurrence", "--document", "<script>window.__xss=1</script>"], 2, 1),
        (["concept", "audit", "--relation", "supports"], 2, 1),
        (["claims"], 6, 4),
        (["claims", "autonomy"], 3, 2),
        (["claims", "--contested"], 0, 0),
    ],
)
def test_each_view_writes_one_self_contained_utf8_file(
    build: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    nodes: int,
    edges: int,
) -> None:
    target = tmp_path / "out.html"
    code, out, err = run(
        ["view", *args, "--build-dir", str(build), "--output", str(target)], capsys
    )
    assert code == 0, err
    assert f"{nodes} nodes, {edges} edges" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.html"]  # no lib/ folder
    html = target.read_bytes().decode("utf-8")
    parser = _Resources()
    parser.feed(html)
    assert parser.urls == []  # everything inline: no CDN, no local files
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "bootstrap"):
        assert cdn not in html.lower()
    data = data_of(html)
    assert (len(data["nodes"]), len(data["edges"])) == (nodes, edges)
    assert data["options"]["layout"]["randomSeed"]
    assert data["options"]["physics"]["stabilization"]["enabled"] is True


def test_corpus_strings_are_escaped_everywhere(
    build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (["document", "xss"], ["concepts"], ["concept", "autonomy"]):
        target = tmp_path / "x.html"
        code, _, err = run(["view", *args, "--build-dir", str(build), "-o", str(target)], capsys)
        assert code == 0, err
        html = target.read_text(encoding="utf-8")
        for marker in XSS_MARKERS:
            assert marker not in html
        parser = _Resources()
        parser.feed(html)
        assert parser.scripts == 3  # vis-network, the JSON data, our script: nothing injected
    # The probe is there, escaped, in the tooltips the page will sanitise again.
    tooltips = " ".join(e["title"] for e in data_of(html)["edges"])
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in tooltips


def test_views_are_deterministic(build: Path) -> None:
    store = open_store(build)
    for make in (concepts_view, cooccurrence_view, ontology_view, claims_view):
        assert render_view(make(store)) == render_view(make(store))


def test_concept_view_styles_follow_category_sign_hedging_and_evidence(build: Path) -> None:
    spec = concepts_view(open_store(build))
    nodes = {n["label"]: n for n in spec.nodes}
    assert nodes["doctor"]["color"]["background"] == nodes["manager"]["color"]["background"]
    assert nodes["doctor"]["color"]["background"] != nodes["autonomy"]["color"]["background"]
    assert nodes["accountability"]["size"] > nodes["doctor"]["size"]  # more central
    edges = {e["relationKey"]: e for e in spec.edges}
    assert edges["hinders"]["dashes"] and not edges["requires"]["dashes"]  # hedged claim
    assert edges["hinders"]["color"]["color"] != edges["requires"]["color"]["color"]
    assert edges["requires"]["width"] > edges["improves"]["width"]  # two sentences vs one
    assert edges["hinders"]["arrows"]["to"]["type"] == "bar"
    assert [c["label"] for c in spec.categories] == ["actor", "practice", "professional value"]


def test_claims_view_draws_a_contested_claim_as_two_halves(tmp_path: Path) -> None:
    from test_viz_support import build_claims_corpus

    store = open_store(build_claims_corpus(tmp_path))
    spec = claims_view(store)
    halves = [e for e in spec.edges if e["relationKey"] == "contested"]
    assert [e["half"] for e in halves] == ["for", "against"]
    assert len({e["claim"] for e in halves}) == 1  # one claim, its opposite folded into it
    assert {e["smooth"]["type"] for e in halves} == {"curvedCW", "curvedCCW"}
    assert [e["color"]["color"] for e in halves] == ["#2f9e44", "#e03131"]
    assert halves[0]["title"] == halves[1]["title"]
    assert halves[0]["title"].count('<div class="tip-side">') == 2
    others = {e["relationKey"] for e in spec.edges} - {"contested"}
    assert others == {"positive"}  # the consensus: clinical leadership requires trust
    assert {r["key"]: r["count"] for r in spec.relations} == {"contested": 1, "positive": 1}
    contested = claims_view(store, contested_only=True)
    assert contested.title == "Where the literature disagrees" and len(contested.edges) == 2


def test_legend_counts_what_the_page_draws_at_first(build: Path) -> None:
    """The concept map hides concepts in no relation: the legend must not count them."""
    spec = concepts_view(open_store(build))
    linked = {e["from"] for e in spec.edges} | {e["to"] for e in spec.edges}
    category = {n["id"]: n["category"] for n in spec.nodes}
    for entry in spec.categories:
        drawn = [n for n in linked if category[n] == entry["key"]]
        every = [n for n in category if category[n] == entry["key"]]
        assert (entry["count"], entry["total"]) == (len(drawn), len(every))
    html = render_view(spec)
    assert re.search(r'data-total="2"[^>]*>1 of 2</span>', html)  # actor: doctor is unlinked


def test_default_output_names(
    build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    for args in (
        ["concepts"], ["concept", "clinical leadership"], ["document", "a.txt"], ["claims"],
        ["claims", "clinical leadership"],
    ):
        assert run(["view", *args, "--build-dir", str(build)], capsys)[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "claims-clinical-leadership.html",
        "claims.html",
        "concept-ClinicalLeadership.html",
        "concepts.html",
        "document-a.html",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["concept", "autonmy"], "unknown concept 'autonmy'; did you mean 'Autonomy'"),
        (["document", "missing.txt"], "unknown document 'missing.txt'"),
        (["concepts", "--relation", "helps"], "unknown relation 'helps'"),
        (["concept"], "needs a NAME"),
        (["concepts", "autonomy"], "takes no NAME"),
        (["concepts", "--depth", "2"], "--depth does not apply"),
        (["cooccurrence", "--min-confidence", "0.5"], "--min-confidence does not apply"),
        (["concepts", "--contested"], "--contested does not apply"),
        (["claims", "autonmy"], "unknown concept 'autonmy': did you mean 'autonomy'"),
        (["concepts", "--min-confidence", "2"], "not in the range"),
        (["graph"], "Invalid value for 'KIND': 'graph' is not one of"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_leaves_the_old_file(
    build: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    target = tmp_path / "keep.html"
    target.write_text("earlier view", encoding="utf-8")
    code, _, err = run(["view", *args, "--build-dir", str(build), "-o", str(target)], capsys)
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert target.read_text(encoding="utf-8") == "earlier view"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.html"]


def test_missing_build_and_missing_output_folder_are_clear(
    build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["view", "concepts", "--build-dir", str(tmp_path / "none")], capsys)
    assert code == 1 and "run `hlkg build` first" in err
    code, _, err = run(
        [
            "view",
            "concepts",
            "--build-dir",
            str(build),
            "-o",
            str(tmp_path / "no" / "such" / "x.html"),
        ],
        capsys,
    )
    assert code == 1 and err.count("\n") == 1 and "does not exist" in err
