"""The CLI as a user types it, on a library of the test's own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.cli import main

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(tmp_path: Path, capsys) -> Run:
    """`run("import", PATH)`: the exit code, stdout and stderr of one command."""
    library = tmp_path / "lib"

    def invoke(*args: str, library_dir: Path = library) -> tuple[int, str, str]:
        code = main([args[0], "--library", str(library_dir), *args[1:]])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke
