"""Sentence splitting with spaCy's rule-based sentencizer.

The pipeline (`blank("en")` + `sentencizer`) is built once per process, on first use, because
`import spacy` alone costs about half a second. Text is fed paragraph by paragraph (a paragraph
break always ends a sentence), and a paragraph longer than `_CHUNK_CHARS` is cut at a sentence
end near that length, so memory stays flat on a 10 MB text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from kg.model import Sentence
from kg.text.wordlists import word_list

if TYPE_CHECKING:
    from spacy.language import Language

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_CHUNK_CHARS = 50_000
_BATCH = 32
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+(?=[\"'(\[]*[A-Z0-9])")


@cache
def pipeline() -> Language:
    """spaCy's blank English pipeline with the sentencizer and our abbreviations."""
    import spacy
    from spacy.symbols import ORTH

    nlp = spacy.blank("en")
    for abbreviation in sorted(word_list("abbreviations")):
        for form in {abbreviation, abbreviation.capitalize()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.add_pipe("sentencizer")
    nlp.max_length = 2 * _CHUNK_CHARS
    return nlp


def _chunks(text: str) -> Iterator[tuple[int, int]]:
    """(begin, end) spans of paragraphs, long ones cut at a likely sentence end."""
    begin = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield from _cut(text, begin, match.start())
        begin = match.end()
    yield from _cut(text, begin, len(text))


def _cut(text: str, begin: int, end: int) -> Iterator[tuple[int, int]]:
    while end - begin > _CHUNK_CHARS:
        limit = begin + _CHUNK_CHARS
        boundary = None
        for match in _SENTENCE_END.finditer(text, begin + _CHUNK_CHARS // 2, limit):
            boundary = match.end()
        if boundary is None:
            space = text.rfind(" ", begin + 1, limit)
            boundary = space + 1 if space > begin else limit
        yield begin, boundary
        begin = boundary
    if text[begin:end].strip():
        yield begin, end


def _continues(text: str, begin: int, end: int) -> bool:
    """A "sentence" whose first letter is lowercase is the tail of the one before it: the
    sentencizer broke it after an abbreviation ("et al. found", "No. 5 is")."""
    for index in range(begin, end):
        if text[index].isalpha():
            return text[index].islower()
    return False


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences of `text` as offsets; each `text[s.begin:s.end]` is trimmed and non-empty."""
    spans = list(_chunks(text))
    nlp = pipeline()
    sentences: list[Sentence] = []
    docs = nlp.pipe((text[begin:end] for begin, end in spans), batch_size=_BATCH)
    for (offset, _end), doc in zip(spans, docs, strict=True):
        first_in_chunk = True
        for sent in doc.sents:
            begin, end = offset + sent.start_char, offset + sent.end_char
            while begin < end and text[begin].isspace():
                begin += 1
            while end > begin and text[end - 1].isspace():
                end -= 1
            if begin == end:
                continue
            if not first_in_chunk and _continues(text, begin, end):
                sentences[-1] = Sentence(sentences[-1].begin, end)
            else:
                sentences.append(Sentence(begin, end))
            first_in_chunk = False
    return tuple(sentences)
