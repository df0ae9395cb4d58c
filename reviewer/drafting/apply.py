"""Apply edits to an article: the text as it would read if the amendment were adopted.

Every edit is addressed in the numbering of the text as tabled, so the article is kept as
slots: slot N holds what alinéa N has become (nothing once deleted), followed by the alinéas
inserted after it; slot 0 holds those inserted before the first. An edit that cannot be
carried out exactly raises `NotApplied` with the reason: never a guessed text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reviewer.drafting.model import LAST, Edit, Op
from reviewer.drafting.text import ArticleText, canonical_article, occurrences, sentences
from reviewer.drafting.wording import alinea_name, ordinal, quote, words_noun


class NotApplied(ValueError):
    """An edit that cannot be applied to this text; the message says why, in French."""


# What ends an alinéa: its final punctuation and closing quotes ("… décret ;", "… ». »).
_TAIL = re.compile(r"[\s.;:,!?…»”]*$")
_CLOSING = re.compile(r"\s*[»”][\s.;:,]*$")
_ENDS = re.compile(r"[.;:!?…»”]\s*$")  # new wording that brings its own final punctuation
_SENTENCE = re.compile(r"[.!?…]\s*[»”]?$")
_GLUE_AFTER = ",.)…"  # no space before these


def applied(article: ArticleText | None, edits: Sequence[Edit]) -> str:
    """The article's text (heading and alinéas, one per line) with `edits` applied."""
    if any(edit.op is Op.DELETE_ARTICLE for edit in edits):
        return ""
    whole = [e for e in edits if e.op in (Op.REWRITE_ARTICLE, Op.RESTORE_ARTICLE)]
    additional = [e for e in edits if e.op is Op.ADDITIONAL_ARTICLE]
    if whole or additional:
        # A restored article that this version no longer has gets its heading back.
        restored = canonical_article(whole[-1].article) if whole and whole[-1].article else ""
        heading = "" if additional else (article.heading if article else restored)
        body = (whole or additional)[-1].paragraphs
        return "\n".join(line for line in [heading, *body] if line)
    if article is None:
        raise NotApplied("l’article n’existe pas dans ce texte")
    slots = [[], *([alinea] for alinea in article.alineas)]
    for edit in edits:
        _apply(slots, edit)
    return "\n".join([article.heading, *(line for slot in slots for line in slot)])


def _apply(slots: list[list[str]], edit: Edit) -> None:
    count = len(slots) - 1
    if edit.op is Op.INSERT_ALINEA:
        at = count if edit.alinea is None else edit.alinea
        if not 0 <= at <= count:
            raise NotApplied(f"l’{alinea_name(at)} n’existe pas (l’article en compte {count})")
        slots[at].extend(edit.paragraphs)
        return
    numbers = edit.alineas
    if not numbers:
        raise NotApplied("l’alinéa visé n’est pas précisé")
    for number in numbers:
        if not 1 <= number <= count:
            raise NotApplied(f"l’{alinea_name(number)} n’existe pas (l’article en compte {count})")
        if not slots[number]:
            raise NotApplied(f"l’{alinea_name(number)} est déjà supprimé par cet amendement")
    if edit.op is Op.REWRITE_ALINEA and edit.phrase is None and not edit.anchor:
        slots[numbers[0]][:1] = edit.paragraphs
        for number in numbers[1:]:
            del slots[number][:1]
        return
    for number in numbers:
        text = _edited(slots[number][0], edit, number)
        if text.strip():
            slots[number][0] = text
        else:
            del slots[number][:1]


def _edited(text: str, edit: Edit, number: int) -> str:
    """Alinéa `number` (`text`) with a word, phrase or deletion edit applied."""
    start, end = _scope(text, edit, number)
    scope = text[start:end]
    if edit.anchor and edit.op in (Op.DELETE_ALINEA, Op.REWRITE_ALINEA):
        changed = _end_or_start(scope, edit, number)
    elif edit.op is Op.DELETE_ALINEA:
        changed = ""
    elif edit.op is Op.REWRITE_ALINEA:
        changed = edit.new
    elif edit.op is Op.COMPLETE:
        changed = _completed(scope, edit.new)
    elif edit.op is Op.INSERT_WORDS:
        where = _found(scope, edit.anchor, edit.occurrence, number)
        at = where[0] if edit.before else where[1]
        changed = _splice(scope, at, at, edit.new)
    else:
        first, after = _found(scope, edit.old, edit.occurrence, number)
        changed = _splice(scope, first, after, edit.new if edit.op is Op.REPLACE_WORDS else "")
    if (start, end) == (0, len(text)):
        return changed
    return _splice(text, start, end, changed)


def _end_or_start(text: str, edit: Edit, number: int) -> str:
    """The end of `text` after the anchor (or its beginning before it) rewritten or deleted.

    A deleted end keeps the final punctuation; a rewritten one keeps it unless the new
    wording brings its own."""
    first, after = _found(text, edit.anchor, edit.occurrence, number)
    new = edit.new if edit.op is Op.REWRITE_ALINEA else ""
    if edit.before:
        return _splice(text, 0, first, new)
    tail = _TAIL.search(text)
    end = tail.start() if tail and not _ENDS.search(new) else len(text)
    return _splice(text, after, max(end, after), new)


def _scope(text: str, edit: Edit, number: int) -> tuple[int, int]:
    if edit.phrase is None:
        return 0, len(text)
    spans = sentences(text)
    index = len(spans) - 1 if edit.phrase == LAST else edit.phrase - 1
    if not 0 <= index < len(spans):
        raise NotApplied(
            f"l’{alinea_name(number)} n’a pas de {ordinal(edit.phrase)} phrase "
            f"({len(spans)} phrase{'s' if len(spans) > 1 else ''})"
        )
    return spans[index]


def _found(text: str, words: str, occurrence: int | None, number: int) -> tuple[int, int]:
    found = occurrences(text, words)
    where = f"{words_noun(words)} {quote(words)}, à l’{alinea_name(number)}"
    if not found:
        raise NotApplied(f"{where} : introuvables")
    if occurrence is None and len(found) > 1:
        raise NotApplied(f"{where} : {len(found)} occurrences, sans dire laquelle")
    index = (occurrence or 1) - 1
    if index >= len(found):
        raise NotApplied(f"{where} : {len(found)} occurrence(s) seulement")
    return found[index]


def _completed(text: str, new: str) -> str:
    """`text` completed: words go before its final punctuation, a sentence after it."""
    if _SENTENCE.search(new.rstrip()):
        closing = _CLOSING.search(text)
        at = closing.start() if closing else len(text)
        return _splice(text, at, at, new)
    tail = _TAIL.search(text)
    at = tail.start() if tail else len(text)
    return _splice(text, at, at, new)


def _splice(text: str, start: int, end: int, new: str) -> str:
    """`text` with [start, end) replaced by `new`, spaced as French prose wants it: the
    text's own spaces are kept, one is added between words, none before , . )."""
    left, right, new = text[:start], text[end:], new.strip()
    if not new:
        return _join(left.rstrip(" "), right.lstrip(" "))
    return _join(_join(left, new), right)


def _join(left: str, right: str) -> str:
    if not left or not right or left[-1].isspace() or right[0].isspace():
        return left + right
    if right[0] in _GLUE_AFTER or left[-1] in "(“’'":
        return left + right
    return f"{left} {right}"
