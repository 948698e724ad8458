"""`hlkg build`: orchestration, atomic publish, lock, cache, determinism and bad input.

Most tests use a tiny stand-in extractor (a handful of words and one cue) so that they check
the build itself, quickly, whatever the real extractor finds; the determinism and seed tests
use the real one.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import threading
import types
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.build import build_graph
from kg.buildstore import build_lock, current_build, open_store, read_manifest
from kg.errors import HlkgError
from kg.model import Extraction, Mention, Relation
from kg.namespaces import HLKG

WORDS = {"doctor": "Doctor", "manager": "Manager", "trust": "Trust", "autonomy": "Autonomy"}

needs_extractor = pytest.mark.skipif(
    importlib.util.find_spec("kg.extract") is None, reason="kg.extract is not written yet"
)



class FakeExtractor:
    """Matches four words (and their plurals) and the cue "improves"; "not" negates."""

    @classmethod
    def from_ontology(cls, graph: object) -> FakeExtractor:
        return cls()

    def extract(self, document) -> Extraction:
        mentions, relations = [], []
        for sentence in document.sentences:
            chunk = document.text[sentence.begin : sentence.end]
            found = [
                Mention(HLKG + WORDS[m.group(1).lower()], sentence.begin + m.start(),
                        sentence.begin + m.end(), m.group(0), sentence)
                for m in re.finditer(r"\b(doctor|manager|trust|autonomy)s?\b", chunk, re.I)
            ]
            mentions += found
            cue = re.search(r"\bimproves\b", chunk)
            if cue:
                before = [m for m in found if m.end <= sentence.begin + cue.start()]
                after = [m for m in found if m.begin >= sentence.begin + cue.end()]
                if before and after:
                    negated = " not " in chunk
                    relations.append(Relation(
                        before[-1].concept, HLKG + "improves", after[0].concept, sentence,
                        "improves", sentence.begin + cue.start(), sentence.begin + cue.end(),
                        before[-1], after[0], 0.8, negated=negated,
                        hedge_cues=("not",) if negated else (),
                    ))
        return Extraction(document, tuple(mentions), tuple(relations))

    def extract_all(self, documents) -> list[Extraction]:
        """What a build calls, with a batch of documents (the real one parses them together)."""
        return [self.extract(d) for d in documents]


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    module = types.ModuleType("kg.extract")
    module.Extractor = FakeExtractor
    module.EXTRACTOR_VERSION = "test-1"
    module.identity = lambda: f"fake extractor {module.EXTRACTOR_VERSION}"
    module.data_files = list  # no data files besides the ontology
    module.calls = 0
    original = FakeExtractor.extract

    def counting(self, document):
        module.calls += 1
        return original(self, document)

    monkeypatch.setattr(FakeExtractor, "extract", counting)
    monkeypatch.setitem(sys.modules, "kg.extract", module)
    return module


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(
        "Doctors and managers meet.\n\nTrust improves autonomy. Managers value trust.\n",
        encoding="utf-8",
    )
    (folder / "sub" / "two.md").write_text(
        "# Second note\n\nAutonomy does not improves trust for managers.\n", encoding="utf-8"
    )
    return folder


def nquads(build_dir: Path) -> list[bytes]:
    return sorted(open_store(build_dir).dump(format=pyoxigraph.RdfFormat.N_QUADS).splitlines())


def test_build_writes_the_graph_and_summary(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    summary = build_graph([corpus], tmp_path / "b", quiet=True)
    assert (summary.documents, summary.relations) == (2, 2)
    assert summary.sentences >= 4
    assert (summary.asserted, summary.negated) == (1, 1)
    assert summary.mentions == 9
    assert summary.skipped == []
    store = open_store(tmp_path / "b")
    graphs = {g.value for g in store.named_graphs()}
    assert {
        "https://w3id.org/hlkg/graph/ontology",
        "https://w3id.org/hlkg/graph/corpus",
        "https://w3id.org/hlkg/data/doc/one",
        "https://w3id.org/hlkg/data/doc/sub-two",
    } == graphs
    ask = "ASK { GRAPH <https://w3id.org/hlkg/data/doc/one> { ?s ?p ?o } }"
    assert store.query(ask)
    manifest = read_manifest(current_build(tmp_path / "b"))
    assert manifest["counts"]["documents"] == 2
    assert manifest["extractor_version"] == "test-1"
    assert [f["source"] for f in manifest["files"]] == ["one.txt", "sub/two.md"]
    assert all(len(f["sha256"]) == 64 for f in manifest["files"])


def test_rebuild_reuses_the_cache_and_gives_the_same_graph(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    build_dir = tmp_path / "b"
    first = build_graph([corpus], build_dir, quiet=True)
    assert (first.reused, fake_extract.calls) == (0, 2)
    before = nquads(build_dir)
    second = build_graph([corpus], build_dir, quiet=True)
    assert (second.reused, fake_extract.calls) == (2, 2)
    assert second.unchanged
    assert (second.documents, second.mentions) == (first.documents, first.mentions)
    assert current_build(build_dir) != first.build
    assert nquads(build_dir) == before
    # Without a previous graph to copy, every document still comes from the cache.
    (build_dir / "current").unlink()
    again = build_graph([corpus], build_dir, quiet=True)
    assert (again.reused, again.unchanged, fake_extract.calls) == (2, False, 2)
    assert nquads(build_dir) == before
    # An edited file is extracted again; the unchanged one still comes from the cache.
    (corpus / "one.txt").write_text("Managers trust doctors.\n", encoding="utf-8")
    third = build_graph([corpus], build_dir, quiet=True)
    assert (third.reused, fake_extract.calls) == (1, 3)
    # Stale entries are pruned: one per document remains.
    assert len(list((build_dir / "cache").glob("*.json"))) == 2
    # A new extractor version invalidates every entry.
    fake_extract.EXTRACTOR_VERSION = "test-2"
    assert build_graph([corpus], build_dir, quiet=True).reused == 0


def test_update_of_the_previous_graph_equals_a_build_from_scratch(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    build_dir = tmp_path / "b"
    (corpus / "big.txt").write_text("Managers improves trust. " * 40 + "\n", encoding="utf-8")
    (corpus / "a_b.txt").write_text("Doctors value autonomy.\n", encoding="utf-8")
    build_graph([corpus], build_dir, quiet=True)
    # Edit one file, remove one, add one, and add `a b.txt`, which takes the id `a-b` from
    # `a_b.txt` (now `a-b-2`): its unchanged bytes under a new id need a new graph too.
    (corpus / "one.txt").write_text("Managers trust doctors.\n", encoding="utf-8")
    (corpus / "sub" / "two.md").unlink()
    (corpus / "three.txt").write_text("Trust improves doctors.\n", encoding="utf-8")
    (corpus / "a b.txt").write_text("Managers value trust.\n", encoding="utf-8")
    calls = fake_extract.calls
    updated = build_graph([corpus], build_dir, quiet=True)
    manifest = read_manifest(current_build(build_dir))
    assert (updated.documents, updated.kept) == (5, 1)
    assert manifest["updated_from"] == "0001"
    assert manifest["counts"]["kept_from_previous"] == 1
    assert fake_extract.calls - calls == 3  # one.txt, three.txt, a b.txt
    note = "(1 kept from the previous graph, 1 reused from cache, 3 extracted)"
    assert note in updated.lines()[1]
    fresh = build_graph([corpus], tmp_path / "fresh", quiet=True, fresh=True)
    assert (fresh.kept, fresh.reused) == (0, 0)
    assert (updated.sentences, updated.mentions, updated.relations) == (
        fresh.sentences, fresh.mentions, fresh.relations,
    )
    assert nquads(build_dir) == nquads(tmp_path / "fresh")


def test_an_update_recomputes_claims_like_a_fresh_build(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    """Claims join statements of kept and new documents: the update's corpus graph must be
    the one a fresh build writes, although the kept documents' extractions are never read."""
    build_dir = tmp_path / "b"
    (corpus / "big.txt").write_text("Trust improves autonomy. " * 40 + "\n", encoding="utf-8")
    (corpus / "new.txt").write_text("Doctors value trust.\n", encoding="utf-8")
    first = build_graph([corpus], build_dir, quiet=True)
    claim = "<https://w3id.org/hlkg/data/claim/Trust--positive--Autonomy>"
    flags = f"SELECT ?c ?n WHERE {{ {claim} hlkg:contested ?c ; hlkg:consensus ?n }}"

    def claim_flags(folder: Path) -> list[tuple[str, str]]:
        query = "PREFIX hlkg: <https://w3id.org/hlkg/ontology#>\n" + flags
        rows = open_store(folder).query(query, use_default_graph_as_union=True)
        return [(row["c"].value, row["n"].value) for row in rows]

    assert (first.claims, claim_flags(build_dir)) == (2, [("false", "true")])  # one.txt, big
    (corpus / "new.txt").write_text("But trust does not improves autonomy.\n", encoding="utf-8")
    updated = build_graph([corpus], build_dir, quiet=True)
    assert (updated.kept, updated.contested) == (3, 1)  # one.txt, sub/two.md, big.txt
    assert claim_flags(build_dir) == [("true", "false")]
    build_graph([corpus], tmp_path / "fresh", quiet=True, fresh=True)
    assert nquads(build_dir) == nquads(tmp_path / "fresh")


def test_an_update_needs_neither_the_cache_nor_good_tallies_for_the_same_graph(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    build_dir = tmp_path / "b"
    (corpus / "big.txt").write_text("Managers improves trust. " * 40 + "\n", encoding="utf-8")
    build_graph([corpus], build_dir, quiet=True)
    tallies = read_tallies(current_build(build_dir))
    assert set(tallies) == {"big", "one", "sub-two"}
    assert tallies["big"]["counts"][:3] == [40, 80, 40]  # sentences, mentions, relations
    shutil.rmtree(build_dir / "cache")
    (corpus / "one.txt").write_text("Managers trust doctors.\n", encoding="utf-8")
    calls = fake_extract.calls
    updated = build_graph([corpus], build_dir, quiet=True)
    assert (updated.kept, updated.reused, fake_extract.calls - calls) == (2, 2, 1)
    fresh_dir = tmp_path / "fresh"
    build_graph([corpus], fresh_dir, quiet=True, fresh=True)
    assert nquads(build_dir) == nquads(fresh_dir)
    # A document whose tallies are damaged is read and extracted again, like a new one.
    tallies = read_tallies(current_build(build_dir))
    tallies["big"]["facts"]["pairs"] = [[99, 0, 1]]
    (current_build(build_dir) / "tallies.txt").write_text(
        "".join(f"{k}\t{json.dumps(v)}\n" for k, v in tallies.items()), encoding="utf-8"
    )
    (corpus / "three.txt").write_text("Trust improves doctors.\n", encoding="utf-8")
    (fresh_dir / "current").unlink()
    build_graph([corpus], fresh_dir, quiet=True, fresh=True)
    again = build_graph([corpus], build_dir, quiet=True)
    assert again.kept == 2  # one.txt and sub/two.md; big.txt was processed again
    assert nquads(build_dir) == nquads(fresh_dir)
    # A tallies file that cannot be read: no update, a build from scratch.
    (current_build(build_dir) / "tallies.txt").write_bytes(b"\xff\xfe not text")
    (corpus / "three.txt").write_text("Doctors improves trust.\n", encoding="utf-8")
    (fresh_dir / "current").unlink()
    build_graph([corpus], fresh_dir, quiet=True, fresh=True)
    assert build_graph([corpus], build_dir, quiet=True).kept == 0
    assert nquads(build_dir) == nquads(fresh_dir)


def test_an_update_needs_the_tallies_of_the_documents_it_replaces(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    """What a changed document put in the corpus graph comes from its tallies: without them
    the store cannot be updated to the right corpus graph, so the build starts afresh."""
    build_dir = tmp_path / "b"
    (corpus / "big.txt").write_text("Managers improves trust. " * 40 + "\n", encoding="utf-8")
    build_graph([corpus], build_dir, quiet=True)
    tallies = read_tallies(current_build(build_dir))
    tallies["one"]["facts"]["statements"] = [[7]]
    (current_build(build_dir) / "tallies.txt").write_text(
        "".join(f"{k}\t{json.dumps(v)}\n" for k, v in tallies.items()), encoding="utf-8"
    )
    (corpus / "one.txt").write_text("Managers trust doctors.\n", encoding="utf-8")
    again = build_graph([corpus], build_dir, quiet=True)
    assert again.kept == 0
    assert read_manifest(current_build(build_dir))["updated_from"] is None
    build_graph([corpus], tmp_path / "fresh", quiet=True, fresh=True)
    assert nquads(build_dir) == nquads(tmp_path / "fresh")


def test_an_update_needs_the_same_graph_code(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    """Kept document graphs and the previous tallies were written by the previous build's
    code: a build by other graph code (its fingerprint in the manifest) starts afresh."""
    from kg.buildstore import write_manifest

    build_dir = tmp_path / "b"
    (corpus / "big.txt").write_text("Managers improves trust. " * 40 + "\n", encoding="utf-8")
    build_graph([corpus], build_dir, quiet=True)
    manifest = read_manifest(current_build(build_dir))
    manifest["graph_fingerprint"] = "an older provenance.py"
    write_manifest(current_build(build_dir), manifest)
    (corpus / "one.txt").write_text("Managers trust doctors.\n", encoding="utf-8")
    assert build_graph([corpus], build_dir, quiet=True).kept == 0
    (corpus / "one.txt").write_text("Doctors trust managers.\n", encoding="utf-8")
    assert build_graph([corpus], build_dir, quiet=True).kept == 2


def read_tallies(build: Path) -> dict:
    lines = (build / "tallies.txt").read_text("utf-8").splitlines()
    return {key: json.loads(value) for key, value in (line.split("\t", 1) for line in lines)}


def test_mostly_changed_corpus_is_built_from_scratch(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    build_dir = tmp_path / "b"
    build_graph([corpus], build_dir, quiet=True)
    (corpus / "one.txt").write_text("Managers trust doctors. " * 20 + "\n", encoding="utf-8")
    again = build_graph([corpus], build_dir, quiet=True)
    assert (again.kept, again.reused) == (0, 1)
    assert read_manifest(current_build(build_dir))["updated_from"] is None
    # --fresh ignores the cache as well as the previous graph.
    calls = fake_extract.calls
    fresh = build_graph([corpus], build_dir, quiet=True, fresh=True)
    assert (fresh.kept, fresh.reused, fresh.unchanged) == (0, 0, False)
    assert fake_extract.calls - calls == 2


def test_damaged_cache_entry_is_a_miss(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    build_dir = tmp_path / "b"
    build_graph([corpus], build_dir, quiet=True)
    before = nquads(build_dir)
    for entry in (build_dir / "cache").glob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    (build_dir / "current").unlink()  # so that the graph is rebuilt, not copied
    assert build_graph([corpus], build_dir, quiet=True).reused == 0
    assert nquads(build_dir) == before


def test_failed_build_keeps_the_previous_graph(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_dir = tmp_path / "b"
    build_graph([corpus], build_dir, quiet=True)
    previous = current_build(build_dir)
    before = nquads(build_dir)
    (corpus / "three.txt").write_text("Trust improves doctors.\n", encoding="utf-8")

    def broken(self, document):
        raise RuntimeError("extractor crashed")

    monkeypatch.setattr(FakeExtractor, "extract", broken)
    with pytest.raises(RuntimeError, match="extractor crashed"):
        build_graph([corpus], build_dir, quiet=True)
    assert current_build(build_dir) == previous
    assert nquads(build_dir) == before
    assert sorted(p.name for p in (build_dir / "builds").iterdir()) == [previous.name]
    # A killed build leaves an unreferenced folder behind: the next build removes it.
    (build_dir / "builds" / "0007" / "store").mkdir(parents=True)
    monkeypatch.undo()
    monkeypatch.setitem(sys.modules, "kg.extract", fake_extract)
    summary = build_graph([corpus], build_dir, quiet=True)
    assert summary.documents == 3
    latest = current_build(build_dir)
    assert latest != previous
    # Only the new build and the one before it remain.
    assert sorted(p.name for p in (build_dir / "builds").iterdir()) == [previous.name, latest.name]


def test_a_second_concurrent_build_fails_clearly(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    build_dir = tmp_path / "b"
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with build_lock(build_dir):
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        holding.wait(10)
        with pytest.raises(HlkgError, match="another `hlkg build` is running"):
            build_graph([corpus], build_dir, quiet=True)
    finally:
        release.set()
        thread.join()
    assert not (build_dir / "current").exists()


def test_bad_files_are_skipped_with_reasons(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    summary = build_graph([corpus], tmp_path / "b", quiet=True)
    assert summary.documents == 2
    assert sorted(source for source, _ in summary.skipped) == [
        "binary.txt", "broken.pdf", "empty.txt"
    ]
    assert all(reason and "\n" not in reason for _, reason in summary.skipped)
    manifest = read_manifest(current_build(tmp_path / "b"))
    assert len(manifest["skipped"]) == 3


def test_every_file_skipped_is_an_error(
    fake_extract: types.ModuleType, tmp_path: Path
) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    with pytest.raises(HlkgError, match="every file was skipped"):
        build_graph([folder], tmp_path / "b", quiet=True)
    assert not (tmp_path / "b" / "current").exists()


@pytest.mark.parametrize("make", ["missing", "empty", "no-texts"])
def test_corpus_without_texts_is_a_one_line_error(make: str, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    if make != "missing":
        folder.mkdir()
    if make == "no-texts":
        (folder / "picture.png").write_bytes(b"\x89PNG")
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", "--corpus", str(folder), "--build-dir",
         str(tmp_path / "b")],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode != 0
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert str(folder) in done.stderr
    assert not (tmp_path / "b" / "current").exists()


def test_bad_ontology_extension_is_file_line_col(tmp_path: Path, corpus: Path) -> None:
    extra = tmp_path / "extra.ttl"
    extra.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b .\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "kg", "build", "--corpus", str(corpus), "--build-dir",
         str(tmp_path / "b"), "--ontology", str(extra)],
        capture_output=True, text=True, check=False,
    )
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert re.search(re.escape(str(extra)) + r":2:\d+", done.stderr), done.stderr


def test_ontology_extension_goes_into_the_ontology_graph(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix hlkg: <https://w3id.org/hlkg/ontology#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "hlkg:Triage a owl:Class ; skos:prefLabel 'triage'@en ;"
        " skos:related [ a owl:Class ] .\n",
        encoding="utf-8",
    )
    build_graph([corpus], tmp_path / "b", quiet=True, extra_ontologies=[extra])
    store = open_store(tmp_path / "b")
    assert store.query(
        "ASK { GRAPH <https://w3id.org/hlkg/graph/ontology> {"
        " <https://w3id.org/hlkg/ontology#Triage> a ?c } }"
    )


def test_cli_prints_the_summary(
    fake_extract: types.ModuleType, corpus: Path, tmp_path: Path
) -> None:
    from kg.cli import cli

    (corpus / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(
        cli, ["build", "--corpus", str(corpus), "--build-dir", str(tmp_path / "b")]
    )
    assert result.exit_code == 0, result.output
    for word in ["documents   2", "sentences", "mentions", "relations   2", "co-occurring",
                 "skipped empty.txt: ", "seconds"]:
        assert word in result.output
    quiet = CliRunner().invoke(
        cli, ["build", "-q", "--corpus", str(corpus), "--build-dir", str(tmp_path / "b")]
    )
    assert quiet.exit_code == 0
    assert "documents" not in quiet.output
    excluding = CliRunner().invoke(
        cli,
        ["build", "--corpus", str(corpus), "--build-dir", str(tmp_path / "b"),
         "--exclude", "empty.txt", "--exclude", "sub", "--fresh"],
    )
    assert excluding.exit_code == 0, excluding.output
    assert "documents   1\n" in excluding.output
    assert "skipped     0 file(s)" in excluding.output


@needs_extractor
def test_same_corpus_same_quads_with_one_or_two_jobs(seed_corpus: Path, tmp_path: Path) -> None:
    one = build_graph([seed_corpus], tmp_path / "one", quiet=True, jobs=1)
    two = build_graph([seed_corpus], tmp_path / "two", quiet=True, jobs=2)
    assert (one.workers, two.workers) == (0, 2)
    assert nquads(tmp_path / "one") == nquads(tmp_path / "two")
    assert one.relations > 0
    assert not any(line.startswith(b"_:") and b"genid" in line for line in nquads(tmp_path / "one"))


@needs_extractor
def test_seed_build_has_both_articles(seed_build: Path) -> None:
    store = open_store(seed_build)
    sources = {
        s["source"].value
        for s in store.query(
            "SELECT ?source { ?d a <https://w3id.org/hlkg/ontology#Document> ;"
            " <http://purl.org/dc/terms/source> ?source }",
            use_default_graph_as_union=True,
        )
    }
    assert {
        "bmj-2003-bridging-the-divide.txt", "edwards-2005-doctors-and-managers.txt"
    } <= sources


@needs_extractor
def test_sample_corpus_builds_without_corpus_option(sample_build: Path) -> None:
    manifest = read_manifest(current_build(sample_build))
    assert manifest["counts"]["documents"] >= 3
    assert manifest["skipped"] == []
    assert manifest["counts"]["mentions"] > 0
