"""Shared fixtures: the shared material, generated PDFs, fresh libraries, no network."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import CORPUS, SHARED_PDFS, NetworkAttempt

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("REVIEWER_AUTHOR", "testeur")
# Messages in English, as most tests assert them (tests/core/test_i18n.py checks the French);
# LANGUAGE rules over LANG for reviewer.core.i18n, in this process and the CLIs it starts.
os.environ["LANGUAGE"] = "en"


@pytest.fixture(autouse=True, scope="session")
def own_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The user's real settings file is never read nor written by a test."""
    os.environ["REVIEWER_SETTINGS"] = str(tmp_path_factory.mktemp("user") / "settings.json")


@pytest.fixture(autouse=True)
def messages_follow_the_system() -> Iterator[None]:
    """A test that switches the language (the window's menu, the CLI's settings) does not
    leave it switched for the next one."""
    yield
    from reviewer.core.i18n import set_language

    set_language(None)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """The program must never open a network connection: any attempt fails the test."""
    original_connect = socket.socket.connect

    def connect(sock: socket.socket, address: object) -> None:
        if sock.family == socket.AF_UNIX:
            return original_connect(sock, address)
        raise NetworkAttempt(f"network access attempted: {address!r}")

    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkAttempt(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"shared corpus not found at {CORPUS} (set REVIEWER_SHARED)")
    return CORPUS


@pytest.fixture
def shared_pdfs() -> Path:
    if not SHARED_PDFS.is_dir():
        pytest.fail(f"shared PDFs not found at {SHARED_PDFS} (set REVIEWER_SHARED)")
    return SHARED_PDFS


@pytest.fixture
def library(tmp_path: Path) -> Iterator[object]:
    from reviewer.library import Library

    with Library(tmp_path / "library") as opened:
        yield opened
