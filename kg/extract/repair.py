"""A second reading of a sentence the parser misread as a noun phrase.

The small English model sometimes reads a noun and the verb after it as one noun phrase: in
"Bureaucracy impedes change management" it tags "impedes" as a plural noun and "change" as
the verb; in "Regulation lowers morale and undermines teamwork", "morale and undermines" as
nouns. When a cue's verb form is read as anything but a verb right after a concept mention,
right after "and" that follows a noun, or after a mention and a short aside between commas
("Bureaucracy, by contrast, erodes clinical engagement"), the sentence is parsed again with
that mention or noun replaced by a pronoun ("It impedes change management"), and if that is
not enough the word after the verb too ("Regulation lowers it and undermines it"): a pronoun
cannot modify a noun, so the verb is read as a verb. A cue verb capitalised after a colon
("Physician leadership: Ensures high-quality care") is read as a proper noun; it is read
again in lower case, and the heading becomes its subject. Only such sentences are parsed
twice; replacing every mention by a pronoun in every sentence was measured to lose more
relations than it repaired (the parser then loses what the words say). A cue verb read as a verb
whose subject hangs from it as a compound ("Clinical leadership damages patient
outcomes") is read again the same way. A mention after "to"
read as a verb phrase ("central to patient safety", with "patient" as its head and "to" as
an infinitive's marker) is read again as a pronoun too ("central to it"). Two short words
misread as something else are read again as what they are: "since" after a perfect's
"have" ("have since undermined") as "now", and "need" before a participle ("need engaged
clinicians") as "require".
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from kg.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

Span = tuple[int, int, str]
"""Document offsets of words to read as one word, and that word ("it", "they", or the same
word in lower case)."""

_NOT_A_VERB = frozenset(["aux", "compound", "amod", "nmod", "nsubj", "dobj", "pobj", "conj"])
"""Roles that a cue's verb form takes only when it was misread (with a noun's tag)."""


def misread(
    doc: Doc,
    offset: int,
    mentions: Sequence[Mention],
    verb_forms: frozenset[str],
    reporting: frozenset[str] = frozenset(),
    authors: frozenset[str] = frozenset(),
) -> tuple[list[Span], list[Span]]:
    """What to replace by a pronoun so that the misread cue verbs are read as verbs: the
    words before each such verb, and the words after it (tried second: replacing them too
    repairs more parses but spoils some). A reporting aside before the verb ("Managers,
    critics say, undermine ...", with one of the `reporting` verbs) is read as "reportedly",
    which keeps the claim reported (not the author's own "as we argue below"). Such an aside
    that swallowed the predicate after it ("Doctors are not, as is often claimed, hostile to
    Y", with "hostile" read as a conjunct of "claimed") is read so too, whatever the cue."""
    found: list[Span] = []
    after_found: list[Span] = []
    arrays = _arrays(doc)  # (once: the checks below look for their few words in them)
    for aside in _swallowing_asides(doc, reporting, authors, arrays):
        found.append((offset + doc[aside[0]].idx, offset + doc[aside[1]].idx + 1, "reportedly"))
    for since in _perfect_since(doc, arrays[1]):
        found.append(_read_as(since, offset, "now"))
    for need in _need_read_as_auxiliary(doc, arrays[1]):
        found.append(_read_as(need, offset, "requires" if need.lower_ == "needs" else "require"))
    words = _verbs_and_to(doc, verb_forms, arrays[1])
    if not words:
        return found, after_found  # no cue verb and no "to": nothing misread
    for span in _misread_to(doc, offset, mentions, verb_forms, words):
        if span not in found:
            found.append(span)
    for token in words:
        if token.lower_ not in verb_forms or token.i == 0:
            continue
        if _participle_adjective(token) or (
            _object_noun(token) and not _head_noun_read_as_verb(token, offset, mentions)
        ):
            continue  # "report improved patient satisfaction scores and reduced costs"
        if not _noun_hung_on_verb(doc, token):
            if not token.tag_.startswith(("NN", "JJ")) and token.dep_ not in _NOT_A_VERB:
                continue
            if token.tag_.startswith("VB") and token.dep_ not in ("aux", "compound", "amod"):
                continue
            if (
                token.dep_ == "aux"
                and token.head.tag_ in ("VBN", "VBG", "VBD")
                and token.head.dep_ not in _NOT_A_VERB
            ):
                continue  # "trusts have improved": "have" is the perfect's auxiliary
        previous = doc[token.i - 1]
        if previous.text == ":" and token.text[:1].isupper():
            span = _read_as(token, offset, token.lower_)
            if span not in found:
                found.append(span)
            continue
        aside = _reporting_aside(doc, token.i, reporting, authors)
        opening_index = _aside_opening(doc, token.i) if aside is None else None
        if opening_index is not None and _verb_part(doc[opening_index - 1]):
            # "does not, in our view, undermine": an aside between the verb's own words
            # leaves the verb stranded as an adjective; read without it.
            closing = doc[token.i - 1]
            cut: Span = (offset + doc[opening_index].idx, offset + closing.idx + 1, "now")
            if cut not in found:
                found.append(cut)
            continue
        if aside is not None:
            opening, closing = doc[aside[0]], doc[aside[1]]
            said: Span = (offset + opening.idx, offset + closing.idx + 1, "reportedly")
            if said not in found:
                found.append(said)
            previous = doc[opening.i - 1]
        previous = _before_aside(doc, token.i) or previous
        end = offset + previous.idx + len(previous.text)
        mention = next((m for m in mentions if m.end == end), None)
        if mention is not None:
            objective = _after_preposition(doc, offset, mention)
            span = (mention.begin, mention.end, pronoun(mention.surface, objective))
        elif (
            previous.lower_ in ("and", "or")
            and token.i >= 2
            and doc[token.i - 2].tag_.startswith("NN")
        ):
            noun = doc[token.i - 2]
            span = _read_as(noun, offset, pronoun(noun.text))
        else:
            continue
        if span not in found:
            found.append(span)
        if token.i + 1 < len(doc):
            following = doc[token.i + 1]
            begin = offset + following.idx
            after = next((m for m in mentions if m.begin == begin), None)
            if after is not None:
                after_span: Span = (after.begin, after.end, pronoun(after.surface))
            elif following.tag_.startswith("NN"):
                after_span = _read_as(following, offset, pronoun(following.text))
            else:
                continue
            if after_span not in after_found:
                after_found.append(after_span)
    return found, after_found


def _participle_adjective(token: Any) -> bool:
    """Whether a past participle before a noun is that noun's adjective ("report improved
    safety and reduced costs"), not a misread verb: the noun is itself the argument of a verb
    or preposition, so the sentence has a verb of its own. After "and" it may still be a
    second verb of a past-tense one ("lowered morale and undermined teamwork"), unless the
    first noun of the list has such an adjective too or is no past-tense verb's object."""
    noun = token.head
    if not (
        token.dep_ == "amod"
        and token.tag_ in ("VBN", "VBD", "JJ")
        and token.lower_.endswith("ed")
        and noun.i > token.i
        and noun.dep_ in ("dobj", "pobj", "conj", "attr", "appos")
        and token.sent.root.tag_.startswith("VB")  # not "A breakdown of trust damaged teamwork"
    ):
        return False
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is noun:
        return True
    parallel = any(
        c.dep_ == "amod" and c.lower_.endswith("ed") and c.i < first.i for c in first.children
    )
    return parallel or first.head.tag_ != "VBD"


def _object_noun(token: Any) -> bool:
    """Whether a cue's form read as a noun is the object of a verb that has a subject of its
    own ("hospitals report patient satisfaction scores"): the sentence has its verb, and the
    word is the noun it looks like."""
    head = token.head
    return (
        token.tag_.startswith("NN")
        and token.dep_ == "dobj"
        and head.tag_.startswith("VB")
        and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WDT", "WP")
            for c in head.children
        )
        # Not "perceive that X conflicts", nor "the idea that shared [X fosters] Y".
        and not any(c.dep_ == "mark" for c in token.children)
    )


def _head_noun_read_as_verb(token: Any, offset: int, mentions: Sequence[Mention]) -> bool:
    """Whether the "verb" whose object a cue's form was read as is the last word of a
    concept's name of two or more words, right before it ("Performance targets conflict with
    professional values", read as "targets" with the object "conflict"): a name's head
    noun misread, not a verb. A one-word name may be a verb ("managers manage conflict")."""
    head = token.head
    if head.i != token.i - 1:
        return False
    begin = offset + head.idx
    end = begin + len(head.text)
    return any(m.end == end and m.begin < begin for m in mentions)


def _noun_hung_on_verb(doc: Doc, verb: Any) -> bool:
    """Whether the noun right before a verb hangs from it as a compound: in "Clinical
    leadership damages patient safety" the verb is tagged a verb, but its subject is
    read as a modifier of it and the sentence has no subject. A verb takes no compounds."""
    previous = doc[verb.i - 1]
    return previous.head.i == verb.i and previous.dep_ == "compound"


def _arrays(doc: Doc) -> tuple[list[int], list[int]]:
    """The ids of each word's form and lower-cased form, from the parse's arrays: looking for
    a few words there costs less than making a token of every word."""
    from spacy.attrs import LOWER, ORTH

    if not len(doc):
        return [], []
    orth, lower = doc.to_array([ORTH, LOWER]).T.tolist()
    return orth, lower


def _verbs_and_to(doc: Doc, verb_forms: frozenset[str], lower: list[int]) -> list[Any]:
    """The words of `doc` that are one of `verb_forms` or "to", in order (`lower`: the
    lower-cased forms' ids)."""
    ids = _FORM_IDS.get(verb_forms)
    if ids is None:
        from spacy.strings import get_string_id

        ids = _FORM_IDS[verb_forms] = frozenset(get_string_id(f) for f in {*verb_forms, "to"})
    return [doc[i] for i, form in enumerate(lower) if form in ids]


_FORM_IDS: dict[frozenset[str], frozenset[int]] = {}
"""Cue verb forms -> their string ids and that of "to" (one set per cue file)."""


def _misread_to(
    doc: Doc,
    offset: int,
    mentions: Sequence[Mention],
    verb_forms: frozenset[str],
    words: Sequence[Any],
) -> list[Span]:
    """Mentions after a preposition "to" that the parser read as an infinitive's marker:
    in "Teamwork is central to patient safety" it tags "patient" as an adjective heading a
    verb phrase ("to" its aux, "safety" its object). A pronoun cannot head a verb phrase,
    so "central to it" reads "to" as the preposition. (`words`: the sentence's cue verbs
    and "to"s.)"""
    spans: list[Span] = []
    for token in words:
        if token.lower_ != "to" or token.dep_ != "aux" or token.i + 1 >= len(doc):
            continue
        following = doc[token.i + 1]
        begin = offset + following.idx
        mention = next((m for m in mentions if m.begin == begin), None)
        if mention is None:
            continue
        verbal = following.tag_.startswith("VB") or token.head.tag_.startswith("VB")
        if verbal and not (
            _noun_read_as_verb(following, offset + following.idx, mention)
            and following.head.lower_ in verb_forms
        ):
            continue  # a real infinitive ("to improve safety")
        spans.append((mention.begin, mention.end, pronoun(mention.surface)))
    return spans


_NOMINAL_SUFFIXES = ("ship", "ment", "tion", "sion", "ance", "ence", "ity", "ness", "ism")
"""Endings of nouns that no English verb has: "leadership", "management", "governance"."""


def _noun_read_as_verb(word: Any, begin: int, mention: Mention) -> bool:
    """Whether the first word of a mention of several words, read as a verb after "to", is a
    noun by its form ("appointed to leadership roles" read as "to lead roles"): a modifier,
    not an infinitive. (Read again only after a cue's verb, to keep second parses rare.)"""
    lower = word.lower_
    return mention.end > begin + len(word.text) and lower.endswith(_NOMINAL_SUFFIXES)


_ASIDE_LENGTH = 5
"""The most words between the commas of an aside ("by contrast", "on the other hand")."""


def _aside_opening(doc: Doc, index: int) -> int | None:
    """The opening comma of a short aside set off by commas that ends right before word
    `index` ("Bureaucracy, by contrast, erodes ..."), or None."""
    if index < 3 or doc[index - 1].text != ",":
        return None
    for opening in range(index - 2, max(0, index - 2 - _ASIDE_LENGTH) - 1, -1):
        if doc[opening].text == ",":
            return None if opening in (0, index - 2) else opening
    return None


def _read_as(token: Any, offset: int, word: str) -> Span:
    """A word of the sentence (at document `offset`) to read as `word`."""
    begin = offset + token.idx
    return begin, begin + len(token.text), word


def _verb_part(token: Any) -> bool:
    """A negation or an auxiliary: a word that is part of the verb after it."""
    return token.dep_ in ("neg", "aux", "auxpass") or token.tag_ == "MD"


def _before_aside(doc: Doc, index: int) -> Any:
    """The word before a short aside that ends right before word `index`
    ("Bureaucracy, by contrast, erodes ...": "Bureaucracy"), or None."""
    opening = _aside_opening(doc, index)
    # An aside opens with an adverb or a preposition ("however", "by contrast"); a noun after
    # the comma is the next item of a list.
    if opening is None or not doc[opening + 1].tag_.startswith(("RB", "IN")):
        return None
    return doc[opening - 1]


def _reporting_aside(
    doc: Doc, index: int, reporting: frozenset[str], authors: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The commas around a short reporting clause of others set in before word `index`
    ("Managers, it is often said, undermine ...", "X, critics argue, harms Y"), or None."""
    opening = _aside_opening(doc, index)
    if opening is None:
        return None
    inside = doc[opening + 1 : index - 1]
    if not any(t.lower_ in reporting for t in inside):
        return None
    if any(t.dep_ == "nsubj" and t.lower_ in authors for t in inside):
        return None  # "as we argue below": the author's own
    return opening, index - 1


def _swallowing_asides(
    doc: Doc,
    reporting: frozenset[str],
    authors: frozenset[str],
    arrays: tuple[list[int], list[int]] | None = None,
) -> list[tuple[int, int]]:
    """Reporting asides opened by "as" whose verb the parser made the head of a word after
    the closing comma ("not, as is often claimed, hostile to")."""
    asides: list[tuple[int, int]] = []
    # The commas before an "as", from the parse's arrays: most sentences have none, and a
    # token made for every word to look cost more than the rest of the misread check.
    orth, lower = arrays if arrays is not None else _arrays(doc)
    comma, as_ = _string_ids(",", "as")
    for opening in range(1, len(doc) - 2):
        if orth[opening] != comma or lower[opening + 1] != as_:
            continue
        last = min(len(doc) - 1, opening + _ASIDE_LENGTH + 2)
        closing = next((i for i in range(opening + 2, last) if doc[i].text == ","), None)
        if closing is None:
            continue
        aside = _reporting_aside(doc, closing + 1, reporting, authors)
        if aside is None or aside[0] != opening:
            continue
        verbs = [t for t in doc[opening + 1 : closing] if t.lower_ in reporting]
        if any(c.i > closing for v in verbs for c in v.children if c.dep_ == "conj"):
            asides.append(aside)
    return asides


def _need_read_as_auxiliary(doc: Doc, lower: list[int]) -> list[Any]:
    """ "need" read as a modal auxiliary of the participle after it ("Doctors need protected
    time": "need protected" as one verb, "time" its object). A modal "need" takes a bare
    infinitive ("need not attend"), never a participle; read as "require", the participle
    is the adjective it is."""
    need, needs = _string_ids("need", "needs")
    return [
        token
        for token in (doc[i] for i, form in enumerate(lower[:-1]) if form in (need, needs))
        if token.dep_ == "aux"
        and token.head.i == token.i + 1
        and token.head.tag_ in ("VBN", "VBD")
    ]


_HAVE = frozenset(["have", "has", "had", "'ve"])


def _perfect_since(doc: Doc, lower: list[int]) -> list[Any]:
    """ "since" between a perfect's "have" and its participle, read as a preposition that
    swallows the clause ("Managers have since undermined clinical engagement": "since
    undermined clinical engagement" as a prepositional phrase). Read as "now", it is the
    adverb it is."""
    (since,) = _string_ids("since")
    return [
        token
        for token in (doc[i] for i in range(1, len(lower) - 1) if lower[i] == since)
        if token.dep_ == "prep"
        and token.head.i == token.i - 1
        and token.head.lower_ in _HAVE
        and doc[token.i + 1].tag_ in ("VBN", "VBD")
    ]


@cache
def _string_ids(*strings: str) -> tuple[int, ...]:
    from spacy.strings import get_string_id

    return tuple(get_string_id(s) for s in strings)


def with_pronouns(
    nlp: Any, doc: Doc, offset: int, spans: Sequence[Span]
) -> tuple[Doc, list[tuple[int, int]]]:
    """`doc`'s words with each span replaced by its word (unparsed), and the document offsets
    each new token stands for."""
    from spacy.tokens import Doc as NewDoc

    words: list[str] = []
    spaces: list[bool] = []
    offsets: list[tuple[int, int]] = []
    index = 0
    tokens = list(doc)
    while index < len(tokens):
        token = tokens[index]
        begin = offset + token.idx
        span = next((s for s in spans if s[0] == begin), None)
        if span is not None:
            last = index
            while last + 1 < len(tokens) and offset + tokens[last + 1].idx < span[1]:
                last += 1
            word = span[2]
            words.append(word.capitalize() if index == 0 else word)
            spaces.append(bool(tokens[last].whitespace_))
            offsets.append((span[0], span[1]))
            index = last + 1
            continue
        words.append(token.text)
        spaces.append(bool(token.whitespace_))
        offsets.append((begin, begin + len(token.text)))
        index += 1
    return NewDoc(nlp.vocab, words=words, spaces=spaces), offsets


def is_plural(surface: str) -> bool:
    """A phrase's number, from its last word's form (good enough for pronoun agreement)."""
    words = surface.split()
    last = words[-1].lower() if words else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "sis", "ics"))


def pronoun(surface: str, objective: bool = False) -> str:
    """The pronoun that can stand for a phrase (in the objective case after a preposition)."""
    if not is_plural(surface):
        return "it"
    return "them" if objective else "they"


def _after_preposition(doc: Doc, offset: int, mention: Mention) -> bool:
    """Whether a mention is (the last member of) a preposition's object: "communication
    between doctors and managers undermines trust". Masked with "they" it becomes the verb's
    subject ("between doctors and they undermines"); "them" leaves the subject its own."""
    first = next((t for t in doc if offset + t.idx == mention.begin), None)
    if first is None or first.i == 0:
        return False
    before = doc[first.i - 1]
    if before.tag_ == "IN" and before.dep_ == "prep":
        return True
    if before.lower_ not in ("and", "or") or first.i < 2:
        return False
    member = doc[first.i - 2]
    while member.dep_ == "conj" and member.head.i < member.i:
        member = member.head
    return member.dep_ == "pobj"
