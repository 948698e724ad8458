"""A non-editable install works from any directory: the wheel carries the ontology, the query
library, the sample corpus and the view templates."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO_ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("hlkg-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed into a folder of its own (its dependencies come from this venv)."""
    target = tmp_path_factory.mktemp("site")
    pip_install = [sys.executable, "-m", "pip", "install", "--no-deps", "-q"]
    subprocess.run(
        [*pip_install, "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    return target


def run_installed(installed: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(installed)}
    env.pop("HLKG_BUILD_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "kg", *args], cwd=cwd, env=env, capture_output=True, text=True
    )


def test_wheel_ships_the_data_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "kg/_data/ontology/hlkg.ttl" in names
    assert "kg/_data/ontology/shapes.ttl" in names
    assert any(n.startswith("kg/_data/queries/") and n.endswith(".rq") for n in names)
    assert any(n.startswith("kg/sample_corpus/") for n in names)
    assert "kg/data/dask-workers.yaml" in names  # the settings of hlkg's Dask workers
    assert any(n.startswith("viz/") and n.endswith(".html") for n in names)
    assert not any(n.startswith("tests/") for n in names)


def test_installed_package_runs_from_an_empty_directory(installed: Path, tmp_path: Path) -> None:
    probe = run_installed(installed, tmp_path, "--version")
    assert probe.returncode == 0, probe.stderr
    script = "import kg, kg.resources as r; print(kg.__file__); print(r.ontology_dir())"
    where = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(installed)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert where[0].startswith(str(installed)), "the test must exercise the installed wheel"
    assert where[1].startswith(str(installed))


def test_installed_package_builds_queries_and_checks(installed: Path, tmp_path: Path) -> None:
    built = run_installed(installed, tmp_path, "build", "--quiet")
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "hlkg-build" / "current").exists()

    listed = run_installed(installed, tmp_path, "queries")
    assert listed.returncode == 0, listed.stderr
    assert len(listed.stdout.strip().splitlines()) >= 15

    checked = run_installed(installed, tmp_path, "check", "--no-reasoner")
    assert checked.returncode == 0, checked.stdout + checked.stderr
