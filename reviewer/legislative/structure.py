"""The outline of a legislative text (TITRE, CHAPITRE, Article, alinéa...) with its offsets.

Offsets are positions in the document text, the page texts joined by a form feed: the same
convention as annotation positions, so `locate` can say where an annotation falls.
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections.abc import Container, Sequence
from dataclasses import dataclass, field

from reviewer.core.structure import Section
from reviewer.legislative.patterns import LATIN_SUFFIXES, Rule, Use, rules

PAGE_BREAK = "\f"

_UNITS = rules(Use.UNIT)
_ARTICLE_DEPTH = 5  # the weight of the "article" rows in the table
# Units above the article: a reference starts at the article when there is one.
_DIVISIONS = frozenset({"partie", "titre", "chapitre", "section", "sous-section"})
_SECTION_KIND = {"marge": "alinéa"}  # an alinéa numbered in the margin is still an alinéa
_TITLE_MAX = 200  # a longer "next line" is body text, not the title of a division
_LOWERED = frozenset({*LATIN_SUFFIXES, "liminaire", "unique", "préliminaire"})


def document_text(pages: Sequence[str]) -> str:
    return PAGE_BREAK.join(pages)


def detect_structure(pages: Sequence[str], *, alineas: bool = True) -> tuple[Section, ...]:
    """The tree of units of a document, in reading order.

    An article's children are its alinéas: the numbers printed in the margin where the
    source has them, else (if `alineas`) its paragraphs as the chambers count them.
    """
    text = document_text(pages)
    starts = _page_starts(pages)
    roots = _tree(_hits(text), len(text))
    return tuple(_freeze(node, text, starts, alineas=alineas) for node in roots)


def locate(structure: Sequence[Section], offset: int, *, short: bool = False) -> str | None:
    """Where `offset` falls: "Article 7, alinéa 3" ("Art. 7, al. 3" if `short`), or None."""
    chain: list[Section] = []
    level = structure
    while (unit := _containing(level, offset)) is not None:
        chain.append(unit)
        level = unit.children
    if not chain:
        return None
    first = next((i for i, unit in enumerate(chain) if unit.kind not in _DIVISIONS), 0)
    return ", ".join(unit.short if short else unit.label for unit in chain[first:])


def article_label(num: str, pos: str = "") -> str:
    """ "7 BIS" -> "Article 7 bis", "premier" -> "Article 1er"; `pos` "APRÈS": "Après l'article"."""
    words = num.split()
    if words[0].lower() in ("premier", "1er"):
        words[0] = "1er"
    number = " ".join(word.lower() if word.lower() in _LOWERED else word for word in words)
    if pos:
        return f"{pos.capitalize()} l'article {number}"
    return f"Article {number}"


# --- Finding headings ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Hit:
    rule: Rule
    start: int
    num: str
    pos: str
    title: str

    @property
    def depth(self) -> float:
        return self.rule.weight


def _hits(text: str) -> list[_Hit]:
    """Every heading, in order; where two rows match at one place, the outer unit wins."""
    # Unit rows match from the newline before a heading, hence the one in front; page breaks
    # end lines too. Offsets in `scan` are then one more than in the text.
    scan = "\n" + text.replace(PAGE_BREAK, "\n")
    found: dict[int, tuple[Rule, re.Match[str]]] = {}
    for rule in _UNITS:
        for match in rule.pattern.finditer(scan):
            start = match.start("head")
            if start not in found or rule.weight < found[start][0].weight:
                found[start] = (rule, match)
    return [_hit(rule, match, scan, found) for _, (rule, match) in sorted(found.items())]


def _hit(rule: Rule, match: re.Match[str], scan: str, headings: Container[int]) -> _Hit:
    groups = match.groupdict()
    title = (groups.get("title") or "").strip()
    if not title and rule.name in _DIVISIONS:
        title = _next_line(scan, match.end("head"), headings)
    start = match.start("head") - 1
    return _Hit(rule, start, groups.get("num") or "", groups.get("pos") or "", title)


def _next_line(scan: str, after: int, headings: Container[int]) -> str:
    """The line after a division's heading is its title ("TITRE Ier" / "DISPOSITIONS...")."""
    line_end = scan.find("\n", after)
    if line_end < 0:
        return ""
    start = line_end + 1
    while start < len(scan) and scan[start].isspace():
        start += 1
    end = scan.find("\n", start)
    line = scan[start : end if end >= 0 else len(scan)].strip()
    if start in headings or len(line) > _TITLE_MAX:
        return ""
    return line


# --- Building the tree --------------------------------------------------------------------


@dataclass(eq=False)
class _Node:
    hit: _Hit
    end: int = 0
    children: list[_Node] = field(default_factory=list)
    margins: int = 0  # for an article: how many margin-numbered alinéas it has so far

    @property
    def depth(self) -> float:
        return self.hit.depth


def _tree(hits: Sequence[_Hit], length: int) -> list[_Node]:
    """Nest the headings: a unit runs until the next one at its depth or above."""
    roots: list[_Node] = []
    stack: list[_Node] = []  # the open units, outermost first, depths increasing
    for hit in hits:
        keep = sum(1 for node in stack if node.depth < hit.depth)
        if not _admit(stack[:keep], hit):
            continue
        for node in stack[keep:]:
            node.end = hit.start
        del stack[keep:]
        node = _Node(hit)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    for node in stack:
        node.end = length
    return roots


def _admit(ancestors: Sequence[_Node], hit: _Hit) -> bool:
    """Whether `hit` opens a unit under `ancestors`; counts an article's margin numbers.

    Parts of an article exist only inside an article (a "1°" in an exposé is prose). Margin
    numbers must run 1, 2, 3... and, where present, they are the alinéas: the "1°" and
    "I. –" they number are then part of them rather than units of their own.
    """
    if hit.depth <= _ARTICLE_DEPTH:
        return True
    article = next((n for n in reversed(ancestors) if n.hit.rule.name == "article"), None)
    if article is None:
        return False
    if hit.rule.name != "marge":
        return article.margins == 0
    if int(hit.num) != article.margins + 1:
        return False
    article.margins += 1
    return True


def _freeze(node: _Node, text: str, page_starts: Sequence[int], *, alineas: bool) -> Section:
    hit = node.hit
    end = _trimmed_end(text, hit.start, node.end)
    children = tuple(_freeze(child, text, page_starts, alineas=alineas) for child in node.children)
    if alineas and hit.rule.name == "article" and node.margins == 0:
        children = _counted_alineas(text, hit.start, end, page_starts)
    return Section(
        kind=_SECTION_KIND.get(hit.rule.name, hit.rule.name),
        label=_label(hit),
        title=hit.title,
        page=bisect.bisect_right(page_starts, hit.start),
        start=hit.start,
        end=end,
        children=children,
    )


def _trimmed_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _counted_alineas(
    text: str, start: int, end: int, page_starts: Sequence[int]
) -> tuple[Section, ...]:
    """An article's paragraphs as alinéas 1, 2, 3..., from the line after its heading."""
    body = text.find("\n", start, end)
    if body < 0:
        return ()
    bounds = [*alineas(text, body + 1, end), end]
    return tuple(
        Section(
            kind="alinéa",
            label=f"alinéa {number}",
            title="",
            page=bisect.bisect_right(page_starts, first),
            start=first,
            end=_trimmed_end(text, first, after),
            children=(),
        )
        for number, (first, after) in enumerate(itertools.pairwise(bounds), start=1)
    )


def _label(hit: _Hit) -> str:
    name = hit.rule.name
    if name == "article":
        return article_label(hit.num, hit.pos)
    if name in ("alinéa", "marge"):
        return "alinéa " + " ".join(hit.num.replace("°", " ").split()).lower()
    if name == "paragraphe":
        return hit.num
    if name == "partie":
        return f"{hit.num.capitalize()} partie"
    if name in _DIVISIONS:
        return f"{name.capitalize()} {_division_number(hit.num)}"
    return name.capitalize()


def _division_number(num: str) -> str:
    """ "IER" -> "Ier", "PRÉLIMINAIRE" -> "préliminaire", "II" and "2" unchanged."""
    if num.lower() in _LOWERED:
        return num.lower()
    if num.upper().endswith("ER"):
        return num[:-2] + "er"
    return num


# --- Offsets ------------------------------------------------------------------------------


def _page_starts(pages: Sequence[str]) -> list[int]:
    starts = [0]
    for page in pages[:-1]:
        starts.append(starts[-1] + len(page) + len(PAGE_BREAK))
    return starts


def _containing(units: Sequence[Section], offset: int) -> Section | None:
    index = bisect.bisect_right(units, offset, key=lambda unit: unit.start) - 1
    if index >= 0 and offset < units[index].end:
        return units[index]
    return None


# --- Alinéas ------------------------------------------------------------------------------

# The chambers count every paragraph of an article's text as one alinéa (a quoted block of
# several paragraphs counts each; the heading is not one). Text extraction gives lines, not
# paragraphs: a line opens a paragraph after a blank line, or when the line before it closes
# a sentence and either it starts an enumeration ("1°", "II. –", "a)") or the line before it
# stops short of the right margin (a paragraph's last line), and it starts as prose does.
_CLOSES = ".;:!?»”)"
# An enumeration opens an alinéa whatever ends the line before (a table, a quotation): "1° Le",
# "II. – Un", "a) Les"; "2° du B du I" is a reference running on.
_ENUMERATION = re.compile(
    r"(?:[0-9]{1,3}°(?:\s*(?:bis|ter|quater))?|[IVXLC]{1,6}\.?\s*[–—-]|[A-Z]\.\s*[–—-]|[a-z]{1,2}\))"
    r"\s+[«A-ZÀ-ÖØ-Þ]"
)
_OPENS = re.compile(r"[«“\"(\[–—-]|[^\W\d_]*[A-ZÀ-ÖØ-Þ]|[0-9]{1,3}°")
# "article L." or "n°" at a line's end is a reference going on, not a sentence ending.
_ABBREVIATED = re.compile(r"(?:\b[A-Z]|\b[Aa]rt|\bn°|\bp)\.$")
_RUNNING = re.compile(r"[\s\d–—-]+")  # page numbers and rules at a page break
# A line under this share of the article's full lines ends its paragraph.
_SHORT_LINE = 0.88


def alineas(text: str, start: int, end: int) -> list[int]:
    """Offsets where the paragraphs of `text[start:end]` begin (the first line's start first)."""
    lines = [line for line in _lines(text, start, end) if not _RUNNING.fullmatch(line[1])]
    while lines and not lines[0][1]:
        del lines[0]
    if not lines:
        return []
    full = _full_width([line for _, line in lines])
    starts = [lines[0][0]]
    for (_, before), (offset, line) in itertools.pairwise(lines):
        new_page = text[offset - 1] == PAGE_BREAK
        if _opens_paragraph(before, line, full, new_page=new_page):
            starts.append(offset)
    return starts


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, line) for the lines of text[start:end]; a blank line stays, as ""."""
    found = []
    for match in re.finditer(r"[^\n\f]*", text[start:end]):
        if match.start() and match.start() == match.end():
            continue  # the empty match after each line
        found.append((start + match.start() + _indent(match.group()), match.group().strip()))
    return found


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _full_width(lines: Sequence[str]) -> float:
    """The length of the article's full lines (its long ones), in characters."""
    lengths = sorted(len(line) for line in lines if line)
    return (
        float(lengths[int(len(lengths) * 0.8)])
        if len(lengths) >= 3
        else statistics.fmean(lengths or [0])
    )


def _opens_paragraph(before: str, line: str, full: float, *, new_page: bool) -> bool:
    if not line:
        return False
    if not before or _ENUMERATION.match(line):
        return True
    if before[-1] not in _CLOSES or _ABBREVIATED.search(before) or not _OPENS.match(line):
        return False
    if new_page:
        return True
    # A quotation's next paragraph opens with « (after "les mots :" it is the same sentence).
    if line[0] in "«“" and before[-1] != ":":
        return True
    return len(before) < _SHORT_LINE * full
