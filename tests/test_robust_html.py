"""Hostile corpus text in every HTML page hlkg writes: nothing from the corpus becomes markup.

A small corpus whose file names, titles and sentences carry XSS payloads (plus an ontology
extension whose labels and definitions do) is built with kg.build.build_graph; then every
`hlkg view` kind and every `hlkg site` page is parsed with html.parser and checked:

- no element carries an on* attribute, and no href/src is a javascript: URL;
- no element is one the corpus tried to inject (each payload carries a marker XSS...);
- every <script> holds only the template's code or escaped JSON: no `</script`, `<!--` or
  `<script` inside it, so the vis-network data cannot break out;
- the HTML tooltips carried inside that JSON (set as inert elements by view.js) are checked
  the same way, after parsing them too;
- template syntax in the corpus ({{7*7*...}}) is shown as written, never evaluated.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
LABELS = FIXTURES / "hostile-labels.ttl"
EVALUATED = str(7**7)  # what {{7*7*7*7*7*7*7}} would become if a template evaluated it

PAYLOADS = [
    "<script>alert(XSS{n})</script>",
    '"><img src=x onerror=alert(XSS{n})>',
    "</script><script>alert(XSS{n})</script>",
    "<!--<script>alert(XSS{n})</script>-->",
    "javascript:alert(XSS{n})",
    "{{{{7*7*7*7*7*7*7}}}} XSS{n}",
    "{{% raw %}}XSS{n}",
    "<svg/onload=alert(XSS{n})>",
    "'\"><iframe src=javascript:alert(XSS{n})>",
    '<a href="javascript:alert(XSS{n})">x</a>',
    "<style>*{{background:url(XSS{n})}}</style>",
    "&lt;script&gt;XSS{n}&amp;",
    "\u2028</SCRIPT >XSS{n}\u2029",
    "<textarea><b onmouseover=alert(XSS{n})>",
]
SENTENCES = [
    "Autonomy requires accountability {p}.",
    "Clinical leadership supports quality of care {p} in every trust.",
    "Rota planning supports ward rounds {p}.",
    "Medical engagement improves patient safety, says {p}.",
    "Managers may not support doctors' autonomy {p}.",
]
FILE_NAME_PAYLOADS = [
    '"><img src=x onerror=alert(XSSF1)>',
    "<script>alert(XSSF2)<",
    "{{7*7*7*7*7*7*7}} XSSF3",
    "javascript:alert(XSSF4)",
    "'; alert(XSSF5); '",
]
COUNTS: dict[str, int] = {}


def _corpus(root: Path) -> int:
    """Write the hostile corpus; returns how many payloads it carries."""
    root.mkdir()
    placed = 0
    for number, name in enumerate(FILE_NAME_PAYLOADS):
        lines = []
        if number % 2:
            payload = PAYLOADS[(number * 3) % len(PAYLOADS)].format(n=f"T{number}")
            lines.append(f"# Leadership {payload}\n")
            placed += 1
        for index, template in enumerate(SENTENCES):
            payload = PAYLOADS[(number * len(SENTENCES) + index) % len(PAYLOADS)]
            lines.append(template.format(p=payload.format(n=f"S{number}{index}")))
            placed += 1
        suffix = ".md" if number % 2 else ".txt"
        (root / f"{name}{suffix}").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        placed += 1
    return placed


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.build import build_graph

    folder = tmp_path_factory.mktemp("hostile-html")
    COUNTS["corpus"] = _corpus(folder / "corpus")
    build_dir = folder / "hlkg-build"
    summary = build_graph([folder / "corpus"], build_dir, extra_ontologies=[LABELS], quiet=True)
    assert summary.documents == len(FILE_NAME_PAYLOADS), summary.skipped
    assert summary.relations > 0  # the payloads sit in sentences that do say something
    return build_dir


class Page(HTMLParser):
    """Every element, attribute and script body of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, attrs))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def check_markup(html: str, where: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    for tag, attrs in page.elements:
        for name, value in attrs:
            assert not name.startswith("on"), (where, tag, name, value)
            assert "xss" not in name.lower(), (where, tag, name)
            if name in ("href", "src", "action", "formaction", "xlink:href"):
                assert not (value or "").strip().lower().startswith("javascript:"), (where, value)
        injected = " ".join(f"{n}={v}" for n, v in attrs)
        if tag in ("script", "img", "svg", "iframe", "style", "a", "textarea", "b"):
            assert "XSS" not in injected, (where, tag, attrs)
    assert EVALUATED not in html, where
    return page


def check_page(html: str, where: str) -> int:
    """Check a whole page and the tooltips inside its JSON; returns how many were checked."""
    page = check_markup(html, where)
    checked = 1
    for body in page.scripts:
        # The template's own code (vis-network, view.js) never holds corpus text.
        assert "XSS" not in body or body.lstrip().startswith(("{", "[")), where
    data = re.search(r'<script type="application/json" id="hv-data">(.*?)</script>', html, re.S)
    if data:
        # The JSON must not even start an HTML comment or a script inside its script.
        assert not re.search(r"</script|<!--|<script", data.group(1), re.IGNORECASE), where
        payload = json.loads(data.group(1))
        for item in [*payload.get("nodes", []), *payload.get("edges", [])]:
            for key in ("title",):  # labels go in via textContent and the canvas
                if isinstance(item.get(key), str):
                    check_markup(item[key], f"{where} {key} of {item.get('id')}")
                    checked += 1
    return checked


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    err = capsys.readouterr().err
    assert exited.value.code == 0, err


def test_every_view_escapes_corpus_text(
    hostile_build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pyoxigraph

    from kg.buildstore import open_store

    store = open_store(hostile_build)
    documents = [
        s["source"].value
        for s in store.query(
            "SELECT ?source WHERE { ?d a <https://w3id.org/hlkg/ontology#Document> ; "
            "<http://purl.org/dc/terms/source> ?source } ORDER BY ?source",
            use_default_graph_as_union=True,
        )
    ]
    del store, pyoxigraph
    assert len(documents) == len(FILE_NAME_PAYLOADS)
    runs = [
        ["concepts"],
        ["cooccurrence"],
        ["ontology"],
        ["concept", "rota planning"],
        ["concept", "autonomy"],
        ["claims"],
    ]
    runs += [["document", source] for source in documents]
    checked = 0
    payloads_seen = 0
    for number, kind in enumerate(runs):
        target = tmp_path / f"view-{number}.html"
        _run(["view", *kind, "--build-dir", str(hostile_build), "--output", str(target)], capsys)
        html = target.read_text(encoding="utf-8")
        checked += check_page(html, f"view {kind}")
        payloads_seen += html.count("XSS")
    COUNTS["views"] = len(runs)
    COUNTS["view fragments"] = checked
    assert payloads_seen > 20  # the payloads did reach the pages (escaped)


def test_every_site_page_escapes_corpus_text(
    hostile_build: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outdir = tmp_path / "site"
    _run(["site", str(outdir), "--build-dir", str(hostile_build)], capsys)
    pages = sorted(outdir.rglob("*.html"))
    assert len(pages) > len(FILE_NAME_PAYLOADS)
    payloads_seen = 0
    for path in pages:
        html = path.read_text(encoding="utf-8")
        check_page(html, str(path.relative_to(outdir)))
        payloads_seen += html.count("XSS")
    for path in outdir.rglob("*"):
        assert path.resolve().is_relative_to(outdir.resolve())  # no name escaped the folder
        assert "<" not in path.name and '"' not in path.name
    COUNTS["site pages"] = len(pages)
    assert payloads_seen > 20


def test_the_checks_catch_unescaped_markup() -> None:
    """The checker is not vacuous: each kind of breakage it looks for is flagged."""
    bad_pages = [
        '<p><img src=x onerror="alert(XSS1)"></p>',
        '<a href="javascript:alert(1)">x</a>',
        '<script type="application/json" id="hv-data">{"a": "<!--<script>"}</script>',
        "<script>alert(XSS2)</script>",
        "<p>" + EVALUATED + "</p>",
        '<script type="application/json" id="hv-data">{"nodes": [{"id": 1, '
        '"title": "<b onmouseover=\\"alert(XSS3)\\">x</b>"}]}</script>',
    ]
    for html in bad_pages:
        with pytest.raises(AssertionError):
            check_page(html, "probe")
