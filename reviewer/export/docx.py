"""The report as a Word document (python-docx is imported only here).

Word's own styles carry the hierarchy (Title, Heading 1-3), so the navigation pane and a
table of contents work; the report's other parts get named styles ("Report Quote", "Report
Tag"...) that a user can restyle, and that keep python-docx fast on long reports. Quotes
get a left bar in their highlight colour, as in the PDF.
"""

from __future__ import annotations

import io

from docx import Document as new_document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from reviewer.core.colors import tint
from reviewer.core.reports import Entry, Report, Section
from reviewer.export.neutral import xml_text
from reviewer.export.phrases import Phrases
from reviewer.export.style import ACCENT, INK, MUTED, RULE

BODY_FONT = "Cambria"
HEADING_FONT = "Calibri"
TEXT_WIDTH = Cm(17)  # A4 less two 2 cm margins
LINE, WHERE, BYLINE, QUOTE, LABEL, TAG = (
    "Report Line", "Report Where", "Report Byline", "Report Quote", "Report Label", "Report Tag",
)  # fmt: skip
# Where w:pBdr and w:shd go among a paragraph's properties (Word rejects them out of order).
_AFTER_BORDER = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def docx_bytes(report: Report) -> bytes:
    return written(_Writer(report))


def written(writer: _Writer) -> bytes:
    """The file a report writer (or one built on it) makes."""
    writer.write()
    buffer = io.BytesIO()
    writer.document.save(buffer)
    return buffer.getvalue()


class _Writer:
    """One report into one Word document.

    Paragraphs and runs get their style by id: python-docx's `style=` scans the whole style
    sheet on every call, which made a 2,000-annotation report take a minute.
    """

    def __init__(self, report: Report) -> None:
        self.report = report
        self.phrases = Phrases(report)
        self.document = new_document()
        self.styles = _styles(self.document, "fr-FR" if report.lang == "fr" else "en-GB")

    def write(self) -> None:
        self._properties()
        self._cover()
        if not self.report.sections:
            self._line(self.phrases.word("nothing"), LINE)
        if self.report.tag_counts:
            self._summary()
        for section in self.report.sections:
            self._section(section, level=1)

    # Every string reaches python-docx through these three: each is cleaned of what XML
    # cannot hold (a control character in a quote or a note made the whole report fail).

    def _line(self, text: str, style: str) -> Paragraph:
        paragraph = self.document.add_paragraph(xml_text(text))
        paragraph._p.style = self.styles[style].style_id
        return paragraph

    def _run(self, paragraph: Paragraph, text: str, style: str | None = None) -> Run:
        run = paragraph.add_run(xml_text(text))
        if style:
            run._r.style = self.styles[style].style_id
        return run

    def _cell(self, cell: _Cell, text: str) -> None:
        cell.text = xml_text(text)

    def _properties(self) -> None:
        properties = self.document.core_properties
        properties.title = xml_text(self.phrases.title())
        properties.author = xml_text(self.report.author)
        properties.subject = xml_text(self.phrases.subject())
        properties.content_status = xml_text(self.phrases.text(self.report.mark))  # Word: "Status"
        properties.language = "fr-FR" if self.report.lang == "fr" else "en-GB"
        properties.keywords = xml_text(", ".join(tag.name for tag in self.report.tag_counts))
        for section in self.document.sections:
            section.page_width, section.page_height = Cm(21), Cm(29.7)
            section.left_margin = section.right_margin = Cm(2)
            section.top_margin = section.bottom_margin = Cm(2)
            section.different_first_page_header_footer = True  # no footer on the title page
            self._footer(section.footer.paragraphs[0])

    def _footer(self, paragraph: Paragraph) -> None:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        mark = self.phrases.text(self.report.mark)
        self._run(paragraph, " · ".join(filter(None, (self.phrases.title(), mark))) + " · ", LABEL)
        run = self._run(paragraph, "", LABEL)
        run._r.append(_element("w:fldChar", fldCharType="begin"))
        page = OxmlElement("w:instrText")
        page.text = "PAGE"
        run._r.append(page)
        run._r.append(_element("w:fldChar", fldCharType="end"))

    def _cover(self) -> None:
        overline = self._line(self.phrases.day(self.report.day).upper(), LINE)
        overline.paragraph_format.space_before = Pt(160)  # the title a third down the page
        self._line(self.phrases.title(), "Title")
        self._facts(self.phrases.title_facts())
        self.document.add_page_break()

    def _summary(self) -> None:
        phrases = self.phrases
        self._line(phrases.word("summary"), "Heading 1")
        table = self.document.add_table(rows=1, cols=2)
        table.style = self.styles["Light List Accent 1"]
        header = table.rows[0].cells
        self._cell(header[0], phrases.word("tag"))
        self._cell(header[1], phrases.word("count"))
        for tag in self.report.tag_counts:
            cells = table.add_row().cells
            self._cell(cells[0], tag.name)
            self._cell(cells[1], str(tag.count))
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _widths(table, (Cm(10), Cm(3)))

    def _section(self, section: Section, *, level: int) -> None:
        phrases = self.phrases
        self._line(phrases.text(section.title), f"Heading {level}")
        if section.subtitle:
            self._line(phrases.text(section.subtitle), LINE)
        if section.document and level == 1:
            self._facts(phrases.document_facts(section.document))
        elif section.document:
            self._line(phrases.document_line(section.document), LINE)
        for entry in section.entries:
            self._entry(entry, section)
        if section.children:
            title = self._line(phrases.text(section.children_title), WHERE)
            title.paragraph_format.space_before = Pt(14)
            for child in section.children:
                self._section(child, level=min(level + 1, 3))

    def _entry(self, entry: Entry, section: Section) -> None:
        annotation, phrases = entry.annotation, self.phrases
        self._line(phrases.where(entry, section), WHERE)
        if not entry.is_note:
            _bar(self._line(phrases.quote(entry), QUOTE), annotation.color)
        if entry.image:
            width, _height = entry.image.fitted(TEXT_WIDTH.pt)
            self.document.add_picture(io.BytesIO(entry.image.png), width=Pt(width))
        if note := phrases.note(entry):
            paragraph = self.document.add_paragraph()
            self._run(paragraph, phrases.label("note") + " ").bold = True
            self._run(paragraph, note)
        if annotation.tags:
            paragraph = self.document.add_paragraph()
            for tag in annotation.tags:
                self._run(paragraph, f"\u00a0{tag}\u00a0", TAG)
                self._run(paragraph, " ")
        self._line(phrases.byline(entry), BYLINE)

    def _facts(self, rows: list[tuple[str, str]]) -> None:
        table = self.document.add_table(rows=0, cols=2)
        for label, value in rows:
            cells = table.add_row().cells
            self._run(cells[0].paragraphs[0], label, LABEL)
            self._run(cells[1].paragraphs[0], value)
        _widths(table, (Cm(4.5), Cm(12.5)))
        self.document.add_paragraph()


def _styles(document: WordDocument, language: str) -> dict[str, BaseStyle]:
    """Word's styles set to the report's look, and the report's own added."""
    styles = document.styles
    normal = styles["Normal"]
    _font(normal, BODY_FONT, 10.5, INK)
    normal.element.get_or_add_rPr().append(_element("w:lang", val=language))  # spelling
    for name, size in (("Title", 26), ("Heading 1", 15), ("Heading 2", 12), ("Heading 3", 11)):
        _font(styles[name], HEADING_FONT, size, ACCENT)
    line = styles.add_style(LINE, WD_STYLE_TYPE.PARAGRAPH)
    line.base_style = normal
    _font(line, HEADING_FONT, 9, MUTED)
    line.paragraph_format.space_after = Pt(2)
    where = styles.add_style(WHERE, WD_STYLE_TYPE.PARAGRAPH)
    where.base_style = line
    where.font.bold = True
    where.font.size = Pt(8.5)
    where.paragraph_format.space_before = Pt(10)
    where.paragraph_format.keep_with_next = True
    byline = styles.add_style(BYLINE, WD_STYLE_TYPE.PARAGRAPH)
    byline.base_style = line
    byline.font.size = Pt(8)
    quote = styles.add_style(QUOTE, WD_STYLE_TYPE.PARAGRAPH)
    quote.base_style = normal
    quote.font.size = Pt(11)
    quote.paragraph_format.left_indent = Cm(0.3)
    quote.paragraph_format.space_after = Pt(3)
    label = styles.add_style(LABEL, WD_STYLE_TYPE.CHARACTER)
    _font(label, HEADING_FONT, 8.5, MUTED)
    tag = styles.add_style(TAG, WD_STYLE_TYPE.CHARACTER)
    _font(tag, HEADING_FONT, 8.5, INK)
    tag.element.get_or_add_rPr().append(_shading(RULE))  # a small grey label
    used = (LINE, WHERE, BYLINE, QUOTE, LABEL, TAG, "Title", "Light List Accent 1")
    headings = tuple(f"Heading {level}" for level in (1, 2, 3))
    return {name: styles[name] for name in (*used, *headings)}


def _font(style: BaseStyle, name: str, size: float, color: str) -> None:
    style.font.name = name  # type: ignore[attr-defined]
    style.font.size = Pt(size)  # type: ignore[attr-defined]
    style.font.color.rgb = RGBColor.from_string(color[1:].upper())  # type: ignore[attr-defined]


def _bar(paragraph: Paragraph, color: str) -> None:
    """A thick left border in the highlight colour over a light tint of it."""
    properties = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    borders.append(_element("w:left", val="single", sz="24", space="8", color=color[1:]))
    properties.insert_element_before(borders, *_AFTER_BORDER)
    properties.insert_element_before(_shading(tint(color)), *_AFTER_BORDER[1:])


def _shading(color: str) -> BaseOxmlElement:
    return _element("w:shd", val="clear", color="auto", fill=color[1:])


def _element(tag: str, **attributes: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _widths(table: Table, widths: tuple[Cm, ...]) -> None:
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
