"""The cue file: patterns over the parse drive the relations; its mistakes are one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction import extract

from kg.errors import HlkgError
from kg.extract import Extractor
from kg.extract.patterns import CueSet, default_cue_file, inflect

MINIMAL = """
[arguments]
light_nouns = ["use of"]

[[cue]]
id = "nourish"
verb = "nourish"
object = "dobj"
property = "supports"
confidence = 0.9
"""


@pytest.fixture(scope="module")
def graph():
    from kg.ontology import load_ontology

    return load_ontology()


def relations(extractor: Extractor, text: str):
    return extract(extractor, text).relations


def test_every_relation_property_of_the_ontology_has_patterns(graph) -> None:
    from kg.ontology import relation_properties

    cues = CueSet.load(default_cue_file(), known_properties=set(relation_properties(graph)))
    used = {cue.property for cue in cues.cues}
    wanted = {
        p
        for p in relation_properties(graph)
        # The top property and the inverses are written by their forward form.
        if not p.endswith(("#relatedTo", "By", "#hasPart", "#rolePlayedBy"))
    }
    assert wanted <= used, sorted(wanted - used)
    assert len(cues.patterns) > len(cues.cues)  # passives and misparse variants


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


def test_paths_reach_through_prepositions_and_up_the_tree(graph, tmp_path: Path) -> None:
    cue_file = tmp_path / "cues.toml"
    cue_file.write_text(
        """
[[cue]]
id = "a tonic for"
noun = "tonic"
object = "prep(for) > pobj"
property = "supports"

[[cue]]
id = "the bane of X is Y"
noun = "bane"
subject = "^nsubj > attr"
object = "prep(of) > pobj"
property = "hinders"
""",
        encoding="utf-8",
    )
    extractor = Extractor.from_ontology(graph, cue_file=cue_file)
    (tonic,) = relations(extractor, "Mutual trust is a tonic for teamwork.")
    assert (tonic.subject, tonic.object) == (
        "https://w3id.org/hlkg/ontology#Trust",
        "https://w3id.org/hlkg/ontology#Teamwork",
    )
    (bane,) = relations(extractor, "The bane of teamwork is bureaucracy.")
    assert bane.subject.endswith("#Bureaucracy") and bane.object.endswith("#Teamwork")


def test_a_subject_path_list_may_fall_back_to_the_clauses_subject(graph, tmp_path: Path) -> None:
    """ "clause" among a cue's subject paths lets the clause's own subject stand where no path
    leads to one; a path that does lead somewhere still wins."""
    cue_file = tmp_path / "cues.toml"
    entry = """
[[cue]]
id = "the bane of X is Y"
noun = "bane"
subject = [%s]
object = "prep(of) > pobj"
property = "hinders"
"""
    sentences = ("The bane of teamwork is bureaucracy.", "Bureaucracy became the bane of teamwork.")
    found = {}
    for paths in ('"^nsubj > attr"', '"^nsubj > attr", "clause"'):
        cue_file.write_text(entry % paths, encoding="utf-8")
        extractor = Extractor.from_ontology(graph, cue_file=cue_file)
        found[paths] = [
            [(r.subject.split("#")[1], r.object.split("#")[1]) for r in relations(extractor, s)]
            for s in sentences
        ]
    assert found['"^nsubj > attr"'] == [[("Bureaucracy", "Teamwork")], []]
    assert found['"^nsubj > attr", "clause"'] == [
        [("Bureaucracy", "Teamwork")],
        [("Bureaucracy", "Teamwork")],
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[cue]\nid = 1", r"cues\.toml: .*line 1"),
        ("[arguments]\n", "no \\[\\[cue\\]\\] entries"),
        (
            '[[cue]]\nid = "x"\nverb = "help"\nobject = "dobj"\n',
            "cue 1 \\('x'\\): missing property",
        ),
        (
            '[[cue]]\nid = "x"\nverb = "help"\nobject = "dobj"\nproperty = "likes"\n',
            "unknown relation property",
        ),
        ('[[cue]]\nid = "x"\nproperty = "supports"\n', "needs one of verb, adjective"),
        ('[[cue]]\nid = "x"\nverb = "help"\nproperty = "supports"\n', "needs an object path"),
        (
            '[[cue]]\nid = "x"\nverb = "a"\nobject = "dobj"\nproperty = "supports"\n'
            "confidence = 3\n",
            "confidence",
        ),
        (
            '[[cue]]\nid = "x"\nverb = "a"\nobject = "dobj >> ?"\nproperty = "supports"\n',
            "cannot read the path step",
        ),
        (
            '[[cue]]\nid = "x"\nnoun = "a"\nobject = "dobj"\nproperty = "supports"\n'
            'direction = "up"\n',
            "direction",
        ),
        (
            '[[cue]]\nid = "x"\nnoun = "a"\nobject = "dobj"\nproperty = "supports"\n'
            "passive = true\n",
            "only a verb has a passive",
        ),
        (
            '[[cue]]\nid = "x"\nverb = "a"\nobject = "dobj"\nproperty = "supports"\n'
            '[[cue]]\nid = "x"\nverb = "b"\nobject = "dobj"\nproperty = "supports"\n',
            "the id is used twice",
        ),
        ('[status]\nhedge_modals = "may"\n[[cue]]\nid = "x"\n', "must be a list of strings"),
        (
            '[[cue]]\nid = "x"\nverb = "a"\nobject = "dobj"\nproperty = "supports"\n'
            'objets_not_under = ["Actor"]\n',
            "cue 1 \\('x'\\): unknown key 'objets_not_under'",
        ),
        (
            '[[cue]]\nid = "x"\nnoun = "a"\nobject = "dobj"\nproperty = "supports"\n'
            'unless = ["^dobj[det(no)]"]\n',
            "unless takes single steps",
        ),
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
    assert {"relies", "relied", "relying"} <= forms
    assert "stemmed" in inflect("stem")
    assert {f for f in inflect("improve") if f.endswith("ing")} == {"improving"}


def test_only_sentences_that_can_hold_a_relation_are_parsed(extractor) -> None:
    from extraction import document

    from kg.extract.mentions import find_mentions

    doc = document(
        "Doctors and managers met. Doctors improve teamwork. Teamwork improved. It improves trust."
    )
    mentions = find_mentions(doc.text, doc.sentences, extractor.lexicon)
    by_sentence: dict = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    chosen = extractor._relations.candidates(doc.text, doc.sentences, by_sentence)
    # No cue word; two concepts and a cue; one concept only; one concept and a pronoun.
    assert [doc.text[s.begin : s.end] for s in chosen] == [
        "Doctors improve teamwork.",
        "It improves trust.",
    ]


def _matched_as_spacy_matches(extractor, texts: list[str]) -> int:
    """Run our matcher and spaCy's DependencyMatcher on the same compiled patterns over
    `texts`: the same matches (ours in the order of their words); how many there were."""
    from spacy.matcher import DependencyMatcher

    from kg.extract.parser import pipeline

    nlp = pipeline()
    cues = extractor.cues
    reference = DependencyMatcher(nlp.vocab)
    for key, (_, spec) in cues.patterns.items():
        reference.add(key, [spec])
    ours = cues.matcher()
    matched = 0
    for doc in nlp.pipe(texts):
        expected = {(nlp.vocab.strings[i], tuple(ids)) for i, ids in reference(doc)}
        found = ours(doc)
        assert {(key, tuple(ids)) for key, ids in found} == expected, doc.text
        assert [ids[0] for _, ids in found] == sorted(ids[0] for _, ids in found)
        matched += len(expected)
    assert ours(nlp("")) == []
    return matched


def test_the_matcher_finds_what_spacys_dependency_matcher_finds(extractor, seed_corpus) -> None:
    from kg.text import CorpusFile, read_document

    path = seed_corpus / "edwards-2005-doctors-and-managers.txt"
    document = read_document(CorpusFile(seed_corpus, path, path.name))
    texts = [document.text[s.begin : s.end] for s in document.sentences] + [
        "Market reform runs counter to professionalism.",
        "Teamwork is undermined by bureaucracy, and trust undermined by targets.",
    ]
    assert _matched_as_spacy_matches(extractor, texts) > 50


def test_the_matcher_reads_the_parse_as_spacy_does_on_written_sentences(extractor) -> None:
    """The matcher reads heads, children, tags and forms from the parse's integer arrays;
    written sentences with heads on both sides, passives, lists and capitals give what spaCy's
    own matcher gives, in the order of their words, and an empty text gives nothing."""
    texts = [
        "Bureaucracy, not teamwork, Undermines trust between doctors and managers.",
        "Morale was eroded by targets and by the constant reorganisation of services.",
        "Strong clinical leadership is essential to safety and leads to better outcomes.",
        "Managers who support clinicians improve engagement; audit depends on both.",
    ]
    assert _matched_as_spacy_matches(extractor, texts) >= 5


def test_a_sentence_is_parsed_only_if_some_pattern_could_match_its_words() -> None:
    """The check before parsing: the cue word and every other word a pattern names."""
    from kg.extract.patterns import CueSet

    cues = CueSet.load()
    assert cues.could_match({"audit", "gave", "rise", "to", "trust"})  # "give rise to"
    assert not cues.could_match({"audit", "gave", "trust"})  # "gave" alone names nothing
    assert cues.could_match({"audit", "improves", "trust"})  # a verb needs no other word
    assert not cues.could_match({"audit", "and", "trust"})  # no cue word at all
