"""Carry annotated passages to a new version of their text, and say how sure the carry is.

Each passage is looked for in the new unit its old unit became: the exact quote first,
told apart from its repeats by the text around it; then a close text (edit distance, as
Hypothesis's `match-quote`); then, failing that, in the whole new text. The status is
decided conservatively: "exact" only when the same text is found in the same unit with
context that no other place (in the new unit, or among the repeats of the old one) can
claim; "moved" for the same text elsewhere or at an undecidable place; "changed" for a
close text; "orphaned" when the passage is gone. Users review all but the exact ones.

All matching is on normalised texts (see `textmap`); results are original offsets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import pairwise

from reviewer.core.comparison import Unit
from reviewer.core.errors import Cancelled
from reviewer.core.events import CancelToken
from reviewer.core.i18n import tr
from reviewer.core.records import CarryStatus, TextQuote
from reviewer.versions.textmap import NormalText, normal_form, normalise
from reviewer.versions.units import UnitPair

# Normalised characters of context taken from the old text on each side: generated and real
# bills repeat whole sentences, which only a long context tells apart. Close texts are scored
# on the nearer SCORED_CONTEXT characters (edit distance costs more).
CONTEXT = 256
SCORED_CONTEXT = 48
SIDE_EVIDENCE = 16  # context characters that must agree on one side to vouch for a place
LONG_QUOTE = 40  # a quote this long, once in its old unit and its new one, vouches for itself
MAX_OCCURRENCES = 2000  # repeats of a quote looked at; more is noise ("le", "de la")
FEW_OCCURRENCES = 8  # up to this many repeats of a quote in a range, all are compared
EDGE_CONTEXT = 3  # context characters that must agree on the weaker side for "exact"
JOIN_CONTEXT = 16  # context characters each side that meet where a passage was deleted

# Fuzzy matching: weights of the quote, its prefix, its suffix and the closeness to where the
# passage should be (Hypothesis's match-quote uses 50, 20, 20, 2), and the bars to clear.
WEIGHTS = (50.0, 20.0, 20.0, 2.0)
IN_UNIT_BAR = 0.62  # combined score for a close text in the passage's own unit
ANYWHERE_BAR = 0.75  # ... and anywhere else in the text
HOME_MARGIN = 0.15  # the same text elsewhere must score this much more than a close one in the unit
QUOTE_BAR = 0.5  # the quote itself must be at least this similar
CONTEXT_BAR = 0.5  # and one side of its context at least this similar
SEED_WINDOWS = 3  # places tried per scope, the ones most seeds point at
COMMON_SEED = 64  # a word pair found more often says nothing about where a passage went
SEED_GAP = 24  # seeds pointing this close together point at one place
# Edit distance costs grow with the square of the quote's length: a longer quote (most of an
# article) is found by its head and tail, each LONG_PIECE characters, and compared by words.
LONG_FUZZY = 3000
LONG_PIECE = 600

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Passage:
    """An annotated passage of the old version; `start`/`end` are old document offsets."""

    key: str
    quote: TextQuote
    start: int
    end: int


@dataclass(frozen=True)
class Relocation:
    """Where a passage went in the new version (new document offsets) and how sure that is.

    For an orphan, `start` == `end` == the start of the unit it is attached to (its old
    unit's successor), or 0 with `unit` None when it is attached to the whole document.
    """

    key: str
    status: CarryStatus
    start: int
    end: int
    score: float  # 0..1: how well quote, context and position agree
    unit: Unit | None


def relocate(
    passages: Sequence[Passage],
    old_text: str,
    new_text: str,
    pairs: Sequence[UnitPair],
    *,
    cancel: CancelToken | None = None,
) -> list[Relocation]:
    """Each passage's place in the new version, in the order of `passages`."""
    versions = _Versions(old_text, new_text, pairs)
    carried: list[Relocation] = []
    for passage in passages:
        if cancel is not None and cancel.cancelled:
            raise Cancelled(tr("Carrying the annotations to the new version was cancelled."))
        carried.append(_carry(versions, passage))
    return carried


# --- The two versions, prepared once -------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    """A unit's range in a normalised text, and where its text begins after the heading."""

    unit: Unit
    start: int
    end: int
    body: int

    def context(self, text: str, start: int, end: int) -> tuple[str, str]:
        """The context of text[start:end] within the unit's body: its heading (which
        renumbering changes) and its neighbours are no evidence of a place in it."""
        low = self.body if start >= self.body else self.start
        return text[max(low, start - CONTEXT) : start], text[end : min(self.end, end + CONTEXT)]


class _Versions:
    """Both texts normalised, their units' ranges, and (when first needed) a seed index."""

    def __init__(self, old_text: str, new_text: str, pairs: Sequence[UnitPair]) -> None:
        self.old = normalise(old_text)
        self.new = normalise(new_text)
        olds = sorted(((p.old, p.new) for p in pairs if p.old), key=lambda p: p[0].start)
        self.old_spans = [_span(self.old, old_text, old) for old, _ in olds]
        self.successors = [new for _, new in olds]  # None: the unit was deleted
        news = sorted((p.new for p in pairs if p.new is not None), key=lambda unit: unit.start)
        self.new_units = news
        self.new_spans = {unit: _span(self.new, new_text, unit) for unit in news}
        self._seeds: _SeedIndex | None = None

    @property
    def seeds(self) -> _SeedIndex:
        if self._seeds is None:
            self._seeds = _SeedIndex(self.new.text)
        return self._seeds

    def old_unit(self, offset: int) -> int | None:
        """The index of the old unit holding an old original offset."""
        index = bisect.bisect_right(self.old_spans, offset, key=lambda s: s.unit.start) - 1
        if index >= 0 and offset < self.old_spans[index].unit.end:
            return index
        return None

    def new_unit(self, offset: int) -> Unit | None:
        """The new unit holding a new original offset."""
        index = bisect.bisect_right(self.new_units, offset, key=lambda unit: unit.start) - 1
        if index >= 0 and offset < self.new_units[index].end:
            return self.new_units[index]
        return None

    def expected(self, old_offset: int) -> int:
        """Where an old normalised offset should be in the new normalised text.

        As far into its unit's successor (scaled to its length), else as far past the
        nearest earlier unit that has one, else at the same share of the text.
        """
        index = bisect.bisect_right(self.old_spans, old_offset, key=lambda s: s.start) - 1
        while index >= 0 and self.successors[index] is None:
            index -= 1
        if index < 0:
            return round(old_offset * len(self.new.text) / max(1, len(self.old.text)))
        old_span, new_span = self.old_spans[index], self.new_spans[self.successors[index]]
        into = old_offset - old_span.start
        if old_offset < old_span.end:
            into = round(
                into * (new_span.end - new_span.start) / max(1, old_span.end - old_span.start)
            )
        return min(len(self.new.text), new_span.start + into)


def _span(normal: NormalText, text: str, unit: Unit) -> _Span:
    heading_end = text.find("\n", unit.start, unit.end)
    body = heading_end + 1 if heading_end >= 0 else unit.start
    start, end = normal.normal_offset(unit.start), normal.normal_offset(unit.end)
    return _Span(unit, start, end, min(end, normal.normal_offset(body)))


# --- One passage ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Needle:
    """A normalised quote, the old context around it, and where it is expected."""

    quote: str
    prefix: str
    suffix: str
    expected: int  # normalised offset in the text searched


@dataclass(frozen=True)
class _Probe(_Needle):
    """What is looked for in the new text, and what the old text says about it."""

    rivals: int  # most context any other occurrence in the old unit shares; -1: none
    old_at: int  # where the quote is in the old normalised text; -1: not found there
    old_scope: tuple[int, int]  # the old unit's normalised range (or the whole old text)
    scope: tuple[int, int]  # normalised new range searched first
    home: Unit | None  # the new unit the old one became, if it has one


@dataclass(frozen=True)
class _Found:
    """A candidate place in the new normalised text."""

    start: int
    end: int
    left: int  # context characters that agree before it (exact candidates)
    right: int  # ... and after it
    score: float  # 0..1

    @property
    def agreement(self) -> int:
        return self.left + self.right


@dataclass(frozen=True)
class _Ranking:
    """The occurrences of a quote in a range: the best, and how close the next one comes."""

    best: _Found | None  # the most context agreeing, then the nearest the expected place
    runner_up: int  # agreement of the next best (a bound when there are many); -1: none
    count: int
    left: int = -1  # the most context agreeing before any occurrence (or a bound)
    right: int = -1  # ... and after

    @property
    def ceiling(self) -> int:
        """The most agreement any occurrence has (or may have); -1: there is none."""
        return max(self.best.agreement if self.best else -1, self.runner_up)


_NONE = _Ranking(None, -1, 0)
_Decision = tuple[CarryStatus, _Found]


def _carry(versions: _Versions, passage: Passage) -> Relocation:
    probe = _probe(versions, passage)
    decision = _decide(versions, probe) if probe.quote else None
    if decision is None:
        return _orphan(passage, probe)
    status, found = decision
    start, end = versions.new.original_span(found.start, found.end)
    score = 1.0 if status is CarryStatus.EXACT else round(found.score, 3)
    return Relocation(passage.key, status, start, end, score, versions.new_unit(start))


def _decide(versions: _Versions, probe: _Probe) -> _Decision | None:
    """The same text in the unit, surely ("exact") or not; else a close text in the unit or
    the same text clearly elsewhere, whichever scores better; else the same text elsewhere,
    plausibly; else a close text anywhere."""
    text = versions.new.text
    low, high = probe.scope
    home = _rank(text, probe, low, high)
    best = home.best
    if (
        best is not None
        and _confirmed(best, home.runner_up, probe)
        and not _claimed(versions, probe, best, anywhere=False)
        and _at_home(versions, best, probe)
    ):
        return CarryStatus.EXACT, best
    away = _merged(_rank(text, probe, 0, low), _rank(text, probe, high, len(text)), probe)
    elsewhere = away.best
    if elsewhere is not None and _claimed(versions, probe, elsewhere, anywhere=True):
        elsewhere = None  # a copy of another occurrence that was there before
    clearly = elsewhere if elsewhere and _vouched(elsewhere, away.runner_up, probe) else None
    if best is not None:
        if clearly is not None and _outplays(clearly, best, probe):
            return CarryStatus.MOVED, clearly
        if not _deleted_here(text, probe):
            return CarryStatus.MOVED, best  # the same text in its unit, at a place not sure
    changed = _changed(text, _fuzzy(versions, probe, low, high, bar=IN_UNIT_BAR), probe)
    if clearly is not None and (changed is None or clearly.score >= changed[1].score + HOME_MARGIN):
        return CarryStatus.MOVED, clearly
    if changed is not None:
        return changed
    if elsewhere is not None and _plausible(elsewhere, away.count, probe):
        return CarryStatus.MOVED, elsewhere  # the best guess among equals: for the user to check
    return _changed(text, _fuzzy(versions, probe, 0, len(text), bar=ANYWHERE_BAR), probe)


def _outplays(elsewhere: _Found, home: _Found, probe: _Probe) -> bool:
    """Whether the same text outside the unit fits the passage better than the one inside.

    Passages stay in their unit far more often than they leave it: with context of its
    own, the one inside keeps the passage unless the one outside has much more.
    """
    margin = 2 * SIDE_EVIDENCE if _has_evidence(home, probe) else 0
    return elsewhere.agreement > home.agreement + margin


def _changed(text: str, close: _Found | None, probe: _Probe) -> _Decision | None:
    # Widened to whole words, a close text can be the quote itself: an occurrence of the
    # same text, which the rules for it have already turned down.
    if close is None or text[close.start : close.end] == probe.quote:
        return None
    return CarryStatus.CHANGED, close


def _claimed(versions: _Versions, probe: _Probe, found: _Found, *, anywhere: bool) -> bool:
    """Whether another occurrence of the quote in the old unit (or `anywhere` in the old text)
    fits the place found as well as the passage does.

    The place must be the passage's best match, and the passage the place's: a place
    whose context on the left came from one occurrence and on the right from another (the
    text between them was cut) belongs surely to neither; a copy that was already there
    elsewhere is that copy, not the passage.
    """
    if probe.old_at < 0:
        return False
    text = versions.new.text
    scope = (0, len(versions.old.text)) if anywhere else probe.old_scope
    if probe.home is not None and not anywhere:
        prefix, suffix = versions.new_spans[probe.home].context(text, found.start, found.end)
    else:
        prefix = text[max(0, found.start - CONTEXT) : found.start]
        suffix = text[found.end : found.end + CONTEXT]
    place = _Needle(probe.quote, prefix, suffix, probe.old_at)
    others = _rank(versions.old.text, place, *scope, skip=probe.old_at)
    return (
        others.ceiling >= found.agreement
        or _outweighs(others.left, found.left)
        or _outweighs(others.right, found.right)
    )


def _outweighs(theirs: int, ours: int) -> bool:
    """Whether another occurrence fits one side of a place clearly better than the passage."""
    return theirs >= SIDE_EVIDENCE and theirs > ours


def _at_home(versions: _Versions, found: _Found, probe: _Probe) -> bool:
    """In the old unit's successor; or, for a passage outside any unit, outside them still."""
    if probe.home is not None:
        return True
    return versions.new_unit(versions.new.original_span(found.start, found.end)[0]) is None


def _probe(versions: _Versions, passage: Passage) -> _Probe:
    old = versions.old
    quote = normal_form(passage.quote.exact)
    offset = min(max(0, passage.start), old.original_length)
    unit_index = versions.old_unit(offset)
    span = versions.old_spans[unit_index] if unit_index is not None else None
    low, high = (span.start, span.end) if span else (0, len(old.text))
    start = old.normal_offset(offset)
    at = _nearest(old.text, quote, start, low, high) if quote else None
    if at is None:  # the offsets do not show the quote: trust the quote's own context
        prefix = normalise(passage.quote.prefix).text.lstrip()[-CONTEXT:]
        suffix = normalise(passage.quote.suffix).text.rstrip()[:CONTEXT]
        rivals = -1
    else:
        if span is not None:
            prefix, suffix = span.context(old.text, at, at + len(quote))
        else:
            prefix = old.text[max(0, at - CONTEXT) : at]
            suffix = old.text[at + len(quote) : at + len(quote) + CONTEXT]
        others = _rank(old.text, _Needle(quote, prefix, suffix, at), low, high, skip=at)
        rivals = others.ceiling
    home = versions.successors[unit_index] if unit_index is not None else None
    scope = (0, len(versions.new.text))  # outside any unit: the whole text is home
    if home is not None:
        new_span = versions.new_spans[home]
        scope = (new_span.start, new_span.end)
    elif unit_index is not None:
        scope = (0, 0)  # its unit was deleted: nowhere is home
    expected = versions.expected(at if at is not None else start)
    old_at = at if at is not None else -1
    return _Probe(quote, prefix, suffix, expected, rivals, old_at, (low, high), scope, home)


def _nearest(text: str, quote: str, offset: int, low: int, high: int) -> int | None:
    """The occurrence of `quote` starting nearest `offset` within [low, high)."""
    if text.startswith(quote, offset):
        return offset
    before = text.rfind(quote, low, min(len(text), offset + len(quote)))
    after = text.find(quote, max(low, offset), min(len(text), high + len(quote) - 1))
    starts = [start for start in (before, after) if start >= 0]
    return min(starts, key=lambda start: abs(start - offset)) if starts else None


# --- The same text ---------------------------------------------------------------------------


def _rank(text: str, needle: _Needle, low: int, high: int, *, skip: int = -1) -> _Ranking:
    """The occurrences of the quote starting in [low, high) (but `skip`), ranked by context.

    When there are many ("la", "du code de la"), only a few are compared: those agreeing
    with the most context on either side, and the two nearest the expected place. The
    others agree on fewer characters a side than those, which bounds the runner-up.
    """
    if high <= low:
        return _NONE
    first = _occurrences(text, needle.quote, low, high, limit=FEW_OCCURRENCES + 2)
    many = len(first) - (skip in first) > FEW_OCCURRENCES  # then `first` is only the first few
    first = [start for start in first if start != skip and _bounded(text, start, needle)]
    if not first and not many:
        return _NONE
    before_bound = after_bound = -1
    if not many:
        starts = set(first)
    else:
        before, before_bound = _most_context(text, needle, low, high, skip, before=True)
        after, after_bound = _most_context(text, needle, low, high, skip, before=False)
        starts = before | after | _nearest_two(text, needle, low, high)
        starts = {start for start in starts if start != skip and _bounded(text, start, needle)}
    found = sorted(
        (_exact(text, start, needle) for start in starts),
        key=lambda f: (-f.agreement, abs(f.start - needle.expected)),
    )
    bound = before_bound + after_bound if many else -1
    count = FEW_OCCURRENCES + 1 if many else len(first)  # more than a few: "many"
    left = max([before_bound, *(f.left for f in found)])
    right = max([after_bound, *(f.right for f in found)])
    if not found:
        return _Ranking(None, bound, count, left, right)
    runner_up = max(found[1].agreement if len(found) > 1 else -1, bound)
    return _Ranking(found[0], runner_up, count, left, right)


def _bounded(text: str, start: int, needle: _Needle) -> bool:
    """Whether an occurrence begins and ends where words do, where the quote did: "L. 251-2"
    is not the start of "L. 251-21" (hyphens between digits are gone once normalised)."""
    quote = needle.quote
    if (
        quote[0].isalnum()
        and not needle.prefix[-1:].isalnum()
        and text[start - 1 : start].isalnum()
    ):
        return False
    end = start + len(quote)
    return not (
        quote[-1].isalnum() and not needle.suffix[:1].isalnum() and text[end : end + 1].isalnum()
    )


def _merged(first: _Ranking, second: _Ranking, needle: _Needle) -> _Ranking:
    """One ranking of two ranges."""
    if first.best is None or second.best is None:
        return first if first.best is not None else second

    def rank(ranking: _Ranking) -> tuple[int, int]:
        assert ranking.best is not None
        return -ranking.best.agreement, abs(ranking.best.start - needle.expected)

    winner, loser = sorted((first, second), key=rank)
    runner_up = max(winner.runner_up, loser.ceiling)
    return _Ranking(winner.best, runner_up, first.count + second.count)


def _occurrences(
    text: str, needle: str, low: int, high: int, *, limit: int = MAX_OCCURRENCES
) -> list[int]:
    """Starts of `needle` in [low, high) (the match may run on past `high`); low >= 0."""
    found: list[int] = []
    stop = min(len(text), high + len(needle) - 1)
    at = text.find(needle, low, stop)
    while at >= 0 and len(found) < limit:
        found.append(at)
        at = text.find(needle, at + 1, stop)
    return found


def _most_context(
    text: str, needle: _Needle, low: int, high: int, skip: int, *, before: bool
) -> tuple[set[int], int]:
    """A few occurrences with the most context agreeing on one side, and the most that any
    other occurrence can agree on that side.

    Looks for the quote joined to 16 characters of context, then 32, 64...: the first
    length few occurrences have wins; the ones left out agree on fewer characters.
    """
    context = needle.prefix if before else needle.suffix
    if not context:
        return set(), 0
    length = min(SIDE_EVIDENCE, len(context))
    kept: set[int] = set()  # the hits of the previous, shorter length (too many to compare)
    while True:
        hits = _joined(text, needle, low, high, length, before=before) - {skip}
        if not hits:
            return kept, length - 1
        if len(hits) <= FEW_OCCURRENCES:
            return hits, length - 1
        if length == len(context):  # as many with the whole context: any can be the one
            return hits, length
        kept, length = hits, min(2 * length, len(context))


def _joined(
    text: str, needle: _Needle, low: int, high: int, length: int, *, before: bool
) -> set[int]:
    """Starts of the quote with `length` characters of its context on one side (a few)."""
    limit = FEW_OCCURRENCES + 2
    if before:
        joined = needle.prefix[-length:] + needle.quote
        reach = max(0, low - length)
        hits = _occurrences(text, joined, reach, max(reach, high - length), limit=limit)
        return {at + length for at in hits}
    return set(_occurrences(text, needle.quote + needle.suffix[:length], low, high, limit=limit))


def _nearest_two(text: str, needle: _Needle, low: int, high: int) -> set[int]:
    """The occurrences on either side of the expected place."""
    quote, expected = needle.quote, min(max(needle.expected, low), high)
    stop = min(len(text), high + len(quote) - 1)
    before = text.rfind(quote, low, min(stop, expected + len(quote)))
    after = text.find(quote, expected + 1, stop)
    return {start for start in (before, after) if start >= 0}


def _agreement(text: str, start: int, end: int, prefix: str, suffix: str) -> tuple[int, int]:
    """How many context characters agree, going outwards from the match on each side."""
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    return _common_length(before[::-1], prefix[::-1]), _common_length(after, suffix)


def _common_length(first: str, second: str) -> int:
    """The length of the common beginning of two strings (by halves: slices compare in C)."""
    agree, differ = 0, min(len(first), len(second)) + 1  # first[:agree] == second[:agree]
    if first[: differ - 1] == second[: differ - 1]:
        return differ - 1
    while differ - agree > 1:
        middle = (agree + differ) // 2
        if first[agree:middle] == second[agree:middle]:
            agree = middle
        else:
            differ = middle
    return agree


def _exact(text: str, start: int, needle: _Needle) -> _Found:
    end = start + len(needle.quote)
    left, right = _agreement(text, start, end, needle.prefix, needle.suffix)
    prefix_score = _share(left, len(needle.prefix))
    suffix_score = _share(right, len(needle.suffix))
    score = _combined(1.0, prefix_score, suffix_score, _closeness(start, needle, len(text)))
    return _Found(start, end, left, right, score)


def _share(agreeing: int, available: int) -> float:
    """The share of the scored context that agrees, next to the quote."""
    return min(agreeing, SCORED_CONTEXT) / min(available, SCORED_CONTEXT) if available else 1.0


def _confirmed(best: _Found, runner_up: int, probe: _Probe) -> bool:
    """Whether the best place in the unit is surely the passage's: the rule for "exact".

    Its context must beat every other occurrence in the new unit and every other
    occurrence in the old one (else it could be one of those); go on as before for a few
    characters on both sides; and vouch for the place: enough agreeing context on a side,
    or a long quote found once in the old unit and once in the new.
    """
    if best.agreement <= max(runner_up, probe.rivals) or not _edges_hold(best, probe):
        return False
    unique = runner_up < 0 and probe.rivals < 0
    return _has_evidence(best, probe) or (unique and len(probe.quote) >= LONG_QUOTE)


def _edges_hold(found: _Found, probe: _Probe) -> bool:
    """Whether the text goes on as before on both sides, for a few characters at least.

    Where it changes right at an end, the edit may have cut into the quote and left text
    that happens to read the same ("... public. Le" where a sentence starting "Le" was cut).
    """

    def holds(agreeing: int, available: int) -> bool:
        return agreeing >= min(available, EDGE_CONTEXT)

    return holds(found.left, len(probe.prefix)) and holds(found.right, len(probe.suffix))


def _vouched(best: _Found, runner_up: int, probe: _Probe) -> bool:
    """Whether a place outside the unit is clearly the passage's (its status is "moved")."""
    return best.agreement > runner_up and _has_evidence(best, probe)


def _plausible(best: _Found, count: int, probe: _Probe) -> bool:
    """Whether the same text elsewhere is worth showing: some context, or a long quote once."""
    return _has_evidence(best, probe) or (count == 1 and len(probe.quote) >= LONG_QUOTE)


def _has_evidence(found: _Found, probe: _Probe) -> bool:
    def side(agreeing: int, available: int) -> bool:
        return available > 0 and agreeing >= min(available, SIDE_EVIDENCE)

    return side(found.left, len(probe.prefix)) or side(found.right, len(probe.suffix))


def _deleted_here(text: str, probe: _Probe) -> bool:
    """Whether the passage's context now closes over nothing: the passage was cut out."""
    before = probe.prefix.rstrip()[-JOIN_CONTEXT:]
    after = probe.suffix.lstrip()[:JOIN_CONTEXT]
    if len(before) < JOIN_CONTEXT // 2 or len(after) < JOIN_CONTEXT // 2:
        return False
    low, high = probe.scope
    joins = (f"{before} {after}", before + after)
    return any(text.find(joined, low, min(len(text), high + len(joined))) >= 0 for joined in joins)


# --- A close text ----------------------------------------------------------------------------


class _SeedIndex:
    """Where each pair of consecutive words of the new text occurs (case folded)."""

    def __init__(self, text: str) -> None:
        folded = text.casefold()
        if len(folded) != len(text):  # "ß" and a few others grow: keep those words as they are
            folded = _WORD.sub(_fold_word, text)
        words = _WORD.findall(folded)
        starts = [match.start() for match in _WORD.finditer(folded)]
        self.places: dict[str, list[int]] = {}
        for pair, start in zip(map(" ".join, pairwise(words)), starts, strict=False):
            places = self.places.get(pair)
            if places is None:
                self.places[pair] = [start]
            else:
                places.append(start)

    def estimates(self, probe: _Probe, low: int, high: int) -> list[int]:
        """Where the quote would start, by each seed of quote and context found in [low, high)."""
        context = probe.prefix + probe.quote + probe.suffix
        words = [
            (m.start() - len(probe.prefix), m.group().casefold()) for m in _WORD.finditer(context)
        ]
        estimates: list[int] = []
        for (offset, first), (_, second) in pairwise(words):
            places = self.places.get(f"{first} {second}", [])
            lo = bisect.bisect_left(places, low)
            hi = bisect.bisect_left(places, high)
            if 0 < hi - lo <= COMMON_SEED:
                estimates.extend(place - offset for place in places[lo:hi])
        return estimates


def _fold_word(word: re.Match[str]) -> str:
    folded = word.group().casefold()
    return folded if len(folded) == len(word.group()) else word.group()


def _fuzzy(versions: _Versions, probe: _Probe, low: int, high: int, *, bar: float) -> _Found | None:
    """The best close text starting in [low, high), if it clears `bar`."""
    if high <= low:
        return None
    if len(probe.quote) > LONG_FUZZY:
        return _fuzzy_long(versions, probe, low, high, bar=bar)
    text = versions.new.text
    best: _Found | None = None
    for estimate in _windows(versions.seeds.estimates(probe, low, high), probe):
        found = _align(text, probe, estimate, low, high)
        if found is not None and (best is None or found.score > best.score):
            best = found
    if best is None or best.score < bar:
        return None
    return best


def _fuzzy_long(
    versions: _Versions, probe: _Probe, low: int, high: int, *, bar: float
) -> _Found | None:
    """A close text to a very long quote: from where its head is to where its tail is."""
    quote = probe.quote
    head = replace(probe, quote=quote[:LONG_PIECE], suffix=quote[LONG_PIECE:][:CONTEXT])
    tail = replace(
        probe,
        quote=quote[-LONG_PIECE:],
        prefix=quote[:-LONG_PIECE][-CONTEXT:],
        expected=probe.expected + len(quote) - LONG_PIECE,
    )
    first = _fuzzy(versions, head, low, high, bar=bar)
    last = _fuzzy(versions, tail, low, high + len(quote), bar=bar) if first else None
    if first is None or last is None or not 0.5 < (last.end - first.start) / len(quote) < 2:
        return None
    found = versions.new.text[first.start : last.end]
    alike = SequenceMatcher(None, quote.split(), found.split(), autojunk=False).ratio()
    score = min(first.score, last.score) * alike
    return _Found(first.start, last.end, 0, 0, score) if alike >= QUOTE_BAR else None


def _windows(estimates: list[int], probe: _Probe) -> list[int]:
    """The likeliest starts: clusters of estimates, most seeds first, then nearest."""
    clusters: list[list[int]] = []
    for estimate in sorted(estimates):
        if clusters and estimate - clusters[-1][-1] <= SEED_GAP:
            clusters[-1].append(estimate)
        else:
            clusters.append([estimate])
    clusters.sort(key=lambda c: (-len(c), abs(c[len(c) // 2] - probe.expected)))
    return [cluster[len(cluster) // 2] for cluster in clusters[:SEED_WINDOWS]]


def _align(text: str, probe: _Probe, estimate: int, low: int, high: int) -> _Found | None:
    """The closest text to the quote around an estimated start, with its score."""
    size = len(probe.quote)
    slack = 16 + size // 2
    window_start = max(low, estimate - slack)
    window_end = min(len(text), high + size, estimate + size + slack)
    if window_end - window_start < 1:
        return None
    window = text[window_start:window_end]
    ends = _distances(probe.quote, window, anchored=False)
    target = estimate + size - window_start
    end = min(range(len(ends)), key=lambda j: (ends[j], abs(j + 1 - target))) + 1
    start = _match_start(probe.quote, window, end, ends[end - 1])
    start, end = _whole_words(window, start, end, probe)
    if end <= start:
        return None
    start, end = start + window_start, end + window_start
    quote_score = _similarity(probe.quote, text[start:end])
    if quote_score < QUOTE_BAR:
        return None
    prefix = probe.prefix[-SCORED_CONTEXT:]
    suffix = probe.suffix[:SCORED_CONTEXT]
    prefix_score = _similarity(prefix, text[max(0, start - len(prefix)) : start])
    suffix_score = _similarity(suffix, text[end : end + len(suffix)])
    if max(prefix_score, suffix_score) < CONTEXT_BAR:
        return None
    closeness = _closeness(start, probe, len(text))
    score = _combined(quote_score, prefix_score, suffix_score, closeness)
    return _Found(start, end, 0, 0, score)


def _match_start(quote: str, window: str, end: int, distance: int) -> int:
    """Where the best match ending at `end` starts: the reversed quote against the text
    read backwards from `end`; among equal distances, the longest (what it takes for free
    matches the quote)."""
    reach = max(0, end - len(quote) - distance - 1)
    costs = _distances(quote[::-1], window[reach:end][::-1], anchored=True)
    by_length = [len(quote), *costs]  # the distance when taking 0, 1, 2... characters
    taken = min(range(len(by_length)), key=lambda n: (by_length[n], -n))
    return end - taken


def _whole_words(window: str, start: int, end: int, probe: _Probe) -> tuple[int, int]:
    """The match widened to whole words (unless the quote began or ended inside one) with the
    quote's own punctuation at its ends, and trimmed."""
    quote = probe.quote
    if not (quote[0].isalnum() and probe.prefix[-1:].isalnum()):
        while start > 0 and window[start - 1].isalnum() and window[start].isalnum():
            start -= 1
        if not quote[0].isalnum() and start > 0 and window[start - 1] == quote[0]:
            start -= 1
    if not (quote[-1].isalnum() and probe.suffix[:1].isalnum()):
        while end < len(window) and window[end].isalnum() and window[end - 1].isalnum():
            end += 1
        if not quote[-1].isalnum() and window[end : end + 1] == quote[-1]:
            end += 1
    while start < end and window[start].isspace():
        start += 1
    while end > start and window[end - 1].isspace():
        end -= 1
    return start, end


def _distances(pattern: str, text: str, *, anchored: bool) -> list[int]:
    """Edit distances of `pattern` against text ending at each position (Myers' bit-vectors).

    Entry j is the distance to the best substring of text ending at j + 1 or, `anchored`,
    to text[: j + 1] exactly. Python's big integers hold a bit per character of `pattern`.
    """
    size = len(pattern)
    mask = (1 << size) - 1
    top = 1 << (size - 1)
    matches: dict[str, int] = {}
    for index, char in enumerate(pattern):
        matches[char] = matches.get(char, 0) | (1 << index)
    carry = 1 if anchored else 0  # anchored: skipping text costs, as in a plain distance
    plus, minus, score = mask, 0, size
    scores: list[int] = []
    for char in text:
        equal = matches.get(char, 0)
        vertical = equal | minus
        horizontal = ((((equal & plus) + plus) & mask) ^ plus) | equal
        up = minus | (mask ^ (horizontal | plus))
        down = plus & horizontal
        if up & top:
            score += 1
        elif down & top:
            score -= 1
        up = ((up << 1) | carry) & mask
        down = (down << 1) & mask
        plus = down | (mask ^ (vertical | up))
        minus = up & vertical
        scores.append(score)
    return scores


def _similarity(expected: str, actual: str) -> float:
    """1 - edit distance / the longer length; 1.0 for two empty strings."""
    longest = max(len(expected), len(actual))
    if not longest:
        return 1.0
    if not expected or not actual:
        return 0.0
    return 1.0 - _distances(expected, actual, anchored=True)[-1] / longest


def _closeness(start: int, needle: _Needle, length: int) -> float:
    return 1.0 - min(1.0, abs(start - needle.expected) / max(1, length))


def _combined(quote: float, prefix: float, suffix: float, closeness: float) -> float:
    weights = WEIGHTS
    total = weights[0] * quote + weights[1] * prefix + weights[2] * suffix
    return (total + weights[3] * closeness) / sum(weights)


# --- Results ---------------------------------------------------------------------------------


def _orphan(passage: Passage, probe: _Probe) -> Relocation:
    if probe.home is not None:
        home = probe.home
        return Relocation(passage.key, CarryStatus.ORPHANED, home.start, home.start, 0.0, home)
    return Relocation(passage.key, CarryStatus.ORPHANED, 0, 0, 0.0, None)
