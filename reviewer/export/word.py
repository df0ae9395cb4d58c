"""The annotated text as Word writes and reads it: native comments on the exact words.

Writing: each document's text becomes paragraphs (its structure as Word headings, its
alinéas numbered as in the text), and each annotation a comment whose range starts and ends
on the runs of its quote: runs are cut at every quote's ends before they are made. Tracked
changes (amendment drafts) cut the runs too: deleted words are runs inside `w:del`, new
words runs inside `w:ins`, whole new paragraphs carry an inserted paragraph mark, so that
Word's "accept all" gives the amended text and "reject all" the text as it was.
Reading: the text of a Word file (any Word version of the text) with where each comment's
range starts and ends in it, read within bounds, since the file comes from outside.
"""

from __future__ import annotations

import bisect
import io
import itertools
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from docx import Document as new_document
from docx.comments import Comment as DocxComment
from docx.document import Document as WordDocument
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.numbering import CT_Numbering
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph
from lxml import etree

from reviewer.core.errors import ReviewerError
from reviewer.core.i18n import tr
from reviewer.export.neutral import xml_text

DEEPEST_HEADING = 6  # Heading 1 to 6: deeper divisions stay at 6
ON_TITLE = -1  # a remark's start and end when it is on the document's title (a document note)
# Alinéas are numbered by Word's own paragraph numbering (one list per article, starting at
# its first alinéa's number): the numbers show, yet are not words a comment could cover.
ALINEA_LIST = 90  # our abstract numbering definition's id
_ALINEA_LEVEL = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ALINEA_LIST}">'
    '<w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    "</w:abstractNum>"
)
# The lines our comments add to the note, which an import recognises and takes off again.
TAGS_LABEL = "Étiquettes : "
TAG_JOIN = ", "
PAGE_NOTE = "Note sur la page {page}"
DOCUMENT_NOTE = "Note sur le document"
# A draft amendment that could not be written as tracked changes: a comment says so (an
# import leaves these out: they are the library's own drafts).
DRAFT_NOTE = "Projet d’amendement non appliqué : "
_PAGE_NOTE = re.compile(re.escape(PAGE_NOTE.split("{")[0]) + r"(\d+)")
# An empty comment as Word (and python-docx) starts one: its mark, in Word's comment styles.
_COMMENT = (
    f'<w:comment {nsdecls("w")} w:id="{{id}}" w:author="">'
    '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
    '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r></w:p>'
    "</w:comment>"
)
# A Word file from outside is read within these bounds (a zip bomb, a huge file).
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 10_000
MAX_PART_BYTES = 200 * 1024 * 1024  # document.xml or comments.xml, uncompressed
MAX_RATIO = 200  # uncompressed / compressed: beyond, a bomb rather than text
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted .docx (or an old .doc) is OLE
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Block:
    """One paragraph of the Word text: document-text offsets [start, end), its heading level
    (0 for body text) and the alinéa number shown before it."""

    start: int
    end: int
    level: int = 0
    number: str = ""


@dataclass(frozen=True)
class Remark:
    """One comment on the words [start, end) of the document text (ON_TITLE: the title)."""

    start: int
    end: int
    text: str  # paragraphs separated by "\n"
    author: str
    date: datetime | None


@dataclass(frozen=True)
class Revision:
    """Who proposes a tracked change, and when."""

    author: str
    date: datetime | None


@dataclass(frozen=True)
class Change:
    """A tracked change inside one paragraph: its words [start, end) deleted (none when
    start == end) and `new` inserted after them; `joined`: the paragraph's mark deleted
    too (a whole paragraph deleted: [start, end) is all of it)."""

    start: int
    end: int
    new: str
    revision: Revision
    joined: bool = False


@dataclass(frozen=True)
class NewParagraph:
    """An inserted paragraph: a heading (`level` > 0), an alinéa (numbered among its
    article's), or other text."""

    text: str
    level: int = 0
    alinea: bool = False


@dataclass(frozen=True)
class Added:
    """Whole paragraphs inserted at offset `at` of the text, between two paragraphs:
    new alinéas, or an additional article with its heading."""

    at: int
    paragraphs: tuple[NewParagraph, ...]
    revision: Revision


@dataclass(frozen=True)
class WordText:
    """One document as the Word file shows it: a section of its own."""

    title: str
    text: str
    blocks: tuple[Block, ...]
    remarks: tuple[Remark, ...]
    changes: tuple[Change, ...] = ()  # apart from each other, in no particular order
    added: tuple[Added, ...] = ()


def comment_text(note: str, tags: Sequence[str], *, page: int | None, document: bool) -> str:
    """The comment for an annotation: what it is on (for notes), the note, then the tags."""
    lines = [DOCUMENT_NOTE] if document else [PAGE_NOTE.format(page=page)] if page else []
    if note.strip():
        lines.append(note.strip())
    if tags:
        lines.append(TAGS_LABEL + TAG_JOIN.join(tags))
    return "\n".join(lines)


def initials(author: str) -> str:
    """ "Marie-Claire Dupont" -> "MCD", as Word derives them from the user name."""
    return "".join(word[0] for word in re.findall(r"[^\W\d_]+", author))[:4].upper()


def word_bytes(texts: Sequence[WordText], *, title: str, author: str) -> bytes:
    document = new_document()
    document.core_properties.title = xml_text(title)
    document.core_properties.author = xml_text(author)
    numbering = document.part.numbering_part.element
    first = numbering.find(qn("w:num"))
    abstract = parse_xml(_ALINEA_LEVEL)
    if first is not None:  # the schema wants every abstractNum before the nums
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    levels = range(DEEPEST_HEADING + 1)
    styles = {level: document.styles[_style_name(level)].style_id for level in levels}
    revisions = itertools.count(1)  # w:id of tracked changes, unique in the file
    for index, text in enumerate(texts):
        if index:
            document.add_section(WD_SECTION.NEW_PAGE)
        _Section(document, text, styles, numbering, revisions).write()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _style_name(level: int) -> str:
    return f"Heading {level}" if level else "Normal"


class _Section:
    """One document's text into the Word document, then its comments on its runs.

    Styles are set by id: python-docx's `style=` scans the style sheet on every call.
    """

    def __init__(
        self,
        document: WordDocument,
        text: WordText,
        styles: dict[int, str],
        numbering: CT_Numbering,
        revisions: Iterator[int],
    ) -> None:
        self.document = document
        self.revisions = revisions
        self.comments = _Comments(document)
        self.numbering = numbering
        self.list_id = 0  # the Word list of the current article's alinéas
        self.next_number = 0  # the number the next alinéa has in it
        self.text = text
        self.styles = styles
        # The element holding the run starting at each cut offset (the run itself, or the
        # w:del around it: a comment's marks stay outside tracked changes), and ending there.
        self.starts: dict[int, BaseOxmlElement] = {}
        self.ends: dict[int, BaseOxmlElement] = {}
        self.title_run: BaseOxmlElement | None = None  # set first thing in `write`
        self.block_starts = [block.start for block in text.blocks]
        self.block_ends = [block.end for block in text.blocks]
        self.deletions = sorted((c for c in text.changes if c.end > c.start), key=_start)
        self.deletion_starts = [change.start for change in self.deletions]
        self.insertions = {change.end: change for change in text.changes if change.new}
        self.joined = {change.end: change.revision for change in text.changes if change.joined}

    def write(self) -> None:
        title = self.document.add_paragraph()
        title._p.style = "Title"
        self.title_run = title.add_run(xml_text(self.text.title))._r
        placed = [(r, self._placed(r)) for r in self.text.remarks]
        changed = (offset for c in self.text.changes for offset in (c.start, c.end))
        cuts = sorted({*(offset for _, span in placed for offset in span), *changed})
        added = sorted(self.text.added, key=lambda a: a.at)
        for block in self.text.blocks:
            while added and added[0].at <= block.start:
                self._added(added.pop(0))
            self._paragraph(block, cuts)
        for rest in added:
            self._added(rest)
        for remark, span in placed:
            self._comment(remark, span)

    def _placed(self, remark: Remark) -> tuple[int, int]:
        """The remark's range moved inside the blocks (a quote may begin on a line end); a
        range of blanks only, the paragraph after it; (ON_TITLE, ON_TITLE) for the title."""
        blocks = self.text.blocks
        if remark.start == ON_TITLE or not blocks:
            return ON_TITLE, ON_TITLE
        first = bisect.bisect_right(self.block_ends, remark.start)
        last = bisect.bisect_left(self.block_starts, remark.end) - 1
        if first >= len(blocks) or last < first:
            block = blocks[min(first, len(blocks) - 1)]
            return block.start, block.end
        return max(blocks[first].start, remark.start), min(blocks[last].end, remark.end)

    def _paragraph(self, block: Block, cuts: list[int]) -> None:
        paragraph = self.document.add_paragraph()
        paragraph._p.style = self.styles[block.level]
        if block.number.isdigit():
            self._number(paragraph, int(block.number))
        elif block.level:
            self.next_number = 0  # a heading: the next alinéas are another article's
        inside = cuts[bisect.bisect_right(cuts, block.start) : bisect.bisect_left(cuts, block.end)]
        bounds = [block.start, *inside, block.end]
        for start, end in itertools.pairwise(bounds):
            self._inserted(paragraph, start)
            words = xml_text(_flat(self.text.text[start:end]))
            element = self._run(paragraph, words, self._deleted(start))
            self.starts[start] = element
            self.ends[end] = element
        self._inserted(paragraph, block.end)
        if block.end in self.joined:
            self._mark(paragraph, "w:del", self.joined[block.end])

    def _deleted(self, offset: int) -> Revision | None:
        """The revision deleting the words at `offset`, if a change deletes them."""
        index = bisect.bisect_right(self.deletion_starts, offset) - 1
        if index >= 0 and offset < self.deletions[index].end:
            return self.deletions[index].revision
        return None

    def _inserted(self, paragraph: Paragraph, offset: int) -> None:
        change = self.insertions.get(offset)
        if change is not None:
            self._run(paragraph, xml_text(change.new), change.revision, inserted=True)

    def _run(
        self, paragraph: Paragraph, words: str, revision: Revision | None, *, inserted: bool = False
    ) -> BaseOxmlElement:
        """A run of `words` at the paragraph's end (the text has no tab nor line end to
        convert: `Run.text` is slow); inside a w:del, or a w:ins, when a revision has it."""
        element = paragraph._p.add_r()
        if revision is None:
            element.add_t(words)
            return element
        text = OxmlElement("w:t" if inserted else "w:delText")
        text.text = words
        text.set(qn("xml:space"), "preserve")
        element.append(text)
        change = self._change("w:ins" if inserted else "w:del", revision)
        element.addprevious(change)
        change.append(element)
        return change

    def _change(self, tag: str, revision: Revision) -> BaseOxmlElement:
        attributes = {qn("w:id"): str(next(self.revisions)), qn("w:author"): revision.author}
        if (moment := revision.date) is not None:
            moment = moment.astimezone(UTC) if moment.tzinfo else moment
            attributes[qn("w:date")] = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
        return OxmlElement(tag, attrs=attributes)

    def _mark(self, paragraph: Paragraph, tag: str, revision: Revision) -> None:
        """The paragraph's mark inserted or deleted: it comes or goes with its paragraph."""
        properties = OxmlElement("w:rPr")
        properties.append(self._change(tag, revision))
        paragraph._p.get_or_add_pPr().append(properties)  # rPr is the last pPr child we set

    def _added(self, added: Added) -> None:
        for new in added.paragraphs:
            paragraph = self.document.add_paragraph()
            paragraph._p.style = self.styles[new.level]
            if new.level:
                self.next_number = 0
            elif new.alinea:
                self._number_added(paragraph)
            self._run(paragraph, xml_text(_flat(new.text)), added.revision, inserted=True)
            self._mark(paragraph, "w:ins", added.revision)

    def _number(self, paragraph: Paragraph, number: int) -> None:
        if number != self.next_number:  # a new article (or a gap): a list starting there
            listed = self.numbering.add_num(ALINEA_LIST)
            listed.add_lvlOverride(ilvl=0).add_startOverride(number)
            self.list_id = listed.numId
        self._listed(paragraph)
        self.next_number = number + 1

    def _number_added(self, paragraph: Paragraph) -> None:
        """A new alinéa in the article's list, the list's numbers unchanged: Word numbers
        it among the others, and renumbers the text as amended once accepted."""
        if not self.next_number:  # before the article's first alinéa, or a new article
            self._number(paragraph, 1)
        else:
            self._listed(paragraph)

    def _listed(self, paragraph: Paragraph) -> None:
        properties = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        properties.get_or_add_ilvl().val = 0
        properties.get_or_add_numId().val = self.list_id

    def _comment(self, remark: Remark, span: tuple[int, int]) -> None:
        if span[0] == ON_TITLE:
            first = last = self.title_run
        else:
            first, last = self.starts[span[0]], self.ends[span[1]]
        key = str(self.comments.add(remark).comment_id)
        reference = OxmlElement("w:r")
        reference.get_or_add_rPr().style = "CommentReference"
        reference.append(OxmlElement("w:commentReference", attrs={qn("w:id"): key}))
        first.addprevious(OxmlElement("w:commentRangeStart", attrs={qn("w:id"): key}))  # type: ignore[union-attr]
        last.addnext(reference)  # type: ignore[union-attr]
        last.addnext(OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): key}))  # type: ignore[union-attr]


class _Comments:
    """Comments added with ids of our own counting: python-docx looks for a free id among all
    the comments at each one, which made 2,000 comments take most of a 20 s export."""

    def __init__(self, document: WordDocument) -> None:
        self.part = document.part._comments_part
        self.element = self.part.element
        ids = [int(i) for i in self.element.xpath("./w:comment/@w:id")]
        self.next_id = max(ids, default=-1) + 1

    def add(self, remark: Remark) -> DocxComment:
        element = parse_xml(_COMMENT.format(id=self.next_id))
        self.next_id += 1
        self.element.append(element)
        element.author = xml_text(remark.author)
        element.initials = xml_text(initials(remark.author))
        if remark.date is not None:
            element.date = remark.date
        comment = DocxComment(element, self.part)
        lines = xml_text(remark.text).split("\n")
        comment.paragraphs[0].add_run(lines[0])
        for line in lines[1:]:
            comment.add_paragraph(line)
        return comment


def _start(change: Change) -> int:
    return change.start


def _flat(text: str) -> str:
    """A paragraph's text on one line: line ends, page breaks and tabs read as spaces."""
    return text.translate(_FLAT)


_FLAT = str.maketrans("\n\f\t\r\v", "     ")


# --- Reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Comment:
    """A comment of a Word file: its range in the file's text (paragraphs joined by "\n")."""

    id: str
    author: str
    text: str
    date: str
    start: int
    end: int


@dataclass(frozen=True)
class WordFile:
    text: str
    comments: tuple[Comment, ...]


@dataclass(frozen=True)
class Noted:
    """A comment's text read back: what our export added taken off again."""

    note: str
    tags: tuple[str, ...]
    page: int | None  # a page note's page
    document: bool  # a note on the whole document


def noted(text: str) -> Noted:
    lines = text.split("\n")
    page, document = None, False
    if lines and lines[0].strip() == DOCUMENT_NOTE:
        document, lines = True, lines[1:]
    elif lines and (match := _PAGE_NOTE.fullmatch(lines[0].strip())):
        page, lines = int(match.group(1)), lines[1:]
    tags: tuple[str, ...] = ()
    if lines and lines[-1].startswith(TAGS_LABEL):
        tags = tuple(t.strip() for t in lines[-1][len(TAGS_LABEL) :].split(TAG_JOIN.strip()))
        lines = lines[:-1]
    return Noted("\n".join(lines).strip(), tuple(t for t in tags if t), page, document)


def looks_like_word(path: Path) -> bool:
    """Whether a file is meant as a Word file: named so, or a ZIP holding word/document.xml."""
    if Path(path).suffix.lower() in {".docx", ".docm"}:
        return True
    if not Path(path).is_file():  # a pipe would block the reading: the PDF path says why
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return "word/document.xml" in archive.namelist()
    except (OSError, zipfile.BadZipFile, ValueError):
        return False


def read_word(path: Path) -> WordFile:
    """The text and comments of a Word file; a clear ReviewerError for anything else."""
    path = Path(path)
    name = path.name
    try:
        if not path.is_file():
            raise ReviewerError(
                tr("{name} is not a regular file: choose a Word (.docx) file", name=name)
            )
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ReviewerError(
                tr(
                    "{name} is too large for a Word text ({megabytes} MB)",
                    name=name,
                    megabytes=size // 2**20,
                )
            )
        with path.open("rb") as handle:
            if handle.read(len(_OLE)) == _OLE:
                raise ReviewerError(
                    tr(
                        "{name} is password-protected (or an old .doc): open it in Word, "
                        "remove the password or save it as .docx, then import it again",
                        name=name,
                    )
                )
        with zipfile.ZipFile(path) as archive:
            document = _part(archive, "word/document.xml", name)
            comments = _part(archive, "word/comments.xml", name, required=False)
    except zipfile.BadZipFile:
        raise ReviewerError(tr("{name} is not a Word file, or it is damaged", name=name)) from None
    except OSError as error:
        raise ReviewerError(
            tr("cannot read {name}: {reason}", name=name, reason=error.strerror or error)
        ) from None
    text, ranges = _body(_xml(document, name))
    found = _comments(_xml(comments, name), ranges) if comments else ()
    return WordFile(text, found)


def _part(archive: zipfile.ZipFile, member: str, name: str, *, required: bool = True) -> bytes:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ReviewerError(
            tr("{name} holds {count} parts: not a Word text", name=name, count=len(infos))
        )
    info = next((i for i in infos if i.filename == member), None)
    if info is None:
        if required:
            raise ReviewerError(
                tr(
                    "{name} is not a Word file, or it is damaged (no {member})",
                    name=name,
                    member=member,
                )
            )
        return b""
    if info.file_size > MAX_PART_BYTES or info.file_size > MAX_RATIO * max(
        info.compress_size, 1024
    ):
        raise ReviewerError(
            tr(
                "{name}: {member} unpacks to too much to be a text (a zip bomb?)",
                name=name,
                member=member,
            )
        )
    try:
        with archive.open(info) as handle:
            data = handle.read(MAX_PART_BYTES + 1)
    except (zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError) as error:
        raise ReviewerError(tr("{name} is damaged: {error}", name=name, error=error)) from None
    if len(data) > MAX_PART_BYTES:
        raise ReviewerError(
            tr("{name}: {member} unpacks to too much to be a text", name=name, member=member)
        )
    return data


def _xml(data: bytes, name: str) -> etree._Element:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise ReviewerError(tr("{name} is damaged: {error}", name=name, error=error)) from None


_SPACES = {f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"}
# Tracked changes are read as the text was before them (deleted words in, inserted ones
# out): the text the library has, when the changes are drafts of its own or a colleague's.
_SKIPPED = {f"{_W}ins", f"{_W}instrText", f"{_W}rPr", f"{_W}pPr"}
_WORDS = {f"{_W}t", f"{_W}delText"}


class _Reader:
    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.starts: dict[str, int] = {}
        self.ends: dict[str, int] = {}
        self.references: dict[str, int] = {}

    def add(self, text: str) -> None:
        self.pieces.append(text)
        self.length += len(text)

    def walk(self, element: etree._Element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED:
                continue
            if tag in _WORDS:
                self.add(child.text or "")
            elif tag in _SPACES:
                self.add(" ")
            elif tag == f"{_W}commentRangeStart":
                self.starts[child.get(f"{_W}id", "")] = self.length
            elif tag == f"{_W}commentRangeEnd":
                self.ends[child.get(f"{_W}id", "")] = self.length
            elif tag == f"{_W}commentReference":
                self.references[child.get(f"{_W}id", "")] = self.length
            else:
                self.walk(child)
                if tag == f"{_W}p":
                    self.add("\n")


def _body(root: etree._Element) -> tuple[str, dict[str, tuple[int, int]]]:
    reader = _Reader()
    body = root.find(f"{_W}body")
    if body is not None:
        reader.walk(body)
    ranges = {}
    for key, at in reader.references.items():
        start = reader.starts.get(key, at)
        ranges[key] = (start, max(start, reader.ends.get(key, at)))
    for key, start in reader.starts.items():
        if key not in ranges:
            ranges[key] = (start, max(start, reader.ends.get(key, start)))
    return "".join(reader.pieces), ranges


def _comments(root: etree._Element, ranges: dict[str, tuple[int, int]]) -> tuple[Comment, ...]:
    found = []
    for element in root.iter(f"{_W}comment"):
        key = element.get(f"{_W}id", "")
        paragraphs = [
            "".join(t.text or "" for t in p.iter(f"{_W}t")) for p in element.iter(f"{_W}p")
        ]
        start, end = ranges.get(key, (0, 0))
        found.append(
            Comment(
                id=key,
                author=element.get(f"{_W}author", ""),
                text="\n".join(paragraphs).strip(),
                date=element.get(f"{_W}date", ""),
                start=start,
                end=end,
            )
        )
    return tuple(found)
