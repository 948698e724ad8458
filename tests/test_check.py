"""`hlkg check`: each lint rule fires on a broken ontology, the reasoner finds contradictions,
the shipped ontology is clean, and syntax errors are one line with a position."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.check import run_check
from kg.check.findings import short
from kg.check.lint import RULES, lint
from kg.cli import cli
from kg.ontology import load_ontology, parse_turtle

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BROKEN = FIXTURES / "broken-ontology.ttl"
INCONSISTENT = FIXTURES / "broken-inconsistent.ttl"
UNSATISFIABLE = FIXTURES / "broken-unsatisfiable.ttl"
SYNTAX = FIXTURES / "broken-syntax.ttl"

needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")


@pytest.fixture(autouse=True)
def _no_build_here(tmp_path, monkeypatch):
    """Run every check from an empty folder, so no stray ./hlkg-build is validated."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HLKG_BUILD_DIR", raising=False)


@pytest.fixture(scope="module")
def broken_findings():
    return lint(load_ontology([BROKEN]))


def _lines(output: str) -> list[list[str]]:
    """Finding lines split into severity, rule, entity, message (the summary line dropped)."""
    return [line.split(" ", 3) for line in output.splitlines() if not line.startswith("hlkg ")]


def test_every_lint_rule_fires_on_the_broken_ontology():
    result = CliRunner().invoke(cli, ["check", "--no-reasoner", "--ontology", str(BROKEN)])
    assert result.exit_code == 1, result.output
    fired = {rule for _, rule, *_ in _lines(result.output)}
    assert {r.name for r in RULES} <= fired
    assert result.output.splitlines()[-1].startswith("hlkg check: FAILED:")


@pytest.mark.parametrize(
    ("rule", "entity"),
    [
        ("missing-ontology-header", "https://example.org/broken"),
        ("missing-label", "hlkg:NoLabel"),
        ("multiple-labels", "hlkg:TwoLabels"),
        ("duplicate-label", "hlkg:Copycat"),
        ("label-whitespace", "hlkg:Padded"),
        ("missing-definition", "hlkg:NoLabel"),
        ("missing-pref-label", "hlkg:NoLabel"),
        ("duplicate-definition", "hlkg:Echo"),
        ("duplicate-synonym", "hlkg:Echo"),
        ("orphan-class", "hlkg:Lonely"),
        ("upper-category", "hlkg:Hybrid"),
        ("hierarchy-cycle", "hlkg:LoopA"),
        ("missing-domain", "hlkg:dangles"),
        ("missing-range", "hlkg:dangles"),
        ("multiple-domains", "hlkg:twoDomains"),
        ("inverse-mismatch", "hlkg:mentors"),
        ("unsigned-relation", "hlkg:vaguelyAffects"),
        ("undeclared-iri", "hlkg:Ghost"),
        ("missing-punning", "hlkg:Unpunned"),
        ("unsourced-mapping", "hlkg:Echo"),
    ],
)
def test_each_rule_points_at_the_culprit(broken_findings, rule, entity):
    assert any(f.rule == rule and short(f.entity) == entity for f in broken_findings), rule


def test_missing_ontology_header_when_there_is_no_ontology_at_all():
    graph = parse_turtle(SYNTAX.with_name("broken-unsatisfiable.ttl"))
    findings = [f for f in lint(graph) if f.rule == "missing-ontology-header"]
    assert findings and "no owl:Ontology" in findings[0].message


def test_shipped_ontology_lints_clean():
    assert [f.line() for f in lint(load_ontology())] == []


@needs_java
def test_shipped_ontology_passes_the_whole_check():
    result = CliRunner().invoke(cli, ["check"])
    assert result.exit_code == 0, result.output
    assert not any(line[0] == "ERROR" for line in _lines(result.output))
    assert "hlkg check: OK: 0 errors" in result.output
    assert "SHACL skipped" in result.output


@needs_java
def test_hermit_reports_an_individual_in_two_disjoint_classes():
    findings = run_check(extra=[INCONSISTENT])
    errors = [f for f in findings if f.severity == "ERROR" and f.rule == "inconsistent"]
    assert any("HermiT" in f.message for f in errors)
    assert any(f.entity.endswith("#Frankenstein") for f in errors)


@needs_java
def test_hermit_reports_an_unsatisfiable_class():
    findings = run_check(extra=[UNSATISFIABLE])
    assert [f.entity for f in findings if f.rule == "unsatisfiable-class"] == [
        "https://w3id.org/hlkg/ontology#Chimera"
    ]


def test_without_java_one_line_says_so_and_owl_rl_still_catches_it(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    findings = run_check(extra=[INCONSISTENT])
    notes = [f for f in findings if f.rule == "reasoner"]
    assert len(notes) == 1 and "java not found" in notes[0].message
    assert any(
        f.severity == "ERROR" and f.rule == "owl-rl" and f.entity.endswith("#Frankenstein")
        for f in findings
    )


def test_syntax_error_is_one_line_and_exit_2():
    done = subprocess.run(
        [sys.executable, "-m", "kg", "check", "--no-reasoner", "--ontology", str(SYNTAX)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert f"{SYNTAX}:4:" in lines[0]
    assert "Traceback" not in done.stderr


def test_json_format():
    result = CliRunner().invoke(
        cli, ["check", "--no-reasoner", "--format", "json", "--ontology", str(BROKEN)]
    )
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["ok"] is False
    assert report["counts"]["ERROR"] == sum(
        1 for f in report["findings"] if f["severity"] == "ERROR"
    )
    assert {"severity", "rule", "entity", "message"} <= set(report["findings"][0])


def test_named_build_dir_that_does_not_exist_is_an_error(tmp_path):
    result = CliRunner().invoke(
        cli, ["check", "--no-reasoner", "--build-dir", str(tmp_path / "nothing")]
    )
    assert result.exit_code != 0
    assert "no graph built" in str(result.exception) + result.output


def test_output_is_stable():
    first = CliRunner().invoke(cli, ["check", "--no-reasoner", "--ontology", str(BROKEN)]).output
    second = CliRunner().invoke(cli, ["check", "--no-reasoner", "--ontology", str(BROKEN)]).output
    assert first == second


@needs_java
def test_reasoner_does_not_follow_imports_of_an_extension(tmp_path):
    secret = tmp_path / "not-an-ontology.owl"
    secret.write_text("this file must never be read", encoding="utf-8")
    extension = tmp_path / "ext.ttl"
    extension.write_text(
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix dcterms: <http://purl.org/dc/terms/> .\n"
        "<https://example.org/ext> a owl:Ontology ;\n"
        f"  owl:imports <https://w3id.org/hlkg/ontology>, <{secret.as_uri()}> ;\n"
        '  dcterms:title "ext" ; dcterms:description "an extension" ;\n'
        "  dcterms:license <https://creativecommons.org/licenses/by/4.0/> .\n",
        encoding="utf-8",
    )
    findings = run_check(extra=[extension])
    assert [f.line() for f in findings if f.severity == "ERROR"] == []


BAD_IRIS = """\
@prefix hlkg: <https://w3id.org/hlkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

hlkg:Doctor rdfs:seeAlso <https://example.org/a doctor> ,
    <https://example.org/fine> .
hlkg:Manager rdfs:seeAlso <https://example.org/{manager}> .
"""


@pytest.mark.parametrize("reasoner", [False, pytest.param(True, marks=needs_java)])
def test_invalid_iris_are_errors_with_file_line_and_column(tmp_path, reasoner):
    """rdflib keeps an IRI with a space or a brace; every one is an error where it is, and the
    reasoner, which cannot read them, is skipped rather than crashing."""
    extension = tmp_path / "bad-iris.ttl"
    extension.write_text(BAD_IRIS, encoding="utf-8")
    options = ["check", "--ontology", str(extension)] + ([] if reasoner else ["--no-reasoner"])
    result = CliRunner().invoke(cli, options)
    assert result.exit_code == 1, result.output
    errors = [line for line in _lines(result.output) if line[0] == "ERROR"]
    assert errors == [
        ["ERROR", "invalid-iri", f"{extension}:4:26", "Invalid IRI code point ' '"],
        ["ERROR", "invalid-iri", f"{extension}:6:27", "Invalid IRI code point '{'"],
    ]
    if reasoner:
        assert "INFO reasoner - skipped: the ontology has invalid IRIs" in result.output
    assert result.output.splitlines()[-1].startswith("hlkg check: FAILED: 2 errors")
