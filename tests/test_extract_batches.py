"""Extracting documents in a batch (their sentences share the parser's batches) gives each
document exactly what extracting it alone gives."""

from __future__ import annotations

from kg.workers import batches
from tests.extraction import document

TEXTS = [
    # The small model misreads "impedes" as a noun here: this sentence is parsed twice.
    "Bureaucracy impedes change management. Doctors value autonomy.",
    "Clinical leadership improves patient safety. It also supports teamwork.",
    # Sentences at the same offsets as the document before, with other findings: what one
    # document found must not stand in for what a pronoun of another refers to.
    "Managerialism threatens professional autonomy. It also undermines trust.",
    "A note with no concept at all.",
    "Regulation lowers morale and undermines teamwork. Accountability requires transparency.",
]


def test_a_batch_gives_each_document_what_it_gives_alone(extractor) -> None:
    documents = [document(text, f"d{number}.txt") for number, text in enumerate(TEXTS)]
    alone = [extractor.extract(d) for d in documents]
    together = extractor.extract_all(documents)
    assert together == alone
    assert [e.document for e in together] == documents
    assert sum(len(e.relations) for e in together) >= 4  # the batch does find relations


def test_an_empty_batch_and_a_batch_without_candidates(extractor) -> None:
    assert extractor.extract_all([]) == []
    (only,) = extractor.extract_all([document("Nothing here is a concept.")])
    assert only.relations == ()


def test_batches_keep_order_and_bound_their_size() -> None:
    sizes = [30, 30, 50, 200, 10, 10, 10]
    made = list(batches(sizes, lambda n: n, 64))
    assert made == [[30, 30], [50], [200], [10, 10, 10]]  # a larger item alone
    assert [n for batch in made for n in batch] == sizes
    assert list(batches([], len, 64)) == []
