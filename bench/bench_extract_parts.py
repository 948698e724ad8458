"""Each part of the extraction stage as a share of spaCy's parse of the same sentences.

bench_stages.py gives the whole stage against the parse; its rounds vary by several per cent
on a shared machine, more than a change to one part moves it. This times the parts one at a
time over the same parsed sentences, each `--repeats` times (the median is printed), so that
a saving of a part shows: finding mentions, choosing the sentences to parse, the parse, the
cue matcher, reading relations from the matches, the check for misread verbs, and parsing
the misread sentences again with their first masking (kg.extract.repair; a second masking,
tried when the first finds less, is left out). With the parse's 100% the parts come near
bench_stages's extraction/parse ratio; what is left is the parser's batching per build batch
and the reading of the second parses.

    python bench/bench_extract_parts.py --corpus ../shared/corpus-dev
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path


def timed(repeats: int, run: Callable[[], object]) -> float:
    """Median CPU seconds of `repeats` runs."""
    times = []
    for _ in range(repeats):
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True, help="folder of .txt files")
    parser.add_argument("--repeats", type=int, default=9, help="runs of each part")
    args = parser.parse_args()
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")

    from kg.extract import Extractor
    from kg.extract.mentions import find_mentions
    from kg.extract.parser import pipeline
    from kg.extract.relations import PARSE_BATCH, _Reading, _Sentence
    from kg.extract.repair import misread, with_pronouns
    from kg.ontology import load_ontology
    from kg.text import discover, read_document

    extractor = Extractor.from_ontology(load_ontology([]))
    files, _ = discover([args.corpus])
    documents = [read_document(f) for f in files]
    extractor.extract(documents[0])  # warm up: the pipeline and the compiled expressions
    finder, nlp = extractor._relations, pipeline()
    matcher = finder.cues.matcher()
    reporting = finder.words["report_verbs"]

    mentions = [find_mentions(d.text, d.sentences, extractor.lexicon) for d in documents]
    readings = [_Reading(finder, d.text, d.sentences, m) for d, m in zip(documents, mentions,
                                                                           strict=True)]
    queue = [(r, s) for r in readings for s in r.chosen]
    texts = [r.text[s.begin : s.end] for r, s in queue]
    docs = list(nlp.pipe(texts, batch_size=PARSE_BATCH))
    matches = [matcher(doc) for doc in docs]
    masked = []
    for (reading, sentence), doc in zip(queue, docs, strict=True):
        first, _ = misread(doc, sentence.begin, reading.by_sentence[sentence],
                           finder._misreadable, reporting)
        if first:
            masked.append(with_pronouns(nlp, doc, sentence.begin, first)[0])

    def read_relations() -> None:
        for (reading, sentence), doc, found in zip(queue, docs, matches, strict=True):
            finder._found = reading.found
            context = _Sentence(finder, reading.text, sentence, doc, reading.by_sentence,
                                reading.previous[sentence])
            reading.found[sentence] = context.relations(found)

    parts = [
        ("find mentions", lambda: [find_mentions(d.text, d.sentences, extractor.lexicon)
                                   for d in documents]),
        ("choose sentences to parse", lambda: [_Reading(finder, d.text, d.sentences, m)
                                               for d, m in zip(documents, mentions,
                                                               strict=True)]),
        ("cue matcher", lambda: [matcher(doc) for doc in docs]),
        ("read relations from the matches", read_relations),
        ("check for misread verbs", lambda: [
            misread(doc, s.begin, r.by_sentence[s], finder._misreadable, reporting)
            for (r, s), doc in zip(queue, docs, strict=True)]),
        (f"parse {len(masked)} misread again", lambda: list(nlp.pipe(masked,
                                                                     batch_size=PARSE_BATCH))),
    ]
    parse = timed(args.repeats, lambda: list(nlp.pipe(texts, batch_size=PARSE_BATCH)))
    print(f"load average {', '.join(f'{n:.2f}' for n in os.getloadavg())}")
    print(f"{len(documents)} documents, {len(texts)} sentences parsed;"
          f" medians of {args.repeats} runs, CPU ms")
    print(f"{'spaCy parse of those sentences':<34} {parse * 1000:>8.1f} {'100.0%':>7}")
    for name, run in parts:
        seconds = timed(args.repeats, run)
        print(f"{name:<34} {seconds * 1000:>8.1f} {seconds / parse:>7.1%}")
    print(f"load average {', '.join(f'{n:.2f}' for n in os.getloadavg())}")


if __name__ == "__main__":
    main()
