"""Benchmark the text stage: normalise and sentence splitting on a synthetic print-like text.

The text is our own sample corpus, hard-wrapped at 64 columns with words hyphenated at line
ends and reference numbers stuck to sentence ends, repeated to about 5 MB. Prints MB/s for
`normalise`, for `split_sentences` and for both, on one core, plus peak memory.

    python bench/bench_text.py            # about 5 MB
    python bench/bench_text.py --mb 20
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.resources import sample_corpus_dir
from kg.text import normalise, split_sentences
from kg.text.sentences import pipeline


def _print_like(paragraph: str, rng: random.Random) -> str:
    """Hard-wrap a paragraph the way a printed column does: hyphenated breaks, glued refs."""
    words = paragraph.split()
    for index, word in enumerate(words):
        if word.endswith(".") and rng.random() < 0.1:
            words[index] = word + str(rng.randint(1, 30))
    lines = textwrap.wrap(" ".join(words), 64)
    out: list[str] = []
    for line in lines:
        if out and rng.random() < 0.3:
            previous = out[-1]
            head, _, last = previous.rpartition(" ")
            if head and len(last) > 7 and last.isalpha():
                cut = len(last) // 2
                out[-1] = f"{head} {last[:cut]}-"
                line = last[cut:] + " " + line
        out.append(line)
    return "\n".join(out)


def synthetic_text(megabytes: float, seed: int = 1) -> str:
    rng = random.Random(seed)
    paragraphs: list[str] = []
    for path in sorted(sample_corpus_dir().iterdir()):
        text = path.read_text(encoding="utf-8")
        paragraphs.extend(p for p in text.split("\n\n") if len(p.split()) > 8)
    target = int(megabytes * 1024 * 1024)
    parts: list[str] = []
    size = 0
    while size < target:
        part = _print_like(rng.choice(paragraphs), rng)
        parts.append(part)
        size += len(part.encode("utf-8")) + 2
    return "\n\n".join(parts)


def _timed(function, argument):
    """The result, and the CPU seconds of this process: wall time on a shared machine would
    measure the neighbours too (the wall time is printed as well)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(argument)
    return result, time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="size of the synthetic text")
    args = parser.parse_args()

    raw = synthetic_text(args.mb)
    megabytes = len(raw.encode("utf-8")) / 1024 / 1024
    normalise("warm-up: load the word list of man-\nagers")
    pipeline()

    text, normalise_cpu, normalise_wall = _timed(normalise, raw)
    sentences, split_cpu, split_wall = _timed(split_sentences, text)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"text: {megabytes:.2f} MB, {raw.count(chr(10))} lines, {len(sentences)} sentences")
    print("one core, MB/s of CPU time (wall-clock MB/s in brackets):")
    for label, cpu, wall in [
        ("normalise", normalise_cpu, normalise_wall),
        ("split_sentences", split_cpu, split_wall),
        ("both", normalise_cpu + split_cpu, normalise_wall + split_wall),
    ]:
        rate, wall_rate = megabytes / cpu, megabytes / wall
        print(f"  {label:16s} {rate:6.2f} MB/s  ({wall_rate:.2f} MB/s wall, {cpu:.2f} s CPU)")
    print(f"peak memory: {peak:.0f} MB (whole process)")
    assert normalise(text) == text, "normalise is not idempotent on the benchmark text"


if __name__ == "__main__":
    main()
