"""The report as HTML: one self-contained file (no remote fonts, pictures inline as data: URIs),
and the same markup for the PDF, which PyMuPDF's Story lays out with a print stylesheet.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from html import escape

from reviewer.core.colors import tint
from reviewer.core.reports import Entry, Report, Section
from reviewer.export.phrases import Phrases
from reviewer.export.style import ACCENT, INK, MUTED, NOTE_BAR, RULE

PICTURE_WIDTH = 480  # points (PDF) or CSS pixels (HTML): about the width of the text

_SHARED_CSS = f"""
h1, h2, h3, .where, .byline, .tags, .subtitle, .overline, .children-title, th {{
  font-family: sans-serif; }}
h2 {{ color: {ACCENT}; }}
h3 {{ color: {ACCENT}; }}
.subtitle {{ color: {MUTED}; }}
table.facts th {{ text-align: left; color: {MUTED}; font-weight: normal; vertical-align: top; }}
table.summary th {{ text-align: left; color: {MUTED}; border-bottom: 1px solid {RULE}; }}
table.summary td {{ border-bottom: 1px solid {RULE}; }}
td.number {{ text-align: right; }}
.where {{ color: {MUTED}; font-weight: bold; }}
.byline {{ color: {MUTED}; }}
.tag {{ background-color: #eef1f4; color: {INK}; }}
.note-label {{ font-weight: bold; }}
.children-title {{ color: {MUTED}; font-weight: bold; }}
.empty {{ color: {MUTED}; font-style: italic; }}
"""

# PyMuPDF's Story understands a subset of CSS: plain blocks, borders, margins, colours.
PRINT_CSS = (
    f"""
body {{ font-family: serif; font-size: 10.5pt; color: {INK}; line-height: 1.35; }}
.cover {{ margin-top: 150pt; }}
.overline {{ font-size: 9pt; color: {MUTED}; letter-spacing: 2px; margin: 0 0 6pt 0; }}
h1 {{ font-size: 26pt; color: {ACCENT}; margin: 0 0 10pt 0; font-weight: bold; }}
.cover-rule {{ border-top: 2px solid {ACCENT}; margin: 0 0 18pt 0; }}
table.facts {{ font-size: 10pt; margin: 0 0 8pt 0; }}
table.facts th {{ padding: 2pt 14pt 2pt 0; font-size: 9pt; }}
table.facts td {{ padding: 2pt 0; }}
h2 {{ font-size: 15pt; margin: 20pt 0 2pt 0; border-bottom: 1px solid {RULE};
  padding-bottom: 3pt; }}
h3 {{ font-size: 11.5pt; margin: 12pt 0 2pt 0; }}
.subtitle {{ font-size: 9pt; margin: 0 0 8pt 0; }}
table.summary {{ font-size: 10pt; margin: 4pt 0 8pt 0; }}
table.summary th, table.summary td {{ padding: 3pt 18pt 3pt 0; }}
.entry {{ margin: 10pt 0 12pt 0; }}
.where {{ font-size: 8.5pt; margin: 0 0 3pt 0; }}
.quote {{ border-left: 3pt solid {NOTE_BAR}; padding: 4pt 6pt 4pt 9pt; margin: 0 0 4pt 0;
  font-size: 11pt; }}
.note {{ margin: 3pt 0 2pt 0; }}
.tags {{ font-size: 8.5pt; margin: 3pt 0 0 0; }}
.tag {{ padding: 1pt 3pt; }}
.byline {{ font-size: 8pt; margin: 2pt 0 0 0; }}
.children-title {{ font-size: 8.5pt; margin: 14pt 0 0 0; }}
.picture {{ border: 0.5pt solid {RULE}; margin: 2pt 0 6pt 0; }}
.swatch {{ font-family: sans-serif; }}
table.facts th.label {{ width: 95pt; padding-top: 3pt; }}
"""
    + _SHARED_CSS
)

SCREEN_CSS = (
    f"""
body {{ font-family: Georgia, "Times New Roman", serif; color: {INK}; max-width: 46rem;
  margin: 2rem auto; padding: 0 1.5rem; line-height: 1.5; }}
h1, h2, h3, .where, .byline, .tags, .subtitle, .overline, .children-title, th {{
  font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }}
.cover {{ margin: 3rem 0 3rem 0; padding-bottom: 2rem; border-bottom: 1px solid {RULE}; }}
.overline {{ font-size: .8rem; color: {MUTED}; letter-spacing: .15em; margin: 0; }}
h1 {{ font-size: 2.2rem; color: {ACCENT}; margin: .3rem 0 1rem 0; }}
.cover-rule {{ border-top: 3px solid {ACCENT}; width: 4rem; margin-bottom: 1.5rem; }}
table.facts {{ border-collapse: collapse; }}
table.facts th {{ padding: .15rem 1.2rem .15rem 0; font-size: .9rem; }}
h2 {{ font-size: 1.45rem; margin: 2.5rem 0 .2rem 0; border-bottom: 1px solid {RULE};
  padding-bottom: .3rem; }}
h3 {{ font-size: 1.1rem; margin: 1.5rem 0 .2rem 0; }}
.subtitle {{ font-size: .9rem; margin: 0 0 1rem 0; }}
table.summary {{ border-collapse: collapse; min-width: 20rem; }}
table.summary th, table.summary td {{ padding: .3rem 1.5rem .3rem 0; }}
.entry {{ margin: 1.2rem 0 1.6rem 0; }}
.where {{ font-size: .8rem; margin: 0 0 .3rem 0; }}
.quote {{ border-left: 4px solid {NOTE_BAR}; padding: .5rem .8rem; margin: 0 0 .4rem 0;
  font-size: 1.05rem; border-radius: 0 .3rem .3rem 0; }}
.note {{ margin: .4rem 0 .2rem 0; }}
.tags {{ font-size: .8rem; margin: .4rem 0 0 0; }}
.tag {{ padding: .1rem .45rem; border-radius: .7rem; margin-right: .2rem; }}
.byline {{ font-size: .75rem; margin: .2rem 0 0 0; }}
.children-title {{ font-size: .8rem; margin: 1.8rem 0 0 0; }}
.picture img {{ max-width: 100%; height: auto; border: 1px solid {RULE}; margin: .3rem 0; }}
@media print {{ body {{ max-width: none; }} .entry {{ break-inside: avoid; }} }}
"""
    + _SHARED_CSS
)


@dataclass(frozen=True)
class Block:
    """A run of the report to keep on one page if it fits: a heading stays with what follows.

    `bookmarks` are the (level, title) of the headings it opens, for the PDF's outline.
    """

    html: str
    bookmarks: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class HtmlReport:
    cover: str
    blocks: tuple[Block, ...]


def html_document(report: Report) -> str:
    """A complete, self-contained HTML file."""
    parts = html_parts(report)
    return standalone_html(report.lang, report.author, Phrases(report).title(), SCREEN_CSS, parts)


def standalone_html(lang: str, author: str, title: str, css: str, parts: HtmlReport) -> str:
    """A complete HTML file of a title page and blocks: the stylesheet inline, nothing to
    fetch (reports, comparisons, séance sheets)."""
    body = "\n".join(block.html for block in parts.blocks)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="author" content="{escape(author)}">\n'
        f"<title>{escape(title)}</title>\n<style>{css}</style>\n"
        f"</head>\n<body>\n{parts.cover}\n{body}\n</body>\n</html>\n"
    )


def html_bytes(report: Report) -> bytes:
    return html_document(report).encode("utf-8")


def html_parts(report: Report) -> HtmlReport:
    """The title page, and the body as blocks to keep together."""
    phrases = Phrases(report)
    blocks = _Blocks()
    if not report.sections:
        blocks.add(f'<p class="empty">{escape(phrases.word("nothing"))}</p>')
    if report.tag_counts:
        _summary(blocks, report, phrases)
    for section in report.sections:
        _section(blocks, section, phrases)
    return HtmlReport(_cover(phrases), blocks.done())


class _Blocks:
    """Collects blocks; headings wait for the next content and join its block."""

    def __init__(self) -> None:
        self._blocks: list[Block] = []
        self._pending: list[str] = []
        self._bookmarks: list[tuple[int, str]] = []

    def heading(self, html: str, bookmark: tuple[int, str] | None = None) -> None:
        self._pending.append(html)
        if bookmark:
            self._bookmarks.append(bookmark)

    def add(self, html: str) -> None:
        self._blocks.append(Block("".join([*self._pending, html]), tuple(self._bookmarks)))
        self._pending, self._bookmarks = [], []

    def done(self) -> tuple[Block, ...]:
        if self._pending:
            self.add("")
        return tuple(self._blocks)


def _cover(phrases: Phrases) -> str:
    return (
        '<div class="cover">'
        f'<p class="overline">{escape(phrases.day(phrases.report.day).upper())}</p>'
        f"<h1>{escape(phrases.title())}</h1>"
        '<div class="cover-rule"></div>'
        f"{_facts(phrases.title_facts())}</div>"
    )


def _summary(blocks: _Blocks, report: Report, phrases: Phrases) -> None:
    title = phrases.word("summary")
    blocks.heading(f"<h2>{escape(title)}</h2>", (1, title))
    rows = "".join(
        f"<tr><td>{_swatch(tag.color)}{escape(tag.name)}</td>"
        f'<td class="number">{tag.count}</td></tr>'
        for tag in report.tag_counts
    )
    blocks.add(
        f'<table class="summary"><tr><th>{escape(phrases.word("tag"))}</th>'
        f'<th class="number">{escape(phrases.word("count"))}</th></tr>{rows}</table>'
    )


def _swatch(color: str) -> str:
    """A small square of the tag's colour (a glyph: Story has no inline boxes)."""
    return f'<span class="swatch" style="color: {color}">\u25a0</span> ' if color else ""


def _section(blocks: _Blocks, section: Section, phrases: Phrases, *, level: int = 2) -> None:
    title = phrases.text(section.title)
    blocks.heading(f"<h{level}>{escape(title)}</h{level}>", (level - 1, title))
    if section.subtitle:
        blocks.heading(f'<p class="subtitle">{escape(phrases.text(section.subtitle))}</p>')
    if section.document and level == 2:
        blocks.heading(_facts(phrases.document_facts(section.document)))
    elif section.document:
        line = escape(phrases.document_line(section.document))
        blocks.heading(f'<p class="subtitle">{line}</p>')
    for entry in section.entries:
        blocks.add(_entry(entry, section, phrases))
    if section.children:
        title = escape(phrases.text(section.children_title))
        blocks.heading(f'<p class="children-title">{title}</p>')
        for child in section.children:
            _section(blocks, child, phrases, level=level + 1)


def _entry(entry: Entry, section: Section, phrases: Phrases) -> str:
    annotation = entry.annotation
    parts = [f'<p class="where">{escape(phrases.where(entry, section))}</p>']
    if not entry.is_note:
        style = f"border-left-color: {annotation.color}; background-color: {tint(annotation.color)}"
        title, quote = escape(phrases.color(entry)), escape(phrases.quote(entry))
        parts.append(f'<div class="quote" style="{style}" title="{title}">{quote}</div>')
    if entry.image:
        width, height = entry.image.fitted(PICTURE_WIDTH)
        data = base64.b64encode(entry.image.png).decode("ascii")
        parts.append(
            f'<div class="picture"><img src="data:image/png;base64,{data}" width="{width:.0f}" '
            f'height="{height:.0f}" alt="{escape(annotation.quote)}"></div>'
        )
    if note := phrases.note(entry):
        label = escape(phrases.label("note"))
        parts.append(f'<p class="note"><span class="note-label">{label}</span> {_lines(note)}</p>')
    if annotation.tags:
        chips = " ".join(
            f'<span class="tag">\u00a0{escape(t)}\u00a0</span>' for t in annotation.tags
        )
        parts.append(f'<p class="tags">{chips}</p>')
    parts.append(f'<p class="byline">{escape(phrases.byline(entry))}</p>')
    return f'<div class="entry">{"".join(parts)}</div>'


def _facts(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><th class="label">{escape(label)}</th><td>{escape(value)}</td></tr>'
        for label, value in rows
    )
    return f'<table class="facts">{cells}</table>'


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())
