"""What the CLI prints: the script-stable JSON shapes, text tables and a progress bar.

The JSON keys are documented in README.md; add keys, never rename or remove one.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from reviewer.core.records import Annotation, Document, Progress, SearchHit, SearchResults, Snippet

if TYPE_CHECKING:
    from reviewer.core.structure import Section


def document_json(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "title": document.title,
        "kind": document.kind,
        "pages": document.page_count,
        "source": document.source,
        "sha256": document.sha256,
        "annotations": document.annotation_count,
        "added": document.added,
        "has_text": document.has_text,
        "position": document.position,  # an amendment's position label, "" if none; else null
    }


def structure_summary(structure: Sequence[Section]) -> dict[str, Any]:
    """How many articles and alinéas a document has, and its top-level parts."""
    units = list(_walk(structure))
    return {
        "articles": sum(1 for unit in units if unit.kind == "article"),
        "alineas": sum(1 for unit in units if unit.kind == "alinéa"),
        "parts": [unit.label for unit in structure],
    }


def _walk(units: Sequence[Section]) -> Iterator[Section]:
    for unit in units:
        yield unit
        yield from _walk(unit.children)


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "type": hit.type.value,
        "document_id": hit.document_id,
        "title": hit.title,
        "source": hit.source,
        "page": hit.page,
        "score": round(hit.score, 4),
        "snippet": hit.snippet.text,
        "highlights": [list(span) for span in hit.snippet.spans],
        "annotation_id": hit.annotation_id,
    }


def results_json(results: SearchResults) -> dict[str, Any]:
    return {
        "query": results.query,
        "total": results.total,
        "results": [hit_json(hit) for hit in results.hits],
    }


def annotation_json(annotation: Annotation) -> dict[str, Any]:
    anchor = annotation.anchor
    return {
        "id": annotation.id,
        "document_id": annotation.document_id,
        "page": anchor.page,
        "quote": anchor.quote.exact,
        "prefix": anchor.quote.prefix,
        "suffix": anchor.quote.suffix,
        "start": anchor.position.start,
        "end": anchor.position.end,
        "rects": [[r.page, r.rect.x0, r.rect.y0, r.rect.x1, r.rect.y1] for r in anchor.rects],
        "tags": list(annotation.tags),
        "note": annotation.note,
        "color": annotation.color,
        "author": annotation.author,
        "created": annotation.created,
        "updated": annotation.updated,
    }


# Control characters (C0, DEL, C1: escape sequences, bells, carriage returns) and the
# direction overrides that reorder what a terminal shows.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """The text with its control characters spelled out (ESC as \\x1b): a note or a title
    from someone else's file never drives the terminal."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def say(text: str, *, file: TextIO | None = None) -> None:
    """Print a line made of text from files (titles, notes, IRIs), as `printable` makes it."""
    print(printable(text), file=file or sys.stdout)


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def marked(snippet: Snippet, *, tty: bool) -> str:
    """The snippet with its matches in bold (terminal) or between [ ] (pipes, files)."""
    opening, closing = ("\033[1m", "\033[0m") if tty else ("[", "]")
    parts, cursor = [], 0
    for start, end in snippet.spans:
        parts += [snippet.text[cursor:start], opening, snippet.text[start:end], closing]
        cursor = end
    parts.append(snippet.text[cursor:])
    return "".join(parts).replace("\n", " ")


class ProgressBar:
    """A one-line bar on a terminal; silent when stderr is not one (scripts, CI logs)."""

    WIDTH = 30

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.active = self.stream.isatty()
        self.shown = False

    def __call__(self, progress: Progress) -> None:
        if not self.active or progress.total <= 1:
            return
        filled = int(self.WIDTH * progress.done / progress.total)
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        label = progress.label[:40]
        self.stream.write(f"\r[{bar}] {progress.done}/{progress.total} {label:<40}")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * (self.WIDTH + 60) + "\r")
            self.stream.flush()
