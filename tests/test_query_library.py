"""The named query library: headers, listing, parameters and their resolution."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pyoxigraph
import pytest

from kg.errors import HlkgError
from kg.sparql import library, params, run

EXAMPLES: dict[str, dict[str, str]] = tomllib.loads(
    (Path(__file__).resolve().parent.parent / "bench" / "query_examples.toml").read_text("utf-8")
)
"""Values for the required parameters of the named queries, in the mini graph (shared with
bench/bench_query.py, which must run without pytest)."""


def test_the_library_has_at_least_fifteen_documented_queries() -> None:
    named = library.list_queries()
    assert len(named) >= 15
    for query in named:
        assert query.title and query.title != query.name, query.name
        assert query.description, query.name
        for param in query.params:
            assert param.help, (query.name, param.name)


def test_every_required_parameter_has_an_example_here() -> None:
    for query in library.list_queries():
        required = {p.name for p in query.params if p.required}
        assert required <= set(EXAMPLES.get(query.name, {})), query.name


def test_header_parsing() -> None:
    text = (
        "# title: T\n# description: D\n"
        "# param: concept (concept, required) the concept\n"
        "# param: limit (integer, default 20) rows\n"
        "SELECT * WHERE { ?s ?p ?o }\n# param: late (string, required) not header\n"
    )
    query = library.parse_query_text(text, "x", "x.rq")
    assert (query.title, query.description) == ("T", "D")
    assert [p.describe() for p in query.params] == [
        "concept (concept, required)",
        "limit (integer, default 20)",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "# param: x (colour, required) bad kind",
        "# param: nothing here",
        "# param: y (string, maybe) z",
    ],
)
def test_a_malformed_param_line_is_a_one_line_error(line: str) -> None:
    with pytest.raises(HlkgError) as error:
        library.parse_query_text(f"{line}\nSELECT * {{}}", "x", "x.rq")
    assert "x.rq:1" in str(error.value)


def test_an_optional_parameter_is_left_unbound() -> None:
    text = "# param: concept (concept, optional) keep these\nSELECT * WHERE { ?s ?p ?concept }\n"
    query = library.parse_query_text(text, "x", "x.rq")
    (param,) = query.params
    assert (param.optional, param.required, param.describe()) == (
        True, False, "concept (concept, optional)"
    )
    assert params.bind(query._replace(library=True), {}, lambda text: []) == ({}, None)
    for bad in ("(concept, optional, required)", "(integer, optional, default 3)"):
        with pytest.raises(HlkgError, match="can be neither required, defaulted"):
            library.parse_query_text(f"# param: x {bad} help\nSELECT * {{}}", "x", "x.rq")


def mini_rows(mini_build: Path, name: str, given: dict[str, str]) -> list[dict[str, str]]:
    from kg.buildstore import open_store
    from kg.sparql.results import compact

    results = run.execute(library.find(name), given, store=open_store(mini_build))
    names = [v.value for v in results.variables]
    return [{n: compact(s[n]) for n in names} for s in results]


def test_claim_queries_on_the_mini_graph(mini_build: Path) -> None:
    (consensus,) = mini_rows(mini_build, "consensus-claims", {})
    assert (consensus["subject"], consensus["relations"], consensus["object"]) == (
        "hlkg:ClinicalLeadership", "improves", "hlkg:QualityOfCare"
    )
    assert (consensus["firm"], consensus["consensus"]) == ("2", "true")
    assert mini_rows(mini_build, "consensus-claims", {"concept": "trust"}) == []
    assert mini_rows(mini_build, "contested-claims", {}) == []
    about = mini_rows(mini_build, "claims-about", {"concept": "autonomy"})
    assert {(r["claim"].removeprefix("hlkgd:claim/"), r["denied"]) for r in about} == {
        ("Autonomy--positive--Accountability", "0"),
        ("Autonomy--negative--Bureaucracy", "0"),
        ("Management--negative--Autonomy", "1"),
        ("ManagementTraining--negative--Autonomy", "1"),
    }
    assert len(mini_rows(mini_build, "claims", {})) == 11
    evidence = mini_rows(
        mini_build, "claim-evidence", {"claim": "hlkgd:claim/Management--negative--Autonomy"}
    )
    assert [(r["side"], r["rejected"], r["holders"]) for r in evidence] == [
        ("denied", "true", "https://w3id.org/hlkg/ontology#Doctor")
    ]
    assert len(mini_rows(mini_build, "claim-evidence", {})) == 12  # each statement once


def test_what_acts_on_a_concept_on_the_mini_graph(mini_build: Path) -> None:
    given = {"concept": "autonomy", "relation": "hlkg:hinders"}
    rows = mini_rows(mini_build, "relations-into", given)
    assert [(r["subject"], r["property"], r["negated"], r["rejected"]) for r in rows] == [
        ("hlkg:Management", "hlkg:threatens", "false", "true"),
        ("hlkg:ManagementTraining", "hlkg:hinders", "true", "false"),
    ]
    (role,) = mini_rows(mini_build, "relations-from", {"concept": "manager"})
    assert (role["object"], role["property"]) == ("hlkg:LiaisonRole", "hlkg:playsRole")
    every = mini_rows(mini_build, "relations-into", {"concept": "autonomy"})
    assert {r["property"] for r in every} == {
        "hlkg:hinders", "hlkg:threatens", "hlkg:conflictsWith"
    }


def test_unknown_query_name_suggests_the_closest() -> None:
    with pytest.raises(HlkgError) as error:
        library.find("suports")
    assert error.value.exit_code == 2
    assert "supports" in str(error.value)


@pytest.mark.parametrize("name", library.query_names())
def test_every_named_query_runs_on_the_mini_graph(mini_build: Path, name: str) -> None:
    from kg.buildstore import open_store

    store = open_store(mini_build)
    results = run.execute(library.find(name), EXAMPLES.get(name, {}), store=store)
    rows = list(results)
    assert isinstance(rows, list)


@pytest.mark.parametrize(
    "spelling",
    [
        "clinical leadership",
        "Clinical   Leadership",
        "ClinicalLeadership",
        "hlkg:ClinicalLeadership",
        "https://w3id.org/hlkg/ontology#ClinicalLeadership",
        "<https://w3id.org/hlkg/ontology#ClinicalLeadership>",
    ],
)
def test_a_concept_may_be_named_by_label_local_name_prefixed_name_or_iri(
    mini_build: Path, spelling: str
) -> None:
    from kg.buildstore import open_store

    select = run.local_select(open_store(mini_build))
    bindings, limit = params.bind(library.find("supports"), {"concept": spelling}, select)
    assert bindings == {
        "concept": pyoxigraph.NamedNode("https://w3id.org/hlkg/ontology#ClinicalLeadership")
    }
    assert limit is None


def test_an_alternative_label_resolves(mini_build: Path) -> None:
    from kg.buildstore import open_store

    select = run.local_select(open_store(mini_build))
    bindings, _ = params.bind(
        library.find("supports"), {"concept": "managed clinical network"}, select
    )
    assert bindings["concept"].value.endswith("#ClinicalNetwork")


def test_unknown_concept_suggests_the_closest(mini_build: Path) -> None:
    from kg.buildstore import open_store

    select = run.local_select(open_store(mini_build))
    with pytest.raises(HlkgError) as error:
        params.bind(library.find("supports"), {"concept": "clinical leadrship"}, select)
    message = str(error.value)
    assert error.value.exit_code == 2
    assert "unknown concept 'clinical leadrship'" in message
    assert "(ClinicalLeadership)" in message
    assert "\n" not in message


def test_missing_and_unknown_and_badly_typed_parameters(mini_build: Path) -> None:
    from kg.buildstore import open_store

    select = run.local_select(open_store(mini_build))
    with pytest.raises(HlkgError, match="needs the parameter 'concept'"):
        params.bind(library.find("supports"), {}, select)
    with pytest.raises(HlkgError, match="has no parameter 'concpt': did you mean concept"):
        params.bind(library.find("supports"), {"concpt": "x"}, select)
    with pytest.raises(HlkgError, match="'many' is not a whole number"):
        params.bind(library.find("cooccurring-pairs"), {"limit": "many"}, select)
    with pytest.raises(HlkgError, match="takes no parameters"):
        params.bind(library.find("statistics"), {"x": "1"}, select)


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("-1", "not a whole number"),
        ("+5", "not a whole number"),
        ("1_000", "not a whole number"),
        ("\u0663", "not a whole number"),  # ARABIC-INDIC DIGIT THREE: int() would take it
        ("2.5", "not a whole number"),
        ("", "not a whole number"),
        ("99999999999999999999999", "larger than the most allowed"),
        ("9223372036854775808", "larger than the most allowed"),
    ],
)
def test_integer_parameters_are_checked_before_the_query_sees_them(
    mini_build: Path, value: str, says: str
) -> None:
    from kg.buildstore import open_store

    select = run.local_select(open_store(mini_build))
    for name, param, given in (
        ("concept-sentences", "limit", {"concept": "Autonomy"}),
        ("corroborated-relations", "min_documents", {}),
    ):
        with pytest.raises(HlkgError, match=f"parameter {param}: .*{says}") as error:
            params.bind(library.find(name), {**given, param: value}, select)
        assert error.value.exit_code == 2
        assert "syntax" not in str(error.value)


def test_the_largest_integer_parameter_runs(mini_build: Path) -> None:
    from kg.buildstore import open_store

    store = open_store(mini_build)
    given = {"concept": "Autonomy", "limit": str(params.MAX_INTEGER)}
    rows = list(run.execute(library.find("concept-sentences"), given, store=store))
    assert rows


def test_documents_resolve_by_id_file_name_title_or_iri(mini_build: Path) -> None:
    from kg.buildstore import open_store

    select = run.local_select(open_store(mini_build))
    query = library.find("document-concepts")
    for name in [
        "divide-essay",
        "divide-essay.txt",
        "Bridging the doctor-manager divide",
        "hlkgd:doc/divide-essay",
    ]:
        bindings, _ = params.bind(query, {"document": name}, select)
        assert bindings["document"].value == "https://w3id.org/hlkg/data/doc/divide-essay", name


def test_parameter_values_are_terms_never_query_text(mini_build: Path) -> None:
    """A value full of SPARQL syntax stays one string literal."""
    from kg.buildstore import open_store

    store = open_store(mini_build)
    hostile = 'x" } } ; DROP ALL ; SELECT * WHERE { ?s ?p "'
    named = library.parse_query_text("SELECT ?v WHERE { BIND(?given AS ?v) }", "-e", "-e")
    rows = list(run.execute(named, {"given": hostile}, store=store))
    assert [r["v"].value for r in rows] == [hostile]
    with pytest.raises(HlkgError, match=r"not a valid IRI|neither an IRI"):
        params.to_iri("<http://x> } DROP ALL {", "parameter")
