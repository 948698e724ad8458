"""kg.text.normalise: print artefacts removed, real content kept, idempotent."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.text import normalise
from kg.text.dehyphenate import keeps_hyphen


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("control away from clinicians to man-\nagers. This", "managers"),
        ("aspects of health-\ncare and its delivery", "healthcare"),
        ("the profession's key values of account-\nability", "accountability"),
        ("the School of Medi-\ncine at Imperial", "Medicine"),
        ("the way to safe-\nguard autonomy", "safeguard"),
        ("working with organ-\nisations across the region", "organisations"),
        ("a shift in col-\nour", "colour"),
    ],
)
def test_words_broken_at_a_line_end_are_joined(raw: str, expected: str) -> None:
    text = normalise(raw)
    assert expected in text.split() or expected + "." in text.split()
    assert "-\n" not in text and "\n" not in text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("dependent on doctors. High-\nquality healthcare is", "High-quality"),
        ("approaches to long-\nterm conditions", "long-term"),
        ("the evidence-\nbased changes", "evidence-based"),
        ("a doctor-\nmanager divide", "doctor-manager"),
        ("the doctor–\nmanager relationship", "doctor–manager"),
        ("a non-\nclinical post", "non-clinical"),
        ("the COVID-\n19 pandemic", "COVID-19"),
        ("anti-\nNHS feeling", "anti-NHS"),
    ],
)
def test_real_hyphens_and_dashes_are_kept(raw: str, expected: str) -> None:
    assert expected in normalise(raw).split()


def test_a_dash_between_words_at_a_line_end_keeps_its_spaces() -> None:
    assert normalise("copying –\noften from someone") == "copying – often from someone"


def test_keeps_hyphen_rule() -> None:
    assert not keeps_hyphen("man", "agers")
    assert keeps_hyphen("High", "quality")
    assert keeps_hyphen("self", "awareness")
    assert keeps_hyphen("Kaiser", "Permanente")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("the key professional value of autonomy.4,5 For", "autonomy. For"),
        ("functioning of health systems.1\n\nDoctors", "systems.\n\nDoctors"),
        ("the medical profession.1–3 Much", "profession. Much"),
        ("the manager (box).3 Like doctors", "(box). Like doctors"),
        ("argued by Graham Winyard,6 Sir George", "Winyard, Sir George"),
        ("some significant difficulties2 and", "difficulties and"),
        ("the end of autonomy⁴ and", "autonomy and"),
        ("the end of care.¹⁻³ Then", "care. Then"),
        ("contribute to success.2", "success."),
    ],
)
def test_reference_numbers_are_dropped(raw: str, expected: str) -> None:
    assert expected in normalise(raw)


@pytest.mark.parametrize(
    "kept",
    [
        "Clinical Medicine 5(6):577–579, 2005.",
        "Mintzberg identified 10 roles in 1973.",
        "It cost £100 in 2005, 3.5 times more.",
        "A rise of 12,000 since 23.11.2026 at 10:30.",
        "See Fig.3 and pp.12–14 for details.",
        "doi:10.7861/clinmedicine.5-6-577 is the DOI.",
        "COVID-19, H2O, B12, mp3 and utf8 stay.",
        "An area of 5 m² stays.",
        "Version 2.0 of the guide.",
    ],
)
def test_numbers_that_are_content_are_kept(kept: str) -> None:
    assert normalise(kept) == kept


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("‘divide’ and “them and us”", "'divide' and \"them and us\""),
        ("doctors’ views", "doctors' views"),
        ("staff—for example—and", "staff–for example–and"),
        ("a ﬁnancial ﬂow, eﬀective and eﬃcient", "a financial flow, effective and efficient"),
        ("non\u00a0breaking\u2009thin\u202fspaces", "non breaking thin spaces"),
        ("soft\u00adhyphen and zero\u200bwidth", "softhyphen and zerowidth"),
        ("man\u00ad\nagers", "managers"),
        ("control\x07char\x1b and\ttab", "controlchar and tab"),
        ("Cafe\u0301", "Café"),
        ("\ufeffBOM at the start", "BOM at the start"),
    ],
)
def test_characters_are_unified(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_whitespace_lines_joined_paragraphs_kept() -> None:
    raw = "  First line of a\nwrapped paragraph.  \r\n\r\n\n  \nSecond\tparagraph\nhere.\n\n"
    assert normalise(raw) == "First line of a wrapped paragraph.\n\nSecond paragraph here."


def test_run_in_heading_on_an_indented_line_starts_a_paragraph() -> None:
    raw = "the end of the abstract.\n Many doctors have good\nrelationships."
    assert normalise(raw) == "the end of the abstract.\n\nMany doctors have good relationships."


_WRAPPED_WITH_HEADINGS = """the last line of the previous section of the article ends here.
Introduction
The NHS has changed a great deal over the last thirty years and
its managers have gained influence while doctors have lost some
of their control over how services are organised and delivered.
Methods
We interviewed doctors and managers in twelve hospital trusts."""


def test_a_short_capitalised_line_in_wrapped_text_is_a_heading() -> None:
    assert normalise(_WRAPPED_WITH_HEADINGS).split("\n\n") == [
        "the last line of the previous section of the article ends here.",
        "Introduction",
        "The NHS has changed a great deal over the last thirty years and its managers have "
        "gained influence while doctors have lost some of their control over how services "
        "are organised and delivered.",
        "Methods",
        "We interviewed doctors and managers in twelve hospital trusts.",
    ]


def test_short_lines_of_unwrapped_text_are_not_headings() -> None:
    raw = "Doctors lead\nManagers manage\nBoth matter"
    assert normalise(raw) == "Doctors lead Managers manage Both matter"


def test_a_paragraph_break_inside_a_sentence_is_healed() -> None:
    raw = "as healthcare becomes more\n\nand more expensive. Next\n\nParagraph."
    assert normalise(raw) == "as healthcare becomes more and more expensive. Next\n\nParagraph."


BOXED = (
    "Boards have long asked consultants to weigh the cost of each\n"
    " Summary box\n\n"
    "Clinical directors carry budgets in most acute trusts today\n\n"
    "Training in management remains patchy across the specialties\n\n"
    "treatment they choose against the needs of other patients.\n\n"
    "Managers meanwhile answer to the board for the waiting times."
)


def test_the_continuation_of_a_sentence_cut_by_a_box_does_not_join_the_box() -> None:
    assert normalise(BOXED).split("\n\n") == [
        "Boards have long asked consultants to weigh the cost of each",
        "Summary box",
        "Clinical directors carry budgets in most acute trusts today",
        "Training in management remains patchy across the specialties",
        "treatment they choose against the needs of other patients.",
        "Managers meanwhile answer to the board for the waiting times.",
    ]


@pytest.mark.parametrize(
    "raw",
    [
        # The paragraph before the continuation is itself cut off: an ordinary page break.
        BOXED.replace("across the specialties\n", "across the\n"),
        # No paragraph before it stops on a dangling word.
        BOXED.replace("the cost of each\n", "the cost of care.\n"),
        # A lowercase paragraph between them: the box is not made of whole paragraphs.
        BOXED.replace("Training in", "training in"),
    ],
)
def test_a_lowercase_paragraph_after_no_box_runs_on(raw: str) -> None:
    paragraphs = normalise(raw).split("\n\n")
    assert not any(p.startswith("treatment they choose") for p in paragraphs)


def test_bullets_stay_apart() -> None:
    raw = "Points:\n• improves care\n• reduces cost"
    assert normalise(raw) == "Points:\n\n• improves care\n\n• reduces cost"


def test_page_and_line_separators() -> None:
    assert normalise("one\x0ctwo\u2028three\u2029Four") == "one two three\n\nFour"


def test_empty_and_blank() -> None:
    assert normalise("") == ""
    assert normalise(" \n\t\u00a0\u200b\n ") == ""


_PRINT_TOKENS = st.sampled_from(
    [
        "man", "agers", "High", "quality", "health", "care", "organ", "isation", "ab", "x",
        "-", "–", "—", ".", ",", ";", "(", ")", "'", "’", '"', "1", "12", "4,5", "–3", "²", "⁴",
        " ", "  ", "\n", "\n\n", "\t", "\r\n", "\x0c", "\u2029", "\u00a0", "\u00ad", "\u200b",
        "\ufeff", "•", "ﬁ", "é", "\u0301", "E", "Fig", "doi:10.1/a", "self", "non",
    ]
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(_PRINT_TOKENS, max_size=40).map("".join)))
def test_normalise_is_idempotent(raw: str) -> None:
    once = normalise(raw)
    assert normalise(once) == once
    assert once == once.strip()
    assert "\n\n\n" not in once
