"""`hlkg ask`: the questions of tests/ask_questions.toml map to the queries written beside
them, the intents' own examples map to their intents, bad question files are one-line errors,
and the CLI prints what it chose and why."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from test_query_cli import run_main

from kg.ask import Asker, Unmappable, questions_file
from kg.errors import HlkgError

QUESTIONS = tomllib.loads(
    (Path(__file__).parent / "ask_questions.toml").read_text(encoding="utf-8")
)["question"]


@pytest.fixture(scope="module")
def asker(mini_build: Path) -> Asker:
    from kg.buildstore import open_store

    return Asker.from_store(open_store(mini_build))


def test_there_are_forty_questions_and_negative_ones() -> None:
    answered = [q for q in QUESTIONS if "query" in q]
    refused = [q for q in QUESTIONS if "error" in q]
    assert len(answered) >= 40 and len(refused) >= 8
    assert len({q["text"] for q in QUESTIONS}) == len(QUESTIONS)


@pytest.mark.parametrize("case", QUESTIONS, ids=[q["text"].strip() or "blank" for q in QUESTIONS])
def test_each_question_maps_as_written(asker: Asker, case: dict) -> None:
    if "error" in case:
        with pytest.raises(Unmappable) as refused:
            asker.map(case["text"])
        message = str(refused.value)
        assert case["error"] in message
        assert "\n" not in message and refused.value.exit_code == 2
        assert refused.value.closest and '; try: hlkg ask "' in message
        return
    mapping = asker.map(case["text"])
    assert (mapping.query, mapping.params) == (case["query"], case["params"]), mapping.reasons


def test_every_intent_answers_its_own_example(asker: Asker) -> None:
    for intent in asker.intents:
        if intent.documents:
            continue  # its example names a seed article, not one of the mini graph's
        mapping = asker.map(intent.example)
        assert mapping.intent == intent.name, (intent.example, mapping)


def test_the_mapping_says_why(asker: Asker) -> None:
    mapping = asker.map("what threatens clinical autonomy?")
    assert mapping.reasons == (
        '"clinical autonomy" is the concept autonomy (hlkg:Autonomy)',
        '"threatens" is a cue phrase of threatens, in the hinders family',
        "the concept comes after it: what acts on the concept",
    )
    assert mapping.command() == (
        "hlkg query relations-into -p concept=hlkg:Autonomy -p relation=hlkg:hinders"
    )


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (("[relations]\n", '[relations]\nhelps = ["aid"]\n'), "[relations] helps: not a relation"),
        (('query = "statistics"', 'query = "statistcs"'), "no named query 'statistcs'"),
        (('concepts = "0-1"', 'concepts = "one"'), "concepts is a number or a range"),
        (('relation = "after"', 'relation = "behind"'), "relation is 'after' or 'before'"),
        (('words = ["mintzberg", "ten roles", "10 roles"]', 'words = "mintzberg"'),
         "expected a list of phrases"),
        (("strict = true", "strict = tru"), "cannot read the question file"),
    ],
)
def test_a_bad_question_file_is_a_one_line_error(
    mini_build: Path, tmp_path: Path, edit: tuple[str, str], message: str
) -> None:
    from kg.buildstore import open_store

    text = questions_file().read_text(encoding="utf-8").replace(*edit, 1)
    path = tmp_path / "ask.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(HlkgError) as error:
        Asker.from_store(open_store(mini_build), path=path)
    assert message in str(error.value) and "\n" not in str(error.value)


def ask(build: Path, *args: str):
    return run_main(["ask", *args, "--build-dir", str(build)])


def test_cli_prints_the_query_its_parameters_and_the_results(mini_build: Path) -> None:
    result = ask(mini_build, "what threatens clinical autonomy?")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "query   relations-into: What acts on a concept"
    assert lines[1] == "params  concept=hlkg:Autonomy relation=hlkg:hinders"
    assert lines[2] == 'why     "clinical autonomy" is the concept autonomy (hlkg:Autonomy)'
    assert "same as hlkg query relations-into -p concept=hlkg:Autonomy" in result.stdout
    assert "sparql" not in lines
    # The results, with their evidence: the rejected claim and the negated one.
    assert "Some doctors hold the view that management threatens autonomy" in result.stdout
    assert "Management training does not hinder the autonomy of doctors." in result.stdout
    # Unquoted words are one question too; --show-sparql prints the bound query.
    shown = ask(mini_build, "what", "threatens", "autonomy", "--show-sparql")
    assert shown.exit_code == 0
    assert "VALUES (?concept ?relation) { (<https://w3id.org/hlkg/ontology#Autonomy> " in (
        shown.stdout
    )


def test_cli_shows_claims_with_evidence_and_machine_formats(mini_build: Path) -> None:
    result = ask(mini_build, "what do the sources agree on?")
    assert result.exit_code == 0, result.stderr
    assert "clinical leadership → quality of care (positive: improves)" in result.stdout
    assert "    for      “Clinical leadership improves quality of care" in result.stdout
    csv = ask(mini_build, "which claims are hedged?", "--format", "csv")
    assert csv.exit_code == 0
    assert csv.stdout.splitlines()[0].startswith("subject,")  # the explanation went to stderr
    assert "query   hedged-claims" in csv.stderr


def test_cli_refuses_an_unmappable_question_in_one_line(mini_build: Path) -> None:
    result = ask(mini_build, "what is the weather like today?")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(
        'hlkg: error: cannot map "what is the weather like today?" to a named query: '
    )
    assert "closest queries: concept-definition" in result.stderr
    assert 'try: hlkg ask "what is a managed clinical network?"' in result.stderr


def test_a_document_is_named_only_by_what_cannot_be_an_ordinary_word() -> None:
    from kg.ask import _document_names
    from kg.ontology import load_ontology

    names = _document_names("SOURCES.md", "The seed corpus", "sources")
    assert names == ["The seed corpus", "SOURCES.md"]
    assert _document_names("notes/a_b 2.txt", "Notes", "notes-a-b-2") == [
        "notes/a_b 2.txt", "notes-a-b-2", "a_b 2.txt", "a_b 2"
    ]
    asker = Asker.from_ontology(load_ontology(), [("urn:doc:sources", names)])
    assert asker.map("where do the sources disagree?").query == "contested-claims"
    assert asker.map("which concepts does SOURCES.md mention?").params == {
        "document": "<urn:doc:sources>"
    }
