"""The README documents every command, and the set-up commands CI relies on."""

from __future__ import annotations

from pathlib import Path

from ficaudio.cli import cli

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    missing = [name for name in cli.commands if f"ficaudio {name}" not in README]
    assert missing == []


def test_readme_and_ci_agree_on_the_test_command():
    assert "make demo" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
