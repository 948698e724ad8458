"""Texts to Documents: finding corpus files, reading them, cleaning and splitting their text.

    files, skipped = discover([Path("corpus")])
    for file in files:
        try:
            document = read_document(file)
        except SkippedFile as error:
            skipped.append(Skipped(file.source, error.reason))

spaCy, pypdf and markdown-it are imported only when first needed.
"""

from kg.text.clean import normalise
from kg.text.corpus import TEXT_SUFFIXES, CorpusFile, Skipped, discover
from kg.text.errors import SkippedFile
from kg.text.reader import MAX_FILE_BYTES, read_document
from kg.text.sentences import split_sentences

__all__ = [
    "MAX_FILE_BYTES",
    "TEXT_SUFFIXES",
    "CorpusFile",
    "Skipped",
    "SkippedFile",
    "discover",
    "normalise",
    "read_document",
    "split_sentences",
]
