"""What the import's reading process does with a file: read it, and tell what it is.

It runs in the isolated child (reviewer.pdf.isolated), so it imports only what it
needs: the child starts without the library's database and index.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reviewer.library.recognition import detect
from reviewer.pdf.isolated import read_job
from reviewer.pdf.reader import PageHook, ReadDocument

Detection = dict[str, Any]  # What `recognition.detect` tells of a document.


def read_and_detect(
    path: Path, password: str | None, *, step: PageHook
) -> tuple[ReadDocument, Detection]:
    """Read a file and detect its kind and metadata, off the importing process's core."""
    document = read_job(path, password, step=step)
    return document, detect([page.text for page in document.pages], document.facts)
