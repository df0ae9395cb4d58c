"""The window's log file quotes notes and titles in its tracebacks: it is the user's alone."""

from __future__ import annotations

import os
import stat

import platformdirs
import pytest

from reviewer.gui.app import log_to_file


@pytest.mark.parametrize("existing", [False, True])
def test_the_log_file_is_private_whatever_the_umask(tmp_path, monkeypatch, existing):
    folder = tmp_path / "logs"
    monkeypatch.setattr(platformdirs, "user_log_dir", lambda *args, **kwargs: str(folder))
    if existing:  # left world-readable by an older version
        folder.mkdir()
        (folder / "reviewer-gui.log").write_text("old\n")
        (folder / "reviewer-gui.log").chmod(0o644)
    previous = os.umask(0o022)
    try:
        path = log_to_file()
    finally:
        os.umask(previous)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    if not existing:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
