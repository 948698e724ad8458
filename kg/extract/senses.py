"""Which sense a word has where one word names two concepts: "trust" is a feeling, but "a
trust", "the trust's board" and "staff across the Trust" are NHS trusts; and where a general
word names a concept only in company: "quality" listed with safety is the quality of care.

The counted sense of such a word (data/count-senses.txt pairs it with a label of the thing it
then names) shows in its neighbours: an article or a quantifier that only counts things ("a",
"each", "another"), a possessive, a capital letter after "the", or a place inside it ("within
the trust", "at this trust"), none of them followed by what only the feeling takes ("trust in
doctors", "the trust between them"). A bare "the trust" with none of these is the counted
sense too in a text that names that sense elsewhere (one sense per discourse), and otherwise
keeps its usual sense. A word of data/determiner-count-senses.txt ("health service") is counted
by a counting determiner alone: in British usage "in the health service" is the NHS.

A general word of data/coordinated-senses.txt, no label by itself, names its concept when it is
coordinated with a mention ("quality and safety", "safety, quality and cost") and is no
compound's head ("data quality") nor takes an "of" of its own ("the quality of evidence").
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.modifiers import Spans
from kg.extract.names import last_mark
from kg.extract.names import title_case_segment as _title_case_segment
from kg.lexicon import Lexicon, Match, fold, plurals
from kg.text.wordlists import word_list, word_pairs, word_sets

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_POSSESSIVE = re.compile(r"['\u2019]s?(?!\w)")


def coordinated_senses(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """Mentions of the general words of data/coordinated-senses.txt where they are listed
    beside another mention (`matches` must be sorted; the new ones are returned alone)."""
    words = {word: lexicon.lookup(label) for word, label in _pairs("coordinated-senses")}
    words = {word: concept for word, concept in words.items() if concept}
    if not words:
        return []
    alternatives = "|".join(map(re.escape, sorted(words)))
    pattern = re.compile(rf"(?<![\w-])({alternatives})(?![\w-])", re.IGNORECASE)
    taken = Spans(matches)
    begins = {m.begin for m in matches}
    ends = {m.end for m in matches}
    hits = [hit for hit in pattern.finditer(text) if not taken.overlap(*hit.span())]
    found: list[Match] = []
    # A list is read from the mention outwards: "safe, effective and efficient" reaches "safe"
    # through "effective", which "efficient" made a mention first.
    while True:
        new = [
            Match(hit.start(), hit.end(), words[hit.group(1).lower()])
            for hit in hits
            if hit.start() not in begins
            and _coordinated(text, hit.start(), hit.end(), begins, ends)
            and not _modified_or_complemented(text, hit.start(), hit.end())
        ]
        if not new:
            return sorted(found, key=lambda m: m.begin)
        found.extend(new)
        begins.update(m.begin for m in new)
        ends.update(m.end for m in new)


_JOINED_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
_JOINED_BEFORE = re.compile(r"(?:,|\band|\bor)\s*$")
_DEGREE_AFTER = re.compile(r"([^\W\d_]+)[ \t]+")
_DEGREE_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)[ \t]+$")


def _past_degree_word(text: str, at: int) -> int:
    """`at`, or past the word of degree that starts there ("more" of "more efficient")."""
    word = _DEGREE_AFTER.match(text, at)
    if word is not None and word.group(1).lower() in _words("degree-words"):
        return word.end()
    return at


def _coordinated(text: str, begin: int, end: int, begins: set[int], ends: set[int]) -> bool:
    """Whether a mention (its `begins` and `ends`) follows right after a joining "and"/"or"/
    comma, or ends right before one; a word of degree may grade either conjunct ("more
    effective and more efficient", data/degree-words.txt)."""
    after = _JOINED_AFTER.match(text, end)
    if after is not None and (
        after.end() in begins or _past_degree_word(text, after.end()) in begins
    ):
        return True
    graded = _DEGREE_BEFORE.search(text, max(0, begin - 12), begin)
    if graded is not None and graded.group(1).lower() in _words("degree-words"):
        begin = graded.start()
    before = _JOINED_BEFORE.search(text, max(0, begin - 8), begin)
    if before is None:
        return False
    return last_mark(text, before.start()) + 1 in ends


_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'\u2019-]*)[ \t]+$")
"""The word right before, with nothing but spaces between: after punctuation or a line break
no modifier can come."""


def _modified_or_complemented(text: str, begin: int, end: int) -> bool:
    """ "data quality" (a compound's head), "quality of the evidence" (its own "of")."""
    if re.match(r"\s+of\b", text[end : end + 5]):
        return True
    previous = _PREVIOUS_WORD.search(text, max(0, begin - 30), begin)
    return previous is not None and previous.group(1).lower() not in _words("compound-openers")


def short_names(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """Mentions of a concept by the head word of data/short-names.txt, after the text has
    named the concept in full (`matches` sorted; the new ones are returned alone)."""
    found: list[Match] = []
    for word, label in _pairs("short-names"):
        concept = lexicon.lookup(label)
        # Named in full means by a name with the word itself: "physician engagement" licenses
        # a bare "engagement", "physician involvement" does not.
        first = next(
            (m for m in matches if m.concept == concept and _names_with(text, m, fold(word))),
            None,
        )
        if concept is None or first is None:
            continue
        forms = "|".join(map(re.escape, sorted({word, *plurals(word)}, key=len, reverse=True)))
        taken = Spans(matches)
        pattern = re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])", re.IGNORECASE)
        for hit in pattern.finditer(text, first.end):
            begin, end = hit.span()
            if taken.overlap(begin, end):
                continue
            if text[begin].isupper() and _mid_sentence(text, begin):
                continue  # a name's word ("the National Network Service")
            if re.match(r"\s+of\b", text[end : end + 5]):
                continue  # "a network of support"
            if _standing(text, begin):
                found.append(Match(begin, end, concept))
    return found


def _mid_sentence(text: str, begin: int) -> bool:
    edge = last_mark(text, begin)
    return edge >= 0 and text[edge] not in ".!?:\n"


def _standing(text: str, begin: int) -> bool:
    """Whether the word at `begin` starts a sentence or clause, or follows a function word,
    a quantifier or a number."""
    before = text[max(0, begin - 40) : begin]
    stripped = before.rstrip()
    if not stripped or stripped[-1] in ".!?:;,(\n\"\u201c":
        return True
    previous = re.search(r"([^\W_][\w'\u2019-]*)$", stripped)
    if previous is None or stripped == before:
        return False  # glued to the word before ("e-network")
    word = previous.group(1).lower()
    return word in _words("standing-after") or word.isdigit()


def counted_senses(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """`matches` with each counted use of a word of data/count-senses.txt given the concept
    of its counted sense (same span, same order).

    One sense per discourse: in a text that names the counted sense elsewhere ("a trust",
    "NHS trusts", "the Trust's board"), a bare "the trust" is that one too ("recommends that
    the trust invest"), unless what follows or the verb before takes only the feeling ("the
    trust between them", "earn the trust"); so is a bare plural of a word counted by its
    determiner ("a health system ... health systems need")."""
    strict = _senses(lexicon, "determiner-count-senses")
    senses = {**_senses(lexicon), **strict}
    if not senses:
        return matches
    singular = {form: word for word in strict for form in plurals(word)}
    strict_forms = set(strict) | set(singular)
    kinds = {counted for _, counted in senses.values()}
    kin = {kind: [m for m in matches if m.concept == kind] for kind in kinds}
    result = []
    undecided = []
    counted_words = set()
    for match in matches:
        form = fold(text[match.begin : match.end])
        word = singular.get(form, form)
        counted = senses.get(word)
        if counted is not None and counted[0] == match.concept:
            if form in strict_forms:
                is_counted = _counted_by_determiner(text, match) or _counted_in_company(
                    text, match, kin[counted[1]]
                )
            else:
                is_counted = _counted(text, match)
            if is_counted:
                match = Match(match.begin, match.end, counted[1])
                counted_words.add(word)
            else:
                undecided.append(len(result))
        result.append(match)
    for word, (_, counted_concept) in senses.items():
        if any(_names_with(text, m, word) for m in result if m.concept == counted_concept):
            counted_words.add(word)  # "NHS trust", "trusts" named as organisations
    for index in undecided:
        match = result[index]
        form = fold(text[match.begin : match.end])
        word = singular.get(form, form)
        if word not in counted_words:
            continue
        if _definite_and_bare(text, match) or (form in singular and _bare_plural(text, match)):
            result[index] = Match(match.begin, match.end, senses[word][1])
    return result


def _bare_plural(text: str, match: Match) -> bool:
    """ "health systems" with no determiner, possessive or country-wide modifier before it: in
    a text that counts health systems elsewhere, the same bodies ("Health systems need to
    adapt", "physicians lead health systems")."""
    if _system_wide(text, match):
        return False
    before = _WORD.findall(text, max(0, match.begin - 40), match.begin)[-1:]
    if not before:
        return True
    word = before[0].lower()
    return word not in _words("definite-determiners") and not _POSSESSIVE.search(word)


def _counted_in_company(text: str, match: Match, kin: list[Match]) -> bool:
    """ "hospitals and health systems", "clinics, health systems and insurers": a word listed
    with mentions of its counted sense names one of those things too; "a health system board",
    "health system executives": a word before one of a body's parts (data/
    counted-compound-heads.txt) names the body, unless a word of data/system-modifiers.txt says
    it is a whole country's ("the national health system's board")."""
    if _system_wide(text, match):
        return False
    begins, ends = {m.begin for m in kin}, {m.end for m in kin}
    if kin and _coordinated(text, match.begin, match.end, begins, ends):
        return True
    parts = _words("counted-compound-heads")
    following = _WORD.match(text, match.end + 1) if text[match.end : match.end + 1] == " " else None
    if following is not None and following.group().lower() in parts:
        return True
    owner = _PART_OF.search(text, max(0, match.begin - 40), match.begin)
    return owner is not None and owner.group(1).lower() in parts


_PART_OF = re.compile(
    r"([^\W\d_][\w-]*)[ \t]+of[ \t]+(?:(?:the|a|an|each|every|its|their)[ \t]+)?$"
)
"""A body's part before "of" and the word: "the boards of health systems"."""


def _system_wide(text: str, match: Match) -> bool:
    """Whether a modifier right before the word makes it a country's or a region's whole
    system ("a national health system", "a single-payer health system")."""
    before = _WORD.findall(text, max(0, match.begin - 40), match.begin)[-2:]
    return any(word.lower() in _words("system-modifiers") for word in before)


def _definite_and_bare(text: str, match: Match) -> bool:
    """ "the trust" with nothing after it that only the feeling takes, after no verb that
    takes the feeling ("earn the trust", data/usual-sense-verbs.txt)."""
    if _feeling_follows(text, match):
        return False
    before = _WORD.findall(text, max(0, match.begin - 40), match.begin)[-2:]
    if not before or text[match.begin - 1 : match.begin] != " " or before[-1].lower() != "the":
        return False
    verbs = word_list("usual-sense-verbs", "kg.extract")
    return len(before) < 2 or before[0].lower() not in verbs


def _names_with(text: str, match: Match, word: str) -> bool:
    """Whether a mention's words hold `word` or its plural ("NHS trust", "trusts")."""
    words = fold(text[match.begin : match.end]).split()
    return word in words or any(form in words for form in plurals(word))


def _senses(lexicon: Lexicon, table: str = "count-senses") -> dict[str, tuple[str, str]]:
    """word -> (the concept it usually names, the concept it names when counted)."""
    found: dict[str, tuple[str, str]] = {}
    for word, label in _pairs(table):
        usual, counted = lexicon.lookup(word), lexicon.lookup(label)
        if usual and counted and usual != counted:
            found[word] = (usual, counted)
    return found


@cache
def _pairs(name: str) -> tuple[tuple[str, str], ...]:
    """The word-to-label pairs of data/{name}.txt, the word folded."""
    return tuple((fold(word), label) for word, label in word_pairs(name, "kg.extract"))


def _feeling_follows(text: str, match: Match) -> bool:
    """Whether the word right after a mention is one only the usual sense takes ("trust in")."""
    following = _WORD.match(text, match.end + 1) if text[match.end : match.end + 1] == " " else None
    return following is not None and following.group().lower() in _words("feeling-followers")


def _words(name: str) -> frozenset[str]:
    """kg/extract/data/{name}.txt: the grammar's word lists are data, read once (cached)."""
    return word_list(name, "kg.extract")


def _counted_by_determiner(text: str, match: Match) -> bool:
    """ "a health service", "each health service", "a large rural health service": counted
    by its determiner alone (data/determiner-count-senses.txt), unless a modifier makes it a
    country's whole system ("a national health service")."""
    if _system_wide(text, match):
        return False
    before = _WORD.findall(text, max(0, match.begin - 40), match.begin)[-1:]
    spaced = text[match.begin - 1 : match.begin] == " "
    if before and spaced and before[0].lower() in _words("counting-determiners"):
        return True
    return _counted_after_modifiers(text, match, feeling=False)


def _counted(text: str, match: Match) -> bool:
    if _POSSESSIVE.match(text, match.end):
        return True
    if text[match.begin].isupper() and _mid_sentence(text, match.begin):
        return not _title_case_segment(text, match.begin)  # "five-year Trust plans", "the Trust"
    if _feeling_follows(text, match):
        return False
    if _counted_after_modifiers(text, match) or _modifies_a_part(text, match):
        return True
    before = _WORD.findall(text, max(0, match.begin - 40), match.begin)[-2:]
    if not before or text[match.begin - 1 : match.begin] != " ":
        return False
    determiner = before[-1].lower()
    if determiner in _words("counting-determiners"):
        return True
    if determiner not in _words("definite-determiners"):
        return False
    if text[match.begin].isupper():
        return True  # "the Trust": a body's name shortened
    if _body_verb_follows(text, match):
        return True  # "the trust appointed", "the trust employs": what only a body does
    return len(before) == 2 and before[0].lower() in _words("place-prepositions")


def _body_verb_follows(text: str, match: Match) -> bool:
    """Whether the word right after a mention is a verb only an organisation is the subject
    of (data/body-verbs.txt: "appointed", "employs", "commissioned")."""
    following = _WORD.match(text, match.end + 1) if text[match.end : match.end + 1] == " " else None
    return following is not None and following.group().lower() in _words("body-verbs")


_SPACED_WORDS = re.compile(r"(?:[^\W\d_][\w-]*[ \t]+){2,4}$")
"""Two to four words right before a mention, nothing but spaces between them."""


def _counted_after_modifiers(text: str, match: Match, feeling: bool = True) -> bool:
    """ "an inner city trust", "a large teaching trust": a determiner that only counts
    things, then one to three modifiers, none a function word (data/standing-after.txt: "a
    climate of trust" is the feeling) nor a word or adverb that describes the feeling
    (data/feeling-modifiers.txt: "a fragile trust", "a very deep trust"); a word with no
    feeling to describe takes adverbs ("a highly integrated health system")."""
    found = _SPACED_WORDS.search(text, max(0, match.begin - 60), match.begin)
    if found is None:
        return False
    words = [word.lower() for word in found.group().split()]
    stops = _words("standing-after") | _words("definite-determiners")
    if feeling:  # a word with no feeling to describe ("a large public health service") skips them
        stops |= _words("feeling-modifiers")
    for count in range(1, len(words)):
        modifier = words[-count]
        if modifier in stops or (feeling and modifier.endswith("ly")):
            return False
        if words[-count - 1] in _words("counting-determiners"):
            return True
    return False


def _modifies_a_part(text: str, match: Match) -> bool:
    """ "in trust leadership", "at trust level", "across trust boundaries": the word before
    a noun of data/counted-compound-heads.txt, after a determiner or a preposition (not "to",
    which makes it a verb: "learn to trust leadership")."""
    following = _WORD.match(text, match.end + 1) if text[match.end : match.end + 1] == " " else None
    if following is None or following.group().lower() not in _words("counted-compound-heads"):
        return False
    before = _WORD.findall(text, max(0, match.begin - 30), match.begin)[-1:]
    if not before or text[match.begin - 1 : match.begin] != " ":
        return False
    word = before[0].lower()
    openers = (
        _words("definite-determiners")
        | _words("counting-determiners")
        | _words("place-prepositions")
        | _words("name-openers-not")
    )
    return word != "to" and word in openers


def people_company_senses(text: str, matches: list[Match], lexicon: Lexicon) -> list[Match]:
    """`matches` with each word of data/people-company-senses.txt that is listed with people
    ("physicians, nurses and other providers"), introduces them ("providers such as nurses",
    "providers (physicians, nurses ...)") or is narrowed to some of them ("clinicians, and
    particularly doctors") given the people's concept (same span, same order).

    A word that names a body counts any people so. A word that names people of one kind
    ("clinicians", usually doctors) names the wider kind only beside people of another kind
    under it ("nurses and clinicians", "clinicians such as pharmacists"), or beside its own
    kind after "other" ("doctors and other clinicians"), or narrowed ("clinicians, especially
    doctors"): "clinicians and managers" stay doctors. A text that once uses a people word so
    uses it so throughout (one sense per discourse: its author's "clinicians" include nurses
    wherever they write it); a body word's senses are two things, each use read alone."""
    people_roots = {lexicon.lookup(label) for label in _words("people-concepts")} - {None}
    people = [
        m
        for m in matches
        if m.concept in people_roots or lexicon.ancestors(m.concept) & people_roots
    ]
    if not people:
        return matches
    result = []
    usual_sense: dict[int, tuple[str, str]] = {}  # index -> (word, wider), people words only
    widened_words: set[str] = set()
    forms = _people_company_forms()
    for match in matches:
        last = fold(text[match.begin : match.end]).rsplit(None, 1)[-1]
        for word, label in forms.get(last, ()):
            wider = lexicon.lookup(label)
            usual = lexicon.lookup(word)
            if wider is None or usual is None or match.concept != usual:
                continue  # "lead clinician" is a post, not the word's usual people
            a_people_word = usual in people_roots or bool(lexicon.ancestors(usual) & people_roots)
            if _widened(text, match, people, usual, wider, people_roots, lexicon):
                match = Match(match.begin, match.end, wider)
                if a_people_word:
                    widened_words.add(word)
            elif a_people_word:
                usual_sense[len(result)] = (word, wider)
        result.append(match)
    for index, (word, wider) in usual_sense.items():
        if word in widened_words:
            result[index] = Match(result[index].begin, result[index].end, wider)
    return result


@cache
def _people_company_forms() -> dict[str, tuple[tuple[str, str], ...]]:
    """word or plural -> the (word, label) pairs of data/people-company-senses.txt it ends."""
    forms: dict[str, tuple[tuple[str, str], ...]] = {}
    for word, label in _pairs("people-company-senses"):
        for form in (word, *plurals(word)):
            forms[form] = (*forms.get(form, ()), (word, label))
    return forms


def _widened(
    text: str,
    match: Match,
    people: list[Match],
    usual: str,
    wider: str,
    people_roots: set[str],
    lexicon: Lexicon,
) -> bool:
    """Whether the company of `match` (a word usually naming `usual`) makes it name `wider`."""

    def under(concept: str, root: str) -> bool:
        return concept == root or root in lexicon.ancestors(concept)

    if usual in people_roots or lexicon.ancestors(usual) & people_roots:
        # a people word: only people of the wider kind, and not of its own unless "other"
        posts = {lexicon.lookup(label) for label in _words("post-people")} - {None}
        kin = [m for m in people if under(m.concept, wider)]
        others = [
            m
            for m in kin
            if not under(m.concept, usual) and not any(under(m.concept, p) for p in posts)
        ]
    else:
        kin = others = people
    other = _OTHER.search(text, max(0, match.begin - 12), match.begin)
    listed = kin if other is not None else others
    begin = other.start() if other is not None else match.begin
    if _coordinated(text, begin, match.end, {m.begin for m in listed}, {m.end for m in listed}):
        return True
    introduced = _SUCH_AS.match(text, match.end)
    if introduced is not None:
        stop = _LIST_END.search(text, introduced.end())
        end = stop.start() if stop is not None else len(text)
        if any(introduced.end() <= m.begin < end for m in others):
            return True
    narrowed = _NARROWED.match(text, match.end)
    return (
        narrowed is not None
        and narrowed.group(1).lower() in _words("narrowing-words")
        and any(m.begin == narrowed.end() for m in kin)
    )


_OTHER = re.compile(r"\b(?:other|all)[ \t]+$")
_SUCH_AS = re.compile(r",?[ \t]+(?:such as|like|including)[ \t]+|[ \t]*\([ \t]*")
_LIST_END = re.compile(r"[.;:)]|\n")
"""Where the list a word introduces ends."""
_NARROWED = re.compile(
    r"[ \t]*(?:,|\(|[\u2013\u2014]|--?)[ \t]*(?:and[ \t]+)?([^\W\d_]+(?:[ \t]+particular)?)"
    r"[ \t]+(?:the[ \t]+)?"
)
"""A word followed by a narrowing ("clinicians, and particularly doctors", "clinicians -
especially doctors -"): group 1 is the narrowing word, checked against
data/narrowing-words.txt."""


def idiom_senses(text: str, matches: list[Match]) -> list[Match]:
    """`matches` less the words of data/idiom-senses.txt inside their idiom: "plays a key role
    in", "a central role to play" say that something contributes, and name no role anyone
    holds (hlkg:Role is a set of duties an actor takes on)."""
    idioms = dict(_pairs("idiom-senses"))
    if not idioms:
        return matches
    return [m for m in matches if not _in_idiom(text, m, idioms)]


def _in_idiom(text: str, match: Match, idioms: dict[str, str]) -> bool:
    word = fold(text[match.begin : match.end])
    verbs = idioms.get(word) or idioms.get(_singular(word))
    if verbs is None:
        return False  # "plays a leadership role" holds one: only the bare word is the idiom's
    forms = set(verbs.split())
    before = _WORD.findall(text, max(0, match.begin - 50), match.begin)[-4:]
    if any(word.lower() in forms for word in before):
        return True
    after = _WORD.findall(text, match.end, match.end + 20)[:2]
    return len(after) == 2 and after[0].lower() == "to" and after[1].lower() in forms


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def verb_senses(text: str, matches: list[Match]) -> list[Match]:
    """`matches` less the noun uses of a word of data/verb-senses.txt, whose label names its
    concept only as a verb: after a determiner and at most two singular modifiers ("the lead
    for quality", "a clinical lead", "each network lead"), unless a verb of the idiom comes
    before ("take the lead"). A plural before it is its subject ("the doctors lead")."""
    words = dict(_pairs("verb-senses"))
    if not words:
        return matches
    return [m for m in matches if not _a_noun(text, m, words)]


def _a_noun(text: str, match: Match, words: dict[str, str]) -> bool:
    idioms = words.get(fold(text[match.begin : match.end]))
    if idioms is None:
        return False
    before = _SPACED_BEFORE.search(text, max(0, match.begin - 60), match.begin)
    if before is None:
        return False
    found = [word.lower() for word in before.group().split()]
    determiners = _words("counting-determiners") | _words("definite-determiners")
    stops = _words("standing-after") | determiners
    for count in range(1, min(len(found), 3) + 1):
        word = found[-count]
        if word in determiners:
            previous = found[-count - 1] if count < len(found) else ""
            return previous not in idioms.split()
        if count == 3 or word in stops or (word.endswith("s") and not word.endswith("ss")):
            return False
    return False


_SPACED_BEFORE = re.compile(r"(?:[^\W\d_][\w-]*[ \t]+){1,4}$")
"""One to four words right before a mention, nothing but spaces between them."""


def holder_senses(text: str, matches: list[Match]) -> list[Match]:
    """`matches` less the words of data/holder-senses.txt held by another holder: "patient
    autonomy", "patients' autonomy", "the autonomy of the patient" are no professional
    autonomy (the patient's own mention stays)."""
    holders = word_sets("holder-senses", "kg.extract")
    if not holders:
        return matches
    return [m for m in matches if not _held_by_another(text, m, holders)]


_HOLDER_BEFORE = re.compile(r"([^\W\d_]+)(?:['\u2019]s?)?[ \t]+$")
_HOLDER_AFTER = re.compile(
    r"[ \t]+of[ \t]+(?:(?:the|a|an|their|its|each|every|all|individual)[ \t]+)?([^\W\d_]+)"
)


def _held_by_another(text: str, match: Match, holders: dict[str, frozenset[str]]) -> bool:
    words = holders.get(fold(text[match.begin : match.end]))
    if words is None:
        return False
    before = _HOLDER_BEFORE.search(text, max(0, match.begin - 30), match.begin)
    if before is not None and before.group(1).lower() in words:
        return True
    after = _HOLDER_AFTER.match(text, match.end)
    return after is not None and after.group(1).lower() in words
