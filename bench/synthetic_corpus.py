"""Write a synthetic corpus of any size, made from the ontology's labels and relation templates.

Each document is a few paragraphs of sentences that mention concepts by their labels and
synonyms, assert relations with the relation properties' labels as cues ("X improves Y"),
some negated or hedged, mixed with filler sentences that mention nothing. The same seed and
size always give the same files, so benchmark runs compare like with like.

    python bench/synthetic_corpus.py --docs 1000 --out /tmp/synthetic-1000
    hlkg build --corpus /tmp/synthetic-1000 --build-dir /tmp/build-1000

About 1,000 documents give a graph of roughly one million triples.
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from pathlib import Path

_CONCEPTS_QUERY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?concept ?label WHERE {
  ?concept a owl:Class ; skos:prefLabel|skos:altLabel|rdfs:label ?label .
  FILTER(isIRI(?concept) && STRSTARTS(STR(?concept), "https://w3id.org/hlkg/"))
  FILTER(LANG(?label) = "" || LANGMATCHES(LANG(?label), "en"))
}
"""
_RELATIONS_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX hlkg: <https://w3id.org/hlkg/ontology#>
SELECT DISTINCT ?property ?label WHERE {
  ?property rdfs:subPropertyOf+ hlkg:relatedTo ; rdfs:label ?label .
}
"""

# Sentence shapes; {a} and {b} are concept labels, {rel} a relation property's label.
_ASSERTED = (
    "{a} {rel} {b}.",
    "In many trusts, {a} {rel} {b}.",
    "The evidence suggests that {a} {rel} {b} over time.",
    "As the interviews showed, {a} {rel} {b}.",
)
_HEDGED = (
    "{a} may be seen as something that {rel} {b}.",
    "Some managers perceived that {a} {rel} {b}.",
)
_NEGATED = (
    "There is little evidence that {a} {rel} {b}.",
    "It is not the case that {a} {rel} {b}.",
)
_MENTIONS = (
    "The report discusses {a} and {b} at length.",
    "Both {a} and {b} were raised in the survey of staff.",
    "{a} remains a recurring theme.",
    "Questions about {a} came up again in the second round.",
)
_FILLER = (
    "The meeting lasted most of the afternoon.",
    "Several participants asked for more time to respond.",
    "This section summarises the discussion that followed.",
    "The figures were collected over two financial years.",
    "A short questionnaire was sent to each department.",
)


@dataclass(frozen=True)
class Lexicon:
    concept_labels: list[list[str]]
    """Per concept, its labels (preferred first)."""
    relation_labels: list[str]


def load_lexicon() -> Lexicon:
    """Concept and relation labels from the project's ontology."""
    from kg.ontology import load_ontology

    graph = load_ontology()
    labels: dict[str, list[str]] = {}
    for row in graph.query(_CONCEPTS_QUERY):
        label = " ".join(str(row.label).split())
        if 2 < len(label) < 40 and label not in labels.setdefault(str(row.concept), []):
            labels[str(row.concept)].append(label)
    relations = _cue_phrases() or sorted(
        {" ".join(str(row.label).split()) for row in graph.query(_RELATIONS_QUERY)}
        - {"related to"}
    )
    concepts = [sorted(v) for _, v in sorted(labels.items()) if v]
    if not concepts or not relations:
        raise SystemExit("the ontology has no concept or relation labels to build from")
    return Lexicon(concepts, relations)


def _cue_phrases() -> list[str]:
    """Relation phrasings from the extractor's cue patterns: "improves", "benefits from",
    "is beneficial to", "is a threat to"... (each cue's first word, verbs in the third
    person, with the preposition its object path starts with)."""
    import re
    import tomllib

    from kg.extract.patterns import default_cue_file, inflect

    data = tomllib.loads(default_cue_file().read_text(encoding="utf-8"))
    phrases = set()
    for cue in data.get("cue", []):
        paths = cue.get("object", cue.get("pair", ""))
        path = " ".join(paths) if isinstance(paths, list) else str(paths)
        prep = re.search(r"prep\((\w+)", path)
        particle = prep.group(1) if prep else ""
        if "verb" in cue:
            lemma = cue["verb"].split("|")[0]
            third = min(f for f in inflect(lemma) if f.endswith("s") and f != lemma)
            phrases.add(f"{third} {particle}".strip())
        elif "adjective" in cue:
            phrases.add(f"is {cue['adjective'].split('|')[0]} {particle}".strip())
        elif "noun" in cue:
            noun = cue["noun"].split("|")[0]
            article = "an" if noun[0] in "aeiou" else "a"
            phrases.add(f"is {article} {noun} {particle}".strip())
    return sorted(phrases)


def document_text(lexicon: Lexicon, rng: random.Random, number: int) -> str:
    """One document: a title line, then 4–8 paragraphs of 4–7 sentences."""

    def concept() -> str:
        return rng.choice(rng.choice(lexicon.concept_labels))

    def sentence() -> str:
        roll = rng.random()
        if roll < 0.30:
            shape = rng.choice(_ASSERTED)
        elif roll < 0.38:
            shape = rng.choice(_HEDGED)
        elif roll < 0.45:
            shape = rng.choice(_NEGATED)
        elif roll < 0.75:
            shape = rng.choice(_MENTIONS)
        else:
            shape = rng.choice(_FILLER)
        text = shape.format(a=concept(), b=concept(), rel=rng.choice(lexicon.relation_labels))
        return text[0].upper() + text[1:]

    paragraphs = [
        " ".join(sentence() for _ in range(rng.randint(4, 7))) for _ in range(rng.randint(4, 8))
    ]
    title = f"Synthetic note {number}: {concept()} and {concept()}"
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(out: Path, documents: int, seed: int = 1) -> int:
    """Write `documents` files under `out` (100 per subfolder); returns the bytes written."""
    lexicon = load_lexicon()
    written = 0
    for number in range(documents):
        rng = random.Random(f"{seed}:{number}")
        folder = out / f"part-{number // 100:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        data = document_text(lexicon, rng, number).encode("utf-8")
        (folder / f"note-{number:06d}.txt").write_bytes(data)
        written += len(data)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, required=True, help="number of documents")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (created)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    written = write_corpus(args.out, args.docs, args.seed)
    print(f"wrote {args.docs} documents, {written / 1e6:.2f} MB, to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
