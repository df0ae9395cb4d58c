"""Amend a document the way Parliament does, and know where every passage of it went.

`amend` applies seeded, realistic operations to a document's blocks: words and sentences
replaced, inserted or deleted, articles inserted or deleted (with the following ones
renumbered, or numbered "bis" as the other practice does), text moved between articles,
paragraphs split or merged so that lines and pages fall elsewhere. Every character of the
new version remembers where it came from in the old one, so the fate of any passage of
the old version is known exactly: it survives untouched at a known place, it was touched
(some of its words changed), or it was deleted. That is the ground truth a benchmark of
annotation carrying is measured against.

Offsets are in a document's text: its blocks joined by a line break (`text_of`).
`places` finds such spans in the text extracted from the document's PDF.
"""

from __future__ import annotations

import bisect
import itertools
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from reviewer.pdf import Block
from reviewer.samples import vocabulary as vocab
from reviewer.samples.legislative import Document, bill

SEPARATOR = "\n"  # between two blocks in a document's text
CONTEXT = 300  # characters around a passage that must be the same in the PDF's text: repeated
# provisions are long, a shorter context mistakes one repeat for another
_WORD = re.compile(r"\S+")
# A sentence ends with ".", "!" or "?" (maybe closing a quote) before a capital or a quote;
# "M.", "L." or "I." are abbreviations and numbers, not ends.
_SENTENCE_END = re.compile(r"(?<=\S\S[.!?]|[.!?] »)(?<!Art\.) (?=[«A-ZÀÂÉÈÊÎÔÛÇ])")
_ARTICLE = re.compile(r"Article (premier|\d+)(?: (bis|ter|quater|quinquies|sexies))?")
_SUFFIXES = ("", "bis", "ter", "quater", "quinquies", "sexies")
_DIVISIONS = frozenset({"h1", "h2", "h3", "center"})  # blocks that end an article


def text_of(document: Document) -> str:
    return SEPARATOR.join(block.text for block in document.blocks)


# --- Passages and their fate ----------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """Characters [start, end) of a document's text; `block` holds the start."""

    block: int
    start: int
    end: int


@dataclass(frozen=True)
class PlannedPassage:
    """A passage of the old version a reader highlights."""

    key: str
    span: Span
    text: str


class Fate(StrEnum):
    SURVIVES = "survives"  # the same text, untouched, at `Truth.place`
    TOUCHED = "touched"  # some of its words changed: never "exact"
    DELETED = "deleted"  # none of its text is left


@dataclass(frozen=True)
class Truth:
    """What became of a passage. `place`: where it survives, or what is left of it."""

    passage: PlannedPassage
    fate: Fate
    place: Span | None


@dataclass(frozen=True)
class Edit:
    """One operation applied: its kind, the block it started at (new version), a summary."""

    kind: str
    block: int
    detail: str


@dataclass(frozen=True)
class Run:
    """A run of the new version's text: copied from `origin` on in the old one, or new."""

    length: int
    origin: int | None


@dataclass(frozen=True)
class Amended:
    """The old and new versions, the edits between them, and where old text went."""

    old: Document
    new: Document
    edits: tuple[Edit, ...]
    runs: tuple[Run, ...]

    def truth(self, passages: Sequence[PlannedPassage]) -> list[Truth]:
        copied = _Copies(self.runs, text_of(self.new))
        return [copied.fate(passage) for passage in passages]


class _Copies:
    """The copied runs of the new text, by old offset, to follow passages."""

    def __init__(self, runs: Sequence[Run], text: str) -> None:
        self.breaks = _block_starts(text)
        copies, position = [], 0
        for run in runs:
            if run.origin is not None:
                copies.append((run.origin, position, run.length))
            position += run.length
        copies.sort()
        self.copies = copies
        self.origins = [origin for origin, _, _ in copies]

    def fate(self, passage: PlannedPassage) -> Truth:
        start, end = passage.span.start, passage.span.end
        first = max(0, bisect.bisect_right(self.origins, start) - 1)
        pieces = []  # (new start, new end) of each copied part, in old order
        for origin, position, length in self.copies[first:]:
            if origin >= end:
                break
            low, high = max(origin, start), min(origin + length, end)
            if low < high:
                pieces.append((position + low - origin, position + high - origin))
        if not pieces:
            return Truth(passage, Fate.DELETED, None)
        whole = sum(b - a for a, b in pieces) == end - start and all(
            later[0] == earlier[1] for earlier, later in itertools.pairwise(pieces)
        )
        low, high = min(a for a, _ in pieces), max(b for _, b in pieces)
        place = Span(bisect.bisect_right(self.breaks, low) - 1, low, high)
        return Truth(passage, Fate.SURVIVES if whole else Fate.TOUCHED, place)


def _block_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in re.finditer(SEPARATOR, text))]


def choose_passages(document: Document, seed: int, count: int) -> list[PlannedPassage]:
    """`count` distinct passages of paragraphs, a few words to two sentences, in text order.

    Long paragraphs get more of them, as they would from a reader; long passages cross
    a line or a page break on their own.
    """
    rng = random.Random(seed)
    starts = _block_starts(text_of(document))
    paragraphs = [i for i, b in enumerate(document.blocks) if _is_paragraph(b, words=4)]
    weights = [len(document.blocks[i].text) for i in paragraphs]
    chosen: dict[tuple[int, int], PlannedPassage] = {}
    for _ in range(count * 20):
        if len(chosen) == count or not paragraphs:
            break
        index = rng.choices(paragraphs, weights=weights)[0]
        low, high = _passage_in(rng, document.blocks[index].text)
        span = Span(index, starts[index] + low, starts[index] + high)
        text = document.blocks[index].text[low:high]
        chosen.setdefault((span.start, span.end), PlannedPassage("", span, text))
    ordered = sorted(chosen.values(), key=lambda p: (p.span.start, p.span.end))
    return [replace(p, key=f"p{number:04d}") for number, p in enumerate(ordered, start=1)]


def _is_paragraph(block: Block, *, words: int) -> bool:
    return block.style == "p" and len(block.text.split()) >= words


def _passage_in(rng: random.Random, text: str) -> tuple[int, int]:
    """Some words (most often), one sentence, or two."""
    sentences = _sentences(text)
    draw = rng.random()
    if draw < 0.15 and len(sentences) >= 2:
        first = rng.randrange(len(sentences) - 1)
        return sentences[first][0], sentences[first + 1][1]
    if draw < 0.45:
        return rng.choice(sentences)
    words = [match.span() for match in _WORD.finditer(text)]
    size = min(len(words), rng.randint(3, 12))
    first = rng.randrange(len(words) - size + 1)
    return words[first][0], words[first + size - 1][1]


def _sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph as [start, end) offsets, without the spaces between."""
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return bounds


# --- Finding passages in a PDF's text ---------------------------------------------------------


class _Words:
    """A text with its whitespace collapsed to single spaces, and the way back.

    A line broken after a hyphen ("outre-\\nmer") is joined: the PDF breaks lines there.
    """

    def __init__(self, text: str) -> None:
        words = list(_WORD.finditer(text))
        self.origins = [match.start() for match in words]
        self.lengths = [len(match.group()) for match in words]
        self.starts, pieces, position = [], [], 0
        for index, match in enumerate(words):
            self.starts.append(position)
            joined = index + 1 < len(words) and _hyphen_break(text, match, words[index + 1])
            pieces.append(match.group() if joined else f"{match.group()} ")
            position += len(pieces[-1])
        self.text = "".join(pieces).rstrip(" ")

    def normal(self, offset: int) -> int:
        """The collapsed offset of an original one (in a gap: just after the word before)."""
        index = bisect.bisect_right(self.origins, offset) - 1
        if index < 0:
            return 0
        return self.starts[index] + min(offset - self.origins[index], self.lengths[index])

    def original(self, offset: int) -> int:
        """The original offset of a collapsed one inside a word."""
        index = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.origins[index] + offset - self.starts[index]


def _hyphen_break(text: str, word: re.Match[str], following: re.Match[str]) -> bool:
    gap = text[word.end() : following.start()]
    return (
        word.group().endswith("-")
        and ("\n" in gap or "\f" in gap)
        and following.group()[0].isalpha()
    )


def places(document: Document, spans: Sequence[Span], extracted: str) -> list[Span | None]:
    """Where each span of the document's text is in `extracted`, the text of its PDF.

    The PDF breaks lines and pages elsewhere: whitespace is collapsed on both sides. A text
    that occurs several times is told apart by how many times it occurs before the span in
    the document: the same occurrence is taken in the PDF, if the text around it is the
    same too; else the one occurrence with that text around it. The found spans' `block`
    is the 0-based page; None when the PDF does not have the text, or not once with the
    same surroundings (the PDF lost some text near it).
    """
    source, target = _Words(text_of(document)), _Words(extracted)
    page_starts = [0, *(match.end() for match in re.finditer("\f", extracted))]
    found: list[Span | None] = []
    for span in spans:
        start = source.normal(span.start)
        needle = source.text[start : source.normal(span.end)].strip()
        where = _same_occurrence(source.text, target.text, needle, start) if needle else -1
        if where < 0:
            found.append(None)
            continue
        low, high = target.original(where), target.original(where + len(needle) - 1) + 1
        found.append(Span(bisect.bisect_right(page_starts, low) - 1, low, high))
    return found


def expected_places(truths: Sequence[Truth], new: Document, extracted: str) -> list[Span | None]:
    """Where each passage's place in the new version (survived, or what is left of it) is in
    `extracted`, the text of the new version's PDF; None for a deleted passage."""
    placed = [truth.place for truth in truths if truth.place is not None]
    found = iter(places(new, placed, extracted))
    return [next(found) if truth.place is not None else None for truth in truths]


def _same_occurrence(source: str, target: str, needle: str, start: int) -> int:
    """Where in `target` the occurrence of `needle` at `start` in `source` is; -1 if nowhere."""
    before = source[max(0, start - CONTEXT) : start]
    after = source[start + len(needle) : start + len(needle) + CONTEXT]

    def alike(at: int) -> bool:
        end = at + len(needle)
        return (
            target[max(0, at - len(before)) : at] == before
            and target[end : end + len(after)] == after
        )

    where = _nth(target, needle, _occurrences(source, needle, before=start))
    if where >= 0 and alike(where):
        return where
    candidates = [at for at in _all(target, needle) if alike(at)]
    return candidates[0] if len(candidates) == 1 else -1


def _all(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _occurrences(text: str, needle: str, *, before: int) -> int:
    count, at = 0, text.find(needle)
    while 0 <= at < before:
        count += 1
        at = text.find(needle, at + 1)
    return count


def _nth(text: str, needle: str, index: int) -> int:
    at = text.find(needle)
    for _ in range(index):
        if at < 0:
            break
        at = text.find(needle, at + 1)
    return at


def split_at_pages(passage: PlannedPassage, place: Span, extracted: str) -> list[PlannedPassage]:
    """A passage crossing page breaks as one passage per page, as a selection gives them.

    `place` is where the passage is in `extracted` (from `places`). Each part keeps the
    passage's key with a suffix, and has its own offsets in the document's text.
    """
    shown = extracted[place.start : place.end]
    if "\f" not in shown:
        return [passage]
    # Both texts have the same characters but for whitespace: count the others.
    letters = [i for i, char in enumerate(passage.text) if not char.isspace()]
    parts, consumed = [], 0
    for number, piece in enumerate(shown.split("\f")):
        size = len("".join(piece.split()))
        if size:
            start, end = letters[consumed], letters[consumed + size - 1] + 1
            span = Span(passage.span.block, passage.span.start + start, passage.span.start + end)
            parts.append(PlannedPassage(f"{passage.key}.{number}", span, passage.text[start:end]))
        consumed += size
    return parts


# --- The version being written ----------------------------------------------------------------


class _Draft:
    """The new version being written: its text, where each run came from, block styles."""

    def __init__(self, document: Document) -> None:
        self.text = text_of(document)
        self.runs = [Run(len(self.text), 0)]
        self.styles = [block.style for block in document.blocks]
        self._starts: list[int] | None = None  # of the blocks, until the text changes

    def bounds(self, index: int) -> tuple[int, int]:
        if self._starts is None:
            self._starts = _block_starts(self.text)
        starts = self._starts
        end = starts[index + 1] - len(SEPARATOR) if index + 1 < len(starts) else len(self.text)
        return starts[index], end

    def block_text(self, index: int) -> str:
        start, end = self.bounds(index)
        return self.text[start:end]

    def blocks(self) -> tuple[Block, ...]:
        texts = self.text.split(SEPARATOR)
        return tuple(Block(style, text) for style, text in zip(self.styles, texts, strict=True))

    def take(self, start: int, end: int) -> tuple[str, list[Run]]:
        """Remove [start, end) and return its text and runs."""
        before, rest = _cut(self.runs, start)
        taken, after = _cut(rest, end - start)
        text = self.text[start:end]
        self._set(self.text[:start] + self.text[end:])
        self.runs = before + after
        return text, taken

    def put(self, offset: int, text: str, runs: list[Run] | None = None) -> None:
        """Insert text at `offset`: new text, or text taken elsewhere with its `runs`."""
        before, after = _cut(self.runs, offset)
        self._set(self.text[:offset] + text + self.text[offset:])
        self.runs = before + (runs if runs is not None else [Run(len(text), None)]) + after

    def splice(self, start: int, end: int, text: str) -> None:
        self.take(start, end)
        if text:
            self.put(start, text)

    def respace(self, offset: int, char: str) -> None:
        """One whitespace for another (a space becomes a block break): the text is the same."""
        self._set(self.text[:offset] + char + self.text[offset + 1 :])

    def _set(self, text: str) -> None:
        self.text, self._starts = text, None


def _cut(runs: list[Run], offset: int) -> tuple[list[Run], list[Run]]:
    """The runs before `offset` and from it on, splitting the run across it."""
    position = 0
    for index, run in enumerate(runs):
        if position + run.length > offset:
            inside = offset - position
            head = [Run(inside, run.origin)] if inside else []
            tail_origin = None if run.origin is None else run.origin + inside
            tail = Run(run.length - inside, tail_origin)
            return runs[:index] + head, [tail, *runs[index + 1 :]]
        position += run.length
    return list(runs), []


# --- Operations -------------------------------------------------------------------------------


class _Donor:
    """New sentences and words for amendments: from another bill of the same topic."""

    def __init__(self, document: Document, seed: int) -> None:
        topics = {topic.slug for topic in vocab.TOPICS}
        topic = document.topic if document.topic in topics else None
        donor = bill(seed + 7919, articles=12, topic=topic)
        self.sentences = [
            block.text[start:end]
            for block in donor.blocks
            if _is_paragraph(block, words=6)
            for start, end in _sentences(block.text)
            if len(block.text[start:end].split()) >= 6
        ]

    def sentence(self, rng: random.Random) -> str:
        return rng.choice(self.sentences)

    def words(self, rng: random.Random, count: int) -> str:
        words = rng.choice(self.sentences).rstrip(".").split()
        first = rng.randrange(max(1, len(words) - count + 1))
        return " ".join(words[first : first + count]).lower()


Operation = Callable[[_Draft, random.Random, _Donor], Edit | None]


def _paragraph(draft: _Draft, rng: random.Random, *, words: int = 4) -> int | None:
    """A paragraph to amend, long ones more often (edits follow the volume of text)."""
    candidates = [
        i
        for i, style in enumerate(draft.styles)
        if style == "p" and len(draft.block_text(i).split()) >= words
    ]
    if not candidates:
        return None
    weights = [len(draft.block_text(i)) for i in candidates]
    return rng.choices(candidates, weights=weights)[0]


def _word_spans(draft: _Draft, index: int) -> list[tuple[int, int]]:
    start, _ = draft.bounds(index)
    return [(start + m.start(), start + m.end()) for m in _WORD.finditer(draft.block_text(index))]


def _sentence_spans(draft: _Draft, index: int) -> list[tuple[int, int]]:
    start, _ = draft.bounds(index)
    return [(start + a, start + b) for a, b in _sentences(draft.block_text(index))]


def replace_words(draft: _Draft, rng: random.Random, donor: _Donor) -> Edit | None:
    """ "les mots : « X » sont remplacés par les mots : « Y »"."""
    index = _paragraph(draft, rng)
    if index is None:
        return None
    words = _word_spans(draft, index)
    count = rng.randint(1, 3)
    first = rng.randrange(len(words) - count + 1)
    start, end = words[first][0], words[first + count - 1][1]
    old, new = draft.text[start:end], donor.words(rng, rng.randint(1, 3))
    if new == old:
        return None
    draft.splice(start, end, new)
    return Edit("replace_words", index, f"« {old} » → « {new} »")


def insert_words(draft: _Draft, rng: random.Random, donor: _Donor) -> Edit | None:
    """ "après le mot : « X », sont insérés les mots : « Y »"."""
    index = _paragraph(draft, rng)
    if index is None:
        return None
    after = rng.choice(_word_spans(draft, index))[1]
    new = donor.words(rng, rng.randint(1, 4))
    draft.put(after, f" {new}")
    return Edit("insert_words", index, f"+ « {new} »")


def delete_words(draft: _Draft, rng: random.Random, donor: _Donor) -> Edit | None:
    """ "les mots : « X » sont supprimés"."""
    index = _paragraph(draft, rng, words=6)
    if index is None:
        return None
    words = _word_spans(draft, index)
    count = rng.randint(1, 3)
    first = rng.randrange(1, len(words) - count + 1)  # the paragraph keeps its first word
    start, end = words[first - 1][1], words[first + count - 1][1]  # with the space before
    old = draft.text[start:end]
    draft.splice(start, end, "")
    return Edit("delete_words", index, f"- « {old.strip()} »")


def insert_sentence(draft: _Draft, rng: random.Random, donor: _Donor) -> Edit | None:
    """ "L'alinéa est complété par une phrase ainsi rédigée"."""
    index = _paragraph(draft, rng)
    if index is None:
        return None
    after = rng.choice(_sentence_spans(draft, index))[1]
    new = donor.sentence(rng)
    draft.put(after, f" {new}")
    return Edit("insert_sentence", index, f"+ « {new} »")


def delete_sentence(draft: _Draft, rng: random.Random, donor: _Donor) -> Edit | None:
    """ "La deuxième phrase est supprimée"."""
    index = _paragraph(draft, rng, words=12)
    sentences = _sentence_spans(draft, index) if index is not None else []
    if len(sentences) < 2:
        return None
    number = rng.randrange(len(sentences))
    # With the space that separated it from its neighbour.
    if number == 0:
        start, end = sentences[0][0], sentences[1][0]
    else:
        start, end = sentences[number - 1][1], sentences[number][1]
    old = draft.text[start:end].strip()
    draft.splice(start, end, "")
    return Edit("delete_sentence", index, f"- « {old} »")


def replace_sentence(draft: _Draft, rng: random.Random, donor: _Donor) -> Edit | None:
    """ "La première phrase est ainsi rédigée"."""
    index = _paragraph(draft, rng)
    if index is None:
        return None
    start, end = rng.choice(_sentence_spans(draft, index))
    old, new = draft.text[start:end], donor.sentence(rng)
    if new == old:
        return None
    draft.splice(start, end, new)
    return Edit("replace_sentence", index, f"« {old} » → « {new} »")


def split_paragraph(draft: _Draft, rng: random.Random, donor: _Donor) -> Edit | None:
    """Reflow: one paragraph becomes two; the text is the same, lines and pages move."""
    index = _paragraph(draft, rng, words=12)
    sentences = _sentence_spans(draft, index) if index is not None else []
    if len(sentences) < 2:
        return None
    at = sentences[rng.randrange(len(sentences) - 1)][1]
    if draft.text[at] != " ":
        return None
    draft.respace(at, SEPARATOR)
    draft.styles.insert(index + 1, "p")
    return Edit("split_paragraph", index, "")


def merge_paragraphs(draft: _Draft, rng: random.Random, donor: _Donor) -> Edit | None:
    """Reflow: two paragraphs of the same part become one."""
    pairs = [
        i for i in range(len(draft.styles) - 1) if draft.styles[i] == draft.styles[i + 1] == "p"
    ]
    if not pairs:
        return None
    index = rng.choice(pairs)
    draft.respace(draft.bounds(index)[1], " ")
    del draft.styles[index + 1]
    return Edit("merge_paragraphs", index, "")


def move_sentence(draft: _Draft, rng: random.Random, donor: _Donor) -> Edit | None:
    """A sentence moved to another article (rare, but it happens in committee)."""
    source = _paragraph(draft, rng, words=12)
    sentences = _sentence_spans(draft, source) if source is not None else []
    others = [a for a in _articles(draft) if not a.heading <= (source or 0) <= a.last]
    if not others or len(sentences) < 2:
        return None
    number = rng.randrange(1, len(sentences))
    text, runs = draft.take(sentences[number - 1][1], sentences[number][1])  # " Sentence."
    target = rng.choice(others)
    end = draft.bounds(target.last)[1]
    draft.put(end, text, runs)
    return Edit("move_sentence", target.last, f"« {text.strip()} » → {target.label}")


@dataclass(frozen=True)
class _Article:
    heading: int  # block index of "Article 7 bis"
    last: int  # its last block
    number: int
    suffix: str

    @property
    def label(self) -> str:
        return _label(self.number, self.suffix)


def _label(number: int, suffix: str) -> str:
    name = "premier" if number == 1 else str(number)
    return f"Article {name} {suffix}" if suffix else f"Article {name}"


def _articles(draft: _Draft) -> list[_Article]:
    found = []
    for index, style in enumerate(draft.styles):
        match = _ARTICLE.fullmatch(draft.block_text(index)) if style == "h3" else None
        if match:
            last = index
            while last + 1 < len(draft.styles) and draft.styles[last + 1] not in _DIVISIONS:
                last += 1
            number = 1 if match.group(1) == "premier" else int(match.group(1))
            found.append(_Article(index, last, number, match.group(2) or ""))
    return found


def _new_article(rng: random.Random, donor: _Donor) -> list[str]:
    def paragraph() -> str:
        return " ".join(donor.sentence(rng) for _ in range(rng.randint(1, 3)))

    return [paragraph() for _ in range(rng.randint(1, 3))]


def _put_blocks(draft: _Draft, after: int, blocks: Sequence[tuple[str, str]]) -> None:
    """New blocks after block `after`."""
    end = draft.bounds(after)[1]
    draft.put(end, "".join(SEPARATOR + text for _, text in blocks))
    draft.styles[after + 1 : after + 1] = [style for style, _ in blocks]


def _renumber(draft: _Draft, articles: Sequence[_Article], shift: int) -> None:
    """Give each of these articles its number plus `shift`."""
    headings = [(draft.bounds(a.heading), _label(a.number + shift, a.suffix)) for a in articles]
    for (start, end), label in reversed(headings):  # From the end: earlier offsets hold.
        draft.splice(start, end, label)


def insert_article(draft: _Draft, rng: random.Random, donor: _Donor) -> Edit | None:
    """A new article; the following ones are renumbered, as in the texte de la commission."""
    articles = _articles(draft)
    plain = [i for i, a in enumerate(articles) if not a.suffix]
    if not plain:
        return None
    position = rng.choice(plain)
    article = articles[position]
    _renumber(draft, articles[position:], 1)
    blocks = [("h3", article.label), *(("p", text) for text in _new_article(rng, donor))]
    _put_blocks(draft, article.heading - 1, blocks)
    return Edit("insert_article", article.heading, f"new {article.label}, the next renumbered")


def insert_article_bis(draft: _Draft, rng: random.Random, donor: _Donor) -> Edit | None:
    """A new article "7 bis" after article 7 (and its existing "bis"): no renumbering."""
    articles = _articles(draft)
    if not articles:
        return None
    number = rng.choice(articles).number
    same = [a for a in articles if a.number == number]
    if same[-1].suffix == _SUFFIXES[-1]:
        return None
    last = same[-1]
    label = _label(last.number, _SUFFIXES[_SUFFIXES.index(last.suffix) + 1])
    blocks = [("h3", label), *(("p", text) for text in _new_article(rng, donor))]
    _put_blocks(draft, last.last, blocks)
    return Edit("insert_article_bis", last.last + 1, f"new {label}")


def delete_article(draft: _Draft, rng: random.Random, donor: _Donor) -> Edit | None:
    """An article deleted; the following ones renumbered, or its number left "(Supprimé)"."""
    articles = _articles(draft)
    if len(articles) < 2:
        return None
    position = rng.randrange(len(articles))
    article = articles[position]
    body_start, body_end = draft.bounds(article.heading + 1)[0], draft.bounds(article.last)[1]
    if article.heading == article.last:
        return None
    if rng.random() < 0.4:  # The number stays, as the commission's text shows it.
        draft.splice(body_start, body_end, "(Supprimé)")
        draft.styles[article.heading + 1 : article.last + 1] = ["p"]
        return Edit("delete_article", article.heading, f"{article.label} (Supprimé)")
    _renumber(draft, [] if article.suffix else articles[position + 1 :], -1)
    start = draft.bounds(article.heading)[0] - len(SEPARATOR)
    draft.splice(start, draft.bounds(article.last)[1], "")
    del draft.styles[article.heading : article.last + 1]
    return Edit("delete_article", article.heading, f"{article.label} deleted")


OPERATIONS: dict[str, Operation] = {
    "replace_words": replace_words,
    "insert_words": insert_words,
    "delete_words": delete_words,
    "insert_sentence": insert_sentence,
    "delete_sentence": delete_sentence,
    "replace_sentence": replace_sentence,
    "insert_article": insert_article,
    "insert_article_bis": insert_article_bis,
    "delete_article": delete_article,
    "move_sentence": move_sentence,
    "split_paragraph": split_paragraph,
    "merge_paragraphs": merge_paragraphs,
}

# Weights of the operations: a committee's text, mostly small edits, some new articles.
COMMISSION: Mapping[str, float] = {
    "replace_words": 20,
    "insert_words": 12,
    "delete_words": 10,
    "insert_sentence": 10,
    "delete_sentence": 8,
    "replace_sentence": 8,
    "insert_article": 4,
    "insert_article_bis": 2,
    "delete_article": 3,
    "move_sentence": 1,
    "split_paragraph": 6,
    "merge_paragraphs": 6,
}
# The other practice: inserted articles become "bis", nothing is renumbered.
SEANCE: Mapping[str, float] = {**COMMISSION, "insert_article": 0, "insert_article_bis": 6}
# Layout only: the same words, other paragraphs and pages.
REFLOW: Mapping[str, float] = {"split_paragraph": 1, "merge_paragraphs": 1}


def amend(
    document: Document, seed: int, *, operations: int, mix: Mapping[str, float] = COMMISSION
) -> Amended:
    """The next version of `document` after `operations` amendments drawn from `mix`."""
    rng = random.Random(seed)
    donor = _Donor(document, seed)
    draft = _Draft(document)
    names = [name for name, weight in mix.items() if weight > 0]
    weights = [mix[name] for name in names]
    edits: list[Edit] = []
    for _ in range(operations * 20):
        if len(edits) == operations:
            break
        edit = OPERATIONS[rng.choices(names, weights=weights)[0]](draft, rng, donor)
        if edit is not None:
            edits.append(edit)
    new = replace(document, blocks=draft.blocks())
    return Amended(document, new, tuple(edits), tuple(draft.runs))
