"""Where a query's words are in a text, found with the analysis search uses.

So the marked words are the ones that made the hit: "securite" marks
"sécurité", "surveil*" marks "surveiller", "élus" marks "élu·es".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property

from whoosh import query as q
from whoosh.reading import IndexReader

from reviewer.search.analysis import term_spans
from reviewer.search.queries import StemPrefix

# Fields whose text is the hit's text; a title-only match has nothing to mark.
HIGHLIGHTED = frozenset({"text", "note"})
REACH = 60  # Characters after a phrase's first word within which to look for each word.
# Snowball rewrites up to the last three letters of some stems (chevaux → cheval,
# prudemment → prudent): a word may match if it begins with the rest.
REWRITTEN = 3
MIN_START = 3


def _unaccented(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return base if len(base) == 1 else char


# One character for one, so offsets in the folded text are offsets in the text.
_FOLD_IN_PLACE = str.maketrans({chr(n): _unaccented(chr(n)) for n in range(0xC0, 0x250)})


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    what: str | tuple[str, ...]  # The term or phrase matched: distinct ones are worth showing.


@dataclass(frozen=True)
class Highlights:
    """The terms and phrases of a query that a snippet marks."""

    terms: frozenset[str]
    phrases: tuple[tuple[str, ...], ...] = field(default=())

    @cached_property
    def _starts(self) -> re.Pattern[str]:
        """Where a word that may match starts: its folded form begins like a stem."""
        stems = self.terms | {phrase[0] for phrase in self.phrases}
        starts = {stem[: max(MIN_START, len(stem) - REWRITTEN)] for stem in stems}
        ordered = sorted(starts, key=len, reverse=True)
        return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, ordered)) + ")")

    def find(self, text: str) -> list[Match]:
        """The matches in `text`, in order."""
        if not (self.terms or self.phrases):
            return []
        regions = self._regions(text)
        found = [m for start, end in regions for m in self._matches(text[start:end], start)]
        if not found and regions != [(0, len(text))]:
            found = self._matches(text, 0)  # Stems the start of the word cannot find.
        return sorted(found, key=lambda match: (match.start, -match.end))

    def _regions(self, text: str) -> list[tuple[int, int]]:
        """The parts of the text around words that may match, to analyze only those."""
        lowered = text.lower()
        if len(lowered) != len(text):  # Rare letters whose lowercase is longer.
            return [(0, len(text))]
        reach = REACH * max([1] + [len(phrase) for phrase in self.phrases])
        regions: list[tuple[int, int]] = []
        for match in self._starts.finditer(lowered.translate(_FOLD_IN_PLACE)):
            start = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
            end = _word_end(text, match.start() + reach)
            if regions and start <= regions[-1][1]:
                regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
            else:
                regions.append((start, end))
        return regions

    def _matches(self, text: str, offset: int) -> list[Match]:
        spans = term_spans(text)
        terms = [term for term, _start, _end in spans]
        found = [
            Match(offset + start, offset + end, term)
            for term, start, end in spans
            if term in self.terms
        ]
        for phrase in self.phrases:
            for index in range(len(terms) - len(phrase) + 1):
                if tuple(terms[index : index + len(phrase)]) == phrase:
                    start, end = spans[index][1], spans[index + len(phrase) - 1][2]
                    found.append(Match(offset + start, offset + end, phrase))
        return found


def _word_end(text: str, position: int) -> int:
    spaces = [
        index for index in (text.find(" ", position), text.find("\n", position)) if index >= 0
    ]
    return min(spaces, default=len(text))


def highlights(query: q.Query, reader: IndexReader) -> Highlights:
    """What to mark: the positive terms, phrases and expanded prefixes of a query."""
    terms: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    pending = [query]
    while pending:
        node = pending.pop()
        if isinstance(node, q.Not):
            continue
        if isinstance(node, q.AndNot):
            pending.append(node.a)
            continue
        fieldname = getattr(node, "fieldname", None)
        if isinstance(node, q.Term) and fieldname in HIGHLIGHTED:
            terms.add(node.text)
        elif isinstance(node, StemPrefix) and fieldname in HIGHLIGHTED:
            terms.update(node.stems(reader))
        elif isinstance(node, q.Phrase) and fieldname in HIGHLIGHTED:
            phrases.append(tuple(node.words))
        pending.extend(node.children())
    return Highlights(frozenset(terms), tuple(phrases))
