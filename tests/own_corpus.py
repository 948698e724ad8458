"""Corpora of our own sentences, of any size, for the tests that build with the real extractor
(never text copied from the shared corpora)."""

from __future__ import annotations

from pathlib import Path

SENTENCES = (
    "Clinical leadership improves patient safety in the hospitals we studied.",
    "Many managers argue that medical autonomy hinders accountability.",
    "Doctors who take on management roles support service improvement.",
    "Shared governance requires trust between doctors and managers.",
    "It is not clear that performance targets improve the quality of care.",
    "Professional autonomy conflicts with managerial control, the consultants said.",
    "Medical engagement may improve organisational performance.",
    "Teamwork supports patient safety on the wards.",
)


def write_corpus(folder: Path, documents: int, sentences_each: int) -> Path:
    """Documents of our own sentences, each a different selection and order."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(documents):
        lines = [
            SENTENCES[(number * 3 + k * (number % 5 + 1)) % len(SENTENCES)]
            for k in range(sentences_each)
        ]
        body = " ".join(lines)
        (folder / f"note-{number:03d}.txt").write_text(
            f"Note {number} on leadership\n\n{body}\n", encoding="utf-8"
        )
    return folder
