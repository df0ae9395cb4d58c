"""The isolated reader reads one file ahead: begin, work meanwhile, finish."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers import write_test_pdf

from reviewer.pdf.isolated import IsolatedReader


def test_a_file_begun_is_read_while_the_caller_works(tmp_path: Path):
    first = write_test_pdf(tmp_path / "a.pdf", ["Article premier"])
    second = write_test_pdf(tmp_path / "b.pdf", ["Article 2", "Article 3"])
    with IsolatedReader() as reader:
        reader.begin_read(first)
        with pytest.raises(RuntimeError, match="already working"):
            reader.begin_read(second)
        assert "Article premier" in reader.finish().pages[0].text
        reader.begin_read(second)
        assert len(reader.finish().pages) == 2
        with pytest.raises(RuntimeError, match="no job"):
            reader.finish()


def test_closing_with_a_file_begun_stops_the_child_at_once(tmp_path: Path):
    pages = [f"Article {number} " * 300 for number in range(200)]
    reader = IsolatedReader()
    reader.begin_read(write_test_pdf(tmp_path / "long.pdf", pages))
    started = time.monotonic()
    reader.close()
    assert time.monotonic() - started < 2
    with IsolatedReader() as fresh:  # Nothing is left behind for the next reader.
        assert fresh.read(write_test_pdf(tmp_path / "a.pdf", ["Article premier"])).pages
