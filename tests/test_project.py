"""Promises the repository makes to a new user: the README's commands, CI, and safe shipped files."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import ontmoeting

ROOT = Path(__file__).resolve().parent.parent


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(python3 -m venv[^\n]+)\n```", readme)


def test_readme_gives_an_install_and_run_command_and_a_test_command() -> None:
    commands = _readme_commands()
    assert len(commands) == 2, commands
    main, tests = commands
    assert "pip install ." in main and "ontmoeting analyse examples/mira-robert-1.txt" in main
    assert (ROOT / "examples" / "mira-robert-1.txt").is_file()
    assert "pytest" in tests


def test_readme_gives_the_speech_extra_line_on_a_bundled_recording() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.findall(r"```sh\n(pip install -q '\.\[audio\]' && ontmoeting analyse (\S+))\n```", readme)
    assert len(found) == 1, found
    assert (ROOT / found[0][1]).is_file()
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    assert "audio" in extras and "ontmoeting[audio]" in extras["test"]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _readme_commands()[1] in ci.splitlines()


def test_version_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == ontmoeting.__version__


def test_no_pickled_files_are_shipped() -> None:
    # Shipped models must be in safe formats (JSON, npz); unpickling a shipped file could run code.
    unsafe = [
        p for p in (ROOT / "src").rglob("*") if p.suffix in {".pkl", ".pickle", ".joblib", ".pt", ".bin"}
    ]
    assert unsafe == []
