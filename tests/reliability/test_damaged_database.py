"""`doctor` and `backup` on a heavily damaged database (random bytes over part of it):
a message saying what to do, never a traceback; and a restore puts a good backup back."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from reliability.restoring import Made, copy_library, counts, tree

from reviewer.cli import main


def damage(database: Path, start: float, end: float) -> None:
    """Random bytes over [start, end) of the file, as fractions of its size."""
    data = bytearray(database.read_bytes())
    first, last = int(len(data) * start), int(len(data) * end)
    data[first:last] = random.Random(1789).randbytes(last - first)
    database.write_bytes(bytes(data))


DAMAGES = {"middle": (0.3, 0.7), "header": (0.0, 0.01), "all but the header": (0.02, 1.0)}


@pytest.mark.parametrize("where", DAMAGES)
@pytest.mark.parametrize("command", ["doctor", "backup", "list"])
def test_a_damaged_database_is_a_message(
    made: Made, tmp_path: Path, where: str, command: str, capsys, says_what_to_do
):
    root = copy_library(made.library, tmp_path / "library")
    damage(root / "library.db", *DAMAGES[where])
    extra = [str(tmp_path / "sauvegarde.zip")] if command == "backup" else []

    assert main([command, "--library", str(root), *extra]) == 1

    captured = capsys.readouterr()
    said = captured.err + captured.out
    assert "Traceback" not in said
    assert "damaged" in said or "malformed" in said or "cannot be used" in said, said
    assert says_what_to_do(said), said
    assert not (tmp_path / "sauvegarde.zip").exists()  # no backup that restore would refuse


def test_a_damaged_library_is_replaced_by_its_backup_and_kept_aside(
    made: Made, tmp_path: Path, capsys
):
    root = copy_library(made.library, tmp_path / "library")
    damage(root / "library.db", *DAMAGES["middle"])
    before = tree(root)
    assert main(["restore", "--library", str(root), str(made.backup)]) == 0
    assert "kept in" in capsys.readouterr().out
    [previous] = tmp_path.glob("library.before-restore-*")
    assert tree(previous) == before
    assert counts(root) == (made.documents, made.annotations)
