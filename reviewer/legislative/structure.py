"""The outline of a legislative text (TITRE, CHAPITRE, Article, alinéa...) with its offsets.

Offsets are positions in the document text, the page texts joined by a form feed: the same
convention as annotation positions, so `locate` can say where an annotation falls.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field

from reviewer.legislative.patterns import LATIN_SUFFIXES, Rule, Use, rules

PAGE_BREAK = "\f"

_UNITS = rules(Use.UNIT)
_ARTICLE_DEPTH = 5  # the weight of the "article" rows in the table
# Units above the article: a reference starts at the article when there is one.
_DIVISIONS = frozenset({"partie", "titre", "chapitre", "section", "sous-section"})
_SECTION_KIND = {"marge": "alinéa"}  # an alinéa numbered in the margin is still an alinéa
_TITLE_MAX = 200  # a longer "next line" is body text, not the title of a division
_LOWERED = frozenset({*LATIN_SUFFIXES, "liminaire", "unique", "préliminaire"})
_SHORT = (
    ("Article ", "Art. "),
    ("alinéa ", "al. "),
    ("Chapitre ", "Chap. "),
    ("Sous-section ", "Sous-sect. "),
    ("Section ", "Sect. "),
    ("Après l'article ", "Après l'art. "),
    ("Avant l'article ", "Avant l'art. "),
)


@dataclass(frozen=True)
class Section:
    """One unit of the text; `start`/`end` are document-text offsets, `page` is 1-based."""

    kind: str  # "titre", "chapitre", "article", "alinéa", "exposé sommaire"...
    label: str  # "Article 7 bis", "alinéa 3", "Exposé sommaire"
    title: str  # "Dispositions finales", or ""
    page: int
    start: int  # where the heading begins
    end: int  # just after the last non-blank character of the unit
    children: tuple[Section, ...] = ()

    @property
    def short(self) -> str:
        """The label as reports abbreviate it: "Art. 7 bis", "al. 3"."""
        for long, short in _SHORT:
            if self.label.startswith(long):
                return short + self.label[len(long) :]
        return self.label


def document_text(pages: Sequence[str]) -> str:
    return PAGE_BREAK.join(pages)


def detect_structure(pages: Sequence[str]) -> tuple[Section, ...]:
    """The tree of units of a document, in reading order."""
    text = document_text(pages)
    starts = _page_starts(pages)
    return tuple(_freeze(node, text, starts) for node in _tree(_hits(text), len(text)))


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


def _freeze(node: _Node, text: str, page_starts: Sequence[int]) -> Section:
    hit = node.hit
    end = node.end
    while end > hit.start and text[end - 1].isspace():
        end -= 1
    return Section(
        kind=_SECTION_KIND.get(hit.rule.name, hit.rule.name),
        label=_label(hit),
        title=hit.title,
        page=bisect.bisect_right(page_starts, hit.start),
        start=hit.start,
        end=end,
        children=tuple(_freeze(child, text, page_starts) for child in node.children),
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
