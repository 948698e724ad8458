"""Exact results of the named queries on the hand-made mini graph (tests/fixtures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.sparql import library, run
from kg.sparql.results import compact


@pytest.fixture(scope="module")
def ask(mini_build: Path):
    """Run a named query on the mini graph; rows as dicts of compact strings."""
    from kg.buildstore import open_store

    store = open_store(mini_build)

    def rows(name: str, **given: str) -> list[dict[str, str]]:
        results = run.execute(library.find(name), given, store=store)
        names = [v.value for v in results.variables]
        return [{n: compact(solution[n]) for n in names} for solution in results]

    return rows


def pick(rows: list[dict[str, str]], *columns: str) -> list[tuple[str, ...]]:
    return [tuple(row[c] for c in columns) for row in rows]


def test_what_clinical_leadership_supports_with_evidence(ask) -> None:
    rows = ask("supports", concept="clinical leadership")
    assert pick(rows, "object", "property", "source", "confidence", "hedged", "negated") == [
        ("hlkg:QualityOfCare", "hlkg:improves", "divide-essay.txt", "0.9", "false", "false"),
        ("hlkg:QualityOfCare", "hlkg:improves", "notes-on-networks.txt", "0.9", "false", "false"),
        ("hlkg:PatientOutcome", "hlkg:improves", "divide-essay.txt", "0.8", "false", "false"),
    ]
    assert rows[1]["sentence"] == (
        "Clinical leadership improves quality of care when doctors take part in running services."
    )


def test_hinders_lists_a_negated_claim_flagged_and_a_hedged_one(ask) -> None:
    assert pick(ask("hinders", concept="management training"), "object", "negated") == [
        ("hlkg:Autonomy", "true")
    ]
    assert pick(ask("hinders", concept="Bureaucracy"), "object", "property", "hedged") == [
        ("hlkg:Trust", "hlkg:undermines", "true")
    ]


def test_requires_follows_sub_properties(ask) -> None:
    assert pick(ask("requires", concept="Autonomy"), "object", "property") == [
        ("hlkg:Accountability", "hlkg:requires")
    ]
    assert pick(ask("requires", concept="Accountability"), "object", "property") == [
        ("hlkg:Trust", "hlkg:dependsOn")
    ]


def test_conflicts_is_read_in_both_directions(ask) -> None:
    assert pick(ask("conflicts", concept="Autonomy"), "other") == [("hlkg:Bureaucracy",)]
    assert pick(ask("conflicts", concept="Bureaucracy"), "other") == [("hlkg:Autonomy",)]


def test_evidence_between_two_concepts_in_either_order(ask) -> None:
    forward = ask("evidence", subject="Bureaucracy", object="trust")
    backward = ask("evidence", subject="trust", object="Bureaucracy")
    assert forward == backward
    assert pick(forward, "from", "property", "to", "hedged", "cue") == [
        ("hlkg:Bureaucracy", "hlkg:undermines", "hlkg:Trust", "true", "undermine")
    ]
    assert (
        forward[0]["sentence"]
        == "Bureaucracy may undermine trust within a managed clinical network."
    )


def test_paths_between_two_concepts(ask) -> None:
    assert pick(
        ask("paths", **{"from": "Autonomy", "to": "Trust"}), "length", "p1", "via1", "p2"
    ) == [("2", "hlkg:requires", "hlkg:Accountability", "hlkg:dependsOn")]
    assert ask("paths", **{"from": "Trust", "to": "Autonomy"}) == []


def test_documents_mentioning_a_concept_and_how_often(ask) -> None:
    assert pick(
        ask("concept-documents", concept="autonomy"), "source", "mentions", "sentences"
    ) == [
        ("notes-on-networks.txt", "3", "3"),
        ("divide-essay.txt", "1", "1"),
    ]


def test_concepts_of_one_document(ask) -> None:
    rows = ask("document-concepts", document="divide-essay.txt")
    assert pick(rows[:2], "concept", "category", "mentions") == [
        ("hlkg:Manager", "hlkg:Actor", "2"),
        ("hlkg:QualityOfCare", "hlkg:Outcome", "2"),
    ]
    assert len(rows) == 11
    assert "hlkg:Trust" not in {r["concept"] for r in rows}


def test_mintzberg_roles_in_three_groups(ask) -> None:
    rows = ask("mintzberg-roles")
    assert len(rows) == 10
    groups = {r["group"] for r in rows}
    assert groups == {"hlkg:InterpersonalRole", "hlkg:InformationalRole", "hlkg:DecisionalRole"}
    liaison = next(r for r in rows if r["role"] == "hlkg:LiaisonRole")
    assert (liaison["group"], liaison["mentions"]) == ("hlkg:InterpersonalRole", "1")


def test_most_co_occurring_pairs(ask) -> None:
    rows = ask("cooccurring-pairs", limit="4")
    assert pick(rows, "a", "b", "sentences") == [
        ("hlkg:Autonomy", "hlkg:Doctor", "2"),
        ("hlkg:ClinicalLeadership", "hlkg:QualityOfCare", "2"),
        ("hlkg:Doctor", "hlkg:Manager", "2"),
        ("hlkg:Doctor", "hlkg:QualityOfCare", "2"),
    ]


def test_corroborated_versus_single_source_relations(ask) -> None:
    assert pick(ask("corroborated-relations"), "subject", "property", "object", "documents") == [
        ("hlkg:ClinicalLeadership", "hlkg:improves", "hlkg:QualityOfCare", "2")
    ]
    single = ask("single-source-relations")
    assert len(single) == 8
    assert ("hlkg:Partnership", "hlkg:supports", "hlkg:QualityOfCare", "divide-essay.txt") in pick(
        single, "subject", "property", "object", "source"
    )
    assert all(r["property"] != "hlkg:hinders" for r in single)  # the negated claim
    assert len(ask("corroborated-relations", min_documents="1")) == 9


def test_hedged_firm_and_negated_claims(ask) -> None:
    split = ask("hedged-vs-firm")
    assert pick(split[:1], "subject", "property", "object", "firm", "hedgedCount") == [
        ("hlkg:Bureaucracy", "hlkg:undermines", "hlkg:Trust", "0", "1")
    ]
    strong = next(
        r
        for r in split
        if r["object"] == "hlkg:QualityOfCare" and r["subject"] == "hlkg:ClinicalLeadership"
    )
    assert (strong["firm"], strong["hedgedCount"]) == ("2", "0")
    assert pick(ask("hedged-claims"), "subject", "hedgeCue", "source") == [
        ("hlkg:Bureaucracy", "may", "notes-on-networks.txt")
    ]
    assert pick(ask("negated-claims"), "subject", "property", "object", "hedgeCue") == [
        ("hlkg:ManagementTraining", "hlkg:hinders", "hlkg:Autonomy", "does not")
    ]


def test_central_concepts(ask) -> None:
    rows = ask("central-concepts", limit="3")
    assert len(rows) == 3
    assert rows[0]["concept"] == "hlkg:Trust"
    values = [float(r["centrality"]) for r in rows]
    assert values == sorted(values, reverse=True)


def test_relation_signs_follow_sub_property_chains(ask) -> None:
    signs = {r["property"]: r["sign"] for r in ask("relation-signs")}
    assert signs["hlkg:overcomes"] == "-1"
    assert signs["hlkg:dependsOn"] == "1"
    assert signs["hlkg:divertsFrom"] == "-1"
    assert signs["hlkg:improves"] == "1"
    assert signs["hlkg:partOf"] == ""
    signed = {(r["subject"], r["object"]): r["sign"] for r in ask("signed-relations")}
    assert signed[("hlkg:Dialogue", "hlkg:DoctorManagerDivide")] == "-1"
    assert signed[("hlkg:Partnership", "hlkg:QualityOfCare")] == "1"
    assert signed[("hlkg:Manager", "hlkg:LiaisonRole")] == ""
    assert ("hlkg:ManagementTraining", "hlkg:Autonomy") not in signed


def test_statistics(ask) -> None:
    (row,) = ask("statistics")
    assert {k: row[k] for k in ("documents", "sentences", "mentions", "statements")} == {
        "documents": "2",
        "sentences": "10",
        "mentions": "31",
        "statements": "12",
    }
    assert (
        row["negated"], row["rejected"], row["hedged"], row["relations"], row["mentionedConcepts"]
    ) == ("1", "1", "2", "9", "16")


def test_concepts_never_mentioned(ask) -> None:
    never = {r["concept"] for r in ask("unmentioned-concepts")}
    everything = {r["concept"] for r in ask("concepts")}
    assert "hlkg:Government" in never
    assert "hlkg:Autonomy" not in never
    assert len(everything - never) == 16


def test_concept_definition_synonyms_and_framework_mappings(ask) -> None:
    (row,) = ask("concept-definition", concept="teamwork")
    assert row["category"] == "hlkg:Practice"
    assert row["definition"]
    assert "team working" in row["synonyms"].split(" | ")
    assert row["frameworkMappings"]
    mappings = ask("framework-mappings")
    assert mappings
    assert {r["match"] for r in mappings} <= {"skos:closeMatch", "skos:relatedMatch"}


def test_concept_relations_and_sentences(ask) -> None:
    rows = ask("concept-relations", concept="clinical leadership")
    assert pick(rows, "direction", "property", "other", "sign", "statements", "documents") == [
        ("out", "hlkg:improves", "hlkg:QualityOfCare", "1", "2", "2"),
        ("out", "hlkg:improves", "hlkg:PatientOutcome", "1", "1", "1"),
    ]
    sentences = ask("concept-sentences", concept="autonomy")
    assert pick(sentences, "surface", "source") == [
        ("clinical autonomy", "divide-essay.txt"),
        ("Autonomy", "notes-on-networks.txt"),
        ("autonomy", "notes-on-networks.txt"),
        ("autonomy", "notes-on-networks.txt"),
    ]


def test_rejected_claims_are_listed_and_never_asserted(ask) -> None:
    rows = ask("rejected-claims")
    assert pick(rows, "subject", "property", "object", "hedgeCue") == [
        ("hlkg:Management", "hlkg:threatens", "hlkg:Autonomy", "a view that is mistaken"),
    ]
    assert ask("hinders", concept="management")[0]["rejected"] == "true"
    relations = ask("concept-relations", concept="autonomy")
    assert not any(r["other"] == "hlkg:Management" for r in relations)


def test_claims_attributed_to_others_name_their_holder(ask) -> None:
    rows = ask("attributed-claims")
    assert pick(rows, "holder", "subject", "object", "rejected") == [
        ("hlkg:Doctor", "hlkg:Management", "hlkg:Autonomy", "true"),
    ]


class _CountingSolutions:
    """Real query solutions, counting how many the writer has taken so far."""

    def __init__(self, results) -> None:
        self.variables = results.variables
        self._results = results
        self.taken = 0

    def __iter__(self):
        for solution in self._results:
            self.taken += 1
            yield solution


class _Recorder:
    """An output that notes how many solutions had been taken at each write."""

    def __init__(self, source: _CountingSolutions) -> None:
        self.source = source
        self.taken_at_write: list[int] = []
        self.chunks: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.taken_at_write.append(self.source.taken)
        self.chunks.append(data)
        return len(data)


def test_the_table_streams_its_rows_beyond_the_sizing_rows() -> None:
    """The default format used to hold every row (1M rows: 2 GB); now memory stays flat."""
    import io

    import pyoxigraph

    from kg.sparql import results as writers

    total = writers.TABLE_SIZING_ROWS * 3 + 7
    store = pyoxigraph.Store()
    store.extend(
        pyoxigraph.Quad(
            pyoxigraph.NamedNode(f"https://example.org/s{n:05d}"),
            pyoxigraph.NamedNode("https://example.org/p"),
            pyoxigraph.Literal("x" * (n % 50)),
        )
        for n in range(total)
    )
    source = _CountingSolutions(store.query("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s"))
    out, err = _Recorder(source), io.StringIO()
    assert writers.write(source, "table", out, err) == total
    # The header went out after the sizing rows only, and every later row as it came.
    assert out.taken_at_write[0] == writers.TABLE_SIZING_ROWS
    assert out.taken_at_write[-1] == total
    assert sorted(out.taken_at_write) == out.taken_at_write
    lines = b"".join(out.chunks).decode().splitlines()
    assert len(lines) == total + 2
    assert lines[2] == "<https://example.org/s00000>"  # an empty last cell: no trailing spaces
    assert lines[3] == "<https://example.org/s00001>  x"
    assert lines[-1].startswith(f"<https://example.org/s{total - 1:05d}>")
    assert err.getvalue().splitlines() == [
        f"(columns sized to the first {writers.TABLE_SIZING_ROWS:,} rows)",
        f"{total} rows",
    ]


def test_a_short_table_is_aligned_with_no_note() -> None:
    import io

    import pyoxigraph

    from kg.sparql import results as writers

    store = pyoxigraph.Store()
    store.add(
        pyoxigraph.Quad(
            pyoxigraph.NamedNode("https://example.org/a"),
            pyoxigraph.NamedNode("https://example.org/p"),
            pyoxigraph.Literal("a longer value"),
        )
    )
    out, err = io.BytesIO(), io.StringIO()
    results = store.query("SELECT ?o ?s WHERE { ?s ?p ?o }")
    assert writers.write(results, "table", out, err) == 1
    assert out.getvalue().decode().splitlines() == [
        "o               s",
        "--------------  -----------------------",
        "a longer value  <https://example.org/a>",
    ]
    assert err.getvalue() == "1 row\n"


def test_booleans_show_in_canonical_form_whatever_the_engine_sent() -> None:
    import pyoxigraph

    boolean = pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
    shown = [compact(pyoxigraph.Literal(v, datatype=boolean)) for v in ("1", "0", "true", "false")]
    assert shown == ["true", "false", "true", "false"]
