"""The séance sheet as HTML, DOCX, and the parts of the PDF.

The annotated report's machinery with the sheet's words, as the comparison does: the same
title page, stylesheets, blocks and annotation entries (reviewer.export.html and .docx).
After the title page, a table of contents by article; then each article in the order of
discussion, and under it each amendment: number (a draft marked "projet"), authors and
group, where it goes, a summary of its dispositif, its outcome, the MP's position and
argument in a framed box, then the notes on it as the report shows annotations.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from reviewer.core.amendments import Placement
from reviewer.core.reports import Format, Report, ReportOptions, Section
from reviewer.core.seance import SeanceAmendment, SeanceArticle, SeanceSheet
from reviewer.export.comparison import PrintParts
from reviewer.export.docx import LINE, WHERE, _bar, _Writer, written
from reviewer.export.html import (
    PRINT_CSS,
    SCREEN_CSS,
    HtmlReport,
    _Blocks,
    _cover,
    _entry,
    standalone_html,
)
from reviewer.export.phrases import SEPARATOR, Phrases
from reviewer.export.style import ACCENT, MUTED, NOTE_BAR, RULE
from reviewer.export.typography import NBSP, count, counted

MAX_AUTHORS = 3  # named on an amendment's line; beyond, "et 12 autres"
ARTICLE_STYLE = "Heading 1"
AMENDMENT_STYLE = "Heading 2"
# The section the notes of an amendment are shown in: one document, never named again.
_NOTES = Section("")

_SHEET_CSS = f"""
.position {{ border: 1px solid {ACCENT}; padding: 4pt 8pt; margin: 4pt 0 4pt 0; }}
.position-label {{ font-family: sans-serif; font-weight: bold; color: {ACCENT}; }}
.no-position {{ color: {MUTED}; font-style: italic; }}
.summary-text {{ margin: 2pt 0 4pt 0; }}
.draft {{ color: {MUTED}; font-style: italic; font-weight: normal; }}
.outcome {{ font-family: sans-serif; color: {MUTED}; font-weight: normal; }}
table.contents td {{ padding: 1pt 14pt 1pt 0; border-bottom: 1px solid {RULE}; }}
table.contents td.number {{ text-align: right; }}
.amendment {{ border-top: 1px solid {NOTE_BAR}; margin: 6pt 0 0 0; }}
.amendment h3 {{ margin: 4pt 0 1pt 0; }}
.amendment .children-title {{ margin: 6pt 0 0 0; }}
.amendment .entry {{ margin: 4pt 0 6pt 0; }}
"""
SEANCE_PRINT_CSS = PRINT_CSS + _SHEET_CSS
SEANCE_SCREEN_CSS = SCREEN_CSS + _SHEET_CSS

SEANCE_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "sheet": "Fiche de séance",
        "bill": "Texte",
        "selection": "Sélection",
        "everything": "tous les amendements du texte",
        "filter_article": "article {value}",
        "filter_group": "groupe {value}",
        "filter_outcome": "sort « {value} »",
        "filter_with_position": "avec une position",
        "sheet_content": "{amendments} sur {articles}, dont {positions}",
        "contents": "Sommaire",
        "article": "Article",
        "amendments_count": "Amendements",
        "page_head": "Page",
        "amendment": "Amendement n° {number}",
        "draft": "Projet d’amendement",
        "draft_mark": "projet",
        "others": "{names} et {others}",
        "placement_avant": "Article additionnel avant l’{article}",
        "placement_après": "Article additionnel après l’{article}",
        "alinea": "alinéa {alinea}",
        "not_in_bill": "article absent du texte",
        "position": "Position",
        "no_position": "Pas de position",
        "notes": "Notes ({count})",
        "outcome": "Sort",
    },
    "en": {
        "sheet": "Sitting brief",
        "bill": "Bill",
        "selection": "Selection",
        "everything": "every amendment of the bill",
        "filter_article": "article {value}",
        "filter_group": "group {value}",
        "filter_outcome": "outcome “{value}”",
        "filter_with_position": "with a position",
        "sheet_content": "{amendments} on {articles}, {positions}",
        "contents": "Contents",
        "article": "Article",
        "amendments_count": "Amendments",
        "page_head": "Page",
        "amendment": "Amendment no. {number}",
        "draft": "Draft amendment",
        "draft_mark": "draft",
        "others": "{names} and {others}",
        "placement_avant": "Additional article before {article}",
        "placement_après": "Additional article after {article}",
        "alinea": "paragraph {alinea}",
        "not_in_bill": "article not in the bill",
        "position": "Position",
        "no_position": "No position",
        "notes": "Notes ({count})",
        "outcome": "Outcome",
    },
}
SEANCE_NOUNS: dict[str, dict[str, tuple[str, str]]] = {
    "fr": {
        "amendment": ("amendement", "amendements"),
        "article": ("article", "articles"),
        "position": ("avec position", "avec position"),
        "other": ("autre", "autres"),
    },
    "en": {
        "amendment": ("amendment", "amendments"),
        "article": ("article", "articles"),
        "position": ("with a position", "with a position"),
        "other": ("other", "others"),
    },
}


def seance_html(sheet: SeanceSheet) -> bytes:
    """A complete, self-contained HTML file: the stylesheet inline, nothing to fetch."""
    phrases = SeancePhrases(sheet)
    html = standalone_html(
        sheet.lang, sheet.author, phrases.title(), SEANCE_SCREEN_CSS, _parts(phrases)
    )
    return html.encode()


def seance_docx(sheet: SeanceSheet) -> bytes:
    return written(_DocxWriter(sheet))


def seance_pdf_parts(sheet: SeanceSheet, pages: Sequence[int] = ()) -> PrintParts:
    """The PDF's parts; `pages`: the page each article begins on, for the contents (blank
    on the first layout, which tells them)."""
    phrases = SeancePhrases(sheet)
    parts = _parts(phrases, pages=[str(page) for page in pages] or [""] * len(sheet.articles))
    return PrintParts(
        cover=parts.cover,
        blocks=parts.blocks,
        css=SEANCE_PRINT_CSS,
        title=phrases.title(),
        author=sheet.author,
        subject=phrases.subject(),
        language="fr-FR" if sheet.lang == "fr" else "en-GB",
        page_label=lambda page, total: phrases.word("page_of", page=page, total=total),
        mark=phrases.text(sheet.mark),
    )


SEANCE_WRITERS: dict[Format, Callable[[SeanceSheet], bytes]] = {
    Format.HTML: seance_html,
    Format.DOCX: seance_docx,
}


# --- Words --------------------------------------------------------------------------------


class SeancePhrases(Phrases):
    """The annotated report's phrases, with the sheet's title page and amendment lines.

    Its `report` is an annotated report without sections: what the shared title page,
    entries and Word writer read (language, author, day, mark)."""

    def __init__(self, sheet: SeanceSheet) -> None:
        options = ReportOptions(format=Format.HTML, lang=sheet.lang, title=sheet.options.title)
        report = Report(options, sheet.author, sheet.day, (sheet.bill,), 1, (), mark=sheet.mark)
        super().__init__(report)
        self.sheet = sheet
        self.words = {**self.words, **SEANCE_WORDS[self.lang]}

    def title(self) -> str:
        return self.text(self.sheet.options.title or self.words["sheet"])

    def subject(self) -> str:
        """ "42 amendements sur 12 articles, dont 18 avec position"."""
        amendments = self.sheet.amendments()
        return self.text(
            self.words["sheet_content"].format(
                amendments=self.counted(len(amendments), "amendment"),
                articles=self.counted(len(self.sheet.articles), "article"),
                positions=self.counted(sum(1 for a in amendments if a.entry.position), "position"),
            )
        )

    def counted(self, number: int, noun: str) -> str:
        nouns = SEANCE_NOUNS[self.lang]
        return (
            counted(number, nouns[noun], self.lang)
            if noun in nouns
            else super().counted(number, noun)
        )

    def title_facts(self) -> list[tuple[str, str]]:
        sheet = self.sheet
        rows = [(self.words["addressee"], sheet.addressee)] if sheet.addressee else []
        rows += [
            (self.words["bill"], sheet.bill.title),
            (self.words["prepared_by"], sheet.author),
            (self.words["date"], self.day(sheet.day)),
            (self.words["selection"], self.selection()),
            (self.words["content"], self.subject()),
        ]
        if sheet.mark:
            rows.append((self.words["mark"], sheet.mark))
        return [(self.text(label), self.text(value)) for label, value in rows]

    def selection(self) -> str:
        filters = self.sheet.options.filters()
        if not filters:
            return self.words["everything"]
        # "article 7" whether the user typed "7" or "Article 7".
        named = [(n, _article_number(v) if n == "article" else v) for n, v in filters]
        return ", ".join(self.words[f"filter_{name}"].format(value=v) for name, v in named)

    def heading(self, amendment: SeanceAmendment) -> str:
        """ "Amendement n° 12 rect."; a draft's title after "Projet d'amendement"."""
        entry = amendment.entry
        if entry.draft:
            return self.text(f"{self.words['draft']}{SEPARATOR}{entry.title}")
        return self.word("amendment", number=entry.number)

    def authors(self, amendment: SeanceAmendment) -> str:
        """ "M. X, Mme Y, M. Z et 12 autres · LR"."""
        names = list(amendment.entry.authors)
        shown = ", ".join(names[:MAX_AUTHORS])
        if len(names) > MAX_AUTHORS:
            others = self.counted(len(names) - MAX_AUTHORS, "other")
            shown = self.words["others"].format(names=shown, others=others)
        return self.text(SEPARATOR.join(p for p in (shown, amendment.entry.group) if p))

    def placement(self, amendment: SeanceAmendment, article: SeanceArticle) -> str:
        """ "Article additionnel après l'article 7 · alinéa 4", or the absent article."""
        entry = amendment.entry
        parts = []
        if entry.placement in (Placement.BEFORE, Placement.AFTER) and entry.article:
            lowered = entry.article[:1].lower() + entry.article[1:]
            parts.append(self.words[f"placement_{entry.placement}"].format(article=lowered))
        if entry.alinea:
            alinea = entry.alinea
            parts.append(
                self.words["alinea"].format(alinea=alinea) if alinea[:1].isdigit() else alinea
            )
        if not article.attached and entry.warning:
            parts.append(self.words["not_in_bill"])
        return self.text(SEPARATOR.join(parts))

    def outcome(self, amendment: SeanceAmendment) -> str:
        value = amendment.entry.outcome
        return value[:1].upper() + value[1:]

    def position(self, amendment: SeanceAmendment) -> str:
        """ "Position : Favorable"; "Pas de position" when none."""
        label = amendment.entry.position
        if not label:
            return self.words["no_position"]
        return self.text(f"{self.label('position')} {label}")

    def argument(self, amendment: SeanceAmendment) -> str:
        return self.text(amendment.entry.argument.strip())

    def summary(self, amendment: SeanceAmendment) -> str:
        """The dispositif's first words: a citation, left as the source writes it."""
        return amendment.entry.summary

    def amendment_count(self, article: SeanceArticle) -> str:
        return count(len(article.amendments), self.lang)


def _article_number(typed: str) -> str:
    words = typed.split()
    return " ".join(words[1:] if words and words[0].casefold() == "article" else words)


def _anchor(index: int) -> str:
    return f"article-{index + 1}"


# --- HTML ---------------------------------------------------------------------------------


def _parts(phrases: SeancePhrases, pages: Sequence[str] | None = None) -> HtmlReport:
    """The title page, then the contents and the articles as blocks to keep together."""
    sheet = phrases.sheet
    blocks = _Blocks()
    blocks.heading(f"<h2>{escape(phrases.word('contents'))}</h2>")
    blocks.add(_contents(phrases, pages))
    for index, article in enumerate(sheet.articles):
        title = phrases.text(article.label)
        blocks.heading(f'<h2 id="{_anchor(index)}">{escape(title)}</h2>', (1, title))
        for amendment in article.amendments:
            _amendment(blocks, amendment, article, phrases)
    return HtmlReport(_cover(phrases), blocks.done())


def _contents(phrases: SeancePhrases, pages: Sequence[str] | None) -> str:
    """Each article and its number of amendments; links on screen, pages in print."""
    rows = []
    for index, article in enumerate(phrases.sheet.articles):
        label = escape(phrases.text(article.label))
        if pages is None:
            label = f'<a href="#{_anchor(index)}">{label}</a>'
        count_cell = f'<td class="number">{phrases.amendment_count(article)}</td>'
        page_cell = "" if pages is None else f'<td class="number">{pages[index]}</td>'
        rows.append(f"<tr><td>{label}</td>{count_cell}{page_cell}</tr>")
    page_head = (
        "" if pages is None else f'<th class="number">{escape(phrases.word("page_head"))}</th>'
    )
    header = (
        f"<tr><th>{escape(phrases.word('article'))}</th>"
        f'<th class="number">{escape(phrases.word("amendments_count"))}</th>{page_head}</tr>'
    )
    return f'<table class="contents summary">{header}{"".join(rows)}</table>'


def _amendment(
    blocks: _Blocks, amendment: SeanceAmendment, article: SeanceArticle, phrases: SeancePhrases
) -> None:
    heading = escape(phrases.heading(amendment))
    if amendment.entry.draft:
        heading += f' <span class="draft">({escape(phrases.word("draft_mark"))})</span>'
    if outcome := phrases.outcome(amendment):
        heading += f' <span class="outcome">{NBSP}— {escape(outcome)}</span>'
    parts = [f'<div class="amendment"><h3>{heading}</h3>']
    if authors := phrases.authors(amendment):
        parts.append(f'<p class="byline">{escape(authors)}</p>')
    if where := phrases.placement(amendment, article):
        parts.append(f'<p class="where">{escape(where)}</p>')
    if summary := phrases.summary(amendment):
        parts.append(f'<p class="summary-text">{escape(summary)}</p>')
    parts.append(_position(amendment, phrases))
    if amendment.notes:
        title = phrases.word("notes", count=len(amendment.notes))
        parts.append(f'<p class="children-title">{escape(title)}</p>')
        parts.extend(_entry(note, _NOTES, phrases) for note in amendment.notes)
    # One block: an amendment is kept on one page with its notes when it fits.
    blocks.add("".join([*parts, "</div>"]))


def _position(amendment: SeanceAmendment, phrases: SeancePhrases) -> str:
    if not amendment.entry.position:
        return f'<p class="no-position">{escape(phrases.position(amendment))}</p>'
    text = f'<span class="position-label">{escape(phrases.position(amendment))}</span>'
    if argument := phrases.argument(amendment):
        lines = "<br>".join(escape(line) for line in argument.splitlines())
        text += f"<br>{lines}"
    return f'<div class="position">{text}</div>'


# --- Word ---------------------------------------------------------------------------------


class _DocxWriter(_Writer):
    """The annotated report's Word writer, for a séance sheet: same styles, title page,
    footer and entries; articles are Heading 1 and amendments Heading 2 (Word's navigation
    pane lists them)."""

    def __init__(self, sheet: SeanceSheet) -> None:
        phrases = SeancePhrases(sheet)
        super().__init__(phrases.report)
        self.phrases = phrases
        self.sheet = sheet

    def write(self) -> None:
        self._properties()
        self._cover()
        self._contents()
        for article in self.sheet.articles:
            self._line(self.phrases.text(article.label), ARTICLE_STYLE)
            for amendment in article.amendments:
                self._amendment(amendment, article)

    def _contents(self) -> None:
        phrases = self.phrases
        self._line(phrases.word("contents"), ARTICLE_STYLE)
        table = self.document.add_table(rows=1, cols=2)
        table.style = self.styles["Light List Accent 1"]
        self._cell(table.rows[0].cells[0], phrases.word("article"))
        self._cell(table.rows[0].cells[1], phrases.word("amendments_count"))
        for article in self.sheet.articles:
            cells = table.add_row().cells
            self._cell(cells[0], phrases.text(article.label))
            self._cell(cells[1], phrases.amendment_count(article))
        self.document.add_page_break()

    def _amendment(self, amendment: SeanceAmendment, article: SeanceArticle) -> None:
        phrases = self.phrases
        heading = self._line(phrases.heading(amendment), AMENDMENT_STYLE)
        if amendment.entry.draft:
            self._run(heading, f" ({phrases.word('draft_mark')})")
        if outcome := phrases.outcome(amendment):
            self._run(heading, f"{NBSP}— {outcome}")
        for line in (phrases.authors(amendment), phrases.placement(amendment, article)):
            if line:
                self._line(line, LINE)
        if summary := phrases.summary(amendment):
            self._run(self.document.add_paragraph(), summary)
        box = self._line(phrases.position(amendment), WHERE)
        if argument := phrases.argument(amendment):
            self._run(box, "\n" + argument).bold = False
        if amendment.entry.position:
            _bar(box, ACCENT)
        if amendment.notes:
            self._line(phrases.word("notes", count=len(amendment.notes)), WHERE)
            for note in amendment.notes:
                self._entry(note, _NOTES)
