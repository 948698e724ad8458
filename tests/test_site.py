"""`hlkg site`: the pages, their links, escaping, determinism and safe replacement."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from test_viz_support import make_build

from kg import network as kgn
from kg.buildstore import open_store
from kg.cli import main
from viz.site import write_site

PROBES = ("<script>window.__xss", "<img src=x onerror")


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_build(tmp_path_factory.mktemp("viz") / "hlkg-build")


@pytest.fixture(scope="module")
def site(build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site") / "explorer"
    with pytest.raises(SystemExit) as done:
        main(["site", str(root), "--build-dir", str(build)])
    assert done.value.code == 0
    return root


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name not in {"href", "src"} or not value:
                continue
            if tag == "a" and value.startswith("https://"):
                continue  # a source the reader may follow; nothing is fetched on opening
            self.links.append(value)


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_site_has_an_index_a_page_per_concept_and_document(site: Path) -> None:
    files = _files(site)
    assert "index.html" in files
    assert {f for f in files if f.startswith("concepts/")} == {
        f"concepts/{name}.html"
        for name in (
            "Accountability",
            "Actor",
            "Audit",
            "Autonomy",
            "ClinicalLeadership",
            "Doctor",
            "Manager",
            "Practice",
            "ProfessionalValue",
        )
    }
    assert {f for f in files if f.startswith("documents/")} == {
        "documents/a.html",
        "documents/xss.html",
    }
    assert {
        "views/concepts.html", "views/claims.html", "views/cooccurrence.html",
        "views/ontology.html", "disagreements.html",
    } <= set(files)
    disagreements = (site / "disagreements.html").read_text(encoding="utf-8")
    assert "Where the literature disagrees" in disagreements
    assert "The sources of this graph disagree on no claim." in disagreements
    page = (site / "concepts" / "Autonomy.html").read_text(encoding="utf-8")
    for expected in (
        "Freedom to decide on &lt;b&gt;one&#39;s&lt;/b&gt; own practice.",
        "clinical freedom",
        "Edwards 2005",
        "What it does",
        "What acts on it",
        "requires",
        "hinders",
        "hedged",
        "Autonomy requires accountability, says A.",
        'href="../documents/a.html"',
        "Often mentioned with",
    ):
        assert expected in page
    accountability = (site / "concepts" / "Accountability.html").read_text(encoding="utf-8")
    assert "Test framework" in accountability and "holding to account" in accountability
    index = (site / "index.html").read_text(encoding="utf-8")
    assert "Most central concepts" in index and "<strong>2</strong> documents" in index


def test_every_link_resolves_and_nothing_leaves_the_folder(site: Path) -> None:
    for page in site.rglob("*.html"):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.links:
            assert "://" not in link, (page, link)
            target = (page.parent / unquote(link.split("#")[0])).resolve()
            assert target.is_file(), (page, link)
            assert site.resolve() in target.parents


def test_corpus_strings_are_escaped_on_every_page(site: Path) -> None:
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for probe in PROBES:
            assert probe not in text, page
    xss = (site / "documents" / "xss.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in xss


def test_site_is_deterministic_and_replaces_an_earlier_site(
    build: Path, site: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again"
    with pytest.raises(SystemExit):
        main(["site", str(again), "--build-dir", str(build)])
    assert _files(again) == _files(site)
    for name in _files(site):
        assert (again / name).read_bytes() == (site / name).read_bytes(), name
    (again / "stale.html").write_text("old", encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["site", str(again), "--build-dir", str(build)])
    assert done.value.code == 0
    assert not (again / "stale.html").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again"]  # no staging left


class _CountingStore:
    """A store that counts the queries run on it, by query text."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.reads: Counter[str] = Counter()

    def query(self, text: str, **options: Any) -> Any:
        self.reads[text] += 1
        return self.store.query(text, **options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def test_statements_are_read_once_for_all_document_pages(build: Path, tmp_path: Path) -> None:
    """Document pages group one read of the statements instead of each reading them all."""
    store = _CountingStore(open_store(build))
    write_site(store, tmp_path / "site")
    assert len(kgn.documents(store)) == 2
    # One read for the whole graph (index, concept pages, views) and every document page.
    assert store.reads[kgn._query_text("statements")] == 1


def test_a_folder_that_is_not_a_site_is_left_alone(
    build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    precious = tmp_path / "thesis"
    precious.mkdir()
    (precious / "chapter1.md").write_text("mine", encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["site", str(precious), "--build-dir", str(build)])
    assert done.value.code == 1
    err = capsys.readouterr().err
    assert "is not an hlkg site" in err and err.count("\n") == 1
    assert _files(precious) == ["chapter1.md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thesis"]


def test_disagreements_page_shows_both_sides(tmp_path: Path) -> None:
    from test_viz_support import build_claims_corpus

    root = tmp_path / "site"
    write_site(open_store(build_claims_corpus(tmp_path)), root)
    page = (root / "disagreements.html").read_text(encoding="utf-8")
    assert page.count('<article class="relation claim">') == 1
    sides = page.split('<section class="side">')[1:]
    assert len(sides) == 2
    assert "Management training improves teamwork." in sides[0]
    assert "Management training undermines teamwork." in sides[1]
    assert "Management training does not improve teamwork." in sides[1]
    assert 'href="documents/b.html"' in sides[1]
    assert 'href="concepts/ManagementTraining.html"' in page
    index = (root / "index.html").read_text(encoding="utf-8")
    assert 'href="disagreements.html"' in index and "<strong>1</strong> contested claims" in index
