"""Work the mention finder spares without changing what it finds: what a lexicon looked up
once it remembers, folding a surface is remembered, and the rules' pre-checks skip only
what could not match. Every sentence here is written for these tests; speed itself is
measured in bench/, not here."""

from __future__ import annotations

import pickle

import pytest

import kg.lexicon
from kg.lexicon import Lexicon, fold
from kg.namespaces import HLKG


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    from kg.ontology import load_ontology

    return Lexicon.from_graph(load_ontology())


def test_a_lookup_is_remembered_and_answers_as_before(
    lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = pickle.loads(pickle.dumps(lexicon))
    phrases = ["clinical leaders", "Clinical-Leadership", "engaging the doctors", "no such thing"]
    first = [fresh.lookup(p) for p in phrases]
    expected = lexicon.lookup("patient safety culture")
    assert first[0] == HLKG + "ClinicalLeader"
    assert first[1] == HLKG + "ClinicalLeadership"
    assert first[3] is None
    keyed: list[str] = []
    key = kg.lexicon._key
    monkeypatch.setattr(kg.lexicon, "_key", lambda s: keyed.append(s) or key(s))
    assert [fresh.lookup(p) for p in phrases] == first
    assert keyed == []  # answered from memory, a miss ("no such thing") too
    assert fresh.lookup("patient safety culture") == expected
    assert keyed == ["patient safety culture"]


def test_what_a_lexicon_remembers_is_not_pickled(lexicon: Lexicon) -> None:
    lexicon.lookup("managers")
    state = pickle.loads(pickle.dumps(lexicon)).__dict__
    assert "_lookup_memo" not in state
    assert lexicon.__dict__["_lookup_memo"]["managers"] == HLKG + "Manager"


def test_fold_is_remembered_and_still_folds_every_mark() -> None:
    assert fold("Decision\u2013Making") == "decision making"
    assert fold("\u2018doctor/manager\u2019 divide") == "doctor manager divide"
    assert fold("Decision\u2013Making") is fold("Decision\u2013Making")
    assert fold("decision making") != fold("decisionmaking")


def test_lower_case_words_are_no_acronyms_and_capitals_still_count() -> None:
    from kg.lexicon import is_acronym

    assert [is_acronym(w) for w in ["NHS", "BSc", "AoMRC", "KPs"]] == [True] * 4
    assert [is_acronym(w) for w in ["doctors", "Doctors", "x-ray", "2024", ""]] == [False] * 5


def found(lexicon: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(text[m.begin : m.end], m.concept.removeprefix(HLKG)) for m in lexicon.finditer(text)]


def test_a_label_starting_inside_a_longer_match_is_still_found(lexicon: Lexicon) -> None:
    # Spaced and hyphenated matches are searched inside; a one-word match has nowhere to look.
    assert found(lexicon, "We fund clinical leadership development for all.") == [
        ("clinical leadership", "ClinicalLeadership"),
        ("leadership development", "LeadershipDevelopment"),
    ]
    assert found(lexicon, "Our ward runs on patient-centred care models.") == [
        ("patient-centred care", "PatientExperience"),
        ("care models", "CareModel"),
    ]
    assert found(lexicon, "Managers met.") == [("Managers", "Manager")]


def test_the_first_word_trie_matches_what_the_word_list_matched() -> None:
    import re

    from kg.extract.descriptions import _alternatives, _word_trie

    words = ["take part in", "takes part in", "train", "trains", "training", "gap", "gaps",
             "fault line", "fault lines", "stand-off"]
    flat = re.compile(rf"(?<!\w){_alternatives(words)}(?!\w)")
    trie = re.compile(rf"(?<!\w){_word_trie(words)}(?!\w)")
    texts = ["they take  part in it", "training days", "trains", "a trainee", "fault lines run",
             "fault line.", "the stand-off", "gapped", "gaps, gap", "takes part"]
    for text in texts:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert [m.group() for m in trie.finditer("fault lines and training")] == [
        "fault lines", "training"]
    assert trie.search("a trainee and a gapped wall") is None


def test_title_case_is_read_word_by_word_with_the_same_answers() -> None:
    from kg.extract.names import _title_case_line, title_case_segment

    heading = "Why Ward Leaders Matter: what our audit of rotas found"
    assert title_case_segment(heading, 5)
    assert not title_case_segment(heading, heading.index("audit"))
    assert not title_case_segment("Ward leaders matter to Nurses and Doctors.", 0)
    assert not title_case_segment("A B C: d e", 0)  # no word of four letters: no heading
    assert _title_case_line("Rebuilding Trust in Ward Teams\nbody", 3)
    assert _title_case_line("On A Ward\nbody", 3)  # no long word in lower case either
    assert not _title_case_line("Rebuilding trust in ward teams\nbody", 3)
    assert not _title_case_line("Rebuilding Trust.", 3)


def test_the_last_mark_before_a_word_skips_whitespace_only() -> None:
    from kg.extract.names import last_mark

    text = "Nurses lead.  \n Managers"
    assert text[last_mark(text, text.index("Managers"))] == "."
    assert last_mark("   Managers", 3) == -1
    assert last_mark("ward, Managers", 6) == 4


def test_a_reference_list_is_still_dropped_and_prose_with_years_kept(lexicon: Lexicon) -> None:
    from kg.extract.mentions import find_mentions
    from kg.model import Sentence

    prose = "Doctors and managers met in the spring of last year to plan rotas."
    refs = "Hill A. Doctors and managers. Ward Journal 2011;73(4):535-9."
    for text, kept in ((prose, ["doctors", "managers"]), (refs, [])):
        found = find_mentions(text, [Sentence(0, len(text))], lexicon)
        assert [m.surface.lower() for m in found] == kept


def test_bylines_and_title_case_keep_their_answers() -> None:
    from kg.extract.names import _name_then_comma, _title_case

    assert _title_case("Medical Director") and _title_case("NHS")
    assert not _title_case("medical Director") and not _title_case("Medical director")
    text = "Jane Holt, Medical Director"
    assert _name_then_comma(text, text.index("Medical"))
    assert _name_then_comma("Jane Holt,\nMedical", 11)
    assert not _name_then_comma("Jane Holt Medical", 10)
    assert not _name_then_comma("the ward, Medical", 10)  # a comma, but no name before it


def test_a_title_after_a_name_is_dropped_and_in_prose_kept(lexicon: Lexicon) -> None:
    from kg.extract.mentions import find_mentions
    from kg.model import Sentence

    def surfaces(text: str) -> list[str]:
        return [m.surface for m in find_mentions(text, [Sentence(0, len(text))], lexicon)]

    assert "Medical Director" not in surfaces("Jane Holt, Medical Director, chaired the panel.")
    assert "medical director" in surfaces("Our medical director chaired the panel.")


def test_a_match_compares_hashes_and_prints_as_before() -> None:
    from kg.lexicon import Match

    one, same, other = Match(3, 9, "x"), Match(3, 9, "x"), Match(3, 9, "y")
    assert one == same and hash(one) == hash(same) and one != other
    assert one.span == (3, 9)
    assert repr(one) == "Match(begin=3, end=9, concept='x')"
    assert len({one, same, other}) == 2


def test_a_distant_modifier_still_finds_its_head_past_a_list() -> None:
    from kg.extract.modifiers import distant_modifiers
    from kg.ontology import load_ontology

    lexicon = Lexicon.from_graph(load_ontology())
    text = "They promised high-quality, affordable, accessible care for all."
    found = distant_modifiers(text, list(lexicon.finditer(text)), lexicon)
    assert [(text[m.begin : m.end], m.concept.removeprefix(HLKG)) for m in found] == [
        ("high-quality", "QualityOfCare")
    ]
    text = "They promised high-quality, affordable, accessible, warm, kind and local care."
    assert distant_modifiers(text, list(lexicon.finditer(text)), lexicon) == []  # too far


def test_only_capitalised_labels_are_read_as_words_of_a_name(lexicon: Lexicon) -> None:
    from kg.extract.mentions import find_mentions
    from kg.model import Sentence

    text = "The Centre for Clinical Leadership is run by doctors who value clinical leadership."
    found = find_mentions(text, [Sentence(0, len(text))], lexicon)
    assert [m.surface for m in found] == ["doctors", "clinical leadership"]


def test_a_qualification_is_looked_for_only_where_one_stands_before_in(
    lexicon: Lexicon, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.extract.mentions as mentions
    from kg.model import Sentence

    def concepts(text: str) -> list[str]:
        sentences = [Sentence(0, len(text))]
        return [m.concept.rsplit("#")[-1] for m in mentions.find_mentions(text, sentences, lexicon)]

    assert concepts("She holds a diploma in hospital management.") == ["ManagementTraining"]
    assert concepts("She holds a DIPLOMA in hospital management.") == ["ManagementTraining"]

    class Unused:
        def search(self, *args: object) -> None:
            raise AssertionError("searched before a mention")

    monkeypatch.setattr(mentions, "_QUALIFIED_IN", Unused())
    assert concepts("She trained in hospital management.") == ["Management"]
