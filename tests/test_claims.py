"""Claims across documents (kg.claims): signs and directions from the ontology, the counts on
each side, contested and consensus, and the claim nodes of a real build."""

from __future__ import annotations

import functools
from pathlib import Path

import pyoxigraph
import pytest

from kg.claims import Claim, RelationRules, StatementRecord, aggregate, claim_iri
from kg.corpus_facts import CorpusFacts
from kg.namespaces import CORPUS_GRAPH, DATA, HLKG, PREFIXES

H = HLKG
PREFIX_LINES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


@functools.cache
def rules() -> RelationRules:
    from kg.ontology import load_ontology

    return RelationRules.from_ontology(load_ontology())


def record(doc: str, subject: str, predicate: str, obj: str, begin: int = 0, n: int = 1,
           **flags: bool) -> StatementRecord:
    return StatementRecord(doc, H + subject, H + predicate, H + obj, begin, begin + 10, n, **flags)


def by_key(claims: list[Claim]) -> dict[tuple[str, str, int], Claim]:
    return {(c.subject.removeprefix(H), c.object.removeprefix(H), c.sign): c for c in claims}


def test_the_ontology_gives_signs_symmetry_and_inverses() -> None:
    r = rules()
    assert [r.sign(H + p) for p in ("supports", "enables", "requires", "dependsOn")] == [1] * 4
    assert [r.sign(H + p) for p in ("hinders", "threatens", "conflictsWith", "divertsFrom")] == [
        -1
    ] * 4
    assert [r.sign(H + p) for p in ("partOf", "playsRole", "relatedTo")] == [0, 0, 0]
    assert H + "conflictsWith" in r.symmetric and H + "divertsFrom" not in r.symmetric
    assert r.forward[H + "supportedBy"] == H + "supports"
    assert r.forward[H + "hasPart"] == H + "partOf"
    assert H + "supports" not in r.forward


def test_counts_on_each_side_and_the_contested_mark() -> None:
    claims = by_key(aggregate([
        record("a", "ManagementTraining", "improves", "Teamwork"),
        record("a", "ManagementTraining", "enables", "Teamwork", begin=20),
        record("b", "ManagementTraining", "supports", "Teamwork", hedged=True),
        record("c", "ManagementTraining", "improves", "Teamwork", negated=True),
        record("d", "ManagementTraining", "undermines", "Teamwork"),
        record("e", "ManagementTraining", "hinders", "Teamwork", rejected=True),
    ], rules()))
    positive = claims[("ManagementTraining", "Teamwork", 1)]
    assert positive.relations == (H + "enables", H + "improves", H + "supports")
    counts = positive.counts()
    assert [counts[(side, "document")] for side in ("firm", "hedged", "denied", "opposite")] == [
        1, 1, 1, 1,
    ]
    assert counts[("firm", "sentence")] == 2
    assert positive.contested and not positive.consensus
    # The opposite claim: asserted once (d), rejected once (e); the positive statements
    # oppose it, and the negated positive one (c) counts for neither side.
    negative = claims[("ManagementTraining", "Teamwork", -1)]
    assert [len(negative.affirmed), len(negative.denied), len(negative.opposed)] == [1, 1, 3]
    assert {r.document for r in negative.opposed} == {"a", "b"}
    assert negative.contested
    assert positive.iri == DATA + "claim/ManagementTraining--positive--Teamwork"


def test_one_document_against_itself_is_not_contested() -> None:
    (claim,) = aggregate([
        record("a", "Autonomy", "requires", "Accountability"),
        record("a", "Autonomy", "requires", "Accountability", begin=40, negated=True),
    ], rules())
    assert not claim.contested and not claim.consensus
    (claim,) = aggregate([
        record("a", "Autonomy", "requires", "Accountability"),
        record("b", "Autonomy", "dependsOn", "Accountability", hedged=True),
    ], rules())
    assert claim.consensus and not claim.contested


def test_neutral_claims_have_no_opposite() -> None:
    claims = by_key(aggregate([
        record("a", "Autonomy", "partOf", "Professionalism"),
        record("b", "Autonomy", "supports", "Professionalism"),
        record("c", "Autonomy", "hinders", "Professionalism"),
        record("d", "Autonomy", "partOf", "Professionalism", negated=True),
    ], rules()))
    neutral = claims[("Autonomy", "Professionalism", 0)]
    assert (len(neutral.affirmed), len(neutral.denied), len(neutral.opposed)) == (1, 1, 0)
    assert neutral.contested  # part of in a, not part of in d
    assert len(claims[("Autonomy", "Professionalism", 1)].opposed) == 1


def test_symmetric_statements_count_in_both_orders_and_inverses_are_turned_round() -> None:
    claims = by_key(aggregate([
        record("a", "Management", "conflictsWith", "ClinicalPractice"),
        record("b", "ClinicalPractice", "conflictsWith", "Management"),
        record("c", "ClinicalPractice", "requires", "Management"),
        record("d", "Management", "supportedBy", "Teamwork"),
        record("e", "Teamwork", "hinders", "Management"),
    ], rules()))
    # One claim for both orders of the symmetric statements, in sorted order ...
    conflict = claims[("ClinicalPractice", "Management", -1)]
    assert {r.document for r in conflict.affirmed} == {"a", "b"}
    assert {r.document for r in conflict.opposed} == {"c"}
    # ... and they oppose the positive claim stated in either order.
    positive = claims[("ClinicalPractice", "Management", 1)]
    assert {r.document for r in positive.opposed} == {"a", "b"}
    assert positive.contested and conflict.contested
    assert ("Management", "ClinicalPractice", -1) not in claims
    # "Management is supported by teamwork" is "teamwork supports management".
    turned = claims[("Teamwork", "Management", 1)]
    assert turned.relations == (H + "supports",)
    assert {r.document for r in turned.opposed} == {"e"}
    assert ("Management", "Teamwork", 1) not in claims


def test_tallies_round_trip_and_merge_keep_every_statement(extractor) -> None:
    from kg.model import Document, Sentence

    text = "Management training improves teamwork. Management training does not improve trust."
    first = Sentence(0, text.index(".") + 1)
    second = Sentence(first.end + 1, len(text))
    extraction = extractor.extract(Document("a.txt", "A", text, (first, second)))
    assert len(extraction.relations) == 2
    facts = CorpusFacts("urn:activity", "1")
    facts.add(extraction, "a")
    again = CorpusFacts("urn:activity", "1")
    again.add_tallies(facts.tallies())
    assert again.statements == facts.statements
    assert {r.iri for r in facts.statements} == {
        DATA + "doc/a/statement/0-38/1", DATA + f"doc/a/statement/{second.begin}-{second.end}/1"
    }
    assert [r.negated for r in facts.statements] == [False, True]
    whole = CorpusFacts("urn:activity", "1")
    whole.merge(facts)
    whole.merge(again)
    assert len(whole.statements) == 4


def test_damaged_statement_tallies_are_refused() -> None:
    facts = CorpusFacts("urn:activity", "1")
    data = {"concepts": [], "mentions": [], "documents": [], "pairs": [], "edges": [],
            "statement_documents": ["a"], "predicates": [], "statements": [[0, 0, 0, 0, 0, 1, 1]]}
    with pytest.raises((KeyError, IndexError, TypeError, ValueError)):
        facts.add_tallies(data)
    del data["statements"]
    with pytest.raises(KeyError):
        facts.add_tallies(data)


@pytest.fixture(scope="module")
def claims_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from test_viz_support import build_claims_corpus

    from kg.buildstore import current_build, read_manifest

    build = build_claims_corpus(tmp_path_factory.mktemp("claims"))
    counts = read_manifest(current_build(build))["counts"]
    assert (counts["claims"], counts["contested_claims"], counts["consensus_claims"]) == (3, 2, 1)
    return build


def select(store: pyoxigraph.Store, query: str) -> list[dict[str, str]]:
    solutions = store.query(PREFIX_LINES + query, use_default_graph_as_union=True)
    return [
        {str(v.value): s[v].value for v in solutions.variables if s[v] is not None}
        for s in solutions
    ]


def test_a_build_writes_claim_nodes_into_the_corpus_graph(claims_build: Path) -> None:
    from kg.buildstore import open_store

    store = open_store(claims_build)
    positive = claim_iri(H + "ManagementTraining", 1, H + "Teamwork")
    rows = select(store, f"""SELECT ?p ?o WHERE {{
        GRAPH <https://w3id.org/hlkg/graph/corpus> {{ <{positive}> ?p ?o }} }}""")
    facts: dict[str, set[str]] = {}
    for row in rows:
        facts.setdefault(row["p"].removeprefix(H), set()).add(row["o"])
    assert facts["claimSubject"] == {H + "ManagementTraining"}
    assert facts["sign"] == {"1"}
    assert facts["contested"] == {"true"} and facts["consensus"] == {"false"}
    assert (facts["firmDocumentCount"], facts["deniedDocumentCount"],
            facts["oppositeDocumentCount"], facts["hedgedDocumentCount"]) == (
        {"1"}, {"1"}, {"1"}, {"0"})
    assert facts["affirmedBy"] == {DATA + "doc/a/statement/0-38/1"}
    ((denied,), (opposed,)) = (facts["deniedBy"], facts["opposedBy"])
    assert denied.startswith(DATA + "doc/d/statement/0-")
    assert opposed.startswith(DATA + "doc/b/statement/0-")
    # Every link leads to a statement of the graph.
    assert select(store, """SELECT ?s WHERE { ?c hlkg:affirmedBy|hlkg:deniedBy|hlkg:opposedBy ?s
        FILTER NOT EXISTS { ?s a rdf:Statement } }""") == []
    consensus = select(store, "SELECT ?c WHERE { ?c hlkg:consensus true }")
    assert consensus == [{"c": claim_iri(H + "ClinicalLeadership", 1, H + "Trust")}]


def test_shacl_validates_claims_and_catches_a_bad_one(claims_build: Path, tmp_path: Path) -> None:
    from test_viz_support import make_build

    from kg.buildstore import open_store
    from kg.check.shacl_chunks import validate_build

    assert validate_build(claims_build, chunk_docs=1, workers=1) == []
    store = pyoxigraph.Store()
    store.extend(open_store(claims_build).quads_for_pattern(None, None, None, None))
    claim = pyoxigraph.NamedNode(claim_iri(H + "ManagementTraining", 1, H + "Teamwork"))
    xsd = PREFIXES["xsd"]
    for name, value, datatype in (("consensus", "true", "boolean"), ("sign", "2", "integer")):
        prop = pyoxigraph.NamedNode(H + name)
        for quad in list(store.quads_for_pattern(claim, prop, None, None)):
            store.remove(quad)
        literal = pyoxigraph.Literal(value, datatype=pyoxigraph.NamedNode(xsd + datatype))
        store.add(pyoxigraph.Quad(claim, prop, literal, pyoxigraph.NamedNode(CORPUS_GRAPH)))
    trig = tmp_path / "broken.trig"
    trig.write_bytes(store.dump(format=pyoxigraph.RdfFormat.TRIG))
    findings = validate_build(make_build(tmp_path / "broken", trig), chunk_docs=1, workers=1)
    messages = [f.message for f in findings if f.entity == claim.value]
    assert any("contested/consensus flags disagree" in m for m in messages)
    assert any("hlkg:sign: 1, -1 or 0" in m for m in messages)


def test_the_report_folds_a_claim_and_its_opposite_and_orders_the_evidence(
    claims_build: Path,
) -> None:
    from kg.buildstore import open_store
    from kg.claim_report import read_claims

    store = open_store(claims_build)
    (entry,) = read_claims(store, contested=True)
    assert (entry.subject, entry.object, entry.sign) == (
        H + "ManagementTraining", H + "Teamwork", 1
    )
    assert entry.mirror == claim_iri(H + "ManagementTraining", -1, H + "Teamwork")
    assert (entry.firm, entry.hedged, entry.denied, entry.opposite) == (1, 0, 1, 1)
    assert [e.document.rsplit("/", 1)[-1] for e in entry.affirmed] == ["a"]
    against = entry.against
    assert sorted(e.side for e in against) == ["denied", "opposed"]
    assert against == sorted(against, key=lambda e: (e.hedged, -e.confidence, e.source))
    assert entry.strongest_against() is against[0]
    about = read_claims(store, concept="trust")
    assert [(e.subject, e.consensus) for e in about] == [(H + "ClinicalLeadership", True)]
    assert [e.iri for e in read_claims(store, consensus=True)] == [about[0].iri]
    assert len(read_claims(store)) == 2  # three claims, two of them one entry


def test_cli_lists_claims_with_both_sides(claims_build: Path) -> None:
    from test_query_cli import run_main

    def claims(*args: str):
        return run_main(["claims", *args, "--build-dir", str(claims_build)])

    result = claims("--contested")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    # the build counts two contested claims, one shown with the other
    assert lines[0] == "1 contested claim (2 in the graph: an opposite is shown with its claim)"
    assert "management training → teamwork (positive: improves)" in result.stdout
    assert "contested (and its opposite)" in result.stdout
    assert "    for      “Management training improves teamwork.”" in lines
    assert "    against  “" in result.stdout
    assert "— a.txt (management training improves teamwork; confidence" in result.stdout
    result = claims("--concept", "trust", "--contested")
    assert (result.exit_code, result.stdout) == (
        0, "no contested claims about trust in the graph\n"
    )
    result = claims("--concept", "trusst")
    assert result.exit_code == 2
    assert result.stderr.startswith("hlkg: error: unknown concept 'trusst': did you mean 'trust'")
    result = claims("--contested", "--consensus")
    assert result.exit_code == 2 and "either contested or a consensus" in result.stderr


def test_cli_on_a_graph_built_before_claims(tmp_path: Path) -> None:
    from test_query_cli import run_main
    from test_viz_support import make_build

    trig = tmp_path / "old.trig"
    trig.write_text(
        "<https://w3id.org/hlkg/data/doc/a> { <https://w3id.org/hlkg/data/doc/a/statement/0-1/1>"
        " a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> . }\n",
        encoding="utf-8",
    )
    build = make_build(tmp_path / "hlkg-build", trig)
    result = run_main(["claims", "--build-dir", str(build)])
    assert result.exit_code == 1
    assert result.stderr == (
        "hlkg: error: the graph has statements but no claims: it was built by an older hlkg; "
        "run `hlkg build` again\n"
    )


def test_a_claims_relations_read_the_same_whatever_order_the_engine_concatenates() -> None:
    """SPARQL leaves GROUP_CONCAT's order to the engine: Virtuoso 7 gave "conflicts with,
    impedes" where Oxigraph gave "impedes, conflicts with" for one claim of corpus-dev."""
    from kg.claim_report import _entry

    row = {
        "claim": f"{DATA}claim/a--negative--b", "subject": "a", "object": "b", "sign": -1,
        "firm": 1, "hedged": 0, "denied": 0, "opposite": 0, "contested": False,
        "consensus": False,
    }
    orders = ("impedes, conflicts with", "conflicts with, impedes")
    assert {_entry({**row, "relations": text}).relations for text in orders} == {
        "conflicts with, impedes"
    }
    assert _entry({**row, "relations": None}).relations == ""
