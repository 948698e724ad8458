"""kg.text.discover and kg.text.read_document: corpus files to Documents, bad files skipped."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from kg.errors import HlkgError
from kg.text import CorpusFile, Skipped, SkippedFile, discover, read_document
from kg.text import reader as reader_module


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _file(tmp_path: Path, name: str, content: str | bytes) -> CorpusFile:
    path = _write(tmp_path / name, content)
    return CorpusFile(tmp_path, path, name)


def _reason(file: CorpusFile, **kwargs) -> str:
    with pytest.raises(SkippedFile) as caught:
        read_document(file, **kwargs)
    reason = caught.value.reason
    assert reason and "\n" not in reason
    return reason


def _pdf(text: str, title: str | None = None) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    if text:
        pdf.multi_cell(0, 8, text)
    return bytes(pdf.output())


# discovery


def test_discover_finds_texts_recursively_in_a_stable_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "sub/c.PDF", "sub/deeper/d.markdown", "z.TXT"]:
        _write(tmp_path / name, "x")
    for name in ["notes.docx", "image.png", "README", ".hidden.txt", ".git/e.txt", "sub/.x/f.md"]:
        _write(tmp_path / name, "x")
    files, skipped = discover([tmp_path])
    assert [f.source for f in files] == [
        "a.md",
        "b.txt",
        "sub/c.PDF",
        "sub/deeper/d.markdown",
        "z.TXT",
    ]
    assert skipped == []
    assert all(f.root == tmp_path and f.path == tmp_path / f.source for f in files)


def test_discover_reads_a_file_reached_twice_once(tmp_path: Path) -> None:
    _write(tmp_path / "sub" / "a.txt", "x")
    files, _ = discover([tmp_path, tmp_path / "sub", tmp_path])
    assert [(f.root, f.source) for f in files] == [(tmp_path, "sub/a.txt")]


def test_discover_does_not_follow_symlinks_out_of_the_folder(tmp_path: Path) -> None:
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    _write(corpus / "inside.txt", "x")
    _write(outside / "secret.txt", "x")
    (corpus / "leak.txt").symlink_to(outside / "secret.txt")
    (corpus / "linked-dir").symlink_to(outside, target_is_directory=True)
    (corpus / "alias.txt").symlink_to(corpus / "inside.txt")
    (corpus / "broken.txt").symlink_to(corpus / "missing.txt")
    files, skipped = discover([corpus])
    assert [f.source for f in files] == ["inside.txt"]
    assert skipped == [
        Skipped("broken.txt", "symlink to a missing file"),
        Skipped("leak.txt", "symlink leads outside the corpus folder"),
    ]


def test_discover_lists_fifos_and_links_to_them_with_the_right_reason(tmp_path: Path) -> None:
    import os

    _write(tmp_path / "a.txt", "x")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "to-pipe.md").symlink_to(tmp_path / "pipe.txt")
    (tmp_path / "loop-a.txt").symlink_to(tmp_path / "loop-b.txt")
    (tmp_path / "loop-b.txt").symlink_to(tmp_path / "loop-a.txt")
    files, skipped = discover([tmp_path])  # returns: a FIFO is never opened
    assert [f.source for f in files] == ["a.txt"]
    assert skipped == [
        Skipped("loop-a.txt", "symlink loop"),
        Skipped("loop-b.txt", "symlink loop"),
        Skipped("pipe.txt", "a named pipe (FIFO), not a regular file"),
        Skipped("to-pipe.md", "symlink to a named pipe (FIFO), not a regular file"),
    ]


def test_discover_keeps_a_symlink_inside_the_folder(tmp_path: Path) -> None:
    _write(tmp_path / ".store" / "inside.txt", "x")
    (tmp_path / "alias.txt").symlink_to(tmp_path / ".store" / "inside.txt")
    files, _ = discover([tmp_path])
    assert [f.source for f in files] == ["alias.txt"]


def test_discover_leaves_out_excluded_files_and_folders(tmp_path: Path) -> None:
    names = ["SOURCES.md", "a.txt", "sub/SOURCES.md", "sub/b.md", "drafts/c.txt",
             "sub/drafts/d.txt", "notes/e.md", "notes/f.txt", "draftsman.txt"]
    for name in names:
        _write(tmp_path / name, "x")
    files, _ = discover([tmp_path], exclude=["SOURCES.md", "drafts", "notes/*.md"])
    assert [f.source for f in files] == ["a.txt", "draftsman.txt", "notes/f.txt", "sub/b.md"]


def test_excluding_every_file_is_a_one_line_error(tmp_path: Path) -> None:
    _write(tmp_path / "SOURCES.md", "x")
    with pytest.raises(HlkgError, match=r"^no text files .* not excluded in corpus folder: "):
        discover([tmp_path], exclude=["*.md"])


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "missing", "corpus folder not found: "),
        (lambda p: _write(p / "file.txt", "x"), "corpus path is not a folder: "),
        (lambda p: _write(p / "empty" / "data.csv", "x").parent, "no text files"),
    ],
)
def test_discover_refuses_a_bad_corpus_path(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(HlkgError) as caught:
        discover([path])
    assert str(caught.value).startswith(message)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


# reading good files


def test_plain_text_becomes_a_document(tmp_path: Path) -> None:
    raw = "Managed clinical networks\n\nNetworks link man-\nagers and doctors.1 They work.\n"
    file = _file(tmp_path, "nets/networks.txt", raw)
    document = read_document(file)
    assert document.source == "nets/networks.txt"
    assert document.title == "Managed clinical networks"
    assert document.text == (
        "Managed clinical networks\n\nNetworks link managers and doctors. They work."
    )
    assert [document.text[s.begin : s.end] for s in document.sentences] == [
        "Managed clinical networks",
        "Networks link managers and doctors.",
        "They work.",
    ]
    assert document.content_hash == hashlib.sha256(raw.encode()).hexdigest()


def test_a_title_falls_back_to_the_file_name(tmp_path: Path) -> None:
    document = read_document(_file(tmp_path, "nhs_leadership-2013.txt", "Doctors lead teams."))
    assert document.title == "Nhs leadership 2013"


def test_markdown_markup_is_stripped(tmp_path: Path) -> None:
    raw = (
        "Intro line before the heading.\n\n"
        "# Clinical *leadership*\n\n"
        "Leadership **improves** [quality of care](https://example.org/q) for\n"
        "patients. See `code` and ![a chart](c.png).\n\n"
        "```\nprint('not prose')\n```\n\n"
        "<div>raw html</div>\n\n"
        "- audit helps\n- appraisal helps\n\n"
        "| concept | effect |\n|---|---|\n| audit | learning |\n"
    )
    document = read_document(_file(tmp_path, "notes.md", raw))
    assert document.title == "Clinical leadership"
    assert document.text == (
        "Intro line before the heading.\n\n"
        "Clinical leadership\n\n"
        "Leadership improves quality of care for patients. See code and a chart.\n\n"
        "• audit helps\n\n• appraisal helps\n\n"
        "• concept; effect\n\n• audit; learning"
    )


def test_markdown_front_matter_title_wins(tmp_path: Path) -> None:
    raw = '---\ntitle: "Autonomy and audit"\nauthor: us\n---\n# Heading\n\nText here.\n'
    document = read_document(_file(tmp_path, "a.markdown", raw))
    assert document.title == "Autonomy and audit"
    assert document.text == "Heading\n\nText here."


def test_utf8_and_utf16_byte_order_marks_are_decoded(tmp_path: Path) -> None:
    text = "Autonomy depends on accountability – “really”."
    for name, data in [
        ("bom8.txt", b"\xef\xbb\xbf" + text.encode("utf-8")),
        ("bom16.txt", text.encode("utf-16")),
        ("bom16be.txt", b"\xfe\xff" + text.encode("utf-16-be")),
    ]:
        document = read_document(_file(tmp_path, name, data))
        assert document.text == 'Autonomy depends on accountability – "really".'


def test_utf16_without_a_byte_order_mark_is_decoded(tmp_path: Path) -> None:
    text = "Audit supports learning.\nAppraisal encourages reflection."
    for name, encoding in [("le.txt", "utf-16-le"), ("be.txt", "utf-16-be")]:
        document = read_document(_file(tmp_path, name, text.encode(encoding)))
        assert document.text == "Audit supports learning. Appraisal encourages reflection."


def test_a_real_pdf_is_read_with_its_metadata_title(tmp_path: Path) -> None:
    data = _pdf("Clinical leadership improves the quality of care. Managers and doc-\ntors agree.",
                title="Leadership in the NHS")  # fmt: skip
    document = read_document(_file(tmp_path, "paper.pdf", data))
    assert document.title == "Leadership in the NHS"
    assert document.text == (
        "Clinical leadership improves the quality of care. Managers and doctors agree."
    )
    assert len(document.sentences) == 2
    assert document.content_hash == hashlib.sha256(data).hexdigest()


def test_pdf_page_numbers_do_not_land_in_a_sentence(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for number, text in [(1, "Autonomy depends on"), (2, "accountability. Audit helps.")]:
        pdf.add_page()
        pdf.cell(text=text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.cell(text=f"Page {number}" if number == 1 else str(number))
    document = read_document(_file(tmp_path, "paged.pdf", bytes(pdf.output())))
    assert document.text == "Autonomy depends on accountability. Audit helps."


@pytest.mark.parametrize("title", [None, "Microsoft Word - draft3.docx", "Untitled", "x.tex"])
def test_a_pdf_without_a_real_title_is_named_after_its_file(tmp_path: Path, title) -> None:
    data = _pdf("Audit supports learning.", title=title)
    document = read_document(_file(tmp_path, "audit_report.pdf", data))
    assert document.title == "Audit report"


# bad files


def test_empty_file(tmp_path: Path) -> None:
    assert _reason(_file(tmp_path, "empty.txt", b"")) == "empty file"


def test_whitespace_only_file(tmp_path: Path) -> None:
    assert _reason(_file(tmp_path, "blank.md", " \n\t\r\n ")) == "only whitespace"


def test_markup_only_file(tmp_path: Path) -> None:
    reason = _reason(_file(tmp_path, "code.md", "```\ncode only\n```\n"))
    assert reason.startswith("no text left")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        bytes((i * 37 + 11) % 256 for i in range(4096) if (i * 37 + 11) % 256),
        b"\x01\x02\x03\x04text\x05\x06\x07\x08" * 50,
    ],
)
def test_binary_file(tmp_path: Path, data: bytes) -> None:
    assert _reason(_file(tmp_path, "data.txt", data)) == "binary file, not text"


def test_invalid_utf8_names_the_byte_and_where(tmp_path: Path) -> None:
    data = "Line one.\nCafé au lait.\n".encode("cp1252")
    reason = _reason(_file(tmp_path, "latin.txt", data))
    assert reason == (
        "not valid UTF-8: byte 0xE9 at byte offset 13, line 2, column 4; "
        "it reads as Windows-1252: re-save it as UTF-8"
    )


def test_invalid_utf8_that_is_not_windows_1252(tmp_path: Path) -> None:
    reason = _reason(_file(tmp_path, "odd.txt", b"Good text here \x81\x8d and more text"))
    assert reason == "not valid UTF-8: byte 0x81 at byte offset 15, line 1, column 16"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Running as root, chmod 000 does not stop reading, so the denial is simulated.
    file = _file(tmp_path, "locked.txt", "Doctors lead.")
    real_open = Path.open

    def denied(self: Path, *args, **kwargs):
        if self == file.path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    assert _reason(file) == "cannot read: permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_by_mode(tmp_path: Path) -> None:
    file = _file(tmp_path, "locked.txt", "Doctors lead.")
    file.path.chmod(0)
    assert _reason(file) == "cannot read: permission denied"


def test_a_folder_named_like_a_text(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    reason = _reason(CorpusFile(tmp_path, tmp_path / "folder.txt", "folder.txt"))
    assert reason.startswith("cannot read: ")


def test_enormous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = _file(tmp_path, "huge.txt", "Doctors lead teams. " * 100)
    assert _reason(file, max_bytes=1000) == "too large: 2,000 bytes (limit 1,000 bytes)"
    monkeypatch.setattr(reader_module, "MAX_FILE_BYTES", 1500)
    assert _reason(file) == "too large: 2,000 bytes (limit 1,500 bytes)"
    assert read_document(file, max_bytes=10_000).text.startswith("Doctors lead teams.")


def test_pdf_garbage(tmp_path: Path) -> None:
    reason = _reason(_file(tmp_path, "fake.pdf", b"%PDF-1.4\nthis is not really a pdf\n"))
    assert reason.startswith("not a readable PDF: ")


def test_a_text_file_renamed_pdf(tmp_path: Path) -> None:
    assert _reason(_file(tmp_path, "notes.pdf", "Just text.")).startswith("not a readable PDF")


def test_pdf_with_no_text(tmp_path: Path) -> None:
    reason = _reason(_file(tmp_path, "scan.pdf", _pdf("")))
    assert reason == "PDF has no extractable text (scanned images?)"


def test_encrypted_pdf(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password="user")
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Secret text.")
    reason = _reason(_file(tmp_path, "locked.pdf", bytes(pdf.output())))
    assert reason == "encrypted PDF (needs a password)"
