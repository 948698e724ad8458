"""Speed of mention and relation extraction (kg.extract), in MB of text per second, one core.

Times are CPU time of this process, so that other load on the machine does not count.

    python bench/bench_extract.py [--megabytes 2] [--corpus DIR]

The text is the seed corpus (../shared/corpus) when it is there, else the bundled sample corpus,
repeated to the requested size and split into sentences once, outside the timing: this measures
the extractor alone (the text stage has its own benchmark). It prints the time of the lexicon
match, of the whole extraction (mentions + relations), the counts, and the one-time set-up cost;
then the time of one long sentence of 2k to 128k characters (no full stop, no clause boundary),
which should grow linearly with its length.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def corpus_text(corpus: Path | None) -> str:
    from kg.resources import sample_corpus_dir
    from kg.text import normalise

    folder = corpus or REPO.parent / "shared" / "corpus"
    if not folder.is_dir():
        folder = sample_corpus_dir()
    texts = [normalise(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt files in {folder}")
    return "\n\n".join(texts)


def long_sentence(extractor, characters: int, seed: int = 0) -> str:
    """One sentence without a full stop, as a badly extracted PDF gives: concept labels and cue
    words (ontology/cues.toml) with a few plain joining words, and no clause boundary, so that
    every cue's clause is the whole text (the worst case for the relation finder)."""
    import random
    import tomllib

    from kg.extract.patterns import default_cue_file, inflect

    labels = sorted({label for names in extractor.lexicon.labels.values() for label in names})
    cues = []
    for entry in tomllib.loads(default_cue_file().read_text(encoding="utf-8"))["cue"]:
        # Each cue's word, one of its alternatives ("improve|enhance"), as the text has it.
        if "verb" in entry:
            verb = entry["verb"].split("|")[0]
            third = [form for form in sorted(inflect(verb)) if form.endswith("s")]
            cues.append((third or [verb])[0])
        else:
            word = next((entry[k] for k in ("noun", "adjective", "preposition") if k in entry), "")
            if word:
                cues.append(word.split("|")[0])
    joins = ["and", "the", "of", "which", "often", "also", "not", "may", "in", "such", "to"]
    chance = random.Random(seed)
    words: list[str] = []
    size = 0
    while size < characters:
        roll = chance.random()
        pool = labels if roll < 0.4 else cues if roll < 0.6 else joins
        words.append(chance.choice(pool))
        size += len(words[-1]) + 1
    return " ".join(words)[:characters].rsplit(" ", 1)[0] + "."


def scaling(extractor) -> None:
    """Seconds for one sentence of growing length: linear work shows as 4x time for 4x text."""
    from kg.model import Document, Sentence

    print("one sentence, no clause boundaries (mentions + relations):")
    for characters in (2_000, 8_000, 32_000, 128_000):
        text = long_sentence(extractor, characters)
        document = Document("long.txt", "long", text, (Sentence(0, len(text)),))
        started = time.process_time()
        extraction = extractor.extract(document)
        seconds = time.process_time() - started
        print(
            f"  {characters:>7} characters: {len(extraction.mentions):>5} mentions, "
            f"{len(extraction.relations):>5} relations in {seconds:.3f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--corpus", type=Path)
    args = parser.parse_args()

    from kg.extract import Extractor
    from kg.model import Document
    from kg.ontology import load_ontology
    from kg.text import split_sentences

    started = time.process_time()
    extractor = Extractor.from_ontology(load_ontology())
    list(extractor.lexicon.finditer("warm up the compiled lexicon"))
    setup = time.process_time() - started

    unit = corpus_text(args.corpus)
    copies = max(1, int(args.megabytes * 1e6 / len(unit.encode())))
    text = "\n\n".join([unit] * copies)
    megabytes = len(text.encode()) / 1e6
    document = Document("bench.txt", "bench", text, split_sentences(text))

    started = time.process_time()
    mentions = sum(1 for _ in extractor.lexicon.finditer(text))
    lexicon_seconds = time.process_time() - started

    started = time.process_time()
    extraction = extractor.extract(document)
    seconds = time.process_time() - started

    print(f"text: {megabytes:.2f} MB, {len(document.sentences)} sentences ({copies} copies)")
    print(f"set-up (ontology, lexicon, cues): {setup:.2f} s")
    print(
        f"lexicon match: {mentions} matches in {lexicon_seconds:.2f} s = "
        f"{megabytes / lexicon_seconds:.2f} MB/s"
    )
    print(
        f"extraction (mentions + relations): {len(extraction.mentions)} mentions, "
        f"{len(extraction.relations)} relations in {seconds:.2f} s = "
        f"{megabytes / seconds:.2f} MB/s"
    )
    scaling(extractor)


if __name__ == "__main__":
    main()
