"""Saved amendment drafts as Word tracked changes on the exported text.

Each draft's dispositif is applied by the drafting engine to its article, as the draft's
preview is; the article's lines before and after (heading, then one alinéa a line) are
matched, changed alinéas compared word by word (the engine's word diff), and each
difference placed on the words of the document text it stands for: deleted words, new
words, deleted or new paragraphs. A draft that cannot be placed so (the engine cannot apply
it, its words are not where the text has them, another draft changes the same words) is not
written as changes but said: a comment on its article, and a warning of the export.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core.drafting import SavedDraft
from reviewer.core.i18n import tr
from reviewer.core.structure import Section
from reviewer.drafting import apply_dispositif
from reviewer.drafting.diff import word_diff
from reviewer.drafting.model import Op
from reviewer.drafting.text import ArticleText, article_text, articles, canonical_article
from reviewer.export.word import (
    DRAFT_NOTE,
    ON_TITLE,
    Added,
    Block,
    Change,
    NewParagraph,
    Remark,
    Revision,
)

ARTICLE_LEVEL = 3  # an additional article's heading, when its neighbour's is not found
# What the export text of a page break or a running page number may hold between two
# words of an alinéa, which the engine's one-line alinéa leaves out.
_FURNITURE = re.compile(r"[\s\d–—-]")


class NotPlaced(ValueError):
    """A draft whose changes cannot be placed on the exported text; the message says why."""


@dataclass(frozen=True)
class Tracked:
    """The drafts of one document as the Word file holds them."""

    changes: tuple[Change, ...]
    added: tuple[Added, ...]
    remarks: tuple[Remark, ...]  # a comment on the article of each draft not written
    written: int  # drafts written as tracked changes
    warnings: tuple[str, ...]  # why each other draft is not


@dataclass(frozen=True)
class _Placed:
    changes: list[Change]
    added: list[Added]


def tracked(
    text: str,
    structure: Sequence[Section],
    blocks: Sequence[Block],
    drafts: Sequence[tuple[SavedDraft, Revision]],
) -> Tracked:
    """The drafts (each with who made it and when) as changes on the document text."""
    where = _Where(text, structure, blocks)
    changes: list[Change] = []
    added: list[Added] = []
    remarks: list[Remark] = []
    warnings: list[str] = []
    for draft, revision in drafts:
        try:
            placed = where.placed(draft, revision)
            _apart(placed.changes, changes)
        except NotPlaced as why:
            warnings.append(
                tr("{name}: not written as tracked changes ({why})", name=_name(draft), why=why)
            )
            remarks.append(where.remark(draft, revision, str(why)))
            continue
        changes += placed.changes
        added += placed.added
    # New alinéas at the end of an article go before an additional article placed after it.
    added.sort(key=lambda new: new.paragraphs[0].level > 0)
    return Tracked(tuple(changes), tuple(added), tuple(remarks), len(drafts) - len(remarks),
                   tuple(warnings))  # fmt: skip


def _name(draft: SavedDraft) -> str:
    where = f", alinéa {draft.alinea}" if draft.alinea else ""
    return tr(
        "draft {id} ({heading}{where}, {op})",
        id=draft.id,
        heading=draft.heading.capitalize(),
        where=where,
        op=draft.op,
    )


def _apart(new: Sequence[Change], kept: Sequence[Change]) -> None:
    """NotPlaced if a change of a draft touches words another draft's change touches."""
    for change in new:
        for other in kept:
            overlap = change.start < other.end and other.start < change.end
            inside = any(a.start == a.end and b.start < a.start < b.end
                         for a, b in ((change, other), (other, change)))  # fmt: skip
            same_place = bool(change.new and other.new) and change.end == other.end
            if overlap or inside or same_place:
                raise NotPlaced(tr("another draft changes the same words"))


class _Where:
    """The document text's articles, and the paragraphs of the export that hold them."""

    def __init__(self, text: str, structure: Sequence[Section], blocks: Sequence[Block]):
        self.text = text
        self.articles = {s.label.casefold(): s for s in articles(structure)}
        self.blocks = blocks
        self.starts = [block.start for block in blocks]

    def placed(self, draft: SavedDraft, revision: Revision) -> _Placed:
        section = self.articles.get(canonical_article(draft.article).casefold())
        article = article_text(section, self.text) if section is not None else None
        additional = draft.op == Op.ADDITIONAL_ARTICLE
        label = _place(draft) if additional else draft.article
        applied = apply_dispositif(article, label, draft.dispositif, style=draft.style or None)
        if not applied.applied:
            raise NotPlaced(applied.reason)
        if section is None or article is None:
            raise NotPlaced(tr("{article} is not in this text", article=draft.article))
        if additional:
            return _Placed([], [self._additional(draft, section, applied.after, revision)])
        return self._compared(section, article, applied.after, revision)

    def _additional(self, draft: SavedDraft, section: Section, after: str,
                    revision: Revision) -> Added:  # fmt: skip
        """The new article after its neighbour (or before it), with a heading of its own."""
        heading = self._block(section.start, section.end)
        level = heading.level if heading is not None else ARTICLE_LEVEL
        before = _is_before(draft)
        at = section.start if before else self._end(section)
        place = _place(draft)
        title = f"Article additionnel {place[0].lower()}{place[1:]}"
        lines = [NewParagraph(line, alinea=True) for line in after.split("\n") if line.strip()]
        return Added(at, (NewParagraph(title, level), *lines), revision)

    def _end(self, section: Section) -> int:
        """Where an article's last paragraph ends in the export."""
        index = bisect.bisect_left(self.starts, section.end) - 1
        return self.blocks[index].end if index >= 0 else section.end

    def _compared(self, section: Section, article: ArticleText, after: str,
                  revision: Revision) -> _Placed:  # fmt: skip
        old = article.render().split("\n")
        new = after.split("\n") if after else []  # "": the article deleted
        lines = [self._block(section.start, section.end)] + [
            self._block(child.start, child.end) for child in section.children
        ]
        if any(block is None for block in lines):
            raise NotPlaced(tr("the article's paragraphs are not found in the exported text"))
        placed = _Placed([], [])
        matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            paired = min(i2 - i1, j2 - j1)
            for offset in range(paired):
                block = lines[i1 + offset]
                placed.changes.extend(
                    self._words(old[i1 + offset], new[j1 + offset], block, revision)
                )
            for index in range(i1 + paired, i2):
                block = lines[index]
                placed.changes.append(Change(block.start, block.end, "", revision, joined=True))
            if j2 > j1 + paired:
                # New alinéas after the last one kept: after the heading when none is.
                at = lines[i1 + paired - 1].end if i1 + paired else lines[0].start
                new_ones = tuple(NewParagraph(line, alinea=True) for line in new[j1 + paired : j2])
                placed.added.append(Added(at, new_ones, revision))
        return placed

    def _block(self, start: int, end: int) -> Block | None:
        """The export's paragraph beginning in [start, end)."""
        index = bisect.bisect_left(self.starts, start)
        if index < len(self.blocks) and self.blocks[index].start < end:
            return self.blocks[index]
        return None

    def _words(self, old: str, new: str, block: Block, revision: Revision) -> list[Change]:
        """One alinéa's word changes, on the words of the document text it is made of."""
        raw = self.text[block.start : block.end]
        at = _positions(old, raw)
        if at is None:
            raise NotPlaced(tr("the alinéa's words are not found in the exported text"))
        changes = []
        for start, end, words in _differences(old, new):
            first, last = block.start + at[start], block.start + at[end]
            if _same(self.text[first:last]) != _same(old[start:end]):
                raise NotPlaced(tr("the changed words are not found in the exported text"))
            changes.append(Change(first, last, words, revision))
        return changes

    def remark(self, draft: SavedDraft, revision: Revision, why: str) -> Remark:
        """A comment on the draft's article (on the title when the text has no such
        article): the draft not written, and its dispositif."""
        section = self.articles.get(canonical_article(draft.article).casefold())
        block = self._block(section.start, section.end) if section is not None else None
        start, end = (block.start, block.end) if block is not None else (ON_TITLE, ON_TITLE)
        note = f"{DRAFT_NOTE}{draft.heading} — {why}\n{draft.dispositif}"
        return Remark(start, end, note, revision.author, revision.date)


def _place(draft: SavedDraft) -> str:
    """An additional article's place as the engine reads it: "Après l’article 7"."""
    word = "Avant" if _is_before(draft) else "Après"
    return f"{word} l’{canonical_article(draft.article).lower()}"


def _is_before(draft: SavedDraft) -> bool:
    # The saved draft keeps its place in its heading: "ARTICLE ADDITIONNEL AVANT L’ARTICLE 7".
    return draft.heading.upper().startswith("ARTICLE ADDITIONNEL AVANT")


def _differences(old: str, new: str) -> list[tuple[int, int, str]]:
    """The word diff of an alinéa as (start, end, new words): [start, end) of `old`
    replaced by the new words (start == end: inserted; no words: deleted)."""
    found: list[tuple[int, int, str]] = []
    at, start, words = 0, None, ""
    for segment in word_diff(old, new):
        if segment.kind == "=":
            if start is not None:
                found.append((start, at, words))
                start, words = None, ""
            at += len(segment.text)
            continue
        start = at if start is None else start
        if segment.kind == "-":
            at += len(segment.text)
        else:
            words += segment.text
    if start is not None:
        found.append((start, at, words))
    return found


def _positions(line: str, raw: str) -> list[int] | None:
    """Where each offset of the engine's one-line alinéa is in the document text it comes
    from (whose lines, spaces and page breaks the engine's line evens out); None if its
    characters do not follow each other there."""
    at: list[int] = []
    j = 0
    for character in line:
        if character.isspace():  # right after the word before: the text's spaces follow
            at.append(j)
            continue
        while j < len(raw) and raw[j] != character:
            if not _FURNITURE.match(raw[j]):
                return None
            j += 1
        if j == len(raw):
            return None
        at.append(j)
        j += 1
    at.append(j)
    return at


def _same(words: str) -> str:
    return " ".join(words.split())
