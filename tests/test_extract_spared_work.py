"""Work the extractor spares without changing what it finds. A sentence read again with
pronouns (kg.extract.repair) is parsed once per distinct masking: when the second way of
masking is the first (no word after the misread verb to replace), its words are the same and
the first parse is read again. A claim's status is worked out only for a match that has both
a subject and an object. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from extraction import extract

from kg.extract import Extractor
from kg.extract.parser import pipeline
from kg.extract.relations import _Sentence


@pytest.fixture
def reparsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The words of every sentence the parser is given a second time (as a Doc, not text)."""
    nlp = pipeline()
    seen: list[str] = []
    parse = nlp.pipe

    def counting(texts, **options):
        texts = list(texts)
        seen.extend(t.text for t in texts if not isinstance(t, str))
        return parse(texts, **options)

    monkeypatch.setattr(nlp, "pipe", counting)
    return seen


def test_the_same_masking_is_not_parsed_twice(extractor: Extractor, reparsed: list[str]) -> None:
    # "conflict" after "Clinical guidelines" is misread; the first masking finds nothing,
    # and the second would mask the same words.
    found = extract(extractor, "Clinical guidelines conflict with the wishes of doctors.")
    assert reparsed == ["They conflict with the wishes of doctors."]
    assert found.relations == ()


def test_a_second_different_masking_is_still_parsed(
    extractor: Extractor, reparsed: list[str]
) -> None:
    found = extract(extractor, "Audit lowers morale and undermines teamwork.")
    assert reparsed == [
        "Audit lowers it and undermines teamwork.",
        "Audit lowers it and undermines it.",
    ]
    assert [(r.subject.rsplit("#")[-1], r.object.rsplit("#")[-1]) for r in found.relations] == [
        ("Audit", "Teamwork")
    ]


def _cue_words_passed_to(monkeypatch: pytest.MonkeyPatch, method: str) -> list[str]:
    """The cue word of every match that reaches `_Sentence.<method>(cue_token, cue)`."""
    seen: list[str] = []
    original = getattr(_Sentence, method)

    def counting(self, cue_token, cue):
        seen.append(cue_token.text)
        return original(self, cue_token, cue)

    monkeypatch.setattr(_Sentence, method, counting)
    return seen


@pytest.fixture
def statuses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The cue word of every match whose claim status is worked out."""
    return _cue_words_passed_to(monkeypatch, "status")


def test_a_match_without_an_object_concept_gets_no_status(
    extractor: Extractor, statuses: list[str]
) -> None:
    # Two concepts, so the sentence is parsed; but "morale" names none: the match of
    # "improves" has no object.
    assert extract(extractor, "Audit improves the morale of doctors.").relations == ()
    assert statuses == []
    (found,) = extract(extractor, "Audit improves teamwork.").relations
    assert statuses == ["improves"]
    assert not found.negated


def test_a_denying_subject_still_follows_the_frames_own_status(extractor: Extractor) -> None:
    found = extract(extractor, "Neither audit nor appraisal may improve teamwork.").relations
    assert [(r.negated, r.hedged, r.hedge_cues) for r in found] == [
        (True, True, ("may", "Neither")),
        (True, True, ("may", "Neither")),
    ]
    (denied,) = extract(extractor, "No manager can improve teamwork.").relations
    assert (denied.negated, denied.hedge_cues) == (True, ("No",))


@pytest.fixture
def subjects_sought(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The cue word of every match whose clause subjects are looked for."""
    return _cue_words_passed_to(monkeypatch, "clause_subjects")


def test_a_match_without_an_object_concept_seeks_no_subject(
    extractor: Extractor, subjects_sought: list[str]
) -> None:
    assert extract(extractor, "Audit improves the morale of doctors.").relations == ()
    assert "improves" not in subjects_sought
    (found,) = extract(extractor, "Audit improves teamwork.").relations
    assert "improves" in subjects_sought
    assert found.subject.endswith("#Audit")


def test_an_object_in_a_list_after_a_colon_still_counts(extractor: Extractor) -> None:
    # "things" names no concept: the list after the colon is the object.
    found = extract(extractor, "Regular audit improves two things: teamwork and morale.")
    assert [(r.subject.rsplit("#")[-1], r.object.rsplit("#")[-1]) for r in found.relations] == [
        ("Audit", "Teamwork")
    ]


def test_a_contrast_is_read_once_per_mention(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    not_before = _Sentence._not_before

    def counting(self, mention):
        read.append(mention.surface)
        return not_before(self, mention)

    monkeypatch.setattr(_Sentence, "_not_before", counting)
    found = extract(extractor, "Audit improves not bureaucracy but teamwork and patient safety.")
    assert sorted(read) == sorted(set(read))  # each mention once, however many pairs
    assert {(r.object.rsplit("#")[-1], r.negated) for r in found.relations} == {
        ("Bureaucracy", True),
        ("Teamwork", False),
        ("PatientSafety", False),
    }


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        # A cue verb read as a noun after a mention, and a mention after "to" read as a verb.
        ("Bureaucracy impedes change management.", ["It"]),
        ("Teamwork is central to patient safety.", ["it"]),
        # Neither a cue verb nor "to": nothing is looked at, nothing masked.
        ("Clinical leadership in hospitals.", []),
    ],
)
def test_misread_words_are_found_among_the_cue_verbs_and_to(
    extractor: Extractor, text: str, masked: list[str]
) -> None:
    from kg.extract.repair import misread

    doc = pipeline()(text)
    mentions = list(extract(extractor, text).mentions)
    first, _ = misread(doc, 0, mentions, extractor._relations._misreadable)
    assert [word for _, _, word in first] == [w.lower() for w in masked]


def _pairs(extractor: Extractor, text: str) -> list[tuple[str, str, str]]:
    return [
        (r.subject.rsplit("#")[-1], r.predicate.rsplit("#")[-1], r.object.rsplit("#")[-1])
        for r in extract(extractor, text).relations
    ]


def test_colons_found_once_still_give_headings_and_lists(
    extractor: Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    found: list[str] = []
    colons = _Sentence._colons.func

    def counting(self):
        found.append(self.doc.text)
        return colons(self)

    monkeypatch.setattr(_Sentence, "_colons", property(counting))
    # A heading before the colon is the subject of a verb that has none.
    heading = "Nurse leadership: improves teamwork and strengthens patient safety."
    assert _pairs(extractor, heading) == [
        ("ClinicalLeadership", "improves", "Teamwork"),
        ("ClinicalLeadership", "supports", "PatientSafety"),
    ]
    # A plain noun before the colon stands for the list after it, as subject or object.
    assert _pairs(extractor, "Two things improve teamwork: audit and appraisal.") == [
        ("Audit", "improves", "Teamwork"),
        ("Appraisal", "improves", "Teamwork"),
    ]
    assert _pairs(extractor, "Audit improves two things: teamwork and morale.") == [
        ("Audit", "improves", "Teamwork")
    ]
    assert found  # the colons were asked for through the one list


def test_a_definition_is_still_no_claim_and_a_plain_sentence_still_one(
    extractor: Extractor,
) -> None:
    text = "The definition of clinical governance is that audit improves patient safety."
    assert _pairs(extractor, text) == []
    assert _pairs(extractor, "Audit improves patient safety.") == [
        ("Audit", "improves", "PatientSafety")
    ]


def test_a_cue_without_exclusions_does_not_look_at_its_words_children() -> None:
    from kg.extract.patterns import Cue

    class Word:
        def __init__(self, children: list) -> None:
            self._children = children
            self.dep_, self.lower_ = "dobj", "teamwork"

        @property
        def children(self) -> list:
            if self._children is None:
                raise AssertionError("children looked at")
            return self._children

    plain = Cue("c", "p", False, 1.0, "verb")
    assert not plain.excludes(Word(None))
    with_object = Cue("c", "p", False, 1.0, "verb", unless=((frozenset(["dobj"]), None, False),))
    assert with_object.excludes(Word([Word([])]))
    assert not with_object.excludes(Word([]))


def test_the_as_aside_check_reads_the_parse_arrays() -> None:
    # The commas before "as" are found from the parse's arrays, not a token per word: the
    # aside is still found, in any case of "as", and a sentence without ", as" has none.
    from kg.extract.repair import _swallowing_asides

    nlp = pipeline()
    reporting, authors = frozenset(["claimed", "argued"]), frozenset(["we"])
    swallowed = nlp("Porters are not, as is widely claimed, hostile to new rotas.")
    found = _swallowing_asides(swallowed, reporting, authors)
    assert [(swallowed[a].text, swallowed[b].text) for a, b in found] == [(",", ",")]
    capital = nlp("Porters are not, AS is widely claimed, hostile to new rotas.")
    assert len(_swallowing_asides(capital, reporting, authors)) == len(found)
    assert _swallowing_asides(nlp("Nurses, as we argued, like rota changes."), reporting,
                              authors) == []
    assert _swallowing_asides(nlp("Porters are not hostile to new rotas."), reporting,
                              authors) == []
    assert _swallowing_asides(nlp(""), reporting, authors) == []


def test_the_cue_matcher_starts_only_from_cue_words(extractor: Extractor) -> None:
    # Every match starts at a word that is one of its pattern's cue forms; a sentence
    # without a cue word has no match, and one with two cue words has matches at both.
    matcher = extractor.cues.matcher()
    nlp = pipeline()
    none = nlp("The ward sister spoke to the porters on Tuesday.")
    assert matcher(none) == []
    doc = nlp("Good rotas improve morale, which supports retention.")
    found = matcher(doc)
    assert {doc[ids[0]].lower_ for _, ids in found} == {"improve", "supports"}
    patterns = extractor.cues.patterns
    for key, ids in found:
        assert doc[ids[0]].lower_ in patterns[key][1][0]["RIGHT_ATTRS"]["LOWER"]["IN"]


def test_descriptions_try_only_the_patterns_that_start_with_the_character(
    extractor: Extractor,
) -> None:
    # Each start tries only the patterns whose first item can begin with the character there,
    # in the rules' order; every pattern is reachable, and the phrases are still found.
    from extraction import mentions

    from kg.extract.descriptions import _grammar

    grammar = _grammar(extractor.lexicon)
    reached: set[int] = set()
    for pattern, indices in grammar.by_first.values():
        assert list(indices) == sorted(indices) and pattern.groups == len(indices)
        reached.update(indices)
    assert reached == set(range(len(grammar.concepts)))
    # A phrase starting with a slot's concept, and one starting with a word.
    assert mentions(extractor, "She was a surgeon turned manager by 2019.") == [
        ("surgeon turned manager", "ClinicalLeader")
    ]
    gulf = [c.rsplit("#", 1)[-1] for _, c in mentions(
        extractor, "The gulf between surgeons and managers widened.")]
    assert "DoctorManagerDivide" in gulf
    car_parks = [c.rsplit("#", 1)[-1] for _, c in mentions(
        extractor, "The gulf between the two car parks widened.")]
    assert "DoctorManagerDivide" not in car_parks
