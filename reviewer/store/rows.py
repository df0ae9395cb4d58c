"""Conversion between database rows and core records."""

from __future__ import annotations

import json
from typing import Any

from reviewer.core.records import (
    Anchor,
    Annotation,
    Carry,
    CarryStatus,
    Document,
    PageRect,
    Rect,
    Review,
    TextPosition,
    TextQuote,
)


def document_from_row(row: dict[str, Any]) -> Document:
    return Document(
        id=row["id"],
        sha256=row["sha256"],
        title=row["title"],
        kind=row["kind"],
        source=row["source"],
        file_path=row["file_path"],
        pdf_path=row["pdf_path"],
        page_count=row["page_count"],
        size_bytes=row["size_bytes"],
        added=row["added"],
        metadata=json.loads(row["metadata"]),
        has_text=bool(row["has_text"]),
        annotation_count=row.get("annotation_count", 0),
        removed=row.get("removed"),
        kind_confidence=row.get("kind_confidence", 0.0),
        user_fields=tuple(json.loads(row.get("user_fields", "[]"))),
        version_of=row.get("version_of"),
        version_label=row.get("version_label") or "",
        position=row.get("position"),
    )


def rects_to_json(rects: tuple[PageRect, ...]) -> str:
    return json.dumps(
        [
            [
                r.page,
                round(r.rect.x0, 2),
                round(r.rect.y0, 2),
                round(r.rect.x1, 2),
                round(r.rect.y1, 2),
            ]
            for r in rects
        ]
    )


def rects_from_json(text: str) -> tuple[PageRect, ...]:
    return tuple(PageRect(int(p), Rect(x0, y0, x1, y1)) for p, x0, y0, x1, y1 in json.loads(text))


def annotation_to_row(annotation: Annotation) -> dict[str, Any]:
    anchor = annotation.anchor
    return {
        "id": annotation.id,
        "document_id": annotation.document_id,
        "page": anchor.page,
        "rects": rects_to_json(anchor.rects),
        "quote": anchor.quote.exact,
        "prefix": anchor.quote.prefix,
        "suffix": anchor.quote.suffix,
        "start": anchor.position.start,
        "end": anchor.position.end,
        "color": annotation.color,
        "note": annotation.note,
        "author": annotation.author,
        "created": annotation.created,
        "updated": annotation.updated,
        "deleted": annotation.deleted,
        "target": annotation.target,
        **_carry_to_row(annotation.carry),
    }


def _carry_to_row(carry: Carry | None) -> dict[str, Any]:
    if carry is None:
        return dict.fromkeys(("carried_from", "carry_status", "carry_review", "previous_quote"))
    return {
        "carried_from": carry.source_id,
        "carry_status": carry.status.value,
        "carry_review": carry.review.value,
        "previous_quote": carry.previous_quote,
    }


def _carry_from_row(row: dict[str, Any]) -> Carry | None:
    if row.get("carried_from") is None:
        return None
    return Carry(
        source_id=row["carried_from"],
        status=CarryStatus(row["carry_status"]),
        review=Review(row["carry_review"]),
        previous_quote=row["previous_quote"] or "",
    )


def annotation_from_row(row: dict[str, Any], tags: tuple[str, ...]) -> Annotation:
    anchor = Anchor(
        page=row["page"],
        rects=rects_from_json(row["rects"]),
        quote=TextQuote(row["quote"], row["prefix"], row["suffix"]),
        position=TextPosition(row["start"], row["end"]),
    )
    return Annotation(
        id=row["id"],
        document_id=row["document_id"],
        anchor=anchor,
        color=row["color"],
        note=row["note"],
        tags=tags,
        author=row["author"],
        created=row["created"],
        updated=row["updated"],
        deleted=row["deleted"],
        target=row["target"],
        carry=_carry_from_row(row),
    )
