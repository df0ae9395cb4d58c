"""The report as Markdown (CommonMark with GitHub tables), pictures inline as data: URIs."""

from __future__ import annotations

import base64
import re

from reviewer.core.reports import Entry, Report, Section
from reviewer.export.phrases import Phrases

# Markdown's inline marks, raw HTML, tables and strikethrough: escaped wherever a user string
# goes, so that a note or a tag is shown as written and never becomes a link, a tag or code.
_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#|~!&])")
# What would start a block (a list, a setext heading's underline) at the start of a line.
_LINE_START = re.compile(r"^(\s*\d*)([-+=.])", re.MULTILINE)


def markdown_text(report: Report) -> str:
    phrases = Phrases(report)
    lines = [f"# {_escape(phrases.title())}", ""]
    facts = phrases.title_facts()
    lines += [f"- **{_escape(phrases.colon(label))}** {_escape(value)}" for label, value in facts]
    lines.append("")
    if not report.sections:
        lines += [f"*{_escape(phrases.word('nothing'))}*", ""]
    if report.tag_counts:
        lines += _summary(report, phrases)
    for section in report.sections:
        lines += _section(section, phrases, level=2)
    return "\n".join(lines).rstrip() + "\n"


def markdown_bytes(report: Report) -> bytes:
    return markdown_text(report).encode("utf-8")


def _summary(report: Report, phrases: Phrases) -> list[str]:
    lines = [f"## {_escape(phrases.word('summary'))}", ""]
    lines += [f"| {phrases.word('tag')} | {phrases.word('count')} |", "|---|---:|"]
    lines += [f"| {_escape(tag.name)} | {tag.count} |" for tag in report.tag_counts]
    return [*lines, ""]


def _section(section: Section, phrases: Phrases, *, level: int) -> list[str]:
    lines = [f"{'#' * level} {_escape(phrases.text(section.title))}", ""]
    if section.subtitle:
        lines += [f"*{_escape(phrases.text(section.subtitle))}*", ""]
    if section.document and level == 2:
        facts = phrases.document_facts(section.document)
        lines += [f"- {_escape(phrases.colon(label))} {_escape(value)}" for label, value in facts]
        lines.append("")
    elif section.document:
        lines += [f"*{_escape(phrases.document_line(section.document))}*", ""]
    for entry in section.entries:
        lines += _entry(entry, section, phrases)
    if section.children:
        lines += [f"**{_escape(phrases.text(section.children_title))}**", ""]
        for child in section.children:
            lines += _section(child, phrases, level=level + 1)
    return lines


def _entry(entry: Entry, section: Section, phrases: Phrases) -> list[str]:
    annotation = entry.annotation
    lines = [f"**{_escape(phrases.where(entry, section))}**", ""]
    if not entry.is_note:
        lines += [
            f"> {_escape(phrases.quote(entry))}",
            ">",
            f"> *{_escape(phrases.color(entry))}*",
            "",
        ]
    if entry.image:
        data = base64.b64encode(entry.image.png).decode("ascii")
        lines += [f"![{_escape(phrases.quote(entry)[:60])}](data:image/png;base64,{data})", ""]
    if note := phrases.note(entry):
        text = f"**{_escape(phrases.label('note'))}** {_escape(note)}"
        lines += [text.replace("\n", "  \n"), ""]
    if annotation.tags:
        lines += [" ".join(_code(tag) for tag in annotation.tags), ""]
    lines += [f"*{_escape(phrases.byline(entry))}*", "", "---", ""]
    return lines


def _escape(text: str) -> str:
    return _LINE_START.sub(r"\1\\\2", _SPECIAL.sub(r"\\\1", text))


def _code(text: str) -> str:
    """A code span that holds any text: its fence is longer than any run of backticks in it."""
    fence = "`" * (max((len(run) for run in re.findall("`+", text)), default=0) + 1)
    padded = f" {text} " if text.startswith("`") or text.endswith("`") else text
    return f"{fence}{padded}{fence}"
