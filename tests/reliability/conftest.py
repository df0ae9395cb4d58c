"""Fixtures for the reliability tests: a time bound, and what "says what to do" means."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import pytest
from reliability.restoring import Made, make

T = TypeVar("T")

# Every refusal ends with advice; these are the verbs the messages use to give it.
ADVICE = (
    "get a fresh copy",
    "give its password",
    "check",
    "try again",
    "import that",
    "get the file again",
    "free some space",
    "make it writable",
    "make the library folder",
    "print the document",
    "choose",
    "use another backup",
    "install",
)


def _says_what_to_do(message: str) -> bool:
    return any(advice in message for advice in ADVICE)


def _within(seconds: float, work: Callable[[], T]) -> T:
    """Run `work`, failing the test (rather than hanging it) if it takes longer than `seconds`."""
    result: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as error:  # Handed to the test below.
            errors.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"still running after {seconds} s: a hang")
    if errors:
        raise errors[0]
    return result[0]


@pytest.fixture
def says_what_to_do() -> Callable[[str], bool]:
    return _says_what_to_do


@pytest.fixture
def within() -> Callable[[float, Callable[[], T]], T]:
    return _within


@pytest.fixture(scope="session")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """A library and its backup, made once: tests copy them, never change them."""
    return make(tmp_path_factory.mktemp("made"))
