"""W3C Web Annotation Data Model (JSON-LD): our annotations out, anyone's annotations in.

An annotation targets its document by content hash (`urn:sha256:...`), with three selectors:
the page (a FragmentSelector per RFC 8118, "page=N"), the quote with its context
(TextQuoteSelector) and the offsets in the document text (TextPositionSelector, pages joined
by a form feed). The note is a TextualBody "commenting", each tag one "tagging". Deleted
annotations travel as tombstones: the annotation with a `deleted` date (our extension).

The MP's positions on amendments travel in the same file, beside the annotations: the
collection's `positions` (`reviewer:position`), each with its amendment (content hash and,
since a newer amendment file may give it a new text, its chamber, text and number), label,
argument and modified date; a cleared position has no label and a `deleted` date. Other
programs ignore them, as they ignore any property they do not know.
"""

from __future__ import annotations

import json
import os
import re
import stat
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reviewer.core.amendments import Position
from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import N_, tr
from reviewer.core.records import Annotation, TextPosition, TextQuote

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CONTEXT = [
    ANNO_CONTEXT,
    {
        "reviewer": "urn:x-reviewer:",
        "deleted": {
            "@id": "reviewer:deleted",
            "@type": "http://www.w3.org/2001/XMLSchema#dateTime",
        },
        "location": "reviewer:location",  # "Art. 7, al. 3": where the passage is, in words
        "positions": {"@id": "reviewer:position", "@container": "@set"},
        "amendment": "reviewer:amendment",  # "Sénat 2017-2018 63#3": chamber, text, number
        "argument": "reviewer:argument",
    },
]
PDF_FRAGMENTS = "http://tools.ietf.org/rfc/rfc8118"  # "page=N" fragment identifiers of PDF
SHA256_URN = re.compile(r"urn:sha256:([0-9a-f]{64})", re.IGNORECASE)
_PAGE = re.compile(r"page=(\d{1,9})")
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{6})\b")
EPOCH = "1970-01-01T00:00:00.000Z"  # for a file that dates nothing: older than anything
# Bounds on what a file may hold, far above real files: ours take ~1.5 KB per annotation
# (so 64 MiB is ~40,000 annotations) and nest 6 levels deep; a highlighted passage, the
# longest text in one, is a whole article at most (~50,000 characters).
MAX_FILE_BYTES = 64 << 20
MAX_STRING = 1_000_000
MAX_DEPTH = 32
_TOO_DEEP = N_("not an annotation file: it nests deeper than {depth} levels")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Exchanged:
    """An annotation as a W3C file carries it, before it is anchored in a library."""

    id: str  # a UUID: ours, or derived from the file's IRI
    source: str  # the target document: "urn:sha256:..." for the files we exchange
    target: str  # passage, page or document
    page: int
    quote: TextQuote
    position: TextPosition | None
    color: str  # "#rrggbb", "" when the file gives none
    note: str
    tags: tuple[str, ...]
    author: str
    created: str  # ISO 8601, UTC, as the library stores them
    updated: str
    deleted: str | None

    @property
    def sha256(self) -> str | None:
        return _sha256(self.source)


@dataclass(frozen=True)
class ExchangedPosition:
    """A position on an amendment as a W3C file carries it."""

    source: str  # "urn:sha256:..." of the amendment's document
    amendment: str  # its chamber, text and number ("Sénat 2017-2018 63#3"), "" for a draft
    label: str  # "" for a cleared position
    argument: str
    modified: str  # ISO 8601, UTC, as the library stores it

    @property
    def sha256(self) -> str | None:
        return _sha256(self.source)


@dataclass(frozen=True)
class W3cContents:
    """What a W3C file brings: annotations, and positions on amendments."""

    annotations: list[Exchanged]
    positions: list[ExchangedPosition]


def _sha256(source: str) -> str | None:
    match = SHA256_URN.fullmatch(source)
    return match.group(1).lower() if match else None


@dataclass(frozen=True)
class PositionOut:
    """A position to write, with what names its amendment: the content hash of its document
    and its chamber, text and number ("" for a draft)."""

    position: Position
    sha256: str
    amendment: str = ""


# --- Export -----------------------------------------------------------------------------


def to_w3c(
    annotations: Iterable[tuple[Annotation, str]],
    *,
    label: str,
    locations: Mapping[str, str] | None = None,
    positions: Iterable[PositionOut] = (),
) -> dict[str, Any]:
    """An AnnotationCollection of (annotation, SHA-256 of its document) pairs; `locations`
    gives, by annotation id, where each passage is ("Art. 7, al. 3"); `positions`, the
    positions on amendments to carry with them (cleared ones included)."""
    places = locations or {}
    items = [
        annotation_json(annotation, sha256, location=places.get(annotation.id))
        for annotation, sha256 in annotations
    ]
    data = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    if written := [position_json(out) for out in positions]:
        data["positions"] = written
    return data


def position_json(out: PositionOut) -> dict[str, Any]:
    target = {"source": f"urn:sha256:{out.sha256}"}
    if out.amendment:
        target["amendment"] = out.amendment
    position = out.position
    data: dict[str, Any] = {"target": target, "modified": position.modified}
    if position.label:
        data |= {"label": position.label, "argument": position.argument}
    else:
        data["deleted"] = position.modified
    return data


def annotation_json(
    annotation: Annotation, sha256: str, *, location: str | None = None
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{annotation.id}",
        "type": "Annotation",
        "motivation": "highlighting" if annotation.target == "passage" else "commenting",
        "created": annotation.created,
        "modified": annotation.updated,
    }
    if annotation.author:
        data["creator"] = {"type": "Person", "name": annotation.author}
    if bodies := _bodies(annotation):
        data["body"] = bodies
    data["target"] = _target(annotation, f"urn:sha256:{sha256}")
    if annotation.target == "passage":
        style = _style_class(annotation.color)
        data["target"]["styleClass"] = style
        data["stylesheet"] = {
            "type": "CssStylesheet",
            "value": f".{style} {{ background-color: {annotation.color}; }}",
        }
    if location:
        data["location"] = location
    if annotation.deleted:
        data["deleted"] = annotation.deleted
    return data


def _bodies(annotation: Annotation) -> list[dict[str, str]]:
    bodies = []
    if annotation.note:
        bodies.append(
            {
                "type": "TextualBody",
                "value": annotation.note,
                "format": "text/plain",
                "purpose": "commenting",
            }
        )
    bodies += [
        {"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in annotation.tags
    ]
    return bodies


def _target(annotation: Annotation, source: str) -> Any:
    if annotation.target == "document":
        return source
    page = {
        "type": "FragmentSelector",
        "conformsTo": PDF_FRAGMENTS,
        "value": f"page={annotation.page}",
    }
    if annotation.target == "page":
        return {"source": source, "selector": page}
    anchor = annotation.anchor
    quote = {"type": "TextQuoteSelector", "exact": anchor.quote.exact}
    quote |= {key: value for key in ("prefix", "suffix") if (value := getattr(anchor.quote, key))}
    position = {
        "type": "TextPositionSelector",
        "start": anchor.position.start,
        "end": anchor.position.end,
    }
    return {"source": source, "selector": [page, quote, position]}


def _style_class(color: str) -> str:
    return "highlight-" + color.lstrip("#").lower()


# --- Import -----------------------------------------------------------------------------


def read_w3c(path: Path) -> W3cContents:
    """The annotations and positions of a W3C file on disk; ReviewerError for anything else
    (a device, a pipe, a file too large, not JSON, not annotations), before anything is
    imported."""
    try:
        return parse_w3c(read_bounded(Path(path), MAX_FILE_BYTES))
    except ReviewerError as error:
        raise ReviewerError(tr("{name}: {error}", name=Path(path).name, error=error)) from None


def read_bounded(path: Path, limit: int) -> bytes:
    """A regular file's bytes, refused past `limit`: a device such as /dev/zero or a file
    too large ends with a message, and a pipe is refused before a read can block."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        with open(os.open(path, flags), "rb") as file:
            status = os.fstat(file.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise ReviewerError(
                    tr("not a regular file (a folder, device or pipe): choose an annotation file")
                )
            data = file.read(limit + 1) if status.st_size <= limit else b""
    except OSError as error:
        raise ReviewerError(
            tr("cannot read it: {reason}; check it", reason=error.strerror or error)
        ) from error
    if status.st_size > limit or len(data) > limit:  # the second: it grew meanwhile
        raise ReviewerError(
            tr(
                "larger than the {megabytes} MiB an annotation file may be: check that it is one",
                megabytes=limit >> 20,
            )
        )
    return data


def from_w3c(raw: bytes | str) -> list[Exchanged]:
    """The annotations of a W3C file (a collection, a page, a list or one annotation).

    Raises ReviewerError saying what is wrong, and where, for anything it cannot read.
    """
    return parse_w3c(raw).annotations


def parse_w3c(raw: bytes | str) -> W3cContents:
    """The annotations and the positions on amendments of a W3C file (see `from_w3c`)."""
    try:
        data = json.loads(raw)
    except RecursionError:
        raise ReviewerError(tr(_TOO_DEEP, depth=MAX_DEPTH)) from None
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError
        raise ReviewerError(
            tr("not a JSON file ({first_line})", first_line=_first_line(error))
        ) from error
    _check_bounds(data)
    items = _items(data)
    annotations = [_read(item, number) for number, item in enumerate(items, start=1)]
    return W3cContents(annotations, _positions(data))


def _positions(data: Any) -> list[ExchangedPosition]:
    listed = data.get("positions", []) if isinstance(data, dict) else []
    if not isinstance(listed, list):
        raise ReviewerError(tr("its positions are not a list"))
    read = []
    for number, item in enumerate(listed, start=1):
        try:
            read.append(_position_of(item))
        except _Malformed as error:
            raise ReviewerError(
                tr("position {number} of the file: {error}", number=number, error=error)
            ) from None
    return read


def _position_of(item: Any) -> ExchangedPosition:
    if not isinstance(item, dict) or not isinstance(item.get("target"), dict):
        raise _Malformed(tr("not an object with a target"))
    target = item["target"]
    deleted = _stamp(item.get("deleted"), "deleted")
    modified = _stamp(item.get("modified"), "modified") or deleted or EPOCH
    label = "" if deleted else _text(item.get("label"), "label")
    return ExchangedPosition(
        source=_text(target.get("source"), "target source"),
        amendment=_text(target.get("amendment", ""), "amendment", empty=True),
        label=label.strip(),
        argument="" if deleted else _text(item.get("argument", ""), "argument", empty=True),
        modified=modified,
    )


def _check_bounds(data: Any) -> None:
    """Refuse deep nesting, huge strings and escaped non-characters before reading further."""
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise ReviewerError(tr(_TOO_DEEP, depth=MAX_DEPTH))
        if isinstance(value, dict):
            pending += [(key, depth) for key in value] + [(v, depth + 1) for v in value.values()]
        elif isinstance(value, list):
            pending += [(v, depth + 1) for v in value]
        elif isinstance(value, str):
            if len(value) > MAX_STRING:
                raise ReviewerError(
                    tr(
                        "a text of {count:,} characters, more than the {MAX_STRING:,} an "
                        "annotation file may hold: check that it is one",
                        count=len(value),
                        MAX_STRING=MAX_STRING,
                    )
                )
            if _SURROGATE.search(value):  # JSON escapes can spell lone UTF-16 surrogates
                raise ReviewerError(tr("the file holds an escaped character that is not text"))


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise ReviewerError(tr("not a W3C annotation file: expected an object or a list"))
    types = _types(data)
    if "Annotation" in types:
        return [data]
    if "AnnotationCollection" in types:
        first = data.get("first")
        if first is None and data.get("total") == 0:
            return []
        if not isinstance(first, dict):
            raise ReviewerError(tr("the AnnotationCollection has no embedded first page of items"))
        data = first
        types = _types(data)
    if "AnnotationPage" in types:
        items = data.get("items")
        if not isinstance(items, list):
            raise ReviewerError(tr("the AnnotationPage has no list of items"))
        return items
    raise ReviewerError(
        tr("not a W3C annotation file: no Annotation, AnnotationPage or AnnotationCollection")
    )


def _types(data: dict[str, Any]) -> list[Any]:
    kind = data.get("type", data.get("@type"))
    return kind if isinstance(kind, list) else [kind]


def _read(item: Any, number: int) -> Exchanged:
    try:
        return _annotation(item)
    except _Malformed as error:
        raise ReviewerError(
            tr("annotation {number} of the file: {error}", number=number, error=error)
        ) from None


class _Malformed(Exception):
    """What is wrong with one annotation; reported with its position in the file."""


def _annotation(item: Any) -> Exchanged:
    if not isinstance(item, dict) or "Annotation" not in _types(item):
        raise _Malformed(tr("not an object of type Annotation"))
    identifier = _text(item.get("id"), "id")
    source, selectors = _target_of(item.get("target"))
    page = _page(selectors)
    quote = _quote(selectors)
    position = _position(selectors)
    notes, tags = _notes_and_tags(item)
    created = _stamp(item.get("created"), "created")
    updated = _stamp(item.get("modified"), "modified") or created or EPOCH
    deleted = _stamp(item.get("deleted"), "deleted") or None
    if quote.exact:
        target = "passage"
    elif page:
        target = "page"
    else:
        target = "document"
    return Exchanged(
        id=_uuid(identifier),
        source=source,
        target=target,
        page=page or 1,
        quote=quote,
        position=position,
        color=_color(item, selectors),
        note="\n\n".join(notes),
        tags=tuple(tags),
        author=_creator(item.get("creator")),
        created=created or updated,
        updated=updated,
        deleted=deleted,
    )


def _target_of(target: Any) -> tuple[str, list[dict[str, Any]]]:
    """The target's source and its selectors (the first target, if there are several)."""
    if isinstance(target, list):
        if not target:
            raise _Malformed(tr("its target list is empty"))
        target = target[0]
    if isinstance(target, str) and target:
        source, _, fragment = target.partition("#")
        return source, [{"type": "FragmentSelector", "value": fragment}] if fragment else []
    if not isinstance(target, dict):
        raise _Malformed(tr("it has no target"))
    source = target.get("source", target.get("id"))
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    if not all(isinstance(selector, dict) for selector in selectors):
        raise _Malformed(tr("a selector of its target is not an object"))
    return _text(source, "target source"), _refined(selectors)


def _refined(selectors: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Selectors with those they are refined by (a page refined by a quote, say)."""
    found: list[dict[str, Any]] = []
    pending = list(selectors)
    while pending and len(found) < 100:
        selector = pending.pop(0)
        found.append(selector)
        refined = selector.get("refinedBy")
        if isinstance(refined, dict):
            pending.append(refined)
    return found


def _of_type(selectors: Sequence[dict[str, Any]], kind: str) -> dict[str, Any] | None:
    return next((s for s in selectors if kind in _types(s)), None)


def _page(selectors: Sequence[dict[str, Any]]) -> int:
    for selector in selectors:
        value = selector.get("value")
        if "FragmentSelector" in _types(selector) and isinstance(value, str):
            match = _PAGE.search(value)
            if match and int(match.group(1)) >= 1:
                return int(match.group(1))
    return 0


def _quote(selectors: Sequence[dict[str, Any]]) -> TextQuote:
    selector = _of_type(selectors, "TextQuoteSelector")
    if selector is None:
        return TextQuote("")
    return TextQuote(
        _text(selector.get("exact"), "TextQuoteSelector exact"),
        _text(selector.get("prefix", ""), "TextQuoteSelector prefix", empty=True),
        _text(selector.get("suffix", ""), "TextQuoteSelector suffix", empty=True),
    )


def _position(selectors: Sequence[dict[str, Any]]) -> TextPosition | None:
    selector = _of_type(selectors, "TextPositionSelector")
    if selector is None:
        return None
    start, end = selector.get("start"), selector.get("end")
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (start, end)):
        raise _Malformed(tr("its TextPositionSelector needs whole-number start and end"))
    if not 0 <= start <= end:
        raise _Malformed(
            tr("its TextPositionSelector runs backwards ({start} to {end})", start=start, end=end)
        )
    return TextPosition(start, end)


def _notes_and_tags(item: dict[str, Any]) -> tuple[list[str], list[str]]:
    bodies = item.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    notes, tags = [], []
    if isinstance(item.get("bodyValue"), str):
        notes.append(item["bodyValue"])
    for body in bodies:
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue  # a link to an external resource: nothing we can keep
        purposes = body.get("purpose", [])
        purposes = purposes if isinstance(purposes, list) else [purposes]
        (tags if "tagging" in purposes else notes).append(body["value"])
    return [note for note in notes if note.strip()], tags


def _creator(creator: Any) -> str:
    if isinstance(creator, list):
        creator = creator[0] if creator else ""
    if isinstance(creator, dict):
        creator = creator.get("name", creator.get("nickname", ""))
        creator = creator[0] if isinstance(creator, list) and creator else creator
    return creator if isinstance(creator, str) else ""


def _color(item: dict[str, Any], selectors: Sequence[dict[str, Any]]) -> str:
    """The background colour the stylesheet gives the target's class, if any."""
    sheet = item.get("stylesheet")
    css = sheet.get("value") if isinstance(sheet, dict) else None
    if not isinstance(css, str):
        return ""
    target = item.get("target")
    style = target.get("styleClass") if isinstance(target, dict) else None
    if isinstance(style, str):
        rule = re.search(re.escape(f".{style}") + r"\s*\{([^}]*)\}", css)
        css = rule.group(1) if rule else css
    match = _BACKGROUND.search(css)
    return match.group(1).lower() if match else ""


def _text(value: Any, what: str, *, empty: bool = False) -> str:
    if not isinstance(value, str) or not (value or empty):
        raise _Malformed(tr("its {what} is missing or not a string", what=what))
    return value


def _stamp(value: Any, what: str) -> str:
    """An ISO 8601 date-time as the library stores it (UTC, milliseconds); "" if absent."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _Malformed(tr("its {what} date is not a string", what=what))
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moment = moment.astimezone(UTC)
    except (ValueError, OverflowError) as error:
        raise _Malformed(
            tr("its {what} date “{value}” is not ISO 8601", what=what, value=value[:40])
        ) from error
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _uuid(identifier: str) -> str:
    """Our id for an annotation: its UUID if the IRI is urn:uuid:..., else one derived from it."""
    if identifier.lower().startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(identifier[9:]))
        except ValueError:
            pass
    return str(uuid.uuid5(uuid.NAMESPACE_URL, identifier))


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0][:120] if str(error) else type(error).__name__
