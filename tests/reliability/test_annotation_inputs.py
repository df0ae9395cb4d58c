"""Annotation files from anywhere: a device, a pipe, a huge or broken file gets a message
in seconds, and a file is imported whole or not at all."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.core.errors import ReviewerError
from reviewer.export import w3c
from reviewer.library import Library
from reviewer.samples.legislative import amendment


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """One amendment with one annotation, and a W3C file of it to spoil."""
    folder = tmp_path_factory.mktemp("inputs")
    amendment(11, article="7").write(folder / "a.pdf")
    with Library(folder / "library") as library:
        [outcome] = library.import_paths([folder / "a.pdf"]).outcomes
        library.annotate(outcome.document_id, "exposé sommaire", note="Soutenir")
        library.export_w3c(folder / "good.jsonld")
        yield library


def good(lib: Library) -> dict:
    return json.loads((lib.root.parent / "good.jsonld").read_text())


def refused(lib: Library, path: Path, within) -> str:
    """The message importing `path` gets; the library's annotations are as they were."""
    before = lib.annotations(include_deleted=True)
    with pytest.raises(ReviewerError) as caught:
        within(10, lambda: lib.import_w3c(path))
    assert lib.annotations(include_deleted=True) == before
    return str(caught.value)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_device_is_refused_not_read(lib, within, says_what_to_do):
    message = refused(lib, Path("/dev/zero"), within)
    assert "not a regular file" in message and says_what_to_do(message)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_pipe_is_refused_without_waiting_for_a_writer(lib, tmp_path, within):
    os.mkfifo(tmp_path / "pipe.jsonld")
    assert "not a regular file" in refused(lib, tmp_path / "pipe.jsonld", within)


def test_a_file_over_the_size_limit_is_refused(lib, tmp_path, within, says_what_to_do):
    huge = tmp_path / "huge.jsonld"
    with huge.open("wb") as file:
        file.truncate(w3c.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    message = refused(lib, huge, within)
    assert "larger than the 64 MiB" in message and says_what_to_do(message)


def test_a_file_growing_past_the_limit_while_read_is_refused(tmp_path):
    path = tmp_path / "growing.jsonld"
    path.write_bytes(b"[" + b" " * 100 + b"]")
    assert w3c.read_bounded(path, 200) == path.read_bytes()
    with pytest.raises(ReviewerError, match="larger than"):
        w3c.read_bounded(path, 50)


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def _spoiled(lib: Library, how: str) -> str:
    data = good(lib)
    item = data["first"]["items"][0]
    if how == "wrong types":
        item["target"]["selector"][2]["start"] = "douze"
    elif how == "huge string":
        item["body"][0]["value"] = "x" * (w3c.MAX_STRING + 1)
    elif how == "lone surrogate":
        return json.dumps(data).replace("Soutenir", "\\ud800")
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"type": "AnnotationPage", "items": [', "not a JSON file"),
        (b"\xff\xfe garbage", "not a JSON file"),
        (_deep(w3c.MAX_DEPTH + 5), "nests deeper"),
        (_deep(100_000), "nests deeper"),
        ("wrong types", "whole-number start and end"),
        ("huge string", "more than the 1,000,000"),
        ("lone surrogate", "not text"),
        ('"just a string"', "not a W3C annotation file"),
        ('{"type": "AnnotationCollection", "first": 3}', "no embedded first page"),
    ],
    ids=lambda value: str(value)[:20],
)
def test_broken_files_get_a_message_and_import_nothing(lib, tmp_path, within, text, expected):
    if text in {"wrong types", "huge string", "lone surrogate"}:
        text = _spoiled(lib, text)
    path = tmp_path / "broken.jsonld"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    assert expected in refused(lib, path, within)


def test_every_w3c_test_file_is_merged_or_refused_with_a_message(lib, shared_pdfs, within):
    # The W3C's own samples, correct and incorrect: none targets a document of ours.
    samples = sorted((shared_pdfs.parent / "w3c" / "samples").rglob("*.json*"))
    assert len(samples) > 20
    before = lib.annotations(include_deleted=True)
    for sample in samples:
        try:
            merged = within(10, lambda sample=sample: lib.import_w3c(sample))
        except ReviewerError as error:
            assert sample.name in str(error)
        else:
            assert merged.added == merged.updated == merged.deleted == 0
    assert lib.annotations(include_deleted=True) == before


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_pipe_or_a_device_as_a_pdf_copy_gets_a_message(lib, tmp_path, within, says_what_to_do):
    os.mkfifo(tmp_path / "pipe.pdf")
    [document] = lib.documents()
    for odd in (tmp_path / "pipe.pdf", Path("/dev/zero"), tmp_path):
        with pytest.raises(ReviewerError, match="not a regular file") as caught:
            within(10, lambda odd=odd: lib.import_pdf_annotations(document.id, odd))
        assert says_what_to_do(str(caught.value))
