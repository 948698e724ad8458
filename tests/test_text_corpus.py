"""The text stage on real input: the seed articles and our bundled sample corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.model import Document
from kg.resources import sample_corpus_dir
from kg.text import discover, normalise, read_document


def _documents(folder: Path) -> dict[str, Document]:
    files, skipped = discover([folder])
    assert skipped == []
    return {file.source: read_document(file) for file in files}


@pytest.fixture(scope="module")
def seeds(seed_corpus: Path) -> dict[str, Document]:
    return _documents(seed_corpus)


@pytest.fixture(scope="module")
def samples() -> dict[str, Document]:
    return _documents(sample_corpus_dir())


def _check_document(document: Document) -> None:
    text = document.text
    assert document.title
    assert "-\n" not in text and "\n\n\n" not in text and text == text.strip()
    assert normalise(text) == text
    previous_end = 0
    for sentence in document.sentences:
        piece = text[sentence.begin : sentence.end]
        assert piece and piece == piece.strip()
        assert sentence.begin >= previous_end
        previous_end = sentence.end
        assert "\n\n" not in piece


def test_seed_articles(seeds: dict[str, Document]) -> None:
    edwards = seeds["edwards-2005-doctors-and-managers.txt"]
    bmj = seeds["bmj-2003-bridging-the-divide.txt"]
    for document in (edwards, bmj):
        _check_document(document)
    assert "relationship between doctors and managers." in edwards.text
    assert "shift of control away from clinicians to managers." in bmj.text
    assert "High-quality healthcare is dependent on" in edwards.text
    assert "long-term conditions" in edwards.text
    assert "doctor–manager relationship" in edwards.text
    assert "doctor-manager divide" in bmj.text
    assert "key professional value of autonomy." in edwards.text
    assert "modern life. For clinicians" in edwards.text
    assert "argued by Graham Winyard, Sir George" in edwards.text
    assert "health systems.\n\nDoctors bring" in bmj.text
    assert "Clinical Medicine 5(6)" not in edwards.text  # the seeds carry no citation line
    for document in (edwards, bmj):
        # No reference number is left glued to a word or its punctuation.
        assert not re.search(r"[a-z][.,;:)]?\d", document.text)
    # Sentence counts for ~2000 and ~630 words of prose, headings and a key-points box.
    assert 60 <= len(edwards.sentences) <= 90
    assert 28 <= len(bmj.sentences) <= 42


def test_seed_sentences_end_at_sentence_ends(seeds: dict[str, Document]) -> None:
    edwards = seeds["edwards-2005-doctors-and-managers.txt"]
    sentences = [edwards.text[s.begin : s.end] for s in edwards.sentences]
    assert "Why is there a divide?" in sentences
    # The sentence on autonomy's price runs across a semicolon and ends at its full stop.
    price = [s for s in sentences if "the price of autonomy" in s]
    assert len(price) == 1
    assert price[0].startswith("Autonomy will always") and price[0].endswith("is accountability.")
    assert "; however," in price[0]


def test_sample_corpus(samples: dict[str, Document]) -> None:
    assert len(samples) >= 3
    assert {Path(source).suffix for source in samples} >= {".md", ".txt"}
    for document in samples.values():
        _check_document(document)
        words = len(document.text.split())
        assert 300 <= words <= 700, (document.source, words)
        assert len(document.sentences) >= 15
    networks = samples["managed-clinical-networks.txt"]
    assert networks.title == "Managed clinical networks: working across boundaries"
    assert "the professionals and organisations that care" in networks.text
    assert "support long-term conditions" in networks.text
    assert "what good care looks like." in networks.text
    training = samples["management-training-for-doctors.md"]
    assert training.title == "Management training for doctors"
    assert "*" not in training.text and "#" not in training.text
