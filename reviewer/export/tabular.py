"""The report's annotations as data: CSV (one row per annotation, in reading order) and JSON
(the same rows, with the sections).

The CSV opens in a spreadsheet as is: UTF-8 with a byte-order mark, and in French reports
semicolons between fields, as French spreadsheets expect. A cell that a spreadsheet would run
as a formula (a note starting with "=") is kept as text.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from reviewer.core.reports import Entry, Report, Section
from reviewer.export.grouping import ordered
from reviewer.export.neutral import spreadsheet_cell
from reviewer.export.phrases import Phrases

COLUMNS = (
    "id",
    "document_id",
    "document",
    "kind",
    "page",
    "location",
    "target",
    "quote",
    "note",
    "tags",
    "color",
    "author",
    "created",
    "updated",
    "version",
    "carried",
)


def row(entry: Entry) -> dict[str, Any]:
    annotation = entry.annotation
    return {
        "id": annotation.id,
        "document_id": entry.document.id,
        "document": entry.document.title,
        "kind": entry.document.kind,
        "page": annotation.page,
        "location": entry.location or "",
        "target": annotation.target,
        "quote": annotation.quote,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "color": annotation.color,
        "author": annotation.author,
        "created": annotation.created,
        "updated": annotation.updated,
        "version": entry.document.version_label,  # "dépôt", "commission"...
        # How it was carried from the previous version: "orphaned" is a deleted passage.
        "carried": annotation.carry.status.value if annotation.carry else "",
    }


def csv_bytes(report: Report) -> bytes:
    buffer = io.StringIO()
    delimiter = ";" if report.lang == "fr" else ","
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, delimiter=delimiter)
    writer.writeheader()
    for entry in ordered(report.entries()):
        cells = {**row(entry), "tags": "; ".join(entry.annotation.tags)}
        writer.writerow({name: spreadsheet_cell(value) for name, value in cells.items()})
    return buffer.getvalue().encode("utf-8-sig")


def json_bytes(report: Report) -> bytes:
    phrases = Phrases(report)
    options = report.options
    data = {
        "title": phrases.title(),
        "author": report.author,
        "addressee": report.addressee,
        "mark": report.mark,
        "date": report.day.isoformat(),
        "lang": report.lang,
        "scope": {
            "documents": [document.id for document in report.documents]
            if options.document_ids
            else "all",
            "tags": list(options.tags),
            "since": options.since.isoformat() if options.since else None,
            "until": options.until.isoformat() if options.until else None,
            "author": options.author,
            "group_by": options.group_by.value,
            "all_versions": options.all_versions,
            "older_versions": sorted(report.superseded),
        },
        "tags": [{"name": t.name, "color": t.color, "count": t.count} for t in report.tag_counts],
        "sections": [_section(section) for section in report.sections],
        "annotations": [row(entry) for entry in ordered(report.entries())],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _section(section: Section) -> dict[str, Any]:
    return {
        "title": section.title,
        "subtitle": section.subtitle,
        "document_id": section.document.id if section.document else None,
        "annotations": [entry.annotation.id for entry in section.entries],
        "children_title": section.children_title,
        "children": [_section(child) for child in section.children],
    }
