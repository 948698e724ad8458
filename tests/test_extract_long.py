"""A very long sentence (a PDF whose full stops were lost) is extracted whole and correctly.

Speed is measured in bench/bench_extract.py; this checks that such a sentence is handled at
all (it used to take time quadratic in its length) and that every relation stays inside it.
"""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Document, Sentence
from kg.namespaces import HLKG

# Clauses written for this test, joined without full stops or clause boundaries.
_CLAUSES = [
    "teamwork enables shared decision making",
    "mutual trust supports collaboration",
    "appraisal promotes accountability",
    "bureaucracy impedes change management",
    "performance targets hinder teamwork",
    "integrated care relies on teamwork",
    "clinical audit improves quality of care",
]



def test_a_50k_character_sentence_yields_relations_inside_it(extractor: Extractor) -> None:
    prefix = "Preamble. "  # the long sentence does not start at offset 0
    body = ""
    index = 0
    while len(body) < 50_000:
        body += _CLAUSES[index % len(_CLAUSES)] + (" and " if index % 3 else " which ")
        index += 1
    text = prefix + body + "teamwork."
    sentence = Sentence(len(prefix), len(text))
    extraction = extractor.extract(Document("long.txt", "long", text, (sentence,)))

    assert len(extraction.mentions) > 2000
    # One relation per distinct statement: repeating a clause adds no relation.
    assert len(extraction.relations) >= len(_CLAUSES)
    for relation in extraction.relations:
        assert relation.sentence == sentence
        for mention in (relation.subject_mention, relation.object_mention):
            assert sentence.begin <= mention.begin < mention.end <= sentence.end
            assert text[mention.begin : mention.end] == mention.surface
        assert sentence.begin <= relation.cue_begin < relation.cue_end <= sentence.end
    found = {
        (r.subject.removeprefix(HLKG), r.predicate.removeprefix(HLKG), r.object.removeprefix(HLKG))
        for r in extraction.relations
    }
    # The clauses' own statements are among them, as in a short sentence (the parse of
    # clauses strung together without punctuation may miss one).
    expected = {
        ("Teamwork", "enables", "DecisionMaking"),
        ("Appraisal", "promotes", "Accountability"),
        ("Bureaucracy", "impedes", "ChangeManagement"),
        ("PerformanceTarget", "hinders", "Teamwork"),
        ("IntegratedCare", "dependsOn", "Teamwork"),
    }
    assert len(expected & found) >= 4, expected - found
