"""Texts to Documents: finding corpus files, reading them, cleaning and splitting their text.

    files, skipped = discover([Path("corpus")])
    for file in files:
        try:
            document = read_document(file)
        except SkippedFile as error:
            skipped.append(Skipped(file.source, error.reason))

What a Document's text is (all offsets refer to it): the file's text with Markdown markup
stripped (markdown-it-py) or a PDF's text (pypdf), then `normalise`d: words hyphenated at line
ends joined unless the hyphen is real (a word list decides: kg.text.dehyphenate), reference
numbers stuck to words dropped, quotes, dashes, ligatures and spaces unified, invisible and
control characters removed, wrapped lines joined, paragraphs separated by one blank line.
Sentences come from spaCy's rule-based sentencizer, never across a paragraph break.

Encodings: UTF-8, or any text with a UTF-8/16/32 byte-order mark; anything else is skipped
with the first bad byte's position (kg.text.decode says why we do not guess code pages).

spaCy, pypdf, markdown-it and the word list are loaded only when first needed.
"""

from kg.text.clean import normalise
from kg.text.corpus import TEXT_SUFFIXES, CorpusFile, Skipped, discover
from kg.text.errors import SkippedFile
from kg.text.reader import MAX_FILE_BYTES, document_from_bytes, read_document, read_file_bytes
from kg.text.sentences import split_sentences

__all__ = [
    "MAX_FILE_BYTES",
    "TEXT_SUFFIXES",
    "CorpusFile",
    "Skipped",
    "SkippedFile",
    "discover",
    "document_from_bytes",
    "normalise",
    "read_document",
    "read_file_bytes",
    "split_sentences",
]
