"""The README documents every command, and every command has help (sqlite-utils' test_docs)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from postmetrics.cli import app

README = (Path(__file__).parent.parent / "README.md").read_text("utf-8")
COMMANDS = sorted(app.commands)


def test_there_are_commands():
    assert COMMANDS == ["extract", "items", "summary", "text"]


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_documents_every_command(command):
    assert f"### `postmetrics {command} PATH...`" in README


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.stdout and "In Python:" in result.stdout


def test_readme_quick_start_has_the_two_commands():
    assert "pip install -e . && .venv/bin/postmetrics extract samples/ --csv" in README
    assert "pip install -e '.[test]' && .venv/bin/python -m pytest -q" in README
