"""Report writers by format; PDF is laid out by the pdf floor (see reviewer.library.exporting)."""

from __future__ import annotations

from collections.abc import Callable

from reviewer.core.reports import Format, Report
from reviewer.export.docx import docx_bytes
from reviewer.export.html import html_bytes
from reviewer.export.markdown import markdown_bytes
from reviewer.export.tabular import csv_bytes, json_bytes

WRITERS: dict[Format, Callable[[Report], bytes]] = {
    Format.DOCX: docx_bytes,
    Format.HTML: html_bytes,
    Format.MARKDOWN: markdown_bytes,
    Format.CSV: csv_bytes,
    Format.JSON: json_bytes,
}
