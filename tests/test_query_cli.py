"""`hlkg query` and `hlkg queries` as a user runs them: formats, errors, safety, time limit."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.cli import cli, main


@dataclass
class Outcome:
    exit_code: int
    stdout_bytes: bytes
    stderr: str

    @property
    def stdout(self) -> str:
        return self.stdout_bytes.decode("utf-8")

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def run_main(args: list[str], stdin: str | None = None) -> Outcome:
    """Run the whole CLI (with its error reporting) in-process, capturing both streams."""
    with CliRunner().isolation(input=stdin) as (out, err, _):
        try:
            main(args)
            code = 0
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        return Outcome(code, out.getvalue(), err.getvalue().decode("utf-8"))


@pytest.fixture(scope="module")
def hlkg(mini_build: Path):
    def invoke(*args: str, stdin: str | None = None) -> Outcome:
        return run_main(["query", *args, "--build-dir", str(mini_build)], stdin)

    return invoke


SUPPORTS_COLUMNS = [
    "object", "property", "sentence", "source", "confidence", "hedged", "negated", "rejected",
]
"""The header of the `supports` query's table."""


def test_table_is_aligned_with_a_row_count_on_stderr(hlkg) -> None:
    result = hlkg("supports", "--param", "concept=clinical leadership")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == SUPPORTS_COLUMNS
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].startswith("hlkg:QualityOfCare  ")
    assert len(lines) == 5
    # Columns line up: every row has the source column at the same offset.
    offset = lines[0].index("source")
    assert all(line[offset:].startswith(("source", "------", "divide", "notes")) for line in lines)
    assert result.stderr.strip() == "3 rows"


def test_long_literals_are_shortened_in_the_table_only(hlkg) -> None:
    table = hlkg("concept-definition", "-p", "concept=Autonomy").stdout
    assert "…" in table
    data = json.loads(hlkg("concept-definition", "-p", "concept=Autonomy", "-f", "json").stdout)
    assert "…" not in data["results"]["bindings"][0]["definition"]["value"]


@pytest.mark.parametrize(
    ("fmt", "results_format"),
    [("csv", "CSV"), ("tsv", "TSV"), ("json", "JSON"), ("xml", "XML")],
)
def test_w3c_result_formats_parse_back(hlkg, fmt: str, results_format: str) -> None:
    result = hlkg("cooccurring-pairs", "-p", "limit=4", "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "csv":  # lossy by design: plain values, no term types
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert rows[0] == ["a", "b", "sentences"]
        assert rows[1] == [
            "https://w3id.org/hlkg/ontology#Autonomy",
            "https://w3id.org/hlkg/ontology#Doctor",
            "2",
        ]
        assert len(rows) == 5
        return
    parsed = pyoxigraph.parse_query_results(
        result.stdout_bytes, format=getattr(pyoxigraph.QueryResultsFormat, results_format)
    )
    rows = [[s[v.value] for v in parsed.variables] for s in parsed]
    assert len(rows) == 4
    assert rows[0][0] == pyoxigraph.NamedNode("https://w3id.org/hlkg/ontology#Autonomy")


@pytest.mark.parametrize(
    ("fmt", "rdf_format"), [("turtle", "TURTLE"), ("ntriples", "N_TRIPLES"), ("jsonld", "JSON_LD")]
)
def test_construct_results_as_rdf(hlkg, fmt: str, rdf_format: str) -> None:
    text = "CONSTRUCT { ?a hlkg:coOccursWith ?b } WHERE { ?a hlkg:coOccursWith ?b }"
    result = hlkg("-e", text, "-f", fmt)
    assert result.exit_code == 0, result.output
    triples = list(
        pyoxigraph.parse(result.stdout_bytes, format=getattr(pyoxigraph.RdfFormat, rdf_format))
    )
    assert len(triples) == 27  # the CoOccurrence nodes of the fixture
    if fmt == "turtle":
        assert "@prefix hlkg: <https://w3id.org/hlkg/ontology#>" in result.stdout


def test_construct_defaults_to_turtle_and_refuses_select_formats(hlkg) -> None:
    text = "CONSTRUCT WHERE { ?d a hlkg:Document }"
    assert "hlkg:Document" in hlkg("-e", text).stdout
    refused = hlkg("-e", text, "-f", "csv")
    assert refused.exit_code == 2
    assert "CONSTRUCT" in refused.stderr
    assert hlkg("statistics", "-f", "turtle").exit_code == 2


def test_ask(hlkg) -> None:
    assert hlkg("-e", "ASK { ?d a hlkg:Document }").stdout == "true\n"
    assert (
        json.loads(hlkg("-e", "ASK { ?d a hlkg:Nothing }", "-f", "json").stdout)["boolean"] is False
    )


def test_a_query_file_and_stdin(hlkg, tmp_path: Path) -> None:
    path = tmp_path / "documents.rq"
    path.write_text("# title: docs\nSELECT ?d WHERE { ?d a hlkg:Document } ORDER BY ?d\n")
    from_file = hlkg(str(path), "-f", "csv")
    assert from_file.exit_code == 0, from_file.output
    assert from_file.stdout.splitlines()[1:] == [
        "https://w3id.org/hlkg/data/doc/divide-essay",
        "https://w3id.org/hlkg/data/doc/notes-on-networks",
    ]
    from_stdin = hlkg("-", "-f", "csv", stdin=path.read_text())
    assert from_stdin.stdout == from_file.stdout
    assert hlkg(str(tmp_path / "missing.rq")).exit_code == 2


def test_ad_hoc_parameters_are_bound_as_terms(hlkg) -> None:
    text = "SELECT ?source WHERE { ?d a hlkg:Document ; dcterms:source ?source }"
    result = hlkg("-e", text, "-p", "d=hlkgd:doc/divide-essay", "-f", "csv")
    assert result.stdout.splitlines() == ["source", "divide-essay.txt"]


def test_empty_result_prints_the_header_and_zero_rows(hlkg) -> None:
    result = hlkg("supports", "-p", "concept=Trust")
    assert result.exit_code == 0
    assert result.stdout.split() == SUPPORTS_COLUMNS + ["-" * n for n in (6, 8, 8, 6, 10, 6, 7, 8)]
    assert result.stderr.strip() == "0 rows"


def test_syntax_error_shows_line_column_and_a_caret(hlkg) -> None:
    result = hlkg("-e", "SELECT ?s WHERE {\n  ?s ?p ?o .\n  BIND(?o AS )\n}")
    assert result.exit_code == 2
    first, source, caret = result.stderr.splitlines()
    assert first.startswith("hlkg: error: SPARQL syntax error at line 3, column 14: expected")
    assert source == "  BIND(?o AS )"
    column = int(first.split("column ")[1].split(":")[0])
    assert caret == " " * (column - 1) + "^"
    assert "Traceback" not in result.output


def test_undeclared_prefix_is_named(hlkg) -> None:
    result = hlkg("-e", "SELECT * WHERE {\n ?s foo:bar ?o }")
    assert result.exit_code == 2
    assert "line 2, column 5: undeclared prefix foo:" in result.stderr


def test_project_prefixes_need_no_declaration_but_may_be_redeclared(hlkg) -> None:
    text = "PREFIX hlkg: <https://w3id.org/hlkg/ontology#>\nSELECT ?d WHERE { ?d a hlkg:Document }"
    assert hlkg(text and "-e", text, "-f", "csv").stdout.count("\n") == 3


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <http://a/s> <http://a/p> <http://a/o> }",
        "DELETE WHERE { ?s ?p ?o }",
        "LOAD <file:///etc/passwd>",
        "DROP ALL",
        "CLEAR DEFAULT",
        "PREFIX x: <http://x/>\nWITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_sparql_update_is_refused(hlkg, text: str) -> None:
    result = hlkg("-e", text)
    assert result.exit_code == 2
    assert "read-only" in result.stderr


def test_update_words_inside_strings_and_names_are_fine(hlkg) -> None:
    text = 'SELECT ?insert WHERE { BIND("DROP ALL; INSERT" AS ?insert) } # DELETE'
    result = hlkg("-e", text, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1] == "DROP ALL; INSERT"


def test_service_is_refused_unless_allowed(hlkg) -> None:
    text = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    refused = hlkg("-e", text)
    assert refused.exit_code == 2
    assert "--allow-service" in refused.stderr
    allowed = hlkg("-e", text, "--allow-service")
    # Allowed: the engine tries to reach the (closed) port and reports it in one line.
    assert "--allow-service" not in allowed.stderr
    assert allowed.exit_code == 1
    assert "Traceback" not in allowed.output


def test_from_a_file_iri_reads_no_local_file(hlkg, tmp_path: Path) -> None:
    secret = tmp_path / "secret.ttl"
    secret.write_text("<http://a/s> <http://a/p> <http://a/o> .\n")
    for clause in (f"FROM <{secret.as_uri()}>", f"FROM NAMED <{secret.as_uri()}>"):
        text = f"SELECT * {clause} WHERE {{ {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
        result = hlkg("-e", text, "-f", "csv")
        assert result.exit_code == 0, result.output
        assert "http://a/s" not in result.stdout


def test_unknown_name_missing_parameter_and_unknown_concept(hlkg) -> None:
    unknown = hlkg("concept-defintion")
    assert unknown.exit_code == 2
    assert "did you mean concept-definition" in unknown.stderr
    missing = hlkg("evidence", "-p", "subject=Trust")
    assert missing.exit_code == 2
    assert "'object'" in missing.stderr
    concept = hlkg("supports", "-p", "concept=clinical leadrship")
    assert concept.exit_code == 2
    assert "(ClinicalLeadership)" in concept.stderr
    for result in (unknown, missing, concept):
        assert len(result.stderr.strip().splitlines()) == 1


def test_output_file(hlkg, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = hlkg("statistics", "-f", "json", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text())["head"]["vars"][0] == "documents"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_failed_query_leaves_an_existing_output_file_alone(hlkg, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("earlier\n")
    assert hlkg("-e", "SELECT WHERE {", "-o", str(target)).exit_code == 2
    assert hlkg("statistics", "-f", "turtle", "-o", str(target)).exit_code == 2
    assert target.read_text() == "earlier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_no_build_is_a_clear_error(tmp_path: Path) -> None:
    result = run_main(["query", "statistics", "--build-dir", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "run `hlkg build` first" in result.stderr


def test_queries_lists_names_descriptions_and_parameters() -> None:
    result = CliRunner().invoke(cli, ["queries"])
    assert result.exit_code == 0
    assert "supports  Concepts the given concept supports" in result.stdout
    assert "--param concept (concept, required)" in result.stdout
    assert "--param limit (integer, default 20)" in result.stdout


def _run_hlkg(args: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    code = "import sys; from kg.cli import main; sys.argv[0] = 'hlkg'; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False, **kwargs
    )


def test_timeout_stops_a_runaway_query_with_a_clear_message(
    mini_build: Path, tmp_path: Path
) -> None:
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    target = tmp_path / "out.csv"
    target.write_text("earlier\n")
    done = _run_hlkg(
        [
            "query",
            "-e",
            runaway,
            "--timeout",
            "0.5",
            "--build-dir",
            str(mini_build),
            "-o",
            str(target),
        ],
        timeout=60,
    )
    assert done.returncode == 124
    assert done.stderr.strip() == (
        "hlkg: error: the query ran longer than 0.5 s and was stopped "
        "(raise --timeout, or add a LIMIT)"
    )
    assert target.read_text() == "earlier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_the_query_path_imports_no_heavy_library(mini_build: Path) -> None:
    code = (
        "import sys; from kg.cli import main\n"
        "try:\n    main(['query', 'statistics', '--build-dir', sys.argv[1]])\n"
        "except SystemExit:\n    pass\n"
        "heavy = ('rdflib', 'spacy', 'owlready2', 'pyvis', 'networkx')\n"
        "heavy = [m for m in heavy if m in sys.modules]\n"
        "print('HEAVY', heavy, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(mini_build)], capture_output=True, text=True
    )
    assert "HEAVY []" in done.stderr, done.stderr


def test_broken_pipe_is_quiet(mini_build: Path) -> None:
    env = dict(os.environ)
    reader = subprocess.Popen(
        ["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL
    )
    code = "import sys; from kg.cli import main; main(sys.argv[1:])"
    done = subprocess.run(
        [sys.executable, "-c", code, "query", "concepts", "--build-dir", str(mini_build)],
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        check=False,
    )
    reader.stdin.close()
    reader.wait()
    assert "Traceback" not in done.stderr
