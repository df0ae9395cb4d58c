"""A comparison of two versions of a text as a report: HTML, DOCX, and the parts of the PDF.

It is the annotated report's machinery with the comparison's words: the same title page,
stylesheets and annotation entries (reviewer.export.html and .docx), and phrases that
say what differs. Each changed article comes with its pages in both versions, its text as
one reading with inserted words underlined in green and deleted ones struck in red, and
the annotations concerned; unchanged articles are listed on one line at the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from html import escape

from docx.enum.style import WD_STYLE_TYPE
from docx.shared import RGBColor
from docx.styles.style import BaseStyle
from docx.styles.styles import Styles

from reviewer.core.colors import DELETED_INK, INSERTED_INK, tint
from reviewer.core.comparison import (
    Change,
    ComparisonReport,
    Concerned,
    Side,
    UnitChange,
    WordOp,
    page_span,
)
from reviewer.core.reports import Entry, Format, Report, ReportOptions, Section
from reviewer.export.docx import LINE, WHERE, _Writer, written
from reviewer.export.html import (
    PRINT_CSS,
    SCREEN_CSS,
    Block,
    HtmlReport,
    _Blocks,
    _cover,
    _entry,
    standalone_html,
)
from reviewer.export.phrases import SEPARATOR, Phrases
from reviewer.export.style import MUTED
from reviewer.export.typography import count

INSERTED, DELETED = "Report Inserted", "Report Deleted"  # Word character styles
# An unchanged run longer than this many words shows only its ends around the changes.
LONG_RUN = 150
CONTEXT = 40
ELLIPSIS = "[…]"

_MARKS_CSS = f"""
ins {{ color: {INSERTED_INK}; background-color: {tint(INSERTED_INK, 0.12)};
  text-decoration: underline; }}
del {{ color: {DELETED_INK}; background-color: {tint(DELETED_INK, 0.12)};
  text-decoration: line-through; }}
.legend, .unchanged {{ color: {MUTED}; }}
"""
COMPARISON_PRINT_CSS = PRINT_CSS + _MARKS_CSS + ".diff { margin: 0 0 5pt 0; }\n"
COMPARISON_SCREEN_CSS = SCREEN_CSS + _MARKS_CSS + ".diff { margin: 0 0 .7rem 0; }\n"
_WORDS_WITH_SPACE = re.compile(r"\s*\S+")

COMPARISON_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "comparison": "Comparaison de versions",
        "old_version": "Version antérieure",
        "new_version": "Version nouvelle",
        "old_name": "version antérieure",
        "new_name": "version nouvelle",
        "named": "version « {label} »",  # french() makes the spaces unbreakable
        "quoted": "« {label} »",
        "count_added": "Articles ajoutés",
        "count_deleted": "Articles supprimés",
        "count_renumbered": "Articles renumérotés",
        "count_modified": "Articles modifiés",
        "count_unchanged": "Articles inchangés",
        "concerned_count": "Annotations concernées",
        "legend": "Légende",
        "legend_inserted": "texte ajouté",
        "legend_deleted": "texte supprimé",
        "heading_added": "{label} (nouveau)",
        "heading_deleted": "{label} (supprimé)",
        "heading_renumbered": "{label} (ancien {old_lower})",
        "state_added": "Ajouté",
        "state_deleted": "Supprimé",
        "state_modified": "Modifié",
        "state_renumbered": "Renuméroté, texte inchangé",
        "state_renumbered_modified": "Renuméroté et modifié",
        "word_counts": "{inserted}, {deleted}",
        "pages_in": "{version} : p. {pages}",
        "touched": "passage modifié",
        "concerned": "Annotations concernées ({count})",
        "unchanged_list": "Sans modification ({count})",
        "no_difference": "Les deux versions ont le même texte.",
    },
    "en": {
        "comparison": "Version comparison",
        "old_version": "Earlier version",
        "new_version": "Later version",
        "old_name": "earlier version",
        "new_name": "later version",
        "named": "version “{label}”",
        "quoted": "“{label}”",
        "count_added": "Articles added",
        "count_deleted": "Articles deleted",
        "count_renumbered": "Articles renumbered",
        "count_modified": "Articles modified",
        "count_unchanged": "Articles unchanged",
        "concerned_count": "Annotations concerned",
        "legend": "Key",
        "legend_inserted": "added text",
        "legend_deleted": "deleted text",
        "heading_added": "{label} (new)",
        "heading_deleted": "{label} (deleted)",
        "heading_renumbered": "{label} (formerly {old})",
        "state_added": "Added",
        "state_deleted": "Deleted",
        "state_modified": "Modified",
        "state_renumbered": "Renumbered, text unchanged",
        "state_renumbered_modified": "Renumbered and modified",
        "word_counts": "{inserted}, {deleted}",
        "pages_in": "{version}: p. {pages}",
        "touched": "passage changed",
        "concerned": "Annotations concerned ({count})",
        "unchanged_list": "Unchanged ({count})",
        "no_difference": "Both versions have the same text.",
    },
}
_COUNTED = (Change.ADDED, Change.DELETED, Change.RENUMBERED, Change.MODIFIED, Change.UNCHANGED)


@dataclass(frozen=True)
class PrintParts:
    """What reviewer.pdf.report.ReportPages takes to lay the report out, field for field."""

    cover: str
    blocks: tuple[Block, ...]
    css: str
    title: str
    author: str
    subject: str
    language: str
    page_label: Callable[[int, int], str]
    mark: str = ""  # in every page's footer


def comparison_html(report: ComparisonReport) -> bytes:
    """A complete, self-contained HTML file: the stylesheet inline, nothing to fetch."""
    phrases = ComparisonPhrases(report)
    html = standalone_html(
        report.lang, report.author, phrases.title(), COMPARISON_SCREEN_CSS, _parts(phrases)
    )
    return html.encode()


def comparison_docx(report: ComparisonReport) -> bytes:
    return written(_DocxWriter(report))


def comparison_pdf_parts(report: ComparisonReport) -> PrintParts:
    phrases = ComparisonPhrases(report)
    parts = _parts(phrases)
    return PrintParts(
        cover=parts.cover,
        blocks=parts.blocks,
        css=COMPARISON_PRINT_CSS,
        title=phrases.title(),
        author=report.author,
        subject=phrases.subject(),
        language="fr-FR" if report.lang == "fr" else "en-GB",
        page_label=lambda page, total: phrases.word("page_of", page=page, total=total),
    )


COMPARISON_WRITERS: dict[Format, Callable[[ComparisonReport], bytes]] = {
    Format.HTML: comparison_html,
    Format.DOCX: comparison_docx,
}


# --- Words --------------------------------------------------------------------------------


class ComparisonPhrases(Phrases):
    """The annotated report's phrases, with the comparison's title page and headings.

    Its `report` is an annotated report without sections: what the shared title page,
    entries and Word writer read (language, author, day).
    """

    def __init__(self, comparison: ComparisonReport) -> None:
        options = ReportOptions(format=Format.HTML, lang=comparison.lang)
        documents = (comparison.old, comparison.new)
        super().__init__(Report(options, comparison.author, comparison.day, documents, 2, ()))
        self.comparison = comparison
        self.words = {**self.words, **COMPARISON_WORDS[self.lang]}

    def title(self) -> str:
        return self.text(self.comparison.title or self.words["comparison"])

    def subject(self) -> str:
        """ "Projet de loi …: version « dépôt » → version « commission »"."""
        old, new = self.version(Side.OLD), self.version(Side.NEW)
        return self.text(f"{self.comparison.new.title}{self.colon('')} {old} → {new}")

    def title_facts(self) -> list[tuple[str, str]]:
        comparison = self.comparison
        counts = comparison.comparison.counts()
        rows = [
            (self.words["old_version"], self._version_line(Side.OLD)),
            (self.words["new_version"], self._version_line(Side.NEW)),
            (self.words["prepared_by"], comparison.author),
            (self.words["date"], self.day(comparison.day)),
            *((self.words[f"count_{kind}"], count(counts[kind], self.lang)) for kind in _COUNTED),
            (self.words["concerned_count"], count(comparison.concerned_count(), self.lang)),
        ]
        return [(self.text(label), self.text(value)) for label, value in rows]

    def version(self, side: Side) -> str:
        """ "version « commission »", or "version antérieure" when the labels do not tell."""
        old, new = self.comparison.old.version_label, self.comparison.new.version_label
        label = old if side is Side.OLD else new
        if not label or old == new:
            return self.words[f"{side.value}_name"]
        return self.words["named"].format(label=label)

    def heading(self, change: UnitChange) -> str:
        """ "Article 5", "Article 5 (nouveau)", "Article 5 (ancien article 4)"."""
        label = change.label
        if change.change in (Change.ADDED, Change.DELETED):
            return self.word(f"heading_{change.change}", label=label)
        if change.change is Change.RENUMBERED:
            old = change.old.label  # type: ignore[union-attr]
            old_lower = old[:1].lower() + old[1:]
            return self.word("heading_renumbered", label=label, old=old, old_lower=old_lower)
        return self.text(label)

    def state(self, change: UnitChange) -> str:
        """ "Modifié · 3 mots ajoutés, 1 supprimé · version antérieure : p. 9 · ..."."""
        kind = change.change
        modified = kind is Change.RENUMBERED and change.modified
        parts = [self.words[f"state_{kind}{'_modified' if modified else ''}"]]
        if kind is Change.MODIFIED or modified:
            inserted = self.counted(change.inserted_words, "word_added")
            deleted = self.counted(change.deleted_words, "word_deleted")
            parts.append(self.words["word_counts"].format(inserted=inserted, deleted=deleted))
        for side in Side:
            if (unit := change.unit(side)) is not None:
                first, last = page_span(self.comparison.text(side), unit)
                pages = str(first) if first == last else f"{first}–{last}"
                parts.append(self.words["pages_in"].format(version=self.version(side), pages=pages))
        return self.text(SEPARATOR.join(parts))

    def location(self, concerned: Concerned) -> str:
        """Where an annotation is, after its page: its version, and whether words changed."""
        parts = [self.version(concerned.side)]
        if concerned.touched:
            parts.append(self.words["touched"])
        return SEPARATOR.join(parts)

    def _version_line(self, side: Side) -> str:
        """ "« dépôt » · Projet de loi relatif à … · 23 juillet 2025 · 13 p."."""
        document = self.comparison.document(side)
        label = document.version_label
        parts = [self.words["quoted"].format(label=label)] if label else []
        parts.append(document.title)
        day = document.metadata.get("registered") or document.metadata.get("published")
        if day:
            parts.append(self._metadata_value("registered", day))
        parts.append(self.words["pages"].format(count=document.page_count))
        return SEPARATOR.join(parts)


# --- Content ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Article:
    """A changed unit as the report shows it: `section` holds its heading, state and the
    annotations concerned, as the shared entry writers want them."""

    change: UnitChange
    section: Section


def _articles(report: ComparisonReport, phrases: ComparisonPhrases) -> Iterator[_Article]:
    for index, change in enumerate(report.comparison.changes):
        if change.change is Change.UNCHANGED:
            continue
        entries = tuple(_entry_of(c, report, phrases) for c in report.concerned.get(index, ()))
        section = Section(phrases.heading(change), entries, subtitle=phrases.state(change))
        yield _Article(change, section)


def _entry_of(concerned: Concerned, report: ComparisonReport, phrases: ComparisonPhrases) -> Entry:
    document = report.document(concerned.side)
    return Entry(concerned.annotation, document, phrases.location(concerned))


def _unchanged_labels(report: ComparisonReport) -> list[str]:
    changes = report.comparison.changes
    return [c.label for c in changes if c.change is Change.UNCHANGED]


def _paragraphs(change: UnitChange) -> list[list[tuple[str, str]]]:
    """The unit's text as paragraphs of (kind, text) pieces; a renumbered unit whose text is
    the same has none. Separators are plain pieces, outside the marks."""
    if not change.modified:
        return []
    paragraphs: list[list[tuple[str, str]]] = [[]]
    last = len(change.ops) - 1
    for position, op in enumerate(change.ops):
        text = _shortened(op, first=position == 0, last=position == last)
        for number, line in enumerate(text.split("\n")):
            if number:
                paragraphs.append([])
            words = line.lstrip(" ")
            if len(words) < len(line):
                paragraphs[-1].append(("equal", " "))
            if words:
                paragraphs[-1].append((op.kind, words))
    return [paragraph for paragraph in paragraphs if paragraph]


def _shortened(op: WordOp, *, first: bool, last: bool) -> str:
    """A long unchanged run cut to the words next to the changes around it."""
    words = _WORDS_WITH_SPACE.findall(op.text)
    if op.kind != "equal" or len(words) <= LONG_RUN:
        return op.text
    head = "" if first else "".join(words[:CONTEXT]) + " "
    tail = "" if last else " " + "".join(words[-CONTEXT:]).lstrip()
    return head + ELLIPSIS + tail


# --- HTML ---------------------------------------------------------------------------------


def _parts(phrases: ComparisonPhrases) -> HtmlReport:
    """The title page, and the body as blocks to keep together (the PDF's, and the HTML's)."""
    report = phrases.comparison
    blocks = _Blocks()
    blocks.add(_legend(phrases))
    articles = list(_articles(report, phrases))
    if not articles:
        blocks.add(f'<p class="empty">{escape(phrases.word("no_difference"))}</p>')
    for article in articles:
        _article(blocks, article, phrases)
    if unchanged := _unchanged_labels(report):
        title = phrases.word("unchanged_list", count=count(len(unchanged), report.lang))
        blocks.heading(f"<h2>{escape(title)}</h2>", (1, title))
        blocks.add(f'<p class="unchanged">{escape(", ".join(unchanged))}</p>')
    return HtmlReport(_cover(phrases), blocks.done())


def _legend(phrases: ComparisonPhrases) -> str:
    inserted, deleted = phrases.word("legend_inserted"), phrases.word("legend_deleted")
    return (
        f'<p class="legend">{escape(phrases.label("legend"))} '
        f"<ins>{escape(inserted)}</ins>, <del>{escape(deleted)}</del></p>"
    )


def _article(blocks: _Blocks, article: _Article, phrases: ComparisonPhrases) -> None:
    section = article.section
    blocks.heading(f"<h2>{escape(section.title)}</h2>", (1, section.title))
    blocks.heading(f'<p class="subtitle">{escape(section.subtitle)}</p>')
    # One block: an article is kept on one page when it fits (PyMuPDF's Story leaves a line's
    # height between blocks, too much between the paragraphs of one text).
    text = "".join(
        f'<p class="diff">{_marked(pieces)}</p>' for pieces in _paragraphs(article.change)
    )
    blocks.add(text)
    if section.entries:
        title = phrases.word("concerned", count=len(section.entries))
        blocks.heading(f'<p class="children-title">{escape(title)}</p>')
        for entry in section.entries:
            blocks.add(_entry(entry, section, phrases))


def _marked(pieces: Sequence[tuple[str, str]]) -> str:
    marks = {"insert": "ins", "delete": "del"}
    return "".join(
        f"<{marks[kind]}>{escape(text)}</{marks[kind]}>" if kind in marks else escape(text)
        for kind, text in pieces
    )


# --- Word ---------------------------------------------------------------------------------


class _DocxWriter(_Writer):
    """The annotated report's Word writer, for a comparison: same styles, title page,
    footer and entries, and two character styles for inserted and deleted words."""

    def __init__(self, report: ComparisonReport) -> None:
        phrases = ComparisonPhrases(report)
        super().__init__(phrases.report)
        self.phrases = phrases
        self.comparison = report
        self.styles.update(_mark_styles(self.document.styles))

    def write(self) -> None:
        phrases = self.phrases
        self._properties()
        self._cover()
        legend = self._line(phrases.label("legend") + " ", LINE)
        self._run(legend, phrases.word("legend_inserted"), INSERTED)
        self._run(legend, ", ")
        self._run(legend, phrases.word("legend_deleted"), DELETED)
        articles = list(_articles(self.comparison, phrases))
        if not articles:
            self._line(phrases.word("no_difference"), LINE)
        for article in articles:
            self._article(article)
        if unchanged := _unchanged_labels(self.comparison):
            count_text = count(len(unchanged), self.comparison.lang)
            self._line(phrases.word("unchanged_list", count=count_text), "Heading 1")
            self._line(", ".join(unchanged), LINE)

    def _article(self, article: _Article) -> None:
        section = article.section
        self._line(section.title, "Heading 1")
        self._line(section.subtitle, LINE)
        for pieces in _paragraphs(article.change):
            paragraph = self.document.add_paragraph()
            for kind, text in pieces:
                style = {"equal": None, "insert": INSERTED}.get(kind, DELETED)
                self._run(paragraph, text, style)
        if section.entries:
            self._line(self.phrases.word("concerned", count=len(section.entries)), WHERE)
            for entry in section.entries:
                self._entry(entry, section)


def _mark_styles(styles: Styles) -> dict[str, BaseStyle]:
    """ "Report Inserted": underlined green; "Report Deleted": struck red."""
    added: dict[str, BaseStyle] = {}
    for name, ink in ((INSERTED, INSERTED_INK), (DELETED, DELETED_INK)):
        style = styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        style.font.color.rgb = RGBColor.from_string(ink[1:].upper())
        style.font.underline = name == INSERTED
        style.font.strike = name == DELETED
        added[name] = style
    return added
