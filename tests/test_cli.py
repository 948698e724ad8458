"""The CLI shell: version, help, the module entry point and error reporting."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg import __version__
from kg.cli import BUILTIN_COMMANDS, cli, main


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_help_lists_every_command_including_plugins() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0, result.output
    for name in [*BUILTIN_COMMANDS, "view", "site"]:
        assert f"  {name}" in result.output


@pytest.mark.parametrize("command", sorted([*BUILTIN_COMMANDS, "view", "site"]))
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "hlkg " + command in result.output.lower() or "example" in result.output.lower()


def test_python_dash_m_kg_runs_the_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert __version__ in done.stdout


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["no-such-command"])
    assert stopped.value.code == 2
    assert "No such command" in capsys.readouterr().err
