"""Per-document extraction results kept between builds, so an unchanged file is not re-read.

An entry's key covers everything the extraction depends on: the file's raw bytes, its source
path, the extractor's version and the ontology and cue files (`salt`). Entries are JSON, not
pickles, so a tampered cache folder cannot run code; a damaged entry is just a miss.
Writes go to a temporary file then `os.replace`, so a killed build never leaves half an entry.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

from kg.atomic import write_text_atomically
from kg.model import Document, Extraction, Mention, Relation, Sentence

_FORMAT = 2


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, read in chunks so an enormous file costs no memory."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


class DocumentCache:
    def __init__(self, folder: Path, salt: str, *, enabled: bool = True) -> None:
        """`enabled=False`: every lookup misses (a fresh build), entries are still written."""
        self.folder = folder
        self.salt = salt
        self.enabled = enabled
        self.used: set[str] = set()

    def key(self, content_hash: str, source: str) -> str:
        text = f"{_FORMAT}\0{self.salt}\0{content_hash}\0{source}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def has(self, key: str) -> bool:
        return self.enabled and self._path(key).is_file()

    def get(self, key: str) -> Extraction | None:
        """The cached extraction, or None when absent or unreadable."""
        self.used.add(key)
        try:
            data = json.loads(self._path(key).read_bytes())
            return decode_extraction(data)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None

    def put(self, key: str, extraction: Extraction) -> None:
        self.put_entry(key, encode_entry(extraction))

    def put_entry(self, key: str, entry: str) -> None:
        """Store an entry made by `encode_entry` (perhaps by a worker on another machine)."""
        self.used.add(key)
        self.folder.mkdir(parents=True, exist_ok=True)
        write_text_atomically(self._path(key), entry, durable=False)

    def prune(self) -> int:
        """Delete the entries this build did not use (and leftovers of killed builds)."""
        removed = 0
        if not self.folder.is_dir():
            return removed
        for path in self.folder.iterdir():
            stale = path.name.startswith(".tmp-") or (
                path.suffix == ".json" and path.stem not in self.used
            )
            if stale and path.is_file():
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed += 1
        return removed


def encode_entry(extraction: Extraction) -> str:
    """A cache entry's text: `encode_extraction` as compact JSON."""
    return json.dumps(encode_extraction(extraction), ensure_ascii=False, separators=(",", ":"))


def encode_extraction(extraction: Extraction) -> dict[str, Any]:
    """A compact JSON form: sentences and concepts by index, surfaces re-sliced on decode."""
    document = extraction.document
    sentence_index = {s: i for i, s in enumerate(document.sentences)}
    concepts: dict[str, int] = {}

    def sentence_ref(sentence: Sentence) -> Any:
        index = sentence_index.get(sentence)
        return index if index is not None else [sentence.begin, sentence.end]

    def concept_ref(iri: str) -> int:
        return concepts.setdefault(iri, len(concepts))

    def mention_row(mention: Mention) -> list[Any]:
        return [
            concept_ref(mention.concept),
            mention.begin,
            mention.end,
            sentence_ref(mention.sentence),
        ]

    mention_index: dict[Mention, int] = {}
    mentions = []
    for mention in extraction.mentions:
        mention_index.setdefault(mention, len(mentions))
        mentions.append(mention_row(mention))

    def mention_ref(mention: Mention) -> Any:
        index = mention_index.get(mention)
        return index if index is not None else mention_row(mention)

    relations = [
        {
            "s": concept_ref(r.subject),
            "p": r.predicate,
            "o": concept_ref(r.object),
            "sentence": sentence_ref(r.sentence),
            "cue": [r.cue, r.cue_begin, r.cue_end],
            "sm": mention_ref(r.subject_mention),
            "om": mention_ref(r.object_mention),
            "confidence": r.confidence,
            "negated": r.negated,
            "hedged": r.hedged,
            "hedge_cues": list(r.hedge_cues),
            "rejected": r.rejected,
            "held_by": [concept_ref(c) for c in r.attributed_to],
        }
        for r in extraction.relations
    ]
    return {
        "format": _FORMAT,
        "source": document.source,
        "title": document.title,
        "text": document.text,
        "content_hash": document.content_hash,
        "sentences": [[s.begin, s.end] for s in document.sentences],
        "concepts": list(concepts),
        "mentions": mentions,
        "relations": relations,
    }


def decode_extraction(data: dict[str, Any]) -> Extraction:
    if data.get("format") != _FORMAT:
        raise ValueError("cache entry of another format")
    text: str = data["text"]
    sentences = tuple(Sentence(b, e) for b, e in data["sentences"])
    concepts: list[str] = data["concepts"]

    def sentence(ref: Any) -> Sentence:
        return sentences[ref] if isinstance(ref, int) else Sentence(ref[0], ref[1])

    def make_mention(row: list[Any]) -> Mention:
        concept, begin, end, sentence_ref = row
        return Mention(concepts[concept], begin, end, text[begin:end], sentence(sentence_ref))

    mentions = tuple(make_mention(row) for row in data["mentions"])

    def mention(ref: Any) -> Mention:
        return mentions[ref] if isinstance(ref, int) else make_mention(ref)

    relations = tuple(
        Relation(
            subject=concepts[r["s"]],
            predicate=r["p"],
            object=concepts[r["o"]],
            sentence=sentence(r["sentence"]),
            cue=r["cue"][0],
            cue_begin=r["cue"][1],
            cue_end=r["cue"][2],
            subject_mention=mention(r["sm"]),
            object_mention=mention(r["om"]),
            confidence=r["confidence"],
            negated=r["negated"],
            hedged=r["hedged"],
            hedge_cues=tuple(r["hedge_cues"]),
            rejected=r["rejected"],
            attributed_to=tuple(concepts[c] for c in r["held_by"]),
        )
        for r in data["relations"]
    )
    document = Document(
        source=data["source"],
        title=data["title"],
        text=text,
        sentences=sentences,
        content_hash=data["content_hash"],
    )
    return Extraction(document=document, mentions=mentions, relations=relations)
