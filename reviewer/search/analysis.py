"""French text analysis, shared by indexing, queries and phrase finding.

One pipeline turns text into terms: split words (elisions dropped, inclusive
writing merged, URLs and hyphenated words split), lowercase and fold accents,
drop stop words, then stem. Accents are folded *before* stemming: stemming first
makes accent-free queries miss (securite ≠ sécurité).

`terms` and `term_spans` give the same terms as search, so a phrase found on a
page with them is a phrase search would find. `word_analyzer` stops before
stemming: its terms (folded whole words) serve prefix queries.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from whoosh.analysis import Analyzer, CompositeAnalyzer, Filter, Token, Tokenizer
from whoosh.lang import stemmer_for_language
from whoosh.lang.stopwords import stoplists

# One character for one character, so offsets in the unified text are offsets
# in the original: one apostrophe, one hyphen, one inclusive dot, and footnote
# marks (superscripts) made spaces ("reconnu¹" is "reconnu").
_UNIFIED = {
    **dict.fromkeys("’ʼ‘`´", "'"),
    **dict.fromkeys("‐‑", "-"),
    **dict.fromkeys("•∙⋅‧", "·"),
    **dict.fromkeys("¹²³⁰ⁱ⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ₀₁₂₃₄₅₆₇₈₉", " "),
}
_TO_UNIFY = re.compile("[" + "".join(_UNIFIED) + "]")

_ELISIONS = r"jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstc]"
# Feminine endings of inclusive writing: élu·e·s, citoyen·nes, acteur·rice·s.
_SUFFIX = r"e|es|[nlts]es?|l?les?|elles?|r?ices?|trices?|euses?|ères?|ves?"
# After a hyphen only unambiguous endings: "rappelons-le" is not inclusive, while
# "professionnel-le" is (the consonant is doubled).
_HYPHEN_SUFFIX = r"es?|r?ices?|trices?|euses?|ères?|(?<=n-)nes?|(?<=l-)les?|(?<=t-)tes?|(?<=s-)ses?"
_TOKEN = re.compile(
    rf"""
    (?<![^\W_])(?:{_ELISIONS})'(?=[^\W_])             # elided article or pronoun: dropped
    | (?P<word>[^\W_]++)                               # a run of letters and digits ...
      (?:(?<=[^\W\d_]{{2}})                            # ... and, after letters, inclusive writing
        (?: [·.](?P<dot>{_SUFFIX})(?:[·.](?P<dotplural>s))?
          | -(?P<hyphen>{_HYPHEN_SUFFIX})(?:-(?P<hyphenplural>s))?
          | \((?P<paren>{_SUFFIX}|s)\)(?P<parenplural>s)?
        )(?![^\W_])
      )?
    """,
    re.IGNORECASE | re.VERBOSE,
)

_STOP_WORDS_ADDED = """
    les ils elles a où cet cette ceux celle celles celui ci dont si ni car donc
    leurs lequel laquelle lesquels lesquelles auquel auxquels duquel desquels
    quel quelle quels quelles ça ceci cela
"""
# Elided letters are dropped by the tokenizer; alone they stay searchable
# ("article L. 251-2"), as do "7" and "6750".
_KEPT_LETTERS = frozenset("cdjlmnst")

# Snowball mistakes that matter in this corpus, and legislative words it would cut.
_STEM_EXCEPTIONS = {
    **dict.fromkeys(("donnee", "donnees"), "donnee"),  # not "don"
    **dict.fromkeys(("camera", "cameras"), "camera"),  # not "cam"
    **dict.fromkeys(("parlement", "parlements"), "parlement"),  # not "parl" (parler)
    **dict.fromkeys(("petition", "petitions"), "petition"),  # not "petit"
    **dict.fromkeys(("publique", "publiques"), "public"),
    **{word: word for word in ("bis", "ter", "quater", "quinquies", "sexies", "septies")},
}
_snowball = stemmer_for_language("fr")


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lowercase without accents or ligatures: "Sécurité" → "securite", "Œuvre" → "oeuvre"."""
    lowered = word.lower()
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFKD", lowered.replace("œ", "oe").replace("æ", "ae"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


STOP_WORDS = frozenset(
    fold(word) for word in (stoplists["fr"] | set(_STOP_WORDS_ADDED.split())) - _KEPT_LETTERS
)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The French stem of a folded word; numbers and codes are left alone."""
    if word in _STEM_EXCEPTIONS:
        return _STEM_EXCEPTIONS[word]
    if not word.isalpha():
        return word
    stemmed = _snowball(word)
    if stemmed == word:  # Snowball keeps short plurals: élus, lois, jeux.
        return _strip_plural(word)
    return stemmed


def _strip_plural(word: str) -> str:
    if len(word) >= 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    if len(word) >= 4 and word.endswith(("aux", "eux", "oux")):
        return word[:-1]
    return word


Word = tuple[str, int, int, bool]


def scan(text: str, *, compounds: bool = False) -> tuple[Word, ...]:
    """The words of a text as (word, start, end, same_position).

    With `compounds`, a hyphenated word ("vidéo-protection") is followed by its
    parts joined ("vidéoprotection") at the position of its last part, so a
    search for either spelling finds it.
    """
    unified = _TO_UNIFY.sub(lambda match: _UNIFIED[match.group()], text)
    words: list[Word] = []
    parts: list[str] = []
    first = last = 0
    for match in _TOKEN.finditer(unified):
        group = match.lastindex
        if group is None:  # An elision.
            continue
        word = match.group(1) if group == 1 else _inclusive(match)
        start, end = match.span()
        if compounds:
            alphabetic = word.isalpha()
            if not (alphabetic and parts and start == last + 1 and unified[last] == "-"):
                words.extend(_compound(parts, first, last))
                parts, first = [], start
            if alphabetic:
                parts.append(word)
        last = end
        words.append((word, start, end, False))
    words.extend(_compound(parts, first, last))
    return tuple(words)


def _compound(parts: list[str], start: int, end: int) -> list[Word]:
    # Nobody writes "rappelonsle" or "estce": skip compounds with a stop word.
    if len(parts) > 1 and not any(fold(part) in STOP_WORDS for part in parts):
        return [("".join(parts), start, end, True)]
    return []


def _inclusive(match: re.Match[str]) -> str:
    """The masculine form stands for all: élu·es → élus, citoyen·ne → citoyen."""
    word = match["word"]
    suffix = match["dot"] or match["hyphen"] or match["paren"]
    plural = suffix.lower().endswith("s") or bool(
        match["dotplural"] or match["hyphenplural"] or match["parenplural"]
    )
    if plural and not word.lower().endswith(("s", "x", "z")):
        return word + "s"
    return word


class FrenchTokenizer(Tokenizer):
    """Splits French text into words; positions and character offsets are exact."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        words = (
            scan(value, compounds=mode == "index") if tokenize else [(value, 0, len(value), False)]
        )
        pos = start_pos - 1
        for word, start, end, same_position in words:
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if not same_position:
                pos += 1
            if positions:
                token.pos = pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


class FoldFilter(Filter):
    """Lowercases and removes accents."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = fold(token.text)
            yield token


class FrenchStopFilter(Filter):
    """Drops French stop words and renumbers positions so they stay consecutive.

    Whoosh's StopFilter would also drop one-letter words (so "article 7" became
    "article") and cannot keep two terms at one position.
    """

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        pos = last_pos = None  # The new position, and the old one it stands for.
        for token in tokens:
            if pos is None and token.positions:
                pos = token.pos - 1  # Numbering starts where the text starts.
            if token.text in STOP_WORDS:
                if not token.removestops:
                    token.stopped = True
                    yield token
                continue
            if token.positions:
                if token.pos != last_pos:
                    last_pos = token.pos
                    pos += 1
                token.pos = pos
            yield token


class FrenchStemFilter(Filter):
    """French Snowball stemming, corrected by a small exception table."""

    is_morph = True

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            if not token.stopped:
                token.text = stem(token.text)
            yield token


@lru_cache(maxsize=1)
def word_analyzer() -> Analyzer:
    """Folded whole words without stop words: the terms that prefix queries match."""
    return FrenchTokenizer() | FoldFilter() | FrenchStopFilter()


class FrenchAnalyzer(CompositeAnalyzer):
    """The analyzer chain, with a fast path for indexing.

    Indexing needs only each term and its position. No word spans white space, so
    the text is cut there and each distinct piece analyzed once (cached): the same
    terms and positions as the chain, a fraction of its cost on a large import.
    """

    def __call__(self, value: str, no_morph: bool = False, **kwargs: Any) -> Iterator[Token]:
        plain = not (no_morph or kwargs.get("chars") or kwargs.get("keeporiginal"))
        indexing = kwargs.get("mode") == "index" and kwargs.get("removestops", True)
        if plain and indexing and kwargs.get("tokenize", True):
            return _index_tokens(value, **kwargs)
        tokens: Iterator[Token] = super().__call__(value, no_morph=no_morph, **kwargs)
        return tokens


def _index_tokens(
    value: str, positions: bool = False, start_pos: int = 0, **kwargs: Any
) -> Iterator[Token]:
    token = Token(positions, **kwargs)
    token.boost = 1.0
    token.stopped = False
    pos = start_pos - 1
    for piece in value.split():
        for _word, term, same_position in _piece_words(piece):
            if not same_position:
                pos += 1
            token.text = term
            if positions:
                token.pos = pos
            yield token


@lru_cache(maxsize=1)
def french_analyzer() -> Analyzer:
    """The analyzer of every French text field, for indexing and for queries."""
    return FrenchAnalyzer(word_analyzer(), FrenchStemFilter())


@lru_cache(maxsize=1)
def name_analyzer() -> Analyzer:
    """Names (authors): folded words, nothing dropped, nothing stemmed."""
    return FrenchTokenizer() | FoldFilter()


# No word spans white space, so a text is cut there and each distinct piece analyzed
# once (cached): a vocabulary repeats far more than its pages do, and an import, the
# snippets of a search and the anchoring of a highlight all analyze whole pages.
_PIECE = re.compile(r"\S+")


def lexicon_words(text: str) -> set[str]:
    """The folded words a text is indexed with, hyphenated compounds included."""
    return {word for piece in set(text.split()) for word, _term, _same in _piece_words(piece)}


def term_spans(text: str) -> list[tuple[str, int, int]]:
    """Each term of a text with the offsets in `text` of the word it comes from."""
    spans: list[tuple[str, int, int]] = []
    for piece in _PIECE.finditer(text):
        base = piece.start()
        found = _piece_spans(piece[0])
        spans.extend((term, base + start, base + end) for term, start, end in found)
    return spans


@lru_cache(maxsize=200_000)
def _piece_words(piece: str) -> tuple[tuple[str, str, bool], ...]:
    """Each kept word of a piece, as indexed: (folded word, term, at the position of
    the word before)."""
    return tuple(
        (word, stem(word), same_position)
        for word, _start, _end, same_position in _kept_words(piece, compounds=True)
    )


@lru_cache(maxsize=200_000)
def _piece_spans(piece: str) -> tuple[tuple[str, int, int], ...]:
    """Each term of a piece with its offsets in the piece."""
    return tuple(
        (stem(word), start, end) for word, start, end, _same in _kept_words(piece, compounds=False)
    )


def _kept_words(text: str, *, compounds: bool) -> Iterator[Word]:
    """The steps of `word_analyzer` without Whoosh's Token stream (two to three times
    faster): folded words without stop words."""
    for written, start, end, same_position in scan(text, compounds=compounds):
        word = fold(written)
        if word not in STOP_WORDS:
            yield word, start, end, same_position


def terms(text: str) -> list[str]:
    """The terms of a text, in order, exactly as search sees them."""
    return [term for term, _start, _end in term_spans(text)]
