"""The cue-phrase file: its data drive the relations, and its mistakes are one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction import extract

from kg.errors import HlkgError
from kg.extract import Extractor
from kg.extract.cues import CueSet, default_cue_file, inflect

MINIMAL = """
[window]
subject_words = 4
object_words = 4

[[cue]]
id = "nourish"
verb = "nourish"
property = "supports"
confidence = 0.9
"""


@pytest.fixture(scope="module")
def graph():
    from kg.ontology import load_ontology

    return load_ontology()


def relations(extractor: Extractor, text: str):
    return extract(extractor, text).relations


def test_the_bundled_file_loads_and_covers_every_base_relation(graph) -> None:
    from rdflib import OWL, RDF

    properties = {str(p) for p in graph.subjects(RDF.type, OWL.ObjectProperty)}
    cues = CueSet.load(default_cue_file(), known_properties=properties)
    used = {cue.property.rsplit("#", 1)[-1] for cue in cues.cues} | {
        cue.property.rsplit("#", 1)[-1] for cue, _ in cues.frames
    }
    assert {"improves", "enables", "hinders", "requires", "conflictsWith", "partOf"} <= used
    assert {"playsRole", "divertsFrom", "overcomes", "dependsOn", "benefits"} <= used


def test_a_users_cue_file_replaces_the_bundled_one(graph, tmp_path: Path) -> None:
    cue_file = tmp_path / "cues.toml"
    cue_file.write_text(MINIMAL, encoding="utf-8")
    extractor = Extractor.from_ontology(graph, cue_file=cue_file)
    (relation,) = relations(extractor, "Mutual trust nourishes teamwork.")
    assert relation.cue == "nourish" and relation.predicate.endswith("#supports")
    (passive,) = relations(extractor, "Teamwork is nourished by mutual trust.")
    assert passive.subject.endswith("#Trust") and passive.object.endswith("#Teamwork")
    # The bundled cues are not used any more.
    assert relations(extractor, "Mutual trust improves teamwork.") == ()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[cue]\nid = 1", r"cues\.toml: .*line 1"),
        ("[window]\n", "no \\[\\[cue\\]\\] entries"),
        ('[[cue]]\nid = "x"\nverb = "help"\n', "cue 1 \\('x'\\): missing property"),
        ('[[cue]]\nid = "x"\nverb = "help"\nproperty = "likes"\n', "unknown relation property"),
        ('[[cue]]\nid = "x"\nproperty = "supports"\n', "needs one of verb, phrase or frame"),
        ('[[cue]]\nid = "x"\nphrase = "a"\nproperty = "supports"\nconfidence = 3\n', "confidence"),
        ('[[cue]]\nid = "x"\nframe = "a {subject}"\nproperty = "supports"\n', "frame needs"),
        ('[[cue]]\nid = "x"\nphrase = "a"\nproperty = "supports"\ndirection = "up"\n', "direction"),
    ],
)
def test_mistakes_in_the_cue_file_are_one_line_errors(graph, tmp_path, content, message) -> None:
    cue_file = tmp_path / "cues.toml"
    cue_file.write_text(content, encoding="utf-8")
    with pytest.raises(HlkgError, match=message) as raised:
        Extractor.from_ontology(graph, cue_file=cue_file)
    assert "\n" not in str(raised.value)
    assert raised.value.exit_code == 2


def test_a_missing_or_binary_cue_file_is_an_error(graph, tmp_path: Path) -> None:
    with pytest.raises(HlkgError, match="cannot read the cue file"):
        Extractor.from_ontology(graph, cue_file=tmp_path / "absent.toml")
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe\x00cue")
    with pytest.raises(HlkgError, match="not UTF-8"):
        Extractor.from_ontology(graph, cue_file=binary)


def test_inflection() -> None:
    forms = inflect("rely")
    assert forms["third"] == {"relies"} and "relied" in forms["past"] and "relying" in forms["ing"]
    assert "stemmed" in inflect("stem")["past"]
    assert inflect("improve")["ing"] == {"improving"}
