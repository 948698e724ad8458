"""kg.text.split_sentences: offsets into the text, trimmed, abbreviations respected."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.model import Sentence
from kg.text import normalise, split_sentences
from kg.text import sentences as sentences_module


def _texts(text: str) -> list[str]:
    return [text[s.begin : s.end] for s in split_sentences(text)]


def _assert_well_formed(text: str, sentences: tuple[Sentence, ...]) -> None:
    previous_end = 0
    for sentence in sentences:
        piece = text[sentence.begin : sentence.end]
        assert piece and piece == piece.strip()
        assert sentence.begin >= previous_end
        previous_end = sentence.end


def test_offsets_slice_out_trimmed_sentences() -> None:
    text = "  Doctors lead teams.   Managers allocate resources!  Do they agree?  "
    sentences = split_sentences(text)
    _assert_well_formed(text, sentences)
    assert _texts(text) == [
        "Doctors lead teams.",
        "Managers allocate resources!",
        "Do they agree?",
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Roles differ, e.g. the leader and the liaison. Dr. Smith et al. found this in 2005. "
        "See Fig. 3 and cf. the figures, i.e. the tables. It was approx. 5 people. "
        "Mintzberg (1973) et al. (2005) showed it. The U.K. and the U.S. agree."
    )
    assert _texts(text) == [
        "Roles differ, e.g. the leader and the liaison.",
        "Dr. Smith et al. found this in 2005.",
        "See Fig. 3 and cf. the figures, i.e. the tables.",
        "It was approx. 5 people.",
        "Mintzberg (1973) et al. (2005) showed it.",
        "The U.K. and the U.S. agree.",
    ]


def test_a_paragraph_break_always_ends_a_sentence() -> None:
    text = "Why is there a divide\n\nThe reasons are well understood"
    assert _texts(text) == ["Why is there a divide", "The reasons are well understood"]


def test_quotes_and_brackets_stay_with_their_sentence() -> None:
    text = 'He said "it works." Then he left (quietly.) Next one.'
    assert _texts(text) == ['He said "it works."', "Then he left (quietly.)", "Next one."]


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == ()
    assert split_sentences(" \n\n \n") == ()


def test_a_huge_paragraph_is_cut_at_sentence_ends(monkeypatch) -> None:
    monkeypatch.setattr(sentences_module, "_CHUNK_CHARS", 1000)
    sentence = "Clinical leadership improves the quality of care in the NHS. "
    text = normalise(sentence * 200)
    sentences = split_sentences(text)
    _assert_well_formed(text, sentences)
    assert len(sentences) == 200
    assert {text[s.begin : s.end] for s in sentences} == {sentence.strip()}


def test_a_huge_paragraph_without_full_stops_is_cut_at_spaces(monkeypatch) -> None:
    monkeypatch.setattr(sentences_module, "_CHUNK_CHARS", 1000)
    text = "word " * 1000
    sentences = split_sentences(text)
    _assert_well_formed(text, sentences)
    assert "".join(text[s.begin : s.end] + " " for s in sentences) == text


_TOKENS = st.sampled_from(
    ["Doctors", "lead", "e.g.", "et al.", "Dr.", ".", "!", "?", " ", "  ", "\n", "\n\n", "\t",
     '"', "'", "(", ")", "x", "NHS", "2005", "…", "\u00a0", "é", "\u2029", "-", "–"]
)  # fmt: skip


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=120), st.lists(_TOKENS, max_size=40).map("".join)))
def test_sentences_are_trimmed_ordered_slices_of_any_text(text: str) -> None:
    _assert_well_formed(text, split_sentences(text))
